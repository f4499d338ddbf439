/// A learned check on the edges of a source span. The rules find a source phrase; this ranker
/// weighs that phrase against a few small edits of it (cut at a comma or "who", one or two words
/// fewer at either end, a few words more to the left or right) and keeps the rules' phrase
/// unless an edit scores clearly better. It learns PolNeAR's conventions for edges that the rules
/// cannot settle one way: whether "Mr. Ubben, who has a 4.4 percent stake," keeps its relative
/// clause, whether a trailing "earlier Thursday" or "only" belongs to the source.
///
/// Its weights live in the cue model's file, under feature templates of their own, and
/// `onrecord train-cues` trains both. A model without them always keeps the rules' phrase.
enum SourceSpanRanker {
  /// One span to weigh, with its features.
  struct Choice {
    var range: Range<Int>
    var features: [UInt64]
  }

  enum Edit: UInt64 {
    case keep = 1
    case cut, dropFirst, dropFirstTwo, dropLast, dropLastTwo
    case extendLeftOne, extendLeftTwo, extendLeftThree, extendRightOne, extendRightTwo
  }

  /// How much better than the rules' phrase an edit must score to replace it. On two halves of
  /// PolNeAR's train split, each ranker tested on the half it did not learn from, margins from 2
  /// to 6 gave the same gain. But with 4 the ranker's edits followed PolNeAR's conventions where
  /// the held-out sets' annotators differ, and every retraining after a small rule change moved
  /// them; 12 keeps only its surest edits (dev exact sources 0.713 against 0.711, and higher on
  /// eleven of twenty held-out sets, lower on four).
  static let margin: Float = 12

  /// The rules' span first, then its edits, each distinct and none touching the cue.
  static func choices(source: Range<Int>, cue: Range<Int>, sentence: Range<Int>, tokens: [Token]) -> [Choice] {
    var result: [Choice] = []
    visitChoices(source: source, cue: cue, sentence: sentence, tokens: tokens) { range, features in
      result.append(Choice(range: range, features: features))
    }
    return result
  }

  /// The index of the best span for a source, and the span: the rules' one (index 0) unless an
  /// edit beats it by ``margin``.
  static func best(
    source: Range<Int>, cue: Range<Int>, sentence: Range<Int>, tokens: [Token], weight: (UInt64) -> Float
  ) -> (index: Int, range: Range<Int>) {
    var index = 0
    var keepScore: Float = 0
    var best: (index: Int, range: Range<Int>, score: Float) = (0, source, -.infinity)
    visitChoices(source: source, cue: cue, sentence: sentence, tokens: tokens) { range, features in
      var score: Float = 0
      for f in features { score += weight(f) }
      if index == 0 { keepScore = score }
      if score > best.score { best = (index, range, score) }
      index += 1
    }
    return best.index != 0 && best.score - keepScore > margin ? (best.index, best.range) : (0, source)
  }

  /// Calls `body` with each choice's span and features, the rules' span first. One buffer holds
  /// the features of each choice in turn: this runs for every source of every article.
  static func visitChoices(
    source: Range<Int>, cue: Range<Int>, sentence: Range<Int>, tokens: [Token],
    _ body: (Range<Int>, [UInt64]) -> Void
  ) {
    let lower = source.lowerBound
    let upper = source.upperBound
    // Each word's class and feature, once: the choices share most of their words.
    let window = Window(
      lo: max(sentence.lowerBound, lower - 4), hi: min(sentence.upperBound, upper + 3), tokens: tokens)
    let before = source.upperBound <= cue.lowerBound
    var seen: [Range<Int>] = []
    seen.reserveCapacity(16)
    var features: [UInt64] = []
    features.reserveCapacity(16)
    func consider(_ edit: Edit, _ range: Range<Int>, changed: Int?, _ changedToo: Int? = nil) {
      let trimmed = trimmedRange(range, tokens: tokens)
      guard !trimmed.isEmpty, !seen.contains(trimmed) else { return }
      seen.append(trimmed)
      if edit != .keep && trimmed.overlaps(cue) { return }
      // No edit may leave a phrase that cannot end where it ends: "Two people familiar with the
      // committee's", "the director of"; nor take in a relative pronoun on the left ("The man who
      // police say": the source is "police"; "whose chairman, Sen. Luther Brandt": the chairman).
      if edit != .keep, let last = trimmed.last,
        WordClasses.isPossessive(tokens[last]) || determiners.contains(tokens[last])
          || prepositions.contains(tokens[last]) || conjunctions.contains(tokens[last])
          || trimmed.lowerBound < lower
            && (trimmed.lowerBound..<lower).contains(where: {
              ["who", "that", "which", "whom", "whose"].contains(tokens[$0].lower)
            })
      {
        return
      }
      // Nor take in a date on the right: "by Caldria Today in January" (no one speaks as "in
      // January"); a document's date is its own ("A city audit published in January").
      if edit == .extendRightOne || edit == .extendRightTwo,
        !ExtractionContext.documentParticiples.contains(tokens[upper - 1]),
        (upper..<trimmed.upperBound).contains(where: { dateWords.contains(tokens[$0]) })
      {
        return
      }
      // Nor drop what stands before an appositive's comma ("Ann Voss, a pollster for the
      // campaign" is not "a pollster for the campaign", "the mediator, retired judge Ann Voss" not
      // "retired judge Ann Voss"; an opening "Meanwhile," or "On Monday," may go), nor run on past
      // a comma into a phrase that is no place's ("its website, its commercial"; "Fort
      // Lauderdale, Fla." stays open).
      if edit == .dropFirst || edit == .dropFirstTwo, trimmed.lowerBound - 1 > lower,
        tokens[trimmed.lowerBound - 1].text == ",",
        !(lower..<(trimmed.lowerBound - 1)).allSatisfy({
          WordClasses.isAdverbLike(tokens[$0]) || WordClasses.timeWords.contains(tokens[$0])
            || WordClasses.prepositions.contains(tokens[$0])
        })
      {
        return
      }
      if edit == .extendRightOne || edit == .extendRightTwo,
        let comma = (upper..<trimmed.upperBound).first(where: { tokens[$0].text == "," }),
        ((comma + 1)..<trimmed.upperBound).contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized })
      {
        return
      }
      // Nor drop the clause that says why the source is unnamed (", who asked not to be named
      // because…", ", who was not authorized to speak publicly"): classification reads it as the
      // evidence, and the report leaves it out afterwards (`withoutWithholdingAside`).
      if edit != .keep, trimmed.count < source.count,
        source.contains(where: { k in !trimmed.contains(k) && withholds(at: k, tokens: tokens) })
      {
        return
      }
      var changedWords: UInt64 = 0
      if let changed { changedWords = window.lexical(changed, edge: .none) }
      if let changedToo { changedWords = changedWords &* 31 &+ window.lexical(changedToo, edge: .none) }
      features.removeAll(keepingCapacity: true)
      addFeatures(
        edit: edit, range: trimmed, original: source, changedWords: changedWords, before: before, sentence: sentence,
        window: window, into: &features)
      body(edit == .keep ? range : trimmed, features)
    }
    consider(.keep, source, changed: nil)
    for k in (lower + 1)..<max(upper, lower + 1) {
      let t = tokens[k]
      if t.kind == .punctuation
        ? (t.text == "," || t.text == "(" || t.text == ";" || ExtractionContext.isDash(t))
        : relativePronouns.contains(t)
      {
        consider(.cut, lower..<k, changed: k)
      }
    }
    if source.count > 1 {
      consider(.dropFirst, (lower + 1)..<upper, changed: lower)
      consider(.dropLast, lower..<(upper - 1), changed: upper - 1)
    }
    if source.count > 2 {
      consider(.dropFirstTwo, (lower + 2)..<upper, changed: lower, lower + 1)
      consider(.dropLastTwo, lower..<(upper - 2), changed: upper - 2, upper - 1)
    }
    // Outward edits stay in the sentence and off the cue.
    let leftLimit = cue.upperBound <= lower ? max(sentence.lowerBound, cue.upperBound) : sentence.lowerBound
    let rightLimit = cue.lowerBound >= upper ? min(sentence.upperBound, cue.lowerBound) : sentence.upperBound
    if lower - 1 >= leftLimit { consider(.extendLeftOne, (lower - 1)..<upper, changed: lower - 1, lower - 1) }
    if lower - 2 >= leftLimit { consider(.extendLeftTwo, (lower - 2)..<upper, changed: lower - 1, lower - 2) }
    if lower - 3 >= leftLimit { consider(.extendLeftThree, (lower - 3)..<upper, changed: lower - 1, lower - 3) }
    if upper + 1 <= rightLimit { consider(.extendRightOne, lower..<(upper + 1), changed: upper) }
    if upper + 2 <= rightLimit { consider(.extendRightTwo, lower..<(upper + 2), changed: upper) }
  }

  /// Days, months and their neighbours, which no source's name ends with.
  static let dateWords: WordSet = [
    "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// The class and feature of each word near a source span.
  struct Window {
    let lo: Int
    let classes: [WordClass]
    let lexicals: [UInt64]

    init(lo: Int, hi: Int, tokens: [Token]) {
      self.lo = lo
      let classes = (lo..<max(lo, hi)).map { SourceSpanRanker.wordClass(tokens[$0]) }
      self.classes = classes
      lexicals = (lo..<max(lo, hi)).map { SourceSpanRanker.lexical(tokens[$0], class: classes[$0 - lo]) }
    }

    func wordClass(_ k: Int?, edge: WordClass) -> WordClass {
      guard let k, k >= lo, k - lo < classes.count else { return edge }
      return classes[k - lo]
    }

    func lexical(_ k: Int?, edge: WordClass) -> UInt64 {
      guard let k, k >= lo, k - lo < lexicals.count else { return edge.rawValue }
      return lexicals[k - lo]
    }

    /// The classes of the words in a range, as bits.
    func classBits(_ range: Range<Int>) -> UInt64 {
      var bits: UInt64 = 0
      for k in range.clamped(to: lo..<(lo + classes.count)) { bits |= 1 << classes[k - lo].rawValue }
      return bits
    }
  }

  /// The range without punctuation and quote marks at its ends (as the scorer compares spans).
  static func trimmedRange(_ range: Range<Int>, tokens: [Token]) -> Range<Int> {
    var a = range.lowerBound
    var b = range.upperBound
    while a < b && (tokens[a].kind == .punctuation || tokens[a].kind == .quote) { a += 1 }
    while b > a && (tokens[b - 1].kind == .punctuation || tokens[b - 1].kind == .quote) { b -= 1 }
    return a..<b
  }

  // MARK: - Features

  /// A word's class for the features; `start` and `end` stand for the sentence's edges.
  enum WordClass: UInt64 {
    case none = 0
    case start, end, determiner, preposition, conjunction, time, pronoun, punctuation, number
    case adverb, gerund, past, capitalized, plural, lower
  }

  static let determiners: WordSet = [
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my", "your", "some",
    "many", "several", "one", "two", "three", "both", "all", "any", "each",
  ]
  static let prepositions: WordSet = [
    "of", "for", "in", "at", "on", "with", "from", "by", "to", "about", "as", "like", "including", "among",
  ]
  static let conjunctions: WordSet = ["and", "or", "but", "nor", "yet", "so"]
  /// Words of a clause that withholds a source's name.
  static let withholdingWords: WordSet = [
    "anonymity", "anonymously", "authorized", "authorised", "named", "identified", "withheld", "name", "names",
  ]

  /// Whether the word at `k` withholds a source's name: "anonymity", "anonymously", "withheld", or
  /// "named", "identified", "authorized" after a negation ("asked not to be named", "was not
  /// authorized"), or "name" after "only", "first" or a negation ("asked that only her first name
  /// be used");
  /// not "who was named chief executive" or "who identified him as". (The ranker has no word
  /// lists; the extractor asks the same of its anonymity markers and reasons.)
  static func withholds(at k: Int, tokens: [Token]) -> Bool {
    guard withholdingWords.contains(tokens[k]) else { return false }
    let word = tokens[k].lower
    if word == "anonymity" || word == "anonymously" || word == "withheld" { return true }
    // "who asked that only her first name be used", "asked that we not use his name".
    if word == "name" || word == "names" {
      return (max(0, k - 4)..<k).contains { ["not", "only", "first", "withhold"].contains(tokens[$0].lower) }
    }
    return (max(0, k - 4)..<k).contains {
      ["not", "never", "n't"].contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("n't")
    }
  }
  static let times: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    "earlier", "later", "last", "week", "month", "year", "morning", "night", "afternoon", "evening",
  ]
  static let relativePronouns: WordSet = ["who", "which", "whose"]
  static let pronouns: WordSet = ["he", "she", "they", "it", "i", "we", "you", "who", "which", "whose"]

  static func wordClass(_ t: Token) -> WordClass {
    if determiners.contains(t) { return .determiner }
    if prepositions.contains(t) { return .preposition }
    if conjunctions.contains(t) { return .conjunction }
    if times.contains(t) { return .time }
    if pronouns.contains(t) { return .pronoun }
    switch t.kind {
    case .punctuation, .quote: return .punctuation
    case .number: return .number
    case .word: break
    }
    let lower = t.lower.utf8
    if endsWith(lower, 0x6C, 0x79) { return .adverb }  // -ly
    if endsWith(lower, 0x6E, 0x67) && lower.dropLast(2).last == 0x69 { return .gerund }  // -ing
    if endsWith(lower, 0x65, 0x64) { return .past }  // -ed
    if t.isCapitalized { return .capitalized }
    return lower.last == 0x73 ? .plural : .lower
  }

  @inline(__always)
  static func endsWith(_ word: String.UTF8View, _ a: UInt8, _ b: UInt8) -> Bool {
    var it = word.reversed().makeIterator()
    return it.next() == b && it.next() == a
  }

  static let dashKey = WordKey.of("-")
  static let quoteKey = WordKey.of("\"")

  /// A word as a feature: function words and adverbs as themselves, other words by their class
  /// (names and content words would tie the model to the training articles).
  static func lexical(_ t: Token, class c: WordClass) -> UInt64 {
    switch c {
    case .determiner, .preposition, .conjunction, .time, .pronoun, .adverb: return t.key
    case .punctuation: return ExtractionContext.isDash(t) ? dashKey : t.kind == .quote ? quoteKey : t.key
    default: return c.rawValue
    }
  }

  static func addFeatures(
    edit: Edit, range: Range<Int>, original: Range<Int>, changedWords: UInt64, before: Bool, sentence: Range<Int>,
    window: Window, into out: inout [UInt64]
  ) {
    func combine(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
      FeatureContext.combine(100 + template, edit.rawValue, a &* 0x9E37_79B9 &+ b)
    }
    let first = range.lowerBound
    let last = range.upperBound - 1
    let previous = range.lowerBound > sentence.lowerBound ? range.lowerBound - 1 : nil
    let next = range.upperBound < sentence.upperBound ? range.upperBound : nil
    let side: UInt64 = before ? 1 : 2
    let pb = window.lexical(previous, edge: .start)
    let na = window.lexical(next, edge: .end)
    // Which classes of words the edit adds or takes away (a verb, a comma, a name).
    var classes: UInt64 = 0
    if range.overlaps(original) {
      classes |= window.classBits(
        min(range.lowerBound, original.lowerBound)..<max(range.lowerBound, original.lowerBound))
      classes |= window.classBits(
        min(range.upperBound, original.upperBound)..<max(range.upperBound, original.upperBound))
    } else {
      classes = window.classBits(range) | window.classBits(original)
    }
    out.append(combine(0, 0))
    out.append(combine(1, side))
    out.append(combine(2, changedWords))
    out.append(combine(3, window.lexical(first, edge: .none)))
    out.append(combine(4, window.lexical(last, edge: .none)))
    out.append(combine(5, pb))
    out.append(combine(6, na))
    out.append(combine(7, window.wordClass(first, edge: .none).rawValue, window.wordClass(last, edge: .none).rawValue))
    out.append(
      combine(8, window.wordClass(previous, edge: .start).rawValue, window.wordClass(next, edge: .end).rawValue))
    out.append(combine(9, UInt64(min(range.count, 8))))
    out.append(combine(10, changedWords, side))
    out.append(combine(11, UInt64(min(original.count, 10))))
    out.append(combine(12, pb, na))
    out.append(combine(13, classes))
    out.append(combine(14, classes, side))
  }

  // MARK: - Training

  /// Trains the ranker on groups of choices, each with the index of the one that matches the
  /// annotated span (groups where none does teach nothing and are left out by the caller).
  /// With `orders` above 1, the average of that many rankers, each reading the examples in its
  /// own order (as the cue tagger's training does).
  static func train(
    _ groups: [(choices: [Choice], gold: Int)], epochs: Int, minimumCount: Int, orders: Int
  ) -> [UInt64: Float] {
    averageOverOrders(orders) { shift in train(groups, epochs: epochs, minimumCount: minimumCount, shift: shift) }
  }

  static func train(
    _ groups: [(choices: [Choice], gold: Int)], epochs: Int, minimumCount: Int, shift: Int
  ) -> [UInt64: Float] {
    var counts: [UInt64: Int] = [:]
    for group in groups {
      for choice in group.choices {
        for f in choice.features { counts[f, default: 0] += 1 }
      }
    }
    let kept = groups.map { group in
      (choices: group.choices.map { $0.features.filter { counts[$0, default: 0] >= minimumCount } }, gold: group.gold)
    }
    var weights: [UInt64: Float] = [:]
    var totals: [UInt64: Float] = [:]
    var stamps: [UInt64: Int] = [:]
    var step = 1
    func update(_ features: [UInt64], _ delta: Float) {
      for f in features {
        let w = weights[f] ?? 0
        totals[f, default: 0] += Float(step - (stamps[f] ?? 0)) * w
        stamps[f] = step
        weights[f] = w + delta
      }
    }
    for epoch in 0..<epochs {
      let offset = kept.isEmpty ? 0 : (epoch * 97 + shift) % kept.count
      for n in kept.indices {
        let group = kept[(n + offset) % kept.count]
        var best = 0
        var bestScore = -Float.infinity
        for (i, features) in group.choices.enumerated() {
          let score = features.reduce(Float(0)) { $0 + (weights[$1] ?? 0) }
          if score > bestScore { (best, bestScore) = (i, score) }
        }
        if best != group.gold {
          update(group.choices[group.gold], 1)
          update(group.choices[best], -1)
        }
        step += 1
      }
    }
    var averaged: [UInt64: Float] = [:]
    for (f, w) in weights {
      let value = ((totals[f] ?? 0) + Float(step - (stamps[f] ?? 0)) * w) / Float(step)
      if abs(value) >= 0.0005 { averaged[f] = value }
    }
    return averaged
  }
}
