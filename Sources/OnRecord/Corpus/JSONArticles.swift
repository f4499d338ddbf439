import Foundation

/// Which fields of a JSON export hold an article's parts. Each setting is a list of
/// names tried in order; the defaults cover common exports.
public struct JSONFields: Sendable, Equatable {
  public var text = ["text", "body", "content", "article", "maintext", "article_text", "full_text"]
  public var title = ["title", "headline"]
  public var outlet = ["outlet", "source", "publisher", "site_name", "sitename", "media", "domain"]
  public var date = ["date", "published", "publish_date", "date_publish", "published_at", "pubdate"]
  public var url = ["url", "link", "source_url"]

  public init() {}

  /// The field names in order, for the analysis settings' fingerprint.
  var description: String {
    [text, title, outlet, date, url].map { $0.joined(separator: ",") }.joined(separator: ";")
  }

  static func first(_ names: [String], in object: [String: Any]) -> String? {
    for name in names {
      if let s = object[name] as? String, !s.isEmpty { return s }
      if let d = object[name] as? [String: Any], let s = d["name"] as? String, !s.isEmpty { return s }
    }
    return nil
  }
}

/// Reads JSON Lines (one article object per line) without holding the file in
/// memory, and JSON arrays of article objects.
public enum JSONArticles {
  /// Calls `body` with each line (1-based number, bytes) of a file, reading it in chunks.
  public static func forEachLine(path: String, _ body: (Int, ArraySlice<UInt8>) -> Void) -> FileReader.Failure? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .cannotOpen(String(cString: strerror(errno))) }
    defer { close(fd) }
    var pending: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var line = 0
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .cannotRead(String(cString: strerror(errno)))
      }
      if n == 0 { break }
      pending += chunk[0..<n]
      var start = 0
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        line += 1
        body(line, pending[start..<newline])
        start = newline + 1
      }
      pending.removeFirst(start)
    }
    if !pending.isEmpty {
      line += 1
      body(line, pending[...])
    }
    return nil
  }

  /// Lines of bytes already in memory (a decompressed file).
  public static func forEachLine(in bytes: [UInt8], _ body: (Int, ArraySlice<UInt8>) -> Void) {
    var line = 0
    var start = 0
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      line += 1
      body(line, bytes[start..<end])
      start = end + 1
    }
  }

  /// The objects of a JSON array (or a single object).
  public static func objects(in bytes: [UInt8]) -> [[String: Any]]? {
    guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
      return nil
    }
    if let array = value as? [Any] { return array.compactMap { $0 as? [String: Any] } }
    if let object = value as? [String: Any] { return [object] }
    return nil
  }

  public static func object(_ line: ArraySlice<UInt8>) -> [String: Any]? {
    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
    return (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any]
  }
}
