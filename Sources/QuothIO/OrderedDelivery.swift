import Synchronization

/// Values that concurrent workers finish in any order, handed to one consumer in index order.
///
/// The worker that finishes the value the consumer waits for hands over that value and every
/// later one already finished, holding the lock: the consumer's state needs no other guard, output
/// is written while the other workers go on, and a value waits only for those before it (with
/// ``ResultSlots`` every value waits for the whole fan-out).
public final class OrderedDelivery<Value: Sendable, State: Sendable>: Sendable {
  private struct Inner: Sendable {
    var state: State
    var pending: [Value?]
    var next = 0
  }

  private let inner: Mutex<Inner>
  private let consume: @Sendable (inout State, Value) -> Void

  /// A delivery of `count` values to `consume`, which changes `state`.
  public init(count: Int, state: State, consume: @escaping @Sendable (inout State, Value) -> Void) {
    inner = Mutex(Inner(state: state, pending: Array(repeating: nil, count: count)))
    self.consume = consume
  }

  /// Hands over the value of slot `index` (each slot once): it is consumed now if every slot
  /// before it has been, else when the last of those arrives.
  public func deliver(_ value: Value, at index: Int) {
    inner.withLock { inner in
      inner.pending[index] = value
      while inner.next < inner.pending.count, let ready = inner.pending[inner.next] {
        inner.pending[inner.next] = nil
        consume(&inner.state, ready)
        inner.next += 1
      }
    }
  }

  /// How many values have been consumed: all of them once every slot is delivered.
  public var consumed: Int { inner.withLock { $0.next } }

  /// The consumer's state as it is now.
  public var state: State { inner.withLock { $0.state } }
}
