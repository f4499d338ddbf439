/// Everything counted for one outlet; merging two tallies adds them.
public struct OutletTally: Sendable, Equatable, Codable {
  public var articles = 0
  public var words = 0
  public var attributions = 0
  public var anonymousAttributions = 0
  public var anonymousWithReason = 0
  public var articlesWithAnonymous = 0
  public var articlesWithDenial = 0
  public var articlesWithNoComment = 0
  public var articlesWithNoResponse = 0
  public var articlesWithHedge = 0
  public var denials = Counter()
  public var hedges = Counter()
  public var sourceKinds = Counter()
  public var cues = Counter()
  public var channels = Counter()
  public var sources = Counter()
  public var outletsCited = Counter()
  /// In how many articles each cue lemma and each source kind occurs.
  public var cueArticles = Counter()
  public var sourceKindArticles = Counter()

  public init() {}

  public mutating func add(_ record: ArticleRecord) {
    articles += 1
    words += record.words
    attributions += record.attributions
    anonymousAttributions += record.anonymous
    anonymousWithReason += record.anonymousWithReason
    if record.hasAnonymous { articlesWithAnonymous += 1 }
    if record.denials["denial"] + record.denials["dismissal"] > 0 { articlesWithDenial += 1 }
    if record.denials["no-comment"] > 0 { articlesWithNoComment += 1 }
    if record.denials["no-response"] > 0 { articlesWithNoResponse += 1 }
    if record.hedges.total > 0 { articlesWithHedge += 1 }
    denials.merge(record.denials)
    hedges.merge(record.hedges)
    sourceKinds.merge(record.sourceKinds)
    cues.merge(record.cues)
    channels.merge(record.channels)
    sources.merge(record.sources)
    outletsCited.merge(record.outletsCited)
    for key in record.cues.counts.keys { cueArticles.add(key) }
    for key in record.sourceKinds.counts.keys { sourceKindArticles.add(key) }
  }

  public mutating func merge(_ other: OutletTally) {
    articles += other.articles
    words += other.words
    attributions += other.attributions
    anonymousAttributions += other.anonymousAttributions
    anonymousWithReason += other.anonymousWithReason
    articlesWithAnonymous += other.articlesWithAnonymous
    articlesWithDenial += other.articlesWithDenial
    articlesWithNoComment += other.articlesWithNoComment
    articlesWithNoResponse += other.articlesWithNoResponse
    articlesWithHedge += other.articlesWithHedge
    denials.merge(other.denials)
    hedges.merge(other.hedges)
    sourceKinds.merge(other.sourceKinds)
    cues.merge(other.cues)
    channels.merge(other.channels)
    sources.merge(other.sources)
    outletsCited.merge(other.outletsCited)
    cueArticles.merge(other.cueArticles)
    sourceKindArticles.merge(other.sourceKindArticles)
  }
}
