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

  /// Every evidence file, by path relative to the report folder.
  public static func files(for tally: CorpusTally, corpus: String) -> [String: String] {
    var out: [String: String] = [:]
    for category in categories {
      var md = "# \(category.title) in \(Escaping.markdown(corpus))\n\n"
      md +=
        "One line per attribution: the file and the line of the article text (for HTML pages, of the extracted main "
      md += "text), then the sentence with the source in **bold** and the cue in _italics_.\n"
      var total = 0
      for outlet in tally.outletNames {
        let items = tally.articles.filter { $0.outlet == outlet }.flatMap { record in
          record.rows.filter(category.matches).map { (record.path, $0) }
        }
        guard !items.isEmpty else { continue }
        total += items.count
        md += "\n## \(Escaping.markdown(outlet))\n\n"
        for (path, row) in items {
          md += "- `\(Escaping.code(path))`:\(row.line) — \(highlight(row))\n"
        }
      }
      if total == 0 { md += "\nNone in this corpus.\n" }
      out["\(corpus)/evidence/\(category.file).md"] = md
    }
    var hedges = "# Hedges in \(Escaping.markdown(corpus))\n\n"
    hedges += "One line per hedge: the file and line, then the sentence with the hedge in **bold**.\n"
    var any = false
    for outlet in tally.outletNames {
      let items = tally.articles.filter { $0.outlet == outlet }.flatMap { r in r.hedgeMentions.map { (r.path, $0) } }
      guard !items.isEmpty else { continue }
      any = true
      hedges += "\n## \(Escaping.markdown(outlet))\n\n"
      for (path, mention) in items {
        let range = (mention.span.start - mention.sentence.start)..<(mention.span.end - mention.sentence.start)
        hedges +=
          "- `\(Escaping.code(path))`:\(mention.line) — \(marked(mention.sentence.text, bold: range, italic: nil))\n"
      }
    }
    if !any { hedges += "\nNone in this corpus.\n" }
    out["\(corpus)/evidence/hedges.md"] = hedges
    return out
  }

  static func highlight(_ row: AttributionRow) -> String {
    marked(row.sentence, bold: row.sourceInSentence, italic: row.cueInSentence)
  }

  /// The sentence, escaped, with one range in bold and one in italics (ranges in scalars).
  static func marked(_ sentence: String, bold: Range<Int>?, italic: Range<Int>?) -> String {
    let scalars = Array(sentence.unicodeScalars)
    func piece(_ a: Int, _ b: Int) -> String {
      let lo = max(0, min(a, scalars.count))
      let hi = max(lo, min(b, scalars.count))
      return Escaping.markdown(Tokenizer.string(scalars, lo..<hi), limit: 600)
    }
    var marks: [(Range<Int>, String)] = []
    if let bold, !bold.isEmpty { marks.append((bold, "**")) }
    if let italic, !italic.isEmpty, !(bold?.overlaps(italic) ?? false) { marks.append((italic, "_")) }
    marks.sort { $0.0.lowerBound < $1.0.lowerBound }
    var out = ""
    var position = 0
    for (range, mark) in marks {
      out += piece(position, range.lowerBound)
      out += mark + piece(range.lowerBound, range.upperBound) + mark
      position = range.upperBound
    }
    out += piece(position, scalars.count)
    return out
  }
}
