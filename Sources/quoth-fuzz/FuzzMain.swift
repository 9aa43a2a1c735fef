import Foundation

#if QUOTH_FUZZ
  /// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32
#endif

/// The fuzz executable.
///
/// Built by `scripts/fuzz.sh` (with `-sanitize=fuzzer -DQUOTH_FUZZ`) it hands its arguments to
/// libFuzzer's driver. From a plain `swift build`, `quoth-fuzz FILE…` runs each file through
/// ``FuzzCase`` once, so an input the fuzzer saved can be replayed in the debugger.
@main
enum FuzzMain {
  static func main() {
    #if QUOTH_FUZZ
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(runFuzzerDriver(&argc, &argv) { data, size in quothFuzzOneInput(data, size) })
    #else
      let paths = CommandLine.arguments.dropFirst()
      if paths.isEmpty {
        FileHandle.standardError.write(
          Data("usage: quoth-fuzz FILE...  (scripts/fuzz.sh runs libFuzzer)\n".utf8))
        exit(2)
      }
      for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("quoth-fuzz: \(path): cannot read\n".utf8))
          exit(1)
        }
        FuzzCase.run([UInt8](data))
      }
      print("ran \(paths.count) input\(paths.count == 1 ? "" : "s")")
    #endif
  }
}
