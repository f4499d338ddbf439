/// An HTML document as Swift values: what ``HTMLParser`` copies out of
/// libxml2's tree before freeing it. Scripts other than JSON-LD, styles and
/// other content that never holds article text are dropped during the copy.
public struct HTMLElement: Sendable, Equatable {
  public var name: String
  public var attributes: [String: String]
  public var children: [HTMLNode]

  public init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
    self.name = name
    self.attributes = attributes
    self.children = children
  }

  public subscript(attribute: String) -> String? { attributes[attribute] }

  /// The concatenated text of every descendant.
  public var textContent: String {
    var out = ""
    appendText(to: &out)
    return out
  }

  func appendText(to out: inout String) {
    for child in children {
      switch child {
      case .text(let text): out += text
      case .element(let element): element.appendText(to: &out)
      }
    }
  }

  /// Every descendant element, depth first, in document order.
  public func forEachElement(_ body: (HTMLElement) -> Void) {
    for child in children {
      if case .element(let element) = child {
        body(element)
        element.forEachElement(body)
      }
    }
  }

  public func first(where predicate: (HTMLElement) -> Bool) -> HTMLElement? {
    for child in children {
      if case .element(let element) = child {
        if predicate(element) { return element }
        if let hit = element.first(where: predicate) { return hit }
      }
    }
    return nil
  }
}

public indirect enum HTMLNode: Sendable, Equatable {
  case element(HTMLElement)
  case text(String)
}
