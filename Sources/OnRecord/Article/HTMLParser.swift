import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place onrecord touches libxml2. Pages are read with libxml2's
/// error-tolerant HTML parser in streaming (SAX) mode: the parser builds no tree
/// of its own, and its events are recorded straight into an ``HTMLDocument``.
/// The parser still does all of HTML's repairs (implied and auto-closed elements),
/// so the document has the shape libxml2's tree would have. No libxml2 pointer
/// leaves this file.
public enum HTMLParser {
  /// Prepares libxml2 for use from several threads. Call once, before any worker starts; every
  /// parse also makes sure of it, so callers that parse from several threads without calling it
  /// (tests run in parallel) cannot race on libxml2's lazily made global locks.
  public static func initialize() {
    _ = ready
  }

  /// libxml2 set up once, by whichever thread comes first (a static is initialised once).
  private static let ready: Void = { xmlInitParser() }()

  /// Elements deeper than this are not recorded (with their text): hostile nesting
  /// cannot make extraction's recursion run out of stack.
  static let maximumDepth = 400

  static let jsonLD = Array("ld+json".utf8)

  /// Parses a page that has already been decoded to text. Returns nil when
  /// libxml2 reports no element at all (an empty or wholly broken page).
  /// `strippingScripts: false` hands libxml2 the page with its scripts and styles,
  /// to show that taking them out first (``ScriptStripper``) changes nothing.
  public static func parse(_ html: String, strippingScripts: Bool = true) -> HTMLDocument? {
    var html = html
    return html.withUTF8 { parse(utf8: $0, strippingScripts: strippingScripts) }
  }

  /// The same, from UTF-8 bytes (invalid ones are read as libxml2 reads them).
  public static func parse(utf8 page: [UInt8], strippingScripts: Bool = true) -> HTMLDocument? {
    page.withUnsafeBufferPointer { parse(utf8: $0, strippingScripts: strippingScripts) }
  }

  static func parse(utf8 page: UnsafeBufferPointer<UInt8>, strippingScripts: Bool) -> HTMLDocument? {
    if strippingScripts, let stripped = ScriptStripper.stripped(page) {
      return stripped.withUnsafeBufferPointer { parse(utf8: $0) }
    }
    return parse(utf8: page)
  }

  /// Parses UTF-8 bytes.
  static func parse(utf8 buffer: UnsafeBufferPointer<UInt8>) -> HTMLDocument? {
    initialize()
    guard let base = buffer.baseAddress, buffer.count > 0, buffer.count < Int(Int32.max) else { return nil }
    let builder = Builder()
    let parsed = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes -> Bool in
      guard let context = htmlCreateMemoryParserCtxt(bytes, Int32(buffer.count)) else { return false }
      defer { htmlFreeParserCtxt(context) }
      guard let sax = context.pointee.sax else { return false }
      sax.pointee = makeHandler()
      context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
      // The text is UTF-8 whatever the page's own <meta charset> says: it was decoded before.
      let options =
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
      _ = htmlCtxtUseOptions(context, Int32(options))
      _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
      _ = htmlParseDocument(context)
      if let doc = context.pointee.myDoc { xmlFreeDoc(doc) }
      return true
    }
    guard parsed, builder.document.root != nil else { return nil }
    return builder.document
  }

  /// The bare cost of parsing: `htmlReadMemory` and `xmlFreeDoc` on raw bytes, nothing else
  /// (the floor the benchmark compares the full pipeline with). Returns whether a document came back.
  public static func parseOnly(_ bytes: [UInt8]) -> Bool {
    initialize()
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

  // MARK: - Streaming events

  /// What the callbacks write into, reached through the parser context's `_private`.
  final class Builder {
    var document = HTMLDocument()
    /// Elements entered inside one that is not recorded (skipped, or too deep).
    var ignoredDepth = 0
    /// Inside a `<script>`: whether its text is kept (JSON-LD) or not.
    var script: Bool? = nil

    init() {
      document.nodes.reserveCapacity(2048)
      document.text.reserveCapacity(32 * 1024)
    }

    func start(_ name: UnsafePointer<xmlChar>, _ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
      if ignoredDepth > 0 || script != nil {
        ignoredDepth += 1
        return
      }
      let tag = HTMLParser.tag(name)
      if tag.isSkipped || document.depth >= HTMLParser.maximumDepth + 1 {
        ignoredDepth = 1
        return
      }
      let first = document.attributeNames.count
      var jsonLD = false
      if var pair = pairs {
        while let key = pair.pointee {
          if let attribute = HTMLParser.attribute(key) {
            let value = pair.advanced(by: 1).pointee
            let bytes =
              value.map { UnsafeBufferPointer(start: $0, count: strlen($0)) }
              ?? UnsafeBufferPointer(start: nil, count: 0)
            document.addAttribute(attribute, value: bytes)
            if attribute == .type && tag == .script {
              jsonLD = ASCII.contains(ASCII.lowercased(bytes), HTMLParser.jsonLD)
            }
          }
          pair = pair.advanced(by: 2)
        }
      }
      document.startElement(tag, attributesFrom: first)
      // Only structured data is kept from scripts.
      if tag == .script { script = jsonLD }
    }

    func end() {
      if ignoredDepth > 0 {
        ignoredDepth -= 1
        return
      }
      if script != nil { script = nil }
      document.endElement()
    }

    func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int32) {
      guard ignoredDepth == 0, count > 0, script != false else { return }
      document.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
    }
  }

  @inline(__always)
  static func builder(_ context: UnsafeMutableRawPointer?) -> Builder? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let builder = parser.pointee._private else { return nil }
    return Unmanaged<Builder>.fromOpaque(builder).takeUnretainedValue()
  }

  /// The SAX handler: elements, text and script text; everything else (comments,
  /// processing instructions, errors) is left out.
  static func makeHandler() -> htmlSAXHandler {
    var sax = htmlSAXHandler()
    sax.startElement = { context, name, attributes in
      guard let name else { return }
      HTMLParser.builder(context)?.start(name, attributes)
    }
    sax.endElement = { context, _ in
      HTMLParser.builder(context)?.end()
    }
    sax.characters = { context, bytes, count in
      guard let bytes else { return }
      HTMLParser.builder(context)?.characters(bytes, count)
    }
    sax.cdataBlock = sax.characters
    sax.ignorableWhitespace = sax.characters
    return sax
  }

  // MARK: - Names

  /// A name of at most eight bytes, packed into an integer; longer names by their own table.
  @inline(__always)
  static func packed(_ name: UnsafePointer<xmlChar>) -> (key: UInt64, length: Int) {
    var key: UInt64 = 0
    var i = 0
    while name[i] != 0 {
      if i < 8 { key |= UInt64(name[i] | (name[i] >= 65 && name[i] <= 90 ? 0x20 : 0)) << (8 * UInt64(i)) }
      i += 1
      if i > 16 { break }
    }
    return (key, i)
  }

  static func pack(_ name: String) -> UInt64 {
    var key: UInt64 = 0
    for (i, byte) in name.utf8.prefix(8).enumerated() { key |= UInt64(byte) << (8 * UInt64(i)) }
    return key
  }

  static let shortTags: [UInt64: HTMLDocument.Tag] = {
    var table: [UInt64: HTMLDocument.Tag] = [:]
    for (name, tag) in HTMLDocument.Tag.byName where name.utf8.count <= 8 { table[pack(name)] = tag }
    return table
  }()

  static let longTags: [String: HTMLDocument.Tag] = HTMLDocument.Tag.byName.filter { $0.key.utf8.count > 8 }

  static func tag(_ name: UnsafePointer<xmlChar>) -> HTMLDocument.Tag {
    let (key, length) = packed(name)
    if length <= 8 { return shortTags[key] ?? .other }
    guard length <= 16 else { return .other }
    return longTags[String(cString: name).lowercased()] ?? .other
  }

  static let shortAttributes: [UInt64: HTMLDocument.Attribute] = {
    var table: [UInt64: HTMLDocument.Attribute] = [:]
    for attribute in HTMLDocument.Attribute.allCases where attribute.html.utf8.count <= 8 {
      table[pack(attribute.html)] = attribute
    }
    return table
  }()

  static func attribute(_ name: UnsafePointer<xmlChar>) -> HTMLDocument.Attribute? {
    let (key, length) = packed(name)
    if length <= 8 { return shortAttributes[key] }
    if length == 11 && String(cString: name).lowercased() == "aria-hidden" { return .ariaHidden }
    return nil
  }
}
