import Synchronization

/// A fixed number of slots that concurrent workers fill by index, guarded by a mutex.
///
/// One type for every fan-out in the project (heads, quote counts, index records): workers write
/// their own slot, and the caller reads the slots once the workers are done.
public final class ResultSlots<Value: Sendable>: Sendable {
  private let storage: Mutex<[Value?]>

  /// Creates `count` empty slots.
  public init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

  /// The value in slot `index`, `nil` until a worker fills it.
  public subscript(index: Int) -> Value? {
    get { storage.withLock { $0[index] } }
    set { storage.withLock { $0[index] = newValue } }
  }

  /// The filled slots' values, in index order.
  public var values: [Value] { storage.withLock { $0.compactMap { $0 } } }
}
