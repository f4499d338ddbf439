/// One attribution as a row of the exports and the evidence files.
public struct AttributionRow: Sendable, Equatable, Codable {
  public var line: Int
  public var cue: String
  public var cueLemma: String
  public var source: String?
  public var content: String?
  public var sourceKind: SourceKind
  public var anonymous: Bool
  public var specificity: AnonymitySpecificity?
  public var reasonGiven: Bool?
  public var reason: String?
  public var denial: DenialKind?
  public var channel: String?
  public var resolvedTo: String?
  public var outletCited: String?
  public var nested: Bool
  /// The sentence, and where the source and cue stand in it (scalar offsets into the sentence).
  public var sentence: String
  public var sourceInSentence: Range<Int>?
  public var cueInSentence: Range<Int>?

  init(_ a: Attribution) {
    line = a.line
    cue = a.cue.text
    cueLemma = a.cueLemma
    source = a.source?.text
    content = a.content?.text
    sourceKind = a.anonymous ? .anonymous : a.sourceKind
    anonymous = a.anonymous
    specificity = a.specificity
    reasonGiven = a.reasonGiven
    reason = a.reason
    denial = a.denial
    channel = a.channel
    resolvedTo = a.resolvedTo
    outletCited = a.sourceKind == .outlet || a.sourceKind == .self ? a.outletName : nil
    nested = a.nested
    let sentence = a.sentence ?? a.cue
    self.sentence = sentence.text
    func relative(_ s: Span?) -> Range<Int>? {
      guard let s, s.start >= sentence.start, s.end <= sentence.end else { return nil }
      return (s.start - sentence.start)..<(s.end - sentence.start)
    }
    sourceInSentence = relative(a.source)
    cueInSentence = relative(a.cue)
  }
}

/// The counts for one analysed article: what the per-outlet tallies add up,
/// a row of the per-article table, and its attributions for the exports.
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
  public var rows: [AttributionRow]
  public var hedgeMentions: [HedgeMention]
  /// A fingerprint of the article text (FNV-1a and length), to count exact duplicates once.
  public var textHash: String

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
    rows = analysis.attributions.map(AttributionRow.init)
    var hasher = FNV1a()
    hasher.add(article.text)
    textHash = hasher.hex + "-" + String(article.text.utf8.count)
    hedgeMentions = analysis.hedgeMentions
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
