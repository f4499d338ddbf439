/// Escaping for text from articles that enters a report, so that no article
/// can break a table or inject markup.
public enum Escaping {
  /// Text for a Markdown table cell or line: one line, no markup.
  public static func markdown(_ text: String, limit: Int = 120) -> String {
    var out: [UInt8] = []
    appendMarkdown(text.utf8, limit: limit, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// ``markdown(_:limit:)`` on UTF-8 bytes, appended to a buffer (the evidence files' hot path).
  static func appendMarkdown<C: Collection>(_ utf8: C, limit: Int, to out: inout [UInt8]) where C.Element == UInt8 {
    var count = 0
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte & 0xC0 != 0x80 {  // the first byte of a scalar
        if count >= limit {
          out += [0xE2, 0x80, 0xA6]  // …
          return
        }
        count += 1
      }
      switch byte {
      case 0x0A, 0x0D, 0x09: out.append(0x20)
      case 0x7C, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x7E, 0x21:  // | \ ` * _ [ ] < > # ~ !
        out.append(0x5C)
        out.append(byte)
      case 0x26: out += Array("&amp;".utf8)
      default: out.append(byte)
      }
      utf8.formIndex(after: &index)
    }
  }

  /// Text for an inline code span: one line, no backticks.
  public static func code(_ text: String) -> String {
    // Most text holds no backtick, tab or line break of any kind: nothing to replace.
    var utf8 = text.utf8.makeIterator()
    var clean = true
    while let b = utf8.next() {
      if b == 0x60 || (b >= 0x09 && b <= 0x0D) || b == 0xC2 || b == 0xE2 {
        clean = false
        break
      }
    }
    if clean { return text }
    return String(text.map { $0 == "`" ? "'" : ($0.isNewline || $0 == "\t") ? " " : $0 })
  }

  /// Appends ``csv(_:)`` of `text` to a UTF-8 buffer, without making a string for it.
  public static func appendCSV(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      var needsQuotes = false
      for b in bytes where b == 0x2C || b == 0x0A || b == 0x0D || b == 0x22 {
        needsQuotes = true
        break
      }
      if let first = bytes.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 {
        // The rare case of a leading sign: the string form decides.
        out.append(contentsOf: csv(String(decoding: bytes, as: UTF8.self)).utf8)
        return
      }
      guard needsQuotes else {
        out.append(contentsOf: bytes)
        return
      }
      out.append(0x22)
      for b in bytes {
        if b == 0x22 { out.append(0x22) }
        out.append(b)
      }
      out.append(0x22)
    }
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
