import Foundation

/// What a page states about its article: from meta tags, JSON-LD and markup.
public struct PageMetadata: Sendable, Equatable, Codable {
  public var title: String?
  public var siteName: String?
  public var author: String?
  public var published: String?
  public var language: String?
  /// The article body the page states in its JSON-LD, when it does.
  public var statedBody: String?

  public init(
    title: String? = nil, siteName: String? = nil, author: String? = nil, published: String? = nil,
    language: String? = nil
  ) {
    self.title = title
    self.siteName = siteName
    self.author = author
    self.published = published
    self.language = language
  }

  /// Reads the metadata of a parsed page.
  public init(page: HTMLDocument) {
    var meta: [String: String] = [:]
    var jsonLD: [Any] = []
    var titleTag: String?
    var h1: String?
    var timeTag: String?
    var relAuthor: String?
    guard let root = page.root else { return }
    for index in (Int(root) + 1)..<page.nodes.count where !page.nodes[index].isText {
      let e = Int32(index)
      switch page.nodes[index].tag {
      case .meta:
        // A property may name several keys separated by spaces ("dc:title og:title").
        let keys = [.property, .name, .itemprop].compactMap { page.attribute($0, of: e) }.joined(separator: " ")
          .lowercased().split(separator: " ").map(String.init)
        if let content = page.attribute(.content, of: e), !MainTextExtractor.normalize(content).isEmpty {
          for key in keys where meta[key] == nil { meta[key] = content }
        }
      case .script:
        // Only JSON-LD scripts keep their text.
        let text = page.textContent(of: e)
        if !text.isEmpty, let data = text.data(using: .utf8),
          let object = try? JSONSerialization.jsonObject(with: data)
        {
          jsonLD.append(object)
        }
      case .title:
        if titleTag == nil { titleTag = MainTextExtractor.normalize(page.textContent(of: e)) }
      case .h1:
        if h1 == nil { h1 = MainTextExtractor.normalize(page.textContent(of: e)) }
      case .time:
        if timeTag == nil { timeTag = page.attribute(.datetime, of: e) }
      case .a:
        if relAuthor == nil, page.attribute(.rel, of: e)?.lowercased() == "author" {
          relAuthor = MainTextExtractor.normalize(page.textContent(of: e))
        }
      default:
        break
      }
    }
    let article = PageMetadata.newsObject(in: jsonLD)
    func nonEmpty(_ s: String?) -> String? {
      guard let s = s.map(MainTextExtractor.normalize), !s.isEmpty else { return nil }
      return s
    }
    let ldTitle = article?["headline"] as? String
    // The page's own statements first (Dublin Core, Open Graph, Twitter, JSON-LD), then its <title>,
    // then its first heading.
    title =
      nonEmpty(meta["dc:title"]) ?? nonEmpty(meta["dcterm:title"]) ?? nonEmpty(meta["dcterms.title"])
      ?? nonEmpty(meta["og:title"]) ?? nonEmpty(meta["twitter:title"]) ?? nonEmpty(ldTitle)
      ?? nonEmpty(meta["parsely-title"]) ?? nonEmpty(titleTag) ?? nonEmpty(h1)
    siteName =
      nonEmpty(meta["og:site_name"]) ?? nonEmpty(PageMetadata.name(of: article?["publisher"]))
      ?? nonEmpty(meta["application-name"])
    author =
      nonEmpty(meta["dc:creator"]) ?? nonEmpty(meta["dcterm:creator"]) ?? nonEmpty(meta["author"])
      ?? nonEmpty(meta["parsely-author"]) ?? nonEmpty(PageMetadata.name(of: article?["author"]))
      ?? nonEmpty(meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }) ?? nonEmpty(
        meta["byl"].map { $0.replacingOccurrences(of: "By ", with: "") })
      ?? nonEmpty(relAuthor)
    published =
      nonEmpty(meta["article:published_time"]) ?? nonEmpty(meta["parsely-pub-date"]) ?? nonEmpty(
        article?["datePublished"] as? String)
      ?? nonEmpty(meta["date"]) ?? nonEmpty(meta["pubdate"]) ?? nonEmpty(meta["publishdate"])
      ?? nonEmpty(meta["dc.date"]) ?? nonEmpty(meta["dc.date.issued"]) ?? nonEmpty(timeTag)
    if let body = article?["articleBody"] as? String, !body.isEmpty { statedBody = body }
    language = nonEmpty(page.attribute(.lang, of: root)) ?? nonEmpty(meta["og:locale"]) ?? nonEmpty(meta["language"])
  }

  static let articleTypes: Set<String> = [
    "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
    "webpage", "report", "scholarlyarticle", "socialmediaposting", "liveblogposting",
  ]

  /// The first JSON-LD object that is an article, searching arrays and @graph.
  static func newsObject(in objects: [Any]) -> [String: Any]? {
    var queue = objects
    var fallback: [String: Any]?
    while !queue.isEmpty {
      let item = queue.removeFirst()
      if let array = item as? [Any] {
        queue.append(contentsOf: array)
      } else if let dict = item as? [String: Any] {
        if let graph = dict["@graph"] { queue.append(graph) }
        let types: [String]
        if let t = dict["@type"] as? String { types = [t] } else { types = (dict["@type"] as? [String]) ?? [] }
        if types.contains(where: { articleTypes.contains($0.lowercased()) && $0.lowercased() != "webpage" }) {
          return dict
        }
        if types.contains(where: { $0.lowercased() == "webpage" }) && fallback == nil { fallback = dict }
      }
    }
    return fallback
  }

  /// A person's or organisation's name from a JSON-LD value (a string, an object or a list).
  static func name(of value: Any?) -> String? {
    if let s = value as? String { return s }
    if let d = value as? [String: Any] { return d["name"] as? String }
    if let a = value as? [Any] {
      let names = a.compactMap { name(of: $0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    }
    return nil
  }
}
