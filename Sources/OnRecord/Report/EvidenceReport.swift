/// Keyword-in-context files, one per category, so that any count in the report
/// can be checked back to the sentences behind it. Pure functions to text.
public enum EvidenceReport {
  /// A category of evidence: its file name, its title and the rows it holds.
  public struct Category: Sendable {
    public var file: String
    public var title: String
    public var matches: @Sendable (AttributionRow) -> Bool
  }

  public static let categories: [Category] = {
    var list: [Category] = [
      Category(file: "anonymous", title: "Anonymous sources") { $0.anonymous },
      Category(file: "anonymous-with-reason", title: "Anonymous sources with a stated reason") {
        $0.anonymous && $0.reasonGiven == true
      },
    ]
    for kind in DenialKind.allCases {
      list.append(Category(file: kind.rawValue, title: "Denials: \(kind.label)") { $0.denial == kind })
    }
    for kind in SourceKind.allCases where kind != .anonymous {
      list.append(Category(file: "kind-\(kind.rawValue)", title: "Sources: \(kind.label)") { $0.sourceKind == kind })
    }
    return list
  }()

  /// The relative path of a category's file from the report.
  public static func link(corpus: String, file: String, outlet: String? = nil) -> String {
    let anchor = outlet.map { "#" + anchorName($0) } ?? ""
    return "\(corpus)/evidence/\(file).md\(anchor)"
  }

  /// GitHub's heading anchors: lower-case, spaces to hyphens, punctuation dropped.
  static func anchorName(_ heading: String) -> String {
    String(
      heading.lowercased().compactMap { ch -> Character? in
        if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" { return ch }
        if ch == " " { return "-" }
        return nil
      })
  }

  /// The top of a category's file.
  static func header(_ category: Category, corpus: String) -> String {
    "# \(category.title) in \(Escaping.markdown(corpus))\n\n"
      + "One line per attribution: the file and the line of the article text (for HTML pages, of the extracted main "
      + "text), then the sentence with the source in **bold** and the cue in _italics_.\n"
  }

  static func hedgesHeader(corpus: String) -> String {
    "# Hedges in \(Escaping.markdown(corpus))\n\n"
      + "One line per hedge: the file and line, then the sentence with the hedge in **bold**.\n"
  }

  /// The heading over an outlet's lines, and the line of a file with none.
  static func outletHeading(_ outlet: String) -> String { "\n## \(Escaping.markdown(outlet))\n\n" }
  static let none = "\nNone in this corpus.\n"

  /// The evidence file of category `index` (the hedges file after the categories).
  static func path(corpus: String, index: Int) -> String {
    "\(corpus)/evidence/\(index < categories.count ? categories[index].file : "hedges").md"
  }

  /// A row's line in the files of the categories it belongs to.
  static func line(path: String, _ row: AttributionRow) -> [UInt8] {
    Array("- `\(Escaping.code(path))`:\(row.line) — \(highlight(row))\n".utf8)
  }

  /// The article's lines in the hedges file.
  static func hedgeLines(_ record: ArticleRecord) -> [UInt8] {
    var out = ""
    for mention in record.hedgeMentions {
      let range = (mention.span.start - mention.sentence.start)..<(mention.span.end - mention.sentence.start)
      out +=
        "- `\(Escaping.code(record.path))`:\(mention.line) — \(marked(mention.sentence.text, bold: range, italic: nil))\n"
    }
    return Array(out.utf8)
  }

  static func highlight(_ row: AttributionRow) -> String {
    marked(row.sentence, bold: row.sourceInSentence, italic: row.cueInSentence)
  }

  /// The sentence, escaped, with one range in bold and one in italics (ranges in scalars).
  static func marked(_ sentence: String, bold: Range<Int>?, italic: Range<Int>?) -> String {
    let utf8 = Array(sentence.utf8)
    // Where each scalar starts in the UTF-8, and the end.
    var starts: [Int] = []
    starts.reserveCapacity(utf8.count + 1)
    for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
    let scalarCount = starts.count
    starts.append(utf8.count)
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16)
    func piece(_ a: Int, _ b: Int) {
      let lo = max(0, min(a, scalarCount))
      let hi = max(lo, min(b, scalarCount))
      Escaping.appendMarkdown(utf8[starts[lo]..<starts[hi]], limit: 600, to: &out)
    }
    var marks: [(Range<Int>, String)] = []
    if let bold, !bold.isEmpty { marks.append((bold, "**")) }
    if let italic, !italic.isEmpty, !(bold?.overlaps(italic) ?? false) { marks.append((italic, "_")) }
    marks.sort { $0.0.lowerBound < $1.0.lowerBound }
    var position = 0
    for (range, mark) in marks {
      piece(position, range.lowerBound)
      out += Array(mark.utf8)
      piece(range.lowerBound, range.upperBound)
      out += Array(mark.utf8)
      position = range.upperBound
    }
    piece(position, scalarCount)
    return String(decoding: out, as: UTF8.self)
  }

}
