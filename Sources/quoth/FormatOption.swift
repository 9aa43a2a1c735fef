import ArgumentParser
import QuothModel

/// `--format text|jsonl|json|csv`, the same on every listing command: argument-parser checks the
/// value, lists the choices in help and completes them.
struct FormatOption: ParsableArguments {
  @Option(
    help: """
      Output format: text (for people), jsonl (one JSON object per line), json (one array) or csv \
      (RFC 4180, with a header row).
      """)
  var format: QuoteExport.Format = .text
}

extension QuoteExport.Format: ExpressibleByArgument {}
