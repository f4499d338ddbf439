/// Reads WARC files (ISO 28500), as web archives and Common Crawl News publish them:
/// every `response` record whose HTTP payload is HTML is a page.
public enum WARCReader {
  public struct Page: Sendable, Equatable {
    public var targetURI: String
    public var html: [UInt8]

    /// The host of the target URI, without "www.": the outlet of a crawled page.
    public var host: String {
      guard let schemeEnd = targetURI.range(of: "://") else { return "unknown" }
      var rest = targetURI[schemeEnd.upperBound...]
      if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<slash] }
      if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
      if let colon = rest.lastIndex(of: ":") { rest = rest[..<colon] }
      var host = rest.lowercased()
      if host.hasPrefix("www.") { host.removeFirst(4) }
      return host.isEmpty ? "unknown" : host
    }
  }

  /// The HTML pages in a WARC file's bytes, in order. Malformed records end the reading.
  public static func pages(in bytes: [UInt8]) -> [Page] {
    var pages: [Page] = []
    var i = 0
    let n = bytes.count
    while i < n {
      // Find the next record's version line.
      guard let start = find(Array("WARC/".utf8), in: bytes, from: i),
        let headerEnd = find([13, 10, 13, 10], in: bytes, from: start)
      else { break }
      let headers = parseHeaders(bytes[start..<headerEnd])
      guard let length = headers["content-length"].flatMap({ Int($0.trimmingCharacters()) }), length >= 0 else { break }
      let blockStart = headerEnd + 4
      let blockEnd = min(n, blockStart + length)
      if headers["warc-type"]?.lowercased() == "response",
        headers["content-type"]?.lowercased().contains("application/http") ?? true,
        let page = httpPage(Array(bytes[blockStart..<blockEnd]), uri: headers["warc-target-uri"] ?? "")
      {
        pages.append(page)
      }
      i = blockEnd
    }
    return pages
  }

  static func httpPage(_ block: [UInt8], uri: String) -> Page? {
    guard let end = find([13, 10, 13, 10], in: block, from: 0) else { return nil }
    let headers = parseHeaders(block[0..<end])
    guard headers["content-type"]?.lowercased().contains("html") ?? false else { return nil }
    var body = Array(block[(end + 4)...])
    if headers["transfer-encoding"]?.lowercased().contains("chunked") == true { body = dechunk(body) }
    if headers["content-encoding"]?.lowercased().contains("gzip") == true,
      case .success(let plain) = Gzip.decompress(body)
    {
      body = plain
    }
    return Page(targetURI: uri.trimmingCharacters(), html: body)
  }

  /// Header names lower-cased; the first line (the version or status line) is skipped.
  static func parseHeaders(_ bytes: ArraySlice<UInt8>) -> [String: String] {
    var headers: [String: String] = [:]
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\r\n").dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].lowercased()
      if headers[name] == nil { headers[name] = String(line[line.index(after: colon)...]).trimmingCharacters() }
    }
    return headers
  }

  static func dechunk(_ body: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    while i < body.count, let lineEnd = find([13, 10], in: body, from: i) {
      let sizeText =
        String(decoding: body[i..<lineEnd], as: UTF8.self).split(separator: ";").first.map(String.init) ?? ""
      guard let size = Int(sizeText.trimmingCharacters(), radix: 16), size > 0 else { break }
      let start = lineEnd + 2
      out += body[start..<min(body.count, start + size)]
      i = start + size + 2
    }
    return out
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var i = start
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == needle[0] {
        var k = 1
        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces and tabs (no Foundation).
  func trimmingCharacters() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }
}
