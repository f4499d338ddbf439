import Foundation

/// An alias file that merges outlet labels and names hosts: one pair a line, as
/// CSV (`Fox News (Online),Fox News`) or YAML-style (`foxnews.com: Fox News`).
/// `#` starts a comment; quotes around either side are dropped.
public enum OutletAliases {
  public static func parse(_ text: String) -> [String: String] {
    var table: [String: String] = [:]
    for raw in text.split(whereSeparator: \.isNewline) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      // The separator: the last comma, else the last ": " (labels may hold colons in URLs).
      let separator = line.range(of: ",", options: .backwards) ?? line.range(of: ": ", options: .backwards)
      guard let separator else { continue }
      let label = unquote(String(line[..<separator.lowerBound]))
      let outlet = unquote(String(line[separator.upperBound...]))
      if !label.isEmpty && !outlet.isEmpty && label.lowercased() != "label" { table[label.lowercased()] = outlet }
    }
    return table
  }

  public static func load(_ url: URL) throws -> [String: String] {
    do {
      return parse(try String(contentsOf: url, encoding: .utf8))
    } catch {
      throw OnRecordError.invalidOption("cannot read the alias file \(url.path): \(error.localizedDescription)")
    }
  }

  static func unquote(_ s: String) -> String {
    var t = s.trimmingCharacters(in: .whitespaces)
    if t.count >= 2, let f = t.first, let l = t.last, f == l, f == "\"" || f == "'" {
      t = String(t.dropFirst().dropLast())
    }
    return t
  }
}
