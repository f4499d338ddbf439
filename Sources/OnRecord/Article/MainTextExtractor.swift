import Foundation

/// Finds an HTML page's article: its main text as paragraphs, without the
/// page's navigation, furniture and comments. Pure Swift over ``HTMLElement``.
///
/// The method: drop elements that are page furniture by tag or by class and
/// id; score every container by the paragraphs it holds (their length and
/// commas, less their share of link text); take the best container and those of
/// its siblings that score close to it; emit their text blocks in order.
public struct MainTextExtractor: Sendable {
  public init() {}

  static let furnitureTags: Set<String> = [
    "nav", "footer", "aside", "form", "menu", "dialog", "script", "head", "title", "meta", "figcaption", "button",
    "select", "option", "textarea", "label",
  ]

  static let blockTags: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption",
    "address", "summary",
  ]

  static let containerTags: Set<String> = [
    "div", "article", "section", "main", "body", "ul", "ol", "table", "tbody", "tr", "dl", "header", "figure",
    "span", "center", "font", "details",
  ]

  /// Class and id words (prefixes) that mark page furniture.
  static let negativeWords = [
    "comment", "share", "sharing", "social", "related", "promo", "newsletter", "cookie", "consent", "banner",
    "advert", "sidebar", "footer", "breadcrumb", "subscribe", "popup", "modal", "widget", "recommend",
    "outbrain", "taboola", "sponsor", "signup", "readmore", "tags", "hidden", "skip", "toolbar", "masthead",
    "navbar", "nav", "menu", "pagination", "pager", "byline", "dateline", "caption", "credit", "disclaimer",
    "copyright", "login", "paywall", "mostpopular", "trending", "rail", "teaser", "tooltip", "overlay", "ad",
    "ads", "advertisement", "follow", "reply", "toc", "jump", "gdpr", "shoutbox", "skyscraper", "shopping",
    "masthead", "author", "bio", "disqus", "community",
  ]

  /// Class and id words (prefixes) that mark the article.
  static let positiveWords = [
    "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose", "hentry", "page",
  ]

  /// The page's main text, paragraphs separated by blank lines.
  public func mainText(of root: HTMLElement) -> String {
    guard let body = root.first(where: { $0.name == "body" }) ?? Optional(root) else { return "" }
    let cleaned = clean(body, inArticle: false) ?? HTMLElement(name: "body")
    var scorer = Scorer()
    scorer.score(cleaned, path: [])
    let blocks: [String]
    if let best = scorer.best() {
      blocks = scorer.collect(from: cleaned, best: best)
    } else {
      blocks = []
    }
    if blocks.joined().count < 200 {
      // Pages with no clear container: every substantial text block.
      var all: [String] = []
      Scorer.blocks(of: cleaned, into: &all)
      let kept = all.filter { $0.count >= 80 }
      if kept.joined().count > blocks.joined().count { return kept.joined(separator: "\n\n") }
    }
    return blocks.joined(separator: "\n\n")
  }

  /// Removes furniture elements; nil when the element itself is furniture.
  func clean(_ element: HTMLElement, inArticle: Bool) -> HTMLElement? {
    if MainTextExtractor.furnitureTags.contains(element.name) {
      // Some sites wrap the whole page in a <form>, and broken markup can leave the rest of a page
      // inside an unclosed <button> or <select>: keep such an element when it holds the prose.
      if ["nav", "footer", "aside", "menu", "dialog", "script", "head", "title", "meta", "figcaption"].contains(
        element.name)
        || !holdsProse(element)
      {
        return nil
      }
    }
    if element.name == "header" && !inArticle && !holdsProse(element) { return nil }
    if isFurniture(element) { return nil }
    var copy = element
    let nowInArticle = inArticle || element.name == "article" || element.name == "main"
    copy.children = element.children.compactMap { child in
      switch child {
      case .text: return child
      case .element(let e):
        return clean(e, inArticle: nowInArticle).map { HTMLNode.element($0) }
      }
    }
    return copy
  }

  func isFurniture(_ element: HTMLElement) -> Bool {
    if element.name == "body" || element.name == "html" || element.name == "article" || element.name == "main" {
      return false
    }
    if let hidden = element["hidden"], hidden != "false" { return true }
    if element["aria-hidden"] == "true" { return true }
    if let style = element["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    if let role = element["role"]?.lowercased(),
      ["navigation", "banner", "contentinfo", "complementary", "dialog", "menu", "alert"].contains(role)
    {
      return true
    }
    if element["itemprop"]?.lowercased().contains("articlebody") == true { return false }
    let label = ((element["class"] ?? "") + " " + (element["id"] ?? "")).lowercased()
    guard label.contains(where: { $0 != " " }) else { return false }
    // Class and id words: "article-comments__list" → article, comments, list.
    let words = label.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    let negative = words.contains { word in MainTextExtractor.negativeWords.contains { word.hasPrefix($0) } }
    guard negative else { return false }
    // Comments and reader replies hold long paragraphs too, so they go whatever they hold.
    let readers = ["comment", "reply", "replies", "respond", "disqus"]
    if words.contains(where: { word in readers.contains { word.hasPrefix($0) } && !word.hasPrefix("commentar") }) {
      return true
    }
    let positive = words.contains { word in MainTextExtractor.positiveWords.contains { word.hasPrefix($0) } }
    if positive {
      // "article-related" and "post-share" are furniture although they name the article.
      let strong = [
        "share", "related", "newsletter", "cookie", "social", "recommend", "promo", "subscribe", "sidebar",
        "footer", "byline", "caption", "tags", "bio", "credit", "advert", "teaser", "trending", "popular",
      ]
      if !words.contains(where: { word in strong.contains { word.hasPrefix($0) } }) { return false }
    }
    // A wrapper that holds the article's paragraphs is not furniture, whatever its name.
    return !holdsProse(element)
  }

  /// Several long paragraphs with little link text: prose, not furniture.
  func holdsProse(_ element: HTMLElement) -> Bool {
    var long = 0
    var total = 0
    element.forEachElement { e in
      guard e.name == "p" || (e.name == "div" && !Scorer.hasBlockChild(e)) else { return }
      let length = Scorer.normalizedLength(e)
      if length >= 120 && Scorer.linkDensity(e, textLength: length) < 0.3 {
        long += 1
        total += length
      }
    }
    return long >= 3 && total >= 800
  }

  // MARK: - Scoring

  struct Scorer {
    /// Scores by element path (indices from the body).
    var scores: [[Int]: Double] = [:]
    var elements: [[Int]: HTMLElement] = [:]

    mutating func score(_ element: HTMLElement, path: [Int]) {
      // Prose written straight into a container between its blocks ("<section>Text<h2>…</h2>More text")
      // counts for the container like a paragraph of its own.
      if Scorer.hasBlockChild(element) {
        var direct = 0
        var commas = 0
        for child in element.children {
          if case .text(let text) = child {
            for scalar in text.unicodeScalars where !Scorer.isSpace(scalar) {
              direct += 1
              if scalar == "," { commas += 1 }
            }
          }
        }
        if direct >= 100 {
          let value = 1.0 + Double(commas) + min(Double(direct) / 100.0, 3.0)
          add(value, to: path)
          if !path.isEmpty { add(value / 2, to: Array(path.dropLast())) }
        }
      }
      for (index, child) in element.children.enumerated() {
        guard case .element(let e) = child else { continue }
        let childPath = path + [index]
        if e.name == "p" || e.name == "pre" || e.name == "blockquote" || e.name == "td"
          || ((e.name == "div" || e.name == "section") && !Scorer.hasBlockChild(e))
        {
          let text = Scorer.normalize(e.textContent)
          let length = text.count
          if length >= 25 {
            let linkShare = Scorer.linkDensity(e, textLength: length)
            var s =
              1.0 + Double(text.filter { $0 == "," || $0 == "\u{3001}" || $0 == "\u{FF0C}" }.count)
              + min(Double(length) / 100.0, 3.0)
            s *= (1.0 - linkShare)
            add(s, to: path)
            if path.count >= 1 {
              add(s / 2, to: Array(path.dropLast()))
            }
          }
        }
        score(e, path: childPath)
        elements[childPath] = e
      }
    }

    mutating func add(_ value: Double, to path: [Int]) {
      if scores[path] == nil { scores[path] = 0 }
      scores[path]! += value
    }

    func best() -> [Int]? {
      var bestPath: [Int]? = nil
      var bestScore = 0.0
      for (path, score) in scores {
        let element = path.isEmpty ? nil : elements[path]
        var weighted = score
        if let element {
          let label = ((element["class"] ?? "") + " " + (element["id"] ?? "") + " " + (element["itemprop"] ?? ""))
            .lowercased()
          if label.contains("articlebody") || label.contains("article-body") || label.contains("story-body")
            || label.contains("entry-content") || label.contains("post-content")
          {
            weighted *= 1.5
          }
          if element.name == "article" { weighted *= 1.25 }
          weighted *= 1.0 - Scorer.linkDensity(element, textLength: max(Scorer.normalizedLength(element), 1))
        }
        if weighted > bestScore
          || (weighted == bestScore
            && bestPath.map { path.count < $0.count || path.lexicographicallyPrecedes($0) } ?? true)
        {
          bestScore = weighted
          bestPath = path
        }
      }
      return bestPath
    }

    /// Text blocks of the best container and its high-scoring siblings, in document order.
    func collect(from body: HTMLElement, best: [Int]) -> [String] {
      let bestScore = scores[best] ?? 0
      let threshold = max(10.0, bestScore * 0.2)
      var out: [String] = []
      if best.isEmpty {
        Scorer.blocks(of: body, into: &out)
        return out
      }
      let parentPath = Array(best.dropLast())
      guard let parent = parentPath.isEmpty ? body : elements[parentPath] else { return [] }
      for (index, child) in parent.children.enumerated() {
        guard case .element(let e) = child else { continue }
        let path = parentPath + [index]
        if path == best {
          Scorer.blocks(of: e, into: &out)
          continue
        }
        let s = scores[path] ?? 0
        if s >= threshold {
          Scorer.blocks(of: e, into: &out)
        } else if e.name == "p" {
          let text = Scorer.normalize(e.textContent)
          let density = Scorer.linkDensity(e, textLength: max(text.count, 1))
          if (text.count > 80 && density < 0.25)
            || (text.count > 0 && text.count <= 80 && density == 0 && text.contains(". "))
          {
            out.append(text)
          }
        }
      }
      return out
    }

    /// Appends the text blocks inside an element: paragraphs and headings as
    /// they are, inline runs inside containers joined into one block.
    static func blocks(of element: HTMLElement, into out: inout [String]) {
      var inline = ""
      func flush() {
        let text = normalize(inline)
        if !text.isEmpty && !isStockLine(text) { out.append(text) }
        inline = ""
      }
      for child in element.children {
        switch child {
        case .text(let text):
          inline += text
        case .element(let e):
          if e.name == "br" {
            inline += "\n"
          } else if blockTags.contains(e.name) && !hasBlockChild(e) {
            flush()
            let text = normalize(e.textContent)
            let density = linkDensity(e, textLength: max(text.count, 1))
            // The headline is the title, not the body; short stock lines are page furniture.
            if e.name == "h1" || isStockLine(text) { continue }
            if !text.isEmpty && (density < 0.5 || text.count > 200) { out.append(text) }
          } else if blockTags.contains(e.name) || containerTags.contains(e.name) || e.name == "html" {
            flush()
            blocks(of: e, into: &out)
          } else {
            inline += e.textContent
          }
        }
      }
      flush()
    }

    /// Lines that sites put between paragraphs and that are never the article's words.
    static let stockLines: [String] = [
      "advert", "advertisement", "share this", "share on", "tags", "this slideshow requires javascript",
      "don't miss", "read more", "related:", "click here", "sign up", "subscribe", "updated at", "updated:",
    ]

    static func isStockLine(_ text: String) -> Bool {
      guard text.count <= 60 else { return false }
      let lower = text.lowercased()
      return stockLines.contains { lower == $0 || lower.hasPrefix($0) }
    }

    static func hasBlockChild(_ element: HTMLElement) -> Bool {
      for child in element.children {
        if case .element(let e) = child,
          blockTags.contains(e.name) || e.name == "div" || e.name == "section" || e.name == "article" || e.name == "ul"
            || e.name == "ol" || e.name == "table"
        {
          return true
        }
      }
      return false
    }

    static func linkDensity(_ element: HTMLElement, textLength: Int) -> Double {
      var linkText = 0
      element.forEachElement { e in
        if e.name == "a" { linkText += normalizedLength(e) }
      }
      return min(1.0, Double(linkText) / Double(max(textLength, 1)))
    }

    /// Collapses white space and trims.
    static func normalize(_ text: String) -> String {
      var out = String.UnicodeScalarView()
      var pendingSpace = false
      var any = false
      for scalar in text.unicodeScalars {
        if isSpace(scalar) {
          pendingSpace = any
        } else {
          if pendingSpace { out.append(" ") }
          pendingSpace = false
          any = true
          out.append(scalar)
        }
      }
      return String(out)
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.value < 128 { return scalar == " " || (scalar.value >= 9 && scalar.value <= 13) }
      return scalar == "\u{00A0}" || scalar.properties.isWhitespace
    }

    /// The length `normalize(element.textContent)` would have, without building it.
    static func normalizedLength(_ element: HTMLElement) -> Int {
      var count = 0
      var pendingSpace = false
      func walk(_ e: HTMLElement) {
        for child in e.children {
          switch child {
          case .text(let text):
            for scalar in text.unicodeScalars {
              if isSpace(scalar) {
                pendingSpace = count > 0
              } else {
                if pendingSpace { count += 1 }
                pendingSpace = false
                count += 1
              }
            }
          case .element(let inner): walk(inner)
          }
        }
      }
      walk(element)
      return count
    }
  }
}
