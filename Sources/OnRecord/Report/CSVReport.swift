/// Per-outlet and per-article tables as CSV, with a header row.
public enum CSVReport {
  public static func outlets(_ tally: CorpusTally) -> String {
    var lines = [
      "outlet,articles,words,attributions,attributions_per_1000_words,anonymous_attributions,anonymous_with_reason,articles_with_anonymous,articles_with_anonymous_share,articles_with_anonymous_ci_low,articles_with_anonymous_ci_high,denials,dismissals,no_comment,no_response,hedges"
    ]
    for name in tally.outletNames {
      let t = tally.outlets[name]!
      let p = Proportion(successes: t.articlesWithAnonymous, trials: t.articles)
      let fields: [String] = [
        Escaping.csv(name), "\(t.articles)", "\(t.words)", "\(t.attributions)",
        Format.decimal(t.words > 0 ? Double(t.attributions) * 1000 / Double(t.words) : 0, 2),
        "\(t.anonymousAttributions)", "\(t.anonymousWithReason)", "\(t.articlesWithAnonymous)",
        Format.decimal(p.estimate, 4), Format.decimal(p.lower, 4), Format.decimal(p.upper, 4),
        "\(t.denials["denial"])", "\(t.denials["dismissal"])", "\(t.denials["no-comment"])",
        "\(t.denials["no-response"])", "\(t.hedges.total)",
      ]
      lines.append(fields.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public static let articlesHeader =
    "path,outlet,title,format,words,attributions,anonymous,anonymous_with_reason,denials,dismissals,no_comment,no_response,hedges\n"

  /// The article's line of the per-article table.
  public static func articleLine(_ a: ArticleRecord) -> [UInt8] {
    let fields: [String] = [
      Escaping.csv(a.path), Escaping.csv(a.outlet), Escaping.csv(a.title ?? ""), a.format.rawValue, "\(a.words)",
      "\(a.attributions)", "\(a.anonymous)", "\(a.anonymousWithReason)", "\(a.denials["denial"])",
      "\(a.denials["dismissal"])", "\(a.denials["no-comment"])", "\(a.denials["no-response"])", "\(a.hedges.total)",
    ]
    return Array((fields.joined(separator: ",") + "\n").utf8)
  }
}
