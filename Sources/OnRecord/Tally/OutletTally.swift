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

  public mutating func add(_ record: ArticleRecord) { count(record, sign: 1) }

  /// Takes an article's counts back out (an exact duplicate found after the workers finished).
  public mutating func remove(_ record: ArticleRecord) { count(record, sign: -1) }

  private mutating func count(_ record: ArticleRecord, sign: Int) {
    func flag(_ condition: Bool) -> Int { condition ? sign : 0 }
    articles += sign
    words += sign * record.words
    attributions += sign * record.attributions
    anonymousAttributions += sign * record.anonymous
    anonymousWithReason += sign * record.anonymousWithReason
    articlesWithAnonymous += flag(record.hasAnonymous)
    articlesWithDenial += flag(record.denials["denial"] + record.denials["dismissal"] > 0)
    articlesWithNoComment += flag(record.denials["no-comment"] > 0)
    articlesWithNoResponse += flag(record.denials["no-response"] > 0)
    articlesWithHedge += flag(record.hedges.total > 0)
    for (counter, part) in [
      (\OutletTally.denials, record.denials), (\.hedges, record.hedges), (\.sourceKinds, record.sourceKinds),
      (\.cues, record.cues), (\.channels, record.channels), (\.sources, record.sources),
      (\.outletsCited, record.outletsCited),
    ] {
      for (key, n) in part.counts { self[keyPath: counter].add(key, sign * n) }
    }
    for key in record.cues.counts.keys { cueArticles.add(key, sign) }
    for key in record.sourceKinds.counts.keys { sourceKindArticles.add(key, sign) }
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
