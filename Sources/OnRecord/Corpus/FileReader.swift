#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with POSIX calls into one buffer: no Foundation bridging on
/// the hot path, and a clear reason when a file cannot be read.
public enum FileReader {
  public enum Failure: Error, Equatable {
    case cannotOpen(String)
    case cannotRead(String)
  }

  public static func readAll(_ path: String, limit: Int64 = .max) -> Result<[UInt8], Failure> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var info = stat()
    var expected = 0
    if fstat(fd, &info) == 0 { expected = Int(info.st_size) }
    var bytes = [UInt8]()
    bytes.reserveCapacity(expected > 0 ? expected + 1 : 64 * 1024)
    var chunk = [UInt8](repeating: 0, count: 256 * 1024)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.cannotRead(String(cString: strerror(errno))))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if Int64(bytes.count) > limit { break }
    }
    return .success(bytes)
  }
}
