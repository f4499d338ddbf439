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
    let size = fstat(fd, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 0
    // Read straight into the result, sized to the file and one byte more to see its end.
    let capacity = min(size, Int(clamping: limit)) + 1
    var failure: Failure?
    var ended = false
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      (initialized, ended) = fill(fd, buffer.baseAddress!, capacity, &failure)
    }
    // A file that grew since its size was taken goes on in chunks.
    while failure == nil && !ended && Int64(bytes.count) <= limit {
      let chunk = 256 * 1024
      let before = bytes.count
      bytes.append(contentsOf: repeatElement(0, count: chunk))
      let count = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
        let (count, end) = fill(fd, buffer.baseAddress! + before, chunk, &failure)
        ended = end
        return count
      }
      bytes.removeLast(chunk - count)
    }
    return failure.map { .failure($0) } ?? .success(bytes)
  }

  /// Reads up to `count` bytes; returns how many, and whether the file ended.
  private static func fill(_ fd: Int32, _ start: UnsafeMutablePointer<UInt8>, _ count: Int, _ failure: inout Failure?)
    -> (Int, Bool)
  {
    var total = 0
    while total < count {
      let n = read(fd, start + total, count - total)
      if n < 0 {
        if errno == EINTR { continue }
        failure = .cannotRead(String(cString: strerror(errno)))
        return (total, true)
      }
      if n == 0 { return (total, true) }
      total += n
    }
    return (total, false)
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
