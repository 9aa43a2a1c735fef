/// The xterm 256-colour palette: the 16 system colours, the 6×6×6 cube and the grey ramp.
public enum ColorCube {
  /// The six levels of each channel in the cube (indices 16–231).
  static let levels = [0, 95, 135, 175, 215, 255]

  /// The usual xterm values of the 16 system colours (0–7 and their bright forms 8–15).
  static let system: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
    (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The index of the cube or grey-ramp entry (16–255) nearest to an RGB colour.
  ///
  /// The system colours 0–15 are left out because terminals redefine them freely.
  public static func nearest(red: UInt8, green: UInt8, blue: UInt8) -> Int {
    func level(_ value: UInt8) -> Int {
      var best = 0
      for index in levels.indices where abs(levels[index] - Int(value)) < abs(levels[best] - Int(value)) {
        best = index
      }
      return best
    }
    let (r, g, b) = (level(red), level(green), level(blue))
    let cube = 16 + 36 * r + 6 * g + b
    let cubeDistance = distance((Int(red), Int(green), Int(blue)), (levels[r], levels[g], levels[b]))
    let average = (Int(red) + Int(green) + Int(blue)) / 3
    let grey = max(0, min(23, (average - 8 + 5) / 10))
    let greyValue = 8 + grey * 10
    let greyDistance = distance((Int(red), Int(green), Int(blue)), (greyValue, greyValue, greyValue))
    return greyDistance < cubeDistance ? 232 + grey : cube
  }

  /// The RGB value of an xterm-256 index.
  public static func rgb(_ index: Int) -> (red: Int, green: Int, blue: Int) {
    let index = max(0, min(255, index))
    switch index {
    case 0..<16: return system[index]
    case 16..<232:
      let value = index - 16
      return (levels[value / 36], levels[value / 6 % 6], levels[value % 6])
    default:
      let grey = 8 + (index - 232) * 10
      return (grey, grey, grey)
    }
  }

  /// The basic colour (0–7) nearest to an xterm-256 index: 0–15 map to their base colour, the rest
  /// to the nearest of the eight by RGB.
  public static func nearestBasic(_ index: Int) -> Int {
    if (0..<16).contains(index) { return index % 8 }
    let (red, green, blue) = rgb(index)
    return nearestBasic(red: red, green: green, blue: blue)
  }

  /// The basic colour (0–7) nearest to an RGB colour.
  ///
  /// Compares against both the normal and the bright form of each, so that light greys land on
  /// white and dark greys on black.
  public static func nearestBasic(red: Int, green: Int, blue: Int) -> Int {
    var best = 0
    var bestDistance = Int.max
    for index in 0..<16 {
      let candidate = distance((red, green, blue), system[index])
      if candidate < bestDistance {
        best = index % 8
        bestDistance = candidate
      }
    }
    return best
  }

  private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return dr * dr + dg * dg + db * db
  }
}
