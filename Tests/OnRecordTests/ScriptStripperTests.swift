import Foundation
import OnRecord
import Testing

/// Scripts and styles are taken out of a page before libxml2 parses it. Each case is one way
/// markup can make a `<script` that is not a script, or hide where one ends.
@Suite struct ScriptStripperTests {
  @Test(arguments: [
    // Scripts and styles lose their insides and keep their tags, in any case of letters.
    (
      #"<p>One</p><script>var s = "<p>not text</p>";</script><style>p { color: red }</style><p>Two</p>"#,
      "<p>One</p><script></script><style></style><p>Two</p>"
    ),
    (
      "<SCRIPT type='text/javascript'>x = 1</SCRIPT ><p>kept</p>",
      "<SCRIPT type='text/javascript'></SCRIPT ><p>kept</p>"
    ),
    // A script runs to the first "</script", even inside a string, as libxml2 reads it; an end tag
    // with a longer name does not close it.
    (#"<script>a = "</p>"; b = "</scriptx>"; c()</script><p>kept</p>"#, "<script></script><p>kept</p>"),
    // A script that never closes takes the rest of the page.
    ("<p>a</p><script>never closed <p>b</p>", "<p>a</p><script>"),
    // JSON-LD is metadata, kept whole.
    (
      #"<script type="application/LD+JSON">{"@type":"NewsArticle"}</script>"#,
      #"<script type="application/LD+JSON">{"@type":"NewsArticle"}</script>"#
    ),
    // Not scripts: a comment, a quoted attribute value, a processing instruction, a longer name.
    ("<!-- <script> --><p>kept</p></script>", "<!-- <script> --><p>kept</p></script>"),
    (
      #"<div title="<script>" data-x='<style>'><p>kept</p></div>"#,
      #"<div title="<script>" data-x='<style>'><p>kept</p></div>"#
    ),
    ("<?php echo '<script>' ?><p>kept</p>", "<?php echo '<script>' ?><p>kept</p>"),
    ("<scripts><p>kept</p></scripts>", "<scripts><p>kept</p></scripts>"),
    // "/>" closes a script the XML way; an unquoted value ending in "/" does not.
    ("<script src=\"a.js\"/><p>kept</p>", "<script src=\"a.js\"/><p>kept</p>"),
    ("<script src=a.js/>hidden</script><p>kept</p>", "<script src=a.js/></script><p>kept</p>"),
  ])
  func stripsOnlyWhatLibxml2ReadsAsScriptText(_ input: String, _ expected: String) {
    #expect(ScriptStripper.stripped(input) == expected)
  }

  @Test(.enabled(if: TestSupport.hasShared, "../shared/html is absent"))
  func realPagesGiveTheSameTextAndMetadataWithAndWithoutScripts() throws {
    let folder = TestSupport.shared.appendingPathComponent("html/aeb")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
      .sorted().prefix(60)
    HTMLParser.initialize()
    var stripped = 0
    for name in names {
      let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
      let html = TextDecoder.decode(bytes, isHTML: true).text
      if ScriptStripper.stripped(html).utf8.count < html.utf8.count / 2 { stripped += 1 }
      let fast = try #require(HTMLParser.parse(html))
      let whole = try #require(HTMLParser.parse(html, strippingScripts: false))
      #expect(MainTextExtractor().mainText(of: fast) == MainTextExtractor().mainText(of: whole), "\(name)")
      #expect(PageMetadata(page: fast) == PageMetadata(page: whole), "\(name)")
    }
    // The pages hold enough script for the test to mean something.
    #expect(stripped >= 10)
  }
}
