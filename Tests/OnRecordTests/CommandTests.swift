import Foundation
import Testing

/// Runs the built `onrecord` command, as a user would.
@Suite(.serialized) struct CommandTests {
  @Test func analyzeWritesTheReportsAndAccountsForEveryFile() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("sample")
    try TestSupport.write(
      "Flood plan delayed\n\nSources said the council would delay the flood plan. \"We need more time,\" Mayor Ruiz said.\n",
      to: corpus.appendingPathComponent("ledger/one.txt"))
    try TestSupport.write(
      "<html><head><title>Vote</title></head><body><article><p>The governor denied the report on Monday, and an aide declined to comment when reached by phone late in the evening.</p></article></body></html>",
      to: corpus.appendingPathComponent("wire/two.html"))
    try TestSupport.write("", to: corpus.appendingPathComponent("wire/empty.txt"))
    try Data([0x00, 0x01, 0xFF, 0x00, 0x89]).write(to: corpus.appendingPathComponent("wire/binary.html"))
    try TestSupport.write("a,b\n", to: corpus.appendingPathComponent("wire/notes.csv"))
    try TestSupport.write("hidden", to: corpus.appendingPathComponent("wire/.DS_Store"))
    let out = root.appendingPathComponent("out")

    let result = try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--jobs", "2"])
    #expect(result.status == 1, "a failed file makes the exit status 1: \(result.stderr)")
    let md = try String(contentsOf: out.appendingPathComponent("sample.md"), encoding: .utf8)
    #expect(md.contains("| ledger |"))
    #expect(md.contains("binary data, not text"))
    #expect(md.contains("empty file"))
    #expect(md.contains("not an article file (.csv)"))
    #expect(!md.contains("DS_Store"))
    let json =
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("sample.json")))
      as! [String: Any]
    #expect(json["articles"] as? Int == 2)
    #expect(json["failed"] as? Int == 1)
    #expect(json["skipped"] as? Int == 2)
    let csv = try String(contentsOf: out.appendingPathComponent("sample-outlets.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").count == 3)
  }

  @Test func aMissingCorpusIsAOneLineError() throws {
    let result = try TestSupport.run(["analyze", "/no/such/corpus", "--out", "/tmp/onrecord-never"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("corpus not found: /no/such/corpus"))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/onrecord-never"))
  }

  @Test func extractWritesTheScorersFormat() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("nyt/story.txt")
    let text = "Headline\n\nAccording to two officials, the plan was dropped. The mayor declined to comment.\n"
    try TestSupport.write(text, to: file)
    let result = try TestSupport.run(["extract", file.path, "--format", "jsonl", "--include-text"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
    #expect(object["path"] as? String == file.path)
    #expect(object["outlet"] as? String == "nyt")
    #expect(object["text"] as? String == text)
    let attributions = object["attributions"] as! [[String: Any]]
    #expect(attributions.count == 2)
    let first = attributions[0]
    let cue = first["cue"] as! [String: Any]
    #expect(cue["text"] as? String == "According to")
    let scalars = Array(text.unicodeScalars)
    let start = cue["start"] as! Int
    let end = cue["end"] as! Int
    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "According to")
    #expect(first["anonymous"] as? Bool == true)
    #expect(first["sourceKind"] as? String == "anonymous")
    #expect(attributions[1]["denial"] as? String == "no-comment")
    // Keys the format requires are present even when null.
    #expect(first.keys.contains("denial"))
    // Folders are read recursively; links in them are not followed, but each gets a record
    // with the reason, so the output accounts for every file.
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("nyt/link.txt").path, withDestinationPath: file.path)
    let folder = try TestSupport.run(["extract", root.path])
    let records = folder.stdout.split(separator: "\n").map {
      try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    #expect(records.count == 2)
    #expect((records[0]["path"] as? String)?.hasSuffix("nyt/link.txt") == true)
    #expect(records[0]["error"] as? String == "symbolic link, not followed")
    #expect((records[0]["attributions"] as? [Any])?.isEmpty == true)
    #expect(records[1]["error"] == nil)
  }

  @Test func trainCuesSaysWhichArticlesItCouldNotReadAndStopsWithNone() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let texts = root.appendingPathComponent("text")
    let annotations = root.appendingPathComponent("ann")
    try TestSupport.write("T1\tCue 0 4\tSaid\n", to: annotations.appendingPathComponent("story_ab12.ann"))
    try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
    let model = root.appendingPathComponent("model.tsv").path
    let none = try TestSupport.run([
      "train-cues", "--texts", texts.path, "--annotations", annotations.path, "--output", model,
    ])
    #expect(none.status == 2)
    #expect(none.stderr.contains("1 annotated articles have no readable text"))
    #expect(none.stderr.contains("no article to train on"))
    #expect(!FileManager.default.fileExists(atPath: model))

    try TestSupport.write("Said the mayor, and left.\n", to: texts.appendingPathComponent("story.txt"))
    try TestSupport.write("T1\tCue 0 4\tSaid\n", to: annotations.appendingPathComponent("other_cd34.ann"))
    let some = try TestSupport.run([
      "train-cues", "--texts", texts.path, "--annotations", annotations.path, "--output", model,
    ])
    #expect(some.status == 0)
    #expect(some.stderr.contains("1 annotated articles have no readable text") && some.stderr.contains("other"))
    #expect(some.stdout.contains("trained on 1 articles"))
    #expect(FileManager.default.fileExists(atPath: model))
  }

  @Test func badOptionsAreUsageErrors() throws {
    let result = try TestSupport.run(["analyze", "Corpora/demo", "--jobs", "0"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--jobs must be at least 1"))
  }
}
