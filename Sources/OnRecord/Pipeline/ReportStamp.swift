import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a finished run leaves in the cache so that the next run over the same corpus, with the
/// same settings and into the same folder, can see that its reports are already up to date, the
/// way `make` compares a target with its sources. The key covers every file's cache key (its
/// bytes, path and the analysis settings) and everything else a report shows; the stamp holds
/// the size and modification time of each report file written, so a report edited, removed or
/// overwritten since is noticed and the reports are written again.
public struct ReportStamp: Codable, Sendable, Equatable {
  public struct File: Codable, Sendable, Equatable {
    /// The path inside the report folder.
    public var name: String
    public var size: Int64
    /// Modification and status-change times in nanoseconds since 1970, and the inode: reports
    /// are renamed into place, so a report written again has a new inode and change time even
    /// where the file system keeps whole seconds only.
    public var modified: Int64
    public var changed: Int64
    public var inode: Int64
  }

  public var files: [File]
  public var articles: Int
  public var outlets: Int
  public var skipped: Int
  public var failed: Int

  /// The stamp of report files just written into `folder`, or nil if one cannot be examined.
  public static func of(
    _ names: [String], in folder: URL, articles: Int, outlets: Int, skipped: Int, failed: Int
  ) -> ReportStamp? {
    var files: [File] = []
    for name in names.sorted() {
      guard let file = examine(name, in: folder) else { return nil }
      files.append(file)
    }
    return ReportStamp(files: files, articles: articles, outlets: outlets, skipped: skipped, failed: failed)
  }

  /// Whether every report file is still there, as it was written.
  public func isCurrent(in folder: URL) -> Bool {
    !files.isEmpty && files.allSatisfy { ReportStamp.examine($0.name, in: folder) == $0 }
  }

  static func examine(_ name: String, in folder: URL) -> File? {
    guard let stat = FileStat.of(folder.appendingPathComponent(name).path) else { return nil }
    return File(name: name, size: stat.size, modified: stat.modified, changed: stat.changed, inode: stat.inode)
  }

}

extension CorpusAnalyzer {
  /// The key of a run's reports: a digest of each file's cache key in listing order, the
  /// corpus name and `context` (the report folder, the settings shown in the report). Files are
  /// hashed on `jobs` workers without being analysed. Also returns the files' cache keys, so
  /// that an up-to-date run can mark their results as used.
  public func reportKey(corpus: URL, jobs: Int, context: [String]) throws -> (key: String, fileKeys: [String]) {
    let files = try CorpusWalker.files(in: corpus)
    let settings = settingsFingerprint
    // Files are known by their absolute path: the corpus folder's, then their own inside it.
    var folder = corpus.standardizedFileURL.path
    if folder.hasSuffix("/") && folder.count > 1 { folder.removeLast() }
    let base = folder
    let known = cache?.fileStats(under: base) ?? [:]
    let now = FileStat.now()
    struct Found: Sendable {
      var keys: [(Int, String)] = []
      var stats: [(path: String, stat: FileStat)] = []
    }
    let parts = Parallel.forEach(files, jobs: jobs, makeAccumulator: { Found() }) { found, index, file in
      found.keys.append(
        (
          index,
          self.cacheKey(
            for: file, at: base + "/" + file.relativePath, settings: settings, known: known,
            now: now, into: &found.stats)
        ))
    }
    cache?.store(parts.flatMap(\.stats))
    let keys = parts.flatMap(\.keys).sorted { $0.0 < $1.0 }.map(\.1)
    let name = corpus.standardizedFileURL.lastPathComponent
    let head = ([settings, name] + context).joined(separator: "\u{1F}")
    let key = Fingerprint.sha256(Array((head + "\u{1E}" + keys.joined(separator: "\u{1E}")).utf8))
    return (key, keys)
  }

  /// A file's cache key as ``result(for:settings:cacheWrites:hits:)`` makes it, from the
  /// file's bytes; a file that is not read stands in by its reason.
  /// A file whose size, modification time and inode are as recorded under its absolute `path`
  /// is not read again; otherwise it is hashed and its new stat is added to `stats`.
  func cacheKey(
    for file: CorpusFile, at path: String, settings: String, known: [String: FileStat], now: Int64,
    into stats: inout [(path: String, stat: FileStat)]
  ) -> String {
    if let problem = file.problem { return "problem \(file.relativePath) \(problem)" }
    if file.size > maxFileSize { return "too large \(file.relativePath) \(file.size)" }
    let current = FileStat.of(file.path)
    if let current, let recorded = known[path], recorded.describesSameFile(as: current) {
      return CorpusAnalyzer.cacheKey(settings: settings, path: file.relativePath, hash: recorded.hash)
    }
    switch FileReader.sha256(file.path) {
    case .success(let hash):
      if var current {
        current.hash = hash
        current.recorded = now
        stats.append((path, current))
      }
      return CorpusAnalyzer.cacheKey(settings: settings, path: file.relativePath, hash: hash)
    case .failure(let failure): return "unreadable \(file.relativePath) \(failure)"
    }
  }

  static func cacheKey(settings: String, path: String, hash: String) -> String {
    Fingerprint.sha256(Array("\(settings)\u{0}\(path)\u{0}\(hash)".utf8))
  }
}

/// A file's size, modification time and inode, and the SHA-256 its bytes had when these were
/// recorded.
public struct FileStat: Sendable {
  public var size: Int64
  /// Modification time, nanoseconds since 1970.
  public var modified: Int64
  /// Status-change time (which no tool can set back), nanoseconds since 1970.
  public var changed: Int64
  public var inode: Int64
  public var device: Int64
  public var hash: String = ""
  /// When the hash was taken, in nanoseconds since 1970.
  public var recorded: Int64 = 0

  static func of(_ path: String) -> FileStat? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    #if canImport(Darwin)
      let modified = info.st_mtimespec
      let changed = info.st_ctimespec
    #else
      let modified = info.st_mtim
      let changed = info.st_ctim
    #endif
    return FileStat(
      size: Int64(info.st_size), modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
      changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec),
      inode: Int64(bitPattern: UInt64(info.st_ino)), device: Int64(bitPattern: UInt64(info.st_dev)))
  }

  static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1_000_000_000) }

  /// Whether `current` is the file as recorded: the same size, times, inode and device (as
  /// git's index compares them; the change time catches a file copied over with its old
  /// modification time kept). A file changed within two seconds of being hashed might have
  /// changed again in the same clock tick, so it is not trusted ("racy" in git's terms) and is
  /// read again.
  func describesSameFile(as current: FileStat) -> Bool {
    size == current.size && modified == current.modified && changed == current.changed
      && inode == current.inode && device == current.device
      && max(modified, changed) < recorded - 2_000_000_000
  }
}
