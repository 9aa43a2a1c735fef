// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "quoth",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "quoth", targets: ["quoth"]),
    .library(name: "QuothModel", targets: ["QuothModel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "QuothModel"),
    .target(name: "QuothView", dependencies: ["QuothModel"]),
    .target(name: "QuothTerminal", dependencies: ["QuothView", "QuothModel", "CNcurses"]),
    .executableTarget(
      name: "quoth",
      dependencies: [
        "QuothTerminal", "QuothView", "QuothModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // libFuzzer target over parse + extract + layout; `scripts/fuzz.sh` builds it with
    // -sanitize=fuzzer. A plain build makes a replayer of saved inputs instead.
    .executableTarget(name: "quoth-fuzz", dependencies: ["QuothModel", "QuothView"]),
    .testTarget(name: "QuothModelTests", dependencies: ["QuothModel"]),
    .testTarget(name: "QuothViewTests", dependencies: ["QuothView", "QuothModel"]),
    .testTarget(name: "QuothTerminalTests", dependencies: ["QuothTerminal", "QuothModel"]),
    .testTarget(name: "QuothEndToEndTests", dependencies: ["QuothModel"]),
  ],
  swiftLanguageModes: [.v6]
)
