import CZlib

/// Decompresses gzip data with zlib, including files made of several gzip
/// members one after another (as WARC.gz files are).
public enum Gzip {
  public enum Failure: Error, Equatable {
    case corrupt(String)
    case tooLarge
  }

  public static func isGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  /// The decompressed bytes; stops with `.tooLarge` past `limit` bytes of output.
  public static func decompress(_ input: [UInt8], limit: Int = .max) -> Result<[UInt8], Failure> {
    var output: [UInt8] = []
    output.reserveCapacity(min(input.count * 4, 64 << 20))
    var stream = z_stream()
    guard onrecord_inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK else { return .failure(.corrupt("zlib init failed")) }
    defer { inflateEnd(&stream) }
    var chunk = [UInt8](repeating: 0, count: 256 * 1024)
    var offset = 0
    var result: Result<[UInt8], Failure>? = nil
    input.withUnsafeBufferPointer { inBuffer in
      guard let base = inBuffer.baseAddress else {
        result = .success([])
        return
      }
      while offset < inBuffer.count {
        stream.next_in = UnsafeMutablePointer(mutating: base + offset)
        stream.avail_in = uInt(inBuffer.count - offset)
        var status: Int32 = Z_OK
        repeat {
          let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuffer in
            stream.next_out = outBuffer.baseAddress
            stream.avail_out = uInt(outBuffer.count)
            status = inflate(&stream, Z_NO_FLUSH)
            return outBuffer.count - Int(stream.avail_out)
          }
          output.append(contentsOf: chunk[0..<produced])
          if output.count > limit {
            result = .failure(.tooLarge)
            return
          }
        } while status == Z_OK && stream.avail_out == 0
        if status == Z_STREAM_END {
          offset = inBuffer.count - Int(stream.avail_in)
          // Another member may follow.
          if offset < inBuffer.count && inBuffer[offset] == 0x1F {
            inflateReset(&stream)
            continue
          }
          break
        }
        if status != Z_OK && status != Z_BUF_ERROR {
          result = .failure(.corrupt(stream.msg.map { String(cString: $0) } ?? "inflate error \(status)"))
          return
        }
        if stream.avail_in == 0 {
          result = output.isEmpty ? .failure(.corrupt("truncated gzip data")) : .success(output)
          return
        }
        offset = inBuffer.count - Int(stream.avail_in)
      }
    }
    return result ?? .success(output)
  }
}
