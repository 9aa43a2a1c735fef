import QuothModel

extension LastRow.Sequences {
  /// The bytes that turn the terminal's attributes and colours from `old` to `new`: the shorter
  /// of a reset followed by `new`, and (where the terminal's sequences are ANSI) only what `new`
  /// adds to `old`.
  ///
  /// Curses turns a quote's look on with a full rendition (`ESC[0;4m` and, on `screen`, a shift-in)
  /// and a colour of its own (`ESC[35m`), and off with the default colour, a reset and a shift-in:
  /// about 21 bytes a quoted line on `screen`. When every sequence involved is one ANSI SGR
  /// (`ESC[…m`), their parameters join into one: `ESC[4;35m` to start a quote, the terminal's
  /// reset to end it (11 bytes). Adding attributes or changing to a colour needs no reset; taking an
  /// attribute away or going back to a default colour does, since terminfo names no sequence for
  /// those.
  ///
  /// - Returns: no bytes when the looks are equal.
  func change(from old: ColorResolver.Resolved, to new: ColorResolver.Resolved) -> [UInt8] {
    if old == new { return [] }
    let fromReset = resetThenSet(new)
    guard new.attributes.isSuperset(of: old.attributes),
      new.foreground == old.foreground || new.foreground >= 0,
      new.background == old.background || new.background >= 0,
      let added = parameters(
        of: new, attributes: new.attributes.subtracting(old.attributes),
        foreground: new.foreground != old.foreground, background: new.background != old.background)
    else { return fromReset }
    let incremental = Self.select(added)
    return incremental.count < fromReset.count ? incremental : fromReset
  }

  /// The terminal's reset, then `look` in one SGR when the sequences allow, else one by one.
  private func resetThenSet(_ look: ColorResolver.Resolved) -> [UInt8] {
    guard
      let all = parameters(
        of: look, attributes: look.attributes, foreground: look.foreground >= 0,
        background: look.background >= 0)
    else { return paint(look) }
    return reset + (all.isEmpty ? [] : Self.select(all))
  }

  /// The sequences that set `look` from no attributes, one by one: the reset, each attribute, the
  /// colours.
  func paint(_ look: ColorResolver.Resolved) -> [UInt8] {
    var out = reset
    for (attribute, sequence) in attributes where look.attributes.contains(attribute) {
      out += sequence
    }
    if look.foreground >= 0, let foreground { out += foreground(look.foreground) }
    if look.background >= 0, let background { out += background(look.background) }
    return out
  }

  /// The SGR parameters that set `attributes` and, when asked, `look`'s colours, or `nil` when a
  /// sequence is not one ANSI SGR (`ESC[…m`) or the terminal cannot show the colour.
  private func parameters(
    of look: ColorResolver.Resolved, attributes: TextAttributes, foreground: Bool, background: Bool
  ) -> [[UInt8]]? {
    var all: [[UInt8]] = []
    for (attribute, sequence) in self.attributes where attributes.contains(attribute) {
      guard let parameter = Self.sgrParameters(sequence) else { return nil }
      all.append(parameter)
    }
    if foreground {
      guard look.foreground >= 0, let set = self.foreground,
        let parameter = Self.sgrParameters(set(look.foreground))
      else { return nil }
      all.append(parameter)
    }
    if background {
      guard look.background >= 0, let set = self.background,
        let parameter = Self.sgrParameters(set(look.background))
      else { return nil }
      all.append(parameter)
    }
    return all
  }

  /// One SGR with these parameters.
  private static func select(_ parameters: [[UInt8]]) -> [UInt8] {
    [0x1B, UInt8(ascii: "[")] + Array(parameters.joined(separator: [UInt8(ascii: ";")])) + [UInt8(ascii: "m")]
  }

  /// The parameters of `sequence` when it is exactly one SGR with some (`ESC[4m` gives `4`,
  /// `ESC[38;5;81m` gives `38;5;81`), else `nil`.
  static func sgrParameters(_ sequence: [UInt8]) -> [UInt8]? {
    guard sequence.count > 3, sequence[0] == 0x1B, sequence[1] == UInt8(ascii: "["),
      sequence.last == UInt8(ascii: "m")
    else { return nil }
    let parameters = Array(sequence[2..<(sequence.count - 1)])
    let allowed = (UInt8(ascii: "0")...UInt8(ascii: "9"))
    guard parameters.allSatisfy({ allowed.contains($0) || $0 == UInt8(ascii: ";") }) else { return nil }
    return parameters
  }
}
