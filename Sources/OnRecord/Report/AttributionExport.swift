import Foundation

/// Per-attribution exports: JSON Lines and CSV with the same columns.
public enum AttributionExport {
  public static let columns = [
    "path", "outlet", "line", "cue", "cue_lemma", "source", "source_kind", "anonymous", "specificity",
    "reason_given", "reason", "denial", "channel", "resolved_to", "outlet_cited", "nested", "content", "sentence",
  ]

  static func values(_ record: ArticleRecord, _ row: AttributionRow) -> [String: Any?] {
    [
      "path": record.path, "outlet": record.outlet, "line": row.line, "cue": row.cue, "cue_lemma": row.cueLemma,
      "source": row.source, "source_kind": row.sourceKind.rawValue, "anonymous": row.anonymous,
      "specificity": row.specificity?.rawValue, "reason_given": row.reasonGiven, "reason": row.reason,
      "denial": row.denial?.rawValue, "channel": row.channel, "resolved_to": row.resolvedTo,
      "outlet_cited": row.outletCited, "nested": row.nested, "content": row.content, "sentence": row.sentence,
    ]
  }

  public static func csv(_ tally: CorpusTally) -> String {
    var lines = [columns.joined(separator: ",")]
    for record in tally.articles {
      for row in record.rows {
        let v = values(record, row)
        lines.append(
          columns.map { key -> String in
            switch v[key] ?? nil {
            case .none: return ""
            case .some(let value as Bool): return value ? "true" : "false"
            case .some(let value as Int): return String(value)
            case .some(let value as String): return Escaping.csv(value)
            case .some(let value): return Escaping.csv("\(value)")
            }
          }.joined(separator: ","))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public static func jsonLines(_ tally: CorpusTally) -> String {
    var out = ""
    for record in tally.articles {
      for row in record.rows {
        var object: [String: Any] = [:]
        for (key, value) in values(record, row) { object[key] = value ?? NSNull() }
        if let data = try? JSONSerialization.data(
          withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        {
          out += String(decoding: data, as: UTF8.self) + "\n"
        }
      }
    }
    return out
  }
}
