// swift-tools-version:6.1
import PackageDescription

// scripts/fuzz.sh sets QUOTH_FUZZ_BUILD=1: -sanitize=fuzzer would also reach the theme-embedding
// plugin's tool and break its link, so a fuzz build leaves the plugin (and the built-in themes) out.
let fuzzBuild = Context.environment["QUOTH_FUZZ_BUILD"] == "1"

let package = Package(
  name: "quoth",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "quoth", targets: ["quoth"]),
    .library(name: "QuothModel", targets: ["QuothModel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    // Themes/*.toml are compiled into QuothModel as Swift string literals by the EmbedThemes plugin,
    // so an installed binary needs neither the source tree nor a resource bundle beside it.
    .executableTarget(name: "EmbedThemesTool", path: "Plugins/EmbedThemesTool"),
    .plugin(name: "EmbedThemes", capability: .buildTool(), dependencies: ["EmbedThemesTool"]),
    .target(
      name: "QuothModel",
      dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
      swiftSettings: fuzzBuild ? [.define("QUOTH_NO_EMBEDDED_THEMES")] : [],
      plugins: fuzzBuild ? [] : ["EmbedThemes"]
    ),
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
    .executableTarget(name: "quoth-bench", dependencies: ["QuothModel", "QuothView"]),
    // Rebuilds the quote model's weights (Sources/QuothModel/Quotes/QuoteModelWeights.swift) from
    // the PolNeAR train split: `swift run -c release quoth-train ../shared/corpus/polnear/train`.
    .executableTarget(name: "quoth-train", dependencies: ["QuothModel"]),
    // libFuzzer target over parse + extract + layout; `scripts/fuzz.sh` builds it with
    // -sanitize=fuzzer. A plain build makes a replayer of saved inputs instead.
    .executableTarget(name: "quoth-fuzz", dependencies: ["QuothModel", "QuothView"]),
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
