import Foundation
import QuothModel
import QuothView

/// A terminal in memory: it plays a script of events to the run loop and records every frame,
/// raw byte sequence, theme change and redraw, so the run loop is tested without curses.
///
/// A script step either delivers an event or waits until a condition on the terminal holds (a
/// frame showing some text, say). A wait gives the loop the timeout it asked for and answers
/// "no event", exactly as a quiet terminal does, so background work posts its results meanwhile;
/// a wait that does not come true within ``patience`` ends the run with SIGTERM and records a
/// ``failure``. When the script runs out the run ends with SIGHUP, as when a terminal goes away.
public final class MemoryTerminal: TerminalBackend {
  /// One step of the script.
  public enum Step {
    /// Deliver this event (a resize also changes ``size``).
    case event(TerminalEvent)
    /// Deliver no event until `condition` holds; `what` names it in a failure.
    case waitUntil(_ what: String, _ condition: (MemoryTerminal) -> Bool)
  }

  /// The window size.
  public private(set) var size: (columns: Int, rows: Int)
  /// Every frame drawn, in order.
  public private(set) var frames: [ScreenBuffer] = []
  /// Every raw byte sequence sent, in order.
  public private(set) var raw: [String] = []
  /// How many times the screen was invalidated (Ctrl-L, resizes).
  public private(set) var invalidations = 0
  /// How many times the theme was changed.
  public private(set) var themeChanges = 0
  /// Why the script stopped early: a wait that did not come true.
  public private(set) var failure: String?
  /// How long a wait may take before the run is ended, in seconds.
  public var patience: TimeInterval = 20
  private var script: [Step]
  private var waitingSince: Date?

  /// Creates a terminal of `columns` × `rows` that plays `script`.
  public init(columns: Int = 80, rows: Int = 24, script: [Step] = []) {
    size = (columns, rows)
    self.script = script
  }

  /// The last frame drawn.
  public var screen: ScreenBuffer? { frames.last }

  /// Whether the last frame shows `text` on some row.
  public func shows(_ text: String) -> Bool {
    screen?.lines.contains { $0.contains(text) } ?? false
  }

  /// Appends steps to the script.
  public func play(_ steps: [Step]) { script += steps }

  public func draw(_ buffer: ScreenBuffer) { frames.append(buffer) }

  public func sendRaw(_ text: String) { raw.append(text) }

  public func setTheme(_ theme: Theme) { themeChanges += 1 }

  public func invalidate() { invalidations += 1 }

  public func nextEvent(timeout: Int32) -> TerminalEvent? {
    while let step = script.first {
      switch step {
      case .event(let event):
        script.removeFirst()
        if case .resize(let columns, let rows) = event { size = (columns, rows) }
        return event
      case .waitUntil(let what, let condition):
        if condition(self) {
          script.removeFirst()
          waitingSince = nil
          continue
        }
        let started = waitingSince ?? Date()
        waitingSince = started
        if Date().timeIntervalSince(started) > patience {
          failure = "timed out waiting until \(what)"
          script.removeAll()
          return .signal(SIGTERM)
        }
        // A quiet terminal: the loop's own timeout passes with no event.
        Thread.sleep(forTimeInterval: Double(min(max(timeout, 1), 20)) / 1000)
        return nil
      }
    }
    return .signal(SIGHUP)
  }
}

extension MemoryTerminal.Step {
  /// A key press.
  public static func key(_ key: Key) -> Self { .event(.key(key)) }

  /// Key presses, one for each character of `text`.
  public static func type(_ text: String) -> [Self] { text.unicodeScalars.map { .key(.char($0)) } }

  /// Waits until the screen shows `text`.
  public static func waitFor(_ text: String) -> Self {
    .waitUntil("the screen shows \"\(text)\"") { $0.shows(text) }
  }
}
