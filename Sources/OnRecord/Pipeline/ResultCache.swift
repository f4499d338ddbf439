import Foundation
import GRDB

/// Per-file results kept in SQLite (through GRDB) so that a second run over an unchanged
/// corpus reads them back instead of analysing again. A result is keyed by a digest of the
/// file's SHA-256, its path in the corpus and everything that shapes the analysis (the tool's
/// version and build, the word lists, the model and the reading options), so a changed file or
/// setting simply misses. Writes go in transactions in write-ahead-log mode: a run stopped at
/// any moment leaves the last committed results, never a damaged database. Results that no run
/// has read or written for 30 days are removed at the end of a run.
public final class ResultCache: Sendable {
  public let path: String
  private let pool: any DatabaseWriter

  /// Opens (or makes) the cache database at `path`, creating its folder. With
  /// `concurrentReads` (for analysing), a pool of connections lets workers read results while
  /// one writes. Without it, one connection serves, and an open writes nothing: enough to find
  /// a run's reports up to date at little cost.
  public init(path: String, concurrentReads: Bool = true) throws {
    // A relative path ("cache.sqlite") is relative to the working folder.
    let path = URL(fileURLWithPath: path).standardizedFileURL.path
    self.path = path
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      var configuration = Configuration()
      configuration.busyMode = .timeout(30)
      if concurrentReads {
        pool = try DatabasePool(path: path, configuration: configuration)
      } else {
        // Write-ahead-log mode is kept in the file itself, so this connection is in it once any
        // pool has opened the file. (GRDB's own set-up of the mode writes to the database
        // whenever the log file is missing, as it is after every run.)
        configuration.prepareDatabase { db in
          try db.execute(sql: "PRAGMA journal_mode = WAL")
          try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        pool = try DatabaseQueue(path: path, configuration: configuration)
      }
      var migrator = DatabaseMigrator()
      migrator.registerMigration("results-1") { db in
        try db.create(table: "result") { t in
          t.primaryKey("key", .text)
          t.column("blob", .blob).notNull()
        }
        // When each result was last written or read: a table of its own, so that marking a
        // result used never rewrites its blob.
        try db.create(table: "used") { t in
          t.primaryKey("key", .text)
          t.column("at", .double).notNull().indexed()
        }
      }
      // What the last run into each report folder wrote (ReportStamp), by the run's key.
      migrator.registerMigration("reports-1") { db in
        try db.create(table: "report") { t in
          t.primaryKey("key", .text)
          t.column("stamp", .blob).notNull()
          t.column("at", .double).notNull()
        }
      }
      // What each file's bytes hashed to, with the size, times, inode and device it had then: a
      // file that still has them all is not read again to tell whether it changed (as git's index
      // does). Any earlier form of the table is a cache of a cache and is dropped.
      migrator.registerMigration("file-stats-1") { db in
        try db.execute(sql: "DROP TABLE IF EXISTS stat")
        try db.create(table: "stat") { t in
          t.primaryKey("path", .text)
          t.column("size", .integer).notNull()
          t.column("mtime", .integer).notNull()
          t.column("ctime", .integer).notNull()
          t.column("inode", .integer).notNull()
          t.column("device", .integer).notNull()
          t.column("hash", .text).notNull()
          t.column("at", .integer).notNull().indexed()
        }
      }
      try migrator.migrate(pool)
    } catch {
      throw OnRecordError.cacheUnusable(path, reason: "\(error)")
    }
  }

  /// The default place: $XDG_CACHE_HOME/onrecord, else ~/.cache/onrecord.
  public static var defaultPath: String {
    let environment = ProcessInfo.processInfo.environment
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
    return (base as NSString).appendingPathComponent("onrecord/results.sqlite")
  }

  /// A stored result, or nil (a miss, or a row that cannot be read, which counts as a miss).
  func result(for key: String) -> FileResult? {
    guard
      let data = try? pool.read({ db in
        try Data.fetchOne(db, sql: "SELECT blob FROM result WHERE key = ?", arguments: [key])
      })
    else { return nil }
    return try? FileResult(binary: [UInt8](data))
  }

  /// Stores results in one transaction. A failure to write is not fatal: the run goes on
  /// and the results are recomputed next time.
  func store(_ results: [(key: String, result: FileResult)]) {
    guard !results.isEmpty else { return }
    let now = Date().timeIntervalSince1970
    try? pool.write { db in
      for (key, result) in results {
        try db.execute(
          sql: "INSERT OR REPLACE INTO result (key, blob) VALUES (?, ?)", arguments: [key, Data(result.binary())])
        try db.execute(sql: "INSERT OR REPLACE INTO used (key, at) VALUES (?, ?)", arguments: [key, now])
      }
    }
  }

  /// Marks results as used now (those a run read), then removes results no run has used for
  /// `days` days, so that the cache does not keep files long gone from every corpus.
  public func touch(_ keys: [String], expireAfter days: Double = 30) {
    let now = Date().timeIntervalSince1970
    try? pool.write { db in
      let statement = try db.makeStatement(sql: "INSERT OR REPLACE INTO used (key, at) VALUES (?, ?)")
      for key in keys { try statement.execute(arguments: [key, now]) }
      let cutoff = now - days * 86_400
      try db.execute(
        sql: "DELETE FROM result WHERE key IN (SELECT key FROM used WHERE at < ?)", arguments: [cutoff])
      try db.execute(sql: "DELETE FROM used WHERE at < ?", arguments: [cutoff])
      try db.execute(sql: "DELETE FROM report WHERE at < ?", arguments: [cutoff])
      try db.execute(sql: "DELETE FROM stat WHERE at < ?", arguments: [Int64(cutoff * 1_000_000_000)])
    }
  }

  /// The stamp of the reports a run with this key wrote, if any, and when it was last stored
  /// (seconds since 1970).
  public func reportStamp(for key: String) -> (stamp: ReportStamp, stored: Double)? {
    guard
      let row = try? pool.read({ db in
        try Row.fetchOne(db, sql: "SELECT stamp, at FROM report WHERE key = ?", arguments: [key])
      }),
      let data = row["stamp"] as Data?, let stored = row["at"] as Double?,
      let stamp = try? JSONDecoder().decode(ReportStamp.self, from: data)
    else { return nil }
    return (stamp, stored)
  }

  /// After a run that found its reports up to date: marks the files' results and the stamp as
  /// used now, unless that was done less than `interval` seconds ago (a day by default). Results
  /// expire after 30 days unused, so marks a day old lose nothing, and a run repeated within the
  /// day writes nothing at all.
  public func markUpToDate(
    _ stamp: ReportStamp, stored: Double, for key: String, fileKeys: [String], interval: Double = 86_400
  ) {
    guard Date().timeIntervalSince1970 - stored >= interval else { return }
    touch(fileKeys)
    store(stamp, for: key)
  }

  /// Remembers the reports a run wrote; a failure to write only costs the next run its shortcut.
  public func store(_ stamp: ReportStamp, for key: String) {
    guard let data = try? JSONEncoder().encode(stamp) else { return }
    try? pool.write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO report (key, stamp, at) VALUES (?, ?, ?)",
        arguments: [key, data, Date().timeIntervalSince1970])
    }
  }

  /// The recorded file stats for paths under `folder` (an absolute path).
  public func fileStats(under folder: String) -> [String: FileStat] {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let rows =
      (try? pool.read { db in
        try Row.fetchAll(
          db, sql: "SELECT path, size, mtime, ctime, inode, device, hash, at FROM stat WHERE path >= ? AND path < ?",
          arguments: [prefix, prefix + "\u{10FFFF}"])
      }) ?? []
    var stats: [String: FileStat] = [:]
    for row in rows {
      stats[row["path"]] = FileStat(
        size: row["size"], modified: row["mtime"], changed: row["ctime"], inode: row["inode"], device: row["device"],
        hash: row["hash"], recorded: row["at"])
    }
    return stats
  }

  /// Records file stats (path to stat); a failure only costs the next run some reading.
  func store(_ stats: [(path: String, stat: FileStat)]) {
    guard !stats.isEmpty else { return }
    try? pool.write { db in
      let statement = try db.makeStatement(
        sql:
          "INSERT OR REPLACE INTO stat (path, size, mtime, ctime, inode, device, hash, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
      )
      for (path, stat) in stats {
        try statement.execute(arguments: [
          path, stat.size, stat.modified, stat.changed, stat.inode, stat.device, stat.hash, stat.recorded,
        ])
      }
    }
  }

  /// How many results it holds.
  public func count() throws -> Int {
    try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM result") ?? 0 }
  }

  /// How many results the cache at `path` holds, read without opening it for writing (no
  /// migration, no lock a running analysis would wait on): for watching a run from outside.
  public static func storedCount(at path: String) throws -> Int {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(0.05)
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    return try queue.read { db in
      try db.tableExists("result") ? Int.fetchOne(db, sql: "SELECT count(*) FROM result") ?? 0 : 0
    }
  }

  /// SQLite's own consistency check: "ok" when the database is sound.
  public func integrityCheck() throws -> String {
    try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
  }
}
