/// Escaping for text from articles that enters a report, so that no article
/// can break a table or inject markup.
public enum Escaping {
  /// Text for a Markdown table cell or line: one line, no markup.
  public static func markdown(_ text: String, limit: Int = 120) -> String {
    var out = ""
    var count = 0
    for ch in text {
      if count >= limit {
        out += "…"
        break
      }
      switch ch {
      case "\n", "\r", "\t", "\r\n": out += " "
      case "|": out += "\\|"
      case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~", "!": out += "\\" + String(ch)
      case "&": out += "&amp;"
      default: out.append(ch)
      }
      count += 1
    }
    return out
  }

  /// Text for an inline code span: one line, no backticks.
  public static func code(_ text: String) -> String {
    String(text.map { $0 == "`" ? "'" : ($0.isNewline || $0 == "\t") ? " " : $0 })
  }

  /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
  /// A leading =, +, - or @ is prefixed with ' so spreadsheets do not run it.
  public static func csv(_ text: String) -> String {
    var value = text
    if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
    if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return value
  }
}
