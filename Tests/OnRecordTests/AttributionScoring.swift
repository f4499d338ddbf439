import Foundation
import OnRecord

/// Scores the extractor on a folder of articles annotated in PolNeAR's layout (TEXTS/NAME.txt,
/// ANNOTATIONS/NAME_xxxx.ann, a labels file), as `../shared/eval/score_attributions.py` does:
/// greedy one-to-one cue matching by overlap, then sources, anonymity and kinds.
enum AttributionScoring {
  struct Result {
    var articles: Int
    var figures: [String: Double]
  }

  static func f1(_ tp: Int, _ predicted: Int, _ gold: Int) -> Double {
    let p = predicted > 0 ? Double(tp) / Double(predicted) : 0
    let r = gold > 0 ? Double(tp) / Double(gold) : 0
    return p + r > 0 ? 2 * p * r / (p + r) : 0
  }

  static func score(texts: URL, annotations: URL, labels labelsFile: URL) throws -> Result {
    let fm = FileManager.default
    let labelsData = try Data(contentsOf: labelsFile)
    let labels =
      (try JSONSerialization.jsonObject(with: labelsData) as? [String: Any])?["articles"] as? [String: Any] ?? [:]
    var firstAnnotation: [String: String] = [:]
    for name in try fm.contentsOfDirectory(atPath: annotations.path).filter({ $0.hasSuffix(".ann") }).sorted() {
      // "article_a013.ann" (PolNeAR's annotator suffix) or "article.ann", as the scorer reads them.
      var stem = name.replacingOccurrences(of: #"_[0-9a-f]{4}\.ann$"#, with: "", options: .regularExpression)
      if stem.hasSuffix(".ann") { stem.removeLast(4) }
      let article = stem + ".txt"
      if firstAnnotation[article] == nil { firstAnnotation[article] = name }
    }
    var c: [String: Int] = [:]
    var articleAnonymous = (tp: 0, fp: 0, fn: 0)
    for (article, annName) in firstAnnotation.sorted(by: { $0.key < $1.key }) {
      let text = try String(contentsOf: texts.appendingPathComponent(article), encoding: .utf8)
      let scalars = Array(text.unicodeScalars)
      let items = BratAnnotations.attributions(
        in: try String(contentsOf: annotations.appendingPathComponent(annName), encoding: .utf8))
      let outlet = String(article.split(separator: "_")[0])
      let predicted = TestSupport.fullExtractor.analyze(text: text, outlet: outlet).attributions
      var pairs: [(Int, Int, Int)] = []
      for (gi, g) in items.enumerated() {
        for (pi, p) in predicted.enumerated() {
          let o = min(g.cue.upperBound, p.cue.end) - max(g.cue.lowerBound, p.cue.start)
          if o > 0 { pairs.append((o, gi, pi)) }
        }
      }
      pairs.sort { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
      var usedG = Set<Int>()
      var usedP = Set<Int>()
      var matched: [(Int, Int)] = []
      for (_, gi, pi) in pairs where !usedG.contains(gi) && !usedP.contains(pi) {
        usedG.insert(gi)
        usedP.insert(pi)
        matched.append((gi, pi))
      }
      c["cueGold", default: 0] += items.count
      c["cuePred", default: 0] += predicted.count
      c["cueTP", default: 0] += matched.count
      c["srcGold", default: 0] += items.filter { $0.source != nil }.count
      c["srcPred", default: 0] += predicted.filter { $0.source != nil }.count
      for (gi, pi) in matched {
        guard let gs = items[gi].source, let ps = predicted[pi].source else { continue }
        if min(gs.upperBound, ps.end) > max(gs.lowerBound, ps.start) {
          c["srcTP", default: 0] += 1
          if BratAnnotations.trimmed(gs, in: scalars) == BratAnnotations.trimmed(ps.start..<ps.end, in: scalars) {
            c["srcExact", default: 0] += 1
          }
        }
      }
      let goldLabels = ((labels[article] as? [String: Any])?["attributions"] as? [[String: Any]]) ?? []
      var anonymousCues: [Range<Int>] = []
      for label in goldLabels where label["anonymous"] as? Bool == true {
        if let cue = label["cue"] as? [String: Any], let s = cue["start"] as? Int, let e = cue["end"] as? Int {
          anonymousCues.append(s..<e)
        }
      }
      c["anonGold", default: 0] += anonymousCues.count
      c["anonPred", default: 0] += predicted.filter(\.anonymous).count
      for (gi, pi) in matched where predicted[pi].anonymous && anonymousCues.contains(items[gi].cue) {
        c["anonTP", default: 0] += 1
      }
      // Source kinds on matched attributions; a gold pronoun may be given the kind it stands for.
      var goldKinds: [Range<Int>: (kind: String, resolvesTo: String?)] = [:]
      for label in goldLabels {
        if let cue = label["cue"] as? [String: Any], let s = cue["start"] as? Int, let e = cue["end"] as? Int,
          let kind = label["sourceKind"] as? String
        {
          goldKinds[s..<e] = (kind, label["resolvesTo"] as? String)
        }
      }
      for (gi, pi) in matched {
        guard let gold = goldKinds[items[gi].cue] else { continue }
        var kind = predicted[pi].sourceKind.rawValue
        if gold.kind == "pronoun" && kind == gold.resolvesTo { kind = "pronoun" }
        c["kindMatched", default: 0] += 1
        if kind == gold.kind { c["kindAgree", default: 0] += 1 }
      }
      // Denials and non-answers: a matched attribution that both sides mark, whatever the kind.
      var denialCues = Set<Range<Int>>()
      for label in goldLabels where label["denial"] is String {
        if let cue = label["cue"] as? [String: Any], let s = cue["start"] as? Int, let e = cue["end"] as? Int {
          denialCues.insert(s..<e)
        }
      }
      c["denialGold", default: 0] += denialCues.count
      c["denialPred", default: 0] += predicted.filter { $0.denial != nil }.count
      for (gi, pi) in matched where predicted[pi].denial != nil && denialCues.contains(items[gi].cue) {
        c["denialTP", default: 0] += 1
      }
      let goldHas = !anonymousCues.isEmpty
      let predictedHas = predicted.contains(where: \.anonymous)
      if goldHas && predictedHas { articleAnonymous.tp += 1 }
      if !goldHas && predictedHas { articleAnonymous.fp += 1 }
      if goldHas && !predictedHas { articleAnonymous.fn += 1 }
    }
    let figures: [String: Double] = [
      "cue": f1(c["cueTP", default: 0], c["cuePred", default: 0], c["cueGold", default: 0]),
      "sourceOverlap": f1(c["srcTP", default: 0], c["srcPred", default: 0], c["srcGold", default: 0]),
      "sourceExact": f1(c["srcExact", default: 0], c["srcPred", default: 0], c["srcGold", default: 0]),
      "anonymousAttribution": f1(c["anonTP", default: 0], c["anonPred", default: 0], c["anonGold", default: 0]),
      "anonymousArticle": f1(
        articleAnonymous.tp, articleAnonymous.tp + articleAnonymous.fp, articleAnonymous.tp + articleAnonymous.fn),
      "kindAccuracy": Double(c["kindAgree", default: 0]) / Double(max(1, c["kindMatched", default: 0])),
      "denialAttribution": f1(c["denialTP", default: 0], c["denialPred", default: 0], c["denialGold", default: 0]),
    ]
    return Result(articles: firstAnnotation.count, figures: figures)
  }
}
