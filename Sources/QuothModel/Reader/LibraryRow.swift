/// What a row of the library list shows.
///
/// A library of files has one row per article; a feed library has a heading row per feed, each
/// followed by its items unless the feed is folded.
public enum LibraryRow: Hashable, Sendable {
  /// The article at this index of ``ReaderState/entries``.
  case article(Int)
  /// The heading of the feed at this index of ``ReaderState/feedGroups``.
  case feed(Int)
}
