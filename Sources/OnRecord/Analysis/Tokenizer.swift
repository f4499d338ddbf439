/// Splits text into words, numbers, punctuation and quote marks, keeping
/// offsets in Unicode scalars. Abbreviations keep their period ("Mr.", "U.S."),
/// so a period token always ends something.
public enum Tokenizer {
  /// Abbreviations whose period belongs to the word (lower-case, without the period).
  static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen", "col", "sgt", "capt", "prof", "rev",
    "st", "jr", "sr", "inc", "co", "corp", "ltd", "llc", "ehf", "hf", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "rd", "dept",
    "univ", "assn", "bros", "messrs", "adm", "cmdr", "maj", "pvt", "supt", "atty", "calif", "fla", "ga",
    "ill", "mass", "mich", "minn", "pa", "va", "wash", "ariz", "colo", "conn", "tenn", "tex", "wis", "ky",
    "la", "md", "mo", "nev", "okla", "ore", "del", "ind", "kan", "neb", "ala", "ark", "miss", "est", "approx",
    "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "cpl", "coun", "cllr", "const", "det", "insp",
    "msgr", "hon", "ald", "amb", "brig", "engr", "alh", "pct", "twp", "sens", "smt", "adv",
    // A priest's "Fr." ("Fr. Dennis Arevalo"), and the "Ma." for Maria of Philippine names
    // ("Councilor Ma. Lourdes Tamayo").
    "fr", "ma",
    // "Sta." and "Sto." for Santa and Santo in Philippine names ("Sta. Rita's owner").
    "sta", "sto",
    // A council member's division or district: "Coun. Everett Sandhu (Div. 2)".
    "div", "dist",
    // A sum in rupees or shillings: "Rs. 412 million", "Shs. 40,000".
    "rs", "shs",
    // A case's "v." ("Roe v. Wade").
    "v",
    // A graduate's, an engineer's and an architect's titles in Latin American papers: "Lic. Gladys
    // Tapia Rojas", "Ing. Raúl Soto", "Arq. Elena Paz".
    "lic", "ing", "arq",
  ]

  /// Whether the period at `period`, inside the word that starts at `word`, ends a sentence whose
  /// space after it was lost: a plain word of three or more letters before it ("threat",
  /// "Alaska"), a capitalised word after it that is no site's ending.
  static func lostSpaceAfterPeriod(in s: [Unicode.Scalar], word: Int, period: Int) -> Bool {
    guard period - word >= 3, period + 2 < s.count, s[period + 1].properties.isUppercase,
      s[period + 2].properties.isLowercase
    else { return false }
    for k in word..<period where !s[k].properties.isAlphabetic || k > word && !s[k].properties.isLowercase {
      return false
    }
    var end = period + 1
    while end < s.count && s[end].properties.isAlphabetic { end += 1 }
    let after = String(String.UnicodeScalarView(s[(period + 1)..<end])).lowercased()
    return !webDomains.contains(after)
  }

  /// The last part of a site's address, after which a period ends the sentence.
  static let webDomains: Set<String> = ["com", "net", "org", "gov", "edu", "uk", "nz", "au", "za", "io", "ca"]

  /// Titles before a name, whose period never ends a sentence ("Sgt. Ray Ortiz", "Coun. Ann Lee").
  static let titleAbbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "rev", "st", "lt", "gen", "col", "capt", "sgt", "cpl",
    "coun", "cllr", "const", "det", "insp", "supt", "msgr", "hon", "ald", "amb", "brig", "adm", "cmdr", "maj",
    // Senators together: "Sens. Ann Voss and Tom Reed".
    "sens",
    // Honorifics of Nigerian and South Asian papers: "Engr. Musa Bello", "Alh. Sani Umar" (not "Barr.",
    // a surname that ends sentences), and the engineer's "Eng." of East African papers.
    "engr", "alh", "eng",
    // Indian and Philippine papers' "Smt. Leela Devadas", "Adv. Thomas Chacko", "Atty. Liza Go".
    "smt", "adv", "atty",
    // A priest's "Fr.": "Fr. Jomar Labitoria, the parish priest".
    "fr",
    // "Lic. Gladys Tapia Rojas", "Ing. Raúl Soto", "Arq. Elena Paz".
    "lic", "ing", "arq",
    // (Nor does a case's "v.": "Roe v. Wade".)
    "v",
  ]

  /// Whether a word (lower-case, without its period) is a title before a name: "gen", and a
  /// hyphenated rank whose parts are all titles, "lt-gen" ("Lt-Gen. Musa Bello (rtd)").
  static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

  static func isTitleAbbreviation(_ lower: String) -> Bool {
    titleAbbreviations.contains(lower)
      || lower.contains("-") && lower.split(separator: "-").allSatisfy { titleAbbreviations.contains(String($0)) }
  }

  /// States' abbreviations that are also words, abbreviations only when capitalised.
  static let stateWords: WordSet = ["ill", "miss", "mass", "wash", "ore", "del", "ind", "mo", "la", "ala", "ark"]

  public static func tokenize(_ text: String) -> [Token] {
    tokenize(scalars: Array(text.unicodeScalars))
  }

  public static func tokenize(scalars s: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(s.count / 5)
    var i = 0
    var newlines = 0
    let n = s.count
    while i < n {
      let c = s[i]
      if c == "\n" || c == "\r" || c == "\u{2029}" || c == "\u{2028}" {
        if c == "\n" || c != "\r" { newlines += 1 }
        i += 1
        continue
      }
      if c == " " || c == "\t" || c.value == 0x0B || c.value == 0x0C || (c.value >= 128 && c.properties.isWhitespace) {
        i += 1
        continue
      }
      let start = i
      if isWordScalar(c) || opensElidedName(s, at: i) {
        var j = i + 1
        var sawInternalPeriod = false
        let numeric = c.value < 128 ? (c.value >= 48 && c.value <= 57) : c.properties.numericType != nil
        while j < n {
          let d = s[j]
          if isWordScalar(d) {
            j += 1
            continue
          }
          // Joiners that stay inside a word when a letter or digit follows.
          if j + 1 < n, isWordScalar(s[j + 1]) {
            if d == "'" || d == "\u{2019}" || d == "-" || d == "&" || d == "\u{2010}" || d == "\u{2011}" {
              j += 1
              continue
            }
            // "7:40", "3:1": a colon between digits is part of the number, not a speaker's colon.
            // ("the 2031/32 budget", "24/7": a slash between digits too.)
            if numeric && (d == ":" || d == "/") && s[j + 1].value >= 48 && s[j + 1].value <= 57 {
              j += 1
              continue
            }
            // ("the jihadist threat.The official said": a page that lost the space after a
            // sentence's period; not a site's address, "Cleveland.Com", nor a brand,
            // "TheRightStuff.Biz".)
            if d == "." && !numeric && !sawInternalPeriod && lostSpaceAfterPeriod(in: s, word: start, period: j) {
              break
            }
            // ("Sh9,000", "R25,000": an amount's thousands after a currency's letters.)
            let thousands =
              d == "," && !numeric && Self.isASCIIDigit(s[j - 1]) && j + 3 < n && Self.isASCIIDigit(s[j + 1])
              && Self.isASCIIDigit(s[j + 2]) && Self.isASCIIDigit(s[j + 3])
              && (j + 4 >= n || !Self.isASCIIDigit(s[j + 4]))
            if d == "." || (numeric && d == ",") || thousands {
              if d == "." && !numeric { sawInternalPeriod = true }
              j += 1
              continue
            }
          }
          break
        }
        // A plural possessive keeps its apostrophe ("the teachers' union"; "the Nurses' Federation"
        // when no single quotation mark is open in the paragraph, which the mark could close).
        // (Not before a word no possessive stands before, when a single quotation is open:
        // "showed 'a programme in crisis' and called".)
        if j < n, s[j] == "'" || s[j] == "\u{2019}", s[j - 1] == "s", j + 1 < n, s[j + 1] == " ",
          j + 2 < n,
          s[j + 2].properties.isLowercase
            && !(Self.functionWords.contains(word(in: s, at: j + 2)) && opensSingleQuotation(in: s, before: start))
            // ("the scheme’s ‘significant housing benefits’ outweigh the harm": the mark closes a
            // quotation still open that no later mark in the paragraph could close.)
            && !(singleQuotationStillOpen(in: s, before: start) && !closingMarkFollows(in: s, after: j + 1))
            // ("A sign read ‘Closed’. Kelso Anglers’ Club said": a curly quotation closed
            // before the word leaves its mark an apostrophe.)
            || s[j + 2].properties.isUppercase
              && !(opensSingleQuotation(in: s, before: start)
                && (s[j] == "'" || singleQuotationStillOpen(in: s, before: start)))
            // ("The county commissioners' 2023 letter": a year or a number after it.)
            || s[j + 2].properties.numericType != nil && !opensSingleQuotation(in: s, before: start)
              && !singleQuotationStillOpen(in: s, before: start)
        {
          j += 1
        }
        // The Malay title "Dato'" keeps its apostrophe before the name it goes with ("Dato' Harjit
        // Singh Gill said"); the mark closes no quotation.
        if j < n, s[j] == "'" || s[j] == "\u{2019}", j + 2 < n, s[j + 1] == " ", s[j + 2].properties.isUppercase,
          strings(s, start..<j).1 == "dato"
        {
          j += 1
        }
        // A trailing period belongs to an abbreviation or initial.
        if j < n, s[j] == "." {
          let lower = strings(s, start..<j).1
          // (Not a letter that ends the paragraph: "who chairs the women's committee in Block C.")
          let isInitial =
            j - start == 1 && s[start].properties.isUppercase && j + 1 < n && s[j + 1] != "\n" && s[j + 1] != "\r"
          // ("No. 3" but "would vote no."; "Springfield, Ill." but "fell ill.")
          let wordToo =
            lower == "no" && !(j + 2 < n && s[j + 1] == " " && s[j + 2].properties.numericType != nil)
            || Self.stateWords.contains(lower) && !s[start].properties.isUppercase
          // ("Sen. Saxby Chambliss, R-Ga., said": a party and a state's abbreviation.)
          let partyState =
            lower.count > 3 && ["r-", "d-", "i-"].contains(String(lower.prefix(2)))
            && abbreviations.contains(String(lower.dropFirst(2)))
          // ("Provincial spokesperson Ma. Theresa Lumapas": the Philippine "Ma." for Maria before a
          // given name; not a surname, "Jack Ma. The", after a capitalised word.)
          var previousWordStart = start - 1
          while previousWordStart >= 0 && s[previousWordStart] == " " { previousWordStart -= 1 }
          while previousWordStart > 0 && isWordScalar(s[previousWordStart - 1]) { previousWordStart -= 1 }
          let givenNameAbbreviation =
            lower == "ma" && j + 2 < n && s[j + 1] == " " && s[j + 2].properties.isUppercase
            && !(previousWordStart >= 0 && previousWordStart < start - 1 && isWordScalar(s[previousWordStart])
              && s[previousWordStart].properties.isUppercase)
          // (Not a site's address: "according to Cleveland.com." ends the sentence.)
          let address = sawInternalPeriod && Self.webDomains.contains(String(lower.split(separator: ".").last ?? ""))
          if sawInternalPeriod && !address || isInitial || partyState || abbreviations.contains(lower) && !wordToo
            || isTitleAbbreviation(lower) || givenNameAbbreviation
          {
            j += 1
          }
        }
        let (text, spelled) = strings(s, start..<j)
        // ("a Legazpi-based AM station", "at 10 PM": in capitals, the clock's or the band's letters,
        // never the verb "am".)
        let lower =
          text == "AM"
          ? "a.m." : text == "PM" ? "p.m." : surnameLikeVerb(text, after: tokens.last, in: s, at: j) ? text : spelled
        tokens.append(
          Token(
            kind: numeric ? .number : .word, start: start, end: j, text: text, lower: lower,
            newlinesBefore: newlines))
        newlines = 0
        i = j
        continue
      }
      // ("the word 'old-school,''' said": three apostrophes after a word close the inner quotation,
      // then the doubled one.)
      if c == "'", i > 0, i + 2 < n, s[i + 1] == c, s[i + 2] == c,
        !s[i - 1].properties.isWhitespace
      {
        tokens.append(
          Token(
            kind: .quote, start: i, end: i + 1, text: "'", lower: "'", quoteRole: quoteRole(of: c, in: s, at: i),
            newlinesBefore: newlines))
        newlines = 0
        i += 1
        continue
      }
      // Doubled apostrophes and backticks stand for quotation marks in some archives ('' and ``).
      if (c == "'" || c == "`") && i + 1 < n && s[i + 1] == c {
        let role: Token.QuoteRole = c == "`" ? .opening : quoteRole(of: "\"", in: s, at: i)
        tokens.append(
          Token(
            kind: .quote, start: i, end: i + 2, text: String(c) + String(c), lower: String(c) + String(c),
            quoteRole: role, newlinesBefore: newlines))
        newlines = 0
        i += 2
        continue
      }
      // ("'It was a difficult vintage,' said": straight single marks that quote, as some papers
      // do; an apostrophe inside or after a word stays there.)
      if c == "'", let role = straightSingleQuoteRole(in: s, at: i) {
        tokens.append(
          Token(kind: .quote, start: i, end: i + 1, text: "'", lower: "'", quoteRole: role, newlinesBefore: newlines))
        newlines = 0
        i += 1
        continue
      }
      if isQuote(c) {
        let role = quoteRole(of: c, in: s, at: i)
        let text = String(c)
        tokens.append(
          Token(kind: .quote, start: i, end: i + 1, text: text, lower: text, quoteRole: role, newlinesBefore: newlines))
        newlines = 0
        i += 1
        continue
      }
      // Runs of the same punctuation ("...", "--") are one token.
      var j = i + 1
      if c == "." || c == "-" {
        while j < n, s[j] == c { j += 1 }
      }
      let text = String(String.UnicodeScalarView(s[i..<j]))
      tokens.append(
        Token(kind: .punctuation, start: i, end: j, text: text, lower: text, newlinesBefore: newlines))
      newlines = 0
      i = j
    }
    return tokens
  }

  /// The text of a range of scalars, with an ASCII fast path.
  public static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
    for k in range where s[k].value >= 128 {
      return utf8String(s, range)
    }
    return String(unsafeUninitializedCapacity: range.count) { buffer in
      for (n, k) in range.enumerated() { buffer[n] = UInt8(truncatingIfNeeded: s[k].value) }
      return range.count
    }
  }

  /// Scalars encoded straight into a string's UTF-8 storage (appending them to a scalar view
  /// one by one costs several times more).
  static func utf8String(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var total = 0
    for k in range {
      let v = s[k].value
      total += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
    return String(unsafeUninitializedCapacity: total) { buffer in
      var n = 0
      for k in range {
        let v = s[k].value
        if v < 0x80 {
          buffer[n] = UInt8(v)
          n += 1
        } else if v < 0x800 {
          buffer[n] = UInt8(0xC0 | (v >> 6))
          buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
          n += 2
        } else if v < 0x10000 {
          buffer[n] = UInt8(0xE0 | (v >> 12))
          buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
          n += 3
        } else {
          buffer[n] = UInt8(0xF0 | (v >> 18))
          buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
          n += 4
        }
      }
      return n
    }
  }

  /// A token's text and its lower-case form; ASCII (most tokens) without going through Unicode tables.
  static func strings(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (String, String) {
    var ascii = true
    for k in range where s[k].value >= 128 {
      ascii = false
      break
    }
    guard ascii else {
      // The lower-case form spells a curly apostrophe straight, so "didn’t" and "didn't" are the
      // same word to every list and rule.
      // (Only a word that holds one pays for the replacement.)
      let text = utf8String(s, range)
      guard range.contains(where: { s[$0] == "\u{2019}" }) else { return (text, text.lowercased()) }
      return (text, text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'"))
    }
    let text = String(unsafeUninitializedCapacity: range.count) { buffer in
      for (n, k) in range.enumerated() { buffer[n] = UInt8(truncatingIfNeeded: s[k].value) }
      return range.count
    }
    var hasUpper = false
    for k in range where s[k].value >= 65 && s[k].value <= 90 {
      hasUpper = true
      break
    }
    guard hasUpper else { return (text, text) }
    let lower = String(unsafeUninitializedCapacity: range.count) { buffer in
      for (n, k) in range.enumerated() {
        let v = UInt8(truncatingIfNeeded: s[k].value)
        buffer[n] = v >= 65 && v <= 90 ? v + 32 : v
      }
      return range.count
    }
    return (text, lower)
  }

  @inline(__always)
  static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 {
      let v = c.value
      return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
    }
    let p = c.properties
    return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
  }

  static func isQuote(_ c: Unicode.Scalar) -> Bool {
    c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}" || c == "\u{00AB}" || c == "\u{00BB}"
      || c == "\u{2018}" || c == "\u{2019}"
  }

  /// Curly and guillemet quotes say which way they face, unless they are plainly typed the wrong
  /// way round: a left mark right after a word or a comma and before a space closes (“It's
  /// unusual,“ said), a right mark at the start of a line and before a word opens. A straight
  /// quote opens after a space, a line break, an opening bracket or a dash, and closes otherwise.
  /// Whether a single quotation mark opens between the paragraph's start and `end`: a left
  /// single mark, or a straight one after a space or at the paragraph's start.
  /// Words that close a clause or join one, which no possessive stands before.
  static let functionWords: Set<String> = [
    "and", "but", "or", "nor", "to", "in", "on", "at", "of", "for", "from", "with", "as", "that", "which", "who",
    "is", "was", "are", "were", "has", "had", "will", "would", "said", "says", "told", "the", "a", "an",
  ]

  /// Surnames spelled like verbs ("Ahmed Said", "Kennedy Otieno Were"): capitalised after a
  /// capitalised name, in a sentence that goes on in lower case, the word is a name, never the verb.
  /// (Not in a headline's title case, "Trump Said The …", nor "He Said" or "Is Said to".)
  static func surnameLikeVerb(_ text: String, after previous: Token?, in s: [Unicode.Scalar], at end: Int) -> Bool {
    guard text == "Said" || text == "Were", let previous, previous.kind == .word,
      previous.text.unicodeScalars.first?.properties.isUppercase == true, previous.text.count > 1,
      !functionWords.contains(previous.lower), !surnameLikeVerbBlockers.contains(previous.lower)
    else { return false }
    var k = end
    while k < s.count && s[k] == " " { k += 1 }
    guard k < s.count else { return true }
    if s[k] == "," || s[k] == "." { return true }
    return s[k].properties.isLowercase && word(in: s, at: k) != "to"
  }

  /// Capitalised words before which "Said" or "Were" is still the verb.
  static let surnameLikeVerbBlockers: Set<String> = [
    "he", "she", "they", "we", "i", "you", "it", "who", "what", "has", "have", "had", "just", "also", "never",
    "officials", "police", "sources", "there", "these", "those", "this", "that",
  ]

  /// The lowercase letters of the word that starts at `i`.
  static func word(in s: [Unicode.Scalar], at i: Int) -> String {
    var k = i
    var w = ""
    while k < s.count, s[k].properties.isAlphabetic, k - i < 12 {
      w.unicodeScalars.append(s[k])
      k += 1
    }
    return w.lowercased()
  }

  static func opensSingleQuotation(in s: [Unicode.Scalar], before end: Int) -> Bool {
    var k = end - 1
    while k >= 0 && s[k] != "\n" && end - k < quotationReach {
      if s[k] == "\u{2018}" { return true }
      if s[k] == "'" && (k == 0 || s[k - 1] == " " || s[k - 1] == "\n" || s[k - 1] == "(") { return true }
      k -= 1
    }
    return false
  }

  /// The role of a straight single mark that quotes: one that opens (after a space, a line break,
  /// a bracket or a dash, before a letter, and not an elision such as "'em") when one that can close
  /// it follows in the paragraph; one that closes (after a letter or ",.!?", before a space, a
  /// line break or punctuation) when one opened before it. Nil for an apostrophe.
  static func straightSingleQuoteRole(in s: [Unicode.Scalar], at i: Int) -> Token.QuoteRole? {
    let n = s.count
    // (Inside a double quotation a single mark is an inner one, left as it was typed.)
    // (Each search stays within a paragraph's reach, so that a text of one long line stays linear.)
    if opensLikeQuotation(s, i) {
      guard !insideDoubleQuotation(s, at: i) else { return nil }
      var k = i + 2
      while k < n && s[k] != "\n" && k - i < quotationReach {
        if s[k] == "'", closesLikeQuotation(s, k) { return .opening }
        k += 1
      }
      return nil
    }
    guard closesLikeQuotation(s, i), !insideDoubleQuotation(s, at: i) else { return nil }
    // An opener before it in the paragraph ("'90s", "'n'" open nothing), and no mark that closed
    // a quotation in between.
    var k = i - 1
    while k >= 0 && s[k] != "\n" && i - k < quotationReach {
      if s[k] == "'" {
        if closesLikeQuotation(s, k) { return nil }
        if opensLikeQuotation(s, k) { return .closing }
      }
      k -= 1
    }
    return nil
  }

  /// Whether a straight mark before a capitalised word opens no quotation but belongs to the
  /// name it stands before: the Sesotho "'Me" ("Water Minister 'Me Palesa Ntšohi said") or a
  /// Tongan name's glottal stop ("'Aisake Helu"). No mark that could close a quotation follows it.
  static func opensElidedName(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    // ("Dr ’Mamello Khoarai told the Mirror", "said ’Malineo Tšepe": a curly apostrophe after a
    // space closes no quotation, so before a name it is the name's own.)
    // (After a comma too: "The acting director, 'Me Mamello Tau, dismissed".)
    if s[i] == "\u{2019}", i >= 2, s[i - 1] == " ", s[i - 2].properties.isAlphabetic || s[i - 2] == ",",
      i + 2 < s.count,
      s[i + 1].properties.isUppercase, s[i + 2].properties.isLowercase
    {
      var k = i + 1
      while k < s.count && isWordScalar(s[k]) { k += 1 }
      return k + 1 < s.count && s[k] == " " && s[k + 1].properties.isUppercase
    }
    guard s[i] == "'", i >= 2, s[i - 1] == " ", s[i - 2].properties.isAlphabetic || s[i - 2] == ",", i + 2 < s.count,
      s[i + 1].properties.isUppercase, s[i + 2].properties.isLowercase
    else { return false }
    // (A name: another capitalised word follows, "'Me Palesa", "'Aisake Helu"; not "'Let's go".)
    var k = i + 1
    while k < s.count && isWordScalar(s[k]) || k < s.count && s[k] == "'" { k += 1 }
    guard k + 1 < s.count, s[k] == " ", s[k + 1].properties.isUppercase else { return false }
    return opensLikeQuotation(s, i) && !insideDoubleQuotation(s, at: i) && straightSingleQuoteRole(in: s, at: i) == nil
  }

  /// Whether the straight mark at `k` has an opener's shape: after a space, a line break, a
  /// bracket or a dash, before a letter, and no elision ("'em", "'n'").
  static func opensLikeQuotation(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
    (k == 0 || s[k - 1].properties.isWhitespace || "([{\u{2014}\u{2013}-/:".unicodeScalars.contains(s[k - 1]))
      && k + 1 < s.count && s[k + 1].properties.isAlphabetic && !elisions.contains(word(in: s, at: k + 1))
  }

  /// Whether the straight mark at `k` has a closer's shape: after a letter or ",.!?", before
  /// anything but a letter or a digit.
  static func closesLikeQuotation(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
    k > 0 && (s[k - 1].properties.isAlphabetic || ",.!?".unicodeScalars.contains(s[k - 1]))
      && (k + 1 == s.count || !s[k + 1].properties.isAlphabetic && s[k + 1].properties.numericType == nil)
  }

  /// How far, in scalars, a quotation's marks are looked for.
  static let quotationReach = 1000

  /// Whether a double quotation (straight, doubled apostrophes or curly) is open at `i` in its
  /// paragraph.
  static func insideDoubleQuotation(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    var k = i - 1
    var straight = 0
    var doubled = 0
    var curly = 0
    while k >= 0 && s[k] != "\n" && i - k < quotationReach {
      switch s[k] {
      case "\"": straight += 1
      case "\u{201C}": curly += 1
      case "\u{201D}": curly -= 1
      case "'" where k > 0 && s[k - 1] == "'":
        doubled += 1
        k -= 1
      default: break
      }
      k -= 1
    }
    return straight % 2 == 1 || doubled % 2 == 1 || curly > 0
  }

  /// Whether a "‘" shortly before `end` in the paragraph is still open there: no "’" that could
  /// close it (one not followed by a letter) stands between, and it opens no elision ("‘bout").
  static func singleQuotationStillOpen(in s: [Unicode.Scalar], before end: Int) -> Bool {
    var k = end - 1
    while k >= 0 && s[k] != "\n" && end - k < 100 {
      if s[k] == "\u{2018}" { return !elisions.contains(word(in: s, at: k + 1)) }
      if s[k] == "\u{2019}", k + 1 < s.count, !s[k + 1].properties.isAlphabetic { return false }
      k -= 1
    }
    return false
  }

  /// Words whose first letters a "‘" stands for: "how ‘bout", "‘em", "‘til".
  static let elisions: Set<String> = ["bout", "em", "til", "cause", "round", "n"]

  /// Whether a "’" that could close a quotation (one not followed by a letter) stands after
  /// `start` in the paragraph.
  static func closingMarkFollows(in s: [Unicode.Scalar], after start: Int) -> Bool {
    var k = start
    while k < s.count && s[k] != "\n" && k - start < quotationReach {
      if s[k] == "\u{2019}", k + 1 == s.count || !s[k + 1].properties.isAlphabetic { return true }
      k += 1
    }
    return false
  }

  static func quoteRole(of c: Unicode.Scalar, in s: [Unicode.Scalar], at i: Int) -> Token.QuoteRole {
    switch c {
    case "\u{201C}":
      if i > 0, i + 1 < s.count, s[i + 1].properties.isWhitespace,
        isWordScalar(s[i - 1]) || ",.!?".unicodeScalars.contains(s[i - 1])
      {
        return .closing
      }
      return .opening
    case "\u{201D}":
      if i + 1 < s.count, isWordScalar(s[i + 1]), i == 0 || s[i - 1] == "\n" {
        return .opening
      }
      return .closing
    // Single curly marks, as British papers quote: "‘" opens; a "’" that is no apostrophe inside
    // a word (those stay in their word) closes, and one with nothing open is ignored.
    case "\u{2018}": return .opening
    case "\u{2019}": return .closing
    case "\u{201E}", "\u{00AB}": return .opening
    case "\u{00BB}": return .closing
    default:
      if i == 0 { return .opening }
      let before = s[i - 1]
      if before.properties.isWhitespace || "([{\u{2014}\u{2013}-/:".unicodeScalars.contains(before) {
        return .opening
      }
      if i + 1 < s.count, isWordScalar(s[i + 1]), !isWordScalar(before), before != "." && before != "," {
        return .opening
      }
      return .closing
    }
  }
}
