/// The Markdown statistics report: a pure function from a run to text.
/// Every list is sorted (count, then name), every percentage has its count
/// beside it, and text from articles is escaped (``Escaping``).
public enum MarkdownReport {
  public static func render(_ run: CorpusRun) -> String {
    let t = run.tally
    var md = ""
    let name = Escaping.markdown(run.name)
    md += "# How \(name) is sourced\n\n"
    md += "_onrecord \(OnRecordVersion.string) · \(Format.integer(t.articles.count)) articles from "
    md += "\(t.outlets.count) outlet\(t.outlets.count == 1 ? "" : "s") · \(t.count(.skipped)) "
    md +=
      "file\(t.count(.skipped) == 1 ? "" : "s") skipped, \(t.count(.failed)) failed · word lists `\(run.lexiconHash)`_\n\n"
    guard !t.articles.isEmpty else {
      md += "No articles were found in this corpus"
      md += t.files.isEmpty ? ": the folder holds no files.\n" : ". The files it holds are listed below.\n"
      md += filesSection(t)
      return md
    }
    md += summary(t)
    md += overview(t)
    md += anonymity(t)
    md += denials(t)
    md += hedges(t)
    md += sourceKinds(t)
    md += rankings(t)
    md += methods()
    md += filesSection(t)
    return md
  }

  // MARK: - Sections

  static func summary(_ t: CorpusTally) -> String {
    var md = "## Summary\n\n"
    let total = t.total
    let anon = Proportion(successes: total.articlesWithAnonymous, trials: total.articles)
    md += "- **\(Format.integer(total.attributions)) attributions** in \(Format.integer(total.words)) words: "
    md += "\(Format.decimal(per1000(total.attributions, total.words), 1)) per 1,000 words.\n"
    md +=
      "- **\(Format.percent(anon.estimate)) of articles** (\(anon.successes) of \(anon.trials)) cite at least one anonymous source; "
    md +=
      "\(total.anonymousWithReason) of \(total.anonymousAttributions) anonymous attributions say why the source was granted anonymity.\n"
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
        if top.1.lower > bottom.1.upper {
          md += "Their 95% intervals do not overlap.\n"
        } else {
          md += "Their 95% intervals overlap, so this sample does not settle which cites more anonymous sources.\n"
        }
      }
    }
    md +=
      "- **\(total.denials.total) denials and non-answers**: \(total.denials["denial"]) denials, \(total.denials["dismissal"]) dismissals, "
    md += "\(total.denials["no-comment"]) declined to comment, \(total.denials["no-response"]) did not respond.\n"
    md +=
      "- **\(total.hedges.total) hedges** (\"reportedly\", \"allegedly\" …) in \(total.articlesWithHedge) articles.\n\n"
    return md
  }

  static func overview(_ t: CorpusTally) -> String {
    var rows: [[String]] = []
    for name in t.outletNames + ["All outlets"] {
      let o = name == "All outlets" ? t.total : t.outlets[name]!
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

  static func anonymity(_ t: CorpusTally) -> String {
    var rows: [[String]] = []
    for name in t.outletNames + ["All outlets"] {
      let o = name == "All outlets" ? t.total : t.outlets[name]!
      let p = Proportion(successes: o.articlesWithAnonymous, trials: o.articles)
      rows.append([
        name == "All outlets" ? "**All outlets**" : Escaping.markdown(name),
        "\(Format.percent(p.estimate)) (\(p.successes)/\(p.trials))",
        "\(Format.percent(p.lower))–\(Format.percent(p.upper))", "\(p.trials)",
        share(o.anonymousWithReason, o.anonymousAttributions),
      ])
    }
    var md = "## Anonymous sources\n\n"
    md += "Share of articles that cite at least one anonymous source, with a Wilson 95% interval, "
    md += "and how many anonymous attributions state why anonymity was granted.\n\n"
    md += table(
      ["Outlet", "Articles with an anonymous source", "95% interval", "n", "Reason given"], rows, rightFrom: 1)
    return md + "\n"
  }

  static func denials(_ t: CorpusTally) -> String {
    var rows: [[String]] = []
    for name in t.outletNames + ["All outlets"] {
      let o = name == "All outlets" ? t.total : t.outlets[name]!
      rows.append([
        name == "All outlets" ? "**All outlets**" : Escaping.markdown(name), "\(o.denials["denial"])",
        "\(o.denials["dismissal"])", "\(o.denials["no-comment"])", "\(o.denials["no-response"])",
        share(o.articlesWithDenial, o.articles), share(o.articlesWithNoComment, o.articles),
        share(o.articlesWithNoResponse, o.articles),
      ])
    }
    var md = "## Denials and non-answers\n\n"
    md += table(
      [
        "Outlet", "Denials", "Dismissals", "Declined to comment", "Did not respond",
        "Articles with a denial or dismissal", "Articles with a no-comment", "Articles with no response",
      ],
      rows, rightFrom: 1)
    return md + "\n"
  }

  static func hedges(_ t: CorpusTally) -> String {
    var rows: [[String]] = []
    for name in t.outletNames + ["All outlets"] {
      let o = name == "All outlets" ? t.total : t.outlets[name]!
      let top = o.hedges.sorted(limit: 4).map { "\(Escaping.markdown($0.key)) (\($0.count))" }.joined(separator: ", ")
      rows.append([
        name == "All outlets" ? "**All outlets**" : Escaping.markdown(name), "\(o.hedges.total)",
        Format.decimal(per1000(o.hedges.total, o.words), 2), share(o.articlesWithHedge, o.articles),
        top.isEmpty ? "–" : top,
      ])
    }
    var md = "## Hedges\n\n"
    md += table(
      ["Outlet", "Hedges", "Per 1,000 words", "Articles with a hedge", "Commonest"], rows, rightFrom: 1, rightTo: 4)
    return md + "\n"
  }

  static func sourceKinds(_ t: CorpusTally) -> String {
    let kinds = SourceKind.allCases
    var rows: [[String]] = []
    for name in t.outletNames + ["All outlets"] {
      let o = name == "All outlets" ? t.total : t.outlets[name]!
      rows.append(
        [name == "All outlets" ? "**All outlets**" : Escaping.markdown(name)]
          + kinds.map { share(o.sourceKinds[$0.rawValue], o.attributions) })
    }
    var md = "## Who is cited\n\n"
    md +=
      "Each attribution's source by kind (pronouns count as the kind of the source they refer to when that is clear).\n\n"
    md += table(["Outlet"] + kinds.map { $0.label.prefix(1).uppercased() + $0.label.dropFirst() }, rows, rightFrom: 1)
    return md + "\n"
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
      *denied*, a phrase such as *according to* or *declined to comment*, or a speaker's colon) with the source
      it names and what it reports. Attributions inside quotations (a speaker citing someone else) count too.
    - **Source kinds.** Named person; organization (including the unnamed spokesperson of a named
      organization); another news outlet; the outlet itself; a document; an anonymous source (identity
      withheld: "sources", "a senior official", "people familiar with the matter"); a vague collective
      ("critics", "experts"). Pronouns, surnames and "the official" are resolved to the earlier mention.
    - **Anonymous sources.** An article counts when at least one attribution has an anonymous source. A
      reason counts as given when the text says why ("because they were not authorized to speak publicly");
      "on condition of anonymity" alone is not a reason.
    - **Denials.** Denial: the source denies or calls a claim false. Dismissal: it attacks the claim without
      denying it ("a witch hunt"). Declined to comment and did not respond are counted from fixed phrases.
    - **Intervals.** Shares of articles carry Wilson score 95% intervals. Attribution-level shares are
      given as counts and percentages only: attributions cluster within articles and are not independent.
    - **Limitations.** Rules and word lists, not a trained model: cues outside the lists are missed, and
      source boundaries can be wrong in long sentences. Accuracy on a human-annotated corpus is given in
      the README. Counts are per corpus folder as given; duplicates are not removed.

    """
  }

  static func filesSection(_ t: CorpusTally) -> String {
    let problems = t.files.filter { $0.status != .analyzed }
    var md = "## Files not analysed\n\n"
    if problems.isEmpty {
      return md + "Every file was read and analysed.\n"
    }
    md +=
      "\(t.count(.skipped)) skipped (not article files) and \(t.count(.failed)) failed (article files that could not be read).\n\n"
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
