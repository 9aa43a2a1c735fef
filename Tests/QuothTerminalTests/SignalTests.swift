import CNcurses
import Foundation
import Testing

@testable import QuothTerminal

/// The signal flag is one variable for the whole program, whichever module reads it.
@Suite(.serialized) struct SignalTests {
  @Test func aSignalRecordedForQuothTerminalIsSeenFromAnotherModule() {
    #expect(Terminal.installSignalHandlers())
    defer {
      for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP] { Foundation.signal(signal, SIG_DFL) }
    }
    _ = quoth_take_signal()
    // The handler QuothTerminal installed sets the flag; this module reads it through its own copy
    // of the inline helper. With a `static` flag each module had its own, and a release build of
    // quoth ignored SIGHUP and SIGTERM.
    // Sent to the process: a test's own thread may block signals, another takes it.
    kill(getpid(), SIGHUP)
    var taken: Int32 = 0
    for _ in 0..<100 where taken == 0 {
      taken = quoth_take_signal()
      if taken == 0 { Thread.sleep(forTimeInterval: 0.01) }
    }
    #expect(taken == SIGHUP)
    #expect(quoth_take_signal() == 0, "taking the signal clears it")
  }
}
