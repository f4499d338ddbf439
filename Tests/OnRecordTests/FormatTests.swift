import Foundation
import OnRecord
import Testing

/// Corpora as researchers have them: JSON Lines and JSON exports, WARC archives, gzip.
@Suite struct FormatTests {
  /// The demo corpus's plain-text articles as (outlet, file name, text).
  static func textArticles() throws -> [(String, String, String)] {
    var out: [(String, String, String)] = []
    for file in try CorpusWalker.files(in: TestSupport.demoCorpus) where file.relativePath.hasSuffix(".txt") {
      let text = try String(contentsOf: file.url, encoding: .utf8)
      if !text.isEmpty { out.append((file.outletFolder ?? "", file.url.lastPathComponent, text)) }
    }
    return out
  }

  static func jsonLine(_ fields: [String: String]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
  }

  @Test func aJSONLinesExportGivesTheSameReportAsTheFolder() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("folder")
    let export = root.appendingPathComponent("export")
    var lines: [String] = []
    for (outlet, name, text) in try Self.textArticles() {
      try TestSupport.write(text, to: folder.appendingPathComponent("\(outlet)/\(name)"))
      lines.append(try Self.jsonLine(["outlet": outlet, "text": text, "title": String(text.prefix { $0 != "\n" })]))
    }
    try TestSupport.write(lines.joined(separator: "\n") + "\n", to: export.appendingPathComponent("articles.jsonl"))
    let fromFolder = try TestSupport.analyzer.analyze(corpus: folder, jobs: 2).tally
    let fromExport = try TestSupport.analyzer.analyze(corpus: export, jobs: 2).tally
    #expect(fromFolder.articles.count == lines.count)
    #expect(fromExport.outlets == fromFolder.outlets)
    #expect(fromExport.articles.first?.path.hasPrefix("articles.jsonl#") == true)
  }

  @Test func jsonArraysAndGzipAreRead() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let articles = try Self.textArticles().prefix(3)
    let array = articles.map { ["source": $0.0, "body": $0.2] }
    try Data(try JSONSerialization.data(withJSONObject: array)).write(to: root.appendingPathComponent("export.json"))
    // A gzip file of one plain-text article, made with the system's gzip.
    let plain = root.appendingPathComponent("wire/one.txt")
    try TestSupport.write(
      articles.first!.2 + "\nA second copy would be a duplicate, so this line differs.\n", to: plain)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
    gzip.arguments = [plain.path]
    try gzip.run()
    gzip.waitUntilExit()
    let tally = try TestSupport.analyzer.analyze(corpus: root, jobs: 1).tally
    #expect(tally.articles.count == 4)
    #expect(tally.articles.contains { $0.path == "wire/one.txt.gz" && $0.attributions > 0 })
    #expect(Set(tally.articles.filter { $0.path.hasPrefix("export.json#") }.map(\.outlet)) == Set(articles.map(\.0)))
  }

  static func warcRecord(uri: String, contentType: String, body: String) -> [UInt8] {
    let http = Array("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\n\r\n\(body)".utf8)
    let header =
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: \(uri)\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(http.count)\r\n\r\n"
    return Array(header.utf8) + http + Array("\r\n\r\n".utf8)
  }

  @Test func warcResponsesWithHTMLAreArticlesOfTheirHost() throws {
    let page = """
      <html><head><title>Port deal</title></head><body><article><p>The port authority approved the lease on Monday, \
      and a spokeswoman for the authority said the vote was unanimous after a long debate.</p></article></body></html>
      """
    var warc = Self.warcRecord(
      uri: "https://www.example-news.org/port", contentType: "text/html; charset=utf-8", body: page)
    warc += Array(
      "WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://x.org/\r\nContent-Length: 4\r\n\r\nGET \r\n\r\n".utf8)
    warc += Self.warcRecord(uri: "https://other.example.com/image", contentType: "image/png", body: "PNG")
    warc += Self.warcRecord(
      uri: "http://other.example.com:8080/story?id=1", contentType: "text/html",
      body: page.replacingOccurrences(of: "Monday", with: "Tuesday"))
    let pages = WARCReader.pages(in: warc)
    #expect(pages.map(\.host) == ["example-news.org", "other.example.com"])
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data(warc).write(to: root.appendingPathComponent("crawl.warc"))
    let tally = try TestSupport.analyzer.analyze(corpus: root, jobs: 1).tally
    #expect(tally.outletNames == ["example-news.org", "other.example.com"])
    #expect(tally.total.attributions >= 2)
  }

  @Test func gzipMembersConcatenated() throws {
    // Two gzip members one after the other, as in WARC.gz: "hello " + "world".
    // Made with Python: gzip.compress(b"hello ", mtime=0) + gzip.compress(b"world", mtime=0).
    let members: [UInt8] = [
      0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x57, 0x00, 0x00,
      0xf6, 0xf9, 0x81, 0xed, 0x06, 0x00, 0x00, 0x00,
      0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x2b, 0xcf, 0x2f, 0xca, 0x49, 0x01, 0x00, 0x43,
      0x11, 0x77, 0x3a, 0x05, 0x00, 0x00, 0x00,
    ]
    let plain = try Gzip.decompress(members).get()
    #expect(String(decoding: plain, as: UTF8.self) == "hello world")
    #expect(Gzip.decompress([0x1f, 0x8b, 0x08, 0x00, 0x01]) != .success([]))
  }

  @Test func duplicatesAreCountedOnceAndAliasesMergeLabels() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let text = "Vote delayed\n\nThe council said the vote would wait. Critics said that was a mistake.\n"
    try TestSupport.write(text, to: root.appendingPathComponent("Fox News (Online)/a.txt"))
    try TestSupport.write(text, to: root.appendingPathComponent("Fox News (Online)/b.txt"))
    try TestSupport.write(text + "\nMore.\n", to: root.appendingPathComponent("fox-news/c.txt"))
    var analyzer = TestSupport.analyzer
    analyzer.aliases = OutletAliases.parse("label,outlet\n\"Fox News (Online)\",Fox News\nfox-news: Fox News\n")
    let tally = try analyzer.analyze(corpus: root, jobs: 2).tally
    #expect(tally.outletNames == ["Fox News"])
    #expect(tally.articles.count == 2)
    #expect(tally.duplicates == 1)
    #expect(
      tally.files.first { $0.path == "Fox News (Online)/b.txt" }?.reason == "duplicate of Fox News (Online)/a.txt")
  }

  /// The outlet's name after the alias table is the publisher the analysis looks for: a folder
  /// named by a short form of the outlet ("kiln-energy") finds the outlet's own analysis once the
  /// alias names it (a coined first word of seven letters or more would be found without).
  @Test func anAliasNamesThePublisher() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let text = "Rates rise\n\nA Kilnline analysis of commission dockets shows that costs doubled since 2030.\n"
    try TestSupport.write(text, to: root.appendingPathComponent("kiln-energy/a.txt"))
    var analyzer = TestSupport.analyzer
    let before = try analyzer.analyze(corpus: root, jobs: 1).tally
    #expect(before.outlets["kiln-energy"]?.sourceKinds.counts == ["document": 1])
    analyzer.aliases = OutletAliases.parse("kiln-energy,Kilnline\n")
    let after = try analyzer.analyze(corpus: root, jobs: 1).tally
    #expect(after.outletNames == ["Kilnline"])
    #expect(after.outlets["Kilnline"]?.sourceKinds.counts == ["self": 1])
  }
}
