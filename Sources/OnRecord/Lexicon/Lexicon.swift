import Foundation

/// The word lists the analysis runs on, compiled for lookup. Built from the
/// `.txt` files in `Resources/Lexicon` (see that folder's README), optionally
/// overridden file by file from a folder the user gives.
public struct Lexicon: Sendable {
  public static let fileNames = [
    "anonymity", "channels", "cues", "denials", "hedges", "nonanswers", "outlets", "sources",
  ]

  public var cueVerbs = PhraseTable<String>()
  public var prepositionalCues = PhraseTable<String>()
  /// Verbs that cite only a document ("The consent order states that…", "Minutes of the meeting
  /// record that…"): not cues with any other subject, and not words the cue tagger knows.
  public var documentVerbs = PhraseTable<String>()
  /// The lemmas of `documentVerbs`, with "find" and "show" of the cue verbs.
  public var documentOnlyLemmas: WordSet = ["find", "show"]
  public var nounForms: WordSet = []
  public var nonanswers = PhraseTable<DenialKind>()
  /// What a source says to refuse an answer in its own words ("Not going to go into that").
  public var refusals = PhraseTable<String>()
  public var denialVerbs: WordSet = []
  public var dismissalVerbs: WordSet = []
  public var denialPhrases = PhraseTable<String>()
  public var dismissalPhrases = PhraseTable<String>()
  /// What a source calls a thing to deny it ("called the video 'fake'").
  public var denialLabels = PhraseTable<String>()
  /// What a source calls a thing to dismiss it, which said of anything else is no dismissal
  /// ("called the review's conclusions 'speculative'", not "said the forecast was speculative").
  public var dismissalLabels = PhraseTable<String>()
  public var negations: WordSet = []
  /// Objects that make a denial verb a denial ("denied the report", not "denied the permit").
  public var deniedClaims: WordSet = []
  /// What a source calls a charge against it when it belittles it ("called the allegations …").
  public var charges: WordSet = []
  /// Nouns of a claim whose agent follows "by" ("Claims by the union that…").
  public var claimNouns: WordSet = []
  /// Nouns of what was said, cues after their owner when a colon or a dash brings in the words
  /// ("Her verdict: …").
  public var verdictNouns: WordSet = []
  /// A reporter's inquiries that can go unanswered ("Messages left for the company were not returned").
  public var inquiryNouns: WordSet = []
  public var hedges = PhraseTable<String>()
  /// Hedges that are also an attribution with no source ("Lindqvist allegedly pressed…").
  public var unattributedHedges: WordSet = []
  public var anonymousHeads: WordSet = []
  public var qualifiedHeads: WordSet = []
  /// Ranks that make a qualified head anonymous without a qualifier: "a senior officer".
  public var anonymousRanks: WordSet = []
  public var anonymityQualifiers = PhraseTable<String>()
  public var anonymousAnaphors = PhraseTable<String>()
  public var anonymityMarkers = PhraseTable<String>()
  public var anonymityReasons = PhraseTable<String>()
  public var vagueSpecifiers: WordSet = []
  public var vagueSources = PhraseTable<String>()
  public var pronouns: WordSet = []
  public var organizationHeads = PhraseTable<String>()
  /// Organisations known by a name alone ("Twitter", "Wells Fargo").
  public var organizationNames = PhraseTable<String>()
  /// Last words of newspaper names ("Courier", "Gazette").
  public var outletNameWords: WordSet = []
  /// Last words of newspaper names that also name people ("The Corrong Advocate"): an outlet's only after "The".
  public var mastheadWords: WordSet = []
  /// Countries and capitals that stand for their governments.
  public var places = PhraseTable<String>()
  /// Head nouns of a news organisation ("the newspaper", "the network").
  public var outletHeads = PhraseTable<String>()
  public var organizationSuffixes: WordSet = []
  /// Nouns that say the name beside them is a company's: "the chipmaker Corvane".
  /// A company's legal form: "Ltd", "GmbH", "ehf." (also among the organization suffixes).
  public var legalForms: WordSet = []
  public var companyDescriptors: WordSet = []
  /// Nouns that, in a description beside a name, make it an organization's ("Skerra Line, the
  /// ferry operator that…", "Keep Homes Possible, the committee opposing…").
  public var companyNouns: WordSet = []
  /// Titles that only a company's people hold, after its name: "Lumora chief executive Dana Whitcombe".
  public var companyOfficers = PhraseTable<String>()
  /// A firm's staff who publish its views ("Analysts at Brisk & Vell").
  public var firmStaff: WordSet = []
  /// A newsroom's journalists, who report for it ("reporters at the Ashby Courier").
  public var newsroomStaff: WordSet = []
  /// Words before a football club's name ("FC Dalvik").
  public var clubPrefixes: WordSet = []
  /// Legal forms that open a company's name ("PT Jalur Dewata", "OOO Severstroi").
  public var legalFormPrefixes: WordSet = []
  /// Words that open a firm's name in other languages ("Banque Salève", "Siderúrgica Valdemora").
  public var firmOpeners: WordSet = []
  /// Words of a public service that, before a place's name, make a body's name: "Ambulance
  /// Tasmania", "Forestry England".
  public var publicServiceWords: WordSet = []
  /// Words that name a newspaper in other languages: "Le Courrier du Fleuve", "Kieler Nachrichten".
  public var foreignMastheadWords: WordSet = []
  /// Words that open a body's name in other languages: "Ministerio de Sanidad", "Câmara Municipal de Faro".
  public var foreignBodyWords: WordSet = []
  /// Endings that make one word a newspaper's name: "Vestfjordposten", "Gutebladet".
  public var mastheadSuffixes: [String] = []
  /// Endings that make one word a public body's name in Nordic languages: "Trafikverket", "Fiskeridirektoratet".
  public var bodySuffixes: [String] = []
  /// How an outlet reached the people it quotes ("Residents interviewed by the Gazette").
  public var reachedParticiples: WordSet = []
  /// Documents that report findings of their own ("a report suggesting", "a study showing").
  public var findingNouns: WordSet = []
  /// Documents that ask for something for all who back them ("a petition urging").
  public var demandDocuments: WordSet = []
  /// Company nouns that a person may be too ("a real estate developer"): evidence only before
  /// "that" or "which".
  public var personOrCompanyNouns: WordSet = []
  public var documentHeads = PhraseTable<String>()
  public var selfReferences = PhraseTable<String>()
  public var titles: WordSet = []
  /// Given names, titles and nouns that say a source is a woman or a man, for "she" and "he".
  public var femaleNames: WordSet = []
  public var maleNames: WordSet = []
  public var femaleWords: WordSet = []
  public var maleWords: WordSet = []
  /// Outlet names, matched case-sensitively; payload is the canonical name.
  public var outlets = PhraseTable<String>()
  /// Every outlet variant, lower-cased, to its canonical name (for folder and site names).
  public var outletAliases: [String: String] = [:]
  public var channels = PhraseTable<String>()
  /// A stable hash over the word lists in force (FNV-1a, hex).
  public var hash: String = ""

  /// The word lists shipped with onrecord.
  public static func builtIn() throws -> Lexicon {
    try load(overrides: nil)
  }

  /// Loads the built-in lists, replacing any file that `overrides` holds.
  public static func load(overrides: URL?) throws -> Lexicon {
    Lexicon(texts: try texts(overrides: overrides))
  }

  /// The texts of the word-list files in force, keyed by name: the built-in ones, with any file
  /// that `overrides` holds in their place.
  public static func texts(overrides: URL?) throws -> [String: String] {
    var lists: [String: String] = [:]
    for name in fileNames {
      if let folder = overrides {
        let url = folder.appendingPathComponent(name + ".txt")
        if FileManager.default.fileExists(atPath: url.path) {
          switch FileReader.readAll(url.path) {
          case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
              throw OnRecordError.lexiconUnreadable(url.path, reason: "not UTF-8 text")
            }
            lists[name] = text
          case .failure(.cannotOpen(let why)), .failure(.cannotRead(let why)):
            throw OnRecordError.lexiconUnreadable(url.path, reason: why)
          }
          continue
        }
      }
      guard let folder = builtInFolder,
        case .success(let bytes) = FileReader.readAll(folder + "/" + name + ".txt"),
        let text = String(validating: bytes, as: UTF8.self)
      else { throw OnRecordError.lexiconMissing(name + ".txt") }
      lists[name] = text
    }
    return lists
  }

  /// The folder of the built-in word lists (found once: each lookup of a resource by name
  /// lists the bundle's folders again).
  static let builtInFolder: String? = Bundle.module.url(forResource: "Lexicon", withExtension: nil)?.path

  /// The hash a lexicon built from these texts has.
  public static func hash(of texts: [String: String]) -> String {
    var hasher = FNV1a()
    for name in texts.keys.sorted() {
      hasher.add(name)
      hasher.add(texts[name] ?? "")
    }
    return hasher.hex
  }

  /// No word lists, under the hash of `texts`: enough to name a run's settings (to find whether
  /// its reports are up to date) without building the tables.
  public static func placeholder(for texts: [String: String]) -> Lexicon {
    var empty = Lexicon(texts: [:])
    empty.hash = hash(of: texts)
    return empty
  }

  /// Builds a lexicon from the texts of the word-list files, keyed by name.
  public init(texts: [String: String]) {
    let list = { (name: String) in WordList(parsing: texts[name] ?? "") }
    hash = Lexicon.hash(of: texts)

    let cues = list("cues")
    for entry in cues.entries("verbs") {
      for form in entry.variants { cueVerbs.add(form.lowercased(), entry.name.lowercased()) }
    }
    for entry in cues.entries("document-verbs") {
      for form in entry.variants { documentVerbs.add(form.lowercased(), entry.name.lowercased()) }
      documentOnlyLemmas.insert(entry.name.lowercased())
    }
    for entry in cues.entries("prepositions") {
      for form in entry.variants { prepositionalCues.add(form.lowercased(), entry.name.lowercased()) }
    }
    nounForms = WordSet(cues.lowercasedVariants("noun-forms"))
    claimNouns = WordSet(cues.lowercasedVariants("claim-nouns"))
    verdictNouns = WordSet(cues.lowercasedVariants("verdict-nouns"))

    let nonanswerList = list("nonanswers")
    for (section, kind) in [("no-comment", DenialKind.noComment), ("no-response", .noResponse)] {
      for phrase in nonanswerList.lowercasedVariants(section) { nonanswers.add(phrase, kind) }
    }
    inquiryNouns = WordSet(nonanswerList.lowercasedVariants("inquiry-nouns"))
    for phrase in nonanswerList.lowercasedVariants("refusals") { refusals.add(phrase, phrase) }

    let denials = list("denials")
    denialVerbs = WordSet(denials.lowercasedVariants("verbs"))
    dismissalVerbs = WordSet(denials.lowercasedVariants("dismissal-verbs"))
    for phrase in denials.lowercasedVariants("denial-phrases") { denialPhrases.add(phrase, phrase) }
    for phrase in denials.lowercasedVariants("dismissal-phrases") { dismissalPhrases.add(phrase, phrase) }
    for phrase in denials.lowercasedVariants("denial-labels") { denialLabels.add(phrase, phrase) }
    for phrase in denials.lowercasedVariants("dismissal-labels") { dismissalLabels.add(phrase, phrase) }
    negations = WordSet(denials.lowercasedVariants("negations"))
    deniedClaims = WordSet(denials.lowercasedVariants("claims"))
    charges = WordSet(denials.lowercasedVariants("charges"))

    let hedgeList = list("hedges")
    for entry in hedgeList.entries() {
      for form in entry.variants { hedges.add(form.lowercased(), entry.name.lowercased()) }
    }
    unattributedHedges = WordSet(hedgeList.lowercasedVariants("without-a-source"))

    let anonymity = list("anonymity")
    anonymousHeads = WordSet(anonymity.lowercasedVariants("heads"))
    qualifiedHeads = WordSet(anonymity.lowercasedVariants("qualified-heads"))
    anonymousRanks = WordSet(anonymity.lowercasedVariants("ranks"))
    for phrase in anonymity.lowercasedVariants("qualifiers") { anonymityQualifiers.add(phrase, phrase) }
    for phrase in anonymity.lowercasedVariants("anaphors") { anonymousAnaphors.add(phrase, phrase) }
    for phrase in anonymity.lowercasedVariants("markers") { anonymityMarkers.add(phrase, phrase) }
    for phrase in anonymity.lowercasedVariants("reasons") { anonymityReasons.add(phrase, phrase) }
    vagueSpecifiers = WordSet(anonymity.lowercasedVariants("vague-specifiers"))

    let sources = list("sources")
    for phrase in sources.lowercasedVariants("vague") { vagueSources.add(phrase, phrase) }
    pronouns = WordSet(sources.lowercasedVariants("pronouns"))
    for phrase in sources.lowercasedVariants("organization-heads") { organizationHeads.add(phrase, phrase) }
    for phrase in sources.lowercasedVariants("places") { places.add(phrase, phrase) }
    outletNameWords = WordSet(sources.lowercasedVariants("outlet-name-words"))
    mastheadWords = WordSet(sources.lowercasedVariants("masthead-words"))
    for phrase in sources.lowercasedVariants("organization-names") { organizationNames.add(phrase, phrase) }
    for phrase in sources.lowercasedVariants("outlet-heads") { outletHeads.add(phrase, phrase) }
    legalForms = WordSet(sources.lowercasedVariants("legal-forms"))
    organizationSuffixes = WordSet(
      sources.lowercasedVariants("organization-suffixes") + sources.lowercasedVariants("legal-forms"))
    let descriptors = sources.lowercasedVariants("company-descriptors")
    let personOrCompany = sources.lowercasedVariants("person-or-company-nouns")
    companyDescriptors = WordSet(descriptors + personOrCompany)
    personOrCompanyNouns = WordSet(personOrCompany)
    companyNouns = WordSet(descriptors + sources.lowercasedVariants("company-nouns"))
    for phrase in sources.lowercasedVariants("company-officers") { companyOfficers.add(phrase, phrase) }
    firmStaff = WordSet(sources.lowercasedVariants("firm-staff"))
    newsroomStaff = WordSet(sources.lowercasedVariants("newsroom-staff"))
    clubPrefixes = WordSet(sources.lowercasedVariants("club-prefixes"))
    legalFormPrefixes = WordSet(sources.lowercasedVariants("legal-form-prefixes"))
    firmOpeners = WordSet(sources.lowercasedVariants("firm-openers"))
    publicServiceWords = WordSet(sources.lowercasedVariants("public-service-words"))
    foreignMastheadWords = WordSet(sources.lowercasedVariants("foreign-masthead-words"))
    foreignBodyWords = WordSet(sources.lowercasedVariants("foreign-body-words"))
    mastheadSuffixes = sources.lowercasedVariants("masthead-suffixes")
    bodySuffixes = sources.lowercasedVariants("body-suffixes")
    reachedParticiples = WordSet(sources.lowercasedVariants("reached-participles"))
    findingNouns = WordSet(sources.lowercasedVariants("finding-documents"))
    demandDocuments = WordSet(sources.lowercasedVariants("demand-documents"))
    for phrase in sources.lowercasedVariants("document-heads") { documentHeads.add(phrase, phrase) }
    for phrase in sources.lowercasedVariants("self-references") { selfReferences.add(phrase, phrase) }
    titles = WordSet(sources.lowercasedVariants("titles"))
    femaleNames = WordSet(sources.lowercasedVariants("female-names"))
    maleNames = WordSet(sources.lowercasedVariants("male-names"))
    femaleWords = WordSet(sources.lowercasedVariants("female-words"))
    maleWords = WordSet(sources.lowercasedVariants("male-words"))

    for entry in list("outlets").entries() {
      let canonical = entry.name
      for variant in entry.variants {
        outletAliases[variant.lowercased()] = canonical
        // Domain-like and slug-like variants name an outlet but do not occur in prose. (A name
        // with a hyphen and capitals does: "Agence France-Presse", "AP-NORC".)
        if variant.contains(".") || variant.contains("-") && !variant.contains(where: \.isUppercase) { continue }
        outlets.add(variant, canonical)
        if variant.hasPrefix("The ") { outlets.add("the " + variant.dropFirst(4), canonical) }
      }
    }

    let channelList = list("channels")
    for (section, entries) in channelList.sections {
      for entry in entries {
        for form in entry.variants { channels.add(form.lowercased(), section) }
      }
    }
  }

  /// The canonical outlet for a folder name, site name or host ("nyt", "The New York Times",
  /// "www.nytimes.com"), if the outlet list knows it.
  public func canonicalOutlet(for label: String) -> String? {
    var key = label.lowercased().trimmingCharacters(in: .whitespaces)
    if key.hasPrefix("www.") { key.removeFirst(4) }
    if let hit = outletAliases[key] { return hit }
    let spaced = String(key.map { $0 == "-" || $0 == "_" ? " " : $0 })
    if let hit = outletAliases[spaced] { return hit }
    for suffix in [" news", " online news", " web news", " online", " web"] where spaced.hasSuffix(suffix) {
      if let hit = outletAliases[String(spaced.dropLast(suffix.count))] { return hit }
    }
    if let hit = outletAliases["the " + spaced] { return hit }
    return nil
  }
}

/// 64-bit FNV-1a, for a stable fingerprint of the word lists (not for security).
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ string: String) {
    for byte in string.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
    value ^= 0xff
    value = value &* 0x0000_0100_0000_01b3
  }

  /// The same as adding the string these UTF-8 bytes spell.
  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
    value ^= 0xff
    value = value &* 0x0000_0100_0000_01b3
  }

  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
