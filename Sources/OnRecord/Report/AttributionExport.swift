/// Per-attribution exports: JSON Lines and CSV with the same columns, written by
/// hand (keys in a fixed order) because they are the largest files a run writes.
public enum AttributionExport {
  public static let columns = [
    "path", "outlet", "line", "cue", "cue_lemma", "source", "source_kind", "anonymous", "specificity",
    "reason_given", "reason", "denial", "channel", "resolved_to", "outlet_cited", "nested", "content", "sentence",
  ]

  /// A value of one cell.
  enum Value {
    case text(String?)
    case number(Int)
    case flag(Bool?)
  }

  static func values(_ record: ArticleRecord, _ row: AttributionRow) -> [Value] {
    [
      .text(record.path), .text(record.outlet), .number(row.line), .text(row.cue), .text(row.cueLemma),
      .text(row.source),
      .text(row.sourceKind.rawValue), .flag(row.anonymous), .text(row.specificity?.rawValue), .flag(row.reasonGiven),
      .text(row.reason), .text(row.denial?.rawValue), .text(row.channel), .text(row.resolvedTo), .text(row.outletCited),
      .flag(row.nested), .text(row.content), .text(row.sentence),
    ]
  }

  /// The CSV header line.
  public static var csvHeader: String { columns.joined(separator: ",") + "\n" }

  /// One CSV line per attribution of the article.
  public static func csvLines(_ record: ArticleRecord) -> [UInt8] {
    var out: [UInt8] = []
    for row in record.rows {
      var first = true
      for value in values(record, row) {
        if !first { out.append(0x2C) }
        first = false
        switch value {
        case .text(let s): if let s { Escaping.appendCSV(s, to: &out) }
        case .number(let n): out.append(contentsOf: String(n).utf8)
        case .flag(let b): if let b { out.append(contentsOf: (b ? "true" : "false").utf8) }
        }
      }
      out.append(0x0A)
    }
    return out
  }

  static let jsonKeys: [[UInt8]] = columns.map { key -> [UInt8] in
    var bytes: [UInt8] = []
    JSONText.append(key, to: &bytes)
    return bytes + [0x3A]
  }

  /// One JSON object per attribution of the article, a line each.
  public static func jsonLines(_ record: ArticleRecord) -> [UInt8] {
    var out: [UInt8] = []
    for row in record.rows {
      out.append(0x7B)
      for (index, value) in values(record, row).enumerated() {
        if index > 0 { out.append(0x2C) }
        out += jsonKeys[index]
        switch value {
        case .text(let s):
          if let s { JSONText.append(s, to: &out) } else { out += Array("null".utf8) }
        case .number(let n): out += Array(String(n).utf8)
        case .flag(let b): out += Array((b.map { $0 ? "true" : "false" } ?? "null").utf8)
        }
      }
      out += [0x7D, 0x0A]
    }
    return out
  }
}

/// JSON text for a string (RFC 8259): quotes, backslashes and control characters escaped.
public enum JSONText {
  public static func string(_ s: String) -> String {
    var bytes: [UInt8] = []
    append(s, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the JSON form of `s` to a UTF-8 buffer: runs of bytes that need no escape are
  /// copied whole.
  public static func append(_ s: String, to out: inout [UInt8]) {
    out.append(0x22)
    var s = s
    s.withUTF8 { bytes in
      let n = bytes.count
      var run = 0
      var i = 0
      func flush(_ end: Int) {
        if end > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end])) }
      }
      while i < n {
        let b = bytes[i]
        if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
          i += 1
          continue
        }
        if b == 0xE2 {
          // U+2028 and U+2029 (E2 80 A8/A9) are escaped for JavaScript consumers.
          if i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
            flush(i)
            out.append(contentsOf: bytes[i + 2] == 0xA8 ? Array("\\u2028".utf8) : Array("\\u2029".utf8))
            i += 3
            run = i
          } else {
            i += 1
          }
          continue
        }
        flush(i)
        switch b {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: out.append(contentsOf: [0x5C, 0x72])
        case 0x09: out.append(contentsOf: [0x5C, 0x74])
        default:
          let digits: [UInt8] = Array("0123456789abcdef".utf8)
          out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, digits[Int(b >> 4)], digits[Int(b & 15)]])
        }
        i += 1
        run = i
      }
      flush(n)
    }
    out.append(0x22)
  }
}
