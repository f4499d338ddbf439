import Foundation
import OnRecord

/// Paths and shared fixtures for the tests.
enum TestSupport {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  /// `../shared` beside the project, when it is there (CI always has it).
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("seed").path) }
  static let demoCorpus = packageRoot.appendingPathComponent("Corpora/demo")

  // Loaded once: the built-in word lists.
  static let lexicon: Lexicon = {
    do { return try Lexicon.builtIn() } catch { fatalError("built-in word lists: \(error)") }
  }()
  /// The rules alone, for the rules' own examples.
  static let extractor = AttributionExtractor(lexicon: lexicon)
  /// What the tool runs: rules and the shipped cue model.
  static let tagger = CueTagger.builtIn()
  static let fullExtractor = AttributionExtractor(lexicon: lexicon, tagger: tagger)
  static let analyzer = CorpusAnalyzer(lexicon: lexicon, tagger: tagger)

  /// A fresh temporary folder, removed by the caller.
  /// The fields of one CSV line (RFC 4180 quoting; no line breaks inside fields).
  static func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var chars = line.makeIterator()
    while let c = chars.next() {
      if quoted {
        if c == "\"" {
          quoted = false
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        if !field.isEmpty { field.append("\"") }  // a doubled quote inside a quoted field
        quoted = true
      } else if c == "," {
        fields.append(field)
        field = ""
      } else {
        field.append(c)
      }
    }
    fields.append(field)
    return fields
  }

  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("onrecord-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// The built `onrecord` executable, next to the test bundle.
  static var executable: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("onrecord")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/onrecord")
  }

  struct Execution {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Where the commands run by the tests keep their cache.
  static let cacheHome: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("onrecord-test-cache-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// Runs the built command and collects its output.
  static func run(_ arguments: [String], in directory: URL? = nil) throws -> Execution {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    // The command's default cache goes to a folder of this test run, not the user's.
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_CACHE_HOME"] = cacheHome.path
    process.environment = environment
    // (Standard error goes to a file: reading two pipes one after the other would block the
    // command once it filled the second pipe's buffer while the first was still being read.)
    let out = Pipe()
    let errorFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("onrecord-test-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let err = try FileHandle(forWritingTo: errorFile)
    defer { try? err.close() }
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try err.synchronize()
    let stderr = try Data(contentsOf: errorFile)
    return Execution(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
