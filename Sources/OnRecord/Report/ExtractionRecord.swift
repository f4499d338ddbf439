import Foundation

/// One line of `onrecord extract --format jsonl`: an article and its
/// attributions, in the shape `../shared/eval/FORMAT.md` describes.
public struct ExtractionRecord: Sendable, Encodable {
  public struct Item: Sendable, Encodable {
    var cue: Span
    var source: Span?
    var content: Span?
    var sourceKind: String
    var anonymous: Bool
    var denial: String?
    var channel: String?
    var specificity: String?
    var reasonGiven: Bool?
    var reason: String?
    var resolvedTo: String?
    var nested: Bool

    enum CodingKeys: String, CodingKey {
      case cue, source, content, sourceKind, anonymous, denial, channel, specificity, reasonGiven, reason, resolvedTo,
        nested
    }

    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(cue, forKey: .cue)
      // FORMAT.md asks for explicit nulls for missing source, content and denial.
      if let source { try c.encode(source, forKey: .source) } else { try c.encodeNil(forKey: .source) }
      if let content { try c.encode(content, forKey: .content) } else { try c.encodeNil(forKey: .content) }
      try c.encode(sourceKind, forKey: .sourceKind)
      try c.encode(anonymous, forKey: .anonymous)
      if let denial { try c.encode(denial, forKey: .denial) } else { try c.encodeNil(forKey: .denial) }
      try c.encodeIfPresent(channel, forKey: .channel)
      try c.encodeIfPresent(specificity, forKey: .specificity)
      try c.encodeIfPresent(reasonGiven, forKey: .reasonGiven)
      try c.encodeIfPresent(reason, forKey: .reason)
      try c.encodeIfPresent(resolvedTo, forKey: .resolvedTo)
      try c.encode(nested, forKey: .nested)
    }
  }

  var path: String
  var outlet: String
  var title: String?
  var siteName: String?
  var author: String?
  var published: String?
  var encoding: String
  var text: String?
  var hedges: [String: Int]
  var attributions: [Item]
  var error: String?

  public init(article: Article, analysis: ArticleAnalysis, includeText: Bool) {
    path = article.path
    outlet = article.outlet
    title = article.metadata.title
    siteName = article.metadata.siteName
    author = article.metadata.author
    published = article.metadata.published
    encoding = article.encoding
    text = includeText ? article.text : nil
    hedges = analysis.hedges
    attributions = analysis.attributions.map {
      Item(
        cue: $0.cue, source: $0.source, content: $0.content, sourceKind: $0.sourceKind.rawValue,
        anonymous: $0.anonymous, denial: $0.denial?.rawValue, channel: $0.channel,
        specificity: $0.specificity?.rawValue, reasonGiven: $0.reasonGiven, reason: $0.reason,
        resolvedTo: $0.resolvedTo, nested: $0.nested)
    }
  }

  /// A line for a file that could not be read: no attributions, and why.
  public init(failedPath path: String, outlet: String, problem: FileProblem) {
    self.path = path
    self.outlet = outlet
    encoding = ""
    hedges = [:]
    attributions = []
    error = problem.reason
  }

  /// The record as one line of JSON.
  public func jsonLine() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
