import Foundation

/// Turns a file's bytes into an ``Article``, or says why it cannot.
public struct ArticleReader: Sendable {
  public let extractor = MainTextExtractor()

  public init() {}

  /// The format a file name implies, or nil when it is not an article file.
  public static func format(forFileName name: String) -> Article.Format? {
    let lower = name.lowercased()
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
    if lower.hasSuffix(".txt") { return .text }
    return nil
  }

  /// Reads one article. `outlet` is the label from the corpus layout, or nil
  /// when the file stands at the corpus top (the page's site name is used then).
  public func read(bytes: [UInt8], path: String, format: Article.Format, outlet: String?) -> Result<
    Article, FileProblem
  > {
    if bytes.isEmpty { return .failure(.empty) }
    if ArticleReader.looksBinary(bytes) { return .failure(.binary) }
    // The whole file is decoded: which charset a page is read in depends on all its bytes (scripts
    // included) and on where its <meta charset> stands.
    switch format {
    case .text:
      let decoded = TextDecoder.decode(bytes, isHTML: false)
      let title = ArticleReader.firstLine(decoded.text).map(MainTextExtractor.normalize)
      guard decoded.text.contains(where: { $0.isLetter }) else { return .failure(.noText) }
      return .success(
        Article(
          path: path, outlet: outlet ?? "unknown", format: .text, metadata: PageMetadata(title: title),
          text: LinkCards.blanked(decoded.text), encoding: decoded.encoding,
          replacementCharacters: decoded.replacements))
    case .html:
      let decoded = TextDecoder.utf8Bytes(bytes, isHTML: true)
      guard let page = HTMLParser.parse(utf8: decoded.utf8) else { return .failure(.unparseable) }
      let metadata = PageMetadata(page: page)
      var text = extractor.mainText(of: page)
      // When the markup yields far less than the body the page states in JSON-LD, trust the statement.
      if let stated = metadata.statedBody, stated.count > 200, text.count < stated.count / 3 {
        text = stated.split(whereSeparator: \.isNewline).map { MainTextExtractor.normalize(String($0)) }
          .filter { !$0.isEmpty }.joined(separator: "\n\n")
      }
      text = LinkCards.blanked(text)
      guard text.contains(where: { $0.isLetter }) else { return .failure(.noText) }
      return .success(
        Article(
          path: path, outlet: outlet ?? metadata.siteName ?? "unknown", format: .html, metadata: metadata,
          text: text, encoding: decoded.encoding, replacementCharacters: decoded.replacements))
    }
  }

  /// NUL bytes or many control characters in the first 8 KB: not a text file.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(8192)
    var control = 0
    for b in head {
      if b == 0 {
        // UTF-16 text has NULs too, but starts with a byte-order mark.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return true
      }
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
    }
    return control * 20 > head.count
  }
}

extension ArticleReader {
  /// The first line with something on it, found without walking the rest of the text.
  static func firstLine(_ text: String) -> String? {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    while start < scalars.endIndex && scalars[start].properties.isWhitespace { scalars.formIndex(after: &start) }
    var end = start
    while end < scalars.endIndex && !"\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}".unicodeScalars.contains(scalars[end]) {
      scalars.formIndex(after: &end)
    }
    return start < end ? String(scalars[start..<end]) : nil
  }
}

/// Why a file yields no article. Data for the report, not an error.
public enum FileProblem: Error, Sendable, Equatable, Codable {
  case empty
  case binary
  case unparseable
  case noText
  case unreadable(String)
  case notAnArticle(String)
  case tooLarge(limit: Int64)
  case symbolicLink
  case notARegularFile

  /// A reason a reader of the report understands.
  public var reason: String {
    switch self {
    case .empty: return "empty file"
    case .binary: return "binary data, not text"
    case .unparseable: return "not parseable as HTML"
    case .noText: return "no article text found"
    case .unreadable(let why): return "unreadable: \(why)"
    case .notAnArticle(let ext):
      return ext.isEmpty ? "not an article file (no extension)" : "not an article file (.\(ext))"
    case .tooLarge(let limit): return "larger than the \(ByteCount.describe(limit)) limit (--max-file-size)"
    case .symbolicLink: return "symbolic link, not followed"
    case .notARegularFile: return "not a regular file"
    }
  }

  /// Whether an outcome's reason says the file's bytes could not be read (an I/O error that may
  /// pass), rather than something about what they hold.
  public static func isReadFailure(reason: String) -> Bool {
    reason.hasPrefix("unreadable: ")
  }

  /// Skipped files hold no article (other file types, empty files); failed files were meant to be
  /// articles and could not be read.
  public var isSkip: Bool {
    switch self {
    case .notAnArticle, .empty, .symbolicLink, .notARegularFile, .tooLarge: return true
    default: return false
    }
  }
}

/// Byte counts for options and messages: "50 MB", "200MB", "1.5G".
public enum ByteCount {
  public static func parse(_ text: String) -> Int64? {
    let t = text.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: " ", with: "")
    let units: [(String, Double)] = [
      ("GB", 1e9), ("G", 1e9), ("MB", 1e6), ("M", 1e6), ("KB", 1e3), ("K", 1e3), ("B", 1),
    ]
    for (suffix, factor) in units where t.hasSuffix(suffix) {
      guard let n = Double(t.dropLast(suffix.count)), n >= 0 else { return nil }
      return Int64(n * factor)
    }
    return Int64(t)
  }

  public static func describe(_ bytes: Int64) -> String {
    if bytes >= 1_000_000_000 && bytes % 1_000_000_000 == 0 { return "\(bytes / 1_000_000_000) GB" }
    if bytes >= 1_000_000 && bytes % 1_000_000 == 0 { return "\(bytes / 1_000_000) MB" }
    if bytes >= 1_000 && bytes % 1_000 == 0 { return "\(bytes / 1_000) KB" }
    return "\(bytes) bytes"
  }
}
