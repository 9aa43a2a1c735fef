import QuothModel

/// Expands command-line paths (files, folders, `-`) into the article files they name.
///
/// A thin wrapper over ``LibraryScanner/expand(_:)`` so that every command walks folders alike.
public enum PathExpander {
  /// The files named by `paths`, folders walked recursively (links followed, loops and hidden
  /// files skipped), with a problem line for each path that could not be used.
  public static func files(for paths: [String]) -> (files: [String], problems: [String]) {
    let expansion = LibraryScanner().expand(paths)
    return (expansion.files, (expansion.errors + expansion.warnings).map(\.description))
  }
}
