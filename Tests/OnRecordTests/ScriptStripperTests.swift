import Foundation
import OnRecord
import Testing

/// Scripts and styles are taken out of a page before libxml2 parses it, with the values of the
/// attributes extraction does not read. Each case is one way markup can make a `<script` that is
/// not a script, or hide where one ends.
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
    // A script runs to the first "</script", even inside a string, as libxml2 reads it.
    (#"<script>a = "</p>"; b()</script><p>kept</p>"#, "<script></script><p>kept</p>"),
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
      #"<div class="<script>" content='<style>'><p>kept</p></div>"#,
      #"<div class="<script>" content='<style>'><p>kept</p></div>"#
    ),
    // The quoted values of attributes that extraction does not read are left out; those it reads
    // stay, in any case of letters, and so do unquoted values.
    (
      #"<div title="<script>" data-x='<style>'><p>kept</p></div>"#,
      #"<div title="" data-x=''><p>kept</p></div>"#
    ),
    (
      #"<a HREF="https://news.example/a?b=1&amp;c=2" Class="byline" data-id='7' rel=author>Jo Ames</a>"#,
      #"<a HREF="" Class="byline" data-id='' rel=author>Jo Ames</a>"#
    ),
    (
      #"<meta property="og:title" content="A title" data-x="y"><div ARIA-HIDDEN="true" aria-label="Menu">"#,
      #"<meta property="og:title" content="A title" data-x=""><div ARIA-HIDDEN="true" aria-label="">"#
    ),
    (#"<svg><path d="M0 0L10 10z" style="fill:red"/></svg>"#, #"<svg><path d="" style="fill:red"/></svg>"#),
    ("<?php echo '<script>' ?><p>kept</p>", "<?php echo '<script>' ?><p>kept</p>"),
    ("<scripts><p>kept</p></scripts>", "<scripts><p>kept</p></scripts>"),
    // "/>" closes a script the XML way; an unquoted value ending in "/" does not.
    ("<script src=\"a.js\"/><p>kept</p>", "<script src=\"\"/><p>kept</p>"),
    ("<script src=a.js/>hidden</script><p>kept</p>", "<script src=a.js/></script><p>kept</p>"),
    // A bad attribute name is skipped to "/>", which then closes the script.
    ("<script @a=/><p>kept</p>", "<script @a=/><p>kept</p>"),
    // An end tag ends at its first ">", quotes or not.
    (#"</p x="<script>"><p>kept</p>"#, #"</p x="<script>"><p>kept</p>"#),
    // "<?" without a name is two characters of text; the script after it is a script.
    (
      #"<p>Intro <? x <script>document.write("<style>")</script> and the article.</p>"#,
      "<p>Intro <? x <script></script> and the article.</p>"
    ),
    // JSON-LD whose type is written with a character reference is kept.
    (
      #"<script type="application/ld&#43;json">{"a":1}</script>"#,
      #"<script type="application/ld&#43;json">{"a":1}</script>"#
    ),
    // Where libxml2 would read the page otherwise, the scan stops and leaves the rest as it is:
    // a script whose text starts with an end tag (libxml2 reads the tag: "</div>" closes the script),
    (
      "<style>p{}</style><script async src=x></div><p>Article.</p></script>",
      "<style></style><script async src=x></div><p>Article.</p></script>"
    ),
    // an end tag that only starts like the script's own ("</scriptx>" closes nothing),
    ("<script>a()</scriptx></p><p>Article.</p></script>", "<script>a()</scriptx></p><p>Article.</p></script>"),
    // and a comment that libxml2 ends at "--!>".
    (
      #"<!-- a --!><script>var s = "-->"; t = "<style>";</script><p>Article.</p>"#,
      #"<!-- a --!><script>var s = "-->"; t = "<style>";</script><p>Article.</p>"#
    ),
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
