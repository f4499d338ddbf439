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

  /// Each attribution's cue with its source, from the `E… Attribution:T… Cue:T… Source:T…` lines
  /// (the first and last offsets of a discontinuous span, as the scorer reads them).
  public static func cueSourcePairs(in text: String) -> [(cue: Range<Int>, source: Range<Int>)] {
    var spans: [Substring: Range<Int>] = [:]
    var pairs: [(cue: Range<Int>, source: Range<Int>)] = []
    var events: [Substring] = []
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      guard parts.count >= 2 else { continue }
      if line.hasPrefix("T") {
        let numbers = parts[1].split(whereSeparator: { $0 == " " || $0 == ";" }).dropFirst().compactMap { Int($0) }
        if let first = numbers.first, let last = numbers.last, first < last { spans[parts[0]] = first..<last }
      } else if line.hasPrefix("E") {
        events.append(parts[1])
      }
    }
    for event in events {
      var roles: [Substring: Substring] = [:]
      for role in event.split(separator: " ") {
        if let colon = role.firstIndex(of: ":") { roles[role[..<colon]] = role[role.index(after: colon)...] }
      }
      if let cue = roles["Cue"].flatMap({ spans[$0] }), let source = roles["Source"].flatMap({ spans[$0] }) {
        pairs.append((cue, source))
      }
    }
    return pairs
  }

  /// For each token, whether it overlaps one of the spans.
  public static func tokenLabels(_ tokens: [Token], spans: [Range<Int>]) -> [Bool] {
    tokens.map { t in spans.contains { $0.lowerBound < t.end && t.start < $0.upperBound } }
  }
}
