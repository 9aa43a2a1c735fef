import Foundation

/// Expands command-line paths (files, folders, `-`) into the article files they name.
public enum PathExpander {
  /// The files named by `paths`, folders walked recursively, with a problem line for each path
  /// that could not be used.
  public static func files(for paths: [String]) -> (files: [String], problems: [String]) {
    var files: [String] = []
    var problems: [String] = []
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append("\(path): no such file or folder")
        continue
      }
      if isDirectory.boolValue {
        let enumerator = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
          let full = (path as NSString).appendingPathComponent(relative)
          var sub: ObjCBool = false
          if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue,
            !(relative as NSString).lastPathComponent.hasPrefix(".")
          {
            found.append(full)
          }
        }
        files += found.sorted()
      } else {
        files.append(path)
      }
    }
    return (files, problems)
  }
}
