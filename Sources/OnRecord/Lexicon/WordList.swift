/// One word-list file: named sections, each a list of entries, each entry a
/// name and its variants.
///
/// The format: `#` starts a comment, `[name]` opens a section, every other
/// non-blank line is an entry whose variants are separated by `|`. An entry's
/// name is its first variant, or the word before a colon (`say: says | said`,
/// where the name itself is not a variant). Lines before the first section
/// belong to the section named `""`.
public struct WordList: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var variants: [String]
  }

  public var sections: [String: [Entry]]

  public init(sections: [String: [Entry]]) {
    self.sections = sections
  }

  public init(parsing text: String) {
    var sections: [String: [Entry]] = [:]
    var current = ""
    // Byte by byte: the markup ("#", "[", "]", ":", "|") is ASCII, and a list of thousands of
    // lines is read on every run, even one whose reports are up to date.
    let bytes = Array(text.utf8)
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      var end = lineStart
      while end < lineEnd && bytes[end] != 0x23 { end += 1 }
      let line = WordList.trimmed(bytes, lineStart..<end)
      if line.isEmpty { continue }
      if bytes[line.lowerBound] == 0x5B && bytes[line.upperBound - 1] == 0x5D && line.count >= 2 {
        current = string(WordList.trimmed(bytes, (line.lowerBound + 1)..<(line.upperBound - 1)))
        if sections[current] == nil { sections[current] = [] }
        continue
      }
      var body = line
      var name: String? = nil
      if let colon = bytes[line].firstIndex(of: 0x3A), !bytes[line.lowerBound..<colon].contains(0x7C) {
        name = string(WordList.trimmed(bytes, line.lowerBound..<colon))
        body = (colon + 1)..<line.upperBound
      }
      var variants: [String] = []
      var start = body.lowerBound
      while start <= body.upperBound {
        var stop = start
        while stop < body.upperBound && bytes[stop] != 0x7C { stop += 1 }
        let variant = WordList.trimmed(bytes, start..<stop)
        if !variant.isEmpty { variants.append(string(variant)) }
        start = stop + 1
      }
      if let first = variants.first {
        sections[current, default: []].append(Entry(name: name ?? first, variants: variants))
      }
    }
    self.sections = sections
  }

  /// The range without the white space around it (spaces, tabs, carriage returns and Unicode's
  /// spaces).
  static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end {
      let width = Whitespace.length(bytes, at: start)
      guard width > 0 && start + width <= end else { break }
      start += width
    }
    // Backwards: the white-space character that ends here (one to three bytes).
    while end > start {
      guard let width = (1...3).first(where: { end - $0 >= start && Whitespace.length(bytes, at: end - $0) == $0 })
      else { break }
      end -= width
    }
    return start..<end
  }

  /// Entries of one section; empty when the section is absent.
  public func entries(_ section: String = "") -> [Entry] {
    sections[section] ?? []
  }

  /// Every variant of every entry in a section, lower-cased.
  public func lowercasedVariants(_ section: String = "") -> [String] {
    entries(section).flatMap(\.variants).map { $0.lowercased() }
  }
}
