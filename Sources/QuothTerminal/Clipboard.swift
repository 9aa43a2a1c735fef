import Foundation

/// The OSC 52 escape sequence that puts text on the clipboard of the terminal the user sits at,
/// which over SSH is their own machine's.
public enum Clipboard {
  /// The bytes to send for `text`.
  ///
  /// Inside tmux the plain sequence is sent (tmux takes it with `set-clipboard on`) and again wrapped
  /// in tmux's passthrough (`allow-passthrough on` hands it to the outer terminal).
  public static func sequence(for text: String, insideTmux: Bool) -> String {
    let payload = Data(text.utf8).base64EncodedString()
    let plain = "\u{1B}]52;c;\(payload)\u{07}"
    guard insideTmux else { return plain }
    let wrapped = "\u{1B}Ptmux;" + plain.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    return plain + wrapped
  }
}
