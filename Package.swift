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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "QuothModel"),
    .target(name: "QuothView", dependencies: ["QuothModel"]),
    .target(
      name: "QuothIndex",
      dependencies: ["QuothModel", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .target(name: "QuothTerminal", dependencies: ["QuothView", "QuothModel", "CNcurses"]),
    .executableTarget(
      name: "quoth",
      dependencies: [
        "QuothTerminal", "QuothView", "QuothModel", "QuothIndex",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "quoth-bench", dependencies: ["QuothModel"]),
    .testTarget(name: "QuothModelTests", dependencies: ["QuothModel"]),
    .testTarget(
      name: "QuothIndexTests",
      dependencies: ["QuothIndex", "QuothModel", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(name: "QuothViewTests", dependencies: ["QuothView", "QuothModel"]),
    .testTarget(name: "QuothTerminalTests", dependencies: ["QuothTerminal", "QuothModel"]),
    .testTarget(name: "QuothEndToEndTests", dependencies: ["QuothModel"]),
  ],
  swiftLanguageModes: [.v6]
)
