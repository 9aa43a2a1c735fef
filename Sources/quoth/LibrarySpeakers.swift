import ArgumentParser
import Foundation
import QuothIndex
import QuothModel

/// `quoth speakers --library`: one row per speaker merged across the articles, most quoted first.
enum LibrarySpeakers {
  static func run(format: QuoteExport.Format, paths: [String], noCache: Bool, library: Bool) throws {
    guard library else {
      warn("--no-cache goes with --library")
      throw ExitCode(2)
    }
    do {
      let (index, failed) = try IndexInputs.index(paths, noCache: noCache)
      var output = OutputBuffer()
      var framing = RecordFraming(format: format, csvHeader: IndexReport.speakersCSVHeader)
      output.write(framing.header())
      for speaker in try index.speakers(order: .quotes) {
        output.write(framing.record(IndexReport.line(for: speaker, format: format)))
      }
      output.write(framing.footer())
      output.flush()
      if failed { throw ExitCode(1) }
    } catch let error as IndexError {
      warn(error.description)
      throw ExitCode(1)
    }
  }
}
