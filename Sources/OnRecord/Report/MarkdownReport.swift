/// The Markdown statistics report: a pure function from a run to text.
public enum MarkdownReport {
  public static func render(_ run: CorpusRun) -> String {
    var md = "# Sourcing in \(Escaping.markdown(run.name))\n\n"
    md += "Placeholder report: \(run.tally.articles.count) articles.\n"
    return md
  }
}
