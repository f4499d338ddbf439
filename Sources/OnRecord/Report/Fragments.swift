/// An article's rows rendered for each file that lists them row by row, so that a file of a
/// million articles is joined from pieces on disk instead of built in memory. Stream numbers:
/// the binary record (for recounting duplicates), the attribution exports, the per-article
/// table, the hedges file, then one evidence file per ``EvidenceReport/categories`` entry.
public enum Fragments {
  static let record = 0
  static let attributionsJSONL = 1
  static let attributionsCSV = 2
  static let articlesCSV = 3
  static let hedges = 4
  static let firstCategory = 5
  static var count: Int { firstCategory + EvidenceReport.categories.count }

  /// The stream of evidence file `index` (categories, then hedges) as ``EvidenceReport/path(corpus:index:)`` numbers them.
  static func evidenceStream(_ index: Int) -> Int {
    index < EvidenceReport.categories.count ? firstCategory + index : hedges
  }

  static func render(_ record: ArticleRecord) -> [[UInt8]] {
    var parts = [[UInt8]](repeating: [], count: count)
    parts[attributionsJSONL] = AttributionExport.jsonLines(record)
    parts[attributionsCSV] = AttributionExport.csvLines(record)
    parts[articlesCSV] = CSVReport.articleLine(record)
    parts[hedges] = EvidenceReport.hedgeLines(record)
    // Each row's evidence line is rendered once, however many categories list it.
    for row in record.rows {
      var line: [UInt8]? = nil
      for (index, category) in EvidenceReport.categories.enumerated() where category.matches(row) {
        if line == nil { line = EvidenceReport.line(path: record.path, row) }
        parts[firstCategory + index] += line!
      }
    }
    return parts
  }
}
