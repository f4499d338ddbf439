#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Takes the insides of `<script>` and `<style>` elements out of a page before it is
/// parsed. Inline scripts and styles are about half the bytes of a news page, none of
/// them article text, and libxml2 reads them a character at a time; the parser gets
/// the same elements, empty. JSON-LD scripts keep their text (metadata reads it). The
/// quoted values of attributes that ``HTMLParser`` does not record (`href`, `src`, SVG
/// paths, `data-*`) are emptied too, for the same reason.
///
/// The scan reads markup the way libxml2's HTML parser does where it matters: a raw
/// text element ends at the first `</script` or `</style` (in any case); comments,
/// processing instructions and the quoted values of attributes are passed over, so a
/// `<script` inside them starts nothing; `<script … />` is an empty element.
public enum ScriptStripper {
  /// The page with the insides of its scripts (other than JSON-LD) and styles taken out.
  public static func stripped(_ html: String) -> String {
    var html = html
    return html.withUTF8 { page in stripped(page).map { String(decoding: $0, as: UTF8.self) } } ?? html
  }

  /// The page's bytes with raw-text contents removed, or nil when there is nothing to remove.
  static func stripped(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard let base = input.baseAddress else { return nil }
    let n = input.count
    var out: [UInt8] = []
    var copied = 0
    var i = 0
    var blanks: [Range<Int>] = []
    // Where libxml2's reading could part from this scan's (rare markup, listed below), the scan
    // stops: the rest of the page goes to the parser as it is.
    scan: while i < n {
      guard let found = memchr(base + i, 0x3C, n - i) else { break }
      i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      guard i + 1 < n else { break }
      let next = input[i + 1]
      if next == 0x21 {  // "<!"
        if i + 3 < n && input[i + 2] == 0x2D && input[i + 3] == 0x2D {
          // A comment runs to "-->"; one that never ends takes the rest of the page. libxml2 also
          // ends one at "--!>".
          guard let end = find(input, from: i + 4, "-->") else { break }
          if find(input, from: i + 4, "--!>", before: end + 3) != nil { break }
          i = end + 3
        } else {
          i += 2
        }
        continue
      }
      if next == 0x3F {  // "<?": a processing instruction with a name ends at ">"
        guard i + 2 < n, isNameStart(input[i + 2]) else {
          i += 2
          continue
        }
        guard let end = find(input, from: i, byte: 0x3E) else { break }
        i = end + 1
        continue
      }
      if next == 0x2F {  // "</": an end tag ends at the first ">", quotes or not
        guard let end = find(input, from: i, byte: 0x3E) else { break }
        i = end + 1
        continue
      }
      guard isLetter(next) else {
        i += 1
        continue
      }
      // A start tag: its name, then its attributes up to ">" or "/>".
      var j = i + 1
      while j < n && isNameByte(input[j]) { j += 1 }
      let raw = rawTextElement(input, from: i + 1, to: j)
      blanks.removeAll(keepingCapacity: true)
      guard let (end, selfClosed, keepsText) = tagEnd(input, from: j, scanForJSONLD: raw == .script, blanks: &blanks)
      else { break }
      for range in blanks {
        if out.isEmpty { out.reserveCapacity(n) }
        out.append(contentsOf: input[copied..<range.lowerBound])
        copied = range.upperBound
      }
      i = end + 1
      guard let raw, !selfClosed else { continue }
      // The element's text runs to its closing tag, or to the end of the page. libxml2 reads an end
      // tag where the text would start ("<script></div>" closes the div), and stops the text at
      // any "</script…" even with a longer name, after which it reads another end tag: in both
      // cases the scan stops.
      let closing: StaticString = raw == .script ? "</script" : "</style"
      let closingLength = closing.utf8CodeUnitCount
      func isOwnClose(_ at: Int) -> Bool {
        at + closingLength >= n || !isNameByte(input[at + closingLength])
      }
      if i + 1 < n && input[i] == 0x3C && input[i + 1] == 0x2F
        && find(input, from: i, closing, ignoringCase: true, before: i + closingLength) == nil
      {
        break scan
      }
      let close = find(input, from: i, closing, ignoringCase: true) ?? n
      if close < n && !isOwnClose(close) { break scan }
      if !keepsText && close > i {
        if out.isEmpty { out.reserveCapacity(n) }
        out.append(contentsOf: input[copied..<i])
        copied = close
      }
      i = close
    }
    guard copied > 0 else { return nil }
    out.append(contentsOf: input[copied..<n])
    return out
  }

  enum RawText { case script, style }

  static func rawTextElement(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> RawText? {
    func named(_ name: StaticString) -> Bool {
      guard end - start == name.utf8CodeUnitCount else { return false }
      let bytes = name.utf8Start
      for k in 0..<(end - start) where input[start + k] | 0x20 != bytes[k] { return false }
      return true
    }
    if named("script") { return .script }
    if named("style") { return .style }
    return nil
  }

  /// Where a start tag ends (the index of its ">"), whether it closed itself with "/>", and for a
  /// script whether its type is JSON-LD. Nil when the page ends inside the tag. `blanks` gets the
  /// quoted values of the attributes that ``HTMLParser`` does not keep (links, image sources, SVG
  /// paths, data attributes: a third of what is left of a page once its scripts are out), to be
  /// left out: libxml2 reads them a character at a time, to no use here.
  static func tagEnd(
    _ input: UnsafeBufferPointer<UInt8>, from start: Int, scanForJSONLD: Bool, blanks: inout [Range<Int>]
  ) -> (Int, Bool, Bool)? {
    let n = input.count
    var j = start
    var jsonLD = false
    while true {
      while j < n && isBlank(input[j]) { j += 1 }
      guard j < n else { return nil }
      let c = input[j]
      if c == 0x3E { return (j, false, jsonLD) }
      if c == 0x2F && j + 1 < n && input[j + 1] == 0x3E { return (j + 1, true, jsonLD) }
      // An attribute's name, then perhaps "=" and a value. A name must start with a letter, "_",
      // ":" or "."; anything else is skipped to the next blank, ">" or "/>", as libxml2 does.
      guard isNameStart(c) else {
        while j < n {
          let b = input[j]
          if isBlank(b) || b == 0x3E || (b == 0x2F && j + 1 < n && input[j + 1] == 0x3E) { break }
          j += 1
        }
        continue
      }
      let nameStart = j
      while j < n && isNameByte(input[j]) { j += 1 }
      let nameEnd = j
      var k = j
      while k < n && isBlank(input[k]) { k += 1 }
      guard k < n, input[k] == 0x3D else { continue }
      j = k + 1
      while j < n && isBlank(input[j]) { j += 1 }
      guard j < n else { return nil }
      let valueStart: Int
      let valueEnd: Int
      if input[j] == 0x22 || input[j] == 0x27 {
        guard let close = find(input, from: j + 1, byte: input[j]) else { return nil }
        valueStart = j + 1
        valueEnd = close
        j = close + 1
        if valueEnd > valueStart && !isKept(input, nameStart..<nameEnd) { blanks.append(valueStart..<valueEnd) }
      } else {
        valueStart = j
        while j < n && !isBlank(input[j]) && input[j] != 0x3E { j += 1 }
        valueEnd = j
      }
      // A type written with a character reference ("ld&#43;json") is kept too: this scan does not
      // decode references.
      if scanForJSONLD && !jsonLD {
        jsonLD =
          find(input, from: valueStart, "ld+json", ignoringCase: true, before: valueEnd) != nil
          || find(input, from: valueStart, byte: 0x26).map { $0 < valueEnd } == true
      }
    }
  }

  /// The names of the attributes ``HTMLParser`` records, in lower case.
  static let keptNames: [[UInt8]] = HTMLDocument.Attribute.allCases.map { Array($0.html.utf8) }

  /// Whether an attribute name (in any case) is one ``HTMLParser`` records.
  static func isKept(_ input: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
    names: for kept in keptNames where kept.count == name.count {
      for k in 0..<kept.count {
        let b = input[name.lowerBound + k]
        if (isLetter(b) ? b | 0x20 : b) != kept[k] { continue names }
      }
      return true
    }
    return false
  }

  @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

  @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
    isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x5F || b == 0x2D || b == 0x2E
  }

  @inline(__always) static func isNameStart(_ b: UInt8) -> Bool {
    isLetter(b) || b == 0x5F || b == 0x3A || b == 0x2E
  }

  @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  static func find(_ input: UnsafeBufferPointer<UInt8>, from start: Int, byte: UInt8) -> Int? {
    guard start < input.count, let base = input.baseAddress,
      let found = memchr(base + start, Int32(byte), input.count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The index where `needle` (ASCII) next occurs at or after `start`, ending by `limit`.
  static func find(
    _ input: UnsafeBufferPointer<UInt8>, from start: Int, _ needle: StaticString, ignoringCase: Bool = false,
    before limit: Int? = nil
  ) -> Int? {
    let end = limit ?? input.count
    let count = needle.utf8CodeUnitCount
    let bytes = needle.utf8Start
    let letterFirst = isLetter(bytes[0])
    var i = start
    while i + count <= end {
      if letterFirst {
        // Short runs (attribute values): byte by byte.
        if (ignoringCase ? input[i] | 0x20 : input[i]) != bytes[0] {
          i += 1
          continue
        }
      } else {
        guard let at = find(input, from: i, byte: bytes[0]), at + count <= end else { return nil }
        i = at
      }
      var k = 1
      while k < count {
        let b = input[i + k]
        if b != bytes[k] && !(ignoringCase && isLetter(b) && b | 0x20 == bytes[k]) { break }
        k += 1
      }
      if k == count { return i }
      i += 1
    }
    return nil
  }
}
