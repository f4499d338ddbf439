/// Finds an HTML page's article: its main text as paragraphs, without the
/// page's navigation, furniture and comments. Pure Swift over ``HTMLDocument``.
///
/// The method: drop elements that are page furniture by tag or by class and
/// id; score every container by the paragraphs it holds (their length and
/// commas, less their share of link text); take the best container and those of
/// its siblings that score close to it; emit their text blocks in order.
///
/// Lengths are counted as ``MainTextExtractor/normalize(_:)-(String)`` would leave the text (white
/// space collapsed and trimmed), in Unicode scalars, without building the text:
/// each node's length comes from its children's in one pass over the document.
public struct MainTextExtractor: Sendable {
  public init() {}

  typealias Tag = HTMLDocument.Tag

  static func isFurnitureTag(_ tag: Tag) -> Bool {
    switch tag {
    case .nav, .footer, .aside, .form, .menu, .dialog, .script, .head, .title, .meta, .figcaption, .button, .select,
      .option, .textarea, .label:
      return true
    default: return false
    }
  }

  /// Furniture tags that go whatever they hold. Some sites wrap the whole page in a <form>, and broken
  /// markup can leave the rest of a page inside an unclosed <button> or <select>: those stay when they
  /// hold the prose.
  static func isAlwaysFurniture(_ tag: Tag) -> Bool {
    switch tag {
    case .nav, .footer, .aside, .menu, .dialog, .script, .head, .title, .meta, .figcaption: return true
    default: return false
    }
  }

  static func isBlockTag(_ tag: Tag) -> Bool {
    switch tag {
    case .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .blockquote, .pre, .td, .th, .dd, .dt, .figcaption, .address, .summary:
      return true
    default: return false
    }
  }

  static func isContainerTag(_ tag: Tag) -> Bool {
    switch tag {
    case .div, .article, .section, .main, .body, .ul, .ol, .table, .tbody, .tr, .dl, .header, .figure, .span, .center,
      .font, .details:
      return true
    default: return false
    }
  }

  /// Tags whose presence among an element's children makes it a container rather than a block.
  static func isBlockLevel(_ tag: Tag) -> Bool {
    isBlockTag(tag) || tag == .div || tag == .section || tag == .article || tag == .ul || tag == .ol || tag == .table
  }

  /// Class and id words (prefixes) that mark page furniture.
  static let negativeWords = utf8(
    "comment", "share", "sharing", "social", "related", "promo", "newsletter", "cookie", "consent", "banner",
    "advert", "sidebar", "footer", "breadcrumb", "subscribe", "popup", "modal", "widget", "recommend",
    "outbrain", "taboola", "sponsor", "signup", "readmore", "tags", "hidden", "skip", "toolbar", "masthead",
    "navbar", "nav", "menu", "pagination", "pager", "byline", "dateline", "caption", "credit", "disclaimer",
    "copyright", "login", "paywall", "mostpopular", "trending", "rail", "teaser", "tooltip", "overlay", "ad",
    "ads", "advertisement", "follow", "reply", "toc", "jump", "gdpr", "shoutbox", "skyscraper", "shopping",
    "author", "bio", "disqus", "community")

  /// Class and id words (prefixes) that mark the article.
  static let positiveWords = utf8(
    "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose", "hentry", "page")

  /// Comments and reader replies hold long paragraphs too, so they go whatever they hold.
  static let readerWords = utf8("comment", "reply", "replies", "respond", "disqus")

  /// "article-related" and "post-share" are furniture although they name the article.
  static let strongNegativeWords = utf8(
    "share", "related", "newsletter", "cookie", "social", "recommend", "promo", "subscribe", "sidebar",
    "footer", "byline", "caption", "tags", "bio", "credit", "advert", "teaser", "trending", "popular")

  /// The UTF-8 bytes of each string.
  static func utf8(_ list: String...) -> [[UInt8]] { list.map { Array($0.utf8) } }

  /// The page's main text, paragraphs separated by blank lines.
  public func mainText(of page: HTMLDocument) -> String {
    guard let root = page.root else { return "" }
    var body = root
    if let found = page.firstDescendant(of: root, where: { $0 == .body }) { body = found }
    var pass = Extraction(page: page)
    pass.clean(body, inArticle: false)
    pass.cleaned = pass.totals(excluding: pass.removed)
    pass.score(body, isTop: true)
    var blocks: [String] = []
    if let best = pass.best(in: body) {
      blocks = pass.collect(from: body, best: best)
    }
    if blocks.joined().count < 200 {
      // Pages with no clear container: every substantial text block.
      var all: [String] = []
      pass.blocks(of: body, into: &all)
      let kept = all.filter { $0.count >= 80 }
      if kept.joined().count > blocks.joined().count { return kept.joined(separator: "\n\n") }
    }
    return blocks.joined(separator: "\n\n")
  }

  /// Collapses white space (Unicode's, and no-break spaces) to single spaces and trims.
  public static func normalize(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { String(decoding: normalize(bytes: $0), as: UTF8.self) }
  }

  static func normalize<C: RandomAccessCollection>(bytes: C) -> [UInt8] where C.Element == UInt8, C.Index == Int {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let space = Whitespace.length(bytes, at: i)
      if space > 0 {
        pendingSpace = !out.isEmpty
        i += space
      } else {
        if pendingSpace { out.append(0x20) }
        pendingSpace = false
        out.append(bytes[i])
        i += 1
      }
    }
    return out
  }
}

/// White space as the extractor sees it: ASCII's and Unicode's, read straight from UTF-8.
enum Whitespace {
  /// The length in bytes of the white-space character at `i`, or 0 when there is none.
  @inline(__always)
  static func length<C: RandomAccessCollection>(_ bytes: C, at i: Int) -> Int where C.Element == UInt8, C.Index == Int {
    let b = bytes[i]
    if b < 0x80 { return b == 0x20 || (b >= 9 && b <= 13) ? 1 : 0 }
    guard i + 1 < bytes.endIndex else { return 0 }
    let b1 = bytes[i + 1]
    switch b {
    case 0xC2: return b1 == 0x85 || b1 == 0xA0 ? 2 : 0
    case 0xE1: return b1 == 0x9A && i + 2 < bytes.endIndex && bytes[i + 2] == 0x80 ? 3 : 0
    case 0xE2:
      guard i + 2 < bytes.endIndex else { return 0 }
      let b2 = bytes[i + 2]
      if b1 == 0x80 { return b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0 }
      return b1 == 0x81 && b2 == 0x9F ? 3 : 0
    case 0xE3: return b1 == 0x80 && i + 2 < bytes.endIndex && bytes[i + 2] == 0x80 ? 3 : 0
    default: return 0
    }
  }
}

/// The length a run of text would have once its white space is collapsed and trimmed,
/// with what is needed to join it to its neighbours.
struct TextLength {
  var count: Int32 = 0
  var hasContent = false
  /// White space before the first content, or anywhere when there is no content.
  var leadingSpace = false
  var trailingSpace = false

  static func + (a: TextLength, b: TextLength) -> TextLength {
    if !a.hasContent {
      var joined = b
      joined.leadingSpace = a.leadingSpace || b.leadingSpace
      if !b.hasContent { joined.trailingSpace = joined.leadingSpace }
      return joined
    }
    if !b.hasContent {
      var joined = a
      joined.trailingSpace = a.trailingSpace || b.leadingSpace
      return joined
    }
    return TextLength(
      count: a.count + b.count + (a.trailingSpace || b.leadingSpace ? 1 : 0), hasContent: true,
      leadingSpace: a.leadingSpace, trailingSpace: b.trailingSpace)
  }
}

/// One extraction over one page: per-node lengths, the furniture marks and the scores.
struct Extraction {
  typealias Tag = HTMLDocument.Tag
  let page: HTMLDocument
  /// Per text node: its length, its non-space scalars, its commas (",") and its commas of any script.
  var leaf: [TextLength]
  var nonSpace: [Int32]
  var asciiCommas: [Int32]
  var allCommas: [Int32]
  /// Per element, over the page as parsed (for the furniture tests) and then with furniture left out.
  var raw: Totals
  var cleaned: Totals
  /// Furniture: nodes left out with everything below them.
  var removed: [Bool]
  var scores: [Double]
  var scored: [Bool]

  init(page: HTMLDocument) {
    self.page = page
    let n = page.nodes.count
    leaf = Array(repeating: TextLength(), count: n)
    nonSpace = Array(repeating: 0, count: n)
    asciiCommas = Array(repeating: 0, count: n)
    allCommas = Array(repeating: 0, count: n)
    removed = Array(repeating: false, count: n)
    scores = Array(repeating: 0, count: n)
    scored = Array(repeating: false, count: n)
    raw = Totals(count: n)
    cleaned = raw
    page.text.withUnsafeBufferPointer { text in
      for i in 0..<n where page.nodes[i].isText {
        measure(text, Int(page.nodes[i].start), Int(page.nodes[i].end), into: i)
      }
    }
    raw = totals(excluding: nil)
  }

  /// What extraction counts below each element: its text's length, its link text, its commas, and its
  /// long paragraphs of prose.
  struct Totals {
    var length: [TextLength]
    /// Full-width sums: nested links and nested paragraphs count their text once per level.
    var links: [Int]
    var commas: [Int]
    var prose: [Int]
    var proseLength: [Int]

    init(count n: Int) {
      length = Array(repeating: TextLength(), count: n)
      links = Array(repeating: 0, count: n)
      commas = links
      prose = links
      proseLength = links
    }
  }

  /// Totals for every element, leaving out the nodes `excluded` marks. Children follow their parents
  /// in the node array, so a backward pass sees every child before its parent.
  func totals(excluding excluded: [Bool]?) -> Totals {
    let n = page.nodes.count
    var t = Totals(count: n)
    for i in stride(from: n - 1, through: 0, by: -1) where !page.nodes[i].isText && !(excluded?[i] ?? false) {
      var total = TextLength()
      var child = page.nodes[i].firstChild
      while child >= 0 {
        let c = Int(child)
        child = page.nodes[c].nextSibling
        if page.nodes[c].isText {
          total = total + leaf[c]
          t.commas[i] += Int(allCommas[c])
          continue
        }
        if excluded?[c] ?? false { continue }
        total = total + t.length[c]
        let tag = page.nodes[c].tag
        let count = Int(t.length[c].count)
        t.links[i] += t.links[c] + (tag == .a ? count : 0)
        t.commas[i] += t.commas[c]
        t.prose[i] += t.prose[c]
        t.proseLength[i] += t.proseLength[c]
        if tag == .p || (tag == .div && !hasBlockChild(Int32(c), cleaned: excluded != nil)) {
          if count >= 120 && Extraction.density(t.links[c], count) < 0.3 {
            t.prose[i] += 1
            t.proseLength[i] += count
          }
        }
      }
      t.length[i] = total
    }
    return t
  }

  mutating func measure(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into node: Int) {
    var length = TextLength()
    var pendingSpace = false
    var scalars: Int32 = 0
    var ascii: Int32 = 0
    var all: Int32 = 0
    var i = start
    while i < end {
      let space = Whitespace.length(text, at: i)
      if space > 0 {
        if length.hasContent { pendingSpace = true } else { length.leadingSpace = true }
        i += space
        continue
      }
      let b = text[i]
      if b == 0x2C {
        ascii += 1
        all += 1
      } else if i + 2 < end
        && ((b == 0xE3 && text[i + 1] == 0x80 && text[i + 2] == 0x81)
          || (b == 0xEF && text[i + 1] == 0xBC && text[i + 2] == 0x8C))
      {
        all += 1
      }
      if pendingSpace { length.count += 1 }
      pendingSpace = false
      length.hasContent = true
      length.count += 1
      scalars += 1
      // The continuation bytes of this scalar.
      i += 1
      while i < end && text[i] & 0xC0 == 0x80 { i += 1 }
    }
    length.trailingSpace = length.hasContent ? pendingSpace : length.leadingSpace
    leaf[node] = length
    nonSpace[node] = scalars
    asciiCommas[node] = ascii
    allCommas[node] = all
  }

  @inline(__always) static func density(_ links: Int, _ length: some BinaryInteger) -> Double {
    min(1.0, Double(links) / Double(max(Int(length), 1)))
  }

  func hasBlockChild(_ node: Int32, cleaned: Bool) -> Bool {
    var child = page.nodes[Int(node)].firstChild
    while child >= 0 {
      let c = page.nodes[Int(child)]
      if !c.isText && !(cleaned && removed[Int(child)]) && MainTextExtractor.isBlockLevel(c.tag) { return true }
      child = c.nextSibling
    }
    return false
  }

  /// Several long paragraphs with little link text: prose, not furniture.
  func holdsProse(_ node: Int32) -> Bool {
    raw.prose[Int(node)] >= 3 && raw.proseLength[Int(node)] >= 800
  }

  // MARK: - Furniture

  mutating func clean(_ node: Int32, inArticle: Bool) {
    let tag = page.tag(node)
    if MainTextExtractor.isFurnitureTag(tag) && (MainTextExtractor.isAlwaysFurniture(tag) || !holdsProse(node)) {
      removed[Int(node)] = true
      return
    }
    if (tag == .header && !inArticle && !holdsProse(node)) || isFurniture(node) {
      removed[Int(node)] = true
      return
    }
    let nowInArticle = inArticle || tag == .article || tag == .main
    var child = page.nodes[Int(node)].firstChild
    while child >= 0 {
      if !page.isText(child) { clean(child, inArticle: nowInArticle) }
      child = page.nodes[Int(child)].nextSibling
    }
  }

  func isFurniture(_ node: Int32) -> Bool {
    let tag = page.tag(node)
    if tag == .body || tag == .html || tag == .article || tag == .main { return false }
    let n = page.nodes[Int(node)]
    if n.start == n.end { return false }
    if let hidden = page.attributeBytes(.hidden, of: node), !hidden.elementsEqual("false".utf8) { return true }
    if page.attributeBytes(.ariaHidden, of: node)?.elementsEqual("true".utf8) == true { return true }
    if let style = page.attributeBytes(.style, of: node) {
      let squeezed = ASCII.lowercased(style).filter { $0 != 0x20 }
      if ASCII.contains(squeezed, Extraction.displayNone) || ASCII.contains(squeezed, Extraction.visibilityHidden) {
        return true
      }
    }
    if let role = page.attributeBytes(.role, of: node).map(ASCII.lowercased),
      Extraction.furnitureRoles.contains(role)
    {
      return true
    }
    if let itemprop = page.attributeBytes(.itemprop, of: node),
      ASCII.contains(ASCII.lowercased(itemprop), Extraction.articleLabels[0])
    {
      return false
    }
    // Class and id words: "article-comments__list" → article, comments, list.
    let words = Extraction.words(page.attributeBytes(.class, of: node), page.attributeBytes(.id, of: node))
    guard !words.isEmpty else { return false }
    func any(_ list: PrefixSet, except: [UInt8]? = nil) -> Bool {
      words.contains { word in list.starts(word) && !(except.map { word.starts(with: $0) } ?? false) }
    }
    guard any(Extraction.negative) else { return false }
    if any(Extraction.readers, except: Extraction.commentary) { return true }
    if any(Extraction.positive) && !any(Extraction.strongNegative) { return false }
    // A wrapper that holds the article's paragraphs is not furniture, whatever its name.
    return !holdsProse(node)
  }

  /// The lower-case words of class and id values: runs of letters and digits (any non-ASCII byte counts
  /// as a letter).
  static func words(_ values: ArraySlice<UInt8>?...) -> [ArraySlice<UInt8>] {
    var bytes: [UInt8] = []
    for value in values {
      guard let value else { continue }
      for b in value {
        let isWordByte = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
        if b >= 0x41 && b <= 0x5A {
          bytes.append(b | 0x20)
        } else {
          bytes.append(isWordByte ? b : 0x20)
        }
      }
      bytes.append(0x20)
    }
    return bytes.split(separator: 0x20)
  }

  // MARK: - Scoring

  mutating func add(_ value: Double, to node: Int32) {
    scores[Int(node)] += value
    scored[Int(node)] = true
  }

  mutating func score(_ node: Int32, isTop: Bool) {
    let parent = page.parent(node)
    // Prose written straight into a container between its blocks ("<section>Text<h2>…</h2>More text")
    // counts for the container like a paragraph of its own.
    if hasBlockChild(node, cleaned: true) {
      var direct: Int32 = 0
      var commaCount: Int32 = 0
      page.forEachChild(of: node) { child in
        if page.isText(child) {
          direct += nonSpace[Int(child)]
          commaCount += asciiCommas[Int(child)]
        }
      }
      if direct >= 100 {
        let value = 1.0 + Double(commaCount) + min(Double(direct) / 100.0, 3.0)
        add(value, to: node)
        if !isTop { add(value / 2, to: parent) }
      }
    }
    var child = page.nodes[Int(node)].firstChild
    while child >= 0 {
      let c = child
      child = page.nodes[Int(c)].nextSibling
      guard !page.isText(c) && !removed[Int(c)] else { continue }
      let tag = page.tag(c)
      if tag == .p || tag == .pre || tag == .blockquote || tag == .td
        || ((tag == .div || tag == .section) && !hasBlockChild(c, cleaned: true))
      {
        let count = cleaned.length[Int(c)].count
        if count >= 25 {
          let linkShare = Extraction.density(cleaned.links[Int(c)], count)
          var s = 1.0 + Double(cleaned.commas[Int(c)]) + min(Double(count) / 100.0, 3.0)
          s *= (1.0 - linkShare)
          add(s, to: node)
          if !isTop { add(s / 2, to: parent) }
        }
      }
      score(c, isTop: false)
    }
  }

  /// Class, id and itemprop values that name the article's body.
  static let articleLabels = MainTextExtractor.utf8(
    "articlebody", "article-body", "story-body", "entry-content", "post-content")
  static let negative = PrefixSet(MainTextExtractor.negativeWords)
  static let readers = PrefixSet(MainTextExtractor.readerWords)
  static let positive = PrefixSet(MainTextExtractor.positiveWords)
  static let strongNegative = PrefixSet(MainTextExtractor.strongNegativeWords)
  /// "commentary" is an article's kind, not its comments.
  static let commentary = Array("commentar".utf8)
  static let displayNone = Array("display:none".utf8)
  static let furnitureRoles = Set(
    MainTextExtractor.utf8("navigation", "banner", "contentinfo", "complementary", "dialog", "menu", "alert"))
  static let visibilityHidden = Array("visibility:hidden".utf8)

  func depth(_ node: Int32) -> Int {
    var d = 0
    var n = node
    while n > 0 {
      d += 1
      n = page.parent(n)
    }
    return d
  }

  /// The best-scoring container below (or at) `top`; ties go to the shallower, then the earlier.
  func best(in top: Int32) -> Int32? {
    var bestNode: Int32? = nil
    var bestScore = 0.0
    for i in Int(top)..<page.subtreeEnd(top) where scored[i] {
      let node = Int32(i)
      var weighted = scores[i]
      if node != top {
        let labelled = [.class, .id, .itemprop].contains { (attribute: HTMLDocument.Attribute) in
          guard let value = page.attributeBytes(attribute, of: node) else { return false }
          let lower = ASCII.lowercased(value)
          return Extraction.articleLabels.contains { ASCII.contains(lower, $0) }
        }
        if labelled { weighted *= 1.5 }
        if page.tag(node) == .article { weighted *= 1.25 }
        weighted *= 1.0 - Extraction.density(cleaned.links[i], cleaned.length[i].count)
      }
      if weighted > bestScore
        || (weighted == bestScore && bestNode.map { depth(node) < depth($0) } ?? true)
      {
        bestScore = weighted
        bestNode = node
      }
    }
    return bestNode
  }

  /// Text blocks of the best container and its high-scoring siblings, in document order.
  func collect(from top: Int32, best: Int32) -> [String] {
    var out: [String] = []
    if best == top {
      blocks(of: top, into: &out)
      return out
    }
    let threshold = max(10.0, scores[Int(best)] * 0.2)
    var child = page.nodes[Int(page.parent(best))].firstChild
    while child >= 0 {
      let c = child
      child = page.nodes[Int(c)].nextSibling
      guard !page.isText(c) && !removed[Int(c)] else { continue }
      if c == best || (scored[Int(c)] && scores[Int(c)] >= threshold) {
        blocks(of: c, into: &out)
      } else if page.tag(c) == .p {
        let text = self.text(of: c)
        let count = Int32(text.count)
        let density = Extraction.density(cleaned.links[Int(c)], count)
        if (count > 80 && density < 0.25)
          || (count > 0 && count <= 80 && density == 0 && ASCII.contains(Array(text.utf8), ASCII.sentenceBreak))
        {
          out.append(text)
        }
      }
    }
    return out
  }

  /// An element's text without its furniture, white space collapsed.
  func text(of node: Int32) -> String {
    var raw: [UInt8] = []
    page.appendText(of: node, excluding: removed, to: &raw)
    return String(decoding: MainTextExtractor.normalize(bytes: raw), as: UTF8.self)
  }

  /// Appends the text blocks inside an element: paragraphs and headings as
  /// they are, inline runs inside containers joined into one block.
  func blocks(of node: Int32, into out: inout [String]) {
    var inline: [UInt8] = []
    func flush() {
      let text = String(decoding: MainTextExtractor.normalize(bytes: inline), as: UTF8.self)
      if !text.isEmpty && !Extraction.isStockLine(text) { out.append(text) }
      inline.removeAll(keepingCapacity: true)
    }
    var child = page.nodes[Int(node)].firstChild
    while child >= 0 {
      let c = child
      child = page.nodes[Int(c)].nextSibling
      if page.isText(c) {
        inline.append(contentsOf: page.bytes(of: c))
        continue
      }
      guard !removed[Int(c)] else { continue }
      let tag = page.tag(c)
      if tag == .br {
        inline.append(0x0A)
      } else if MainTextExtractor.isBlockTag(tag) && !hasBlockChild(c, cleaned: true) {
        flush()
        // The headline is the title, not the body; short stock lines are page furniture.
        if tag == .h1 { continue }
        let text = self.text(of: c)
        let count = text.count
        if text.isEmpty || Extraction.isStockLine(text) { continue }
        if Extraction.density(cleaned.links[Int(c)], Int32(count)) < 0.5 || count > 200 { out.append(text) }
      } else if MainTextExtractor.isBlockTag(tag) || MainTextExtractor.isContainerTag(tag) || tag == .html {
        flush()
        blocks(of: c, into: &out)
      } else {
        page.appendText(of: c, excluding: removed, to: &inline)
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
    guard text.utf8.count <= 400, text.count <= 60 else { return false }
    let lower = text.lowercased()
    return stockLines.contains { lower == $0 || lower.hasPrefix($0) }
  }
}

extension HTMLDocument {
  /// The first element below `node`, in document order, whose tag passes.
  func firstDescendant(of node: Int32, where predicate: (Tag) -> Bool) -> Int32? {
    let end = subtreeEnd(node)
    var i = Int(node) + 1
    while i < end {
      if !nodes[i].isText && predicate(nodes[i].tag) { return Int32(i) }
      i += 1
    }
    return nil
  }
}

/// Byte-level helpers for markup values, which are ASCII in practice: no Foundation, no locale.
enum ASCII {
  static let sentenceBreak = Array(". ".utf8)

  /// The bytes with ASCII capitals made small.
  static func lowercased<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
    bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard haystack.count >= needle.count else { return false }
    let first = needle[0]
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}

/// Word prefixes grouped by their first byte: a class word is compared only with the prefixes
/// that start as it does.
struct PrefixSet: Sendable {
  private var byFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)

  init(_ prefixes: [[UInt8]]) {
    for prefix in prefixes where !prefix.isEmpty { byFirstByte[Int(prefix[0])].append(prefix) }
  }

  /// Whether `word` starts with one of the prefixes.
  func starts(_ word: ArraySlice<UInt8>) -> Bool {
    guard let first = word.first else { return false }
    return byFirstByte[Int(first)].contains { word.starts(with: $0) }
  }
}
