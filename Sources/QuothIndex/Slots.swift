import Foundation

/// Slots that concurrent workers fill by index.
final class Slots<Value>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  /// The filled values, in index order.
  var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}
