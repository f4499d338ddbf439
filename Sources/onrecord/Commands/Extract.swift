import ArgumentParser
import Foundation
import OnRecord

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Write each article's attributions as JSON Lines.",
    discussion: """
      One JSON object per article, in the order of the paths given; folders are read recursively. Offsets are Unicode scalar offsets into the article text: the whole decoded file for plain text, the extracted main text for HTML (printed with --include-text).
      """
  )

  @Argument(help: "Article files or folders.")
  var paths: [String]

  @Option(help: "Output format (only jsonl).")
  var format: String = "jsonl"

  @Flag(help: "Include each article's text.")
  var includeText = false

  @Flag(
    help: "Also list attributions inside a quotation whose source is a person, anonymous, vague, a pronoun or missing.")
  var includeNested = false

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "The publishing outlet (default: each file's folder name).")
  var outlet: String?

  @Option(name: .shortAndLong, help: "Worker threads (default: the active cores).")
  var jobs: Int = Parallel.activeCores

  @Option(help: "A folder of word lists that replace the built-in ones, file by file.")
  var lexicon: String?

  func validate() throws {
    guard format == "jsonl" else { throw ValidationError("--format supports only jsonl") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    var configured = CorpusAnalyzer(lexicon: try loadLexicon(lexicon))
    configured.extractor.includeNested = includeNested
    let analyzer = configured
    // Files that cannot be read at all (a symbolic link, a special file, a folder that cannot be
    // listed) get a record with the reason, as a failed article does: none is left out unsaid.
    var files: [(url: URL, path: String, problem: FileProblem?)] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        printError(OnRecordError.pathNotFound(path).description)
        throw ExitCode(2)
      }
      if isDirectory.boolValue {
        let root = URL(fileURLWithPath: path)
        for file in try CorpusWalker.files(in: root)
        where file.problem != nil || ArticleReader.format(forFileName: file.url.lastPathComponent) != nil {
          files.append((file.url, (path as NSString).appendingPathComponent(file.relativePath), file.problem))
        }
      } else {
        files.append((URL(fileURLWithPath: path), path, nil))
      }
    }
    HTMLParser.initialize()
    if let problem = analyzer.extractor.tagger?.problem {
      printError(OnRecordError.modelUnusable(problem).description)
      throw ExitCode(2)
    }
    let fixedOutlet = outlet
    let lines = Parallel.forEach(files, jobs: jobs, makeAccumulator: { [(Int, String)]() }) { acc, index, file in
      let name = file.url.lastPathComponent
      let format = ArticleReader.format(forFileName: name) ?? .text
      let label = fixedOutlet ?? file.url.deletingLastPathComponent().lastPathComponent
      if let problem = file.problem {
        acc.append((index, ExtractionRecord(failedPath: file.path, outlet: label, problem: problem).jsonLine()))
        return
      }
      switch analyzer.read(url: file.url, path: file.path, format: format, outlet: label) {
      case .success(let (article, analysis)):
        acc.append((index, ExtractionRecord(article: article, analysis: analysis, includeText: includeText).jsonLine()))
      case .failure(let problem):
        acc.append((index, ExtractionRecord(failedPath: file.path, outlet: label, problem: problem).jsonLine()))
      }
    }.flatMap { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
    let text = lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    if let output {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        printError(OnRecordError.cannotWrite(output, reason: error.localizedDescription).description)
        throw ExitCode(2)
      }
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
