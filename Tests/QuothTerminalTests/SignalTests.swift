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
    // Raised on this thread with SIGHUP unblocked here: the handler has run when raise returns.
    var hangUp = sigset_t()
    var previous = sigset_t()
    sigemptyset(&hangUp)
    sigaddset(&hangUp, SIGHUP)
    pthread_sigmask(SIG_UNBLOCK, &hangUp, &previous)
    raise(SIGHUP)
    pthread_sigmask(SIG_SETMASK, &previous, nil)
    #expect(quoth_take_signal() == SIGHUP)
    #expect(quoth_take_signal() == 0, "taking the signal clears it")
  }
}
