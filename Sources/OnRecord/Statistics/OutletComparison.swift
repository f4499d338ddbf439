/// The outlet-against-outlet statistics of a report: for each per-article rate, a
/// test across all outlets and every pairwise difference with its interval and
/// Holm-adjusted p-value; keyness of cues and source kinds; bootstrap intervals for
/// attribution-level shares. Pure functions of the tallies.
public enum OutletComparison {
  /// A share of articles that the report compares across outlets.
  public struct Rate: Sendable {
    public var id: String
    public var label: String
    public var count: @Sendable (OutletTally) -> Int

    public static let all: [Rate] = [
      Rate(id: "anonymous", label: "Articles with an anonymous source") { $0.articlesWithAnonymous },
      Rate(id: "denial", label: "Articles with a denial or dismissal") { $0.articlesWithDenial },
      Rate(id: "no-comment", label: "Articles with a declined comment") { $0.articlesWithNoComment },
      Rate(id: "no-response", label: "Articles with no response") { $0.articlesWithNoResponse },
      Rate(id: "hedge", label: "Articles with a hedge") { $0.articlesWithHedge },
    ]
  }

  /// The test across all outlets.
  public struct OverallTest: Sendable, Equatable, Codable {
    /// "chi-square", "fisher" (two outlets, small counts) or "exact (Monte Carlo)" (more outlets, small counts).
    public var method: String
    public var statistic: Double?
    public var degreesOfFreedom: Int?
    public var pValue: Double
    public var minimumExpected: Double
  }

  public struct Pair: Sendable, Equatable, Codable {
    public var first: String
    public var second: String
    public var firstRate: Proportion
    public var secondRate: Proportion
    public var difference: ProportionDifference
    public var adjustedP: Double
    /// The difference holds at the 5% level after Holm's correction.
    public var holds: Bool { adjustedP < 0.05 }
  }

  public struct RateComparison: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var rates: [String: Proportion]
    public var overall: OverallTest?
    public var pairs: [Pair]
    /// Outlets with too few articles to be compared pair by pair (see ``minimumArticlesForPairs``).
    public var notPaired: [String] = []
  }

  /// Outlets with fewer articles than this take part in the test across outlets but not in the
  /// pairwise comparisons: a difference measured on a handful of articles cannot hold after
  /// correction, and every such pair would dilute the correction for the pairs that can.
  public static let minimumArticlesForPairs = 10

  /// Compares every rate across the outlets of a tally.
  public static func compare(_ tally: CorpusTally, seed: UInt64 = 20_261_129) -> [RateComparison] {
    let names = tally.outletNames
    return Rate.all.map { rate in
      let counts = names.map {
        (name: $0, successes: rate.count(tally.outlets[$0]!), trials: tally.outlets[$0]!.articles)
      }
      var rates: [String: Proportion] = [:]
      for c in counts { rates[c.name] = Proportion(successes: c.successes, trials: c.trials) }
      let overall = names.count >= 2 ? overallTest(counts.map { ($0.successes, $0.trials) }, seed: seed) : nil
      var pairs: [Pair] = []
      let paired = counts.indices.filter { counts[$0].trials >= minimumArticlesForPairs }
      for i in paired {
        for j in paired where j > i {
          let a = counts[i]
          let b = counts[j]
          let d = ProportionDifference.compare(
            successes1: a.successes, trials1: a.trials, successes2: b.successes, trials2: b.trials)
          pairs.append(
            Pair(
              first: a.name, second: b.name, firstRate: rates[a.name]!, secondRate: rates[b.name]!, difference: d,
              adjustedP: d.pValue))
        }
      }
      let adjusted = MultipleComparisons.holm(pairs.map(\.difference.pValue))
      for k in pairs.indices { pairs[k].adjustedP = adjusted[k] }
      return RateComparison(
        id: rate.id, label: rate.label, rates: rates, overall: overall, pairs: pairs,
        notPaired: counts.filter { $0.trials < minimumArticlesForPairs }.map(\.name))
    }
  }

  /// Chi-square across groups × {yes, no}; with expected counts below 5, Fisher's exact test for
  /// two groups and a Monte Carlo exact test (10,000 tables with the same margins) for more.
  public static func overallTest(_ groups: [(successes: Int, trials: Int)], seed: UInt64) -> OverallTest? {
    let table = groups.map { [$0.successes, $0.trials - $0.successes] }
    guard let chi = ContingencyTests.chiSquare(table) else {
      return OverallTest(
        method: "none (no variation)", statistic: nil, degreesOfFreedom: nil, pValue: 1, minimumExpected: 0)
    }
    guard ContingencyTests.useFisher(table) else {
      return OverallTest(
        method: "chi-square", statistic: chi.statistic, degreesOfFreedom: chi.degreesOfFreedom, pValue: chi.pValue,
        minimumExpected: chi.minimumExpected)
    }
    if groups.count == 2 {
      let p = ContingencyTests.fisherExact(table[0][0], table[0][1], table[1][0], table[1][1])
      return OverallTest(
        method: "fisher", statistic: nil, degreesOfFreedom: nil, pValue: p, minimumExpected: chi.minimumExpected)
    }
    let p = monteCarloExact(groups, observed: chi.statistic, seed: seed)
    return OverallTest(
      method: "exact (Monte Carlo)", statistic: chi.statistic, degreesOfFreedom: chi.degreesOfFreedom, pValue: p,
      minimumExpected: chi.minimumExpected)
  }

  /// The share of tables with the observed margins whose chi-square is at least the observed one,
  /// drawn by shuffling the successes among the articles: (hits + 1) / (draws + 1).
  public static func monteCarloExact(
    _ groups: [(successes: Int, trials: Int)], observed: Double, draws: Int = 10_000, seed: UInt64
  )
    -> Double
  {
    let total = groups.reduce(0) { $0 + $1.trials }
    let successes = groups.reduce(0) { $0 + $1.successes }
    guard total > 0 else { return 1 }
    var outcomes = [Bool](repeating: false, count: total)
    for k in 0..<successes { outcomes[k] = true }
    var generator = SeededGenerator(seed: seed)
    var hits = 0
    // Pearson's statistic for groups × (yes, no) with fixed margins, computed in place.
    let p = Double(successes) / Double(total)
    let q = 1 - p
    guard p > 0 && q > 0 else { return 1 }
    for _ in 0..<draws {
      outcomes.shuffle(using: &generator)
      var statistic = 0.0
      var offset = 0
      for g in groups where g.trials > 0 {
        var yes = 0
        for k in offset..<(offset + g.trials) where outcomes[k] { yes += 1 }
        offset += g.trials
        let n = Double(g.trials)
        let d = Double(yes) - n * p
        statistic += d * d / (n * p) + d * d / (n * q)
      }
      if statistic >= observed - 1e-9 { hits += 1 }
    }
    return Double(hits + 1) / Double(draws + 1)
  }

  // MARK: - Keyness

  /// Cue lemmas or source kinds that one outlet uses more or less than the others.
  public struct KeyTerm: Sendable, Equatable, Codable {
    public var outlet: String
    public var result: KeynessResult
    /// Articles of the outlet in which the term occurs.
    public var articles: Int
  }

  /// Keyness of `counter` for each outlet against all the others (log-likelihood G², log ratio),
  /// keeping terms seen at least `minimumFrequency` times and significant at p < 0.05.
  public static func keyness(
    _ tally: CorpusTally, counter: (OutletTally) -> Counter, articles: (OutletTally) -> Counter,
    minimumFrequency: Int = 5, limit: Int = 5
  ) -> [KeyTerm] {
    let names = tally.outletNames
    guard names.count >= 2 else { return [] }
    var result: [KeyTerm] = []
    let allAttributions = tally.outlets.values.reduce(0) { $0 + $1.attributions }
    let all = names.reduce(into: Counter()) { $0.merge(counter(tally.outlets[$1]!)) }
    for name in names {
      let focus = tally.outlets[name]!
      var reference = all
      reference.subtract(counter(focus))
      let ranked = Keyness.rank(
        focus: counter(focus).counts, reference: reference.counts, minimumFrequency: minimumFrequency,
        focusTotal: focus.attributions, referenceTotal: allAttributions - focus.attributions)
      let significant = ranked.filter { $0.pValue < 0.05 }.prefix(limit)
      result += significant.map { KeyTerm(outlet: name, result: $0, articles: articles(focus)[$0.term]) }
    }
    return result
  }

  // MARK: - Attribution-level shares

  /// The share of an outlet's attributions of each source kind (nil: all outlets), each with a
  /// percentile bootstrap interval over its articles (attributions cluster within articles); one
  /// set of draws serves every kind.
  public static func sourceKindShares(_ tally: CorpusTally, outlet: String?, seed: UInt64 = 20_261_129)
    -> [SourceKind: (estimate: Double, lower: Double, upper: Double)]
  {
    let kinds = SourceKind.allCases
    var numerators = [[Int]](repeating: [], count: kinds.count)
    var denominators: [Int] = []
    for entry in tally.articles where outlet == nil || entry.outlet == outlet {
      for index in kinds.indices { numerators[index].append(Int(entry.kindCounts[index])) }
      denominators.append(entry.attributions)
    }
    let intervals = Bootstrap.ratioIntervals(
      numerators: numerators, denominators: denominators, resamples: 2000, seed: seed)
    return Dictionary(uniqueKeysWithValues: zip(kinds, intervals))
  }
}
