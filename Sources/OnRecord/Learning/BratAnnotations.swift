/// Cue and source spans from a brat standoff file (`T… Cue start end` lines), as PolNeAR
/// and the seed annotation store them. Offsets are Unicode scalar offsets.
public enum BratAnnotations {
  public static func cueSpans(in text: String) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    for line in text.split(separator: "\n") where line.hasPrefix("T") {
      let parts = line.split(separator: "\t")
      guard parts.count >= 2 else { continue }
      let head = parts[1]
      guard head.hasPrefix("Cue ") else { continue }
      // "Cue 10 15" or a discontinuous "Cue 10 15;20 24".
      for fragment in head.dropFirst(4).split(separator: ";") {
        let numbers = fragment.split(separator: " ").compactMap { Int($0) }
        if numbers.count == 2, numbers[0] < numbers[1] { spans.append(numbers[0]..<numbers[1]) }
      }
    }
    return spans
  }

  /// Each attribution's cue with its source, if it has one, from the `E… Attribution:T… Cue:T…
  /// Source:T…` lines (the first and last offsets of a discontinuous span, as the scorer reads them).
  public static func attributions(in text: String) -> [(cue: Range<Int>, source: Range<Int>?)] {
    var spans: [Substring: Range<Int>] = [:]
    var events: [Substring] = []
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      guard parts.count >= 2 else { continue }
      if line.hasPrefix("T") {
        let numbers = parts[1].split(whereSeparator: { $0 == " " || $0 == ";" }).dropFirst().compactMap { Int($0) }
        if let first = numbers.first, let last = numbers.last, first <= last { spans[parts[0]] = first..<last }
      } else if line.hasPrefix("E") {
        events.append(parts[1])
      }
    }
    var result: [(cue: Range<Int>, source: Range<Int>?)] = []
    for event in events {
      var roles: [Substring: Substring] = [:]
      for role in event.split(separator: " ") {
        if let colon = role.firstIndex(of: ":") { roles[role[..<colon]] = role[role.index(after: colon)...] }
      }
      if let cue = roles["Cue"].flatMap({ spans[$0] }) {
        result.append((cue, roles["Source"].flatMap { spans[$0] }))
      }
    }
    return result
  }

  /// The attributions that have a source, with it.
  public static func cueSourcePairs(in text: String) -> [(cue: Range<Int>, source: Range<Int>)] {
    attributions(in: text).compactMap { item in item.source.map { (item.cue, $0) } }
  }

  /// A span without spaces and punctuation at its ends: two spans name the same words when these
  /// are equal (the scorer's exact match).
  public static func trimmed(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
    var a = max(0, range.lowerBound)
    var b = min(scalars.count, range.upperBound)
    while a < b && edgeCharacters.contains(scalars[a]) { a += 1 }
    while b > a && edgeCharacters.contains(scalars[b - 1]) { b -= 1 }
    return a..<b
  }

  static let edgeCharacters = Set(" \t\n\r\"'“”‘’,.;:()[]—–-".unicodeScalars)

  /// For each token, whether it overlaps one of the spans.
  public static func tokenLabels(_ tokens: [Token], spans: [Range<Int>]) -> [Bool] {
    tokens.map { t in spans.contains { $0.lowerBound < t.end && t.start < $0.upperBound } }
  }
}
