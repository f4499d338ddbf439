/// An HTML page as flat Swift values: what ``HTMLParser`` records while libxml2's
/// HTML parser streams the page past it. Nodes sit in one array in document order
/// (an element before its descendants), linked by index; text lives in one UTF-8
/// buffer. Only the tags and attributes that extraction reads are named; every
/// other tag is ``Tag/other``. Styles, scripts other than JSON-LD and other content
/// that never holds article text are not recorded.
public struct HTMLDocument: Sendable {
  /// The tags extraction tells apart.
  public enum Tag: UInt8, Sendable, CaseIterable {
    case other, document
    case html, head, body, title, meta, script, time
    case p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figcaption, address, summary
    case div, article, section, main, ul, ol, table, tbody, tr, dl, header, figure, span, center, font, details
    case nav, footer, aside, form, menu, dialog, button, select, option, textarea, label
    case a, br
    // Never recorded, with everything inside them.
    case style, noscript, svg, iframe, template, canvas, object, embed, input, video, audio, map, math, picture
    case source, link

    var isSkipped: Bool { rawValue >= Tag.style.rawValue }
  }

  /// The attributes extraction reads.
  public enum Attribute: UInt8, Sendable, CaseIterable {
    case `class`, id, itemprop, hidden, ariaHidden, style, role, property, name, content, type, datetime, rel, lang

    var html: String { self == .ariaHidden ? "aria-hidden" : "\(self)" }
  }

  struct Node {
    var tag: Tag
    var isText: Bool
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// Text nodes: their bytes in ``HTMLDocument/text``. Elements: their attributes.
    var start: Int32 = 0
    var end: Int32 = 0
  }

  var nodes: [Node] = [Node(tag: .document, isText: false, parent: -1)]
  var text: [UInt8] = []
  var attributeNames: [Attribute] = []
  /// Each attribute's value as a range of ``attributeBytes``.
  var attributeRanges: [Range<Int32>] = []
  var attributeBytes: [UInt8] = []

  /// The first element of the page (its `<html>`), or nil when the parser found none.
  var root: Int32? {
    var child = nodes[0].firstChild
    while child >= 0 {
      if !nodes[Int(child)].isText { return child }
      child = nodes[Int(child)].nextSibling
    }
    return nil
  }

  @inline(__always) func tag(_ node: Int32) -> Tag { nodes[Int(node)].tag }
  @inline(__always) func isText(_ node: Int32) -> Bool { nodes[Int(node)].isText }
  @inline(__always) func parent(_ node: Int32) -> Int32 { nodes[Int(node)].parent }

  /// The value of an element's attribute, "" for one given without a value, nil when absent.
  func attribute(_ name: Attribute, of node: Int32) -> String? {
    attributeBytes(name, of: node).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The UTF-8 bytes of an element's attribute value.
  func attributeBytes(_ name: Attribute, of node: Int32) -> ArraySlice<UInt8>? {
    let n = nodes[Int(node)]
    guard !n.isText else { return nil }
    var i = Int(n.start)
    while i < Int(n.end) {
      if attributeNames[i] == name {
        let range = attributeRanges[i]
        return attributeBytes[Int(range.lowerBound)..<Int(range.upperBound)]
      }
      i += 1
    }
    return nil
  }

  /// Calls `body` with each child of `node`, in order.
  @inline(__always) func forEachChild(of node: Int32, _ body: (Int32) -> Void) {
    var child = nodes[Int(node)].firstChild
    while child >= 0 {
      body(child)
      child = nodes[Int(child)].nextSibling
    }
  }

  /// The bytes of a text node.
  @inline(__always) func bytes(of textNode: Int32) -> ArraySlice<UInt8> {
    let n = nodes[Int(textNode)]
    return text[Int(n.start)..<Int(n.end)]
  }

  /// The concatenated text under `node`, skipping the nodes `excluded` marks.
  func textContent(of node: Int32, excluding excluded: [Bool]? = nil) -> String {
    var out: [UInt8] = []
    appendText(of: node, excluding: excluded, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  func appendText(of node: Int32, excluding excluded: [Bool]?, to out: inout [UInt8]) {
    if nodes[Int(node)].isText {
      out.append(contentsOf: bytes(of: node))
      return
    }
    // Descendants follow their element in the node array, up to the next node that is not one.
    var i = Int(node) + 1
    let end = subtreeEnd(node)
    while i < end {
      if let excluded, excluded[i] {
        i = Int(subtreeEnd(Int32(i)))
        continue
      }
      if nodes[i].isText { out.append(contentsOf: bytes(of: Int32(i))) }
      i += 1
    }
  }

  /// The index after the last descendant of `node`.
  func subtreeEnd(_ node: Int32) -> Int {
    var n = node
    while n >= 0 {
      let next = nodes[Int(n)].nextSibling
      if next >= 0 { return Int(next) }
      n = nodes[Int(n)].parent
    }
    return nodes.count
  }

  // MARK: - Building (used by the parser's callbacks)

  /// The element new nodes are added to.
  var current: Int32 = 0
  var depth = 0

  mutating func append(_ node: Node) -> Int32 {
    let index = Int32(nodes.count)
    nodes.append(node)
    let parent = Int(node.parent)
    if nodes[parent].lastChild >= 0 {
      nodes[Int(nodes[parent].lastChild)].nextSibling = index
    } else {
      nodes[parent].firstChild = index
    }
    nodes[parent].lastChild = index
    return index
  }

  /// Adds an attribute to the element that ``startElement(_:attributesFrom:)`` is about to add.
  mutating func addAttribute(_ name: Attribute, value: UnsafeBufferPointer<UInt8>) {
    let start = Int32(attributeBytes.count)
    attributeBytes.append(contentsOf: value)
    attributeNames.append(name)
    attributeRanges.append(start..<Int32(attributeBytes.count))
  }

  /// Adds an element with the attributes added since index `firstAttribute`.
  mutating func startElement(_ tag: Tag, attributesFrom firstAttribute: Int) {
    var node = Node(tag: tag, isText: false, parent: current)
    node.start = Int32(firstAttribute)
    node.end = Int32(attributeNames.count)
    current = append(node)
    depth += 1
  }

  mutating func endElement() {
    guard current > 0 else { return }
    current = nodes[Int(current)].parent
    depth -= 1
  }

  mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count > 0 else { return }
    let last = nodes[Int(current)].lastChild
    if last >= 0 && nodes[Int(last)].isText && Int(nodes[Int(last)].end) == text.count {
      text.append(contentsOf: bytes)
      nodes[Int(last)].end = Int32(text.count)
      return
    }
    var node = Node(tag: .other, isText: true, parent: current)
    node.start = Int32(text.count)
    text.append(contentsOf: bytes)
    node.end = Int32(text.count)
    _ = append(node)
  }
}

extension HTMLDocument.Tag {
  /// The tag with this lower-case name.
  static let byName: [String: HTMLDocument.Tag] = {
    var table: [String: HTMLDocument.Tag] = [:]
    for tag in HTMLDocument.Tag.allCases where tag != .other && tag != .document { table["\(tag)"] = tag }
    return table
  }()
}
