/// One article, read from a file: its main text and what is known about it.
public struct Article: Sendable, Equatable {
  public enum Format: String, Sendable, Codable {
    case html
    case text
  }

  /// The path as the corpus walk or the caller gave it.
  public var path: String
  /// The outlet label the article is counted under.
  public var outlet: String
  public var format: Format
  public var metadata: PageMetadata
  /// The article text: for plain text the whole file as decoded, for HTML the
  /// main text, paragraphs separated by blank lines. Offsets point into this.
  public var text: String
  /// The charset the bytes were decoded with, and why.
  public var encoding: String
  public var replacementCharacters: Int

  public init(
    path: String, outlet: String, format: Format, metadata: PageMetadata, text: String, encoding: String,
    replacementCharacters: Int = 0
  ) {
    self.path = path
    self.outlet = outlet
    self.format = format
    self.metadata = metadata
    self.text = text
    self.encoding = encoding
    self.replacementCharacters = replacementCharacters
  }
}
