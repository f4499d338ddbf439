import Foundation
import OnRecord
import Testing

/// Beyond one machine: shards merged give the single-machine report.
@Suite(.serialized) struct ShardTests {
  static func stable(_ run: CorpusRun) throws -> [String: String] {
    var run = run
    run.started = nil
    run.recordsDuration = false
    run.parameters = [:]
    return try ReportWriter.outputs(for: run)
  }

  @Test func mergedShardsGiveTheSingleMachineReport() throws {
    let single = try TestSupport.analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 2)
    var parts: [PartialTally] = []
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for k in 1...3 {
      let run = try TestSupport.analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 1, shard: (k, 3))
      // Through the file format, as between machines.
      let path = folder.appendingPathComponent("part-\(k)").path
      try PartialTally.write(run, shard: "\(k)/3", to: path)
      parts.append(try PartialTally.read(path))
    }
    #expect(parts.map(\.tally.files.count).reduce(0, +) == single.tally.files.count)
    let merged = try PartialTally.merge(parts.reversed())
    #expect(try Self.stable(merged) == Self.stable(single))
  }

  @Test func theCommandLineShardsAndMerges() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    for k in 1...2 {
      let r = try TestSupport.run([
        "analyze", TestSupport.demoCorpus.path, "--shard", "\(k)/2", "--partial",
        root.appendingPathComponent("p\(k).json").path,
        "--quiet",
      ])
      #expect(r.status == 0, "\(r.stderr)")
    }
    let merged = try TestSupport.run([
      "merge", root.appendingPathComponent("p1.json").path, root.appendingPathComponent("p2.json").path, "--out",
      root.appendingPathComponent("out").path,
    ])
    #expect(merged.status == 0, "\(merged.stderr)")
    let md = try String(contentsOf: root.appendingPathComponent("out/demo.md"), encoding: .utf8)
    #expect(md.contains("| capitol-wire | 100.0% (12/12) |"))
    let bad = try TestSupport.run(["analyze", TestSupport.demoCorpus.path, "--shard", "3/2", "--partial", "x.json"])
    #expect(bad.status != 0)
  }

  static var sparkAvailable: Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import pyspark, shutil, sys; sys.exit(0 if shutil.which('java') else 1)"]
    p.standardError = FileHandle.nullDevice
    p.standardOutput = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }

  @Test(.enabled(if: sparkAvailable, "pyspark or Java is absent: the Spark run is not tested here"))
  func sparkRunEqualsTheSingleMachineReport() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let script = TestSupport.packageRoot.appendingPathComponent("scripts/spark/onrecord_spark.py").path
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", script, TestSupport.demoCorpus.path, root.appendingPathComponent("spark").path, "--shards", "3",
      "--onrecord",
      TestSupport.executable.path,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["SOURCE_DATE_EPOCH"] = "1800000000"
    p.environment = environment
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let single = try TestSupport.run([
      "analyze", TestSupport.demoCorpus.path, "--out", root.appendingPathComponent("single").path, "--quiet",
    ])
    #expect(single.status == 0)
    let a = try String(contentsOf: root.appendingPathComponent("spark/demo.md"), encoding: .utf8)
    let b = try String(contentsOf: root.appendingPathComponent("single/demo.md"), encoding: .utf8)
    #expect(GoldenReportTests.stable(a) == GoldenReportTests.stable(b))
  }
}
