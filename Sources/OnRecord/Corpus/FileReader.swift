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
    var bytes = [UInt8]()
    let failure = forEachChunk(path, size: 256 * 1024) { fd, chunk in
      if bytes.isEmpty {
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size) + 1) }
      }
      bytes.append(contentsOf: chunk)
      return Int64(bytes.count) <= limit
    }
    return failure.map { .failure($0) } ?? .success(bytes)
  }

  /// The SHA-256 of a file, read a megabyte at a time (for files streamed rather than held).
  public static func sha256(_ path: String) -> Result<String, Failure> {
    var hasher = Fingerprint.Hasher()
    let failure = forEachChunk(path, size: 1 << 20) { _, chunk in
      hasher.update(chunk)
      return true
    }
    return failure.map { .failure($0) } ?? .success(hasher.finalizeHex())
  }

  /// Reads a file a chunk at a time until its end or until `body` returns false.
  static func forEachChunk(_ path: String, size: Int, _ body: (Int32, ArraySlice<UInt8>) -> Bool) -> Failure? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .cannotOpen(String(cString: strerror(errno))) }
    defer { close(fd) }
    // A buffer no larger than the file (and one byte to see its end): most articles are a few
    // kilobytes, and clearing a large buffer for each would cost more than reading it.
    var info = stat()
    let fileSize = fstat(fd, &info) == 0 && info.st_size >= 0 ? Int(info.st_size) : size
    var chunk = [UInt8](repeating: 0, count: max(1, min(size, fileSize + 1)))
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .cannotRead(String(cString: strerror(errno)))
      }
      if n == 0 || !body(fd, chunk[0..<n]) { return nil }
    }
  }
}
