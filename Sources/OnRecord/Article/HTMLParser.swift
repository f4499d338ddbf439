import CLibXML2

/// The one place onrecord touches libxml2: parses HTML with libxml2's
/// error-tolerant HTML parser, copies the tree into ``HTMLElement`` values and
/// frees the C tree before returning. No libxml2 pointer leaves this file.
public enum HTMLParser {
  /// Elements whose content is never article text and is not copied.
  static let skipped: Set<String> = [
    "style", "noscript", "svg", "iframe", "template", "canvas", "object", "embed", "input", "video", "audio", "map",
    "math", "picture", "source", "link",
  ]

  /// Prepares libxml2 for use from several threads. Call once, before any worker starts.
  public static func initialize() {
    xmlInitParser()
  }

  /// Parses a page that has already been decoded to text. Returns nil when
  /// libxml2 produces no document at all (an empty or wholly broken page).
  public static func parse(_ html: String) -> HTMLElement? {
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
    var html = html
    return html.withUTF8 { buffer -> HTMLElement? in
      guard let base = buffer.baseAddress, buffer.count > 0, buffer.count < Int(Int32.max) else { return nil }
      let doc = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
      }
      guard let doc else { return nil }
      defer { xmlFreeDoc(doc) }
      guard let root = xmlDocGetRootElement(doc) else { return nil }
      return convert(root, depth: 0)
    }
  }

  /// The bare cost of parsing: `htmlReadMemory` and `xmlFreeDoc` on raw bytes, nothing else
  /// (the floor the benchmark compares the full pipeline with). Returns whether a document came back.
  public static func parseOnly(_ bytes: [UInt8]) -> Bool {
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue)
    return bytes.withUnsafeBufferPointer { buffer -> Bool in
      guard let base = buffer.baseAddress, buffer.count > 0, buffer.count < Int(Int32.max) else { return false }
      let doc = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        htmlReadMemory($0, Int32(buffer.count), nil, nil, options)
      }
      guard let doc else { return false }
      xmlFreeDoc(doc)
      return true
    }
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }

  private static func convert(_ node: xmlNodePtr, depth: Int) -> HTMLElement {
    let name = string(node.pointee.name).lowercased()
    var attributes: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      let key = string(current.pointee.name).lowercased()
      if let value = current.pointee.children, value.pointee.type == XML_TEXT_NODE {
        attributes[key] = string(value.pointee.content)
      } else {
        attributes[key] = ""
      }
      attribute = current.pointee.next
    }
    var element = HTMLElement(name: name, attributes: attributes)
    if name == "script" {
      // Only structured data is kept from scripts.
      if attributes["type"]?.lowercased().contains("ld+json") == true {
        var text = ""
        var child = node.pointee.children
        while let current = child {
          text += string(current.pointee.content)
          child = current.pointee.next
        }
        element.children = [.text(text)]
      }
      return element
    }
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        let childName = string(current.pointee.name).lowercased()
        if !skipped.contains(childName) && depth < 400 {
          element.children.append(.element(convert(current, depth: depth + 1)))
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          element.children.append(.text(String(cString: content)))
        }
      case XML_ENTITY_REF_NODE:
        if let content = xmlNodeGetContent(current) {
          element.children.append(.text(String(cString: content)))
          onrecord_xmlFree(content)
        }
      default:
        break
      }
      child = current.pointee.next
    }
    return element
  }
}
