import Foundation
import Synchronization

/// A learned cue detector: an averaged perceptron that reads each token in
/// context and says whether it belongs to an attribution cue. It finds the
/// long tail of cues that no word list covers ("raised doubts about",
/// "took to Twitter to"); the rules then find each cue's source and content.
///
/// Features are hashed (FNV-1a over the template and the words), so the model
/// is a table of 64-bit keys and weights. Training is deterministic:
/// `onrecord train-cues` rebuilds the shipped model from PolNeAR's train split.
public struct CueTagger: Sendable {
  /// The weights, read from the model's text the first time they are needed: a run whose
  /// reports are already up to date only needs the model's fingerprint.
  private let model: Model
  /// A fingerprint of the model's text, recorded in the run manifest.
  public let hash: String

  /// Feature keys, their weights, and the same laid out for fast lookup.
  struct Weights: Sendable {
    var keys: [UInt64]
    var values: [Float]
    var table: WeightTable

    init(keys: [UInt64], values: [Float]) {
      self.keys = keys
      self.values = values
      table = WeightTable(keys: keys, values: values)
    }
  }

  final class Model: Sendable {
    /// The model file's bytes, or the path to read them from when the weights are first needed
    /// (with the fingerprint the file stated when it was opened).
    private let source: Source
    private let loaded: Mutex<(weights: Weights, problem: String?)?>

    enum Source {
      case bytes([UInt8])
      case file(String, stated: String)
    }

    init(source: Source) {
      self.source = source
      loaded = Mutex(nil)
    }

    init(weights: Weights) {
      source = .bytes([])
      loaded = Mutex((weights, nil))
    }

    var weights: Weights { load().weights }

    /// Why the weights could not be used, if so: the file could not be read, or its weights are
    /// not the ones its fingerprint line names (it was edited, or changed since it was opened).
    /// The tagger then has no weights, and a run must not count or cache its results as this
    /// model's.
    var problem: String? { load().problem }

    private func load() -> (weights: Weights, problem: String?) {
      loaded.withLock { loaded in
        if let loaded { return loaded }
        var bytes: [UInt8] = []
        var problem: String?
        switch source {
        case .bytes(let given): bytes = given
        case .file(let path, let stated):
          switch FileReader.readAll(path) {
          case .success(let read):
            if CueTagger.bodyFingerprint(read) == stated {
              bytes = read
            } else {
              problem = "the cue model \(path) does not hold the weights its fingerprint line names (\(stated))"
            }
          case .failure(.cannotOpen(let why)), .failure(.cannotRead(let why)):
            problem = "cannot read the cue model \(path): \(why)"
          }
        }
        let result = (weights: bytes.withUnsafeBufferPointer { CueTagger.read($0) }, problem: problem)
        loaded = result
        return result
      }
    }
  }

  /// Reads the weights now, if they have not been read: a run starts this on a thread of its own
  /// while its workers read their first files, so that none of them waits for it.
  public func prepare() {
    _ = model.weights
  }

  /// Why the model's weights cannot be used, if so (reading them if they have not been read).
  public var problem: String? { model.problem }

  /// The weights by feature key.
  public var weights: [UInt64: Float] {
    let w = model.weights
    return Dictionary(zip(w.keys, w.values), uniquingKeysWith: { _, last in last })
  }

  public init(weights: [UInt64: Float]) {
    let keys = Array(weights.keys)
    model = Model(weights: Weights(keys: keys, values: keys.map { weights[$0]! }))
    hash = ""
  }

  /// The model shipped with onrecord, or nil when the resource is missing. Only its first lines
  /// are read now: they state its fingerprint (a test holds them to the weights below them).
  public static func builtIn() -> CueTagger? {
    guard let url = Bundle.module.url(forResource: "cue-tagger", withExtension: "tsv", subdirectory: "Model") else {
      return nil
    }
    return file(url.path)
  }

  /// The model in a file that ``serialized()`` wrote, or nil when it cannot be read. A file that
  /// states its fingerprint is read in full only when the weights are first needed; if it then
  /// cannot be read, or its weights are not the ones it named, ``problem`` says so.
  public static func file(_ path: String) -> CueTagger? {
    guard case .success(let head) = FileReader.readAll(path, limit: 512) else { return nil }
    if let stated = statedFingerprint(head) {
      return CueTagger(hash: stated, model: Model(source: .file(path, stated: stated)))
    }
    guard case .success(let bytes) = FileReader.readAll(path) else { return nil }
    return CueTagger(bytes: bytes)
  }

  private init(hash: String, model: Model) {
    self.hash = hash
    self.model = model
  }

  /// A model written by ``serialized()``: `hexkey<TAB>weight` lines, `#` comments. Its
  /// fingerprint is taken now; its weights are read when first used.
  public init(parsing text: String) {
    self.init(bytes: Array(text.utf8))
  }

  /// The same, from the model file's bytes. The fingerprint is that of the weight lines, after
  /// the comments that open the file.
  init(bytes: [UInt8]) {
    hash = CueTagger.bodyFingerprint(bytes)
    model = Model(source: .bytes(bytes))
  }

  /// The fingerprint of a model file's weight lines, after its opening comments.
  static func bodyFingerprint(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { CueTagger.fingerprint(UnsafeRawBufferPointer(rebasing: $0[CueTagger.bodyStart($0)...])) }
  }

  static let fingerprintLabel = Array("# fingerprint ".utf8)

  /// Where the lines after the opening comments start.
  static func bodyStart(_ bytes: UnsafeRawBufferPointer) -> Int {
    var i = 0
    while i < bytes.count && bytes[i] == 0x23 {
      while i < bytes.count && bytes[i] != 0x0A { i += 1 }
      i += 1
    }
    return min(i, bytes.count)
  }

  /// The fingerprint a model file states in a `# fingerprint HEX` line among its opening comments.
  static func statedFingerprint(_ head: [UInt8]) -> String? {
    var i = 0
    while i < head.count && head[i] == 0x23 {
      var end = i
      while end < head.count && head[end] != 0x0A { end += 1 }
      guard end < head.count else { return nil }
      let line = head[i..<end]
      if line.starts(with: fingerprintLabel) {
        let hex = line.dropFirst(fingerprintLabel.count).prefix { CueTagger.hexValue($0) != nil }
        if hex.count == 16 { return String(decoding: hex, as: UTF8.self) }
      }
      i = end + 1
    }
    return nil
  }

  /// A fingerprint of the model file, eight bytes at a step (a multiply-and-fold mix): the
  /// run's settings name the model by it, and a run whose reports are up to date reads nothing
  /// else of the model, so it must cost far less than reading the file.
  static func fingerprint(_ bytes: UnsafeRawBufferPointer) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    @inline(__always) func mix(_ word: UInt64) {
      h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
      h ^= h >> 29
    }
    var i = 0
    while i + 8 <= bytes.count {
      mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
      i += 8
    }
    var tail: UInt64 = 0
    for (k, byte) in bytes[i...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(k)) }
    mix(tail)
    let digits = String(h, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// Reads the weights from the model's bytes: no string is made per line, and a line in the
  /// form ``serialized()`` writes (hex key, tab, "-0.1234") is read in one pass over its bytes.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Weights {
    var keys: [UInt64] = []
    var values: [Float] = []
    keys.reserveCapacity(bytes.count / 22)
    values.reserveCapacity(bytes.count / 22)
    let n = bytes.count
    var i = 0
    while i < n {
      // The line's end.
      var end = i
      if let base = bytes.baseAddress, let found = memchr(base + i, 0x0A, n - i) {
        end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      } else {
        end = n
      }
      defer { i = end + 1 }
      guard end > i, bytes[i] != 0x23 else { continue }
      var key: UInt64 = 0
      var k = i
      while k < end {
        let digit = CueTagger.hexDigits[Int(bytes[k])]
        if digit > 15 { break }
        key = key << 4 | UInt64(digit)
        k += 1
      }
      guard k > i, k < end, bytes[k] == 0x09,
        let weight = CueTagger.weight(UnsafeBufferPointer(rebasing: bytes[(k + 1)..<end]))
      else { continue }
      keys.append(key)
      values.append(weight)
    }
    return Weights(keys: keys, values: values)
  }

  static let powersOfTen: [Double] = [1, 10, 100, 1000, 10000, 100_000, 1_000_000]

  /// Each byte's value as a hex digit, or 255.
  static let hexDigits: [UInt8] = (0...255).map { b in CueTagger.hexValue(UInt8(b)) ?? 255 }

  /// A weight as ``serialized()`` writes it ("-0.1234"): the digits as an integer over a power
  /// of ten, which gives the same Float as parsing the text; other forms go through `Float(_:)`.
  static func weight(_ field: UnsafeBufferPointer<UInt8>) -> Float? {
    var negative = false
    var mantissa: Int64 = 0
    var decimals = 0
    var seenPoint = false
    var digits = 0
    for (n, b) in field.enumerated() {
      if b == 0x2D && n == 0 {
        negative = true
      } else if b == 0x2E && !seenPoint {
        seenPoint = true
      } else if b >= 0x30 && b <= 0x39 && digits < 15 {
        mantissa = mantissa * 10 + Int64(b - 0x30)
        digits += 1
        if seenPoint { decimals += 1 }
      } else {
        return Float(String(decoding: field, as: UTF8.self))
      }
    }
    guard digits > 0, decimals <= 6 else { return Float(String(decoding: field, as: UTF8.self)) }
    let value = Float(Double(mantissa) / CueTagger.powersOfTen[decimals])
    return negative ? -value : value
  }

  @inline(__always)
  static func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: return b - 0x30
    case 0x61...0x66: return b - 0x61 + 10
    case 0x41...0x46: return b - 0x41 + 10
    default: return nil
    }
  }

  /// The model as text: one `key<TAB>weight` line per feature, sorted by key.
  public func serialized() -> String {
    var body = ""
    let weights = self.weights
    for key in weights.keys.sorted() {
      body +=
        String(key, radix: 16) + "\t" + String(format: "%.4f", locale: Locale(identifier: "en_US_POSIX"), weights[key]!)
        + "\n"
    }
    let fingerprint = Array(body.utf8).withUnsafeBytes { CueTagger.fingerprint($0) }
    return "# onrecord cue tagger: averaged perceptron, hashed features (FNV-1a), key<TAB>weight\n"
      + "# fingerprint \(fingerprint) (of the lines below; onrecord reads it instead of the whole file)\n" + body
  }

  /// The weights by feature key, for lookups (0 for a feature the model does not hold).
  var table: WeightTable { model.weights.table }

  /// The same model with more weights: the source-span ranker's, trained after the tagger.
  public func adding(_ more: [UInt64: Float]) -> CueTagger {
    CueTagger(weights: weights.merging(more) { _, added in added })
  }

  /// For each token, whether it is part of a cue.
  /// With `skippingQuotations`, tokens inside quotations are not read: cues there only make
  /// nested attributions, which the extractor leaves out unless asked for them.
  public func cueTokens(in structure: TextStructure, lexicon: Lexicon, skippingQuotations: Bool = false) -> [Bool] {
    let table = model.weights.table
    let context = FeatureContext(structure: structure, lexicon: lexicon)
    var labels = [Bool](repeating: false, count: structure.tokens.count)
    var features: [UInt64] = []
    features.reserveCapacity(24)
    for i in structure.tokens.indices where context.isCandidate(i) {
      if skippingQuotations && structure.quotationOfToken[i] >= 0 { continue }
      context.features(at: i, previousIsCue: i > 0 && labels[i - 1], into: &features)
      var score: Float = 0
      for f in features { score += table[f] }
      labels[i] = score > 0
    }
    return labels
  }

  // MARK: - Training

  /// Trains on articles with their gold cue tokens, in the order given, for `epochs` passes.
  /// With `orders` above 1, trains that many perceptrons, each reading the articles in a
  /// different fixed order, and averages their weights: one order's accidents (which article
  /// came last) weigh less, so a small change to the rules moves the model less.
  public static func train(
    _ examples: [(TextStructure, [Bool])], lexicon: Lexicon, epochs: Int, minimumCount: Int = 1, orders: Int = 1
  ) -> CueTagger {
    guard orders > 1 else {
      return train(examples, lexicon: lexicon, epochs: epochs, minimumCount: minimumCount, shift: 0)
    }
    return CueTagger(
      weights: averageOverOrders(orders) { shift in
        train(examples, lexicon: lexicon, epochs: epochs, minimumCount: minimumCount, shift: shift).weights
      })
  }

  static func train(
    _ examples: [(TextStructure, [Bool])], lexicon: Lexicon, epochs: Int, minimumCount: Int, shift: Int
  ) -> CueTagger {
    var weights: [UInt64: Float] = [:]
    var totals: [UInt64: Float] = [:]
    var stamps: [UInt64: Int] = [:]
    var step = 1
    var features: [UInt64] = []
    let contexts = examples.map { FeatureContext(structure: $0.0, lexicon: lexicon) }
    // Features seen fewer than `minimumCount` times in the training text get no weight: a
    // weight learnt from one sentence is noise on the next article.
    var seen: [UInt64: Int] = [:]
    if minimumCount > 1 {
      for (index, (structure, gold)) in examples.enumerated() {
        for i in structure.tokens.indices where contexts[index].isCandidate(i) {
          contexts[index].features(at: i, previousIsCue: i > 0 && gold[i - 1], into: &features)
          for f in features { seen[f, default: 0] += 1 }
        }
      }
    }
    for epoch in 0..<epochs {
      // A different, fixed order each pass: rotate the article list.
      let offset = examples.isEmpty ? 0 : (epoch * 97 + shift) % examples.count
      for n in examples.indices {
        let index = (n + offset) % examples.count
        let (structure, gold) = examples[index]
        let context = contexts[index]
        for i in structure.tokens.indices where context.isCandidate(i) {
          context.features(at: i, previousIsCue: i > 0 && gold[i - 1], into: &features)
          if minimumCount > 1 { features.removeAll { seen[$0, default: 0] < minimumCount } }
          var score: Float = 0
          for f in features { score += weights[f] ?? 0 }
          let predicted = score > 0
          if predicted != gold[i] {
            let delta: Float = gold[i] ? 1 : -1
            for f in features {
              let w = weights[f] ?? 0
              totals[f, default: 0] += Float(step - (stamps[f] ?? 0)) * w
              stamps[f] = step
              weights[f] = w + delta
            }
          }
          step += 1
        }
      }
    }
    var averaged: [UInt64: Float] = [:]
    for (f, w) in weights {
      let total = (totals[f] ?? 0) + Float(step - (stamps[f] ?? 0)) * w
      let value = total / Float(step)
      if abs(value) >= 0.0005 { averaged[f] = value }
    }
    return CueTagger(weights: averaged)
  }
}

/// The average of the weights `train` learns from each of `orders` fixed orders of the
/// examples (`train` takes how far to rotate them), without the weights that average to nearly 0.
func averageOverOrders(_ orders: Int, _ train: (_ shift: Int) -> [UInt64: Float]) -> [UInt64: Float] {
  var sum: [UInt64: Float] = [:]
  for order in 0..<orders {
    for (f, w) in train(order * 389) { sum[f, default: 0] += w / Float(orders) }
  }
  return sum.filter { abs($0.value) >= 0.0005 }
}

/// Per-article precomputed token facts for the tagger's features.
struct FeatureContext {
  let structure: TextStructure
  let wordHash: [UInt64]
  let shape: [UInt64]
  let lexiconCue: [Bool]
  /// The hash of each token's last three characters.
  let suffixHash: [UInt64]
  /// The hash of each word without its inflection ("warned", "warns", "warning" → "warn").
  let stemHash: [UInt64]
  /// Whether each token's sentence holds a quotation mark.
  let sentenceQuotes: [Bool]

  init(structure: TextStructure, lexicon: Lexicon) {
    self.structure = structure
    let tokens = structure.tokens
    wordHash = tokens.map(\.key)  // the same FNV-1a hash
    suffixHash = tokens.map { t in
      let utf8 = t.lower.utf8
      // In ASCII the last three characters are the last three bytes.
      if utf8.allSatisfy({ $0 < 128 }) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8.suffix(3) {
          h ^= UInt64(b)
          h = h &* 0x0000_0100_0000_01b3
        }
        return h
      }
      return WordKey.of(String(t.lower.suffix(3)))
    }
    stemHash = tokens.map { t in
      guard t.kind == .word else { return t.key }
      // The hash of the word without "ing", "ed", "es" or "s" (when at least four characters
      // stay), taken over its bytes: no string is made per token.
      let utf8 = t.lower.utf8
      let bytes = utf8.count
      let length = utf8.allSatisfy({ $0 < 128 }) ? bytes : t.lower.count
      var cut = 0
      for ending in FeatureContext.inflections
      where length > ending.count + 3 && utf8.suffix(ending.count).elementsEqual(ending) {
        cut = ending.count
        break
      }
      guard cut > 0 else { return t.key }
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in utf8.prefix(bytes - cut) {
        h ^= UInt64(b)
        h = h &* 0x0000_0100_0000_01b3
      }
      return h
    }
    var quotes = [Bool](repeating: false, count: tokens.count)
    for sentence in structure.sentences where sentence.contains(where: { tokens[$0].kind == .quote }) {
      for k in sentence { quotes[k] = true }
    }
    sentenceQuotes = quotes
    shape = tokens.map { t in
      switch t.kind {
      case .quote: return 1
      case .punctuation: return t.text == "," ? 2 : t.text == ":" ? 3 : 4
      case .number: return 5
      case .word: return t.isAllCaps ? 6 : t.isCapitalized ? 7 : 8
      }
    }
    var cue = [Bool](repeating: false, count: tokens.count)
    for i in tokens.indices where tokens[i].kind == .word {
      if let hit = lexicon.cueVerbs.match(at: i, limit: tokens.count, tokens: tokens) {
        for k in i..<(i + hit.length) { cue[k] = true }
      }
    }
    lexiconCue = cue
  }

  /// The endings the stem feature strips, as bytes, longest first.
  static let inflections: [[UInt8]] = ["ing", "ed", "es", "s"].map { Array($0.utf8) }

  @inline(__always)
  func isCandidate(_ i: Int) -> Bool {
    structure.tokens[i].kind == .word || structure.tokens[i].text == ":"
  }

  @inline(__always)
  static func combine(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ template
    h = (h ^ a) &* 0x0000_0100_0000_01b3
    h = (h ^ (a >> 29)) &* 0x0000_0100_0000_01b3
    h = (h ^ b) &* 0x0000_0100_0000_01b3
    h = (h ^ (b >> 29)) &* 0x0000_0100_0000_01b3
    return h
  }

  func features(at i: Int, previousIsCue: Bool, into out: inout [UInt64]) {
    out.removeAll(keepingCapacity: true)
    let n = structure.tokens.count
    let none: UInt64 = 0x9e37_79b9_7f4a_7c15
    let w = wordHash[i]
    let p1 = i > 0 ? wordHash[i - 1] : none
    let p2 = i > 1 ? wordHash[i - 2] : none
    let n1 = i + 1 < n ? wordHash[i + 1] : none
    let n2 = i + 2 < n ? wordHash[i + 2] : none
    let s = shape[i]
    let sp1 = i > 0 ? shape[i - 1] : 0
    let sn1 = i + 1 < n ? shape[i + 1] : 0
    let suffix = suffixHash[i]
    let inQuote: UInt64 = structure.quotationOfToken[i] >= 0 ? 1 : 0
    let sentenceStart = structure.sentences[structure.sentenceOfToken[i]].lowerBound
    let position: UInt64 = i == sentenceStart ? 0 : i - sentenceStart < 4 ? 1 : 2
    let lexicon: UInt64 = lexiconCue[i] ? 1 : 0
    let previous: UInt64 = previousIsCue ? 1 : 0
    out.append(FeatureContext.combine(1, 1))  // bias
    out.append(FeatureContext.combine(2, w))
    out.append(FeatureContext.combine(3, p1))
    out.append(FeatureContext.combine(4, n1))
    out.append(FeatureContext.combine(5, p2))
    out.append(FeatureContext.combine(6, n2))
    out.append(FeatureContext.combine(7, p1, w))
    out.append(FeatureContext.combine(8, w, n1))
    out.append(FeatureContext.combine(9, suffix))
    out.append(FeatureContext.combine(10, s, sp1 &* 31 &+ sn1))
    out.append(FeatureContext.combine(11, w, inQuote))
    out.append(FeatureContext.combine(12, lexicon, previous))
    out.append(FeatureContext.combine(13, previous, w))
    out.append(FeatureContext.combine(14, position, s))
    out.append(FeatureContext.combine(15, w, sn1))
    out.append(FeatureContext.combine(16, sp1, w))
    out.append(FeatureContext.combine(17, lexicon, inQuote))
    out.append(FeatureContext.combine(18, suffix, sp1))
    let quoted: UInt64 = sentenceQuotes[i] ? 1 : 0
    out.append(FeatureContext.combine(19, stemHash[i]))
    out.append(FeatureContext.combine(20, stemHash[i], quoted))
    out.append(FeatureContext.combine(21, lexicon, quoted &* 2 &+ inQuote))
  }
}
