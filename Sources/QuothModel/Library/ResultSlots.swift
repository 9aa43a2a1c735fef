import Foundation

/// A fixed number of slots that concurrent workers fill by index, guarded by a lock.
public final class ResultSlots<Value>: @unchecked Sendable {
  private var values: [Value?]
  private let lock = NSLock()

  /// Creates `count` empty slots.
  public init(count: Int) { values = Array(repeating: nil, count: count) }

  /// The value in slot `index`, `nil` until a worker fills it.
  public subscript(index: Int) -> Value? {
    get { lock.withLock { values[index] } }
    set { lock.withLock { values[index] = newValue } }
  }
}
