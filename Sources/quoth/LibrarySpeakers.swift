import ArgumentParser
import Foundation
import QuothIndex
import QuothModel

/// `quoth speakers --library`: one row per speaker merged across the articles, most quoted first.
enum LibrarySpeakers {
  static func run(format: String, paths: [String], noCache: Bool, library: Bool) throws {
    guard library else {
      warn("--no-cache goes with --library")
      throw ExitCode(2)
    }
    guard let chosen = QuoteExport.Format(rawValue: format), IndexReport.speakerFormats.contains(chosen)
    else {
      warn("unknown format '\(format)' (use text, jsonl or csv)")
      throw ExitCode(2)
    }
    if let option = paths.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
      warn("unknown option '\(option)'")
      throw ExitCode(2)
    }
    do {
      let (index, failed) = try IndexInputs.index(paths, noCache: noCache)
      var output = OutputBuffer()
      if chosen == .csv { output.write(IndexReport.speakersCSVHeader + "\r\n") }
      for speaker in try index.speakers(order: .quotes) {
        output.write(IndexReport.line(for: speaker, format: chosen) + (chosen == .csv ? "\r\n" : "\n"))
      }
      output.flush()
      if failed { throw ExitCode(1) }
    } catch let error as IndexError {
      warn(error.description)
      throw ExitCode(1)
    }
  }
}
