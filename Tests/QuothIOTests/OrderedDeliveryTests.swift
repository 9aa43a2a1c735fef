import Dispatch
import QuothIO
import Testing

/// Values finished in any order reach the consumer in index order, each once, as soon as the
/// values before them are in.
struct OrderedDeliveryTests {
  @Test func valuesDeliveredOutOfOrderAreConsumedInOrderAsSoonAsTheirPredecessorsArrive() {
    let delivery = OrderedDelivery(count: 5, state: [Int]()) { $0.append($1) }
    delivery.deliver(30, at: 3)
    delivery.deliver(10, at: 1)
    #expect(delivery.consumed == 0 && delivery.state.isEmpty, "slot 0 is still missing")
    delivery.deliver(0, at: 0)
    #expect(delivery.state == [0, 10], "slots 0 and 1 go at once; 3 waits for 2")
    delivery.deliver(20, at: 2)
    #expect(delivery.state == [0, 10, 20, 30])
    delivery.deliver(40, at: 4)
    #expect(delivery.state == [0, 10, 20, 30, 40] && delivery.consumed == 5)
  }

  @Test func noValuesLeaveTheStateAsItWas() {
    let delivery = OrderedDelivery(count: 0, state: "start") { $0 += $1 }
    #expect(delivery.state == "start" && delivery.consumed == 0)
  }

  @Test func concurrentWorkersFeedTheConsumerEveryValueOnceInOrder() {
    let count = 2_000
    let delivery = OrderedDelivery(count: count, state: [Int]()) { $0.append($1) }
    DispatchQueue.concurrentPerform(iterations: count) { index in delivery.deliver(index, at: index) }
    #expect(delivery.state == Array(0..<count))
    #expect(delivery.consumed == count)
  }
}
