import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A one-line progress report on standard error (files done of total, rate, time left),
/// redrawn at most a few times a second, and only when standard error is a terminal.
final class ProgressLine: Sendable {
  private let started = Date()
  private let lastDrawn = Mutex<Double>(0)

  /// A progress callback for the analyzer, or nil when standard error is not a terminal.
  static func standardError() -> (@Sendable (Int, Int) -> Void)? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    let line = ProgressLine()
    return { done, total in line.update(done, total) }
  }

  func update(_ done: Int, _ total: Int) {
    let elapsed = Date().timeIntervalSince(started)
    let draw = lastDrawn.withLock { last -> Bool in
      guard elapsed - last >= 0.25 || done == total else { return false }
      last = elapsed
      return true
    }
    guard draw else { return }
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let left = rate > 0 ? Double(total - done) / rate : 0
    var text = "\r\(done) of \(total) files · \(Int(rate)) files/s · \(Int(left.rounded())) s left   "
    if done == total { text += "\n" }
    FileHandle.standardError.write(Data(text.utf8))
  }
}
