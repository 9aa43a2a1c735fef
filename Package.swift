// swift-tools-version:6.1
import PackageDescription

// scripts/fuzz.sh sets QUOTH_FUZZ_BUILD=1: -sanitize=fuzzer would also reach the theme-embedding
// plugin's tool and break its link, so a fuzz build leaves the plugin (and the built-in themes) out.
let fuzzBuild = Context.environment["QUOTH_FUZZ_BUILD"] == "1"

// Every target: a member is only visible through a module the file imports itself.
let settings: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
  name: "quoth",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "quoth", targets: ["quoth"]),
    .library(name: "QuothModel", targets: ["QuothModel"]),
    .library(name: "QuothNet", targets: ["QuothNet"]),
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
    // libxml2's HTML parser reads saved web pages (recovering broken markup, reading encodings);
    // zlib inflates .gz files. Both are C, each behind a module one file deep.
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    // libcurl fetches URLs and feeds (redirects, gzip, timeouts, TLS, many transfers on one thread).
    // It is opened with dlopen at the first fetch, not linked (see Sources/CCurl/shim.h): no
    // pkgConfig, whose `-lcurl` would load it, and its TLS libraries, into every run.
    .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    // Themes/*.toml are compiled into QuothModel as Swift string literals by the EmbedThemes plugin,
    // so an installed binary needs neither the source tree nor a resource bundle beside it.
    .executableTarget(name: "EmbedThemesTool", path: "Plugins/EmbedThemesTool", swiftSettings: settings),
    .plugin(name: "EmbedThemes", capability: .buildTool(), dependencies: ["EmbedThemesTool"]),
    .target(
      name: "QuothModel",
      dependencies: ["CLibXML2", "CZlib", .product(name: "TOMLKit", package: "TOMLKit")],
      swiftSettings: settings + (fuzzBuild ? [.define("QUOTH_NO_EMBEDDED_THEMES")] : []),
      plugins: fuzzBuild ? [] : ["EmbedThemes"]
    ),
    // Everything that touches files, folders, locks, threads or the environment; the model stays pure.
    .target(name: "QuothIO", dependencies: ["QuothModel"], swiftSettings: settings),
    .target(name: "QuothView", dependencies: ["QuothModel"], swiftSettings: settings),
    .target(name: "QuothNet", dependencies: ["CCurl", "QuothModel"], swiftSettings: settings),
    .target(
      name: "QuothIndex",
      dependencies: ["QuothModel", "QuothIO", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: settings
    ),
    .target(
      name: "QuothTerminal", dependencies: ["QuothView", "QuothModel", "QuothIO", "CNcurses"],
      swiftSettings: settings),
    .executableTarget(
      name: "quoth",
      dependencies: [
        "QuothTerminal", "QuothView", "QuothModel", "QuothIO", "QuothIndex", "QuothNet",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings
    ),
    .executableTarget(
      name: "quoth-bench", dependencies: ["QuothModel", "QuothIO", "QuothView", "QuothNet"],
      swiftSettings: settings),
    // Rebuilds the quote model's weights (Sources/QuothModel/Quotes/QuoteModelWeights.swift) from
    // the PolNeAR train split: `swift run -c release quoth-train ../shared/corpus/polnear/train`.
    .executableTarget(name: "quoth-train", dependencies: ["QuothModel", "QuothIO"], swiftSettings: settings),
    // libFuzzer target over parse + extract + layout; `scripts/fuzz.sh` builds it with
    // -sanitize=fuzzer. A plain build makes a replayer of saved inputs instead.
    .executableTarget(
      name: "quoth-fuzz", dependencies: ["QuothModel", "QuothView"], swiftSettings: settings),
    .testTarget(name: "QuothModelTests", dependencies: ["QuothModel"], swiftSettings: settings),
    .testTarget(name: "QuothIOTests", dependencies: ["QuothIO", "QuothModel"], swiftSettings: settings),
    .testTarget(
      name: "QuothIndexTests",
      dependencies: ["QuothIndex", "QuothModel", "QuothIO", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: settings
    ),
    // Server/ holds the loopback HTTP server (Python) the tests start; it is not Swift.
    .testTarget(
      name: "QuothNetTests", dependencies: ["QuothNet", "QuothModel"], exclude: ["Server"],
      swiftSettings: settings),
    .testTarget(
      name: "QuothViewTests", dependencies: ["QuothView", "QuothModel"], exclude: ["Snapshots"],
      swiftSettings: settings),
    .testTarget(
      name: "QuothTerminalTests", dependencies: ["QuothTerminal", "QuothModel", "QuothIO"],
      swiftSettings: settings),
    .testTarget(name: "QuothEndToEndTests", dependencies: ["QuothModel"], swiftSettings: settings),
  ],
  swiftLanguageModes: [.v6]
)
