import Foundation
import OnRecord
import Testing

@Suite struct DecodingTests {
  /// The fast UTF-8 check (eight ASCII bytes at a time) decides as the standard library does:
  /// on the edge cases of the Unicode Standard's table 3-7, each placed at every offset of an
  /// eight-byte word, and on random bytes made mostly of ASCII and lead and continuation bytes.
  @Test func utf8IsRecognisedExactlyAsTheStandardLibraryDoes() {
    let cases: [[UInt8]] = [
      [0x41], [0xC2, 0xA9], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF],
      [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBD], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
      [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xC2],
      [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xE2, 0x28, 0xA1], [0xC2, 0x41],
    ]
    var inputs: [[UInt8]] = []
    for bytes in cases {
      for offset in 0..<9 {
        inputs.append(Array(repeating: 0x61, count: offset) + bytes + Array(repeating: 0x62, count: 9 - offset))
        inputs.append(Array(repeating: 0x61, count: offset) + bytes)
      }
    }
    var generator = SeededGenerator(seed: 20_261_129)
    let alphabet: [UInt8] = [
      0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4,
    ]
    for _ in 0..<20_000 {
      let length = Int.random(in: 0..<24, using: &generator)
      inputs.append(
        (0..<length).map { _ in
          Bool.random(using: &generator) ? 0x61 : alphabet.randomElement(using: &generator)!
        })
    }
    var disagreements: [[UInt8]] = []
    for bytes in inputs {
      let decoded = TextDecoder.utf8Bytes(bytes, isHTML: false)
      let valid = String(validating: bytes, as: UTF8.self)
      if (decoded.basis == "utf-8 valid") != (valid != nil) || (valid != nil && decoded.utf8 != bytes) {
        disagreements.append(bytes)
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }

  @Test func byteOrderMarkWins() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("café".utf8)
    let decoded = TextDecoder.decode(bytes, isHTML: false)
    #expect(decoded.text == "café")
    #expect(decoded.basis == "bom")
  }

  @Test func utf16WithByteOrderMark() {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "naïve".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(TextDecoder.decode(bytes, isHTML: false).text == "naïve")
  }

  @Test func declaredLegacyCharset() {
    // "Grüße" in ISO-8859-1, declared in a meta tag.
    let html =
      Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr".utf8) + [0xFC, 0xDF]
      + Array("e</p></body></html>".utf8)
    let decoded = TextDecoder.decode(html, isHTML: true)
    #expect(decoded.text.contains("Grüße"))
    #expect(decoded.replacements == 0)
  }

  @Test func httpEquivAndGBK() {
    // "中文" in GBK, declared as gb2312 through http-equiv.
    let html =
      Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>".utf8) + [
        0xD6, 0xD0, 0xCE, 0xC4,
      ]
    #expect(TextDecoder.decode(html, isHTML: true).text.hasSuffix("中文"))
  }

  @Test func mislabelledUTF8IsReadAsUTF8() {
    let html = Array("<meta charset=\"iso-8859-1\"><p>Zürich — “quoted”</p>".utf8)
    let decoded = TextDecoder.decode(html, isHTML: true)
    #expect(decoded.text.contains("Zürich — “quoted”"))
    #expect(decoded.encoding == "UTF-8")
  }

  @Test func undeclaredInvalidUTF8FallsBackToWindows1252() {
    let bytes: [UInt8] = Array("It".utf8) + [0x92] + Array("s a “test”".utf8).map { $0 }
    let decoded = TextDecoder.decode([UInt8](Array("It".utf8) + [0x92, 0x73]), isHTML: false)
    #expect(decoded.text == "It\u{2019}s")
    #expect(decoded.basis == "fallback")
    #expect(!bytes.isEmpty)
  }

  @Test func declaredUTF8WithStrayBytesKeepsTheRest() {
    let bytes = Array("<meta charset=utf-8><p>ok ".utf8) + [0xFF] + Array(" fine é</p>".utf8)
    let decoded = TextDecoder.decode(bytes, isHTML: true)
    #expect(decoded.text.contains("fine é"))
    #expect(decoded.replacements == 1)
  }

  @Test(.enabled(if: TestSupport.hasShared, "../shared/robustness is absent"))
  func robustnessPagesYieldReadableText() throws {
    let root = TestSupport.shared.appendingPathComponent("robustness")
    let reader = ArticleReader()
    for folder in ["bom", "mislabelled-utf8", "not-utf8-declared", "not-utf8-undeclared"] {
      let dir = root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
        let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(name)))
        let result = reader.read(bytes: bytes, path: name, format: .html, outlet: "x")
        guard case .success(let article) = result else {
          Issue.record("\(folder)/\(name): \(result)")
          continue
        }
        #expect(article.replacementCharacters == 0, "\(folder)/\(name) decoded with \(article.encoding)")
        #expect(!article.text.contains("\u{FFFD}"), "\(folder)/\(name)")
        #expect(!article.text.contains("Ã©") && !article.text.contains("â€"), "\(folder)/\(name) looks double-decoded")
      }
    }
    // Declared UTF-8 with stray bytes (some pages also declare a legacy charset that fits the bytes):
    // the text reads, with at most a few replacement characters.
    let stray = root.appendingPathComponent("utf8-declared-bad-bytes")
    for name in try FileManager.default.contentsOfDirectory(atPath: stray.path).sorted() {
      let bytes = try [UInt8](Data(contentsOf: stray.appendingPathComponent(name)))
      let decoded = TextDecoder.decode(bytes, isHTML: true)
      #expect(decoded.replacements * 100 < max(decoded.text.unicodeScalars.count, 1), "\(name): too many replacements")
      #expect(!decoded.text.contains("Ã©") && !decoded.text.contains("â€"), "\(name) looks double-decoded")
    }
    let latin1 = try [UInt8](Data(contentsOf: root.appendingPathComponent("latin1-plain-text.txt")))
    let text = try reader.read(bytes: latin1, path: "latin1", format: .text, outlet: nil).get().text
    #expect(!text.contains("\u{FFFD}"))
  }
}
