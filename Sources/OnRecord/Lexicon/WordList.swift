import Foundation

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
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = Substring(rawLine)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
        current = String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        if sections[current] == nil { sections[current] = [] }
        continue
      }
      var body = Substring(trimmed)
      var name: String? = nil
      if let colon = body.firstIndex(of: ":"), !body[..<colon].contains("|") {
        name = body[..<colon].trimmingCharacters(in: .whitespaces)
        body = body[body.index(after: colon)...]
      }
      let variants = body.split(separator: "|").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      if let first = variants.first {
        sections[current, default: []].append(Entry(name: name ?? first, variants: variants))
      }
    }
    self.sections = sections
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
