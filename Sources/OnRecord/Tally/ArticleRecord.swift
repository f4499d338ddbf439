/// The counts for one analysed article: what the per-outlet tallies add up,
/// and a row of the per-article table.
public struct ArticleRecord: Sendable, Equatable, Codable {
  public var path: String
  public var outlet: String
  public var title: String?
  public var format: Article.Format
  public var words: Int
  public var attributions: Int
  public var anonymous: Int
  public var anonymousWithReason: Int
  public var denials: Counter
  public var hedges: Counter
  public var sourceKinds: Counter
  public var cues: Counter
  public var channels: Counter
  /// Named sources (people and organisations) by resolved name.
  public var sources: Counter
  /// Other outlets cited, by canonical name.
  public var outletsCited: Counter

  public var hasAnonymous: Bool { anonymous > 0 }

  public init(article: Article, analysis: ArticleAnalysis) {
    path = article.path
    outlet = article.outlet
    title = article.metadata.title
    format = article.format
    words = analysis.words
    attributions = analysis.attributions.count
    anonymous = analysis.attributions.filter(\.anonymous).count
    anonymousWithReason = analysis.attributions.filter { $0.anonymous && $0.reasonGiven == true }.count
    denials = Counter()
    hedges = Counter(analysis.hedges)
    sourceKinds = Counter()
    cues = Counter()
    channels = Counter()
    sources = Counter()
    outletsCited = Counter()
    for a in analysis.attributions {
      if let d = a.denial { denials.add(d.rawValue) }
      sourceKinds.add(a.anonymous ? SourceKind.anonymous.rawValue : a.sourceKind.rawValue)
      cues.add(a.cueLemma)
      if let c = a.channel { channels.add(c) }
      if a.sourceKind == .person || a.sourceKind == .organization, let name = a.sourceName {
        sources.add(name)
      }
      if a.sourceKind == .outlet, let name = a.outletName { outletsCited.add(name) }
    }
  }
}
