import Foundation
import QuothModel
import Synchronization

/// Actions that background threads hand to the run loop: quote counts for the library, the quotes
/// of a large article. The loop drains it between keys, so no key ever waits for this work.
final class Inbox: Sendable {
  private let actions = Mutex<[Action]>([])
  private let running = Mutex<Int>(0)
  private let cancelled = Mutex<Bool>(false)

  /// Whether work is still running or results wait to be drained.
  var isBusy: Bool { running.withLock { $0 } > 0 || actions.withLock { !$0.isEmpty } }

  /// Whether the loop has asked background work to stop.
  var isCancelled: Bool { cancelled.withLock { $0 } }

  /// Runs `work` on a new thread; each action it posts reaches the loop.
  func spawn(_ work: @escaping @Sendable (_ post: @Sendable (Action) -> Void) -> Void) {
    running.withLock { $0 += 1 }
    let thread = Thread { [self] in
      work { action in self.actions.withLock { $0.append(action) } }
      running.withLock { $0 -= 1 }
    }
    thread.qualityOfService = .utility
    thread.start()
  }

  /// The actions posted since the last call.
  func drain() -> [Action] {
    actions.withLock { pending in
      defer { pending.removeAll() }
      return pending
    }
  }

  /// Asks background work to stop at its next check.
  func cancel() {
    cancelled.withLock { $0 = true }
  }
}
