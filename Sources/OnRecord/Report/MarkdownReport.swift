/// The Markdown statistics report: a pure function from a run to text.
/// Every list is sorted (count, then name), every percentage has its count
/// beside it, and text from articles is escaped (``Escaping``).
public enum MarkdownReport {
  public static func render(_ run: CorpusRun, base: String? = nil) -> String {
    let t = run.tally
    let base = base ?? run.name
    var md = ""
    let name = Escaping.markdown(run.name)
    md += "# How \(name) is sourced\n\n"
    md += "_onrecord \(OnRecordVersion.string) · \(Format.integer(t.articles.count)) articles from "
    md += "\(t.outlets.count) outlet\(t.outlets.count == 1 ? "" : "s") · \(t.count(.skipped)) "
    md += "file\(t.count(.skipped) == 1 ? "" : "s") skipped, \(t.count(.failed)) failed"
    if t.duplicates > 0 { md += " · \(t.duplicates) exact duplicate\(t.duplicates == 1 ? "" : "s") counted once" }
    md += " · word lists `\(run.lexiconHash)`_\n\n"
    guard !t.articles.isEmpty else {
      md += "No articles were found in this corpus"
      md += t.files.isEmpty ? ": the folder holds no files.\n" : ". The files it holds are listed below.\n"
      md += filesSection(t)
      md += manifest(run)
      return md
    }
    let comparisons = OutletComparison.compare(t)
    md += summary(t, comparisons: comparisons)
    md += overview(t)
    let shares = shares(t)
    md += anonymity(t, base: base, shares: shares)
    md += denials(t, base: base)
    md += hedges(t, base: base)
    md += sourceKinds(t, base: base, shares: shares)
    if t.outlets.count >= 2 {
      md += comparisonSection(comparisons)
      md += keynessSection(t)
    }
    md += rankings(t)
    md += methods()
    md += filesSection(t)
    md += manifest(run)
    return md
  }

  // MARK: - Sections

  static func summary(_ t: CorpusTally, comparisons: [OutletComparison.RateComparison]) -> String {
    var md = "## Summary\n\n"
    let total = t.total
    let anon = Proportion(successes: total.articlesWithAnonymous, trials: total.articles)
    md += "- **\(Format.integer(total.attributions)) attributions** in \(Format.integer(total.words)) words: "
    md += "\(Format.decimal(per1000(total.attributions, total.words), 1)) per 1,000 words.\n"
    md +=
      "- **\(Format.percent(anon.estimate)) of articles** (\(Format.integer(anon.successes)) of \(Format.integer(anon.trials))) cite at least one anonymous source; "
    md +=
      "\(Format.integer(total.anonymousWithReason)) of \(Format.integer(total.anonymousAttributions)) anonymous attributions say why the source was granted anonymity.\n"
    if t.outlets.count > 1 {
      let ranked = t.outletNames.map {
        ($0, Proportion(successes: t.outlets[$0]!.articlesWithAnonymous, trials: t.outlets[$0]!.articles))
      }
      .sorted { $0.1.estimate != $1.1.estimate ? $0.1.estimate > $1.1.estimate : $0.0 < $1.0 }
      if let top = ranked.first, let bottom = ranked.last {
        md +=
          "- Anonymous sources are most common at **\(Escaping.markdown(top.0))** (\(Format.percent(top.1.estimate)) of articles, \(top.1.successes)/\(top.1.trials)) "
        md +=
          "and least common at **\(Escaping.markdown(bottom.0))** (\(Format.percent(bottom.1.estimate)), \(bottom.1.successes)/\(bottom.1.trials)). "
        if let pair = comparisons.first(where: { $0.id == "anonymous" })?.pairs.first(where: {
          Set([$0.first, $0.second]) == Set([top.0, bottom.0])
        }) {
          md +=
            pair.holds
            ? "The difference holds (Holm-adjusted \(pText(pair.adjustedP))).\n"
            : "The difference does not hold after correction for multiple comparisons (Holm-adjusted \(pText(pair.adjustedP))).\n"
        } else {
          md += "\n"
        }
      }
      for comparison in comparisons {
        let holding = comparison.pairs.filter(\.holds).count
        md += "- \(comparison.label): \(holding) of \(comparison.pairs.count) pairwise differences hold"
        if let overall = comparison.overall {
          md += " (across all outlets: \(overall.method) \(pText(overall.pValue)))"
        }
        md += ".\n"
      }
    }
    md +=
      "- **\(Format.integer(total.denials.total)) denials and non-answers**: \(Format.integer(total.denials["denial"])) denials, "
    md +=
      "\(Format.integer(total.denials["dismissal"])) dismissals, \(Format.integer(total.denials["no-comment"])) declined to comment, "
    md += "\(Format.integer(total.denials["no-response"])) did not respond.\n"
    md +=
      "- **\(Format.integer(total.hedges.total)) hedges** (\"reportedly\", \"allegedly\" …) in \(Format.integer(total.articlesWithHedge)) articles.\n\n"
    return md
  }

  static func overview(_ t: CorpusTally) -> String {
    var rows: [[String]] = []
    let total = t.total
    for name in t.outletNames + ["All outlets"] {
      let o = name == "All outlets" ? total : t.outlets[name]!
      rows.append([
        name == "All outlets" ? "**All outlets**" : Escaping.markdown(name), Format.integer(o.articles),
        Format.integer(o.words), Format.integer(o.attributions), Format.decimal(per1000(o.attributions, o.words), 1),
        share(o.anonymousAttributions, o.attributions),
      ])
    }
    var md = "## Outlets at a glance\n\n"
    md += table(
      ["Outlet", "Articles", "Words", "Attributions", "Per 1,000 words", "Anonymous attributions"], rows, rightFrom: 1)
    return md + "\n"
  }

  /// Bootstrap intervals of the source-kind shares, by outlet (nil: all outlets).
  typealias Shares = [String?: [SourceKind: (estimate: Double, lower: Double, upper: Double)]]

  static func shares(_ t: CorpusTally) -> Shares {
    let names: [String?] = t.outletNames + [nil]
    let computed = Parallel.forEach(names, jobs: Parallel.activeCores, makeAccumulator: { Shares() }) { acc, _, name in
      acc[name] = OutletComparison.sourceKindShares(t, outlet: name)
    }
    return computed.reduce(into: Shares()) { all, part in all.merge(part) { a, _ in a } }
  }

  static func anonymity(_ t: CorpusTally, base: String, shares: Shares) -> String {
    var rows: [[String]] = []
    let total = t.total
    for name in t.outletNames + ["All outlets"] {
      let isTotal = name == "All outlets"
      let o = isTotal ? total : t.outlets[name]!
      let p = Proportion(successes: o.articlesWithAnonymous, trials: o.articles)
      let boot = shares[isTotal ? nil : name]![.anonymous]!
      let link = EvidenceReport.link(corpus: base, file: "anonymous", outlet: isTotal ? nil : name)
      let reasonLink = EvidenceReport.link(corpus: base, file: "anonymous-with-reason", outlet: isTotal ? nil : name)
      rows.append([
        isTotal ? "**All outlets**" : Escaping.markdown(name),
        "\(Format.percent(p.estimate)) (\(p.successes)/\(p.trials))",
        "\(Format.percent(p.lower))–\(Format.percent(p.upper))", "\(p.trials)",
        "[\(share(o.anonymousAttributions, o.attributions))](\(link))",
        "\(Format.percent(boot.lower))–\(Format.percent(boot.upper))",
        "[\(share(o.anonymousWithReason, o.anonymousAttributions))](\(reasonLink))",
      ])
    }
    var md = "## Anonymous sources\n\n"
    md += chart(
      title: "Articles with an anonymous source (%)",
      values: t.outletNames.map {
        ($0, Proportion(successes: t.outlets[$0]!.articlesWithAnonymous, trials: t.outlets[$0]!.articles).estimate)
      })
    md += "Share of articles that cite at least one anonymous source, with a Wilson 95% interval[^wilson]; "
    md += "share of attributions whose source is anonymous, with a bootstrap 95% interval over articles[^bootstrap]; "
    md +=
      "and how many anonymous attributions state why anonymity was granted. Counts link to the sentences behind them.\n\n"
    md += table(
      [
        "Outlet", "Articles with an anonymous source", "95% interval", "n", "Anonymous attributions", "95% interval",
        "Reason given",
      ],
      rows, rightFrom: 1)
    return md + "\n"
  }

  /// A Mermaid bar chart of percentages, one bar per outlet (GitHub renders it).
  static func chart(title: String, values: [(String, Double)]) -> String {
    let labels = values.map {
      "\"" + $0.0.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ") + "\""
    }
    var md = "```mermaid\nxychart-beta\n"
    md += "  title \"\(title)\"\n"
    md += "  x-axis [\(labels.joined(separator: ", "))]\n"
    md += "  y-axis \"Percent\" 0 --> 100\n"
    md += "  bar [\(values.map { Format.decimal($0.1 * 100, 1) }.joined(separator: ", "))]\n"
    md += "```\n\n"
    return md
  }

  static func denials(_ t: CorpusTally, base: String) -> String {
    var rows: [[String]] = []
    let total = t.total
    for name in t.outletNames + ["All outlets"] {
      let isTotal = name == "All outlets"
      let o = isTotal ? total : t.outlets[name]!
      func linked(_ kind: DenialKind) -> String {
        "[\(o.denials[kind.rawValue])](\(EvidenceReport.link(corpus: base, file: kind.rawValue, outlet: isTotal ? nil : name)))"
      }
      rows.append([
        isTotal ? "**All outlets**" : Escaping.markdown(name), linked(.denial), linked(.dismissal), linked(.noComment),
        linked(.noResponse), share(o.articlesWithDenial, o.articles), share(o.articlesWithNoComment, o.articles),
        share(o.articlesWithNoResponse, o.articles),
      ])
    }
    var md = "## Denials and non-answers\n\n"
    md += chart(
      title: "Articles with a denial or dismissal (%)",
      values: t.outletNames.map {
        ($0, Proportion(successes: t.outlets[$0]!.articlesWithDenial, trials: t.outlets[$0]!.articles).estimate)
      })
    md += table(
      [
        "Outlet", "Denials", "Dismissals", "Declined to comment", "Did not respond",
        "Articles with a denial or dismissal", "Articles with a no-comment", "Articles with no response",
      ],
      rows, rightFrom: 1)
    return md + "\n"
  }

  static func hedges(_ t: CorpusTally, base: String) -> String {
    var rows: [[String]] = []
    let total = t.total
    for name in t.outletNames + ["All outlets"] {
      let o = name == "All outlets" ? total : t.outlets[name]!
      let top = o.hedges.sorted(limit: 4).map { "\(Escaping.markdown($0.key)) (\($0.count))" }.joined(separator: ", ")
      rows.append([
        name == "All outlets" ? "**All outlets**" : Escaping.markdown(name),
        "[\(o.hedges.total)](\(EvidenceReport.link(corpus: base, file: "hedges", outlet: name == "All outlets" ? nil : name)))",
        Format.decimal(per1000(o.hedges.total, o.words), 2), share(o.articlesWithHedge, o.articles),
        top.isEmpty ? "–" : top,
      ])
    }
    var md = "## Hedges\n\n"
    md += table(
      ["Outlet", "Hedges", "Per 1,000 words", "Articles with a hedge", "Commonest"], rows, rightFrom: 1, rightTo: 4)
    return md + "\n"
  }

  static func sourceKinds(_ t: CorpusTally, base: String, shares: Shares) -> String {
    let kinds = SourceKind.allCases
    var rows: [[String]] = []
    let total = t.total
    for name in t.outletNames + ["All outlets"] {
      let isTotal = name == "All outlets"
      let o = isTotal ? total : t.outlets[name]!
      rows.append(
        [isTotal ? "**All outlets**" : Escaping.markdown(name)]
          + kinds.map { kind in
            let b = shares[isTotal ? nil : name]![kind]!
            return
              "\(share(o.sourceKinds[kind.rawValue], o.attributions)) \(Format.decimal(b.lower * 100, 1))–\(Format.decimal(b.upper * 100, 1))"
          })
    }
    var md = "## Who is cited\n\n"
    md +=
      "Each attribution's source by kind, with a bootstrap 95% interval over articles[^bootstrap] (pronouns count as the kind of "
    md += "the source they refer to when that is clear). Evidence: "
    md += kinds.map { kind in
      let file = kind == .anonymous ? "anonymous" : "kind-\(kind.rawValue)"
      return "[\(kind.label)](\(EvidenceReport.link(corpus: base, file: file)))"
    }.joined(separator: " · ")
    md += ".\n\n"
    md += table(["Outlet"] + kinds.map { $0.label.prefix(1).uppercased() + $0.label.dropFirst() }, rows, rightFrom: 1)
    return md + "\n"
  }

  static func comparisonSection(_ comparisons: [OutletComparison.RateComparison]) -> String {
    var md = "## Comparisons between outlets\n\n"
    md +=
      "For each share of articles: a test across all outlets[^tests], then every pair of outlets with the difference in "
    md +=
      "percentage points, its 95% interval[^newcombe] and a p-value adjusted for the number of pairs by Holm's method[^holm]. "
    md += "A difference *holds* when its adjusted p-value is below 0.05.\n\n"
    for c in comparisons {
      md += "### \(c.label)\n\n"
      if let overall = c.overall {
        md += "Across all outlets: \(overall.method)"
        if let statistic = overall.statistic, let df = overall.degreesOfFreedom {
          md += " X² = \(Format.decimal(statistic, 2)), df = \(df),"
        }
        md += " \(pText(overall.pValue)) (smallest expected count \(Format.decimal(overall.minimumExpected, 1))).\n\n"
      }
      if !c.notPaired.isEmpty {
        let shown = c.notPaired.prefix(10).map { Escaping.markdown($0) }.joined(separator: ", ")
        let more = c.notPaired.count > 10 ? " and \(c.notPaired.count - 10) more" : ""
        md +=
          "\(c.notPaired.count) outlet\(c.notPaired.count == 1 ? " has" : "s have") fewer than "
          + "\(OutletComparison.minimumArticlesForPairs) articles and \(c.notPaired.count == 1 ? "is" : "are") "
          + "not compared pair by pair: \(shown)\(more).\n\n"
      }
      let holding = c.pairs.filter(\.holds).sorted { abs($0.difference.difference) > abs($1.difference.difference) }
      if c.pairs.isEmpty {
        md += "No two outlets have enough articles to be compared pair by pair.\n\n"
        continue
      }
      if holding.isEmpty {
        md += "No pairwise difference holds.\n\n"
      } else {
        md += "Differences that hold:\n\n"
        for pair in holding {
          let (hi, lo, d) =
            pair.difference.difference >= 0
            ? (pair.first, pair.second, pair.difference) : (pair.second, pair.first, flipped(pair.difference))
          md += "- **\(Escaping.markdown(hi))** over **\(Escaping.markdown(lo))**: \(points(d.difference)) points "
          md += "(95% interval \(points(d.lower)) to \(points(d.upper)); Holm-adjusted \(pText(pair.adjustedP))).\n"
        }
        md += "\n"
      }
      let notHolding = c.pairs.count - holding.count
      if notHolding > 0 && !holding.isEmpty {
        md +=
          notHolding == 1
          ? "The other pairwise difference does not hold.\n\n"
          : "The other \(notHolding) pairwise differences do not hold.\n\n"
      }
      guard c.pairs.count <= 300 else {
        md +=
          "All \(Format.integer(c.pairs.count)) pairs, with their intervals and p-values, are in the JSON report.\n\n"
        continue
      }
      md += "<details><summary>All \(c.pairs.count) pairs</summary>\n\n"
      let rows = c.pairs.map { p in
        [
          "\(Escaping.markdown(p.first)) – \(Escaping.markdown(p.second))",
          "\(Format.percent(p.firstRate.estimate)) (\(p.firstRate.successes)/\(p.firstRate.trials))",
          "\(Format.percent(p.secondRate.estimate)) (\(p.secondRate.successes)/\(p.secondRate.trials))",
          points(p.difference.difference), "\(points(p.difference.lower)) to \(points(p.difference.upper))",
          "\(pValue(p.difference.pValue)) (\(p.difference.method))", pValue(p.adjustedP), p.holds ? "yes" : "no",
        ]
      }
      md += table(
        ["Pair", "First", "Second", "Difference (points)", "95% interval", "p", "Holm p", "Holds"], rows, rightFrom: 1,
        rightTo: 7)
      md += "\n</details>\n\n"
    }
    return md
  }

  static func flipped(_ d: ProportionDifference) -> ProportionDifference {
    ProportionDifference(
      difference: -d.difference, lower: -d.upper, upper: -d.lower, pValue: d.pValue, method: d.method)
  }

  static func points(_ x: Double) -> String {
    (x > 0 ? "+" : x < 0 ? "−" : "") + Format.decimal(abs(x) * 100, 1)
  }

  /// "p = 0.027" or "p < 0.001".
  static func pText(_ p: Double) -> String {
    p < 0.001 ? "p < 0.001" : "p = " + Format.decimal(p, 3)
  }

  static func pValue(_ p: Double) -> String {
    if p < 0.001 { return "< 0.001" }
    return Format.decimal(p, 3)
  }

  static func keynessSection(_ t: CorpusTally) -> String {
    var md = "## What sets each outlet apart\n\n"
    md +=
      "Cue verbs and source kinds that an outlet uses more (or less) than all the others together: log-likelihood G² "
    md +=
      "with the log ratio (binary log of the ratio of relative frequencies) as effect size[^keyness]; terms seen at least "
    md += "5 times, p < 0.05, at most five per outlet, with the number of the outlet's articles they occur in.\n\n"
    for (title, counter, articles) in [
      ("Cues", { (o: OutletTally) in o.cues }, { (o: OutletTally) in o.cueArticles }),
      ("Source kinds", { (o: OutletTally) in o.sourceKinds }, { (o: OutletTally) in o.sourceKindArticles }),
    ] as [(String, (OutletTally) -> Counter, (OutletTally) -> Counter)] {
      let terms = OutletComparison.keyness(t, counter: counter, articles: articles)
      md += "**\(title)**\n\n"
      if terms.isEmpty {
        md += "Nothing stands out.\n\n"
        continue
      }
      let rows = terms.map { k in
        [
          Escaping.markdown(k.outlet), Escaping.markdown(k.result.term), Format.integer(k.result.focusCount),
          Format.integer(k.result.referenceCount), Format.decimal(k.result.logLikelihood, 1),
          Format.decimal(k.result.logRatio, 2),
          "\(k.articles)",
        ]
      }
      md += table(
        ["Outlet", "Term", "Outlet count", "Others' count", "G²", "Log ratio", "Articles"], rows, rightFrom: 2)
      md += "\n"
    }
    return md
  }

  static func rankings(_ t: CorpusTally) -> String {
    var md = "## Cues, sources and outlets cited\n\n"
    var rows: [[String]] = []
    for name in t.outletNames {
      let o = t.outlets[name]!
      rows.append([
        Escaping.markdown(name), list(o.cues, limit: 6), list(o.sources, limit: 5), list(o.outletsCited, limit: 4),
      ])
    }
    md += table(["Outlet", "Commonest cues", "Most cited sources", "Other outlets cited"], rows, rightFrom: 99)
    return md + "\n"
  }

  static func methods() -> String {
    """
    ## Methods

    - **Unit of analysis.** An article is one file; an attribution is one cue (a verb such as *said*, *told*,
      *denied*, a phrase such as *according to* or *declined to comment*, a speaker's colon, or a reporting
      expression the learned cue tagger recognises) with the source it names and what it reports. Attributions
      inside quotations (a speaker citing someone else) count too.
    - **Source kinds.** Named person; organization (including the unnamed spokesperson of a named
      organization); another news outlet; the outlet itself; a document; an anonymous source (identity
      withheld: "sources", "a senior official", "people familiar with the matter"); a vague collective
      ("critics", "experts"). Pronouns, surnames and "the official" are resolved to the earlier mention.
    - **Anonymous sources.** An article counts when at least one attribution has an anonymous source. A
      reason counts as given when the text says why ("because they were not authorized to speak publicly");
      "on condition of anonymity" alone is not a reason.
    - **Denials.** Denial: the source denies or calls a claim false. Dismissal: it attacks the claim without
      denying it ("a witch hunt"). Declined to comment and did not respond are counted from fixed phrases.
    - **Hedges.** Words and phrases that report a claim without standing behind it ("reportedly",
      "allegedly", "is said to"), counted wherever they occur in the article.
    - **Intervals and tests.** Shares of articles carry Wilson score intervals[^wilson]. Shares of attributions
      carry percentile bootstrap intervals over articles[^bootstrap], because attributions cluster within
      articles and are not independent. Outlets are compared as described under *Comparisons*[^tests]
      [^newcombe][^holm].
    - **Limitations.** Rules, word lists and a small learned cue model, not a human reader: cues outside their
      reach are missed, source boundaries can be wrong in long sentences, and denial counts over-count denial
      words in quoted speech. Accuracy on a human-annotated corpus is given in the README. Exact duplicates
      are counted once; near-duplicates (the same story lightly edited or syndicated) are counted as often as
      they occur.

    [^wilson]: Wilson score interval for a binomial proportion, 95%, z = 1.96 (Wilson 1927).
    [^bootstrap]: Percentile bootstrap over articles: 2,000 resamples of the outlet's articles with replacement,
        the share recomputed on each, the 2.5th and 97.5th percentiles reported. The generator is seeded
        (SplitMix64, seed 20261129), so the report is reproducible.
    [^tests]: Pearson's chi-square test of outlets × (articles with / without) when every expected count is at
        least 5; otherwise Fisher's exact test for two outlets, and for more outlets an exact test by Monte Carlo
        (10,000 tables with the same margins, seeded).
    [^newcombe]: Newcombe's hybrid score interval for a difference of two proportions (Newcombe 1998, method
        10); the pairwise p-value is Fisher's exact test when an expected count is below 5, else the chi-square test.
        Only outlets with at least \(OutletComparison.minimumArticlesForPairs) articles are compared pair by pair.
    [^holm]: Holm's step-down correction of the pairwise p-values within each share (Holm 1979).
    [^keyness]: Log-likelihood G² for a term's frequency in one outlet against all others (Rayson and Garside
        2000), significant at 3.84 (p < 0.05, 1 df); log ratio as in Hardie (2014), with 0.5 added to a zero count.


    """
  }

  static func filesSection(_ t: CorpusTally) -> String {
    let problems = t.files.filter { $0.status != .analyzed }
    var md = "## Files not analysed\n\n"
    if problems.isEmpty {
      return md + "Every file was read and analysed.\n"
    }
    md +=
      "\(t.count(.skipped)) skipped (no article: other file types, empty files, links, duplicates) and \(t.count(.failed)) failed (article files that could not be read).\n\n"
    let rows = problems.map {
      [Escaping.markdown($0.path, limit: 200), $0.status.rawValue, Escaping.markdown($0.reason ?? "")]
    }
    md += table(["File", "Status", "Reason"], rows, rightFrom: 99)
    return md
  }

  // MARK: - Helpers

  static func per1000(_ n: Int, _ words: Int) -> Double {
    words > 0 ? Double(n) * 1000 / Double(words) : 0
  }

  /// "37.5% (3/8)", or "–" when there is nothing to divide by.
  static func share(_ n: Int, _ of: Int) -> String {
    guard of > 0 else { return "–" }
    return "\(Format.percent(Double(n) / Double(of))) (\(Format.integer(n))/\(Format.integer(of)))"
  }

  static func list(_ counter: Counter, limit: Int) -> String {
    let items = counter.sorted(limit: limit)
    return items.isEmpty
      ? "–" : items.map { "\(Escaping.markdown($0.key, limit: 60)) (\($0.count))" }.joined(separator: ", ")
  }

  /// A GitHub table; columns from `rightFrom` up to `rightTo` are right-aligned.
  static func table(_ header: [String], _ rows: [[String]], rightFrom: Int, rightTo: Int = Int.max) -> String {
    var md = "| " + header.joined(separator: " | ") + " |\n"
    md += "|" + header.indices.map { $0 >= rightFrom && $0 < rightTo ? "---:" : "---" }.joined(separator: "|") + "|\n"
    for row in rows { md += "| " + row.joined(separator: " | ") + " |\n" }
    return md
  }
}

extension MarkdownReport {
  /// The run manifest: what produced the report, on what, with which settings.
  static func manifest(_ run: CorpusRun) -> String {
    var rows: [[String]] = [
      ["Tool", "onrecord \(OnRecordVersion.string)"],
      ["Corpus", "`\(Escaping.code(run.name))`: \(Format.integer(run.tally.files.count)) files"],
      ["Corpus SHA-256", "`\(run.tally.corpusSHA256)`"],
      ["Word lists", "`\(run.lexiconHash)`"],
      ["Cue model", "`\(run.modelHash)`"],
    ]
    for key in run.parameters.keys.sorted() {
      rows.append([Escaping.markdown(key), Escaping.markdown(run.parameters[key]!)])
    }
    if let started = run.started { rows.append(["Date", started]) }
    if run.recordsDuration { rows.append(["Duration", "\(Format.decimal(run.seconds, 1)) s"]) }
    var md = "\n## Run manifest\n\n"
    md +=
      "The corpus SHA-256 is taken over the sorted list of every file's path and SHA-256; results do not depend on the number of workers.\n\n"
    md += table(["", "Value"], rows, rightFrom: 99)
    return md
  }
}
