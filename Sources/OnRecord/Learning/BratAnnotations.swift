/// Cue spans from a brat standoff file (`T… Cue start end` lines), as PolNeAR
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

  /// For each token, whether it overlaps one of the spans.
  public static func tokenLabels(_ tokens: [Token], spans: [Range<Int>]) -> [Bool] {
    tokens.map { t in spans.contains { $0.lowerBound < t.end && t.start < $0.upperBound } }
  }
}
