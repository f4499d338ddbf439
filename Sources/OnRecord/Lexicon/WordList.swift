import Foundation

/// One word-list file: named sections, each a list of entries, each entry a
/// list of variants (the first is the entry's name).
///
/// The format: `#` starts a comment, `[name]` opens a section, every other
/// non-blank line is an entry whose variants are separated by `|`. Lines
/// before the first section belong to the section named `""`.
public struct WordList: Sendable, Equatable {
  public var sections: [String: [[String]]]

  public init(sections: [String: [[String]]]) {
    self.sections = sections
  }

  public init(parsing text: String) {
    var sections: [String: [[String]]] = [:]
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
      let variants = trimmed.split(separator: "|").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      if !variants.isEmpty { sections[current, default: []].append(variants) }
    }
    self.sections = sections
  }

  /// Entries of one section; empty when the section is absent.
  public func entries(_ section: String = "") -> [[String]] {
    sections[section] ?? []
  }

  /// Every variant of every entry in a section, lower-cased.
  public func lowercasedVariants(_ section: String = "") -> [String] {
    entries(section).flatMap { $0 }.map { $0.lowercased() }
  }
}
