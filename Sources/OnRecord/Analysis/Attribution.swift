/// A stretch of an article's text, in Unicode scalar offsets, half-open.
public struct Span: Sendable, Equatable, Hashable, Codable {
  public var start: Int
  public var end: Int
  public var text: String

  public init(start: Int, end: Int, text: String) {
    self.start = start
    self.end = end
    self.text = text
  }
}

/// Who is cited, as the taxonomy in the README defines it.
public enum SourceKind: String, Sendable, Codable, CaseIterable, Comparable {
  case person, organization, outlet, `self`, document, anonymous, vague, pronoun, none

  public static func < (a: SourceKind, b: SourceKind) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// A label for tables.
  public var label: String {
    switch self {
    case .person: return "named person"
    case .organization: return "organization"
    case .outlet: return "other outlet"
    case .self: return "the outlet itself"
    case .document: return "document"
    case .anonymous: return "anonymous"
    case .vague: return "vague collective"
    case .pronoun: return "unresolved pronoun"
    case .none: return "no source"
    }
  }
}

/// How a source answered a claim about itself.
public enum DenialKind: String, Sendable, Codable, CaseIterable, Comparable {
  case denial
  case dismissal
  case noComment = "no-comment"
  case noResponse = "no-response"

  public static func < (a: DenialKind, b: DenialKind) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  public var label: String {
    switch self {
    case .denial: return "denial"
    case .dismissal: return "dismissal"
    case .noComment: return "declined to comment"
    case .noResponse: return "did not respond"
    }
  }
}

/// What an anonymous source is said to be.
public enum AnonymitySpecificity: String, Sendable, Codable {
  /// "sources", "a source", "people familiar with the matter"
  case vague
  /// "a senior State Department official"
  case described
}

/// One attribution: a cue, usually a source, usually content.
public struct Attribution: Sendable, Equatable, Codable {
  public var cue: Span
  public var source: Span?
  public var content: Span?
  public var sourceKind: SourceKind
  public var anonymous: Bool
  public var specificity: AnonymitySpecificity?
  /// For anonymous sources: whether the text says why anonymity was granted.
  public var reasonGiven: Bool?
  public var reason: String?
  public var denial: DenialKind?
  /// statement, email, post, interview or report.
  public var channel: String?
  /// The cue's lemma ("say" for "has long said").
  public var cueLemma: String
  /// For a pronoun, surname or "the official": the earlier mention it stands for.
  public var resolvedTo: String?
  /// The canonical name of the outlet cited, for outlet and self sources.
  public var outletName: String?
  /// The source as counted in "most cited" tables: the resolved full name, or the span.
  public var sourceName: String?
  /// Whether the cue stands inside a direct quotation of another source.
  public var nested: Bool
  /// The sentence that holds the cue, for evidence.
  public var sentence: Span?
  /// The line of the article text the cue stands on (1-based).
  public var line: Int = 1

  public init(
    cue: Span, source: Span?, content: Span?, sourceKind: SourceKind, anonymous: Bool,
    specificity: AnonymitySpecificity? = nil, reasonGiven: Bool? = nil, reason: String? = nil,
    denial: DenialKind? = nil, channel: String? = nil, cueLemma: String, resolvedTo: String? = nil,
    outletName: String? = nil, sourceName: String? = nil, nested: Bool = false
  ) {
    self.cue = cue
    self.source = source
    self.content = content
    self.sourceKind = sourceKind
    self.anonymous = anonymous
    self.specificity = specificity
    self.reasonGiven = reasonGiven
    self.reason = reason
    self.denial = denial
    self.channel = channel
    self.cueLemma = cueLemma
    self.resolvedTo = resolvedTo
    self.outletName = outletName
    self.sourceName = sourceName
    self.nested = nested
  }
}

/// Everything the analysis finds in one article's text.
public struct ArticleAnalysis: Sendable, Equatable {
  public var attributions: [Attribution]
  /// Hedge phrase (its list name) to occurrences.
  public var hedges: [String: Int]
  /// Hedges with their place, for evidence.
  public var hedgeMentions: [HedgeMention]
  public var words: Int
  public var sentences: Int
}

/// One hedge in an article, with its sentence for evidence.
public struct HedgeMention: Sendable, Equatable, Codable {
  /// The hedge's name in the word list ("reportedly", "is said to").
  public var hedge: String
  public var span: Span
  public var sentence: Span
  public var line: Int
}
