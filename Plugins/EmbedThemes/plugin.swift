import Foundation
import PackagePlugin

/// Generates `EmbeddedThemes.swift` from the package's top-level `Themes/*.toml` files.
///
/// The tool is given the folder, and the folder is one of the command's inputs: SwiftPM does not
/// run a plugin again when a file outside the target appears, but the folder's modification time
/// changes when a theme is added, removed or saved by rename, and each file is an input too.
@main
struct EmbedThemes: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let themes = context.package.directoryURL.appending(path: "Themes")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: themes.path)) ?? []
    let inputs = names.filter { $0.hasSuffix(".toml") }.sorted().map { themes.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemes.swift")
    return [
      .buildCommand(
        displayName: "Embedding Themes/*.toml in QuothModel",
        executable: try context.tool(named: "EmbedThemesTool").url,
        arguments: [output.path, themes.path],
        inputFiles: [themes] + inputs,
        outputFiles: [output]
      )
    ]
  }
}
