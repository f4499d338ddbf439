import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One report file: text rendered whole (the report, the JSON, the per-outlet table), or a
/// file joined from the articles' rendered rows (exports, the per-article table, evidence),
/// which is streamed to disk and never held whole.
public enum ReportFile: Sendable {
  case text(String)
  /// A header, then a fragment stream in path order; `byOutlet` groups it under a heading per
  /// outlet and says so when there is none.
  case joined(header: String, stream: Int, byOutlet: Bool)
}

/// Collects a run's report files and writes them. The renderers are pure functions; this is
/// the only part of the library that writes report files.
public enum ReportWriter {
  /// Every report file for a run, by file name relative to the output folder.
  public static func files(for run: CorpusRun, jobs: Int = Parallel.activeCores) -> [String: ReportFile] {
    let base = safeFileName(run.name)
    // The rendered reports are pure functions of the run; they run side by side on the workers.
    let renderers: [@Sendable () -> [String: String]] = [
      { ["\(base).md": MarkdownReport.render(run, base: base)] },
      { ["\(base).json": JSONReport.render(run)] },
      { ["\(base)-outlets.csv": CSVReport.outlets(run.tally)] },
    ]
    let parts = Parallel.forEach(renderers, jobs: jobs, makeAccumulator: { [String: String]() }) { acc, _, render in
      acc.merge(render()) { first, _ in first }
    }
    var files: [String: ReportFile] = [:]
    for part in parts { for (name, text) in part { files[name] = .text(text) } }
    files["\(base)-articles.csv"] = .joined(
      header: CSVReport.articlesHeader, stream: Fragments.articlesCSV, byOutlet: false)
    files["\(base)-attributions.csv"] = .joined(
      header: AttributionExport.csvHeader, stream: Fragments.attributionsCSV, byOutlet: false)
    files["\(base)-attributions.jsonl"] = .joined(header: "", stream: Fragments.attributionsJSONL, byOutlet: false)
    for (index, category) in EvidenceReport.categories.enumerated() {
      files[EvidenceReport.path(corpus: base, index: index)] = .joined(
        header: EvidenceReport.header(category, corpus: base), stream: Fragments.evidenceStream(index), byOutlet: true)
    }
    let hedges = EvidenceReport.categories.count
    files[EvidenceReport.path(corpus: base, index: hedges)] = .joined(
      header: EvidenceReport.hedgesHeader(corpus: base), stream: Fragments.hedges, byOutlet: true)
    return files
  }

  /// Every report file as text: for tests and small corpora (``write(_:to:jobs:)`` streams).
  public static func outputs(for run: CorpusRun, jobs: Int = Parallel.activeCores) throws -> [String: String] {
    var out: [String: String] = [:]
    for (name, file) in files(for: run, jobs: jobs) {
      var bytes: [UInt8] = []
      try emit(file, run: run) { bytes.append(contentsOf: $0) }
      out[name] = String(decoding: bytes, as: UTF8.self)
    }
    return out
  }

  /// Calls `sink` with a file's bytes, in order.
  static func emit(_ file: ReportFile, run: CorpusRun, sink: (UnsafeRawBufferPointer) -> Void) throws {
    func text(_ s: String) {
      var copy = s
      copy.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
    }
    switch file {
    case .text(let s):
      text(s)
    case .joined(let header, let stream, let byOutlet):
      text(header)
      let tally = run.tally
      guard byOutlet else {
        try tally.store.forEachFragment(stream: stream, of: tally.articles) { bytes, _ in sink(bytes) }
        return
      }
      // The articles with lines here, outlet by outlet, read in one pass with a heading at each outlet.
      var byOutlet: [String: [Int]] = [:]
      for (index, entry) in tally.articles.enumerated() where tally.store.hasFragment(entry, stream: stream) {
        byOutlet[entry.outlet, default: []].append(index)
      }
      let ordered = tally.outletNames.flatMap { byOutlet[$0] ?? [] }
      var current: String? = nil
      try tally.store.forEachFragment(stream: stream, of: tally.articles, only: ordered) { bytes, index in
        let outlet = tally.articles[index].outlet
        if outlet != current {
          current = outlet
          text(EvidenceReport.outletHeading(outlet))
        }
        sink(bytes)
      }
      if ordered.isEmpty { text(EvidenceReport.none) }
    }
  }

  /// Writes every report file of a run into `folder`, each atomically (a temporary file
  /// renamed into place), the files side by side on the workers. Returns the names written.
  @discardableResult
  public static func write(_ run: CorpusRun, to folder: URL, jobs: Int = Parallel.activeCores) throws -> [String] {
    let files = files(for: run, jobs: jobs)
    let names = files.keys.sorted()
    try makeFolder(folder)
    let failures = Parallel.forEach(names, jobs: jobs, makeAccumulator: { [OnRecordError]() }) { failures, _, name in
      let url = folder.appendingPathComponent(name)
      do {
        try makeFolder(url.deletingLastPathComponent())
        let out = try AtomicFile(url.path)
        do {
          try emit(files[name]!, run: run) { out.write($0) }
          try out.commit()
        } catch {
          out.abandon()
          throw error
        }
      } catch let error as OnRecordError {
        failures.append(error)
      } catch {
        failures.append(.cannotWrite(url.path, reason: "\(error)"))
      }
    }.flatMap { $0 }
    if let first = failures.first { throw first }
    return names
  }

  /// Writes text files (name to text) atomically into `folder`.
  public static func write(_ outputs: [String: String], to folder: URL) throws {
    try makeFolder(folder)
    for name in outputs.keys.sorted() {
      let url = folder.appendingPathComponent(name)
      try makeFolder(url.deletingLastPathComponent())
      let out = try AtomicFile(url.path)
      var text = outputs[name]!
      text.withUTF8 { out.write(UnsafeRawBufferPointer($0)) }
      try out.commit()
    }
  }

  static func makeFolder(_ folder: URL) throws {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw OnRecordError.cannotWrite(folder.path, reason: error.localizedDescription)
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

/// A file written under a temporary name beside its target and renamed into place when
/// complete, so that a reader never sees half a report.
final class AtomicFile {
  let path: String
  private let temporary: String
  private let fd: Int32
  private var buffer: [UInt8] = []
  private var failure: String?

  init(_ path: String) throws {
    self.path = path
    let url = URL(fileURLWithPath: path)
    var template = Array(
      url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path.utf8CString)
    fd = mkstemp(&template)
    guard fd >= 0 else { throw OnRecordError.cannotWrite(path, reason: String(cString: strerror(errno))) }
    temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    buffer.reserveCapacity(1 << 20)
  }

  func write(_ bytes: UnsafeRawBufferPointer) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { flush() }
  }

  private func flush() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil else { return }
    failure = POSIXWrite.all(fd, buffer)
  }

  func commit() throws {
    flush()
    fchmod(fd, 0o644)
    close(fd)
    if let failure {
      unlink(temporary)
      throw OnRecordError.cannotWrite(path, reason: failure)
    }
    guard rename(temporary, path) == 0 else {
      let why = String(cString: strerror(errno))
      unlink(temporary)
      throw OnRecordError.cannotWrite(path, reason: why)
    }
  }

  func abandon() {
    close(fd)
    unlink(temporary)
  }
}
