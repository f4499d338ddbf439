/// Finds attributions in an article's text: cues, their sources and content.
///
/// Pure Swift, no I/O. The rules work on tokens, sentences and quotations
/// (``TextStructure``); vocabulary comes from the ``Lexicon``. Each shape the
/// rules recognise is listed, with sentences it must and must not match, in
/// ``AttributionRules``.
public struct AttributionExtractor: Sendable {
  public let lexicon: Lexicon
  /// The learned cue detector that adds cues the word lists do not hold; nil for rules only.
  public let tagger: CueTagger?
  /// Whether every attribution inside another source's quotation is kept. By default those whose
  /// source is a pronoun, a vague collective or missing are left out: they are the speaker's
  /// figures of speech ("I say we", "what can I say", "he said this, he tweeted that"), not the
  /// outlet's sourcing. A named source inside a quotation ("as even the Taiwan government has
  /// confirmed") stays.
  public var includeNested = false

  public init(lexicon: Lexicon, tagger: CueTagger? = nil) {
    self.lexicon = lexicon
    self.tagger = tagger
  }

  /// How a cue relates to its source.
  enum CueShape {
    /// "X said", "X declined to comment": the source stands before the cue.
    case verb
    /// "according to X": the source follows the cue.
    case preposition
  }

  /// A cue and the token ranges found for it, before classification.
  struct Candidate {
    /// "claims by the union that…": a claim's noun whose agent follows it.
    var isClaimNoun: Bool { lemma == "claim" && shape == .preposition }

    var cue: Range<Int>
    /// The cue word itself (without auxiliaries), for lemma and passive tests.
    var head: Int
    var lemma: String
    var shape: CueShape
    var nonanswer: DenialKind?
    var source: Range<Int>?
    var content: Range<Int>?
    var negated = false
    /// For a relative "who": the phrase it stands for.
    var antecedent: Range<Int>?
    /// The source's span as reported, where the learned ranker moved its edges; `source` stays
    /// the rules' phrase, which the classification reads.
    var reportedSource: Range<Int>?
    /// A source the ranker leaves alone: its phrase is not the subject before the cue ("Messages
    /// left for the company were not returned").
    var sourceIsFixed = false
    /// The source as reported once classification is done, without the clause that says why it
    /// is unnamed; until then the attribution carries the whole phrase, which resolution reads.
    var sourceWithoutAside: Range<Int>?
    /// A source a record shows speaking ("Minutes record a Department official telling"): the
    /// record leaves them unnamed, the reporter grants them no anonymity.
    var recordedByDocument = false
  }

  /// Analyses one article's text. `outlet` is the publishing outlet's name,
  /// used to tell self-references from citations of other outlets.
  public func analyze(text: String, outlet: String? = nil) -> ArticleAnalysis {
    let scalars = Array(text.unicodeScalars)
    let structure = TextStructure(tokens: Tokenizer.tokenize(scalars: scalars))
    let context = ExtractionContext(
      structure: structure, scalars: scalars, lexicon: lexicon,
      publisher: outlet.flatMap { lexicon.canonicalOutlet(for: $0) ?? $0 })
    var attributions = context.classify(candidates(in: context))
    if !includeNested {
      // Inside someone's quotation, "I", "he", a group or a missing source is a figure of the
      // speaker's speech. A person or "sources" quoted in the same sentence as the speaker's own
      // cue ("'Donald Trump says he will make America great again,' Warren said") is the speaker's
      // account. An institution or record the speaker invokes ("as even the Taiwan government
      // has confirmed") is kept, and so is a named person in a quotation that stands as a sentence
      // of its own.
      let tagged = Set(attributions.filter { !$0.nested }.compactMap { $0.sentence?.start })
      attributions.removeAll { a in
        guard a.nested else { return false }
        // ("They'd say, 'Go to first aid'": a contraction too.)
        let pronoun =
          a.source.map {
            WordClasses.subjectPronouns.contains(String($0.text.lowercased().prefix { $0 != "'" && $0 != "\u{2019}" }))
          } ?? true
        if pronoun || [.pronoun, .vague, .none].contains(a.sourceKind) { return true }
        return [.person, .anonymous].contains(a.sourceKind) && a.sentence.map { tagged.contains($0.start) } == true
      }
    }
    let (hedges, hedgeMentions) = context.hedges()
    let words = structure.tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
    return ArticleAnalysis(
      attributions: attributions, hedges: hedges, hedgeMentions: hedgeMentions, words: words,
      sentences: structure.sentences.count)
  }
}

extension AttributionExtractor {
  /// The cues of an article with their sources and content, before classification; with a
  /// learned model, each source's edges as its ranker chooses them.
  func candidates(in context: ExtractionContext) -> [Candidate] {
    var candidates = ruleCandidates(in: context)
    guard let tagger else {
      return candidates.map(context.finishedSource)
    }
    let structure = context.structure
    let table = tagger.table
    for i in candidates.indices {
      guard let source = candidates[i].source, !source.isEmpty, !candidates[i].sourceIsFixed else { continue }
      let best = SourceSpanRanker.best(
        source: source, cue: candidates[i].cue,
        sentence: structure.sentences[structure.sentenceOfToken[source.lowerBound]],
        tokens: structure.tokens
      ) { table[$0] }
      // (No edge moved over another cue: "Lisle also said a recent validation study, conducted in
      // 2021, showed" is the study's, without the sentence's first clause.)
      guard best.index != 0 else { continue }
      let takesInCue = candidates.indices.contains { j in
        j != i && best.range.overlaps(candidates[j].cue) && !source.overlaps(candidates[j].cue)
          // (A capitalised word that opens the phrase may be its noun: "Reports out of the cities".)
          && !structure.tokens[candidates[j].head].isCapitalized
      }
      if !takesInCue { candidates[i].reportedSource = best.range }
    }
    return candidates.map(context.finishedSource)
  }

  /// The candidates of the rules and the tagger, each source as the rules found it.
  func ruleCandidates(in context: ExtractionContext) -> [Candidate] {
    let structure = context.structure
    context.learnedCues = tagger?.cueTokens(in: structure, lexicon: lexicon, skippingQuotations: !includeNested)
    var candidates: [Candidate] = []
    for sentence in structure.sentences {
      candidates.append(contentsOf: context.candidates(in: sentence).map(context.takingInWithholdingClause))
    }
    candidates.removeAll(where: context.isReportersQuestion)
    return candidates
  }

  /// Trains the source-span ranker on annotated articles: the extractor, with `tagger`, finds
  /// each article's candidates, and each whose cue overlaps an annotated cue with a source is an
  /// example of which edges are right. Returns the ranker's weights, to add to the tagger's.
  public static func trainSourceRanker(
    _ articles: [(text: String, pairs: [(cue: Range<Int>, source: Range<Int>)])], lexicon: Lexicon,
    tagger: CueTagger, epochs: Int, minimumCount: Int, orders: Int = 1
  ) -> [UInt64: Float] {
    let extractor = AttributionExtractor(lexicon: lexicon, tagger: tagger)
    var groups: [(choices: [SourceSpanRanker.Choice], gold: Int)] = []
    for article in articles {
      let scalars = Array(article.text.unicodeScalars)
      let structure = TextStructure(tokens: Tokenizer.tokenize(scalars: scalars))
      let context = ExtractionContext(structure: structure, scalars: scalars, lexicon: lexicon, publisher: nil)
      let tokens = structure.tokens
      for candidate in extractor.ruleCandidates(in: context) {
        guard let source = candidate.source, !source.isEmpty, !candidate.sourceIsFixed else { continue }
        let cueStart = tokens[candidate.cue.lowerBound].start
        let cueEnd = tokens[candidate.cue.upperBound - 1].end
        guard let pair = article.pairs.first(where: { $0.cue.lowerBound < cueEnd && cueStart < $0.cue.upperBound })
        else { continue }
        let gold = BratAnnotations.trimmed(pair.source, in: scalars)
        let choices = SourceSpanRanker.choices(
          source: source, cue: candidate.cue,
          sentence: structure.sentences[structure.sentenceOfToken[source.lowerBound]],
          tokens: tokens)
        let match = choices.firstIndex { choice in
          let r = SourceSpanRanker.trimmedRange(choice.range, tokens: tokens)
          return !r.isEmpty
            && BratAnnotations.trimmed(tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end, in: scalars) == gold
        }
        if let match { groups.append((choices, match)) }
      }
    }
    return SourceSpanRanker.train(groups, epochs: epochs, minimumCount: minimumCount, orders: orders)
  }
}

/// The working state of one article's analysis.
final class ExtractionContext {
  let structure: TextStructure
  let scalars: [Unicode.Scalar]
  let lexicon: Lexicon
  let publisher: String?
  /// For each token, whether the learned tagger marks it as part of a cue.
  var learnedCues: [Bool]? = nil
  /// The structure's tokens, held directly: read on every step of every rule.
  let tokens: [Token]

  /// The publisher's name in lower-case words without a leading "the" ("metro-wire" → metro, wire).
  let publisherWords: [String]

  /// The newspaper's word the article adds to the publisher's folder name to spell its masthead:
  /// "reporter" when the folder `harrowdale-health` meets "the Harrowdale Health Reporter", so
  /// that "The Reporter understands" is the publisher too.
  lazy var publisherMastheadWord: String? = {
    let n = publisherWords.count
    guard n >= 1, tokens.count > n, let last = publisherWords.last, !lexicon.outletNameWords.contains(last) else {
      return nil
    }
    for k in 0..<(tokens.count - n) where tokens[k].isCapitalized && tokens[k].lower == publisherWords[0] {
      let next = tokens[k + n]
      if (0..<n).allSatisfy({ tokens[k + $0].isCapitalized && tokens[k + $0].lower == publisherWords[$0] }),
        next.kind == .word, next.isCapitalized, lexicon.outletNameWords.contains(next)
      {
        return next.lower
      }
    }
    return nil
  }()

  /// Paragraphs a site prints in every article, addressed to the reader: a newsletter's sign-up,
  /// a privacy notice, an appeal for money ("By signing up, you agree to our Privacy Policy",
  /// "Please consider making a contribution"). Two of their phrases and a "you" outside any
  /// quotation mark them; nothing in them is the article's sourcing.
  lazy var siteFurniture: Set<Int> = {
    var furniture = Set<Int>()
    guard let last = structure.paragraphOfToken.last else { return furniture }
    let paragraphs = last + 1
    var starts = [Int](repeating: 0, count: paragraphs)
    var ends = [Int](repeating: 0, count: paragraphs)
    var phrases = [Set<String>](repeating: [], count: paragraphs)
    var addressed = [Bool](repeating: false, count: paragraphs)
    var disclaimer = [Set<String>](repeating: [], count: paragraphs)
    for k in tokens.indices {
      let paragraph = structure.paragraphOfToken[k]
      if k == 0 || structure.paragraphOfToken[k - 1] != paragraph { starts[paragraph] = k }
      ends[paragraph] = k
      // (Most words are none of these: one look-up each.)
      let t = tokens[k]
      guard t.kind == .word, Self.furnitureWords.contains(t) else { continue }
      let quoted = structure.quotationOfToken[k] >= 0
      if !quoted, ["you", "your"].contains(t.lower) { addressed[paragraph] = true }
      if !quoted,
        let phrase = Self.furniturePhrases.first(where: { phrase in
          phrase.indices.allSatisfy { k + $0 < tokens.count && tokens[k + $0].lower == phrase[$0] }
        })
      {
        phrases[paragraph].insert(phrase.joined(separator: " "))
      }
      // A photo gallery's captions, run together with its counter ("Hide Caption 3 of 24"): the
      // gallery's words, not the article's. (PolNeAR's texts of the same pages leave them out.)
      // A video player's titles: "JUST WATCHED Psaki: Fiscal cliff 'package is good' Replay More
      // Videos ... MUST WATCH Psaki: …".
      let caption =
        k + 3 < tokens.count && t.lower == "caption" && tokens[k + 1].kind == .number && tokens[k + 2].lower == "of"
        && tokens[k + 3].kind == .number
      let player =
        k + 2 < tokens.count && t.text == "Replay" && tokens[k + 1].text == "More" && tokens[k + 2].text == "Videos"
      if caption || player { furniture.insert(paragraph) }
      if Self.disclaimerWords.contains(t) { disclaimer[paragraph].insert(t.lower) }
    }
    for paragraph in 0..<paragraphs {
      let start = starts[paragraph]
      let end = ends[paragraph]
      if phrases[paragraph].count >= 2 && addressed[paragraph] { furniture.insert(paragraph) }
      // A columnist's disclaimer: "The opinions expressed by columnists are their own and do not
      // represent the views of Townhall.com."
      if disclaimer[paragraph].isSuperset(of: ["views", "expressed"]),
        !disclaimer[paragraph].isDisjoint(with: ["represent", "reflect"]), end - start < 40
      {
        furniture.insert(paragraph)
      }
      guard end - start <= 30 else { continue }
      // A link to other stories, set in parentheses under a label: "( PHOTOS: 10 slams on the IRS)",
      // "( Also on POLITICO: McCain calls Benghazi 'a cover-up')", "(WATCH: …)".
      if tokens[start].text == "(", tokens[end].text == ")",
        window(start + 1, min(end, start + 6)).contains(where: { tokens[$0].text == ":" })
      {
        furniture.insert(paragraph)
      }
      // ("More: Trump says sanctuary cities…", "SEE ALSO: …", "Related: …": the same without them.)
      let label = window(start, min(end + 1, start + 3)).prefix { tokens[$0].kind == .word }.map { tokens[$0].lower }
      let colon = start + label.count
      if !label.isEmpty, colon <= end, tokens[colon].text == ":", Self.linkLabels.contains(label.joined(separator: " "))
      {
        furniture.insert(paragraph)
      }
    }
    return furniture
  }()

  static let furniturePhrases: [[String]] = [
    ["newsletter"], ["newsletters"], ["subscribe"], ["subscribing"], ["unsubscribe"], ["sign", "up"],
    ["signing", "up"], ["privacy", "policy"], ["opt-out"], ["opt", "out"], ["inbox"], ["terms", "of", "service"],
    ["terms", "of", "use"], ["financial", "contribution"], ["making", "a", "contribution"],
    ["make", "a", "contribution"],
  ]

  static let disclaimerList = ["opinions", "views", "expressed", "represent", "reflect", "necessarily"]
  static let disclaimerWords = WordSet(disclaimerList)

  /// Every word the scan for site furniture stops at.
  static let furnitureWords = WordSet(
    furniturePhrases.map { $0[0] } + ["you", "your", "caption", "replay"] + disclaimerList)

  /// Labels of a line that links to other stories ("More:", "SEE ALSO:", "Related:").
  static let linkLabels: Set<String> = [
    "more", "see also", "related", "read more", "also read", "read also", "also on", "watch", "photos", "video",
    "related coverage", "related stories", "further reading",
  ]

  /// Plural words the article itself writes in small letters and never capitalises inside a
  /// sentence: common nouns, whatever their capital at a sentence's start ("Buyers allege" where
  /// the story also has "a dispute between buyers"; not "Sessions said" beside "Jeff Sessions").
  /// Built on the first question, which only a sentence that opens with a capitalised plural asks.
  lazy var commonPlurals: Set<String> = {
    let (small, capitalisedInside) = capitalUse { w in w.utf8.count > 3 && w.utf8.last == UInt8(ascii: "s") }
    return small.subtracting(capitalisedInside)
  }()

  /// Words the article capitalises somewhere inside a sentence (not as its first word, nor right
  /// after a quotation mark, a dateline's dash or a colon): names, or parts of one. Built on the
  /// first question.
  lazy var capitalisedInside: Set<String> = capitalUse { _ in true }.capitalisedInside

  /// Marks after which a capital opens a clause: "DAR ES SALAAM — Clearing agents said".
  static let marksBeforeClause: Set<String> = ["\u{2014}", "\u{2013}", "-", ":"]

  /// The words `include` accepts, split by how the article writes them: those it writes in small
  /// letters somewhere, and those it capitalises inside a sentence.
  func capitalUse(_ include: (String) -> Bool) -> (small: Set<String>, capitalisedInside: Set<String>) {
    var small = Set<String>()
    var capitalisedInside = Set<String>()
    var sentence = -1
    var opensSentence = false
    for (k, t) in tokens.enumerated() {
      // (Whether the word is its sentence's first.)
      if structure.sentenceOfToken[k] != sentence {
        sentence = structure.sentenceOfToken[k]
        opensSentence = true
      }
      guard t.kind == .word else { continue }
      defer { opensSentence = false }
      guard include(t.lower) else { continue }
      if !t.isCapitalized {
        small.insert(t.lower)
      } else if !opensSentence,
        k == 0 || tokens[k - 1].kind != .quote && !Self.marksBeforeClause.contains(tokens[k - 1].text)
      {
        capitalisedInside.insert(t.lower)
      }
    }
    return (small, capitalisedInside)
  }

  /// Whether a capitalised word that opens a sentence is a common plural (`commonPlurals`).
  /// (Not a role's plural, "Lawyers for Tyson", "Leaders of the nations", whose people the
  /// classification reads from what follows them.)
  func isCommonPlural(_ w: String) -> Bool {
    guard w.utf8.count > 3, w.utf8.last == UInt8(ascii: "s"), w.allSatisfy(\.isLetter) else { return false }
    let singular = String(w.dropLast())
    return !WordClasses.personRoles.contains(singular) && !lexicon.titles.contains(singular)
      && commonPlurals.contains(w)
  }

  /// Whether the article is a transcript or a Q&A: three or more paragraphs open with a speaker's
  /// name in capitals and a colon ("VARGA: Parts of it.", "TOBIAS QUIST, HOST:").
  lazy var isTranscript: Bool = {
    var labels = 0
    var k = 0
    while k < tokens.count {
      if k == 0 || structure.paragraphOfToken[k] != structure.paragraphOfToken[k - 1], speakerLabelEnd(at: k) != nil {
        labels += 1
        if labels >= 3 { return true }
      }
      k += 1
    }
    return false
  }()

  /// For a paragraph that opens with a name in capitals and a colon, the colon's index.
  func speakerLabelEnd(at start: Int) -> Int? {
    var k = start
    while k < tokens.count && k - start < 6
      && (tokens[k].kind == .word && tokens[k].isAllCaps || tokens[k].text == "," && k > start)
    {
      k += 1
    }
    return k > start && k < tokens.count && tokens[k].text == ":" ? k : nil
  }

  init(structure: TextStructure, scalars: [Unicode.Scalar], lexicon: Lexicon, publisher: String?) {
    self.structure = structure
    self.tokens = structure.tokens
    self.scalars = scalars
    self.lexicon = lexicon
    self.publisher = publisher
    var words = (publisher ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(
      String.init)
    if words.first == "the" { words.removeFirst() }
    // ("femo-askoe-smaaoer-tidende": a doubled "a" that spells "å" is one "a", as
    // ExtractionContext.withoutAccents reads the article's words.)
    publisherWords = words.map { $0.replacingOccurrences(of: "aa", with: "a") }
  }

  /// (A run of spaces, such as a blanked link card leaves, reads as one: "Kentucky Sen. Rand
  /// Paul (R-Ky.)", so that the name is tallied as the same source wherever it stands.)
  func text(_ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    let raw = Tokenizer.string(scalars, start..<end)
    // (Two spaces in a row, found on the bytes: this runs for every span the rules read.)
    var previousSpace = false
    var doubled = false
    for byte in raw.utf8 {
      if byte == 0x20 {
        if previousSpace {
          doubled = true
          break
        }
        previousSpace = true
      } else {
        previousSpace = false
      }
    }
    guard doubled else { return raw }
    return raw.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// The text of a token range; an empty range gives an empty span where it starts.
  func span(_ range: Range<Int>) -> Span {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else {
      let at = range.lowerBound < tokens.count && range.lowerBound >= 0 ? tokens[range.lowerBound].start : scalars.count
      return Span(start: at, end: at, text: "")
    }
    let start = tokens[range.lowerBound].start
    let end = tokens[range.upperBound - 1].end
    return Span(start: start, end: end, text: text(start, end))
  }

  func lower(_ i: Int) -> String { tokens[i].lower }

  /// A dash token: "―", "—", "–" or "--" (compared by scalar, not as strings, which would
  /// normalise them on every comparison).
  static func isDash(_ token: Token) -> Bool {
    let scalars = token.text.unicodeScalars
    guard let first = scalars.first else { return false }
    switch first.value {
    case 0x2015, 0x2014, 0x2013: return scalars.count == 1
    case 0x2D: return token.text == "--"
    default: return false
    }
  }

  // MARK: - Cue candidates

  func candidates(in sentence: Range<Int>) -> [AttributionExtractor.Candidate] {
    if isByline(sentence) { return [] }
    if !sentence.isEmpty, siteFurniture.contains(structure.paragraphOfToken[sentence.lowerBound]) { return [] }
    var found: [AttributionExtractor.Candidate] = []
    if let poll = pollOpening(of: sentence) { found.append(poll) }
    if let unanswered = unansweredInquiry(in: sentence) { found.append(unanswered) }
    if let neither = neitherAnswered(in: sentence) { found.append(neither) }
    // (Past the cue too: "Neither orchestra responded" is one refusal, not a second "responded".)
    var i = found.last.map { max($0.source?.upperBound ?? 0, $0.cue.upperBound) } ?? sentence.lowerBound
    while i < sentence.upperBound {
      if tokens[i].text == ":",
        let candidate = colonCandidate(at: i, in: sentence) ?? headlineColon(at: i, in: sentence)
      {
        found.append(candidate)
        i += 1
        continue
      }
      if tokens[i].kind == .punctuation, ExtractionContext.isDash(tokens[i]) || isSpacedHyphenAfterQuotation(i),
        let candidate = dashCandidate(at: i, in: sentence)
      {
        found.append(candidate)
        // (The signer follows the dash; a speaker before it is already behind.)
        i = max(candidate.source?.upperBound ?? (i + 1), i + 1)
        continue
      }
      guard tokens[i].kind == .word else {
        i += 1
        continue
      }
      if let hit = lexicon.nonanswers.match(at: i, limit: sentence.upperBound, tokens: tokens)
        ?? leftUnanswered(at: i, in: sentence).map({ (length: $0 - i, payload: DenialKind.noResponse) })
        ?? declinedRequest(at: i, in: sentence).map({ (length: $0 - i, payload: DenialKind.noComment) })
      {
        // "did not respond to treatment", "did not return to the stage": no inquiry, no attribution.
        // ("would not take calls": the phrase names the inquiry itself.)
        guard
          hit.payload != .noResponse
            || (i..<(i + hit.length)).contains(where: { Self.inquiryWords.contains(tokens[$0]) })
            || answersAnInquiry(
              after: i + hit.length, in: sentence,
              // ("The machines left the site in August and have not returned": a return with no
              // calls or messages after it is a coming back.)
              orNothing: !["return", "returned"].contains(tokens[i + hit.length - 1].lower))
        else {
          i += hit.length
          continue
        }
        // "Mueller's report isn't saying Congress should investigate", "I wouldn't say it's the
        // easiest place": a clause after a negated "say" is what was said, not a question left
        // unanswered ("isn't saying what", "wouldn't say whether" are). The cue is an ordinary one.
        if negatedSayTakesClause(at: i, length: hit.length, in: sentence) {
          i += hit.length - 1
          continue
        }
        // "Neither responded": the refusal's own first word is its subject. (Not "a claim the
        // ministry has neither confirmed nor denied": the subject stands before it.)
        let neither =
          tokens[i].lower == "neither" && hit.length > 1 && !["confirmed", "confirm"].contains(tokens[i + 1].lower)
        let cue = (neither ? i + 1 : i)..<(i + hit.length)
        var candidate = AttributionExtractor.Candidate(
          cue: cue, head: cue.lowerBound, lemma: hit.payload.rawValue, shape: .verb, nonanswer: hit.payload)
        // "A spokeswoman also declined to comment", "The studio has so far refused to confirm":
        // adverbs stand between subject and verb.
        var subjectEnd = i
        while !neither && subjectEnd > sentence.lowerBound {
          let previous = tokens[subjectEnd - 1]
          if WordClasses.isAdverbLike(previous) && !WordClasses.beVerbs.contains(previous) {
            subjectEnd -= 1
          } else if previous.lower == "far", subjectEnd - 2 >= sentence.lowerBound,
            ["so", "thus"].contains(tokens[subjectEnd - 2].lower)
          {
            subjectEnd -= 2
          } else {
            break
          }
        }
        // ("Former provincial environment and natural resources officer Engr. Roberto Dimaano
        // declined to comment": noun phrases joined by "and" that open the sentence are one subject.)
        candidate.source =
          neither
          ? i..<(i + 1)
          : subjectBefore(cueStart: subjectEnd, in: sentence, earlier: found).map {
            coordinatedSubject($0, in: sentence)
          }
        // "The Herald reached out to the owner, Ray Holt, but did not hear back": the one who gave
        // no answer is whom the writer tried to reach.
        if hit.payload == .noResponse, !neither, let reached = reachedParty(before: subjectEnd, in: sentence) {
          candidate.source = reached
        }
        // "Police have not released the victim's name": a body that withholds what it holds
        // declines to say; "Trump has not released his tax returns" is no answer to anyone.
        // ("the federal government had not released a single kobo of the funds": money withheld is
        // no answer withheld.)
        if tokens[cue.upperBound - 1].lower == "released",
          candidate.source.map({ classifySource($0).kind != .organization }) ?? true
            || window(cue.upperBound, min(sentence.upperBound, cue.upperBound + 8)).contains(where: {
              // ("had not released the P180,000 fuel budget", "has not released Sh18 million".)
              Self.moneyWords.contains(tokens[$0]) || startsWithCurrencySymbol(tokens[$0])
                || hasCurrencyLetters(tokens[$0])
            })
        {
          i = cue.upperBound
          continue
        }
        // ("the union will strike if a deal could not be reached": an outcome, not a person, goes unreached.)
        if hit.payload == .noResponse, tokens[cue.upperBound - 1].lower == "reached", let source = candidate.source,
          Self.outcomes.contains(tokens[headPhrase(source).upperBound - 1])
        {
          i = cue.upperBound
          continue
        }
        found.append(candidate)
        i = cue.upperBound
        continue
      }
      if let refusal = interruptedRefusal(at: i, in: sentence) {
        var candidate = AttributionExtractor.Candidate(
          cue: i..<(i + 1), head: i, lemma: DenialKind.noComment.rawValue, shape: .verb, nonanswer: .noComment)
        candidate.source = subjectBefore(cueStart: i, in: sentence, earlier: found)
        candidate.content = trimmedContent(refusal..<sentence.upperBound)
        found.append(candidate)
        i += 1
        continue
      }
      if let hit = lexicon.prepositionalCues.match(at: i, limit: sentence.upperBound, tokens: tokens),
        let candidate = prepositionalCandidate(at: i, length: hit.length, lemma: hit.payload, in: sentence)
      {
        found.append(candidate)
        i = candidate.cue.upperBound
        continue
      }
      // "Insiders claim the minister never declared the trip", "Observers note that": a bare
      // "claim", "note" or "report" (a noun as often as not) is a verb after a plural that names
      // sources.
      // ("Critics also note", "Growers still claim": an adverb may stand between.)
      if ["claim", "note", "report"].contains(tokens[i].lower), i > sentence.lowerBound,
        case let subjectEnd = pluralBeforePlace(bareVerbSubjectEnd(before: i, in: sentence), in: sentence),
        case let previous = tokens[subjectEnd], previous.kind == .word, previous.lower.hasSuffix("s"),
        lexicon.anonymousHeads.contains(previous) || isVagueWord(previous.lower)
          // ("though the authors note that": people, then what they say.)
          || i + 1 < sentence.upperBound && tokens[i + 1].lower == "that" && !previous.isCapitalized
            && looksLikePersonNounOrPlural(previous.lower),
        let candidate = verbCandidate(at: i, length: 1, lemma: tokens[i].lower, in: sentence, earlier: found)
      {
        found.append(candidate)
        i += 1
        continue
      }
      // "Some ferrymen suspect the new timetable", "Stallholders blame the parking charges": a belief or a blame
      // held by people named by a plural, which the cue tagger seldom learned.
      // (Not a noun: "the suspect", "shares blame".)
      // ("Residents of nearby Lüttkenhagen blame": or the plural before the place.)
      if ["suspect", "blame"].contains(tokens[i].lower), i > sentence.lowerBound, i + 1 < sentence.upperBound,
        case let subjectEnd = pluralBeforePlace(bareVerbSubjectEnd(before: i, in: sentence), in: sentence),
        case let previous = tokens[subjectEnd], previous.kind == .word,
        !previous.isCapitalized || subjectEnd == firstWord(of: sentence),
        ["they", "we"].contains(previous.lower)
          // ("Police suspect", not "A police suspect".)
          || previous.lower == "police"
            && !(subjectEnd > sentence.lowerBound && WordClasses.determiners.contains(tokens[subjectEnd - 1]))
          || previous.lower.count > 4 && previous.lower.hasSuffix("men")
          || previous.lower.hasSuffix("s") && previous.lower.count > 3
            && (lexicon.anonymousHeads.contains(previous) || isVagueWord(previous.lower)
              || isPersonNoun(previous.lower) || looksLikeAgentNoun(previous.lower)),
        case let next = tokens[i + 1], next.kind == .word || next.kind == .quote,
        !WordClasses.prepositions.contains(next) || next.lower == "that",
        let candidate = verbCandidate(at: i, length: 1, lemma: tokens[i].lower, in: sentence, earlier: found)
      {
        found.append(candidate)
        i += 1
        continue
      }
      // "Councillor Osei welcomed the inspectors' findings": a response to a decision or a
      // finding, which PolNeAR's annotators mark as a cue.
      if ["welcomed", "welcomes"].contains(tokens[i].lower), i > sentence.lowerBound,
        let noun = window(i + 1, min(i + 5, sentence.upperBound)).first(where: {
          Self.welcomedNews.contains(tokens[$0])
        }),
        noun > i + 1, !tokens[noun].isCapitalized,
        ((i + 1)..<noun).allSatisfy({ k in
          tokens[k].kind == .word && !tokens[k].isCapitalized
            && (k > i + 1 || WordClasses.determiners.contains(tokens[k]) || WordClasses.isPossessive(tokens[k]))
        }),
        let candidate = verbCandidate(at: i, length: 1, lemma: "welcome", in: sentence, earlier: found)
      {
        found.append(candidate)
        i += 1
        continue
      }
      // ("The deputy commissioner informed that…", South Asian English: a rule of its own, as the
      // cue tagger does not know the word.)
      if Self.informs.contains(tokens[i]), i + 1 < sentence.upperBound, tokens[i + 1].lower == "that",
        let candidate = verbCandidate(at: i, length: 2, lemma: "inform", in: sentence, earlier: found)
      {
        found.append(candidate)
        i += 2
        continue
      }
      // "The broadcaster quoted an unnamed shareholder as saying the criticism was sour grapes":
      // two cues, the outlet's "quoted" and the quoted one's "saying", each with its own source.
      if tokens[i].lower == "quoted", let saying = quotedAsSaying(at: i, in: sentence),
        var outer = verbCandidate(at: i, length: 1, lemma: "quote", in: sentence, earlier: found),
        outer.source != nil
      {
        outer.content = trimmedContent((i + 1)..<sentence.upperBound)
        var inner = AttributionExtractor.Candidate(
          cue: saying..<(saying + 1), head: saying, lemma: "say", shape: .verb, nonanswer: nil)
        inner.source = trimmedContent((i + 1)..<(saying - 1))
        inner.sourceIsFixed = true
        inner.content = trimmedContent((saying + 1)..<sentence.upperBound)
        found.append(outer)
        found.append(inner)
        i = saying + 1
        continue
      }
      // "…our only road," as Inger Holm of the residents' association puts it', "as he put it on
      // Wednesday": the one after "as" is the source, and the clause before it what was said.
      if ["put", "puts"].contains(tokens[i].lower), i + 1 < sentence.upperBound, tokens[i + 1].lower == "it",
        let asWord = (max(sentence.lowerBound, i - 10)..<i).last(where: { tokens[$0].lower == "as" }), asWord + 1 < i,
        asWord == firstWord(of: sentence) || tokens[asWord - 1].text == "," || tokens[asWord - 1].kind == .quote,
        ((asWord + 1)..<i).allSatisfy({ tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) })
      {
        var candidate = AttributionExtractor.Candidate(
          cue: i..<(i + 2), head: i, lemma: "say", shape: .verb, nonanswer: nil)
        candidate.source = (asWord + 1)..<i
        candidate.sourceIsFixed = true
        // (What was put is the quotation just before "as", where there is one: not "Mrs. Clinton
        // regularly pledges to ''make sure…,'' as she put it", whose pledge is a cue of its own.)
        // (Without one, the clause after the last comma or "that": not "I certainly agree that…,
        // as you put it", whose agreeing is a cue of its own.)
        let quoted = (sentence.lowerBound..<asWord).last(where: {
          tokens[$0].kind == .quote && tokens[$0].quoteRole == .opening
        })
        let clause = (sentence.lowerBound..<max(sentence.lowerBound, asWord - 1)).last(where: {
          tokens[$0].text == "," || tokens[$0].lower == "that"
        }).map { $0 + 1 }
        candidate.content =
          asWord > firstWord(of: sentence)
          ? trimmedContent((quoted ?? clause ?? sentence.lowerBound)..<(asWord - 1))
          : trimmedContent((i + 2)..<sentence.upperBound)
        found.append(candidate)
        i += 2
        continue
      }
      // "Deputy mayor Ubbo Frerichs went further, posting on the council's Facebook page that…":
      // the participle of posting is no cue word of its own ("posting photos of himself", "an
      // Oct. 4 posting on its blog"), only where the words posted follow it.
      if tokens[i].lower == "posting", postsWords(at: i, in: sentence),
        let candidate = verbCandidate(at: i, length: 1, lemma: "post", in: sentence, earlier: found),
        candidate.source != nil
      {
        found.append(candidate)
        i += 1
        continue
      }
      // "The deputy mayor, Mme Sandrine Aubanel, was quoted as saying the project was 'years
      // away'": the one quoted is the subject of the passive, and its words follow.
      if tokens[i].lower == "quoted", i + 2 < sentence.upperBound, i - 1 > sentence.lowerBound,
        tokens[i + 1].lower == "as", Self.relayedSpeech.contains(tokens[i + 2]),
        ["is", "was", "were", "are", "been"].contains(tokens[i - 1].lower)
      {
        var auxiliaries = i - 1
        while auxiliaries > sentence.lowerBound, isAuxiliary(tokens[auxiliaries - 1]) { auxiliaries -= 1 }
        var candidate = AttributionExtractor.Candidate(
          cue: auxiliaries..<(i + 3), head: i + 2, lemma: "say", shape: .verb, nonanswer: nil)
        candidate.source = subjectBefore(cueStart: auxiliaries, in: sentence, earlier: found)
        candidate.content = trimmedContent((i + 3)..<sentence.upperBound)
        if candidate.source != nil {
          found.append(candidate)
          i += 3
          continue
        }
      }
      // "Her verdict: 'Promises are cheap.'", "The company's answer was brief — the report was
      // 'speculation'": a noun of what was said after its owner, a colon or a dash bringing in words
      // that quote the owner.
      if lexicon.verdictNouns.contains(tokens[i]), let candidate = verdictCandidate(at: i, in: sentence) {
        found.append(candidate)
        i += 1
        continue
      }
      // "He denied claims by the union that medicines were diverted", "the claim by Pike's office
      // that": a claim's noun with its agent and what is claimed, whatever stands before it.
      if lexicon.claimNouns.contains(tokens[i]), let agent = agentOfClaimNoun(i..<(i + 1), in: sentence) {
        var candidate = AttributionExtractor.Candidate(
          cue: i..<(i + 1), head: i, lemma: "claim", shape: .preposition, nonanswer: nil)
        candidate.source = agent
        candidate.content = contentAfter(agent.upperBound, in: sentence, lemma: "claim")
        found.append(candidate)
        i += 1
        continue
      }
      // "The magazine stood by its reporting": a source that keeps to what it said.
      // ("The mayor acknowledged the delays…, blaming a shortage of drivers": the reason a source
      // gives, after a comma, in a sentence that already reports it.)
      if let length = standsBy(at: i, in: sentence)
        ? 2
        : tokens[i].lower == "blaming" && i > sentence.lowerBound && tokens[i - 1].text == ","
          && found.contains(where: { $0.source != nil }) ? 1 : nil,
        let candidate = verbCandidate(
          at: i, length: length, lemma: length == 1 ? "blame" : "stand by", in: sentence, earlier: found)
      {
        found.append(candidate)
        i += length
        continue
      }
      // "Worries about the berth fees were first raised by two trustees": a concern raised by someone,
      // in the passive; the concern is what was said.
      if tokens[i].lower == "raised", let concern = raisedConcern(at: i, in: sentence),
        var candidate = verbCandidate(at: i, length: 1, lemma: "raise", in: sentence, earlier: found),
        candidate.source != nil
      {
        candidate.content = concern
        found.append(candidate)
        i += 1
        continue
      }
      if let hit = lexicon.cueVerbs.match(at: i, limit: sentence.upperBound, tokens: tokens),
        var candidate = verbCandidate(at: i, length: hit.length, lemma: hit.payload, in: sentence, earlier: found)
      {
        // ("The daily reported that …, citing two people close to the deal": the unnamed people
        // cited are the source; "citing a threat to public health" keeps the subject's.)
        if hit.length == 1, tokens[i].lower == "citing", let cited = citedPeople(after: i + 1, in: sentence) {
          candidate.source = cited
          candidate.sourceIsFixed = true
        }
        found.append(candidate)
        i = i + hit.length
        continue
      }
      // "Initial estimates put the toll at 40", "The insurer puts losses at $4 million": an
      // estimate, whose figure is the source's.
      // (Any noun's figure when a document puts it: "The harbour log puts arrivals at 212".)
      if case let strict = estimateFigure(after: i, in: sentence),
        let figure = strict ?? estimateFigure(after: i, in: sentence, anyNoun: true),
        var candidate = verbCandidate(at: i, length: 1, lemma: "put", in: sentence, earlier: found),
        strict != nil || candidate.source.map({ namesDocument(headPhrase($0)) }) == true
      {
        // (What is put, to the figure's clause: not "…, and blames the roof" after it.)
        var end = figure
        while end < sentence.upperBound, ![",", ";", "and"].contains(tokens[end].lower),
          tokens[end].kind != .quote || tokens[end].quoteRole != .opening
        {
          end += 1
        }
        candidate.content = trimmedContent((i + 1)..<end)
        found.append(candidate)
        i += 1
        continue
      }
      // "The consent order states that": a document's own verb, only after a document's noun.
      // (Followed by what it says, not by another verb: "billing records found" is the noun.)
      if let hit = lexicon.documentVerbs.match(at: i, limit: sentence.upperBound, tokens: tokens),
        i + hit.length < sentence.upperBound,
        case let next = tokens[i + hit.length],
        next.lower == "that" || next.text == ":" || next.kind == .quote || next.kind == .number
          || startsWithCurrencySymbol(next)
          // ("…, the document states.": after what it says, the document after a comma.)
          || next.text == "."
          || WordClasses.numberWords.contains(next) || WordClasses.determiners.contains(next)
          || WordClasses.isPossessive(next) || next.isCapitalized
          // ("The tide tables forecast more flooding", "the survey rated most lanes as poor")
          || Self.quantifiers.contains(next)
          // ("It also flags payments of Rs 4.7 crore", "The audit lists failures": a plural noun as
          // its object, right after the document's noun, "also" or "it"; not "open records
          // requests", "rated themselves".)
          || next.kind == .word && !next.isCapitalized && next.lower.count > 3 && next.lower.hasSuffix("s")
            && !next.lower.hasSuffix("ss") && !next.lower.hasSuffix("selves") && !lexicon.pronouns.contains(next)
            && !isAuxiliary(next)
            && lexicon.cueVerbs.match(at: i + hit.length, limit: sentence.upperBound, tokens: tokens) == nil
            && i > sentence.lowerBound
            && (["also", "it", "they"].contains(tokens[i - 1].lower)
              || lexicon.documentHeads.match(at: i - 1, limit: i, tokens: tokens) != nil
              // ("minutes of a 2023 scrutiny meeting record officers telling councillors": a
              // document's "of" phrase before the verb.)
              || ["minutes", "records", "notes", "transcripts"].contains(tokens[firstWord(of: sentence)].lower)
                && (firstWord(of: sentence) + 1..<(i - 1)).contains(where: { tokens[$0].lower == "of" })),
        // ("The regulations state that"; not "an ad from a state Senate candidate".)
        tokens[i].lower != "state" || next.lower == "that" || next.text == ":",
        let candidate = verbCandidate(at: i, length: hit.length, lemma: hit.payload, in: sentence, earlier: found),
        let source = candidate.source, namesDocument(headPhrase(source)) || pronounStandsForDocument(source),
        next.text != "." || source.lowerBound > sentence.lowerBound && tokens[source.lowerBound - 1].text == ","
      {
        found.append(candidate)
        i = i + hit.length
        // ("Council minutes record Cr Hamish Tuohy, who voted against the shed, as saying": the one the
        // record quotes, with a cue of their own.)
        if let saying = quotedAsSaying(at: i - 1, in: sentence) {
          var inner = AttributionExtractor.Candidate(
            cue: saying..<(saying + 1), head: saying, lemma: "say", shape: .verb, nonanswer: nil)
          inner.source = trimmedContent(i..<(saying - 1))
          inner.sourceIsFixed = true
          inner.content = trimmedContent((saying + 1)..<sentence.upperBound)
          found.append(inner)
          i = saying + 1
          continue
        }
        // ("Minutes … record officers telling councillors that": the people the record shows
        // speaking, their own cue.)
        if let speaking = window(i + 1, min(i + 10, sentence.upperBound)).first(where: { k in
          tokens[k].lower.hasSuffix("ing") && lexicon.cueVerbs.match(at: k, limit: k + 1, tokens: tokens) != nil
        }),
          // ("record the harbour master, Gareth Morus, telling members", "record town clerk Mr
          // Davison Ngoma telling members": a plural, or a name with its role.)
          (i..<speaking).allSatisfy({
            tokens[$0].kind == .word && !WordClasses.prepositions.contains(tokens[$0]) || tokens[$0].text == ","
          }),
          case let last = tokens[speaking - 1].text == "," ? speaking - 2 : speaking - 1, last >= i,
          tokens[last].lower.hasSuffix("s") && !tokens[last].isCapitalized || isProperWord(last),
          let hit = lexicon.cueVerbs.match(at: speaking, limit: sentence.upperBound, tokens: tokens),
          var reported = verbCandidate(
            at: speaking, length: hit.length, lemma: hit.payload, in: sentence, earlier: found)
        {
          reported.source = trimmedContent(i..<speaking)
          reported.sourceIsFixed = true
          found.append(reported)
          i = speaking + hit.length
        }
        continue
      }
      // "We rate this claim False", "We rate the mayor's claim Missing Context": a fact-checker's
      // ruling on a claim, its own word.
      if ["rate", "rates", "rated"].contains(tokens[i].lower), i > sentence.lowerBound,
        let subject = subjectRange(endingAt: i - 1, in: sentence),
        subject.count == 1 && tokens[subject.lowerBound].lower == "we" || namesPublisher(subject),
        window(i + 1, min(i + 9, sentence.upperBound)).contains(where: { Self.ratedClaims.contains(tokens[$0]) })
      {
        var candidate = AttributionExtractor.Candidate(
          cue: i..<(i + 1), head: i, lemma: "rate", shape: .verb, nonanswer: nil)
        candidate.source = subject
        candidate.content = trimmedContent((i + 1)..<sentence.upperBound)
        found.append(candidate)
        i += 1
        continue
      }
      // "It is understood at least 40 workers have not been paid", "It is claimed the minister
      // has hired a lawyer": a claim with no one named, its clause with or without "that".
      if let candidate = itIsPassive(at: i, in: sentence) {
        found.append(candidate)
        i = candidate.cue.upperBound
        continue
      }
      if let candidate = courtHeard(at: i, in: sentence) {
        found.append(candidate)
        i += 1
        continue
      }
      // "The Sun understands the minister will resign": what an outlet has learned, from sources
      // it does not name. (Not "the mayor understands the risk".)
      // ("Wattle News understands", "the network understands": an outlet by its name or its noun.)
      if tokens[i].lower == "understands", i > sentence.lowerBound,
        let subject = subjectRange(endingAt: i - 1, in: sentence),
        namesAnOutlet(subject) || [.outlet, .self].contains(classifySource(subject).kind)
      {
        var candidate = AttributionExtractor.Candidate(
          cue: i..<(i + 1), head: i, lemma: "understand", shape: .verb, nonanswer: nil)
        candidate.source = subject
        candidate.content = contentAfter(i + 1, in: sentence, lemma: "understand")
        found.append(candidate)
        i += 1
        continue
      }
      // "Our correspondent gathered that…", "…, our correspondent gathered on Monday.": what a
      // reporter found out (Nigerian English), not "Protesters gathered outside".
      // ("The Courier has established that…", "…, Hitscan Daily has independently verified.": what
      // the outlet found out for itself.)
      if Self.gathered.contains(tokens[i]), i > sentence.lowerBound, endsFinding(after: i + 1, in: sentence),
        case let verb = auxiliariesStart(before: i, in: sentence),
        tokens[i].lower == "gathered" || verb < i && ["has", "have", "had"].contains(tokens[verb].lower),
        let subject = subjectRange(endingAt: verb - 1, in: sentence),
        [.outlet, .self].contains(classifySource(subject).kind)
      {
        var candidate = AttributionExtractor.Candidate(
          cue: verb..<(i + 1), head: i, lemma: "gather", shape: .verb, nonanswer: nil)
        candidate.source = subject
        if i + 1 < sentence.upperBound, tokens[i + 1].lower == "that" {
          candidate.content = contentAfter(i + 1, in: sentence, lemma: "gather")
        } else if subject.lowerBound > firstWord(of: sentence), tokens[subject.lowerBound - 1].text == "," {
          candidate.content = trimmedContent(firstWord(of: sentence)..<(subject.lowerBound - 1))
        }
        found.append(candidate)
        i += 1
        continue
      }
      i += 1
    }
    if let learned = learnedCues {
      found = addLearnedCandidates(learned, in: sentence, to: found)
    }
    if let colon = sentence.first(where: { tokens[$0].text == ":" }),
      // ("A tenant who asked not to be named put it bluntly:": not the request's verb.)
      // (Nor the reporter's question that opens it: "Asked about the leak, Ruiz was curt:".)
      !found.contains(where: { c in
        c.cue.lowerBound <= colon && !isAnonymityClause(c.cue, in: sentence)
          && !(c.cue.lowerBound == firstWord(of: sentence) && Self.questionVerbs.contains(tokens[c.cue.lowerBound]))
      }),
      let candidate = introducedQuotation(at: colon, in: sentence)
    {
      found.append(candidate)
      found.sort { $0.cue.lowerBound < $1.cue.lowerBound }
    }
    // Cues that are no cue: how a source came to be unnamed ("who asked not to be named"), a
    // document's own participle ("a notice posted on the website"), "add" with an amount.
    // An act the source reports of itself or of someone it names ("Kelly said she asked", "said
    // Obama hopes"): part of what was said.
    let outer = found
    found.removeAll {
      isAnonymityClause($0.cue, in: sentence) || isAnonymityReason($0.cue, in: sentence)
        || isDismissalAct($0.cue, in: sentence)
        // ("The page, which calls itself Drivers Against Overreach", "researchers, who have named
        // the group Saltmarsh": the name something goes by.)
        || namesItself($0.head) || givesName(at: $0.head, in: sentence)
        || describesDocument(participle: $0.head, in: sentence) || postedThing($0) || promisedThing($0)
        || answeredSurvey($0, in: sentence)
        // ("a bidder that … asked $1.9 million more": a price asked, not a question.)
        || ["ask", "asks", "asked", "asking"].contains(tokens[$0.head].lower) && $0.cue.count == 1
          && $0.cue.upperBound < sentence.upperBound
          && (startsWithCurrencySymbol(tokens[$0.cue.upperBound])
            || tokens[$0.cue.upperBound].kind == .number && $0.cue.upperBound + 1 < sentence.upperBound
              && ["million", "billion", "dollars", "percent"].contains(tokens[$0.cue.upperBound + 1].lower))
        || ["add", "adds", "added", "adding"].contains(tokens[$0.head].lower)
          && (isAmount(at: $0.cue.upperBound, in: sentence)
            || addsAlongsideAnotherVerb($0.cue, in: sentence))
        // ("more aggressive than its peers in adding zero-premium plans": a gerund after a
        // preposition adds things, not words; "spun this by adding, 'None of those…'" adds words.)
        || tokens[$0.head].lower == "adding" && $0.head > sentence.lowerBound
          && ["in", "by", "for", "of", "from"].contains(tokens[$0.head - 1].lower)
          && $0.head + 1 < sentence.upperBound && tokens[$0.head + 1].kind == .word
          && tokens[$0.head + 1].lower != "that"
        // ("Curiel's alleged bias", "her alleged cozy relationship": a hedge on a noun someone
        // owns, no report; PolNeAR train marks none of three.)
        || ["alleged", "supposed", "purported"].contains(tokens[$0.head].lower) && $0.cue.count == 1
          && $0.head > sentence.lowerBound
          && (WordClasses.isPossessive(tokens[$0.head - 1])
            || Self.possessivePronouns.contains(tokens[$0.head - 1].lower)
            // ("his own alleged crimes".)
            || tokens[$0.head - 1].lower == "own" && $0.head - 1 > sentence.lowerBound
              && Self.possessivePronouns.contains(tokens[$0.head - 2].lower))
        // ("Ellen the TV show exists", "a radio show": the programme.)
        || $0.cue.count == 1 && ["show", "shows"].contains(tokens[$0.head].lower) && $0.head > sentence.lowerBound
          && ["tv", "radio", "talk", "game", "chat", "quiz", "reality", "cooking", "morning", "trade", "road"]
            .contains(tokens[$0.head - 1].lower)
        // ("lost their MSNBC shows": a noun after a possessive and a name that modifies it.)
        || $0.cue.count == 1 && $0.head - 2 >= sentence.lowerBound && tokens[$0.head - 1].isCapitalized
          && Self.possessivePronouns.contains(tokens[$0.head - 2].text)
          && lexicon.nounForms.contains(tokens[$0.head])
        // ("rejected any suggestion that", "no claim of": a noun after a quantifier.)
        || $0.cue.count == 1 && $0.head > sentence.lowerBound
          && ["any", "no", "every"].contains(tokens[$0.head - 1].lower)
        // ("how many blasts were carried out", "several reports", "three claims": a plural noun after a
        // word that counts it; a verb in "-s" never follows a plural.)
        || $0.cue.count == 1 && countedPlural(at: $0.head, in: sentence)
        // ("should be referred to the Inspectorate", "were referred to it for investigation": a
        // case sent on, not a mention; "has been referred to as" still names.)
        || isReferral($0.cue, in: sentence)
        // ("Reached by phone, the owner said": how the source was reached; PolNeAR train marks
        // none of four.)
        || ["reached", "contacted"].contains(tokens[$0.head].lower) && $0.head == firstWord(of: sentence)
        // ("Mass atrocities continue in Darfur": going on, not speaking on, unless words follow.)
        // (But "Republicans continue to warn that", "polls continue to show that": a verb of saying
        // after "to" is what goes on.)
        || ["continue", "continues"].contains(tokens[$0.head].lower) && !speechFollows($0.cue.upperBound, in: sentence)
          && !continuesToSay(after: $0.head, in: sentence)
        || isReportedAct($0, among: outer, in: sentence)
        || continuesNonanswer($0, among: outer, in: sentence)
        || asksInUnansweredMessage($0.head, among: outer, in: sentence)
        || $0.cue.contains { k in isSetPhrase(head: k, in: sentence) }
        // ("gave the bidder 71 points out of 100": a score, not a remark.)
        || tokens[$0.head].lower == "points" && $0.head + 2 < sentence.upperBound
          && tokens[$0.head + 1].lower == "out" && tokens[$0.head + 2].lower == "of"
        // ("Originally published on Harbor Science Weekly.": a page's credit line.)
        || tokens[$0.cue.lowerBound].lower == "originally" && $0.cue.count >= 2
          && tokens[$0.cue.lowerBound + 1].lower == "published"
        // ("Get the Monitor Stories you care about delivered to your inbox", "the issues people
        // care about?": a relative clause whose object is the noun before it; what one cares about
        // is no claim. PolNeAR train marks 3 of 25 "care about".)
        || ["care", "cares", "cared"].contains(tokens[$0.head].lower) && $0.head + 1 < sentence.upperBound
          && tokens[$0.head + 1].lower == "about"
          && ($0.head + 2 >= sentence.upperBound || tokens[$0.head + 2].kind != .word
            || tokens[$0.head + 2].lower.hasSuffix("ed") || isAuxiliary(tokens[$0.head + 2]))
        // ("Trump's proposed border wall", "Obama's stated goal", "Kim's reported offer": a
        // participle between a possessive and its noun is an adjective; PolNeAR train marks 1 of 13.)
        // (Not "Stumpf's repeated emphasis that": acts of saying, done again.)
        || $0.cue.count == 1 && $0.head > sentence.lowerBound && $0.head + 1 < sentence.upperBound
          && tokens[$0.head].lower.hasSuffix("ed") && tokens[$0.head].lower != "repeated"
          && WordClasses.isPossessive(tokens[$0.head - 1])
          && tokens[$0.head + 1].kind == .word && !WordClasses.determiners.contains(tokens[$0.head + 1])
          && !WordClasses.prepositions.contains(tokens[$0.head + 1]) && tokens[$0.head + 1].lower != "that"
        // ("Ana Pell, a noted archaeologist": an adjective after an article.)
        || $0.cue.count == 1 && tokens[$0.head].lower == "noted" && $0.head > sentence.lowerBound
          && ["a", "an", "the"].contains(tokens[$0.head - 1].lower)
        // ("The county's tuition plan, explained": a headline's last word.)
        || $0.cue.count == 1 && tokens[$0.head].lower == "explained" && $0.head > sentence.lowerBound
          && tokens[$0.head - 1].text == ","
          && ($0.head + 1 >= tokens.count
            || structure.paragraphOfToken[$0.head + 1] != structure.paragraphOfToken[$0.head])
        // ("The probe, which hasn't been previously reported,": what no one has reported.)
        || tokens[$0.cue.upperBound - 1].lower == "reported" && $0.cue.lowerBound > sentence.lowerBound
          && ["which", "that"].contains(tokens[$0.cue.lowerBound - 1].lower)
          && $0.cue.contains(where: { lexicon.negations.contains(tokens[$0]) || tokens[$0].lower.hasSuffix("n't") })
        // "The Post has learned that…", "…, Beltway Brief has learned.": a report's own finding,
        // not "she has learned her lesson". (The outlet itself learns only findings, "that" or
        // not: "The Herald has learned the company has applied for a grant"; not "everything we
        // have learned since".)
        || $0.lemma == "learn"
          && !($0.cue.upperBound >= sentence.upperBound
            || ["that", "from", "exclusively", "details"].contains(tokens[$0.cue.upperBound].lower)
            || tokens[$0.cue.upperBound].kind == .punctuation
            || Self.opensFinding(tokens[$0.cue.upperBound])
              && $0.source.map { classifySource($0).kind == .self } == true)
    }
    found += unattributedReports(in: sentence, besides: found)
    found += deniedClaims(in: sentence, besides: found)
    // "The company is alleged to have told landowners that…": the verb after the passive's "to" is
    // what is alleged, no cue of its own.
    let infinitiveStarts = found.compactMap { c -> Int? in
      Self.passiveHedges.contains(tokens[c.head]) && c.source == nil && c.head + 1 < sentence.upperBound
        && tokens[c.head + 1].lower == "to" ? c.head + 2 : nil
    }
    if !infinitiveStarts.isEmpty {
      found.removeAll { c in
        infinitiveStarts.contains { start in
          c.cue.lowerBound == start || c.cue.lowerBound == start + 1 && tokens[start].lower == "have"
        }
      }
    }
    // Cues whose subject is no source:
    // - "Republicans seem confident": the writer's impression of the subject (PolNeAR train gives
    //   165 of 205 such cues no source);
    // - "Asked whether he would run, Clinton said…", "has been asked to": the asker is not named
    //   (unless "by" names them);
    // - "has reportedly", "was allegedly" (a cue the tagger made of a hedge and its auxiliary,
    //   with no verb of saying): what others say of the subject.
    // ("It's called the Green New Deal": a name given, with no one giving it.)
    var naming = Set<Int>()
    // (A verb of drawing criticism, not a capitalised word inside the sentence, which is a name's:
    // "Neighbors along Jessup Draw said".)
    let opening = firstWord(of: sentence)
    func isTargetVerb(_ j: Int) -> Bool {
      Self.targetVerbs.contains(tokens[j]) && (!tokens[j].isCapitalized || j == opening)
    }
    for k in found.indices {
      let hedgeOnly =
        found[k].cue.contains { lexicon.unattributedHedges.contains(tokens[$0]) }
        && !found[k].cue.contains {
          lexicon.cueVerbs.match(at: $0, limit: found[k].cue.upperBound, tokens: tokens) != nil
        }
      // ("He faced calls to resign and suggestions that…", "drew sharp criticism": the subject is
      // the target of the criticism, whose authors are not named.)
      // (A verb's form right after one is its noun: "won praise from".)
      let targetOnly =
        (lexicon.nounForms.contains(tokens[found[k].head])
          || lexicon.cueVerbs.match(at: found[k].head, limit: found[k].cue.upperBound, tokens: tokens) == nil
          || found[k].head > sentence.lowerBound && isTargetVerb(found[k].head - 1))
        && (max(sentence.lowerBound, found[k].head - 4)..<found[k].head).contains { j in
          isTargetVerb(j)
            && ((j + 1)..<found[k].head).allSatisfy { m in
              tokens[m].kind == .word && !isAuxiliary(tokens[m]) && !WordClasses.clauseBoundaries.contains(tokens[m])
            }
        }
      if targetOnly {
        // ("faced criticism from rivals": the authors, when "from" names them.)
        let from = window(found[k].cue.upperBound, min(found[k].cue.upperBound + 3, sentence.upperBound)).first {
          tokens[$0].lower == "from"
        }
        found[k].source = from.flatMap {
          phraseAfter($0 + 1, in: sentence, allowVerbsInside: false, appositives: false)
        }
        // ("praise from customers for condemning the ban": what it was for is no part of them.)
        if let source = found[k].source,
          let reason = source.dropFirst().first(where: {
            tokens[$0].lower == "for" && $0 + 1 < source.upperBound && tokens[$0 + 1].lower.hasSuffix("ing")
          })
        {
          found[k].source = source.lowerBound..<reason
        }
        // ("criticism from Democrats and drawn the ire of protesters": the authors, not the
        // second thing faced.)
        if let source = found[k].source,
          let and = source.first(where: {
            guard tokens[$0].lower == "and", $0 + 1 < source.upperBound, !tokens[$0 + 1].isCapitalized else {
              return false
            }
            let next = tokens[$0 + 1]
            return next.lower.hasSuffix("ed") || ExtractionContext.irregularParticiples.contains(next)
              || ["drawn", "taken", "seen", "been", "won", "lost", "had"].contains(next.lower)
          })
        {
          found[k].source = source.lowerBound..<and
        }
        found[k].antecedent = nil
        found[k].reportedSource = nil
      }
      // ("Fenzi is said to be keen", "Obama is reported to have called", "The board is understood
      // to be reluctant": a passive of saying or believing before "to" names no one who says it;
      // gold has no source for 36 of 37 across the sets.)
      let said = found[k].cue.last ?? found[k].head
      var be = said - 1
      if be > sentence.lowerBound, WordClasses.isAdverbLike(tokens[be]) { be -= 1 }
      let saidTo =
        (["said", "reported"].contains(tokens[said].lower) || Self.passiveHedges.contains(tokens[said]))
        && said + 1 < sentence.upperBound
        && tokens[said + 1].lower == "to" && be >= sentence.lowerBound && WordClasses.beVerbs.contains(tokens[be])
      // ("It appears that", "seems unlikely": an impression, no one's; but "Oduya appeared to
      // suggest" is Oduya's suggesting, as gold has it 33 times in 40 on PolNeAR.)
      let impression =
        Self.impressionVerbs.contains(tokens[found[k].head])
        && !(found[k].cue.contains {
          tokens[$0].lower == "to" && $0 > found[k].head && $0 + 1 < found[k].cue.upperBound
        }
          && found[k].source.map { !$0.isEmpty && !["there", "it"].contains(tokens[$0.lowerBound].lower) } == true)
      // ("There's little doubt", "That's expected", "It's often said": an empty subject with its
      // "is" names no one.)
      let emptySubject =
        found[k].source.map { source in
          source.count <= 2
            && Self.emptySubjects.contains(
              tokens[source].map(\.text).joined().lowercased().replacingOccurrences(of: "\u{2019}", with: "'"))
        } ?? false
      if emptySubject, ["call", "name", "dub", "label"].contains(found[k].lemma) { naming.insert(k) }
      if impression || isUnnamedAsking(found[k], in: sentence) || hedgeOnly || saidTo || emptySubject {
        found[k].source = nil
        found[k].antecedent = nil
        found[k].reportedSource = nil
      }
      if let source = found[k].source {
        found[k].source = withoutTrailingAuxiliary(withoutOpener(source, in: sentence))
      }
      // "Asked by Stephanopoulos", "claims by developers": the agent, without its "by".
      if let source = found[k].source, source.count > 1, tokens[source.lowerBound].lower == "by" {
        found[k].source = (source.lowerBound + 1)..<source.upperBound
      }
      // "Claims by the union that Kessmann had shifted work": the agent up to what it claims.
      if let agent = agentOfClaimNoun(found[k].cue, in: sentence) {
        found[k].source = agent
      }
    }
    // ("According to CNN estimates, Cruz would": what "according to" cites speaks through it, not
    // through a verb of its own with "according to" for a subject.)
    for k in found.indices {
      if let source = found[k].source, source.count > 2, tokens[source.lowerBound].lower == "according",
        tokens[source.lowerBound + 1].lower == "to"
      {
        naming.insert(k)
      }
    }
    if !naming.isEmpty { found = found.indices.filter { !naming.contains($0) }.map { found[$0] } }
    return foldingReportedNonanswers(found)
  }

  /// A source phrase without what opens its sentence before the subject: an adverb and its comma
  /// ("Afterwards, one government deputy, who…, told me"), a time of day ("1 a.m. Lionel Batiste,
  /// president of the transit union, said"), or a phrase a preposition opens, up to its comma ("In
  /// one email from March, the authority's compliance chief, Gary Lindqvist, wrote").
  func withoutOpener(_ source: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
    var source = source
    if source.count > 2, source.lowerBound == firstWord(of: sentence), tokens[source.lowerBound + 1].text == ",",
      Self.sentenceAdverbs.contains(tokens[source.lowerBound])
        || WordClasses.timeWords.contains(tokens[source.lowerBound])
        // ("Reacting, the Senior Special Assistant …": a participle set off alone.)
        || Self.openingParticiples.contains(tokens[source.lowerBound])
    {
      source = (source.lowerBound + 2)..<source.upperBound
    }
    // ("Speaking at the United Nations, Dr. Joanne Liu, …, said": a participle's phrase that opens
    // the sentence, up to its comma.)
    let lead = tokens[source.lowerBound]
    if source.count > 4, source.lowerBound == firstWord(of: sentence), lead.kind == .word, lead.isCapitalized,
      lead.lower.count > 5, lead.lower.hasSuffix("ing"),
      WordClasses.prepositions.contains(tokens[source.lowerBound + 1])
        || WordClasses.determiners.contains(tokens[source.lowerBound + 1]),
      let comma = source.first(where: { tokens[$0].text == "," }), comma + 1 < source.upperBound,
      tokens[comma + 1].kind == .word,
      !["including", "like", "such", "who", "which", "whose"].contains(tokens[comma + 1].lower)
    {
      source = (comma + 1)..<source.upperBound
    }
    // ("Citing a recent Urban Institute estimate": the participle that cites is no part of whoever
    // made the estimate.)
    if source.count > 2, source.lowerBound == firstWord(of: sentence),
      ["citing", "using", "quoting"].contains(tokens[source.lowerBound].lower),
      !source.contains(where: { tokens[$0].text == "," })
    {
      source = (source.lowerBound + 1)..<source.upperBound
    }
    if source.count > 3, tokens[source.lowerBound].kind == .number,
      WordClasses.clockWords.contains(tokens[source.lowerBound + 1])
    {
      let rest = tokens[source.lowerBound + 2].text == "," ? source.lowerBound + 3 : source.lowerBound + 2
      source = rest..<source.upperBound
    }
    if let opener = [source.lowerBound, source.lowerBound - 1].first(where: {
      $0 >= sentence.lowerBound && $0 == firstWord(of: sentence)
    }),
      WordClasses.prepositions.contains(tokens[opener]), tokens[opener].lower != "of",
      let comma = source.first(where: { tokens[$0].text == "," }), comma - opener <= 8, comma + 1 < source.upperBound,
      (opener + 1..<comma).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number }),
      // (Not the group an example follows: "As many tax experts, including Mr. Goldberg, have said".)
      !["including", "like", "such"].contains(tokens[comma + 1].lower)
    {
      // ("As Jon Favreau, a former speechwriter for Obama, wrote": a name after "as", then what
      // describes it; only the conjunction goes.)
      let namedAfterAs =
        tokens[opener].lower == "as" && comma - opener >= 2
        && (opener + 1..<comma).allSatisfy({ tokens[$0].isCapitalized }) && isProperWord(comma - 1)
      source = ((namedAfterAs ? opener : comma) + 1)..<source.upperBound
    }
    // ("hit back with a television commercial asserting": the preposition before the document
    // is no part of it.)
    if source.count > 2,
      ["with", "in", "on", "from", "at", "through", "via"].contains(tokens[source.lowerBound].lower),
      WordClasses.determiners.contains(tokens[source.lowerBound + 1]),
      lexicon.documentHeads.match(at: source.upperBound - 1, limit: source.upperBound, tokens: tokens) != nil
    {
      source = (source.lowerBound + 1)..<source.upperBound
    }
    // ("… on Monday and White House Press Secretary Kayleigh McEnany told": the conjunction
    // joins clauses; it is no part of the source.)
    if source.count > 1, ["and", "or", "but"].contains(tokens[source.lowerBound].lower),
      tokens[source.lowerBound + 1].kind == .word
    {
      source = (source.lowerBound + 1)..<source.upperBound
    }
    return source
  }

  /// A source without the auxiliary that stands between it and the cue, and the words beside the
  /// auxiliary: "Clinton will likely argue", "The special counsel has both stated", "He does,
  /// however, allow", "Democratic candidates have one by one argued".
  func withoutTrailingAuxiliary(_ source: Range<Int>) -> Range<Int> {
    var end = source.upperBound
    while end - 1 > source.lowerBound,
      tokens[end - 1].text == ","
        || (WordClasses.isAdverbLike(tokens[end - 1]) || Self.auxiliaryCompanions.contains(tokens[end - 1]))
          && !Self.finiteAuxiliaries.contains(tokens[end - 1]) && !tokens[end - 1].lower.hasSuffix("n't")
    {
      end -= 1
    }
    guard end - 1 > source.lowerBound, !tokens[end - 1].isCapitalized,
      Self.finiteAuxiliaries.contains(tokens[end - 1])
        || WordClasses.auxiliariesAndAdverbs.contains(tokens[end - 1]) && tokens[end - 1].lower.hasSuffix("n't")
    else { return source }
    // (Not a noun the auxiliary spells after an aside: "Iran, which can't match Washington's
    // military might, has sought".)
    if end == source.upperBound, ["might", "will", "may", "can"].contains(tokens[end - 1].lower),
      source.contains(where: { tokens[$0].text == "," })
    {
      return source
    }
    var cut = end - 1
    while cut > source.lowerBound, tokens[cut - 1].text == "," { cut -= 1 }
    guard cut > source.lowerBound, tokens[cut - 1].kind == .word || tokens[cut - 1].text == ")",
      !WordClasses.determiners.contains(tokens[cut - 1]) || lexicon.pronouns.contains(tokens[cut - 1]),
      !WordClasses.prepositions.contains(tokens[cut - 1])
    else { return source }
    return source.lowerBound..<cut
  }

  /// A source without the manner or time adverb that stands right before its cue: "A jury swiftly
  /// ordered", "Hatch essentially acknowledging", "Reid, quite expectedly, doesn't think". (Not in
  /// a relative clause, whose verb the adverb goes with: "crime he has studied extensively".)
  func withoutTrailingAdverb(_ source: Range<Int>, before cue: Range<Int>) -> Range<Int> {
    guard source.count >= 2, source.upperBound == cue.lowerBound,
      tokens[source.upperBound - 1].lower.hasSuffix("ly"), WordClasses.isAdverbLike(tokens[source.upperBound - 1]),
      !source.contains(where: { Self.relativeWords.contains(tokens[$0].lower) })
    else { return source }
    var end = source.upperBound
    while end - 1 > source.lowerBound,
      tokens[end - 1].text == ","
        || tokens[end - 1].lower.hasSuffix("ly") && WordClasses.isAdverbLike(tokens[end - 1])
        || Self.intensifiers.contains(tokens[end - 1].lower)
    {
      end -= 1
    }
    let last = tokens[end - 1]
    guard end > source.lowerBound, last.kind == .word || last.text == ")",
      !WordClasses.determiners.contains(last) || lexicon.pronouns.contains(last),
      !WordClasses.prepositions.contains(last), !isAuxiliary(last), !Self.intensifiers.contains(last.lower),
      !WordClasses.isAdverbLike(last)
    else { return source }
    return source.lowerBound..<end
  }

  /// A source without a document and its verb before it: "Minutes of the meeting record that the
  /// area manager told", "Documents released to the Advocate show the authority asked" are the
  /// manager's and the authority's.
  func withoutDocumentClause(_ source: Range<Int>, before cue: Range<Int>) -> Range<Int> {
    guard source.count >= 4, source.upperBound <= cue.lowerBound else { return source }
    // ("Two people who attended a closed session said County Attorney Miriam Feld warned": people
    // who said something, in a relative clause, then the subject of what they said.)
    if let say = ((source.lowerBound + 3)..<(source.upperBound - 1)).first(where: {
      ["said", "say", "says"].contains(tokens[$0].lower)
    }),
      // (A restrictive "who", with no comma or dash before it: not "Corker — who says Trump did
      // actually offer his support —".)
      (source.lowerBound + 1..<say).contains(where: { tokens[$0].lower == "who" && tokens[$0 - 1].kind == .word }),
      !(source.lowerBound..<say).contains(where: { tokens[$0].kind == .punctuation }),
      tokens[say + 1].isCapitalized && tokens[say + 1].kind == .word
    {
      return (say + 1)..<source.upperBound
    }
    // (The phrase opens with the document: not "Dr. Hana Liebowitz, who directs the office".)
    guard
      let head = window(source.lowerBound, min(source.lowerBound + 3, source.upperBound)).first(where: {
        tokens[$0].kind == .word && !WordClasses.determiners.contains(tokens[$0])
      }),
      lexicon.documentHeads.match(at: head, limit: head + 1, tokens: tokens) != nil
    else { return source }
    for v in (source.lowerBound + 1)..<(source.upperBound - 2) {
      guard !tokens[v].isCapitalized, tokens[v - 1].kind == .word, !WordClasses.determiners.contains(tokens[v - 1]),
        !isAuxiliary(tokens[v - 1]), !WordClasses.prepositions.contains(tokens[v - 1]),
        let lemma = lexicon.documentVerbs.match(at: v, limit: v + 1, tokens: tokens)?.payload
          ?? lexicon.cueVerbs.match(at: v, limit: v + 1, tokens: tokens)?.payload,
        lexicon.documentOnlyLemmas.contains(lemma)
      else { continue }
      let next = tokens[v + 1].lower
      if next == "that" { return (v + 2)..<source.upperBound }
      if ["the", "a", "an", "its", "their"].contains(next) { return (v + 1)..<source.upperBound }
    }
    return source
  }

  /// A source without the participle that closes an opening phrase before it: "In a letter to the
  /// ministry, seen by the Courier, its director general, Sergiu Talpă, wrote".
  func withoutLeadingParticiple(_ source: Range<Int>) -> Range<Int> {
    guard source.count >= 4, Self.documentParticiples.contains(tokens[source.lowerBound]),
      tokens[source.lowerBound + 1].lower == "by",
      let comma = source.first(where: { tokens[$0].text == "," }), comma + 1 < source.upperBound
    else { return source }
    return (comma + 1)..<source.upperBound
  }

  /// A source without the "all" or "both" that floats after it: "Farris, Odom and Pickett all said",
  /// "Sanders and Clinton both campaigned". (Not "the woman who started it all", "most of all",
  /// "Not all agree", "Almost all support".)
  func withoutFloatingQuantifier(_ source: Range<Int>, before cue: Range<Int>) -> Range<Int> {
    // ("the municipality and the company building it each say".)
    guard source.count >= 2, source.upperBound == cue.lowerBound,
      ["all", "both", "each"].contains(tokens[source.upperBound - 1].lower)
    else { return source }
    let before = tokens[source.upperBound - 2]
    // (An object pronoun before "each" ends a clause inside the phrase: "the company building it each".)
    let objectEndsPhrase = tokens[source.upperBound - 1].lower == "each" && ["it", "them"].contains(before.lower)
    guard before.kind == .word || before.text == ")", !WordClasses.prepositions.contains(before),
      !WordClasses.determiners.contains(before) || lexicon.pronouns.contains(before),
      objectEndsPhrase
        || !["it", "them", "us", "you", "this", "that", "not", "having", "almost", "nearly", "virtually"].contains(
          before.lower),
      !WordClasses.isAdverbLike(before)
    else { return source }
    return source.lowerBound..<(source.upperBound - 1)
  }

  static let relativeWords: Set<String> = ["who", "which", "that", "whom", "whose", "where", "when"]
  static let intensifiers: Set<String> = ["quite", "almost", "very", "so", "rather", "fairly", "most", "more"]

  /// What may stand beside an auxiliary before the cue: "have all", "has both", "would no longer",
  /// "have one by one".
  static let auxiliaryCompanions: WordSet = [
    "all", "both", "not", "no", "longer", "never", "also", "only", "already", "long", "likely", "probably",
    "almost", "each", "either", "one", "by", "however", "though", "too", "so", "far", "now", "yet",
  ]

  /// Whether "continue" at `head` goes on with "to" and a verb of saying from the word lists:
  /// "continue to insist that". (Not any verb the tagger marks there: "Democrats continue to
  /// enjoy an edge", "Prosecutors continue to file court documents".)
  func continuesToSay(after head: Int, in sentence: Range<Int>) -> Bool {
    let verb = head + 2
    guard verb < sentence.upperBound, tokens[head + 1].lower == "to", tokens[verb].kind == .word else { return false }
    return lexicon.cueVerbs.match(at: verb, limit: sentence.upperBound, tokens: tokens) != nil
  }

  /// Whether what was said starts at `k`: a quotation, a colon or a comma before one.
  func speechFollows(_ k: Int, in sentence: Range<Int>) -> Bool {
    k < sentence.upperBound && (tokens[k].kind == .quote || [",", ":"].contains(tokens[k].text))
  }

  /// Adverbs that stand between a subject and its verb: "which together vowed", "diplomats
  /// almost universally expressed".
  static let subjectAdverbs: WordSet = ["together", "almost", "nearly", "jointly", "collectively", "separately"]

  /// Participles that open a sentence alone before its subject ("Reacting, the minister said").
  static let openingParticiples: WordSet = [
    "reacting", "responding", "commenting", "speaking", "explaining", "continuing", "concluding", "recalling",
    "replying", "addressing", "elaborating", "summing",
  ]

  /// Words that may stand before an article inside one noun phrase ("all the", "only a").
  static let predeterminers: WordSet = [
    "all", "both", "half", "only", "even", "just", "not", "and", "or", "nor", "but", "including", "especially",
    "twice", "quite", "such", "what", "many", "rather", "once", "also", "mostly", "mainly", "chiefly", "than",
    "least", "most", "much",
  ]

  /// Whether a sentence is a byline: "By" and then only names, dates and their small words ("By
  /// Ines Korhonen, Stellar Notes January 23, 2041"), whose "Notes" is no verb.
  func isByline(_ sentence: Range<Int>) -> Bool {
    let first = firstWord(of: sentence)
    guard first + 1 < sentence.upperBound, tokens[first].text == "By", tokens[first + 1].isCapitalized,
      !WordClasses.timeWords.contains(tokens[first + 1]), !sentence.contains(where: { tokens[$0].kind == .quote })
    else { return false }
    return (first + 1..<sentence.upperBound).allSatisfy { k in
      tokens[k].kind != .word || tokens[k].isCapitalized
        || ["and", "of", "the", "for", "in", "at"].contains(tokens[k].lower)
    }
  }

  /// Whether the word at `k` is spelt as a verb may be: a form the cue list holds, or "-ed",
  /// "-ing".
  func spellsVerb(_ k: Int, before limit: Int) -> Bool {
    lexicon.cueVerbs.match(at: k, limit: limit, tokens: tokens) != nil || tokens[k].lower.hasSuffix("ed")
      || tokens[k].lower.hasSuffix("ing")
  }

  /// Whether a run the tagger marked, outside a headline, is a name or part of the sentence's
  /// subject rather than a cue:
  /// - capitalised words with no verb among them, or after another capitalised word, or the first
  ///   word of a name ("By Ines Korhonen, Stellar [Notes]", "[Amalgamated] Drivers Local 3 said");
  /// - people and where they work, opening the sentence ("[Scientists at] the University of Oslo
  ///   reported");
  /// - words with no verb among them that open the sentence before more of its subject
  ///   ("[Opposition health] spokesman Marcus Webb said"; not "Support for Israel", "He'll watch").
  func isNameOrSubject(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
    let (i, j) = (run.lowerBound, run.upperBound)
    if run.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
      !run.contains(where: { spellsVerb($0, before: j) })
        || i > firstWord(of: sentence) && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized
        || j == i + 1 && j < sentence.upperBound && tokens[j].kind == .word && tokens[j].isCapitalized
          && lexicon.cueVerbs.match(at: i, limit: j, tokens: tokens) == nil
    {
      return true
    }
    // ("[Sources close] to the couple told": the qualifier of an unnamed source.)
    if run.contains(where: {
      lexicon.anonymityQualifiers.match(at: $0, limit: sentence.upperBound, tokens: tokens) != nil
    }),
      !run.contains(where: { lexicon.cueVerbs.match(at: $0, limit: j, tokens: tokens) != nil })
    {
      return true
    }
    guard i == firstWord(of: sentence) else { return false }
    // ("[Shares in] Kestrel Mining fell": stock, not what someone shares.)
    if tokens[i].text == "Shares", i + 1 < sentence.upperBound, ["in", "of"].contains(tokens[i + 1].lower) {
      return true
    }
    if j - i >= 2, WordClasses.prepositions.contains(tokens[j - 1]),
      (i..<(j - 1)).allSatisfy({ isPersonNoun(tokens[$0].lower) || lexicon.titles.contains(tokens[$0]) }),
      lexicon.cueVerbs.match(at: i, limit: j, tokens: tokens) == nil
    {
      return true
    }
    guard j < sentence.upperBound, tokens[j].kind == .word,
      lexicon.titles.contains(tokens[j]) || ExtractionContext.spokesWords.contains(tokens[j])
        || WordClasses.personRoles.contains(tokens[j]) || tokens[j].isCapitalized
    else { return false }
    return !run.contains { k in
      spellsVerb(k, before: j) || tokens[k].lower.hasSuffix("s") || tokens[k].kind != .word
        || WordClasses.prepositions.contains(tokens[k]) || lexicon.pronouns.contains(tokens[k])
        || tokens[k].text.contains("'") || tokens[k].text.contains("\u{2019}")
    }
  }

  /// Whether most of a sentence's words are capitalised, as a headline's are ("Ted Cruz
  /// Apologizes To Voters").
  func isTitleCase(_ sentence: Range<Int>) -> Bool {
    var words = 0
    var capitalised = 0
    for k in sentence where tokens[k].kind == .word {
      words += 1
      if tokens[k].isCapitalized { capitalised += 1 }
    }
    return words >= 3 && capitalised * 10 >= words * 6
  }

  /// Verbs that start or carry on an "-ing" verb of saying ("began asking", "kept insisting").
  static let startingVerbs: WordSet = ["began", "begun", "started", "kept", "continued", "resumed", "stopped"]

  /// Adverbs that open a sentence before its subject, set off by a comma.
  static let sentenceAdverbs: WordSet = [
    "afterwards", "afterward", "meanwhile", "separately", "instead", "however", "moreover", "still", "then", "now",
    "again", "elsewhere", "overall", "indeed", "nonetheless", "nevertheless", "privately", "publicly", "initially",
    "additionally", "ultimately", "finally", "similarly", "previously", "eventually", "notably", "specifically",
    "likewise", "subsequently", "recently", "locally", "globally", "internationally", "nationally", "regionally",
    "domestically",
  ]

  /// For a claim's noun followed by "by" or "from" ("Claims by the union that…", "allegations by
  /// two former aides that…", "accusations from the pilots that…"): the agent between the
  /// preposition and the "that" of what is claimed.
  /// A noun of what was said, its owner before it and its words after a colon or a dash: "Her
  /// verdict: 'Promises are cheap.'", "Mayor Dolores Tafoya's verdict — 'a betrayal' — drew
  /// applause", "Aliyev's message to investors was the same — the range 'is where it was'". The
  /// owner is the source; the words must quote someone (not "The plan's conclusion: more study").
  /// In "X quoted Y as saying …", the index of "saying": Y is a noun phrase of up to 16 words,
  /// commas only around an appositive, ending right before "as saying" (or "as telling", "as
  /// stating").
  func quotedAsSaying(at i: Int, in sentence: Range<Int>) -> Int? {
    guard i > sentence.lowerBound, i + 1 < sentence.upperBound, tokens[i + 1].kind == .word,
      !WordClasses.prepositions.contains(tokens[i + 1]), !["as", "that"].contains(tokens[i + 1].lower)
    else { return nil }
    var k = i + 1
    while k + 1 < min(sentence.upperBound, i + 18) {
      let t = tokens[k]
      if t.lower == "as", Self.relayedSpeech.contains(tokens[k + 1]) {
        return k > i + 1 ? k + 1 : nil
      }
      guard t.kind == .word || t.kind == .number || t.text == "," || t.text == "-" else { return nil }
      if t.kind == .word, lexicon.cueVerbs.match(at: k, limit: k + 1, tokens: tokens) != nil, k > i + 1,
        !["unnamed"].contains(t.lower)
      {
        return nil
      }
      k += 1
    }
    return nil
  }

  func verdictCandidate(at i: Int, in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    // (Not a headline's "The Judge's Verdict: Secret courts questionable".)
    guard i > sentence.lowerBound, structure.quotationOfToken[i] < 0, !tokens[i].isCapitalized else { return nil }
    let owner = tokens[i - 1]
    let source: Range<Int>
    if ["his", "her", "their", "its"].contains(owner.lower) {
      source = (i - 1)..<i
    } else if owner.kind == .word, WordClasses.isPossessive(owner),
      let subject = subjectRange(endingAt: i - 1, in: sentence), subject.upperBound == i,
      // (One owner, not the end of another's phrase: "Trump's first reaction to Macron's plea".)
      // (Nor a part of a document: "the second paragraph of Sanders's statement:".)
      !subject.contains(where: { ["to", "at", "on", "over", "with", "of"].contains(tokens[$0].lower) })
    {
      source = subject
    } else {
      return nil
    }
    // The colon or the dash within a few words ("to investors on Tuesday was the same"), with no
    // verb of saying of its own between, nor a modal: not "Pence's response would meet a minimal
    // threshold: 'Russia: Bad.'", which guesses at it.
    var mark = i + 1
    // ("The General Services Committee's answer, in a statement on Tuesday, was blunt:": an aside
    // between commas too.)
    while mark < min(sentence.upperBound, i + 12),
      tokens[mark].kind == .word || tokens[mark].kind == .number
        || tokens[mark].text == "," && mark + 1 < sentence.upperBound && tokens[mark + 1].kind == .word,
      lexicon.cueVerbs.match(at: mark, limit: sentence.upperBound, tokens: tokens) == nil,
      !Self.modals.contains(tokens[mark])
    {
      mark += 1
    }
    guard mark + 1 < sentence.upperBound, tokens[mark].text == ":" || ExtractionContext.isDash(tokens[mark]) else {
      return nil
    }
    // The words: a quotation that opens right after the mark, or what runs to the next dash or the
    // sentence's end with a quotation in it.
    let start = mark + 1
    var end = start
    if tokens[start].kind == .quote, tokens[start].quoteRole == .opening, structure.quotationOfToken[start] >= 0 {
      end = structure.quotations[structure.quotationOfToken[start]].closeToken + 1
    } else {
      while end < sentence.upperBound, !ExtractionContext.isDash(tokens[end]) { end += 1 }
    }
    // ("Holmberg's message to the government is blunt: the archipelago cannot live on tax-free
    // trade": after "is blunt", the words need no quotation marks.)
    let blunt =
      tokens[mark].text == ":" && mark - 2 > i && WordClasses.beVerbs.contains(tokens[mark - 2])
      && Self.mannerOfSaying.contains(tokens[mark - 1])
    guard end <= sentence.upperBound,
      blunt || (start..<end).contains(where: { tokens[$0].kind == .quote && tokens[$0].quoteRole == .opening })
    else { return nil }
    var candidate = AttributionExtractor.Candidate(
      cue: i..<(i + 1), head: i, lemma: "say", shape: .verb, nonanswer: nil)
    candidate.source = source
    candidate.sourceIsFixed = true
    candidate.content = trimmedContent(start..<end) ?? start..<end
    return candidate
  }

  /// After "citing", unnamed people as the phrase up to the next comma or the sentence's end:
  /// "citing two people close to the deal", "citing unnamed sources".
  func citedPeople(after start: Int, in sentence: Range<Int>) -> Range<Int>? {
    let relatives: WordSet = ["who", "whose", "that", "which"]
    var end = start
    while end < min(sentence.upperBound, start + 12),
      tokens[end].kind == .word || tokens[end].kind == .number
        || WordClasses.isPossessive(tokens[end]) || tokens[end].text == "-",
      end == start || !relatives.contains(tokens[end])
    {
      end += 1
    }
    // (Or up to its own relative clause: "citing a whistleblower who said".)
    guard end > start,
      end == sentence.upperBound || [",", ".", ";", ")"].contains(tokens[end].text)
        || tokens[end].kind == .quote || ExtractionContext.isDash(tokens[end]) || relatives.contains(tokens[end])
    else { return nil }
    let phrase = start..<end
    return classifySource(phrase).kind == .anonymous ? phrase : nil
  }

  /// Whether a word can open what an outlet learned, said without "that": an article, a pronoun,
  /// a number or a name ("has learned the company…", "has learned she…"); not "since", "so far".
  static func opensFinding(_ token: Token) -> Bool {
    WordClasses.determiners.contains(token) || WordClasses.subjectPronouns.contains(token)
      || token.kind == .number || token.isCapitalized
  }

  /// What someone quoted by another is quoted "as" doing: "quoted Y as saying".
  static let relayedSpeech: WordSet = ["saying", "telling", "stating"]

  /// How plainly something was said: "Her answer was blunt:".
  static let mannerOfSaying: WordSet = [
    "blunt", "simple", "clear", "brief", "short", "direct", "plain", "unequivocal", "terse", "curt", "emphatic",
  ]

  /// Nouns that make compounds with "reports", "records", "notes" and "lists": "inspection
  /// reports", "audit records", "incident notes".
  static let reportModifiers: WordSet = [
    "inspection", "audit", "incident", "disclosure", "expense", "progress", "earnings", "laboratory", "lab",
    "medical", "court", "arrest", "police", "crime", "news", "media", "press", "status", "safety", "filing",
  ]

  /// Nouns that "a" leads before a plural: "a dozen officials", "a handful of residents".
  static let countingNouns: WordSet = [
    "few", "dozen", "couple", "handful", "number", "lot", "host", "hundred", "thousand", "majority", "minority",
    "pair", "series", "group", "team", "panel", "trio", "bunch", "slew", "raft", "score", "half-dozen", "total",
  ]

  /// Which way a place lies: "east of Lüderitz".
  static let compassWords: WordSet = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west",
  ]

  /// How far away a place is: "40 kilometres east of town".
  static let distanceUnits: WordSet = [
    "kilometres", "kilometers", "km", "miles", "metres", "meters", "kilometre", "kilometer", "mile", "hours", "minutes",
  ]

  /// A source without how the outlet reached it, when that opens the sentence: "Reached by phone,
  /// CFM's general manager in Bangui, Patrice Mbollo, rejected".
  func withoutOpeningContact(_ source: Range<Int>) -> Range<Int> {
    guard source.count > 3, tokens[source.lowerBound].isCapitalized,
      ["reached", "contacted", "interviewed", "approached", "asked"].contains(tokens[source.lowerBound].lower),
      let comma = window(source.lowerBound + 1, min(source.upperBound - 1, source.lowerBound + 7)).first(where: {
        tokens[$0].text == ","
      }),
      ((source.lowerBound + 1)..<comma).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
    else { return source }
    return (comma + 1)..<source.upperBound
  }

  /// "The draft, dated Aug. 14, shows", "An engineer's report commissioned by parents, seen by the
  /// Weekly, had warned": a document set off before an aside that opens with a participle (when,
  /// how, by whom it came out or was seen) speaks alone; the aside tells of it and is left out.
  func withoutDocumentAside(_ source: Range<Int>) -> Range<Int> {
    // ("Audited accounts for 2023/24, seen by the Almanac,", "A 2023 inspection report
    // commissioned by the trust, seen by the Almanac,": the document may carry its own phrase.)
    // ("A compliance notice issued by the Department of Forestry, Fisheries and the Environment in
    // March 2024, seen by the Mirror,": the comma before the participle, past a list in a name.)
    guard
      let comma = source.first(where: {
        tokens[$0].text == "," && !($0 + 1 < source.upperBound && tokens[$0 + 1].isCapitalized)
      }), comma > source.lowerBound,
      comma + 1 < source.upperBound,
      let noun = headPhrase(source.lowerBound..<comma).last(where: { tokens[$0].kind == .word }),
      // (Capitalised only where it opens the phrase: "Minutes of a March 28 meeting…, obtained by".)
      !tokens[noun].isCapitalized || noun == source.lowerBound,
      lexicon.documentHeads.match(at: noun, limit: noun + 1, tokens: tokens) != nil,
      case let participle = tokens[comma + 1], participle.kind == .word, !participle.isCapitalized,
      participle.lower.hasSuffix("ed") || Self.documentParticiples.contains(participle)
        || ExtractionContext.irregularParticiples.contains(participle)
        || ["drawn", "led", "made", "set"].contains(participle.lower)
        // ("The letter, a copy of which was obtained by the Eagle, warns": how the outlet came by it.)
        || Self.isCopyOfWhich(at: comma + 1, tokens: tokens)
    else { return source }
    return source.lowerBound..<comma
  }

  /// A token that can stand inside a noun phrase's modifiers: a word, a number, a possessive's
  /// "'s" or a hyphen, and no subject pronoun (which would open a clause of its own).
  func isPhraseWord(_ t: Token) -> Bool {
    (t.kind == .word || t.kind == .number || t.text == "'s" || t.text == "\u{2019}s" || t.text == "-")
      && !WordClasses.subjectPronouns.contains(t)
  }

  /// "a copy of which", "copies of which" at `k`.
  static func isCopyOfWhich(at k: Int, tokens: [Token]) -> Bool {
    guard k >= 0 else { return false }
    if k + 3 < tokens.count, tokens[k].lower == "a", tokens[k + 1].lower == "copy", tokens[k + 2].lower == "of",
      tokens[k + 3].lower == "which"
    {
      return true
    }
    return k + 2 < tokens.count && tokens[k].lower == "copies" && tokens[k + 1].lower == "of"
      && tokens[k + 2].lower == "which"
  }

  /// Modal verbs: what would be, not what was.
  static let modals: WordSet = ["would", "will", "could", "can", "might", "may", "should", "must"]

  func agentOfClaimNoun(_ cue: Range<Int>, in sentence: Range<Int>) -> Range<Int>? {
    let by = cue.upperBound
    guard let noun = cue.last, lexicon.claimNouns.contains(tokens[noun]), by + 2 < sentence.upperBound,
      ["by", "from"].contains(tokens[by].lower)
    else { return nil }
    var e = by + 1
    // ("the nurses’ union": a plural's apostrophe.)
    while e < min(sentence.upperBound, by + 12), tokens[e].lower != "that",
      tokens[e].kind == .word || tokens[e].kind == .number || tokens[e].text == "-"
        || tokens[e].kind == .quote && tokens[e].start == tokens[e - 1].end && tokens[e - 1].lower.hasSuffix("s")
    {
      e += 1
    }
    // (Not a determiner's "that" after a quantifier's "of": "the charge from none of those
    // present"; nor a time, "claims from 2019 that".)
    guard e > by + 1, e < sentence.upperBound, tokens[e].lower == "that",
      !WordClasses.prepositions.contains(tokens[e - 1]),
      !((by + 1)..<e).allSatisfy({
        tokens[$0].kind == .number || WordClasses.timeWords.contains(tokens[$0])
          || ["last", "this", "early", "late"].contains(tokens[$0].lower)
      })
    else { return nil }
    // ("a claim by a Hale aide earlier Thursday that": the time is the claim's, not the aide's.)
    var end = e
    if end - 2 > by + 1, WordClasses.timeWords.contains(tokens[end - 1]),
      Self.timeIntroducers.contains(tokens[end - 2])
    {
      end -= 2
    } else if end - 1 > by + 1, WordClasses.timeWords.contains(tokens[end - 1]), tokens[end - 1].lower.hasSuffix("day")
    {
      end -= 1
    }
    return (by + 1)..<end
  }

  /// Whether a cue is a verb inside what a saying cue just before it reports, with a pronoun or a
  /// name of its own as subject: "Mr. Clarke said he realized", "Kelly said she asked", "told
  /// MSNBC that she had warned", "said Obama hopes". The verb is part of the report (PolNeAR
  /// marks none of the 38 such verbs in train and dev as a cue). Not "said when asked", "said the
  /// poll showed", nor a non-answer ("said he would not answer"), which the report folds in.
  func isReportedAct(
    _ candidate: AttributionExtractor.Candidate, among found: [AttributionExtractor.Candidate],
    in sentence: Range<Int>
  ) -> Bool {
    guard candidate.nonanswer == nil else { return false }
    var k = candidate.cue.lowerBound - 1
    // "had", "would not", "routinely": at most two auxiliaries or adverbs.
    var skipped = 0
    while k > sentence.lowerBound && skipped < 2
      && (WordClasses.isAdverbLike(tokens[k]) || WordClasses.beVerbs.contains(tokens[k]))
    {
      k -= 1
      skipped += 1
    }
    guard k > sentence.lowerBound, tokens[k].kind == .word else { return false }
    let bare = tokens[k].lower.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }).first.map(String.init) ?? ""
    if WordClasses.subjectPronouns.contains(bare) && bare != "you" {
      k -= 1
    } else if tokens[k].isCapitalized {
      // A name of one to three capitalized words ("Ms. Birgisdottir-Sund", "CNN").
      var words = 0
      while k > sentence.lowerBound && words < 4
        && (tokens[k].kind == .word && tokens[k].isCapitalized || tokens[k].text == "." && words > 0)
      {
        if tokens[k].kind == .word { words += 1 }
        k -= 1
      }
      guard (1...3).contains(words) else { return false }
    } else {
      // A short noun phrase ("said the hospital wrote off", "said a supervisor told her"), but not
      // a document's finding ("said its survey showed"), which PolNeAR marks, nor unnamed
      // sources ("said two aides had warned", "said Corbin's advisers see"), whose word a reader
      // counts (one role with a possessive, "the home's administrator", is someone named).
      let head = k
      guard lexicon.documentHeads.match(at: k, limit: k + 1, tokens: tokens) == nil,
        !lexicon.documentOnlyLemmas.contains(candidate.lemma)
      else { return false }
      var words = 0
      while k > sentence.lowerBound && words < 5 && tokens[k].kind == .word
        && !WordClasses.clauseBoundaries.contains(tokens[k])
      {
        // ("who said she heard gunshots told": a clause, not a noun phrase.)
        if WordClasses.subjectPronouns.contains(tokens[k]) || tokens[k].lower.hasSuffix("ed")
          || isAuxiliary(tokens[k])
        {
          return false
        }
        words += 1
        k -= 1
      }
      if lexicon.anonymousHeads.contains(tokens[head])
        && (tokens[head].lower.hasSuffix("s")
          || !((k + 1)..<head).contains(where: { WordClasses.isPossessive(tokens[$0]) }))
      {
        return false
      }
    }
    let afterThat = tokens[k].lower == "that"
    if afterThat { k -= 1 }
    return found.contains { c in
      // (Not a saying inside a relative clause: "A neighbor who said she heard gunshots told police".)
      // ("wrote on social media that she had asked the operator", "confirmed last week that it had
      // asked": after "that", a verb of writing or confirming, and where or when between.)
      let writes = afterThat && ["write", "tweet", "post", "confirm", "announce"].contains(c.lemma)
      guard c.cue.lowerBound < candidate.cue.lowerBound, ["say", "add", "tell"].contains(c.lemma) || writes,
        c.cue.lowerBound == sentence.lowerBound
          || !["who", "that", "which"].contains(tokens[c.cue.lowerBound - 1].lower)
      else {
        return false
      }
      let end = c.cue.upperBound - 1
      // "told MSNBC that": a recipient may stand between.
      let gap = c.lemma == "tell" ? 3 : afterThat ? 5 : 0
      guard end <= k, k - end <= gap else { return false }
      return ((end + 1)..<(k + 1)).allSatisfy {
        // (Where or when the source wrote: "on social media", "last week".)
        tokens[$0].kind == .word
          && (!WordClasses.clauseBoundaries.contains(tokens[$0])
            || writes && WordClasses.prepositions.contains(tokens[$0]) && tokens[$0].lower != "that")
      }
    }
  }

  /// "Lindqvist allegedly pressed colleagues", "One ship was reportedly turned away": a claim
  /// that someone made, with no one named (as "it was alleged" has none). Not inside a quotation
  /// or inside what another cue reports, whose claim it is part of.
  func unattributedReports(in sentence: Range<Int>, besides found: [AttributionExtractor.Candidate])
    -> [AttributionExtractor.Candidate]
  {
    sentence.compactMap { i in
      // (", though it is understood that": a clause of its own after a comma, not part of what the
      // cue before it reports.)
      func ownClause() -> Bool {
        i - 4 >= sentence.lowerBound && WordClasses.beVerbs.contains(tokens[i - 1]) && tokens[i - 2].lower == "it"
          && ["though", "although", "but", "while", "whereas"].contains(tokens[i - 3].lower)
          && tokens[i - 4].text == ","
      }
      guard structure.quotationOfToken[i] < 0,
        !found.contains(where: { $0.cue.contains(i) || $0.content?.contains(i) == true && !ownClause() })
      else { return nil }
      var cue = i..<(i + 1)
      if !lexicon.unattributedHedges.contains(tokens[i]) {
        // "The system is believed to date from 1962", "The manager is alleged to have kept the
        // data": a passive of believing or alleging, with no one who believes or alleges.
        // "It is understood that four supervisors were suspended": the same with "it" and "that".
        // "The club, it is understood, will not stand in his way": the same set off by commas.
        // ("It was gathered that", Nigerian English; not "Hundreds were gathered to mourn".)
        // ("are reported to have fled", not "must be reported to regulators".)
        guard Self.passiveHedges.contains(tokens[i]), i + 1 < sentence.upperBound,
          ["to", "that", ","].contains(tokens[i + 1].lower),
          tokens[i].lower != "gathered" || tokens[i + 1].lower == "that",
          tokens[i].lower != "reported"
            || tokens[i + 1].lower != "to"
            || i + 2 < sentence.upperBound && ["have", "be"].contains(tokens[i + 2].lower)
        else {
          return nil
        }
        var be = i - 1
        if be > sentence.lowerBound && WordClasses.isAdverbLike(tokens[be]) { be -= 1 }
        if tokens[i + 1].lower == "that" {
          guard be > sentence.lowerBound, tokens[be - 1].lower == "it" else { return nil }
        }
        var cueStart = be
        if tokens[i + 1].text == "," {
          guard be - 1 > sentence.lowerBound, tokens[be - 1].lower == "it", tokens[be - 2].text == "," else {
            return nil
          }
          cueStart = be - 1
        }
        // (Not when a source that says it follows: "The boy is believed to have drowned, police
        // said"; nor in a relative clause: "Residents who were thought to be at risk".)
        // (A later cue of the clause's own does not count: "is also alleged to have kept charging
        // the fee after regulators told it to stop".)
        guard be >= sentence.lowerBound, WordClasses.beVerbs.contains(tokens[be]), tokens[be].lower != "being",
          !found.contains(where: { c in
            c.cue.contains(be)
              || c.cue.lowerBound > i + 3
                && (c.content?.contains(i) == true
                  || c.source.map { $0.lowerBound > sentence.lowerBound && tokens[$0.lowerBound - 1].text == "," }
                    == true)
          }),
          be == sentence.lowerBound || !["who", "that", "which"].contains(tokens[be - 1].lower)
        else { return nil }
        cue = cueStart..<(i + 1)
      }
      var candidate = AttributionExtractor.Candidate(
        cue: cue, head: i, lemma: tokens[i].lower, shape: .verb, nonanswer: nil)
      candidate.content = trimmedContent(firstWord(of: sentence)..<sentence.upperBound)
      return candidate
    }
  }

  /// "dismissed claims that traders had not been consulted", "rejected suggestions that the town
  /// had been singled out": the claim a denial or dismissal answers, made by no one the sentence
  /// names, is an attribution of its own with no source, as "it was alleged" is. Our sets'
  /// annotators mark such a noun before "that" 440 times in about 500 (PolNeAR's train has two,
  /// neither marked). Not "any suggestion that" (a charge no one made: 2 marked in 23), nor a noun
  /// another cue holds ("claims by the union that" has its agent).
  func deniedClaims(in sentence: Range<Int>, besides found: [AttributionExtractor.Candidate])
    -> [AttributionExtractor.Candidate]
  {
    found.compactMap { denial in
      guard denial.source != nil, !denial.negated,
        lexicon.denialVerbs.contains(tokens[denial.head]) || lexicon.dismissalVerbs.contains(tokens[denial.head])
      else { return nil }
      var k = denial.cue.upperBound
      var determiner: String?
      if k < sentence.upperBound, Self.claimDeterminers.contains(tokens[k]) {
        determiner = tokens[k].lower
        k += 1
      }
      guard k + 1 < sentence.upperBound, tokens[k + 1].lower == "that",
        lexicon.claimNouns.contains(tokens[k]) || Self.reportNouns.contains(tokens[k]),
        determiner != "any" || tokens[k].lower.hasSuffix("s"),
        !found.contains(where: { $0.cue.contains(k) })
      else { return nil }
      var candidate = AttributionExtractor.Candidate(
        cue: k..<(k + 1), head: k, lemma: "claim", shape: .preposition, nonanswer: nil)
      candidate.content = contentAfter(k + 1, in: sentence, lemma: "claim")
      return candidate
    }
  }

  /// What may stand between a denial and the claim it denies ("dismissed the claims that").
  static let claimDeterminers: WordSet = ["the", "those", "these", "such", "all", "any", "repeated", "persistent"]

  /// Nouns of what is reported or rumoured, claims too after a denial ("denied reports that").
  static let reportNouns: WordSet = ["report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation"]

  /// "did not return calls or reply to a text message": a verb joined by "or" to a non-answer
  /// is part of it, not a second attribution.
  func continuesNonanswer(
    _ candidate: AttributionExtractor.Candidate, among found: [AttributionExtractor.Candidate], in sentence: Range<Int>
  ) -> Bool {
    let head = candidate.head
    // ("did not respond to the Courier's calls", "did not return repeated calls": the inquiry that
    // went unanswered is part of the non-answer, not a call someone made; but "did not respond to
    // calls for her resignation" leaves a demand others made.)
    // ("did not answer a written question about": with the words around the noun too.)
    if candidate.nonanswer == nil, candidate.cue.count <= 3,
      // ("did not answer repeated phone calls": or the noun just after the cue's word.)
      let noun = window(candidate.cue.lowerBound, min(candidate.cue.upperBound + 2, sentence.upperBound)).first(where: {
        Self.messageNouns.contains(tokens[$0])
      }),
      noun + 1 >= sentence.upperBound || tokens[noun + 1].lower != "for",
      found.contains(where: { other in
        other.nonanswer == .noResponse && other.cue.upperBound <= candidate.cue.lowerBound
          && noun - other.cue.upperBound <= 5
          && !(other.cue.upperBound..<candidate.cue.lowerBound).contains { k in
            tokens[k].kind == .punctuation || tokens[k].kind == .quote
              || ["and", "but", "or"].contains(tokens[k].lower)
          }
      })
    {
      return true
    }
    guard candidate.nonanswer == nil, candidate.cue.count == 1, head > sentence.lowerBound,
      // ("declined to discuss the raffle records or say whether": the same refusal.)
      ["reply", "respond", "answer", "return", "comment", "say", "discuss", "confirm", "explain"].contains(
        tokens[head].lower),
      ["or", "nor"].contains(tokens[head - 1].lower)
    else { return false }
    return found.contains { other in
      other.nonanswer != nil && other.cue.upperBound < head && head - other.cue.upperBound <= 12
    }
  }

  /// A source that opens with a verb's auxiliary is no noun phrase ("have welcomed immigrants",
  /// "has left some economists"): the name after an inverted auxiliary ("Why has Donald Trump
  /// softened") is the source, anything else none.
  func withoutVerbOpening(_ candidate: AttributionExtractor.Candidate) -> AttributionExtractor.Candidate {
    // (The span as reported: the ranker may already have moved it to the noun phrase.)
    guard let source = candidate.reportedSource ?? candidate.source, !source.isEmpty,
      case let first = tokens[source.lowerBound], !first.isCapitalized,
      ["have", "has", "had", "is", "was", "were", "are", "been", "being"].contains(first.lower)
    else { return candidate }
    var candidate = candidate
    candidate.reportedSource = nil
    if source.count >= 2, isProperWord(source.lowerBound + 1) {
      candidate.source = (source.lowerBound + 1)..<source.upperBound
    } else {
      candidate.source = nil
    }
    return candidate
  }

  /// A source after its cue without the time that follows it: "says the ferryman Olaf Brandt, two
  /// days after the storm" cites the ferryman; "two days after" dates the words. And a source
  /// before its cue without the year that opens it: "By 2017 the Norhaven Post had reported" cites
  /// the Post.
  /// The source's last edits, after the rules and the ranker: the time of its own clause, no
  /// dateline, no trailing time, no opening verb, no aside that withholds the name.
  func finishedSource(_ candidate: AttributionExtractor.Candidate) -> AttributionExtractor.Candidate {
    withoutWithholdingAside(withoutVerbOpening(withoutTrailingTime(withoutDateline(withTimeOfClause(candidate)))))
  }

  /// The source without a dateline in capitals and its dash that a rule left at its start:
  /// "GROOTFONTEIN - Communal and resettled farmers in the Grootfontein district say".
  func withoutDateline(_ candidate: AttributionExtractor.Candidate) -> AttributionExtractor.Candidate {
    var candidate = candidate
    func cut(_ range: Range<Int>?) -> Range<Int>? {
      guard let range, range.count >= 3,
        range.lowerBound == firstWord(of: structure.sentences[structure.sentenceOfToken[range.lowerBound]]),
        let dash = datelineEnd(from: range.lowerBound, before: range.upperBound),
        dash > range.lowerBound, dash + 1 < range.upperBound, tokens[dash + 1].kind == .word,
        // (Only the place's words and its region before the dash.)
        (range.lowerBound..<dash).allSatisfy({
          tokens[$0].kind == .word && tokens[$0].isCapitalized || tokens[$0].text == ","
        })
      else { return range }
      return (dash + 1)..<range.upperBound
    }
    candidate.source = cut(candidate.source)
    candidate.reportedSource = cut(candidate.reportedSource)
    return candidate
  }

  /// The source with the time of its own clause, which every rule and the ranker leave out:
  /// "Parents who attended the meeting on Monday morning said", "Shoppers interviewed on Monday
  /// said", "Patients and relatives who spoke to the Star on Wednesday said". The time of what
  /// the people did is part of the phrase, as PolNeAR marks it (``timeOfClause``).
  func withTimeOfClause(_ candidate: AttributionExtractor.Candidate) -> AttributionExtractor.Candidate {
    var candidate = candidate
    func extended(_ range: Range<Int>?) -> Range<Int>? {
      guard let range, !range.isEmpty, range.upperBound < candidate.cue.lowerBound,
        structure.sentenceOfToken[range.lowerBound] == structure.sentenceOfToken[candidate.cue.lowerBound],
        let end = timeOfClause(after: range, before: candidate.cue.lowerBound)
      else { return range }
      return range.lowerBound..<end
    }
    candidate.source = extended(candidate.source)
    candidate.reportedSource = extended(candidate.reportedSource)
    return candidate
  }

  func withoutTrailingTime(_ candidate: AttributionExtractor.Candidate) -> AttributionExtractor.Candidate {
    var candidate = candidate
    func cut(_ range: Range<Int>?) -> Range<Int>? {
      if let range, range.upperBound <= candidate.cue.lowerBound, range.count >= 2, range.lowerBound > 0,
        isYear(tokens[range.lowerBound]), ["in", "by", "since", "until"].contains(tokens[range.lowerBound - 1].lower),
        tokens[range.lowerBound + 1].kind == .word,
        tokens[range.lowerBound + 1].isCapitalized || WordClasses.determiners.contains(tokens[range.lowerBound + 1])
      {
        return (range.lowerBound + 1)..<range.upperBound
      }
      // ("In December management told us": a month after its preposition is no part of who.)
      if let range, range.upperBound <= candidate.cue.lowerBound, range.count >= 2, range.lowerBound > 0,
        WordClasses.timeWords.contains(tokens[range.lowerBound]), tokens[range.lowerBound].isCapitalized,
        ["in", "by", "since", "until"].contains(tokens[range.lowerBound - 1].lower),
        tokens[range.lowerBound + 1].kind == .word, !isAuxiliary(tokens[range.lowerBound + 1]),
        !["and", "or", "of", "to"].contains(tokens[range.lowerBound + 1].lower)
      {
        return (range.lowerBound + 1)..<range.upperBound
      }
      guard let range, range.lowerBound >= candidate.cue.upperBound, range.count >= 4 else { return range }
      let end = structure.sentences[structure.sentenceOfToken[range.lowerBound]].upperBound
      for comma in (range.lowerBound + 1)..<(range.upperBound - 1) where tokens[comma].text == "," {
        let count = tokens[comma + 1]
        guard count.kind == .number || WordClasses.numberWords.contains(count) || ["a", "an"].contains(count.lower),
          comma + 3 < end, WordClasses.timeWords.contains(tokens[comma + 2]),
          ["after", "before", "later", "ago", "since", "into"].contains(tokens[comma + 3].lower)
        else { continue }
        return range.lowerBound..<comma
      }
      return range
    }
    candidate.source = cut(candidate.source)
    candidate.reportedSource = cut(candidate.reportedSource)
    return candidate
  }

  /// Adverbs that may stand between a subject and its verb: "Growers also worry".
  static let focusingAdverbs: WordSet = ["also", "still", "now", "even", "often", "increasingly", "privately"]

  /// Whether a token opens with a currency's symbol: "$4", "£220m".
  func startsWithCurrencySymbol(_ token: Token) -> Bool {
    token.text.first.map { "$£€¥₹₱₦₵".contains($0) } == true
  }

  /// A year of four digits: "2019", "1998".
  func isYear(_ token: Token) -> Bool {
    token.kind == .number && token.text.count == 4 && (token.text.hasPrefix("19") || token.text.hasPrefix("20"))
  }

  /// The source as reported without a clause set off by commas that says why it is unnamed: "A
  /// ferryman on the night crossing, who would talk only anonymously because his union forbids
  /// interviews, said" reports "A ferryman on the night crossing". The clause is how the source is
  /// anonymous and why, which the classification and the resolution of later mentions still read;
  /// the report gives the reason in a field of its own. (A clause without commas restricts the
  /// noun and stays: "an aide who was not authorized to speak".)
  func withoutWithholdingAside(_ candidate: AttributionExtractor.Candidate) -> AttributionExtractor.Candidate {
    guard let source = candidate.reportedSource ?? candidate.source, source.count >= 4 else { return candidate }
    var end = source.upperBound
    if tokens[end - 1].text == "," { end -= 1 }
    guard
      let comma = (source.lowerBound + 1..<end - 2).first(where: {
        tokens[$0].text == ","
          && (["who", "whose"].contains(tokens[$0 + 1].lower)
            // ("A contractor who has worked on the pump station, and who asked not to be named":
            // a second clause, the one that withholds.)
            || tokens[$0 + 1].lower == "and" && $0 + 2 < end && tokens[$0 + 2].lower == "who")
      }),
      anonymityMarker(in: comma + 1..<end) != nil || saysNotAuthorized(comma + 1..<end),
      // (Not when the phrase goes on after the clause: "A clerk, who …, and a driver".)
      !(comma + 3..<end).contains(where: { tokens[$0].lower == "and" && tokens[$0 - 1].text == "," })
    else { return candidate }
    var candidate = candidate
    candidate.sourceWithoutAside = source.lowerBound..<comma
    return candidate
  }

  /// "The bakery stayed silent when asked if the ovens were safe", "Its treasurer, asked about the
  /// loan, shrugged": after a clause or inside a subject's commas, the reporter's question, put to
  /// a source who answers or does not; no one is cited for it. (PolNeAR marks it a cue more often
  /// than not, the held-out annotators seldom; the tool counts sourcing, not the reporter's
  /// questions.)
  func isReportersQuestion(_ candidate: AttributionExtractor.Candidate) -> Bool {
    let k = candidate.cue.lowerBound
    guard candidate.cue.count == 1, candidate.source == nil, tokens[k].lower == "asked", k > 1,
      k + 1 < tokens.count, ["when", "if", ","].contains(tokens[k - 1].lower)
    else { return false }
    // (Not an opening "When asked about the audit, Ruiz said", "But when asked …", "Later, when
    // asked …", which the rule "an unnamed asker" keeps: only after a word that ends a clause.)
    let sentence = structure.sentences[structure.sentenceOfToken[k]]
    let before = k - 2
    guard before >= sentence.lowerBound, tokens[before].kind == .word || tokens[before].kind == .number,
      !Self.leadingIntroductions.contains(tokens[before])
    else { return false }
    return ["whether", "about", "how", "what", "why", "if", "who", "which", "when", "where", "for"].contains(
      tokens[k + 1].lower)
  }

  static let informs: WordSet = ["informed", "informs"]

  /// How a reporter's question is put to a source: "Asked about the leak,", "Pressed on the cost,".
  static let questionVerbs: WordSet = ["asked", "pressed", "questioned", "quizzed", "challenged"]

  /// "none of whom", "neither of whom", "all of whom" at `i`, ending before `limit`: a relative
  /// clause about a share of the people before it.
  func isPartitiveOfWhom(at i: Int, before limit: Int) -> Bool {
    i + 2 < limit && tokens[i + 1].lower == "of" && tokens[i + 2].lower == "whom"
      && ["none", "neither", "all", "both", "most", "some", "many", "each", "several"].contains(tokens[i].lower)
  }

  /// Whether "disputes" at `i` is the plural noun: after a preposition, a determiner or a
  /// possessive, or before what a dispute is over or between.
  func isDisputesNoun(at i: Int, in sentence: Range<Int>) -> Bool {
    if i > sentence.lowerBound {
      let previous = tokens[i - 1]
      if WordClasses.prepositions.contains(previous) || WordClasses.determiners.contains(previous)
        || WordClasses.isPossessive(previous)
      {
        return true
      }
      // "in commercial disputes", "the legal disputes": an adjective between (not "the council
      // disputes", "the defendant disputes").
      if i - 1 > sentence.lowerBound, previous.kind == .word, !previous.isCapitalized,
        Self.adjectiveEndings.contains(where: { previous.lower.hasSuffix($0) }),
        !looksLikePersonNoun(previous.lower),
        lexicon.organizationHeads.match(at: i - 1, limit: i, tokens: tokens) == nil,
        WordClasses.prepositions.contains(tokens[i - 2]) || WordClasses.determiners.contains(tokens[i - 2])
      {
        return true
      }
    }
    // (At the sentence's end after a name, a verb: "a version of events the Harbour Board disputes.")
    // ("a result its developer disputes.": after a person's or a body's noun too.)
    let afterName =
      i > sentence.lowerBound
      && (tokens[i - 1].isCapitalized || lexicon.pronouns.contains(tokens[i - 1])
        || looksLikePersonNoun(tokens[i - 1].lower)
        || lexicon.organizationHeads.match(at: i - 1, limit: i, tokens: tokens) != nil)
    guard i + 1 < sentence.upperBound else { return !afterName }
    let next = tokens[i + 1]
    return next.kind == .punctuation && !afterName
      || ["over", "with", "between", "among", "involving", "and", "or"].contains(next.lower)
  }

  /// Endings of adjectives that stand before a noun ("commercial", "economic", "contentious").
  static let adjectiveEndings = ["al", "ic", "ous", "ive", "ary", "ful"]

  /// "stood by its reporting", "stands by the allegation": whether the two words at `i` are a
  /// cue, with a determiner and a noun of something said after them (not "stood by the door",
  /// "stands by her husband").
  func standsBy(at i: Int, in sentence: Range<Int>) -> Bool {
    Self.standForms.contains(tokens[i]) && i + 3 < sentence.upperBound && tokens[i + 1].lower == "by"
      && (WordClasses.determiners.contains(tokens[i + 2]) || WordClasses.isPossessive(tokens[i + 2]))
      && window(i + 3, min(i + 5, sentence.upperBound)).contains(where: { Self.thingsSaid.contains(tokens[$0]) })
  }

  /// Roles that open an appositive without an article ("senior fellow with…") besides a
  /// person's usual roles.
  static let appositiveRoles: WordSet = ["fellow", "principal", "partner", "associate", "scholar"]

  /// Words of a clause's grammar that are also parts of names, written capitalised.
  static let nameParticles: Set<String> = [
    "Were", "Without", "So",
    // ("Residents' group Water Before Watts posted", "Families Against Fracking".)
    "Before", "Against", "Beyond", "Over", "Under",
  ]

  static let standForms: WordSet = ["stood", "stands", "stand"]
  /// What one goes on that is no speech: "went on leave", "went on strike".
  static let absences: WordSet = [
    "leave", "strike", "trial", "holiday", "holidays", "vacation", "sale", "display", "tour", "sick", "maternity",
    "paternity", "long-term", "medical", "sabbatical", "furlough", "hunger", "patrol", "duty",
  ]
  static let thingsSaid: WordSet = [
    "reporting", "report", "reports", "story", "stories", "article", "account", "accounts", "allegation",
    "allegations", "claim", "claims", "statement", "statements", "comments", "remarks", "findings", "assertion",
    "testimony", "coverage", "words", "assessment", "figures",
  ]
  static let gathered: WordSet = ["gathered", "established", "corroborated", "verified"]

  /// Where the auxiliaries and adverbs right before a verb begin ("has independently verified").
  func auxiliariesStart(before verb: Int, in sentence: Range<Int>) -> Int {
    var k = verb
    while k - 1 > sentence.lowerBound, verb - k < 3, WordClasses.isAdverbLike(tokens[k - 1]) { k -= 1 }
    return k
  }

  /// "ignored repeated complaints", "amid repeated warnings": after a verb or a preposition,
  /// "repeated" is an adjective before a plural, where "He repeated calls for calm" repeats them.
  func repeatsAsAdjective(at i: Int, in sentence: Range<Int>) -> Bool {
    guard tokens[i].lower == "repeated", i > sentence.lowerBound, i + 1 < sentence.upperBound else { return false }
    let (previous, next) = (tokens[i - 1], tokens[i + 1])
    return next.kind == .word && next.lower.hasSuffix("s") && !lexicon.pronouns.contains(next)
      && (WordClasses.prepositions.contains(previous) || previous.lower.hasSuffix("ed") && previous.lower.count > 4)
  }

  /// Whether what follows a reporter's "gathered" is "that" or only a time to the sentence's end.
  func endsFinding(after end: Int, in sentence: Range<Int>) -> Bool {
    if end < sentence.upperBound && tokens[end].lower == "that" { return true }
    return (end..<sentence.upperBound).allSatisfy {
      tokens[$0].kind == .punctuation || tokens[$0].kind == .quote || WordClasses.timeWords.contains(tokens[$0])
        || ["on", "in", "at"].contains(tokens[$0].lower)
    }
  }

  /// Participles whose passive before "to" reports a claim with no one named: "is believed to",
  /// "was alleged to", "are understood to", "are reported to have". ("is said to" and "is
  /// expected to" are the tagger's: PolNeAR marks them.)
  static let passiveHedges: WordSet = [
    "believed", "alleged", "understood", "rumored", "rumoured", "thought", "estimated", "learnt", "gathered",
    "reported",
  ]

  /// The source with the clause that says why it is unnamed, when the rules stopped before it:
  /// "according to people familiar with the matter, who asked not to be identified because the
  /// talks are private", "a senior aide who was not authorized to discuss them". The clause is the
  /// evidence for the reason; the span reported leaves out one set off by commas
  /// (`withoutWithholdingAside`). (Not a participle's aside, "One investor, speaking on condition of
  /// anonymity, said": PolNeAR and most of the held-out annotators leave it out of the source, and
  /// the marker between source and cue still makes the source anonymous.)
  func takingInWithholdingClause(_ candidate: AttributionExtractor.Candidate) -> AttributionExtractor.Candidate {
    guard let source = candidate.source, !source.isEmpty else { return candidate }
    let sentence = structure.sentences[structure.sentenceOfToken[source.lowerBound]]
    var candidate = candidate
    // (The test `withheldName` uses for a source's own phrase.)
    func withholds(_ range: Range<Int>) -> Bool {
      anonymityMarker(in: range) != nil || saysNotAuthorized(range)
    }
    if source.lowerBound >= candidate.cue.upperBound {
      // After the cue: ", who …" or "who …" up to the next comma or the sentence's end.
      var k = source.upperBound
      if k < sentence.upperBound, tokens[k].text == "," { k += 1 }
      guard k < sentence.upperBound, tokens[k].lower == "who" else { return candidate }
      var end = k + 1
      while end < sentence.upperBound && end - k <= 30 && tokens[end].kind != .quote
        && !(tokens[end].kind == .punctuation && tokens[end].text != "-")
      {
        end += 1
      }
      guard end - k <= 30, withholds(k..<end) else { return candidate }
      candidate.source = source.lowerBound..<end
    } else if source.upperBound < candidate.cue.lowerBound, tokens[source.upperBound].text == ",",
      candidate.cue.lowerBound - source.upperBound <= 30, candidate.cue.lowerBound - source.upperBound >= 3,
      tokens[candidate.cue.lowerBound - 1].text == ","
    {
      // Before the cue: ", who asked not to be named (because …)," set off by commas.
      let gap = (source.upperBound + 1)..<(candidate.cue.lowerBound - 1)
      guard let first = gap.first, ["who"].contains(tokens[first].lower),
        !gap.contains(where: { tokens[$0].kind == .quote }), withholds(gap)
      else { return candidate }
      candidate.source = source.lowerBound..<gap.upperBound
    }
    return candidate
  }

  /// "did not answer two emails asking about the fee", "did not reply to a message asking
  /// whether": what the unanswered message asked, not something its writer is cited for.
  func asksInUnansweredMessage(_ head: Int, among cues: [AttributionExtractor.Candidate], in sentence: Range<Int>)
    -> Bool
  {
    guard ["asking", "seeking", "requesting"].contains(tokens[head].lower), head > sentence.lowerBound,
      Self.messageNouns.contains(tokens[head - 1])
    else { return false }
    // (Only a message no one answered, with nothing between: not "declined to comment, but her
    // office released a letter asking residents to conserve".)
    return cues.contains { other in
      other.cue.upperBound <= head
        && lexicon.nonanswers.match(at: other.cue.lowerBound, limit: head, tokens: tokens)?.payload == .noResponse
        && !(other.cue.upperBound..<head).contains { k in
          [",", ";"].contains(tokens[k].text) || ["but", "and"].contains(tokens[k].lower)
        }
    }
  }

  static let messageNouns: WordSet = [
    "email", "emails", "e-mail", "e-mails", "message", "messages", "letter", "letters", "request", "requests", "query",
    "queries", "question", "questions", "call", "calls", "text", "texts", "note", "notes",
  ]

  /// Roles named with whom they serve after "to": "an adviser to the mayor", "envoy to Chad".
  static let rolesServingSomeone: WordSet = [
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "ambassador", "ambassadors", "envoy", "envoys",
    "counselor", "counsellor", "consultant", "consultants", "assistant", "assistants", "liaison", "attaché",
    "attache", "successor", "heir",
  ]

  /// Recordings that show someone speaking: "footage of X saying".
  static let recordingNouns: WordSet = [
    "footage", "video", "videos", "recording", "recordings", "clip", "clips", "tape", "tapes", "audio", "livestream",
  ]

  /// The person a recording shows, ending at `end` right before a participle: "footage of Ada Voss"
  /// (a name), "a video showing the mayor" (a person's noun).
  /// (So is someone heard or seen speaking: "if you see some Democrats saying".)
  func recordedSpeaker(endingAt end: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard end > sentence.lowerBound + 1, tokens[end].kind == .word,
      let link = (max(sentence.lowerBound + 1, end - 5)..<end).last(where: {
        ["of", "showing", "shows", "showed"].contains(tokens[$0].lower) || Self.perceptionVerbs.contains(tokens[$0])
      }),
      Self.recordingNouns.contains(tokens[link - 1])
        // (Not a cue with its preposition, which the rules for it read: "heard Arquette calling for".)
        // (And only someone heard speaking: not "to see the ACLU defending Trump allies".)
        || Self.perceptionVerbs.contains(tokens[link]) && end + 1 < sentence.upperBound
          && Self.speakingGerunds.contains(tokens[end + 1])
          && !(end + 2 < sentence.upperBound && WordClasses.prepositions.contains(tokens[end + 2])),
      ((link + 1)...end).allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "." }),
      tokens[end].isCapitalized && isProperWord(end) || looksLikePersonNounOrPlural(tokens[end].lower),
      !((link + 1)...end).contains(where: { isAuxiliary(tokens[$0]) || WordClasses.prepositions.contains(tokens[$0]) })
    else { return nil }
    return (link + 1)..<(end + 1)
  }

  /// "Asked if…", "when asked", "being asked", "has been asked": a passive "asked" with no "by".
  func isUnnamedAsking(_ candidate: AttributionExtractor.Candidate, in sentence: Range<Int>) -> Bool {
    let head = candidate.head
    // ("Pressed on the bill, the spokesman said", "Questioned about the delay,": the same.)
    guard Self.questionVerbs.contains(tokens[head]),
      head + 1 >= sentence.upperBound || tokens[head + 1].lower != "by"
    else {
      return false
    }
    if tokens[head].lower != "asked" { return head == firstWord(of: sentence) }
    return head == firstWord(of: sentence)
      || head > sentence.lowerBound
        && ["when", "whenever", "being", "been", "was", "were", "is", "are", "once", "if", "after"].contains(
          tokens[head - 1].lower)
  }

  static let impressionVerbs: WordSet = ["seem", "seems", "seemed", "appear", "appears", "appeared"]

  /// "who asked not to be named", "Both requested anonymity because…", "The employees spoke on
  /// condition of anonymity": how the source came to be unnamed, not something it said.
  func isAnonymityClause(_ cue: Range<Int>, in sentence: Range<Int>) -> Bool {
    // The verb's complement is the request itself: "not to be named", "anonymity", "on
    // condition of anonymity", "that their names be withheld", "for anonymity", "to be named";
    // not "asked whether unnamed donors had paid".
    // (A learned cue may run on into the complement: "speaking on condition of".)
    // ("who asked me not to publish her name": the reporter asked, between verb and request.)
    // ("who did not want to be identified": the wish not to be named, with "not" before the verb.)
    if let wish = cue.first(where: { ["want", "wanted", "wish", "wished"].contains(tokens[$0].lower) }),
      wish > sentence.lowerBound, ["not", "n't"].contains(tokens[wish - 1].lower),
      let marker = anonymityMarker(in: window(wish - 1, min(wish + 6, sentence.upperBound)))
    {
      return marker.index <= wish
    }
    guard var verb = cue.first(where: { Self.anonymityVerbs.contains(tokens[$0]) }) else { return false }
    if verb + 2 < sentence.upperBound, ["me", "us"].contains(tokens[verb + 1].lower) { verb += 1 }
    guard cue.upperBound < sentence.upperBound, verb + 1 < sentence.upperBound,
      ["not", "anonymity", "on", "that", "for", "to"].contains(tokens[verb + 1].lower),
      // ("declined to be named": the marker may start at the verb.)
      let marker = anonymityMarker(in: window(verb, min(verb + 9, sentence.upperBound)))
    else { return false }
    return marker.index <= verb + 4
  }

  /// Whether a cue is the verb of the reason a source gives for staying unnamed: "They asked not
  /// to be named because they fear retaliation" (not the "said" after ", speaking on condition
  /// of anonymity because they were not authorized to discuss it,").
  func isAnonymityReason(_ cue: Range<Int>, in sentence: Range<Int>) -> Bool {
    // "They asked not to be named, citing confidentiality agreements": the reason, after a comma.
    let comma = cue.lowerBound - 1
    if tokens[cue.lowerBound].lower == "citing", comma > sentence.lowerBound, tokens[comma].text == ",",
      anonymityMarker(in: max(sentence.lowerBound, comma - 8)..<comma) != nil
    {
      return true
    }
    var k = cue.lowerBound - 1
    while k > sentence.lowerBound && WordClasses.isAdverbLike(tokens[k]) { k -= 1 }
    guard k - 1 > sentence.lowerBound, WordClasses.subjectPronouns.contains(tokens[k]),
      ["because", "since", "as"].contains(tokens[k - 1].lower)
    else { return false }
    return anonymityMarker(in: max(sentence.lowerBound, k - 12)..<(k - 1)) != nil
  }

  /// "who have named the group Saltmarsh", "dubbed it 'the Ghost'": a verb that gives a name,
  /// not one of saying.
  func givesName(at verb: Int, in sentence: Range<Int>) -> Bool {
    // ("a tower named after himself", "a school named for her".)
    if ["named", "renamed"].contains(tokens[verb].lower), verb + 1 < sentence.upperBound,
      ["after", "for"].contains(tokens[verb + 1].lower)
    {
      return true
    }
    // "The bill, called the Tax Cuts and Jobs Act, would": a thing's name after its noun, then a
    // comma or the sentence's verb (not "Obama called the Tax Act a giveaway", nor "he called").
    if ["called", "dubbed", "titled", "entitled"].contains(tokens[verb].lower), verb - 1 > sentence.lowerBound {
      var thing = verb - 1
      if tokens[thing].text == "," { thing -= 1 }
      var k = verb + 1
      if k < sentence.upperBound, ["the", "a", "an"].contains(tokens[k].lower) { k += 1 }
      let nameStart = k
      while k < sentence.upperBound, tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].lower == "and" {
        k += 1
      }
      if thing >= sentence.lowerBound, tokens[thing].kind == .word, !tokens[thing].isCapitalized,
        !lexicon.pronouns.contains(tokens[thing]), !looksLikePersonNounOrPlural(tokens[thing].lower),
        !WordClasses.isAdverbLike(tokens[thing]), !isAuxiliary(tokens[thing]),
        k > nameStart + 1 || k > nameStart && tokens[nameStart].lower != "and",
        // (Not 'One user called the U.S. "the most shameless thief"'.)
        k == sentence.upperBound || [",", ".", ";", ")"].contains(tokens[k].text) || isAuxiliary(tokens[k])
      {
        return true
      }
    }
    guard ["named", "names", "naming", "dubbed", "dubs", "nicknamed"].contains(tokens[verb].lower),
      verb + 2 < sentence.upperBound,
      ["the", "it", "them", "him", "her", "its", "their"].contains(tokens[verb + 1].lower)
    else { return false }
    return window(verb + 2, min(verb + 5, sentence.upperBound)).contains {
      tokens[$0].isCapitalized || tokens[$0].kind == .quote && tokens[$0].quoteRole == .opening
    }
  }

  /// 'Dana Ruiz, author of "The Quiet Harbor,"': a name that opens the sentence, then a comma
  /// and a description that ends in a quoted title (its words capitalised, the comma inside the
  /// closing mark) right before the cue. Returns the whole phrase.
  func nameWithQuotedTitle(endingAt close: Int, in sentence: Range<Int>) -> Range<Int>? {
    // (Not after a word that opens a clause: "As Ana Ruiz, author of …, put it".)
    let start = firstWord(of: sentence)
    guard !Self.leadingIntroductions.contains(tokens[start]) else { return nil }
    guard close - 1 > start, tokens[close - 1].text == ",",
      let open = (max(start, close - 12)..<(close - 1)).last(where: { tokens[$0].kind == .quote }),
      tokens[open].quoteRole == .opening, open - 1 > start,
      ["of", "titled", "called", "entitled"].contains(tokens[open - 1].lower),
      case let words = (open + 1..<(close - 1)).filter({ tokens[$0].kind == .word }), !words.isEmpty,
      words.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].lower.count <= 3 }),
      let comma = (start..<open).first(where: { tokens[$0].text == "," }), comma > start,
      (start..<comma).allSatisfy({ isProperWord($0) || lexicon.titles.contains(tokens[$0]) })
    else { return nil }
    return start..<(close + 1)
  }

  /// "Brushing aside the warnings, the House voted", "they were largely brushed aside": a
  /// dismissal with a particle that opens the sentence, or a passive, is an act, no answer anyone
  /// gave (nor is its particle alone a cue).
  func isDismissalAct(_ cue: Range<Int>, in sentence: Range<Int>) -> Bool {
    var verb = cue.lowerBound
    // ("were largely brushed aside", "is never waved away": past the adverbs the cue begins with.)
    while verb + 1 < cue.upperBound, WordClasses.isAdverbLike(tokens[verb]) || tokens[verb].lower == "never" {
      verb += 1
    }
    let start = verb
    if Self.dismissalParticles.contains(tokens[verb]), verb > sentence.lowerBound { verb -= 1 }
    guard lexicon.dismissalVerbs.contains(tokens[verb].lower), verb + 1 < sentence.upperBound,
      Self.dismissalParticles.contains(tokens[verb + 1])
    else { return false }
    if verb != start { return true }
    return verb == firstWord(of: sentence) && tokens[verb].lower.hasSuffix("ing")
      || tokens[verb].lower.hasSuffix("ed")
        && (max(sentence.lowerBound, verb - 2)..<verb).contains(where: { WordClasses.beVerbs.contains(tokens[$0]) })
  }

  static let dismissalParticles: WordSet = ["aside", "off", "away"]

  /// Nouns "warning" modifies: "warning strikes", "warning signs", "a warning letter".
  static let warningNouns: WordSet = [
    "strike", "strikes", "shot", "shots", "sign", "signs", "light", "lights", "label", "labels", "letter", "letters",
    "system", "systems", "siren", "sirens", "notice", "notices", "bell", "bells", "signal", "signals", "track",
  ]

  /// Verbs by which a source asks not to be named.
  static let anonymityVerbs: WordSet = [
    "asked", "requested", "spoke", "declined", "insisted", "demanded", "agreed", "asks", "requests", "speak",
    "speaking", "spoken",
  ]

  /// Where the figure starts when "put" or "puts" at `i` gives an estimate: a short noun phrase,
  /// then "at", "near", "around" or "closer to", and a number or an amount ("puts losses at $4
  /// million", "put the figure closer to 5 percent"). Nil for "put the plan on hold", "put it to
  /// voters".
  func estimateFigure(after i: Int, in sentence: Range<Int>, anyNoun: Bool = false) -> Int? {
    guard ["put", "puts"].contains(tokens[i].lower), i > sentence.lowerBound, tokens[i - 1].lower != "to" else {
      return nil
    }
    var k = i + 1
    while k < sentence.upperBound, k - i <= 5, tokens[k].kind == .word,
      !["at", "near", "around", "closer"].contains(tokens[k].lower)
    {
      if isAuxiliary(tokens[k]) || WordClasses.subjectPronouns.contains(tokens[k]) && tokens[k].lower != "it" {
        return nil
      }
      k += 1
    }
    // (What is put is a figure's noun, or "it": not "put sandbags around 200 homes".)
    guard k > i + 1, k < sentence.upperBound,
      Self.figureNouns.contains(tokens[k - 1]) || tokens[k - 1].lower == "it" || anyNoun && !tokens[k - 1].isCapitalized
    else { return nil }
    var to = false
    if tokens[k].lower == "closer" {
      guard k + 1 < sentence.upperBound, tokens[k + 1].lower == "to" else { return nil }
      k += 1
      to = true
    }
    guard ["at", "near", "around"].contains(tokens[k].lower) || to,
      isAmount(at: k + 1, in: sentence)
        || k + 1 < sentence.upperBound && WordClasses.numberWords.contains(tokens[k + 1])
    else { return nil }
    return k + 1
  }

  /// Words of quantity that open what a document says: "forecasts more rain", "rated most lanes".
  static let quantifiers: WordSet = ["more", "most", "less", "fewer", "further", "some", "many", "much", "several"]

  /// What an estimate puts at a figure: "puts losses at", "put the death toll near".
  static let figureNouns: WordSet = [
    "toll", "losses", "loss", "cost", "costs", "figure", "figures", "number", "numbers", "damage", "total", "bill",
    "price", "value", "gap", "count", "tally", "worth", "deficit", "shortfall", "estimate", "odds", "chance",
    "chances", "turnout", "crowd", "size", "rate", "share", "support",
  ]

  /// Currencies written as letters before the digits: "KSh1,500", "Rs500".
  static let currencyPrefixes: Set<String> = [
    "Shs", "Sh", "USh", "KSh", "Ksh", "TSh", "Rs", "Rp", "R", "N", "GH", "P", "K",
    // (Lesotho's maloti: "charged every vehicle M50".)
    "M",
  ]

  /// "Rs500", "KSh1,500", "P180,000": a currency's letters before the digits; not "G7", "COP28".
  func hasCurrencyLetters(_ token: Token) -> Bool {
    let letters = token.text.prefix { $0.isLetter }
    return Self.currencyPrefixes.contains(String(letters))
      && token.text.dropFirst(letters.count).first?.isNumber == true
  }

  /// "According to a letter the association wrote to hospital management on 3 March, the
  /// hospital owes": where the document's noun stands, when the verb at `verb` is in the
  /// document's own clause with no "that" before its subject (a determiner and up to three words
  /// after the document's noun, which an article opens).
  func contactClauseOfDocument(verb: Int, in sentence: Range<Int>) -> Int? {
    guard verb >= sentence.lowerBound + 3, verb < sentence.upperBound, Self.contactClauseVerbs.contains(tokens[verb]),
      let det = (max(sentence.lowerBound + 2, verb - 4)..<verb).last(where: {
        ["the", "its", "his", "her", "their"].contains(tokens[$0].lower)
      }),
      ((det + 1)..<verb).allSatisfy({ tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) }),
      lexicon.documentHeads.match(at: det - 1, limit: det, tokens: tokens) != nil,
      let article = (max(sentence.lowerBound, det - 4)..<(det - 1)).last(where: {
        ["a", "an", "the"].contains(tokens[$0].lower)
      }),
      ((article + 1)..<(det - 1)).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number })
    else { return nil }
    return det - 1
  }

  /// Verbs by which a document came to be, in its own clause: "a letter the association wrote".
  static let contactClauseVerbs: WordSet = [
    "wrote", "sent", "filed", "signed", "issued", "submitted", "prepared", "drafted", "commissioned",
    "compiled", "circulated", "lodged", "tabled",
  ]

  /// Whether an amount starts at `k`, after at most three words that approximate it: "would add
  /// $3.9 billion to the deficit", "adds about $17 to the bill" are arithmetic, not speech.
  func isAmount(at k: Int, in sentence: Range<Int>) -> Bool {
    var k = k
    let start = k
    while k < sentence.upperBound && k - start < 3
      && [
        "about", "nearly", "roughly", "more", "than", "up", "to", "an", "estimated", "another", "additional", "as",
        "many", "much",
      ]
      .contains(tokens[k].lower)
    {
      k += 1
    }
    guard k < sentence.upperBound else { return false }
    return tokens[k].kind == .number || startsWithCurrencySymbol(tokens[k]) || hasCurrencyLetters(tokens[k])
  }

  /// "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton": a
  /// sentence opened by "In" and a poll or survey cites it for the rest of the sentence. (Not "In
  /// a statement, the senator said", where the statement is the channel of the verb that follows.)
  /// "Messages left for the company were not returned", "Efforts to reach Lopez were
  /// unsuccessful", "Calls to the district went unanswered", "A message seeking comment was left
  /// with the school district": an inquiry that opens the sentence and got no answer. Its target
  /// is the source of a non-response; the cue is the verb that tells what became of it.
  func unansweredInquiry(in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    var k = firstWord(of: sentence)
    while k < sentence.upperBound, k - sentence.lowerBound < 3, Self.inquiryOpeners.contains(tokens[k]) { k += 1 }
    guard k < sentence.upperBound, lexicon.inquiryNouns.contains(tokens[k]),
      // (The target may be long: "Calls and text messages to the managing director of the second
      // firm, Greenfurrow Agro Services Ltd, Mr Emeka Obi, were not answered".)
      let verb = window(k + 1, min(k + 28, sentence.upperBound)).first(where: {
        WordClasses.beVerbs.contains(tokens[$0]) || ["went", "have", "has"].contains(tokens[$0].lower)
      })
    else { return nil }
    // What became of it: "were not (immediately) returned", "went unanswered", "were unsuccessful",
    // "have not been returned", "was left with".
    var e = verb + 1
    while e < sentence.upperBound, ["not", "been", "gone", "immediately", "yet"].contains(tokens[e].lower) { e += 1 }
    guard e < sentence.upperBound else { return nil }
    let outcome = tokens[e].lower
    let negated = (verb + 1..<e).contains { tokens[$0].lower == "not" }
    let target: Range<Int>?
    if negated && ["returned", "answered", "successful"].contains(outcome)
      || !negated
        && ["unanswered", "unsuccessful", "unreturned", "fruitless"].contains(outcome)
    {
      // The target stands between the noun and the verb: "for the company", "to reach Lopez".
      // (An effort or an attempt only "to reach" or "to contact" someone: not "Efforts to rebuild
      // the bridge were unsuccessful"; a "to" before a name or a phrase, not before a verb.)
      let reaching = ["effort", "efforts", "attempt", "attempts"].contains(tokens[k].lower)
      guard
        let mark = (k + 1..<verb).last(where: { m in
          let word = tokens[m].lower
          if ["reach", "contact"].contains(word) { return true }
          // ("Messages left for", "a message left with"; not "Calls for a recount".)
          guard !reaching, m + 1 < verb,
            word == "to" || ["for", "with"].contains(word) && ["left", "sent", "placed"].contains(tokens[m - 1].lower)
          else { return false }
          let next = tokens[m + 1]
          return next.isCapitalized || WordClasses.determiners.contains(next) || WordClasses.isPossessive(next)
        })
      else { return nil }
      var end = verb
      if let seeking = (mark + 1..<verb).first(where: {
        ["seeking", "requesting", "asking"].contains(tokens[$0].lower)
      }) {
        end = seeking
      }
      // (Not the comma that closes the target's appositive: "Mr. Tunde Bakare, were".)
      while end > mark + 1 && tokens[end - 1].kind == .punctuation { end -= 1 }
      // ("Messages to the home phone of the club's treasurer, Ines Talbot,": the person whose line
      // it is.)
      var start = mark + 1
      if let of = window(start, min(end, start + 5)).first(where: { tokens[$0].lower == "of" }), of + 1 < end,
        (start..<of).contains(where: { Self.contactLines.contains(tokens[$0]) }),
        (start..<of).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
      {
        start = of + 1
      }
      target = start < end ? start..<end : nil
    } else if outcome == "left", !negated, e + 2 < sentence.upperBound,
      ["with", "for"].contains(tokens[e + 1].lower)
    {
      target = phraseAfter(e + 2, in: sentence, allowVerbsInside: false, appositives: false)
    } else {
      return nil
    }
    guard let target, !target.isEmpty else { return nil }
    var candidate = AttributionExtractor.Candidate(
      cue: verb..<(e + 1), head: verb, lemma: DenialKind.noResponse.rawValue, shape: .verb, nonanswer: .noResponse)
    candidate.source = target
    candidate.sourceIsFixed = true
    return candidate
  }

  /// "It is understood (that) …": "It", a present "is" or "was", a participle of `itPassives`,
  /// then a clause (not "it is known for its beaches", "it was said to be haunted").
  func itIsPassive(at i: Int, in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    // ("The firm had offered less, it is understood.": the clause before the comma, vouched for
    // by no one named.)
    if tokens[i].lower == "it", i + 2 < sentence.upperBound, ["is", "was"].contains(tokens[i + 1].lower),
      Self.itPassives.contains(tokens[i + 2]), !["said", "reported", "claimed"].contains(tokens[i + 2].lower),
      // (At the sentence's end: not "The club, it is understood, will not", read elsewhere.)
      !((i + 3)..<sentence.upperBound).contains(where: { tokens[$0].text == "," }),
      let content = itPassiveAfterClause(cue: (i + 1)..<(i + 3), in: sentence)
    {
      var candidate = AttributionExtractor.Candidate(
        cue: i..<(i + 3), head: i + 2, lemma: tokens[i + 2].lower, shape: .verb, nonanswer: nil)
      candidate.content = content
      return candidate
    }
    guard tokens[i].lower == "it", isClauseStart(i, in: sentence), i + 3 < sentence.upperBound else { return nil }
    // The participle: "It is understood", "It has been learnt", "It has emerged".
    let participle: Int
    if ["is", "was"].contains(tokens[i + 1].lower), Self.itPassives.contains(tokens[i + 2]) {
      participle = i + 2
    } else if ["has", "had"].contains(tokens[i + 1].lower), tokens[i + 2].lower == "emerged" {
      participle = i + 2
    } else if ["has", "had"].contains(tokens[i + 1].lower), tokens[i + 2].lower == "been", i + 4 < sentence.upperBound,
      Self.itPassives.contains(tokens[i + 3])
    {
      participle = i + 3
    } else {
      return nil
    }
    // ("It is understood, however, that": a linking adverb set off by commas.)
    var open = participle + 1
    if tokens[open].text == ",", open + 3 < sentence.upperBound, tokens[open + 2].text == ",",
      ["however", "though", "meanwhile", "moreover", "also", "too", "further"].contains(tokens[open + 1].lower)
    {
      open += 3
    }
    let next = tokens[open]
    // ("It is understood similar protests are planned", "It is understood cabinet's committee
    // will meet": a subject with no article, when a verb of its own follows within a few words.)
    let bareSubject =
      next.kind == .word && !WordClasses.prepositions.contains(next) && !WordClasses.isAdverbLike(next)
      && !isAuxiliary(next) && !WordClasses.beVerbs.contains(next) && !next.lower.hasSuffix("ing")
      && window(open + 1, min(open + 6, sentence.upperBound)).contains(where: {
        isAuxiliary(tokens[$0]) || WordClasses.beVerbs.contains(tokens[$0])
      })
    let clause =
      next.lower == "that" || next.isCapitalized || WordClasses.determiners.contains(next)
      || next.kind == .number || WordClasses.numberWords.contains(next)
      || next.lower == "at" && open + 1 < sentence.upperBound && tokens[open + 1].lower == "least"
      || bareSubject
    guard clause, !["to", "for", "as", "by"].contains(next.lower) else { return nil }
    var candidate = AttributionExtractor.Candidate(
      cue: (i + 1)..<(participle + 1), head: participle, lemma: tokens[participle].lower, shape: .verb,
      nonanswer: nil)
    candidate.content = trimmedContent(open..<sentence.upperBound)
    return candidate
  }

  /// The clause a closing "it was reported" vouches for: "The licence had been suspended twice, it
  /// was reported at the time.", "…by its smell alone, it was often said in the valley, though no
  /// one…". `cue` runs from the be-verb to the participle; after it, at most five words of place
  /// or time, then the sentence's end or a comma.
  func itPassiveAfterClause(cue: Range<Int>, in sentence: Range<Int>) -> Range<Int>? {
    let it = cue.lowerBound - 1
    guard it - 1 > sentence.lowerBound, tokens[it].lower == "it", tokens[it - 1].text == "," else { return nil }
    var k = cue.upperBound
    while k < sentence.upperBound, tokens[k].kind == .word, k - cue.upperBound < 6 { k += 1 }
    guard k - cue.upperBound <= 5,
      k == sentence.upperBound || [",", ".", ";", "!"].contains(tokens[k].text),
      (cue.upperBound..<k).allSatisfy({
        WordClasses.prepositions.contains(tokens[$0]) || WordClasses.timeWords.contains(tokens[$0])
          || WordClasses.determiners.contains(tokens[$0])
          || !isAuxiliary(tokens[$0]) && !tokens[$0].lower.hasSuffix("ed")
            && lexicon.cueVerbs.match(at: $0, limit: $0 + 1, tokens: tokens) == nil
      }),
      cue.upperBound == k || WordClasses.prepositions.contains(tokens[cue.upperBound])
        || WordClasses.timeWords.contains(tokens[cue.upperBound])
    else { return nil }
    return trimmedContent(firstWord(of: sentence)..<(it - 1))
  }

  /// Verbs by which a record shows someone at what they said: "Minutes record the chairman warning".
  static let recordingVerbs: WordSet = [
    "record", "records", "recorded", "show", "shows", "showed", "capture", "captures",
  ]

  /// Where people who open a sentence are, or what they have or oppose: "Several farmers at a
  /// packed public meeting", "Fruit growers above the fjord", "Residents below the dam".
  static let peoplesPlacePrepositions: WordSet = [
    "at", "in", "on", "of", "from", "outside", "near", "inside", "with", "along", "around", "above", "below",
    "beside", "behind",
  ]

  /// Participles of "It is understood the vessel belongs to…", "It is claimed the minister…".
  static let itPassives: WordSet = [
    "understood", "claimed", "said", "believed", "thought", "reported", "alleged", "rumoured", "rumored", "feared",
    "suggested", "known", "learnt", "learned", "gathered",
  ]

  /// "Neither company would comment", "Neither the agent nor the club responded": the refusal of
  /// each of two sources, named together by "Neither" and at most six words. ("None of the three
  /// commissioners responded to emailed questions", "No one at the company returned calls": of
  /// each of several, when an inquiry follows.)
  func neitherAnswered(in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    let start = firstWord(of: sentence)
    guard start + 2 < sentence.upperBound else { return nil }
    let none =
      tokens[start].lower == "none" && tokens[start + 1].lower == "of"
      || tokens[start].lower == "no" && tokens[start + 1].lower == "one"
    guard tokens[start].lower == "neither" || none else { return nil }
    guard
      let verb = window(start + 2, min(start + 11, sentence.upperBound)).first(where: {
        ["would", "commented", "responded", "replied", "returned", "could"].contains(tokens[$0].lower)
      }),
      (start + 1..<verb).allSatisfy({ tokens[$0].kind == .word && !WordClasses.beVerbs.contains(tokens[$0]) })
    else { return nil }
    var end = verb + 1
    let kind: DenialKind
    switch tokens[verb].lower {
    case "would":
      guard end < sentence.upperBound, ["comment", "respond", "reply"].contains(tokens[end].lower) else { return nil }
      kind = tokens[end].lower == "comment" ? .noComment : .noResponse
      end += 1
    case "could":
      guard end + 2 < sentence.upperBound, tokens[end].lower == "be", tokens[end + 1].lower == "reached" else {
        return nil
      }
      kind = .noResponse
      end += 2
    case "commented":
      kind = .noComment
    default:
      kind = .noResponse
    }
    if none {
      guard
        window(end, min(end + 5, sentence.upperBound)).contains(where: {
          Self.inquiryWords.contains(tokens[$0]) || tokens[$0].lower == "comment"
        })
      else { return nil }
    }
    // ("Neither union has commented": the auxiliary is the cue's.)
    let cueStart = verb - 1 > start && ["had", "has", "have"].contains(tokens[verb - 1].lower) ? verb - 1 : verb
    var candidate = AttributionExtractor.Candidate(
      cue: cueStart..<end, head: verb, lemma: kind.rawValue, shape: .verb, nonanswer: kind)
    candidate.source = start..<cueStart
    return candidate
  }

  /// How something is said, after "by": "replied by email", "said by phone".
  static let meansOfSaying: WordSet = ["phone", "telephone", "letter", "fax", "mail", "text", "video", "videolink"]

  /// What is called by someone who convenes it: "a meeting called by the chief".
  static let convenedEvents: WordSet = [
    "meeting", "meetings", "session", "vote", "election", "referendum", "strike", "hearing", "summit", "conference",
    "rally", "protest", "inquiry", "poll", "ballot",
  ]

  /// Where someone is admitted: "admitted to hospital", "admitted to bail".
  static let admissionPlaces: WordSet = ["hospital", "bail", "hospice", "practice", "membership"]

  /// Words before an inquiry's noun: "Repeated calls", "A message", "Multiple emails".
  static let inquiryOpeners: WordSet = [
    "a", "an", "the", "repeated", "multiple", "several", "numerous", "further", "other", "subsequent", "written",
  ]

  func pollOpening(of sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    let first = firstWord(of: sentence)
    guard first < sentence.upperBound, tokens[first].text == "In" else { return nil }
    let limit = min(sentence.upperBound, first + 16)
    // The phrase is about the poll: no preposition but "of" or "in", and no clause, stands before
    // the poll word ("In the most recent of the polls", "In the matchup in the CBS News poll"; not
    // "In addition to several straw poll victories", "In a Congress that has sunk in the polls").
    guard let comma = (first + 1..<limit).first(where: { tokens[$0].text == "," }), comma > first + 1,
      let poll = (first + 1..<comma).first(where: { Self.pollWords.contains(tokens[$0]) }),
      !(first + 1..<poll).contains(where: {
        WordClasses.prepositions.contains(tokens[$0]) && !["of", "in"].contains(tokens[$0].lower)
          || ["which", "who"].contains(tokens[$0].lower) || tokens[$0].lower == "that" && $0 > first + 1
      }),
      !(first + 1..<comma).contains(where: { tokens[$0].kind == .quote })
    else { return nil }
    var candidate = AttributionExtractor.Candidate(
      cue: first..<(first + 1), head: first, lemma: "in", shape: .preposition, nonanswer: nil)
    candidate.source = (first + 1)..<comma
    candidate.content = trimmedContent((comma + 1)..<sentence.upperBound)
    return candidate
  }

  static let pollWords: WordSet = ["poll", "polls", "survey", "surveys", "polling"]

  /// "Lovas said he cannot comment": the non-answer is what the source said, so it marks the
  /// saying, rather than standing as a second attribution by "he".
  func foldingReportedNonanswers(_ found: [AttributionExtractor.Candidate]) -> [AttributionExtractor.Candidate] {
    var result = found
    var k = result.count - 1
    while k >= 0 {
      let c = result[k]
      // "a spokesman said he would not comment", "Its chair said the board does not comment on
      // complaints", "'The company does not discuss its giving,' she wrote": the non-answer is
      // what the outer speaker said.
      let policy =
        c.nonanswer != nil && c.cue.lowerBound < tokens.count && Self.policyOpeners.contains(tokens[c.cue.lowerBound])
      // ("the spokesperson said the ministry did not comment": a spokesperson's non-answer is the
      // body's; "The union said the company declined to comment" reports another's.)
      let pronoun =
        c.source.map { $0.count == 1 && WordClasses.subjectPronouns.contains(tokens[$0.lowerBound]) } ?? false
      // ("X said …, and he declined to say how many" is a clause of its own after "and".)
      if let kind = c.nonanswer, let source = c.source,
        !(source.lowerBound > 0 && tokens[source.lowerBound - 1].lower == "and"),
        // (Not a relative pronoun, whose antecedent is someone else: "referred questions to the
        // customs agency, which did not respond".)
        !(source.count == 1 && ["who", "which", "that"].contains(tokens[source.lowerBound].lower)),
        let outer = result.indices.last(where: { i in
          (policy || pronoun
            || !tokens[source.lowerBound].isCapitalized
              && result[i].source?.contains(where: { Self.spokesWords.contains(tokens[$0]) }) == true)
            && i != k && result[i].nonanswer == nil && ["say", "tell", "add", "write"].contains(result[i].lemma)
            // (Or between the verb and a "that" of the reported clause's own: "said the department
            // does not comment on matters that may come before the commission".)
            && result[i].content.map { content in
              content.contains(c.cue.lowerBound)
                || result[i].cue.upperBound <= c.cue.lowerBound && c.cue.upperBound <= content.lowerBound
                  && tokens[content.lowerBound].lower == "that"
                  && structure.sentenceOfToken[c.cue.lowerBound] == structure.sentenceOfToken[content.lowerBound]
            } == true
            // Not across "but" or ", while" (", though"): "X has said …, but he refuses to discuss it" is the
            // refuser's own ("X said that while talks continued, she would not comment" is not).
            && !(result[i].cue.upperBound..<max(result[i].cue.upperBound, c.cue.lowerBound)).contains {
              tokens[$0].lower == "but" || tokens[$0].text == ";"
                || ["while", "though", "although"].contains(tokens[$0].lower) && $0 > 0 && tokens[$0 - 1].text == ","
            }
        })
      {
        result[outer].nonanswer = kind
        result.remove(at: k)
      }
      // A standing policy no one is reported to state is a fact, not a non-answer ("The report does
      // not discuss costs").
      else if policy {
        result.remove(at: k)
      }
      k -= 1
    }
    return result
  }

  /// "left our questions unanswered", "left a written set of queries unanswered": where the
  /// non-answer that starts with "left" at `i` ends. (Not "The audit left many questions
  /// unanswered": a finding's open questions, asked of no one; the reporter's own or a sent list
  /// only.)
  func leftUnanswered(at i: Int, in sentence: Range<Int>) -> Int? {
    guard tokens[i].lower == "left", i + 1 < sentence.upperBound,
      ["our", "my", "a", "an", "written", "emailed", "repeated"].contains(tokens[i + 1].lower)
    else { return nil }
    let limit = min(sentence.upperBound, i + 9)
    guard let last = (i + 1..<limit).first(where: { ["unanswered", "unreturned"].contains(tokens[$0].lower) }),
      last - 1 > i, Self.inquiryWords.contains(tokens[last - 1]),
      (i + 1..<last).allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "-" })
    else { return nil }
    return last + 1
  }

  /// Whether what follows "did not respond", "did not return" or "did not answer" is a
  /// journalist's inquiry, or nothing: "did not respond to a request for comment", "did not return
  /// calls", "could not be reached." Not "did not respond to treatment" or "did not return to the
  /// stage".
  /// Whether a negated "say" ("isn't saying", "wouldn't say"; not "declined to say") at `start`
  /// is followed by a clause of its own: a subject and its finite verb ("Congress should", "it's",
  /// "he is"), not a question word, "anything" or "that publicly".
  func negatedSayTakesClause(at start: Int, length: Int, in sentence: Range<Int>) -> Bool {
    let last = start + length - 1
    let next = last + 1
    guard ["say", "saying"].contains(tokens[last].lower), next + 1 < sentence.upperBound,
      !(start...last).contains(where: { ["declined", "declines", "refused", "refuses"].contains(tokens[$0].lower) })
    else { return false }
    let word = tokens[next].lower
    if word == "it's" || word == "there's" { return true }
    let finite: (Token) -> Bool = {
      WordClasses.beVerbs.contains($0) || Self.finiteAuxiliaries.contains($0)
    }
    if WordClasses.subjectPronouns.contains(word) || word == "there" {
      return finite(tokens[next + 1])
    }
    // A name, or a noun phrase after a determiner, of up to four words, then its verb.
    let determined = WordClasses.determiners.contains(tokens[next]) && !["that", "any", "no"].contains(word)
    guard tokens[next].kind == .word, determined || tokens[next].isCapitalized else { return false }
    var k = next + 1
    while k < min(sentence.upperBound, next + 4), tokens[k].kind == .word, !finite(tokens[k]),
      determined || tokens[k].isCapitalized
    {
      k += 1
    }
    return k > next + (determined ? 1 : 0) && k < sentence.upperBound && finite(tokens[k])
  }

  func answersAnInquiry(after end: Int, in sentence: Range<Int>, orNothing: Bool = true) -> Bool {
    var k = end
    // ("could not be reached Tuesday": a time says nothing of what was not answered.)
    while k < sentence.upperBound
      && (WordClasses.isAdverbLike(tokens[k]) || WordClasses.timeWords.contains(tokens[k])
        || Self.seasons.contains(tokens[k]))
    {
      k += 1
    }
    guard k < sentence.upperBound, tokens[k].kind == .word,
      // ("could not be contacted despite repeated attempts".)
      !["by", "on", "until", "after", "before", "when", "while", "and", "but", "because", "as", "despite"].contains(
        tokens[k].lower),
      // ("could not be reached at his home": where one was not reached; not "did not respond again at 23".)
      !(tokens[k].lower == "at" && end > 0 && ["reached", "contacted"].contains(tokens[end - 1].lower))
    else { return orNothing }
    // ("had not responded to the News by the time of publication", "did not reply to Vestkyst
    // Avis": the party that asked, named, is the inquiry; not "did not return to the Senate floor".)
    if tokens[k].lower == "to", end > 0,
      ["respond", "responded", "reply", "replied"].contains(tokens[end - 1].lower)
    {
      var j = k + 1
      if j < sentence.upperBound, tokens[j].lower == "the" { j += 1 }
      let nameStart = j
      while j < sentence.upperBound, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
      if j > nameStart,
        j == sentence.upperBound || tokens[j].kind != .word
          || ["by", "on", "until", "before", "after", "despite", "and", "but"].contains(tokens[j].lower)
      {
        return true
      }
    }
    // The object: up to six words, one of which names a request, a message or a call.
    var n = 0
    // ("did not respond to the allegations": a charge awaits an answer as a question does.)
    while k < sentence.upperBound && n < 7 && tokens[k].kind == .word {
      if Self.inquiryWords.contains(tokens[k]) || lexicon.charges.contains(tokens[k]) { return true }
      // ("did not respond to a questionnaire sent last Tuesday": one sent to the source, not a
      // survey it took no part in, "why they did not respond to the union questionnaire".)
      if ["questionnaire", "questionnaires"].contains(tokens[k].lower), k + 1 < sentence.upperBound,
        ["sent", "emailed", "delivered"].contains(tokens[k + 1].lower)
      {
        return true
      }
      k += 1
      n += 1
    }
    return false
  }

  /// In "We contacted the mayor's office but did not hear back", "Reporters reached out to Holt,
  /// who did not respond" — the party that a writer tried to reach, when the reaching comes right
  /// before a non-response: the object of "contacted", "emailed", "reached out to" up to the "but",
  /// "and" or "who" that leads to the non-response starting at `cueStart`.
  func reachedParty(before cueStart: Int, in sentence: Range<Int>) -> Range<Int>? {
    var end = cueStart
    while end > sentence.lowerBound, ["but", "and", "who", "which", ","].contains(tokens[end - 1].lower) { end -= 1 }
    guard end < cueStart else { return nil }
    guard
      let verb = (max(sentence.lowerBound, end - 14)..<end).last(where: {
        Self.reachingVerbs.contains(tokens[$0])
          || tokens[$0].lower == "reached" && $0 + 2 < end && tokens[$0 + 1].lower == "out"
            && tokens[$0 + 2].lower == "to"
      })
    else { return nil }
    let start = tokens[verb].lower == "reached" ? verb + 3 : verb + 1
    // (The writer reaches out: "We", "The Herald", "A reporter"; not "The mayor contacted police
    // and did not respond to questions". Whoever did not "hear back" reached out.)
    let reacher = sentence.lowerBound..<verb
    let heardNothing = window(cueStart, min(cueStart + 4, sentence.upperBound)).contains {
      ["hear", "heard"].contains(tokens[$0].lower)
    }
    guard
      heardNothing
        || reacher.contains(where: {
          ["we", "i", "reporter", "reporters", "journalist", "journalists"].contains(tokens[$0].lower)
        })
        // (The publisher only as the reacher's first words: not "Holt told the Ledger she emailed
        // the agency, which did not respond".)
        || namesAnOutlet(reacher, publisherAnywhere: false),
      start < end, tokens[start].kind == .word,
      tokens[start].isCapitalized || WordClasses.determiners.contains(tokens[start])
        || WordClasses.isPossessive(tokens[start])
    else { return nil }
    // ("contacted the mayor on Friday", "emailed the company for comment": the target without the
    // when and why.)
    var stop = start + 1
    while stop < end, !Self.reachingDetails.contains(tokens[stop]), tokens[stop].kind != .quote,
      lexicon.cueVerbs.match(at: stop, limit: stop + 1, tokens: tokens) == nil
    {
      stop += 1
    }
    while stop > start, tokens[stop - 1].kind == .punctuation { stop -= 1 }
    return start..<stop
  }

  /// The earlier cue of the sentence that a verb joined at `k` ("and said", "…, saying") shares
  /// its subject with: the last one, skipping cues inside a quotation when `k` is outside one
  /// ('said the results "confirm what we feel" and called for limits').
  /// (Nor a document's verb inside what the first one reports: "said the audit showed 'a
  /// programme in crisis' and called on ministers" joins "said".)
  func cueJoined(at k: Int, earlier: [AttributionExtractor.Candidate]) -> AttributionExtractor.Candidate? {
    let outside = structure.quotationOfToken[k] < 0
    // (Not a document's own participle, which a later filter drops: "apologised in a video posted
    // to his channel, saying".)
    // (Nor a claim's noun inside the object: "questioned the claim by administrators that…,
    // noting" is the questioner's.)
    // (Nor a bare participle that no past tense spells, after the noun it describes: "recognized
    // the men shown in surveillance footage and told" is the recogniser's.)
    // (Nor a verb under a modal inside what an earlier cue reports, when the joining verb is in
    // the past: "said his visits would continue but warned that" — the visits did not warn; but
    // "would not confirm the figure but said" is one speaker's.)
    var joiner = ["and", "but", "then", "yet", "or", "nor"].contains(tokens[k].lower) ? k + 1 : k
    while joiner < tokens.count, WordClasses.isAdverbLike(tokens[joiner]) { joiner += 1 }
    let joinsInPast =
      joiner < tokens.count && tokens[joiner].kind == .word
      && (tokens[joiner].lower.hasSuffix("ed") || Self.irregularPasts.contains(tokens[joiner]))
    let eligible = earlier.filter { c in
      !(joinsInPast && c.cue.contains(where: { Self.modals.contains(tokens[$0]) })
        && earlier.contains(where: { e in
          e.head < c.head && e.cue.upperBound <= c.cue.lowerBound
            && (e.cue.upperBound..<c.cue.lowerBound).allSatisfy({ tokens[$0].kind == .word })
        }))
        && (!outside || structure.quotationOfToken[c.head] < 0) && !c.isClaimNoun
        && !describesDocument(participle: c.head, in: structure.sentences[structure.sentenceOfToken[c.head]])
        && !(c.cue.count == 1 && Self.participlesOnly.contains(tokens[c.head]))
    }
    guard let last = eligible.last else { return nil }
    // ("He said passenger counts carried out last autumn showed a drop, and argued that…": the
    // counts are what he cited; the speaker argued.)
    if k > 0, [tokens[k], tokens[k - 1]].contains(where: { ["and", "but"].contains($0.lower) }),
      let source = last.source,
      let noun = headPhrase(source).last(where: { tokens[$0].kind == .word }), !tokens[noun].isCapitalized,
      lexicon.documentHeads.match(at: noun, limit: noun + 1, tokens: tokens) != nil
        || (max(structure.sentences[structure.sentenceOfToken[k]].lowerBound, k - 2)...k).contains(where: {
          tokens[$0].text == ","
        })
          && tokens[noun].lower.hasSuffix("s") && !looksLikePersonNounOrPlural(tokens[noun].lower)
          && !lexicon.pronouns.contains(tokens[noun]) && !isVagueWord(tokens[noun].lower),
      let outer = eligible.last(where: { c in
        c.cue.upperBound <= source.lowerBound
          && ((c.cue.upperBound..<source.lowerBound).allSatisfy({ tokens[$0].lower == "that" })
            || c.content?.contains(source.lowerBound) == true)
      })
    {
      return outer
    }
    // ("Roy said the agency had found 'no evidence' …, and said comments would be accepted": a cue
    // inside what an earlier cue reports is not the one a later verb outside it joins.)
    // (After a comma: ", and said"; or a participle after one, where the cue inside is a plan or
    // a claim rather than a past act of its own subject's — "said the Senate will write its own
    // bill, stressing", "denied union claims that beds had closed, saying" — or the earlier cue
    // denies it: "She denied that anyone had promised the company the cottages, saying". Not "said
    // Ms. Berg had repeated her complaint at a dinner, telling guests", "reports that Russia
    // disputed Turkey's version, saying".)
    let innerIsPastAct =
      tokens[last.head].kind == .word && !last.isClaimNoun
      && (tokens[last.head].lower.hasSuffix("ed") || Self.irregularPasts.contains(tokens[last.head]))
      && !last.cue.contains(where: { Self.modals.contains(tokens[$0]) || ["has", "have"].contains(tokens[$0].lower) })
    if k > 1,
      ["and", "but"].contains(tokens[k - 1].lower) && tokens[k - 2].text == ","
        || tokens[k].lower.hasSuffix("ing") && tokens[k - 1].text == ","
          && (!innerIsPastAct
            || eligible.contains(where: {
              $0.head < last.head
                && (lexicon.denialVerbs.contains(tokens[$0.head]) || lexicon.dismissalVerbs.contains(tokens[$0.head]))
            })),
      let outer = eligible.first(where: { c in
        c.head < last.head
          && last.source.map { source in
            source.lowerBound >= c.cue.upperBound
              && (c.cue.upperBound..<source.lowerBound).allSatisfy({ tokens[$0].lower == "that" })
          } == true
      }),
      outer.source != nil
    {
      return outer
    }
    return last
  }

  /// Participles of showing and saying that are never a past tense: "the men shown in the footage".
  static let participlesOnly: WordSet = ["shown", "written", "spoken", "known", "seen", "drawn", "sworn"]

  /// Verbs by which a writer tries to reach a source.
  static let reachingVerbs: WordSet = ["contacted", "emailed", "e-mailed", "messaged", "phoned", "texted"]

  /// Words that end the party reached: when, how and why it was reached.
  static let reachingDetails: WordSet = [
    "for", "on", "by", "about", "via", "through", "at", "in", "seeking", "with", "to", "over", "last", "this",
    "early", "late", "multiple", "several", "repeatedly", "twice",
  ]

  /// Seasons, which end a non-answer as a time does ("could not be reached this spring"); not time
  /// words everywhere, where they are also names ("said Winter").
  static let seasons: WordSet = ["spring", "summer", "autumn", "winter"]

  /// "He declined, through his lawyer, to say whether…": a refusal whose words a parenthesis
  /// splits, so that no non-answer phrase matches. Returns where the refused act starts ("to").
  func interruptedRefusal(at i: Int, in sentence: Range<Int>) -> Int? {
    guard Self.refusalVerbs.contains(tokens[i]), i + 1 < sentence.upperBound, tokens[i + 1].text == "," else {
      return nil
    }
    var k = i + 2
    while k < min(sentence.upperBound, i + 10) && tokens[k].text != "," { k += 1 }
    guard k + 2 < sentence.upperBound, tokens[k].text == ",", tokens[k + 1].lower == "to",
      Self.refusedActs.contains(tokens[k + 2])
    else { return nil }
    return k + 1
  }

  /// Words for money, which a body may withhold without withholding an answer.
  static let moneyWords: WordSet = [
    "funds", "money", "cash", "payment", "payments", "grant", "grants", "allocation", "allocations", "subsidy",
    "subsidies", "salaries", "salary", "arrears", "kobo", "naira", "dollars", "pounds", "euros", "cent", "penny",
  ]

  static let refusalVerbs: WordSet = ["declined", "declines", "refused", "refuses"]
  static let refusedActs: WordSet = [
    "say", "comment", "discuss", "answer", "elaborate", "address", "respond", "specify", "identify", "disclose",
    "confirm", "explain", "detail", "describe", "name", "divulge",
  ]

  /// The lines an inquiry reaches someone by: "messages to the home phone of the treasurer".
  static let contactLines: WordSet = [
    "phone", "phones", "telephone", "cellphone", "mobile", "line", "number", "inbox", "voicemail", "email",
  ]

  /// "helped write the plan": a hand in drafting, not words said.
  static let helpForms: WordSet = ["help", "helps", "helped", "helping"]

  /// Adjectives that only ever stand before a noun: "individual claims", "specific reports".
  static let nounOnlyAdjectives: WordSet = ["individual", "specific", "particular", "unconfirmed", "anonymous"]

  static let inquiryWords: WordSet = [
    "request", "requests", "comment", "comments", "question", "questions", "inquiry", "inquiries", "enquiry",
    "enquiries",
    "query", "queries",
    "call", "calls", "message", "messages", "email", "emails", "e-mail", "e-mails", "voicemail", "voicemails",
    "phone", "text", "texts", "letter", "letters", "interview", "reporter", "reporters", "journalists",
  ]

  /// Verbs of buying, hiring, paying and the like, which a learned "also" before them does not
  /// make a cue (with ``pastsOfDealing``: "bought", "sold", "spent", "won").
  static let transactions: WordSet = [
    "buys", "hired", "hires", "sells", "paid", "pays", "spends", "owes", "owed", "owns", "owned", "picked",
    "awarded", "received", "left", "opened", "closed",
  ]

  /// Cues the tagger found that no rule did: each run of tagged tokens becomes a candidate
  /// whose source and content the verb rules find.
  func addLearnedCandidates(
    _ learned: [Bool], in sentence: Range<Int>, to ruleCandidates: [AttributionExtractor.Candidate]
  ) -> [AttributionExtractor.Candidate] {
    var covered = [Bool](repeating: false, count: sentence.count)
    for c in ruleCandidates {
      for k in c.cue where sentence.contains(k) { covered[k - sentence.lowerBound] = true }
    }
    var result = ruleCandidates
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      guard learned[i], !covered[i - sentence.lowerBound] else {
        i += 1
        continue
      }
      var j = i + 1
      while j < sentence.upperBound && learned[j] && !covered[j - sentence.lowerBound] { j += 1 }
      // "Some [cardiologists worry]": a plural noun after a determiner is the subject, not the
      // cue's first word.
      if j - i >= 2, i > sentence.lowerBound, WordClasses.determiners.contains(tokens[i - 1]),
        tokens[i].lower.hasSuffix("s"), !tokens[i].isCapitalized,
        !WordClasses.prepositions.contains(tokens[i + 1]), tokens[i + 1].lower != "that"
      {
        i += 1
      }
      // "[Opposition deputies shouted]", "[Travel agents report a]": the subject that opens the
      // sentence is not the cue's, nor an article after it; a run of names alone is no cue
      // ("[Solvang], on her way out, was brief").
      let titleCase = isTitleCase(sentence)
      if i == firstWord(of: sentence), j - i >= 2, !titleCase,
        let verb = (i + 1..<j).first(where: { k in
          lexicon.cueVerbs.match(at: k, limit: j, tokens: tokens) != nil || tokens[k].lower.hasSuffix("ed")
            // ("[Forecasters expect]": a bare verb after a plural of people.)
            || k == i + 1 && isBareForm(tokens[k]) && !tokens[k].isCapitalized && tokens[i].lower.hasSuffix("s")
              && (isVagueWord(tokens[i].lower) || lexicon.anonymousHeads.contains(tokens[i])
                // ("[Detectives believe]".)
                || looksLikePersonNounOrPlural(tokens[i].lower) || Self.forceMembers.contains(tokens[i]))
        }),
        (i..<verb).allSatisfy({ k in
          tokens[k].kind == .word && !isAuxiliary(tokens[k]) && !WordClasses.isAdverbLike(tokens[k])
            && !lexicon.pronouns.contains(tokens[k]) && !tokens[k].text.contains("\u{2019}")
            && !tokens[k].text.contains("'")
            && (tokens[k].isCapitalized || tokens[k].lower.hasSuffix("s"))
            && lexicon.cueVerbs.match(at: k, limit: j, tokens: tokens) == nil
        })
      {
        i = verb
      }
      // "[Carrow is convinced]": a name that opens the sentence before an auxiliary is the subject.
      if i == firstWord(of: sentence), !titleCase,
        let aux = (i + 1..<j).first(where: { isAuxiliary(tokens[$0]) }), aux + 1 < j,
        (i..<aux).allSatisfy({
          tokens[$0].kind == .word && tokens[$0].isCapitalized && !lexicon.pronouns.contains(tokens[$0])
        })
      {
        i = aux
      }
      while j - i >= 2, ["a", "an", "the"].contains(tokens[j - 1].lower) { j -= 1 }
      // ("Trump [threatened on] Wednesday to veto", "The mayor [commented on Tuesday] that": a day
      // after the verb's preposition is when, not part of the cue.)
      if j - i >= 2,
        let at = ((i + 1)..<j).first(where: { k in
          ["on", "in", "at"].contains(tokens[k].lower)
            && (k + 1 < sentence.upperBound && WordClasses.timeWords.contains(tokens[k + 1])
              && tokens[k + 1].isCapitalized)
            // ("have been warned for weeks": how long, not part of the cue.)
            || tokens[k].lower == "for" && k + 1 < sentence.upperBound
              && (Self.durations.contains(tokens[k + 1])
                || k + 2 < sentence.upperBound && Self.durations.contains(tokens[k + 2])
                  && (WordClasses.numberWords.contains(tokens[k + 1]) || tokens[k + 1].kind == .number
                    || ["several", "many", "a", "the", "two", "few"].contains(tokens[k + 1].lower)))
        })
      {
        j = at
      }
      // ("He [also vowed] to form a task force", "Police [also fear] that": an adverb before a
      // learned verb is not a fragment of another cue; the verb heads the cue.)
      // (Not a purchase, a hire or a sale, which no one says: "He [also bought] 60 acres", "The FBI
      // [also hired] the dossier's author", "Lawmakers [also left] out the bill".)
      if j - i >= 2, tokens[i].lower == "also", tokens[i + 1].kind == .word,
        !covered[i + 1 - sentence.lowerBound], !Self.transactions.contains(tokens[i + 1]),
        !Self.pastsOfDealing.contains(tokens[i + 1])
      {
        i += 1
      }
      // "My supervisors [began asking] me to": the verb that starts the saying is the cue's.
      if i > sentence.lowerBound, tokens[i].lower.hasSuffix("ing"), Self.startingVerbs.contains(tokens[i - 1]),
        !covered[i - 1 - sentence.lowerBound]
      {
        i -= 1
      }
      if !titleCase, isNameOrSubject(i..<j, in: sentence) {
        i = j
        continue
      }
      // ("[Opposition housing] spokeswoman Greta Lund said": words inside the subject a rule's
      // cue has already taken.)
      if !titleCase,
        ruleCandidates.contains(where: { c in
          c.cue.lowerBound >= j && c.source.map { $0.contains(i) && $0.contains(j - 1) } == true
        })
      {
        i = j
        continue
      }
      let lemma = tokens[i..<j].map(\.lower).joined(separator: " ")
      if givesWithholdingReason(i..<j, in: sentence)
        || ["ask", "asks", "asked", "asking"].contains(tokens[j - 1].lower) && asksForAnonymity(after: j, in: sentence)
      {
        i = j
        continue
      }
      // A run that goes on straight from a rule's cue is part of it ("responded sharply", "did not
      // return calls seeking comment"), not a cue of its own.
      if i > sentence.lowerBound && covered[i - 1 - sentence.lowerBound]
        || j < sentence.upperBound && covered[j - sentence.lowerBound]
      {
        i = j
        continue
      }
      // Inside what a rule's cue reports ("Aalto wrote that she had asked the operator"): the
      // report's own words, not a second attribution (PolNeAR annotates the outer one only).
      // (Not a participle after a comma, which shares the clause's subject: "posted the notice on
      // Tuesday, calling it 'a bait-and-switch'".)
      // (Only a verb of saying: "…, asking not to be identified" withholds a name, "…, fearing that"
      // is no report.)
      let sharesSubject =
        i > sentence.lowerBound && tokens[i - 1].text == "," && tokens[i].lower.hasSuffix("ing")
        && lexicon.cueVerbs.match(at: i, limit: j, tokens: tokens) != nil
        && anonymityMarker(in: window(i, min(j + 6, sentence.upperBound))) == nil
      // (Or before the cue: "Most growers [prefer] to wait, according to the co-op", "[Worries
      // about] the fees were raised by two trustees". On PolNeAR train this drops 30 learned cues,
      // 9 of them true; on 18 of our read sets cue F1 rises, on 5 it falls.)
      // (But "is expected to", a forecast with no one named, is marked inside a report whose cue
      // follows it: "The strike is expected to continue, according to the union" holds two.)
      let forecast =
        tokens[j - 1].lower == "expected" && j < sentence.upperBound && tokens[j].lower == "to"
        && (i..<j - 1).contains(where: { WordClasses.beVerbs.contains(tokens[$0].lower) })
      if !sharesSubject,
        ruleCandidates.contains(where: { c in
          (c.cue.upperBound <= i || c.content.map { $0.upperBound <= c.cue.lowerBound } == true && !forecast)
            && c.content.map { $0.lowerBound <= i && j <= $0.upperBound } ?? false
        })
      {
        i = j
        continue
      }
      // Inside a rule cue's source, a verb that is no verb of saying describes the source ("The
      // lawmakers who signed the letter warned"); "who said" there may still be a cue.
      if lexicon.cueVerbs.match(at: i, limit: j, tokens: tokens) == nil,
        ruleCandidates.contains(where: { c in c.source.map { $0.lowerBound < i && j <= $0.upperBound } ?? false })
      {
        i = j
        continue
      }
      // Fragments that only carry a rule cue's channel or time ("said ... in a statement",
      // "Thursday") are not cues of their own.
      let first = tokens[i].lower
      if [
        "in", "on", "at", "to", "for", "about", "against", "with", "from", "by", "over", "only", "also", "still",
        "last", "young", "the", "a", "an",
      ].contains(first)
        || WordClasses.timeWords.contains(first)
      {
        i = j
        continue
      }
      // ("Mass atrocities [continue]", "the payments [continue]": going on, not speaking on;
      // "he continued:" before what he says stays a cue.)
      let goesOn =
        (i..<j).allSatisfy({ ["continue", "continues"].contains(tokens[$0].lower) || isAuxiliary(tokens[$0]) })
        && !speechFollows(j, in: sentence)
      // ("The governor [did not] attend the rally", "Republicans [don't]", "The board [has yet]
      // to be named": auxiliaries and a negation or a bare adverb with no verb of saying; PolNeAR
      // train marks no such cue.)
      // ("these activists [are mostly] parents", "[are increasingly] divided": or an adverb in
      // "-ly", though not a hedge that carries the report, "has reportedly".)
      let bareAdverb = { (k: Int) in
        Self.auxiliaryAdverbs.contains(self.tokens[k].lower)
          || self.tokens[k].lower.hasSuffix("ly") && WordClasses.isAdverbLike(self.tokens[k])
            && self.lexicon.hedges.match(at: k, limit: k + 1, tokens: self.tokens) == nil
      }
      let negatedAuxiliaries =
        (i..<j).allSatisfy({ isAuxiliary(tokens[$0]) || isNegation(tokens[$0]) || bareAdverb($0) })
        && (i..<j).contains(where: { isNegation(tokens[$0]) || bareAdverb($0) })
        && (i..<j).contains(where: { isAuxiliary(tokens[$0]) || isNegation(tokens[$0]) })
      // ("[Efforts to reach] the chairman were unsuccessful": the inquiry a rule read as unanswered.)
      let asksUnanswered = ruleCandidates.contains { c in
        c.sourceIsFixed && c.nonanswer == .noResponse && j <= (c.source?.lowerBound ?? 0)
          && c.source.map { $0.upperBound <= c.cue.lowerBound } == true
      }
      // ("[Speaking] at the event, the managing director noted": the occasion of a rule's cue.)
      let occasion =
        i == firstWord(of: sentence) && j == i + 1
        && ["speaking", "writing", "testifying", "talking", "appearing", "addressing"].contains(tokens[i].lower)
        && ruleCandidates.contains { $0.cue.lowerBound > j }
      // ("[Sources:] Reuters, company filings": a heading label and its colon.)
      // ("GEORGE TOWN[:] The cost of the project has risen": a dateline's colon, outside a transcript.)
      let heading =
        j - i >= 2 && tokens[j - 1].text == ":" && i == firstWord(of: sentence) && isHeadingLabel(i..<(j - 1))
        || j == i + 1 && tokens[i].text == ":" && i > firstWord(of: sentence) && !isTranscript
          && structure.paragraphOfToken[i] == 1
          && (firstWord(of: sentence)..<i).allSatisfy({ tokens[$0].isAllCaps || tokens[$0].text == "," })
        // ("Del. Marsha Quinlan posted on Facebook Wednesday[:] …": a verb of saying and where it
        // was said before the colon; the verb is the cue, "Facebook Wednesday" no speaker.)
        || j == i + 1 && tokens[i].text == ":"
          && (firstWord(of: sentence)..<max(firstWord(of: sentence), i - 1)).contains(where: { v in
            !tokens[v].isCapitalized && lexicon.cueVerbs.match(at: v, limit: v + 1, tokens: tokens) != nil
              && ["on", "in", "via"].contains(tokens[v + 1].lower)
          })
      if goesOn || negatedAuxiliaries || asksUnanswered || occasion || heading
        || isNounAfterIndefinite(i..<j, in: sentence)
        || speaksOfNoWords(at: j - 1, in: sentence)
        || recallsThings(at: i, in: sentence)
        || isNounUse(at: i, in: sentence) && (j == i + 1 || countsThings(i - 1))
        || isFixedNounPhrase(at: i, in: sentence) || repeatsAsAdjective(at: i, in: sentence)
        || (i..<j).contains(where: { namesItself($0) || givesName(at: $0, in: sentence) })
        || isNoSpeech(i..<j, in: sentence)
      {
        i = j
        continue
      }
      // ("Tenants have been [told] to keep their windows shut": the auxiliaries before a learned
      // participle make it a passive, whose subject is the one told.)
      if let auxiliaries = passiveAuxiliaries(before: i, in: sentence),
        isAgentlessPassive(auxiliaries..<j, in: sentence),
        !covered[auxiliaries - sentence.lowerBound]
      {
        i = auxiliaries
      }
      var candidate: AttributionExtractor.Candidate
      if isAgentlessPassive(i..<j, in: sentence) {
        // ("Firefighters were called to the hall": summoned, not spoken of.)
        if tokens[j - 1].lower == "called", j < sentence.upperBound,
          ["to", "in", "out", "off", "up", "back", "into"].contains(tokens[j].lower)
        {
          i = j
          continue
        }
        // A passive with no agent ("have been charged with"): a cue whose source is not given;
        // its subject is the one spoken about.
        candidate = AttributionExtractor.Candidate(cue: i..<j, head: i, lemma: lemma, shape: .verb, nonanswer: nil)
        candidate.content = contentAfter(j, in: sentence, lemma: lemma)
      } else if tokens[i].text == ":" {
        let start = firstWord(of: sentence)
        if start < i && isHeadingLabel(start..<i) {
          i = j
          continue
        }
        candidate = AttributionExtractor.Candidate(cue: i..<j, head: i, lemma: ":", shape: .verb, nonanswer: nil)
        let verb = i - 1
        if verb >= sentence.lowerBound && covered[verb - sentence.lowerBound] {
          // "Lombardi said:": the colon belongs to the rule's cue before it.
          i = j
          continue
        }
        if verb > start, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
          lexicon.cueVerbs.match(at: verb, limit: i, tokens: tokens) != nil || tokens[verb].lower.hasSuffix("ed")
        {
          // "Cruz continued:", "He added:": the verb before the colon is the cue, and its subject the source.
          candidate = AttributionExtractor.Candidate(
            cue: verb..<j, head: verb, lemma: tokens[verb].lower, shape: .verb, nonanswer: nil)
          candidate.source = subjectBefore(cueStart: verb, in: sentence, earlier: result)
        } else if start < i {
          candidate.source = subjectRange(endingAt: i - 1, in: sentence)
        }
        candidate.content = trimmedContent(j..<sentence.upperBound)
      } else if let rule = verbCandidate(
        at: i, length: j - i, lemma: lemma, in: sentence, earlier: result, learned: true)
      {
        candidate = rule
      } else if describesSubject(participle: i, in: sentence) || modifiesNoun(participle: i, in: sentence)
        || modifiesNounAfterPossessive(participle: i, in: sentence)
        // ("A proposed lithium mine": a learned word alone, between an article and its noun; not
        // "a self-described socialist", which PolNeAR marks.)
        || j == i + 1 && !tokens[i].text.contains("-") && modifiesNoun(participle: i, in: sentence, anyVerb: true)
      {
        i = j
        continue
      } else {
        candidate = AttributionExtractor.Candidate(cue: i..<j, head: i, lemma: lemma, shape: .verb, nonanswer: nil)
        // The rules found no reading; the nearest subject to the left is still the best guess.
        candidate.source = subjectBefore(cueStart: i, in: sentence, earlier: result)
        candidate.content = contentAfter(j, in: sentence, lemma: lemma)
      }
      // "a calendar invite titled 'Org update'": a title names a work, not who speaks in it.
      if ["titled", "entitled", "headlined"].contains(lemma) { candidate.source = nil }
      result.append(candidate)
      i = j
    }
    return result.sorted { $0.cue.lowerBound < $1.cue.lowerBound }
  }

  /// Verbs of saying used for something else, which neither the rules nor the tagger cite: "The
  /// county wrote off the debt" (a loss booked), and a box's heading with nothing said after it,
  /// "What the papers say", "What the rivals said"; "calls" that a noun before them makes one
  /// ("judgment calls", "a close call"); "worry" without a plural of people before it ("growing
  /// worry"); a finger that points; a plural noun after a year ("the insurer's 2031 notes") or
  /// before "like" ("Zoning disputes like the one on Quay Street"); and a price "quoted at" an
  /// amount.
  func isNoSpeech(_ cue: Range<Int>, in sentence: Range<Int>) -> Bool {
    let word = tokens[cue.lowerBound].lower
    if cue.count == 1, contactClauseOfDocument(verb: cue.lowerBound, in: sentence) != nil { return true }
    if word == "according", followsRules(at: cue.lowerBound, in: sentence) { return true }
    // ("settled the lawsuit without admitting liability", "left without saying a word": what was
    // not said; PolNeAR train marks none of its eight.)
    // ("had written to the company three times since January without reply".)
    if word.hasSuffix("ing")
      || cue.count == 1 && ["reply", "response", "answer", "replies", "responses"].contains(word),
      cue.lowerBound > sentence.lowerBound, tokens[cue.lowerBound - 1].lower == "without"
    {
      return true
    }
    // ("that raise reflected added duties": "added" as an adjective after another verb, before
    // its noun.)
    if word == "added", cue.count == 1, cue.lowerBound > sentence.lowerBound, cue.upperBound < sentence.upperBound,
      case let before = tokens[cue.lowerBound - 1], before.kind == .word, !before.isCapitalized,
      before.lower.hasSuffix("ed"), !isAuxiliary(before),
      lexicon.cueVerbs.match(at: cue.lowerBound - 1, limit: cue.lowerBound, tokens: tokens) == nil,
      case let after = tokens[cue.upperBound], after.kind == .word, !after.isCapitalized,
      !["that", "to", "in", "on", "at", "by", "with", "for", "of", "and", "but"].contains(after.lower)
    {
      return true
    }
    // ("a letter, seen by the Echo, that", "a letter dated Tuesday and seen by the Post": how the
    // newsroom came to read a document, not anyone speaking.)
    // ("a copy of which was seen by the Chronicle": so after "was".)
    // (Not "she is seen by other leaders as credible", a belief.)
    if cue.count == 1
      || cue.count == 2 && WordClasses.beVerbs.contains(tokens[cue.lowerBound]) && cue.lowerBound > sentence.lowerBound
        && tokens[cue.lowerBound - 1].lower == "which",
      ["seen", "obtained", "reviewed", "viewed"].contains(tokens[cue.upperBound - 1].lower),
      cue.upperBound < sentence.upperBound, tokens[cue.upperBound].lower == "by"
    {
      return true
    }
    // ("Minutes of a transport forum in March, seen by the Post, record", "Minutes of the planning
    // committee, published last week, record": the aside of a document that opens the sentence,
    // its participle read with its "by" or alone.)
    if cue.count <= 2, cue.lowerBound - 1 > sentence.lowerBound, tokens[cue.lowerBound - 1].text == ",",
      cue.count == 1 || ["by", "to"].contains(tokens[cue.upperBound - 1].lower),
      cue.upperBound < sentence.upperBound,
      // (How the document was made or handled; not who thinks what of it, "The immigration bill,
      // opposed by House Republicans,".)
      Self.documentParticiples.contains(tokens[cue.lowerBound])
        || ExtractionContext.seeingParticiples.contains(tokens[cue.lowerBound]),
      withoutDocumentAside(firstWord(of: sentence)..<(cue.upperBound + 1)).upperBound == cue.lowerBound - 1
    {
      return true
    }
    // ("Sabal Point went on ambulance diversion": going on to something, not speaking on.)
    if ["went", "goes", "go", "going", "gone"].contains(word), cue.count == 2, tokens[cue.upperBound - 1].lower == "on",
      cue.upperBound < sentence.upperBound, case let next = tokens[cue.upperBound], next.kind == .word,
      !["to", "that"].contains(next.lower), !WordClasses.isAdverbLike(next),
      // (Kept where a verb of saying joined by "and" takes its subject from it: "Rice went on Sunday
      // talk shows and said".)
      !window(cue.upperBound, min(cue.upperBound + 8, sentence.upperBound)).contains(where: { k in
        tokens[k].lower == "and" && k + 1 < sentence.upperBound
          && lexicon.cueVerbs.match(at: k + 1, limit: sentence.upperBound, tokens: tokens) != nil
      })
    {
      return true
    }
    // ("The amendment passed by 104 votes to 71": a vote's count, not a passing on.)
    if ["passed", "passes", "pass"].contains(tokens[cue.upperBound - 1].lower) || word == "passed",
      let by = window(cue.lowerBound, min(cue.upperBound + 1, sentence.upperBound)).first(where: {
        tokens[$0].lower == "by"
      }
      ),
      by + 1 < sentence.upperBound,
      tokens[by + 1].kind == .number || WordClasses.numberWords.contains(tokens[by + 1])
        || ["a", "an"].contains(tokens[by + 1].lower) && by + 2 < sentence.upperBound
          && ["vote", "majority", "margin"].contains(tokens[by + 2].lower)
    {
      return true
    }
    // ("warned in writing that", "had been told in writing": the form of a warning, no cue of its
    // own; not "published an article Thursday in writing that", the writing itself.)
    if word == "writing", cue.count == 1, cue.lowerBound - 2 >= sentence.lowerBound,
      tokens[cue.lowerBound - 1].lower == "in",
      lexicon.cueVerbs.match(at: cue.lowerBound - 2, limit: cue.lowerBound - 1, tokens: tokens) != nil
    {
      return true
    }
    // ("A woman who answered the phone said", "A man who answered the company's telephone number":
    // picking up, not replying.)
    if ["answer", "answers", "answered", "answering"].contains(tokens[cue.upperBound - 1].lower),
      cue.upperBound + 1 < sentence.upperBound, tokens[cue.upperBound].lower == "the",
      window(cue.upperBound + 1, min(cue.upperBound + 4, sentence.upperBound)).contains(where: {
        ["phone", "telephone", "door", "call", "doorbell"].contains(tokens[$0].lower)
      })
    {
      return true
    }
    // ("At a meeting called by the chief": a meeting or a vote convened, not a calling of names.)
    if word == "called", cue.count == 1, cue.lowerBound > sentence.lowerBound, cue.upperBound < sentence.upperBound,
      tokens[cue.upperBound].lower == "by", Self.convenedEvents.contains(tokens[cue.lowerBound - 1])
    {
      return true
    }
    // ("the fall in declared exports", "that declared coltan exports fell": what was declared, an
    // adjective before its noun; so is "K1.2 billion in disputed royalties".)
    if word == "declared" || word == "disputed", cue.count == 1, cue.lowerBound > sentence.lowerBound,
      cue.upperBound + 1 < sentence.upperBound,
      ["the", "in", "of", "a", "its", "their", "total", "officially"].contains(tokens[cue.lowerBound - 1].lower)
        || word == "declared" && tokens[cue.lowerBound - 1].lower == "that",
      tokens[cue.upperBound].kind == .word, !tokens[cue.upperBound].isCapitalized,
      !WordClasses.determiners.contains(tokens[cue.upperBound]),
      !WordClasses.prepositions.contains(tokens[cue.upperBound]),
      !["that", "itself", "himself", "herself", "war", "his", "her"].contains(tokens[cue.upperBound].lower)
    {
      return true
    }
    // ("refused to say when the review would conclude.": ending, with nothing concluded; not
    // '"…," Carson concluded.', after what he said.)
    if tokens[cue.upperBound - 1].lower == "conclude", cue.upperBound - 2 >= sentence.lowerBound,
      ["would", "will", "to", "should", "could", "must", "may", "might"].contains(tokens[cue.upperBound - 2].lower),
      cue.upperBound >= sentence.upperBound
        || tokens[cue.upperBound].kind == .punctuation
          && tokens[cue.upperBound].text != ":"
    {
      return true
    }
    // (Not a judgment's own call: "The court's judgment calls for a retrial".)
    if ["call", "calls"].contains(word), cue.lowerBound > sentence.lowerBound,
      case let noun = tokens[cue.lowerBound - 1],
      ["close", "roll", "wake-up", "curtain", "casting"].contains(noun.lower)
        || ["judgment", "judgement"].contains(noun.lower) && cue.lowerBound - 2 >= sentence.lowerBound
          && !WordClasses.determiners.contains(tokens[cue.lowerBound - 2])
          && !WordClasses.isPossessive(tokens[cue.lowerBound - 2])
    {
      return true
    }
    // ("The post office counter in the village shop will close": a counter to serve at.)
    if word == "counter", cue.count == 1, cue.upperBound < sentence.upperBound,
      // (Not "to": "an apparent counter to his policies" answers them.)
      WordClasses.prepositions.contains(tokens[cue.upperBound]) && tokens[cue.upperBound].lower != "to"
        || isAuxiliary(tokens[cue.upperBound]) || tokens[cue.upperBound].lower == "will"
    {
      return true
    }
    // ("the company wrote down two of its older pits": so is a value cut; not "her therapist wrote
    // down what Ford said", a record of words.)
    if ["write", "writes", "wrote", "written", "writing"].contains(word), cue.lowerBound + 1 < sentence.upperBound,
      tokens[cue.lowerBound + 1].lower == "off"
        || tokens[cue.lowerBound + 1].lower == "down" && cue.lowerBound + 2 < sentence.upperBound
          && (tokens[cue.lowerBound + 2].kind == .number || WordClasses.numberWords.contains(tokens[cue.lowerBound + 2])
            || ["the", "its", "their", "a", "an", "some", "part"].contains(tokens[cue.lowerBound + 2].lower))
    {
      return true
    }
    // ("did not reply to messages on Tuesday asking about the allowances": the newsroom's messages
    // ask, not the one who did not answer them.)
    if ["asking", "seeking"].contains(word),
      let noun = (max(sentence.lowerBound, cue.lowerBound - 5)..<cue.lowerBound).last(where: {
        !WordClasses.timeWords.contains(tokens[$0])
          // ("messages sent on Wednesday asking about the loan".)
          && !["on", "last", "this", "early", "late", "sent", "left", "emailed"].contains(tokens[$0].lower)
      }),
      lexicon.inquiryNouns.contains(tokens[noun])
    {
      return true
    }
    // ("and admitted him to bail", "was admitted to hospital": let in, not owned up to; an object
    // pronoun or a place after the verb.)
    if ["admit", "admits", "admitted", "admitting"].contains(tokens[cue.upperBound - 1].lower),
      cue.upperBound + 1 < sentence.upperBound,
      ["him", "her", "them", "me", "us"].contains(tokens[cue.upperBound].lower)
        && ["to", "into"].contains(tokens[cue.upperBound + 1].lower)
        || tokens[cue.upperBound].lower == "to"
          && (Self.admissionPlaces.contains(tokens[cue.upperBound + 1])
            || cue.upperBound + 2 < sentence.upperBound && tokens[cue.upperBound + 1].lower == "the"
              && Self.admissionPlaces.contains(tokens[cue.upperBound + 2]))
    {
      return true
    }
    // ("the revision would add between 0.8 and 1.1 percentage points": an amount, not words.)
    if ["add", "adds", "added", "adding"].contains(tokens[cue.upperBound - 1].lower),
      cue.upperBound + 1 < sentence.upperBound,
      ["between", "about", "around", "nearly", "almost", "roughly", "some", "up"].contains(
        tokens[cue.upperBound].lower),
      window(cue.upperBound + 1, min(cue.upperBound + 3, sentence.upperBound)).contains(where: {
        tokens[$0].kind == .number || startsWithCurrencySymbol(tokens[$0])
          || WordClasses.numberWords.contains(tokens[$0])
      })
    {
      return true
    }
    // ("adding several hundred kilometres to their trips": a quantity added to something, not words.)
    // (After the clause's comma only: not "Added another political adviser to Rand:".)
    if ["adding", "added", "adds"].contains(tokens[cue.upperBound - 1].lower), cue.upperBound < sentence.upperBound,
      cue.lowerBound > sentence.lowerBound, tokens[cue.lowerBound - 1].text == ",",
      case let first = tokens[cue.upperBound],
      first.kind == .number || WordClasses.numberWords.contains(first) || startsWithCurrencySymbol(first)
        || hasCurrencyLetters(first) || ["several", "another", "some"].contains(first.lower),
      let to = window(cue.upperBound + 1, min(cue.upperBound + 6, sentence.upperBound)).first(where: {
        ["to", "onto"].contains(tokens[$0].lower)
      }),
      (cue.upperBound..<to).allSatisfy({
        (tokens[$0].kind == .word || tokens[$0].kind == .number) && !isAuxiliary(tokens[$0])
          && !WordClasses.beVerbs.contains(tokens[$0].lower) && tokens[$0].lower != "that"
          && !looksLikePersonNounOrPlural(tokens[$0].lower)
      })
    {
      return true
    }
    // ("My son called me crying from the road", "the bank calls me every week": a telephone call,
    // not a name called; "called me a liar" stays a cue.)
    if ["call", "calls", "called", "calling"].contains(tokens[cue.upperBound - 1].lower),
      cue.upperBound + 1 < sentence.upperBound,
      ["me", "us", "him", "her", "them"].contains(tokens[cue.upperBound].lower),
      case let next = tokens[cue.upperBound + 1],
      WordClasses.timeWords.contains(next) && !next.isCapitalized
        || ["every", "back", "again", "repeatedly", "from", "at", "daily", "twice", "once"].contains(next.lower)
        // (Not "calling her firing 'a warning'", a possessive before a noun in "-ing".)
        || next.kind == .word && next.lower.hasSuffix("ing") && next.lower.count > 5
          && tokens[cue.upperBound].lower != "her"
    {
      return true
    }
    // ("The ferry has not called at Vaipuna wharf for five weeks": a ship's visit, not a call.)
    if let last = cue.last, ["call", "calls", "called", "calling"].contains(tokens[last].lower),
      cue.upperBound + 1 < sentence.upperBound, tokens[cue.upperBound].lower == "at",
      let port = window(cue.upperBound + 1, min(cue.upperBound + 5, sentence.upperBound)).first(where: {
        Self.portsOfCall.contains(tokens[$0])
      }),
      ((cue.upperBound + 1)..<port).allSatisfy({ tokens[$0].kind == .word })
    {
      return true
    }
    // ("Quarrow Mills posted a $2m deficit", "the brewery posts record earnings": results, not a post.)
    if ["post", "posts", "posted"].contains(word),
      let noun = window(cue.upperBound, min(cue.upperBound + 5, sentence.upperBound)).first(where: {
        Self.postedResults.contains(tokens[$0])
      }),
      (cue.upperBound..<noun).allSatisfy({
        tokens[$0].kind != .punctuation && tokens[$0].lower != "that" && !WordClasses.prepositions.contains(tokens[$0])
          || startsWithCurrencySymbol(tokens[$0]) || tokens[$0].text == "%"
      })
    {
      return true
    }
    // ("the 412 tenants who responded to the survey": taking part in a survey, not answering anyone;
    // not "Ames, responding to a poll that showed him trailing, said", a reply to it.)
    if ["respond", "responds", "responded", "responding"].contains(word), cue.lowerBound > sentence.lowerBound,
      ["who", "that"].contains(tokens[cue.lowerBound - 1].lower),
      let to = window(cue.lowerBound + 1, min(cue.upperBound + 2, sentence.upperBound)).first(where: {
        tokens[$0].lower == "to"
      }),
      let noun = window(to + 1, min(to + 5, sentence.upperBound)).first(where: { Self.surveyNouns.contains(tokens[$0]) }
      ),
      ((to + 1)..<noun).allSatisfy({ tokens[$0].kind == .word && !WordClasses.prepositions.contains(tokens[$0]) })
    {
      return true
    }
    // ("In answer to a reader's letter, the warden wrote": a phrase saying what a later cue replies
    // to, itself no cue.)
    if ["answer", "reply", "response"].contains(word), cue.count == 1, cue.lowerBound > sentence.lowerBound,
      tokens[cue.lowerBound - 1].lower == "in", cue.upperBound < sentence.upperBound,
      tokens[cue.upperBound].lower == "to"
    {
      return true
    }
    // ("Farmhands often confided in the vicar about unpaid wages": whom they trusted, not what they said.)
    // (Not "confided in her that he would quit": what they said follows.)
    if ["confide", "confides", "confided", "confiding"].contains(word), cue.upperBound < sentence.upperBound,
      tokens[cue.upperBound].lower == "in",
      !((cue.upperBound + 1)..<sentence.upperBound).contains(where: {
        tokens[$0].lower == "that" || tokens[$0].text == ":" || tokens[$0].kind == .quote
      })
    {
      return true
    }
    // ("at the time of writing": when the article was written.)
    if word == "writing", cue.lowerBound - 2 >= sentence.lowerBound, tokens[cue.lowerBound - 1].lower == "of",
      tokens[cue.lowerBound - 2].lower == "time"
    {
      return true
    }
    // ("Some growers worry the levy will rise", "they worry"; not "growing worry over", "no need
    // to worry", "should worry", "Don't worry", "There is some worry".)
    // ("Shop owners on the quay worry", "Many in the parish worry", "Growers also worry": a plural
    // of people leads the subject, whatever word ends it, and an adverb may stand between.)
    if word == "worry" {
      func plural(_ k: Int) -> Bool {
        let w = tokens[k].lower
        return ["they", "we", "many", "others", "some", "people", "most"].contains(w)
          || w.count > 3 && (w.hasSuffix("s") || w.hasSuffix("men")) && looksLikePersonNounOrPlural(w)
      }
      var k = cue.lowerBound - 1
      while k > sentence.lowerBound, WordClasses.isAdverbLike(tokens[k]) || Self.focusingAdverbs.contains(tokens[k]) {
        k -= 1
      }
      guard k >= sentence.lowerBound, case let previous = tokens[k],
        previous.kind == .word, !WordClasses.determiners.contains(previous) || plural(k),
        !(WordClasses.determiners.contains(previous) && k > sentence.lowerBound
          && (WordClasses.beVerbs.contains(tokens[k - 1]) || tokens[k - 1].lower == "there")),
        !["to", "should", "would", "could", "might", "must", "can", "will", "may", "not", "never"].contains(
          previous.lower),
        let subject = subjectRange(endingAt: k, in: sentence),
        subject.contains(where: { tokens[$0].kind == .word && plural($0) })
      else { return true }
    }
    // (A finger or an arrow that points: "with a finger pointing to the door".)
    if word.hasPrefix("point"), cue.lowerBound > sentence.lowerBound,
      ["finger", "fingers", "arrow", "arrows"].contains(tokens[cue.lowerBound - 1].lower)
    {
      return true
    }
    // ("The insurer's 2031 notes fell due": a year between a possessive or "the" and the word makes
    // it a noun.)
    if word.hasSuffix("s"), cue.lowerBound - 2 >= sentence.lowerBound, isYear(tokens[cue.lowerBound - 1]),
      WordClasses.isPossessive(tokens[cue.lowerBound - 2])
        || ["its", "their", "his", "her", "the", "our"].contains(tokens[cue.lowerBound - 2].lower)
    {
      return true
    }
    // ("Zoning disputes like the one on Quay Street", "Claims such as these": a word in -s before
    // "like" is a plural noun.)
    // (Not a verb of seeming: "It seems like a stretch".)
    // (The tagger may take "like" into the cue: "disputes like".)
    if word.hasSuffix("s"), cue.lowerBound + 2 < sentence.upperBound,
      !["seems", "sounds", "looks", "feels"].contains(word),
      tokens[cue.lowerBound + 1].lower == "like"
        || tokens[cue.lowerBound + 1].lower == "such"
          && tokens[cue.lowerBound + 2].lower == "as"
    {
      return true
    }
    // ("Gilts were quoted at 96 pence": a price, not words.)
    if ["quoted", "quote", "quotes"].contains(tokens[cue.upperBound - 1].lower),
      cue.upperBound + 1 < sentence.upperBound,
      tokens[cue.upperBound].lower == "at", isAmount(at: cue.upperBound + 1, in: sentence)
    {
      return true
    }
    let first = firstWord(of: sentence)
    var end = sentence.upperBound
    while end > cue.upperBound && tokens[end - 1].kind == .punctuation { end -= 1 }
    return end == cue.upperBound && tokens[first].lower == "what" && first < cue.lowerBound
      && cue.lowerBound - first <= 3
  }

  /// Whether a learned one-word cue is a noun after "a" or "an" and at most one word between
  /// ("drew a sharp reply", "on a Wednesday call", "an improbable remark"): no verb of its own,
  /// since a verb in its bare form cannot follow a singular "a" subject. (Not "a third say", nor
  /// an agent's noun, "a Sanders supporter", which the tagger learned as a cue.)
  func isNounAfterIndefinite(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
    guard run.count == 1, let k = run.first, k > sentence.lowerBound, tokens[k].kind == .word,
      !tokens[k].isCapitalized
    else { return false }
    let word = tokens[k].lower
    guard isBareForm(tokens[k]), !word.hasSuffix("ing"), !word.hasSuffix("er"), !WordClasses.isAdverbLike(tokens[k])
    else { return false }
    if ["a", "an"].contains(tokens[k - 1].lower) { return true }
    guard k - 2 >= sentence.lowerBound, ["a", "an"].contains(tokens[k - 2].lower), tokens[k - 1].kind == .word
    else { return false }
    let middle = tokens[k - 1].lower
    return !WordClasses.numberWords.contains(tokens[k - 1])
      && !["third", "quarter", "fifth", "tenth", "half", "majority", "minority", "few", "number", "lot"].contains(
        middle)
  }

  /// "The council added or removed parking bays", "added and staffed two routes": "add" as one
  /// of two deeds done to an object (not "added and stressed that", "added and walked out", nor
  /// after a quotation, '"…," she added and smiled broadly').
  func addsAlongsideAnotherVerb(_ cue: Range<Int>, in sentence: Range<Int>) -> Bool {
    let k = cue.upperBound
    guard k + 2 < sentence.upperBound, ["or", "and"].contains(tokens[k].lower), tokens[k + 1].lower.hasSuffix("ed"),
      lexicon.cueVerbs.match(at: k + 1, limit: k + 2, tokens: tokens) == nil,
      !(max(sentence.lowerBound, cue.lowerBound - 4)..<cue.lowerBound).contains(where: { tokens[$0].kind == .quote })
    else { return false }
    let object = tokens[k + 2]
    return WordClasses.determiners.contains(object) || object.kind == .number
      || object.kind == .word && !WordClasses.prepositions.contains(object) && !WordClasses.isAdverbLike(object)
        && !Self.particles.contains(object) && object.lower != "that"
  }

  /// Particles after a verb: "walked out", "ran away".
  static let particles: WordSet = ["out", "away", "up", "off", "down", "back", "over", "on", "in"]

  /// "the inspector's stated reasons", "an archive of comment cards", "the much-trumpeted
  /// promises": a cue's word used as a noun or a noun's modifier, after a common noun's
  /// possessive (after a name's only a bare form: not "Macy's posted"), after "of", or after a
  /// hyphenated participle.
  func isNounUse(at i: Int, in sentence: Range<Int>) -> Bool {
    guard i > sentence.lowerBound, tokens[i].kind == .word, !tokens[i].isCapitalized,
      !tokens[i].lower.hasSuffix("ing")
    else { return false }
    let previous = tokens[i - 1]
    // (Read only where a possessive, "of", a hyphen or a number stands before.)
    func nounFollows() -> Bool {
      guard i + 1 < sentence.upperBound else { return false }
      let next = tokens[i + 1]
      return next.kind == .word && !next.isCapitalized && !WordClasses.determiners.contains(next)
        && !WordClasses.prepositions.contains(next) && !WordClasses.subjectPronouns.contains(next)
        // (Nor a pronoun with its verb: "Six in 10 say he's", "one in five say it's", "there's".)
        && WordClasses.subjectPronoun(in: next.lower) == nil && !next.lower.contains("'")
        && !next.lower.contains("\u{2019}")
        && !WordClasses.clauseBoundaries.contains(next) && !WordClasses.isAdverbLike(next) && !isAuxiliary(next)
        && !["to", "not", "him", "her", "them", "me", "us"].contains(next.lower)
    }
    // ("would replace two blast furnaces": a verb's own form after a count, before a noun, names a
    // kind of thing; not "Two say they were not asked", "minutes from 2019 show staff", "three
    // written complaints".)
    if countsThings(i - 1), lexicon.cueVerbs.match(at: i, limit: i + 1, tokens: tokens)?.payload == tokens[i].lower {
      return nounFollows()
    }
    guard previous.kind == .word else { return false }
    // (After a name's possessive only a bare form: "Brenmore's comment card", not "Macy's posted".)
    if WordClasses.isPossessive(previous) && (!previous.isCapitalized || isBareForm(tokens[i]))
      || previous.lower == "of"
    {
      return nounFollows()
    }
    // (A hyphenated participle, "storm-related", "so-called": not a noun, "The two co-ops said".)
    guard !previous.isCapitalized, let hyphen = previous.lower.lastIndex(of: "-") else { return false }
    let modifier = previous.lower[previous.lower.index(after: hyphen)...]
    return (modifier.hasSuffix("ed") || modifier.hasSuffix("ing")) && (tokens[i].lower.hasSuffix("s") || nounFollows())
  }

  /// Whether the token is a count of things: "two", "12"; not a year, "from 2019", nor "half", nor
  /// "one", which stands for a noun as often ("situations like this one reveal").
  func countsThings(_ k: Int) -> Bool {
    tokens[k].kind == .number && !isYear(tokens[k])
      || tokens[k].lower != "one" && WordClasses.cardinals.contains(tokens[k].lower)
  }

  /// "answer the committee's questions in writing", "shut down without warning": a cue's word as
  /// the noun of a set phrase, with nothing reported after it.
  /// So are "the accused" (the person charged) and a participle that opens the sentence before
  /// its noun ("Reported violent crimes rose").
  func isFixedNounPhrase(at i: Int, in sentence: Range<Int>) -> Bool {
    if i == firstWord(of: sentence), i + 1 < sentence.upperBound, tokens[i].lower.hasSuffix("ed") {
      let next = tokens[i + 1]
      return next.kind == .word && !next.isCapitalized && !WordClasses.prepositions.contains(next)
        && !WordClasses.determiners.contains(next) && !WordClasses.clauseBoundaries.contains(next)
        && !WordClasses.isAdverbLike(next) && !WordClasses.subjectPronouns.contains(next)
        && !["to", "him", "her", "them", "it", "me", "us", "not"].contains(next.lower)
    }
    // ("a claims handler", "the claims manager": an insurer's claims as a noun's modifier.)
    // (Not a verb: "The union claims staff were never told"; the compound ends its phrase.)
    if ["claims", "claim"].contains(tokens[i].lower), i + 1 < sentence.upperBound, i > sentence.lowerBound,
      Self.claimsCompounds.contains(tokens[i + 1]), !tokens[i - 1].isCapitalized,
      i + 2 >= sentence.upperBound || !isAuxiliary(tokens[i + 2]) && !WordClasses.beVerbs.contains(tokens[i + 2])
    {
      return true
    }
    guard i > sentence.lowerBound,
      tokens[i - 1].lower == "in" && tokens[i].lower == "writing"
        || tokens[i - 1].lower == "without" && tokens[i].lower == "warning"
        || tokens[i - 1].lower == "the" && tokens[i].lower == "accused"
        // ("to have more say in", "the final say", "no say"): a share in deciding.
        // (Not "Some say", "…; some say": people, opening a clause; "and some say in how" stays.)
        || tokens[i].lower == "say"
          && ["more", "a", "no", "final", "any", "some", "little", "greater", "bigger", "equal", "real", "much"]
            .contains(tokens[i - 1].lower)
          && !(tokens[i - 1].lower == "some"
            && (i - 1 == firstWord(of: sentence)
              || [",", ";", "and", "but", "while", "whereas"].contains(tokens[i - 2].lower))
            && !(i + 1 < sentence.upperBound && ["in", "over", "on"].contains(tokens[i + 1].lower)))
    else { return false }
    // ("complained in writing about the damp": what was written about, not who wrote.)
    let objections: WordSet = tokens[i].lower == "writing" ? ["that", "to", "of"] : ["that", "to", "about", "of"]
    return i + 1 >= sentence.upperBound || !objections.contains(tokens[i + 1])
  }

  /// Nouns that an insurer's "claims" modifies: "claims director", "claims handling".
  static let claimsCompounds: WordSet = [
    "director", "directors", "manager", "managers", "adjuster", "adjusters", "handler", "handlers", "handling",
    "department", "team", "teams", "officer", "unit", "process", "inflation", "ratio", "frequency", "reserves",
    "function", "operation", "operations",
  ]

  /// "Kessary recalled its ambassador", "Ford recalled 200,000 trucks": withdrawn, not remembered.
  func recallsThings(at i: Int, in sentence: Range<Int>) -> Bool {
    guard tokens[i].lower.hasPrefix("recall"), i + 1 < sentence.upperBound else { return false }
    let next = tokens[i + 1]
    // ("will recall some 9,000 kegs": an approximate number too.)
    let approximate =
      ["about", "some", "nearly", "roughly", "around", "approximately", "almost", "over"].contains(next.lower)
      && i + 2 < sentence.upperBound && tokens[i + 2].kind == .number
    return ["its", "their"].contains(next.lower) || next.kind == .number || WordClasses.numberWords.contains(next)
      || approximate
  }

  /// Whether a word has none of a verb's inflections ("-s", "-ed", "said"): after "a sharp" or
  /// "the district's" such a word is a noun ("reply"), an inflected one may be a verb.
  func isBareForm(_ token: Token) -> Bool {
    !token.lower.hasSuffix("s") && !token.lower.hasSuffix("ed") && !Self.irregularPasts.contains(token)
  }

  /// Irregular pasts of winning, losing and trading, which open a relative clause after "that":
  /// "Two firms that lost out in the tender".
  static let pastsOfDealing: WordSet = ["lost", "won", "built", "bought", "sold", "spent", "lent", "ran", "dealt"]

  /// Past forms without "-ed" of the verbs that cite: after "a source" they are verbs ("a source
  /// said").
  static let irregularPasts: WordSet = [
    "said", "told", "wrote", "spoke", "thought", "felt", "knew", "saw", "heard", "found", "gave", "made", "put",
    "took", "sent", "led", "held", "read", "got", "came", "went", "drew", "swore", "became", "began", "kept", "left",
    "meant", "paid", "stood", "understood", "taught", "sought", "fought", "brought", "forbade", "foresaw", "hinted",
  ]

  /// Other past forms without "-ed", which with the pasts of dealing end a subject before a
  /// participle that cites ("The State Department withdrew its staff, citing a threat").
  static let strongPasts: WordSet = [
    "hit", "struck", "fell", "rose", "withdrew", "threw", "broke", "chose", "drove", "flew", "grew", "shook", "sank",
    "shut", "froze", "stole", "tore", "woke", "overtook", "undertook", "forgave", "rode", "rang", "swung", "fled",
    "met", "sat", "dug", "stuck", "bore",
  ]

  /// Whether a run of tokens is a passive ("was charged with", "have been asked") with no
  /// "by" agent within three words after it.
  func isAgentlessPassive(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
    guard let be = run.first(where: { WordClasses.beVerbs.contains(tokens[$0]) && tokens[$0].lower != "being" }),
      run.contains(where: { $0 > be && tokens[$0].lower.hasSuffix("ed") || $0 > be && tokens[$0].lower == "told" }),
      // ("Carrow is convinced the project will end": a state of mind, which its subject holds.)
      !run.contains(where: { $0 > be && Self.stateParticiples.contains(tokens[$0]) })
    else { return false }
    let end = min(run.upperBound + 3, sentence.upperBound)
    // (A deadline is no agent: "will be announced by next Thursday".)
    return !(run.lowerBound..<end).contains { tokens[$0].lower == "by" && !isDeadline(after: $0, in: sentence) }
  }

  /// "The court heard that the accused had been drinking", "The inquest heard Lowe had three
  /// previous convictions": what was said in a hearing, whose speaker is not named. The court
  /// heard it: it is the audience, not the source. (Not "The court heard arguments", "the jury
  /// heard from the victim".)
  func courtHeard(at i: Int, in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    guard tokens[i].lower == "heard", i + 2 < sentence.upperBound else { return nil }
    var k = i - 1
    while k > sentence.lowerBound, WordClasses.isAdverbLike(tokens[k]), !isAuxiliary(tokens[k]) { k -= 1 }
    guard k >= sentence.lowerBound, Self.hearingAudiences.contains(tokens[k]) else { return nil }
    let next = tokens[i + 1]
    let clause: Bool
    if next.lower == "that" {
      clause = true
    } else if next.isCapitalized || WordClasses.subjectPronouns.contains(next) || next.lower == "the" {
      // A clause of its own: a finite verb within a few words ("heard Lowe had", "heard the
      // victim was").
      clause = window(i + 2, min(i + 7, sentence.upperBound)).contains { k in
        Self.finiteAuxiliaries.contains(tokens[k])
          || WordClasses.beVerbs.contains(tokens[k]) && tokens[k].lower != "been"
      }
    } else {
      clause = false
    }
    guard clause else { return nil }
    var candidate = AttributionExtractor.Candidate(
      cue: i..<(i + 1), head: i, lemma: "hear", shape: .verb, nonanswer: nil)
    candidate.content = contentAfter(i + 1, in: sentence, lemma: "hear")
    return candidate
  }

  static let hearingAudiences: WordSet = [
    "court", "jury", "jurors", "inquest", "tribunal", "hearing", "trial", "inquiry", "committee", "magistrates",
    // (An Australian Senate committee's budget hearings: "Senate estimates heard".)
    "estimates",
  ]

  /// Whether a verb that can cite is used here for a deed with a plain object: a price charged
  /// or a thing maintained.
  func speaksOfNoWords(at i: Int, in sentence: Range<Int>) -> Bool {
    chargesMoney(at: i, in: sentence) || keepsSomething(at: i, in: sentence)
  }

  /// Whether "charged" asks a price ("had charged duplicate fees", "charged more than that",
  /// "charged the campaign $3.7 million"), not an accusation ("charged that", "charged him with").
  func chargesMoney(at i: Int, in sentence: Range<Int>) -> Bool {
    guard ["charge", "charges", "charged", "charging"].contains(tokens[i].lower) else { return false }
    var k = i + 1
    while k < min(i + 8, sentence.upperBound) {
      let t = tokens[k]
      if ["with", "that"].contains(t.lower) || t.kind == .quote || t.text == "," { return false }
      // ("charged the municipality R4,200 per load": any currency's sign or letters.)
      if startsWithCurrencySymbol(t) || Self.prices.contains(t)
        || t.kind == .word && Self.currencyPrefixes.contains(String(t.text.prefix { $0.isLetter }))
          && t.text.drop(while: { $0.isLetter }).first?.isNumber == true
        || k == i + 1 && ["more", "less"].contains(t.lower)
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// Whether "maintain" keeps a thing ("maintains a commanding lead", "has maintained support
  /// among black voters", "calendars maintained by her aides"), not a claim ("maintained that the
  /// server was secure", "maintained they were not marked", whose clause has an auxiliary). PolNeAR
  /// train marks none of 17 such uses.
  func keepsSomething(at i: Int, in sentence: Range<Int>) -> Bool {
    guard ["maintain", "maintains", "maintained", "maintaining"].contains(tokens[i].lower) else { return false }
    guard i + 1 < sentence.upperBound else { return false }
    let next = tokens[i + 1]
    if next.lower == "by" { return true }
    guard next.kind == .word, next.lower != "that", !WordClasses.subjectPronouns.contains(next) else { return false }
    // A clause without "that": an auxiliary within a few words ("maintained they were not marked").
    let clause = window(i + 2, min(i + 7, sentence.upperBound)).prefix { tokens[$0].kind == .word }.contains { k in
      isAuxiliary(tokens[k]) || Self.finiteAuxiliaries.contains(tokens[k])
    }
    return !clause
  }

  static let prices: WordSet = [
    "fee", "fees", "rent", "interest", "price", "prices", "rate", "rates", "premium", "premiums", "dollars",
    "cents", "pounds", "euros", "fare", "fares", "tuition", "commission", "toll", "tolls",
  ]

  /// Where the subject of a bare verb at `i` ends: the word before it, or the one before an
  /// adverb that stands between ("Critics also note", "Growers still suspect"; not a negation,
  /// "Critics do not note", nor an auxiliary).
  /// "Sources at the agency claim", "Officials in the ministry note", "Residents of Lüttkenhagen
  /// blame": the plural that a place
  /// after it (a preposition and at most three words) describes, ending at `end`; else `end`.
  func pluralBeforePlace(_ end: Int, in sentence: Range<Int>) -> Int {
    guard end - 2 > sentence.lowerBound, !tokens[end].lower.hasSuffix("s"),
      let preposition = (max(sentence.lowerBound + 1, end - 3)..<end).last(where: {
        ["at", "in", "inside", "within", "from", "of"].contains(tokens[$0].lower)
      }),
      ((preposition + 1)...end).allSatisfy({ tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) }),
      case let plural = tokens[preposition - 1], plural.kind == .word, plural.lower.hasSuffix("s"),
      lexicon.anonymousHeads.contains(plural) || isVagueWord(plural.lower)
    else { return end }
    return preposition - 1
  }

  func bareVerbSubjectEnd(before i: Int, in sentence: Range<Int>) -> Int {
    guard i - 1 > sentence.lowerBound, case let adverb = tokens[i - 1], WordClasses.isAdverbLike(adverb),
      !Self.finiteAuxiliaries.contains(adverb), !["not", "never", "cannot"].contains(adverb.lower),
      !adverb.lower.hasSuffix("n't"), !adverb.lower.hasSuffix("n\u{2019}t")
    else { return i - 1 }
    return i - 2
  }

  /// The subject of "were raised", when it is a concern or a question ("Worries about the
  /// berth fees", "The matter of the missing keys") and an agent follows within three words.
  func raisedConcern(at i: Int, in sentence: Range<Int>) -> Range<Int>? {
    var aux = i - 1
    if aux > sentence.lowerBound, ["first", "also", "repeatedly", "previously", "later"].contains(tokens[aux].lower) {
      aux -= 1
    }
    guard aux > sentence.lowerBound, WordClasses.beVerbs.contains(tokens[aux].lower) || tokens[aux].lower == "been",
      let by = window(i + 1, min(i + 4, sentence.upperBound)).first(where: { tokens[$0].lower == "by" }),
      !isDeadline(after: by, in: sentence)
    else { return nil }
    var end = aux - 1
    while end > sentence.lowerBound, isAuxiliary(tokens[end]) { end -= 1 }
    guard let subject = subjectRange(endingAt: end, in: sentence),
      let head = headPhrase(subject).last(where: { tokens[$0].kind == .word }),
      Self.concernNouns.contains(tokens[head])
    else { return nil }
    return subject
  }

  /// What is raised by someone: "fears were raised by", "the question was raised by".
  static let concernNouns: WordSet = [
    "concern", "concerns", "question", "questions", "doubt", "doubts", "objection", "objections", "fear", "fears",
    "worry", "worries", "complaint", "complaints", "allegation", "allegations", "issue", "issues", "criticism",
    "criticisms", "plight", "matter", "suspicion", "suspicions", "point", "points",
  ]

  /// Decisions and findings a source welcomes: "welcomed the ruling".
  static let welcomedNews: WordSet = [
    "decision", "ruling", "vote", "result", "results", "move", "announcement", "report", "extension", "fine", "veto",
    "plan", "proposal", "deal", "agreement", "findings", "verdict", "order", "judgment", "judgement", "review",
    "inquiry", "investigation", "bill", "law",
  ]

  /// What people take part in by answering it: "the tenants who responded to the survey".
  static let surveyNouns: WordSet = [
    "survey", "surveys", "poll", "polls", "questionnaire", "questionnaires", "census", "consultation",
  ]

  /// What a firm or a team posts that is a result, not a post: "posted a loss".
  static let postedResults: WordSet = [
    "profit", "profits", "loss", "losses", "deficit", "surplus", "revenue", "revenues", "earnings", "gain", "gains",
    // ("the system posted an operating margin of 6.1%")
    "margin", "margins", "income", "sales", "turnover", "shortfall", "growth", "decline", "declines",
  ]

  /// Where a ship or a train calls: "The ferry has not called at Vaipuna wharf".
  static let portsOfCall: WordSet = [
    "wharf", "port", "harbour", "harbor", "jetty", "pier", "quay", "station", "terminal", "anchorage", "ports",
  ]

  /// "by next Thursday", "by the close of trading", "by early 2031": a deadline, not the agent of a
  /// passive.
  func isDeadline(after by: Int, in sentence: Range<Int>) -> Bool {
    var k = by + 1
    while k < sentence.upperBound, ["the", "this", "next", "early", "late", "mid"].contains(tokens[k].lower) {
      k += 1
    }
    guard k < sentence.upperBound else { return false }
    let word = tokens[k]
    // (Not a name: "by the Sunday Times", "by the Evening Standard".)
    if k + 1 < sentence.upperBound, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized { return false }
    if ["end", "start", "beginning", "middle", "close"].contains(word.lower), k + 1 < sentence.upperBound,
      tokens[k + 1].lower == "of"
    {
      return true
    }
    // ("by mid-2031", "by mid-March".)
    if word.lower.hasPrefix("mid-") { return true }
    // (A year, not a count: "by 2031", not "signed by 1500 residents".)
    if word.kind == .number {
      return isYear(word)
        && !(k + 1 < sentence.upperBound && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized)
    }
    // ("is expected by the summer".)
    return WordClasses.timeWords.contains(word) && !["time", "times", "point", "moment"].contains(word.lower)
      || Self.seasons.contains(word)
  }

  /// "The man accused of firing", "an American contractor accused of spying", "She stood accused
  /// of": "accused" with its "of" right after it has no object, and so is a passive whose subject
  /// is the one accused. (Not after its own subject, "the rivals he accused of lying", "the media
  /// he'd accused of".)
  /// (So is a blame with its "for": "an Iranian-backed militia blamed for a series of attacks".)
  func isReducedPassiveCharge(at i: Int, cueStart: Int, lemma: String, in sentence: Range<Int>) -> Bool {
    guard cueStart == i, i + 1 < sentence.upperBound, i > sentence.lowerBound,
      lemma == "accuse" && tokens[i].lower == "accused" && tokens[i + 1].lower == "of"
        || Self.blamesWithFor.contains(tokens[i]) && tokens[i + 1].lower == "for"
    else { return false }
    let before = tokens[i - 1]
    if ["stood", "stands", "stand", "get", "gets", "got", "getting"].contains(before.lower) { return true }
    // ("the nine people he's accused of killing": "is", with a pronoun.)
    if ["he's", "she's", "who's", "it's"].contains(before.lower.replacingOccurrences(of: "\u{2019}", with: "'")) {
      return true
    }
    guard before.kind == .word, !WordClasses.subjectPronouns.contains(before), !lexicon.pronouns.contains(before),
      !before.lower.contains("'"), !before.lower.contains("’"), !isAuxiliary(before),
      !["who", "which", "that", "and", "but", "also", "then", "publicly", "repeatedly"].contains(before.lower)
    else { return false }
    // (A name right after a noun is the subject of a clause without "that": "the rivals Trump
    // accused of lying".)
    if before.isCapitalized, i - 2 >= sentence.lowerBound, tokens[i - 2].kind == .word,
      !tokens[i - 2].isCapitalized, !WordClasses.prepositions.contains(tokens[i - 2]),
      !WordClasses.determiners.contains(tokens[i - 2])
    {
      return false
    }
    return true
  }

  /// Verbs of seeing and hearing someone do something.
  static let perceptionVerbs: WordSet = [
    "see", "sees", "saw", "seen", "seeing", "hear", "hears", "heard", "hearing", "watch", "watches", "watched",
    "watching",
  ]

  /// Gerunds of speaking aloud, for someone seen or heard doing it.
  static let speakingGerunds: WordSet = [
    "saying", "telling", "shouting", "yelling", "screaming", "chanting", "asking", "arguing", "insisting",
    "declaring", "claiming", "warning", "explaining", "promising", "denying", "admitting", "vowing",
  ]

  /// Participles of blame and praise that take "for" when passive.
  static let blamesWithFor: WordSet = [
    "blamed", "criticized", "criticised", "faulted", "condemned", "praised", "credited", "lauded", "slammed",
  ]

  /// Where the auxiliaries of a passive begin right before a participle ("have been told",
  /// "was quietly told"): nil when the word before it (past adverbs) is no form of "be".
  func passiveAuxiliaries(before i: Int, in sentence: Range<Int>) -> Int? {
    let t = tokens[i]
    guard
      t.lower.hasSuffix("ed") || Self.irregularParticiples.contains(t) || Self.irregularPasts.contains(t)
        || ["shown", "known", "seen"].contains(t.lower)
    else { return nil }
    var k = i
    while k > sentence.lowerBound, WordClasses.isAdverbLike(tokens[k - 1]), !isAuxiliary(tokens[k - 1]),
      !tokens[k - 1].isCapitalized
    {
      k -= 1
    }
    guard k > sentence.lowerBound, WordClasses.beVerbs.contains(tokens[k - 1]), tokens[k - 1].lower != "being" else {
      return nil
    }
    k -= 1
    while k > sentence.lowerBound, isAuxiliary(tokens[k - 1]) || WordClasses.isAdverbLike(tokens[k - 1]),
      !tokens[k - 1].isCapitalized
    {
      k -= 1
    }
    return k
  }

  /// Participles after "is" that name what the subject thinks or feels, not what was done to it.
  static let stateParticiples: WordSet = [
    "convinced", "concerned", "worried", "satisfied", "pleased", "disappointed", "frustrated", "alarmed",
    "troubled", "determined", "unconvinced", "unimpressed", "encouraged", "relieved",
  ]

  /// "“…in braille.” — a Democratic committee staffer, in a text message.": a quotation signed
  /// with a description that closes its paragraph. Returns the description, up to a comma.
  func describedSigner(after dash: Int, paragraph: Int) -> Range<Int>? {
    let start = dash + 1
    guard start < tokens.count, ["a", "an", "one", "two", "three", "several"].contains(tokens[start].lower) else {
      return nil
    }
    var end = start
    while end < tokens.count && structure.paragraphOfToken[end] == paragraph && end - start <= 16 { end += 1 }
    guard end - start <= 16, end >= tokens.count || structure.paragraphOfToken[end] != paragraph else { return nil }
    let stop = (start..<end).first { tokens[$0].kind == .punctuation || tokens[$0].kind == .quote } ?? end
    guard stop > start + 1, (start..<stop).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number })
    else { return nil }
    // ("— a spokeswoman for the minister said.": a verb closes the line; it is the cue.)
    if lexicon.cueVerbs.match(at: stop - 1, limit: stop, tokens: tokens) != nil { return nil }
    return start..<stop
  }

  /// The source of a crosshead, a short line of its own that quotes a word and ends in a dash
  /// and one to three lower-case words: "Ferry fares ‘unfair’ – island residents".
  func crossheadSigner(after dash: Int, paragraph: Int) -> Range<Int>? {
    var first = dash
    while first > 0 && structure.paragraphOfToken[first - 1] == paragraph { first -= 1 }
    var end = dash + 1
    while end < tokens.count && structure.paragraphOfToken[end] == paragraph { end += 1 }
    // (People or a body the word lists know, with no verb, preposition or time: not "— here's what
    // that means", "— this winter", "— across the county", "— warn experts".)
    guard dash - first <= 10, (2...4).contains(end - dash), !tokens[dash + 1].isCapitalized,
      ((dash + 1)..<end).allSatisfy({ k in
        tokens[k].kind == .word && !WordClasses.clauseBoundaries.contains(tokens[k])
          && !WordClasses.prepositions.contains(tokens[k]) && !WordClasses.timeWords.contains(tokens[k])
          && lexicon.cueVerbs.match(at: k, limit: k + 1, tokens: tokens) == nil
      }),
      isPersonNoun(tokens[end - 1].lower)
        || lexicon.organizationHeads.match(at: end - 1, limit: end, tokens: tokens) != nil
    else { return nil }
    return (dash + 1)..<end
  }

  /// "TAPPER: Do you think ...", "Smith: \"We will win.\"": a speaker's name, a colon, the words.
  /// "Councilor Pete Havelock was blunt: 'Fix it once.'", "Obi put it simply: '...'", "One
  /// senior adviser summed up the debate: '...'": a person's short clause that ends in a colon
  /// before a quotation introduces what that person said. The cue runs from the clause's verb to
  /// the colon.
  func introducedQuotation(at colon: Int, in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    let start = firstWord(of: sentence)
    // (Up to 32 words; past 16 only with an appositive or the reason a source is unnamed, as the
    // guard after the verb checks.)
    guard start + 1 < colon, colon + 1 < sentence.upperBound, tokens[colon + 1].kind == .quote,
      tokens[colon + 1].quoteRole != .closing, colon - start <= 32,
      !(start..<colon).contains(where: { tokens[$0].kind == .quote })
    else { return nil }
    guard
      let verb = (max(start + 1, colon - 6)..<colon).last(where: { k in
        let t = tokens[k]
        return t.kind == .word && !t.isCapitalized
          && (WordClasses.beVerbs.contains(t) || Self.introducingVerbs.contains(t)
            // ("Reyes had a short answer:", "The mayor had a message for the council:")
            || ["had", "has", "have", "delivered", "issued", "sent"].contains(t.lower)
              && (k + 1..<colon).contains(where: { Self.spokenNouns.contains(tokens[$0]) })
            // ("The warden ended the tour with a reminder:": a verb of ending, then the words.)
            || Self.endingVerbs.contains(t) && (k + 1..<colon).contains(where: { tokens[$0].lower == "with" })
              && (k + 1..<colon).contains(where: { Self.spokenNouns.contains(tokens[$0]) }))
      }), colon - verb <= 6,
      !(verb..<colon).contains(where: { tokens[$0].kind == .punctuation }),
      // (A long subject with its appositive, "Ana Ruiz, the parish clerk, had a
      // warning:", or with the reason it is unnamed.)
      colon - start <= 16 || tokens[verb - 1].text == "," || anonymityMarker(in: start..<colon) != nil,
      // ("One resident, Malam Idris Garba-Tuta, 52, was blunt:": with its appositive.)
      var subject = tokens[verb - 1].text == ","
        ? appositiveBefore(comma: verb - 1, in: sentence) : subjectRange(endingAt: verb - 1, in: sentence)
    else { return nil }
    // ("A tenant who asked not to be named because she is in a dispute with the landlord": a
    // subject with its relative clause.)
    if subject.lowerBound > start, let modified = modifiedSubject(before: verb, instead: subject, in: sentence) {
      subject = modified
    }
    // ("Asked about the delay, Ruiz was curt:": after the reporter's question that opens the
    // sentence.)
    let afterQuestion =
      subject.lowerBound - 2 > start && tokens[subject.lowerBound - 1].text == ","
      && Self.questionVerbs.contains(tokens[start])
      && !(start..<(subject.lowerBound - 1)).contains { tokens[$0].text == "," }
    // ("One resident, Malam Idris Garba, 52,": the description before the name opens the sentence.)
    if !afterQuestion, subject.lowerBound - 2 >= start, tokens[subject.lowerBound - 1].text == ",",
      let description = subjectRange(endingAt: subject.lowerBound - 2, in: sentence), description.lowerBound == start
    {
      subject = start..<subject.upperBound
    }
    guard subject.lowerBound == start || afterQuestion else { return nil }
    // (An age after the name: "Idris Garba, 52,".)
    var lastIndex = subject.upperBound - 1
    if tokens[lastIndex].kind == .number, lastIndex - 2 >= subject.lowerBound, tokens[lastIndex - 1].text == "," {
      lastIndex -= 2
    }
    // (The noun before its relative clause: "A tenant who asked not to be named …".)
    if let who = subject.dropFirst().first(where: { tokens[$0].lower == "who" }) {
      lastIndex = who - 1
      while lastIndex > subject.lowerBound, tokens[lastIndex].kind == .punctuation { lastIndex -= 1 }
    }
    // (The noun before a place or a body: "A driver at the depot put it plainly:"; but a word
    // that opens the sentence must name people: not "Part of the letter was blunt:".)
    // (Before the first comma: "Ana Ruiz, clerk of the parish," is Ana Ruiz.)
    let firstComma = subject.first(where: { tokens[$0].text == "," }) ?? subject.upperBound
    if firstComma < subject.upperBound, firstComma > subject.lowerBound { lastIndex = min(lastIndex, firstComma - 1) }
    if let preposition = subject.dropFirst().first(where: { WordClasses.innerPrepositions.contains(tokens[$0]) }),
      preposition < firstComma, preposition - 1 < lastIndex, tokens[preposition - 1].kind == .word
    {
      lastIndex = preposition - 1
      if lastIndex == start, !looksLikePersonNounOrPlural(tokens[start].lower) { return nil }
    }
    let last = tokens[lastIndex]
    guard
      last.isCapitalized || ["he", "she", "they"].contains(last.lower)
        || looksLikePersonNounOrPlural(last.lower)
    else { return nil }
    var candidate = AttributionExtractor.Candidate(
      cue: verb..<(colon + 1), head: verb, lemma: ":", shape: .verb, nonanswer: nil)
    candidate.source = subject
    candidate.content = trimmedContent((colon + 1)..<sentence.upperBound)
    return candidate
  }

  /// The verbs of a clause that introduces a quotation after a colon ("put it simply", "was
  /// blunt", "summed up the debate").
  static let introducingVerbs: WordSet = [
    "put", "puts", "summed", "sums", "offered", "gave", "struck",
    // ("The singer captioned the photo: '…'".)
    "captioned", "captions",
  ]

  /// What a speaker has for someone before a colon: "had a short answer:", "has a warning for
  /// landlords:".
  static let spokenNouns: WordSet = [
    "answer", "reply", "response", "retort", "message", "warning", "request", "advice", "verdict", "words", "plea",
    "explanation", "prediction", "comment", "question", "suggestion", "reminder", "promise", "challenge",
    "instruction", "instructions", "assessment", "forecast",
  ]

  /// Verbs that end a meeting or a speech with the words after a colon: "closed the hearing
  /// with a promise:".
  static let endingVerbs: WordSet = [
    "closed", "closes", "ended", "ends", "finished", "finishes", "wrapped", "wraps", "opened", "opens",
  ]

  /// "turned down the Gazette's requests for an interview", "refused our request for comment": a
  /// refusal of the outlet's own request, named by its possessive; the index after the phrase.
  /// (Not another party's: "The judge refused the defence's request for an interview with the
  /// witness".)
  func declinedRequest(at i: Int, in sentence: Range<Int>) -> Int? {
    guard ["declined", "declines", "declining", "refused", "refuses", "turned"].contains(tokens[i].lower) else {
      return nil
    }
    var k = i + 1
    if tokens[i].lower == "turned" {
      guard k < sentence.upperBound, tokens[k].lower == "down" else { return nil }
      k += 1
    }
    // The asker: "our", "the Gazette's", "this newspaper's", "Reuters'".
    guard
      let owner = window(k, min(k + 4, sentence.upperBound)).first(where: {
        WordClasses.isPossessive(tokens[$0]) || tokens[$0].lower == "our"
      }),
      (k..<owner).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number }),
      tokens[owner].lower == "our" || namesAnOutlet(k..<(owner + 1))
    else { return nil }
    var n = owner + 1
    func word(_ w: Set<String>) -> Bool {
      guard n < sentence.upperBound, w.contains(tokens[n].lower) else { return false }
      n += 1
      return true
    }
    _ = word(["repeated", "several", "multiple", "written"])
    if word(["interview"]) {
      return word(["request", "requests"]) ? n : nil
    }
    if word(["request", "requests", "invitation"]) {
      if word(["for"]) {
        _ = word(["an", "a"])
        return word(["interview", "comment", "interviews"]) ? n : nil
      }
      if word(["to"]) { return word(["comment"]) ? n : nil }
    }
    return nil
  }

  /// Who a vox pop's label says the speaker is, after the name and a comma ("Dorit Amsel,
  /// pensioner:"), besides the nouns for people the word lists hold.
  static let voxPopNouns: WordSet = [
    "father", "mother", "grandfather", "grandmother", "grandparent", "parent", "son", "daughter", "widow", "widower",
    "pensioner", "retiree", "resident", "neighbour", "neighbor", "shopkeeper", "farmer", "fisherman", "student",
    "teacher", "nurse", "driver", "commuter", "owner", "landlord", "tenant", "volunteer", "voter", "caller",
  ]

  /// The attribution of a speaker's colon: the source before it, what follows it as content.
  func colonAttribution(at colon: Int, source: Range<Int>, in sentence: Range<Int>) -> AttributionExtractor.Candidate {
    var candidate = AttributionExtractor.Candidate(
      cue: colon..<(colon + 1), head: colon, lemma: ":", shape: .verb, nonanswer: nil)
    candidate.source = source
    candidate.content = trimmedContent((colon + 1)..<sentence.upperBound)
    return candidate
  }

  /// Whether a word that opens a colon's label makes it a promotion's or a list's ("Also on the
  /// Ledger:", "Earlier:", "In Photos:"), no speaker's.
  func opensList(_ lead: Token) -> Bool {
    ["also", "previously", "again"].contains(lead.lower) || Self.leadingIntroductions.contains(lead) && !lead.isAllCaps
  }

  /// The headline's colon when no speaker's label reads it (see the comment inside).
  func headlineColon(at colon: Int, in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    // "Renters Crowd Hearing as Board Weighs Fee Cap: 'We Have Nowhere Else to Go'": in the
    // headline, the words before a colon that opens a quotation are its source, whatever they are
    // (PolNeAR marks all 21 such headlines across its sets and ours).
    let start = firstWord(of: sentence)
    guard start < colon, colon + 1 < sentence.upperBound, structure.paragraphOfToken[start] == 0, colon - start <= 14,
      tokens[colon + 1].kind == .quote,
      tokens[colon + 1].quoteRole != .closing, !(start..<colon).contains(where: { tokens[$0].kind == .quote }),
      // (The title: its paragraph's only sentence.)
      sentence.upperBound >= tokens.count || structure.paragraphOfToken[sentence.upperBound] != 0,
      !opensList(tokens[start]),
      colon - start > 3 && !(start..<colon).allSatisfy({ tokens[$0].isAllCaps }) || !isHeadingLabel(start..<colon),
      // (A speaker's own clause before the colon reads it: "Ruiz was blunt:".)
      introducedQuotation(at: colon, in: sentence) == nil
    else { return nil }
    var candidate = colonAttribution(at: colon, source: start..<colon, in: sentence)
    // ("Ruiz calls for reopening the pool by June: …": the name before the headline's verb
    // says who it is.)
    var end = start
    while end < colon, end - start < 4, isProperWord(end) || lexicon.titles.contains(tokens[end]) { end += 1 }
    if end > start, end < colon, tokens[end].kind == .word, !tokens[end].isCapitalized {
      candidate.antecedent = start..<end
    }
    return candidate
  }

  func colonCandidate(at colon: Int, in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    let start = firstWord(of: sentence)
    guard start < colon, colon + 1 < sentence.upperBound else { return nil }
    // ("Also on the Ledger: …", "Earlier: …", "In Photos: …": a promotion's or a list's lead
    // word opens no speaker's label.)
    if opensList(tokens[start]) { return nil }

    // "Lund on the loss: "We were poor."": a name, what it spoke on, and its quotation.
    if colon - start <= 9, tokens[colon + 1].kind == .quote, tokens[colon + 1].quoteRole != .closing,
      let on = (start + 1..<colon).first(where: { tokens[$0].lower == "on" }),
      // ("Coach Dana Holt on her team's performance:": a title may open the name.)
      (start..<on).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
      (start..<on).contains(where: { !lexicon.titles.contains(tokens[$0]) }),
      !(on..<colon).contains(where: { tokens[$0].kind == .quote || tokens[$0].text == "," })
    {
      return colonAttribution(at: colon, source: start..<on, in: sentence)
    }
    // "Kelso head coach Dana Orr: ‘We owe the fans a win.’": a body, a role and a name, with no
    // comma, before a colon that opens a quotation.
    if colon - start > 4, colon - start <= 8, tokens[colon + 1].kind == .quote, tokens[colon + 1].quoteRole != .closing,
      (start..<colon).allSatisfy({ tokens[$0].kind == .word }),
      isProperWord(colon - 1), isProperWord(colon - 2), tokens[start].isCapitalized,
      case let roles = (start..<colon).filter({ !tokens[$0].isCapitalized }), !roles.isEmpty,
      roles.allSatisfy({ isPersonNoun(tokens[$0].lower) || lexicon.titles.contains(tokens[$0]) })
    {
      return colonAttribution(at: colon, source: start..<colon, in: sentence)
    }
    // "Dorit Amsel, pensioner: “…”", "Jonah Pike, mother of three: ‘…’": a vox pop's name and a
    // person's noun before a colon that opens a quotation; "Olu, during the recess: “…”": a name
    // the article has used before, and when it spoke, which is not the source's.
    if colon - start <= 10, tokens[colon + 1].kind == .quote, tokens[colon + 1].quoteRole != .closing,
      let comma = (start..<colon).first(where: { tokens[$0].text == "," }), comma > start, comma + 1 < colon,
      tokens[comma - 1].isCapitalized,
      (start..<comma).allSatisfy({ k in
        tokens[k].kind == .word && !lexicon.titles.contains(tokens[k])
          && (tokens[k].isCapitalized || k > start && tokens[k].lower.count <= 3)
      }),
      !((comma + 1)..<colon).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number }),
      case let lead = tokens[comma + 1], !lead.isCapitalized
    {
      if isPersonNoun(lead.lower) || Self.voxPopNouns.contains(lead), comma - start >= 2 {
        return colonAttribution(at: colon, source: start..<colon, in: sentence)
      }
      if ["after", "before", "during"].contains(lead.lower), comma - start == 1,
        !WordClasses.timeWords.contains(tokens[start]), isKnownName(endingAt: start)
      {
        return colonAttribution(at: colon, source: start..<comma, in: sentence)
      }
    }
    if colon - start > 4 {
      // "Henrietta Vos, who milks 260 cows east of Sallow Ford: “They cut the price…”": a name
      // and its description before a colon that opens a quotation.
      guard colon - start <= 20, tokens[colon + 1].kind == .quote, tokens[colon + 1].quoteRole != .closing,
        let comma = (start..<colon).first(where: { tokens[$0].text == "," }), comma - start >= 2,
        (start..<comma).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
        !(start..<colon).contains(where: { tokens[$0].kind == .quote }),
        // Each comma opens a description, not a clause of its own ("Dana Whitfield, a nurse, was
        // blunter in a statement:", "Rep. Marisa Dunleavy, the top Democrat, put it this way:").
        (comma..<colon).allSatisfy({ k in
          tokens[k].text != ","
            || k + 1 < colon
              && (["who", "whose", "which", "a", "an", "the", "one"].contains(tokens[k + 1].lower)
                || tokens[k + 1].isCapitalized || tokens[k + 1].kind == .number
                || WordClasses.isPossessive(tokens[k + 1]))
        })
      else { return nil }
      return colonAttribution(at: colon, source: start..<colon, in: sentence)
    }
    // "Sources: The Lakers are finalizing a deal": a scoop's unnamed sources before its clause
    // (not a credit line, "Sources: Reuters, company filings", which has no verb).
    if colon == start + 1, ["sources", "source"].contains(tokens[start].lower),
      ((colon + 1)..<sentence.upperBound).contains(where: { isAuxiliary(tokens[$0]) && !tokens[$0].isCapitalized })
    {
      return colonAttribution(at: colon, source: start..<colon, in: sentence)
    }
    // ("JUST WATCHED Obama: …", "MUST WATCH Obama: …": a video player's caption before its
    // title, whose speaker follows.)
    var labelStart = start
    if colon - start >= 3, tokens[start].isAllCaps, tokens[start + 1].isAllCaps,
      ["just watched", "must watch"].contains(tokens[start].lower + " " + tokens[start + 1].lower)
    {
      labelStart = start + 2
    }
    let speaker = labelStart..<colon
    // (Or a headline's role before a quotation: "Co-op chief: Drought relief "too little, too late"".)
    let role =
      tokens[labelStart].isCapitalized
      && speaker.allSatisfy { tokens[$0].kind == .word && !WordClasses.prepositions.contains(tokens[$0]) }
      && (isPersonNoun(tokens[colon - 1].lower) || Self.headlineRoles.contains(tokens[colon - 1]))
      && ((colon + 1)..<sentence.upperBound).contains { tokens[$0].kind == .quote }
    // ("GRETA NAKASHIMA, CALLER:": a transcript's speaker in capitals may carry a role after a comma.)
    let capitalsWithRole =
      speaker.count >= 3 && tokens[labelStart].text == tokens[labelStart].text.uppercased()
      && speaker.allSatisfy { k in
        tokens[k].text == "," ? k > labelStart && k < colon - 1 : tokens[k].text == tokens[k].text.uppercased()
      }
    guard role || capitalsWithRole || speaker.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].text == "." }),
      tokens[colon + 1].kind == .word || tokens[colon + 1].kind == .quote
    else { return nil }
    if isHeadingLabel(speaker) { return nil }
    // ("March 25: …", "Gen.: …": a date, or a title's abbreviation alone, is no speaker.)
    if speaker.contains(where: { tokens[$0].kind == .number })
      && speaker.contains(where: { WordClasses.timeWords.contains(tokens[$0]) })
      || speaker.count == 1 && tokens[labelStart].text.hasSuffix(".") && lexicon.titles.contains(tokens[labelStart])
    {
      return nil
    }
    // "HYDERABAD: The Cyberabad police on Tuesday arrested…": a dateline in capitals opening the
    // story and a report in the third person, not a speaker ("RUIZ: We will fix the roads"),
    // unless the article is a transcript.
    // (A quotation later in the report's sentence leaves it a report: "MADURAI: The Madurai Jasmine
    // Traders' Association has called a shutdown, saying the order would "break a chain"".)
    if structure.paragraphOfToken[start] <= 1, tokens[colon + 1].kind == .word,
      speaker.allSatisfy({ tokens[$0].isAllCaps }),
      !window(colon + 1, min(colon + 8, sentence.upperBound)).contains(where: {
        tokens[$0].kind == .quote || Self.firstAndSecondPersons.contains(tokens[$0])
      }), !isTranscript
    {
      return nil
    }
    // A speaker label is a name, not a clause: a colon after a sentence like "Here is why:" has lower-case words.
    return colonAttribution(at: colon, source: speaker, in: sentence)
  }

  /// What a fact-checker rates: "We rate this claim False".
  static let ratedClaims: WordSet = ["claim", "claims", "statement", "statements", "post", "assertion", "ad", "video"]

  /// Words by which speakers name themselves or those they address.
  static let firstAndSecondPersons: WordSet = [
    "i", "i'm", "i’m", "me", "my", "we", "we're", "we’re", "us", "our", "you", "your", "you're", "you’re",
  ]

  /// "Board member Ilse Carrow — “This is a tax on the people with the fewest options.”": a
  /// speaker's name that opens the sentence, a dash, and the quotation.
  func speakerBeforeDash(at dash: Int, in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    let start = firstWord(of: sentence)
    guard start < dash, dash - start <= 6, dash + 1 < sentence.upperBound, tokens[dash + 1].kind == .quote,
      tokens[dash + 1].quoteRole != .closing, dash - start >= 2,
      tokens[start].isCapitalized, tokens[dash - 1].isCapitalized, tokens[dash - 2].isCapitalized,
      (start..<dash).allSatisfy({ tokens[$0].kind == .word && !WordClasses.prepositions.contains(tokens[$0]) }),
      !isHeadingLabel(start..<dash),
      let quotation = structure.quotations.first(where: { $0.openToken == dash + 1 })
    else { return nil }
    var candidate = AttributionExtractor.Candidate(
      cue: dash..<(dash + 1), head: dash, lemma: "\u{2015}", shape: .verb, nonanswer: nil)
    candidate.source = start..<dash
    candidate.content = trimmedContent(quotation.inner)
    return candidate
  }

  /// Labels before a colon that head a line rather than name a speaker ("Update:", "Editor's
  /// Note:", "Breaking:", "Just Leaked:", "Q:").
  func isHeadingLabel(_ label: Range<Int>) -> Bool {
    // (A year or a number: "2016:".)
    if !label.isEmpty, !label.contains(where: { tokens[$0].text.contains(where: \.isLetter) }) { return true }
    guard let last = label.last(where: { tokens[$0].kind == .word }) else { return false }
    if label.count == 1 && ["q", "a", "by"].contains(tokens[last].lower) { return true }
    // A joining word ("And: …"), an e-mail's header ("From:", "To:", "Cc:").
    if label.count == 1,
      ["and", "or", "but", "from", "to", "cc", "bcc", "subject", "sent", "date"].contains(tokens[last].lower)
    {
      return true
    }
    // A section's heading, not a name: "WHY IT MATTERS:", "THE NUMBERS:", "WHAT'S NEXT:".
    if label.contains(where: { Self.headingFunctionWords.contains(tokens[$0]) }) { return true }
    return Self.headingWords.contains(tokens[last])
  }

  /// Words that no speaker's name holds but a section heading does ("THE BACKSTORY:", "WHY IT
  /// MATTERS:", "WHAT'S NEXT:", "BY THE NUMBERS:").
  static let headingFunctionWords: WordSet = [
    "the", "why", "what", "what's", "what’s", "how", "it", "this", "where", "when", "next", "matters",
    // ("It's Here:", "Oh My:", "Here We Go:": a headline's exclamation.)
    "it's", "it’s", "here", "oh", "my", "we", "uh",
  ]

  /// Roles a headline names its speaker by ("Co-op chief:", "Bank boss:").
  static let headlineRoles: WordSet = [
    "chief", "head", "boss", "president", "director", "leader", "chair", "ceo", "minister", "spokesman",
    "spokeswoman", "spokesperson", "official", "officials",
  ]

  static let headingWords: WordSet = [
    "update", "updated", "note", "correction", "corrections", "related", "watch", "read", "photos", "photo", "video",
    "source", "sources", "breaking", "look", "revealed", "leaked", "exclusive", "contributing", "listen", "excerpt",
    "transcript", "editor's", "editor’s", "warning", "alert", "developing", "opinion", "analysis", "commentary",
    "live", "explainer", "factbox", "timeline", "recap", "updates", "more", "also", "winner", "winners", "loser",
    "losers", "story", "bio", "fact", "facts", "check", "surprise", "disgusting", "shocking", "unbelievable", "wow",
    "boom", "yikes", "ouch", "finally", "busted", "engage", "map", "final", "discuss", "cartoons", "coverage", "in",
    "review", "preview", "interview", "podcast", "q&a",
  ]

  /// "Let's say it costs $1,000", "It goes without saying that", "as they say in London",
  /// "Having said that,", "than, say, a ferry": a set phrase of the writer's, which reports no one.
  func isSetPhrase(head: Int, in sentence: Range<Int>) -> Bool {
    let word = tokens[head].lower
    guard ["say", "saying", "said"].contains(word) else { return false }
    // The words before, whole tokens, apostrophes straightened ("let’s" and "let's").
    func precededBy(_ words: [String]) -> Bool {
      guard head - words.count >= sentence.lowerBound else { return false }
      return words.indices.allSatisfy { n in
        tokens[head - words.count + n].lower.replacingOccurrences(of: "\u{2019}", with: "'") == words[n]
      }
    }
    func after(_ n: Int) -> String { head + n < sentence.upperBound ? tokens[head + n].lower : "" }
    switch word {
    case "say":
      return precededBy(["let's"]) || precededBy(["let", "'s"]) || precededBy(["let", "us"])
        || precededBy(["that", "is", "to"]) || precededBy(["needless", "to"]) || precededBy(["suffice", "it", "to"])
        // ("as they say in London", not "as they say it costs them $4,000")
        || precededBy(["as", "they"])
          && (after(1) == "in"
            || head + 1 < sentence.upperBound
              && tokens[head + 1].kind == .punctuation)
        || precededBy(["so", "to"]) && after(1) == "speak"
        || precededBy(["to"]) && after(1) == "the" && after(2) == "least"
        // ("cheaper than, say, a new bridge": an example offered between commas.)
        || precededBy([","]) && after(1) == ","
    case "saying": return precededBy(["goes", "without"]) || precededBy(["go", "without"])
    // ("Having said that, the plan is sound", "Having said all that,"; not "Having said that he
    // would not run, Ruiz ran".)
    // ("That said, the bypass will not open this year": the phrase that opens the sentence.)
    default:
      return precededBy(["having"])
        && (["that", "this"].contains(after(1)) && after(2) == ","
          || after(1) == "all" && ["that", "this"].contains(after(2)) && after(3) == ",")
        || precededBy(["that"]) && head - 1 == firstWord(of: sentence) && after(1) == ","
    }
  }

  /// "'Mend the fences first.' - Ann Keller, grower": a hyphen with a space on each side, right after a
  /// quotation's closing mark on the same line, is a dash typed as a hyphen. (Not a hyphen that
  /// opens a line, as a credit does: "- Reuters.")
  func isSpacedHyphenAfterQuotation(_ i: Int) -> Bool {
    i > 0 && i + 1 < tokens.count && tokens[i].text == "-" && tokens[i - 1].kind == .quote
      && tokens[i - 1].quoteRole != .opening && tokens[i].newlinesBefore == 0 && tokens[i - 1].end < tokens[i].start
      && tokens[i].end < tokens[i + 1].start
  }

  /// "“He represents our greatest shame.” ― Sonya Herridge": a quotation signed with a dash and a
  /// name that ends the line.
  func dashCandidate(at dash: Int, in sentence: Range<Int>) -> AttributionExtractor.Candidate? {
    if let leading = speakerBeforeDash(at: dash, in: sentence) { return leading }
    // The mark before the dash closes the quotation, whatever role the pairing gave it: a page
    // that opens one quotation with a closing mark ("”Mr. Trump embodies…”") throws the pairing
    // of every mark after it.
    guard dash > 0, tokens[dash - 1].kind == .quote,
      tokens[dash - 1].text != "\"" || tokens[dash - 1].quoteRole == .closing
    else { return nil }
    let quotation = structure.quotations.last(where: { $0.closeToken == dash - 1 })
    let paragraph = structure.paragraphOfToken[dash]
    // (Only a quotation that opens its paragraph, or follows a label and its colon ("Quote of the
    // morning:"): not '"outrageous" — a word she used three times.')
    // ("… open roles. “It is the only thing keeping us sane” — one former designer, in a message
    // to the site.": or one that opens the paragraph's last sentence.)
    if let quotation,
      quotation.openToken == 0 || structure.paragraphOfToken[quotation.openToken - 1] != paragraph
        || tokens[quotation.openToken - 1].text == ":"
        || [".", "!", "?"].contains(tokens[quotation.openToken - 1].text),
      let described = describedSigner(after: dash, paragraph: paragraph)
    {
      var candidate = AttributionExtractor.Candidate(
        cue: dash..<(dash + 1), head: dash, lemma: "\u{2015}", shape: .verb, nonanswer: nil)
      candidate.source = described
      candidate.content = trimmedContent(quotation.inner)
      return candidate
    }
    // "Library hours ‘too short’ – union": a crosshead quotes a word and names its source in
    // lower case after a dash.
    if let quotation, let signer = crossheadSigner(after: dash, paragraph: paragraph) {
      var candidate = AttributionExtractor.Candidate(
        cue: dash..<(dash + 1), head: dash, lemma: "\u{2015}", shape: .verb, nonanswer: nil)
      candidate.source = signer
      candidate.content = trimmedContent(quotation.inner)
      return candidate
    }
    var end = dash + 1
    // ("— Brook Hill grower Ann Keller": a role before the name.)
    while end < tokens.count, end - dash <= 6, structure.paragraphOfToken[end] == paragraph,
      tokens[end].isCapitalized || (tokens[end].text == "." && end > dash + 1 && tokens[end - 1].text.count <= 2)
        || end + 1 < tokens.count && tokens[end].kind == .word && tokens[end + 1].isCapitalized
          && looksLikePersonNoun(tokens[end].lower)
    {
      end += 1
    }
    // "— Division Supervisor Eli Marchetti, speaking at the Fenn Road staging area.": an aside
    // on how the name spoke closes the line; "— Eli Marchetti, division supervisor.": a
    // description of the name does, and belongs to the source.
    var signerEnd: Int?
    // "— Donald J. Trump (@realDonaldTrump) March 3, 2016": an embedded post's signature, its
    // handle and its date after the name.
    if end > dash + 1, end + 1 < tokens.count, tokens[end].text == "(",
      structure.paragraphOfToken[end + 1] == paragraph,
      tokens[end + 1].text.hasPrefix("@")
    {
      var lineEnd = end + 1
      while lineEnd < tokens.count && structure.paragraphOfToken[lineEnd] == paragraph && lineEnd - end <= 12 {
        lineEnd += 1
      }
      if lineEnd >= tokens.count || structure.paragraphOfToken[lineEnd] != paragraph {
        signerEnd = end
        end = lineEnd
      }
    }
    if signerEnd == nil, end > dash + 1, end + 1 < tokens.count, tokens[end].text == ",",
      structure.paragraphOfToken[end + 1] == paragraph
    {
      var lineEnd = end + 1
      while lineEnd < tokens.count && structure.paragraphOfToken[lineEnd] == paragraph && tokens[lineEnd].kind != .quote
      {
        lineEnd += 1
      }
      if lineEnd - end <= 16, lineEnd >= tokens.count || structure.paragraphOfToken[lineEnd] != paragraph {
        let aside = [
          "speaking", "writing", "talking", "asked", "in", "on", "at", "via", "from", "during", "after",
        ].contains(tokens[end + 1].lower)
        signerEnd = end
        if !aside {
          // (Not a work's title and year: "— Ines Varga-Holm, Meltwater (2031)".)
          var e = (end + 1..<lineEnd).first { tokens[$0].text == "(" } ?? lineEnd
          while e > end + 1 && tokens[e - 1].kind == .punctuation { e -= 1 }
          signerEnd = e
        }
        end = lineEnd
      }
    }
    // The name must close its line (a full stop may follow), or stand before the next signed
    // quotation where a page's paragraphs were run together ("― Ana Lucero “The next one…").
    if end < tokens.count, structure.paragraphOfToken[end] == paragraph, tokens[end].text == "." { end += 1 }
    guard end > dash + 1, (signerEnd.map { _ in 0 } ?? end - dash) <= 7,
      end >= tokens.count || structure.paragraphOfToken[end] != paragraph
        || (tokens[end].kind == .quote && tokens[end].text != "\"")
    else { return nil }
    var nameEnd = signerEnd ?? end
    while nameEnd > dash + 1 && tokens[nameEnd - 1].kind == .punctuation { nameEnd -= 1 }
    guard nameEnd > dash + 1 else { return nil }
    var candidate = AttributionExtractor.Candidate(
      cue: dash..<(dash + 1), head: dash, lemma: "\u{2015}", shape: .verb, nonanswer: nil)
    candidate.source = (dash + 1)..<nameEnd
    if let quotation {
      candidate.content = trimmedContent(quotation.inner)
    } else {
      // Without a paired quotation, the signed text runs from the paragraph's first quote mark.
      var open = dash - 2
      while open >= 0 && structure.paragraphOfToken[open] == paragraph { open -= 1 }
      open += 1
      while open < dash - 1 && tokens[open].kind != .quote { open += 1 }
      candidate.content = trimmedContent((min(open + 1, dash - 1))..<(dash - 1))
    }
    return candidate
  }

  /// The subject of the main clause after an opening phrase: the noun phrase after the first
  /// comma outside quotations ("Citing a new poll, the senator said" → "the senator"), when a
  /// word follows it; adverbs set off there are skipped ("…, however, Trump said").
  func subjectAfterOpeningPhrase(from start: Int, in sentence: Range<Int>, hops: Int = 0) -> (Range<Int>, comma: Int)? {
    var k = start
    while k < sentence.upperBound {
      let t = tokens[k]
      if t.kind == .quote { return nil }
      if t.text == "," { break }
      if t.kind == .punctuation && t.text != "-" && t.text != "'" && t.text != "&" && t.text != "$" && t.text != "%" {
        return nil
      }
      k += 1
    }
    guard k < sentence.upperBound, k > start else { return nil }
    // ("Citing research by the Center for Immigration Studies, a group that advocates for lower
    // immigration, Miller said": an appositive inside the opening phrase, with its relative clause.)
    if hops < 2, k + 2 < sentence.upperBound, ["a", "an"].contains(tokens[k + 1].lower),
      let relative = window(k + 2, min(k + 6, sentence.upperBound)).first(where: {
        ["that", "which", "who"].contains(tokens[$0].lower) || tokens[$0].text == ","
      }), tokens[relative].text != ","
    {
      return subjectAfterOpeningPhrase(from: relative, in: sentence, hops: hops + 1)
    }
    var first = k + 1
    // "…, however, Trump said".
    while first + 1 < sentence.upperBound, WordClasses.isAdverbLike(tokens[first]) || tokens[first].lower == "however",
      tokens[first + 1].text == ","
    {
      first += 2
    }
    guard first < sentence.upperBound, startsNounPhrase(tokens[first]),
      let subject = leadingSubject(of: first..<sentence.upperBound, before: sentence.upperBound),
      subject.upperBound < sentence.upperBound, tokens[subject.upperBound].kind == .word
    else { return nil }
    return (subject, k)
  }

  /// "according to X", "citing X".
  func prepositionalCandidate(at i: Int, length: Int, lemma: String, in sentence: Range<Int>)
    -> AttributionExtractor.Candidate?
  {
    let after = i + length
    guard after < sentence.upperBound else { return nil }
    if lemma == "per" {
      // "per" cites only before a name, a determiner or sources ("Per league sources,"), and
      // never in "per cent", "per year".
      let next = tokens[after]
      // (A plural: "per employee" is a rate; one employee is an anonymous head.)
      let sources = window(after, min(after + 3, sentence.upperBound)).contains {
        lexicon.anonymousHeads.contains(tokens[$0]) && tokens[$0].lower.hasSuffix("s")
      }
      // ("Per figures from the rail regulator", "Per data from the ski federation": a document's
      // plural.)
      let documents =
        (next.lower.hasSuffix("s") || next.lower == "data")
        && lexicon.documentHeads.match(at: after, limit: after + 1, tokens: tokens) != nil
      guard next.isCapitalized || WordClasses.determiners.contains(next) || sources || documents else { return nil }
      // ("Museum director Per Hallström said", "Per Kristian Gjerde could not be reached": a first
      // name, capitalised inside the sentence, or opening it before a name its verb follows; not
      // "Per Reuters, the talks…", "Per SpinCount data,".)
      if tokens[i].text == "Per", next.isCapitalized, next.kind == .word {
        if i != firstWord(of: sentence) { return nil }
        var k = after
        while k < sentence.upperBound, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        if k < sentence.upperBound,
          isAuxiliary(tokens[k]) || lexicon.cueVerbs.match(at: k, limit: sentence.upperBound, tokens: tokens) != nil
        {
          return nil
        }
      }
      // ("$400 per FEU", "two per Member State": a rate's unit after an amount.)
      if i > sentence.lowerBound, tokens[i - 1].kind == .number || WordClasses.numberWords.contains(tokens[i - 1]) {
        return nil
      }
    }
    // ("evaluated strictly according to procurement regulations", "done according to plan": in
    // keeping with rules, not citing them.)
    if lemma == "according to", followsRules(at: i, in: sentence) { return nil }
    // Sentence-initial "According to X, the ..." ends the source at the comma.
    let atStart = isClauseStart(i, in: sentence)
    guard var source = phraseAfter(after, in: sentence, allowVerbsInside: false, appositives: !atStart) else {
      return nil
    }
    // ("According to Dana Whitlock, the board's chair, the flood was": an appositive closed by a
    // second comma still describes the source; not "According to Ruiz, the council would lose the vote".)
    // (A name's: "According to the audit, the prime contractor, Hollin Ltd, has" opens the clause.)
    // (Nor one a name follows: "According to the Lottery Board, the grantee, Mossgiel Trust, has
    // spent": the description with its name opens the clause.)
    if atStart, tokens[source.upperBound - 1].isCapitalized,
      let close = closedAppositive(after: source.upperBound, in: sentence),
      namedAppositive(after: close, in: sentence) == nil
    {
      source = source.lowerBound..<close
    }
    // ("According to a letter the association wrote to hospital management on 3 March, the
    // hospital owes": the document's own clause, up to the comma.)
    if atStart, source.upperBound < sentence.upperBound,
      let head = contactClauseOfDocument(verb: source.upperBound, in: sentence), source.contains(head),
      let comma = window(source.upperBound, min(source.upperBound + 14, sentence.upperBound)).first(where: {
        tokens[$0].text == ","
      }),
      (source.upperBound..<comma).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number })
    {
      source = source.lowerBound..<comma
    }
    // ("According to the town's finance director, Carmen Ybarra, the levy": a role closed by the
    // name of the one who holds it; not a name the clause goes on to describe, "According to the
    // authors, Jason Altmire, a former congressman, was".)
    if atStart, case let role = tokens[source.upperBound - 1], !role.isCapitalized,
      lexicon.titles.contains(role) || WordClasses.personRoles.contains(role),
      let close = namedAppositive(after: source.upperBound, in: sentence),
      close - source.upperBound <= 4, !["a", "an", "who", "whose"].contains(tokens[close + 1].lower)
    {
      source = source.lowerBound..<close
    }
    // ("According to a report in the Recife daily Jornal do Capibaribe, LdN cut": a report with
    // the paper or the body it appeared in or came from, up to the comma, as PolNeAR spans "a
    // report in the Des Moines Register".)
    if atStart, source.upperBound + 2 < sentence.upperBound,
      ["in", "by", "from"].contains(tokens[source.upperBound].lower),
      lexicon.documentHeads.match(at: source.upperBound - 1, limit: source.upperBound, tokens: tokens) != nil,
      let comma = window(source.upperBound, min(source.upperBound + 12, sentence.upperBound)).first(where: {
        tokens[$0].text == ","
      }),
      ((source.upperBound + 1)..<comma).contains(where: { tokens[$0].isCapitalized }),
      ((source.upperBound + 1)..<comma).allSatisfy({
        (tokens[$0].kind == .word || tokens[$0].kind == .number) && !WordClasses.timeWords.contains(tokens[$0])
      })
    {
      source = source.lowerBound..<comma
    }
    // ("According to two officials in the Region's environment department, the calendar": people
    // with where they work, up to the comma.)
    // ("According to sources on the board", "According to a report to cabinet": or a document with
    // whom it went to.)
    if atStart, source.upperBound + 2 < sentence.upperBound,
      case let next = tokens[source.upperBound].lower,
      tokens[source.upperBound - 1].kind == .word, !tokens[source.upperBound - 1].isCapitalized,
      ["in", "at", "from", "with", "inside", "within", "on"].contains(next)
        && looksLikePersonNounOrPlural(tokens[source.upperBound - 1].lower)
        || next == "to"
          && lexicon.documentHeads.match(at: source.upperBound - 1, limit: source.upperBound, tokens: tokens) != nil,
      let comma = window(source.upperBound, min(source.upperBound + 10, sentence.upperBound)).first(where: {
        tokens[$0].text == ","
      }),
      ((source.upperBound + 1)..<comma).allSatisfy({
        tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) && !WordClasses.timeWords.contains(tokens[$0])
          && lexicon.cueVerbs.match(at: $0, limit: comma, tokens: tokens) == nil
      })
    {
      source = source.lowerBound..<comma
    }
    // ("According to a zoning order issued in May by the county, the yard": a document's
    // participle keeps its time and its maker, up to the comma.)
    if source.count >= 2, case let participle = tokens[source.upperBound - 1],
      participle.lower.hasSuffix("ed") || Self.irregularPasts.contains(participle),
      lexicon.documentHeads.match(at: source.upperBound - 2, limit: source.upperBound - 1, tokens: tokens) != nil,
      source.upperBound < sentence.upperBound,
      WordClasses.prepositions.contains(tokens[source.upperBound])
        || WordClasses.timeWords.contains(tokens[source.upperBound])
    {
      var end = source.upperBound
      while end < sentence.upperBound, end - source.upperBound < 12,
        tokens[end].kind == .word || tokens[end].kind == .number || tokens[end].text == "&",
        WordClasses.prepositions.contains(tokens[end]) || !WordClasses.clauseBoundaries.contains(tokens[end]),
        !["and", "or", "but", "to"].contains(tokens[end].lower), !isAuxiliary(tokens[end]) || tokens[end].isCapitalized,
        lexicon.cueVerbs.match(at: end, limit: end + 1, tokens: tokens) == nil
      {
        end += 1
      }
      if end < sentence.upperBound, tokens[end].kind == .punctuation, end - source.upperBound < 12 {
        source = source.lowerBound..<end
      }
    }
    if atStart, let comma = qualifiedCitationEnd(after: source, in: sentence) { source = source.lowerBound..<comma }
    if !atStart, let list = documentList(after: source, in: sentence) { source = list }
    var candidate = AttributionExtractor.Candidate(
      cue: i..<after, head: i, lemma: lemma, shape: .preposition, nonanswer: nil)
    // ("According to two people who attended the meeting, the two": unnamed people and who they
    // are, before the comma, at the start too.)
    let qualifiedAtStart =
      atStart && source.upperBound < sentence.upperBound && tokens[source.upperBound].lower == "who"
    candidate.source = withoutScene(
      atStart && !qualifiedAtStart ? source : describedSource(source, in: sentence))
    // Content: the clause the citation is attached to.
    if atStart {
      var start = source.upperBound
      while start < sentence.upperBound && tokens[start].kind == .punctuation { start += 1 }
      candidate.content = trimmedContent(start..<sentence.upperBound)
    } else {
      candidate.content = trimmedContent(clauseStart(before: i, in: sentence)..<i)
    }
    return candidate
  }

  /// "According to a trustee briefing memo from May, the firm", "According to a report circulated
  /// to members of the district last week, the bid": after a citation that opens its sentence,
  /// what qualifies it (a time, a place, a maker, opened by a preposition, a time word or a
  /// participle) runs to the first comma, as PolNeAR spans it; the comma's index, or nil when a
  /// verb, a pronoun or a conjunction stands before it.
  func qualifiedCitationEnd(after source: Range<Int>, in sentence: Range<Int>) -> Int? {
    let start = source.upperBound
    guard start < sentence.upperBound, tokens[start].kind == .word, !tokens[start].isCapitalized,
      WordClasses.prepositions.contains(tokens[start]) || WordClasses.timeWords.contains(tokens[start])
        || tokens[start].lower.hasSuffix("ed"),
      let comma = window(start, min(start + 14, sentence.upperBound)).first(where: { tokens[$0].text == "," }),
      comma + 1 < sentence.upperBound
    else { return nil }
    let fits = (start..<comma).allSatisfy { k in
      let t = tokens[k]
      return isPhraseWord(t)
        // (A month is no modal: "from May".)
        && (!isAuxiliary(t) || t.isCapitalized && WordClasses.timeWords.contains(t))
        && !WordClasses.beVerbs.contains(t)
        && !["that", "who", "which", "and", "but", "or", "if", "when", "because"].contains(t.lower)
        && (lexicon.cueVerbs.match(at: k, limit: comma, tokens: tokens) == nil || t.lower.hasSuffix("ed"))
    }
    return fits ? comma : nil
  }

  /// "according to autopsy reports, jail logs and incident reports obtained by the Ledger": a
  /// list of documents after the first, each of a few words ending in a document's noun, the last
  /// after "and" or "or"; the whole list, or nil.
  func documentList(after first: Range<Int>, in sentence: Range<Int>) -> Range<Int>? {
    func isDocument(_ k: Int) -> Bool {
      tokens[k].kind == .word && !tokens[k].isCapitalized
        && lexicon.documentHeads.match(at: k, limit: k + 1, tokens: tokens) != nil
    }
    guard first.upperBound < sentence.upperBound, tokens[first.upperBound].text == ",", isDocument(first.upperBound - 1)
    else { return nil }
    var k = first.upperBound + 1
    var itemStart = k
    while k < min(sentence.upperBound, first.upperBound + 16) {
      let t = tokens[k]
      if t.text == "," || ["and", "or"].contains(t.lower) {
        guard k > itemStart, k - itemStart <= 4, isDocument(k - 1) else { return nil }
        if t.text == ",", k + 1 < sentence.upperBound, ["and", "or"].contains(tokens[k + 1].lower) { k += 1 }
        if ["and", "or"].contains(tokens[k].lower) {
          guard let last = phraseAfter(k + 1, in: sentence, allowVerbsInside: false, appositives: false),
            let noun = headPhrase(last).last(where: { tokens[$0].kind == .word }), isDocument(noun)
          else { return nil }
          return first.lowerBound..<last.upperBound
        }
        k += 1
        itemStart = k
        continue
      }
      guard t.kind == .word, !isAuxiliary(t), !WordClasses.clauseBoundaries.contains(t) else { return nil }
      k += 1
    }
    return nil
  }

  /// The end of a short noun phrase set off by two commas from `comma` ("…, the board's chair,"),
  /// opened by an article or a possessive and holding no verb; with `needsRole`, a role or a
  /// person's noun among its words.
  func closedAppositive(after comma: Int, in sentence: Range<Int>, needsRole: Bool = true) -> Int? {
    guard comma + 2 < sentence.upperBound, tokens[comma].text == ",",
      ["the", "a", "an", "its", "his", "her", "their"].contains(tokens[comma + 1].lower)
    else { return nil }
    var k = comma + 2
    // (A role or a person's noun: not "According to Ruiz, the plan, which was drafted in May, will".)
    var role = !needsRole
    while k < min(sentence.upperBound, comma + 9) {
      let t = tokens[k]
      if t.text == "," { return role && k + 1 < sentence.upperBound && tokens[k + 1].kind == .word ? k : nil }
      if lexicon.titles.contains(t) || WordClasses.personRoles.contains(t) || looksLikePersonNoun(t.lower)
        || ExtractionContext.spokesWords.contains(t)
      {
        role = true
      }
      // (Not "According to Pell, the two traded insults, and": a verb after a noun.)
      guard t.kind == .word || t.text == "'s" || t.text == "\u{2019}s", !isAuxiliary(t),
        !WordClasses.subjectPronouns.contains(t),
        !(t.lower.hasSuffix("ed") && k > comma + 2 && !WordClasses.determiners.contains(tokens[k - 1])),
        lexicon.cueVerbs.match(at: k, limit: sentence.upperBound, tokens: tokens) == nil
          || lexicon.nounForms.contains(t)
      else { return nil }
      k += 1
    }
    return nil
  }

  /// For ", Mossgiel Trust, has spent": the index of the comma that closes a name of at most
  /// four capitalised words set off after `comma`, when words follow it; nil otherwise.
  func namedAppositive(after comma: Int, in sentence: Range<Int>) -> Int? {
    guard comma + 2 < sentence.upperBound, tokens[comma].text == ",", tokens[comma + 1].isCapitalized,
      !WordClasses.determiners.contains(tokens[comma + 1]),
      let close = window(comma + 2, min(comma + 6, sentence.upperBound)).first(where: { tokens[$0].kind != .word }),
      tokens[close].text == ",", close + 1 < sentence.upperBound, tokens[close + 1].kind == .word,
      ((comma + 1)..<close).allSatisfy({ tokens[$0].isCapitalized || Self.lowercaseNameWords.contains(tokens[$0]) })
    else { return nil }
    return close
  }

  /// "according to a lawsuit filed in Manhattan by Yulia Tymoshenko", "according to three
  /// people briefed on the talks", "a New York Times/CBS News survey": after a citation at the end
  /// of a clause, the phrase runs on to the next comma or the sentence's end when no verb of its
  /// own stands in the way.
  func describedSource(_ source: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
    var end = source.upperBound
    // ("according to two people who have read it": a relative clause that qualifies the unnamed.)
    var qualified = false
    while end < sentence.upperBound {
      let t = tokens[end]
      if t.kind == .quote || (t.kind == .punctuation && t.text != "/" && t.text != "&" && t.text != "-") { break }
      if t.lower == "who", end == source.upperBound,
        lexicon.anonymityQualifiers.firstMatch(in: window(end, min(end + 8, sentence.upperBound)), tokens: tokens)?
          .index
          == end
      {
        qualified = true
      }
      // ("according to two employees who were there": unnamed people, and who they are.)
      // (Not "the professor who chaired the panel": one the article knows.)
      if t.lower == "who", end == source.upperBound, end - 1 > source.lowerBound, !tokens[end - 1].isCapitalized,
        looksLikePersonNounOrPlural(tokens[end - 1].lower),
        !["the", "this", "that", "these", "those"].contains(tokens[source.lowerBound].lower),
        !WordClasses.isPossessive(tokens[source.lowerBound])
      {
        qualified = true
      }
      // ("according to OutageWatch, a site that tracks service disruptions": an appositive's
      // relative clause describes the source, as PolNeAR keeps it after "said X, a Y who".)
      if ["who", "that", "which"].contains(t.lower), end == source.upperBound,
        let comma = source.last(where: { tokens[$0].text == "," }), end - comma <= 5,
        describesSource(noun: end - 1)
      {
        qualified = true
      }
      // (A month is no verb: "released in May by the auditor's office"; nor a document's participle:
      // "a notice posted Monday by the Government Accountability Office".)
      if !qualified, !(t.isCapitalized && WordClasses.timeWords.contains(t)),
        !describesDocument(participle: end, in: sentence),
        WordClasses.beVerbs.contains(t) || Self.leadingStops.contains(t) || WordClasses.subordinators.contains(t)
          || lexicon.cueVerbs.match(at: end, limit: sentence.upperBound, tokens: tokens) != nil
      {
        return source
      }
      end += 1
      if end - source.upperBound > 15 { return source }
    }
    // Only up to a comma or the end of the sentence: a phrase cut short by anything else stays as found.
    guard end == sentence.upperBound || tokens[end].text == "," || tokens[end].text == "." || tokens[end].text == ";"
    else { return source }
    return source.lowerBound..<end
  }

  /// Whether the noun at `k` can name who speaks: a person, a body, an outlet, a document or a
  /// service that publishes ("a site", "a tool"), not an event ("a move", "a decision").
  /// Whether a document's noun at `d` has its own participle before `end` ("a memo circulated to
  /// council members", "a report published by the auditor"), so that a date after it is the
  /// document's.
  func isDatedDocument(at d: Int, before end: Int) -> Bool {
    guard !tokens[d].isCapitalized, lexicon.documentHeads.match(at: d, limit: d + 1, tokens: tokens) != nil,
      d + 1 < end
    else { return false }
    let next = tokens[d + 1]
    if next.lower.hasSuffix("ed") && !next.isCapitalized { return true }
    return ((d + 1)..<end).contains { Self.documentParticiples.contains(tokens[$0]) }
  }

  func describesSource(noun k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word else { return false }
    return looksLikePersonNounOrPlural(t.lower)
      || lexicon.organizationHeads.match(at: k, limit: k + 1, tokens: tokens) != nil
      || lexicon.outletHeads.match(at: k, limit: k + 1, tokens: tokens) != nil
      || lexicon.documentHeads.match(at: k, limit: k + 1, tokens: tokens) != nil
      || lexicon.companyNouns.contains(t.lower)
      || ["site", "tool", "service", "tracker", "platform", "app", "project", "database", "index"].contains(t.lower)
  }

  /// The first word token of a sentence (after any opening quote).
  func firstWord(of sentence: Range<Int>) -> Int {
    var k = sentence.lowerBound
    while k < sentence.upperBound && tokens[k].kind != .word && tokens[k].kind != .number { k += 1 }
    return k
  }

  /// Whether only a conjunction or punctuation stands between the sentence start and `i`.
  func isClauseStart(_ i: Int, in sentence: Range<Int>) -> Bool {
    var k = sentence.lowerBound
    while k < i {
      let t = tokens[k]
      if t.kind == .quote || t.kind == .punctuation || ["and", "but", "so", "yet"].contains(t.lower) {
        k += 1
        continue
      }
      return false
    }
    return true
  }

  /// "X said", "said X", "X has long said", "it was reported".
  func verbCandidate(
    at i: Int, length: Int, lemma: String, in sentence: Range<Int>, earlier: [AttributionExtractor.Candidate],
    learned: Bool = false
  ) -> AttributionExtractor.Candidate? {
    let form = tokens[i..<(i + length)].map(\.lower).joined(separator: " ")
    let after = i + length
    let next: Token? = after < sentence.upperBound ? tokens[after] : nil
    let previous: Token? = i > sentence.lowerBound ? tokens[i - 1] : nil

    // A capitalised cue word mid-sentence is a name ("The Washington Post", "United States").
    if tokens[i].isCapitalized && i != firstWord(of: sentence) { return nil }
    if isNoSpeech(i..<after, in: sentence) { return nil }
    // ("Former charge nurse Joanne Pruitt sued": a post's first word, not a charge made.)
    if tokens[i].lower == "charge", after < sentence.upperBound,
      ["nurse", "nurses", "hand", "hands", "sheet", "sheets"].contains(tokens[after].lower)
    {
      return nil
    }
    // ("had warned the railway in writing that": the manner, not a cue of its own.)
    if form == "writing", previous?.lower == "in" { return nil }
    // ("State inspection reports show", "two inspection reports attached as exhibits", "not
    // supported by any inspection record": the second noun of a compound after a document's noun,
    // with a verb, a conjunction or nothing after it; not "The inspection reports that", "The
    // incident report lists 14 calls".)
    if ["reports", "report", "records", "record", "notes", "lists"].contains(form), let previous,
      Self.reportModifiers.contains(previous), !previous.isCapitalized || i - 1 == firstWord(of: sentence),
      next.map({ next in
        next.kind == .punctuation && !startsWithCurrencySymbol(next) || next.kind == .quote || isAuxiliary(next)
          || WordClasses.beVerbs.contains(next)
          || ["and", "or"].contains(next.lower) || WordClasses.prepositions.contains(next)
          || next.kind == .word && !next.isCapitalized && next.lower.hasSuffix("ed")
          || lexicon.cueVerbs.match(at: after, limit: after + 1, tokens: tokens) != nil
      }) ?? true
    {
      return nil
    }
    // Forms that are also nouns count only after something that can end a subject:
    // "Trump claims", "officials say", not "the claims", "his calls", "unsubstantiated claims".
    if lexicon.nounForms.contains(form), let previous {
      // ("A study of rural districts found", "A review of minutes from 2031 found": a document's
      // finding after any plural noun or year; the source must still prove a document.)
      let findingAfterNoun =
        form == "found"
        && (previous.kind == .number
          || previous.kind == .word && previous.lower.count > 3 && previous.lower.hasSuffix("s")
            && !isAuxiliary(previous) && !WordClasses.isAdverbLike(previous))
      // ("Records obtained through a public records request show": a subject that a document's
      // noun opens, whatever word ends it.)
      let documentLed =
        ["show", "shows", "found"].contains(form) && previous.kind == .word && !previous.isCapitalized
        && subjectRange(endingAt: i - 1, in: sentence).map { found in
          // ("A survey of 412 members carried out by the union last month found": or the whole
          // subject the phrase found is part of.)
          [found, modifiedSubject(before: i, instead: found, in: sentence)].contains { r in
            guard let r else { return false }
            // ("Internal emails obtained by the station show": one modifier may stand before it,
            // a word or a number: "The 1998 survey of the reef by two divers found".)
            let first = r.first { !WordClasses.determiners.contains(tokens[$0]) } ?? r.lowerBound
            return [first, first + 1].contains { k in
              // (A head of two words too: "A third-party quality check found".)
              k + 1 < r.upperBound && lexicon.documentHeads.match(at: k, limit: r.upperBound, tokens: tokens) != nil
                && (k == first || tokens[first].kind == .word || tokens[first].kind == .number)
            }
              // ("An Auditor General's report published last month found": a document's noun with its
              // participle after it, however its owner is named.)
              || r.dropLast().contains { k in
                (Self.documentParticiples.contains(tokens[k + 1]) || tokens[k + 1].lower == "laid")
                  && !tokens[k].isCapitalized && lexicon.documentHeads.match(at: k, limit: k + 1, tokens: tokens) != nil
              }
          }
        } == true
      // ("The minutes from March 2031 show": a date's year ends the subject; not "the 2031 show",
      // nor a year that modifies the next noun, "The union's June 2030 demands".)
      let datedSubject =
        ["show", "shows", "found"].contains(form)
        && previous.kind == .number && isYear(previous) && i - 2 >= sentence.lowerBound
        && (tokens[i - 2].isCapitalized && WordClasses.timeWords.contains(tokens[i - 2])
          // ("The annual report for 2024 shows", "The audit of 2023 accounts found": the year a
          // document covers.)
          || ["for", "of", "from"].contains(tokens[i - 2].lower) && i - 3 >= sentence.lowerBound
            && lexicon.documentHeads.match(at: i - 3, limit: i - 2, tokens: tokens) != nil)
      let subjectEnd =
        findingAfterNoun || documentLed || datedSubject
        || (previous.kind == .word
          && (previous.isCapitalized || lexicon.pronouns.contains(previous)
            || isNounPhraseEnd(previous) || WordClasses.isAdverbLike(previous)))
        || previous.kind == .quote || previous.text == ","
        // ("…, or so says the mayor": "so" after "or", a comma or a dash, with the speaker after.)
        || previous.lower == "so" && i - 2 >= sentence.lowerBound
          && (tokens[i - 2].lower == "or" || tokens[i - 2].text == "," || ExtractionContext.isDash(tokens[i - 2]))
        // ("denies the report but says an audit will follow": a second verb whose subject is the
        // first's, when a cue stands before it in the sentence.)
        || form == "says" && ["but", "and"].contains(previous.lower)
          && earlier.contains(where: { sentence.contains($0.cue.lowerBound) && $0.cue.upperBound < i })
        // ("The memo warns that … and notes that": so for any such verb before "that" after a cue
        // in the same tense; not "rejected the reports and claims that", a noun.)
        || next?.lower == "that" && ["but", "and"].contains(previous.lower)
          && earlier.contains(where: {
            sentence.contains($0.cue.lowerBound) && $0.cue.upperBound < i && $0.source != nil
              && tokens[$0.head].lower.hasSuffix("s") && !tokens[$0.head].lower.hasSuffix("ss")
          })
        // ("the authors note that": people, then what they say.)
        // ("Commercial drift gillnetters estimate the run is worth": or an article that opens it.)
        || previous.kind == .word && !previous.isCapitalized && previous.lower.hasSuffix("s")
          && looksLikePersonNounOrPlural(previous.lower)
          && (next?.lower == "that"
            || !previous.lower.hasSuffix("ss") && next.map { WordClasses.determiners.contains($0) } == true)
      if !subjectEnd || WordClasses.determiners.contains(previous) || previous.lower.hasSuffix("'s")
        || previous.lower.hasSuffix("\u{2019}s")
      {
        return nil
      }
    }
    if givesWithholdingReason(i..<after, in: sentence) { return nil }
    if describesSubject(participle: i, in: sentence) || modifiesNoun(participle: i, in: sentence) { return nil }
    if isPostingToAPlace(i, in: sentence) { return nil }
    if form == "disputes", isDisputesNoun(at: i, in: sentence) { return nil }
    // ("despite repeated attempts", "did not answer repeated calls", "Trump's repeated calls to
    // ban": an adjective before the tries, where "He repeated calls for calm" repeats them.)
    if form == "repeated", let previous, let next, Self.triesToReach.contains(next), !previous.isCapitalized,
      !lexicon.pronouns.contains(previous)
    {
      return nil
    }
    // ("ignored repeated complaints", "amid repeated warnings": after a verb or a preposition, an
    // adjective before any plural.)
    if repeatsAsAdjective(at: i, in: sentence) { return nil }
    // "a group called Color of Change": a name follows a common noun.
    // (Not when a label follows the name: "One of the doctors called Oz a quack".)
    // (Nor before a possessive: "A ministry spokeswoman called Holt's remarks 'political weather'".)
    if lemma == "call", tokens[i].lower == "called", let previous, let next, next.isCapitalized,
      !WordClasses.isPossessive(next),
      previous.kind == .word, !previous.isCapitalized, !lexicon.pronouns.contains(previous),
      !labelFollowsName(at: i + length, in: sentence)
    {
      return nil
    }
    // ("drew a sharp reply", "an improbable remark": a noun after "a" and one word; "the
    // district's reply": a noun after a possessive, which "he's said" is not.)
    if length == 1,
      isNounAfterIndefinite(i..<after, in: sentence) || isFixedNounPhrase(at: i, in: sentence)
        || isNounUse(at: i, in: sentence)
    {
      return nil
    }
    // "Other researchers urged caution", "experts urge caution": a bare form right after a verb of
    // saying is its object.
    // (Not after a plural noun: "State inspection reports describe".)
    if length == 1, isBareForm(tokens[i]), i > sentence.lowerBound, tokens[i - 1].kind == .word,
      tokens[i - 1].lower.hasSuffix("ed") || isBareForm(tokens[i - 1]) && !lexicon.nounForms.contains(tokens[i - 1]),
      lexicon.cueVerbs.match(at: i - 1, limit: i, tokens: tokens) != nil
    {
      return nil
    }
    // (Not a past after a name that ends in "'s": "St. Brendan's posted", "Macy's said".)
    if length == 1, let previous, WordClasses.isPossessive(previous), isBareForm(tokens[i]) { return nil }
    // ("the city's estimated 3.8 lakh street dogs", "the agency's reported figures": a participle
    // between a possessive and its noun.)
    // (Not a firm's name in "'s": "Macy's posted on its website".)
    if length == 1, let previous, let next, WordClasses.isPossessive(previous), tokens[i].lower.hasSuffix("ed"),
      next.kind == .number
        || !previous.isCapitalized && next.kind == .word && !next.isCapitalized && next.lower != "that"
          && !WordClasses.determiners.contains(next) && !WordClasses.subjectPronouns.contains(next)
    {
      return nil
    }
    // Infinitives ("wanted to say") and nouns after a determiner ("the said").
    if let previous,
      previous.lower == "to"
        || WordClasses.determiners.contains(previous) && length == 1
          && !lexicon.pronouns.contains(previous) && !Self.standaloneDeterminers.contains(previous)
    {
      return nil
    }
    // ("a hastily called news conference", "the widely reported warning": a participle between an
    // article, an adverb and its noun.)
    if let previous, length == 1, tokens[i].lower.hasSuffix("ed"), WordClasses.isAdverbLike(previous),
      previous.lower.hasSuffix("ly"), i - 2 >= sentence.lowerBound, ["a", "an", "the"].contains(tokens[i - 2].lower)
    {
      return nil
    }
    if length == 1, modifiesNounAfterPossessive(participle: i, in: sentence) { return nil }
    // Aspectual uses: "continued to", "went on to", "added to".
    if let next, next.lower == "to",
      [
        "continue", "go on", "add", "call", "promise", "vow", "pledge", "hope", "expect", "agree", "fear", "charge",
        "remind", "refuse", "state", "threaten",
      ].contains(lemma)
    {
      return nil
    }
    // ("went on strike", "went on sabbatical": no words said; but "went on the record", "went on
    // a rant about".)
    if lemma == "go on", let next, Self.absences.contains(next) { return nil }
    // ("the expansion would add four seasonal jobs": a count of things, not "added one caveat".)
    if lemma == "add", let next,
      isAmount(at: i + length, in: sentence) || ["a", "an", "the", "more", "new", "up", "another"].contains(next.lower)
        || next.lower != "one" && WordClasses.numberWords.contains(next)
    {
      return nil
    }
    // ("a retired coxswain who helped write the plan": a hand in drafting it, nothing said.)
    if lemma == "write", let previous,
      Self.helpForms.contains(previous)
        || previous.lower == "to" && i - 2 >= sentence.lowerBound && Self.helpForms.contains(tokens[i - 2])
    {
      return nil
    }
    // ("demanded KSh5,000 at the gate": money asked for.)
    if lemma == "demand", isAmount(at: i + length, in: sentence) { return nil }
    // "warning" as a noun: before the noun it modifies ("staged two warning strikes", "ignored the
    // warning signs"), or after its own modifier ("the 2032 warning", "last week's profit
    // warning", "a brake warning on approach"); "is warning voters", "officials warning that"
    // stay verbs.
    if lemma == "warn", tokens[i].lower == "warning" {
      if let next, Self.warningNouns.contains(next) { return nil }
      if let previous, next?.lower != "that",
        WordClasses.determiners.contains(previous) || WordClasses.isPossessive(previous) || previous.kind == .number
          || previous.kind == .word && !previous.isCapitalized && !isAuxiliary(previous)
            && !WordClasses.beVerbs.contains(previous) && !WordClasses.isAdverbLike(previous)
            && !lexicon.pronouns.contains(previous) && !WordClasses.prepositions.contains(previous)
            && !WordClasses.clauseBoundaries.contains(previous) && !looksLikePersonNounOrPlural(previous.lower)
            && !isNounPhraseEnd(previous) && !Self.startingVerbs.contains(previous)
            && !["and", "or", "but", "while"].contains(previous.lower)
      {
        return nil
      }
    }
    // ("called it quits", "called it a day"; but "called it a common ailment" labels it.)
    if lemma == "call", let next,
      ["off", "up", "in", "into", "out", "back"].contains(next.lower)
        || next.lower == "it"
          && (i + length + 1 >= sentence.upperBound || ["quits", "off"].contains(tokens[i + length + 1].lower)
            || i + length + 2 < sentence.upperBound && tokens[i + length + 1].lower == "a"
              && ["day", "night", "career", "season"].contains(tokens[i + length + 2].lower))
    {
      return nil
    }
    // "The program, called EB-5, allows": a name given, not words said.
    if lemma == "call", tokens[i].lower == "called", let previous, previous.text == ",", let next,
      next.isCapitalized || next.kind == .number
    {
      return nil
    }
    // "Democratic claims as false", "the claims were": a noun form followed by what follows a noun.
    // ("Reports suggest the deal…": the subject of the verb of saying after it.)
    // ("Senate estimates heard that": a hearing, the audience of what it heard.)
    // (Not "found about 2,300 duplicate entries": an approximate number.)
    let approximateNumber =
      next?.lower == "about" && after + 1 < sentence.upperBound
      && (tokens[after + 1].kind == .number || startsWithCurrencySymbol(tokens[after + 1]))
    // ("did not comment on individual claims", "specific reports", "each individual charge": a
    // noun after its adjective; not "the individual continued".)
    if lexicon.nounForms.contains(form), form != "continued", let previous, Self.nounOnlyAdjectives.contains(previous) {
      return nil
    }
    if lexicon.nounForms.contains(form), let next,
      ["as", "of", "were", "are", "was", "is", "about", "against", "heard"].contains(next.lower) && !approximateNumber
        || ["\u{2013}", "\u{2014}", ";", ")"].contains(next.text)
        || form != "says"
          && (i <= firstWord(of: sentence) + 1
            || tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized && !lexicon.pronouns.contains(tokens[i - 1]))
          && !lexicon.nounForms.contains(next)
          && lexicon.cueVerbs.match(at: after, limit: sentence.upperBound, tokens: tokens) != nil
    {
      return nil
    }
    if lemma == "charge" || lemma == "accuse", let next, next.lower == "with" { return nil }
    // ("second-home owners add little to the economy": adding an amount, not a remark.)
    if lemma == "add", let next, ["little", "nothing", "much", "more", "value", "up"].contains(next.lower) {
      return nil
    }
    if speaksOfNoWords(at: i + length - 1, in: sentence) { return nil }
    if recallsThings(at: i, in: sentence) { return nil }
    if lemma == "ask", asksForAnonymity(after: after, in: sentence) { return nil }
    // "Reyes expects tax collections to grow", "expects that figure to double": a forecast of what
    // others will do, not "expects to leave Nevada", a plan of one's own.
    if lemma == "expect", tokens[i].lower == "expects" {
      // ("expects that the council will approve it" too.)
      guard let next, next.lower != "to", next.kind == .word,
        next.lower == "that"
          || window(after + 1, min(after + 8, sentence.upperBound)).contains(where: {
            ["to", "that"].contains(tokens[$0].lower)
          })
      else { return nil }
    }

    // Auxiliaries and adverbs before the verb belong to the cue ("has long said").
    var cueStart = i
    var negated = false
    while cueStart > sentence.lowerBound {
      let t = tokens[cueStart - 1]
      // ("would only say": a focusing adverb too.)
      // ("Families had been warning for years that": a perfect progressive's "had" too.)
      guard
        WordClasses.isAdverbLike(t) || WordClasses.beVerbs.contains(t)
          || ["only", "just", "merely", "simply"].contains(t.lower) && cueStart - 2 >= sentence.lowerBound
            && isAuxiliary(tokens[cueStart - 2])
          || Self.finiteAuxiliaries.contains(t) && tokens[cueStart].lower == "been" && tokens[i].lower.hasSuffix("ing")
      else { break }
      // A capitalised auxiliary inside the sentence is a name ("Theresa May said").
      if t.isCapitalized && cueStart - 1 != firstWord(of: sentence) { break }
      // ("who was not authorized to discuss the talks publicly said": the adverb closes the
      // clause that withholds the source's name.)
      if ["publicly", "privately", "openly"].contains(t.lower),
        window(max(sentence.lowerBound + 1, cueStart - 9), cueStart - 1).contains(where: { k in
          tokens[k].lower == "to"
            && ExtractionContext.permissionWords.contains(tokens[k - 1])
        })
      {
        break
      }
      if lexicon.negations.contains(t) || t.lower.hasSuffix("n't") { negated = true }
      cueStart -= 1
    }
    // "Cordell Freight at first denied", "Residents have for years complained": a phrase of time
    // between the subject and the verb belongs to neither.
    var subjectEdge: Int?
    if cueStart < i, cueStart - 1 > sentence.lowerBound, tokens[cueStart - 1].lower == "at",
      ["first", "once"].contains(tokens[cueStart].lower)
    {
      cueStart += 1
      subjectEdge = cueStart - 2
    } else if cueStart - 2 > sentence.lowerBound, tokens[cueStart - 2].lower == "for",
      ["years", "decades", "months", "weeks"].contains(tokens[cueStart - 1].lower)
    {
      subjectEdge = cueStart - 2
    }
    if var edge = subjectEdge {
      while edge - 1 > sentence.lowerBound, isAuxiliary(tokens[edge - 1]) || WordClasses.isAdverbLike(tokens[edge - 1]),
        !tokens[edge - 1].isCapitalized
      {
        edge -= 1
      }
      subjectEdge = edge
    }
    // "neither admitted nor denied the findings", "a policy of neither confirming nor denying".
    if cueStart > sentence.lowerBound, ["nor", "neither"].contains(tokens[cueStart - 1].lower) { negated = true }
    // Passive: "it was reported", "he was told by aides".
    let passive =
      tokens[cueStart..<i].contains {
        WordClasses.beVerbs.contains($0.lower) && $0.lower != "been" || $0.lower == "been"
      }
      && (form.hasSuffix("ed")
        || ["told", "said", "thought", "found", "shown", "written", "shows", "understood", "known"].contains(form))
      // ("As first reported by Axios,": a participle with its agent, after "as".)
      || form.hasSuffix("ed") && (next?.lower == "by" || next?.lower == "in") && cueStart > sentence.lowerBound
        && tokens[cueStart - 1].lower == "as"
    let reducedCharge = isReducedPassiveCharge(at: i, cueStart: cueStart, lemma: lemma, in: sentence)
    if passive || reducedCharge {
      // "is said to", "was expected to" are hedges, not attributions.
      if let next, next.lower == "to" { return nil }
      var candidate = AttributionExtractor.Candidate(
        cue: cueStart..<after, head: i, lemma: lemma, shape: .verb, nonanswer: nil)
      candidate.negated = negated
      var k = after
      // ("Fox News is told that a decision by the group drove": not a "by" inside what was told.)
      while k < min(after + 3, sentence.upperBound), tokens[k].lower != "by",
        !Self.reportedQuestionWords.contains(tokens[k]), tokens[k].lower != "that", tokens[k].kind != .quote
      {
        k += 1
      }
      // ("A ruling is expected by the end of the week": a deadline after "by" is no agent.)
      if k < sentence.upperBound, tokens[k].lower == "by", !isDeadline(after: k, in: sentence) {
        // (In an opening "As first reported by Axios," the comma closes the agent.)
        let opening = cueStart > sentence.lowerBound && tokens[cueStart - 1].lower == "as"
        candidate.source = phraseAfter(k + 1, in: sentence, allowVerbsInside: false, appositives: !opening)
          .map(withoutScene)
        // ("was asked by investigators why the deputy was not questioned": the question is no part
        // of the agent.)
        if let agent = candidate.source,
          let question = agent.dropFirst().first(where: {
            ["why", "whether", "how", "what", "if"].contains(tokens[$0].lower)
          })
        {
          candidate.source = agent.lowerBound..<question
        }
        // ("has been accused by two former players of withholding their prize money": the charge
        // after the agent is the content.)
        // ("accused by three women of harassment": or a bare noun.)
        if ["accuse", "charge"].contains(lemma), let agent = candidate.source,
          let of = agent.first(where: { tokens[$0].lower == "of" }), of > agent.lowerBound, of + 1 < agent.upperBound,
          tokens[of + 1].kind == .word, !tokens[of + 1].isCapitalized,
          tokens[of + 1].lower.hasSuffix("ing")
            || !WordClasses.determiners.contains(tokens[of + 1]) && !WordClasses.isPossessive(tokens[of + 1])
              && !Self.standaloneDeterminers.contains(tokens[of + 1])
        {
          candidate.source = agent.lowerBound..<of
        }
      } else if cueStart > sentence.lowerBound, tokens[cueStart - 1].lower == "as", next?.lower == "in" {
        // ("…, as alleged in a flyer pinned up at the depot": where it was said, a document or an
        // outlet; nothing else after "in" is a source.)
        if let place = phraseAfter(after + 1, in: sentence, allowVerbsInside: false, appositives: false),
          namesDocument(headPhrase(place)) || namesAnOutlet(place)
        {
          candidate.source = place
        }
      } else if reducedCharge {
        // ("The man accused of firing": a charge, with no one named who makes it.)
        candidate.content = contentAfter(after, in: sentence, lemma: lemma)
        return candidate
      } else {
        // Without an agent, only "it was reported that ..." and the like are attributions (a time
        // may stand before the "that": "It was reported on Friday that", "at the time that").
        var opener = after
        // (Or a place and a time: "It was reported in the capital on Thursday evening that".)
        if opener < sentence.upperBound, ["on", "in", "at", "last", "earlier", "this"].contains(tokens[opener].lower) {
          var k = opener + 1
          // ("It was reported at a Congress health committee hearing Thursday that": a meeting's
          // name of a few words.)
          while k < min(sentence.upperBound, opener + 10), tokens[k].lower != "that" { k += 1 }
          if k < sentence.upperBound, tokens[k].lower == "that",
            ((opener + 1)..<k).allSatisfy({ k2 in
              WordClasses.timeWords.contains(tokens[k2]) || tokens[k2].kind == .number
                || ["the", "a", "on", "in", "at"].contains(tokens[k2].lower)
                || k2 - opener <= 7 && tokens[k2].kind == .word && !tokens[k2].lower.hasSuffix("ed")
                  && !isAuxiliary(tokens[k2]) && lexicon.cueVerbs.match(at: k2, limit: k2 + 1, tokens: tokens) == nil
            })
          {
            opener = k
          }
        }
        if let content = itPassiveAfterClause(cue: cueStart..<after, in: sentence) {
          // "…, it was reported.", "…, it was often said in the valley, though…": what was
          // reported is the clause before the comma.
          candidate.content = content
          return candidate
        }
        let first = opener < sentence.upperBound ? tokens[opener] : nil
        guard let first, first.lower == "that" || first.text == "," || first.kind == .quote || first.text == ":"
        else {
          return nil
        }
      }
      candidate.content = contentAfter(after, in: sentence, lemma: lemma)
      return candidate
    }
    // Be-verbs are not part of an active cue ("is said" was handled above), but in "Clinton is
    // stressing" the subject stands before them.
    let auxiliaryStart = cueStart
    while cueStart < i && WordClasses.beVerbs.contains(tokens[cueStart]) && tokens[cueStart].lower != "been" {
      cueStart += 1
    }
    // "Ryan also is stressing": an adverb before the be-verb.
    if tokens[i].lower.hasSuffix("ing"),
      let be = (cueStart..<i).last(where: { WordClasses.beVerbs.contains(tokens[$0]) && tokens[$0].lower != "been" })
    {
      cueStart = be + 1
    }
    // ("have been saying": a perfect progressive keeps its auxiliaries in the cue, and "We've been
    // saying" has its subject in the contraction; not "who'd been defending", whose antecedent
    // is further back.)
    let contractedSubject =
      cueStart > sentence.lowerBound
      && ["'ve", "\u{2019}ve", "'d", "\u{2019}d"].contains(where: { ending in
        tokens[cueStart - 1].lower.hasSuffix(ending)
          && WordClasses.subjectPronouns.contains(String(tokens[cueStart - 1].lower.dropLast(ending.count)))
      })
    let progressive =
      tokens[i].lower.hasSuffix("ing")
      && (auxiliaryStart < cueStart
        || (Self.finiteAuxiliaries.contains(tokens[cueStart]) || contractedSubject)
          && (cueStart..<i).contains(where: { tokens[$0].lower == "been" }))
    let subjectStart = subjectEdge ?? (progressive ? auxiliaryStart : cueStart)

    var candidate = AttributionExtractor.Candidate(
      cue: cueStart..<after, head: i, lemma: lemma, shape: .verb, nonanswer: nil)
    candidate.negated = negated
    let p = subjectStart - 1
    // "Citing a new poll, Trump said ...": a participle opening the sentence has the main
    // clause's subject, after the comma that closes the participle's phrase.
    if p < sentence.lowerBound, tokens[i].lower.hasSuffix("ing"), !tokens[i].isAllCaps,
      let (subject, comma) = subjectAfterOpeningPhrase(from: after, in: sentence)
    {
      candidate.source = subject
      candidate.content = trimmedContent(after..<comma)
      return candidate
    }
    // 'Dana Ruiz, author of "The Quiet Harbor," told the paper': a quoted title inside the
    // subject's appositive, not a quotation the cue's source follows.
    if p > sentence.lowerBound, tokens[p].kind == .quote, tokens[p].quoteRole == .closing,
      let subject = nameWithQuotedTitle(endingAt: p, in: sentence)
    {
      candidate.source = subject
      candidate.content = contentAfter(after, in: sentence, lemma: lemma)
      return candidate
    }
    let inverted: Bool
    // ("The timing could hardly be worse – or so says chamber president Mahinda Ekanayake": "so"
    // after "or", a dash or a comma puts the speaker after the verb and what was said before it.)
    // (The subject's edge has passed "so" as an adverb.)
    let so = cueStart - 1
    let soOpens =
      so > sentence.lowerBound && tokens[so].lower == "so" && lemma == "say"
      && (tokens[so - 1].lower == "or" || tokens[so - 1].text == "," || ExtractionContext.isDash(tokens[so - 1]))
      && after < sentence.upperBound
      && (startsNounPhrase(tokens[after]) || tokens[after].isCapitalized || rolePrecedesName(at: after, in: sentence))
    if p < sentence.lowerBound || soOpens {
      inverted = true
    } else {
      let tp = tokens[p]
      if tp.kind == .quote && tp.quoteRole == .closing {
        // "…,” adding that": a gerund after a quotation shares the sentence's subject.
        // ('he has argued that "…," has falsely suggested': nor a verb with its auxiliary, in a
        // series after one subject.)
        inverted =
          !(tokens[i].lower.hasSuffix("ing") && !progressive && p > firstWord(of: sentence))
          && !(["has", "have", "had"].contains(tokens[cueStart].lower) && p > firstWord(of: sentence))
      } else if tp.text == "," || tp.text == ":" {
        if tokens[cueStart].lower == "then" || (tokens[i].lower.hasSuffix("ing") && !progressive) {
          // "…,” adding that": a gerund after a quotation shares the sentence's subject.
          inverted = false
        } else if p > sentence.lowerBound, tokens[p - 1].kind == .quote, tokens[p - 1].quoteRole == .closing {
          // (Not a quotation inside the subject's aside: "A woman…, who asked not to be named because
          // "everybody knows everybody here", said several employers were…".)
          inverted = !(next.map(startsNounPhrase) == true && phraseHasItsOwnVerb(after: after, in: sentence))
        } else if lemma == "say", unnamedSpeakerToEnd(after: after, in: sentence) != nil {
          // ("…are all on the table, said someone familiar with the talks.")
          inverted = true
        } else if lemma == "say", rolePrecedesName(at: after, in: sentence),
          let phrase = phraseAfter(after, in: sentence, allowVerbsInside: false),
          (phrase.upperBound..<sentence.upperBound).allSatisfy({
            tokens[$0].kind == .punctuation || tokens[$0].kind == .quote
          })
            || phrase.upperBound + 1 < sentence.upperBound && tokens[phrase.upperBound].text == ","
              && ["who", "a", "an", "the"].contains(tokens[phrase.upperBound + 1].lower)
        {
          // ("…except at seaports, where the federal government has jurisdiction, said attorney
          // Nell Okafor.": a role and a name after the verb, to the sentence's end, are its
          // speaker, whatever clause stands before the comma.)
          inverted = true
        } else if lemma == "say", let next, next.kind == .word, next.isCapitalized, isProperWord(after),
          !WordClasses.timeWords.contains(next), !WordClasses.subjectPronouns.contains(next),
          let phrase = phraseAfter(after, in: sentence, allowVerbsInside: false),
          case let whole = extendedToSentenceEnd(phrase, in: sentence),
          (whole.upperBound..<sentence.upperBound).allSatisfy({
            tokens[$0].kind == .punctuation || tokens[$0].kind == .quote
          }),
          // (The name alone up to its comma, and no clause going on after a comma: not "said Omani
          // staff, who are paid separately, had received", nor "said Ashby pushed the cuts".)
          // (Or the name alone to the sentence's end: "…, five of which were caused by the virus,
          // said Zulu President Elroy James.")
          case let nameEnd =
            (after..<whole.upperBound).first(where: {
              !(tokens[$0].kind == .word && tokens[$0].isCapitalized || tokens[$0].text == ".")
            }) ?? whole.upperBound,
          nameEnd == whole.upperBound || tokens[nameEnd].text == ",",
          !(after..<whole.upperBound).contains(where: {
            tokens[$0].text == "," && $0 + 1 < whole.upperBound && isAuxiliary(tokens[$0 + 1])
          })
        {
          // ("…hurt housing prices, especially in vacation communities, said Jamie Gregory, a
          // lobbyist.": a name after the verb, with all it says of itself to the sentence's end,
          // is its speaker; the aside before the comma belongs to what was said.)
          inverted = true
        } else if appositiveBefore(comma: p, in: sentence) != nil || documentWithMaker(endingAt: p, in: sentence) != nil
        {
          inverted = false
        } else if let next, startsNounPhrase(next) || rolePrecedesName(at: after, in: sentence),
          !WordClasses.recipientVerbs.contains(lemma), !tokens[i].lower.hasSuffix("ing"),
          // (A pronoun after the verb is its speaker only at the clause's end, '…," said he.': not
          // "People familiar with the review, due next year, say it is likely to".)
          !(WordClasses.subjectPronouns.contains(next) && after + 1 < sentence.upperBound
            && tokens[after + 1].kind == .word),
          // ("The governor, it was learnt, had ordered an audit": an auxiliary opens no inversion.)
          !isAuxiliary(tokens[cueStart]),
          // ("One of the two members who voted against, who asked not to be named…, said several
          // members had been approached": a phrase with its own auxiliary after it is what was
          // said.)
          !phraseHasItsOwnVerb(after: after, in: sentence)
        {
          inverted = true
        } else {
          inverted = false
        }
      } else {
        inverted = false
      }
    }

    if inverted {
      // (A name within four words, with no punctuation before it: "said bus driver Owen Tuck",
      // "said teacher Owen Tuck.")
      let nameSoon =
        window(after, min(after + 4, sentence.upperBound)).first {
          tokens[$0].isCapitalized || tokens[$0].kind == .punctuation
        }.map { tokens[$0].isCapitalized } ?? false
      if let next, WordClasses.subjectPronouns.contains(next) {
        candidate.source = after..<(after + 1)
      } else if let next, ["one", "another"].contains(next.lower),
        after + 1 >= sentence.upperBound || tokens[after + 1].kind == .punctuation
      {
        // "'Neither side would move,' said one.": one of the group just quoted.
        candidate.source = after..<(after + 1)
      } else if lemma == "say", let speaker = unnamedSpeakerToEnd(after: after, in: sentence) {
        candidate.source = withoutScene(speaker)
      } else if let next,
        startsNounPhrase(next)
          || ((next.kind == .word || next.kind == .number) && !next.isCapitalized && nameSoon && next.lower != "that")
          || rolePrecedesName(at: after, in: sentence)
      {
        candidate.source = phraseAfter(after, in: sentence, allowVerbsInside: false).map {
          withoutScene(extendedToSentenceEnd($0, in: sentence))
        }
      }
      candidate.content = contentBefore(
        cueStart: soOpens && tokens[so - 1].lower == "or" ? so - 1 : soOpens ? so : cueStart, in: sentence)
      if candidate.source == nil && p >= sentence.lowerBound && tokens[p].kind == .word { return nil }
      if candidate.source == nil && !isClauseStart(cueStart, in: sentence) && candidate.content == nil { return nil }
      return candidate
    }

    let gerund = tokens[i].lower.hasSuffix("ing") && !progressive
    // ("have accused the president of dismissing the role of Congress": what someone is accused
    // of is the charge, not what they said; PolNeAR marks no cue there.)
    if gerund, p > sentence.lowerBound, tokens[p].lower == "of",
      (max(sentence.lowerBound, p - 12)..<(p - 1)).contains(where: { k in
        Self.chargeVerbsWithOf.contains(tokens[k])
          && !((k + 1)..<p).contains(where: { tokens[$0].kind == .punctuation || tokens[$0].kind == .quote })
      })
    {
      return nil
    }
    // ("The union filed a complaint Wednesday alleging that": what was filed, issued or sent, with
    // when after it, speaks for whoever filed it, as "issued a statement saying" does.)
    if gerund, p > sentence.lowerBound, tokens[p].isCapitalized, WordClasses.timeWords.contains(tokens[p]),
      var issued = issuedThing(endingAt: p - 1, in: sentence)
    {
      // (The cue runs from the verb that issued it, with its auxiliaries, as PolNeAR spans it:
      // "had issued a statement late Thursday saying".)
      while issued - 1 > sentence.lowerBound, isAuxiliary(tokens[issued - 1]) { issued -= 1 }
      candidate.cue = issued..<after
      candidate.source = subjectBefore(cueStart: issued, in: sentence, earlier: earlier)
      candidate.content = contentAfter(after, in: sentence, lemma: lemma)
      return candidate
    }
    // ("The spot closes with footage of Senator Ada Voss asking", "a video showing the mayor
    // telling"): someone a recording shows speaking is the source, not the recording's user.
    // (Not a greeting: "videos of families saying goodbye".)
    if gerund, !["goodbye", "hello", "farewell", "grace"].contains(next?.lower ?? ""),
      let speaker = recordedSpeaker(endingAt: p, in: sentence)
    {
      candidate.source = speaker
      candidate.content = contentAfter(after, in: sentence, lemma: lemma)
      return candidate
    }
    // ("…, with two losing bidders alleging that": the people after "with" are the gerund's own
    // subject.)
    if gerund, p > sentence.lowerBound,
      let with = (max(sentence.lowerBound + 1, p - 5)..<p).last(where: { tokens[$0].lower == "with" }),
      tokens[with - 1].text == ",",
      ((with + 1)...p).allSatisfy({
        (tokens[$0].kind == .word || tokens[$0].kind == .number) && !isAuxiliary(tokens[$0])
          && !WordClasses.clauseBoundaries.contains(tokens[$0])
      }),
      !tokens[p].isCapitalized
        && (looksLikePersonNounOrPlural(tokens[p].lower) || lexicon.anonymousHeads.contains(tokens[p])
          // ("…, with their union saying the company owes them": a body that says, not one that claims
          // residency.)
          || lemma == "say" && lexicon.organizationHeads.match(at: p, limit: p + 1, tokens: tokens) != nil)
        // ("…, with Councilor Mariel Taguinod calling the deal": or a titled person's name.)
        || p > with + 2 && lexicon.titles.contains(tokens[with + 1])
          && ((with + 1)...p).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized })
    {
      candidate.source = (with + 1)..<(p + 1)
      candidate.content = contentAfter(after, in: sentence, lemma: lemma)
      return candidate
    }
    // "a Kingsport Courier report suggesting the government may borrow more": a participle right
    // after a document's noun is the document's own verb.
    // (Not "issued a statement saying": a statement, letter or post speaks for whoever issued it.)
    // ("signed a petition urging the trust to reopen the baths", "passed a motion calling on the
    // board": a petition, a motion or a resolution that asks for something speaks for all who back
    // it, wherever it stands; a motion that argues is its filer's.)
    // ("passed a resolution last month urging", "posted an open letter on Instagram last week
    // calling": when and where it was passed or posted may stand between the document and its
    // verb; an open letter asks for all who sign it.)
    let asking = ["call", "urge", "demand", "ask"].contains(lemma)
    let demandAt = { (k: Int) in
      k > sentence.lowerBound
        && (self.lexicon.demandDocuments.contains(self.tokens[k])
          || self.tokens[k].lower == "letter" && self.tokens[k - 1].lower == "open")
    }
    let documentEnd =
      asking && gerund && p >= sentence.lowerBound && !demandAt(p) ? skippingWhenAndWhere(before: p, in: sentence) : p
    let demand = asking && documentEnd >= sentence.lowerBound && demandAt(documentEnd)
    let dp = demand ? documentEnd : p
    // ("dismissed a social media post claiming the ward would close": what is rebutted makes its
    // own claim.)
    let rebutted = { (document: Range<Int>) in
      document.lowerBound > sentence.lowerBound
        && (self.lexicon.denialVerbs.contains(self.tokens[document.lowerBound - 1])
          || self.lexicon.dismissalVerbs.contains(self.tokens[document.lowerBound - 1].lower))
        && (self.lexicon.findingNouns.contains(self.tokens[dp]) || Self.claimCarriers.contains(self.tokens[dp]))
    }
    if gerund, dp >= sentence.lowerBound, tokens[dp].kind == .word, !tokens[dp].isCapitalized,
      demand || lexicon.findingNouns.contains(tokens[dp]) || Self.claimCarriers.contains(tokens[dp]),
      let document = subjectRange(endingAt: dp, in: sentence),
      demand || WordClasses.determiners.contains(tokens[document.lowerBound])
        || tokens[document.lowerBound].isCapitalized
        // ("dismissed social media posts claiming": a bare plural that is rebutted.)
        || tokens[dp].lower.hasSuffix("s") && rebutted(document),
      // (After a preposition or opening the sentence: "blamed the weakness on a Courier report
      // suggesting"; not "published a report arguing", whose publisher argues.)
      // (Or opening what was said: "Two people familiar with the matter said a Cabinet paper
      // warning that the plant could slip was circulated".)
      demand || rebutted(document)
        || lexicon.findingNouns.contains(tokens[dp])
          && (document.lowerBound == firstWord(of: sentence)
            || WordClasses.prepositions.contains(tokens[document.lowerBound - 1])
            || ["said", "say", "says", "that"].contains(tokens[document.lowerBound - 1].lower))
    {
      // ("Residents signed a petition calling for": the petition's own phrase, from its article.)
      let article = document.dropFirst().last(where: { ["a", "an", "the"].contains(tokens[$0].lower) })
      candidate.source = demand ? (article ?? document.lowerBound)..<document.upperBound : document
      // (With its particle: "calling for", "calling on".)
      let particle =
        demand && lemma == "call" && after < sentence.upperBound && ["for", "on"].contains(tokens[after].lower)
      if particle { candidate.cue = cueStart..<(after + 1) }
      candidate.content = contentAfter(particle ? after + 1 : after, in: sentence, lemma: lemma)
      return candidate
    }
    // "Obama ended his list by saying", "After blasting the report, Beck doubled down": a gerund
    // after a preposition has the main clause's subject.
    if gerund, p >= sentence.lowerBound, Self.gerundPrepositions.contains(tokens[p]) {
      if p == firstWord(of: sentence) {
        if let (subject, comma) = subjectAfterOpeningPhrase(from: after, in: sentence) {
          candidate.source = subject
          candidate.content = trimmedContent(after..<comma)
          return candidate
        }
      } else if let subject = leadingSubject(of: sentence, before: p) {
        candidate.source = subject
        candidate.content = contentAfter(after, in: sentence, lemma: lemma)
        return candidate
      }
    }
    // "The bill, opposed by House Republicans, died": a participle with its agent after "by".
    // ("The cost of a new bridge — estimated by council engineers at $4.2 million —": or a dash.)
    if p >= sentence.lowerBound,
      tokens[p].text == "," || ExtractionContext.isDash(tokens[p])
        || (tokens[p].kind == .word && !tokens[p].isCapitalized
          && !WordClasses.subjectPronouns.contains(tokens[p]) && !WordClasses.beVerbs.contains(tokens[p])
          && !Self.leadingStops.contains(tokens[p])),
      form.hasSuffix("ed"), after + 1 < sentence.upperBound, tokens[after].lower == "by",
      // (Not how it was said: "The ministry replied by email", "said by phone".)
      !Self.meansOfSaying.contains(tokens[after + 1]),
      lexicon.channels.match(at: after + 1, limit: after + 2, tokens: tokens) == nil,
      let agent = phraseAfter(after + 1, in: sentence, allowVerbsInside: false, appositives: false)
    {
      candidate.source = agent
      return candidate
    }
    // ("Minutes of the forum record a Department official telling members": what a record shows
    // someone doing is that person's, the record's object.)
    if gerund, p > sentence.lowerBound, tokens[p].kind == .word,
      let verb = (max(sentence.lowerBound, p - 6)..<p).last(where: { Self.recordingVerbs.contains(tokens[$0]) }),
      verb + 1 < p, WordClasses.determiners.contains(tokens[verb + 1]) || tokens[verb + 1].isCapitalized,
      ((verb + 1)...p).allSatisfy({ tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) }),
      earlier.contains(where: { $0.head == verb })
    {
      candidate.source = (verb + 1)..<(p + 1)
      candidate.content = contentAfter(after, in: sentence, lemma: lemma)
      candidate.recordedByDocument = true
      return candidate
    }
    // "…, then says": "then" after a comma joins a second verb to the first one's subject.
    let joined =
      p >= sentence.lowerBound
      && (["and", "but", "then", "yet", "or"].contains(tokens[p].lower)
        || (tokens[p].text == "," && tokens[cueStart].lower == "then"))
    if gerund || joined {
      // "..., saying that", "and said": the subject is the earlier cue's source in the sentence
      // (not that of a verb inside what it quoted: 'said the results "confirm what we feel" and
      // called for limits').
      guard let previousCue = cueJoined(at: i, earlier: earlier) else {
        // "…, saying" or "… – saying"; not "voters saying" (the voters are the ones saying).
        if gerund && !(p >= sentence.lowerBound && (tokens[p].text == "," || ExtractionContext.isDash(tokens[p]))) {
          return nil
        }
        candidate.source =
          joined
          ? subordinateSubject(before: p, in: sentence) ?? leadingSubject(of: sentence, before: cueStart)
          : leadingSubject(of: sentence, before: cueStart)
        candidate.content = contentAfter(after, in: sentence, lemma: lemma)
        return candidate
      }
      // ("said the council would back a scheme costing millions", "claimed a racket was promising
      // jobs"): a participle right after a noun inside what the earlier cue reports belongs to
      // that noun, not to the source. People and documents say it themselves ("complaints from
      // tenants claiming that", "ran radio ads saying"); other things say nothing.
      // (Not the earlier cue's own object: "defended the decision saying it would save money".)
      if gerund, p > sentence.lowerBound, p - previousCue.cue.upperBound > 2, tokens[p].kind == .word,
        !tokens[p].isCapitalized,
        WordClasses.determiners.contains(tokens[p - 1]) || tokens[p - 1].kind == .word && !tokens[p - 1].isCapitalized,
        !WordClasses.prepositions.contains(tokens[p]), !WordClasses.subjectPronouns.contains(tokens[p]),
        !isAuxiliary(tokens[p]), !lexicon.findingNouns.contains(tokens[p]), !Self.messageNouns.contains(tokens[p]),
        !Self.ratedClaims.contains(tokens[p]), previousCue.content?.contains(p) == true
      {
        guard
          looksLikePersonNounOrPlural(tokens[p].lower)
            || lexicon.documentHeads.match(at: p, limit: p + 1, tokens: tokens) != nil
            || Self.standaloneDeterminers.contains(tokens[p]),
          let noun = subjectRange(endingAt: p, in: sentence)
        else { return nil }
        candidate.source = noun
        candidate.content = contentAfter(after, in: sentence, lemma: lemma)
        return candidate
      }
      // ("Court papers show the joint venture sued the department, alleging unpaid invoices": what
      // a document shows someone did; the participle after it is that someone's.)
      if gerund, previousCue.lemma == "show",
        let shower = previousCue.source,
        lexicon.documentHeads.match(at: shower.upperBound - 1, limit: shower.upperBound, tokens: tokens) != nil,
        let content = previousCue.content, content.lowerBound < p,
        p <= content.upperBound + 1,
        let subject = shownActor(in: window(content.lowerBound, min(p, content.upperBound)))
      {
        candidate.source = subject
        candidate.content = contentAfter(after, in: sentence, lemma: lemma)
        return candidate
      }
      candidate.source = previousCue.source
      candidate.antecedent = previousCue.antecedent
      // ("Asked whether he would quit, the coach laughed and said": the unnamed asker's cue has no
      // source to share; the sentence's subject is the one who said.)
      // ("The minister refused to be drawn when asked on Monday, saying only": the cue before the
      // asking has the one who answered.)
      // ("The trust did not deny this when asked by the Review, saying only": nor the outlet that
      // asked.)
      let askedBy =
        tokens[previousCue.cue.upperBound - 1].lower == "asked" && previousCue.cue.lowerBound > sentence.lowerBound
        && ["when", "if", "after", "once", "as"].contains(tokens[previousCue.cue.lowerBound - 1].lower)
        && previousCue.source.map({ $0.lowerBound > 0 && tokens[$0.lowerBound - 1].lower == "by" }) == true
      if askedBy, !joined, let answered = earlier.dropLast().last(where: { $0.source != nil }) {
        candidate.source = answered.source
        candidate.antecedent = answered.antecedent
      } else if previousCue.source == nil, isUnnamedAsking(previousCue, in: sentence) {
        if !joined, let answered = earlier.dropLast().last(where: { $0.source != nil }) {
          candidate.source = answered.source
          candidate.antecedent = answered.antecedent
        } else {
          candidate.source = leadingSubject(of: sentence, before: p)
        }
      }
      candidate.content = contentAfter(after, in: sentence, lemma: lemma)
      return candidate
    }

    candidate.source = subjectBefore(cueStart: subjectStart, in: sentence, earlier: earlier).map {
      coordinatedSubject($0, in: sentence)
    }
    // ("There was no new back-up system described last week": after "there was", a participle
    // describes the noun; nothing is said.)
    if let source = candidate.source, source.lowerBound - 2 >= sentence.lowerBound,
      WordClasses.beVerbs.contains(tokens[source.lowerBound - 1]), tokens[source.lowerBound - 2].lower == "there",
      tokens[i].lower.hasSuffix("ed"), i == cueStart
    {
      return nil
    }
    // (Not for a pronoun, a subject of its own: "a staffer who told them to stop when they raised
    // concerns".)
    if let source = candidate.source, source.lowerBound > sentence.lowerBound,
      !(source.count == 1 && WordClasses.subjectPronouns.contains(tokens[source.lowerBound])),
      // (Nor for a relative "that" after a document's noun, the document itself: "who paid for the
      // dossier that repeated".)
      !(source.count == 1 && tokens[source.lowerBound].lower == "that"),
      let relative = relativeClauseHead(before: source.lowerBound, in: sentence)
    {
      // "a White House official who spoke anonymously to discuss internal strategy said": the
      // source is the whole phrase, its relative clause included (as a clause set off by commas is,
      // but for one that withholds the name, which the report leaves out: `withoutWithholdingAside`).
      candidate.source = relative.lowerBound..<source.upperBound
    }
    if let source = candidate.source, source.count == 1,
      ["who", "which", "that"].contains(tokens[source.lowerBound].lower)
    {
      candidate.antecedent = relativeAntecedent(who: source.lowerBound, in: sentence)
    }
    if candidate.source == nil && p >= sentence.lowerBound && tokens[p].kind == .word
      && !WordClasses.clauseBoundaries.contains(tokens[p])
    {
      // A verb with something before it that is not a subject: not a cue we can read.
      return nil
    }
    candidate.content = contentAfter(after, in: sentence, lemma: lemma)
    // "'That is not true,' Ruiz said in an interview": what follows is the channel, and what was
    // said stands before.
    let onlyAdverbial = candidate.content.map { c in
      !c.isEmpty
        && ["in", "on", "at", "during", "via", "through", "by", "after", "before", "while", "when"].contains(
          tokens[c.lowerBound].lower)
        && !c.contains { tokens[$0].kind == .quote || tokens[$0].lower == "that" }
    }
    // ('"That did not happen," he said, tapping the table': after a comma, an aside.)
    let aside = after < sentence.upperBound && tokens[after].text == ","
    // ('"I did nothing wrong," Smith told reporters outside the courthouse': only the recipient
    // follows, with no clause of its own.)
    let onlyRecipient =
      WordClasses.recipientVerbs.contains(lemma)
      && candidate.content.map { c in
        c.count <= 6
          && !c.contains {
            tokens[$0].kind == .quote || tokens[$0].lower == "that" || WordClasses.beVerbs.contains(tokens[$0])
              || Self.finiteAuxiliaries.contains(tokens[$0]) || tokens[$0].lower.hasSuffix("ed")
          }
      } == true
    if candidate.content == nil || onlyAdverbial == true || aside || onlyRecipient,
      let quoted = contentBefore(cueStart: cueStart, in: sentence, sourceStart: candidate.source?.lowerBound)
    {
      candidate.content = quoted
    }
    if lexicon.documentOnlyLemmas.contains(lemma) {
      // "found", "shows" cite only documents; checked again after classification.
      guard candidate.source != nil else { return nil }
    }
    return candidate
  }

  /// Verbs whose charge follows "of": "accused him of lying", "suspects them of leaking".
  static let chargeVerbsWithOf: WordSet = [
    "accuse", "accuses", "accused", "accusing", "suspect", "suspects", "suspected", "suspecting", "convicted",
  ]

  static let gerundPrepositions: WordSet = [
    "by", "after", "before", "while", "when", "without", "in", "since", "including",
  ]

  /// "Hours before the House vote,", "Two days after the raid,", "Weeks later,": a span of time
  /// that opens the sentence and ends at a comma is no subject.
  func opensWithTimeSpan(at start: Int, before limit: Int) -> Bool {
    var q = start
    while q < min(start + 3, limit),
      tokens[q].kind == .number || WordClasses.numberWords.contains(tokens[q])
        || ["a", "just", "only", "few", "several", "some", "mere"].contains(tokens[q].lower)
    {
      q += 1
    }
    guard q + 1 < limit, Self.timeSpans.contains(tokens[q]),
      ["before", "after", "later", "earlier", "ago", "into"].contains(tokens[q + 1].lower)
    else { return false }
    return (q + 2..<limit).contains { tokens[$0].text == "," }
  }

  /// Prepositions that open a second opening phrase after a comma ("In Iowa, after the debate,").
  /// Subjects that name no one: an expletive or a demonstrative with its "is".
  static let emptySubjects: Set<String> = [
    "there's", "there", "it's", "that's", "here's", "what's", "what", "this's",
  ]

  /// "filed a complaint", "issued a formal notice": where the verb that issued a thing ending at
  /// `end` stands, when a determiner and at most two modifiers stand between them.
  func issuedThing(endingAt end: Int, in sentence: Range<Int>) -> Int? {
    guard end > sentence.lowerBound, tokens[end].kind == .word, !tokens[end].isCapitalized else { return nil }
    var k = end - 1
    while k > sentence.lowerBound, end - k <= 3, tokens[k].kind == .word, !tokens[k].isCapitalized,
      !WordClasses.determiners.contains(tokens[k])
    {
      k -= 1
    }
    guard k > sentence.lowerBound, ["a", "an"].contains(tokens[k].lower),
      Self.issuingVerbs.contains(tokens[k - 1])
    else { return nil }
    return k - 1
  }

  static let issuingVerbs: WordSet = [
    "filed", "issued", "released", "sent", "lodged", "submitted", "published", "posted", "wrote", "signed",
  ]

  /// Words that open a reported question: "asked why", "asked whether".
  static let reportedQuestionWords: WordSet = ["why", "whether", "how", "what", "if", "when", "where", "who"]

  static let chainedOpenings: WordSet = [
    "after", "before", "during", "in", "on", "at", "amid", "following", "despite", "with", "without", "while",
    "when", "since", "under", "ahead",
  ]

  static let timeSpans: WordSet = [
    "seconds", "minutes", "moments", "hours", "days", "weeks", "months", "years", "decades", "minute", "hour",
    "day", "week", "month", "year",
  ]

  static let leadingIntroductions: WordSet = [
    "in", "on", "at", "after", "before", "while", "since", "as", "when", "with", "despite", "during", "for",
    "although", "though", "if", "by", "from", "earlier", "later", "last", "still", "but", "yet", "and", "so",
    "meanwhile", "however", "instead", "now", "then", "today", "yesterday", "under", "over", "without", "once",
    "throughout", "amid", "amidst", "following", "shortly", "ahead", "upon", "across", "among", "until", "unlike",
    "within", "beyond", "because", "whether", "unless", "to",
  ]

  /// Nouns that a clause without "that" often follows: "the moment Sanders said", "a word Trump
  /// then repeated" (PolNeAR's source is the name each time).
  static let contactClauseHeads: WordSet = [
    "moment", "time", "day", "way", "kind", "sort", "word", "words", "point", "photo", "picture", "deadline",
    "tactic", "honor", "defeat", "thing", "things", "phrase", "term", "line", "message", "argument", "case",
    "question", "story", "image", "video", "tweet", "post", "speech", "promise", "plan", "position",
    "figure", "claim", "account", "number", "estimate", "reason", "reasons",
    // ("a move skippers say could drive boats away".)
    "move", "step", "decision", "measure", "proposal", "change", "idea", "practice", "problem", "risk",
    "threat", "rule", "approach",
  ]

  /// What a source asks for, or fears, when its name is withheld.
  static let withholdingReasons: WordSet = ["anonymity", "reprisal", "reprisals", "retaliation", "retribution"]

  /// Whether a participle stands between an article and its noun: "a single reported breach",
  /// "the alleged victim".
  func modifiesNoun(participle i: Int, in sentence: Range<Int>, anyVerb: Bool = false) -> Bool {
    // (A verb of saying's own form: not "an impassioned defense of", a cue as a whole.)
    guard tokens[i].lower.hasSuffix("ed"), i > sentence.lowerBound, i + 1 < sentence.upperBound,
      ["a", "an", "the", "single", "every", "any", "no"].contains(tokens[i - 1].lower),
      anyVerb || lexicon.cueVerbs.match(at: i, limit: i + 1, tokens: tokens) != nil
    else { return false }
    let next = tokens[i + 1]
    return next.kind == .word && !next.isCapitalized && !WordClasses.prepositions.contains(next)
      && !WordClasses.determiners.contains(next) && !WordClasses.clauseBoundaries.contains(next)
      && !lexicon.pronouns.contains(next) && !WordClasses.isAdverbLike(next) && !isAuxiliary(next)
  }

  /// Whether "posting" brings in what was posted: "…, posting on the council's Facebook page that",
  /// "are posting that".
  func postsWords(at i: Int, in sentence: Range<Int>) -> Bool {
    guard i > sentence.lowerBound, i + 1 < sentence.upperBound,
      tokens[i - 1].text == "," || isAuxiliary(tokens[i - 1])
    else { return false }
    func opensWords(_ k: Int) -> Bool {
      tokens[k].lower == "that" || tokens[k].text == ":" || tokens[k].kind == .quote && tokens[k].quoteRole == .opening
    }
    if opensWords(i + 1) { return true }
    guard ["on", "to", "in"].contains(tokens[i + 1].lower) else { return false }
    for k in window(i + 2, min(i + 10, sentence.upperBound)) {
      if opensWords(k) { return true }
      if tokens[k].kind == .punctuation && tokens[k].text != "'" || isAuxiliary(tokens[k]) { return false }
    }
    return false
  }

  /// Whether "posted" sends someone to a place, in a phrase that describes the subject of a later
  /// verb of saying: "A firefighter posted to the island, speaking on condition of anonymity,
  /// said", "A nurse posted to the island last year said". (Not "The mayor posted to Facebook
  /// that", "posted on the council's page".)
  func isPostingToAPlace(_ i: Int, in sentence: Range<Int>) -> Bool {
    guard tokens[i].lower == "posted", i > sentence.lowerBound, i + 2 < sentence.upperBound,
      ["to", "at", "in"].contains(tokens[i + 1].lower),
      WordClasses.determiners.contains(tokens[i + 2]) || WordClasses.isPossessive(tokens[i + 2]),
      tokens[i - 1].kind == .word, !WordClasses.subjectPronouns.contains(tokens[i - 1]), !isAuxiliary(tokens[i - 1])
    else { return false }
    for k in (i + 2)..<sentence.upperBound {
      if tokens[k].lower == "that" || tokens[k].text == ":" || tokens[k].kind == .quote { return false }
      if tokens[k].kind == .word, !tokens[k].lower.hasSuffix("ing"),
        lexicon.cueVerbs.match(at: k, limit: k + 1, tokens: tokens) != nil
      {
        return true
      }
    }
    return false
  }

  /// Whether a participle stands between a possessive, an adverb and a noun or a quoted name:
  /// "Rubio's newly announced "religious freedom advisory board"", "the council's recently
  /// released budget figures". (Not "Macy's recently announced that", a firm's verb.)
  func modifiesNounAfterPossessive(participle i: Int, in sentence: Range<Int>) -> Bool {
    guard tokens[i].lower.hasSuffix("ed"), i - 2 >= sentence.lowerBound, i + 1 < sentence.upperBound,
      WordClasses.isAdverbLike(tokens[i - 1]), tokens[i - 1].lower.hasSuffix("ly"),
      WordClasses.isPossessive(tokens[i - 2])
    else { return false }
    let next = tokens[i + 1]
    return next.kind == .quote && next.quoteRole == .opening
      || next.kind == .word && !next.isCapitalized && next.lower != "that"
        && !WordClasses.determiners.contains(next) && !WordClasses.subjectPronouns.contains(next)
        && !WordClasses.prepositions.contains(next)
  }

  /// Whether a participle opens an aside that describes the sentence's subject, with the
  /// subject's own verb after it: "The guild's charter, posted in the lobby, says", "A survey of
  /// growers, published alongside the levy, found". The participle reports nothing.
  /// (Not with its agent, "The memo, written by the treasurer, says", "The leak, passed to the
  /// Ledger by two clerks,": who made it may be the attribution.)
  func describesSubject(participle i: Int, in sentence: Range<Int>) -> Bool {
    let word = tokens[i]
    // (A thing's noun, with no comma before: not "The dealer, Galerie Voss, rejected the offer,
    // calling", where the verb is the name's.)
    let start = firstWord(of: sentence)
    guard start < i - 1, tokens[i - 1].text == ",", tokens[i - 2].kind == .word,
      !(sentence.lowerBound..<(i - 1)).contains(where: { tokens[$0].text == "," }),
      let noun = headPhrase(start..<(i - 1)).last(where: { tokens[$0].kind == .word }),
      !isProperWord(noun), !looksLikePersonNounOrPlural(tokens[noun].lower), !lexicon.pronouns.contains(tokens[noun]),
      word.lower.hasSuffix("ed") || Self.documentParticiples.contains(word) || Self.asideParticiples.contains(word),
      // (A verb of saying keeps its cue, "The deal, announced Friday, would last", as PolNeAR marks
      // it, and a name given, "The fund, called Tallis Trust, will"; a publishing verb says nothing.)
      lexicon.cueVerbs.match(at: i, limit: i + 1, tokens: tokens) == nil || Self.publishingParticiples.contains(word),
      i + 1 < sentence.upperBound, tokens[i + 1].kind == .word, tokens[i + 1].lower != "by",
      let close = window(i + 1, min(sentence.upperBound - 1, i + 14)).first(where: {
        tokens[$0].kind == .punctuation || tokens[$0].kind == .quote
      }),
      tokens[close].text == ",", close + 1 < sentence.upperBound,
      !((i + 1)..<close).contains(where: { tokens[$0].lower == "by" }),
      // (The subject's verb after it: "says", "lets", "has".)
      lexicon.cueVerbs.match(at: close + 1, limit: sentence.upperBound, tokens: tokens) != nil
        || tokens[close + 1].kind == .word && !tokens[close + 1].isCapitalized
          && (tokens[close + 1].lower.hasSuffix("s") && !tokens[close + 1].lower.hasSuffix("ss")
            || isAuxiliary(tokens[close + 1])),
      let subject = appositiveBefore(comma: close, in: sentence), subject.contains(i),
      subject.lowerBound == firstWord(of: sentence)
    else { return false }
    return true
  }

  /// Whether a participle and the word or two after it say why a name is withheld ("…, fearing
  /// reprisals", "an official, requesting anonymity as…"): no second thing said.
  func givesWithholdingReason(_ words: Range<Int>, in sentence: Range<Int>) -> Bool {
    tokens[words.lowerBound].lower.hasSuffix("ing")
      && window(words.lowerBound, min(words.upperBound + 2, sentence.upperBound)).contains {
        Self.withholdingReasons.contains(tokens[$0])
      }
  }

  /// "who asked not to be named", "who asked that the paper not print her name", "who asked that
  /// only her first name be used", "who asked the Ledger not to name her": a condition of anonymity
  /// after "asked", not an attribution.
  func asksForAnonymity(after: Int, in sentence: Range<Int>) -> Bool {
    guard after < sentence.upperBound else { return false }
    if tokens[after].lower == "not" { return true }
    // ("asked the Ledger not to name her": the one asked, then the request.)
    if tokens[after].lower != "that" {
      return anonymityMarker(in: window(after, min(after + 8, sentence.upperBound))).map {
        $0.index <= after + 4 && isNegation(tokens[$0.index])
      } ?? false
    }
    let window = window(after, min(after + 9, sentence.upperBound))
    // ("asked that his name be withheld"; not "a call asking that his father come in".)
    let owner = min(after + 1, sentence.upperBound - 1)
    let named =
      ["his", "her", "their"].contains(tokens[owner].lower) && owner + 1 < sentence.upperBound
      && ExtractionContext.nameWords.contains(tokens[owner + 1])
    return named || anonymityMarker(in: window) != nil
      || givesOnlyPartOfName(window)
  }

  /// What a writer repeats when trying to reach someone ("despite repeated attempts").
  static let triesToReach: WordSet = [
    "calls", "attempts", "requests", "efforts", "messages", "inquiries", "enquiries", "emails", "queries",
  ]

  /// Verbs whose subject is what criticism, calls or claims are aimed at ("faced calls to resign").
  static let targetVerbs: WordSet = [
    "face", "faces", "faced", "facing", "drew", "draw", "draws", "drawn", "drawing", "received", "receive",
    "receives", "receiving", "weathered", "endured",
    // ("Paul's speech won praise from civil libertarians", "The merger sparked criticism from".)
    "won", "earned", "garnered", "attracted", "sparked", "prompted", "provoked", "triggered",
  ]

  /// Words that open a quantity before a subject's noun: "More than 200", "Nearly half of".
  static let quantityOpeners: WordSet = [
    "more", "nearly", "about", "almost", "roughly", "over", "at", "fewer", "around", "approximately", "some",
    "only",
  ]

  static let leadingStops: WordSet = [
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "did", "does", "do",
    "may", "might", "should", "must", "also", "who", "which", "that", "and", "but", "then", "later",
  ]

  static let phraseStops: WordSet = [
    "that", "who", "which", "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can",
    "may", "might", "should", "when", "while", "after", "before", "because", "as", "since", "if", "although",
    "though", "where", "during", "but", "told", "said", "says", "added", "than", "whether", "until", "so",
    "did", "does", "do", "not", "also",
  ]

  /// The subject that opens a sentence ("Cruz took the stage ..., saying"): after an
  /// introductory phrase and its comma, names, determiners and nouns up to the first verb-like word.
  /// The subject of the clause a subordinator opens, when a verb joined by "and" at `conjunction`
  /// is in that clause: "Shares fell after the Midlands-based maker cut its forecast and said".
  /// (Not past a comma, which may close the clause: "After the vote, the board met and said".)
  func subordinateSubject(before conjunction: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard
      let opener = (sentence.lowerBound..<conjunction).last(where: {
        Self.clauseSubordinators.contains(tokens[$0]) || [",", ";", ":"].contains(tokens[$0].text)
          || tokens[$0].kind == .quote || ExtractionContext.isDash(tokens[$0])
      }), Self.clauseSubordinators.contains(tokens[opener]), opener > firstWord(of: sentence),
      opener + 3 < conjunction,
      WordClasses.determiners.contains(tokens[opener + 1]) || isProperWord(opener + 1)
        || WordClasses.subjectPronouns.contains(tokens[opener + 1]),
      // ("because they know he is a lame duck and expect": a pronoun is the whole subject.)
      !WordClasses.subjectPronouns.contains(tokens[opener + 1])
        || tokens[opener + 2].kind == .word
          && !tokens[opener + 2].isCapitalized && isClauseVerb(at: opener + 2),
      // The clause's verb: a plain word with its object's determiner after it ("cut its forecast",
      // "approved the plan"), after the subject's last word.
      let verb = ((opener + 2)..<(conjunction - 1)).first(where: { isClauseVerb(at: $0) }),
      !((opener + 1)..<verb).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number })
    else { return nil }
    return (opener + 1)..<verb
  }

  /// A plain word with its object's determiner after it ("cut its forecast", "approved the
  /// plan"), after a word that is neither a determiner nor a preposition.
  func isClauseVerb(at k: Int) -> Bool {
    let word = tokens[k]
    let previous = tokens[k - 1]
    let next = tokens[k + 1]
    guard word.kind == .word, !word.isCapitalized, word.lower != "and" else { return false }
    guard !WordClasses.determiners.contains(word), !WordClasses.prepositions.contains(word) else { return false }
    guard previous.kind == .word, !WordClasses.determiners.contains(previous) else { return false }
    guard !WordClasses.prepositions.contains(previous) else { return false }
    return WordClasses.determiners.contains(next) || ["its", "their", "his", "her"].contains(next.lower)
  }

  static let clauseSubordinators: WordSet = [
    "after", "when", "because", "before", "since", "while", "although", "though", "once",
  ]

  /// Where a dateline that opens at `start` ends, at its dash or colon: "MANCHESTER, N.H. -",
  /// "WASHINGTON ―", "KUALA LUMPUR:"; nil when no dateline opens there.
  func datelineEnd(from start: Int, before limit: Int) -> Int? {
    guard tokens[start].isAllCaps && tokens[start].text.count >= 3 else { return nil }
    return window(start, min(start + 8, limit)).first(where: {
      ExtractionContext.isDash(tokens[$0]) || tokens[$0].text == "-"
        || tokens[$0].text == ":" && (start..<$0).allSatisfy { tokens[$0].isAllCaps || tokens[$0].kind != .word }
    })
  }

  func leadingSubject(of sentence: Range<Int>, before limit: Int) -> Range<Int>? {
    var start = firstWord(of: sentence)
    guard start < limit else { return nil }
    // A live blog's time stamp ("9:34 p.m.", one number token) comes off.
    if tokens[start].kind == .number, tokens[start].text.contains(":"), start + 1 < limit,
      WordClasses.clockWords.contains(tokens[start + 1])
    {
      start += 2
      while start < limit && tokens[start].kind != .word { start += 1 }
      guard start < limit else { return nil }
    }
    // A dateline ("MANCHESTER, N.H. -", "WASHINGTON ―", "KUALA LUMPUR:") comes off.
    if let dash = datelineEnd(from: start, before: limit) {
      start = dash + 1
      while start < limit && tokens[start].kind != .word { start += 1 }
      guard start < limit else { return nil }
    }
    // ("But the mayor shrugged…, saying": a conjunction that opens the sentence is no subject.)
    if ["but", "and", "yet", "or", "nor"].contains(tokens[start].lower), start + 1 < limit,
      tokens[start + 1].kind == .word
    {
      start += 1
    }
    // An opening phrase ("In Iowa,", "Facing criticism,"), and an adverb set off after it
    // ("At the same time, however,"), come off too.
    let first = tokens[start]
    // ("Even though Zielinski dislikes the storm, he is staying, saying": a concession opens it.)
    let concession =
      first.lower == "even" && start + 1 < limit
      && ["though", "if", "as", "when", "after", "before", "while", "so"].contains(tokens[start + 1].lower)
    // ("Early in the hearing, Mueller tried …and said", "Late on Tuesday,": a time by "early" or
    // "late".)
    let earlyOrLate =
      ["early", "late"].contains(first.lower) && start + 1 < limit
      && (["in", "on", "last", "this", "next", "that"].contains(tokens[start + 1].lower)
        || WordClasses.timeWords.contains(tokens[start + 1]))
    // ("Worldwide, South Korea went on its highest alert, reporting", "Separately, the ministry …":
    // an adverb on its own before a comma.)
    let openingAdverb =
      start + 1 < limit && tokens[start + 1].text == "," && first.isCapitalized
      && (Self.sentenceAdverbs.contains(first) || ["overseas", "abroad", "nearby"].contains(first.lower)
        || first.lower.count > 6 && first.lower.hasSuffix("wide"))
    var gerundOpens = false
    if Self.leadingIntroductions.contains(first) || concession || earlyOrLate || openingAdverb
      || opensWithTimeSpan(at: start, before: limit)
      || (first.isCapitalized && (first.lower.hasSuffix("ing") || first.lower.hasSuffix("ed")) && first.lower.count > 4)
      || first.lower == "back"
    {
      var k = start
      while k < limit && tokens[k].text != "," { k += 1 }
      guard k < limit else { return nil }
      // ("Shipping lines and freight forwarders have attacked the plan, saying": a capitalised
      // "-ing" word that opens the subject itself, when nothing stands between the comma and the cue.)
      let opening = start
      start = k + 1
      while start < limit && tokens[start].kind != .word { start += 1 }
      // ("Three days later, after a fractious House debate, Trump raised the stakes, describing":
      // a second opening phrase after the first.)
      var hops = 0
      while hops < 2, start < limit, Self.chainedOpenings.contains(tokens[start]), !tokens[start].isCapitalized,
        let comma = (start..<limit).first(where: { tokens[$0].text == "," })
      {
        start = comma + 1
        while start < limit && tokens[start].kind != .word { start += 1 }
        hops += 1
      }
      if start >= limit, !Self.leadingIntroductions.contains(first), !concession, first.lower != "back",
        opening + 1 < limit, tokens[opening + 1].kind == .word, !WordClasses.determiners.contains(tokens[opening + 1]),
        !WordClasses.prepositions.contains(tokens[opening + 1])
      {
        start = opening
        gerundOpens = true
      }
      if start + 1 < limit, WordClasses.isAdverbLike(tokens[start]) || tokens[start].lower == "however",
        tokens[start + 1].text == ","
      {
        start += 2
        while start < limit && tokens[start].kind != .word { start += 1 }
      }
    }
    var e = start
    // ("More than 200 veterans", "Nearly half of the members": a quantity before the noun.)
    if Self.quantityOpeners.contains(tokens[e]) {
      var q = e + 1
      while q < limit,
        tokens[q].kind == .number || WordClasses.numberWords.contains(tokens[q]) || tokens[q].text == "%"
          || ["than", "least", "half", "of", "the", "percent", "dozen", "dozens", "hundreds", "thousands"].contains(
            tokens[q].lower)
      {
        q += 1
      }
      // (Not a time: "Just 48 hours after his win, Sanders was".)
      if q > e + 1, q < limit, tokens[q - 1].lower != "than", tokens[q].kind == .word,
        !WordClasses.timeWords.contains(tokens[q]), !WordClasses.prepositions.contains(tokens[q])
      {
        e = q
      }
    }
    // After a name or a head noun, a lower-case word ends the subject ("Cruz took the stage"),
    // unless it is itself a head noun ("The Florida senator", "Black voters", "Band member Flea").
    var previousWasHead = false
    // (Where "and" joined two names: the phrase may run longer.)
    var joinedAt: Int? = nil
    // (A quantity before the noun does not count toward the length: "More than 600 workers at
    // the Njimbeng Tea Estate downed tools, saying".)
    let counted = e
    // (Where the head is, phrase after phrase, may run longer: "Residents of three villages on the
    // haul road from the Lutende coal mine blocked lorries, saying".)
    var placed = 0
    while e < limit && e - counted < (joinedAt != nil ? 12 : placed < 2 ? 8 : 14) {
      let t = tokens[e]
      // ("Ayomide 'Yomzy' Olaniyan has filed a lawsuit, describing": a nickname inside the name.)
      if t.kind == .quote, e > start,
        let close = window(e + 2, min(e + 5, limit)).first(where: { tokens[$0].kind == .quote }),
        nicknameGivenName(closingQuote: close, before: close + 1, in: sentence) == e
      {
        e = close + 1
        previousWasHead = true
        continue
      }
      // ("Sen. Ted Cruz (R-Texas) on Friday …": a party and state in parentheses after the name.)
      // (Not a caption's "(left)".)
      if t.text == "(", e > start, e + 1 < limit, tokens[e + 1].isCapitalized,
        let close = window(e, min(e + 7, limit)).first(where: { tokens[$0].text == ")" })
      {
        e = close + 1
        previousWasHead = true
        continue
      }
      // ("More than 120 nurses, technicians and cleaners at the hospital began a sit-in, saying": plural
      // nouns of people listed with commas before "and".)
      if t.text == ",", e > start, e + 3 < limit, isPluralOfPeople(e - 1), isPluralOfPeople(e + 1),
        let and = window(e + 2, min(e + 8, limit)).first(where: { tokens[$0].lower == "and" }),
        ((e + 2)..<and).allSatisfy({ tokens[$0].text == "," || isPluralOfPeople($0) }),
        and + 1 < limit, isPluralOfPeople(and + 1)
      {
        e = and + 2
        previousWasHead = true
        continue
      }
      if t.kind != .word && t.kind != .number { break }
      // ("About 60 workers and subcontractors blocked the entrance, saying": "and" between two
      // plural nouns of people joins them.)
      if t.lower == "and", e > start, e + 1 < limit, !tokens[e - 1].isCapitalized || e - 1 == start,
        !tokens[e + 1].isCapitalized, tokens[e - 1].lower.hasSuffix("s"), tokens[e + 1].lower.hasSuffix("s"),
        looksLikePersonNounOrPlural(tokens[e - 1].lower), looksLikePersonNounOrPlural(tokens[e + 1].lower)
      {
        e += 2
        previousWasHead = true
        continue
      }
      // ("Truckers and copra traders are asking …, saying": or one modifier before the second.)
      if t.lower == "and", e > start, e + 2 < limit, !tokens[e - 1].isCapitalized || e - 1 == start,
        tokens[e - 1].lower.hasSuffix("s"),
        looksLikePersonNounOrPlural(tokens[e - 1].lower), joinsWithinSubject(after: e, before: limit),
        !tokens[e + 1].lower.hasSuffix("s")
      {
        e += 3
        previousWasHead = true
        continue
      }
      // ("Highlands and Islands MSP Calum Rennie raised the issue, telling", "Trump and Pence
      // attacked the ruling, saying": "and" between names joins them.)
      if t.lower == "and", e > start, tokens[e - 1].isCapitalized, tokens[e - 1].kind == .word, e + 1 < limit,
        tokens[e + 1].isCapitalized, tokens[e + 1].kind == .word, !WordClasses.timeWords.contains(tokens[e + 1]),
        joinedAt == nil
      {
        joinedAt = e
        e += 1
        continue
      }
      if Self.leadingStops.contains(t) { break }
      if (e == start && WordClasses.determiners.contains(t)) || WordClasses.isPossessive(t) {
        // "The", "His" open the sentence in capitals without being names; "Kalvaria's" in
        // "Kalvaria's foreign ministry" is a determiner too.
        previousWasHead = false
      } else if isHeadNoun(at: e) {
        previousWasHead = true
      } else if t.isCapitalized {
        previousWasHead = true
      } else {
        // ("European leaders met", "Democratic presidential nominee Hillary Clinton chimed in",
        // "Small groups of protesters gathered": after a capitalised modifier, the noun it modifies
        // or a modifier before one goes on.)
        let verbLike = t.lower.hasSuffix("ed") || lexicon.cueVerbs.match(at: e, limit: limit, tokens: tokens) != nil
        let nextWord = e + 1 < limit && tokens[e + 1].kind == .word ? tokens[e + 1] : nil
        let modifiesOn =
          !verbLike && e > start && tokens[e - 1].isCapitalized
          && (looksLikePersonNounOrPlural(t.lower)
            || nextWord.map { n in
              !n.isCapitalized
                && (isPersonNoun(n.lower) || WordClasses.personRoles.contains(n)
                  || n.lower.hasSuffix("s") && looksLikePersonNounOrPlural(n.lower))
                || n.lower == "of" && t.lower.hasSuffix("s")
                // ("Studio head Bram Kask", "Club captain Ana Ruiz": a role before a name.)
                || n.isCapitalized && (lexicon.titles.contains(t) || WordClasses.personRoles.contains(t))
            } ?? false)
        // ("The public broadcaster NRK7 followed, reporting": an outlet's or a firm's noun before
        // its name, not a day, "The retailer Thursday cut".)
        let introducesName =
          e > start && nextWord.map { $0.isCapitalized && !WordClasses.timeWords.contains($0) } == true
          && (ExtractionContext.outletIntroducers.contains(t) || lexicon.companyDescriptors.contains(t))
        if modifiesOn || introducesName || gerundOpens && e == start + 1 {
          e += 1
          continue
        }
        // ("Japanese wire agency Kyokuto Press, citing port records,": an outlet's noun of more
        // than one word, between a capitalised modifier and the outlet's name.)
        // ("The Nice daily, citing two estate agents,": or an outlet's noun after its town's name,
        // up to the comma.)
        if e > start, tokens[e - 1].isCapitalized,
          let hit = lexicon.outletHeads.match(at: e, limit: limit, tokens: tokens), e + hit.length < limit,
          hit.length > 1 && tokens[e + hit.length].isCapitalized
            && !WordClasses.timeWords.contains(tokens[e + hit.length])
            || tokens[e + hit.length].text == "," && e - 2 >= start && tokens[e - 2].lower == "the"
        {
          e += hit.length
          continue
        }
        // ("Farmers from the Kessel valley marched, saying": a place's noun after its name.)
        // ("Workers at the old Lomnik steelworks blocked, saying": or a works' after its name.)
        if previousWasHead, e - 2 >= start, tokens[e - 1].isCapitalized,
          tokens[e - 2].lower == "the" && (Self.placeNouns.contains(t) || lexicon.companyNouns.contains(t))
            || e - 3 >= start && tokens[e - 3].lower == "the" && !tokens[e - 2].isCapitalized
              && !tokens[e - 2].lower.hasSuffix("ed") && lexicon.companyNouns.contains(t)
        {
          e += 1
          continue
        }
        // ("Homeowners in the Oak Slough neighborhood packed chambers, saying", "About 600 workers of
        // the Huacapampa sugar cooperative blocked the highway, saying": a name of up to three words
        // after "the", then the place's or the works' noun, one modifier before it at most.)
        // ("More than 300 households in Ntewa Juu village refused, saying": or after a preposition
        // of place, with no "the".)
        if previousWasHead, e - 2 >= start, tokens[e - 1].isCapitalized,
          let the = (max(start, e - 4)..<(e - 1)).last(where: {
            tokens[$0].lower == "the" || ["in", "at", "of", "from", "near"].contains(tokens[$0].lower)
          }),
          ((the + 1)..<e).allSatisfy({ tokens[$0].isCapitalized && tokens[$0].kind == .word }),
          let noun = [e, e + 1].first(where: { k in
            k < limit && tokens[k].kind == .word && !tokens[k].isCapitalized
              && (Self.placeNouns.contains(tokens[k]) || lexicon.companyNouns.contains(tokens[k]))
          }),
          noun == e || !t.lower.hasSuffix("ed") && lexicon.cueVerbs.match(at: e, limit: limit, tokens: tokens) == nil
        {
          e = noun + 1
          continue
        }
        // ("SPI's general manager, Mourad Trabelsi, went further, dismissing": a title that modifies
        // the person's noun after it.)
        if previousWasHead, e > start, lexicon.titles.contains(tokens[e - 1]), isPersonNoun(t.lower) {
          e += 1
          continue
        }
        // ("Analysts at Harrowgate Research were less forgiving, arguing": where the head works.)
        // ("Farmers along the Pedregal canal in Tunuyán have appealed, arguing": or where it is.)
        // ("Farmers and villagers east of Musina have lodged objections, warning": which way the
        // place lies.)
        if previousWasHead, Self.compassWords.contains(t), e + 1 < limit, tokens[e + 1].lower == "of" {
          e += 2
          placed += 1
          previousWasHead = false
          continue
        }
        if previousWasHead && !Self.whereTheHeadIs.contains(t.lower) { break }
        if Self.whereTheHeadIs.contains(t.lower) { placed += 1 }
        // (Not the day it happened, "Tobacco growers on Tuesday brought sales to a standstill,
        // accusing"; nor a day that opens the sentence, "Tuesday on WTMJ's show, while discussing";
        // nor "on" as an adverb, "many officials on and off the island".)
        if previousWasHead, ["on", "in", "at"].contains(t.lower), e + 1 < limit,
          WordClasses.timeWords.contains(tokens[e + 1]) || ["last", "this", "and", "or"].contains(tokens[e + 1].lower)
            || e > start && WordClasses.timeWords.contains(tokens[e - 1])
        {
          break
        }
        // ("The pop star hit back at critics, tweeting", "The reality star took to Instagram":
        // a past form without "-ed" is the verb too.)
        // (Not an adjective after an article: "Workers at the privatised steelworks".)
        if e > start, !(["the", "a", "an"].contains(tokens[e - 1].lower) && t.lower.hasSuffix("ed")),
          t.lower.hasSuffix("ed") || lexicon.cueVerbs.match(at: e, limit: limit, tokens: tokens) != nil
            || Self.irregularPasts.contains(t) || Self.strongPasts.contains(t) || Self.pastsOfDealing.contains(t)
        {
          break
        }
        previousWasHead = false
      }
      e += 1
    }
    // ("Nurses and health technicians at the Tambobamba Health Center stopped care, saying": a name
    // the length cut off inside runs to its end.)
    if joinedAt == nil, e < limit, e - counted >= (placed < 2 ? 8 : 14), e - 2 >= start, tokens[e - 1].isCapitalized,
      tokens[e - 1].kind == .word, tokens[e - 2].kind == .word,
      tokens[e - 2].isCapitalized || tokens[e - 2].lower == "the"
    {
      var end = e
      while end < limit, end - e < 3, tokens[end].kind == .word, tokens[end].isCapitalized,
        !WordClasses.timeWords.contains(tokens[end])
      {
        end += 1
      }
      if end > e, end < limit, tokens[end].kind == .word, !tokens[end].isCapitalized { e = end }
    }
    // (A joined name cut off by the length, or by what follows it, is left out: "John Kelly and
    // Sen.", "Goldman Sachs and Credit Suisse in recent".)
    if let joined = joinedAt,
      e - start >= 12 || e < limit && tokens[e].kind == .punctuation && tokens[e].text != ","
        || !tokens[e - 1].isCapitalized || tokens[e - 1].text.hasSuffix(".") && tokens[e - 1].text.count <= 5
    {
      e = joined
    }
    guard e > start else { return nil }
    // ("This week, the senator …", "Six days later": a time is no subject; nor an existential
    // "there".)
    if WordClasses.timeWords.contains(tokens[e - 1]) && !tokens[e - 1].isCapitalized
      || e - start == 1 && ["there", "here", "outside", "inside"].contains(tokens[start].lower)
    {
      // ("A day earlier, the plant closed, citing costs": the subject after the time's comma.)
      if e + 1 < limit, tokens[e].text == ",", e + 1 > sentence.lowerBound {
        return leadingSubject(of: (e + 1)..<sentence.upperBound, before: limit)
      }
      return nil
    }
    // ("The family of a man who died in custody last week is suing the county, saying": a
    // relative clause without commas belongs to the subject, up to the main verb's auxiliary.)
    if e + 2 < limit, tokens[e].lower == "who", !tokens[e - 1].isCapitalized,
      looksLikePersonNounOrPlural(tokens[e - 1].lower) || isPersonNoun(tokens[e - 1].lower),
      let main = window(e + 2, min(e + 16, limit)).first(where: {
        Self.mainAuxiliaries.contains(tokens[$0]) || tokens[$0].kind != .word && tokens[$0].kind != .number
      }), Self.mainAuxiliaries.contains(tokens[main])
    {
      return start..<main
    }
    // ("Harborline's chief executive, Dana Whitcombe, apologized …, saying": a name set off
    // after a role is the subject's.)
    if e + 2 < limit, tokens[e].text == ",", !tokens[e - 1].isCapitalized,
      let close = window(e + 2, min(e + 6, limit)).first(where: { tokens[$0].text == "," }),
      ((e + 1)..<close).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized })
    {
      return start..<close
    }
    // ("Ines Okafor, the council's longest-serving member, toured the estate and said", "Halvorsen,
    // a retired fire chief, joined the protest, writing": a description set off after the name is
    // the subject's too.)
    if e < limit, tokens[e - 1].isCapitalized || tokens[e - 1].text == ")",
      // (After a name that opens the sentence, any description: "Freedomworks, a conservative
      // advocacy group, urged".)
      let close = closedAppositive(after: e, in: sentence.lowerBound..<limit, needsRole: false),
      !tokens[close + 1].isCapitalized,
      // (Not a second subject: "Ines Okafor, the mayor, and her deputy said".)
      !["and", "or"].contains(tokens[close + 1].lower)
    {
      return start..<close
    }
    return start..<e
  }

  /// Whether the word at `k` is a plural noun of people in small letters: "nurses", "technicians".
  func isPluralOfPeople(_ k: Int) -> Bool {
    tokens[k].kind == .word && !tokens[k].isCapitalized && tokens[k].lower.hasSuffix("s")
      && looksLikePersonNounOrPlural(tokens[k].lower)
  }

  /// Plural nouns for bodies that stand beside people in a coordinated subject.
  static let groupPlurals: WordSet = [
    "groups", "organizations", "organisations", "unions", "companies", "firms", "agencies", "associations",
    "parties", "campaigns", "governments", "states", "countries", "businesses", "charities", "lobbies", "crews",
  ]

  /// Words that may stand between "and" and the noun of a coordinated subject's second part.
  static let coordinationModifiers: WordSet = [
    "even", "also", "some", "many", "most", "other", "several", "few", "all", "the", "their", "his", "her", "its",
    "local", "national", "state", "federal", "foreign", "senior", "former", "top", "climate", "legal", "health",
  ]

  /// Where a list of names separated by commas ("Obama, Hillary Clinton") starts, when each item
  /// is one to four capitalised words and the list ends at `end`.
  func nameListStart(endingAt end: Int, in sentence: Range<Int>) -> Int? {
    var k = end
    var start = end
    while k >= sentence.lowerBound {
      var itemStart = k
      while itemStart - 1 >= sentence.lowerBound, end - itemStart < 12,
        tokens[itemStart - 1].kind == .word
          && (tokens[itemStart - 1].isCapitalized || lexicon.titles.contains(tokens[itemStart - 1]))
      {
        itemStart -= 1
      }
      guard k - itemStart < 4, tokens[itemStart].isCapitalized else { return nil }
      start = itemStart
      guard itemStart - 2 >= sentence.lowerBound, tokens[itemStart - 1].text == ",",
        tokens[itemStart - 2].isCapitalized
      else { break }
      k = itemStart - 2
    }
    return start
  }

  /// Where a list of names that ends at `end` starts, when the list opens the sentence or follows
  /// an opening phrase's comma and each item is a name ("Ahead of the vote, Ana Ruiz, Tom Peck"),
  /// not a word that opens a clause ("In Delmont,", "Meanwhile,", "On Friday,").
  func listedNamesStart(endingAt end: Int, in sentence: Range<Int>) -> Int? {
    var start: Int? = nil
    var k = end
    while k >= sentence.lowerBound, tokens[k].isCapitalized {
      // One item: capitalised words or titles, with a place after "of" ("Tom Peck of Arlo").
      var itemStart = k
      while itemStart - 1 >= sentence.lowerBound, k - itemStart < 6 {
        let before = tokens[itemStart - 1]
        if before.kind == .word && (before.isCapitalized || lexicon.titles.contains(before)) {
          itemStart -= 1
        } else if before.lower == "of", itemStart - 2 >= sentence.lowerBound, tokens[itemStart - 2].isCapitalized {
          itemStart -= 2
        } else {
          break
        }
      }
      let opensList =
        itemStart == firstWord(of: sentence)
        || itemStart > sentence.lowerBound
          && tokens[itemStart - 1].text == ","
      guard k - itemStart < 6, isListedName(itemStart...k, opensList: opensList) else { break }
      start = itemStart
      guard itemStart - 2 >= sentence.lowerBound, tokens[itemStart - 1].text == "," else { break }
      k = itemStart - 2
    }
    guard let start, start == firstWord(of: sentence) || start > sentence.lowerBound && tokens[start - 1].text == ","
    else { return nil }
    return start
  }

  /// Whether words read as one name in a list, not as a phrase that opens a clause ("In Delmont",
  /// "Meanwhile", "On Friday") or a headline in capitals ("MAYOR SHOULD RESIGN, TENANTS SAY").
  /// ("The" may open the list: "The Bureau of Mines, Quarries and Tunnels".)
  func isListedName(_ item: ClosedRange<Int>, opensList: Bool) -> Bool {
    let first = tokens[item.lowerBound]
    guard first.kind == .word, !first.lower.hasSuffix("ly"),
      !WordClasses.determiners.contains(first.lower) || opensList && first.lower == "the"
    else { return false }
    return !item.contains { k in
      let word = tokens[k].lower
      return k > item.lowerBound && WordClasses.determiners.contains(word)
        || word != "of" && WordClasses.prepositions.contains(word) || WordClasses.timeWords.contains(word)
        || word != "of" && WordClasses.clauseBoundaries.contains(word)
        || WordClasses.auxiliariesAndAdverbs.contains(word) || lexicon.pronouns.contains(tokens[k])
    }
  }

  /// Auxiliaries that open a main clause's verb after its subject's relative clause.
  static let mainAuxiliaries: WordSet = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "says", "said",
  ]

  /// Whether the word at `i` is a noun that heads a source's phrase: a title ("senator"), a
  /// collective ("voters"), an organisation ("campaign") or an anonymous source's head ("aide").
  func isHeadNoun(at i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, !t.isCapitalized else { return false }
    return lexicon.titles.contains(t) || isNounPhraseEnd(t)
  }

  /// Whether a token can begin a source phrase after a cue ("said Smith", "said the company").
  /// "historian Ada Brennan", "bus driver Owen Tuck": a person's lower-case noun, then a name
  /// within three words.
  func rolePrecedesName(at k: Int, in sentence: Range<Int>) -> Bool {
    // ("said 9/11 widow Terry Strada": a number may open the description.)
    guard k < sentence.upperBound, tokens[k].kind == .word && !tokens[k].isCapitalized || tokens[k].kind == .number
    else { return false }
    guard
      let name = window(k + 1, min(k + 4, sentence.upperBound)).first(where: {
        !(tokens[$0].kind == .word && !tokens[$0].isCapitalized)
      }),
      tokens[name].isCapitalized, tokens[name].kind == .word
    else { return false }
    return looksLikePersonNoun(tokens[name - 1].lower) || WordClasses.personRoles.contains(tokens[name - 1])
  }

  /// "said someone familiar with the talks.", "say ministry officials familiar with the
  /// matter.": after an inverted "said", an unnamed source's phrase that runs to the sentence's end
  /// (a person's noun or "someone", then at most a qualifier and its object; no verb).
  func unnamedSpeakerToEnd(after: Int, in sentence: Range<Int>) -> Range<Int>? {
    var end = sentence.upperBound
    while end > after, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .quote { end -= 1 }
    // ("said three people briefed on the lease, none of whom was cleared to discuss it": the
    // phrase may end at a comma whose clause withholds the names.)
    // (Not inside the clause: "said an official who, like others, did not want to be named".)
    if let comma = (after..<end).first(where: { tokens[$0].text == "," }), comma > after,
      !["who", "which", "that", "whom"].contains(tokens[comma - 1].lower),
      withholdsNames(window(comma + 1, min(end, comma + 12)))
    {
      end = comma
    }
    // ("say aides, friends and supporters": people by plural nouns in a list.)
    func listsPeople(_ rest: Range<Int>) -> Bool {
      rest.count >= 2 && ["and", "or", ","].contains(tokens[rest.lowerBound].text.lowercased())
        && rest.allSatisfy({
          ["and", "or", ","].contains(tokens[$0].text.lowercased())
            || tokens[$0].kind == .word && !tokens[$0].isCapitalized && !isAuxiliary(tokens[$0])
              && !WordClasses.prepositions.contains(tokens[$0]) && !WordClasses.subjectPronouns.contains(tokens[$0])
        })
        && looksLikePersonNounOrPlural(tokens[rest.upperBound - 1].lower)
        && tokens[rest.upperBound - 1].lower.hasSuffix("s")
    }
    guard end > after, end - after <= 10,
      (after..<end).allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "," && $0 > after }),
      let head = (after..<end).first(where: {
        ["someone", "somebody"].contains(tokens[$0].lower) || lexicon.anonymousHeads.contains(tokens[$0])
          // ("…is far-fetched, say industry experts", "said economists at the bank": people by a
          // plural noun.)
          // (Not "in her closing arguments", "they're swing voters", "of this year's customers".)
          || !tokens[$0].isCapitalized && tokens[$0].lower.hasSuffix("s")
            && looksLikePersonNounOrPlural(tokens[$0].lower)
            && (after...$0).allSatisfy({ m in
              !WordClasses.prepositions.contains(tokens[m]) && !WordClasses.subjectPronouns.contains(tokens[m])
                && !WordClasses.isPossessive(tokens[m]) && !tokens[m].text.contains("'")
                && !tokens[m].text.contains("\u{2019}")
            })
          // ("said three people briefed on the talks": a qualified noun with its qualifier.)
          || lexicon.qualifiedHeads.contains(tokens[$0]) && $0 + 1 < end
            && ExtractionContext.sourceQualifiers.contains(tokens[$0 + 1])
      }),
      head - after <= 3,
      head + 1 == end || ExtractionContext.sourceQualifiers.contains(tokens[head + 1])
        || ["with", "in", "at", "inside", "who"].contains(tokens[head + 1].lower) || listsPeople((head + 1)..<end),
      // (A comma only inside such a list.)
      !(after..<end).contains(where: { tokens[$0].text == "," }) || listsPeople((head + 1)..<end),
      !(after..<end).contains(where: {
        tokens[$0].lower.hasSuffix("ed") && !ExtractionContext.sourceQualifiers.contains(tokens[$0])
          || isAuxiliary(tokens[$0])
      }),
      // (Without how it was said: "the aide in an email".)
      lexicon.channels.firstMatch(in: after..<end, tokens: tokens) == nil
    else { return nil }
    return after..<end
  }

  func startsNounPhrase(_ t: Token) -> Bool {
    if t.kind != .word { return false }
    if WordClasses.subjectPronouns.contains(t) { return true }
    if t.isCapitalized && !WordClasses.timeWords.contains(t) && !["in", "on", "at", "that"].contains(t.lower) {
      return true
    }
    return WordClasses.determiners.contains(t)
      && !["that", "this", "these", "those", "such", "no", "all", "each", "every", "any"].contains(t.lower)
      || lexicon.titles.contains(t)
  }

  func isNounPhraseEnd(_ t: Token) -> Bool {
    // A lower-case word before a noun-like cue form that could end a subject ("officials", "critics").
    lexicon.anonymousHeads.contains(t) || lexicon.qualifiedHeads.contains(t)
      || lexicon.vagueSources.match(at: 0, limit: 1, word: { _ in t.lower }) != nil
      || lexicon.documentHeads.match(at: 0, limit: 1, word: { _ in t.lower }) != nil
      || lexicon.organizationHeads.match(at: 0, limit: 1, word: { _ in t.lower }) != nil
  }

  // MARK: - Source phrases

  /// The last word before a trailing "last week", "on Monday", "on Instagram last month" that
  /// ends at `end` (inclusive), or `end` itself: at most two such phrases, each of at most three
  /// words.
  func skippingWhenAndWhere(before end: Int, in sentence: Range<Int>) -> Int {
    var k = end
    for _ in 0..<2 {
      // "last week", "this month", "earlier this year"
      if k - 1 > sentence.lowerBound, WordClasses.timeWords.contains(tokens[k]),
        ["last", "this", "next", "that", "earlier", "previous"].contains(tokens[k - 1].lower)
      {
        k -= 2
        if k > sentence.lowerBound, tokens[k].lower == "earlier" { k -= 1 }
        continue
      }
      // "on Monday", "in March", "on Instagram", "on its website"
      if let prep = ((k - 3)...(k - 1)).reversed().first(where: {
        $0 > sentence.lowerBound && ["on", "in", "at"].contains(tokens[$0].lower)
      }), ((prep + 1)...k).allSatisfy({ tokens[$0].kind == .word }),
        isProperWord(k) || ((prep + 1)..<k).contains(where: { WordClasses.determiners.contains(tokens[$0]) })
          || WordClasses.timeWords.contains(tokens[k])
      {
        k = prep - 1
        continue
      }
      // ("over the weekend", "during the hearing": a span of time.)
      if k - 2 > sentence.lowerBound, WordClasses.timeWords.contains(tokens[k]) || tokens[k].lower == "hearing",
        tokens[k - 1].lower == "the", ["over", "during"].contains(tokens[k - 2].lower)
      {
        k -= 3
        continue
      }
      break
    }
    return k
  }

  /// "The keeper in charge of the aviary", "The bakery named in the petition": a description that
  /// opens the sentence and ends at `end`, its noun (a person's, a role's or a firm's) followed by
  /// phrases of a preposition or a participle; nil when the phrase ending at `end` opens no such
  /// description.
  func openingDescription(endingAt end: Int, in sentence: Range<Int>) -> Range<Int>? {
    let opening = firstWord(of: sentence)
    guard var description = subjectRange(endingAt: end, in: sentence), description.lowerBound > opening,
      WordClasses.determiners.contains(tokens[opening]) || WordClasses.isPossessive(tokens[opening])
    else { return nil }
    var noun = end
    for _ in 0..<3 where description.lowerBound > opening {
      var k = description.lowerBound - 1
      // ("The consortium carrying out the repairs, Hofstad Tunnelbouw,": a participle with its
      // object, and its particle.)
      var participle = k
      if participle - 1 > opening, ["out", "up", "on", "off"].contains(tokens[participle].lower) { participle -= 1 }
      if participle > opening, tokens[participle].kind == .word, !tokens[participle].isCapitalized,
        tokens[participle].lower.hasSuffix("ing"), tokens[participle].lower.count > 5,
        let before = subjectRange(endingAt: participle - 1, in: sentence), before.upperBound == participle,
        !tokens[participle - 1].isCapitalized
      {
        description = before.lowerBound..<description.upperBound
        noun = before.upperBound - 1
        continue
      }
      guard k > opening, WordClasses.prepositions.contains(tokens[k]),
        !["than", "as", "like"].contains(tokens[k].lower)
      else { return nil }
      // (A participle before the preposition: "named in", "listed on"; or "in charge of".)
      if tokens[k].lower == "of", k - 2 > opening, tokens[k - 1].lower == "charge", tokens[k - 2].lower == "in" {
        k -= 2
      } else if tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
        tokens[k - 1].lower.hasSuffix("ed") || ExtractionContext.irregularParticiples.contains(tokens[k - 1])
      {
        k -= 1
      }
      guard let before = subjectRange(endingAt: k - 1, in: sentence), before.upperBound == k else { return nil }
      description = before.lowerBound..<description.upperBound
      noun = before.upperBound - 1
    }
    let head = tokens[noun].lower
    // (Its noun, not a particle after a verb: "A file put together by …".)
    guard description.lowerBound == opening, head != "together", !WordClasses.prepositions.contains(tokens[noun]),
      !description.contains(where: { WordClasses.timeWords.contains(tokens[$0]) || tokens[$0].kind == .quote }),
      looksLikePersonNoun(head) || WordClasses.personRoles.contains(tokens[noun])
        || lexicon.titles.contains(tokens[noun])
        || lexicon.companyNouns.contains(head) || ExtractionContext.spokesWords.contains(tokens[noun])
    else { return nil }
    return description
  }

  /// "But Megan Hester, senior associate for education organizing at the Annenberg Institute,
  /// said": a name opens the sentence, and the words between the commas hold no verb: they
  /// describe the name, whatever word they start with.
  func describesOpeningName(open: Int, comma: Int, in sentence: Range<Int>) -> Bool {
    var start = firstWord(of: sentence)
    if ["but", "and", "yet", "so", "still"].contains(tokens[start].lower) { start += 1 }
    guard open > start, open - start <= 5, comma - open <= 25,
      (start..<open).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].text == "." }),
      !WordClasses.isAdverbLike(tokens[open + 1])
    else { return false }
    return !((open + 1)..<comma).contains { k in
      let t = tokens[k]
      return t.kind == .quote || WordClasses.beVerbs.contains(t) || Self.leadingStops.contains(t)
        || lexicon.cueVerbs.match(at: k, limit: comma, tokens: tokens) != nil
    }
  }

  /// Whether the comma at `comma` joins a place to its state or country, one or two capitalised
  /// words that end at `closing`: "Wilmington, N.C.,", "Charleston, West Virginia,".
  func continuesPlace(comma: Int, closing: Int) -> Bool {
    let part = (comma + 1)..<closing
    guard (1...2).contains(part.count), comma > 0, tokens[comma - 1].isCapitalized,
      !WordClasses.determiners.contains(tokens[comma - 1]),
      part.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized })
    else { return false }
    // The place is the object of a preposition, as an aside's places are: "in", "at", "from".
    // (Within the sentence: a comma near its start has no aside before it.)
    let sentenceStart = structure.sentences[structure.sentenceOfToken[comma]].lowerBound
    guard comma - 1 > sentenceStart else { return false }
    // A place and its state's abbreviation as one modifier after an article: "a Tolliver, Wash.,
    // conservation group" (not "The Taoiseach, Eoin Madigan, refused").
    if ["a", "an", "the"].contains(tokens[comma - 2].lower), part.count == 1, tokens[comma + 1].text.hasSuffix("."),
      closing + 1 < tokens.count,
      tokens[closing].text == ",", tokens[closing + 1].kind == .word, !tokens[closing + 1].isCapitalized,
      !WordClasses.determiners.contains(tokens[closing + 1]), !isAuxiliary(tokens[closing + 1]),
      lexicon.cueVerbs.match(at: closing + 1, limit: closing + 2, tokens: tokens) == nil
    {
      return true
    }
    let before = max(sentenceStart, comma - 4)..<(comma - 1)
    guard
      let preposition = before.last(where: { ["in", "at", "from", "near", "outside", "of"].contains(tokens[$0].lower) })
    else { return false }
    // ...inside an aside that a comma opened ("Trump, speaking at a rally in Wilmington, N.C.,",
    // "Johnnie Wilson, of Springfield, Va.,"): not "A spokesman in Boston, Ivo Ratkin, said",
    // whose name after the comma is the spokesman's.
    // (Nor a comma that joins a clause: "…, and the vessel's agent in Ventspils, Kristaps
    // Lejnieks, could not be reached".)
    return (max(sentenceStart, preposition - 8)..<preposition).contains {
      tokens[$0].text == "," && !["and", "but", "while", "yet"].contains(tokens[$0 + 1].lower)
    }
  }

  /// "R-Ga.", "D-N.Y.", "I-Vt.": a lawmaker's party and state after the name.
  static func isPartyLabel(_ t: Token) -> Bool {
    let c = Array(t.text.unicodeScalars)
    return c.count >= 3 && ["R", "D", "I"].contains(c[0]) && c[1] == "-" && c[2].properties.isUppercase
  }

  /// For "X, the director of Y, said": the range of "X, the director of Y" when the comma
  /// before the cue closes an appositive; nil otherwise.
  /// "-ing" words that open a role's name: "managing director", "acting mayor", "presiding judge".
  static let roleOpeningIngs: WordSet = [
    "managing", "acting", "presiding", "founding", "outgoing", "incoming", "ranking", "supervising",
    "coordinating", "commanding", "investigating", "consulting", "attending", "reigning", "governing",
  ]

  func appositiveBefore(comma: Int, in sentence: Range<Int>) -> Range<Int>? {
    // Find the comma that opens the appositive.
    var k = comma - 1
    var steps = 0
    var nameWithAside = false
    while k > sentence.lowerBound && steps < 40 {
      let t = tokens[k]
      // ("The Chief of Army Staff, Lt-Gen. Musa Bello (rtd), said": a short parenthesis after a name
      // is part of it.)
      // ("Oversight Chairman Elijah Cummings (D-Md.),": or a party and state.)
      if t.text == ")", k - 2 > sentence.lowerBound,
        let open = ((max(sentence.lowerBound, k - 6))..<(k - 1)).last(where: {
          $0 > sentence.lowerBound && tokens[$0].text == "("
        }),
        open >= k - 4 && ((open + 1)..<k).allSatisfy({ tokens[$0].kind == .word })
          || Self.isPartyLabel(tokens[open + 1])
            && ((open + 1)..<k).allSatisfy({ tokens[$0].kind == .word || [".", "-"].contains(tokens[$0].text) }),
        tokens[open - 1].isCapitalized
      {
        k = open - 1
        steps += 4
        nameWithAside = true
        continue
      }
      // ('"We are ready," Pastor Ruth Amos of St. Brigid\'s Parish, told the Ledger': a name
      // between a quotation and a stray comma before its verb.)
      // (The quotation ends in its comma; the name's words are capitalised or a name's particles;
      // the cue has no source of its own after it: not "'using' Pena Nieto, says former minister".)
      // ('"…," Oversight Chairman Elijah Cummings (D-Md.), said': with a party's parenthesis.)
      let party =
        tokens[comma - 1].text == ")" && k + 1 < comma - 1
        ? (max(k + 1, comma - 8)..<(comma - 1)).last(where: { tokens[$0].text == "(" }) : nil
      let nameEnd = party ?? comma
      if t.kind == .quote, t.quoteRole == .closing, k - 1 > sentence.lowerBound, tokens[k - 1].text == ",",
        k + 1 < nameEnd, comma - k <= 16,
        ((k + 1)..<nameEnd).allSatisfy({
          (tokens[$0].kind == .word && (tokens[$0].isCapitalized || Self.lowercaseNameWords.contains(tokens[$0])))
            || tokens[$0].text == "."
        }),
        ((k + 1)..<comma).contains(where: { isProperWord($0) }),
        !((k + 1)..<comma).contains(where: {
          WordClasses.timeWords.contains(tokens[$0])
            || lexicon.cueVerbs.match(at: $0, limit: comma, tokens: tokens) != nil
        }),
        comma + 2 < sentence.upperBound,
        tokens[comma + 2].kind == .punctuation || ["in", "on", "at", "to"].contains(tokens[comma + 2].lower)
          || ["told", "tells"].contains(tokens[comma + 1].lower)
      {
        return (k + 1)..<comma
      }
      // ("The chief executive, Chukwuemeka 'Emeka Bigz' Nwosu, denied": a nickname inside the name.)
      if t.kind == .quote, let given = nicknameGivenName(closingQuote: k, before: k + 1, in: sentence) {
        k = given - 1
        steps += 3
        continue
      }
      if t.kind == .quote || t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" { return nil }
      // ("Trump, speaking at a rally in Wilmington, N.C., said": a place's state or country
      // after its comma is part of the aside, not its start.)
      // ("the top Democrat on the Senate Health, Education, Labor and Pensions Committee,": a
      // comma inside a body's name.)
      if t.text == "," && !continuesPlace(comma: k, closing: comma)
        && !listInsideName(comma: k, end: comma - 1, in: sentence)
      {
        // ("Rep. Ann Lee, D-Calif., the panel's top Democrat,": a party and a state stay with the name.)
        if k - 2 > sentence.lowerBound, Self.isPartyLabel(tokens[k - 1]), tokens[k - 2].text == "," {
          k -= 2
          steps += 2
          continue
        }
        // ("North Fork Forest Watch, a Tolliver, Wash., conservation group,": a place and its state
        // as one modifier inside the appositive.)
        if k - 3 > sentence.lowerBound, tokens[k - 2].text == ",", continuesPlace(comma: k - 2, closing: k) {
          k -= 3
          steps += 3
          continue
        }
        break
      }
      k -= 1
      steps += 1
    }
    guard k > sentence.lowerBound, tokens[k].text == ",", k < comma - 1 else { return nil }
    var open = k
    // ("Capt. Ann Daniels, who, according to the investigation, said": an aside right after the
    // relative pronoun; the verb is the clause's, and "who" its subject.)
    // (In small letters: not "The WHO," nor a question's "Who, specifically, denied".)
    if open - 1 > sentence.lowerBound, ["who", "which"].contains(tokens[open - 1].text) {
      return (open - 1)..<open
    }
    // ("Ann Daniels, who, in 2008, voted for the plan, said": the relative clause opens before
    // its own aside.)
    if let relative = (max(sentence.lowerBound + 1, open - 12)..<open).last(where: {
      tokens[$0].text == "," && $0 + 2 < open && ["who", "which"].contains(tokens[$0 + 1].lower)
        && tokens[$0 + 2].text == ","
    }), !(relative..<open).contains(where: { tokens[$0].kind == .quote }) {
      open = relative
    }
    // ("Tamika Oduya, whose son Devonte, 24, died in October, said": a "whose" clause with an
    // aside of its own.)
    if let whose = (max(sentence.lowerBound + 1, open - 10)..<open).last(where: {
      tokens[$0].text == "," && tokens[$0 + 1].lower == "whose"
    }), !(whose..<comma).contains(where: { tokens[$0].kind == .quote || tokens[$0].text == ";" }),
      // (Not where a name alone follows its last comma: in "the district, whose manager, Gus
      // Molina, said" the manager speaks.)
      let last = ((whose + 1)..<comma).last(where: { tokens[$0].text == "," }),
      !((last + 1)..<comma).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].text == "." })
    {
      open = whose
    }
    let first = tokens[open + 1]
    // "One plant physiologist who has reviewed manuscripts for several journals, and who asked not
    // to be named because reviews are confidential, said": a second relative clause joined by
    // "and"; the subject opens the sentence before the first.
    if first.lower == "and", open + 2 < comma, ["who", "which"].contains(tokens[open + 2].lower),
      let who = (sentence.lowerBound..<open).last(where: { ["who", "which"].contains(tokens[$0].lower) }),
      !(who..<open).contains(where: { tokens[$0].text == "," || tokens[$0].kind == .quote }),
      who > sentence.lowerBound, let head = subjectRange(endingAt: who - 1, in: sentence),
      case let opening = firstWord(of: sentence),
      // ("But an engineer who has worked on the site, and who asked not to be named, told": after
      // a conjunction that opens the sentence too.)
      head.lowerBound == opening
        || head.lowerBound == opening + 1 && ["but", "and", "yet"].contains(tokens[opening].lower)
    {
      return head.lowerBound..<comma
    }
    // ("The senator, who's running for governor,": the relative pronoun with its verb.)
    // ("Three drivers, none of whom would give a name, said": a share of them, then its clause.)
    let relative =
      ["who", "which", "whose", "whom", "where", "who's", "who\u{2019}s"].contains(first.lower)
      || isPartitiveOfWhom(at: open + 1, before: comma)
    // ("The memo, written by the city's auditor, says": a participle without "-ed".)
    // ("Voss, widely regarded as the party's most moderate member, said": after its adverb.)
    // ("A memo prepared by board staff, also obtained by the Drover, suggests": after "also".)
    let second = open + 2 < comma ? tokens[open + 2] : first
    let participle =
      !first.isCapitalized
      && (first.lower.hasSuffix("ed") || first.lower.hasSuffix("ing") || Self.documentParticiples.contains(first)
        || ExtractionContext.irregularParticiples.contains(first) || Self.asideParticiples.contains(first)
        || (first.lower.hasSuffix("ly") || first.lower == "also") && open + 2 < comma
          && (second.lower.hasSuffix("ed") || ExtractionContext.irregularParticiples.contains(second)))
    let looksAppositive =
      relative || participle || WordClasses.determiners.contains(first) || first.isCapitalized
      // ("The letters, copies of which the Herald has seen, warn")
      || Self.isCopyOfWhich(at: open + 1, tokens: tokens)
      || lexicon.titles.contains(first) || first.lower == "both" || first.lower == "now"
      // "Democratic economists, like their Republican counterparts, say"
      // ("Rep. Ann Lee, among the handful of Democrats who backed the bid, said")
      || ["like", "unlike", "including", "especially", "particularly", "along", "among"].contains(first.lower)
      // ("Mr Hughes, 54, from Leeds, told": where the person is from; "Atty. Joel Sepulveda, of the
      // opposition bloc, said": the side they belong to.)
      || ["of", "from"].contains(first.lower)
        && (tokens[open + 2].isCapitalized || tokens[open + 2].lower == "the" && open + 3 < comma)
      || first.lower == "formerly" || first.lower == "herself" || first.lower == "himself"
      // ("Delbert Hosemann, also a Republican, said")
      || first.lower == "also" && open + 2 < comma && WordClasses.determiners.contains(second)
      // ("The union's claim, still before the tribunal, says", "Growers near Alder Ford, midway up
      // the valley, say": where or how things stand, after an adverb of state or place.)
      // (Its next word a place's preposition, a participle or a state, or an adjective with its
      // preposition: not "rents, though falling, still stand well above", a verb of its own.)
      || Self.stateAdverbs.contains(first) && open + 2 < comma
        && (WordClasses.prepositions.contains(second) || ["up", "down", "along"].contains(second.lower)
          || second.lower.hasSuffix("ed") || Self.ingAdjectives.contains(second)
          || open + 3 < comma && WordClasses.prepositions.contains(tokens[open + 3])
            && !second.lower.hasSuffix("ing"))
        && !((open + 2)..<comma).contains(where: {
          isAuxiliary(tokens[$0]) || lexicon.cueVerbs.match(at: $0, limit: comma, tokens: tokens) != nil
        })
      || (first.kind == .number && open + 2 == comma)  // an age: "Mr. King, 82, told me"

      // ("Small-stock farmers at Gaibis, east of Lüderitz, say": which way the place lies.)
      || Self.compassWords.contains(first) && second.lower == "of" && open + 3 < comma
        && (tokens[open + 3].isCapitalized || ["the", "town", "here"].contains(tokens[open + 3].lower))
      // "Keron Blair, executive director of AROS, called": a role without an article.
      || window(open + 1, min(comma, open + 4)).contains {
        lexicon.titles.contains(tokens[$0]) || WordClasses.personRoles.contains(tokens[$0])
          // ("director-general of mines at the Ministry": a hyphenated role.)
          || tokens[$0].lower.contains("-")
            && lexicon.titles.contains(String(tokens[$0].lower.prefix(while: { $0 != "-" })))
      }
      // ("Ines Marlow, spokesperson for the Tenants' Alliance,", "Omar Reyes, senior fellow with the
      // Kestler Institute,", "Dana Pike, press and outreach manager at…": a role noun right before
      // its "for", "of", "at" or "with".)
      // (Only modifiers before it: not "the port, if the dredging with barges…," nor "rents made up
      // 35 percent of its income,".)
      || window(open + 1, min(comma - 1, open + 6)).contains { k in
        ["of", "for", "at", "with"].contains(tokens[k + 1].lower) && !tokens[k].isCapitalized
          && (ExtractionContext.spokesWords.contains(tokens[k]) || WordClasses.personRoles.contains(tokens[k])
            || Self.appositiveRoles.contains(tokens[k])
            || tokens[k].lower.hasPrefix("co-") || looksLikePersonNoun(tokens[k].lower))
          && ((open + 1)..<k).allSatisfy { m in
            tokens[m].kind == .word && !tokens[m].isCapitalized && !tokens[m].lower.hasSuffix("ed")
              && !WordClasses.clauseBoundaries.contains(tokens[m]) && !WordClasses.subordinators.contains(tokens[m])
          }
      }
    // "His attorney, public defender Liam Osei,", "The victim, 83-year-old Dorothy Banks,": a
    // person's noun, then a role or an age before a name.
    let namedAfterRole =
      comma - open <= 7 && tokens[comma - 1].isCapitalized && tokens[open - 1].kind == .word
      && looksLikePersonNounOrPlural(tokens[open - 1].lower)
      // ("The market's operator, auctioneers Thorne & Bevan,": a firm's name joined by "&".)
      && (open + 1..<comma).allSatisfy {
        tokens[$0].kind == .word || tokens[$0].kind == .number || tokens[$0].text == "-" || tokens[$0].text == "&"
      }
    // "Smith, in a statement, said": an aside between the commas; the subject stands before it.
    // ("Bernie Sanders, celebrating a victory in his home state, said", "Trump, appearing after
    // Clinton at the forum, said": any participle's aside, as PolNeAR leaves out 26 times in 28.)
    // (Not a role an "-ing" word opens: "Tshepo Rampedi, managing director of Kgotla Emergency
    // Services, told", "acting chief executive".)
    let ingRole =
      Self.roleOpeningIngs.contains(first) && open + 2 < comma && second.kind == .word && !second.isCapitalized
      && !WordClasses.prepositions.contains(second) && !WordClasses.determiners.contains(second)
    let ingAside =
      participle && first.lower.hasSuffix("ing") && first.lower.count > 5 && !ingRole
      && !["including", "according", "regarding", "concerning", "something", "nothing", "anything", "everything"]
        .contains(first.lower)
    // ("Chief Darlene Ashkewe of Nimkii Bay First Nation, 40 kilometres east of town, said", "Owners of
    // river cabins at Sandpiper Bend, about 12 miles west of Yankton, say": how far away the place
    // is, an aside after it.)
    let distance =
      first.kind == .number && open + 2 < comma && Self.distanceUnits.contains(tokens[open + 2])
      || ["about", "some", "nearly", "roughly", "almost", "around", "just"].contains(first.lower) && open + 3 < comma
        && tokens[open + 2].kind == .number && Self.distanceUnits.contains(tokens[open + 3])
    let aside =
      ingAside || distance
      // ("The mayor, still smarting from the vote, said": an adverb before the participle.)
      || Self.stateAdverbs.contains(first) && second.lower.hasSuffix("ing") && second.lower.count > 5
        && !Self.ingAdjectives.contains(second)
      // ("Harbor board members, wary of another delay, said": a mood.)
      // (Not "The petitioners, concerned residents of Elm Street, told": an adjective before a noun.)
      || Self.moodAdjectives.contains(first) && open + 2 < comma
        && (WordClasses.prepositions.contains(tokens[open + 2]) || ["to", "that"].contains(tokens[open + 2].lower))
      || [
        "in", "at", "on", "during", "after", "before", "with", "through", "speaking", "asked", "when", "while",
        "whilst", "citing", "throughout", "amid", "despite",
        // (", behind the sixteenth green,", ", near the harbour,": where they are.)
        "behind", "near", "beside", "opposite",
        // (", downwind of the treatment plant,", ", upstream of the dam,": where a place lies.)
        "downwind", "upwind", "upstream", "downstream",
        "writing", "reached", "contacted", "interviewed", "testifying", "responding",
        // (", due next year,": when something is expected, of a noun inside the subject.)
        // (", across all generations,".)
        "due", "across",
      ].contains(first.lower)
      // (", as he has before,", ", as part of their solution,", ", as usual,".)
      || first.lower == "as" && open + 2 < comma
        && (WordClasses.subjectPronouns.contains(second)
          || ["part", "usual", "expected", "always"].contains(second.lower))
      // (", for the most part,")
      || ((comma - open <= 4 || comma - open == 5 && tokens[comma - 1].lower == "part")
        && ["for", "however", "once", "meanwhile", "though", "too", "instead", "moreover", "indeed", "of", "again"]
          .contains(first.lower)
        // ("Johnnie Wilson, of Springfield, Va.,", "Mr. Mahaney, of RBC Capital Markets,": where the
        // person is from or works describes them.)
        && !(first.lower == "of" && tokens[open + 2].isCapitalized))
      // (", by contrast,", ", by comparison,")
      || comma - open == 3 && first.lower == "by" && ["contrast", "comparison"].contains(tokens[open + 2].lower)
    guard looksAppositive || aside || namedAfterRole || describesOpeningName(open: open, comma: comma, in: sentence)
    else { return nil }
    // ("For some, the losses would outstrip the gains, said Lily Batchelder": a clause between the
    // commas, with a verb of its own and no relative pronoun, is what was said, not an appositive.)
    if !relative, !aside, WordClasses.determiners.contains(first),
      let verb = ((open + 2)..<comma).first(where: {
        isAuxiliary(tokens[$0]) && !["being", "been", "be"].contains(tokens[$0].lower) && tokens[$0 - 1].lower != "to"
          && !WordClasses.determiners.contains(tokens[$0 - 1])  // not a noun: "a must stop for hopefuls"
      }),
      !((open + 1)..<verb).contains(where: {
        ["who", "which", "that", "whose", "whom", "where", "when"].contains(tokens[$0].lower)
          || tokens[$0].kind != .word
      }),
      // (Not a clause without "that" after the noun it is about: "a new polling technique Fox News
      // is testing", "a sampling method the Ledger is testing", "a plan we are drafting".)
      !((open + 2)..<verb).contains(where: { m in
        !tokens[m - 1].isCapitalized && !WordClasses.determiners.contains(tokens[m - 1])
          && (tokens[m].isCapitalized || WordClasses.subjectPronouns.contains(tokens[m])
            || WordClasses.determiners.contains(tokens[m]) && m + 1 < verb && tokens[m + 1].isCapitalized)
      })
    {
      return nil
    }
    // The head before the opening comma must itself look like a subject.
    guard
      var head = nameWithParenthesis(endingAt: open - 1, in: sentence) ?? subjectRange(endingAt: open - 1, in: sentence)
    else { return nil }
    // ("A buyer for one of the two largest hauliers calling at the depot, who asked not to be named,
    // said": before the aside, a noun phrase whose participle or relative clause runs on past the
    // head found; the whole phrase leads, as it does right before a cue.)
    if head.upperBound == open, let whole = modifiedSubject(before: open, instead: head, in: sentence),
      whole.lowerBound < head.lowerBound
    {
      head = whole
    }
    // ("The keeper in charge of the aviary, Rosa Quell, said": a description with its phrases
    // opens the sentence before the name.)
    if first.isCapitalized || WordClasses.determiners.contains(first) && open + 2 < comma && second.isCapitalized,
      let description = openingDescription(endingAt: open - 1, in: sentence)
    {
      head = description
    }
    // ("An email sent to staff on Friday, seen by the Ledger,": a day is no one's name; the phrase
    // it dates leads.)
    if head.allSatisfy({ WordClasses.timeWords.contains(tokens[$0]) }), head.lowerBound - 2 >= sentence.lowerBound,
      ["on", "in", "at"].contains(tokens[head.lowerBound - 1].lower),
      let dated = subjectRange(endingAt: head.lowerBound - 2, in: sentence)
    {
      head = dated.lowerBound..<head.upperBound
    }
    // ("After winning Ohio, Gov. John Kasich (R-OH), said": what stands before a name with its
    // parenthesis is no noun phrase; the name is the subject.)
    if nameWithAside, first.isCapitalized, case let headFirst = tokens[head.lowerBound],
      headFirst.kind == .number || WordClasses.timeWords.contains(headFirst)
        || !headFirst.isCapitalized && !WordClasses.determiners.contains(headFirst)
          && !WordClasses.isPossessive(headFirst) && head.count > 1
    {
      return (open + 1)..<comma
    }
    if aside {
      // "The Commissioner for Internal Security, Brig-Gen. Yusuf Maigari (rtd), however,
      // dismissed": the description that opens the sentence leads the name before the aside.
      if head.lowerBound - 2 >= sentence.lowerBound, tokens[head.lowerBound - 1].text == ",",
        tokens[head.lowerBound].isCapitalized,
        let description = subjectRange(endingAt: head.lowerBound - 2, in: sentence),
        description.lowerBound == firstWord(of: sentence),
        WordClasses.determiners.contains(tokens[description.lowerBound])
          || WordClasses.isPossessive(tokens[description.lowerBound]),
        lexicon.titles.contains(tokens[description.upperBound - 1])
          || WordClasses.personRoles.contains(tokens[description.upperBound - 1])
          || !tokens[description.upperBound - 1].isCapitalized
          || (description.lowerBound..<description.upperBound).contains(where: { lexicon.titles.contains(tokens[$0]) })
      {
        return description.lowerBound..<head.upperBound
      }
      return head
    }
    // "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony, said": the head found
    // is a place's state; the person it describes leads, with the place.
    if relative, head.count <= 2, head.lowerBound - 1 > sentence.lowerBound, tokens[head.lowerBound - 1].text == ",",
      continuesPlace(comma: head.lowerBound - 1, closing: open), let whole = appositiveBefore(comma: open, in: sentence)
    {
      return whole.lowerBound..<comma
    }
    // "Schiff, 56, who has served": the name before the age.
    var start = head.lowerBound
    if head.count == 1, tokens[head.lowerBound].kind == .number, head.lowerBound - 2 >= sentence.lowerBound,
      tokens[head.lowerBound - 1].text == ",", let name = subjectRange(endingAt: head.lowerBound - 2, in: sentence)
    {
      start = name.lowerBound
    }
    // "The letter, signed by the creamery's director, Nolan Achterberg, says": the head found is a
    // document's participle phrase; the document before it leads.
    // ("The memo, dated July 30 and addressed to the general manager, Rolf Brandvold, describes":
    // the participle may open a phrase further back.)
    if start == head.lowerBound, head.lowerBound > sentence.lowerBound + 1,
      let comma = (max(sentence.lowerBound + 1, head.lowerBound - 12)..<head.lowerBound).last(where: {
        tokens[$0].text == "," || tokens[$0].kind == .quote
      }),
      tokens[comma].text == ",", describesDocument(participle: comma + 1, in: sentence),
      let document = subjectRange(endingAt: comma - 1, in: sentence)
    {
      start = document.lowerBound
    }
    // "The commissioner, who spoke through his media aide, Mr Tunde Bakare, said": the head found
    // is the object of a relative clause's verb or preposition; the clause's own head leads.
    if start == head.lowerBound, head.lowerBound - 1 > sentence.lowerBound,
      case let before = tokens[head.lowerBound - 1], before.kind == .word, !before.isCapitalized,
      WordClasses.prepositions.contains(before) || isAuxiliary(before) || before.lower.hasSuffix("ed"),
      let relativeComma = (max(sentence.lowerBound + 1, head.lowerBound - 12)..<head.lowerBound).last(where: {
        tokens[$0].text == "," || tokens[$0].kind == .quote
      }),
      tokens[relativeComma].text == ",", ["who", "which"].contains(tokens[relativeComma + 1].lower),
      // ("Donna Payne, 48, of Washington, who was there as a representative of …": with her age and place.)
      let leader = appositiveBefore(comma: relativeComma, in: sentence)
        ?? subjectRange(endingAt: relativeComma - 1, in: sentence)
    {
      start = leader.lowerBound
    }
    // "Michael Mulgrew, president of the teachers' union, which represents …, said": the head
    // found is itself an appositive; the name before it leads.
    let headFirst = tokens[head.lowerBound]
    // ("Sen. John McCain, Arizona Republican, the leading critic…,": a state and a party describe
    // the name before them.)
    let partyOfAPlace =
      head.count >= 2 && headFirst.isCapitalized
      && ExtractionContext.partyMembers.contains(tokens[head.upperBound - 1])
    if start == head.lowerBound, head.lowerBound - 2 >= sentence.lowerBound, tokens[head.lowerBound - 1].text == ",",
      !headFirst.isCapitalized || WordClasses.determiners.contains(headFirst) || lexicon.titles.contains(headFirst)
        || partyOfAPlace,
      WordClasses.determiners.contains(headFirst) || lexicon.titles.contains(headFirst) || partyOfAPlace
        || window(head.lowerBound, min(head.upperBound, head.lowerBound + 3)).contains(where: {
          lexicon.titles.contains(tokens[$0]) || WordClasses.personRoles.contains(tokens[$0])
            // ("Ana Ruiz, senior adviser for the group, which opposed the law, told": a role
            // noun right before its "for", "of", "at" or "with".)
            || !tokens[$0].isCapitalized && looksLikePersonNoun(tokens[$0].lower) && $0 + 1 < head.upperBound
              && ["of", "for", "at", "with"].contains(tokens[$0 + 1].lower)
        }),
      let name = subjectRange(endingAt: head.lowerBound - 2, in: sentence),
      tokens[name.upperBound - 1].isCapitalized,
      // (Not a phrase that opens the sentence: "In an interview with the Ledger on Sunday, the
      // commissioner, Dr Ada Ike, said".)
      !(name.lowerBound > sentence.lowerBound && WordClasses.prepositions.contains(tokens[name.lowerBound - 1])),
      !WordClasses.timeWords.contains(tokens[name.upperBound - 1])
    {
      start = name.lowerBound
    }
    // "The store's owner, Wendell Harker, 71, could not be reached", "The authority's former
    // director, Felix Ambrose-Lyle, who drew up that list, said": a description that opens the
    // sentence and names the person after it leads too.
    if start - 2 >= sentence.lowerBound, tokens[start - 1].text == ",", tokens[start].isCapitalized,
      !WordClasses.determiners.contains(tokens[start]),
      let description = subjectRange(endingAt: start - 2, in: sentence),
      description.lowerBound == firstWord(of: sentence),
      WordClasses.determiners.contains(tokens[description.lowerBound])
        || WordClasses.isPossessive(tokens[description.lowerBound]),
      // ("The Police Public Relations Officer, SP Adewale Okon,": a capitalised title too.)
      !tokens[description.upperBound - 1].isCapitalized || lexicon.titles.contains(tokens[description.upperBound - 1])
        || WordClasses.personRoles.contains(tokens[description.upperBound - 1])
    {
      start = description.lowerBound
    }
    // "The page that first published the post, which calls itself a news site, said": the head
    // found is the object of a relative clause whose noun opens the sentence; that noun leads.
    let opening = firstWord(of: sentence)
    if start == head.lowerBound, relative, opening < head.lowerBound, head.lowerBound - opening <= 12,
      WordClasses.determiners.contains(tokens[opening]),
      let that = window(opening + 1, min(opening + 5, head.lowerBound)).first(where: {
        ["that", "who"].contains(tokens[$0].lower)
      }),
      that + 1 < head.lowerBound, !tokens[that + 1].isCapitalized,
      (opening..<head.lowerBound).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number })
    {
      return opening..<comma
    }
    // "Several lawmakers, including Rep. Kay Granger, R-Texas, who heads the panel, expressed":
    // the head found is the example; the group it belongs to leads.
    if start == head.lowerBound, ["including", "like", "notably", "especially"].contains(tokens[start].lower),
      start - 2 >= sentence.lowerBound, tokens[start - 1].text == ",",
      let group = subjectRange(endingAt: start - 2, in: sentence)
    {
      return group.lowerBound..<comma
    }
    // "Another passenger, who gave only his first name, Dev, said": the head found is a relative
    // clause; the person it describes leads.
    if start == head.lowerBound, ["who", "whose"].contains(tokens[start].lower), start - 1 > sentence.lowerBound,
      tokens[start - 1].text == ",", let whole = appositiveBefore(comma: open, in: sentence)
    {
      return whole.lowerBound..<comma
    }
    // "Cruz, who has seen his lead in Iowa evaporate, challenged": a "who" clause about someone the
    // article has already named is an aside on what they did, not who they are (PolNeAR leaves it
    // out 82 times in 131 after a name named before, and keeps it 69 times in 89 at a first mention).
    if start == head.lowerBound, first.lower == "who", isKnownName(endingAt: head.upperBound - 1),
      anonymityMarker(in: (open + 1)..<comma) == nil
    {
      return head
    }
    // "The ministry, in a statement signed by its Director of Press, Mrs Ada Obi, urged": the head
    // found is an aside's statement and its signer; the subject stands before the aside.
    if start - 3 >= sentence.lowerBound, ["in", "through", "via"].contains(tokens[start - 1].lower),
      tokens[start - 2].text == ",", start + 1 < comma,
      lexicon.channels.match(at: start + 1, limit: comma, tokens: tokens) != nil
        || ["letter", "memo", "communique", "communiqué", "notice", "circular"].contains(tokens[start + 1].lower),
      WordClasses.determiners.contains(tokens[start]) || WordClasses.isPossessive(tokens[start]),
      let subject = nameWithParenthesis(endingAt: start - 3, in: sentence)
        ?? subjectRange(endingAt: start - 3, in: sentence)
    {
      return subject
    }
    // "the firm that installed it, Corran Civil, dismissed": the head found is a
    // restrictive clause's verb and object; the noun the clause describes leads.
    // (Not an object's clause, whose own subject the head is: "a country that the previous
    // nominee, Mitt Romney, called".)
    // (The relative pronoun may stand a few words before the head: "that installed it".)
    if start == head.lowerBound, start > sentence.lowerBound + 1,
      let relative = (max(sentence.lowerBound + 1, start - 4)..<start).last(where: {
        ["that", "who"].contains(tokens[$0].lower)
      }),
      ((relative + 1)..<start).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
      case let verb = tokens[relative + 1], !verb.isCapitalized, verb.kind == .word,
      !WordClasses.determiners.contains(verb), !WordClasses.isPossessive(verb),
      !looksLikePersonNounOrPlural(verb.lower),
      // (The clause's verb: "that installed them"; not "a plan that residents, including …, called".)
      verb.lower.hasSuffix("ed") || isAuxiliary(verb) || Self.irregularPasts.contains(verb)
        || Self.pastsOfDealing.contains(verb)
        || lexicon.cueVerbs.match(at: relative + 1, limit: relative + 2, tokens: tokens) != nil,
      let noun = subjectRange(endingAt: relative - 1, in: sentence),
      WordClasses.determiners.contains(tokens[noun.lowerBound]) || WordClasses.isPossessive(tokens[noun.lowerBound]),
      !tokens[noun.upperBound - 1].isCapitalized
    {
      return noun.lowerBound..<comma
    }
    // A relative or participial clause between commas belongs to the source's span, as an
    // appositive does ("the coalition, which represents 20 million Americans, said").
    return start..<comma
  }

  /// A place's lower-case noun after its name: "the Kessel valley", "the Orrin district".
  static let placeNouns: WordSet = [
    "area", "region", "district", "valley", "county", "province", "village", "villages", "coast", "basin",
    "highlands", "estate", "township", "suburb", "suburbs", "corridor", "delta", "peninsula", "islands",
    "island", "atoll", "town", "hamlet", "canal", "river", "lake", "creek", "harbour", "harbor", "bay",
    "neighborhood", "neighbourhood", "settlement", "settlements", "ward", "parish", "compound", "camp",
  ]

  /// Adverbs that open an aside saying where or how a subject stands: "still", "midway".
  static let stateAdverbs: WordSet = [
    "still", "halfway", "midway", "already", "currently", "newly", "partway",
  ]

  /// Adjectives in "-ing" that describe a state rather than an act: "still pending in court".
  static let ingAdjectives: WordSet = ["pending", "outstanding", "ongoing"]

  /// Adjectives that open an aside on the subject's mood or stance ("wary of", "eager to").
  static let moodAdjectives: WordSet = [
    "wary", "eager", "keen", "mindful", "aware", "unaware", "anxious", "confident", "fearful", "worried",
    "concerned", "frustrated", "angry", "upset", "skeptical", "sceptical", "careful", "desperate", "determined",
    "unhappy", "happy", "proud", "unsure", "reluctant", "unwilling", "hopeful", "nervous", "furious", "conscious",
    "cautious", "aghast", "undeterred", "unfazed", "unmoved", "unrepentant", "defiant",
  ]

  /// Whether the word at `k` is a person's name (capitalised, not a group's plural) that the
  /// article has used before this sentence.
  func isKnownName(endingAt k: Int) -> Bool {
    let word = tokens[k]
    guard word.kind == .word, word.isCapitalized, !word.isAllCaps, word.text.count > 1,
      !(word.lower.hasSuffix("s") && !word.lower.hasSuffix("ss")) || lexicon.titles.contains(tokens[max(0, k - 1)])
    else { return false }
    let sentenceStart = structure.sentences[structure.sentenceOfToken[k]].lowerBound
    var j = sentenceStart - 1
    while j >= 0 {
      if tokens[j].key == word.key && tokens[j].text == word.text { return true }
      j -= 1
    }
    return false
  }

  /// The subject phrase before a cue that starts at `cueStart`.
  func subjectBefore(cueStart: Int, in sentence: Range<Int>, earlier: [AttributionExtractor.Candidate]) -> Range<Int>? {
    guard var subject = subjectFound(before: cueStart, in: sentence, earlier: earlier) else { return nil }
    // ("Two weeks later the municipality announced": a time that opens the sentence is no part of
    // the subject.)
    if subject.lowerBound == firstWord(of: sentence),
      let later = subject.first(where: { k in
        k > subject.lowerBound && k - subject.lowerBound <= 3
          && ["later", "earlier", "ago"].contains(tokens[k].lower) && Self.timeSpans.contains(tokens[k - 1])
      }), later + 1 < subject.upperBound, tokens[later + 1].kind == .word,
      (subject.lowerBound..<(later - 1)).allSatisfy({ k in
        tokens[k].kind == .number || WordClasses.numberWords.contains(tokens[k])
          || ["a", "an", "several", "few", "some", "just", "only"].contains(tokens[k].lower)
      })
    {
      subject = (later + 1)..<subject.upperBound
    }
    // ("Every month management tells us": how often is no part of who.)
    if subject.count > 2, subject.lowerBound == firstWord(of: sentence),
      ["every", "each"].contains(tokens[subject.lowerBound].lower),
      WordClasses.timeWords.contains(tokens[subject.lowerBound + 1])
        || tokens[subject.lowerBound + 1].lower == "season",
      tokens[subject.lowerBound + 2].kind == .word, !isAuxiliary(tokens[subject.lowerBound + 2])
    {
      subject = (subject.lowerBound + 2)..<subject.upperBound
    }
    return subject
  }

  /// A time phrase that runs from the end of `subject` to `cueStart` ("on Monday", "in March",
  /// "last week"), where the subject holds a clause of its own (a relative pronoun or a participle
  /// after its noun); where the phrase ends, or nil.
  func timeOfClause(after subject: Range<Int>, before cueStart: Int) -> Int? {
    let gap = subject.upperBound..<cueStart
    guard gap.count >= 1, gap.count <= 4,
      gap.allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number }),
      ["on", "in", "last", "this", "earlier", "late", "early"].contains(tokens[gap.lowerBound].lower)
        || WordClasses.weekdays.contains(tokens[gap.lowerBound]),
      gap.contains(where: {
        WordClasses.timeWords.contains(tokens[$0]) && !["this", "last"].contains(tokens[$0].lower)
      }),
      gap.allSatisfy({ k in
        WordClasses.timeWords.contains(tokens[k]) || ["on", "in", "at"].contains(tokens[k].lower)
          || tokens[k].kind == .number
      }),
      subject.dropFirst().contains(where: { k in
        let w = tokens[k]
        return w.kind == .word && !w.isCapitalized
          && (["who", "that"].contains(w.lower)
            || (w.lower.hasSuffix("ed") || ExtractionContext.irregularParticiples.contains(w))
              && k - 1 >= subject.lowerBound
              && looksLikePersonNounOrPlural(tokens[k - 1].lower))
      })
    else { return nil }
    return cueStart
  }

  func subjectFound(before cueStart: Int, in sentence: Range<Int>, earlier: [AttributionExtractor.Candidate])
    -> Range<Int>?
  {
    guard let subject = nearestSubject(before: cueStart, in: sentence, earlier: earlier) else { return nil }
    // ("A firefighter posted to the island, speaking on condition of anonymity, said": the one
    // posted there, not the place.)
    if subject.lowerBound - 3 >= sentence.lowerBound, tokens[subject.lowerBound - 2].lower == "posted",
      isPostingToAPlace(subject.lowerBound - 2, in: sentence),
      let posted = subjectRange(endingAt: subject.lowerBound - 3, in: sentence)
    {
      return posted.lowerBound..<subject.upperBound
    }
    // ("General manager Mr Rawiri Te Kani told the Gazette the company's own surveys showed": the
    // one told opens no subject; what was said starts after it.)
    if subject.lowerBound - 1 > sentence.lowerBound,
      ["told", "telling", "tells", "tell"].contains(tokens[subject.lowerBound - 1].lower),
      let said = recipientEnd(subject.lowerBound, in: sentence), said > subject.lowerBound, said < subject.upperBound
    {
      return said..<subject.upperBound
    }
    // ("Workers gathered outside the main gate on Wednesday said", "Labourers gathered at the bazar
    // on Monday said": not the day, but the ones the participle after the opening noun describes.)
    if subject.count == 1, WordClasses.timeWords.contains(tokens[subject.lowerBound]),
      subject.lowerBound - 1 > sentence.lowerBound,
      ["on", "last", "this"].contains(tokens[subject.lowerBound - 1].lower),
      case let opening = firstWord(of: sentence), opening + 2 < subject.lowerBound,
      tokens[opening].kind == .word, !WordClasses.subjectPronouns.contains(tokens[opening]),
      let participle = window(opening + 1, min(opening + 4, subject.lowerBound)).first(where: { k in
        !tokens[k].isCapitalized && (tokens[k].lower.hasSuffix("ed") || tokens[k].lower.hasSuffix("ing"))
      }),
      (opening..<participle).allSatisfy({ tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) }),
      (participle..<subject.upperBound).allSatisfy({
        (tokens[$0].kind == .word || tokens[$0].kind == .number) && !isAuxiliary(tokens[$0])
      })
    {
      return opening..<subject.upperBound
    }
    if let opening = leadingSubject(before: subject, in: sentence) {
      return withoutDocumentAside(opening..<subject.upperBound)
    }
    // ("An email obtained by the Grapevine shows regional district staff warned": a document's
    // finding verb inside the phrase; the one who warned is what it shows.)
    if let inner = earlier.last(where: { c in
      c.cue.lowerBound > subject.lowerBound + 1 && c.cue.upperBound < subject.upperBound
        && Self.documentFindingForms.contains(tokens[c.cue.upperBound - 1].lower)
        // (The phrase's head is what shows it: not "A letter from the agency, which she showed to
        // the Review, states".)
        && c.source?.lowerBound == subject.lowerBound
        // (A document's: not "Vander Plaats — who … will reveal his pick … — said".)
        && (subject.lowerBound..<min(subject.lowerBound + 3, c.cue.lowerBound)).contains(where: { k in
          lexicon.documentHeads.match(at: k, limit: k + 1, tokens: tokens) != nil
        })
    }),
      (inner.cue.upperBound..<subject.upperBound).allSatisfy({ tokens[$0].kind == .word }),
      tokens[inner.cue.upperBound].lower != "that"
    {
      return inner.cue.upperBound..<subject.upperBound
    }
    return subject
  }

  /// "Residents of at least six villages east of Polokwane say", "Owners of the dragon boats that
  /// carry tourists along the Perfume River say", "Commuters stranded at Tarrawong station on
  /// Saturday morning said": when the subject found is a place, a name or a day inside a longer
  /// phrase that opens the sentence with people (or one person's role), that phrase is the subject;
  /// where it starts, or nil.
  func leadingSubject(before subject: Range<Int>, in sentence: Range<Int>) -> Int? {
    var opening = firstWord(of: sentence)
    // (After a capitals dateline and its dash: "POLOKWANE - Residents of…".)
    if opening + 2 < subject.lowerBound, tokens[opening].isAllCaps,
      ["-", "\u{2013}", "\u{2014}", ":"].contains(tokens[opening + 1].text)
    {
      opening += 2
    } else if tokens[opening].isAllCaps, tokens[opening].text.count >= 3,
      // ("CAMANÁ, Arequipa — An audit of …": a dateline with its region.)
      let dash = window(opening + 2, min(opening + 6, subject.lowerBound)).first(where: {
        ["-", "\u{2013}", "\u{2014}"].contains(tokens[$0].text)
      }),
      tokens[opening + 1].text == ",", dash + 2 < subject.lowerBound,
      ((opening + 2)..<dash).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].text == "." })
    {
      opening = dash + 1
    }
    // (After a conjunction that opens the sentence: "Yet Democrats leaving a two-hour discussion…".)
    if opening + 3 < subject.lowerBound, ["yet", "but", "and", "so"].contains(tokens[opening].lower) {
      opening += 1
    }
    // (After a day and its comma: "On Sunday, growers at a meeting in the hamlet of Pampa El Cardo
    // said".)
    var afterDay = false
    if let comma = window(opening + 1, min(opening + 4, subject.lowerBound)).first(where: { tokens[$0].text == "," }),
      comma + 3 < subject.lowerBound,
      ["on", "by", "late", "early", "last", "this"].contains(tokens[opening].lower)
        || WordClasses.timeWords.contains(tokens[opening]),
      (opening..<comma).contains(where: { WordClasses.timeWords.contains(tokens[$0]) }),
      (opening..<comma).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number }),
      // (People in small letters; not a name, "Last September, Snyder signed a bill that … critics
      // accuse".)
      !tokens[comma + 1].isCapitalized
    {
      opening = comma + 1
      afterDay = true
    }
    guard opening + 2 < subject.lowerBound, subject.lowerBound - opening <= 16, tokens[opening].kind == .word,
      tokens[opening].isCapitalized || afterDay, !WordClasses.subjectPronouns.contains(tokens[opening]),
      case let before = tokens[subject.lowerBound - 1], before.kind == .word,
      WordClasses.timeWords.contains(tokens[subject.lowerBound])
        || !before.isCapitalized
          && (WordClasses.prepositions.contains(before) || Self.whereTheHeadIs.contains(before.lower)
            // (A relative clause's verb taken for the subject, "that carry tourists along…"; not its
            // own subject, "the emails that Donald Trump asked".)
            || ["that", "who"].contains(before.lower) && !tokens[subject.lowerBound].isCapitalized
              && !WordClasses.determiners.contains(tokens[subject.lowerBound])),
      // The head: the opening noun, or the one after a determiner, before where it is or what it does.
      let headEnd = (opening..<subject.lowerBound).first(where: { k in
        k > opening && !tokens[k].isCapitalized
          && (Self.whereTheHeadIs.contains(tokens[k].lower) || tokens[k].lower.hasSuffix("ing")
            || tokens[k].lower.hasSuffix("ed"))
      }),
      // (Not a time after the subject: "The fiscal oversight board on Monday sent".)
      !(headEnd + 1 <= subject.lowerBound && ["on", "in", "at"].contains(tokens[headEnd].lower)
        && (WordClasses.timeWords.contains(tokens[headEnd + 1])
          || ["last", "this"].contains(tokens[headEnd + 1].lower))),
      headEnd - opening <= 4, case let head = tokens[headEnd - 1], head.kind == .word,
      // People ("Residents", "Fishermen", "the owner") or a document ("Water tests commissioned
      // by the committee and seen by the Clarion found").
      // (Where a relative clause's verb was taken for the subject, only people as before, a plural
      // alone or a noun after its determiner: not "A federal law in 1882 established that
      // immigration officials".)
      case let relative =
        ["that", "who"].contains(tokens[subject.lowerBound - 1].lower) && !tokens[subject.lowerBound].isCapitalized,
      looksLikePersonNounOrPlural(head.lower) || head.lower == "people" || isPersonNoun(head.lower)
        || !relative && lexicon.documentHeads.match(at: headEnd - 1, limit: headEnd, tokens: tokens) != nil,
      case let plural = head.lower.hasSuffix("s") || head.lower.hasSuffix("men") || head.lower == "people",
      // (A plural alone or after its modifiers, "Chile growers", "More than 200 families",
      // "Farmers and residents"; one noun after its determiner.)
      // (After modifiers, what follows the head is a place's word, a participle or a passive's:
      // not a verb, "House Republicans entered their retreat with Mr. Boehner".)
      !relative && plural && headEnd - opening <= 4
        && (!tokens[headEnd].lower.hasSuffix("ed")
          || headEnd + 1 < subject.lowerBound && tokens[headEnd + 1].lower == "by"
          || !looksLikePersonNounOrPlural(head.lower))
        || headEnd - opening <= 3 && WordClasses.determiners.contains(tokens[opening])
        || headEnd - opening == 1 && (plural || !relative),
      (opening..<subject.lowerBound).allSatisfy({ k in
        let t = tokens[k]
        return isPhraseWord(t) && !isAuxiliary(t)
          && (!["and", "but", "or", "when", "after", "because", "while", "if", "as", "also"].contains(t.lower)
            || t.lower == "and" && joinsWithinSubject(after: k, before: subject.lowerBound))
          && (k == opening || lexicon.cueVerbs.match(at: k, limit: subject.lowerBound, tokens: tokens) == nil)
      })
    else { return nil }
    return opening
  }

  /// Whether the "and" at `k` joins two parts of one opening subject: two plural nouns ("Farmers
  /// and residents of…") or two participles ("commissioned by the committee and seen by…").
  func joinsWithinSubject(after k: Int, before limit: Int) -> Bool {
    guard k + 1 < limit, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized else { return false }
    let next = tokens[k + 1].lower
    // ("Truckers and copra traders": one modifier before the second plural.)
    if k + 2 < limit, tokens[k + 2].kind == .word, !tokens[k + 2].isCapitalized, tokens[k + 2].lower.hasSuffix("s"),
      !next.hasSuffix("ed"), !next.hasSuffix("ing"), !next.hasSuffix("s"),
      !WordClasses.determiners.contains(tokens[k + 1]),
      isPersonNoun(tokens[k + 2].lower)
    {
      return true
    }
    return looksLikePersonNounOrPlural(next) && next.hasSuffix("s")
      || Self.seeingParticiples.contains(tokens[k + 1]) && k + 2 < limit && ["by", "to"].contains(tokens[k + 2].lower)
  }

  /// "The contractor and the provincial administration confirmed", "Politicians and even some
  /// technologists say", "Friends, lobbyists and former foes say": when the subject found is the
  /// last of noun phrases joined by "and" or "or" that open the sentence, the whole list is the
  /// subject (PolNeAR spans it whole).
  func coordinatedSubject(_ subject: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
    let joined = subject.dropFirst().first(where: { ["and", "or"].contains(tokens[$0].lower) })
    var join = subject.lowerBound - 1
    if join > sentence.lowerBound, ["even", "also"].contains(tokens[join].lower) { join -= 1 }
    var opening = firstWord(of: sentence)
    if opening < join, ["but", "yet", "and", "so"].contains(tokens[opening].lower) { opening += 1 }
    // ("Friends, lobbyists and former foes": the subject found is the list's end, after a comma,
    // and what stands before the comma ends in a name or a plural; not "Back home, Democrats and
    // some Republicans".)
    let listComma =
      join - 1 >= sentence.lowerBound && tokens[join].text == "," && joined != nil
      && (tokens[join - 1].isCapitalized
        || tokens[join - 1].lower.hasSuffix("s") && !tokens[join - 1].lower.hasSuffix("ss"))
      && !tokens[join - 1].lower.hasSuffix("ly")
    guard join > opening, join - opening <= 10, ["and", "or"].contains(tokens[join].lower) || listComma,
      !WordClasses.subjectPronouns.contains(tokens[subject.lowerBound]) || subject.count > 1,
      case let first = tokens[opening], first.kind == .word,
      !WordClasses.prepositions.contains(first), !WordClasses.timeWords.contains(first),
      !WordClasses.clauseBoundaries.contains(first), !Self.sentenceAdverbs.contains(first),
      // (Not an opening phrase: "Speaking to reporters, Ruiz and Vance said", "What's more, …".)
      !first.lower.hasSuffix("ly"), !first.lower.hasSuffix("ing"),
      ![
        "what", "when", "where", "how", "why", "whether", "once", "still", "instead", "regardless", "first", "second",
        "third", "fourth", "finally", "meanwhile",
      ].contains(first.lower)
    else { return subject }
    // One pronoun alone may open the list ("he and Brafman"); otherwise noun phrases, with commas
    // only between them ("Friends, lobbyists and former foes"), and no verb.
    if join - opening == 1, ["he", "she", "they", "we", "i"].contains(first.lower) {
      return opening..<subject.upperBound
    }
    // (A comma before the "and" closes a list of three or more, "labor unions, environmental
    // groups, and many Democratic lawmakers"; alone it closes a clause, "Minning ultimately didn't
    // run, and Farley said".)
    if !listComma, tokens[join - 1].text == ",", !(opening..<(join - 1)).contains(where: { tokens[$0].text == "," }) {
      return subject
    }
    for k in opening..<join {
      let t = tokens[k]
      if t.text == "," {
        guard k > opening, tokens[k - 1].kind == .word else { return subject }
        continue
      }
      // (A verb before its object, which a determiner or a name follows: "Ruiz attacks Vance and
      // the campaign says", "The council cut the grant and the mayor said".)
      if !t.isCapitalized, t.kind == .word, k > opening, k + 1 < join,
        tokens[k + 1].isCapitalized && tokens[k - 1].isCapitalized
          || WordClasses.determiners.contains(tokens[k + 1]) && !["all", "both", "half"].contains(t.lower),
        !WordClasses.prepositions.contains(t), !WordClasses.determiners.contains(t)
      {
        return subject
      }
      guard isPhraseWord(t), !isAuxiliary(t), !WordClasses.beVerbs.contains(t),
        !WordClasses.clauseBoundaries.contains(t), !WordClasses.timeWords.contains(t),
        !["not", "n't", "never"].contains(t.lower),
        // (A cue's word after a determiner is a noun: "A state oil and gas inspector".)
        lexicon.cueVerbs.match(at: k, limit: k + 1, tokens: tokens) == nil
          || k > opening && WordClasses.determiners.contains(tokens[k - 1]),
        !Self.irregularPasts.contains(t), !Self.strongPasts.contains(t), !Self.pastsOfDealing.contains(t),
        t.isCapitalized || !t.lower.hasSuffix("ed") || k > opening && WordClasses.determiners.contains(tokens[k - 1])
      else { return subject }
    }
    return opening..<subject.upperBound
  }

  /// Words after a leading subject's head that say where it works or stands ("Analysts at Harrowgate
  /// Research", "Farmers along the canal").
  static let whereTheHeadIs: Set<String> = [
    "of", "for", "'s", "at", "from", "with", "in", "along", "near", "outside", "around", "across", "beside",
    "inside", "behind", "beyond", "above", "below", "on", "up", "down", "further", "farther", "upstream", "downstream",
  ]

  /// A document's verbs of finding, whose object can be the speaker of the next cue ("The minutes
  /// show the chair warned").
  static let documentFindingForms: Set<String> = [
    "show", "shows", "showed", "reveal", "reveals", "revealed", "indicate", "indicates", "indicated",
  ]

  /// What a thing itself does, not a body that speaks through it ("a chart …, which shows"): its
  /// verbs of finding and a few more.
  static let thingsDocumentsDo: Set<String> = documentFindingForms.union([
    "found", "finds", "suggests", "suggested", "estimates", "estimated", "concluded", "concludes", "details",
    "detailed", "lists", "listed",
  ])

  /// Whether the noun phrase at `after` has an auxiliary of its own right after it ("said several
  /// members had been approached"): what was said, not an inverted speaker.
  func phraseHasItsOwnVerb(after: Int, in sentence: Range<Int>) -> Bool {
    guard let phrase = phraseAfter(after, in: sentence, allowVerbsInside: false) else { return false }
    return phrase.upperBound < sentence.upperBound && isAuxiliary(tokens[phrase.upperBound])
      && !tokens[phrase.upperBound].isCapitalized
  }

  /// A document with its maker set off by commas, before the comma at `comma`: "The survey, by
  /// Eastmark Coastal Surveys, warns", "The study, by consultants Vaddel Marine, says a crossing is…".
  func documentWithMaker(endingAt comma: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard let open = (max(sentence.lowerBound, comma - 10)..<comma).last(where: { tokens[$0].text == "," }),
      open + 2 < comma, open - 1 >= sentence.lowerBound, tokens[open + 1].lower == "by",
      // (A firm's name may hold an ampersand: "by Burlington firm Tessier & Vail".)
      ((open + 2)..<comma).allSatisfy({
        tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) || tokens[$0].text == "&"
      }),
      lexicon.documentHeads.match(at: open - 1, limit: open, tokens: tokens) != nil,
      let head = subjectRange(endingAt: open - 1, in: sentence)
    else { return nil }
    return head.lowerBound..<comma
  }

  func nearestSubject(before cueStart: Int, in sentence: Range<Int>, earlier: [AttributionExtractor.Candidate])
    -> Range<Int>?
  {
    let p = cueStart - 1
    guard p >= sentence.lowerBound else { return nil }
    let tp = tokens[p]
    // ("he has argued that "…," has falsely suggested": the comma inside the closing quotation.)
    let commaInQuote =
      tp.kind == .quote && tp.quoteRole == .closing && p - 1 > sentence.lowerBound
      && tokens[p - 1].text == ","
    if tp.text == "," || commaInQuote {
      // ("The letter, he said, cites a clause", "The report, officials said, found": a parenthetical
      // attribution between the subject and its verb.)
      if tp.text == ",", let open = (max(sentence.lowerBound, p - 6)..<p).last(where: { tokens[$0].text == "," }),
        open - 1 >= sentence.lowerBound, p - open >= 3, Self.parentheticalSaying.contains(tokens[p - 1]),
        ((open + 1)..<(p - 1)).allSatisfy({ tokens[$0].kind == .word }),
        tokens[open - 1].kind == .word,
        let head = subjectRange(endingAt: open - 1, in: sentence)
      {
        return head
      }
      // ("The Romblon Inter-Island Shippers' Association, of which Sibalo Bluewater is a member,
      // said": an aside of what belongs to the subject, with the subject.)
      if tp.text == ",", let open = (max(sentence.lowerBound, p - 14)..<p).last(where: { tokens[$0].text == "," }),
        open + 3 < p, tokens[open + 1].lower == "of", ["which", "whom"].contains(tokens[open + 2].lower),
        open - 1 >= sentence.lowerBound, tokens[open - 1].kind == .word,
        ((open + 3)..<p).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number }),
        let head = subjectRange(endingAt: open - 1, in: sentence)
      {
        return head.lowerBound..<p
      }
      // ("The council's leader, Cllr Helen Marwood (Lib Dem, Yeo Vale), denied": a party and ward in
      // parentheses, with a comma of their own, after a name that may be an appositive.)
      if tp.text == ",", p - 1 > sentence.lowerBound, tokens[p - 1].text == ")",
        let open = (max(sentence.lowerBound, p - 9)..<(p - 1)).last(where: { tokens[$0].text == "(" }),
        (open..<(p - 1)).contains(where: { tokens[$0].text == "," }),
        let named = nameWithParenthesis(endingAt: p - 1, in: sentence)
      {
        if named.lowerBound - 2 >= sentence.lowerBound, tokens[named.lowerBound - 1].text == ",",
          let head = subjectRange(endingAt: named.lowerBound - 2, in: sentence)
        {
          return head.lowerBound..<p
        }
        return named
      }
      if tp.text == ",", let document = documentWithMaker(endingAt: p, in: sentence) { return document }
      if tp.text == ",", let appositive = appositiveBefore(comma: p, in: sentence) {
        if let whole = renamedInAside(appositive, before: p, in: sentence) { return whole }
        return withoutDocumentAside(withoutOpeningContact(appositive))
      }
      // ("A classmate of Ramirez's who was not at the party and who declined to be identified, told
      // the magazine": a stray comma after the relative clause of the noun that opens the sentence.)
      let opening = firstWord(of: sentence)
      // (Not a cue with its own subject, "we'd never", nor a clause a pronoun opens: "I lost count
      // of all the people who walked up to him and…, asked".)
      if tp.text == ",", WordClasses.subjectPronoun(in: tokens[cueStart].lower) == nil,
        !WordClasses.subjectPronouns.contains(tokens[opening]),
        !window(opening, p).contains(where: { tokens[$0].text == "," || tokens[$0].kind == .quote }),
        let who = window(opening, p).first(where: { tokens[$0].lower == "who" }), who > opening,
        let head = subjectRange(endingAt: who - 1, in: sentence), head.lowerBound == opening,
        !tokens[who - 1].isCapitalized || head.count > 1
      {
        return head.lowerBound..<p
      }
      // ("One of the two members who voted against, who asked not to be named because…, said": a
      // subject with a clause of its own, then an aside that says why it is unnamed.)
      // ("One of the two who voted against, Mr Iain Gordon, posted": or the name of the one it
      // describes.)
      if tp.text == ",", !WordClasses.subjectPronouns.contains(tokens[opening]),
        let open = window(opening, p).first(where: { tokens[$0].text == "," }), open + 2 < p,
        !(opening..<open).contains(where: { tokens[$0].kind == .quote }),
        let who = (opening..<open).first(where: { tokens[$0].lower == "who" }), who > opening,
        let head = subjectRange(endingAt: who - 1, in: sentence), head.lowerBound == opening
      {
        if tokens[open + 1].lower == "who", anonymityMarker(in: (open + 1)..<p) != nil { return opening..<open }
        if ((open + 1)..<p).allSatisfy({ isProperWord($0) || lexicon.titles.contains(tokens[$0]) }),
          isProperWord(p - 1)
        {
          return opening..<p
        }
      }
      return seriesSubject(cueStart: cueStart, comma: p, in: sentence, earlier: earlier)
    }
    if tp.text == ")" { return nameWithParenthesis(endingAt: p, in: sentence) }
    if ExtractionContext.isDash(tp) { return subjectBeforeDashes(closing: p, in: sentence) }
    // ("A person who asked not to be identified because staff have not yet been told said": a
    // passive "told" that closes the subject's relative clause, whose noun opens the sentence.)
    if tp.lower == "told", p - 2 > sentence.lowerBound,
      ((p - 2)..<p).contains(where: { WordClasses.beVerbs.contains(tokens[$0]) || tokens[$0].lower == "been" }),
      case let opening = firstWord(of: sentence),
      let who = window(opening, p).first(where: { tokens[$0].lower == "who" }), who > opening,
      !window(opening, p).contains(where: { tokens[$0].kind == .quote }),
      let head = subjectRange(endingAt: who - 1, in: sentence), head.lowerBound == opening
    {
      return head.lowerBound..<(p + 1)
    }
    // ("42% say they are liberal".)
    if tp.text == "%", p > sentence.lowerBound, tokens[p - 1].kind == .number {
      return subjectRange(endingAt: p, in: sentence)
    }
    if tp.kind != .word && tp.kind != .number { return nil }
    // (Not a verb inside what the first one quoted: 'said the company would "defend itself" but
    // declined to comment'.)
    // ("Ruiz expects repayment but would not say how many": with no cue before, the sentence's
    // subject.)
    // (Not a name's capitals: "Bane NOR declined".)
    if ["and", "but", "then", "yet", "or", "nor"].contains(tp.lower), !isCapitalsInName(p, in: sentence) {
      guard let previous = cueJoined(at: p, earlier: earlier) else {
        let outside = structure.quotationOfToken[p] < 0
        return outside && ["and", "but"].contains(tp.lower) ? leadingSubject(of: sentence, before: p) : nil
      }
      return previous.source
    }
    // "Quillon neither admitted nor denied": "neither" inside the sentence is no subject ("Neither
    // responded" opens one).
    if tp.lower == "neither", p > firstWord(of: sentence) {
      return subjectBefore(cueStart: p, in: sentence, earlier: earlier)
    }
    if tp.lower == "who" || tp.lower == "which" { return p..<(p + 1) }
    // ("a 2023 regional study that described the river as under severe stress", "a new poll that
    // shows": a relative "that" after a document's noun is the document.)
    if tp.lower == "that", p - 1 >= sentence.lowerBound, tokens[p - 1].kind == .word, !tokens[p - 1].isCapitalized,
      lexicon.documentHeads.match(at: p - 1, limit: p, tokens: tokens) != nil
    {
      return p..<(p + 1)
    }
    // ("the leader, who in 2010 said", "who last year said": a time between the relative pronoun
    // and its verb.)
    var beforeTime =
      WordClasses.timeWords.contains(tp) || tp.isCapitalized ? skippingWhenAndWhere(before: p, in: sentence) : p
    if beforeTime == p, p - 1 > sentence.lowerBound, isYear(tp), ["in", "since"].contains(tokens[p - 1].lower) {
      beforeTime = p - 2
    }
    if beforeTime < p, beforeTime >= sentence.lowerBound, ["who", "which"].contains(tokens[beforeTime].lower) {
      return beforeTime..<(beforeTime + 1)
    }
    // ("The groups have in recent years sought": an auxiliary before the time; a form of "be"
    // only before "-ing", not "who were on the island at the time said".)
    if beforeTime < p, beforeTime > sentence.lowerBound, isAuxiliary(tokens[beforeTime]),
      WordClasses.timeWords.contains(tp),
      !WordClasses.beVerbs.contains(tokens[beforeTime]) || tokens[cueStart].lower.hasSuffix("ing")
    {
      return subjectBefore(cueStart: beforeTime, in: sentence, earlier: earlier)
    }
    // ("has denied the affair and over the weekend denied directing him": a second verb, its time
    // before it.)
    if beforeTime < p, beforeTime > sentence.lowerBound, ["and", "but"].contains(tokens[beforeTime].lower),
      WordClasses.timeWords.contains(tp)
    {
      return subjectBefore(cueStart: beforeTime + 1, in: sentence, earlier: earlier)
    }
    // ("family members, many of whom say": a share of the people just named.)
    if tp.lower == "whom", p - 2 >= sentence.lowerBound, tokens[p - 1].lower == "of",
      Self.standaloneDeterminers.contains(tokens[p - 2])
        || ["most", "none", "half", "each"].contains(tokens[p - 2].lower)
    {
      return (p - 2)..<(p + 1)
    }
    // ("they are frequently asked": an adverb is no subject; what stands before it may be.)
    // (Not the adverb that ends a clause: "who was not authorized to discuss it publicly confirmed".)
    if WordClasses.isAdverbLike(tp), tp.lower.hasSuffix("ly"), p > sentence.lowerBound, isAuxiliary(tokens[p - 1]) {
      return subjectBefore(cueStart: p, in: sentence, earlier: earlier)
    }
    // ("which together vowed", "World leaders and diplomats almost universally expressed": an
    // adverb of degree or manner between the subject and the cue is neither.)
    if Self.subjectAdverbs.contains(tp), p > sentence.lowerBound, tokens[p - 1].kind == .word {
      return subjectBefore(cueStart: p, in: sentence, earlier: earlier)
    }
    // ("The international community has so far brushed off", "has sometimes said".)
    if tp.lower == "far", p - 1 > sentence.lowerBound, ["so", "thus"].contains(tokens[p - 1].lower) {
      var q = p - 1
      while q - 1 > sentence.lowerBound, isAuxiliary(tokens[q - 1]) { q -= 1 }
      return subjectBefore(cueStart: q, in: sentence, earlier: earlier)
    }
    // ("The senator at that point said", "at that time".)
    // (Not "people who worked in the division at the time": the time of their own clause.)
    if ["point", "moment", "time", "stage"].contains(tp.lower), p - 2 > sentence.lowerBound,
      ["that", "this", "the"].contains(tokens[p - 1].lower), tokens[p - 2].lower == "at",
      !(max(sentence.lowerBound, p - 20)..<(p - 2)).contains(where: {
        ["who", "which", "that"].contains(tokens[$0].lower)
      })
    {
      return subjectBefore(cueStart: p - 2, in: sentence, earlier: earlier)
    }
    // ("The White House nevertheless insists", "The company however said".)
    // (An auxiliary before the adverb is the verb's: "Clinton has nevertheless called".)
    if tp.lower == "sometimes" || Self.sentenceAdverbs.contains(tp) && !tp.lower.hasSuffix("ly"),
      p > sentence.lowerBound, tokens[p - 1].kind == .word,
      // ("Carter however said": a name that opens the sentence; not "But then said".)
      !tokens[p - 1].isCapitalized || p - 1 > sentence.lowerBound
        || isProperWord(p - 1) && !WordClasses.clauseBoundaries.contains(tokens[p - 1])
          && !Self.sentenceAdverbs.contains(tokens[p - 1])
    {
      var q = p
      while q - 1 > sentence.lowerBound, isAuxiliary(tokens[q - 1]) { q -= 1 }
      // (Not a passive's subject, "the split is still argued over", nor a time, "In eight years
      // now recalled".)
      if (q..<p).contains(where: { WordClasses.beVerbs.contains(tokens[$0]) }) { return nil }
      let subject = subjectBefore(cueStart: q, in: sentence, earlier: earlier)
      if let subject, WordClasses.timeWords.contains(tokens[subject.upperBound - 1]) { return nil }
      return subject
    }
    // ("Sen. Ann Voss (R-Ohio) on Friday lashed out", "Dan Ruiz, pollster for the campaign, on Monday
    // downplayed": a time between a parenthesis or an appositive's comma and the cue.)
    if WordClasses.timeWords.contains(tp), p - 2 > sentence.lowerBound,
      Self.timeIntroducers.contains(tokens[p - 1]), [")", ","].contains(tokens[p - 2].text)
    {
      return subjectBefore(cueStart: p - 1, in: sentence, earlier: earlier)
    }
    // ("Several reports on Saturday said": a day between a plural noun and the cue.)
    if WordClasses.timeWords.contains(tp), tp.isCapitalized, p - 2 > sentence.lowerBound,
      tokens[p - 1].lower == "on", tokens[p - 2].kind == .word, !tokens[p - 2].isCapitalized,
      tokens[p - 2].lower.hasSuffix("s"),
      lexicon.nounForms.contains(tokens[p - 2])
        || lexicon.documentHeads.match(at: p - 2, limit: p - 1, tokens: tokens) != nil
    {
      return subjectBefore(cueStart: p - 1, in: sentence, earlier: earlier)
    }
    // ("The minutes of a meeting on 9 October record that", "The roster for the week of 4 May
    // shows", "Minutes of a parent council meeting in May record that": a date after the noun a
    // document's phrase is about, when the sentence opens with the document.)
    if tp.kind == .number || WordClasses.timeWords.contains(tp) && tp.isCapitalized {
      var on = p
      while on > sentence.lowerBound, p - on < 3,
        tokens[on].kind == .number || WordClasses.timeWords.contains(tokens[on]) && tokens[on].isCapitalized
      {
        on -= 1
      }
      var opening = firstWord(of: sentence)
      if opening < on, ["the", "a", "an"].contains(tokens[opening].lower) { opening += 1 }
      if on < p, on - 1 > opening,
        ["on", "of"].contains(tokens[on].lower)
          || tokens[on].lower == "in" && ["meeting", "session", "hearing", "sitting"].contains(tokens[on - 1].lower),
        tokens[on - 1].kind == .word,
        !tokens[on - 1].isCapitalized,
        // (The document's noun heads the phrase: not "The ruling party on Monday said".)
        let document = lexicon.documentHeads.match(at: opening, limit: on, tokens: tokens),
        ["of", "for", "from", "on"].contains(tokens[opening + document.length].lower),
        !(opening..<on).contains(where: { tokens[$0].kind == .punctuation || isAuxiliary(tokens[$0]) })
      {
        // (The date stays in the phrase.)
        return subjectBefore(cueStart: on, in: sentence, earlier: earlier).map { $0.lowerBound..<(p + 1) }
      }
      // ("A report by the Comptroller General's office published in August warned": the date of
      // the participle that dates the document opening the sentence.)
      if on < p, on - 1 > opening, ["in", "on"].contains(tokens[on].lower),
        Self.documentParticiples.contains(tokens[on - 1]),
        lexicon.documentHeads.match(at: opening, limit: on, tokens: tokens) != nil,
        !(opening..<on).contains(where: {
          tokens[$0].text == "," || tokens[$0].kind == .quote || ExtractionContext.isDash(tokens[$0])
            || isAuxiliary(tokens[$0])
        })
      {
        return firstWord(of: sentence)..<(p + 1)
      }
    }
    // ("Americans are being informed that": a passive's auxiliary is no subject.)
    if ["being", "been"].contains(tp.lower) { return nil }
    // A lone article is no one; nor is an existential "there" ("But there were fractures …"),
    // where "Officials there said" has its subject.
    if ["a", "an", "the"].contains(tp.lower) { return nil }
    if tp.lower == "there",
      p == sentence.lowerBound || tokens[p - 1].kind != .word
        || ["and", "but", "so", "yet"].contains(tokens[p - 1].lower)
    {
      return nil
    }
    var found = subjectRange(endingAt: p, in: sentence)
    // ("One email sent from an FBI account on July 3, 2016 said", "a prevalent rumor in the spring
    // of 1942 claimed": a year that ends a date or a time phrase is no subject; the noun phrase the
    // time belongs to is, with it.)
    if let f = found, f.count <= 2, isYear(tokens[f.upperBound - 1]), f.lowerBound - 1 > sentence.lowerBound {
      var k = f.lowerBound - 1
      // Back over the date or the time phrase: "July 3,", "the spring of", "in".
      while k > sentence.lowerBound, k >= f.lowerBound - 6,
        tokens[k].text == "," || tokens[k].kind == .number || WordClasses.timeWords.contains(tokens[k])
          || Self.seasons.contains(tokens[k])
          || ["of", "the", "early", "late", "mid", "fall"].contains(tokens[k].lower)
      {
        k -= 1
      }
      if k > sentence.lowerBound, ["in", "on", "of", "since", "from"].contains(tokens[k].lower),
        let head = subjectRange(endingAt: k - 1, in: sentence), head.upperBound == k,
        // (Not a clause without "that" after its noun: "The blizzard of tweets he sent out in 2013",
        // "a memo Clarridge published in January 2011".)
        !head.contains(where: { WordClasses.subjectPronouns.contains(tokens[$0]) }),
        !head.dropFirst().contains(where: { m in
          tokens[m].lower.hasSuffix("ed") && tokens[m - 1].isCapitalized
        })
      {
        found = head.lowerBound..<f.upperBound
      }
    }
    if let f = found, f.count >= 2, Self.cleftOpeners.contains(tokens[f.lowerBound]) {
      return cleftClauseSubject(from: f.lowerBound + 1, to: f.upperBound)
    }
    if let found, let whole = modifiedSubject(before: cueStart, instead: found, in: sentence) { return whole }
    // ("John Catsimatidis in an interview airing Sunday on AM 970 asked", "Stumpf in a televised
    // interview appeared to blame", "The trust in its annual statement warned": the occasion after
    // the subject is no part of it.)
    if let f = found, f.count >= 4,
      let i = ((f.lowerBound + 1)..<(f.upperBound - 2)).first(where: { k in
        tokens[k].lower == "in" && tokens[k - 1].kind == .word
          && ["a", "an", "his", "her", "their", "its"].contains(tokens[k + 1].lower)
          && window(k + 2, min(k + 5, f.upperBound)).contains(where: { Self.occasions.contains(tokens[$0]) })
      })
    {
      found = f.lowerBound..<i
    }
    // ("the photo Trump posted", "the moment Sanders said", "a tactic Democrats have used": a
    // clause without "that" after the noun it is about; its subject is the name.)
    // ("a figure other agents said was right": people a quantifier opens; not a name that holds
    // the noun, "The Figure Forensics Collective said".)
    // ("the main reason farmers say": one adjective before the noun, and people by a bare plural
    // right before the verb.)
    if let f = found, f.count >= 3, WordClasses.determiners.contains(tokens[f.lowerBound]),
      // (Not a quantity of people: "some climate risk experts say".)
      !["some", "many", "most", "several", "few", "all", "both", "other"].contains(tokens[f.lowerBound].lower),
      let head = [f.lowerBound + 1, f.lowerBound + 2].first(where: {
        $0 + 1 < f.upperBound && Self.contactClauseHeads.contains(tokens[$0]) && !tokens[$0].isCapitalized
          && ($0 == f.lowerBound + 1
            || tokens[f.lowerBound + 1].kind == .word && !tokens[f.lowerBound + 1].isCapitalized)
      }),
      tokens[head + 1].isCapitalized && !WordClasses.timeWords.contains(tokens[head + 1])
        || head + 2 < f.upperBound && ["other", "some", "many", "most", "several"].contains(tokens[head + 1].lower)
        || head + 2 == f.upperBound && isBarePluralHead(at: head + 1)
    {
      found = (head + 1)..<f.upperBound
    }
    // "a claim the foreign minister rejected": the charge is the verb's object, standing before
    // its subject.
    // ("a version of events Oduya flatly denied": the charge may take an "of" phrase.)
    if let f = found, f.count >= 3, WordClasses.determiners.contains(tokens[f.lowerBound]),
      lexicon.charges.contains(tokens[f.lowerBound + 1])
    {
      var subject = f.lowerBound + 2
      if subject + 1 < f.upperBound, tokens[subject].lower == "of", !tokens[subject + 1].isCapitalized,
        !WordClasses.determiners.contains(tokens[subject + 1])
      {
        subject += 2
      }
      if subject < f.upperBound, WordClasses.determiners.contains(tokens[subject]) || tokens[subject].isCapitalized {
        found = subject..<f.upperBound
      }
    }
    return found
  }

  /// "he has argued that …, has falsely suggested that … and has asserted": a series of verb
  /// phrases after one subject, the comma closing what the one before said; the subject is that
  /// verb's.
  func seriesSubject(cueStart: Int, comma p: Int, in sentence: Range<Int>, earlier: [AttributionExtractor.Candidate])
    -> Range<Int>?
  {
    guard ["has", "have", "had"].contains(tokens[cueStart].lower),
      let previous = earlier.last(where: {
        guard $0.source != nil, $0.cue.upperBound <= p, $0.cue.lowerBound >= sentence.lowerBound,
          let content = $0.content, content.lowerBound < p
        else { return false }
        // (Its content runs to the comma, or is a quotation closed right before it.)
        return content.upperBound >= p
          || (content.upperBound..<p).allSatisfy({ tokens[$0].kind == .quote || tokens[$0].kind == .punctuation })
      }),
      let source = previous.source, source.upperBound <= previous.cue.lowerBound,
      // (No comma between them: in "will tell the justices that the government, throughout its
      // history, has always deferred", the comma closes an aside inside what was told.)
      !(previous.cue.upperBound..<(p - 1)).contains(where: { tokens[$0].text == "," })
    else { return nil }
    return source
  }

  /// Whether the comma at `comma` separates the items of a list inside a body's name, up to
  /// `end`: "Department for Environment, Food and Rural Affairs", "Committee on Commerce,
  /// Science, and Transportation", "Ministry of Culture, Media and Sport". The words on both sides
  /// are capitalised, "and" joins the last item, and a body's noun with "of", "for" or "on" opens
  /// the list.
  func listInsideName(comma: Int, end: Int, in sentence: Range<Int>) -> Bool {
    // ("the Investment, Trade and Industry ministry": the body's noun may be lower-case.)
    let bodyNoun = Self.bodiesWithListedNames.contains(
      tokens[end].lower.prefix(1).uppercased() + tokens[end].lower.dropFirst())
    guard comma - 1 > sentence.lowerBound, comma + 1 <= end, tokens[comma - 1].isCapitalized,
      tokens[comma + 1].isCapitalized,
      ((comma + 1)...end).allSatisfy({
        tokens[$0].kind == .word && (tokens[$0].isCapitalized || tokens[$0].lower == "and") || tokens[$0].text == ","
          || tokens[$0].text == "&" || $0 == end && bodyNoun
          // ("the Department of Agriculture, Food and the Marine": an article after the last "and".)
          || tokens[$0].lower == "the" && $0 < end && tokens[$0 - 1].lower == "and"
      }),
      ((comma + 1)...end).contains(where: { tokens[$0].lower == "and" || tokens[$0].text == "&" })
    else { return false }
    var k = comma - 1
    while k > sentence.lowerBound, tokens[k].isCapitalized || tokens[k].text == "," { k -= 1 }
    // ("the Senate Health, Education, Labor and Pensions Committee": or the body's noun ends it.)
    if bodyNoun, WordClasses.determiners.contains(tokens[k]) {
      return true
    }
    // ("the Department of the Environment, Climate and Communications": an article after "of".)
    if tokens[k].lower == "the", k - 1 > sentence.lowerBound, ["of", "for"].contains(tokens[k - 1].lower) { k -= 1 }
    return ["of", "for", "on"].contains(tokens[k].lower) && k - 1 >= sentence.lowerBound
      && Self.bodiesWithListedNames.contains(tokens[k - 1].text)
  }

  /// The last capitalised word of the name that a list inside a body's name runs on to from `start`:
  /// "Fisheries and the Environment" in "…, Fisheries and the Environment in March 2024".
  func nameEnd(after start: Int, upTo end: Int) -> Int? {
    var k = start
    var last: Int?
    while k <= end, tokens[k].kind == .word || tokens[k].text == "," || tokens[k].text == "&" {
      if tokens[k].isCapitalized {
        last = k
      } else if !["and", "the"].contains(tokens[k].lower) {
        break
      }
      k += 1
    }
    return last
  }

  /// Where a title with its portfolio in small letters starts, when it ends at `end`: "minister
  /// for industry, commerce and employment".
  func portfolioTitleStart(endingAt end: Int, in sentence: Range<Int>) -> Int? {
    var k = end
    var sawAnd = false
    while k > sentence.lowerBound,
      tokens[k].kind == .word && !tokens[k].isCapitalized && !["for", "of"].contains(tokens[k].lower)
        || tokens[k].text == ","
    {
      if tokens[k].lower == "and" { sawAnd = true }
      k -= 1
    }
    // (The title before the comma that opens the name: not "the secretary of state, and other
    // administration officials are".)
    guard sawAnd, k < end - 2, end + 1 < sentence.upperBound, tokens[end + 1].text == ",",
      ["for", "of"].contains(tokens[k].lower), k - 1 >= sentence.lowerBound,
      Self.bodiesWithListedNames.contains(tokens[k - 1].lower.prefix(1).uppercased() + tokens[k - 1].lower.dropFirst())
    else { return nil }
    return k - 1
  }

  /// Bodies whose names may list what they cover.
  static let bodiesWithListedNames: Set<String> = [
    "Department", "Ministry", "Committee", "Subcommittee", "Commission", "Office", "Secretary", "Minister",
    "Council", "Agency", "Institute", "School", "Faculty", "Centre", "Center", "Bureau", "Board", "Authority",
    // ("the Colorado Division of Reclamation, Mining and Safety".)
    "Division",
  ]

  /// "It's", "That's", "There's", "Here's": a cleft's opening, no one's name.
  static let cleftOpeners: WordSet = ["it's", "that's", "there's", "here's"]

  /// After a cleft's opening, the subject of the clause that follows its noun: "It's a sentiment
  /// Sanders has echoed", "That's something the campaign pushed back on", "There's a reason many
  /// farmers see". Nil where no clause of its own follows the noun, and so no one speaks: "It's
  /// worth noting", "It's a tactic called", "That's high praise".
  func cleftClauseSubject(from start: Int, to end: Int) -> Range<Int>? {
    var k = start
    while k < end, ["not", "never", "also", "just", "only", "really", "actually", "probably"].contains(tokens[k].lower)
    {
      k += 1
    }
    guard k < end else { return nil }
    let pronounHead = ["something", "someone", "one", "nothing", "anything"].contains(tokens[k].lower)
    guard pronounHead || WordClasses.determiners.contains(tokens[k]) else { return nil }
    var m = k + 1
    while m < end {
      let t = tokens[m]
      let opensSubject =
        t.isCapitalized && !WordClasses.timeWords.contains(t) || WordClasses.determiners.contains(t)
        // ("a phrase he's echoed": a pronoun with its auxiliary.)
        || WordClasses.subjectPronoun(in: t.lower) != nil
        || ["many", "some", "most", "other", "several", "few"].contains(t.lower)
        // (People by a bare plural right before the verb: "the main reason farmers say".)
        || m == end - 1 && m > k + 1 && isBarePluralHead(at: m)
      if opensSubject { return m > k + 1 || pronounHead ? m..<end : nil }
      guard t.kind == .word, !WordClasses.prepositions.contains(t), !isAuxiliary(t) else { return nil }
      m += 1
    }
    return nil
  }

  /// Whether a capitalised name at `k` is followed by a label for it ("Oz a quack", "Smith
  /// 'a liar'"): calling names someone something, where "a group called Color of Change" only
  /// names.
  func labelFollowsName(at k: Int, in sentence: Range<Int>) -> Bool {
    var j = k
    while j < sentence.upperBound && tokens[j].isCapitalized && tokens[j].kind == .word && j - k < 4 { j += 1 }
    guard j > k, j < sentence.upperBound else { return false }
    return ["a", "an"].contains(tokens[j].lower) || tokens[j].kind == .quote && tokens[j].quoteRole != .closing
  }

  /// A be-verb or a finite auxiliary ("was", "had", "would"): a clause's verb.
  func isAuxiliary(_ token: Token) -> Bool {
    WordClasses.beVerbs.contains(token) || Self.finiteAuxiliaries.contains(token)
  }

  /// "how many blasts", "Several reports", "the two demands": a plural in "-s" after a word that
  /// counts it is a noun (a verb in "-s" never follows a plural); not a share, "One Democrat in
  /// five expects", "Another of the three says".
  func countedPlural(at k: Int, in sentence: Range<Int>) -> Bool {
    guard k > sentence.lowerBound, tokens[k].lower.hasSuffix("s"), !tokens[k].lower.hasSuffix("ss") else {
      return false
    }
    let before = tokens[k - 1]
    if Self.countingWords.contains(before) { return true }
    return WordClasses.cardinals.contains(before.lower) && before.lower != "one"
      && !(max(sentence.lowerBound, k - 3)..<(k - 1)).contains(where: {
        ["in", "of", "out"].contains(tokens[$0].lower)
      })
  }

  /// Lengths of time after "for": "for weeks", "for two years".
  static let durations: WordSet = [
    "years", "months", "weeks", "days", "hours", "decades", "year", "month", "week", "day", "decade",
  ]

  /// Possessive pronouns before a noun: "his alleged", "their MSNBC shows".
  static let possessivePronouns: Set<String> = ["his", "her", "their", "its", "our", "my", "your"]

  /// Words that count a plural noun after them: "many blasts", "several reports".
  static let countingWords: WordSet = [
    "many", "several", "few", "fewer", "numerous", "multiple", "countless", "some", "most", "these",
    "those", "other", "such",
  ]

  /// "should be referred to the Inspectorate", "were referred to it for investigation": a passive
  /// "referred to" without "as" sends a case on; it reports no words.
  func isReferral(_ cue: Range<Int>, in sentence: Range<Int>) -> Bool {
    guard cue.count >= 2, tokens[cue.upperBound - 1].lower == "to", tokens[cue.upperBound - 2].lower == "referred"
    else { return false }
    let passive =
      cue.dropLast(2).contains(where: { WordClasses.beVerbs.contains(tokens[$0]) })
      || cue.count == 2 && cue.lowerBound > sentence.lowerBound
        && WordClasses.beVerbs.contains(tokens[cue.lowerBound - 1])
    // ("as such an operation is referred to by intelligence officials": what it is called.)
    return passive
      && !window(cue.upperBound, min(cue.upperBound + 8, sentence.upperBound)).contains(where: {
        tokens[$0].lower == "as"
      })
      && !(max(sentence.lowerBound, cue.lowerBound - 4)..<cue.lowerBound).contains(where: { tokens[$0].lower == "as" })
      && !(cue.upperBound < sentence.upperBound && tokens[cue.upperBound].lower == "by")
  }

  /// "A forklift driver leaving the morning shift on Tuesday said", "A 2014 study that appeared
  /// in the British Medical Journal found": a short noun phrase opening the sentence, modified by
  /// an "-ing" participle or a relative clause that runs up to the cue, is the whole subject (the scan
  /// leftwards would stop inside the modifier, at "Tuesday" or "the British Medical Journal").
  func modifiedSubject(before cueStart: Int, instead found: Range<Int>, in sentence: Range<Int>) -> Range<Int>? {
    // The phrase opens the sentence, or follows an opening phrase or quotation and its comma
    // ("Outside his office on Friday, a woman waiting for the M9 bus said").
    var start = firstWord(of: sentence)
    guard start < found.lowerBound else { return nil }
    // (A pronoun in the subject's case before the cue is a clause's own subject: "a beef with the
    // notion of a president trying to fill a court he argued had too many seats"; not "it" or
    // "you", which may be the clause's object, "Lawmakers who have read it say".)
    if found.count == 1, ["he", "she", "they", "we", "i"].contains(tokens[found.lowerBound].lower) { return nil }
    // ("WASHINGTON — The chairman of the committee investigating the attacks asked": a dateline.)
    if tokens[start].isAllCaps, tokens[start].text.count >= 3,
      let dash = window(start, min(start + 6, found.lowerBound)).first(where: { ExtractionContext.isDash(tokens[$0]) })
    {
      start = dash + 1
      while start < found.lowerBound && tokens[start].kind != .word { start += 1 }
    }
    if let mark = (start..<found.lowerBound).last(where: { tokens[$0].text == "," || tokens[$0].kind == .quote }) {
      start = mark + 1
      while start < found.lowerBound && tokens[start].kind != .word { start += 1 }
      // "…, and a court filing lodged in the commercial court on Thursday argues".
      if start + 1 < found.lowerBound, tokens[mark].text == ",", ["and", "but"].contains(tokens[start].lower) {
        start += 1
      }
    } else if start + 1 < found.lowerBound, ["and", "but", "yet"].contains(tokens[start].lower) {
      // "But an industry insider who has worked with both stars says".
      start += 1
    }
    // A relative clause that withholds the source's name runs longer, with its reason: "A European
    // diplomat who asked not to be named because of the sensitivity of the matter said".
    let marker = anonymityMarker(in: start..<cueStart)
    let withheld = marker != nil
    // (Not past the source's own verb of saying: "A market vendor who asked not to be named for
    // fear of losing her stall told the Chronicle that the market administrator had warned".)
    if let marker, marker.index + marker.length < found.lowerBound,
      ((marker.index + marker.length)..<found.lowerBound).contains(where: { Self.sayingVerbs.contains(tokens[$0]) })
    {
      return nil
    }
    guard found.lowerBound > start, found.upperBound <= cueStart, cueStart - start <= (withheld ? 40 : 22),
      WordClasses.determiners.contains(tokens[start]) || tokens[start].kind == .number
        // ("…, adjusters working for Tri-County Mutual estimate": a bare plural of people; "Lawyers
        // who represented the families said", "Companies that insured the mines said": or of bodies,
        // capitalised only when it opens the sentence.)
        || (!tokens[start].isCapitalized || start == firstWord(of: sentence)) && isBarePluralHead(at: start)
        // ("Records filed with the land court and reviewed by the Ledger allege": a bare plural of documents.)
        || tokens[start].lower.hasSuffix("s")
          && lexicon.documentHeads.match(at: start, limit: start + 1, tokens: tokens) != nil,
      (start..<cueStart).allSatisfy({
        tokens[$0].kind == .word || tokens[$0].kind == .number || ["&", "$", "%", "-"].contains(tokens[$0].text)
      })
    else { return nil }
    // The modifier: a relative pronoun, or a participle after a noun, within five words. The scan
    // may have left a time out of the subject it found ("filed in Tessford County Superior Court
    // in July"); only a document's clause runs on past it.
    var ofDocument = false
    // ("A hydrology study the orchard owners commissioned from Tucson firm Ridgeback Water Science
    // found": the scan may have stopped at the start of a document's clause with its own subject.)
    let scanEnd = found.lowerBound < start + 12 && startsContactClause(at: found.lowerBound, in: sentence) ? 1 : 0
    guard
      let modifier = window(start + 1, min(start + 12, found.lowerBound + scanEnd)).first(where: { k in
        let w = tokens[k].lower
        // A document's participle: "A letter circulated among members this month warns".
        if Self.documentParticiples.contains(tokens[k]),
          lexicon.documentHeads.match(at: k - 1, limit: k, tokens: tokens) != nil
        {
          ofDocument = true
          return true
        }
        // After the document's "of" (or "from", "on", "into", "to") phrase, up to seven words from the
        // phrase's first: "A poll of 950 hospital nurses commissioned by the college found", "A fire
        // safety review from last spring obtained by the Gazette found", "A letter to the legislature
        // signed by more than 200 residents said".
        if Self.documentParticiples.contains(tokens[k]),
          let of = (start + 1..<k).first(where: { ["of", "from", "on", "into", "to"].contains(tokens[$0].lower) }),
          lexicon.documentHeads.match(at: of - 1, limit: of, tokens: tokens) != nil,
          (of + 1..<k).allSatisfy({
            (tokens[$0].kind == .word || tokens[$0].kind == .number) && !isAuxiliary(tokens[$0])
              && !tokens[$0].lower.hasSuffix("ed")
          })
        {
          ofDocument = true
          return true
        }
        // (Past five words, only a participle after a body, a person or a plural in small letters:
        // "The chairman of the House committee investigating the attacks", "An executive at one of
        // the three largest shipping lines calling at the port".)
        if k >= start + 6 {
          let noun = tokens[k - 1]
          return w.hasSuffix("ing") && w.count > 4
            && (lexicon.organizationHeads.match(at: k - 1, limit: k, tokens: tokens) != nil
              || looksLikePersonNounOrPlural(noun.lower)
              || noun.kind == .word && !noun.isCapitalized && noun.lower.count > 3 && noun.lower.hasSuffix("s")
                && !noun.lower.hasSuffix("ss"))
        }
        if w == "who" || w == "whose" { return true }
        // "that appeared", "that had insured", not "that Linick" (an object's clause) nor "vow
        // that survey responses" (a complement).
        // ("Groups that track wage theft": right after a bare plural, "that" opens its clause.)
        if w == "that" || w == "which" {
          let next = tokens[k + 1].lower
          // ("Two firms that lost out in the tender", "The company that won the contract".)
          return tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized
            && (next.hasSuffix("ed") || next.hasSuffix("s") || isAuxiliary(tokens[k + 1])
              || Self.pastsOfDealing.contains(tokens[k + 1])
                && !((k + 2)..<max(k + 2, found.lowerBound)).contains(where: { isAuxiliary(tokens[$0]) })
              || k == start + 1 && isBarePluralHead(at: start) && !WordClasses.determiners.contains(tokens[k + 1])
                && !WordClasses.subjectPronouns.contains(tokens[k + 1]))
        }
        let previous = tokens[k - 1]
        // A clause with its own subject after a document: "A lawsuit Orrin filed in July alleges",
        // "A complaint the union filed with the board last week alleges".
        if startsContactClause(at: k, in: sentence) {
          ofDocument = true
          return true
        }
        // "-ing" after a noun ("voters looking for"), not after a preposition ("of embracing"), an
        // article or a number (below). Right after the phrase's first word it modifies the noun
        // ("Several trading firms") unless that word is a bare plural ("Residents living nearby").
        if k == start + 1, !tokens[start].lower.hasSuffix("s") { return false }
        return w.hasSuffix("ing") && w.count > 4 && previous.kind == .word
          && !WordClasses.determiners.contains(previous) && !WordClasses.isAdverbLike(previous)
          && !WordClasses.prepositions.contains(previous)
      })
    else { return nil }
    guard found.upperBound == cueStart || ofDocument else { return nil }
    // ("Riders using the tram lost patience and the operator said": after "and", an article opens a
    // clause of its own.)
    if found.lowerBound - 1 > modifier, ["and", "but"].contains(tokens[found.lowerBound - 1].lower),
      WordClasses.determiners.contains(tokens[found.lowerBound]) || tokens[found.lowerBound].isCapitalized
    {
      return nil
    }
    // "The man who police say opened fire": the clause's own subject stands right before the cue,
    // whose source it is.
    let relative = ["that", "who", "whose", "which"].contains(tokens[modifier].lower)
    // (Not a verb right after the pronoun: "Groups that track wage theft say".)
    if relative && found.lowerBound == modifier + 1
      && !(tokens[modifier + 1].kind == .word && !tokens[modifier + 1].isCapitalized
        && !startsRelativeSubject(modifier + 1) && isBarePluralHead(at: start) && modifier == start + 1)
    {
      return nil
    }
    // Before it, no verb: the words are the noun phrase itself ("The ad uses footage" is a clause).
    // (Nor a verb of saying: "Analysts say that attacks like these make it likelier that
    // governments will insist".)
    guard
      (start..<modifier).allSatisfy({
        !isAuxiliary(tokens[$0]) && !tokens[$0].lower.hasSuffix("ed")
          // (A document's "to", whom it went to: "A letter to the legislature signed by".)
          && (tokens[$0].lower != "to"
            || ofDocument && $0 > start && lexicon.documentHeads.match(at: $0 - 1, limit: $0, tokens: tokens) != nil)
          && ($0 == start || lexicon.nounForms.contains(tokens[$0])
            || lexicon.cueVerbs.match(at: $0, limit: $0 + 1, tokens: tokens) == nil)
      })
    else { return nil }
    // Nor a clause of its own before the cue ("who spoke on condition of anonymity because he").
    guard
      withheld
        || !((modifier + 1)..<cueStart).contains(where: {
          ["because", "since", "although", "though", "while", "when", "if", "but", "so"].contains(tokens[$0].lower)
            // ("who has supplied the cooperative since 2015": "since" before a time is its preposition.)
            && !(tokens[$0].lower == "since" && $0 + 1 < cueStart
              && (isYear(tokens[$0 + 1]) || WordClasses.timeWords.contains(tokens[$0 + 1])))
            // ("who missed appointments because of the breakdowns": "because of" is a preposition.)
            && !(tokens[$0].lower == "because" && $0 + 1 < cueStart && tokens[$0 + 1].lower == "of")
        })
    else { return nil }
    // After a participle, no finite verb before the cue, nor a verb of showing ("Photos obtained
    // by the Ledger showed a wreck found off the point": "found" is no cue).
    if !relative,
      ((modifier + 1)..<cueStart).contains(where: {
        isAuxiliary(tokens[$0])
          || !Self.documentParticiples.contains(tokens[$0]) && !lexicon.nounForms.contains(tokens[$0])
            && lexicon.cueVerbs.match(at: $0, limit: cueStart, tokens: tokens) != nil
            // (A second participle is the document's: "A study published in March and cited by the
            // council found".)
            && tokens[$0 - 1].lower != "and" && ($0 + 1 >= cueStart || tokens[$0 + 1].lower != "by")
      })
    {
      return nil
    }
    return start..<cueStart
  }

  /// A plural noun for people or for bodies that can head a subject with no article: "lawyers",
  /// "companies", "groups".
  func isBarePluralHead(at k: Int) -> Bool {
    let w = tokens[k].lower
    guard tokens[k].kind == .word, w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") else { return false }
    if looksLikePersonNoun(String(w.dropLast())) { return true }
    let singulars = [w, String(w.dropLast()), w.hasSuffix("ies") ? String(w.dropLast(3)) + "y" : ""]
    return singulars.contains { singular in
      !singular.isEmpty && lexicon.organizationHeads.match(at: 0, limit: 1, word: { _ in singular }) != nil
    }
  }

  /// "Kall -- co-editor of a book on the debates -- said": a description set off by dashes
  /// belongs to the subject before it, as one set off by commas does.
  func subjectBeforeDashes(closing: Int, in sentence: Range<Int>) -> Range<Int>? {
    var k = closing - 1
    while k > sentence.lowerBound && closing - k <= 40 {
      if tokens[k].kind == .quote { return nil }
      if ExtractionContext.isDash(tokens[k]) { break }
      k -= 1
    }
    guard k > sentence.lowerBound, k < closing - 1, ExtractionContext.isDash(tokens[k]) else { return nil }
    // ("Rep. Ann Voss, Democrat of Ohio and chair of the panel — where any inquiry must begin —
    // said": the name before the description's comma leads.)
    // (The name must be one, not a time or the end of an opening phrase, "In June, the group —
    // which…", and the description must open as one does: an article, a role, a party, "who".)
    if k - 1 > sentence.lowerBound, tokens[k - 1].kind == .word, let named = appositiveBefore(comma: k, in: sentence),
      let open = (named.lowerBound..<k).last(where: { tokens[$0].text == "," }), open > named.lowerBound,
      isProperWord(open - 1), !WordClasses.timeWords.contains(tokens[open - 1]),
      !(named.lowerBound > sentence.lowerBound && WordClasses.prepositions.contains(tokens[named.lowerBound - 1])),
      case let first = tokens[open + 1],
      WordClasses.determiners.contains(first) || lexicon.titles.contains(first)
        || WordClasses.personRoles.contains(first) || Self.isPartyLabel(first)
        || ["who", "which", "democrat", "republican"].contains(first.lower)
    {
      return named.lowerBound..<closing
    }
    guard let head = subjectRange(endingAt: k - 1, in: sentence) else { return nil }
    return head.lowerBound..<closing
  }

  /// 'Kaya "Lockstep" Marwood': where the given name stands, when the quote closing at
  /// `closingQuote` holds one or two capitalised words between it and the surname at `surname`.
  func nicknameGivenName(closingQuote: Int, before surname: Int, in sentence: Range<Int>) -> Int? {
    guard closingQuote - 3 >= sentence.lowerBound, surname < sentence.upperBound, isProperWord(surname),
      tokens[surname].kind == .word, tokens[closingQuote].start == tokens[closingQuote - 1].end,
      let opening = (max(sentence.lowerBound, closingQuote - 3)..<closingQuote).last(where: {
        tokens[$0].kind == .quote
      }),
      opening + 1 < closingQuote, opening - 1 >= sentence.lowerBound, isProperWord(opening - 1),
      tokens[opening - 1].kind == .word,
      ((opening + 1)..<closingQuote).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized })
    else { return nil }
    return opening
  }

  /// "Rep. Gwen Moore (D-Wis.)": a name and the parenthesis closing at `end`.
  func nameWithParenthesis(endingAt end: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard end > sentence.lowerBound, tokens[end].text == ")" else { return nil }
    var k = end - 1
    while k > sentence.lowerBound && tokens[k].text != "(" && end - k < 8 { k -= 1 }
    guard k > sentence.lowerBound, tokens[k].text == "(", let name = subjectRange(endingAt: k - 1, in: sentence)
    else { return nil }
    return name.lowerBound..<(end + 1)
  }

  /// A noun phrase ending at token `end`, scanning leftwards to a clause boundary.
  func subjectRange(endingAt end: Int, in sentence: Range<Int>) -> Range<Int>? {
    // ("42% say they are liberal": a share of those polled, its sign after the number.)
    let share = end > sentence.lowerBound && tokens[end].text == "%" && tokens[end - 1].kind == .number
    guard end >= sentence.lowerBound, tokens[end].kind == .word || tokens[end].kind == .number || share else {
      return nil
    }
    if WordClasses.clauseBoundaries.contains(tokens[end]) && !["one"].contains(tokens[end].lower)
      && !isCapitalsInName(end, in: sentence)
    {
      return nil
    }
    // A subject pronoun is the whole subject: "the top rate he has proposed", "At 86 she still says".
    // (Not "it" after a preposition, an object: "two people familiar with it said".)
    if WordClasses.subjectPronouns.contains(tokens[end]),
      !(tokens[end].lower == "it" && end > sentence.lowerBound && WordClasses.prepositions.contains(tokens[end - 1]))
    {
      return end..<(end + 1)
    }
    // ("the man he'd called", "what they'd said": a pronoun with its auxiliary.)
    // ("the controversy he's described as a witch hunt": "'s" for "has", in a clause after its noun.)
    if tokens[end].kind == .word,
      ["'d", "\u{2019}d", "'ve", "\u{2019}ve"].contains(where: { tokens[end].lower.hasSuffix($0) })
        || ["'s", "\u{2019}s"].contains(where: { tokens[end].lower.hasSuffix($0) }) && end > sentence.lowerBound
          && tokens[end - 1].kind == .word && !tokens[end - 1].isCapitalized
          && !WordClasses.clauseBoundaries.contains(tokens[end - 1]),
      WordClasses.subjectPronoun(in: tokens[end].lower) != nil
    {
      return end..<(end + 1)
    }
    var b = end
    // (Set once "and" has joined two members, each with a party in parentheses: where the last
    // member starts.)
    var lastMember: Int? = nil
    var membersWithParties: Bool { lastMember != nil }
    // (Set once "and" has joined two names: a list of names may go on before it.)
    var joinedNames = false
    // (Set once the subject has grown past the length of most: it must then open the sentence.)
    var runsLong = false
    // ("The minister for industry, commerce and employment, Lyonpo Phurba Lhendup, declined": a
    // minister's portfolio in small letters.)
    if !tokens[end].isCapitalized, let title = portfolioTitleStart(endingAt: end, in: sentence) { b = title }
    while b > sentence.lowerBound {
      let t = tokens[b - 1]
      // ('"It's somebody from around here," that person said': a demonstrative before the noun
      // that names the one just quoted.)
      if t.lower == "that", b == end, !tokens[end].isCapitalized, !tokens[end].lower.hasSuffix("s"),
        lexicon.anonymousHeads.contains(tokens[end]) || isPersonNoun(tokens[end].lower),
        b - 1 == firstWord(of: sentence)
          || b - 2 >= sentence.lowerBound
            && (tokens[b - 2].kind == .quote || tokens[b - 2].text == ",")
      {
        b -= 1
        break
      }
      // "Councillors Ama Boateng (Lab), Iain Ferris (Con) and Priya Nandakumar (LD)": a list of members,
      // each with a party, before the last "and".
      if membersWithParties, t.text == ",", b - 2 > sentence.lowerBound, tokens[b - 2].text == ")",
        tokens[b].isCapitalized
      {
        b -= 1
        continue
      }
      // "The man who police say opened fire": "who" right before the subject opens a clause of
      // which it is the subject; the man is not part of it.
      if t.lower == "who", b == end, startsRelativeSubject(end) { break }
      // "Bluewater–Sable MPP Dianne Kittredge posted": a riding's two names joined by an unspaced
      // dash, inside the title.
      if ["\u{2013}", "-"].contains(t.text), b - 2 >= sentence.lowerBound, tokens[b - 2].end == t.start,
        t.end == tokens[b].start, tokens[b - 2].kind == .word, tokens[b - 2].isCapitalized,
        tokens[b].kind == .word, tokens[b].isCapitalized
      {
        b -= 2
        continue
      }
      // "the minimum $20 million experts say it costs": a sum of money before the people who
      // estimate it is the object of their verb, in a clause without "that".
      if b == end, !tokens[end].isCapitalized, tokens[end].lower.hasSuffix("s"),
        looksLikePersonNounOrPlural(tokens[end].lower),
        t.kind == .number || WordClasses.numberWords.contains(t)
          || ["million", "billion", "trillion"].contains(t.lower),
        (max(sentence.lowerBound, b - 4)..<b).contains(where: {
          startsWithCurrencySymbol(tokens[$0]) || ["dollars", "euros", "pounds"].contains(tokens[$0].lower)
        })
      {
        break
      }
      // "Sen. Ann Voss (R) of Ohio asked": the member's state after the party's parenthesis.
      // ("The Land Transportation Franchising and Regulatory Board (LTFRB) in Central Visayas
      // disputed": a body's regional office after its acronym.)
      if ["of", "in"].contains(t.lower), b - 2 > sentence.lowerBound, tokens[b - 2].text == ")", tokens[b].isCapitalized
      {
        b -= 1
        continue
      }
      if t.text == ")" {
        // "Rep. Brad Sherman (D-Calif.) said": step over the parenthesis.
        var k = b - 2
        while k > sentence.lowerBound && tokens[k].text != "(" && b - k < 8 { k -= 1 }
        if k > sentence.lowerBound && tokens[k].text == "(" {
          b = k
          continue
        }
        break
      }
      // ("District Vice Mayor in charge of economic development Mathias Gasana": what an official
      // is in charge of stays inside the title.)
      if t.lower == "of", b - 4 >= sentence.lowerBound, tokens[b - 2].lower == "charge", tokens[b - 3].lower == "in",
        tokens[b - 4].isCapitalized || WordClasses.personRoles.contains(tokens[b - 4])
          || looksLikePersonNoun(tokens[b - 4].lower)
      {
        b -= 3
        continue
      }
      // ("Politicians and even some technologists": a focusing adverb after "and".)
      if ["even", "also"].contains(t.lower), b - 2 >= sentence.lowerBound, tokens[b - 2].lower == "and" {
        b -= 1
        continue
      }
      // "The Reuters/Ipsos poll": a slash between names joins them.
      // (And a slash between numbers: "the 2023/24 season".)
      if t.text == "/", b - 2 >= sentence.lowerBound,
        tokens[b - 2].isCapitalized && tokens[b].isCapitalized
          || tokens[b - 2].kind == .number && tokens[b].kind == .number
      {
        b -= 1
        continue
      }
      // ('Team captain Luis "Taz" Ferreira said': a nickname quoted between given name and surname.)
      if t.kind == .quote, let given = nicknameGivenName(closingQuote: b - 1, before: b, in: sentence) {
        b = given
        continue
      }
      // "Councillors Ana Ruiz, Tom Peck and Lia Moss said": the names listed before the last two,
      // with no comma before "and".
      if t.text == ",", joinedNames, tokens[b].isCapitalized, b - 2 >= sentence.lowerBound,
        tokens[b - 2].isCapitalized, let start = listedNamesStart(endingAt: b - 2, in: sentence)
      {
        b = start
        break
      }
      // ("The Department for Environment, Food and Rural Affairs said": a list inside a body's name.)
      // ("A compliance notice issued by the Department of Forestry, Fisheries and the Environment in
      // March 2024 warned": or the name ends before what follows it.)
      if t.text == ",",
        listInsideName(comma: b - 1, end: end, in: sentence)
          || nameEnd(after: b, upTo: end).map({
            $0 < end && WordClasses.prepositions.contains(tokens[$0 + 1])
              && listInsideName(comma: b - 1, end: $0, in: sentence)
          }) ?? false
      {
        b -= 1
        continue
      }
      if t.kind == .quote || (t.kind == .punctuation && t.text != "&" && t.text != "$" && t.text != "%") { break }
      // ("A physician with admitting privileges at Southwind said": an "-ing" word before its plural
      // noun, after "with", describes what the person has.)
      if t.kind == .word, !t.isCapitalized, t.lower.hasSuffix("ing"), b <= end, tokens[b].kind == .word,
        !tokens[b].isCapitalized, tokens[b].lower.hasSuffix("s"), b - 2 >= sentence.lowerBound,
        ["with", "without"].contains(tokens[b - 2].lower)
      {
        b -= 1
        continue
      }
      // "the rumour Coach Abara brushed aside", "the claims Ames denied": a claim's noun before a
      // name is the object of the name's verb, in a clause without "that".
      // ("a claim committee Democrats scoffed at", "a move district officials say will save": or a
      // determined claim or step before any noun phrase.)
      // (A step's noun only before people: not "The policy paper released on Sunday".)
      // ("a decision city hall called 'a betrayal'": or a body's lower-case name.)
      if Self.claimsBeforeName.contains(t)
        || Self.objectGapNouns.contains(t)
          && (looksLikePersonNounOrPlural(tokens[end].lower) || isProperWord(end)
            || end > b && lexicon.organizationHeads.match(at: end - 1, limit: end + 1, tokens: tokens)?.length == 2),
        !t.isCapitalized, tokens[b].kind == .word,
        tokens[b].isCapitalized && !WordClasses.timeWords.contains(tokens[b]) && Self.claimsBeforeName.contains(t)
          || b < end && b - 2 >= sentence.lowerBound
            && ["a", "an", "the", "that", "this"].contains(tokens[b - 2].lower)
            && !WordClasses.prepositions.contains(tokens[b]) && !isAuxiliary(tokens[b])
      {
        break
      }
      // "a position the state attorney general's office rejected": a word right before the
      // subject's article ends a phrase of its own (a clause without "that"), unless it leads
      // the article ("all the", "only the").
      // ("…, a blow borough officials say could cost the borough $1.2 million": "a" and one noun
      // before a plural of people, which "a" cannot lead, end a phrase of their own.)
      if b - 2 >= sentence.lowerBound, ["a", "an"].contains(tokens[b - 2].lower), t.kind == .word, !t.isCapitalized,
        !t.lower.hasSuffix("s"), !t.lower.hasSuffix("ed"), !t.lower.hasSuffix("ing"),
        !Self.countingNouns.contains(t), !WordClasses.numberWords.contains(t),
        tokens[end].kind == .word, !tokens[end].isCapitalized, tokens[end].lower.hasSuffix("s"),
        !tokens[end].lower.hasSuffix("ss"), looksLikePersonNounOrPlural(tokens[end].lower),
        // (A noun phrase, not a participle's clause: "A union representing flight attendants".)
        (b...end).allSatisfy({
          tokens[$0].kind == .word && !tokens[$0].isCapitalized && !tokens[$0].lower.hasSuffix("ing")
            && !tokens[$0].lower.hasSuffix("ed") && !WordClasses.prepositions.contains(tokens[$0])
            && !WordClasses.determiners.contains(tokens[$0]) && !["and", "or", "but"].contains(tokens[$0].lower)
        })
      {
        break
      }
      // ("told the Gazette an engineer's report found": so is a name right before "a" or "an", the
      // object of a verb of its own.)
      // (Not a foreign name's "a": "Energeticky a Prumyslovy Holding".)
      if b < end, ["a", "an"].contains(tokens[b].text), !tokens[b + 1].isCapitalized, t.kind == .word, t.isCapitalized,
        b - 1 > sentence.lowerBound, !lexicon.titles.contains(t)
      {
        break
      }
      if b <= end, ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[b].lower), t.kind == .word,
        !t.isCapitalized, !isPeopleDoing(at: b - 1, in: sentence),
        !WordClasses.prepositions.contains(t), !placeAfterPlural(at: b - 1, in: sentence),
        !Self.predeterminers.contains(t), !WordClasses.isAdverbLike(t),
        // (Nor a gerund after a participle's "in": "A clerk engaged in preparing the accounts told".)
        !(t.lower.hasSuffix("ing") && b - 3 >= sentence.lowerBound && tokens[b - 2].lower == "in"
          && tokens[b - 3].lower.hasSuffix("ed")),
        !WordClasses.clauseBoundaries.contains(t), !ExtractionContext.spokesWords.contains(t),
        // (Nor a time after the noun: "A reply the next morning reads".)
        !WordClasses.timeWords.contains(tokens[end]),
        // (Nor an outlet's noun before its name: "the South African daily The Meridian reported".)
        !(tokens[b].lower == "the" && b < end && tokens[b + 1].isCapitalized
          && lexicon.outletHeads.match(at: b - 1, limit: b, tokens: tokens) != nil)
      {
        break
      }
      if t.lower == "and" || t.lower == "&" {
        // "Councillors Ama Boateng (Lab) and Iain Ferris (Con) wrote": members with their parties on both sides.
        if b - 3 > sentence.lowerBound, tokens[b - 2].text == ")", tokens[b].isCapitalized,
          let open = (max(sentence.lowerBound + 1, b - 9)..<(b - 2)).last(where: { tokens[$0].text == "(" }),
          tokens[open - 1].isCapitalized, tokens[open - 1].kind == .word
        {
          if lastMember == nil { lastMember = b }
          b -= 1
          continue
        }
        // "Trump and Pence said": keep the compound when names stand on both sides.
        if b - 2 >= sentence.lowerBound, tokens[b - 2].isCapitalized,
          tokens[b].isCapitalized || WordClasses.determiners.contains(tokens[b]) || tokens[b].lower.hasSuffix("s")
        {
          if tokens[b].isCapitalized && tokens[b - 2].kind == .word { joinedNames = true }
          b -= 1
          continue
        }
        // "The minister of communications and information technology": two objects of one "of"
        // after a role.
        if b - 1 > sentence.lowerBound + 1,
          let of = (max(sentence.lowerBound + 1, b - 5)..<(b - 1)).last(where: { tokens[$0].lower == "of" }),
          ((of + 1)..<(b - 1)).allSatisfy({ tokens[$0].kind == .word }),
          lexicon.titles.contains(tokens[of - 1]) || WordClasses.personRoles.contains(tokens[of - 1])
            || lexicon.organizationHeads.match(at: of - 1, limit: of, tokens: tokens) != nil,
          tokens[b].kind == .word, !WordClasses.clauseBoundaries.contains(tokens[b])
        {
          b -= 1
          continue
        }
        // ("The state fish and wildlife department said": two nouns joined inside a body's name,
        // before its head.)
        if b - 2 >= sentence.lowerBound, b < end, tokens[b - 2].kind == .word, tokens[b].kind == .word,
          !tokens[b - 2].isCapitalized, !tokens[b].isCapitalized,
          !WordClasses.determiners.contains(tokens[b]), !WordClasses.determiners.contains(tokens[b - 2]),
          !WordClasses.prepositions.contains(tokens[b - 2]), !isAuxiliary(tokens[b - 2]),
          !looksLikePersonNounOrPlural(tokens[b - 2].lower),
          ((b + 1)...end).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
          lexicon.organizationHeads.match(at: end, limit: end + 1, tokens: tokens) != nil, end - b <= 2
        {
          b -= 1
          continue
        }
        // "Alliance president and CEO Dr. Meredith Oakes": two roles of one person before the name,
        // the second one's abbreviation in capitals.
        if b - 2 >= sentence.lowerBound, tokens[b - 2].kind == .word, !tokens[b - 2].isCapitalized,
          tokens[b].kind == .word, tokens[b].text == tokens[b].text.uppercased(),
          lexicon.titles.contains(tokens[b - 2]), lexicon.titles.contains(tokens[b])
        {
          b -= 1
          continue
        }
        // "World leaders and diplomats": two nouns for people.
        if b - 2 >= sentence.lowerBound, tokens[b - 2].kind == .word, tokens[b].kind == .word,
          !tokens[b - 2].isCapitalized, !tokens[b].isCapitalized,
          looksLikePersonNounOrPlural(tokens[b - 2].lower), looksLikePersonNounOrPlural(tokens[b].lower)
        {
          b -= 1
          continue
        }
        // "Politicians and even some technologists say", "Many environmental groups and climate
        // experts": people or their groups on the left, people after a few modifiers on the right.
        if b - 2 >= sentence.lowerBound, tokens[b - 2].kind == .word, !tokens[b - 2].isCapitalized,
          looksLikePersonNounOrPlural(tokens[b - 2].lower) || Self.groupPlurals.contains(tokens[b - 2]),
          let noun = window(b, min(b + 4, end + 1)).first(where: { !Self.coordinationModifiers.contains(tokens[$0]) }),
          noun > b || tokens[b].kind == .word, tokens[noun].kind == .word, !tokens[noun].isCapitalized,
          looksLikePersonNounOrPlural(tokens[noun].lower)
            || !tokens[noun].lower.hasSuffix("s") && noun + 1 <= end
              && looksLikePersonNounOrPlural(tokens[noun + 1].lower),
          !(b..<noun).contains(where: { tokens[$0].lower.hasSuffix("ed") })
        {
          b -= 1
          continue
        }
        // "Fishing crews and two long-established companies in Lüderitz have accused": people on
        // the left, a count of groups on the right.
        if b - 2 >= sentence.lowerBound, tokens[b - 2].kind == .word, !tokens[b - 2].isCapitalized,
          looksLikePersonNounOrPlural(tokens[b - 2].lower) || Self.groupPlurals.contains(tokens[b - 2]),
          WordClasses.numberWords.contains(tokens[b]) || tokens[b].kind == .number,
          let noun = window(b + 1, min(b + 6, end + 1)).first(where: { Self.groupPlurals.contains(tokens[$0]) }),
          ((b + 1)..<noun).allSatisfy({
            tokens[$0].kind == .word && !tokens[$0].isCapitalized || tokens[$0].text == "-"
          })
        {
          b -= 1
          continue
        }
        // "President Obama, Hillary Clinton, and other Democrats want": a list of names that opens
        // the sentence, its last item after ", and".
        if b - 3 >= sentence.lowerBound, tokens[b - 2].text == ",", tokens[b - 3].isCapitalized,
          tokens[b].isCapitalized || WordClasses.determiners.contains(tokens[b])
            || Self.coordinationModifiers.contains(tokens[b]),
          let listStart = nameListStart(endingAt: b - 3, in: sentence),
          case let f = firstWord(of: sentence),
          // ("Sens. Odile Varga, D-Maine, and Tomas Reddy, R-Idaho,": their title first.)
          listStart == f || listStart == f + 1 && lexicon.titles.contains(tokens[f])
        {
          b = f
          break
        }
        // "Two current and former employees": two modifiers of one noun.
        if b - 2 >= sentence.lowerBound, Self.pairedModifiers.contains(tokens[b - 2]),
          Self.pairedModifiers.contains(tokens[b])
        {
          b -= 1
          continue
        }
        // "The Republican nominee and his aides", "Regulators and environmental groups", "Federal
        // and state officials": nouns, or a capitalised modifier, on the left of "and".
        // ("Zipply's trust and safety team": two nouns after a possessive modify one head.)
        // (Not a document's noun before a name, an object more often than not: "mishandled the
        // inquiry and Labour accused".)
        if b - 2 >= sentence.lowerBound, tokens[b - 2].kind == .word,
          WordClasses.personRoles.contains(tokens[b - 2])
            || isNounPhraseEnd(tokens[b - 2])
              && !(tokens[b].isCapitalized
                && lexicon.documentHeads.match(at: b - 2, limit: b - 1, tokens: tokens) != nil)
            || (tokens[b - 2].isCapitalized && tokens[b].kind == .word)
            || (b - 3 >= sentence.lowerBound && WordClasses.isPossessive(tokens[b - 3]) && tokens[b].kind == .word),
          // Not "met with executives and received": a verb after "and" starts a clause.
          tokens[b].isCapitalized || !(tokens[b].lower.hasSuffix("ed") || WordClasses.isAdverbLike(tokens[b]))
        {
          b -= 1
          continue
        }
        break
      }
      // "a market trader identified only as Marta", "the leaker known as Pixelhound": what the
      // person goes by.
      if t.lower == "as", b - 2 >= sentence.lowerBound,
        ["identified", "known", "described", "named", "listed"].contains(tokens[b - 2].lower)
          || b - 3 >= sentence.lowerBound && tokens[b - 2].lower == "only"
            && ["identified", "known"].contains(tokens[b - 3].lower)
      {
        b -= 1
        continue
      }
      // "Guides elsewhere in the valley": where else, before the place's preposition.
      if Self.whereElse.contains(t), b - 2 >= sentence.lowerBound, b <= end,
        WordClasses.prepositions.contains(tokens[b]),
        looksLikePersonNounOrPlural(tokens[b - 2].lower)
      {
        b -= 1
        continue
      }
      // "At least one fellow commissioner", "Diplomats from at least four governments": a quantity.
      if t.lower == "at", b <= end, ["least", "most"].contains(tokens[b].lower) {
        b -= 1
        continue
      }
      if t.lower == "of" || t.lower == "for" || t.lower == "at" || t.lower == "with" || t.lower == "from"
        || t.lower == "to" || t.lower == "on" || t.lower == "in" || t.lower == "by" || t.lower == "about"
        || t.lower == "through" || t.lower == "under"
        // ("A person familiar with talks between the two companies said".)
        || ["into", "over", "against", "within", "among", "along", "alongside", "between"].contains(t.lower)
        || placeAfterPlural(at: b - 1, in: sentence)
      {
        // ("Rosa Imrie, 61, of Fernhill said": a name, an age, and where the person lives, with no
        // comma before the verb.)
        if t.lower == "of" || t.lower == "from", tokens[b].isCapitalized, b - 5 >= sentence.lowerBound,
          tokens[b - 2].text == ",", tokens[b - 3].kind == .number, tokens[b - 4].text == ",",
          tokens[b - 5].kind == .word, tokens[b - 5].isCapitalized,
          let name = subjectRange(endingAt: b - 5, in: sentence)
        {
          b = name.lowerBound
          break
        }
        // "4 in 10 said", "nearly eight of 10 voters": a proportion.
        if t.lower == "in" || t.lower == "of", b - 2 >= sentence.lowerBound, tokens[b].kind == .number,
          tokens[b - 2].kind == .number || WordClasses.numberWords.contains(tokens[b - 2])
        {
          b -= 1
          continue
        }
        // "Local 417 of the Brotherhood of Line Workers", "Chapter 9 of the Teachers Guild": a
        // numbered branch of what follows.
        if t.lower == "of", b - 3 >= sentence.lowerBound, tokens[b - 2].kind == .number,
          ["Local", "Chapter", "Lodge", "Branch", "District", "Division", "Post", "Unit"].contains(tokens[b - 3].text),
          tokens[b].isCapitalized || tokens[b].lower == "the"
        {
          b -= 2
          continue
        }
        // ("Health PEI's director of primary care for the region, Lorna MacPhail": a role's own
        // phrase runs on past its "of" to what it covers.)
        if ["for", "in"].contains(t.lower), b - 3 >= sentence.lowerBound,
          let role = (max(sentence.lowerBound, b - 6)..<(b - 2)).last(where: {
            tokens[$0].kind == .word && !tokens[$0].isCapitalized
              && (lexicon.titles.contains(tokens[$0]) || WordClasses.personRoles.contains(tokens[$0]))
          }),
          tokens[role + 1].lower == "of",
          ((role + 2)..<(b - 1)).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
        {
          b -= 1
          continue
        }
        // ("Chief Tari Molkau of Loniwo village on Aneru Island said": a named place's noun, then
        // where that place lies.)
        if ["on", "in"].contains(t.lower), tokens[b].isCapitalized, b - 3 >= sentence.lowerBound,
          Self.placeNouns.contains(tokens[b - 2]),
          isProperWord(b - 3), b - 4 >= sentence.lowerBound, tokens[b - 4].lower == "of"
        {
          b -= 1
          continue
        }
        // ("…, as growers east of Harlingen say": people, then which way their place lies.)
        if t.lower == "of", b - 3 >= sentence.lowerBound, Self.compassWords.contains(tokens[b - 2]),
          !tokens[b - 3].isCapitalized || b - 3 == firstWord(of: sentence),
          looksLikePersonNounOrPlural(tokens[b - 3].lower) || isPersonNoun(tokens[b - 3].lower)
        {
          b -= 2
          continue
        }
        // Inside a phrase ("people familiar with the matter", "one person aware of"): keep going
        // when a noun phrase stands before the preposition; otherwise it opens the clause.
        // ("Residents interviewed by the Gazette said": the people the outlet reached.)
        // ("Representatives of four of the hauliers": a count of what follows "of".)
        if b - 2 >= sentence.lowerBound,
          canPrecedePreposition(tokens[b - 2]) || isDeterminedNoun(at: b - 2, in: sentence)
            || t.lower == "of" && WordClasses.numberWords.contains(tokens[b - 2]) && tokens[b].lower == "the"
            || Self.whereElse.contains(tokens[b - 2])
            // ("Bay Country 98 in Harlan Bay reported": a station's number ends its name.)
            || tokens[b - 2].kind == .number && tokens[b - 2].text.count <= 3 && b - 3 >= sentence.lowerBound
              && tokens[b - 3].kind == .word && tokens[b - 3].isCapitalized && tokens[b].isCapitalized
            || describesDocument(participle: b - 2, in: sentence)
            || ["by", "for"].contains(t.lower) && lexicon.reachedParticiples.contains(tokens[b - 2])
            || lexicon.documentHeads.match(at: b - 2, limit: b - 1, tokens: tokens) != nil
            || isPeopleDoing(at: b - 2, in: sentence)
            || befellPeople(particle: b - 2, in: sentence)
        {
          b -= 1
          continue
        }
        // "Church members interviewed outside the synod hall in Harlingmoor": where the outlet
        // reached the people it quotes, several phrases long.
        // ("A company representative reached on Tuesday": the participle right before the
        // preposition, after a spokesman's word.)
        if b - 3 >= sentence.lowerBound,
          let reached = (max(sentence.lowerBound + 1, b - 10)..<(b - 1)).last(where: {
            lexicon.reachedParticiples.contains(tokens[$0])
          }),
          looksLikePersonNounOrPlural(tokens[reached - 1].lower)
            || ExtractionContext.spokesWords.contains(tokens[reached - 1]),
          // ("Residents interviewed by this site in the square": the agent's "by" right after it.)
          ((reached + 1)..<(b - 1)).allSatisfy({
            tokens[$0].kind == .word && !isAuxiliary(tokens[$0])
              && (!WordClasses.clauseBoundaries.contains(tokens[$0]) || $0 == reached + 1 && tokens[$0].lower == "by")
          })
        {
          b = reached
          continue
        }
        // "A memo prepared by board staff for the board's Sept. 18 meeting": a document's
        // participle with its agent, then more of the phrase.
        if b - 3 >= sentence.lowerBound,
          let made = (max(sentence.lowerBound + 1, b - 8)..<(b - 2)).last(where: {
            describesDocument(participle: $0, in: sentence)
          }),
          tokens[made + 1].lower == "by",
          ((made + 2)..<(b - 1)).allSatisfy({
            tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) && !WordClasses.clauseBoundaries.contains(tokens[$0])
              && lexicon.cueVerbs.match(at: $0, limit: b - 1, tokens: tokens) == nil
          })
        {
          b = made
          continue
        }
        // "A lawsuit filed last week in Delmont": a time between a document's participle and
        // the preposition.
        if b - 3 >= sentence.lowerBound, WordClasses.timeWords.contains(tokens[b - 2]) {
          var p = b - 2
          while p > sentence.lowerBound
            && (WordClasses.timeWords.contains(tokens[p])
              || ["last", "this", "on", "earlier"].contains(tokens[p].lower))
          {
            p -= 1
          }
          if p < b - 2, describesDocument(participle: p, in: sentence) {
            b = p + 1
            continue
          }
        }
        let f = firstWord(of: sentence)
        // ("Shoppers the Chronicle spoke to outside the market said": people that open the sentence,
        // then a clause without "that" in which the outlet reached them.)
        if b - 2 > f + 1, let contact = contactClause(after: f, before: b - 1),
          ((contact + 1)..<(b - 1)).allSatisfy({
            tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) && !WordClasses.clauseBoundaries.contains(tokens[$0])
          })
        {
          b = f
          break
        }
        // ("Several farmers at a packed public meeting in Tōtara Crossing on Thursday said": people
        // that open the sentence, then where they were, in phrases with no verb.)
        if b - 2 > f,
          let people = window(f, min(f + 3, b - 1)).first(where: { k in
            // ("Two talent agents with clients on the lineup": with what they have; "Opponents of a
            // new runway at the airport": what they oppose.)
            looksLikePersonNounOrPlural(tokens[k].lower)
              && (Self.peoplesPlacePrepositions.contains(tokens[k + 1])
                || Self.compassWords.contains(tokens[k + 1]) && tokens[k + 2].lower == "of")
          }),
          // (Not after a clause's opener: "while everyone on the broadcast agreed".)
          !(f...(f + 1)).contains(where: { k in
            ["while", "when", "whereas", "although", "though", "if", "because", "since", "as", "until", "unless"]
              .contains(tokens[k].lower) && (k == f || ["and", "but", "yet"].contains(tokens[f].lower))
          }),
          (f..<people).allSatisfy({ k in
            tokens[k].kind == .number
              || tokens[k].kind == .word && (k == f || !tokens[k].isCapitalized) && !isAuxiliary(tokens[k])
          }),
          ((people + 1)..<(b - 1)).allSatisfy({ k in
            // (No verb of their own: "The Veterans of Foreign Wars took offense at".)
            (tokens[k].kind == .word || tokens[k].kind == .number) && !isAuxiliary(tokens[k])
              && !Self.irregularPasts.contains(tokens[k])
              && (Self.peoplesPlacePrepositions.contains(tokens[k])
                || !WordClasses.clauseBoundaries.contains(tokens[k]))
              && lexicon.cueVerbs.match(at: k, limit: k + 1, tokens: tokens) == nil
          })
        {
          b = f
          break
        }
        // "One person aware of Musk's communication with Putin": the longer phrase holds a qualifier.
        if b - 2 >= sentence.lowerBound, let longer = subjectRange(endingAt: b - 2, in: sentence),
          lexicon.anonymityQualifiers.firstMatch(in: longer.lowerBound..<(end + 1), tokens: tokens) != nil
        {
          b = longer.lowerBound
          break
        }
        break
      }
      // ("Mr Peter Were Ouma said", "Surgeons Without Frontiers", "Alan So Wing-kit": a capitalised
      // "Were" between two names, inside the sentence, is part of the name; not a headline's "Are".)
      let insideName =
        Self.nameParticles.contains(t.text) && b - 2 >= sentence.lowerBound && b - 1 > firstWord(of: sentence)
        && isProperWord(b - 2) && isProperWord(b) && tokens[b].kind == .word
      // ("A porter with more than 30 years' service": a comparison of quantities inside the phrase.)
      // (Only after "with": not "prices rose more than 4%", "the release of more than 100 people".)
      if t.lower == "than", b - 3 > sentence.lowerBound, ["more", "less", "fewer"].contains(tokens[b - 2].lower),
        tokens[b - 3].lower == "with",
        tokens[b].kind == .number || WordClasses.numberWords.contains(tokens[b])
          || ["twelve", "fifteen", "twenty", "thirty", "forty", "fifty"].contains(tokens[b].lower)
      {
        b -= 2
        continue
      }
      // ("That memo warned": a capitalised "That" opening the sentence is a determiner; so is
      // "that" after a preposition, "a note from that spring".)
      let demonstrative =
        t.text == "That" && b - 1 == firstWord(of: sentence)
        // (Not the conjunction "in that": "unusual in that growers say".)
        || t.lower == "that" && b - 2 >= sentence.lowerBound && WordClasses.prepositions.contains(tokens[b - 2])
          && tokens[b - 2].lower != "in"
          && tokens[b].kind == .word && !tokens[b].isCapitalized && !WordClasses.determiners.contains(tokens[b])
          && !lexicon.pronouns.contains(tokens[b]) && !isAuxiliary(tokens[b])
        // ("two nurses on shift that night": "that" between a noun and the time it names.)
        || t.lower == "that" && b == end
          && ["night", "day", "morning", "evening", "afternoon", "week"].contains(tokens[b].lower)
          && b - 2 >= sentence.lowerBound && tokens[b - 2].kind == .word && isBareForm(tokens[b - 2])
          && !isAuxiliary(tokens[b - 2]) && !WordClasses.clauseBoundaries.contains(tokens[b - 2])
          && !lexicon.pronouns.contains(tokens[b - 2])
          && lexicon.cueVerbs.match(at: b - 2, limit: b - 1, tokens: tokens) == nil
      // ("the district's then chief executive told": "then" between a determiner and a role is
      // an adjective.)
      let formerly =
        t.lower == "then" && b - 2 >= sentence.lowerBound
        && (WordClasses.isPossessive(tokens[b - 2])
          || ["the", "its", "his", "her", "their"].contains(tokens[b - 2].lower))
        && tokens[b].kind == .word && !tokens[b].isCapitalized && !isAuxiliary(tokens[b])
        && !WordClasses.determiners.contains(tokens[b])
      // ("The agency that places him, Outback Locum Partners, refused": "that" after a noun that
      // alone opens the sentence opens a clause about it, not what was said.)
      // (Its verb right after it: not "The regulations that Rosenstein cited", nor "The complaints
      // state that officials were".)
      if t.lower == "that", case let first = firstWord(of: sentence), b - 1 - first >= 2, b - 1 - first <= 4,
        ["the", "a", "an"].contains(tokens[first].lower),
        ((first + 1)..<(b - 1)).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
        ((first + 1)..<(b - 2)).allSatisfy({ !tokens[$0].lower.hasSuffix("s") }),
        isHeadNoun(at: b - 2), b + 1 < sentence.upperBound, tokens[b].kind == .word, !tokens[b].isCapitalized,
        ["has", "had", "was", "is"].contains(tokens[b].lower)
          || (tokens[b].lower.hasSuffix("s") && !tokens[b].lower.hasSuffix("ss")
            && !isAuxiliary(tokens[b + 1]) && !WordClasses.beVerbs.contains(tokens[b + 1]))
      {
        b = first
        break
      }
      if WordClasses.clauseBoundaries.contains(t) && !demonstrative && !insideName && !formerly
        && !isCapitalsInName(b - 1, in: sentence)
      {
        break
      }
      // "Exit polls taken in South Carolina found", "a survey released Monday shows".
      if describesDocument(participle: b - 1, in: sentence) {
        b -= 1
        continue
      }
      // ("A ransomware group calling itself Nightjar": a name the subject goes by.)
      // (Nor a word between an article and its noun: "The recall notice says".)
      if lexicon.cueVerbs.match(at: b - 1, limit: end + 1, tokens: tokens) != nil && !t.isCapitalized
        && !lexicon.anonymousHeads.contains(t)
        && !namesItself(b - 1) && !isNounUse(at: b - 1, in: sentence)
        && !(b - 2 >= sentence.lowerBound && ["the", "a", "an"].contains(tokens[b - 2].lower))
        // (Nor a document's noun that modifies the next: "a public records request".)
        && !(lexicon.documentHeads.match(at: b - 1, limit: b, tokens: tokens) != nil && !tokens[b].isCapitalized
          && tokens[b].kind == .word && !WordClasses.determiners.contains(tokens[b])
          && !WordClasses.clauseBoundaries.contains(tokens[b]) && !WordClasses.subjectPronouns.contains(tokens[b]))
      {
        break
      }
      // (A list of members with their parties runs longer; past that, its last member.)
      // (A subject that opens the sentence may run longer too: "A former executive at the firm
      // and a person involved in the deal with the Iraqi government both told".)
      if end - b > (membersWithParties ? 32 : 14) {
        if let lastMember {
          b = lastMember
          break
        }
        // (Not the clause before a participle: "Dozens of senators penned a letter to the president
        // Friday urging".)
        guard end - b <= 22, end + 1 < sentence.upperBound, tokens[end + 1].kind == .word,
          !tokens[end + 1].lower.hasSuffix("ing")
        else { return nil }
        runsLong = true
      }
      b -= 1
    }
    if runsLong, b > firstWord(of: sentence) { return nil }
    if let opening = peopleDoingOpening(before: b, in: sentence) { b = opening }
    // Leading adverbs and time phrases are not part of the subject ("even the government", "On Monday Smith").
    while b <= end {
      let t = tokens[b]
      // ("Both", "only" stay: "Both Bolton and Gorka", "only 49 percent of Republicans".)
      if [
        "even", "also", "now", "meanwhile", "however", "indeed", "still", "yet", "so", "then", "perhaps", "maybe",
        "probably", "possibly", "surely",
      ]
      .contains(t.lower) && b < end
        // ("Plus the mayor said": joining the sentence to the last, not "Plus Markets".)
        || t.text == "Plus" && b < end && b == firstWord(of: sentence)
          && (WordClasses.determiners.contains(tokens[b + 1]) || !tokens[b + 1].isCapitalized)
      {
        b += 1
        continue
      }
      // ("Contrary to his claim", "Everything Trump says": no part of who speaks.)
      if t.lower == "contrary", b + 2 <= end, tokens[b + 1].lower == "to" {
        b += 2
        continue
      }
      if ["everything", "something", "anything", "nothing"].contains(t.lower), b < end, tokens[b + 1].isCapitalized {
        b += 1
        continue
      }
      // ("In a Bloomberg interview Trump declared", "At a rally Trump said", "the third time AROS
      // said": an occasion before the name, with no comma.)
      if b < end, WordClasses.prepositions.contains(t) || WordClasses.determiners.contains(t),
        let occasion = window(b, min(end, b + 6)).first(where: { k in
          Self.occasions.contains(tokens[k]) && tokens[k + 1].isCapitalized && tokens[k + 1].kind == .word
        }),
        (b..<occasion).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number }),
        // (The occasion is the opening word's own noun: not "Several growers at a crowded meeting
        // in Pine Ridge said".)
        !((b + 1)..<occasion).contains(where: { WordClasses.prepositions.contains(tokens[$0]) })
      {
        b = occasion + 1
        continue
      }
      if ["on", "in", "at", "during", "last", "this", "earlier", "late", "early", "by"].contains(t.lower) && b < end {
        var k = b + 1
        // (An article only inside the time: "On the morning of …", not "Last night a spokesman".)
        while k < end
          && (WordClasses.timeWords.contains(tokens[k]) || tokens[k].kind == .number
            || ["the", "a", "an"].contains(tokens[k].lower) && WordClasses.timeWords.contains(tokens[k + 1]))
        { k += 1 }
        if k > b + 1 && k <= end {
          b = k
          continue
        }
      }
      if WordClasses.timeWords.contains(t) && b < end
        && (t.lower.hasSuffix("day") || ["today", "yesterday", "tonight"].contains(t.lower))
      {
        b += 1
        continue
      }
      break
    }
    // "About 4 in 10", "more than half of white women", "nearly eight of 10 voters": the
    // approximation belongs to the quantity.
    if b > sentence.lowerBound, tokens[b].kind == .number || WordClasses.numberWords.contains(tokens[b]) {
      let before = tokens[b - 1].lower
      if ["about", "nearly", "almost", "roughly", "only", "some", "around", "approximately"].contains(before) {
        b -= 1
      } else if before == "than", b - 2 >= sentence.lowerBound,
        ["more", "fewer", "less"].contains(tokens[b - 2].lower)
      {
        b -= 2
      }
    }
    var e = end
    // Trailing time words: "The White House on Monday said"; not the end of a proportion ("4 in 10").
    while e > b,
      WordClasses.timeWords.contains(tokens[e]) || tokens[e].kind == .number
        || ["point", "moment"].contains(tokens[e].lower) && e - 2 >= b && tokens[e - 2].lower == "at"
    {
      if tokens[e].kind == .number, e - 2 >= b, ["in", "of"].contains(tokens[e - 1].lower),
        tokens[e - 2].kind == .number || WordClasses.numberWords.contains(tokens[e - 2])
      {
        break
      }
      var k = e - 1
      // A time inside the subject's own clause or participle is the subject's ("a report released
      // last year", "people who worked there at the time").
      // (The clause may open before the phrase found: "people who worked in the division".)
      // (A participle or a document's noun only inside the phrase: not "…, a claim the owners at
      // the time called spiteful".)
      let ownClause =
        (max(sentence.lowerBound, b - 8)..<k).contains {
          ["who", "which", "that"].contains(tokens[$0].lower)
        }
        || (b..<k).contains {
          tokens[$0].lower.hasSuffix("ed") && !tokens[$0].isCapitalized
            || Self.documentParticiples.contains(tokens[$0])
            // ("An analysis by the Capitol Wire last year": when a document was made.)
            || lexicon.documentHeads.match(at: $0, limit: $0 + 1, tokens: tokens) != nil
        }
      // ("at the time", "at that point": an article or a demonstrative before the time.)
      while k > b,
        WordClasses.timeWords.contains(tokens[k]) || tokens[k].kind == .number
          || !ownClause && ["the", "that", "this"].contains(tokens[k].lower)
      {
        k -= 1
      }
      // ("A memo circulated to council members on Friday", "a report published by the auditor on
      // Monday": when a document's participle dates it, the date is the document's, as PolNeAR
      // keeps it.)
      let datedDocument = (b..<k).contains { d in isDatedDocument(at: d, before: k) }
      if ["on", "last", "this", "earlier", "late", "early", "in", "at"].contains(tokens[k].lower) && k > b,
        !datedDocument, !datesItsOwnClause(before: k, from: b, in: sentence)
      {
        e = k - 1
      } else if !ownClause, ["last", "this", "earlier", "next"].contains(tokens[k + 1].lower), k + 1 > b {
        // ("The mayor last week said": the time opens with its own word; "just this month".)
        e = k
        if ["just", "only", "earlier"].contains(tokens[e].lower), e > b { e -= 1 }
      } else {
        break
      }
    }
    guard b <= e else { return nil }
    return b..<(e + 1)
  }

  /// Whether a time that starts at `k` dates an event inside the subject's own phrase, where
  /// annotators keep it: a relative clause ("the voters who wrote in on Friday"), a participle
  /// with its complement ("Shoppers leaving the mall on Saturday evening"), or a gathering ("two
  /// speakers at the town hall forum in June"). Not a name's time ("Mayor Ferris on Tuesday
  /// said"), a modifier's ("The ruling party on Monday said") or a noun's that ends like a
  /// participle ("Tenants of the building at 5 Main Street on Monday said"), and not past a comma
  /// that closes the clause.
  func datesItsOwnClause(before k: Int, from b: Int, in sentence: Range<Int>) -> Bool {
    var j = k - 1
    while j >= max(sentence.lowerBound, b), tokens[j].text != "," {
      let word = tokens[j].lower
      if ["who", "which", "that"].contains(word) || Self.gatherings.contains(tokens[j]) { return true }
      if !tokens[j].isCapitalized, word.count > 4, word.hasSuffix("ing") || word.hasSuffix("ed"),
        !WordClasses.prepositions.contains(tokens[j]), j + 1 < k, j > sentence.lowerBound,
        !WordClasses.determiners.contains(tokens[j - 1]), !WordClasses.isPossessive(tokens[j - 1]),
        WordClasses.prepositions.contains(tokens[j + 1]) || WordClasses.determiners.contains(tokens[j + 1])
      {
        return true
      }
      j -= 1
    }
    return false
  }

  /// Events a time can date inside a source's phrase, because people gather at them: "at a
  /// meeting on Monday". (Unlike `occasions`, what a source speaks in, with its "statement" and
  /// "tweet".)
  static let gatherings: WordSet = [
    "meeting", "meetings", "hearing", "sitting", "session", "briefing", "rally", "vigil", "protest", "gathering",
    "forum", "assembly", "conference", "march", "picket",
  ]

  /// "A pediatric nurse at the hospital said", "one teacher at the school": a common noun that
  /// closes a short phrase opened by an article or number (with at most two modifiers between,
  /// and nothing before it in the sentence but that phrase) is a noun the preposition can
  /// follow, whatever the noun.
  func isDeterminedNoun(at i: Int, in sentence: Range<Int>) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, !t.isCapitalized, t.lower.count > 2, !t.lower.hasSuffix("ly"),
      !t.lower.hasSuffix("ing"), !t.lower.hasSuffix("ed"), !WordClasses.clauseBoundaries.contains(t),
      !WordClasses.determiners.contains(t), lexicon.cueVerbs.match(at: i, limit: i + 1, tokens: tokens) == nil
    else { return false }
    var k = i - 1
    while k >= sentence.lowerBound, i - k <= 3 {
      let w = tokens[k]
      // (A verb between: "The FBI was able to" is a clause, not a noun phrase.)
      guard w.kind == .word, !isAuxiliary(w), !WordClasses.beVerbs.contains(w) else { return false }
      // "Plainsview's hospital in Dorrance", "Farmers' groups on the Varenian side": a possessive
      // determines the noun too.
      if w.lower.hasSuffix("'s") || w.lower.hasSuffix("\u{2019}s") || w.lower.hasSuffix("s'")
        || w.lower.hasSuffix("s\u{2019}")
      {
        return true
      }
      // (Or a phrase inside a preposition's: "on the Varenian side of the border".)
      // ("Many volunteers on the canal project say": a quantity determines it too.)
      if ["a", "an", "the", "one", "another", "each", "several", "some", "many", "both"].contains(
        w.lower) || WordClasses.numberWords.contains(w)
      {
        return k == firstWord(of: sentence) || tokens[k - 1].kind != .word
          || WordClasses.clauseBoundaries.contains(tokens[k - 1])
          || ["on", "in", "at", "from"].contains(tokens[k - 1].lower) && k - 2 >= sentence.lowerBound
            && isDeterminedNoun(at: k - 2, in: sentence)
      }
      // ("the Varenian side", "A Hearthstone franchisee in Ohio", "A BLM range specialist in the
      // field office": a capitalised modifier after an article.)
      if w.isCapitalized && k != firstWord(of: sentence)
        && !(k - 1 >= sentence.lowerBound && ["the", "a", "an"].contains(tokens[k - 1].lower)
          // (Two words on only after a modifier that is no plural: not "The Republicans hit back with".)
          && (k == i - 1 || k == i - 2 && (w.isAllCaps || !w.lower.hasSuffix("s"))))
      {
        return false
      }
      k -= 1
    }
    return false
  }

  /// Whether "It" or "They" opening a sentence stands for the document the sentence before opened
  /// with, of the same number: "The audit found … It also flags payments", "The records … include
  /// reports and emails. They show that".
  func pronounStandsForDocument(_ range: Range<Int>) -> Bool {
    guard range.count == 1, ["it", "they"].contains(tokens[range.lowerBound].lower) else { return false }
    let s = structure.sentenceOfToken[range.lowerBound]
    guard s > 0, range.lowerBound == firstWord(of: structure.sentences[s]) else { return false }
    let previous = structure.sentences[s - 1]
    guard let subject = leadingSubject(of: previous, before: previous.upperBound),
      case let head = headPhrase(subject), namesDocument(head),
      let noun = head.last(where: { tokens[$0].kind == .word })
    else { return false }
    return tokens[noun].lower.hasSuffix("s") == (tokens[range.lowerBound].lower == "they")
  }

  /// Whether a phrase ends in a document's common noun ("The consent order", "Minutes"), not a
  /// name that ends in one ("the Pentagon Papers").
  func namesDocument(_ phrase: Range<Int>) -> Bool {
    guard let noun = phrase.last(where: { tokens[$0].kind == .word }), !isProperWord(noun) else { return false }
    return lexicon.documentHeads.match(at: noun, limit: noun + 1, tokens: tokens) != nil
  }

  /// Whether a clause with its own subject opens at `k` after a document noun: "A lawsuit Orrin
  /// filed in July", "figures the company shared with investors", "a deck Tindle circulated".
  func startsContactClause(at k: Int, in sentence: Range<Int>) -> Bool {
    guard k - 1 >= sentence.lowerBound, !tokens[k - 1].isCapitalized,
      lexicon.documentHeads.match(at: k - 1, limit: k, tokens: tokens) != nil,
      tokens[k].isCapitalized || ["the", "its", "his", "her", "their", "a"].contains(tokens[k].lower)
        || WordClasses.subjectPronouns.contains(tokens[k])
    else { return false }
    // The clause's subject is at most three words, then the document's own verb; a name may be
    // longer ("figures the RM of Elkhorn Flats No. 286 obtained", "figures the hospital gave").
    return window(k + 1, min(k + 8, sentence.upperBound)).contains(where: { j in
      (Self.documentParticiples.contains(tokens[j]) || Self.pastsOfGiving.contains(tokens[j]))
        && tokens[j].kind == .word
        && (j - k <= 3
          || ((k + 1)..<j).allSatisfy({ isProperWord($0) || tokens[$0].lower == "of" || tokens[$0].kind == .number }))
        && (k..<j).allSatisfy({
          (tokens[$0].kind == .word || tokens[$0].kind == .number) && !isAuxiliary(tokens[$0])
            && !WordClasses.clauseBoundaries.contains(tokens[$0]) || $0 == k
        })
    })
  }

  /// Whether the token is a participle that describes the document noun just before it ("polls
  /// taken in", "a survey conducted by", "the report released Monday").
  func describesDocument(participle i: Int, in sentence: Range<Int>) -> Bool {
    guard i - 1 >= sentence.lowerBound, Self.documentParticiples.contains(tokens[i]) else { return false }
    if lexicon.documentHeads.match(at: i - 1, limit: i, tokens: tokens) != nil { return true }
    // ("in an interview posted Sunday night": an occasion's record.)
    if Self.occasions.contains(tokens[i - 1]) || ["interviews", "remarks"].contains(tokens[i - 1].lower),
      i - 2 >= sentence.lowerBound, WordClasses.determiners.contains(tokens[i - 2]),
      // (With when, where or by whom after it: not "his speech carried little mention of them".)
      i + 1 >= sentence.upperBound || tokens[i + 1].kind != .word || WordClasses.timeWords.contains(tokens[i + 1])
        || ["by", "on", "online", "in", "at", "earlier", "last", "this", "to"].contains(tokens[i + 1].lower)
    {
      return true
    }
    // ("a video of the play posted online by a fan": after the document's "of" phrase.)
    // ("Payment records from the fund obtained by the Sentinel": or its "from" phrase, when who or
    // when follows; not "A directive from the department ordered the Air Force to".)
    if i - 1 > sentence.lowerBound + 1,
      let of = (max(sentence.lowerBound + 1, i - 5)..<(i - 1)).last(where: {
        tokens[$0].lower == "of"
          || tokens[$0].lower == "from" && i + 1 < sentence.upperBound
            && (["by", "in", "on", "at", "last", "earlier", "this"].contains(tokens[i + 1].lower)
              || WordClasses.timeWords.contains(tokens[i + 1]))
      }),
      lexicon.documentHeads.match(at: of - 1, limit: of, tokens: tokens) != nil, !tokens[of - 1].isCapitalized,
      ((of + 1)..<i).allSatisfy({
        tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) && !WordClasses.clauseBoundaries.contains(tokens[$0])
          && !tokens[$0].lower.hasSuffix("ed")
      })
    {
      return true
    }
    // "A memo from the Legislative Fiscal Office, circulated to lawmakers on Friday, estimated".
    // (Not the end of a person's aside: "Cllr Declan Hartigan, who proposed the motion, posted".)
    guard tokens[i - 1].text == ",", i - 2 >= sentence.lowerBound,
      let before = subjectRange(endingAt: i - 2, in: sentence),
      let noun = headPhrase(before).last(where: { tokens[$0].kind == .word }),
      !(sentence.lowerBound..<before.lowerBound).reversed().prefix(while: { tokens[$0].text != "," }).contains(
        where: { ["who", "whose"].contains(tokens[$0].lower) })
    else { return false }
    return !tokens[noun].isCapitalized && lexicon.documentHeads.match(at: noun, limit: noun + 1, tokens: tokens) != nil
  }

  /// "a chart posted on the White House website", "the other portraits posted around social
  /// media", "designer shoes tweeted alongside jihadist rhetoric": a publishing participle right
  /// after a thing's noun, with where or when after it, describes what was posted; no one posts.
  /// (Not "the church posted on Facebook", "Journalists inside the country posted on Twitter":
  /// a body's or people's noun heads the subject.)
  func postedThing(_ candidate: AttributionExtractor.Candidate) -> Bool {
    let i = candidate.head
    guard candidate.cue.count == 1, Self.postedParticiples.contains(tokens[i]), i + 1 < tokens.count,
      Self.postedWhereOrWhen.contains(tokens[i + 1]), let source = candidate.source, source.upperBound == i,
      let noun = headPhrase(source).last(where: { tokens[$0].kind == .word }), noun == i - 1
    else { return false }
    return namesAThing(noun)
  }

  /// ("a second harvesting machine promised under the contract", "The harvester promised by the
  /// firm never arrived": a thing promised is no one who promises; a document can be, "The plan
  /// promised in March", and so can a subject joined by "and", "he and other administration heavies
  /// promised".)
  func promisedThing(_ candidate: AttributionExtractor.Candidate) -> Bool {
    let i = candidate.head
    guard candidate.cue.count == 1, Self.promisedParticiples.contains(tokens[i]), i > 0, i + 1 < tokens.count,
      ["under", "by", "for", "during", "in"].contains(tokens[i + 1].lower),
      case let noun = i - 1, tokens[noun].kind == .word, !isAuxiliary(tokens[noun]),
      !WordClasses.isAdverbLike(tokens[noun]), !WordClasses.clauseBoundaries.contains(tokens[noun]),
      !["and", "or", "but", "then"].contains(tokens[noun].lower),
      lexicon.documentHeads.match(at: noun, limit: noun + 1, tokens: tokens) == nil, thingPhraseOpens(before: noun)
    else { return false }
    return namesAThing(noun)
  }

  /// Whether the lower-case noun at `noun` names a thing, not someone who could speak: no person's,
  /// people's, body's, outlet's or online poster's noun, and no pronoun.
  func namesAThing(_ noun: Int) -> Bool {
    let word = tokens[noun]
    return !word.isCapitalized && word.lower.allSatisfy(\.isLetter)
      // ("Mercer himself posted on Instagram".)
      && !word.lower.hasSuffix("self") && !word.lower.hasSuffix("selves")
      && !looksLikePersonNounOrPlural(word.lower) && !lexicon.pronouns.contains(word) && !isVagueWord(word.lower)
      && !lexicon.anonymousHeads.contains(word) && !lexicon.firmStaff.contains(word)
      // ("one user posted on X", "an account posted": who posts online.)
      && !Self.onlinePosters.contains(word)
      && lexicon.organizationHeads.match(at: noun, limit: noun + 1, tokens: tokens) == nil
      && lexicon.outletHeads.match(at: noun, limit: noun + 1, tokens: tokens) == nil
  }

  static let postedParticiples: WordSet = ["posted", "tweeted", "shared", "published", "uploaded", "released"]
  static let promisedParticiples: WordSet = ["promised", "pledged"]

  /// Whether the lower-case noun phrase that ends at `noun` opens with a determiner or after a
  /// preposition ("the liberty", "after mass deportation operations"), not after "and" ("he and
  /// other administration heavies"), which joins it to a subject.
  func thingPhraseOpens(before noun: Int) -> Bool {
    var k = noun
    while k > noun - 5, k > 0, tokens[k].kind == .word || tokens[k].kind == .number, !tokens[k].isCapitalized,
      !WordClasses.determiners.contains(tokens[k]), !WordClasses.prepositions.contains(tokens[k]),
      !["and", "or", "but", "as", "than"].contains(tokens[k].lower)
    {
      k -= 1
    }
    return k < noun && (WordClasses.determiners.contains(tokens[k]) || WordClasses.prepositions.contains(tokens[k]))
      && !(k > 0 && ["and", "or"].contains(tokens[k - 1].lower))
  }

  /// "most parents who answered a district survey opposed the change", "58 percent of the 1,240
  /// parents who responded opposed": people who answered a survey are counted, not quoted.
  func answeredSurvey(_ candidate: AttributionExtractor.Candidate, in sentence: Range<Int>) -> Bool {
    let i = candidate.head
    guard candidate.cue.count == 1, ["responded", "answered"].contains(tokens[i].lower), i > sentence.lowerBound,
      tokens[i - 1].lower == "who", i + 1 < sentence.upperBound
    else { return false }
    let next = tokens[i + 1]
    if next.kind == .word, !next.isCapitalized, next.lower.hasSuffix("ed") { return true }
    return window(i + 1, min(i + 5, sentence.upperBound)).contains {
      ["survey", "surveys", "poll", "polls", "questionnaire", "questionnaires", "census"].contains(tokens[$0].lower)
    }
  }
  static let onlinePosters: WordSet = [
    "user", "users", "account", "accounts", "commenter", "commenters", "follower", "followers", "blogger",
    "bloggers", "influencer", "influencers", "poster", "posters", "handle",
  ]
  static let postedWhereOrWhen: WordSet = [
    "on", "to", "in", "at", "online", "around", "alongside", "across", "earlier", "last", "just",
  ]

  /// Participles that describe a document with their agent after them, only in its source
  /// phrase ("a tally kept by fans", "a study led by researchers"; "The ruling led to" is a verb).
  static let agentParticiples: WordSet = ["kept", "maintained", "led"]

  /// "Shoppers the Chronicle spoke to": after people (a plural at `people`), the clause in which
  /// an outlet or someone named reached them, without "that"; the index of its verb, before
  /// `limit`.
  func contactClause(after people: Int, before limit: Int) -> Int? {
    guard tokens[people].kind == .word, tokens[people].lower.hasSuffix("s"),
      looksLikePersonNounOrPlural(tokens[people].lower),
      let contact = window(people + 2, min(people + 6, max(people + 2, limit))).first(where: {
        Self.contactVerbs.contains(tokens[$0])
      }),
      ((people + 1)..<contact).allSatisfy({
        tokens[$0].kind == .word && (tokens[$0].isCapitalized || WordClasses.determiners.contains(tokens[$0]))
      })
    else { return nil }
    return contact
  }

  /// How an outlet reached the people it quotes: "Commuters the Ledger met outside the terminal".
  static let contactVerbs: WordSet = [
    "met", "interviewed", "spoke", "talked", "contacted", "reached", "visited", "approached", "surveyed",
  ]

  /// The subject of the clause a document shows, when it opens with an actor and a verb in the
  /// past ("the joint venture sued", "the group wants"): the one who acts.
  func shownActor(in content: Range<Int>) -> Range<Int>? {
    var start = content.lowerBound
    if start < content.upperBound, tokens[start].lower == "that" { start += 1 }
    guard start < content.upperBound,
      ["the", "a", "an"].contains(tokens[start].lower) || isProperWord(start)
    else { return nil }
    guard
      let verb = window(start + 1, min(start + 6, content.upperBound)).first(where: { k in
        tokens[k].kind == .word && !tokens[k].isCapitalized
          && (tokens[k].lower.hasSuffix("ed") || Self.irregularPasts.contains(tokens[k])
            || ["wants", "has", "had", "sought", "seeks"].contains(tokens[k].lower))
      }),
      ((start + 1)..<verb).allSatisfy({ k in
        tokens[k].kind == .word && !WordClasses.prepositions.contains(tokens[k]) && !isAuxiliary(tokens[k])
      })
    else { return nil }
    return start..<verb
  }

  /// Whether "according to" at `i` says in keeping with rules, after a verb or an adverb
  /// ("evaluated strictly according to procurement regulations", "exercised according to the
  /// legal rules"), rather than citing them.
  func followsRules(at i: Int, in sentence: Range<Int>) -> Bool {
    let after = i + 2
    guard i > sentence.lowerBound, after < sentence.upperBound, tokens[i].lower == "according",
      tokens[i + 1].lower == "to", tokens[i - 1].kind == .word,
      WordClasses.isAdverbLike(tokens[i - 1]) || tokens[i - 1].lower.hasSuffix("ed") && !tokens[i - 1].isCapitalized,
      let ruleWord = window(after, min(after + 4, sentence.upperBound)).first(where: {
        Self.rulebooks.contains(tokens[$0])
      })
    else { return false }
    return (after..<ruleWord).allSatisfy({ tokens[$0].kind == .word })
  }

  /// What one acts according to rather than cites: "according to procurement regulations".
  static let rulebooks: WordSet = [
    "regulations", "rules", "law", "laws", "procedure", "procedures", "guidelines", "plan", "protocol",
    "protocols", "standards", "policy", "schedule", "rulebook", "script", "instructions", "specifications",
  ]

  /// What carries a claim of its own, besides a finding's document: "a social media post claiming".
  static let claimCarriers: WordSet = [
    "post", "posts", "tweet", "tweets", "story", "stories", "rumour", "rumours", "rumor",
    "rumors", "message", "messages", "video", "videos", "claim", "claims", "reports",
  ]

  /// Past tenses of handing over, the verb of a clause after a document's noun: "figures the
  /// hospital gave the township".
  static let pastsOfGiving: WordSet = ["gave", "supplied", "showed", "wrote", "kept"]

  /// Verbs by which a source passes on what another said: "told the Chronicle that …".
  static let sayingVerbs: WordSet = ["said", "says", "say", "told", "tells", "tell", "added", "adds"]

  static let documentParticiples: WordSet = [
    "taken", "conducted", "released", "published", "commissioned", "issued", "obtained", "filed", "prepared",
    "broadcast", "aired", "screened",
    "compiled", "sponsored", "written", "produced", "carried", "posted", "circulated", "reviewed", "leaked",
    "shared", "distributed", "submitted", "drafted", "signed", "sent", "shown", "attached", "included", "enclosed",
    "appended", "lodged", "dated", "addressed", "seen", "viewed", "examined", "received", "ordered", "mailed",
    "handed", "passed", "presented", "given", "delivered", "tabled", "forwarded", "provided", "started", "launched",
    "organised", "organized", "taped", "pinned", "stuck", "nailed", "pasted", "displayed", "affixed", "completed",
    "finalised", "finalized", "updated", "revised", "laid", "kept",
  ]

  /// Participles of putting a text out, which report nothing said even where the word lists hold
  /// them as cues: "The code, posted in the hall,".
  static let publishingParticiples: WordSet = [
    "published", "posted", "released", "issued", "circulated", "aired", "printed", "filed",
  ]

  /// The first words of a standing policy of no comment ("does not comment on").
  static let policyOpeners: WordSet = ["do", "does", "doesn't", "don't"]

  /// Determiners that can stand for a noun as a subject: "Another said", "Both said", "Some say".
  static let standaloneDeterminers: WordSet = [
    "another", "one", "both", "some", "many", "several", "few", "all", "each", "two", "three", "four", "five",
  ]

  /// Irregular participles, beside `documentParticiples`, that open an aside between a subject and
  /// its verb: "The inventory, drawn up by the curator's office, lists". (Not "known": "the law,
  /// known as the …" names the noun before it, often inside a longer subject.)
  static let asideParticiples: WordSet = [
    "drawn", "made", "built", "held", "brought", "paid", "led", "run", "overseen", "undertaken", "sold", "kept",
    "read", "laid",
  ]

  /// Nouns for a claim, which a name after them answers: "the rumour Coach Abara brushed aside".
  /// Nouns a clause without "that" often follows as its verb's object: "a move officials say will
  /// save", "the figure analysts expect".
  static let objectGapNouns: WordSet = [
    "move", "decision", "step", "figure", "sum", "amount", "change", "estimate", "cut",
  ]

  static let claimsBeforeName: WordSet = [
    "suggestion", "suggestions", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
    "notion", "idea", "rumour", "rumours", "rumor", "rumors", "assertion", "assertions", "charge", "charges",
    "criticism", "characterization", "characterisation", "remark", "remarks",
  ]

  /// Whether the word at `k` is a participle that tells what the people named just before it are
  /// doing or what befell them: "Drivers waiting at the gate said", "Hauliers queuing at the Sallow
  /// Point gate complained" (the drivers speak, not the gate), "The mother of the student treated
  /// for hypothermia posted". Not a verb of speaking ("Trump, speaking at a rally", an aside) nor a
  /// name before it.
  func isPeopleDoing(at k: Int, in sentence: Range<Int>) -> Bool {
    guard k - 1 >= sentence.lowerBound, isTaskParticiple(at: k) else { return false }
    let noun = tokens[k - 1]
    // ("A nurse with the agency staffing the ward", "the operator running the ferries": a body or
    // a trade's noun doing something to an object, by its "-ing".)
    // (With its object's article next: not "a school shooting in Texas".)
    let bodyDoing =
      tokens[k].lower.hasSuffix("ing") && k + 1 < sentence.upperBound
      && ["the", "a", "an", "its", "their"].contains(tokens[k + 1].lower)
      && (lexicon.organizationHeads.match(at: k - 1, limit: k, tokens: tokens) != nil
        || lexicon.personOrCompanyNouns.contains(noun.lower)
        // ("A lab technician handling samples": an agent's noun.)
        || looksLikeAgentNoun(noun.lower))
    return noun.kind == .word && opensInSmallLettersOrSentence(k - 1, in: sentence)
      && (isPersonNoun(noun.lower) || bodyDoing
        || noun.lower.count >= 5 && noun.lower.hasSuffix("s") && !noun.lower.hasSuffix("ss"))
  }

  /// "Dewi Kartikasari, corporate secretary of the operator, PT Lintas Mandalika Nusantara (LMN),
  /// said", "The report, prepared by the dam's owner, Nyimlo Hydro Power Corporation Ltd (NHPCL),
  /// says": a name after a second comma that renames the noun an aside ends in ("the operator", "the
  /// dam's owner"); the source is the phrase that opens the sentence, with both asides. Nil when the
  /// appositive `found` is not such a name.
  func renamedInAside(_ found: Range<Int>, before comma: Int, in sentence: Range<Int>) -> Range<Int>? {
    let start = firstWord(of: sentence)
    guard found.lowerBound - 1 > start, tokens[found.lowerBound - 1].text == ",",
      tokens[found.lowerBound].isCapitalized, found.upperBound == comma,
      case let second = found.lowerBound - 1,
      let first = (max(start, second - 12)..<second).last(where: { tokens[$0].text == "," }), first > start,
      // The aside ends in a noun the name renames: "of the operator", "the dam's owner".
      case let noun = tokens[second - 1], noun.kind == .word, !noun.isCapitalized,
      // (A company's noun from the lexicon, or its owner.)
      lexicon.companyNouns.contains(noun) || lexicon.personOrCompanyNouns.contains(noun)
        || ["owner", "owners"].contains(noun.lower),
      ((first + 1)..<second).allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "-" }),
      // What opens the sentence is a name or a document, with no verb.
      (start..<first).allSatisfy({ tokens[$0].kind == .word && !isAuxiliary(tokens[$0]) }), first - start <= 5,
      isProperWord(first - 1) || lexicon.documentHeads.match(at: first - 1, limit: first, tokens: tokens) != nil
    else { return nil }
    return start..<comma
  }

  /// Verbs that close a parenthetical attribution: "The letter, he said, cites".
  static let parentheticalSaying: WordSet = ["said", "says", "added", "adds", "noted", "notes", "argued", "insisted"]

  /// Whether the noun at `k` is in small letters or opens the sentence, also after a dateline's
  /// dash ("CAN THO — Families moved off their land", "IQALUIT — Patients sent south"): a common
  /// noun, not a name's word.
  func opensInSmallLettersOrSentence(_ k: Int, in sentence: Range<Int>) -> Bool {
    !tokens[k].isCapitalized || k == firstWord(of: sentence)
      || k - 1 >= sentence.lowerBound && ExtractionContext.isDash(tokens[k - 1])
  }

  /// Whether the word at `k` is a name's word in capitals that spells a function word: "Bane NOR".
  func isCapitalsInName(_ k: Int, in sentence: Range<Int>) -> Bool {
    k - 1 >= sentence.lowerBound && tokens[k].isAllCaps && tokens[k].text.count > 1 && tokens[k - 1].kind == .word
      && tokens[k - 1].isCapitalized && !tokens[k - 1].isAllCaps
  }

  /// Adverbs of where people are, between them and the place: "Guides elsewhere in the valley",
  /// "Dairy farmers downstream in the Shimo-Chitokawa district".
  static let whereElse: WordSet = ["elsewhere", "downstream", "upstream", "nearby", "locally", "offshore", "inland"]

  /// Prepositions of where something lies, which may go on a subject's noun phrase: "Farmers on
  /// the hills above the reservoir say".
  static let placePrepositions: WordSet = ["above", "below", "beneath", "beside", "behind", "beyond", "near"]

  /// Whether the word at `k` is a preposition of where something lies after a plural noun, which
  /// goes on the subject's phrase: "Farmers on the hills above the reservoir say"; not "42 hectares
  /// of forest above Skidder Creek", "put political expediency above his pledges".
  func placeAfterPlural(at k: Int, in sentence: Range<Int>) -> Bool {
    guard Self.placePrepositions.contains(tokens[k]), k - 1 >= sentence.lowerBound else { return false }
    let noun = tokens[k - 1]
    // ("Growers below the dam say": or the plural that opens the sentence.)
    return noun.kind == .word && (!noun.isCapitalized || k - 1 == firstWord(of: sentence))
      && noun.lower.count >= 4 && noun.lower.hasSuffix("s") && !noun.lower.hasSuffix("ss")
  }

  /// Words that send someone somewhere after the participle of what befell them: "sent south",
  /// "forced out", "laid off", "flown home".
  static let directionParticles: WordSet = [
    "out", "off", "away", "home", "back", "south", "north", "east", "west", "abroad", "overseas", "inland", "ashore",
  ]

  /// Participles with no "-ed" that tell what befell people: "Workers laid off in March".
  static let irregularTaskParticiples: WordSet = [
    "sent", "laid", "left", "kept", "held", "taken", "brought", "caught", "flown", "driven", "stuck", "thrown",
  ]

  /// Whether the word at `k` is a direction or a particle after the participle of what befell the
  /// people named before it, so that the preposition after it goes on their phrase: "Patients sent
  /// south for medical treatment say", "Residents forced out of their homes say", "Workers laid off
  /// in March said".
  /// ("Patients sent for treatment": or such a participle with no "-ed" right before it.)
  func befellPeople(particle k: Int, in sentence: Range<Int>) -> Bool {
    guard k - 1 >= sentence.lowerBound else { return false }
    let participle = Self.directionParticles.contains(tokens[k]) ? k - 1 : k
    // (What befell them, not what they are doing: "two separate developments pushing back at".)
    if participle < k, !tokens[participle].lower.hasSuffix("ing"), isPeopleDoing(at: participle, in: sentence) {
      return true
    }
    guard participle - 1 >= sentence.lowerBound else { return false }
    let noun = tokens[participle - 1]
    return Self.irregularTaskParticiples.contains(tokens[participle]) && noun.kind == .word
      && opensInSmallLettersOrSentence(participle - 1, in: sentence) && looksLikePersonNounOrPlural(noun.lower)
  }

  /// Whether the word at `k` is a participle that says what someone is doing or how they are
  /// known ("staffing", "hired", "dubbed"), not a verb of saying ("speaking", "according").
  func isTaskParticiple(at k: Int) -> Bool {
    tokens[k].kind == .word
      && ((tokens[k].lower.hasSuffix("ing") || tokens[k].lower.hasSuffix("ed")) && tokens[k].lower.count >= 5
        || ["known", "dubbed", "nicknamed", "led"].contains(tokens[k].lower))
      && lexicon.cueVerbs.match(at: k, limit: k + 1, tokens: tokens) == nil
      && !["speaking", "talking", "according"].contains(tokens[k].lower)
  }

  /// "Stallholders selling tea and samosas to the crowd said": people that open the sentence, by
  /// what they were doing, to what and to whom, with no verb of their own, before `b`, where the
  /// subject found so far begins. The sentence's first word, or nil.
  /// (Its sibling in `subjectRange`, "Several farmers at a packed meeting in Tōtara Crossing
  /// said", reads people by where they were rather than by what they were doing.)
  func peopleDoingOpening(before b: Int, in sentence: Range<Int>) -> Int? {
    let f = firstWord(of: sentence)
    guard b - f >= 3,
      let people = window(f, min(f + 3, b - 2)).first(where: { k in
        tokens[k + 1].lower.hasSuffix("ing")
          && (isPeopleDoing(at: k + 1, in: sentence)
            || (looksLikePersonNounOrPlural(tokens[k].lower) || ["men", "women", "people"].contains(tokens[k].lower))
              && isTaskParticiple(at: k + 1))
      }),
      (f..<people).allSatisfy({ k in
        tokens[k].kind == .number || tokens[k].kind == .word && !isAuxiliary(tokens[k])
      }),
      !WordClasses.determiners.contains(tokens[b]) || WordClasses.prepositions.contains(tokens[b - 1]),
      // (An article only right after the participle or after a preposition, and no article or
      // name after "and": not "Riders using the tram lost patience and the operator said".)
      ((people + 2)..<b).allSatisfy({ k in
        (tokens[k].kind == .word || tokens[k].kind == .number) && !isAuxiliary(tokens[k])
          && !Self.irregularPasts.contains(tokens[k]) && !tokens[k].lower.hasSuffix("ed")
          && (["and", "to", "at", "in", "on", "for", "from", "near", "outside", "along"].contains(tokens[k].lower)
            || !WordClasses.clauseBoundaries.contains(tokens[k]))
          && lexicon.cueVerbs.match(at: k, limit: k + 1, tokens: tokens) == nil
          && (!WordClasses.determiners.contains(tokens[k]) || k == people + 2
            || WordClasses.prepositions.contains(tokens[k - 1]))
          && !(tokens[k].lower == "and"
            && (WordClasses.determiners.contains(tokens[k + 1]) || tokens[k + 1].isCapitalized))
      })
    else { return nil }
    return f
  }

  func canPrecedePreposition(_ t: Token) -> Bool {
    // ("85% of Democrats said": a share's sign, like "percent".)
    if t.text == "%" { return true }
    guard t.kind == .word else { return false }
    if t.isCapitalized { return true }
    let w = t.lower
    return lexicon.anonymousHeads.contains(w) || lexicon.qualifiedHeads.contains(w)
      || WordClasses.personRoles.contains(w)
      // ("Herd vets on the islands": a role's plural that no suffix shows.)
      || w.hasSuffix("s") && WordClasses.personRoles.contains(String(w.dropLast()))
      || ["mother", "father", "wife", "husband", "widow", "son", "daughter", "owner", "founder"].contains(w)
      || ExtractionContext.kinWords.contains(w)
      || [
        // ("Residents next to the plant", "traders across from the station": a place's two-word
        // prepositions.)
        "familiar", "close", "next", "across", "adjacent", "aware", "knowledgeable", "briefed", "involved",
        // ("staff at two travel agencies said".)
        "staff", "personnel", "crew",
        "spokesman", "spokeswoman",
        "spokesperson", "director", "president", "chairman", "chair", "head", "leader", "member", "members",
        "professor", "secretary", "ceo", "chief", "representative", "representatives", "analyst", "expert", "experts",
        "economist", "researcher", "fellow", "editor", "partner", "lawyer", "attorney", "manager", "report", "study",
        "survey", "poll", "analysis", "team", "group", "department", "office", "minister", "general", "governor",
        "mayor", "senator", "supporters", "critics", "officials", "official", "source", "sources", "statement", "group",
        "some", "many", "most", "one", "two", "three", "several", "all", "none",
        // Quantities and collections: "a majority of voters", "52 percent of voters", "a group of doctors".
        "majority", "minority", "percent", "half", "third", "number", "chorus", "dozens", "hundreds", "thousands",
        "coalition", "panel", "board", "committee", "review", "average", "section", "complaint", "submission",
        "handful", "slice", "quarter", "share", "portion", "fraction", "lot", "couple", "pair", "series", "host",
        "count", "tally", "copy", "dozen",
        "producer", "staffer", "consultant", "organizer", "activist", "correspondent", "contributor", "commentator",
      ].contains(w)
      || lexicon.titles.contains(w)
      // ("fishermen on the Senegalese side of the field": a trade's "-men".)
      || w.count >= 7 && w.hasSuffix("men") && !t.isCapitalized
      // A plural noun: "attorneys for the family", "contenders of both parties".
      || (w.count >= 5 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
        && lexicon.cueVerbs.match(at: 0, limit: 1, word: { _ in w }) == nil
        && !["says", "does", "has", "was", "goes"].contains(w))
  }

  /// A source after its cue that closes the sentence keeps what describes it to the end, as
  /// PolNeAR spans it: "said Len Burman, head of the Tax Policy Center", "said James Acton, a
  /// physicist who is co-director of the program", "said one source in the room". Not a time,
  /// a channel, a quotation, a participle or another clause ("said Smith on Monday", "said
  /// Smith in a statement", "said Smith, adding that").
  /// A source's phrase without what follows the source itself: where and when a name spoke ("by
  /// Councillor Mae Orlo at a budget meeting in May"), the terms it spoke on ("three staffers close
  /// to the speaker on condition of anonymity"), or what a finding rests on ("Ledger estimates
  /// based on timetable data").
  func withoutScene(_ range: Range<Int>) -> Range<Int> {
    // (Only right after the source's own noun phrase: not inside its clause, "who spoke on the
    // condition of anonymity", "who ran for the Senate in 2008".)
    let clause =
      range.first(where: {
        tokens[$0].text == "," || ["who", "whose", "which", "that", "whom"].contains(tokens[$0].lower)
      }) ?? range.upperBound
    let cut = range.dropFirst().prefix(while: { $0 < clause }).first { k in
      let word = tokens[k].lower
      let next = k + 1 < range.upperBound ? tokens[k + 1] : nil
      switch word {
      case "on":
        let condition = next?.lower == "the" && k + 2 < range.upperBound ? tokens[k + 2].lower : next?.lower
        // ("wrote columnist Anna Berg in the Island Daily News on Wednesday": the day of writing; not
        // the day of a participle's act inside the phrase, "data the authority released on Monday",
        // "a letter sent to the workers on Thursday", "a shopper returning one … on Tuesday", nor
        // a document's day.)
        return condition == "condition"
          || k + 2 == range.upperBound && next.map { WordClasses.weekdays.contains($0) } == true
            && !(range.lowerBound..<k).contains(where: { j in
              tokens[j].kind == .word && !tokens[j].isCapitalized
                && (tokens[j].lower.hasSuffix("ed") || tokens[j].lower.hasSuffix("ing")
                  || Self.irregularPasts.contains(tokens[j])
                  || ExtractionContext.irregularParticiples.contains(tokens[j])
                  || ["laid", "seen", "shown", "taken", "known", "drawn", "set"].contains(tokens[j].lower)
                  || lexicon.documentHeads.match(at: j, limit: j + 1, tokens: tokens) != nil)
            })
      case "based":
        // (The phrase stops before "on", so the word after it is outside the range.)
        return k + 1 < tokens.count && tokens[k + 1].newlinesBefore == 0 && tokens[k + 1].lower == "on"
          && !tokens[k - 1].isCapitalized
      case "at", "during", "in":
        guard let next, tokens[k - 1].isCapitalized, tokens[k - 1].kind == .word else { return false }
        return ["a", "an"].contains(next.lower) || next.kind == .number || WordClasses.timeWords.contains(next)
      default:
        return false
      }
    }
    guard let cut else { return range }
    var end = cut
    while end > range.lowerBound + 1, tokens[end - 1].kind == .punctuation { end -= 1 }
    return range.lowerBound..<end
  }

  func extendedToSentenceEnd(_ range: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
    var end = sentence.upperBound
    while end > range.upperBound && tokens[end - 1].kind == .punctuation && tokens[end - 1].text != ")" { end -= 1 }
    // A participle phrase after a comma ("…, referring to the loss") closes the description.
    if let participle = (range.upperBound..<end).first(where: { k in
      k + 1 < end && tokens[k].text == "," && tokens[k + 1].lower.hasSuffix("ing") && !tokens[k + 1].isCapitalized
        && k > range.upperBound
    }) {
      end = participle
    }
    let rest = range.upperBound..<end
    guard !rest.isEmpty, rest.count <= 40 else { return range }
    if rest.contains(where: { tokens[$0].kind == .quote }) { return range }
    // Another attribution of words inside ("Kamin, who emphasized that ...") is not a description;
    // a verb with an object is ("King, who endorsed Mr. Rubio on Tuesday").
    if rest.contains(where: { k in
      guard let hit = lexicon.cueVerbs.match(at: k, limit: end, tokens: tokens) else { return false }
      let after = k + hit.length
      return after >= end || tokens[after].lower == "that" || tokens[after].text == ":" || tokens[after].text == ","
    }) {
      return range
    }
    var k = rest.lowerBound
    let first = tokens[k]
    // ("said Ms Rehema Mwanyumba, a mother of four whose house is inside the fence": the clause
    // "whose" opened runs on past its verb, where the phrase stopped.)
    let whoseClause = range.count >= 3 && tokens[range.upperBound - 2].lower == "whose"
    if whoseClause {
      guard first.kind == .word, isAuxiliary(first) || !first.isCapitalized else { return range }
    } else if first.text == "," {
      k += 1
      guard k < end else { return range }
      let next = tokens[k]
      // (", of Mayfield Memorial Missionary Baptist Church", ", of the Save St Aldhelm's group":
      // where the person is from describes them.)
      let ofPlace =
        ["of", "from"].contains(next.lower) && k + 1 < end
        && (tokens[k + 1].isCapitalized || tokens[k + 1].lower == "the" && k + 2 < end && tokens[k + 2].isCapitalized)
      if ["and", "but", "so", "as", "while", "though", "although", "because", "when", "if", "or"].contains(
        next.lower)
        || WordClasses.innerPrepositions.contains(next) && !ofPlace
        || (next.lower.hasSuffix("ing") && !next.isCapitalized)
      {
        return range
      }
      // (Nor a clause with a subject of its own: "say several strategists, Mr. Biden needs to…";
      // nor the rest of the clause the cue interrupts: "Eight patients, said Cushing, are in
      // critical condition.")
      var v = k
      while v < end, tokens[v].kind == .word, tokens[v].isCapitalized || lexicon.titles.contains(tokens[v]) { v += 1 }
      if v < end, tokens[v].kind == .word, !tokens[v].isCapitalized,
        isAuxiliary(tokens[v])
          || tokens[v].lower.hasSuffix("s") && v + 1 < end
            && ["to", "the", "a", "an", "that", "his", "her", "their"].contains(tokens[v + 1].lower)
      {
        return range
      }
    } else if first.text == "(" {
      // "Rep. Jo Ruiz (D-Ore.), the ranking member": a short parenthesis and what follows.
      // ("said Cllr Rosemary Tonkin (Lib Dem, Polvarrow and St Wenna)": a party and a ward, in
      // words and commas.)
      guard let close = rest.first(where: { tokens[$0].text == ")" }),
        close - k <= 6
          || close - k <= 10
            && ((k + 1)..<close).allSatisfy({
              tokens[$0].kind == .word && (tokens[$0].isCapitalized || ["and", "of"].contains(tokens[$0].lower))
                || tokens[$0].text == ","
            })
      else { return range }
    } else if ["who", "whom", "whose", "of", "on", "in", "at", "from", "with", "for", "now"].contains(first.lower) {
      if first.lower == "now" { k += 1 }
    } else {
      return range
    }
    // (A relative clause ends where a comma opens another clause or phrase, or at a dash: not "a
    // Democratic superdelegate who recently endorsed Mr. Sanders, and a county official in
    // Charlotte", "…, though she also said"; "who was offered, and then refused, a chance",
    // "Portsmouth, New Hampshire" and "books, papers and editorials" stay.)
    if whoseClause || ["who", "whom", "whose"].contains(first.lower),
      let close = (k..<end).first(where: { c in
        Self.isDash(tokens[c]) || tokens[c].text == ";"
          || tokens[c].text == "," && c + 1 < end && ["who", "which"].contains(tokens[c + 1].lower)
          || tokens[c].text == "," && c + 2 < end
            && ["and", "but", "though", "although", "while", "whereas", "yet"].contains(tokens[c + 1].lower)
            // (Not a list's last comma: "family, sexuality, and the legal history".)
            && !(k..<c).contains(where: { tokens[$0].text == "," })
            && (WordClasses.determiners.contains(tokens[c + 2]) || WordClasses.subjectPronouns.contains(tokens[c + 2])
              || tokens[c + 2].isCapitalized)
      })
    {
      end = close
    }
    // A time or a channel right after it is not part of the source (a relative clause keeps its
    // own: "a nurse who works night shifts at the hospital").
    let window = window(k, min(k + 3, end))
    if !whoseClause, !["who", "whom", "whose"].contains(first.lower),
      window.contains(where: { WordClasses.timeWords.contains(tokens[$0]) && tokens[$0].lower != "now" })
    {
      return range
    }
    if lexicon.channels.firstMatch(in: window, tokens: tokens) != nil { return range }
    // "..., the top Democrat on the panel, in a statement": the channel at the end is left out
    // (not a capitalised word of a name: "House editor for the Cook Political Report").
    if let channel = lexicon.channels.firstMatch(in: k..<end, tokens: tokens), !tokens[channel.index].isCapitalized {
      end = channel.index
      // ("in her new book": from its preposition.)
      if let preposition = (max(k, end - 4)..<end).last(where: { ["in", "on"].contains(tokens[$0].lower) }),
        ((preposition + 1)..<end).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
      {
        end = preposition
      }
      while end > k
        && (tokens[end - 1].kind == .punctuation || ["in", "a", "an", "the", "on"].contains(tokens[end - 1].lower))
      { end -= 1 }
    }
    guard end > range.upperBound else { return range }
    return range.lowerBound..<end
  }

  /// A noun phrase that starts at `start` ("Smith, the director of X"; "a new report by The Wall Street Journal").
  func phraseAfter(_ start: Int, in sentence: Range<Int>, allowVerbsInside: Bool, appositives: Bool = true) -> Range<
    Int
  >? {
    guard start < sentence.upperBound else { return nil }
    let first = tokens[start]
    guard first.kind == .word || first.kind == .number else { return nil }
    if WordClasses.subjectPronouns.contains(first) { return start..<(start + 1) }
    var e = start
    var tookAppositive = false
    var appositiveComma: Int?
    while e < sentence.upperBound {
      let t = tokens[e]
      // ('said Aurelien "Boo" Thibodeaux': a nickname quoted between given name and surname.)
      if t.kind == .quote, e > start,
        let close = window(e + 2, min(e + 5, sentence.upperBound)).first(where: { tokens[$0].kind == .quote }),
        nicknameGivenName(closingQuote: close, before: close + 1, in: sentence) == e
      {
        e = close + 1
        continue
      }
      if t.kind == .quote { break }
      if t.kind == .punctuation {
        if t.text == "," && appositives && !tookAppositive && e + 1 < sentence.upperBound {
          let n = tokens[e + 1]
          // "Smith, the director of X" or "Smith, president of X"; not "According to X, Musk was".
          // (A title opens an appositive only when the name after it closes the phrase: not "say
          // several strategists, Mr. Biden needs to…", a clause of its own.)
          var nameEnd = e + 2
          while nameEnd < sentence.upperBound, nameEnd - e < 7,
            tokens[nameEnd].kind == .word && (tokens[nameEnd].isCapitalized || lexicon.titles.contains(tokens[nameEnd]))
          {
            nameEnd += 1
          }
          let titledName =
            lexicon.titles.contains(n)
            && (nameEnd == sentence.upperBound || tokens[nameEnd].kind != .word
              || WordClasses.prepositions.contains(tokens[nameEnd]) || tokens[nameEnd].lower == "and")
          // ("according to the union's treasurer, Ann Moy.": a role, then the name that closes the
          // phrase.)
          let roleThenName =
            n.isCapitalized && nameEnd - (e + 1) >= 2 && nameEnd - (e + 1) <= 4
            && (nameEnd == sentence.upperBound || [",", ".", ";"].contains(tokens[nameEnd].text))
            && tokens[e - 1].kind == .word && !tokens[e - 1].isCapitalized
            && (looksLikePersonNoun(tokens[e - 1].lower) || lexicon.titles.contains(tokens[e - 1]))
            && !ExtractionContext.thingsLikeAgents.contains(tokens[e - 1])
          let looksAppositive =
            (WordClasses.determiners.contains(n)
              && !["that", "this", "these", "those", "no", "all", "any", "some", "many", "both"].contains(n.lower))
            || titledName || roleThenName
          if looksAppositive && e > start {
            tookAppositive = true
            appositiveComma = e
            e += 1
            continue
          }
        }
        if t.text == "&" || t.text == "$" || t.text == "%" {
          e += 1
          continue
        }
        // ("according to the Federal Aviation Administration (FAA)": a name's short form in
        // parentheses after it.)
        if t.text == "(", e > start, tokens[e - 1].isCapitalized, e + 2 < sentence.upperBound,
          tokens[e + 1].isAllCaps, tokens[e + 1].text.count >= 2, tokens[e + 2].text == ")"
        {
          e += 3
          continue
        }
        break
      }
      // ("data from more than 270 cities": a comparison of quantities.)
      if t.lower == "than", e > start, ["more", "less", "fewer"].contains(tokens[e - 1].lower),
        e + 1 < sentence.upperBound, tokens[e + 1].kind == .number || WordClasses.numberWords.contains(tokens[e + 1])
      {
        e += 1
        continue
      }
      // ("according to immigration records he had seen", "records the Daily has seen": who saw a
      // document, in a clause without "that", stays with it.)
      if e > start, lexicon.documentHeads.match(at: e - 1, limit: e, tokens: tokens) != nil,
        let seen = sawDocumentClause(at: e, in: sentence)
      {
        e = seen
        continue
      }
      // ("according to travellers who spoke to the Standard": a clause without commas that says
      // which people stays with them.)
      // (Not after an appositive, whose clause the phrase's end takes in whole.)
      if t.lower == "who", e > start, !tookAppositive, tokens[e - 1].kind == .word, !tokens[e - 1].isCapitalized,
        looksLikePersonNounOrPlural(tokens[e - 1].lower),
        let close = window(e + 1, min(sentence.upperBound, e + 24)).first(where: {
          tokens[$0].kind == .punctuation && tokens[$0].text != "&" || tokens[$0].kind == .quote
        }), close > e + 1, [".", ",", ";"].contains(tokens[close].text)
      {
        e = close
        break
      }
      // ("the minutes of the association's May board meeting": the month, after a possessive or
      // an article, is no auxiliary.)
      if t.text == "May", e > start,
        WordClasses.isPossessive(tokens[e - 1]) || ["the", "last"].contains(tokens[e - 1].lower)
      {
        e += 1
        continue
      }
      if Self.phraseStops.contains(t) && e > start { break }
      // ("were told by a council officer the route was under review": an article after a plain
      // noun opens the clause of what was said.)
      if ["the", "a", "an"].contains(t.text), e > start + 1, e + 1 < sentence.upperBound,
        case let previous = tokens[e - 1], previous.kind == .word, !previous.isCapitalized,
        isPersonNoun(previous.lower) || WordClasses.personRoles.contains(previous),
        tokens[e + 1].kind == .word, !tokens[e + 1].isCapitalized
      {
        break
      }
      if ["in", "on", "at", "to", "by", "from", "with", "for", "of", "about"].contains(t.lower) {
        guard e + 1 < sentence.upperBound else { break }
        let n = tokens[e + 1]
        // A document's participle keeps its phrase: "a report released in May by the auditor's
        // office", "a schedule included with the draft", "a memo attached to one filing".
        if e > start, Self.documentParticiples.contains(tokens[e - 1]), n.kind == .word || n.kind == .number {
          e += 1
          continue
        }
        if t.lower == "of" || t.lower == "by" || t.lower == "from" || t.lower == "for" || t.lower == "at"
          || t.lower == "with"
        {
          // ("interviews with current and former pastors": whom the interviews were with.)
          if t.lower == "with" && !tookAppositive
            && !(e > start
              && ["interviews", "interview", "conversations", "discussions", "correspondence"].contains(
                tokens[e - 1].lower))
            && !tokens[start..<e].contains(where: {
              lexicon.qualifiedHeads.contains($0.lower) || lexicon.anonymousHeads.contains($0.lower)
            })
          {
            break
          }
          if n.kind == .word || n.kind == .number {
            if WordClasses.timeWords.contains(n) { break }
            // A demonstrative after the preposition is a determiner, not a clause: "the minutes
            // of that meeting", "council minutes from that year".
            if ["that", "this", "these", "those"].contains(n.lower), e + 2 < sentence.upperBound,
              tokens[e + 2].kind == .word, !tokens[e + 2].isCapitalized, !isAuxiliary(tokens[e + 2]),
              !WordClasses.subjectPronouns.contains(tokens[e + 2]), !WordClasses.determiners.contains(tokens[e + 2])
            {
              e += 3
              continue
            }
            e += 1
            continue
          }
        }
        // ("According to one GP in the south of the county": where an unnamed person works or
        // lives, a place's name or "the" after "in".)
        if t.lower == "in", e == start + 2, ["a", "an", "one", "another"].contains(tokens[start].lower),
          WordClasses.personRoles.contains(tokens[e - 1]) || looksLikePersonNoun(tokens[e - 1].lower),
          n.kind == .word, n.lower == "the" || n.isCapitalized, !WordClasses.timeWords.contains(n)
        {
          e += 1
          continue
        }
        if (t.lower == "in" || t.lower == "on" || t.lower == "to") && tookAppositive && n.isCapitalized
          && !WordClasses.timeWords.contains(n)
        {
          e += 1
          continue
        }
        // ("said Dana Ruiz, a former adviser to two governors", "said a senior aide to the
        // speaker": whom an aide, an adviser or an envoy serves is part of who they are.)
        if t.lower == "to", e > start, Self.rolesServingSomeone.contains(tokens[e - 1]), n.kind == .word,
          !n.lower.hasSuffix("ing"), !isAuxiliary(n)
        {
          e += 1
          continue
        }
        // "people close to the talks", "three people briefed on the talks": keep the preposition
        // when the phrase is a qualifier.
        if e > start,
          ["close", "familiar", "aware", "closest", "near", "briefed", "involved", "knowledgeable", "privy"]
            .contains(tokens[e - 1].lower)
        {
          e += 1
          continue
        }
        break
      }
      // ("a report released Thursday by the state auditor": the time of a document's participle.)
      if e > start, WordClasses.timeWords.contains(t), Self.documentParticiples.contains(tokens[e - 1]),
        e + 1 < sentence.upperBound, tokens[e + 1].lower == "by"
      {
        e += 1
        continue
      }
      // ("X said last week", not "Calder's last annual report": "last" and "this" only before a time.)
      // ("USA Today", "Caldria Today": a capitalised "Today" after a name is the name's.)
      if WordClasses.timeWords.contains(t) && e > start && !(t.text == "Today" && tokens[e - 1].isCapitalized)
        && (t.lower.hasSuffix("day") || t.lower == "earlier" || t.lower == "later"
          || (t.lower == "last" || t.lower == "this")
            && (e + 1 >= sentence.upperBound || tokens[e + 1].kind != .word
              || WordClasses.timeWords.contains(tokens[e + 1]) || Self.seasons.contains(tokens[e + 1])
              || ["quarter", "fall", "season", "term", "session", "decade", "century", "cycle"].contains(
                tokens[e + 1].lower)))
      {
        break
      }
      // ("according to a video of the play posted online by a fan": a document's participle, with
      // where or by whom, stays in the document's phrase.)
      if e > start, Self.documentParticiples.contains(t), e + 1 < sentence.upperBound,
        ["by", "online", "on", "in"].contains(tokens[e + 1].lower),
        (start..<e).contains(where: { lexicon.documentHeads.match(at: $0, limit: $0 + 1, tokens: tokens) != nil })
      {
        e += 1
        continue
      }
      if !allowVerbsInside && e > start && !t.isCapitalized
        && lexicon.cueVerbs.match(at: e, limit: sentence.upperBound, tokens: tokens) != nil
        && !lexicon.nounForms.contains(t) && !lexicon.anonymousHeads.contains(t)
      {
        break
      }
      if e - start > 20 { break }
      e += 1
    }
    // ("according to two officials, a move that would anger Moscow": an appositive that names an
    // event, before its relative clause, comments on the sentence and describes no one.)
    if let comma = appositiveComma, e < sentence.upperBound, ["that", "which"].contains(tokens[e].lower),
      e - 1 > comma, !describesSource(noun: e - 1)
    {
      e = comma
    }
    // Never end on a preposition, conjunction or determiner (a short form's closing parenthesis
    // stays).
    while e > start,
      ["of", "by", "from", "for", "at", "with", "and", "the", "a", "an", "in", "on", "to", "or"].contains(
        tokens[e - 1].lower)
        || tokens[e - 1].kind == .punctuation
          && !(tokens[e - 1].text == ")" && e - 3 >= start && tokens[e - 3].text == "(")
    {
      e -= 1
    }
    guard e > start else { return nil }
    return start..<e
  }

  /// Where a clause without "that" saying who saw or obtained a document ends: "he had seen",
  /// "the Daily has obtained", "she reviewed".
  func sawDocumentClause(at k: Int, in sentence: Range<Int>) -> Int? {
    var v = k
    if ["he", "she", "they", "we", "i"].contains(tokens[k].lower) {
      v = k + 1
    } else if tokens[k].lower == "the", k + 1 < sentence.upperBound, tokens[k + 1].isCapitalized {
      v = k + 1
      while v < sentence.upperBound, tokens[v].isCapitalized, v - k < 5 { v += 1 }
    } else if tokens[k].kind == .word, tokens[k].isCapitalized {
      // ("tender documents Vestkyst Avis has seen": a name without "the", then "has seen".)
      v = k
      while v < sentence.upperBound, tokens[v].kind == .word, tokens[v].isCapitalized, v - k < 4 { v += 1 }
      guard v < sentence.upperBound, ["had", "has", "have"].contains(tokens[v].lower) else { return nil }
    } else {
      return nil
    }
    if v < sentence.upperBound, ["had", "has", "have"].contains(tokens[v].lower) { v += 1 }
    guard v < sentence.upperBound, Self.seeingParticiples.contains(tokens[v]) else { return nil }
    return v + 1
  }

  /// When a subject scan stopped inside a relative clause with no commas ("an official who
  /// spoke anonymously to discuss strategy said"), the phrase before "who".
  func relativeClauseHead(before start: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard WordClasses.clauseBoundaries.contains(tokens[start - 1]) || tokens[start - 1].kind == .word else {
      return nil
    }
    var k = start - 1
    // A finite verb seen since the last subordinator: "who spoke on condition of anonymity
    // because he was not authorized to discuss the talks said" — the clause after "because" has
    // its verb, so the cue is not its verb, and the relative clause runs on before it.
    // A "subject" that is a pronoun and its verb ("he feared retaliation") is that clause.
    var verbSeen = start + 1 < sentence.upperBound && WordClasses.subjectPronouns.contains(tokens[start])
    var reach = 14
    while k > sentence.lowerBound && start - k < reach {
      let t = tokens[k]
      if t.kind == .punctuation || t.kind == .quote { return nil }
      if ["when", "because", "if", "while", "after", "before", "since", "although", "though", "until"].contains(
        t.lower)
      {
        guard verbSeen else { return nil }
        verbSeen = false
        reach = 30
      }
      if WordClasses.beVerbs.contains(t) || Self.finiteAuxiliaries.contains(t)
        || (k > sentence.lowerBound && WordClasses.subjectPronouns.contains(tokens[k - 1]) && t.kind == .word)
      {
        verbSeen = true
      }
      // ("after the charity that manages the nature reserve said": a relative "that" after a
      // body's or a person's noun, its verb right after it.)
      // ("the company that runs Rock Point Dam at the lake's outlet said": or the clause's verb
      // where the phrase began.)
      if t.lower == "that", k - 1 >= sentence.lowerBound,
        k + 1 < start
          || k + 1 == start && start < sentence.upperBound && tokens[start].kind == .word
            && !tokens[start].isCapitalized
            && (tokens[start].lower.hasSuffix("s") || tokens[start].lower.hasSuffix("ed"))
            && !isAuxiliary(tokens[start])
            // (Its object after it: not "a merger that backers say", whose "backers" speak.)
            && start + 1 < sentence.upperBound
            && (WordClasses.determiners.contains(tokens[start + 1]) || tokens[start + 1].isCapitalized),
        case let noun = tokens[k - 1],
        noun.kind == .word, !noun.isCapitalized,
        lexicon.organizationHeads.match(at: k - 1, limit: k, tokens: tokens) != nil
          || looksLikePersonNounOrPlural(noun.lower),
        !startsRelativeSubject(k + 1), !WordClasses.subjectPronouns.contains(tokens[k + 1]),
        // (Only the clause's verb and its small words between "that" and the phrase the cue found,
        // which is then that verb's object: not "a moment that does not bring about the change the
        // March on Washington demanded", whose phrase is the cue's own subject.)
        start - (k + 1) <= 4,
        ((k + 1)..<start).allSatisfy({ j in
          let w = tokens[j]
          return w.kind == .word && !w.isCapitalized && !w.lower.contains("'") && !w.lower.contains("\u{2019}")
            && (isAuxiliary(w) || WordClasses.prepositions.contains(w) || WordClasses.isAdverbLike(w)
              || w.lower == "not" || w.lower.hasSuffix("s") || w.lower.hasSuffix("ed") || w.lower.hasSuffix("ing"))
        }),
        let head = subjectRange(endingAt: k - 1, in: sentence)
      {
        return head
      }
      if t.lower == "who" {
        // "The man who police say opened fire": "who" right before a noun phrase opens a clause
        // whose own subject that phrase is, and the source.
        if k == start - 1, startsRelativeSubject(start) { return nil }
        guard k - 1 >= sentence.lowerBound, tokens[k - 1].kind == .word,
          let head = subjectRange(endingAt: k - 1, in: sentence)
        else { return nil }
        return head
      }
      k -= 1
    }
    return nil
  }

  /// Whether the word after a "who" is a subject of the clause it opens ("who police say", "who
  /// Smith said"), not its verb ("who spoke").
  func startsRelativeSubject(_ k: Int) -> Bool {
    tokens[k].isCapitalized || WordClasses.determiners.contains(tokens[k]) || isPersonNoun(tokens[k].lower)
      || lexicon.organizationHeads.match(at: k, limit: k + 1, tokens: tokens) != nil
  }

  /// Words that introduce a time: "on Friday", "earlier Thursday", "last week".
  static let timeIntroducers: WordSet = ["on", "last", "this", "earlier", "late"]

  /// Lower-case words inside names ("Our Lady of Guadalupe", "Ludwig van Beethoven").
  static let lowercaseNameWords: WordSet = ["of", "the", "de", "del", "da", "van", "von", "al", "bin", "la", "le"]

  /// What talks reach, rather than whom reporters try to: "a deal could not be reached".
  static let outcomes: WordSet = [
    "agreement", "agreements", "deal", "deals", "consensus", "compromise", "decision", "settlement", "verdict",
    "conclusion", "accord", "target", "targets", "goal", "goals", "quorum", "resolution", "understanding",
  ]

  /// Modifiers that pair before one noun: "current and former employees".
  static let pairedModifiers: WordSet = ["current", "former", "past", "present", "active", "retired", "state", "local"]

  /// Occasions a speaker's name may follow with no comma ("In a Bloomberg interview Trump said").
  static let occasions: WordSet = [
    "interview", "rally", "speech", "statement", "meeting", "appearance", "hearing", "debate", "event",
    "conference", "briefing", "call", "letter", "time", "post", "tweet", "op-ed", "address", "forum",
  ]

  static let finiteAuxiliaries: WordSet = [
    "has", "have", "had", "did", "does", "do", "will", "would", "could", "can", "may", "might", "should", "must",
  ]

  /// Adverbs that sit between an auxiliary and its verb ("has yet to", "was also", "had already"):
  /// with auxiliaries alone they say nothing.
  static let auxiliaryAdverbs: Set<String> = ["yet", "also", "already", "even", "now", "then", "just", "still"]

  /// For "Smith, who said": the phrase the relative pronoun stands for.
  func relativeAntecedent(who: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard who - 1 > sentence.lowerBound, tokens[who - 1].text == ",",
      var range = subjectRange(endingAt: who - 2, in: sentence)
    else { return nil }
    // "According to the Courier, which first reported": the phrase after the preposition.
    while range.count > 1, ["according", "to", "from", "by", "with"].contains(tokens[range.lowerBound].lower) {
      range = (range.lowerBound + 1)..<range.upperBound
    }
    // ("David Holmes, a State Department official in Ukraine, who described": the name the
    // appositive describes, with it.)
    if tokens[who].lower == "who", range.lowerBound - 2 > sentence.lowerBound, tokens[range.lowerBound - 1].text == ",",
      ["a", "an", "the"].contains(tokens[range.lowerBound].lower), isProperWord(range.lowerBound - 2)
    {
      var name = range.lowerBound - 2
      while name - 1 >= sentence.lowerBound, isProperWord(name - 1), tokens[name - 1].kind == .word { name -= 1 }
      if range.lowerBound - 1 - name >= 2 { range = name..<range.upperBound }
    }
    // "members of the Saudi government, which has denied": "which" stands for a thing, the body
    // after the people's "of", not the people ("who" would).
    if tokens[who].lower == "which", let of = range.first(where: { tokens[$0].lower == "of" }), of > range.lowerBound,
      of + 1 < range.upperBound, looksLikePersonNounOrPlural(tokens[of - 1].lower)
    {
      range = (of + 1)..<range.upperBound
    }
    // ("satellite images from the European Space Agency, which cautioned": a named body a thing
    // came from says it, not the thing.)
    // (Not what a thing itself shows or finds: "a chart from the Prison Policy Initiative, which shows".)
    if tokens[who].lower == "which", who + 1 < sentence.upperBound,
      !Self.thingsDocumentsDo.contains(tokens[who + 1].lower),
      let from = range.last(where: { ["from", "by"].contains(tokens[$0].lower) }),
      from > range.lowerBound, from + 1 < range.upperBound, tokens[from - 1].kind == .word,
      !tokens[from - 1].isCapitalized, tokens[range.upperBound - 1].isCapitalized,
      ((from + 1)..<range.upperBound).allSatisfy({
        isProperWord($0) || tokens[$0].lower == "the" || tokens[$0].lower == "of"
      })
    {
      range = (from + 1)..<range.upperBound
    }
    return range
  }

  // MARK: - Content

  /// What was said after a cue: a quotation, a "that" clause, or the rest of the sentence.
  func contentAfter(_ start: Int, in sentence: Range<Int>, lemma: String) -> Range<Int>? {
    guard start < sentence.upperBound else { return nil }
    var k = start
    let window = min(sentence.upperBound, start + 14)
    while k < window {
      let t = tokens[k]
      if t.kind == .quote && t.quoteRole == .opening {
        let q = structure.quotationOfToken[k]
        if q >= 0 {
          let quote = structure.quotations[q]
          return (quote.openToken + 1)..<max(quote.openToken + 1, min(quote.closeToken, tokens.count))
        }
      }
      // (Not the object of a preposition: "said they were looking into that".)
      if t.lower == "that" && !(k > start && WordClasses.prepositions.contains(tokens[k - 1])) || t.text == ":" {
        return trimmedContent((t.text == ":" ? k + 1 : k)..<sentence.upperBound)
      }
      if t.text == "," && k > start && lemma != "tell" { break }
      k += 1
    }
    // Otherwise the rest of the sentence, when there is more than an adverbial left; after the one
    // told, not with it ("told the Post he could not afford it").
    let from = Self.toldLemmas.contains(lemma) ? recipientEnd(start, in: sentence) ?? start : start
    let rest = trimmedContent(from..<sentence.upperBound)
    guard let rest, rest.count >= 3 else { return nil }
    return rest
  }

  /// Verbs whose first object is the one told, before what was said ("warned residents the water").
  static let toldLemmas: Set<String> = ["tell", "assure", "inform", "remind", "warn", "promise"]

  /// Where the one told ends and what was said begins, in "told reporters the plan was dead", "told
  /// the Post he could not afford it", "assured him it would": a short phrase of names or nouns, then
  /// a subject pronoun, an article, a possessive or a number that opens the clause. Nil where no
  /// such edge is clear ("told the story", "told reporters outside the court the plan").
  func recipientEnd(_ start: Int, in sentence: Range<Int>) -> Int? {
    guard start + 1 < sentence.upperBound else { return nil }
    let first = tokens[start]
    // ("told him the plan was dead"; not "told me, quoting …" or "told me after the vote", where
    // nothing said follows.)
    if Self.objectPronouns.contains(first.lower) {
      let next = tokens[start + 1]
      guard next.kind == .word || next.kind == .number, !WordClasses.prepositions.contains(next),
        !WordClasses.clauseBoundaries.contains(next)
      else { return nil }
      return start + 1
    }
    guard first.kind == .word,
      Self.recipientArticles.contains(first.lower) || first.isCapitalized
        || first.lower.hasSuffix("s") && !WordClasses.determiners.contains(first)
          && !WordClasses.prepositions.contains(first) && !WordClasses.subjectPronouns.contains(first)
    else { return nil }
    for k in (start + 1)..<min(start + 6, sentence.upperBound) {
      let t = tokens[k]
      if WordClasses.subjectPronouns.contains(t) || t.lower == "there"
        // (A number after a noun opens the clause, "told the committee 40 jobs would go"; after an
        // article it is part of the one told, "assured the two sides".)
        || t.kind == .number && !Self.recipientArticles.contains(tokens[k - 1].lower)
        || Self.recipientArticles.contains(t.lower) && t.lower != "her"
      {
        return k
      }
      if t.kind != .word || WordClasses.prepositions.contains(t) || WordClasses.clauseBoundaries.contains(t) {
        return nil
      }
    }
    return nil
  }

  /// Object pronouns that are the one told ("told him the plan was dead").
  static let objectPronouns: Set<String> = ["me", "him", "her", "us", "them"]
  /// Words that open a noun phrase: the one told, or the subject of what was said after it.
  static let recipientArticles: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
  ]

  /// What was said before a cue: the quotation that closes just before the source or cue,
  /// or the clause from the sentence start.
  func contentBefore(cueStart: Int, in sentence: Range<Int>, sourceStart: Int? = nil) -> Range<Int>? {
    var k = (sourceStart ?? cueStart) - 1
    while k >= sentence.lowerBound && tokens[k].kind == .punctuation { k -= 1 }
    guard k >= sentence.lowerBound else { return nil }
    if tokens[k].kind == .quote && tokens[k].quoteRole == .closing {
      let q = structure.quotationOfToken[k]
      if q >= 0 {
        let quote = structure.quotations[q]
        if quote.closeToken > quote.openToken + 1 {
          return (quote.openToken + 1)..<quote.closeToken
        }
      }
      return nil
    }
    guard sourceStart == nil else { return nil }
    return trimmedContent(sentence.lowerBound..<(k + 1))
  }

  /// The start of the clause that ends before `i` (after the last quote or semicolon).
  func clauseStart(before i: Int, in sentence: Range<Int>) -> Int {
    var k = i - 1
    while k > sentence.lowerBound {
      let t = tokens[k]
      if t.text == ";" || t.text == ":" || (t.kind == .quote && t.quoteRole == .opening) { return k + 1 }
      k -= 1
    }
    return sentence.lowerBound
  }

  /// A token range without leading and trailing punctuation; nil when nothing is left.
  func trimmedContent(_ range: Range<Int>) -> Range<Int>? {
    var a = range.lowerBound
    var b = range.upperBound
    while a < b && (tokens[a].kind == .punctuation || tokens[a].kind == .quote) { a += 1 }
    while b > a && (tokens[b - 1].kind == .punctuation || tokens[b - 1].kind == .quote) { b -= 1 }
    return a < b ? a..<b : nil
  }

  // MARK: - Hedges

  func hedges() -> ([String: Int], [HedgeMention]) {
    var counts: [String: Int] = [:]
    var mentions: [HedgeMention] = []
    var line = 1
    var lineScalar = 0
    var i = 0
    while i < tokens.count {
      if tokens[i].kind == .word, let hit = lexicon.hedges.match(at: i, limit: tokens.count, tokens: tokens) {
        counts[hit.payload, default: 0] += 1
        let s = span(i..<(i + hit.length))
        while lineScalar < s.start {
          if scalars[lineScalar] == "\n" { line += 1 }
          lineScalar += 1
        }
        let sentence = span(structure.sentences[structure.sentenceOfToken[i]])
        mentions.append(HedgeMention(hedge: hit.payload, span: s, sentence: sentence, line: line))
        i += hit.length
      } else {
        i += 1
      }
    }
    return (counts, mentions)
  }
}
