import Foundation
import QuothModel

/// Reads a library's rows in the background, so that the reader can show the list at once.
///
/// The reader starts with ``placeholders`` (file names, in file order) and ``run(post:isCancelled:)``
/// posts ``Action/rowsRead(start:_:)`` for each batch of heads read, then ``Action/rowsDone``.
/// Files that could not be read are kept in ``errors`` (named ones) and ``warnings`` (found in
/// folders), to be reported when the reader closes.
public final class LibraryRowReader: Sendable {
  /// The files, without repeats, each with whether it was named directly.
  public let files: [(path: String, named: Bool)]
  private let scanner: LibraryScanner
  private let batch: Int
  private let outcome = ResultSlots<
    (read: Int, complete: Bool, errors: [ArticleError], warnings: [ArticleError])
  >(
    count: 1)

  /// Reads the files of `expansion` (which must hold no standard input, pipe or device) with
  /// `scanner`, `batch` at a time.
  public init(
    expansion: LibraryScanner.Expansion, scanner: LibraryScanner = LibraryScanner(), batch: Int = 256
  ) {
    files = expansion.unique
    self.scanner = scanner
    self.batch = batch
  }

  /// The rows to show until the heads are read: one per file, in file order.
  public var placeholders: [LibraryEntry] { ReaderState.placeholders(for: files.map(\.path)) }

  /// Whether every head has been read.
  public var isComplete: Bool { outcome[0]?.complete ?? false }
  /// How many rows were read, once ``run(post:isCancelled:)`` has returned.
  public var rowCount: Int { outcome[0]?.read ?? 0 }
  /// Named inputs that could not be read (the reader then exits 1).
  public var errors: [ArticleError] { outcome[0]?.errors ?? [] }
  /// Files in folders that were skipped (binary, unreadable).
  public var warnings: [ArticleError] { outcome[0]?.warnings ?? [] }

  /// Reads every head, posting each batch's rows in file order and then ``Action/rowsDone``;
  /// stops without posting more once `isCancelled` says so.
  public func run(post: (Action) -> Void, isCancelled: () -> Bool) {
    var read = 0
    var errors: [ArticleError] = []
    var warnings: [ArticleError] = []
    scanner.readHeads(files.map(\.path), batch: batch, isCancelled: isCancelled) { start, results in
      let rows = results.enumerated().map { offset, result -> LibraryEntry? in
        switch result {
        case .success(let head):
          read += 1
          return head.entry
        case .failure(let error):
          if files[start + offset].named { errors.append(error) } else { warnings.append(error) }
          return nil
        }
      }
      post(.rowsRead(start: start, rows))
    }
    let complete = !isCancelled()
    outcome[0] = (read, complete, errors, warnings)
    if complete { post(.rowsDone) }
  }
}
