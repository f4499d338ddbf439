/// Escaping for text from articles that enters a report, so that no article
/// can break a table or inject markup.
public enum Escaping {
  /// Text for a Markdown table cell or line: one line, no markup.
  public static func markdown(_ text: String, limit: Int = 120) -> String {
    var out = String.UnicodeScalarView()
    var count = 0
    for scalar in text.unicodeScalars {
      if count >= limit {
        out.append("…")
        break
      }
      switch scalar {
      case "\n", "\r", "\t": out.append(" ")
      case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~", "!":
        out.append("\\")
        out.append(scalar)
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      default: out.append(scalar)
      }
      count += 1
    }
    return String(out)
  }

  /// Text for an inline code span: one line, no backticks.
  public static func code(_ text: String) -> String {
    String(text.map { $0 == "`" ? "'" : ($0.isNewline || $0 == "\t") ? " " : $0 })
  }

  /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
  /// A leading =, +, - or @ is prefixed with ' so spreadsheets do not run it.
  public static func csv(_ text: String) -> String {
    var needsQuotes = false
    var hasQuote = false
    for b in text.utf8 {
      if b == 0x2C || b == 0x0A || b == 0x0D { needsQuotes = true }
      if b == 0x22 {
        needsQuotes = true
        hasQuote = true
      }
    }
    var value = text
    if let first = value.utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40,
      Double(value) == nil
    {
      value = "'" + value
    }
    guard needsQuotes else { return value }
    guard hasQuote else { return "\"" + value + "\"" }
    var out = String.UnicodeScalarView()
    out.append("\"")
    for scalar in value.unicodeScalars {
      if scalar == "\"" { out.append("\"") }
      out.append(scalar)
    }
    out.append("\"")
    return String(out)
  }
}
