/// Whether bytes are well-formed UTF-8 (the Unicode Standard's table 3-7: no overlong forms, no
/// surrogates, nothing above U+10FFFF, no sequence cut short), as `String(validating:)` decides,
/// at several times its speed on the mostly-ASCII bytes of web pages: eight bytes are looked at
/// together while none has its high bit set.
enum UTF8Validation {
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var i = 0
    while i < count {
      // ASCII, eight bytes at a time.
      while i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
      }
      guard i < count else { return true }
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      // The range the second byte must fall in, and the length of the sequence.
      let low: UInt8
      let high: UInt8
      let length: Int
      switch lead {
      case 0xC2...0xDF: (low, high, length) = (0x80, 0xBF, 2)
      case 0xE0: (low, high, length) = (0xA0, 0xBF, 3)
      case 0xE1...0xEC, 0xEE...0xEF: (low, high, length) = (0x80, 0xBF, 3)
      case 0xED: (low, high, length) = (0x80, 0x9F, 3)
      case 0xF0: (low, high, length) = (0x90, 0xBF, 4)
      case 0xF1...0xF3: (low, high, length) = (0x80, 0xBF, 4)
      case 0xF4: (low, high, length) = (0x80, 0x8F, 4)
      default: return false
      }
      guard i + length <= count, bytes[i + 1] >= low, bytes[i + 1] <= high else { return false }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
      i += length
    }
    return true
  }

  static func isValid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isValid($0) }
  }
}
