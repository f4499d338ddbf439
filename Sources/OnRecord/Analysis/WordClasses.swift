/// Closed word classes the attribution rules rely on. These are grammar, not
/// vocabulary, so they live in code; vocabulary lives in the word lists.
enum WordClasses {
  static let determiners = WordSet(
    [
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
      "such", "some", "any", "each", "every", "no", "another", "other", "both", "all", "several", "many",
      "few", "multiple",
    ] + cardinals)

  static let auxiliariesAndAdverbs: WordSet = [
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "shall", "must", "did",
    "does", "do", "also", "later", "then", "previously", "once", "still", "recently", "repeatedly", "again",
    "long", "earlier", "further", "already", "often", "frequently", "publicly", "privately", "quickly",
    "immediately", "initially", "first", "even", "just", "simply", "flatly", "categorically", "strongly",
    "angrily", "bluntly", "openly", "separately", "subsequently", "since", "ultimately", "eventually",
    "clearly", "explicitly", "specifically", "too", "not", "never", "always", "reportedly", "allegedly",
    "last", "has since", "originally", "personally", "directly", "formally", "officially", "emphatically",
    "vehemently", "firmly", "sharply", "loudly", "quietly", "bluntly", "candidly", "frankly", "ever",
    "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "can't",
    "cannot", "been", "being", "perhaps", "probably", "possibly", "maybe", "instead", "thus",
  ]

  static let prepositions: WordSet = [
    "at", "in", "on", "for", "of", "with", "from", "by", "to", "into", "about", "against", "over", "under", "as",
    "like", "near", "inside", "within", "across", "after", "before", "during", "between", "among", "through",
    "toward", "towards", "without", "despite", "behind", "beside", "around", "aboard", "outside", "beyond", "along",
  ]

  /// What follows a clock time: "9:34 p.m.", "1 am".
  static let clockWords: WordSet = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"]

  static let beVerbs: WordSet = [
    "is", "was", "were", "are", "be", "been", "being", "am", "'s", "isn't", "aren't", "wasn't", "weren't",
  ]

  /// Words that end a subject when scanning leftwards from a cue.
  static let clauseBoundaries: WordSet = [
    "that", "because", "after", "before", "when", "while", "as", "since", "if", "although", "though",
    "where", "whereas", "until", "unless", "so", "but", "or", "which", "whom", "whose", "than", "how", "why",
    "what", "whether", "whereby", "nor", "yet", "is", "was", "were", "are", "be", "to", "for", "with",
    "without", "by", "about", "against", "over", "under", "into", "onto", "upon", "during", "despite",
    "like", "unlike", "through", "toward", "towards", "amid", "among", "between", "besides", "except",
    "once", "whenever", "wherever", "then", "also", "even", "now", "however", "meanwhile", "instead",
    "indeed", "still", "otherwise", "thus", "hence", "therefore", "moreover", "furthermore", "and",
    "in", "on", "at", "from", "of", "said", "says", "told", "tells", "say",
  ]

  /// Prepositions that may stand inside a source phrase ("the director of X", "an analyst at Y").
  static let innerPrepositions: WordSet = ["of", "for", "at", "with", "from", "in", "on", "to", "by"]

  static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  static let timeWords: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "weeks",
    "months", "years", "day", "days", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.",
    "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "recently", "earlier", "later", "late",
    "early", "last", "this", "next", "previous", "ago", "since", "time", "times", "weekday", "hours",
    "minutes", "moment", "point",
  ]

  /// Nouns for one person's role: with "the" or a possessive they describe someone specific.
  static let personRoles: WordSet = [
    "businessman", "businesswoman", "lawyer", "attorney", "woman", "man", "mother", "father", "wife", "husband",
    "star", "celebrity", "influencer", "athlete", "footballer", "striker", "goalkeeper", "midfielder",
    "son", "daughter", "brother", "sister", "candidate", "nominee", "senator", "congressman", "congresswoman",
    "governor", "mayor", "billionaire", "mogul", "boss", "doctor", "physician", "author", "writer", "reporter",
    "host", "anchor", "columnist", "comedian", "actor", "actress", "singer", "rapper", "coach", "player", "judge",
    "officer", "driver", "owner", "founder", "chairman", "chairwoman", "chairperson", "executive", "manager", "pastor",
    "priest",
    "professor", "student", "teacher", "victim", "suspect", "defendant", "plaintiff", "witness", "friend", "neighbor",
    "businessperson", "entrepreneur", "developer", "economist", "historian", "strategist", "pollster", "veteran", "vet",
    "nurse", "clerk", "guard", "technician", "analyst", "engineer", "scientist", "researcher", "volunteer",
    "worker", "captain", "striker", "goalkeeper", "midfielder", "defender", "winger", "quarterback", "pitcher",
    "referee", "skipper", "counsel", "advocate", "solicitor", "barrister", "head", "chief", "lady", "reeve", "gp",
    // Without an agent's suffix: "the surgeon", "the chef", "the deputy".
    "surgeon", "chef", "pilot", "mechanic", "nanny", "waitress", "midwife", "dean", "provost", "deputy", "constable",
    "warden", "bailiff", "grandmother", "grandfather", "uncle", "aunt", "cousin", "niece", "nephew", "girlfriend",
    "boyfriend", "roommate", "classmate", "coworker", "co-worker", "colleague", "paramedic", "athlete", "poet",
    "co-founder", "cofounder", "councilwoman", "councilman", "alderman", "alderwoman", "landlord", "landlady",
    "homeowner", "headteacher", "headmaster", "headmistress", "teenager", "toddler", "girl", "boy", "actress",
    // Clergy: "the bishop wrote", "the rabbi said".
    "bishop", "archbishop", "cardinal", "rabbi", "imam", "vicar", "rector", "deacon", "chaplain", "reverend",
    "councillor", "councilor", "neighbour", "member", "employee", "staffer", "moderator", "correspondent", "editor",
    "producer", "depute", "sheriff", "magistrate", "coroner", "prosecutor", "agent", "publicist",
    // ("A group of 43 artistes and songwriters": a performer, in Indian, Nigerian and British English.)
    "artiste",
    // ("Her chief rival for the nomination, Sen. Bernie Sanders,")
    "rival",
  ]

  static let subjectPronouns: WordSet = ["he", "she", "they", "it", "i", "we", "you"]

  /// The subject pronoun a lower-case word is, alone or contracted ("he", "he’s", "they'd");
  /// not "it's", which is "it is" as often as not.
  static func subjectPronoun(in lower: String) -> String? {
    if subjectPronouns.contains(lower) { return lower }
    let parts = lower.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" })
    guard parts.count == 2, ["s", "d", "ve", "re", "ll"].contains(String(parts[1])),
      subjectPronouns.contains(String(parts[0])), parts[0] != "it"
    else { return nil }
    return String(parts[0])
  }

  /// Verbs that take a recipient before what was said ("told the Journal that").
  static let recipientVerbs: WordSet = ["tell", "ask", "assure", "urge", "warn", "remind", "inform", "promise"]

  /// Cue lemmas whose content is typically what the source said, for denial detection.
  static let speechLemmas: WordSet = [
    "say", "add", "call", "tell", "continue", "insist", "write", "tweet", "describe", "respond", "counter",
    "state", "maintain", "reply", "note", "argue", "post", "go on", "stress", "declare", "retort", "answer",
    "emphasize", "reiterate", "explain", "claim", "contend", "slam", "blast", "acknowledge", "term",
  ]

  static func isAdverbLike(_ token: Token) -> Bool {
    guard token.kind == .word else { return false }
    if auxiliariesAndAdverbs.contains(token.lower) { return true }
    return !token.isCapitalized && token.lower.count > 4 && token.lower.hasSuffix("ly")
      && !Self.nounsEndingInLy.contains(token.lower)
  }

  /// Words ending in "ly" that are not adverbs here: "the assembly said", "this weekly has learned".
  static let nounsEndingInLy: Set<String> = [
    "family", "italy", "supply", "reply", "only", "rally", "ally", "early", "daily", "likely", "july", "weekly",
    "monthly", "quarterly", "assembly", "anomaly", "monopoly",
  ]

  /// Numbers written as words, and "half": a quantity's head ("eight of 10").
  static let numberWords = WordSet(["half"] + cardinals)

  /// Cardinal numbers written as words, which both count and determine a noun ("Fifteen of the
  /// economists", "two aides").
  static let cardinals = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety",
  ]

  /// "state's", "Corvane’s", or a split-off "'s"; not a contraction ("it's", "she's", "that's").
  static func isPossessive(_ t: Token) -> Bool {
    // ("the Director of Public Prosecutions' office": a plural's, whose apostrophe the tokenizer
    // kept on the word only where it reads as a possessive.)
    if t.kind == .word, t.lower.count > 2, t.lower.hasSuffix("s'") || t.lower.hasSuffix("s\u{2019}") { return true }
    guard t.lower.hasSuffix("'s") || t.lower.hasSuffix("\u{2019}s") else { return false }
    return !contractedStems.contains(String(t.lower.dropLast(2)))
  }

  /// Words whose "'s" is "is" or "has", not a possessive.
  static let contractedStems: WordSet = [
    "it", "he", "she", "that", "there", "here", "what", "who", "where", "let", "this", "how", "when", "why",
  ]

  /// Words that open a clause of their own: a phrase that reaches one has a verb of its own.
  static let subordinators: WordSet = [
    "that", "because", "when", "while", "as", "since", "if", "although", "though", "where", "whereas", "until",
    "unless", "so", "but", "or", "and", "which", "who", "whom", "whose", "than", "after", "before",
  ]
}
