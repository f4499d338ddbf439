import Foundation
import OnRecord
import Testing

/// A corpus scraped from the web holds everything. The run must finish, account for
/// every file, and keep the report safe.
@Suite(.serialized) struct HostileCorpusTests {
  /// Builds the hostile corpus; returns its folder and the number of entries a reader should see.
  static func build() throws -> (URL, Int) {
    let root = try TestSupport.temporaryFolder()
    let corpus = root.appendingPathComponent("hostile")
    let fm = FileManager.default
    let wire = corpus.appendingPathComponent("wire")
    try fm.createDirectory(at: wire, withIntermediateDirectories: true)
    var entries = 0
    func file(_ name: String, _ bytes: [UInt8]) throws {
      try Data(bytes).write(to: wire.appendingPathComponent(name))
      entries += 1
    }
    try file("empty.txt", [])
    try file("empty.html", [])
    try file(
      "binary.html", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A] + (0..<4000).map { UInt8(($0 * 7919) % 256) })
    try file(
      "invalid-utf8.txt",
      Array("Title\n\nThe mayor said the plan was ".utf8) + [0xC3, 0x28, 0xFF, 0xFE] + Array(" dead.\n".utf8))
    try file("nul-bytes.txt", Array("Title\n\nSources said".utf8) + [0, 0, 0] + Array(" it was over.\n".utf8))
    let deep =
      String(repeating: "<div>", count: 100_000)
      + "<p>Officials said the deepest paragraph was still read, and it was.</p>"
    try file("deep.html", Array(deep.utf8))
    try file("a b with spaces.txt", Array("Spaces\n\nCritics said the name had spaces.\n".utf8))
    try file("new\nline.txt", Array("Newline\n\nThe council said the name had a line break.\n".utf8))
    try file("ünïcödé-名前.txt", Array("Unicode\n\nA spokesman said the name was not ASCII.\n".utf8))
    let hostile = """
      <html><head><title>| Pipes | `ticks` <b>bold</b> # heading</title></head><body><article>
      <p>"Trust us | really," said Evil &lt;script&gt;alert(1)&lt;/script&gt; Corp, a company with | pipes | in its name.</p>
      <p>**Bold** claims and [links](http://example.com) and `code` came from sources who said the report was <b>fake news</b>.</p>
      <p>A spokeswoman for Evil | Corp declined to comment on the &lt;img src=x onerror=alert(1)&gt; tag, and on the "# heading" too.</p>
      </article></body></html>
      """
    try file("hostile.html", Array(hostile.utf8))
    try file("unreadable.txt", Array("Locked\n\nThe clerk said the file was locked.\n".utf8))
    try fm.setAttributes([.posixPermissions: 0], ofItemAtPath: wire.appendingPathComponent("unreadable.txt").path)
    // A folder whose name looks like an article, with an article inside.
    let folder = wire.appendingPathComponent("x.html")
    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("Inside\n\nThe mayor said the folder held a story.\n".utf8).write(
      to: folder.appendingPathComponent("inside.txt"))
    entries += 1
    // Symbolic links: a loop, a link out of the corpus, a link back up to the corpus.
    try fm.createSymbolicLink(atPath: wire.appendingPathComponent("loop").path, withDestinationPath: "loop")
    try fm.createSymbolicLink(
      atPath: wire.appendingPathComponent("outside.txt").path, withDestinationPath: "/etc/hostname")
    try fm.createSymbolicLink(atPath: wire.appendingPathComponent("up").path, withDestinationPath: "..")
    entries += 3
    // 200 MB of text, over the default size limit.
    let big = wire.appendingPathComponent("huge.txt")
    _ = fm.createFile(atPath: big.path, contents: nil)
    let handle = try FileHandle(forWritingTo: big)
    let block = Data(String(repeating: "Sources said it was big. ", count: 40_000).utf8)
    for _ in 0..<200 { handle.write(block) }
    try handle.close()
    entries += 1
    return (corpus, entries)
  }

  @Test func theRunFinishesAndAccountsForEveryFile() throws {
    let (corpus, entries) = try Self.build()
    defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
    let out = corpus.deletingLastPathComponent().appendingPathComponent("out")
    let result = try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--jobs", "2"])
    #expect(result.status == 1, "failed files make the exit status 1; stderr: \(result.stderr)")
    let json =
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("hostile.json")))
      as! [String: Any]
    let articles = json["articles"] as! Int
    let skipped = json["skipped"] as! Int
    let failed = json["failed"] as! Int
    #expect(articles + skipped + failed == entries, "\(articles) + \(skipped) + \(failed) ≠ \(entries)")
    let files = json["files"] as! [[String: Any]]
    let reasons = Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as! String, $0["reason"] as? String ?? "") })
    #expect(reasons["wire/huge.txt"]?.contains("--max-file-size") == true)
    #expect(reasons["wire/loop"] == "symbolic link, not followed")
    #expect(reasons["wire/outside.txt"] == "symbolic link, not followed")
    #expect(reasons["wire/up"] == "symbolic link, not followed")
    #expect(reasons["wire/binary.html"] == "binary data, not text")
    #expect(reasons["wire/nul-bytes.txt"] == "binary data, not text")
    #expect(reasons["wire/empty.txt"] == "empty file")
    // The deep page, the odd names and the folder named like a page are read.
    let csv = try String(contentsOf: out.appendingPathComponent("hostile-articles.csv"), encoding: .utf8)
    // libxml2 stops at 256 levels of nesting (no HTML_PARSE_HUGE): the deep page fails, with its reason.
    #expect(reasons["wire/deep.html"] == "no article text found")
    for name in [
      "wire/a b with spaces.txt", "wire/ünïcödé-名前.txt", "wire/x.html/inside.txt",
      "wire/invalid-utf8.txt",
    ] {
      #expect(csv.contains(name), "\(name) was not analysed")
    }
    #expect(csv.contains("\"wire/new\nline.txt\""))
    // Nothing from an article breaks out of its place in the report.
    let md = try String(contentsOf: out.appendingPathComponent("hostile.md"), encoding: .utf8)
    for forbidden in ["<script>", "<img", "<b>", "\n# heading", "| Pipes |"] {
      #expect(!md.contains(forbidden), "report contains \(forbidden.debugDescription)")
    }
    for line in md.split(separator: "\n") where line.hasPrefix("|") {
      let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false)
        .count
      #expect(cells >= 3, "a broken table row: \(line)")
    }
    let evidence = try String(contentsOf: out.appendingPathComponent("hostile/evidence/no-comment.md"), encoding: .utf8)
    #expect(evidence.contains("Evil \\|"))
    // Every "<" from the article is escaped.
    #expect(evidence.matches(of: /[^\\]</).isEmpty)
    // Reports are written only under --out.
    let written = try FileManager.default.subpathsOfDirectory(atPath: corpus.path)
    #expect(!written.contains { $0.hasSuffix(".md") || $0.hasSuffix(".json") })
  }

  @Test func anInterruptedWriteLeavesThePreviousReport() throws {
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try ReportWriter.write(["r.md": "first"], to: folder)
    // A folder where a report file should go makes the write fail; the earlier report stays whole.
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("s.md"), withIntermediateDirectories: true)
    #expect(throws: OnRecordError.self) { try ReportWriter.write(["r.md": "second", "s.md": "x"], to: folder) }
    let kept = try String(contentsOf: folder.appendingPathComponent("r.md"), encoding: .utf8)
    #expect(kept == "first" || kept == "second")
  }
}
