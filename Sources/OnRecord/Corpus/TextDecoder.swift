import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a file's bytes into text, honestly: a byte-order mark first, then the
/// charset the page declares (unless the bytes are plainly UTF-8), then UTF-8
/// when the bytes are valid UTF-8, else Windows-1252. Never fails: bytes that are
/// invalid in the chosen charset become U+FFFD and are counted.
public enum TextDecoder {
  public struct Decoded: Sendable, Equatable {
    public var text: String
    /// The charset used, as an IANA-style name ("UTF-8", "windows-1252", "GBK").
    public var encoding: String
    /// How the charset was chosen: "bom", "declared", "utf-8 valid", "fallback".
    public var basis: String
    /// Replacement characters introduced by invalid bytes.
    public var replacements: Int
  }

  /// The same choice of charset, with the text as UTF-8 bytes: HTML goes to the parser as
  /// bytes, so a page that is valid UTF-8 is neither copied nor made into a String.
  public struct DecodedBytes: Sendable, Equatable {
    public var utf8: [UInt8]
    public var encoding: String
    public var basis: String
    public var replacements: Int
  }

  public static func decode(_ bytes: [UInt8], isHTML: Bool) -> Decoded {
    let decoded = utf8Bytes(bytes, isHTML: isHTML)
    return Decoded(
      text: String(decoding: decoded.utf8, as: UTF8.self), encoding: decoded.encoding, basis: decoded.basis,
      replacements: decoded.replacements)
  }

  public static func utf8Bytes(_ bytes: [UInt8], isHTML: Bool) -> DecodedBytes {
    // Byte-order marks.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return utf8(Array(bytes.dropFirst(3)), basis: "bom")
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", basis: "bom")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", basis: "bom")
    }
    let valid = UTF8Validation.isValid(bytes)
    if isHTML, let declared = declaredCharset(bytes), let charset = normalizedCharset(declared) {
      if charset == "UTF-8" {
        return valid
          ? DecodedBytes(utf8: bytes, encoding: "UTF-8", basis: "declared", replacements: 0)
          : utf8(bytes, basis: "declared")
      }
      // A page transcoded to UTF-8 without fixing its tag: the bytes win when they are
      // valid UTF-8 and hold multi-byte sequences (legacy text almost never is).
      if valid, bytes.contains(where: { $0 >= 0x80 }) {
        return DecodedBytes(
          utf8: bytes, encoding: "UTF-8", basis: "utf-8 valid, declared \(declared)", replacements: 0)
      }
      return convert(bytes, from: charset, basis: "declared")
    }
    if valid {
      return DecodedBytes(utf8: bytes, encoding: "UTF-8", basis: "utf-8 valid", replacements: 0)
    }
    return convert(bytes, from: "WINDOWS-1252", basis: "fallback")
  }

  /// UTF-8 with any invalid bytes made U+FFFD, counted.
  static func utf8(_ bytes: [UInt8], basis: String) -> DecodedBytes {
    if UTF8Validation.isValid(bytes) {
      return DecodedBytes(utf8: bytes, encoding: "UTF-8", basis: basis, replacements: 0)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let replacements = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    return DecodedBytes(utf8: Array(text.utf8), encoding: "UTF-8", basis: basis, replacements: replacements)
  }

  // MARK: - Declared charsets

  /// The charset a page declares in its first 4 KB: `<meta charset>`, an
  /// `http-equiv` content type, or an XML declaration.
  public static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(4096)
    let ascii = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
    if ascii.hasPrefix("<?xml"), let range = ascii.range(of: "encoding=") {
      return value(after: range.upperBound, in: ascii)
    }
    var searchStart = ascii.startIndex
    while let range = ascii.range(of: "charset", range: searchStart..<ascii.endIndex) {
      searchStart = range.upperBound
      // Only inside a meta tag.
      guard let tagStart = ascii.range(of: "<", options: .backwards, range: ascii.startIndex..<range.lowerBound),
        ascii[tagStart.upperBound...].hasPrefix("meta")
      else { continue }
      var i = range.upperBound
      while i < ascii.endIndex, ascii[i] == " " { i = ascii.index(after: i) }
      guard i < ascii.endIndex, ascii[i] == "=" else { continue }
      i = ascii.index(after: i)
      if let v = value(after: i, in: ascii), !v.isEmpty { return v }
    }
    return nil
  }

  static func value(after index: String.Index, in text: String) -> String? {
    var i = index
    while i < text.endIndex, text[i] == " " || text[i] == "\"" || text[i] == "'" { i = text.index(after: i) }
    var out = ""
    while i < text.endIndex, let c = text[i].unicodeScalars.first,
      c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == "." || c == ":"
    {
      out.append(text[i])
      i = text.index(after: i)
    }
    return out.isEmpty ? nil : out
  }

  /// Maps a declared label to the name iconv knows, following the WHATWG
  /// Encoding Standard where labels are supersets in practice (Latin-1 means
  /// Windows-1252, GB2312 means GBK). Nil for labels not worth trusting.
  public static func normalizedCharset(_ label: String) -> String? {
    let l = label.lowercased().trimmingCharacters(in: .whitespaces)
    switch l {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
    case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
      "cp1252", "windows-1252", "x-cp1252", "iso_8859-1":
      return "WINDOWS-1252"
    case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312", "euc-cn": return "GBK"
    case "gb18030": return "GB18030"
    case "big5", "big5-hkscs", "x-x-big5", "cn-big5": return "BIG5-HKSCS"
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932": return "CP932"
    case "euc-jp", "x-euc-jp": return "EUC-JP"
    case "iso-2022-jp": return "ISO-2022-JP"
    case "euc-kr", "ks_c_5601-1987", "windows-949", "cp949", "korean": return "CP949"
    case "koi8-r", "koi8r": return "KOI8-R"
    case "koi8-u": return "KOI8-U"
    case "utf-16", "utf-16le": return "UTF-16LE"
    case "utf-16be": return "UTF-16BE"
    case "iso-8859-9", "latin5": return "WINDOWS-1254"
    case "tis-620", "iso-8859-11": return "WINDOWS-874"
    default:
      if l.hasPrefix("windows-125") || l.hasPrefix("cp125") {
        return "WINDOWS-125" + String(l.last!)
      }
      if l.hasPrefix("iso-8859-") || l.hasPrefix("iso8859-") {
        return "ISO-8859-" + l.split(separator: "-").last.map(String.init)!
      }
      return nil
    }
  }

  // MARK: - iconv

  /// Windows-1252's 0x80–0x9F row (the rest is Latin-1). Bytes the code page leaves
  /// undefined map to the C1 control of the same value, as the WHATWG Encoding Standard says.
  static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func windows1252(_ bytes: [UInt8], basis: String) -> DecodedBytes {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count + bytes.count / 8)
    for b in bytes {
      let value = b >= 0x80 && b < 0xA0 ? windows1252High[Int(b - 0x80)] : UInt32(b)
      utf8.append(contentsOf: UTF8.encode(Unicode.Scalar(value)!)!)
    }
    return DecodedBytes(utf8: utf8, encoding: "windows-1252", basis: basis, replacements: 0)
  }

  /// Converts with the C library's iconv; an invalid byte becomes U+FFFD and decoding goes on.
  static func convert(_ bytes: [UInt8], from charset: String, basis: String) -> DecodedBytes {
    if charset == "WINDOWS-1252" { return windows1252(bytes, basis: basis) }
    let cd = iconv_open("UTF-8", charset)
    if cd == iconv_t(bitPattern: -1) {
      // iconv does not know the charset: fall back as if nothing were declared.
      if UTF8Validation.isValid(bytes) {
        return DecodedBytes(utf8: bytes, encoding: "UTF-8", basis: "utf-8 valid", replacements: 0)
      }
      return windows1252(bytes, basis: "fallback")
    }
    defer { iconv_close(cd) }
    var output = [UInt8]()
    output.reserveCapacity(bytes.count * 2)
    var replacements = 0
    var input = bytes
    let chunk = 64 * 1024
    var buffer = [UInt8](repeating: 0, count: chunk)
    input.withUnsafeMutableBufferPointer { inBuffer in
      var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(
        to: CChar.self)
      var inLeft = inBuffer.count
      while inLeft > 0 {
        let (result, produced): (Int, Int) = buffer.withUnsafeMutableBufferPointer { outBuffer in
          var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
            .assumingMemoryBound(to: CChar.self)
          var outLeft = outBuffer.count
          let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
          return (r, outBuffer.count - outLeft)
        }
        output.append(contentsOf: buffer[0..<produced])
        if result == -1 {
          let code = errno
          if code == E2BIG { continue }
          // EILSEQ or EINVAL: skip one byte, mark it, and go on.
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
          replacements += 1
          inPtr = inPtr.map { $0 + 1 }
          inLeft -= 1
          _ = iconv(cd, nil, nil, nil, nil)
        }
      }
    }
    return DecodedBytes(utf8: output, encoding: charset, basis: basis, replacements: replacements)
  }

}
