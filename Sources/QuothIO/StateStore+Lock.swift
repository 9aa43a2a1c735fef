import Foundation
import QuothModel

extension StateStore {
  /// An exclusive `flock` on the lock file, held from creation to ``release()``.
  ///
  /// Waits up to about five seconds for another quoth to finish, then gives up with an error
  /// rather than hanging the reader.
  final class Lock {
    private var descriptor: Int32

    /// Opens (creating) and locks `path`.
    init(path: String) throws(StateError) {
      descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { throw .cannotLock(path: path, reason: String(cString: strerror(errno))) }
      var tries = 0
      while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
        let code = errno
        tries += 1
        guard code == EWOULDBLOCK || code == EINTR, tries < 500 else {
          close(descriptor)
          descriptor = -1
          throw .cannotLock(
            path: path,
            reason: code == EWOULDBLOCK ? "another quoth holds it" : String(cString: strerror(code)))
        }
        usleep(10_000)
      }
    }

    /// Unlocks and closes the file; safe to call twice.
    func release() {
      guard descriptor >= 0 else { return }
      flock(descriptor, LOCK_UN)
      close(descriptor)
      descriptor = -1
    }

    deinit { release() }
  }
}
