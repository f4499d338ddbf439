import OnRecord
import Testing

/// The everyday shapes of attribution in news copy, each with the cue and the source a reader
/// expects: a guard that the learned tagger and the rules together still read the plainest
/// sentences (a bug in one of them, "said spokesman John Smith." with no source, went unseen
/// until a battery like this one was run).
@Suite struct CommonConstructionsTests {
  static let cases: [(text: String, cue: String, source: String?)] = [
    (
      "\"We will appeal,\" said Maria Lopez, a spokeswoman for the city.", "said",
      "Maria Lopez, a spokeswoman for the city"
    ),
    ("\"We will appeal,\" Lopez said.", "said", "Lopez"),
    // "Everything" before a name is the object of what the name says.
    ("Everything Ruiz says is a lie, the senator argued.", "says", "Ruiz"),
    ("\"We will appeal,\" the mayor said Tuesday.", "said", "the mayor"),
    ("\"We will appeal,\" said Mayor Ann Lee, a Democrat.", "said", "Mayor Ann Lee, a Democrat"),
    ("\"We will appeal,\" said Ann Lee, 54, of Dayton.", "said", "Ann Lee, 54, of Dayton"),
    ("According to court records, the company paid $4 million.", "According to", "court records"),
    (
      "According to a person familiar with the talks, the deal is close.", "According to",
      "a person familiar with the talks"
    ),
    ("Police said the driver fled.", "said", "Police"),
    ("Officials said Tuesday that the bridge would close.", "said", "Officials"),
    ("The governor's spokesman, Tom Reed, said the plan was final.", "said", "The governor's spokesman, Tom Reed"),
    ("Tom Reed, the governor's spokesman, said the plan was final.", "said", "Tom Reed, the governor's spokesman"),
    ("Reed told reporters the plan was final.", "told", "Reed"),
    ("Reed told The Associated Press that the plan was final.", "told", "Reed"),
    ("In an interview, Reed said the plan was final.", "said", "Reed"),
    ("The plan is final, Reed said.", "said", "Reed"),
    ("The plan, Reed said, is final.", "said", "Reed"),
    ("\"It's final,\" he said. \"We are done.\"", "said", "he"),
    ("Smith, who chairs the committee, said the vote was set.", "said", "Smith, who chairs the committee"),
    ("Smith, 62, said the vote was set.", "said", "Smith, 62"),
    // A passive of saying before "to" names no one who says it.
    ("Fenzi is said to be keen on a move to England.", "is said", nil),
    ("The board is understood to be reluctant to sanction the fee.", "is understood", nil),
    // An impression with its verb of saying or thinking is the subject's.
    ("Oduya appeared to suggest that the pier was unsafe.", "appeared to suggest", "Oduya"),
    ("Councillor Mbeki seemed to think the audit would clear her.", "seemed to think", "Councillor Mbeki"),
    // Playing a thing down is saying it matters less.
    ("The mayor on Monday played down fears of a strike.", "played down", "The mayor"),
    ("The senator downplayed the risk of a shutdown.", "downplayed", "The senator"),
    // A spokesperson's report of the body's non-answer is the spokesperson's.
    (
      "A ministry spokesperson said the ministry did not comment on internal documents.", "said",
      "A ministry spokesperson"
    ),
    ("Smith added that the vote was set.", "added", "Smith"),
    ("Smith wrote on Twitter that the vote was set.", "wrote", "Smith"),
    ("Smith posted on Facebook that the vote was set.", "posted", "Smith"),
    ("Smith, a Republican from Ohio, argued that the vote was rushed.", "argued", "Smith, a Republican from Ohio"),
    ("Two people familiar with the matter said the deal was close.", "said", "Two people familiar with the matter"),
    (
      "A senior administration official, speaking on condition of anonymity, said the deal was close.", "said",
      "A senior administration official"
    ),
    ("The report found that wages fell.", "found", "The report"),
    ("A study published Monday found that wages fell.", "found", "A study published Monday"),
    ("Data from the Labor Department show wages fell.", "show", "Data from the Labor Department"),
    ("The lawsuit alleges that the company lied.", "alleges", "The lawsuit"),
    ("Critics say the plan is flawed.", "say", "Critics"),
    ("Some residents said the plan was flawed.", "said", "Some residents"),
    ("The Times reported that the deal was close.", "reported", "The Times"),
    ("The deal was close, The Times reported.", "reported", "The Times"),
    ("The deal was close, according to The Times.", "according to", "The Times"),
    ("Acme declined to comment.", "declined to comment", "Acme"),
    ("A spokeswoman for Acme declined to comment.", "declined to comment", "A spokeswoman for Acme"),
    ("Acme did not respond to a request for comment.", "did not respond", "Acme"),
    ("Acme did not immediately respond to requests for comment on Tuesday.", "did not immediately respond", "Acme"),
    ("Acme denied the allegations.", "denied", "Acme"),
    ("Acme has denied wrongdoing.", "has denied", "Acme"),
    ("Acme's chief executive, Jane Doe, said the firm would appeal.", "said", "Acme's chief executive, Jane Doe"),
    ("Jane Doe, Acme's chief executive, said the firm would appeal.", "said", "Jane Doe, Acme's chief executive"),
    ("Acme chief executive Jane Doe said the firm would appeal.", "said", "Acme chief executive Jane Doe"),
    ("Doe said Acme would appeal, adding that the ruling was wrong.", "adding", "Doe"),
    ("Asked about the ruling, Doe said it was wrong.", "said", "Doe"),
    ("Doe, asked about the ruling, said it was wrong.", "said", "Doe"),
    ("Doe said: \"The ruling was wrong.\"", "said", "Doe"),
    (
      "\"The ruling was wrong,\" said Doe, who has led the firm since 2019.", "said",
      "Doe, who has led the firm since 2019"
    ),
    ("\"The ruling was wrong,\" said Doe, adding that the firm would appeal.", "said", "Doe"),
    ("\"The ruling was wrong,\" Doe said, adding that the firm would appeal.", "said", "Doe"),
    ("Doe has said she will appeal.", "has said", "Doe"),
    ("Doe has long argued that the rule is unfair.", "has long argued", "Doe"),
    ("Doe is expected to appeal, her lawyer said.", "said", "her lawyer"),
    ("Her lawyer, Sam Park, said she would appeal.", "said", "Her lawyer, Sam Park"),
    ("Lawyers for Doe said she would appeal.", "said", "Lawyers for Doe"),
    ("An attorney for the family said they would sue.", "said", "An attorney for the family"),
    ("The family's attorney said they would sue.", "said", "The family's attorney"),
    ("State Sen. Ann Lee, D-Dayton, said she would vote no.", "said", "State Sen. Ann Lee, D-Dayton"),
    ("Rep. Ann Lee (D-Ohio) said she would vote no.", "said", "Rep. Ann Lee (D-Ohio)"),
    (
      "Dr. Raj Patel, an epidemiologist at Ohio State University, warned that cases would rise.", "warned",
      "Dr. Raj Patel, an epidemiologist at Ohio State University"
    ),
    ("Patel warned that cases would rise.", "warned", "Patel"),
    ("Health officials warned that cases would rise.", "warned", "Health officials"),
    ("The Health Department warned that cases would rise.", "warned", "The Health Department"),
    ("A memo obtained by The Post shows the agency knew.", "shows", "A memo obtained by The Post"),
    ("Emails reviewed by The Post show the agency knew.", "show", "Emails reviewed by The Post"),
    ("\"We will appeal,\" said spokesman John Smith.", "said", "spokesman John Smith"),
    ("As first reported by Axios, the deal is off.", "first reported", "Axios"),
    ("One of the doctors called Oz a quack.", "called", "One of the doctors"),
    (
      "His attorney, public defender Liam Osei, could not be reached for comment.", "could not be reached",
      "His attorney, public defender Liam Osei"
    ),
    (
      "Two current and former employees said the company ignored warnings.", "said",
      "Two current and former employees"
    ),
    (
      "Councilor Pete Havelock was blunt: \"Fix it once, and fix it right.\"", "was blunt:",
      "Councilor Pete Havelock"
    ),
    ("Claims by the union that the company moved hull work drew a reply.", "Claims", "the union"),
    ("Claims by former employees that Verdant misled investors have spread.", "Claims", "former employees"),
    // A live page: the time stamp and its dash stand apart from the entry.
    (
      "18:25 \u{2014} Fire Chief Rosa Kettering: \"This fire is moving faster than we modelled.\"", ":",
      "Fire Chief Rosa Kettering"
    ),
    (
      "14:50 \u{2014} Evacuees at the Millbrook shelter complained of long waits for cots.", "complained",
      "Evacuees at the Millbrook shelter"
    ),
    // The tagger's run does not take in the subject that opens the sentence.
    (
      "Headline\n\nAngry residents heckled the mayor, shouting that the plan was a disgrace.",
      "heckled", "Angry residents"
    ),
    (
      "Headline\n\nOpposition deputies jeered \"Shame!\" as the minister sat down.", "jeered",
      "Opposition deputies"
    ),
    // A state of mind is held by its subject, not done to it by no one.
    ("Headline\n\nCarrow is convinced the project will end the town's fleet.", "is convinced", "Carrow"),
    // A document after the preposition that brought it in.
    (
      "Headline\n\nThe Republicans hit back with a television ad claiming that the plan was better.",
      "claiming", "a television ad"
    ),
    // A plural of people that opens the sentence is the subject of the learned verb after it.
    ("Headline\n\nForecasters expect the system to weaken once it moves inland.", "expect", "Forecasters"),
    ("Headline\n\nDetectives believe the victim knew her attacker.", "believe", "Detectives"),
    // A passive's auxiliary is no subject.
    ("Headline\n\nNow those things are being said loudly.", "said", nil),
    ("Headline\n\nThe governor, it was learnt, had ordered an audit of the accounts.", "it was learnt", nil),
    // A source that opens with an auxiliary is no noun phrase; after an inverted one, the name is.
    ("Headline\n\nWhy has Donald Trump denied the report on immigration?", "denied", "Donald Trump"),
    ("Headline\n\nYet this market, saturated with cash, has left some economists worried.", "worried", nil),
    ("Headline\n\nReports suggest the deal could be worth up to £500m.", "suggest", "Reports"),
    // A time that opens the sentence is no subject for a participle.
    ("Headline\n\nA day earlier, the plant closed, citing rising costs.", "citing", "the plant"),
    // An opening phrase by any preposition ("Throughout", "Amid") comes off before the subject.
    (
      "Headline\n\nThroughout the campaign, Democrats in Congress kept quiet, fearing a backlash.", "fearing",
      "Democrats in Congress"
    ),
    // A second verb after "and" is the first cue's, not a quoted verb's.
    (
      "Headline\n\nThe union said the results \"confirm what our members feel\" and urged limits on night shifts.",
      "urged", "The union"
    ),
    // Who faces criticism is its target; its authors are those "from" names, if any.
    (
      "Headline\n\nThe golf club faced stern opposition from some of its homeowners.", "stern opposition",
      "some of its homeowners"
    ),
    ("Headline\n\nHe suddenly faced calls to resign and suggestions that his position was not secure.", "calls", nil),
    (
      "Headline\n\nSenator Ann Rowe spoke first. Rowe, who has faced criticism from Democrats and drawn the ire of "
        + "protesters, said nothing.",
      "criticism", "Democrats"
    ),
    // The people told are no source: whoever told them is not given.
    ("Headline\n\nTenants in the tower have been told to keep their windows shut.", "have been told", nil),
    // An appositive that names an event is no description of who speaks.
    (
      "Headline\n\nThe base will open, according to two officials, a move that would anger Moscow.", "according to",
      "two officials"
    ),  // "also" before a verb only the tagger knows: one cue, not a fragment of another cue's channel
    // or time (PolNeAR marks "also" with its verb). "continue to" before a verb of saying: what
    // goes on is the saying.
    ("Headline\n\nThe mayor also vowed to reopen the clinic by March.", "also vowed", "The mayor"),
    ("Headline\n\nGrowers also fear that the new levy will drive buyers away.", "also fear", "Growers"),
    ("Headline\n\nGrowers continue to warn that the new levy will drive buyers away.", "continue to warn", "Growers"),
  ]

  /// A statement that says a charge is false or baseless denies it, whichever cue the tagger
  /// makes of "issued a statement saying".
  @Test func aStatementSayingAChargeIsFalseDeniesIt() {
    let found = TestSupport.fullExtractor.analyze(
      text: "The league issued a statement saying the reports were false."
    ).attributions
    #expect(found.contains { $0.denial == .denial }, "\(found.map { ($0.cue.text, $0.denial as Any) })")
  }

  @Test(arguments: cases.indices)
  func readsTheSourceOfAPlainSentence(_ index: Int) throws {
    let (text, cue, source) = Self.cases[index]
    let found = TestSupport.fullExtractor.analyze(text: text).attributions
    let attribution = try #require(
      found.first { $0.cue.text == cue }, "no cue \"\(cue)\" in \(text); found \(found.map(\.cue.text))")
    #expect(attribution.source?.text == source, "\(text)")
  }

  /// A noun after "a" or "an" is no verb of saying, whatever the tagger learned of its word.
  static let nouns: [(text: String, noun: String)] = [
    ("Claims by the union that the company moved hull work drew a sharp reply.", "reply"),
    ("Annika Dreyfus told analysts on a Wednesday call that orders had evaporated.", "call"),
    ("He paused to make an improbable remark about the weather.", "remark"),
    ("The council sent a letter in March but never received a written reply.", "reply"),
  ]

  /// A run of names alone, an adverb that opens the sentence, or words before more of the subject
  /// ("Opposition health spokesman"), is no cue, whatever the tagger marked.
  static let notCues: [String] = [
    "Solvang, on her way out, was brief: \"Broadly on track is what you say about a train.\"",
    "Afterwards, a deputy said the tunnel was a problem.",
    "Headline\n\nOpposition health spokesman Marcus Webb said the government had lost control.",
    "Headline\n\nScientists at the University of Oslo reported in the journal Nature that the ice was thinning.",
  ]

  @Test(arguments: notCues)
  func aNameOrAnOpeningAdverbIsNoCue(_ text: String) {
    let found = TestSupport.fullExtractor.analyze(text: text).attributions
    #expect(
      !found.contains { ["Solvang", "Afterwards", "Opposition health", "Scientists at"].contains($0.cue.text) },
      "\(found.map(\.cue.text))")
  }

  /// Words the tagger may mark that are no cue here: "the accused" (a noun), a participle before
  /// its noun, a name given, a reason for anonymity, a dateline.
  static let otherNonCues: [(text: String, word: String)] = [
    ("Headline\n\nThe accused allegedly routed the money through more than 200 accounts.", "accused"),
    ("Headline\n\nReported violent crimes rose from 612 in 2021 to 701 in 2023.", "Reported"),
    (
      "Headline\n\nThe intrusions were found by researchers at Lanternfish Labs, who have named the group Saltmarsh.",
      "named"
    ),
    ("Headline\n\nThe page, which calls itself Drivers Against Overreach, did not respond to messages.", "calls"),
    ("Headline\n\nThey asked not to be named, citing confidentiality agreements they signed.", "citing"),
    ("Headline\n\nHYDERABAD: The Cyberabad police on Tuesday arrested nine persons.", ":"),
    ("Headline\n\nSources close to the couple told Us Weekly that the pair had split.", "close"),
    (
      "Headline\n\nSpeaking at the event, the managing director, Dr. Ngozi Eze, noted that farms had grown.", "Speaking"
    ),
    ("Headline\n\nMass atrocities continue in the Darfur region, aid groups said.", "continue"),
    ("Headline\n\nEfforts to reach the chairman, Mr. Tunde Bakare, were unsuccessful.", "Efforts"),
    ("Headline\n\nA lawsuit alleges that the landlord ignored repeated complaints about mold.", "repeated"),
    ("Headline\n\nShares in Kestrel Mining fell 4 per cent on Tuesday.", "Shares"),
    ("Headline\n\nReports suggest the deal could be worth up to £500m.", "Reports"),
    (
      "Headline\n\nThe probe, which hasn't been previously reported, is at an early stage, the person said.", "reported"
    ),  // A purchase or an omission after a learned "also": no one says it.
    ("Headline\n\nLeaders also bought time by delaying the vote.", "bought"),
    ("Headline\n\nSenators also left out the mining levy, which stalled in the finance committee.", "left"),
  ]

  @Test(arguments: otherNonCues.indices)
  func aWordTheTaggerMayMarkIsNoCueHere(_ index: Int) {
    let (text, word) = Self.otherNonCues[index]
    let found = TestSupport.fullExtractor.analyze(text: text).attributions
    #expect(!found.contains { $0.cue.text.contains(word) }, "\(text): found \(found.map(\.cue.text))")
  }

  /// "Two of the six" after "Six … employees" who asked not to be named: part of the anonymous
  /// group its number names again, and "One of them" after it too. (The rules alone find no
  /// cue after a bare number, "The six said"; the tagger does.)
  @Test func aNumberNamesTheAnonymousGroupAgain() {
    let text = """
      Headline

      Six current and former employees described the schedule. They asked not to be named because they \
      feared retaliation. Two of the six said they had worked weekends. One of them, a designer who joined \
      in 2020, said the deadline had been set by the publisher.
      """
    let found = TestSupport.fullExtractor.analyze(text: text).attributions
    let sources = found.filter { $0.cue.text == "said" }.map { ($0.source?.text ?? "-", $0.anonymous) }
    #expect(sources.count == 2 && sources.allSatisfy(\.1), "\(sources)")
    let differentNumber = TestSupport.fullExtractor.analyze(
      text: text.replacingOccurrences(of: "Two of the six", with: "Two of the nine")
    ).attributions
    #expect(differentNumber.first { $0.source?.text == "Two of the nine" }?.anonymous == false)
  }

  /// "Neither orchestra responded": one refusal, read once.
  @Test func aRefusalByNeitherIsReadOnce() {
    let text = "Headline\n\nNeither orchestra responded to questions from The Longitude Review."
    let found = TestSupport.fullExtractor.analyze(text: text).attributions
    #expect(found.count == 1, "\(found.map(\.cue.text))")
    #expect(found.first?.denial == .noResponse)
  }

  @Test(arguments: nouns.indices)
  func aNounAfterAnArticleIsNoCue(_ index: Int) {
    let (text, noun) = Self.nouns[index]
    let found = TestSupport.fullExtractor.analyze(text: text).attributions
    #expect(!found.contains { $0.cue.text == noun }, "\(text): found \(found.map(\.cue.text))")
  }
}
