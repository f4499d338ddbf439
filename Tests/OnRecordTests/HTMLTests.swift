import Foundation
import OnRecord
import Testing

@Suite struct HTMLTests {
  static let page = """
    <!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Bridge vote delayed | The Harbor Ledger</title>
    <meta property="og:site_name" content="The Harbor Ledger">
    <meta name="author" content="Ines Carvalho">
    <meta property="article:published_time" content="2026-03-14T09:30:00-05:00">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote delayed","author":{"name":"Ines Carvalho"}}</script>
    <style>p { color: red }</style><script>var tracking = "said the tracker";</script></head>
    <body><header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sports">Sports</a></nav></header>
    <div class="cookie-banner">We use cookies. Accept all cookies to continue reading.</div>
    <article><h1>Bridge vote delayed</h1><p class="byline">By Ines Carvalho</p>
    <div class="article-body">
    <p>The city council delayed its vote on the Harbor Street bridge on Tuesday, the third delay this year, after engineers raised new questions.</p>
    <p>&ldquo;We are not going to rush a decision this large,&rdquo; said Lena Park, the council&rsquo;s budget chair, adding that a new study was due in May.</p>
    <p>Residents who packed the meeting said they were tired of waiting, and several of them asked the council to set a firm date for the vote.</p>
    </div></article>
    <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council approves park budget</a></li></ul></aside>
    <section class="comments"><p>Reader said: this council never decides anything, what a joke, honestly.</p></section>
    <footer><p>© 2026 The Harbor Ledger. All rights reserved.</p></footer></body></html>
    """

  func read() throws -> Article {
    try ArticleReader().read(bytes: Array(Self.page.utf8), path: "x.html", format: .html, outlet: nil).get()
  }

  @Test func mainTextKeepsTheArticleAndDropsFurniture() throws {
    let article = try read()
    #expect(article.text.contains("The city council delayed its vote"))
    #expect(
      article.text.contains(
        "“We are not going to rush a decision this large,” said Lena Park, the council’s budget chair"))
    #expect(article.text.contains("several of them asked the council"))
    for furniture in [
      "Home", "cookies", "Related stories", "Reader said", "All rights reserved", "tracking", "color: red",
    ] {
      #expect(!article.text.contains(furniture), "furniture left in: \(furniture)")
    }
    #expect(article.text.components(separatedBy: "\n\n").count >= 3)
  }

  @Test func metadataFromMetaTagsAndJSONLD() throws {
    let article = try read()
    #expect(article.metadata.title == "Bridge vote delayed")
    #expect(article.metadata.siteName == "The Harbor Ledger")
    #expect(article.metadata.author == "Ines Carvalho")
    #expect(article.metadata.published == "2026-03-14T09:30:00-05:00")
    #expect(article.metadata.language == "en")
    // Files at the corpus top take the page's site name as their outlet.
    #expect(article.outlet == "The Harbor Ledger")
  }

  @Test func brokenAndHostileMarkupDoesNotCrash() {
    let reader = ArticleReader()
    let nested =
      String(repeating: "<div>", count: 5000)
      + "<p>Deep text that is long enough to count as a paragraph, with a comma, here.</p>"
    for input in ["<p>unclosed <b>bold <i>italic", "<<<>>>", nested, "<html><body></body></html>", "\u{0}\u{1}binary"] {
      _ = reader.read(bytes: Array(input.utf8), path: "x.html", format: .html, outlet: "x")
    }
    let binary = reader.read(
      bytes: [0x00, 0x01, 0x02, 0x89, 0x50, 0x4E, 0x47], path: "x.html", format: .html, outlet: "x")
    #expect(binary == .failure(.binary))
  }

  @Test(.enabled(if: TestSupport.hasShared, "../shared/html is absent"))
  func realPagesGiveTextAndTitles() throws {
    let folder = TestSupport.shared.appendingPathComponent("html/aeb")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
      .sorted().prefix(40)
    var withText = 0
    for name in names {
      let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
      if case .success(let article) = ArticleReader().read(bytes: bytes, path: name, format: .html, outlet: "x"),
        article.text.count > 300, article.metadata.title != nil
      {
        withText += 1
      }
    }
    #expect(withText >= 36, "only \(withText) of \(names.count) pages gave text and a title")
  }
}
