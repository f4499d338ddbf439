import Dispatch
import Synchronization

/// The one place onrecord runs work in parallel: workers on Dispatch's
/// concurrent queue take items through an atomic cursor, each into its own
/// accumulator; the accumulators come back in worker order for the caller to
/// merge. Callers merge into order-free tallies and sort their lists, so the
/// result does not depend on which worker took which item.
public enum Parallel {
  public static func forEach<Item: Sendable, Accumulator: Sendable>(
    _ items: [Item], jobs: Int, makeAccumulator: @Sendable () -> Accumulator,
    body: @Sendable (inout Accumulator, Int, Item) -> Void
  ) -> [Accumulator] {
    let workers = max(1, min(jobs, max(items.count, 1)))
    if workers == 1 {
      var accumulator = makeAccumulator()
      for (index, item) in items.enumerated() { body(&accumulator, index, item) }
      return [accumulator]
    }
    let cursor = Atomic<Int>(0)
    let results = Mutex<[Int: Accumulator]>([:])
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var accumulator = makeAccumulator()
      while true {
        let index = cursor.wrappingAdd(1, ordering: .relaxed).oldValue
        if index >= items.count { break }
        body(&accumulator, index, items[index])
      }
      let finished = accumulator
      results.withLock { $0[worker] = finished }
    }
    return results.withLock { stored in (0..<workers).compactMap { stored[$0] } }
  }

  /// The number of cores the process may use.
  /// Read once: Foundation works it out from the cgroup files each time it is asked.
  public static let activeCores: Int = ProcessInfo.processInfo.activeProcessorCount
}

import Foundation
