import ArgumentParser
import Foundation
import QuothModel

/// `quoth dump`: articles as plain wrapped text, like `w3m -dump`.
struct DumpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dump",
    abstract: "Print articles as plain wrapped text, with no escape sequences."
  )

  @Option(help: "The columns each line may take.")
  var width = 80

  @Option(help: "The longest line wanted, if narrower than --width.")
  var measure: Int?

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func validate() throws {
    guard width >= 1 else { throw ValidationError("--width must be at least 1") }
    if let measure, measure < 1 { throw ValidationError("--measure must be at least 1") }
  }

  func run() throws {
    guard !paths.isEmpty else {
      FileHandle.standardError.write(Data("quoth dump: no PATH given\n".utf8))
      throw ExitCode(2)
    }
    let renderer = PlainTextRenderer(width: min(width, measure ?? width))
    let (files, problems) = PathExpander.files(for: paths)
    var failed = !problems.isEmpty
    for problem in problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
    var printed = 0
    for file in files {
      let article: Article
      do {
        article = try ArticleLoader.load(path: file)
      } catch {
        FileHandle.standardError.write(Data("\(error.description)\n".utf8))
        failed = true
        continue
      }
      for warning in article.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
      var text = printed > 0 ? "\n\(renderer.rule)\n\n" : ""
      text += renderer.render(article)
      FileHandle.standardOutput.write(Data(text.utf8))
      printed += 1
    }
    if failed { throw ExitCode(1) }
  }
}
