import Foundation

/// Collects a run's report files (name to text) and writes them. The renderers
/// are pure functions; this is the only part of the library that writes files.
public enum ReportWriter {
  /// Every report file for a run, by file name relative to the output folder.
  public static func outputs(for run: CorpusRun, jobs: Int = Parallel.activeCores) -> [String: String] {
    let base = safeFileName(run.name)
    // Each renderer is a pure function of the run; they run side by side on the workers.
    let renderers: [@Sendable () -> [String: String]] = [
      { ["\(base).md": MarkdownReport.render(run, base: base)] },
      { ["\(base).json": JSONReport.render(run)] },
      {
        [
          "\(base)-outlets.csv": CSVReport.outlets(run.tally), "\(base)-articles.csv": CSVReport.articles(run.tally),
        ]
      },
      { ["\(base)-attributions.csv": AttributionExport.csv(run.tally)] },
      { ["\(base)-attributions.jsonl": AttributionExport.jsonLines(run.tally)] },
      { EvidenceReport.files(for: run.tally, corpus: base) },
    ]
    let parts = Parallel.forEach(renderers, jobs: jobs, makeAccumulator: { [String: String]() }) { acc, _, render in
      acc.merge(render()) { first, _ in first }
    }
    return parts.reduce(into: [String: String]()) { all, part in all.merge(part) { first, _ in first } }
  }

  /// Writes each file atomically (a temporary file renamed into place), creating the folder.
  public static func write(_ outputs: [String: String], to folder: URL) throws {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw OnRecordError.cannotWrite(folder.path, reason: error.localizedDescription)
    }
    for name in outputs.keys.sorted() {
      let url = folder.appendingPathComponent(name)
      do {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(outputs[name]!.utf8).write(to: url, options: .atomic)
      } catch {
        throw OnRecordError.cannotWrite(url.path, reason: error.localizedDescription)
      }
    }
  }

  /// The file-name stem the reports of a corpus take.
  public static func baseName(_ name: String) -> String { safeFileName(name) }

  static func safeFileName(_ name: String) -> String {
    let cleaned = name.unicodeScalars.map { c -> Character in
      c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == "." ? Character(c) : "-"
    }
    let result = String(cleaned).trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
    return result.isEmpty ? "corpus" : result
  }
}
