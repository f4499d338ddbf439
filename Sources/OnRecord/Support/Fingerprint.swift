import Crypto

/// SHA-256 fingerprints (of files, of the corpus, of cache keys), computed by swift-crypto,
/// which uses BoringSSL's assembly where the processor has it: hashing every file of a large
/// corpus on each run must cost little next to reading it.
public enum Fingerprint {
  /// The hex SHA-256 of some bytes.
  public static func sha256<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    var hasher = Hasher()
    hasher.update(bytes)
    return hasher.finalizeHex()
  }

  /// SHA-256 over bytes given piece by piece.
  public struct Hasher {
    private var inner = Crypto.SHA256()

    public init() {}

    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
      if bytes.withContiguousStorageIfAvailable({ inner.update(bufferPointer: UnsafeRawBufferPointer($0)) }) == nil {
        Array(bytes).withUnsafeBytes { inner.update(bufferPointer: $0) }
      }
    }

    public func finalizeHex() -> String {
      let digits = Array("0123456789abcdef".utf8)
      var out: [UInt8] = []
      out.reserveCapacity(64)
      for byte in inner.finalize() {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0F)])
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}
