import Foundation

/// A port on 127.0.0.1 that is bound but not listening: connecting to it is refused at once.
///
/// The socket stays bound while this object lives, so no other process can take the port and
/// answer in its place.
final class ClosedPort {
  let port: Int
  private let socketFD: Int32

  init() throws {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(socketFD, generic, length) == 0 && getsockname(socketFD, generic, &length) == 0
      }
    }
    guard bound else {
      close(socketFD)
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    self.socketFD = socketFD
    port = Int(UInt16(bigEndian: address.sin_port))
  }

  deinit {
    close(socketFD)
  }
}
