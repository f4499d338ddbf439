/// The shapes of attribution the extractor recognises, each with sentences it
/// must read and sentences it must leave alone. The examples document the
/// rules here, next to the code, and one generic test runs them all.
public struct AttributionRule: Sendable {
  /// A sentence and what must be found in it.
  public struct Example: Sendable {
    public var text: String
    public var cue: String
    public var source: String?
    public var kind: SourceKind?
    public var anonymous: Bool?
    public var denial: DenialKind?
    public var reasonGiven: Bool?
    public var channel: String?
    public var resolvedTo: String?

    public init(
      _ text: String, cue: String, source: String? = nil, kind: SourceKind? = nil, anonymous: Bool? = nil,
      denial: DenialKind? = nil, reasonGiven: Bool? = nil, channel: String? = nil, resolvedTo: String? = nil
    ) {
      self.text = text
      self.cue = cue
      self.source = source
      self.kind = kind
      self.anonymous = anonymous
      self.denial = denial
      self.reasonGiven = reasonGiven
      self.channel = channel
      self.resolvedTo = resolvedTo
    }
  }

  /// A sentence in which `cue` must not be read as an attribution.
  public struct Counterexample: Sendable {
    public var text: String
    public var cue: String

    public init(_ text: String, cue: String) {
      self.text = text
      self.cue = cue
    }
  }

  public var name: String
  public var triggering: [Example]
  public var nonTriggering: [Counterexample]
}

/// Every rule, in the order a reader meets them.
public enum AttributionRules {
  public static let all: [AttributionRule] = [
    AttributionRule(
      name: "subject before the verb",
      triggering: [
        // Two roles joined before the name, the second in capitals; a riding's two names joined
        // by an unspaced dash; an outlet's noun before a name that opens with "The".
        .init(
          "Headline\n\nThe council voted Monday. Alliance president and CEO Dr. Meredith Oakes rejected that.",
          cue: "rejected", source: "Alliance president and CEO Dr. Meredith Oakes", kind: .person,
          denial: .denial),
        .init(
          "Headline\n\nThe province approved money. Bluewater–Sable MPP Dianne Kittredge posted on Facebook that the decision was unacceptable.",
          cue: "posted", source: "Bluewater–Sable MPP Dianne Kittredge", kind: .person),
        .init(
          "Headline\n\nLast week the South African daily The Meridian reported that output would rise.",
          cue: "reported", source: "the South African daily The Meridian", kind: .outlet),
        // A spokesperson for an office whose holder the appositive names speaks for the office.
        .init(
          "Headline\n\nA spokesperson for the Minister of Health, Hon. Dr Paula Mahe Fonoti, did not return calls.",
          cue: "did not return",
          source: "A spokesperson for the Minister of Health, Hon. Dr Paula Mahe Fonoti", kind: .organization,
          denial: .noResponse),
        // People by what befell them, with a direction or a particle after the participle, and
        // by where they are, above or below a place.
        .init(
          "Headline\n\nIQALUIT — Patients sent south for medical treatment say they were bitten by bedbugs.",
          cue: "say", source: "Patients sent south for medical treatment", kind: .vague),
        .init(
          "Headline\n\nResidents forced out of their homes last year say the council never paid them.",
          cue: "say", source: "Residents forced out of their homes last year", kind: .vague),
        .init(
          "Headline\n\nThe transfer moved forward, but farmers on the hills above the reservoir say the planting will cost them their grazing.",
          cue: "say", source: "farmers on the hills above the reservoir", kind: .vague),
        // People and a count of firms; which way a place lies, an aside.
        .init(
          "Headline\n\nFishing crews and two long-established companies in Lüderitz have accused the ministry of favouritism.",
          cue: "have accused", source: "Fishing crews and two long-established companies in Lüderitz"),
        .init(
          "Headline\n\nSmall-stock farmers at Gaibis, east of Lüderitz, say a developer fenced off their grazing.",
          cue: "say", source: "Small-stock farmers at Gaibis, east of Lüderitz", kind: .vague),
        // An inspection and a list are documents, with or without an aside after the reflexive.
        .init(
          "Headline\n\nHe said an inspection in December had found that two liferafts were out of date.",
          cue: "had found", source: "an inspection", kind: .document),
        .init(
          "Headline\n\nAccording to the allocation list published by the ministry, Robbe Bay Seafoods received 1 150 tonnes.",
          cue: "According to", source: "the allocation list published by the ministry", kind: .document),
        // A document dated by its participle, with its maker before it.
        .init(
          "Headline\n\nA report by the Comptroller General's office published in August warned that the consortium had been overpaid.",
          cue: "warned", source: "A report by the Comptroller General's office published in August", kind: .document),
        // A law or record named by its number.
        .init(
          "Headline\n\nAccording to Ordinance No. 2025-07, vendors face a fine of P2,500.", cue: "According to",
          source: "Ordinance No. 2025-07", kind: .document),
        .init(
          "Headline\n\nThe assessment itself, filed with the Environment Ministry, acknowledges that flow could fall.",
          cue: "acknowledges", kind: .document),
        // A licence and an approval are documents, whose own verbs ("states") they may take.
        .init(
          "Headline\n\nThe company's environmental approval, seen by the Post, states that no slope steeper than 25 degrees may be cleared.",
          cue: "states", source: "The company's environmental approval", kind: .document),
        .init(
          "Headline\n\nThe licence states that the quarry may not work on Sundays.",
          cue: "states", source: "The licence", kind: .document),
        // A list inside a body's name, its last item with an article; a public service's word
        // before a place's name; a place after a clause's "and" that is not an aside's.
        .init(
          "Headline\n\nIn a letter to objectors, the Department of Agriculture, Food and the Marine said its scientists had found no harm.",
          cue: "said", source: "the Department of Agriculture, Food and the Marine", kind: .organization),
        .init(
          "Headline\n\nAmbulance Tasmania declined to comment.", cue: "declined to comment", kind: .organization,
          denial: .noComment),
        .init(
          "Headline\n\nForestry England said the felling had been licensed.", cue: "said", source: "Forestry England",
          kind: .organization),
        .init(
          "Headline\n\nBaltmare did not reply to emails, and the vessel’s agent in Ventspils, Kristaps Lejnieks, could not be reached.",
          cue: "could not be reached", source: "the vessel’s agent in Ventspils, Kristaps Lejnieks", kind: .person,
          denial: .noResponse),
        // Staff where they work; a floating "each" after the subject (after an object pronoun too);
        // people "in" a body after "According to", up to the comma; an unnamed speaker who "did not
        // want to give her name".
        .init(
          "Headline\n\nAt the terminal, staff at two travel agencies said bookings were down.",
          cue: "said", source: "staff at two travel agencies"),
        .init(
          "Headline\n\nThe municipality and the company building it each say the other is to blame.",
          cue: "say", source: "The municipality and the company building it"),
        .init(
          "Headline\n\nAccording to two officials in the Region's environment department, the calendar did not arrive until April.",
          cue: "According to", source: "two officials in the Region's environment department", anonymous: true),
        .init(
          "Headline\n\nOne agent, who did not want to give her name, said families were switching to flights.",
          cue: "said", source: "One agent", anonymous: true),
        // A sum in rupees does not end the sentence; a name's word in capitals is no conjunction;
        // minutes that record someone "as saying" give that person a cue; "According to" people
        // "on" a body or a document "to" whom it went, up to the comma; a person who was at the
        // meeting is an insider.
        .init(
          "Headline\n\nThe letter says the firm is owed Rs. 412 million and warns that work cannot resume.",
          cue: "warns", source: "The letter", kind: .document),
        .init(
          "Headline\n\nBane NOR declined to say whether it had received any warnings.", cue: "declined to say",
          source: "Bane NOR", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nCouncil minutes from the June meeting record Cr Hamish Tuohy, who voted against the shed, as saying it was an industrial warehouse.",
          cue: "saying", source: "Cr Hamish Tuohy, who voted against the shed", kind: .person),
        .init(
          "Headline\n\nAccording to sources on the board, the hospital has offered doctors more.", cue: "According to",
          source: "sources on the board", anonymous: true),
        .init(
          "Headline\n\nAccording to a report to cabinet, a western route would cost an extra £21m.",
          cue: "According to", source: "a report to cabinet", kind: .document),
        .init(
          "Headline\n\nAccording to a person who was at the meeting, the director argued against the offer.",
          cue: "According to", source: "a person who was at the meeting", anonymous: true),
        // Where someone could not be reached; people by where they are, an adverb of place before
        // its preposition.
        .init(
          "Headline\n\nThe mill’s chairman, Mr Douglas Tait, could not be reached at his home on Wednesday.",
          cue: "could not be reached", source: "The mill’s chairman, Mr Douglas Tait", kind: .person,
          denial: .noResponse),
        .init(
          "Headline\n\nDairy farmers downstream in the Shimo-Chitokawa district say the water table has fallen.",
          cue: "say", source: "Dairy farmers downstream in the Shimo-Chitokawa district", kind: .vague),
        // A document's maker set off by commas; a capitalised "Before" inside a group's name.
        .init(
          "Headline\n\nThe club commissioned a survey. The survey, by Eastmark Coastal Surveys, warns that the green could be lost.",
          cue: "warns", source: "The survey, by Eastmark Coastal Surveys", kind: .document),
        .init(
          "Headline\n\nResidents’ group Water Before Watts posted on Facebook that it would seek legal advice.",
          cue: "posted", source: "Residents’ group Water Before Watts", kind: .organization),
        // A name after a second comma that renames the body an aside ends in: the source opens
        // the sentence.
        .init(
          "Headline\n\nDewi Kartikasari, corporate secretary of the operator, PT Lintas Mandalika Nusantara (LMN), said the company had paid in full.",
          cue: "said",
          source: "Dewi Kartikasari, corporate secretary of the operator, PT Lintas Mandalika Nusantara (LMN)",
          kind: .person),
        .init(
          "Headline\n\nThe dam failed. The report, prepared by the dam’s owner, Nyimlo Hydro Power Corporation Ltd (NHPCL), says the design needs a higher spillway.",
          cue: "says", kind: .document),
        // A parenthetical attribution between a subject and its verb is no part of the subject.
        .init(
          "Headline\n\nThe report, officials said, found no fault with the inspection.", cue: "found",
          source: "The report", kind: .document),
        .init(
          "Headline\n\nSondland, Taylor added, responded that the Ukrainians were ready to move forward.",
          cue: "responded", source: "Sondland", kind: .person),
        // A name right before "an" is the object of a verb of its own.
        .init(
          "Headline\n\nSuperintendent Dana Brightwater told the Gazette an engineer's report found cracks in two walls.",
          cue: "found", source: "an engineer's report", kind: .document),
        // Whoever the outlet quoted has a cue of their own; a pronoun later is not them.
        .init(
          "Headline\n\nThe broadcaster quoted an unnamed shareholder in the company as saying the criticism was sour grapes.",
          cue: "saying", source: "an unnamed shareholder in the company", kind: .anonymous, anonymous: true,
          denial: .dismissal),
        .init(
          "Headline\n\nThe broadcaster quoted an unnamed shareholder in the company as saying the criticism was sour grapes.",
          cue: "quoted", source: "The broadcaster", kind: .outlet),
        .init(
          "Headline\n\nThe wire service quoted an unnamed official of the contractor, Varunika Infra Projects, as saying the work was done.",
          cue: "saying", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nCarson spoke on Monday. The New York Times quoted one of Carson's advisers as saying he struggles. He brushed off the report.",
          cue: "brushed off", source: "He", anonymous: false, denial: .dismissal),
        // A document's "to" phrase before its participle; "because of", a preposition in a relative
        // clause; "a" and one noun before a plural of people end a phrase of their own.
        .init(
          "Headline\n\nThe survey was published. A letter to the legislature signed by more than 200 residents of the two villages said families would lose money.",
          cue: "said", source: "A letter to the legislature signed by more than 200 residents of the two villages",
          kind: .document),
        .init(
          "Headline\n\nThe ferry broke down. Patients who missed mainland hospital appointments because of the breakdowns say they were rebooked months later.",
          cue: "say", source: "Patients who missed mainland hospital appointments because of the breakdowns"),
        .init(
          "Headline\n\nNorthpoint will close the refinery, a blow borough officials say could cost the borough $1.2 million.",
          cue: "say", source: "borough officials"),
        // A noun cue whose words need no quotation marks after "is blunt:"; its owner's possessive
        // still continues an anonymous source.
        .init(
          "Headline\n\nThe plan stalled. Holmberg's message to the government is blunt: the archipelago cannot live on tax-free trade.",
          cue: "message", source: "Holmberg's", kind: .person),
        .init(
          "Headline\n\nA nurse at the centre, who asked not to be named, said relief staff had been left behind. The board said health workers were given priority seating. The nurse's answer: \"Priority only helps if there's a seat.\"",
          cue: "answer", source: "The nurse's", kind: .anonymous, anonymous: true),
        // "The operator" of a ferry, a plant or a tunnel is a company.
        .init(
          "Headline\n\nThe ferry was late. The operator said the engine had failed.", cue: "said",
          source: "The operator", kind: .organization),
        // A shipping line is a company; a region's broadcaster an outlet.
        .init(
          "Headline\n\nThe ship was late. Eastern Carolines Shipping Line denied the claim.", cue: "denied",
          source: "Eastern Carolines Shipping Line", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nThe queues grew. Onda Alcornocal, the Andalusian broadcaster, quoted a ministry source as saying the gates would not work.",
          cue: "quoted", source: "Onda Alcornocal, the Andalusian broadcaster", kind: .outlet),
        // The people minutes record speaking.
        .init(
          "Headline\n\nThe council declined. Minutes of a 2023 scrutiny meeting record officers telling councillors that the site would cost under £500,000.",
          cue: "telling", source: "officers"),
        .init(
          "Headline\n\nThe wall was checked. Minutes of a harbour committee meeting in October, seen by the Herald, record the harbour master, Gareth Morus, telling members that the wall was stable.",
          cue: "telling", source: "the harbour master, Gareth Morus"),
        // An outlet's noun before a name with a small "the"; the unnamed people it cites are the
        // source of "citing", but not what a court cites.
        .init(
          "Headline\n\nTarsk did not reply. The South African daily the Highveld Ledger reported in September that Tarsk was in talks, citing two people close to the deal.",
          cue: "reported", source: "The South African daily the Highveld Ledger", kind: .outlet),
        .init(
          "Headline\n\nTarsk did not reply. The South African daily the Highveld Ledger reported in September that Tarsk was in talks, citing two people close to the deal.",
          cue: "citing", source: "two people close to the deal", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nThe court blocked the sale, citing a threat to public health.", cue: "citing",
          source: "The court"),
        // A statement's noun after its owner, an aside between commas before the colon; counted
        // people who say where they work are insiders.
        .init(
          "Headline\n\nThe furnace was losing money. The works council’s statement on Monday evening was blunt: “Four months will become eight.”",
          cue: "statement", source: "The works council’s", kind: .organization),
        .init(
          "Headline\n\nThe cable failed. The General Services Committee’s answer, in a statement on Tuesday, was blunt: the contractor had cut the cable.",
          cue: "answer", source: "The General Services Committee’s", kind: .organization),
        .init(
          "Headline\n\nThe distillery grew. Two people who have worked at the distillery said the pumps ran all night.",
          cue: "said", source: "Two people who have worked at the distillery", kind: .anonymous, anonymous: true),
        // A name once introduced by a consortium's noun stays a body.
        .init(
          "Headline\n\nTwo bids remain, one from the Swedish-Finnish consortium Nordvik Atom. Nordvik Atom did not respond to questions sent on Monday.",
          cue: "did not respond", source: "Nordvik Atom", kind: .organization, denial: .noResponse),
        // An acronym that opens a short name names a body; public television is an outlet;
        // critics stay a vague collective whoever their examples are.
        .init(
          "Headline\n\nThe ferry broke down. NHS Shetland said patients with appointments would be flown out.",
          cue: "said", source: "NHS Shetland", kind: .organization),
        .init(
          "Headline\n\nThe embankment sank. Latvian public television reported last month that the section would need rebuilding.",
          cue: "reported", source: "Latvian public television", kind: .outlet),
        .init(
          "Headline\n\nThe vote was close. Critics, including the Sound Side Coalition, argue that nourishment only buys time.",
          cue: "argue", source: "Critics, including the Sound Side Coalition", kind: .vague),
        // People along a place, and a permit cited, keep what they are.
        .init(
          "Headline\n\nThe ministry was silent. Ranchers along the lower creek say their wells dropped two metres last August.",
          cue: "say", source: "Ranchers along the lower creek", kind: .vague),
        .init(
          "Headline\n\nThe lake was quiet. According to the permit, the herbicide would be applied at low doses.",
          cue: "According to", source: "the permit", kind: .document),
        // A paper's name in another language, its word after an article or before "de"; not a
        // person whose name opens with such a word.
        .init(
          "Headline\n\nThe mill closed. Le Courrier du Fleuve reported that the owner had sold the land.",
          cue: "reported", source: "Le Courrier du Fleuve", kind: .outlet),
        .init(
          "Headline\n\nThe pier was shut. According to Diario de Mallorca, the port authority had found cracks.",
          cue: "According to", source: "Diario de Mallorca", kind: .outlet),
        .init(
          "Headline\n\nThe pier was shut. La Toya Ferreira said the port authority had found cracks.",
          cue: "said", source: "La Toya Ferreira", kind: .person),
        // A prefecture is a body and a prefect a person; a terminal's name and a civil-engineering
        // firm's name are a company's.
        .init(
          "Headline\n\nThe camp was cleared. The prefecture said 120 families had been rehoused.",
          cue: "said", source: "The prefecture", kind: .organization),
        .init(
          "Headline\n\nThe reservoir is low. The prefect’s message to residents was blunt: there will not be enough water.",
          cue: "message", source: "The prefect’s", kind: .person),
        .init(
          "Headline\n\nThe road is ready. Nadmorski Container Terminal said the first ships would dock in May.",
          cue: "said", source: "Nadmorski Container Terminal", kind: .organization),
        .init(
          "Headline\n\nThe bridge shut again. Kyleside Civils, the contractor carrying out the work, denied that the repairs had slipped.",
          cue: "denied", source: "Kyleside Civils, the contractor carrying out the work", kind: .organization,
          denial: .denial),
        // A public service's two words before a place make a body, but not a portfolio before a
        // minister's name; a leisure group and an observatory are bodies; an outlet's noun in small
        // letters before its name in another language.
        .init(
          "Headline\n\nThe caravans stay. Natural Resources Wales said part of the site lies in a flood zone.",
          cue: "said", source: "Natural Resources Wales", kind: .organization),
        .init(
          "Headline\n\nThe ward will reopen. Health Minister Mahe said the ward would reopen in May.",
          cue: "said", source: "Health Minister Mahe", kind: .person),
        .init(
          "Headline\n\nThe units were approved. Seaholme Leisure did not respond to questions.",
          cue: "did not respond", source: "Seaholme Leisure", kind: .organization, denial: .noResponse),
        // A Nordic paper's word that opens its name; a legal form that opens a company's; a unit in
        // an appositive and a provider before a name are bodies, and so is the coast guard, though a
        // guard is a person; "Northbuild Civil" is a contractor; general practitioners are a collective.
        .init(
          "Headline\n\nThe fish died. Dagbladet Vesterhav reported that oxygen levels had collapsed.",
          cue: "reported", source: "Dagbladet Vesterhav", kind: .outlet),
        .init(
          "Headline\n\nThe terraces were cleared. The contractor, PT Jalur Dewata Konstruksi, denied the claim.",
          cue: "denied", source: "The contractor, PT Jalur Dewata Konstruksi", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nThe loan is late. Kānoa, the government's regional development unit, said it was reviewing the loan.",
          cue: "said", source: "Kānoa, the government's regional development unit", kind: .organization),
        .init(
          "Headline\n\nThe clinic will open. The health provider Kowhai Care said it had found a nurse.",
          cue: "said", source: "The health provider Kowhai Care", kind: .organization),
        .init(
          "Headline\n\nThe boat sank. The coast guard said the crew had been rescued.",
          cue: "said", source: "The coast guard", kind: .organization),
        .init(
          "Headline\n\nThe dam costs more. The contractor, Northbuild Civil, did not return calls.",
          cue: "did not return", source: "The contractor, Northbuild Civil", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe births were paused. Midwives and GPs say the pause is dangerous.",
          cue: "say", source: "Midwives and GPs", kind: .vague),
        // A Dutch paper's word alone before its place's name, and German and Italian papers' words;
        // a body's noun in small letters before its name; an enterprise, airports, composites and
        // a partnership close bodies' names, with "and" inside them too; a public fishery service
        // before its country; a distributor is a company; a document whose author is named after it
        // is the document.
        .init(
          "Headline\n\nThe claims pile up. Dagblad Ommeland reported that 21,000 claims were open.",
          cue: "reported", source: "Dagblad Ommeland", kind: .outlet),
        .init(
          "Headline\n\nThe clinic will close. The Husumer Wattenbote reported that the beds would go.",
          cue: "reported", source: "The Husumer Wattenbote", kind: .outlet),
        .init(
          "Headline\n\nThe ship is late. Il Gazzettino Pelagico reported that the contract had been renewed.",
          cue: "reported", source: "Il Gazzettino Pelagico", kind: .outlet),
        .init(
          "Headline\n\nThe ferry was late. Klippeøens Avis reported that the tender had been delayed.",
          cue: "reported", source: "Klippeøens Avis", kind: .outlet),
        .init(
          "Headline\n\nThe harvest failed. La Voce del Golfo reported that the growers had asked for help.",
          cue: "reported", source: "La Voce del Golfo", kind: .outlet),
        .init(
          "Headline\n\nThe ferry was late. The Friese Wadbode reported that the crew had been cut.",
          cue: "reported", source: "The Friese Wadbode", kind: .outlet),
        // (Not a surname after a title.)
        .init(
          "Headline\n\nThe talks failed. Ms. Bode said the tariffs were a ploy.", cue: "said", source: "Ms. Bode",
          kind: .person),
        // A member's title continues the unnamed member of that body just quoted.
        .init(
          "Headline\n\nA member of the island council, who asked not to be named because the talks are confidential, "
            + "said a flat had been offered. “We have offered everything,” the councillor added.",
          cue: "added", source: "the councillor", kind: .anonymous),
        // A person's noun continues the one unnamed source just quoted in its paragraph, unless
        // the article sets the noun beside a name.
        .init(
          "Headline\n\nA member of the crew, who asked not to be named because staff may not speak to the press, "
            + "said sailings had been cut. ‘She’s tired,’ the crewman added.",
          cue: "added", source: "the crewman", kind: .anonymous, reasonGiven: true),
        .init(
          "Headline\n\nDoctor Anne Hale said the ward was full. A nurse, who asked not to be named, said it was "
            + "worse. “We are drowning,” the doctor added.",
          cue: "added", source: "the doctor", kind: .person),
        // The subject of a passive "quoted as saying" is the one quoted.
        .init(
          "Headline\n\nThe plant was costed. The deputy mayor for the islands, Mme Sandrine Aubanel, was quoted as "
            + "saying the project was “years away”.",
          cue: "was quoted as saying", source: "The deputy mayor for the islands, Mme Sandrine Aubanel", kind: .person),
        // Posting, where the words posted follow.
        .init(
          "Headline\n\nThe vote was close. Deputy mayor Ubbo Frerichs went further, posting on the council's "
            + "Facebook page that the association had known.",
          cue: "posting", source: "Deputy mayor Ubbo Frerichs", kind: .person),
        // Someone posted to a place, before the verb of saying.
        .init(
          "Headline\n\nThe fire risk rose. A firefighter posted to the island, speaking on condition of anonymity, "
            + "said crews had been told to keep quiet.",
          cue: "said", source: "A firefighter posted to the island", kind: .anonymous),
        // The day they wrote it comes off the source; the day of a participle's act inside it stays.
        .init(
          "Headline\n\n“Russia’s message is clear,” wrote columnist Anna Berg in the Island Daily News on Wednesday.",
          cue: "wrote", source: "columnist Anna Berg in the Island Daily News", kind: .person),
        .init(
          "Headline\n\nThe pier cost more than planned, according to a letter sent to the workers on Thursday.",
          cue: "according to", source: "a letter sent to the workers on Thursday", kind: .document),
        // A place that speaks is the body that runs it.
        .init(
          "Headline\n\nThe reservoir is low. Hyères town hall, which owns the reservoir, did not answer emails.",
          cue: "did not answer", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe patient waited. The health centre declined to discuss the case.",
          cue: "declined to discuss", source: "The health centre", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nThe hull was late. The yard did not respond to emails from the Log.",
          cue: "did not respond", source: "The yard", kind: .organization, denial: .noResponse),
        // A body's governing members, by its possessive, speak for it; unnamed ones who keep
        // their names back do not.
        .init(
          "Headline\n\nThe museum may close. Its trustees have said the winter programme will go.",
          cue: "have said", source: "Its trustees", kind: .organization),
        .init(
          "Headline\n\nThe hotel is for sale. The trust's directors told the News the price was fair.",
          cue: "told", source: "The trust's directors", kind: .organization),
        // A firm's noun beside a name with no given name, or a body's name after "the", is the
        // firm's; a person's name or description is not.
        .init(
          "Headline\n\nThe wall is late. The contractor, Vestkyst Murerfirma, did not return calls.",
          cue: "did not return", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe bid failed. The funder, the Slate Coast Heritage Trust, said the scoring was fair.",
          cue: "said", kind: .organization),
        .init(
          "Headline\n\nThe wall is late. The contractor, John Smith, said the wall was sound.", cue: "said",
          kind: .person),
        .init(
          "Headline\n\nCongress stalled. King, the New York Republican, said there is blame.", cue: "said",
          kind: .person),
        .init(
          "Headline\n\nThe ferry was late. A press officer said the route was safe.", cue: "said", kind: .organization),
        // A month after a meeting stays in a record's phrase; after another noun it does not.
        .init(
          "Headline\n\nMinutes of a parent council meeting in May record that a third family had asked about places.",
          cue: "record", source: "Minutes of a parent council meeting in May", kind: .document),
        // A document's maker between commas keeps the verb's subject before it.
        .init(
          "Headline\n\nThe study, by consultants Vaddel Marine, says a crossing is the most viable.", cue: "says",
          source: "The study, by consultants Vaddel Marine", kind: .document),
        // A subject with its own clause, then an aside that withholds the name.
        .init(
          "Headline\n\nOne of the two members who voted against, who asked not to be named because the vote was "
            + "taken in closed session, said several members had been approached.",
          cue: "said", source: "One of the two members who voted against", kind: .anonymous),
        // A subject with its own "who" clause and the name of the one it describes; a quotation in
        // the subject's aside opens no inversion; "the councillor" continues a committee's member.
        .init(
          "Headline\n\nOne of the two who voted against, Mr Iain Gordon, posted on the island's community Facebook "
            + "page that the committee had sold out.",
          cue: "posted", source: "One of the two who voted against, Mr Iain Gordon", kind: .person),
        .init(
          "Headline\n\nA woman who works for another island business, who asked not to be named because "
            + "\"everybody knows everybody here\", said several employers were \"watching this closely\".",
          cue: "said", source: "A woman who works for another island business", kind: .anonymous),
        .init(
          "Headline\n\nThe plan was kept quiet, according to a member of the municipality's transport committee. "
            + "The councillor said the committee was shown it in January.",
          cue: "said", source: "The councillor", kind: .anonymous),
        .init(
          "Headline\n\nThe plant will close. Vestkyst-Avisa reported that the owners blamed the price of power.",
          cue: "reported", source: "Vestkyst-Avisa", kind: .outlet),
        .init(
          "Headline\n\nThe rents rose. The Duchy did not respond to a request for comment.", cue: "did not respond",
          source: "The Duchy", kind: .organization, denial: .noResponse),
        // "as X puts it": the one after "as" is the source.
        .init(
          "Headline\n\nThe road is “our only road,” as Inger Holm of the residents’ association puts it.",
          cue: "puts it", source: "Inger Holm of the residents’ association", kind: .person),
        .init("Headline\n\nIt is a disgrace, as he put it on Wednesday.", cue: "put it", source: "he"),
        // A Finnish paper's word ends its name; a Gaelic council's word opens its name, or stands
        // alone after "the".
        .init(
          "Headline\n\nThe hotel will close. Perälahden Sanomat reported that the owners blamed the turbines.",
          cue: "reported", source: "Perälahden Sanomat", kind: .outlet),
        .init(
          "Headline\n\nThe causeway will close. The Comhairle said it would reopen in May.", cue: "said",
          source: "The Comhairle", kind: .organization),
        // A Swedish region that opens its name, a highways authority, a fishery and a Nordic
        // agency's one word speak as bodies; a Norwegian paper's "-varden" closes its name.
        .init(
          "Headline\n\nThe centre will close early. Region Gotland said on Monday that it had found no doctors.",
          cue: "said", source: "Region Gotland", kind: .organization),
        .init(
          "Headline\n\nThe causeway was shut. Essex Highways has confirmed that the road will close again.",
          cue: "has confirmed", source: "Essex Highways", kind: .organization),
        .init(
          "Headline\n\nWest Mersea’s oldest oyster fishery has warned it could lose its licence.",
          cue: "has warned", source: "West Mersea’s oldest oyster fishery", kind: .organization),
        .init(
          "Headline\n\nThe bridge shut for seven weeks. Trafikverket rejected that account.", cue: "rejected",
          source: "Trafikverket", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nThe plant may move. Nordvestvarden reported in August that the owner wanted to leave.",
          cue: "reported", source: "Nordvestvarden", kind: .outlet),
        // A Nordic company's word closes its name, or a radio station's its outlet's.
        .init(
          "Headline\n\nThe farm wants a fourth site. Skjærvik Havbruk says the expansion would create 14 jobs.",
          cue: "says", source: "Skjærvik Havbruk", kind: .organization),
        .init(
          "Headline\n\nThe quay will be rebuilt. Bratten Varv declined to name the customer.", cue: "declined to name",
          source: "Bratten Varv", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nThe toll will rise. Kystvegen Bompengeselskap said in a statement that it had no choice.",
          cue: "said", source: "Kystvegen Bompengeselskap", kind: .organization),
        .init(
          "Headline\n\nThe advert ran in May. The brand's owner, Glenbrachan Distillers, did not respond.",
          cue: "did not respond", source: "The brand's owner, Glenbrachan Distillers", kind: .organization,
          denial: .noResponse),
        .init(
          "Headline\n\nThe ferry may be cut. Lolland Kystradio reported on Monday that the office had asked for a price.",
          cue: "reported", source: "Lolland Kystradio", kind: .outlet),
        // "Per" inside the sentence before a capitalised word is a first name, not "per the report".
        .init(
          "Headline\n\nThe museum is short of money. Museum director Per Hallström said the grant had ended.",
          cue: "said", source: "Museum director Per Hallström", kind: .person),
        // The party that asked, named after "responded to", is the inquiry that went unanswered.
        .init(
          "Headline\n\nThe launch slipped. A council spokesperson had not responded to the News by the time of "
            + "publication.",
          cue: "had not responded", source: "A council spokesperson", kind: .organization, denial: .noResponse),
        // A relative "that" after a body's noun, its verb and that verb's object before the cue;
        // a "who" clause with a place and a time in it, "were" being no auxiliary of the cue.
        .init(
          "Headline\n\nTrips will run on two days a week after the charity that manages the nature reserve said "
            + "it could not cope.",
          cue: "said", source: "the charity that manages the nature reserve", kind: .organization),
        .init(
          "Headline\n\nTwo volunteers who were on the island at the time said the boat was late.", cue: "said",
          source: "Two volunteers who were on the island at the time"),
        // (A firm's description with "that" and a past of dealing, its name in an appositive.)
        .init(
          "Headline\n\nThe contractor that built Baraka Gardens, Tumaini Builders Ltd, did not respond to questions.",
          cue: "did not respond", kind: .organization, denial: .noResponse),
        // A verb under a modal inside what the speaker said joins no past-tense verb after "but".
        .init(
          "Headline\n\nDoctor Håkon Sælen said the visits would continue but warned that an ambulance weighs 11 "
            + "tonnes.",
          cue: "warned", source: "Doctor Håkon Sælen", kind: .person),
        // "the officer" after "One of the ferry's officers": a partitive's noun after a possessive.
        .init(
          "Headline\n\nOne of the ferry's officers, who asked not to be named because crew may not speak to the "
            + "press, said the figure was wrong. “They don't,” the officer added.",
          cue: "added", source: "the officer", kind: .anonymous),
        // Passing the questions on is no answer.
        .init(
          "Headline\n\nThe nurse will visit less often. Ms Gavin referred questions to the HSE.",
          cue: "referred questions", source: "Ms Gavin", kind: .person, denial: .noComment),
        // "It" opening the sentence after one about a document is the document, not the body that
        // issued it.
        .init(
          "Headline\n\nWater use will be limited, the prefecture announced on Friday.\n\nThe order bans filling "
            + "private pools. It states that hotels must cut their consumption.",
          cue: "states", source: "It", kind: .pronoun),
        .init(
          "Headline\n\nThe pump failed. The operator would not share the assessment with the Herald.",
          cue: "would not share", source: "The operator", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nThe storm came. Met Éireann said the winds would ease by Friday.",
          cue: "said", source: "Met Éireann", kind: .organization),
        .init(
          "Headline\n\nThe doctors left. The local health authority, ASL Toscana Nord Ovest, said two had pulled out.",
          cue: "said", source: "The local health authority, ASL Toscana Nord Ovest", kind: .organization),
        .init(
          "Headline\n\nThe plant will shed jobs. Highlands and Islands Enterprise declined to comment.",
          cue: "declined to comment", source: "Highlands and Islands Enterprise", kind: .organization,
          denial: .noComment),
        .init(
          "Headline\n\nThe plant will shed jobs. Kinloch Composites did not respond to questions.",
          cue: "did not respond", source: "Kinloch Composites", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe cover ends. The Argyll and Bute Health and Social Care Partnership confirmed the change.",
          cue: "confirmed", source: "The Argyll and Bute Health and Social Care Partnership", kind: .organization),
        .init(
          "Headline\n\nThe river died. According to Inland Fisheries Ireland, the kill was the worst in years.",
          cue: "According to", source: "Inland Fisheries Ireland", kind: .organization),
        .init(
          "Headline\n\nThe cheese was refused. The distributor disputed the figures.",
          cue: "disputed", source: "The distributor", kind: .organization, denial: .denial),
        // A firm's word in Spanish or German that opens its name, and the name's short form later.
        .init(
          "Headline\n\nOleoductos Selva said in a statement that a valve at kilometre 212 had failed.", cue: "said",
          source: "Oleoductos Selva", kind: .organization),
        .init(
          "Headline\n\nThe cable car will cost more. Consorcio Altavista Cable did not respond to a request for comment.",
          cue: "did not respond", source: "Consorcio Altavista Cable", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nSiderúrgica Valdemora has paused work on the furnace. Valdemora denied misleading its workforce.",
          cue: "denied", source: "Valdemora", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nThe ward will close. Kliniken Boddenland said no midwife could be found.",
          cue: "said", source: "Kliniken Boddenland", kind: .organization),
        .init(
          "Headline\n\nThe unit will close at night. Inselklinik Verbund said no cardiologist could be found.",
          cue: "said", source: "Inselklinik Verbund", kind: .organization),
        .init(
          "Headline\n\nThe ward will close. Halbmond Kliniken said no midwife could be found.", cue: "said",
          source: "Halbmond Kliniken", kind: .organization),
        .init(
          "Headline\n\nThe fares will rise. L’Écho du Blavet reported that the ferry would be sold.", cue: "reported",
          source: "L’Écho du Blavet", kind: .outlet),
        .init(
          "Headline\n\nThe route lost money. Zefiros Maritime said the winter sailings would end.", cue: "said",
          source: "Zefiros Maritime", kind: .organization),
        .init(
          "Headline\n\nThe hull was surveyed. The company would not release the survey.", cue: "would not release",
          source: "The company", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nThe ferry was late, according to the Ems-Dollart-Rundschau.", cue: "according to",
          source: "the Ems-Dollart-Rundschau", kind: .outlet),
        .init(
          "Headline\n\nThe ferry is late. Hvidsand Værft did not respond to emails.", cue: "did not respond",
          source: "Hvidsand Værft", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe timetable was cut. Rederij Vlietwad disputed the figures.",
          cue: "disputed", source: "Rederij Vlietwad", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nThe runway is shut. The contractor, Costruzioni Marzotta, did not reply to an email.",
          cue: "did not reply", source: "The contractor, Costruzioni Marzotta", kind: .organization,
          denial: .noResponse),
        .init(
          "Headline\n\nThe channel silts. A report by the council’s head of marine services, Gareth Prosser, warns that boats will ground.",
          cue: "warns", source: "A report by the council’s head of marine services, Gareth Prosser", kind: .document),
        .init(
          "Headline\n\nThe surgery will shut. The letter, signed by practice manager Mrs Joan McKechnie, says the weekend clinic will end.",
          cue: "says", source: "The letter", kind: .document),
        .init(
          "Headline\n\nThe cliff fell. Residents of nearby Lüttkenhagen blame the drilling for weakening it.",
          cue: "blame", source: "Residents of nearby Lüttkenhagen", kind: .vague),
        .init(
          "Headline\n\nThe vote passed. Cllr Declan Hartigan (FF), who proposed the motion, posted on X after the vote that the greenway was a boost.",
          cue: "posted", source: "Cllr Declan Hartigan (FF), who proposed the motion", kind: .person),
        .init(
          "Headline\n\nFlights resumed. The volcano observatory in Catania said the ash cloud had thinned.",
          cue: "said", source: "The volcano observatory in Catania", kind: .organization),
        .init(
          "Headline\n\nThe fee will rise. The Swahili-language daily Sauti ya Kaskazini reported that hotels would pay more.",
          cue: "reported", source: "The Swahili-language daily Sauti ya Kaskazini", kind: .outlet),
        .init(
          "Headline\n\nFares will rise, according to a proposal posted on its website Wednesday.",
          cue: "according to", source: "a proposal posted on its website Wednesday", kind: .document),
        // A body's name in another language, by the word that opens it; a paper's name in its own
        // language before "the" and its noun; a logbook is a document.
        .init(
          "Headline\n\nThe wells are unmetered. The Câmara Municipal de Faro declined to say how many wells were metered.",
          cue: "declined to say", source: "The Câmara Municipal de Faro", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nThe beach is shut. Le Phare breton, the regional daily, reported that the algae had spread.",
          cue: "reported", source: "Le Phare breton, the regional daily", kind: .outlet),
        .init(
          "Headline\n\nTrucks were idle. Sauti ya Bandari FM reported that the rail rule had emptied the yards.",
          cue: "reported", source: "Sauti ya Bandari FM", kind: .outlet),
        .init(
          "Headline\n\nSix children were treated. According to the barangay health center's logbook, all had rashes.",
          cue: "According to", source: "the barangay health center's logbook", kind: .document),
        // One word a newspaper's ending closes; a name a language describes; a Japanese paper's
        // word; a French name with an elided article.
        .init(
          "Headline\n\nThe exporter collapsed. Vestfjordposten reported that the bank had pulled its credit line.",
          cue: "reported", source: "Vestfjordposten", kind: .outlet),
        .init(
          "Headline\n\nCosts tripled. The Japanese-language Ryusei Nippo reported that the landfill would cost more.",
          cue: "reported", source: "The Japanese-language Ryusei Nippo", kind: .outlet),
        .init(
          "Headline\n\nThe coral was buried. The Kitakaze Shimbun reported that the pier work had stopped.",
          cue: "reported", source: "The Kitakaze Shimbun", kind: .outlet),
        .init(
          "Headline\n\nThe shaft will be sealed. La Gazette de l’Ill reported that the prefect had signed the order.",
          cue: "reported", source: "La Gazette de l’Ill", kind: .outlet),
        // People around a place; an outlet described after its name, "a" or "the" before it.
        .init(
          "Headline\n\nThe ponds were dug in 2021. Quinoa growers around the village of Qhaswa Pampa say the water table has dropped.",
          cue: "say", source: "Quinoa growers around the village of Qhaswa Pampa", kind: .vague),
        .init(
          "Headline\n\nThe quay was flooded. According to Berita Pulau, the Malay-language daily, Selat Marine has applied for a permit.",
          cue: "According to", source: "Berita Pulau", kind: .outlet),
        // Two nouns joined inside a body's name, before its head.
        .init(
          "Headline\n\nThe barrier was approved. The state fish and wildlife department said in a news release that it could not authorize it.",
          cue: "said", source: "The state fish and wildlife department", kind: .organization),
        // A company whose name ends in "Products".
        // A concessionaire and a railway are bodies; so is the city hall that calls a decision
        // something.
        .init(
          "Headline\n\nThe casino will close by June, the concessionaire said in a filing on Monday.", cue: "said",
          source: "the concessionaire", kind: .organization),
        .init(
          "Headline\n\nThe landslide cut the line, the hill railway said in a notice on Wednesday.", cue: "said",
          source: "the hill railway", kind: .organization),
        .init(
          "Headline\n\nDeputies moved the money, a decision city hall called \"a betrayal of 40,000 residents\".",
          cue: "called", source: "city hall", kind: .organization),
        .init(
          "Headline\n\nIn the notice, the mill's parent, Medford-based Pacific Crest Forest Products, said the closure was permanent.",
          cue: "said", kind: .organization),
        // An outlet's two-word noun after a country's adjective, and who runs a paper whose name
        // says it is one; a lifeboat station is a body.
        .init(
          "Headline\n\nThe engineer resigned. The Russian wire service Sever-Press said the engineer had objected to cuts.",
          cue: "said", source: "The Russian wire service Sever-Press", kind: .outlet),
        .init(
          "Headline\n\nThe grid failed again. China's state-run Northern Commerce Daily reported last week that shipments would fall.",
          cue: "reported", source: "China's state-run Northern Commerce Daily", kind: .outlet),
        .init(
          "Headline\n\nThe harbour was calm. Polvarrow lifeboat station said in a post on Facebook that launches had not been affected.",
          cue: "said", source: "Polvarrow lifeboat station", kind: .organization),
        // A name's leading mark opens no quotation: the Sesotho "'Me".
        .init(
          "Headline\n\nThe minister was angry. Water Minister 'Me Palesa Ntšohi (PHA) said on Wednesday she had asked for a report.",
          cue: "said", source: "Water Minister 'Me Palesa Ntšohi (PHA)", kind: .person),
        // Where a spokesman was reached, and when, stay in the subject; so does a councillor's
        // division ("Div." is no sentence's end).
        .init(
          "Headline\n\nThe firm was silent. A company representative reached by phone on Tuesday refused to say who had organised the hearings.",
          cue: "refused to say", source: "A company representative reached by phone on Tuesday", denial: .noComment),
        .init(
          "Headline\n\nThe vote was close. Coun. Everett Sandhu (Div. 2) told council a neighbour of his had waited four hours.",
          cue: "told", source: "Coun. Everett Sandhu (Div. 2)", kind: .person),
        // A year that ends a date or a time phrase is no subject: the noun phrase it dates is.
        .init(
          "Headline\n\nOne email sent from a council account on July 3, 2016 said the bridge was unsafe.",
          cue: "said", source: "One email sent from a council account on July 3, 2016", kind: .document),
        .init(
          "Headline\n\nA rumour in the spring of 1942 claimed the mill would close.", cue: "claimed",
          source: "A rumour in the spring of 1942"),
        // "'s" for "has" in a clause after its noun: the pronoun alone is the subject.
        .init(
          "Headline\n\nThe mayor kept posting about the audit, which critics read as a row he's described as a witch hunt.",
          cue: "described", source: "he", denial: .dismissal),
        // An acronym between the article and the role; "artistes" are people.
        .init(
          "Headline\n\nA BLM range specialist in the Rimrock field office, who asked not to be named, said managers had discouraged staff.",
          cue: "said", source: "A BLM range specialist in the Rimrock field office", anonymous: true),
        .init(
          "Headline\n\nA group of 43 artistes and songwriters has accused the society of withholding royalties.",
          cue: "has accused", source: "A group of 43 artistes and songwriters"),
        // A sum of money before the people who estimate it: they alone are the subject.
        .init(
          "Headline\n\nThe grant covers a fraction of the $14 million engineers say the repairs need.", cue: "say",
          source: "engineers", kind: .vague),
        // A bare plural with its clause opens the sentence: the clause is part of the subject.
        .init(
          "Headline\n\nInsurers that had covered the quarry's bonds said the cash would be released.", cue: "said",
          source: "Insurers that had covered the quarry's bonds"),
        .init(
          "Headline\n\nGroups that track wage theft say the figures are rising.", cue: "say",
          source: "Groups that track wage theft"),
        // A long subject may run past the length of most when it opens the sentence (the "both" after
        // it is not its own); not the clause before a participle.
        .init(
          "Headline\n\nA former executive at the firm and a person involved in the deal with the Iraqi government both told the Post that he played no role.",
          cue: "told",
          source: "A former executive at the firm and a person involved in the deal with the Iraqi government",
          anonymous: true),
        // A province is a government.
        .init(
          "Headline\n\nThe province announced new funding for rural clinics on Monday.", cue: "announced",
          source: "The province", kind: .organization),
        // The publisher by its own noun: “this weekly” is no adverb.
        .init(
          "Headline\n\nThis weekly has learned that the ferry contract was never signed.", cue: "has learned",
          source: "This weekly", kind: .self),
        // A plural that a place after it describes, before a bare “claim”.
        .init(
          "Headline\n\nOfficials at the agency claim the buses were never inspected.", cue: "claim",
          source: "Officials at the agency"),
        // People, with a word before them, then where they are.
        .init(
          "Headline\n\nWeary fishermen at Carrick Quay say the slipway is unsafe.", cue: "say",
          source: "Weary fishermen at Carrick Quay", kind: .vague),
        .init(
          "Headline\n\nThe curator posited that the vase was a copy.", cue: "posited", source: "The curator",
          kind: .person),
        .init(
          "Headline\n\nOkafor praised the crew, remarking that no one had missed a tide.", cue: "remarking",
          source: "Okafor"),
        // A first lady is a person, and “the first lady” does not continue an unnamed source.
        .init(
          "Headline\n\nAt the fete the first lady warned that the library would close.", cue: "warned",
          source: "the first lady", kind: .person),
        .init(
          "Headline\n\nA senior aide, who asked not to be named, said the trip was off. The first lady insisted later that it would go ahead.",
          cue: "insisted", source: "The first lady", kind: .person, anonymous: false),
        // Senators together under one title, and a list that opens the sentence after it.
        .init(
          "Headline\n\nSens. Odile Varga, D-Maine, and Tomas Reddy, R-Idaho, argued that the grant had lapsed.",
          cue: "argued", source: "Sens. Odile Varga, D-Maine, and Tomas Reddy, R-Idaho", kind: .person),
        // Members with their parties in parentheses, joined by “and” or listed, are one subject.
        .init(
          "Headline\n\nCouncillors Ama Boateng (Lab) and Iain Ferris (Con) wrote that the depot should be sold.",
          cue: "wrote", source: "Councillors Ama Boateng (Lab) and Iain Ferris (Con)", kind: .person),
        .init(
          "Headline\n\nCouncillors Ama Boateng (Lab), Iain Ferris (Con) and Priya Nandakumar (LD) wrote that the depot should be sold.",
          cue: "wrote", source: "Councillors Ama Boateng (Lab), Iain Ferris (Con) and Priya Nandakumar (LD)",
          kind: .person),
        // A list of names with no comma before its “and”, opening the sentence or after an opening
        // phrase; not a phrase that opens the clause (“Like Sorel,”, “On Friday,”, “Meanwhile,”).
        .init(
          "Headline\n\nTrustees Wen Ardo, Kasia Brell and Olu Fenner wrote that the orchard lease was void.",
          cue: "wrote", source: "Trustees Wen Ardo, Kasia Brell and Olu Fenner", kind: .person),
        .init(
          "Headline\n\nAfter a late sitting on Monday, Wen Ardo, Kasia Brell and Olu Fenner argued that the lease was void.",
          cue: "argued", source: "Wen Ardo, Kasia Brell and Olu Fenner", kind: .person),
        .init(
          "Headline\n\nAldermen Ines Toll of Brakey, Rui Pardo of Oxmere and Dana Holt of Fenwick wrote to the trust.",
          cue: "wrote", source: "Aldermen Ines Toll of Brakey, Rui Pardo of Oxmere and Dana Holt of Fenwick",
          kind: .person),
        .init(
          "Headline\n\nThe Board of Weights, Scales and Measures said the pumps were accurate.", cue: "said",
          source: "The Board of Weights, Scales and Measures", kind: .organization),
        .init(
          "Headline\n\nLike Sorel, Ardo and Brell said the lease was void.", cue: "said", source: "Ardo and Brell",
          kind: .person),
        .init(
          "Headline\n\nOn Friday, Ardo and Brell said the lease was void.", cue: "said", source: "Ardo and Brell",
          kind: .person),
        .init(
          "Headline\n\nBoth Port Commissioner Lena Hollis (D-Tacoma) and Harbor Board chair Raul Pinto (R-Everett) insisted the lease would be renewed.",
          cue: "insisted",
          source: "Both Port Commissioner Lena Hollis (D-Tacoma) and Harbor Board chair Raul Pinto (R-Everett)",
          kind: .person),
        // Not people by their task when a clause of their own follows, nor the conjunction "in that".
        .init(
          "Headline\n\nRiders using the tram lost patience and the operator said the line would reopen.", cue: "said",
          source: "the operator"),
        .init(
          "Headline\n\nThe levy is unusual in that growers say it has never been raised.", cue: "say", source: "growers"
        ),
        // A claim's noun with its agent after "from", and what is claimed after "that".
        .init(
          "Headline\n\nThe co-op rejected accusations from dairy farmers that milk prices had been fixed.",
          cue: "accusations", source: "dairy farmers"),
        // People by what they were doing, to what and to whom; a demonstrative after a preposition.
        .init(
          "Headline\n\nStallholders selling tea and samosas to the crowd said the march had passed off quietly.",
          cue: "said", source: "Stallholders selling tea and samosas to the crowd"),
        .init(
          "Headline\n\nA handwritten note from that winter warned the roof would not last.", cue: "warned",
          source: "A handwritten note from that winter", kind: .document),
        // A capitalised "Weekly" opens a paper's name.
        .init(
          "Headline\n\nWeekly Hornet reported that the quarry would close.", cue: "reported", source: "Weekly Hornet",
          kind: .outlet),
        // A response to a decision or a finding.
        .init(
          "Headline\n\nCouncillor Bea Osei welcomed the inspectors' findings on Tuesday.", cue: "welcomed",
          source: "Councillor Bea Osei"),
        // A belief or a blame held by people a plural names.
        .init(
          "Headline\n\nSome boatmen suspect the new weir has silted the channel.", cue: "suspect",
          source: "Some boatmen"),
        .init("Headline\n\nStallholders blame the new parking charges.", cue: "blame", source: "Stallholders"),
        // "point to" cites what a source offers as its evidence; "worry" after a plural subject.
        .init(
          "Headline\n\nOpponents point to two landslides on the ridge since 2019.", cue: "point to",
          source: "Opponents", kind: .vague),
        .init(
          "Headline\n\nSome growers worry the levy will rise again in spring.", cue: "worry", source: "Some growers",
          kind: .vague),
        // A year after "In" dates the report; a time after the subject is dropped, even after a
        // participle or a report's noun earlier in the sentence.
        .init(
          "By 2017 the Norhaven Post had reported three earlier collapses.", cue: "had reported",
          source: "the Norhaven Post", kind: .outlet),
        // A count of documents is documents.
        .init(
          "Headline\n\nDozens of posts on the club's Facebook page accused the jockey of pulling up.", cue: "accused",
          source: "Dozens of posts on the club's Facebook page", kind: .document),
        // A place's press, generically, is the outlets there.
        .init(
          "Headline\n\nLocal media reported that the plant would close in March.", cue: "reported",
          source: "Local media", kind: .outlet),
        .init(
          "Headline\n\nBelgian media said the suspect had been arrested in Liege.", cue: "said",
          source: "Belgian media", kind: .outlet),
        // A date before an outlet's name is no person's name.
        .init(
          "Headline\n\nA May 21 Reuters column criticized the plan as rushed.", cue: "criticized",
          source: "A May 21 Reuters column", kind: .outlet),
        .init(
          "Once the report was published, the harbour master last week said the berth was unsafe.", cue: "said",
          source: "the harbour master"),
        .init(
          "The report was published in May, and the harbour board last month rejected its findings.",
          cue: "rejected", source: "the harbour board", kind: .organization, denial: .denial),
        // An outlet's noun before its name, in the subject a gerund shares.
        .init(
          "Headline\n\nThe public broadcaster NRK7 followed, reporting that the ferry had been sold.",
          cue: "reporting", source: "The public broadcaster NRK7", kind: .outlet),
        // A plural's curly apostrophe after a closed curly quotation.
        .init(
          "Headline\n\nA sign read \u{2018}Closed\u{2019} on Monday. Kelso Anglers\u{2019} Club treasurer Ann Moy said the lease had lapsed.",
          cue: "said", source: "Kelso Anglers\u{2019} Club treasurer Ann Moy", kind: .person),
        // A second verb after "but", in the present.
        .init(
          "Headline\n\nThe operator denies the claim but says an audit will follow.", cue: "says",
          source: "The operator"),
        // A role's plural that no suffix shows, before where they work.
        .init(
          "Headline\n\nHerd vets on the islands, meanwhile, have long argued that the ferry timetable costs them a day.",
          cue: "have long argued", source: "Herd vets on the islands"),
        .init(
          "Transport ministry spokesperson Mrs Ada Okoth confirmed the ferry had been withdrawn.", cue: "confirmed",
          source: "Transport ministry spokesperson Mrs Ada Okoth", kind: .person),
        // A day that dates the document before the outlet's aside.
        .init(
          "A letter posted to tenants on Monday, seen by the Harbor Ledger, warns that rents will rise.", cue: "warns",
          source: "A letter posted to tenants on Monday", kind: .document),
        .init(
          "\"We lost the whole catch,\" says the ferryman Olaf Brandt, two days after the storm.", cue: "says",
          source: "the ferryman Olaf Brandt", kind: .person),
        .init(
          "Headline\n\nHarbour master Ivo Lund cautions that the figures are provisional.", cue: "cautions",
          source: "Harbour master Ivo Lund"),
        .init("Headline\n\nThe quay will be sold, the Harbor Ledger has learnt.", cue: "has learnt", kind: .self),
        .init("The candidates each claimed victory on Tuesday.", cue: "claimed"),
        // "Some" opening a clause is people saying, not a share in deciding ("have some say in").
        .init(
          "Stallholders were split. Some say the market should stay; others want a new hall.", cue: "say",
          source: "Some", kind: .vague),
        // (People, then the clause in which the outlet reached them.)
        .init(
          "Commuters the Ledger met outside the terminal said the trains were late again.", cue: "said",
          source: "Commuters the Ledger met outside the terminal", kind: .vague),
        // (A document with the participle that says who started it.)
        .init(
          "A petition launched by the allotment society says the fence must go.", cue: "says",
          source: "A petition launched by the allotment society", kind: .document),
        .init(
          "Tomasz Wirth, 73, from Bellhaven told the inquiry that no warning came.",
          cue: "told", source: "Tomasz Wirth, 73, from Bellhaven", kind: .person),
        .init(
          "Road closures will last a month, Twp. Supervisor Ann Kolb wrote in a notice.", cue: "wrote",
          source: "Twp. Supervisor Ann Kolb", kind: .person),
        .init(
          "Parents of pupils at Kilnsey primary argue the bus route is unsafe.", cue: "argue",
          source: "Parents of pupils at Kilnsey primary", kind: .vague),
        // (A cue's word after a common noun's possessive is a modifier, inside the subject.)
        .init(
          "Notes on the inspector's stated reasons show he never visited the site.", cue: "show",
          source: "Notes on the inspector's stated reasons"),
        // An irregular participle's aside between the subject and its verb.
        .init(
          "The forecast, drawn up by the harbour board's engineers, predicts higher tides.", cue: "predicts",
          source: "The forecast", kind: .document),
        // A body doing something to an object stays in the subject; a claim's noun before a name is
        // the object of the name's verb.
        .init(
          "A nurse with the agency staffing the ward said the rota was short.", cue: "said",
          source: "A nurse with the agency staffing the ward"),
        .init("It was the rumour Coach Abara brushed aside on Friday.", cue: "brushed aside", source: "Coach Abara"),
        // A place's two-word preposition keeps the people before it.
        .init(
          "Tenants next to the bus garage have complained that the engines idle all night.",
          cue: "have complained", source: "Tenants next to the bus garage"),
        // A quantity determines a noun a preposition can follow, as an article does.
        .init(
          "Many volunteers on the canal project say the grant ran out in spring.", cue: "say",
          source: "Many volunteers on the canal project", kind: .vague),
        // A time stays with a participle, a relative clause or a gathering inside the subject's phrase;
        // after a name or a plain noun it is the verb's.
        .init(
          "Two shoppers leaving the mall on Saturday evening said the car park had flooded.", cue: "said",
          source: "Two shoppers leaving the mall on Saturday evening"),
        .init(
          "Two speakers at the town hall forum in June warned that rents would climb.", cue: "warned",
          source: "Two speakers at the town hall forum in June"),
        .init(
          "The ruling party on Monday said the vote would go ahead.", cue: "said", source: "The ruling party",
          kind: .organization),
        // A slash between numbers joins them: a season, a fiscal year.
        .init(
          "A survey of members for the 2023/24 season found that attendance fell.", cue: "found",
          source: "A survey of members for the 2023/24 season", kind: .document),
        // A forecast of what others will do; one's own plan ("expects to leave") is no attribution.
        .init(
          "Analyst Ola Brandt expects cargo fees to cover the loan by 2030.", cue: "expects",
          source: "Analyst Ola Brandt", kind: .person),
        // A phrase of time between subject and verb belongs to neither.
        .init(
          "The orchard cooperative at first disputed the figures.", cue: "disputed", source: "The orchard cooperative",
          denial: .denial),
        .init(
          "Tenants of the old mill block have for months complained about the lifts.", cue: "complained",
          source: "Tenants of the old mill block", kind: .vague),
        // An adverb between a plural and a bare "note" or "claim".
        .init("The plant closed in May. Growers also note that prices fell.", cue: "also note", source: "Growers"),
        // A numbered branch of a union leads the phrase.
        .init(
          "Local 12 of the Harbor Workers Union said the port was unsafe.", cue: "said",
          source: "Local 12 of the Harbor Workers Union", kind: .organization),
        // "Plus" opening the sentence joins it to the last one.
        .init("Plus the mayor said the routes would open in May.", cue: "said", source: "the mayor"),
        // An occasion before the name with no comma and a hedging adverb are no part of who speaks.
        .init("In a radio interview Ruiz declared that the race was over.", cue: "declared", source: "Ruiz"),
        .init("It was the third time AROS said the event would go ahead.", cue: "said", source: "AROS"),
        // A party and state in parentheses, and a time after them, before the cue.
        .init(
          "Rep. Ann Voss (D-Ore.) on Monday said the bill was dead.", cue: "said", source: "Rep. Ann Voss (D-Ore.)",
          kind: .person),
        .init(
          "The campaign has long maintained that the emails were not marked classified.", cue: "has long maintained",
          source: "The campaign"),
        .init(
          "The campaign has long maintained they were not marked classified.", cue: "has long maintained",
          source: "The campaign"),
        // A conjunction that joins two clauses is no part of the second one's subject.
        .init(
          "No briefing was scheduled on Monday and the press secretary told reporters the plan had changed.",
          cue: "told", source: "the press secretary"),
        // A clause without "that" after the noun it is about: its subject is the name.
        .init("The photo Trump posted did not show the crowd.", cue: "posted", source: "Trump"),
        .init(
          "Headline\n\nThe harbour board raised dues by 18%, a move skippers say could drive boats away.", cue: "say",
          source: "skippers"),
        // (Not people counted by a quantifier: "some climate risk experts say".)
        .init(
          "Headline\n\nSome climate risk experts say the levee will fail.", cue: "say",
          source: "Some climate risk experts"),
        // A pronoun's contraction is no part of the source.
        .init("She's argued that the law is fine.", cue: "argued", source: "She"),
        // A document's participle dates it: the date after its phrase is the document's.
        .init(
          "A budget office memo circulated to council members on Friday warned of a shortfall.", cue: "warned",
          source: "A budget office memo circulated to council members on Friday", kind: .document),
        // People and where they were, in phrases with no verb, before the cue.
        .init(
          "Several growers at a crowded meeting in Pine Ridge said the levy came too late.", cue: "said",
          source: "Several growers at a crowded meeting in Pine Ridge", kind: .vague),
        .init(
          "Perhaps the debate moderators will say more tonight.", cue: "will say", source: "the debate moderators"),
        // "so far", a sentence adverb and a time stand between the subject and its verb; a time
        // inside the subject's own clause is the subject's.
        .init("The ministry has so far said nothing about the talks.", cue: "said", source: "The ministry"),
        .init(
          "The White House nevertheless insists that the plan has teeth.", cue: "insists", source: "The White House"),
        .init("Comey at the time said the handling was careless.", cue: "said", source: "Comey"),
        // A coordinated subject: groups and people; a list of names that opens the sentence.
        .init(
          "Civil liberties groups and some lawmakers said the bill went too far.", cue: "said",
          source: "Civil liberties groups and some lawmakers", kind: .vague),
        .init(
          "Senator Ann Voss, Mayor Dana Ruiz, and other Democrats said the plan was bad.", cue: "said",
          source: "Senator Ann Voss, Mayor Dana Ruiz, and other Democrats"),
        // A sentence adverb after a name that opens the sentence.
        .init("Carter however said he would welcome it.", cue: "said", source: "Carter", kind: .person),
        .init("The mayor last week said the pool would close.", cue: "said", source: "The mayor"),
        .init("The senator at that point said she would vote no.", cue: "said", source: "The senator"),
        .init(
          "Two people who worked in the division at the time said lawyers had recommended it.", cue: "said",
          source: "Two people who worked in the division at the time"),
        // A focusing adverb after the auxiliary belongs to the cue.
        .init(
          "The spokesman would only say that all options are open.", cue: "would only say", source: "The spokesman"),
        .init("Mayor Dana Ruiz said the budget was balanced.", cue: "said", source: "Mayor Dana Ruiz", kind: .person),
        .init(
          "Opposition deputies shouted \"Which day?\" in something close to harmony.", cue: "shouted",
          source: "Opposition deputies", kind: .vague),
        .init("Okafor-Lind disagreed, and said so in a filing.", cue: "disagreed", source: "Okafor-Lind"),
        // What the people are doing stays with them: the drivers speak, not the gate. A sentence's
        // opening adverb is not the source's.
        .init(
          "Drivers waiting at the gate said they had been there since dawn.", cue: "said",
          source: "Drivers waiting at the gate", kind: .vague),
        .init(
          "The mother of the student treated for hypothermia posted on social media that he could have died.",
          cue: "posted", source: "The mother of the student treated for hypothermia"),
        // A phrase a preposition opens the sentence with ends at its comma; a noun right before
        // the subject's article ends a phrase of its own.
        .init(
          "In one email from March, the authority's compliance chief, Gary Lindqvist, wrote that the results should stay internal.",
          cue: "wrote", source: "the authority's compliance chief, Gary Lindqvist", kind: .person),
        .init(
          "The agency called the records exempt, a position the state attorney general's office rejected in February.",
          cue: "rejected", source: "the state attorney general's office", kind: .organization),
        .init(
          "The test flagged the paper, a result its developer disputes.", cue: "disputes", source: "its developer",
          denial: .denial),
        // A debtor disputes an amount it is said to owe.
        .init(
          "The city disputes most of the amount, according to court papers.", cue: "disputes",
          source: "The city", denial: .denial),
        .init(
          "Players leaving the session said the new coach had been blunt.", cue: "said",
          source: "Players leaving the session", kind: .vague),
        .init(
          "The official named in the Ledger story, deputy chief of staff Casimir Olander, denied the account.",
          cue: "denied", source: "The official named in the Ledger story, deputy chief of staff Casimir Olander",
          denial: .denial),
        // Where the person is from, after an age; one role holder by a possessive.
        .init(
          "Mr Hughes, 54, from Leeds, told the inquest he had warned managers twice.", cue: "told",
          source: "Mr Hughes, 54, from Leeds", kind: .person),
        .init(
          "The council's chief executive acknowledged the failings.", cue: "acknowledged",
          source: "The council's chief executive", kind: .person),
        .init("Labour said the figures showed a crisis.", cue: "said", source: "Labour", kind: .organization),
        // A name after a place's comma is the spokesman's, not the place's state.
        .init(
          "A spokesman in Boston, Ivo Ratkin, said the report was theatre.", cue: "said",
          source: "A spokesman in Boston, Ivo Ratkin", kind: .person),
        .init(
          "At two in the morning the night supervisor told me the water had risen.", cue: "told",
          source: "the night supervisor"),
        .init(
          "A group of shareholders led by the pension fund Carrow Capital said the roles should be split.",
          cue: "said", source: "A group of shareholders led by the pension fund Carrow Capital"),
        // "At least" is a quantity; a time of day that opens the sentence is not the source's.
        .init(
          "At least one fellow commissioner said the vote was rushed.", cue: "said",
          source: "At least one fellow commissioner"),
        .init(
          "Diplomats from at least four governments said the talks had stalled.", cue: "said",
          source: "Diplomats from at least four governments"),
        .init(
          "Afterwards, one deputy, who asked not to be named, said the tunnel was a problem.", cue: "said",
          source: "one deputy", anonymous: true),
        // A capitalised "Today" after a name is the name's; a date after it is not.
        .init(
          "Its existence was first reported by Caldria Today in January.", cue: "was first reported",
          source: "Caldria Today"),
        // A plural possessive before a name keeps its apostrophe; a phrase inside a preposition's
        // phrase stays in the subject.
        .init(
          "The Nurses\u{2019} Federation of Skarholm said the results were clear.", cue: "said",
          source: "The Nurses\u{2019} Federation of Skarholm", kind: .organization),
        .init(
          "Headline\n\nThe Confederation of Coastal Football said the tournament would go ahead.", cue: "said",
          source: "The Confederation of Coastal Football", kind: .organization),
        .init(
          "Farmers\u{2019} groups on the Varenian side of the border said any deal would lock in low flows.",
          cue: "said", source: "Farmers\u{2019} groups on the Varenian side of the border"),
        // A time that opens the sentence is no part of the subject; its article stays with the noun.
        // The people an outlet reached stay in the subject.
        .init(
          "Residents interviewed by the Gazette said the smell had worsened.", cue: "said",
          source: "Residents interviewed by the Gazette", kind: .vague),
        .init(
          "Last night a spokesman for Farrow's Kitchen flatly denied the chain was in trouble.", cue: "flatly denied",
          source: "a spokesman for Farrow's Kitchen", denial: .denial),
        // "no." ends a sentence unless a number follows ("No. 3").
        .init(
          "Ruiz said she would vote no. Smith added that he would vote yes.", cue: "added", source: "Smith",
          kind: .person),
        // A pronoun resolves to the description it continues, whole ("The", a capitalised
        // article, is no name).
        .init(
          "The president said the plan was final. He added that jobs would be cut.", cue: "added", source: "He",
          resolvedTo: "The president"),
        // A "they" may stand for one unnamed source whose own clause calls them "they".
        .init(
          "A nurse on the ward, who asked not to be named because they were not authorised to speak, said beds "
            + "were full. \"Nobody listened,\" they added.", cue: "added", source: "they", anonymous: true),
        // A "she" passes over a man the article names with a man's given name, title or noun.
        .init(
          "Mayor Ann Lee said the plan was sound. Tom Brix, a neighbor, said it was rushed. \"We will fix it,\" "
            + "she added.", cue: "added", source: "she", kind: .person, resolvedTo: "Ann Lee"),
        .init(
          "Dana Ruiz said the fund was solvent. Her husband said it was not. \"We checked,\" she added.",
          cue: "added", source: "she", kind: .person, resolvedTo: "Dana Ruiz"),
        // "It" and "they" do not stand for the publisher: not its "we", nor "they" after what the
        // paper did.
        .init(
          "Headline\n\nWe reported that the council misled tenants. It said the fund was empty when it was not.",
          cue: "said",
          source: "It", kind: .pronoun),
        .init(
          "Headline\n\nThe Harbor Ledger asked several tenants, and they said the repairs never came.", cue: "said",
          source: "they", kind: .pronoun),
        // A "he" after a "he" resolved to a name takes that name, not "He".
        .init(
          "Mayor Ed Marsh says the law is wrong. He has told departments to review contracts. \"It has no place "
            + "here,\" he said.", cue: "said", source: "he", kind: .person, resolvedTo: "Ed Marsh"),
        // A crowd's chant is what it says (PolNeAR marks 26 of 36 uses).
        .init(
          "Dozens of students who attended the meeting chanted \"Freeze the fees.\"", cue: "chanted",
          source: "Dozens of students who attended the meeting", kind: .vague),
        .init(
          "The city has long said that the bridge is safe.", cue: "has long said", source: "The city",
          kind: .organization),
        .init(
          "A pediatric nurse at the hospital told the station that two children waited.", cue: "told",
          source: "A pediatric nurse at the hospital"),
        .init(
          "A nurse at Plainsview's hospital in Dorrance said the unit was short-staffed.", cue: "said",
          source: "A nurse at Plainsview's hospital in Dorrance"),
        .init(
          "On Monday the school board announced a new calendar.", cue: "announced", source: "the school board",
          kind: .organization),
        // A name that is also an auxiliary stays in the name.
        .init(
          "Prime Minister Theresa May said the talks would go on.", cue: "said",
          source: "Prime Minister Theresa May", kind: .person),
        // A subject pronoun is the whole subject.
        .init("At 86 she still says the mill should reopen.", cue: "still says", source: "she", kind: .pronoun),
        // Verbs of judging cite their subject's view too.
        .init(
          "The tenants' union denounced the rent increase as unlawful.", cue: "denounced",
          source: "The tenants' union", kind: .organization),
        .init("Senator Ida Walsh echoed the warning on Tuesday.", cue: "echoed", source: "Senator Ida Walsh"),
        // A name, its role, and a clause on the role: the name leads.
        .init(
          "Ada Lind, president of the tenants' union, which represents 9,000 renters, said rents would rise.",
          cue: "said", source: "Ada Lind, president of the tenants' union, which represents 9,000 renters",
          kind: .person),
        // A comparison set off by commas belongs to the subject.
        .init(
          "Local economists, like their state counterparts, say the port will grow.", cue: "say",
          source: "Local economists, like their state counterparts"),
        // An aside between commas stands between the subject and the verb.
        .init(
          "The city, for instance, denied that the permit was late.", cue: "denied", source: "The city",
          kind: .organization, denial: .denial),
        // A progressive with an adverb before the be-verb.
        .init("Ruiz also is stressing that the levy will pass.", cue: "stressing", source: "Ruiz"),
        // A perfect progressive: "had been" belongs to the cue, and the subject stands before it.
        .init(
          "Families near the stream had been warning for years that the heaps leached.", cue: "had been warning",
          source: "Families near the stream"),
        .init("Growers have been saying that the price is too low.", cue: "have been saying", source: "Growers"),
        .init("We’ve been saying that the price is too low.", cue: "been saying", source: "We"),
        // A date after the meeting a document is about, when the sentence opens with the document.
        .init(
          "Headline\n\nThe minutes of a closed meeting on 9 October record that members agreed to the change.",
          cue: "record", source: "The minutes of a closed meeting on 9 October", kind: .document),
        // What a record shows someone saying is that person's, the record's object.
        .init(
          "Headline\n\nMinutes of the forum record the harbour master telling members the quota was safe.",
          cue: "telling", source: "the harbour master"),
        .init(
          "Headline\n\nThe minutes record a Fisheries Department official telling members the quota was safe.",
          cue: "telling", source: "a Fisheries Department official", kind: .organization),
        // A roster is a document.
        .init(
          "Headline\n\nThe roster, dated June 30, shows two nurses covering the weekend.", cue: "shows",
          source: "The roster", kind: .document),
        // Where the people who open the sentence are, even above or below something.
        .init("Growers below the dam say the water is foul.", cue: "say", source: "Growers below the dam"),
        .init(
          "Fruit growers above the Sørfjord say the fumes harm their trees.", cue: "say",
          source: "Fruit growers above the Sørfjord", kind: .vague),
        // A second verb after ", then" shares the first one's subject.
        .init(
          "Ruiz thanked the crowd, then says she will run again.", cue: "then says", source: "Ruiz"),
        // A progressive: the subject stands before the be-verb.
        .init(
          "Governor Alma Reyes is stressing that the levy will pass.", cue: "stressing", source: "Governor Alma Reyes",
          kind: .person),
        // A legislator's party and state in parentheses belong to the name.
        .init(
          "Rep. Tom Okafor (D-Ore.) said Friday that the bill was dead.", cue: "said",
          source: "Rep. Tom Okafor (D-Ore.)",
          kind: .person),
        // A country or a capital speaks for its government.
        .init("Norway insisted that the talks continue.", cue: "insisted", source: "Norway", kind: .organization),
        .init("Officials in Beijing warned of retaliation.", cue: "warned", source: "Officials in Beijing"),
        // Organisations known by one word, and authorities as a body.
        .init(
          "Twitter announced that the account was suspended.", cue: "announced", source: "Twitter", kind: .organization),
        // (A firm's name in "'s" with an adverb before its verb.)
        .init(
          "Macy's recently announced that it would close 60 stores.", cue: "recently announced", source: "Macy's"),
        .init("Authorities said the road would reopen.", cue: "said", source: "Authorities", kind: .organization),
        // South Asian English: "informed that".
        .init(
          "The deputy commissioner informed that relief camps had been set up.", cue: "informed that",
          source: "The deputy commissioner"),
        // Names with a grammar word in them, a nickname, an engineer's title.
        .init(
          "Sub-county administrator Mr Peter Were Ouma said the funds had been released.", cue: "said",
          source: "Sub-county administrator Mr Peter Were Ouma", kind: .person),
        .init(
          "Team captain Luis \"Taz\" Ferreira said on his stream that he had not been paid.", cue: "said",
          source: "Team captain Luis \"Taz\" Ferreira", kind: .person),
        .init(
          "The regional director, Eng. Paul Mwangi Kariuki, said the works would resume.", cue: "said",
          source: "The regional director, Eng. Paul Mwangi Kariuki", kind: .person),
        // A concession after a report, and people whose plural stands before "note that".
        .init(
          "The report concludes that the scheme’s ‘significant housing benefits’ outweigh the harm, although it notes that the offer falls short.",
          cue: "notes", source: "it"),
        .init(
          "The wheat produced more grain, though the authors note that the difference was small.", cue: "note",
          source: "the authors"),
        .init(
          "Rent-free periods stretched to 26 months, a figure other agents said was broadly right.", cue: "said",
          source: "other agents"),
        .init(
          "The Figure Forensics Collective said the images matched.", cue: "said",
          source: "The Figure Forensics Collective"),
        // Not an aside that opens with a clause's word: the inverted source follows.
        .init(
          "Trawlers would not need permits to fish the bay, if the harbour limits are not enforced, argued the head of the committee, Cllr. Ann Ruiz.",
          cue: "argued", source: "the head of the committee, Cllr. Ann Ruiz"),
        // A document's noun before "and" and a name is the object before a new clause.
        .init(
          "Tenants said the council mishandled the inquiry and Labour accused the mayor of stalling it.",
          cue: "accused", source: "Labour"),
        // A second verb after ", and" is the speaker's, not that of the figures the speaker cited.
        .init(
          "Ilse Varga said ticket counts taken last spring showed six riders a night, and argued that a minibus would do.",
          cue: "argued", source: "Ilse Varga"),
        // A restrictive clause before a name: the noun it describes leads.
        .init(
          "Anglers blame the new weir; the firm that installed it, Corran Civil, dismissed the complaints.",
          cue: "dismissed", source: "the firm that installed it, Corran Civil", kind: .organization,
          denial: .dismissal),
        // (With its words after it, "by adding" still reports them.)
        .init(
          "Headline\n\nThe Ledger's editor answered the complaint by adding, \"Nothing in the story was wrong.\"",
          cue: "adding", source: "The Ledger's editor"),
        // Its verb an irregular past ("built", "won", "sold").
        .init(
          "Headline\n\nThe company that built the bridge, Hofstad Tunnelbouw, said it had warned the city.",
          cue: "said", source: "The company that built the bridge, Hofstad Tunnelbouw", kind: .organization),
        // A station's number ends its name, before where it broadcasts.
        .init(
          "Headline\n\nRiver Country 104 in Port Alder reported Tuesday that the ferry had been cancelled.",
          cue: "reported", source: "River Country 104 in Port Alder"),
        // A series of verb phrases after one subject: each verb's source is the first one's.
        .init(
          "Headline\n\nAmong her past remarks, Ms. Orlo has argued that \u{201C}tolls are theft,\u{201D} has suggested that the bridge is unsafe and has claimed that the survey was faked.",
          cue: "has suggested", source: "Ms. Orlo"),
        .init(
          "Headline\n\nThe mayor has said that the depot should close, has claimed that the audit was rigged and has called for a new vote.",
          cue: "has claimed", source: "The mayor"),
        // A list inside a body's name, with an article after "of" too; a time that "that" names
        // after the noun.
        .init(
          "Headline\n\nThe Department for Environment, Food and Rural Affairs said the talks had been held in good faith.",
          cue: "said", source: "The Department for Environment, Food and Rural Affairs", kind: .organization),
        .init(
          "Headline\n\nThe fund was split. The Department of the Environment, Climate and Communications had not responded to queries.",
          cue: "had not responded", source: "The Department of the Environment, Climate and Communications",
          kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe generator failed. But two nurses on shift that night said the main tank had run dry.",
          cue: "said", source: "two nurses on shift that night"),
        // A body named by its last word: an operator, processors.
        .init(
          "Headline\n\nThe Australian Energy Market Operator has previously warned of shortfalls.",
          cue: "has previously warned",
          source: "The Australian Energy Market Operator", kind: .organization),
        .init(
          "Headline\n\nThe leaf was graded down. Kaphiri Leaf Processors said the grading was fair.", cue: "said",
          source: "Kaphiri Leaf Processors", kind: .organization),
        // A role's own phrase runs on past its "of" to what it covers.
        .init(
          "Headline\n\nThe clinic will close two days a week. In an email, Health PEI's director of primary care for the region, Lorna MacPhail, said staff would see urgent patients.",
          cue: "said", source: "Health PEI's director of primary care for the region, Lorna MacPhail"),
        // A named place's noun, then where that place lies, stays in the source.
        .init(
          "Headline\n\nChief Tari Molkau of Loniwo village on Aneru Island said children were still taught in tents.",
          cue: "said", source: "Chief Tari Molkau of Loniwo village on Aneru Island", kind: .person),
        // A document's participle after its "from" phrase, with its agent, is part of the document.
        .init(
          "Headline\n\nPayment records from the fund obtained by the Sentinel show three transfers to the wharf.",
          cue: "show", source: "Payment records from the fund obtained by the Sentinel", kind: .document),
        // A campaign named as the friends of a place or a thing is a body.
        .init(
          "Headline\n\nFriends of the Menna called the modelling ‘fantasy arithmetic’.", cue: "called",
          source: "Friends of the Menna", kind: .organization),
        // Modelling is a document, with its participle and where it was submitted.
        .init(
          "Headline\n\nA consultant wrote that phosphate modelling submitted with the application showed a net reduction.",
          cue: "showed", source: "phosphate modelling submitted with the application", kind: .document),
        // What a channel broadcast is the document, not the channel.
        .init(
          "Headline\n\nSajama TV reported the clashes. Footage broadcast by the channel showed officers firing tear gas.",
          cue: "showed", source: "Footage broadcast by the channel", kind: .document),
        // A channel, a holding, a fishing company: the word lists' outlet and company words.
        .init(
          "Headline\n\nThe Kaspiy 24 channel said the platform was late. The same channel reported on Tuesday that the partner would sell.",
          cue: "reported", source: "The same channel", kind: .outlet),
        .init(
          "Headline\n\nKaimoana Pacific Fishing did not respond to emailed questions.", cue: "did not respond",
          source: "Kaimoana Pacific Fishing", kind: .organization, denial: .noResponse),
        // A GP is a person, not an acronym's body.
        .init(
          "Headline\n\nA GP at the Riverside practice said the merger was driven by recruitment.", cue: "said",
          source: "A GP at the Riverside practice", kind: .person),
        // A GP who asks not to be named is an anonymous source, for all the capitals of the role.
        .init(
          "Headline\n\nA GP at Riverside, who asked not to be named because staff have been told not to speak publicly, said the merger was driven by recruitment.",
          cue: "said", source: "A GP at Riverside", kind: .anonymous, anonymous: true),
        // An outlet's noun of two words between a nationality and the outlet's name stays in the
        // source of a participle that follows it.
        .init(
          "Headline\n\nJapanese wire agency Kyokuto Press, citing port records, said the owner had applied to extend the permit.",
          cue: "citing", source: "Japanese wire agency Kyokuto Press", kind: .outlet),
        // "or so says": the speaker after the verb, what was said before the dash.
        .init(
          "Headline\n\nFor small businesses the timing could hardly be worse – or so says chamber president Mahinda Ekanayake.",
          cue: "says", source: "chamber president Mahinda Ekanayake", kind: .person),
        .init(
          "Headline\n\nThe decision was ‘purely commercial’ — so says Kestrel’s managing director, Mr Neil Hardwick.",
          cue: "says", source: "Kestrel’s managing director, Mr Neil Hardwick", kind: .person),
        // "between" inside an unnamed source's phrase, as "with" is.
        .init(
          "Headline\n\nA person familiar with talks between the two companies said Ridgeback had offered $2 million a year.",
          cue: "said", source: "A person familiar with talks between the two companies", kind: .anonymous,
          anonymous: true),
        // A firm's name joined by "&" after its role, as an appositive.
        .init(
          "Headline\n\nThe market’s operator, auctioneers Thorne & Bevan, said in a statement that the site was fit for fifty years.",
          cue: "said", source: "The market’s operator, auctioneers Thorne & Bevan", kind: .organization),
        // An office a titled owner's possessive names is a body.
        .init(
          "Headline\n\nThe Minister for Agriculture's office did not reply to emails.", cue: "did not reply",
          source: "The Minister for Agriculture's office", kind: .organization, denial: .noResponse),
        // A role and what it covers, then a title and a name: the person; not a name inside a
        // preposition's phrase.
        .init(
          "Headline\n\nMember for Tarrock Ms Helen Corbould (Nationals) wrote to the minister last week.", cue: "wrote",
          source: "Member for Tarrock Ms Helen Corbould (Nationals)", kind: .person),
        .init(
          "Headline\n\nCabinet member for property Cllr Peter Danvers said the sale was the best offer.", cue: "said",
          source: "Cabinet member for property Cllr Peter Danvers", kind: .person),
        .init(
          "Headline\n\nA volunteer with the campaign of President Obama said that the crowd had dwindled.",
          cue: "said", source: "A volunteer with the campaign of President Obama", anonymous: true),
        // A body that speaks in private is still the body; a co-operative is one.
        .init(
          "Headline\n\nThe central bank had privately raised concerns about the levy.",
          cue: "had privately raised concerns",
          source: "The central bank", kind: .organization, anonymous: false),
        .init(
          "Headline\n\nThe co-operative rejected that account.", cue: "rejected", source: "The co-operative",
          kind: .organization, denial: .denial),
        // How far away a place is, as an aside: the verb's subject stays before it.
        .init(
          "Headline\n\nChief Darlene Ashkewe of Nimkii Bay First Nation, 40 kilometres east of town, said her members already travel for every service.",
          cue: "said", source: "Chief Darlene Ashkewe of Nimkii Bay First Nation",
          kind: .person),
        // How the outlet reached the source, opening the sentence, is no part of it.
        .init(
          "Headline\n\nReached by phone, CFM's general manager in Bangui, Patrice Mbollo, rejected claims that the bulldozers had cleared fields.",
          cue: "rejected", source: "CFM's general manager in Bangui, Patrice Mbollo", kind: .person, denial: .denial),
        // A trade's "-men" opening the sentence is a collective; two insiders of one kind at a place
        // are unnamed sources, with a modifier before their noun too.
        .init(
          "Headline\n\nOystermen say the closure has cost them dearly.", cue: "say", source: "Oystermen", kind: .vague),
        .init(
          "Headline\n\nTwo emergency physicians at the hospital said management had told them in October.",
          cue: "said", source: "Two emergency physicians at the hospital", kind: .anonymous, anonymous: true),
        // An "-ing" word before its plural noun after "with" stays inside the source.
        .init(
          "Headline\n\nA physician with admitting privileges at Southwind, who spoke on condition of anonymity, said two obstetricians had left.",
          cue: "said", source: "A physician with admitting privileges at Southwind", kind: .anonymous, anonymous: true),
        // Where an unnamed person after "according to" works or lives stays with them.
        .init(
          "Headline\n\nAccording to one GP in the south of the county, who preferred not to be named, two other practices are close to closing.",
          cue: "According to", source: "one GP in the south of the county", kind: .anonymous, anonymous: true),
        // The name withheld two sentences on, after a quotation of theirs, by the source's noun again.
        .init(
          "Headline\n\nA midwife who left Coolabri in June said staff had warned managers for a year. ‘Every one of us put it in writing,’ she said. The midwife asked not to be named because she still works for the health service.",
          cue: "said", source: "A midwife who left Coolabri in June", kind: .anonymous, anonymous: true),
        // A legal form abroad ends a company's name, and its period ends no sentence.
        .init(
          "Headline\n\nThe largest contractor, Hraunverk ehf., did not respond to questions.", cue: "did not respond",
          source: "The largest contractor, Hraunverk ehf.", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nHraunverk ehf. did not respond to questions.", cue: "did not respond", source: "Hraunverk ehf.",
          kind: .organization, denial: .noResponse),
        // A trade's "-men" before a preposition heads the phrase; a second relative clause with
        // "and who" after a conjunction that opens the sentence.
        .init(
          "Headline\n\nRadio Fleuve FM reported that fishermen on the Senegalese side of the field said they had been promised training.",
          cue: "said", source: "fishermen on the Senegalese side of the field", kind: .vague),
        .init(
          "Headline\n\nBut an engineer who has worked on the site, and who asked not to be named because staff have signed agreements, told the Line the problem was known.",
          cue: "told", source: "an engineer who has worked on the site", kind: .anonymous, anonymous: true),
        // "Rádio" names a station as "Radio" does.
        .init(
          "Headline\n\nRádio Muxixe, a Portuguese-language station based in Luanda, reported that the mine would close.",
          cue: "reported", source: "Rádio Muxixe, a Portuguese-language station based in Luanda", kind: .outlet),
        // A name whose appositive's head is a body's or an outlet's noun is that body or outlet;
        // not a person's appositive, nor someone "of" a body.
        .init(
          "Headline\n\nKeep Orchard Births, a campaign group set up on Thursday, said it had 2,000 members.",
          cue: "said",
          source: "Keep Orchard Births, a campaign group set up on Thursday", kind: .organization),
        .init(
          "Headline\n\nUriminzokkiri, a website run by the North Korean government, called the drills a rehearsal for war.",
          cue: "called", source: "Uriminzokkiri, a website run by the North Korean government", kind: .outlet),
        .init(
          "Headline\n\nMichał Grabowski of the Polish Wind Industry Forum, a trade group, said the permit was late.",
          cue: "said", source: "Michał Grabowski of the Polish Wind Industry Forum, a trade group", kind: .person),
        // Two plurals of people joined by "and", the first opening the sentence: a collective.
        .init(
          "Headline\n\nBoaters and cyclists have criticised the towpath closure.", cue: "have criticised",
          source: "Boaters and cyclists", kind: .vague),
        // A hyphenated role opens an appositive; where people are, after "behind", is an aside; an
        // outlet's noun after its town's name stays in a participle's subject.
        .init(
          "Headline\n\nMr Yemane Tesfalidet, director-general of mines at the Ministry of Energy and Mines, said the price “reflects the real cost” of a new mine.",
          cue: "said", source: "Mr Yemane Tesfalidet, director-general of mines at the Ministry of Energy and Mines",
          kind: .person),
        .init(
          "Headline\n\nResidents of Shore Lane, behind the sixteenth green, told the Globe they were never warned.",
          cue: "told", source: "Residents of Shore Lane", kind: .vague),
        .init(
          "Headline\n\nLe Réveil de Nice reported the sales. The Nice daily, citing two estate agents, said deposits had been paid.",
          cue: "citing", source: "The Nice daily", kind: .outlet),
        // An unnamed source in the next sentence withholds no name of the critics before it.
        .init(
          "Headline\n\nCritics say the plan is flawed. The channel Kaspiy 24 quoted an unnamed adviser to the ministry as saying that it would pay.",
          cue: "say", source: "Critics", kind: .vague),
        // A rural municipality's reeve before a name is a person's title.
        .init(
          "Headline\n\nCounty of Birchcreek Reeve Allan Stoesz said the county would appeal.", cue: "said",
          source: "County of Birchcreek Reeve Allan Stoesz", kind: .person),
        // Words from the lists: a wire agency, a carmaker, a quarry operator, pay slips, regulars.
        .init(
          "Headline\n\nThe French wire agency Médiapresse Internationale reported that the border would stay closed.",
          cue: "reported", source: "The French wire agency Médiapresse Internationale", kind: .outlet),
        .init(
          "Headline\n\nThe carmaker says the line will stay in Slovakia.", cue: "says", source: "The carmaker",
          kind: .organization),
        .init(
          "Headline\n\nThe quarry operator told the Chronicle that lorries would use the bypass.", cue: "told",
          source: "The quarry operator", kind: .organization),
        .init(
          "Headline\n\nAccording to pay slips seen by the Dispatch, workers were paid late.", cue: "According to",
          source: "pay slips seen by the Dispatch", kind: .document),
        .init(
          "Headline\n\nRegulars at the Blue Lantern told the Gazette the bar had been raided twice.", cue: "told",
          source: "Regulars at the Blue Lantern", kind: .vague),
        // A body's role, then its holder's name with a courtesy title, is the person.
        .init(
          "Headline\n\nThe Mining and Energy Workers Union’s Gippsland organiser, Ms Kylie Dunstan, said the mood was grim.",
          cue: "said", source: "The Mining and Energy Workers Union’s Gippsland organiser, Ms Kylie Dunstan",
          kind: .person),
        .init(
          "Headline\n\nThe paper, written by the council’s head of education, Dr Fiona Gillies, says the roll will fall.",
          cue: "says", source: "The paper",
          kind: .document),
        // (A minister's portfolio in small letters, before the name.)
        .init(
          "Headline\n\nThe minister for industry, commerce and employment, Lyonpo Phurba Lhendup, declined to comment on the vote.",
          cue: "declined to comment",
          source: "The minister for industry, commerce and employment, Lyonpo Phurba Lhendup",
          kind: .person, denial: .noComment),
        // The occasion after a name, with no comma, is no part of it.
        .init(
          "Headline\n\nCouncillor Dana Moyo in an interview on Sunday accused the mayor of stalling.",
          cue: "accused", source: "Councillor Dana Moyo", kind: .person),
        .init(
          "Headline\n\nThe trust in its annual statement warned that two wards would close.", cue: "warned",
          source: "The trust"),
        // A priest's "Fr." and the "Ma." of Philippine names do not end the sentence.
        .init(
          "Headline\n\nFr. Tomas Ybanez, the Lagonoy parish priest, warned in a post that the trenches were open.",
          cue: "warned", source: "Fr. Tomas Ybanez, the Lagonoy parish priest", kind: .person),
        .init(
          "Headline\n\nCouncilor Ma. Teresa Villanueva said the bidding was rigged.", cue: "said",
          source: "Councilor Ma. Teresa Villanueva", kind: .person),
        // People where they were, after a day and its comma; people, then which way their place lies.
        .init(
          "Headline\n\nOn Sunday, farmers at a meeting in the village of Santa Rosa said the canal was dry.",
          cue: "said", source: "farmers at a meeting in the village of Santa Rosa", kind: .vague),
        .init(
          "Headline\n\nThe audit found gaps, as growers east of Mercedes say the canals leak.", cue: "say",
          source: "growers east of Mercedes", kind: .vague),
        // A refusal's subject whose role joins two fields with "and".
        .init(
          "Headline\n\nFormer provincial environment and natural resources officer Engr. Pablo Dizon, who "
            + "approved the expansion, declined to comment.",
          cue: "declined to comment",
          source:
            "Former provincial environment and natural resources officer Engr. Pablo Dizon, who approved the expansion",
          kind: .person, denial: .noComment),
        // A capitalised "Draw" in a place's name is no verb of drawing criticism.
        .init(
          "Headline\n\nNeighbors along Bitter Draw said they had complained for years.", cue: "said",
          source: "Neighbors along Bitter Draw", kind: .vague),
        // People at a meeting in a named place, with the day they met; people a place's aside
        // follows ("downwind of"); a time that opens the sentence is no part of the subject.
        .init(
          "Headline\n\nSeveral women at a meeting in Lokori on Sunday said they had taken loans.", cue: "said",
          source: "Several women at a meeting in Lokori on Sunday", kind: .vague),
        .init(
          "Headline\n\nResidents of the Cedar Flat neighborhood, downwind of the sewage plant, have complained for "
            + "two summers that a smell hangs over their streets.",
          cue: "have complained", source: "Residents of the Cedar Flat neighborhood", kind: .vague),
        .init(
          "Headline\n\nTwo weeks later the municipality announced that R18 million had been set aside.",
          cue: "announced", source: "the municipality", kind: .organization),
        // The time of what the people in the subject did belongs to the subject, as PolNeAR marks it.
        .init(
          "Headline\n\nShoppers interviewed on Monday said prices had gone up.", cue: "said",
          source: "Shoppers interviewed on Monday", kind: .vague),
        // A dateline with its region before a document with its maker.
        .init(
          "Headline\n\nTUMBES, Piura \u{2014} An audit of the Zarumilla canal by the Comptroller General's Office "
            + "has found that the municipality paid a contractor.",
          cue: "has found", source: "An audit of the Zarumilla canal by the Comptroller General's Office",
          kind: .document),
        .init(
          "Headline\n\nSta. Rita's owner, engineer Bonifacio Lerio, denied that the houses were substandard.",
          cue: "denied", source: "Sta. Rita's owner, engineer Bonifacio Lerio", kind: .person, denial: .denial),
      ],
      nonTriggering: [
        // Adding a count of things; a plural noun after an adjective that only stands before nouns;
        // a hand in drafting a plan.
        .init("According to the application, the expansion would add four seasonal jobs.", cue: "add"),
        .init("A spokeswoman said the company did not comment on individual claims.", cue: "claims"),
        .init(
          "Mr Hamish Rosie, a retired coxswain who helped write the plan, said the wall would stand.", cue: "write"),
        // "posting" with no words posted after it, or as a noun; "posted" sending someone to a place.
        .init("He relished his brushes with big names, posting photos of himself with Karl Rove.", cue: "posting"),
        .init("Facebook vowed to act, according to an Oct. 4 posting on its security blog.", cue: "posting"),
        .init("She put it in the drawer as he asked.", cue: "put it"),
        .init("A nurse posted to the island last year said the rota was broken.", cue: "posted"),
        // Going on to something is not speaking on.
        .init("Headline\n\nSabal Point went on ambulance diversion 61 times in three months.", cue: "went on"),
        // How the newsroom came to read a document is no one speaking.
        .init(
          "Headline\n\nIn a letter to staff dated Tuesday and seen by the Post, Mr Hoarau wrote that prices had fallen.",
          cue: "seen"),
        .init(
          "Headline\n\nThe trust told staff in a letter, seen by the Echo, that the closure was temporary.", cue: "seen"
        ),
        // What someone is accused of is the charge, not their words.
        .init(
          "Headline\n\nTenants have accused the landlord and his agents of dismissing every complaint.",
          cue: "dismissing"),
        // A phrase that says what a later cue replies to is no cue itself.
        .init(
          "Headline\n\nIn answer to a letter from the guild, the bishop wrote that the bells would stay.", cue: "answer"
        ),
        // A gerund after a preposition adds things, not words.
        .init(
          "Headline\n\nAnother analyst said the insurer had been bolder than its peers in adding low-premium plans.",
          cue: "adding"),
        // Taking part in a survey answers no one.
        .init(
          "Headline\n\nOf the 412 tenants who responded to the survey, most said the heating had failed.",
          cue: "responded"),
        // A time is no claim's agent.
        .init("Headline\n\nThe audit revived claims from 2019 that the board hid losses.", cue: "claims"),
        // A determiner's "that" closes no claim.
        .init("Headline\n\nThe mayor has heard the claim from none of that group.", cue: "claim"),
        // Guests are welcomed, not a decision.
        .init("Headline\n\nThe mayor welcomed the visiting choir to the town hall.", cue: "welcomed"),
        // A suspect, and blame as a noun.
        .init("Headline\n\nDetectives said the suspect fled on foot.", cue: "suspect"),
        .init("Headline\n\nEach contractor shares blame for the delay, the audit found.", cue: "blame"),
        .init("Headline\n\nNo reply had arrived at the time of writing.", cue: "writing"),
        // "worry" as a noun, or after "to" or a modal.
        .init("Headline\n\nThe vote comes at a time of growing worry over rents.", cue: "worry"),
        .init("Headline\n\nThe mayor said there was no need to worry about the levee.", cue: "worry"),
        .init("Tenants want a vote and some say in how the fund is spent.", cue: "say"),
        // (Cue words used as nouns: after a hyphenated participle, in "in writing", and "recall" of goods.)
        .init("The much-trumpeted promises have come to nothing.", cue: "promises"),
        .init("An archive of comment cards from the fair was lost.", cue: "comment"),
        // (A verb's own form between a count and a noun.)
        .init("The furnace would replace two blast furnaces with a hydrogen-fed unit.", cue: "blast"),
        // (Adding an amount.)
        .init("He rejected the claim that second-home owners add little to the economy.", cue: "add"),
        .init("Tenants complained to the landlord in writing about the damp.", cue: "writing"),
        .init("The brewery will recall some 9,000 kegs.", cue: "recall"),
        .init("The coach expects to stay for one more season.", cue: "expects"),
        .init("Dockers staged two warning strikes in May.", cue: "warning"),
        // "warning" after its modifier is a noun.
        .init("The crew had reported a brake warning on approach.", cue: "warning"),
        .init("Shares fell after last week's profit warning.", cue: "warning"),
        // Going on leave says nothing.
        .init("Two of the four nurses went on sabbatical in March.", cue: "went on"),
        .init("That said, the bypass will not open this year.", cue: "said"),
        // A page's credit line.
        .init("The rover found ice.\n\nOriginally published on Harbor Science Weekly.", cue: "published"),
        // The writer's set phrases report no one.
        .init("Let's say the bridge costs $10 million.", cue: "say"),
        .init("It goes without saying that the mill matters to the town.", cue: "saying"),
        .init("Having said that, the plan is sound.", cue: "said"),
        .init("Having said all that, the plan is sound.", cue: "said"),
        // What "according to" cites has no verb of its own.
        .init("According to county estimates, the levy would raise $4 million.", cue: "estimates"),
        .init("Needless to say, the mayor was furious.", cue: "say"),
        .init("A tunnel would cost more than, say, a second ferry.", cue: "say"),
        // A noun after a possessive and the name that modifies it.
        .init("Headline\n\nOthers, like the two hosts, lost their MSNBC shows last year.", cue: "shows"),
        // A programme on television.
        .init("Headline\n\nThat's why the TV show exists: to make celebrity guests look good.", cue: "show"),
        // An amount added or asked, a score out of a total, and a second verb of the same refusal.
        .init("Headline\n\nThe port said the buildup could add as many as 40,000 containers a year.", cue: "add"),
        .init(
          "Headline\n\nThe contract went to a bidder that scored lower and asked $1.9 million more than its rival.",
          cue: "asked"),
        .init(
          "Headline\n\nRutherford declined to discuss the raffle records or say whether others were under investigation.",
          cue: "say"),
        // A plural noun after a word that counts it, and a case sent on.
        .init(
          "Headline\n\nThe firm did not respond to questions about how many blasts were carried out last year.",
          cue: "blasts"),
        .init("Headline\n\nSeveral claims from the hearing could open new lines of inquiry.", cue: "claims"),
        .init(
          "Headline\n\nOpposition members argue that the chairperson should be referred to the Inspectorate of Government.",
          cue: "referred"),
        .init("Headline\n\nFourteen officers were referred to it for investigation last year.", cue: "referred"),
        // A hedge on what someone owns.
        .init("Headline\n\nHe cannot use the office to stop inquiries into his own alleged crimes.", cue: "alleged"),
        // A learned word between an article and its noun.
        .init("A proposed quarry near the village of Hallow has split the parish.", cue: "proposed"),
        // A counter to serve at.
        .init("The ticket counter at the ferry terminal will close in May.", cue: "counter"),
        .init("The ferry may run late. That said, the bypass will not open this year.", cue: "said"),
        // A participle between an article, an adverb and its noun.
        .init("He resigned at a hastily called news conference on Friday.", cue: "called"),
        .init("The widely reported warning raised new concerns.", cue: "reported"),
        // Or between a possessive, an adverb and a noun or a quoted name.
        .init("She sits on the senator’s newly announced “faith advisory board.”", cue: "announced"),
        .init("Cheaper storage (such as Voltra’s newly announced battery packs) is coming.", cue: "announced"),
        .init("A majority of voters wanted him to have more say in the matter.", cue: "say"),
        .init("She wanted to say goodbye before the trip.", cue: "say"),
        .init("The claims were never tested in court.", cue: "claims"),
        .init("Despite her continued struggles with young voters, she won the state.", cue: "continued"),
        .init("The fact-checker rated most Republican claims as false.", cue: "claims"),
        .init("The program, called EB-5, lets investors buy visas.", cue: "called"),
        .init("She called into a radio show on Friday.", cue: "called"),
        // Giving a name is not saying.
        .init("The page, which calls itself Drivers Against Overreach, did not respond.", cue: "calls"),
        .init(
          "Headline\n\nThe fund, called the Harrow Conservation Trust, will own the land until the loan is repaid.",
          cue: "called"),
        .init("Headline\n\nShe joined a band called Low Tide and toured for a year.", cue: "called"),
        .init("Headline\n\nIt's called the Harbor Compact, and it runs to 40 pages.", cue: "called"),
        // What was posted, with where or when it was posted: no one posts.
        .init(
          "Headline\n\nThe toll fell to 371, according to a chart posted on the ministry's website.", cue: "posted"),
        .init("Headline\n\nIt was fun to see the other portraits posted around social media.", cue: "posted"),
        .init("Headline\n\nThe ads showed kittens and designer shoes tweeted alongside the slogans.", cue: "tweeted"),
        // What the tagger marks right beside a rule's cue belongs to that cue, not a cue of its own.
        .init("The team responded sharply to her remarks at a January town hall.", cue: "sharply"),
        .init("Evergreen Crest did not return calls seeking comment.", cue: "calls seeking"),
        // How it was warned, not a cue of its own.
        .init(
          "The senator said the authority had warned the railway in writing that the rule would fail.", cue: "writing"),
        // The second noun of a compound after a document's noun.
        .init("State inspection reports show staffing fell.", cue: "reports"),
        .init("The claim was \"not supported by any inspection record\".", cue: "record"),
        .init("Records include range inspection reports and internal emails.", cue: "reports"),
        .init("The Washington Post Building stands empty.", cue: "Post"),
        // A figure of speech inside someone's quotation is not the outlet's sourcing.
        .init("“What can I say? We lost,” the coach said.", cue: "say"),
        .init("“I've said that to the board, and I'll say it to residents,” the director said.", cue: "say"),
        // Nor is a person the speaker quotes: "Trump says" is Warren's account of Trump.
        .init("“Donald Trump says he will make America great again,” Elizabeth Warren said.", cue: "says"),
        .init("“Condi called me and said a plane had hit the Pentagon,” the former president said.", cue: "called me"),
      ]),
    AttributionRule(
      name: "verb after a quotation, source after it",
      triggering: [
        // A member's party and ward in parentheses, with a comma inside.
        .init(
          "Headline\n\n\"We are approving the end of the harbour,\" said Cllr Rosemary Tonkin (Lib Dem, Polvarrow and St Wenna).",
          cue: "said", source: "Cllr Rosemary Tonkin (Lib Dem, Polvarrow and St Wenna)", kind: .person),
        // A nickname quoted between given name and surname stays in the name.
        .init(
          "Headline\n\n\"My catch is down by a third,\" said Aurelien \"Boo\" Thibodeaux.", cue: "said",
          source: "Aurelien \"Boo\" Thibodeaux", kind: .person),
        // A clause after an opening phrase, then the verb and its speaker: the clause is what was
        // said, not an appositive of the phrase.
        .init(
          "Headline\n\nFor most renters, the new levy would outweigh the rebate, said Ilse Marchetti.",
          cue: "said", source: "Ilse Marchetti", kind: .person),
        // A date in figures opens the speaker's description.
        .init(
          "Headline\n\n“The rules were written for us,” said 7/7 survivor Anneke Voss.", cue: "said",
          source: "7/7 survivor Anneke Voss", kind: .person),
        // After a cleft's opening, the clause after the noun has its own subject.
        .init(
          "Headline\n\nIt's a grievance the harbour board has argued before.", cue: "has argued",
          source: "the harbour board"),
        .init(
          "Headline\n\nThere's a reason many growers say the forecast is wrong.", cue: "say", source: "many growers"),
        // Whom an aide, an adviser or an envoy serves belongs to the phrase.
        .init(
          "Headline\n\n“They will not move,” said Oren Talbot, a former adviser to two harbour commissioners.",
          cue: "said", source: "Oren Talbot, a former adviser to two harbour commissioners", kind: .person),
        .init(
          "Headline\n\n“Nobody has read it,” said a senior aide to one of the county supervisors.",
          cue: "said", source: "a senior aide to one of the county supervisors", anonymous: true),
        // A role and a name after the verb, to the sentence's end, are its speaker, whatever clause
        // stands before the comma.
        .init(
          "Headline\n\nThe county has no say except at the two ferry piers, where the state holds the leases, said attorney Nell Okafor.",
          cue: "said", source: "attorney Nell Okafor", kind: .person),
        // A name after the verb, with what it says of itself to the sentence's end, is the speaker,
        // though an aside stands before the comma; a name the verb interrupts ends at its comma.
        .init(
          "Headline\n\nCurbing the levy will only hurt rents, especially in harbour towns, said Ilse Marchetti, deputy chief of the tenants' federation.",
          cue: "said", source: "Ilse Marchetti, deputy chief of the tenants' federation", kind: .person),
        // Or a name alone to the sentence's end.
        .init(
          "Headline\n\nThe club has lost seven members, five of whom were on the committee, said Iwan Rhys.",
          cue: "said", source: "Iwan Rhys", kind: .person),
        .init(
          "Headline\n\nEight patients, said Dr. Orla Kessing, are in critical condition.", cue: "said",
          source: "Dr. Orla Kessing", kind: .person),
        // People by a plural noun after the verb, to the sentence's end.
        .init(
          "Headline\n\nWhile some shelves are bare, a national shortage of flour is unlikely, say grain market analysts.",
          cue: "say", source: "grain market analysts", kind: .vague),
        // Or by plural nouns in a list.
        .init(
          "Headline\n\nThe closure weighs on the harbourmaster, say crew, skippers and boat owners.", cue: "say",
          source: "crew, skippers and boat owners"),
        // A noun used after its article is no verb: the appositive stands.
        .init(
          "Headline\n\nOdeya Brandt, who opened the fair, a must for collectors across the region, joked about the rain.",
          cue: "joked",
          source: "Odeya Brandt, who opened the fair, a must for collectors across the region", kind: .person),
        // A clause without "that" inside the appositive keeps it one.
        .init(
          "Headline\n\nThe Harbour Survey, a new sampling method the Ledger is testing, indicated that most berths were full.",
          cue: "indicated", source: "The Harbour Survey, a new sampling method the Ledger is testing"),
        // Confiding in someone what follows is telling it.
        .init(
          "Headline\n\nRuiz confided in her that he would quit.", cue: "confided", source: "Ruiz", kind: .person),
        // Confiding is telling.
        .init(
          "Headline\n\n“It was the longest night of my career,” Oduya confided to a colleague afterward.",
          cue: "confided", source: "Oduya", kind: .person),
        // An archive's doubled apostrophes, closing a single-quoted word inside them.
        .init(
          "''I would use the word 'old-school,''' said Gregory Slayton.", cue: "said", source: "Gregory Slayton",
          kind: .person),
        // Where the person is from, after a comma, and a channel's word inside a name describe them.
        .init(
          "\"We will keep going,\" said the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church.",
          cue: "said", source: "the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church", kind: .person),
        .init(
          "‘Every minute counts,’ said Mr Alan Prewett, of the Save St Aldhelm’s group.",
          cue: "said", source: "Mr Alan Prewett, of the Save St Aldhelm’s group", kind: .person),
        .init(
          "\"The map is bad,\" said David Wasserman, House editor for the Cook Political Report.", cue: "said",
          source: "David Wasserman, House editor for the Cook Political Report", kind: .person),
        // A person's noun before the name ("historian Ada Brennan"), after a clause too; the
        // channel after the name is where the source spoke, not part of who.
        .init(
          "The plan is dead, said historian Ada Brennan in a statement.", cue: "said", source: "historian Ada Brennan",
          kind: .person, channel: "statement"),
        .init(
          "\"Politics is the art of the possible,\" writes historian Ada Brennan in her new book.", cue: "writes",
          source: "historian Ada Brennan", kind: .person, channel: "book"),
        // Single marks, as British papers quote.
        .init("\u{2018}Neither side would move,\u{2019} said one diplomat.", cue: "said", source: "one diplomat"),
        // A commentary after the name is where the source wrote, not part of who.
        .init(
          "\"These clocks are good at predicting age,\" wrote Desmond Ekwueme of Lantry College in a commentary accompanying the study.",
          cue: "wrote", source: "Desmond Ekwueme of Lantry College", kind: .person),
        .init(
          "\"We will not back down,\" said Omar Haddad, the union's president.", cue: "said",
          source: "Omar Haddad, the union's president", kind: .person),
        .init("“The numbers are clear,” said the comptroller.", cue: "said", source: "the comptroller"),
        // A role before the name, the name ending the sentence.
        .init(
          "\"We will appeal,\" said spokesman John Smith.", cue: "said", source: "spokesman John Smith", kind: .person),
        // A closing mark typed as an opening one still closes the quotation.
        .init("“The numbers are clear,“ said the comptroller.", cue: "said", source: "the comptroller"),
        // What describes the source runs to the end of the sentence: an appositive without an
        // article, a relative clause, a place.
        .init(
          "“Rates will rise,” said Mara Quint, head of the Lindell Housing Trust.", cue: "said",
          source: "Mara Quint, head of the Lindell Housing Trust", kind: .person),
        .init(
          "“It cannot hold,” said Ivo Brandt, an engineer who inspected the dam in 2019.", cue: "said",
          source: "Ivo Brandt, an engineer who inspected the dam in 2019", kind: .person),
        .init("“Nobody voted for this,” said one source in the room.", cue: "said", source: "one source in the room"),
        // Not a time or a channel after it, and not another attribution.
        .init(
          "“We are done,” said Ivo Brandt, the chairman, in a statement.", cue: "said",
          source: "Ivo Brandt, the chairman"),
        .init("“We are done,” said Ivo Brandt on Tuesday.", cue: "said", source: "Ivo Brandt"),
        // A clause with a verb and its object still describes; a participle phrase after a
        // comma does not.
        .init(
          "“There is no doubt,” said Rep. Ada Lind of Ohio, who endorsed Ruiz on Tuesday.", cue: "said",
          source: "Rep. Ada Lind of Ohio, who endorsed Ruiz on Tuesday"),
        .init(
          "“It is over,” said Tom Gale, a pollster who worked for the mayor, referring to the race.", cue: "said",
          source: "Tom Gale, a pollster who worked for the mayor"),
        .init(
          "“We are done,” said Ivo Brandt, who added that the board would meet.", cue: "said", source: "Ivo Brandt"),
        // Straight single marks that quote, as some papers print them; an apostrophe inside a name stays.
        .init(
          "'We have had a rough season,' says Tavita Fa'alogo, who milks 400 cows near Ruawai.", cue: "says",
          source: "Tavita Fa'alogo, who milks 400 cows near Ruawai", kind: .person),
      ],
      nonTriggering: [
        // Whom one trusted is not what one said.
        .init("Headline\n\nFarmhands often confided in the vicar about unpaid wages.", cue: "confided")
      ]),
    AttributionRule(
      name: "verb after a quotation, source before it",
      triggering: [
        .init("\"It was a long night,\" Ruiz said.", cue: "said", source: "Ruiz", kind: .person),
        .init(
          "“It has nothing to do with the vote,” the company added.", cue: "added", source: "the company",
          kind: .organization, denial: .denial),
        // A name between the quotation's comma and a stray comma before the verb.
        .init(
          "\"We are ready,\" Pastor Ruth Amos of St. Brigid Parish, told the Ledger.", cue: "told",
          source: "Pastor Ruth Amos of St. Brigid Parish", kind: .person),
        // Who posts online posts, with where after the verb ("one user posted on X").
        .init("“Who approved this?” one user posted on X.", cue: "posted", source: "one user"),
      ],
      nonTriggering: []),
    AttributionRule(
      name: "a subject with an appositive",
      triggering: [
        // People who open the sentence, with where they are or what they do, are the subject, not
        // the place, the day or the relative clause's verb before the cue.
        .init(
          "Headline\n\nPOLOKWANE - Residents of at least six villages east of Polokwane say they have not seen a tanker.",
          cue: "say", source: "Residents of at least six villages east of Polokwane"),
        .init(
          "Headline\n\nOwners of the dragon boats that carry tourists along the Perfume River say the fees will sink them.",
          cue: "say", source: "Owners of the dragon boats that carry tourists along the Perfume River"),
        .init(
          "Headline\n\nCommuters stranded at Tarrawong station on Saturday morning said they were left without information.",
          cue: "said", source: "Commuters stranded at Tarrawong station on Saturday morning"),
        // With what they grow or how many they are; two nouns joined; a document with who made it
        // and who saw it.
        .init(
          "Headline\n\nPUEBLO — Chile growers on the Huerta Bottoms east of Pueblo say they could lose a third of their acreage.",
          cue: "say", source: "Chile growers on the Huerta Bottoms east of Pueblo"),
        .init(
          "Headline\n\nMore than 200 families living along the boundary of Kaptega Hills National Park say they are yet to be paid.",
          cue: "say", source: "More than 200 families living along the boundary of Kaptega Hills National Park"),
        .init(
          "Headline\n\nFarmers and residents of Mokgware ward in Palapye say seepage has killed their cattle.",
          cue: "say", source: "Farmers and residents of Mokgware ward in Palapye"),
        .init(
          "Headline\n\nWater tests commissioned by the village committee and seen by the Clarion found boron in three boreholes.",
          cue: "found", source: "Water tests commissioned by the village committee and seen by the Clarion",
          kind: .document),
        // (A document's own aside after a comma stays out: "Minutes …, obtained by the Daily,".)
        .init(
          "Headline\n\nMinutes of a March 28 meeting between the bureau and park tenants, obtained by the Daily, show the plan was dropped.",
          cue: "show", source: "Minutes of a March 28 meeting between the bureau and park tenants", kind: .document),
        // (Nor a time after the subject: "The fiscal oversight board on Monday sent …, saying".)
        .init(
          "Headline\n\nThe fiscal oversight board on Monday sent the budget back, saying the bonus was not allowed.",
          cue: "saying", source: "The fiscal oversight board", kind: .organization),
        .init(
          "Headline\n\nTobacco growers on Tuesday brought sales to a standstill, accusing buyers of underpaying.",
          cue: "accusing", source: "Tobacco growers"),
        // Two plural nouns of people joined by "and".
        .init(
          "Headline\n\nAbout 60 workers and subcontractors blocked the entrance on Monday, saying they had not been paid.",
          cue: "saying", source: "About 60 workers and subcontractors"),
        // Where they are, by a name of two words and its place's noun, or a works' noun after a modifier.
        .init(
          "Headline\n\nMINOT — Homeowners in the Oak Slough neighborhood packed City Council chambers Monday night, saying the offers were too low.",
          cue: "saying", source: "Homeowners in the Oak Slough neighborhood"),
        .init(
          "Headline\n\nAbout 600 workers of the Huacapampa sugar cooperative blocked the highway for six hours, saying they had not been paid.",
          cue: "saying", source: "About 600 workers of the Huacapampa sugar cooperative"),
        // Noun phrases joined by "and" that open the sentence are one subject; not a clause with
        // its own verb before the "and".
        .init(
          "Headline\n\nThe contractor and the provincial administration confirmed that the road had stalled.",
          cue: "confirmed", source: "The contractor and the provincial administration"),
        .init(
          "Headline\n\nPoliticians and even some technologists say the rules are too loose.", cue: "say",
          source: "Politicians and even some technologists"),
        .init(
          "Headline\n\nFriends, lobbyists and former foes say he listens.", cue: "say",
          source: "Friends, lobbyists and former foes"),
        .init(
          "Headline\n\nMinning ultimately didn't run, and Farley said she was not heard from again.", cue: "said",
          source: "Farley"),
        .init(
          "Headline\n\nSpeaking to reporters, Ruiz and Vance said the deal was dead.", cue: "said",
          source: "Ruiz and Vance"),
        .init(
          "Headline\n\nBack home, Democrats and some Republicans say the plan is too costly.", cue: "say",
          source: "Democrats and some Republicans"),
        // (A conjunction that opens the sentence is no part of it.)
        .init(
          "Headline\n\nYet residents leaving the two-hour meeting with the mayor said they were not reassured.",
          cue: "said", source: "residents leaving the two-hour meeting with the mayor"),
        // Where they are on a river or road, up or down it; a plural in "-men".
        .init(
          "Headline\n\nFishermen further down the Igan say the catch has fallen by half.", cue: "say",
          source: "Fishermen further down the Igan"),
        // (Not a relative clause's own subject: "the emails that Donald Trump asked".)
        .init(
          "Headline\n\nThe number of deleted emails that Donald Trump asked Russia to find is unknown.", cue: "asked",
          source: "Donald Trump"),
        // An aside that says when something is due, or how a speaker goes on as before, is no
        // part of the subject; a pronoun after the verb is what was said, not its speaker.
        .init(
          "Headline\n\nPeople familiar with a review of rural maternity units, due next year, say it is likely to close two.",
          cue: "say", source: "People familiar with a review of rural maternity units", anonymous: true),
        .init(
          "Headline\n\nMayor Voss, as she has before, said she wants to cut the levy.", cue: "said",
          source: "Mayor Voss", kind: .person),
        // "also" before an article opens a description.
        .init(
          "Headline\n\nClerk Ana Pryce, also a Labour member, said she had not seen the letter.", cue: "said",
          source: "Clerk Ana Pryce, also a Labour member", kind: .person),
        // A stray comma after the relative clause of the noun that opens the sentence.
        .init(
          "Headline\n\nA crew member who was not on the ferry that night and who declined to be identified, told the Herald the ramp had failed before.",
          cue: "told",
          source: "A crew member who was not on the ferry that night and who declined to be identified",
          anonymous: true),
        // A name with a party's parenthesis between a quotation and a stray comma.
        .init(
          "Headline\n\n\"We will not sign it,\" Council Leader Ana Pryce (Lab), said.", cue: "said",
          source: "Council Leader Ana Pryce (Lab)", kind: .person),
        // A rival is a person's role.
        .init(
          "Headline\n\nHer chief rival for the seat, Councillor Owen Tuck, said the count was fair.", cue: "said",
          source: "Her chief rival for the seat, Councillor Owen Tuck", kind: .person),
        // Commas inside a body's name that lists what it covers.
        .init(
          "Headline\n\nSen. Ada Frame, the top Democrat on the Senate Health, Education, Labor and Pensions Committee, rejected the plan.",
          cue: "rejected",
          source:
            "Sen. Ada Frame, the top Democrat on the Senate Health, Education, Labor and Pensions Committee",
          kind: .person),
        // A name after the "As" that opens the sentence: only the conjunction goes.
        .init(
          "Headline\n\nAs Iona Pryce, a former adviser to the minister, wrote last year, the ferry deal was never costed.",
          cue: "wrote", source: "Iona Pryce, a former adviser to the minister", kind: .person),
        // An aside opened by "throughout" between the subject and the verb.
        .init(
          "Headline\n\nMarrow told the panel that the council, throughout its history, has always argued that the land was common.",
          cue: "has always argued", source: "the council"),
        // A "whose" clause with an aside of its own; not a name alone after its last comma.
        .init(
          "Headline\n\nMarta Voss, whose son Tomas, 19, died in the cells in March, said she had called the jail twice.",
          cue: "said", source: "Marta Voss, whose son Tomas, 19, died in the cells in March", kind: .person),
        .init(
          "Headline\n\nFarmers blame the Alder Creek Water District, whose manager, Gus Tirado, said the canal was sound.",
          cue: "said", source: "manager, Gus Tirado"),
        // Where the person belongs, after "of the"; a Philippine "Ma." before a given name; a
        // body's regional office after its acronym; a Malay title with its apostrophe.
        .init(
          "Headline\n\nProvincial board member Atty. Joel Sepulveda, of the opposition bloc, said he would seek an inquiry.",
          cue: "said", source: "Provincial board member Atty. Joel Sepulveda, of the opposition bloc", kind: .person),
        .init(
          "Headline\n\nProvincial spokesperson Ma. Theresa Lumapas called the allegation “gutter politics.”",
          cue: "called", source: "Provincial spokesperson Ma. Theresa Lumapas", kind: .person, denial: .dismissal),
        .init(
          "Headline\n\nThe Land Transportation Franchising and Regulatory Board (LTFRB) in Central Visayas disputed that figure.",
          cue: "disputed",
          source: "The Land Transportation Franchising and Regulatory Board (LTFRB) in Central Visayas",
          kind: .organization, denial: .denial),
        .init(
          "Headline\n\nMalaysian Freight Forwarders Alliance president Dato' Harjit Singh Gill said members had not been consulted.",
          cue: "said", source: "Malaysian Freight Forwarders Alliance president Dato' Harjit Singh Gill", kind: .person),
        // "Corp." ends the sentence before "Its".
        .init(
          "Headline\n\nThe quarry is operated by Kalipay Aggregates Corp. Its operations manager, Gilbert Cañete, denied the claim.",
          cue: "denied", source: "Its operations manager, Gilbert Cañete", kind: .person, denial: .denial),
        // A nickname in straight single marks inside the appositive's name; a participle's aside
        // after "also".
        .init(
          "Headline\n\nThe label's chief executive, Chukwuemeka 'Emeka Bigz' Nwosu, denied the claims on Tuesday.",
          cue: "denied", source: "The label's chief executive, Chukwuemeka 'Emeka Bigz' Nwosu", kind: .person,
          denial: .denial),
        .init(
          "Headline\n\nA memo prepared by board staff for the September meeting, also obtained by the Drover, suggests the dispute is older.",
          cue: "suggests",
          source: "A memo prepared by board staff for the September meeting, also obtained by the Drover",
          kind: .document),
        // A time between a relative pronoun and its verb.
        .init(
          "Headline\n\nThe plan was backed by Tova Grint, the harbourmaster, who in 2029 said the quay was unsafe.",
          cue: "said", source: "who", kind: .person),
        .init(
          "Headline\n\nThe levy was opposed by Ravi Nandakumar, a trader who last year said it would close stalls.",
          cue: "said", source: "who"),
        // A description with its place, then the name after the comma: a person, not an unnamed one.
        .init(
          "Headline\n\nPrices will keep rising, an economist at the Brantholm Policy Institute, Dr Ama Korsgaard, told our correspondent.",
          cue: "told", source: "an economist at the Brantholm Policy Institute, Dr Ama Korsgaard", kind: .person,
          anonymous: false),
        // A description that opens the sentence keeps its phrases of a preposition or a participle before the name.
        .init(
          "Headline\n\nThe keeper in charge of the reptile house, Oona Fairweather, said the python had been fed.",
          cue: "said", source: "The keeper in charge of the reptile house, Oona Fairweather", kind: .person),
        // A participle with its object inside the description.
        .init(
          "Headline\n\nThe contractor carrying out the repairs, Bram Visser, said the tunnel would reopen in May.",
          cue: "said", source: "The contractor carrying out the repairs, Bram Visser", kind: .person),
        .init(
          "Headline\n\nThe brewery named in the inspectors' notice, Old Quay Ales, did not return calls.",
          cue: "did not return", source: "The brewery named in the inspectors' notice, Old Quay Ales",
          kind: .organization, denial: .noResponse),
        // A time that opens the sentence is no description.
        .init(
          "Headline\n\nThe week after the regatta, Pim Arvidsson said the moorings were full.", cue: "said",
          source: "Pim Arvidsson", kind: .person),
        .init(
          "Headline\n\nA survey prepared for the trust by its engineers, Pell Marsh, says the pier is unsafe.",
          cue: "says", source: "A survey prepared for the trust by its engineers, Pell Marsh", kind: .document),
        // An aside that opens with an adverb of state or place describes the subject; before a
        // participle it is an aside of its own.
        .init(
          "Headline\n\nGrowers near Alder Ford, midway up the valley, say the river has never run this low.",
          cue: "say", source: "Growers near Alder Ford, midway up the valley"),
        .init(
          "Headline\n\nThe tenants' complaint, still before the rent tribunal, alleges the landlord ignored repairs.",
          cue: "alleges", source: "The tenants' complaint, still before the rent tribunal", kind: .document),
        .init(
          "Headline\n\nThe mayor, still smarting from the vote, said the council would try again.", cue: "said",
          source: "The mayor", kind: .person),
        // A document whose aside names its signer; a body that "which" describes.
        .init(
          "Headline\n\nThe note to tenants, signed by the letting agent, Ruth Obi, says rents will rise in June.",
          cue: "says", source: "The note to tenants", kind: .document),
        .init(
          "Headline\n\nThe ambulance service, which runs the air rescues, said it had flown 30 missions.", cue: "said",
          source: "The ambulance service, which runs the air rescues", kind: .organization),
        // A name, then an appositive whose "its" is the body the person serves.
        .init(
          "Grella Foods cut its prices. Ilse Brandt, its head of sales, said margins were thin.", cue: "said",
          source: "Ilse Brandt, its head of sales", kind: .person),
        // A title in capitals, whatever body it names, before the name.
        .init(
          "Harbour Board Chief Engineer Dr Lena Koss said the quay was sound.", cue: "said",
          source: "Harbour Board Chief Engineer Dr Lena Koss", kind: .person),
        .init(
          "Ministry of Fisheries Deputy Director Tomas Elm warned that quotas would fall.", cue: "warned",
          source: "Ministry of Fisheries Deputy Director Tomas Elm", kind: .person),
        // (Not one who speaks for a titled person: the spokesperson speaks for the office.)
        .init(
          "A spokesman for Transport Minister Ruth Adeyemi said the line would reopen.", cue: "said",
          source: "A spokesman for Transport Minister Ruth Adeyemi", kind: .organization),
        // A member's office in capitals is a title, not an organization's initials.
        .init(
          "The local MSP, Fiona Drummond-Kerr, has not replied to our letter.", cue: "has not replied",
          source: "The local MSP, Fiona Drummond-Kerr", kind: .person, denial: .noResponse),
        .init(
          "The cycling federation revised its rules in March, stating that helmets would be mandatory.",
          cue: "stating", source: "The cycling federation", kind: .organization),
        .init(
          "Lerato Dube, chairperson of the Rivers and Lakes Anglers Club, argued that the limit was fair.",
          cue: "argued", source: "Lerato Dube, chairperson of the Rivers and Lakes Anglers Club", kind: .person),
        // An aside in dashes after the description: the name before the description's comma leads.
        .init(
          "Representative Ann Voss, Democrat of Ohio and the chair of the Harbor Committee — where any inquiry must "
            + "begin — said on Monday that she disliked it.", cue: "said",
          source:
            "Representative Ann Voss, Democrat of Ohio and the chair of the Harbor Committee — where any inquiry must begin"
        ),
        // A contrast set off by commas is the writer's, not part of who speaks.
        .init(
          "Councillor Ann Voss, by contrast, said the budget was sound.", cue: "said", source: "Councillor Ann Voss"),
        // An appositive inside a "who" clause belongs to the clause; the clause's head leads.
        .init(
          "The commissioner, who spoke through his media aide, Mr Tunde Bakare, said the state would not yield.",
          cue: "said", source: "The commissioner, who spoke through his media aide, Mr Tunde Bakare", kind: .person),
        .init(
          "Donna Payne, 48, of Dayton, who came as a delegate of the Rights League, a civic group, said it went well.",
          cue: "said", source: "Donna Payne, 48, of Dayton, who came as a delegate of the Rights League, a civic group",
          kind: .person),
        // A "who" clause says who a person is at the first mention, and is an aside on what they
        // did once the article has named them (PolNeAR, 69 in 89 and 82 in 131).
        .init(
          "Ann Lee, who ran the mayor's 2019 campaign, said the race was close.", cue: "said",
          source: "Ann Lee, who ran the mayor's 2019 campaign", kind: .person),
        .init(
          "Mayor Dana Ruiz opened the meeting. Ruiz, who has led the city since 2019, said the budget was "
            + "balanced.", cue: "said", source: "Ruiz", kind: .person),
        // A participle's aside between the commas is no part of the source (PolNeAR leaves it out
        // 26 times in 28).
        .init(
          "Ada Brennan, celebrating a victory in her home state, said the race was far from over.", cue: "said",
          source: "Ada Brennan", kind: .person),
        // A name and what it spoke on before a colon and a quotation; a title may open the name.
        .init(
          "Coach Dana Holt on her team's performance: \"We were sloppy, plain and simple.\"", cue: ":",
          source: "Coach Dana Holt", kind: .person),
        // A relative clause's object before the comma: the noun that opens the sentence leads.
        .init(
          "The page that first published the post, which calls itself a news site, said it stood by the story.",
          cue: "said", source: "The page that first published the post, which calls itself a news site"),
        // A party's member named after the comma is that person; a spokesman named by title and
        // surname is a person.
        .init(
          "Another Republican, Sen. Ada Lee of Ohio, defended the word choice.", cue: "defended",
          source: "Another Republican, Sen. Ada Lee of Ohio", kind: .person, anonymous: false),
        .init(
          "\"It is over,\" said the spokesman, Mr. Obi.", cue: "said", source: "the spokesman, Mr. Obi", kind: .person),
        // A clause after the source's comma is not its description.
        .init(
          "Above all, say several strategists, Mr. Biden needs to stay in the public eye.", cue: "say",
          source: "several strategists"),
        // A state and a party after the name describe it.
        .init(
          "Sen. Ada Lee, Ohio Republican, the leading critic of the leaks, rejected the choice.", cue: "rejected",
          source: "Sen. Ada Lee, Ohio Republican, the leading critic of the leaks", kind: .person),
        // After an opening "As", the group its example follows is no opening phrase.
        .init(
          "As many tax experts, including Ann Lee, have said, the plan is costly.", cue: "have said",
          source: "many tax experts, including Ann Lee"),
        // An example of the group, with its own commas: the group leads.
        .init(
          "Several lawmakers, including Rep. Kay Granger, R-Texas, who heads the panel, said the measure was flawed.",
          cue: "said", source: "Several lawmakers, including Rep. Kay Granger, R-Texas, who heads the panel"),
        // A name given after a relative clause: the person it names leads.
        .init(
          "Another passenger, who gave only his first name, Dev, said the crew had shouted instructions.",
          cue: "said", source: "Another passenger", kind: .anonymous,
          anonymous: true),
        // Where the outlet reached them, several phrases long; who reached them is no kind of theirs.
        .init(
          "Church members interviewed outside the synod hall in Harlingmoor said the debate was over.", cue: "said",
          source: "Church members interviewed outside the synod hall in Harlingmoor", kind: .vague),
        .init(
          "Voters interviewed by the Herald said they were undecided.", cue: "said",
          source: "Voters interviewed by the Herald", kind: .vague),
        // A person described by a body's noun, as "who" and "former" say, is a person.
        .init(
          "\"It is reckless,\" said Naomi Okonjo, a former pensions regulator who now advises charities.",
          cue: "said", source: "Naomi Okonjo, a former pensions regulator who now advises charities", kind: .person),
        // A network of congregations is no broadcaster.
        .init(
          "The Confessing Fellowship, a network of about 80 congregations, said the vote breaks faith.",
          cue: "said", source: "The Confessing Fellowship, a network of about 80 congregations",
          kind: .organization),
        // A named member told the publisher: named, not anonymous.
        .init(
          "A former board member, Yvette Grondin, told The Harbor Ledger that the statements were rubber-stamped.",
          cue: "told", source: "A former board member, Yvette Grondin", kind: .person, anonymous: false),
        // A place's state before the relative clause: the person it describes leads.
        .init(
          "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said it was moving.",
          cue: "said", source: "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen",
          kind: .person),
        // A capitalised title before the name leads; a participle set off alone does not.
        .init(
          "The Police Public Relations Officer, SP Adewale Okon, who confirmed the incident, said three suspects were held.",
          cue: "said", source: "The Police Public Relations Officer, SP Adewale Okon, who confirmed the incident",
          kind: .person),
        // The auxiliary between the subject and its cue, and the words beside it, are no part of
        // the subject.
        .init(
          "Headline\n\nThe harbour board has both stated that the berths are full and promised new ones.",
          cue: "stated", source: "The harbour board", kind: .organization),
        .init(
          "Headline\n\nIn court, Ruiz will likely argue that the permit was valid.", cue: "argue", source: "Ruiz",
          kind: .person),
        // A head of state's palace is the office that speaks for them.
        .init(
          "Headline\n\nThe Koravi palace said in a note that the king would not attend.", cue: "said",
          source: "The Koravi palace", kind: .organization),
        // A report with the paper it appeared in, up to the comma.
        .init(
          "Headline\n\nAccording to a report in the Lagos daily Harbour Gazette, the port lost cargo.",
          cue: "According to", source: "a report in the Lagos daily Harbour Gazette", kind: .outlet),
        // Nor does the participle that cites a body's figures.
        .init(
          "Headline\n\nUsing Harbour Board estimates, rents would not reach those limits for a decade.",
          cue: "estimates", source: "Harbour Board"),
        // A participle's phrase that opens the sentence, up to its comma, does not lead either.
        .init(
          "Headline\n\nThe clinics are short of staff. Speaking at the Port Authority, Dr. Lina Osei, medical director of the Harbour Clinics, said, \"Our beds are full.\"",
          cue: "said", source: "Dr. Lina Osei, medical director of the Harbour Clinics", kind: .person),
        .init(
          "Reacting, the Senior Special Assistant to the President on Media, Mr. Femi Bello, dismissed the report as fake news.",
          cue: "dismissed", source: "the Senior Special Assistant to the President on Media, Mr. Femi Bello",
          kind: .person, denial: .dismissal),
        // A lawmaker's party and state stay with the name, and their period ends no sentence.
        .init(
          "Rep. Ann Lee, D-Calif., the panel's top Democrat, said the bill was dead.", cue: "said",
          source: "Rep. Ann Lee, D-Calif., the panel's top Democrat", kind: .person),
        .init(
          "Sen. Saxby Chambliss, R-Ga., vice chairman of the intelligence committee, said he was glad.", cue: "said",
          source: "Sen. Saxby Chambliss, R-Ga., vice chairman of the intelligence committee", kind: .person),
        // A role's "of" may take two objects joined by "and"; a collective's word in the
        // appositive does not make the person a collective.
        .init(
          "The minister of communications and information technology, Ravi Shankar Prasad, said the rules would change.",
          cue: "said", source: "The minister of communications and information technology, Ravi Shankar Prasad",
          kind: .person),
        .init(
          "The senator, a frequent critic of the plan, said it was flawed.", cue: "said",
          source: "The senator, a frequent critic of the plan", kind: .person),
        // A role without an article before the name ("advocate", "public defender").
        .init(
          "Malhotra's counsel, advocate P. Sridevi, denied the charges.", cue: "denied",
          source: "Malhotra's counsel, advocate P. Sridevi", kind: .person, denial: .denial),
        // A person's noun, then a role or an age before the name, between commas.
        .init(
          "His attorney, public defender Liam Osei, could not be reached for comment.", cue: "could not be reached",
          source: "His attorney, public defender Liam Osei", kind: .person, denial: .noResponse),
        .init(
          "The victim, 83-year-old Dorothy Banks, told reporters she let the man in.", cue: "told",
          source: "The victim, 83-year-old Dorothy Banks", kind: .person),
        // A participle or a relative clause after the subject's noun runs up to the cue...
        .init(
          "A forklift driver leaving the morning shift on Tuesday said the line was slow.", cue: "said",
          source: "A forklift driver leaving the morning shift on Tuesday"),
        .init(
          "A 2014 study that appeared in the British Medical Journal found no link.", cue: "found",
          source: "A 2014 study that appeared in the British Medical Journal", kind: .document),
        // Past five words, a participle after a plural in small letters ("calling" is no cue here).
        .init(
          "An executive at one of the three largest shipping lines calling at the port said the backlog would last weeks.",
          cue: "said", source: "An executive at one of the three largest shipping lines calling at the port"),
        // An aside right after the relative pronoun: the verb is the clause's, "who" its subject;
        // an aside inside the clause leaves it whole.
        .init(
          "Headline\n\nThe board met Capt. Ines Varo, who, according to the minutes, said the cuts were legal.",
          cue: "said", source: "who"),
        .init(
          "Headline\n\nInes Varo, who, in 2028, voted for the levy, said it was legal.", cue: "said",
          source: "Ines Varo, who, in 2028, voted for the levy"),
        // What an official is in charge of stays inside the title, and a titled phrase whose
        // appositive is a person's name is that person.
        .init(
          "Headline\n\nKarongi District Vice Mayor in charge of social affairs Agnes Mukamana dismissed the claims.",
          cue: "dismissed", source: "Karongi District Vice Mayor in charge of social affairs Agnes Mukamana",
          kind: .person, denial: .dismissal),
        .init(
          "Headline\n\nDeputy Ombudsman in charge of land disputes, Joseph Habimana, told the Ledger that files were missing.",
          cue: "told", source: "Deputy Ombudsman in charge of land disputes, Joseph Habimana", kind: .person),
        // So it does before an aside that withholds the name, which the source leaves out.
        .init(
          "Headline\n\nA buyer for one of the two largest hauliers calling at the depot, who asked not to be named "
            + "because talks were private, said orders had halved.",
          cue: "said", source: "A buyer for one of the two largest hauliers calling at the depot", anonymous: true),
        // (A pronoun before the cue is its own clause's subject.)
        .init(
          "Headline\n\nReyes had no quarrel with the plan, but a beef with the notion of a Republican governor trying "
            + "to fill a bench he said had too many seats.",
          cue: "said", source: "he", kind: .pronoun),
        // A relative clause whose verb is an irregular past: "lost", "won".
        .init(
          "Two firms that lost out in the tender for the ferry route have accused the council of bias.",
          cue: "have accused", source: "Two firms that lost out in the tender for the ferry route"),
        // Officials of both parties are a collective.
        .init(
          "Elected officials from both parties say he is a hard worker.", cue: "say",
          source: "Elected officials from both parties", kind: .vague, anonymous: false),
        .init(
          "The package stalled, according to aides in both parties.", cue: "according to",
          source: "aides in both parties", kind: .anonymous, anonymous: true),
        .init("Plenty of fans said the trade would backfire.", cue: "said", kind: .vague, anonymous: false),
        // Unnamed members of a body they sit on are unnamed sources; family members are not.
        .init(
          "Several cast members said the host had berated them.", cue: "said", source: "Several cast members",
          kind: .anonymous, anonymous: true),
        .init("Family members said she had been ill.", cue: "said", source: "Family members", anonymous: false),
        // One unnamed member of a party is an unnamed source.
        .init(
          "One Republican said the meeting had gone badly.", cue: "said", source: "One Republican", kind: .anonymous,
          anonymous: true),
        // With a rank or a state before the party.
        .init(
          "Headline\n\nA senior Democrat said the bill would fail.", cue: "said", source: "A senior Democrat",
          kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nAn Iowa Republican predicted that turnout would be low.", cue: "predicted",
          source: "An Iowa Republican", kind: .anonymous, anonymous: true),
        // (Not when the name follows, even with where it is from.)
        .init(
          "Headline\n\nA senior Republican on the intelligence committee, Rep. Michael Conaway of Texas, told "
            + "reporters the inquiry was over.",
          cue: "told", source: "A senior Republican on the intelligence committee, Rep. Michael Conaway of Texas",
          kind: .person, anonymous: false),
        // A party's member is no name; "in a position to know" withholds one.
        .init(
          "Another Democrat familiar with the exchange, who spoke on condition of anonymity, said the offer was real.",
          cue: "said", source: "Another Democrat familiar with the exchange",
          kind: .anonymous, anonymous: true),
        .init(
          "Three people in a position to know said the talks had stalled.", cue: "said",
          source: "Three people in a position to know", kind: .anonymous, anonymous: true),
        // (A bare plural of people leads its participle too.)
        .init(
          "Rates rose, and adjusters working for Harlan Mutual said the losses were high.", cue: "said",
          source: "adjusters working for Harlan Mutual"),
        .init(
          "A person with direct knowledge of the inquiry, who was not authorized to discuss it, said the fine was set.",
          cue: "said", source: "A person with direct knowledge of the inquiry",
          kind: .anonymous, anonymous: true),
        // (A conjunction before the sentence's subject is no part of it.)
        .init(
          "But an aide who worked on both campaigns said the tour was over.", cue: "said",
          source: "an aide who worked on both campaigns", kind: .anonymous, anonymous: true),
        // The clause set off by commas that says why a source is unnamed is its reason, not part
        // of its span, after the cue too; without commas it restricts the noun and stays.
        // "the MP added" after "one of the MPs", who withheld the name: the same source, by the
        // partitive's noun (an acronym's too).
        .init(
          "Headline\n\n“We will vote it down,” said one of the MPs, who asked not to be named because the whip is not out.\n\n“We have the numbers,” the MP added.",
          cue: "added", source: "the MP", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\n“We will vote it down,” said one of the councillors, who asked not to be named because the whip is not out.\n\n“We have the numbers,” the councillor added.",
          cue: "added", source: "the councillor", kind: .anonymous, anonymous: true),
        // Those who were on a private call or at a closed briefing are insiders.
        .init(
          "The chief executive told staff the plan was final, according to two people who were on the call.",
          cue: "according to", source: "two people who were on the call", kind: .anonymous, anonymous: true),
        .init(
          "Senior managers are furious, according to one councillor who attended the briefing.", cue: "according to",
          source: "one councillor who attended the briefing", kind: .anonymous, anonymous: true),
        .init(
          "The talks were private, according to people familiar with the matter, who asked not to be identified because the deal is not final.",
          cue: "according to",
          source: "people familiar with the matter",
          kind: .anonymous, anonymous: true, reasonGiven: true),
        .init(
          "The plan was dropped, according to a senior aide who was not authorized to discuss it.", cue: "according to",
          source: "a senior aide who was not authorized to discuss it", kind: .anonymous, anonymous: true,
          reasonGiven: true),
        .init(
          "One large investor, speaking on condition of anonymity, said the fund was worried.", cue: "said",
          source: "One large investor", kind: .anonymous, anonymous: true),
        // (Nor one that names or identifies someone: "who identified him as", "who was named".)
        .init(
          "The driver died at the scene, according to police, who identified him as Carl Moss, 52.",
          cue: "according to", source: "police", kind: .organization),
        // (A relative clause that withholds nothing is no part of a source after the cue.)
        .init(
          "The plan was dropped, according to two officials, who said it cost too much.", cue: "according to",
          source: "two officials"),
        // A clause that withholds the source's name keeps its reason, however long.
        .init(
          "A European diplomat who has discussed the talks with Valdoran officials and who asked not to be named because of the sensitivity of the matter said the survey had begun.",
          cue: "said",
          source:
            "A European diplomat who has discussed the talks with Valdoran officials and who asked not to be named because of the sensitivity of the matter",
          kind: .anonymous, anonymous: true, reasonGiven: true),
        .init(
          "Outside his office on Friday, a woman waiting for the M9 bus said he should pay it back.", cue: "said",
          source: "a woman waiting for the M9 bus"),
        .init("That memo warned of a shortfall.", cue: "warned", source: "That memo", kind: .document),
        // "Who" before a subject of its own opens a clause whose subject is the source.
        .init(
          "The man who police say opened fire at the mall was taken into custody.", cue: "say", source: "police",
          kind: .organization),
        // ...but a complement clause is not a modifier.
        .init("The Post reported that Klein said the vote was rigged.", cue: "said", source: "Klein"),
        .init(
          "A supervisor who spoke on condition of anonymity because he feared retaliation said the line was slow.",
          cue: "said", kind: .anonymous, anonymous: true),
        // A description of a name that opens the sentence, whatever word it starts with; one set
        // off by dashes.
        .init(
          "But Lena Ortiz, senior organizer for tenant campaigns at the Harbor Housing Project, said rents had doubled.",
          cue: "said", source: "Lena Ortiz, senior organizer for tenant campaigns at the Harbor Housing Project",
          kind: .person),
        .init(
          "Kall -- co-editor of a book on the primary debates -- said the format matters.", cue: "said",
          source: "Kall -- co-editor of a book on the primary debates"),
        .init(
          "Lena Park, the council's budget chair, told reporters that the plan was dead.", cue: "told",
          source: "Lena Park, the council's budget chair", kind: .person),
        // "which" after a thing from a named body stands for the body.
        .init(
          "The slick was seen in images from the Coastal Survey Office, which cautioned that its source was unknown.",
          cue: "cautioned", kind: .organization),
        // How the outlet reached the people it quotes stays in the subject, "for" as "by".
        .init(
          "Every trader contacted for this article did not return phone calls.", cue: "did not return",
          source: "Every trader contacted for this article", denial: .noResponse),
        // A case's "v." ends no sentence, so the subject before the dashes stays in it.
        .init(
          "Voss -- who has vowed to defend Roe v. Wade -- said only that she would read the bill.", cue: "said",
          source: "Voss -- who has vowed to defend Roe v. Wade", kind: .person),
        // So is a step's noun before people ("a move officials say will save").
        .init(
          "The council will close the pool, a move town officials say will save $40,000 a year.", cue: "say",
          source: "town officials"),
        // A claim's noun with its article before the subject is the object of its verb.
        .init(
          "The pier was \"a waste of money,\" a claim council Democrats scoffed at.", cue: "scoffed at",
          source: "council Democrats", denial: .dismissal),
        // A firm's noun, then its letters or a name that ends in a trade, is a firm.
        .init(
          "The operator, KTRL, said in an announcement that it had received the request only in March.",
          cue: "said", source: "The operator, KTRL", kind: .organization),
        .init(
          "The contractor that built the homes, Al Noor Contracting and Trading, said it had followed the drawings.",
          cue: "said", source: "The contractor that built the homes, Al Noor Contracting and Trading",
          kind: .organization),
        // A given name the word lists know opens a person's name, whatever the appositive says.
        .init(
          "Shawn Steel, the party's committeeman from Bayport, said the visit was a boost.", cue: "said",
          source: "Shawn Steel, the party's committeeman from Bayport", kind: .person),
        // A title in capitals after a word that places the office ("state", "former").
        .init(
          "\"The time has come,\" added state Senate Democratic Leader Dana Ruhl.", cue: "added",
          source: "state Senate Democratic Leader Dana Ruhl", kind: .person),
        // An auxiliary set apart from its verb by a time is no part of the subject; a pronoun with
        // its auxiliary is the whole subject.
        .init(
          "The two unions have in recent years argued that the merger is unlawful.", cue: "argued",
          source: "The two unions"),
        .init("The clerk checked the figure they'd cited to the board.", cue: "cited", source: "they"),
        // A second verb after "and" and its time shares the first verb's subject.
        .init(
          "The mayor denied the affair and over the weekend insisted she had never met the clerk.",
          cue: "insisted", source: "The mayor"),
        // A compound takes the kind of its head: a role and the people around it.
        .init(
          "The Republican nominee and his aides haven't said much about the debate.", cue: "haven't said",
          source: "The Republican nominee and his aides", kind: .person),
        // Two bodies joined by "and" are bodies together, even when one is a bare name.
        .init(
          "The offer was rejected by the committee and the Pentagon.", cue: "was rejected",
          source: "the committee and the Pentagon", kind: .organization),
        // A quantity or a role before "of" or "for" heads the subject.
        .init(
          "A handful of residents in Eastgate said the water smelled.", cue: "said",
          source: "A handful of residents in Eastgate"),
        // A people's plural after a word that counts it is a vague collective, not a name.
        .init("Some Kenyans said the ferry fares were too high.", cue: "said", kind: .vague),
        // So is a fraction of them.
        .init("Three-fourths said the ferry should run all year.", cue: "said", kind: .vague),
        // A share with its sign is a subject as "42 percent" is: those polled, a vague collective.
        .init(
          "Most back the levy, while 42% say the pool should close.", cue: "say", source: "42%", kind: .vague),
        .init(
          "In Bayport, about 61% of renters said the rent was too high.", cue: "said",
          source: "about 61% of renters", kind: .vague),
        // A proportion is one subject, with what it is qualified by; so is "both".
        .init("About 4 in 10 say the city is on the wrong track.", cue: "say", source: "About 4 in 10"),
        .init("Both Ruiz and Hale said the vote was fair.", cue: "said", source: "Both Ruiz and Hale"),
        .init(
          "Nearly eight of 10 voters said the economy mattered most.", cue: "said", source: "Nearly eight of 10 voters"),
        // Coordinated nouns and quantities are one subject.
        .init(
          "Federal and state officials said the two men raised $350 million.", cue: "said",
          source: "Federal and state officials", kind: .anonymous),
        .init(
          "Regulators and environmental groups warned that the cleanup would stall.", cue: "warned",
          source: "Regulators and environmental groups"),
        .init(
          "Barely 52 percent of registered voters said that the state was on the right track.", cue: "said",
          source: "Barely 52 percent of registered voters"),
        .init(
          "A group of doctors wrote that the drug was unsafe.", cue: "wrote",
          source: "A group of doctors"),
        // A participial or relative clause between commas is part of the span, as in PolNeAR.
        .init(
          "The memo, released Friday, says the agency missed its targets.", cue: "says",
          source: "The memo", kind: .document),
        .init(
          "Schiff, 56, who has served on the committee for a decade, told reporters it was over.", cue: "told",
          source: "Schiff, 56, who has served on the committee for a decade", kind: .person),
        // A description that opens the sentence and the name after it, with the name's own appositive.
        .init(
          "The store's owner, Wendell Harker, 71, could not be reached for comment.", cue: "could not be reached",
          source: "The store's owner, Wendell Harker, 71", kind: .person, denial: .noResponse),
        // An age: the name is the source.
        .init("Ada Moss, 71, told me the mill closed in 1990.", cue: "told", source: "Ada Moss, 71", kind: .person),
        // A newspaper the outlets list does not know is still an outlet, here through "which".
        .init(
          "According to the Dunmore Gazette, which first reported the sale, the mill will close.",
          cue: "first reported", source: "which", kind: .outlet),
        // An aside on how the source spoke is no part of the source's phrase, and a place's state
        // after its comma does not open the aside.
        .init(
          "Trump, speaking at a rally in Wilmington, N.C., said the count was rigged.", cue: "said", source: "Trump",
          kind: .person),
        .init("Afolabi, reached by phone, said the day shift was safe.", cue: "said", source: "Afolabi"),
        // (Nor inside an appositive, where the place and its state describe the noun after them.)
        .init(
          "North Fork Forest Watch, a Tolliver, Wash., conservation group, argued that the sale would log old growth.",
          cue: "argued", source: "North Fork Forest Watch, a Tolliver, Wash., conservation group", kind: .organization),
        .init(
          "The Taoiseach, Eoin Madigan, argued that the scheme would work.", cue: "argued",
          source: "The Taoiseach, Eoin Madigan", kind: .person),
        // Where the person is from or works describes them.
        .init(
          "Johnnie Wilson, of Springfield, Va., said the museum was long overdue.", cue: "said",
          source: "Johnnie Wilson, of Springfield, Va."),
        .init(
          "Mr. Mahaney, of RBC Capital Markets, said the stock was cheap.", cue: "said",
          source: "Mr. Mahaney, of RBC Capital Markets"),
        .init(
          "Salceda, citing data from the State Department, said visa approvals were down.", cue: "said",
          source: "Salceda"),
        // A relative pronoun stands for the phrase before it.
        .init(
          "The county sheriff's office, which reported 40 arrests, gave no names.", cue: "reported", source: "which",
          kind: .organization),
        // A hyphenated rank keeps its period, and a short parenthesis stays with the name.
        .init(
          "The Chief of Army Staff, Lt-Gen. Musa Bello (rtd), said the troops would stay.", cue: "said",
          source: "The Chief of Army Staff, Lt-Gen. Musa Bello (rtd)", kind: .person),
        // An occasion that opens the sentence is no part of the name before an appositive.
        .init(
          "In an interview with the Morning Ledger on Sunday, the finance commissioner, Dr Ada Ike, said the state owed nothing.",
          cue: "said", source: "the finance commissioner, Dr Ada Ike"),
        // A statement's signer between commas: the body before the aside speaks.
        .init(
          "The state health ministry, in a statement signed by its spokesperson, Mr Kola Ade, urged residents to remain calm.",
          cue: "urged", source: "The state health ministry", kind: .organization),
        // An honorific before the name makes it a person's, whatever capitals end the description.
        .init(
          "The company's Head of Corporate Communications, Mrs Ada Nwosu, confirmed the closure.", cue: "confirmed",
          kind: .person),
        // An aside after the name: the description that opens the sentence still leads.
        .init(
          "The Commissioner for Security, Brig-Gen. Yusuf Maigari (rtd), however, dismissed the criticism as noise.",
          cue: "dismissed", source: "The Commissioner for Security, Brig-Gen. Yusuf Maigari (rtd)", denial: .dismissal),
        // An aside that "while" opens.
        .init(
          "The minister, while addressing a press conference, maintained that prices would fall.", cue: "maintained",
          source: "The minister"),
        // "head" and "chief" are one person's roles.
        .init(
          "Ruth Ambler, head of the Northfield Renters Union, said the plan fell short.", cue: "said",
          source: "Ruth Ambler, head of the Northfield Renters Union", kind: .person),
        .init(
          "The head of the state's largest grain cooperative said prices had collapsed.", cue: "said", kind: .person),
        // A role right before its "for", "with" or "at", without an article.
        .init(
          "\"It is not settled,\" Ines Marlow, spokesperson for the Tenants' Alliance of Dunmore, said in a statement.",
          cue: "said", source: "Ines Marlow, spokesperson for the Tenants' Alliance of Dunmore", kind: .person),
        .init(
          "\"The portal does not work,\" Omar Reyes, senior fellow with the Kestler Institute for Housing, told reporters.",
          cue: "told", source: "Omar Reyes, senior fellow with the Kestler Institute for Housing", kind: .person),
        .init(
          "The county court, for the most part, said that the council's fees were lawful.", cue: "said",
          source: "The county court", kind: .organization),
        // A quoted title at the end of the appositive is no quotation the source follows.
        .init(
          "Dana Ruiz, author of \"The Quiet Harbor,\" told the Ledger that the book took a decade.", cue: "told",
          source: "Dana Ruiz, author of \"The Quiet Harbor,\"", kind: .person),
        // A time between the appositive's comma and the cue; a member's state after the party.
        .init(
          "Dan Ruiz, pollster for the campaign, on Monday downplayed the numbers.", cue: "downplayed",
          source: "Dan Ruiz, pollster for the campaign", kind: .person),
        .init(
          "Sen. Ann Voss (R) of Ohio asked whether the plan was ready.", cue: "asked",
          source: "Sen. Ann Voss (R) of Ohio", kind: .person),
        // A participle after its adverb, a relative pronoun with its verb written on, and an
        // adjective's aside on the subject's mood (left out, as other asides are).
        .init(
          "Voss, widely regarded as the party's most moderate member, said the bill was vital.", cue: "said",
          source: "Voss, widely regarded as the party's most moderate member", kind: .person),
        .init(
          "The senator, who's running for governor, told reporters he was not worried.", cue: "told",
          source: "The senator, who's running for governor", kind: .person),
        .init(
          "Harbor board members, wary of another delay, said the dredging must start.", cue: "said",
          source: "Harbor board members"),
        .init(
          "Rep. Ann Lee, among the handful of Democrats who backed the bid, said the effort failed.", cue: "said",
          source: "Rep. Ann Lee, among the handful of Democrats who backed the bid", kind: .person),
        // A role without an article after the name, then a relative clause about the body.
        .init(
          "Headline\n\n\"It goes too far,\" Mara Quist, senior adviser for Families for Safe Streets, which opposed the law, told the Ledger.",
          cue: "told", source: "Mara Quist, senior adviser for Families for Safe Streets, which opposed the law",
          kind: .person,
          anonymous: false),
        // An aside after a comma says more about what the phrase before it names, not what kind of
        // source that is: not the numbers of people a firm employs, nor a firm it pays; but "which"
        // still tells a body from a person, and an aside that withholds a name makes the source
        // anonymous.
        .init(
          "Headline\n\nThe cider mill, which has grown from three staff to 40 since 2019, says it needs a bigger hall.",
          cue: "says", source: "The cider mill, which has grown from three staff to 40 since 2019", kind: .organization),
        .init(
          "Headline\n\nThe parish council, which pays Norrvik Buss about 90,000 euros a year, said it would review the route.",
          cue: "said", kind: .organization),
        .init(
          "Headline\n\nThe objection, lodged with the planning board on 4 May, says the hall would block the view.",
          cue: "says", source: "The objection", kind: .document),
        .init(
          "Headline\n\nNgāti Harawira, which holds customary rights over the estuary, argued that the consent was rushed.",
          cue: "argued", kind: .organization),
        .init(
          "Headline\n\nA deckhand, who asked not to be named because he hopes to work on the boats again, said the crews were exhausted.",
          cue: "said", kind: .anonymous, anonymous: true),
        // Not the day after a participle, but the ones it describes.
        .init(
          "Headline\n\nWorkers gathered outside the depot gate on Wednesday said they had not been paid.",
          cue: "said", source: "Workers gathered outside the depot gate on Wednesday", kind: .vague),
        // A party and ward in parentheses, with a comma of their own, after an appositive name.
        .init(
          "Headline\n\nThe council's leader, Cllr Ruth Penhale (Lib Dem, Bodmin West), denied there were any plans to sell the hall.",
          cue: "denied", source: "The council's leader, Cllr Ruth Penhale (Lib Dem, Bodmin West)", kind: .person,
          denial: .denial),
        // A body's noun, then what it does: the body speaks, not the ones it represents.
        .init(
          "Headline\n\nThe union representing Halvik Metro bus drivers says 20 jobs could go.", cue: "says",
          source: "The union representing Halvik Metro bus drivers", kind: .organization),
        // A role that an "-ing" word opens is no aside.
        .init(
          "Headline\n\nThabo Mokoena, managing director of Lesedi Ambulance Services, told the Ledger that the "
            + "province owed the company R12 million.",
          cue: "told", source: "Thabo Mokoena, managing director of Lesedi Ambulance Services", kind: .person),
        // How far away a place lies is an aside, left out, "about" so far too.
        .init(
          "Headline\n\nChief Ana Toko of Raviri village, about 30 kilometres south of town, said the road was cut.",
          cue: "said", source: "Chief Ana Toko of Raviri village", kind: .person),
      ],
      nonTriggering: [

        // An adjective after an article; a headline's last word.
        .init("Among the guests was Ana Pell, a noted archaeologist.", cue: "noted"),
        .init("Headline\n\nThe county's tuition plan, explained\n\nThe program pays for classes.", cue: "explained"),
      ]),
    AttributionRule(
      name: "told a recipient",
      triggering: [
        .init(
          "Two people familiar with the matter told the Herald that the deal had collapsed.", cue: "told",
          source: "Two people familiar with the matter", kind: .anonymous, anonymous: true)
      ],
      nonTriggering: []),
    AttributionRule(
      name: "according to",
      triggering: [
        // Figures a body handed over are a document, whoever handed them over.
        .init(
          "Headline\n\nCrashes sent 61 people to the ER last winter, according to figures the hospital gave the township.",
          cue: "according to", source: "figures the hospital gave the township", kind: .document),
        // A news site by its address is an outlet.
        .init(
          "Headline\n\nThe mill will close in March, according to Harborwatch.com.", cue: "according to",
          source: "Harborwatch.com", kind: .outlet),
        // Unnamed people and who they are, before the comma of an opening citation.
        .init(
          "Headline\n\nAccording to two people who attended a meeting at the ministry in May, the two directors argued about the fees.",
          cue: "According to", source: "two people who attended a meeting at the ministry in May"),
        // A list of documents.
        .init(
          "Headline\n\nFour inmates died last year, according to autopsy reports, jail logs and incident reports obtained by the Ledger.",
          cue: "according to", source: "autopsy reports, jail logs and incident reports obtained by the Ledger",
          kind: .document),
        // An outlet whose name holds a hyphen is in the outlet list too.
        .init(
          "Headline\n\nThe ferry had left an hour late, according to Agence France-Presse.", cue: "according to",
          source: "Agence France-Presse", kind: .outlet),
        // A document's participle, with where or by whom, stays in the document's phrase.
        .init(
          "Headline\n\nAccording to minutes of the meeting posted online by the parish clerk, the vote was tied.",
          cue: "According to", source: "minutes of the meeting posted online by the parish clerk", kind: .document),
        // Where an outlet is based is no part of its name.
        .init(
          "Headline\n\nAccording to a report by the Velmora-based Harrowgate Star, the senator will defect.",
          cue: "According to", source: "a report by the Velmora-based Harrowgate Star", kind: .outlet),
        // Figures the publisher compiled are its own.
        .init(
          "Headline\n\nPrices rose 4 per cent in May, according to pricing data compiled by The Harbor Ledger.",
          cue: "according to", source: "pricing data compiled by The Harbor Ledger", kind: .self),
        // A description after the source that a name follows opens the clause.
        .init(
          "Headline\n\nAccording to the Lottery Board, the grantee, Mossgiel Trust, has spent the money twice.",
          cue: "According to", source: "the Lottery Board", kind: .organization),
        // A participle before a document's noun, a superlative's “most” and a price list keep a document.
        .init(
          "Headline\n\nReserves fell by a third, according to the hospice's last audited accounts.",
          cue: "according to", source: "the hospice's last audited accounts", kind: .document),
        .init(
          "Headline\n\nThe co-operative's most recently audited accounts show that its debts rose.", cue: "show",
          source: "The co-operative's most recently audited accounts", kind: .document),
        .init(
          "Headline\n\nAccording to the revised price list, a cabin will cost more.", cue: "According to",
          source: "the revised price list", kind: .document),
        // A role, then the name that closes the sentence.
        .init(
          "Headline\n\nThe levy will rise in May, according to the guild's finance director, Ona Brice.",
          cue: "according to", source: "the guild's finance director, Ona Brice", kind: .person),
        // A document's participle keeps its time and its maker, up to the comma.
        .init(
          "The yard must close by August, according to a zoning order issued in May by the county.",
          cue: "according to", source: "a zoning order issued in May by the county", kind: .document),
        // What a finding rests on is not its source.
        .init(
          "Ferry fares would rise by a fifth, according to Ledger estimates based on timetable data.",
          cue: "according to", source: "Ledger estimates"),
        // A name's short form in parentheses stays with it (PolNeAR keeps 12 of 13).
        .init(
          "The fund lost money, according to the Office of Budget Review (OBR), which audits it.",
          cue: "according to", source: "the Office of Budget Review (OBR)", kind: .organization),
        // A demonstrative after the phrase's preposition, and whom interviews were with.
        .init(
          "According to the minutes of that meeting, council deferred the work.", cue: "According to",
          source: "the minutes of that meeting", kind: .document),
        .init(
          "The fund moved $38 million, according to filings and interviews with current and former pastors.",
          cue: "according to", source: "filings and interviews with current and former pastors"),
        // A Canadian corporal's title keeps its period.
        .init(
          "Nothing was taken, according to Cpl. Renée Dusablon, a spokesperson for the detachment.",
          cue: "according to", source: "Cpl. Renée Dusablon, a spokesperson for the detachment", kind: .person),
        .init(
          "According to The Wall Street Journal, the talks stalled.", cue: "According to",
          source: "The Wall Street Journal", kind: .outlet),
        // Outlets beyond the American ones: a sports site, an Indian daily, a wire agency.
        .init(
          "The fee is £45m, according to The Athletic.", cue: "according to", source: "The Athletic", kind: .outlet),
        .init(
          "According to The Hindu, the file was returned twice.", cue: "According to", source: "The Hindu",
          kind: .outlet),
        // An appositive's relative clause describes the source; an event's does not.
        .init(
          "Traffic peaked at noon, according to RoadPulse, a service that tracks congestion.", cue: "according to",
          source: "RoadPulse, a service that tracks congestion", kind: .organization),
        .init(
          "The plant will close in May, according to a report by the state auditor.", cue: "according to",
          source: "a report by the state auditor", kind: .document),
        // At the end of a clause the phrase runs on to the comma, past a participle or a slash.
        .init(
          "The plant will close, according to three people briefed on the talks, and 40 jobs will go.",
          cue: "according to", source: "three people briefed on the talks"),
        .init(
          "The race is tied, according to a Ledger/WBPT poll released Friday.", cue: "according to",
          source: "a Ledger/WBPT poll released Friday"),
        .init(
          "The talks stalled, according to people familiar with the negotiations.", cue: "according to",
          source: "people familiar with the negotiations", kind: .anonymous, anonymous: true),
        // A relative clause that qualifies the unnamed, and a document's participle, run on too; a
        // rank makes an unnamed officer anonymous.
        .init(
          "The protest runs to 90 pages, according to two people who have read it.", cue: "according to",
          source: "two people who have read it", kind: .anonymous, anonymous: true),
        .init(
          "Brightwater protested the award, according to a notice posted Monday by the Government Accountability Office.",
          cue: "according to", source: "a notice posted Monday by the Government Accountability Office",
          kind: .document),
        // An object pronoun resolves as its subject form does.
        .init(
          "Police spokesman Ade Okon said the suspect fled. According to him, three men were held at a checkpoint.",
          cue: "According to", source: "him", kind: .person),
        .init(
          "According to a report released Thursday by the state auditor, the agency overspent.", cue: "According to",
          source: "a report released Thursday by the state auditor", kind: .document),
        .init(
          "Per league sources, the deal is worth $40 million over four years.", cue: "Per", source: "league sources",
          kind: .anonymous, anonymous: true),
        .init(
          "Crime fell last year, according to new federal data from more than 270 cities.", cue: "according to",
          source: "new federal data from more than 270 cities", kind: .document),
        .init(
          "The gang used 200 mule accounts, according to a senior officer of the Cyber Crime wing.",
          cue: "according to", source: "a senior officer of the Cyber Crime wing", kind: .anonymous, anonymous: true),
        .init(
          "In the words of one trader at the market, \"We are finished.\"", cue: "In the words of",
          source: "one trader at the market"),
        // A document's acronym.
        .init("According to the FIR, the suspect opened fire on the guard.", cue: "According to", kind: .document),
        .init("According to TMZ, the couple filed for divorce last week.", cue: "According to", kind: .outlet),
        // A document's noun before a participle and its agent, or after a possessive and a participle.
        .init(
          "The fungus helps wheat hold water, according to a study led by researchers in the Department of Plant Sciences.",
          cue: "according to", kind: .document),
        .init(
          "The company has filed 14 notices, according to a tally kept by fans on the game's wiki.",
          cue: "according to",
          kind: .document),
        .init(
          "The patch is the last one, according to the studio's published roadmap.", cue: "according to",
          kind: .document),
        // An appositive closed by its second comma, after a name that opens the sentence.
        .init(
          "According to Dana Whitlock, the board's chair, the flood was a warning.", cue: "According to",
          source: "Dana Whitlock, the board's chair", kind: .person),
        .init(
          "Per figures from the booking service SeatHaven, the tour sold 9,000 seats.", cue: "Per",
          source: "figures from the booking service SeatHaven", kind: .document),
        .init("Per SpinCount data, the album drew 41 million plays.", cue: "Per", source: "SpinCount data"),
        // An estimate is a document; a month after a possessive is no auxiliary ending the phrase.
        .init(
          "The tunnel could cost 2.4 billion kroner, according to a revised estimate from the roads agency.",
          cue: "according to", kind: .document),
        // Who saw a document, named without "the", stays with it.
        .init(
          "According to tender documents Vestkyst Avis has seen, Havbris scored lowest on quality.",
          cue: "According to", source: "tender documents Vestkyst Avis has seen", kind: .document),
        .init(
          "According to the minutes of the association's May board meeting, the contractor withdrew.",
          cue: "According to", source: "the minutes of the association's May board meeting", kind: .document),
      ],
      nonTriggering: [
        // A first name.
        .init("Museum director Per Hallström said the grant had ended.", cue: "Per"),
        .init("Solvika's managing director, Per Kristian Gjerde, could not be reached.", cue: "Per"),
        .init("Headline\n\nThe firm pays a bonus of $500 per employee this year.", cue: "per"),
        .init("Spot rates rose by $400 per FEU in a week.", cue: "per"),
        .init("Fees rose 4 percent per year.", cue: "per"),
      ]),
    AttributionRule(
      name: "a poll that opens the sentence",
      triggering: [
        .init(
          "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.",
          cue: "In", source: "an NBC News/Wall Street Journal poll released Monday", kind: .outlet),
        .init(
          "In a statewide survey of 800 voters, most said the tax should go.", cue: "In",
          source: "a statewide survey of 800 voters", kind: .document),
        .init(
          "In the most recent of the Ledger's polls, conducted last month, he trailed by 3 points.", cue: "In",
          source: "the most recent of the Ledger's polls"),
        .init("In that survey, Pew asked about screen time.", cue: "In", source: "that survey"),
      ],
      nonTriggering: [
        // A statement or an interview is the channel of the verb that follows, not a source.
        .init("In a statement, the senator said the vote would go ahead.", cue: "In"),
        // A poll word after a preposition is not what the phrase is.
        .init("In addition to several straw poll victories, he won the most delegates.", cue: "In"),
        .init("In the run-up to the poll, both parties spent heavily.", cue: "In"),
        .init("In a council that has sunk to new lows in the polls, the row could only hurt.", cue: "In"),
      ]),
    AttributionRule(
      name: "channels",
      triggering: [
        .init(
          "In an email to the Ledger, the firm said it followed the law.", cue: "said", source: "the firm",
          kind: .organization, channel: "email"),
        .init(
          "The senator said in a statement that she would vote no.", cue: "said", source: "The senator", kind: .person,
          channel: "statement"),
        .init(
          "Ruiz wrote in a post on X that the vote was rigged.", cue: "wrote", source: "Ruiz", kind: .person,
          channel: "post"),
        .init(
          "In an interview, the coach said the team was tired.", cue: "said", source: "the coach", channel: "interview"),
        .init(
          "Dana Lee said in a text message that the vote was delayed.", cue: "said", source: "Dana Lee",
          channel: "text message"),
      ],
      nonTriggering: []),
    AttributionRule(
      name: "denials",
      triggering: [
        // A falsehood someone is charged with is no denial; saying one did not tell it is.
        .init(
          "Headline\n\nThe source noted that the aide is being charged for making false statements to investigators.",
          cue: "noted", source: "The source"),
        .init(
          "Headline\n\nHis lawyers say he did not intentionally give false information to investigators.", cue: "say",
          source: "His lawyers", denial: .denial),
        // Objections called names are belittled.
        .init(
          "Headline\n\nHe called the objections \"a campaign against anyone who wants to invest.\"", cue: "called",
          source: "He", denial: .dismissal),
        // A rebutted post makes its own claim; a quoted label may come before the claim; an audit
        // rejected is denied.
        .init(
          "Headline\n\nIn the same release, the authority dismissed a social media post claiming the ward would close.",
          cue: "dismissed", source: "the authority", denial: .dismissal),
        .init(
          "Headline\n\nIn the same release, the authority dismissed a social media post claiming the ward would close.",
          cue: "claiming", source: "a social media post", kind: .document),
        .init(
          "Headline\n\nThe Ministry of Transport dismissed as \"misinformation\" reports that the plate contract had not been bid.",
          cue: "dismissed", source: "The Ministry of Transport", denial: .dismissal),
        .init(
          "Headline\n\nIn a statement issued Tuesday, the company rejected the audit, saying all royalties had been paid.",
          cue: "rejected", source: "the company", denial: .denial),
        // "lie" of place is no falsehood; a person who would lie still speaks of one.
        .init(
          "Headline\n\nFisheries biologists say the river's main spawning gravels lie within three miles of the nearest tract.",
          cue: "say", source: "Fisheries biologists"),
        .init(
          "Headline\n\nThe mayor said the problem lies in the design of the weir, not in its upkeep.", cue: "said",
          source: "The mayor"),
        .init(
          "Headline\n\nThe mayor said the auditors would lie under oath to keep their jobs.", cue: "said",
          source: "The mayor", denial: .denial),
        // "Categorically" and "flatly" deny only with what they qualify.
        .init(
          "Headline\n\nThe port is the town's lifeline, the mayor said, but its owners are categorically opposed to a sale.",
          cue: "said", source: "the mayor"),
        .init(
          "Headline\n\n“The council will not vote on it,” the leader said flatly at her weekly briefing.", cue: "said",
          source: "the leader"),
        .init(
          "Headline\n\nThe mayor said the claim was categorically untrue.", cue: "said", source: "The mayor",
          denial: .denial),
        // Talk of a thing called speculation is dismissed.
        .init(
          "Headline\n\nThe finance director called talk of a restructuring \"speculation.\"", cue: "called",
          source: "The finance director", denial: .dismissal),
        // A refusal to judge, with nothing after it.
        .init("Headline\n\n“It’s too early to say,” the harbour master said.", cue: "said", denial: .noComment),
        .init(
          "Headline\n\nThe harbour master said it was too early to say whether the crane had failed.", cue: "said",
          denial: nil),
        // A denial in a clause of its own after ", but" is that clause's cue's, not the first one's.
        .init(
          "Headline\n\nThe director told the Courier that the firm respected the review, but he rejected the finding on costs.",
          cue: "told", source: "The director", denial: nil),
        .init(
          "Headline\n\nThe director told the Courier that the firm respected the review, but he rejected the finding on costs.",
          cue: "rejected", source: "he", denial: .denial),
        // Terming a charge a witch-hunt belittles it.
        .init(
          "Headline\n\nHis lawyer termed the searches 'a witch-hunt engineered by a rival builders' lobby'.",
          cue: "termed", source: "His lawyer", denial: .dismissal),
        // Dismissed as something after an aside about what was dismissed.
        .init(
          "Headline\n\nThe provost dismissed a petition from the graduate union, signed by 900 students, as \"theatre.\"",
          cue: "dismissed", source: "The provost", kind: .person, denial: .dismissal),
        .init(
          "Headline\n\nThe boatyard denied the claims. \"Nothing was ever shredded,\" a spokeswoman said.", cue: "said",
          source: "a spokeswoman", denial: .denial),
        // Another speaker's flat negation right after a denial is no denial of its own.
        .init(
          "Headline\n\nThe landlord denied the allegations. No one was hurt in the blaze, the fire brigade said.",
          cue: "said", source: "the fire brigade"),
        // What the denier says or tells next carries the denial on, flat negation or not; another
        // speaker's words do not, nor the denier's second sentence after it.
        .init(
          "Headline\n\nMayor Ilse Brandt rejected that account. \"Every councillor had the figures in June,\" she told the Courier.",
          cue: "told", source: "she", denial: .denial),
        .init(
          "Headline\n\nThe ferry company disputed the union's figures. A spokeswoman wrote in an email that crews had been paid for every shift.",
          cue: "wrote", source: "A spokeswoman", denial: .denial),
        .init(
          "Headline\n\nThe landlord denied the report. \"The building is safe to enter,\" the fire chief told the Courier.",
          cue: "told", source: "the fire chief"),
        .init(
          "Headline\n\nMayor Ilse Brandt rejected that account. \"Every councillor had the figures in June,\" she told the Courier. She said the vote would go ahead in May.",
          cue: "said", source: "She"),
        // A flat label in the source's words, and a memory denied.
        .init(
          "Headline\n\nThe quarry owner called the figures \"simply wrong.\"", cue: "called",
          source: "The quarry owner",
          denial: .denial),
        .init(
          "Headline\n\nThe harbour trust said it had \"no recollection of any such request.\"", cue: "said",
          source: "The harbour trust", denial: .denial),
        // A flat negation that opens the words right after a denial carries it on; not after a
        // denial that is negated.
        .init(
          "Headline\n\nThe ferry operator denied the claims. \"Nobody on our crews has ever skipped a safety drill,\" its manager, Ivo Sandel, said.",
          cue: "said", source: "its manager, Ivo Sandel", denial: .denial),
        .init(
          "Headline\n\nCouncillor Ada Brun did not deny the meeting took place. \"No minutes were taken,\" she said.",
          cue: "said", source: "she"),
        // ("denied he had", "denied the ferry would", "denied the board intended to": a clause
        // whose subject a pronoun opens or an auxiliary or a past before "to" closes.)
        .init("At the hearing the driver denied he ran the red light.", cue: "denied", denial: .denial),
        .init("Ministers denied the levy would rise again.", cue: "denied", denial: .denial),
        .init("The warden denied the trust intended to fell the oaks.", cue: "denied", denial: .denial),
        // (Nor an object with a clause of its own.)
        .init("The club dismissed the coach the board had hired in June.", cue: "dismissed", denial: nil),
        // (Not a proposal's clause.)
        .init(
          "Their clerk said the vote had been taken and the mayor rejected the motion she hoped to table.",
          cue: "rejected", denial: nil),
        // (A lawyer speaks for the client who denies.)
        .init(
          "Counsel for the developer told the tribunal that their clients dispute every finding of the inspector.",
          cue: "told", denial: .denial),
        .init(
          "The mill disputes the tally's accuracy.", cue: "disputes", source: "The mill", denial: .denial),
        // "laughed off" a claim dismisses it; "lashed out at" someone is a cue, no dismissal by itself.
        .init("The novelist laughed off the rumour that she had retired.", cue: "laughed off", denial: .dismissal),
        .init(
          "The mayor lashed out at the auditors over the timing of their visit.", cue: "lashed out at",
          source: "The mayor", denial: nil),
        .init(
          "The harbourmaster called the senator's complaint \"grandstanding for the cameras.\"", cue: "called",
          denial: .dismissal),
        .init(
          "The club's lawyer termed the photograph \"doctored\" and asked for its removal.", cue: "termed",
          denial: .denial),
        // A proposal refused is no claim denied.
        .init("Shareholders rejected the buyout offer as \"far too low.\"", cue: "rejected"),
        // A dismissal's "describing" goes on with it.
        .init(
          "The club dismissed the transfer rumours, describing them as fiction.", cue: "describing",
          denial: .dismissal),
        .init("The governor denied the allegations.", cue: "denied", source: "The governor", denial: .denial),
        .init("Sen. Hale denied doing anything wrong.", cue: "denied", source: "Sen. Hale", denial: .denial),
        // The quotation before a cue is what was said, even when a channel follows the cue.
        .init(
          "\"That is simply not true,\" Dana Ruiz said in an interview.", cue: "said", source: "Dana Ruiz",
          denial: .denial, channel: "interview"),
        // What a source told a recipient, with nothing after but the recipient, stands before the cue.
        .init(
          "\"I did nothing wrong,\" Smith told reporters outside the courthouse.", cue: "told", source: "Smith",
          denial: .denial),
        // Calling a charge something is belittling it.
        .init(
          "Her attorney called the allegations \"a fishing expedition.\"", cue: "called", source: "Her attorney",
          denial: .dismissal),
        .init(
          "She called the \"birthing desert\" label \"a slogan, not an analysis.\"", cue: "called", source: "She",
          denial: .dismissal),
        // Calling someone or something a thing labels it, even after a name or "it" ("a group
        // called Color of Change" only names, and "called it a day" is an idiom).
        .init("One of the doctors called Oz a quack.", cue: "called", source: "One of the doctors"),
        .init("The senator called it a disgrace.", cue: "called", source: "The senator"),
        // The charge must be the object itself, not a word in a clause after it.
        .init("Ortiz called the decision to end the investigation \"a relief.\"", cue: "called", source: "Ortiz"),
        // Dismissing needs a claim too: not "dismissed 40 workers".
        .init(
          "The senator dismissed the report as a partisan smear.", cue: "dismissed", source: "The senator",
          denial: .dismissal),
        .init(
          "The senator dismissed it out of hand.", cue: "dismissed", source: "The senator", denial: .dismissal),
        .init(
          "Minyon Moore called Mr. Obama's remarks \"a true wake-up call.\"", cue: "called", source: "Minyon Moore"),
        .init(
          "The senator called for an investigation into the allegations.", cue: "called", source: "The senator"),
        .init(
          "The campaign dismissed the former aide as a disgruntled employee.", cue: "dismissed",
          source: "The campaign", denial: .dismissal),
        // The "as" may stand well after the verb, behind a long object.
        .init(
          "The council dismissed the call for a drilling pause as \"alarmist nonsense.\"", cue: "dismissed",
          source: "The council", denial: .dismissal),
        // A prosecution, an indictment or a case against oneself is a charge too.
        .init(
          "Defense attorney Rosa Achter called the prosecution \"a political vendetta.\"", cue: "called",
          source: "Defense attorney Rosa Achter", denial: .dismissal),
        .init(
          "The company dismissed 40 workers at its Delmont plant as part of the cuts.", cue: "dismissed",
          source: "The company"),
        .init(
          "Pike dismissed the subpoenas as part of a witch hunt.", cue: "dismissed", source: "Pike",
          denial: .dismissal),
        // A claim may be a clause without "that".
        .init("The department denied the bridge was unsafe.", cue: "denied", source: "The department", denial: .denial),
        // The saying that goes on with a denial verb says what the denier holds instead: a denial
        // too...
        .init(
          "The company disputed the inspectors' findings, saying its drivers had followed every rule.",
          cue: "saying", source: "The company", denial: .denial),
        // ...but a saying after a plain one is no denial.
        .init(
          "The mayor said the budget was balanced, adding that no layoffs were planned.", cue: "adding",
          source: "The mayor"),
        .init("The court rejected the request for a delay.", cue: "rejected", source: "The court"),
        .init("Ruiz called the report \"categorically false.\"", cue: "called", source: "Ruiz", denial: .denial),
        .init(
          "The company dismissed the story as a witch hunt.", cue: "dismissed", source: "The company",
          denial: .dismissal),
        .init(
          "A spokesman said the article was \"fake news.\"", cue: "said", source: "A spokesman", kind: .organization,
          denial: .dismissal),
        // Calling a thing fake, or a lie, denies it; calling numbers "fantasy math" attacks them.
        .init(
          "Kallas called the clip \"fake, one hundred percent fake.\"", cue: "called", source: "Kallas", denial: .denial
        ),
        .init("Ruiz called the budget \"fantasy math.\"", cue: "called", source: "Ruiz"),
        .init("Obama called Burma a \"good news story.\"", cue: "called", source: "Obama"),
        // A charge belittled in words of the trade ("a fairy tale", "a fishing expedition",
        // "baseless": groundless, which attacks the claim without a flat denial).
        .init(
          "The owner called the zoning appeal \"a fairy tale told by rivals.\"", cue: "called", source: "The owner",
          denial: .dismissal),
        .init(
          "The agency called the accusation \"baseless.\"", cue: "called", source: "The agency", denial: .dismissal),
        .init("The chairman called the motion to a vote shortly after 9 p.m.", cue: "called", source: "The chairman"),
        // Words that dismiss what a source calls by them, and only then.
        .init(
          "Cascara called the review's conclusions \"speculative\" in a statement.", cue: "called", source: "Cascara",
          denial: .dismissal),
        .init(
          "The economist said the forecast was speculative because data were missing.", cue: "said",
          source: "The economist"),
        .init("Smith said frivolous lawsuits cost small businesses billions.", cue: "said", source: "Smith"),
        .init(
          "\"Dorian has never knowingly taken a banned substance,\" his agent said.", cue: "said", source: "his agent",
          denial: .denial),
        .init("The pilot said the stunt had gone wrong at the last second.", cue: "said", source: "The pilot"),
        .init("Police said a stunt driver was injured on the set.", cue: "said", source: "Police", kind: .organization),
        .init(
          "The boy is believed to have drowned, police said.", cue: "said", source: "police", kind: .organization),
        // Scoffing at what was said of oneself dismisses it; critics scoffing at another's words
        // answer no charge against themselves.
        .init("The mayor scoffed at the report.", cue: "scoffed at", source: "The mayor", denial: .dismissal),
        .init(
          "Critics of the administration scoffed at that statement.", cue: "scoffed at",
          source: "Critics of the administration", kind: .vague),
        .init(
          "The mayor called the petition \"a welcome sign of civic engagement.\"", cue: "called", source: "The mayor"),
        .init(
          "Marlowe brushed off the group as \"a few loud voices who don't buy tickets.\"", cue: "brushed off",
          source: "Marlowe", denial: .dismissal),
        .init("The centre rejected the critique.", cue: "rejected", source: "The centre", denial: .denial),
        .init("The lender rejected the regulator's figures.", cue: "rejected", source: "The lender", denial: .denial),
        // The claim may stand before the verb, with the words that deny it after "as".
        .init(
          "The minister rejected as \"simply untrue\" the claim that her delegation walked out.", cue: "rejected",
          source: "The minister", denial: .denial),
        .init(
          "Valmar walked away from a fair offer, a claim the foreign minister rejected as \"simply untrue.\"",
          cue: "rejected", source: "the foreign minister", denial: .denial),
        .init(
          "The council rejected as too costly a plan to widen the bridge.", cue: "rejected", source: "The council"),
        // A contact clause after the charge: its subject is the source.
        .init(
          "The club's account was a version of events Oduya flatly denied.", cue: "flatly denied", source: "Oduya",
          denial: .denial),
        .init(
          "Pruitt called the account \"gossip from people who haven't been in the building.\"", cue: "called",
          source: "Pruitt", denial: .dismissal),
        .init(
          "Her lawyer called the board's findings \"the first honest account\" of the shooting.", cue: "called",
          source: "Her lawyer"),
        .init(
          "\"It isn't real,\" the coach said.", cue: "said", source: "the coach", denial: .denial),
        // Describing a charge as something is calling it so.
        .init(
          "She described reports to the contrary as \"wishful thinking dressed up as news.\"", cue: "described",
          source: "She", denial: .dismissal),
        // Evidence called picked or stripped of its context is dismissed, not denied.
        .init(
          "The mayor's spokesman said the emails were \"cherry-picked\" and \"stripped of context.\"", cue: "said",
          source: "The mayor's spokesman", denial: .dismissal),
        .init(
          "The coach called the suggestion of a feud \"a reach.\"", cue: "called", source: "The coach",
          denial: .dismissal),
        .init(
          "He called the retraction \"an overreaction driven by internet sleuths.\"", cue: "called", source: "He",
          denial: .dismissal),
        .init(
          "Zipply said in a statement that it \"strongly disputes\" the lawsuit's claims.", cue: "said",
          source: "Zipply", denial: .denial),
        // A denial in the source's own words, inside what it said.
        .init(
          "Halcyn said in a statement that it had settled and \"continues to deny that its heaters were defective.\"",
          cue: "said", source: "Halcyn", denial: .denial),
        .init(
          "Rep. Mica said people cannot come here and deny the right of Congress to question them.", cue: "said",
          source: "Rep. Mica"),
        // Calling an argument a name belittles it, and a figure can be disputed. (Someone's remarks
        // are no charge by themselves: praise calls them names too.)
        .init(
          "Halvorsen called that argument \"a greatest-hits album from 2030.\"", cue: "called", source: "Halvorsen",
          denial: .dismissal),
        .init(
          "A ministry spokeswoman called Holt's remarks \"political weather, not facts.\"", cue: "called",
          source: "A ministry spokeswoman"),
        .init(
          "Police Chief Marisol Tendai disputed the figure.", cue: "disputed", source: "Police Chief Marisol Tendai",
          denial: .denial),
        // "Termed" names as "called" does; an impression can be rejected; the charge may stand
        // before the one who denies it.
        .init(
          "He termed reports of his suspension \"a malicious campaign by those who lost their business.\"",
          cue: "termed", source: "He", denial: .dismissal),
        .init(
          "Home Minister Tariq Baig rejected the impression of a rift between the departments.", cue: "rejected",
          source: "Home Minister Tariq Baig", denial: .denial),
        .init(
          "The developer is said to be linked to a former minister, a claim the company has denied in the past.",
          cue: "has denied", source: "the company", denial: .denial),
        // A telling that goes on from a denial is part of it; a saying or an insisting denies in
        // its own words (past the charge's own attribution); what else the source adds is not.
        .init(
          "Chief Executive Hana Lind dismissed that report in March, telling investors the company was not for sale.",
          cue: "telling", denial: .dismissal),
        .init(
          "The commissioner denied that the state owed the amount, adding that a committee would reconcile the figures.",
          cue: "adding"),
        .init(
          "The minister rejected claims by the opposition that the tender had been rigged, saying every bid was opened in public.",
          cue: "saying", source: "The minister", denial: .denial),
        .init(
          "Mayor Ilse Brandt dismissed the petition as a stunt, insisting the library would stay open.",
          cue: "insisting", source: "Mayor Ilse Brandt", denial: .denial),
        .init(
          "The union did not dispute the figures, saying it would study them first.", cue: "saying",
          source: "The union"),
        .init(
          "Councillor Ruth Aziz welcomed the audit, saying it showed the board had acted properly.", cue: "saying",
          source: "Councillor Ruth Aziz"),
        // A claim's noun with its agent is the charge, not a denial.
        .init(
          "The minister denied claims by the opposition that the contract had been rigged.", cue: "claims",
          source: "the opposition"),
        .init(
          "Captain Efren Dalo brushed aside reports that his officials collect rent from the stalls.",
          cue: "brushed aside", source: "Captain Efren Dalo", denial: .dismissal),
        .init(
          "Mayor Ruiz waved off speculation that she would resign.", cue: "waved off", source: "Mayor Ruiz",
          denial: .dismissal),
        .init(
          "Okafor brushes aside talk of a walkout.", cue: "brushes aside", source: "Okafor", kind: .person,
          denial: .dismissal),
        // The claim a denial answers, made by no one the sentence names, is an attribution of its
        // own with no source.
        .init(
          "The agency rejected suggestions that Council Grove had been singled out.", cue: "suggestions",
          kind: SourceKind.none),
        .init(
          "He dismissed claims that traders had not been consulted as \"politics\".", cue: "claims",
          kind: SourceKind.none),
        // The writer's "falsely" beside the cue is no denial by the source.
        .init(
          "In a post Wednesday, Ruiz claimed, falsely, that the county had already paid for the bridge.",
          cue: "claimed",
          source: "Ruiz", kind: .person),
      ],
      nonTriggering: [
        // A dismissal with a particle that opens the sentence, or a passive, is an act.
        .init(
          "Brushing aside the warnings of its critics, the council voted to close the pool.", cue: "Brushing aside"),
        .init("The objections were largely brushed aside at the meeting.", cue: "brushed aside"),
        // "disputes" as a noun after an adjective.
        .init("The ministry said it does not intervene in commercial disputes at this stage.", cue: "disputes"),
        // Not a charge no one has made: "any suggestion that".
        .init("The minister rejected any suggestion that the tender had been rigged.", cue: "suggestion"),
        .init("After the third rain delay, the umpires called it a day.", cue: "called"),
      ]),
    AttributionRule(
      name: "negated denials are not denials",
      triggering: [
        // No one who denies is no denial.
        .init(
          "Nobody on Wall Street disputes that the stock market is pricey.", cue: "disputes",
          source: "Nobody on Wall Street"),
        .init("No official denied the report.", cue: "denied", source: "No official"),
        .init("The mayor did not deny the meeting took place.", cue: "did not deny", source: "The mayor"),
        .init(
          "Quillon, which settled, neither admitted nor denied the findings.", cue: "denied",
          source: "Quillon, which settled"),
      ],
      nonTriggering: []),
    AttributionRule(
      name: "non-answers",
      triggering: [
        // The formula of no comment, quoted as what a source said.
        .init(
          "Headline\n\nIn an email on Monday, the registrar said the commission \"neither confirms nor denies the existence of any investigation\".",
          cue: "said", source: "the registrar", denial: .noComment),
        // A statement that leaves a question unanswered.
        .init(
          "Headline\n\nThe statement did not address why no notices were issued.", cue: "did not address why",
          source: "The statement", denial: .noComment),
        // A report withheld from the reporter.
        .init(
          "Headline\n\nThe lake dropped early. She declined to release the inspection report, citing security rules.",
          cue: "declined to release", source: "She", denial: .noComment),
        // Neither confirming nor denying is a refusal, reported by the spokesperson's verb.
        .init(
          "Headline\n\nA spokesperson for the prosecutor's office said the office could neither confirm nor deny the existence of an inquiry.",
          cue: "said", source: "A spokesperson for the prosecutor's office", kind: .organization, denial: .noComment),
        // A standing policy the spokesperson states, though a clause with "that" follows inside it.
        .init(
          "Headline\n\nAgency spokesperson Iolana Reyes said the agency does not comment on matters that may come before the board.",
          cue: "said", source: "Agency spokesperson Iolana Reyes", kind: .person, denial: .noComment),
        // A relative clause's silence is its antecedent's, not the spokesperson's who named it.
        .init(
          "Headline\n\nA port spokesperson said the port was reviewing the letter and referred questions to the customs service, which did not respond to a request for comment.",
          cue: "did not respond", source: "which", kind: .pronoun, denial: .noResponse),
        // Not available for an interview: no comment.
        .init(
          "Headline\n\nHealth Minister Ysolde Marr was not available for an interview, her office said.",
          cue: "was not available for an interview", source: "Health Minister Ysolde Marr", kind: .person,
          denial: .noComment),
        // A refusal of the outlet's own request, named by its possessive (not another party's).
        .init(
          "Headline\n\nThe club's chairman, Osric Delahunt, turned down the Harbor Ledger's requests for an interview.",
          cue: "turned down the Harbor Ledger's requests for an interview",
          source: "The club's chairman, Osric Delahunt", denial: .noComment),
        .init(
          "Headline\n\nBoth developers refused our repeated requests for comment.",
          cue: "refused our repeated requests for comment", source: "Both developers", denial: .noComment),
        // (The auxiliary belongs to the cue, not to the pair of sources.)
        .init(
          "Neither union has commented on the ballot.", cue: "has commented", source: "Neither union",
          denial: .noComment),
        .init(
          "Officials at the port would not give details of the settlement.", cue: "would not give details",
          denial: .noComment),
        .init(
          "A spokeswoman said the agency doesn't comment on staffing.", cue: "said", source: "A spokeswoman",
          denial: .noComment),
        .init(
          "Its chief executive, Lorna Quist, told the Courier she was not in a position to comment on pay.",
          cue: "told", source: "Its chief executive, Lorna Quist", denial: .noComment),
        .init(
          "Headline\n\nAsked about the generator, Mkhize said: \"I am not in a position to discuss it.\"", cue: "said",
          source: "Mkhize", denial: .noComment),
        .init(
          "The bishop declined to express a view on the closures.", cue: "declined to express a view",
          source: "The bishop", denial: .noComment),
        .init(
          "Efforts to contact the harbourmaster failed, and his deputy was not reachable.", cue: "was not reachable",
          source: "his deputy", denial: .noResponse),
        .init(
          "The minister did not address the question at Tuesday's hearing.", cue: "did not address the question",
          source: "The minister", denial: .noComment),
        // A standing policy not to disclose is no comment either.
        .init(
          "A spokesman for the trade ministry said by email that the ministry \"does not disclose information on individual licence applications.\"",
          cue: "said", source: "A spokesman for the trade ministry", denial: .noComment),
        .init(
          "Its lawyer said the firm does not comment on pending cases.", cue: "said", source: "Its lawyer",
          denial: .noComment),
        // (A generic "you" is no refusal.)
        .init("\"You can't run a railway on goodwill,\" the mayor said.", cue: "said", source: "the mayor"),
        // The source's own clause says it has nothing to add, would rather not, or is unable to.
        .init("Asked twice about the fees, the agent said he had nothing to add.", cue: "said", denial: .noComment),
        .init("The landlord said she would prefer not to discuss the eviction.", cue: "said", denial: .noComment),
        .init(
          "The coach said he was unable to comment while the league reviews the match.", cue: "said",
          denial: .noComment),
        .init("The coach said the players had nothing to lose.", cue: "said", denial: nil),
        .init(
          "Pressed on the missing funds, the treasurer would say nothing more.", cue: "would say nothing more",
          denial: .noComment),
        .init(
          "The club secretary has not got back to our questions about the missing trophy.", cue: "has not got back to",
          source: "The club secretary", denial: .noResponse),
        // Calls not picked up; a sent list left unanswered; "had not answered".
        .init(
          "Her solicitor did not pick up when the Ledger phoned twice.", cue: "did not pick up",
          source: "Her solicitor", denial: .noResponse),
        .init(
          "The developer left a written set of queries unanswered.", cue: "left a written set of queries unanswered",
          source: "The developer", denial: .noResponse),
        .init(
          "The port authority had not answered written questions by Friday.", cue: "had not answered",
          denial: .noResponse),
        // A refusal in the source's own clause: the source, or its body, will not go into it.
        .init(
          "Inspector Ruth Adeyemi said she could not talk about an open case.", cue: "said", denial: .noComment),
        .init(
          "Pressed on the cost, a spokesman said the trust would \"not be going into detail\" yet.", cue: "said",
          denial: .noComment),
        // Others who cannot talk about something are no refusal.
        .init(
          "The nurse said patients could not talk about their pain while sedated.", cue: "said", denial: nil),
        // Whose line the calls went to is who gave no answer.
        .init(
          "Messages to the home phone of the club's treasurer, Ines Talbot, went unanswered.",
          cue: "went unanswered", source: "the club's treasurer, Ines Talbot", kind: .person, denial: .noResponse),
        .init(
          "The landlord would not take calls about the broken boiler.", cue: "would not take calls",
          denial: .noResponse),
        // A date not committed to; a question dodged.
        .init(
          "The chair would not commit to a date for the vote.", cue: "would not commit to", source: "The chair",
          denial: .noComment),
        .init(
          "Asked about the deficit, the treasurer dodged the question.", cue: "dodged the question",
          source: "the treasurer", denial: .noComment),
        // "did not say" with what went unsaid; after "though", the non-answer is the speaker's own.
        .init("The trustee did not say which contracts she meant.", cue: "did not say which", denial: .noComment),
        .init(
          "Ruiz said the fund was solvent, though she did not say how it would cover the gap.",
          cue: "did not say how", source: "she", denial: .noComment),
        // A spokesperson's report of the body's non-answer is the spokesperson's; another's report
        // of it is the body's own.
        .init(
          "Asked about the findings, the spokesperson said the ministry did not comment on internal documents.",
          cue: "said", source: "the spokesperson", denial: .noComment),
        .init(
          "The union said the company declined to comment on the layoffs.", cue: "declined to comment",
          source: "the company", denial: .noComment),
        // "Contacted" as "reached"; "despite" the tries says what went unanswered.
        .init(
          "The authority's director general, Mian Bhatti, could not be contacted despite repeated attempts.",
          cue: "could not be contacted", source: "The authority's director general, Mian Bhatti",
          denial: .noResponse),
        // Indian English: "is yet to respond"; refusing to divulge is refusing to say.
        .init(
          "The chief minister's office is yet to respond to the queries sent by this newspaper.",
          cue: "is yet to respond", source: "The chief minister's office", denial: .noResponse),
        .init(
          "Officials in the department confirmed the development but refused to divulge details.",
          cue: "refused to divulge", source: "Officials in the department", denial: .noComment),
        // Two named together by "Neither", or several by "None of", did not answer.
        .init(
          "Neither the agent nor the club responded to requests for comment on Sunday.", cue: "responded",
          source: "Neither the agent nor the club", denial: .noResponse),
        .init(
          "None of the three commissioners responded to emailed questions.", cue: "responded",
          source: "None of the three commissioners", denial: .noResponse),
        .init(
          "The couple, who married in 2019, have not publicly addressed the rumors.",
          cue: "have not publicly addressed", source: "The couple, who married in 2019", denial: .noComment),
        // Details withheld after a statement: the same source, through "and".
        .init(
          "The military said it was looking into the reports, and declined to give further details.",
          cue: "declined to give", source: "The military", kind: .organization, denial: .noComment),
        // The British idiom; the one a newsroom tried to reach, not the newsroom; a police force
        // that withholds a name.
        .init(
          "The minister refused to be drawn on the date when asked on Monday, saying only that talks continue.",
          cue: "refused to be drawn", source: "The minister", kind: .person, denial: .noComment),
        .init(
          "The minister refused to be drawn on the date when asked on Monday, saying only that talks continue.",
          cue: "saying", source: "The minister", kind: .person),
        // (Nor the outlet whose asking the answer followed.)
        .init(
          "The trust did not deny this when asked by the Review, saying only that all options remain under review.",
          cue: "saying", source: "The trust", kind: .organization),
        .init(
          "The Herald reached out to the landlord, Peter Vosk, but did not hear back by Friday.",
          cue: "did not hear back", source: "the landlord, Peter Vosk", kind: .person, denial: .noResponse),
        .init(
          "We contacted the mayor's office on Monday but did not hear back.", cue: "did not hear back",
          source: "the mayor's office", kind: .organization, denial: .noResponse),
        .init(
          "Police have not released the names of the two victims.", cue: "have not released", source: "Police",
          kind: .organization, denial: .noComment),
        // A refusal in the source's own words, opening what it said.
        .init(
          "Asked to describe the device, the commissioner said, \"Not going to go into that.\"", cue: "said",
          source: "the commissioner", denial: .noComment),
        // With no cue before it, a non-answer after "but" shares the sentence's subject.
        .init(
          "Ruiz expects the county to seek repayment from some employees but would not say how many.",
          cue: "would not say", source: "Ruiz", denial: .noComment),
        // A verb inside what the first cue quoted is not the one "but" joins to.
        .init(
          "A Brightwell spokesperson said the company would \"defend itself\" but declined to comment further.",
          cue: "declined to comment", source: "A Brightwell spokesperson", kind: .organization, denial: .noComment),
        .init(
          "Efforts to reach the Chairman of the council, Mr. Tunde Bakare, were unsuccessful.",
          cue: "were unsuccessful",
          source: "the Chairman of the council, Mr. Tunde Bakare", kind: .person, denial: .noResponse),
        .init(
          "The studio has not commented on reports that the sequel was shelved.", cue: "has not commented",
          source: "The studio", kind: .organization, denial: .noComment),
        // A broadcaster's "on-camera interview", asked for in the newsroom's own words.
        .init(
          "The County Roads Department declined our request for an on-camera interview.",
          cue: "declined our request for an on-camera interview", source: "The County Roads Department",
          kind: .organization, denial: .noComment),
        // A charge awaits an answer as a question does; a refusal may name the requests.
        .init(
          "Smith has not responded to the allegations.", cue: "has not responded", source: "Smith",
          denial: .noResponse),
        .init(
          "The company declined multiple requests for comment.", cue: "declined multiple requests",
          source: "The company", denial: .noComment),
        // A time after the phrase, a parenthesis inside it, a refusal in other words.
        .init(
          "The authority's former director could not be reached this spring.", cue: "could not be reached",
          source: "The authority's former director", denial: .noResponse),
        .init(
          "\"No comment at this time,\" said Township Solicitor Anita Rausch.", cue: "said",
          source: "Township Solicitor Anita Rausch", denial: .noComment),
        // The refusal is the first cue's; the saying that gives its reason is no second refusal.
        .init(
          "The press office declined to comment on the draft, saying it does not discuss rules under development.",
          cue: "saying", source: "The press office"),
        // A quotation that runs over two sentences is what the source said, not the aside after it.
        .init(
          "\"That did not happen. Not once,\" he said, tapping the table.", cue: "said", source: "he",
          denial: .denial),
        .init(
          "The home's administrator, Dwayne Kessler, could not be reached Tuesday.", cue: "could not be reached",
          source: "The home's administrator, Dwayne Kessler", denial: .noResponse),
        .init(
          "He declined, through his lawyer, to say whether he spoke with the managers.", cue: "declined", source: "He",
          denial: .noComment),
        .init(
          "Reached by phone, the general manager, Victor Landry, said he was not authorized to speak to reporters.",
          cue: "said", denial: .noComment),
        .init("Smith said he was not allowed to talk to his family while in custody.", cue: "said", source: "Smith"),
        // Present tenses, and a typographic apostrophe.
        .init(
          "The company declines to say how many customers were affected.", cue: "declines to say",
          source: "The company", denial: .noComment),
        .init(
          "Attorney General Eric Schneiderman isn\u{2019}t saying if the foundation broke any laws.",
          cue: "isn\u{2019}t saying", source: "Attorney General Eric Schneiderman", denial: .noComment),
        .init(
          "Castellano declined an interview request on Tuesday.", cue: "declined an interview request",
          source: "Castellano", denial: .noComment),
        // A refusal inside what was said is the saying's, even after "that while".
        .init(
          "Lopez said that while talks continued, she would not comment on specifics.", cue: "said",
          source: "Lopez", denial: .noComment),
        // A refusal after "but", or in a clause of its own after "and", is the refuser's own, not
        // what the first verb reported.
        .init(
          "Feldhaus said the company had not decided, and he declined to say how many jobs might go.",
          cue: "declined to say", source: "he", denial: .noComment),
        .init(
          "McAuliffe has said 20 people are interested, but he refuses to discuss potential appointees.",
          cue: "refuses to discuss", source: "he", denial: .noComment),
        // A standing policy of no comment, in the source's own words, marks the cue that reports it.
        .init(
          "Halcyon Health said in a statement that it \"does not comment on regulatory matters.\"", cue: "said",
          source: "Halcyon Health", denial: .noComment),
        .init(
          "\"The company does not discuss its political giving,\" she wrote in an email.", cue: "wrote",
          source: "she", denial: .noComment),
        .init(
          "A spokeswoman for the hospital declined to comment.", cue: "declined to comment",
          source: "A spokeswoman for the hospital", kind: .organization, denial: .noComment),
        .init(
          "A lawyer for Hale also declined to comment.", cue: "declined to comment", source: "A lawyer for Hale",
          denial: .noComment),
        .init(
          "Hale did not respond to a request for comment.", cue: "did not respond", source: "Hale", kind: .person,
          denial: .noResponse),
        .init(
          "The developer could not be reached on Sunday.", cue: "could not be reached", source: "The developer",
          denial: .noResponse),
        .init(
          "The agency would not comment on the audit.", cue: "would not comment", source: "The agency",
          kind: .organization, denial: .noComment),
        .init(
          "The attorney general isn't saying whether the charity broke the law.", cue: "isn't saying",
          source: "The attorney general", denial: .noComment),
        // A reported non-answer marks the saying: one attribution, by the one who said it.
        .init(
          "The campaign chairman said he cannot comment on the letter.", cue: "said", source: "The campaign chairman",
          kind: .person, denial: .noComment),
        .init(
          "Campaign aides were coy about whether the senator would run again.", cue: "were coy about",
          source: "Campaign aides", kind: .anonymous, denial: .noComment),
        .init(
          "The station's news director declined to share the memo.", cue: "declined to share",
          source: "The station's news director", denial: .noComment),
        .init(
          "Two co-authors asked to be removed. Neither responded to requests for comment this week.",
          cue: "responded", source: "Neither", denial: .noResponse),
        .init(
          "A team spokesperson said the club \"does not engage in speculation about trades.\"", cue: "said",
          source: "A team spokesperson", denial: .noComment),
        // Refusing to explain, to confirm or to say whether is a refusal to comment.
        .init(
          "Her manager declined to explain the delay.", cue: "declined to explain", source: "Her manager",
          denial: .noComment),
        .init(
          "The studio has so far refused to confirm the casting.", cue: "refused to confirm", source: "The studio",
          denial: .noComment),
        .init(
          "The utility did not say whether the audit would be released.", cue: "did not say whether",
          source: "The utility", denial: .noComment),
        .init(
          "The agency would not confirm or deny the investigation.", cue: "would not confirm or deny",
          source: "The agency", kind: .organization, denial: .noComment),
        .init(
          "The Trump campaign did not immediately respond to requests for comment.",
          cue: "did not immediately respond", source: "The Trump campaign", denial: .noResponse),
        .init(
          "Hope Hicks, a campaign spokeswoman, did not respond to my messages.", cue: "did not respond",
          source: "Hope Hicks, a campaign spokeswoman", denial: .noResponse),
        .init(
          "The senator's office did not return calls on Friday.", cue: "did not return",
          source: "The senator's office", denial: .noResponse),
        .init(
          "The company has not replied, she added.", cue: "has not replied", source: "The company",
          denial: .noResponse),
        // "Neither" and the pair it names refuse together.
        .init(
          "Neither company would comment.", cue: "would comment", source: "Neither company", denial: .noComment),
        .init(
          "Neither of the men could be reached.", cue: "could be reached", source: "Neither of the men",
          denial: .noResponse),
        // An unanswered inquiry that opens the sentence: its target is the source.
        .init(
          "Messages left for the company were not returned.", cue: "were not returned", source: "the company",
          denial: .noResponse),
        .init(
          "Efforts to reach Lopez were unsuccessful.", cue: "were unsuccessful", source: "Lopez",
          denial: .noResponse),
        // ("Engr." is an honorific whose period ends no sentence.)
        .init(
          "Efforts to reach the commissioner for works, Engr. Musa Bello, were unsuccessful.", cue: "were unsuccessful",
          source: "the commissioner for works, Engr. Musa Bello", denial: .noResponse),
        .init(
          "Emails and phone calls to Lopez's office seeking comment were not returned Tuesday.",
          cue: "were not returned", source: "Lopez's office", denial: .noResponse),
        // A long target, with its appositive.
        .init(
          "Calls and text messages to the managing director of the second firm, Delta Agro Services Ltd, Mr Emeka Obi, were not answered.",
          cue: "were not answered",
          source: "the managing director of the second firm, Delta Agro Services Ltd, Mr Emeka Obi",
          denial: .noResponse),
        .init(
          "A message seeking comment was left with the school district.", cue: "was left",
          source: "the school district", denial: .noResponse),
        // British spelling.
        .init(
          "The agency's spokeswoman, Mrs Rita Obi, did not respond to enquiries sent on Friday.",
          cue: "did not respond",
          denial: .noResponse),
        .init(
          "Neither the school board nor the teachers' union would comment on the negotiations.", cue: "would comment",
          denial: .noComment),
        .init(
          "The agency says it received extra money, a claim the ministry has neither confirmed nor denied.",
          cue: "neither confirmed nor denied", source: "the ministry", denial: .noComment),
        .init(
          "Lanternfish called the report inaccurate but would not specify which figures were wrong.",
          cue: "would not specify", source: "Lanternfish", denial: .noComment),
        .init(
          "The port authority did not pick up the phone on Friday.", cue: "did not pick up the phone",
          source: "The port authority", denial: .noResponse),
        .init(
          "Brenmoor has never publicly discussed the consultant's role.", cue: "has never publicly discussed",
          source: "Brenmoor", denial: .noComment),
        // A clause after a negated "say" is what was said: no question is left unanswered.
        .init(
          "Headline\n\n“I wouldn't say it's the easiest town to live in,” Oduya said.", cue: "said", source: "Oduya"),
        .init(
          "Headline\n\nThe audit isn't saying the board should resign. The mayor wouldn't say whether she would run.",
          cue: "wouldn't say", source: "The mayor", denial: .noComment),
      ],
      // Not responding or returning is a non-answer only to a journalist's inquiry.
      nonTriggering: [
        // A clause after a negated "say" is what was said: no question is left unanswered.
        .init(
          "Headline\n\nThe audit isn't saying the board should resign. The mayor wouldn't say whether she would run.",
          cue: "isn't saying"),
        .init(
          "Headline\n\nThe judge refused the defence's request for an interview with the witness.",
          cue: "refused the defence's request for an interview"),
        .init("The audit left many questions unanswered.", cue: "left"),
        .init("The mayor did not pick up the pace of repairs until June.", cue: "did not pick up"),
        // What an unanswered message asked is no one's statement.
        .init("The mayor did not answer two emails asking about the contract.", cue: "asking"),
        // An outcome goes unreached, not a person.
        .init(
          "The union said it would strike if a deal could not be reached by Friday.", cue: "could not be reached"),
        // A second verb joined by "or" is part of the non-answer; money withheld is no answer withheld.
        .init("The managing director did not return calls or reply to a text message.", cue: "reply"),
        .init(
          "The minister said the federal government had not released a single naira of the funds.",
          cue: "had not released"),
        .init("The patient did not respond to treatment for weeks.", cue: "did not respond"),
        .init("Efforts to rebuild the bridge were unsuccessful.", cue: "were unsuccessful"),
        .init("Calls for a recount went unanswered by the board.", cue: "went unanswered"),
        // Tries repeated to reach someone are no repeating.
        .init("The chief engineer could not be contacted despite repeated attempts.", cue: "repeated"),
        .init("The harbour police station did not answer repeated calls on Friday.", cue: "repeated"),
        .init("Neither side would budge.", cue: "would"),
        // A policy stated as a fact of a document is no one's non-answer.
        .init("The report does not discuss costs.", cue: "does not discuss"),
        .init(
          "Thousands of voters were removed because they did not respond to notices mailed by the state.",
          cue: "did not respond"),
        .init("The governor did not return to the capital until Tuesday.", cue: "did not return"),
        // Only a body withholds what it holds.
        .init("The singer has not released an album since 2019.", cue: "has not released"),
      ]),
    AttributionRule(
      name: "anonymous sources and their reasons",
      triggering: [
        // A reason that ends in a passive "told" still closes the source's clause.
        .init(
          "Headline\n\nThe casino closed. A person who asked not to be identified because staff have not yet been told said the casino was for sale.",
          cue: "said", source: "A person who asked not to be identified because staff have not yet been told",
          kind: .anonymous, anonymous: true),
        // What something is called.
        .init(
          "Headline\n\nThe Senate has been referred to as the greatest deliberative body.", cue: "has been referred to"),
        // A ministry whose name lists what it covers, with its noun in lower case.
        .init(
          "Headline\n\nA senior official at the Investment, Trade and Industry ministry, who asked not to be named, said the fund wanted the firm to stay local.",
          cue: "said", source: "A senior official at the Investment, Trade and Industry ministry", anonymous: true),
        // One or a few people, counted, whose own clause says what access they had; not an unnamed
        // neighbour, nor a class of people.
        .init(
          "Headline\n\nThe vote was delayed, according to two people who attended the meeting.", cue: "according to",
          source: "two people who attended the meeting", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nA person who was present said the minister left early.", cue: "said",
          source: "A person who was present", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nA woman who lives nearby said she heard two shots.", cue: "said",
          source: "A woman who lives nearby", anonymous: false),
        // A body's name with "of" inside it, then the unnamed official it employs.
        .init(
          "Headline\n\nA Department of Fisheries official said the quota would not be cut.", cue: "said",
          source: "A Department of Fisheries official", kind: .anonymous, anonymous: true),
        // Their names withheld after one of them is quoted, in the same paragraph.
        .init(
          "Headline\n\nTwo clerks who handle the bail lists said judges rarely depart from the score. \"If it comes back high, there is no bond. That is the hearing,\" one said. Both requested anonymity because they are not allowed to speak to reporters.",
          cue: "said", source: "Two clerks who handle the bail lists", kind: .anonymous, anonymous: true),
        // A handful of people counted by their work at a place are insiders; the public there is not.
        .init(
          "Headline\n\nTwo technicians at the depot told the Courier that the brakes had not been checked.",
          cue: "told", source: "Two technicians at the depot", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nTwo tenants of the block told the Courier that the lifts had not worked since May.",
          cue: "told", source: "Two tenants of the block", kind: .vague, anonymous: false),
        // ("since" before a year is no clause of its own inside the subject.)
        .init(
          "Headline\n\nA grower who has supplied the packhouse since 2015 said many members had left.",
          cue: "said", source: "A grower who has supplied the packhouse since 2015"),
        // People at a place whose name holds an outlet's are not the outlet; the two of them
        // named again stay anonymous.
        .init(
          "Headline\n\nTwo veterinarians at the Ganeshpuram ABC centre, who requested anonymity, said counts were padded. The other said the kennels were small.",
          cue: "said", source: "Two veterinarians at the Ganeshpuram ABC centre", kind: .anonymous, anonymous: true),
        // A name redacted in the records the outlet quotes.
        .init(
          "Headline\n\nThe supervisor, whose name is also redacted, replied that the matter was being handled.",
          cue: "replied", anonymous: true),
        // "these people" names again the unnamed group just cited.
        .init(
          "Headline\n\nThe board of Pardhill Foods has rejected two offers, people familiar with the talks said. The second valued the grocer at 310p a share, these people added.",
          cue: "added", source: "these people", kind: .anonymous, anonymous: true),
        // An unnamed worker who told the publisher, by its own noun.
        .init(
          "Headline\n\nA nurse attached to the ward told this weekly that the alarms had been switched off.",
          cue: "told", source: "A nurse attached to the ward", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nThe ward was short of staff, according to a nurse on the ward.",
          cue: "according to", source: "a nurse on the ward", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nA lifeguard at Corran Sands, who asked to stay anonymous because her contract is up for renewal, said the flags were taken down early.",
          cue: "said", source: "A lifeguard at Corran Sands", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nTwo porters, who were not cleared to talk to journalists, said the lifts had failed twice.",
          cue: "said", anonymous: true),
        // A name withheld by the paper, or speech without one, keeps the source unnamed; the clause that says so is no part of the source.
        .init(
          "Headline\n\nA deckhand on the night crossing, who is not being named because he still crews the boat, said the radar had been off for a week.",
          cue: "said", source: "A deckhand on the night crossing", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nTwo porters, quoted here without their names at their own request, said the lift had failed twice.",
          cue: "said", source: "Two porters, quoted here without their names at their own request", kind: .anonymous,
          anonymous: true),
        .init(
          "Headline\n\nA planner at the department, interviewed without attribution since the appeal has not been heard, said the scheme was rushed.",
          cue: "said", source: "A planner at the department", kind: .anonymous, anonymous: true),
        // A manager at one of a sector's plants is an insider, whichever plant.
        .init(
          "Headline\n\nA line supervisor at one of the region's three bottling plants said overtime had been cut.",
          cue: "said", source: "A line supervisor at one of the region's three bottling plants", kind: .anonymous,
          anonymous: true),
        // One employee is an insider; so are the representatives of a few of the bidders who
        // withhold their names, and "one of them" after them.
        .init(
          "Headline\n\nForklift licences were never checked, a warehouse employee at the Corlish site said.",
          cue: "said", source: "a warehouse employee at the Corlish site", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nRepresentatives of four of the shortlisted hauliers, who spoke on condition of anonymity because they hope to win later contracts, said the marking grid was never shown to them. One of them said it favoured a single haulier.",
          cue: "said", source: "Representatives of four of the shortlisted hauliers", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nRepresentatives of four of the shortlisted hauliers, who spoke on condition of anonymity because they hope to win later contracts, argued the marking grid was never shown to them. One of them said it favoured a single haulier.",
          cue: "said", source: "One of them", anonymous: true),
        // Counted sales staff who withhold their names are people, not the firm's voice.
        .init(
          "Three Orvane sales reps, who asked that their names be withheld, described weekly targets that rose every quarter.",
          cue: "described", source: "Three Orvane sales reps", kind: .anonymous, anonymous: true),
        // Counted members of a body named after "of".
        .init(
          "The lift company missed its deadline, according to four members of the licensing board.",
          cue: "according to", source: "four members of the licensing board", kind: .anonymous, anonymous: true),
        // A body's people, counted ("Hospital staff" stays the body).
        .init(
          "Headline\n\nEleven current and former staff said they had raised concerns in writing.", cue: "said",
          source: "Eleven current and former staff", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nHospital staff said the ward was short of nurses.", cue: "said", source: "Hospital staff",
          kind: .organization),
        // One market participant, described ("analysts", or a bare "an analyst", stay vague).
        .init(
          "Headline\n\n\"The bonds are priced for a default,\" said one buy-side analyst who follows the credit.",
          cue: "said", source: "one buy-side analyst who follows the credit", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nAn analyst said the bonds were cheap.", cue: "said", source: "An analyst", kind: .vague,
          anonymous: false),
        // Former insiders, one or a few, counted.
        .init(
          "Two former dispatchers said the radios failed every week.", cue: "said", source: "Two former dispatchers",
          kind: .anonymous, anonymous: true),
        .init(
          "A former lecturer said the course had been cut without notice.", cue: "said",
          source: "A former lecturer", kind: .anonymous, anonymous: true),
        // "the first" of an anonymous group, described.
        .init(
          "Headline\n\nFour porters told the Ledger the new rota was unsafe. All four asked that their names be withheld. \"Nobody sleeps,\" said the first, a porter on the late shift.",
          cue: "said", source: "the first, a porter", anonymous: true),
        // Former holders of a public office are on the record; uncounted members are a collective.
        .init(
          "Three former governors said the plan was sound.", cue: "said", source: "Three former governors",
          anonymous: false),
        .init(
          "Several members of the rowing club said the fees were fair.", cue: "said",
          source: "Several members of the rowing club", anonymous: false),
        // A pronoun after one of them, set off with an appositive.
        .init(
          "Headline\n\nTwo porters, who asked not to be identified, said the lifts fail weekly. One, a night porter, blamed the landlord. \"It was never fixed,\" she added.",
          cue: "added", source: "she", anonymous: true),
        // One member of a body, unnamed.
        .init(
          "A member of the hospice's board said the lease would not be renewed.", cue: "said",
          source: "A member of the hospice's board", kind: .anonymous, anonymous: true),
        // A comparison of years inside the phrase.
        .init(
          "One porter with more than twenty years at the depot, who asked not to be named, said the cranes were old.",
          cue: "said", source: "One porter with more than twenty years at the depot", anonymous: true),
        .init(
          "Two porters, neither of whom wished to be named, described the night shift to the Gazette.",
          cue: "described", source: "Two porters, neither of whom wished to be named", anonymous: true),
        // ("the older of the two": one of the anonymous pair just cited.)
        .init(
          "Two cleaners at the station, speaking on condition of anonymity, described unpaid overtime. "
            + "The younger of the pair said shifts ran to fourteen hours.", cue: "said",
          source: "The younger of the pair", anonymous: true),
        // An ordinal names the anonymous group again, however many sources came between.
        .init(
          "Three crew members, who spoke on condition of anonymity, described a chaotic night. The captain "
            + "said the crew was trained. The council said it would review the rules. The owner said the boat "
            + "was sound. The insurer said it was waiting for the report. A union official said the shifts were "
            + "long. The coastguard said it had sent a cutter. The mayor said the town was shaken. A neighbour "
            + "said she heard a bang. The club said it was cooperating. The police said no one was arrested. "
            + "The school said it would open. The harbour board said the quay was closed. \"Nobody knew where "
            + "the lifejackets were,\" the third crew member recalled.",
          cue: "recalled", source: "the third crew member", kind: .anonymous, anonymous: true),
        // A curly apostrophe in the reason is the same word.
        .init(
          "A porter, who didn\u{2019}t want his name used, said the alarms were off.", cue: "said",
          source: "A porter", kind: .anonymous, anonymous: true),
        // A few people by the task they are on.
        .init(
          "Two engineers working on the bridge said the cables were worn.", cue: "said",
          source: "Two engineers working on the bridge", kind: .anonymous, anonymous: true),
        .init(
          "A clerk handling the tenders said the bids were opened early.", cue: "said",
          source: "A clerk handling the tenders", kind: .anonymous, anonymous: true),
        // One unnamed person inside a body ("at" or "with" it) is an insider; not one at a place,
        // one the body serves, nor the description of a name.
        .init(
          "A pharmacist at the county hospital said the shelves were empty.", cue: "said",
          source: "A pharmacist at the county hospital", kind: .anonymous, anonymous: true),
        .init(
          "One dispatcher with the ambulance service said the radios failed.", cue: "said", kind: .anonymous,
          anonymous: true),
        .init("A cyclist at the crossing said the lights were broken.", cue: "said", anonymous: false),
        .init("A patient at the hospital said the wait was long.", cue: "said", anonymous: false),
        .init("In Leeds, a pharmacist at the county hospital said stocks were low.", cue: "said", anonymous: true),
        .init(
          "The files were lost, said Ines Moro, a clerk at the registry, who added that nobody was told.",
          cue: "added", anonymous: false),
        // "only if he was not identified"; names "left out".
        .init(
          "A lab technician, who would be interviewed only if he was not identified, said the samples were "
            + "mislabelled.", cue: "said", source: "A lab technician", kind: .anonymous, anonymous: true),
        .init(
          "Two drivers, whose names are left out of this story at their request, said the brakes were worn.",
          cue: "said", source: "Two drivers", anonymous: true),
        // A past tense that tells what happened is no request: not named in a suit.
        .init("The inspector said that he was not named in the lawsuit.", cue: "said", anonymous: false),
        // A name that is not to go out, a requested passive after "neither … nor", a request not to
        // name: shapes the word list cannot spell out word by word.
        .init(
          "A baker on Quay Street, who preferred that his name not appear because he rents from the council, said "
            + "sales had halved.", cue: "said", kind: .anonymous, anonymous: true, reasonGiven: true),
        .init(
          "One caretaker, who wanted her name kept out of it because she is still on probation, said the boiler "
            + "had failed.", cue: "said", kind: .anonymous, anonymous: true, reasonGiven: true),
        .init(
          "A broker, who agreed to talk on the understanding that neither he nor his client be identified, said the "
            + "price was settled in May.", cue: "said", kind: .anonymous, anonymous: true),
        .init(
          "A porter who asked the Ledger not to name her said the lift had been broken for a month.", cue: "said",
          kind: .anonymous, anonymous: true),
        // A participle that closes the sentence speaks for the subject; one with a subject of its own
        // does not.
        .init(
          "A courier said the depot was short of vans, speaking on background because drivers sign "
            + "confidentiality clauses.", cue: "said", source: "A courier", kind: .anonymous, anonymous: true),
        .init(
          "Ferry bosses would not comment, but, speaking on background, a deckhand said the ramp was unsafe.",
          cue: "would not comment", source: "Ferry bosses", anonymous: false, denial: .noComment),
        // A gerund after a participle's "in" stays in the source's phrase.
        .init(
          "A clerk engaged in preparing the accounts told the Ledger on condition of anonymity that two invoices "
            + "were missing.", cue: "told", source: "A clerk engaged in preparing the accounts", kind: .anonymous,
          anonymous: true),
        // The terms a source spoke on follow its phrase; they are not part of it.
        .init(
          "The vote will slip to June, said three staffers close to the speaker on condition of anonymity.",
          cue: "said", source: "three staffers close to the speaker", kind: .anonymous, anonymous: true,
          reasonGiven: false),
        // After an inverted "said", a qualified noun and its qualifier, up to the comma whose clause
        // withholds the names.
        .init(
          "The festival could lose its riverside venue, a lot the city wants back, said three people briefed on the "
            + "lease, none of whom was cleared to discuss it.", cue: "said",
          source: "three people briefed on the lease", kind: .anonymous, anonymous: true),
        // The publisher says, in the same paragraph, that it withholds the name: the next sentence,
        // or the one after when it names the source's noun again.
        .init(
          "A nurse on the night rota told the Ledger that shifts had been cut without notice. \"Nobody asked us,\" "
            + "the nurse said. The Ledger is not naming the nurse, who could be disciplined.",
          cue: "told", kind: .anonymous, anonymous: true),
        .init(
          "The owner of one flat near the market said the heating had failed twice. \"We wear coats indoors,\" she "
            + "added. The Ledger is withholding the owner's name at her request.", cue: "said",
          kind: .anonymous, anonymous: true),
        .init(
          "Two porters at the station said the ticket office would close. Their names are being withheld "
            + "because they still work there.", cue: "said", kind: .anonymous, anonymous: true, reasonGiven: true),
        // "One of the auditors" names again the group an appositive called auditors, however many
        // sources came between.
        .init(
          "The sources, two former Velta auditors, said the ledgers were wrong. Corlan said it stood by the model. "
            + "Analyst Petra Voss said the numbers were fine. Ivo Marr, a trader, said he agreed. Mayor Ann Lo said "
            + "the city would wait. The union said nothing new. Ed Pym said he was pleased. Jo Tan said she was not. "
            + "One of the auditors recalled that the fix came late.", cue: "recalled", source: "One of the auditors",
          kind: .anonymous, anonymous: true),
        // A clause that withholds a name is no appositive whose last noun a later phrase repeats.
        .init(
          "A former Pell Foods chemist, who asked not to be named because her contract bars her from discussing the "
            + "company, said the test was skipped. The company described the claim as \"baseless.\"",
          cue: "described", source: "The company", kind: .organization, anonymous: false, denial: .dismissal),
        .init(
          "A former employee — who quit in March — said the books were cooked.", cue: "said", kind: .anonymous,
          anonymous: true),
        // One who used to be inside, unnamed, is an insider (one of few who hold a role is not).
        .init(
          "A former Marlow Freight engineer who quit in March said the trucks were overloaded.", cue: "said",
          source: "A former Marlow Freight engineer who quit in March", kind: .anonymous, anonymous: true),
        .init("A former party chairman said the vote was fair.", cue: "said", anonymous: false),
        // One unnamed member of a legislature; a rank that makes figures insiders; a relative clause
        // that says who the unnamed are, then why they are unnamed.
        .init(
          "\"We are worried,\" one Labour MP said, speaking on condition of anonymity.", cue: "said",
          source: "one Labour MP", kind: .anonymous, anonymous: true),
        // So is one described by what they are, not by their party.
        .init(
          "The vote could slip to May, according to a key lawmaker who is briefed on the talks.",
          cue: "according to", source: "a key lawmaker who is briefed on the talks", kind: .anonymous,
          anonymous: true),
        .init(
          "Senior party figures have privately warned that the cap would backfire.", cue: "have privately warned",
          source: "Senior party figures", kind: .anonymous, anonymous: true),
        .init(
          "The plant will close, according to two employees who were there, who spoke on condition of anonymity.",
          cue: "according to", kind: .anonymous, anonymous: true),
        // British spelling.
        .init(
          "One executive, who was not authorised to speak publicly, said the merger talks had stalled.", cue: "said",
          source: "One executive", kind: .anonymous, anonymous: true,
          reasonGiven: true),
        // A witness known by a first name alone, at her request, is unnamed.
        .init(
          "\"They wrote numbers on our arms,\" a 52-year-old market trader identified only as Marta said.",
          cue: "said", source: "a 52-year-old market trader identified only as Marta", kind: .anonymous,
          anonymous: true),
        .init(
          "A former Brightline employee, who asked that we not use his name because he still works in the industry, said crews skipped roads.",
          cue: "said",
          source: "A former Brightline employee",
          kind: .anonymous, anonymous: true, reasonGiven: true),
        // "Only if not named" withholds a name; "The engineer" continues "A chief engineer aboard
        // one of the carriers" by the noun before its preposition.
        .init(
          "One government deputy, who would speak only if not named, told reporters the tunnel was late.", cue: "told",
          source: "One government deputy", kind: .anonymous, anonymous: true),
        .init(
          "A chief engineer aboard one of the carriers, who asked not to be named, said the fuel was bad. The engineer added that the ship drifted.",
          cue: "added", source: "The engineer", kind: .anonymous, anonymous: true),
        .init(
          "Sources said the vote would be delayed.", cue: "said", source: "Sources", kind: .anonymous, anonymous: true,
          reasonGiven: false),
        // A party's members, a marker between source and cue or after the cue, and the phrases
        // that continue the unnamed source: "One of them, a loader", "The former employee".
        .init(
          "Three House Republicans, speaking on condition of anonymity, said party leaders had known.", cue: "said",
          source: "Three House Republicans", kind: .anonymous, anonymous: true),
        // (A marker after the cue that describes someone else does not count.)
        .init(
          "Two workers said an unnamed contractor had failed to pay them.", cue: "said", source: "Two workers",
          anonymous: false),
        .init(
          "Four workers described the meetings on condition of anonymity because they feared retaliation.",
          cue: "described", source: "Four workers", kind: .anonymous, anonymous: true, reasonGiven: true),
        .init(
          "Three employees, who asked not to be named, said managers held weekly meetings. One of them, a loader on the night shift, told the Ledger a supervisor warned her.",
          cue: "told", source: "One of them, a loader on the night shift", kind: .anonymous, anonymous: true),
        .init(
          "A former member of Zipply's trust and safety team, who spoke on condition of anonymity, told the Ledger the warning was shelved. The former employee said executives worried.",
          cue: "said", source: "The former employee", kind: .anonymous, anonymous: true),
        // The same words name the same unnamed group again.
        .init(
          "Some Democrats privately say the nominee cannot win. Some Democrats, however, argue that the timing is wrong.",
          cue: "argue", source: "Some Democrats", kind: .anonymous, anonymous: true),
        // "one of the people" names the anonymous group again by its noun; "a third" is its next member.
        .init(
          "Halvorsen is in talks to buy Tillery, according to people familiar with the matter. The talks could collapse over price, one of the people said.",
          cue: "said", source: "one of the people", kind: .anonymous, anonymous: true),
        // By the noun's last word, after its modifiers.
        .init(
          "Two civil servants on the project, who spoke on condition of anonymity, said the memo was buried. \"Nobody read it,\" one of the civil servants added.",
          cue: "added", source: "one of the civil servants", kind: .anonymous, anonymous: true),
        .init(
          "Three officials who spoke on condition of anonymity said the review was done. Two of the officials described its findings, and a third confirmed the main points.",
          cue: "confirmed", source: "a third", kind: .anonymous, anonymous: true),
        .init(
          "An employee at the company who asked not to be named said layoffs were coming. The company told the Ledger it had no plans to cut jobs.",
          cue: "told", source: "The company", kind: .organization, anonymous: false),
        .init(
          "People familiar with the matter said the deal was close. One of the people at headquarters, Chief Executive Ann Ruiz, told reporters it was not.",
          cue: "told", source: "One of the people at headquarters, Chief Executive Ann Ruiz",
          anonymous: false),
        .init(
          "Three nurses who spoke on condition of anonymity described the ward. One of the doctors at the hearing told reporters it was safe.",
          cue: "told", source: "One of the doctors at the hearing", anonymous: false),
        // A group whose next sentence withholds its names, and the one of it quoted next; the
        // reason's own verb ("because they fear retaliation") is no cue.
        .init(
          "Three former office managers said they were told to keep students on the rolls. They asked not to be named because they fear retaliation.",
          cue: "said", source: "Three former office managers", kind: .anonymous, anonymous: true),
        // (By its own noun, whatever the noun: "The lobbyists, who requested anonymity".)
        .init(
          "Two lobbyists who worked on the bill said executives had met the senator. The lobbyists, who requested anonymity because they have clients before the Senate, said the meetings were in his office.",
          cue: "said", source: "Two lobbyists who worked on the bill", kind: .anonymous, anonymous: true),
        .init(
          "Two reports said the bridge was unsafe. The engineers, who requested anonymity, said it was fine.",
          cue: "said", source: "Two reports", anonymous: false),
        .init(
          "Four former employees told the Ledger that managers had them sign timesheets. They spoke on condition of anonymity because they signed separation agreements. \"We were told it was paperwork,\" said one former nurse.",
          cue: "said", source: "one former nurse", kind: .anonymous, anonymous: true),
        .init(
          "A senior Summit administrator told the Ledger that the founder approved the policy.", cue: "told",
          kind: .anonymous, anonymous: true),
        // (A cue inside what the group reported does not break the chain.)
        .init(
          "Two billing employees, who asked not to be named, told the Ledger they were instructed not to mention the program unless a patient asked. \"We had a script,\" one said.",
          cue: "said", kind: .anonymous, anonymous: true),
        .init(
          "A university trustee said the board was briefed on the complaints.", cue: "said",
          source: "A university trustee", kind: .anonymous, anonymous: true),
        .init(
          "A senior administration official, who spoke on condition of anonymity because the talks are private, said no deal was near.",
          cue: "said", kind: .anonymous, anonymous: true, reasonGiven: true),
        // A pronoun in a clause of its own is its own subject, not the relative clause's head.
        .init(
          "A clerk who told the staff to keep quiet when they raised concerns was fired.", cue: "raised concerns",
          source: "they", anonymous: false),
        .init(
          "An aide who spoke on condition of anonymity said the speech was rewritten.", cue: "said",
          source: "An aide who spoke on condition of anonymity", kind: .anonymous,
          anonymous: true, reasonGiven: false),
        .init("One of the governor's advisers said the plan was dead.", cue: "said", kind: .anonymous, anonymous: true),
        // A relative clause runs on past a reason that has a verb of its own.
        .init(
          "A senior city official who spoke on condition of anonymity because he was not authorized to discuss the talks said no deal was close.",
          cue: "said",
          source:
            "A senior city official who spoke on condition of anonymity because he was not authorized to discuss the talks",
          kind: .anonymous, anonymous: true, reasonGiven: true),
        .init(
          "A sergeant who spoke on condition of anonymity because he feared retaliation said the slips were padded.",
          cue: "said", source: "A sergeant who spoke on condition of anonymity because he feared retaliation",
          kind: .anonymous, anonymous: true, reasonGiven: true),
        // Any unnamed person whose phrase says the name is withheld is anonymous, whatever the noun.
        .init(
          "A current school board member, speaking on condition of anonymity, said recruiting began in the spring.",
          cue: "said", source: "A current school board member", kind: .anonymous,
          anonymous: true),
        .init(
          "The two, who spoke on condition of anonymity to discuss campaign strategy, said the ads would run in May.",
          cue: "said", kind: .anonymous, anonymous: true, reasonGiven: true),
        // The marker may open a long phrase between source and cue...
        .init(
          "A port engineer who has worked on the cranes, speaking on condition of anonymity because he was not authorized to talk to reporters, said the brake had been flagged.",
          cue: "said", source: "A port engineer who has worked on the cranes", kind: .anonymous, anonymous: true,
          reasonGiven: true),
        // ...or the source's own clause say it may not speak on the record.
        .init(
          "A line worker, who was not authorized to speak publicly, said the belt had stopped twice.", cue: "said",
          kind: .anonymous, anonymous: true),
        // (An adverb that closes the withholding clause is the source's, not the cue's.)
        .init(
          "A negotiator who was not authorized to discuss the talks publicly said the wording had changed.",
          cue: "said", source: "A negotiator who was not authorized to discuss the talks publicly", kind: .anonymous,
          anonymous: true),
        // An unnamed worker who told the publisher itself is a source it chose not to name.
        .init(
          "A longtime city building inspector told this newspaper that follow-up visits are routinely skipped.",
          cue: "told", source: "A longtime city building inspector", kind: .anonymous, anonymous: true),
        // "Current and former" staff are insiders speaking without their names.
        .init(
          "Two current and former employees said the company ignored warnings.", cue: "said",
          source: "Two current and former employees", kind: .anonymous, anonymous: true),
        // Access to a document, or a wish not to be named, in any words.
        .init(
          "A person who has seen the document said it was dated May 1.", cue: "said",
          source: "A person who has seen the document", kind: .anonymous, anonymous: true),
        .init(
          "A worker who did not want to be named said the plant was unsafe.", cue: "said",
          source: "A worker who did not want to be named", kind: .anonymous, anonymous: true),
        // Any unnamed person described by what they know is anonymous, whatever their trade.
        .init(
          "A utility worker familiar with the repairs said the pipe had been on a replacement list.", cue: "said",
          source: "A utility worker familiar with the repairs", kind: .anonymous, anonymous: true),
        .init(
          "One Republican senator, speaking privately, said he would vote against the bill.", cue: "said",
          source: "One Republican senator", kind: .anonymous, anonymous: true),
        // ...but a named organization's spokesperson stays its voice (PolNeAR's clarification 6).
        .init(
          "A spokesman for the Harbor Authority, who spoke on condition of anonymity under agency rules, said the pier was closed.",
          cue: "said", kind: .organization, anonymous: false),
        // "The employee", "one of them": a definite description with the noun of an earlier anonymous
        // source, or a part of an anonymous group just cited, continues it.
        .init(
          "A hospital employee who asked not to be named said the plan was final. The employee added that staff were told last week.",
          cue: "added", source: "The employee", kind: .anonymous, anonymous: true,
          resolvedTo: "A hospital employee who asked not to be named"),
        .init(
          "Two people familiar with the talks said a deal was near. One of them added that the board would meet Friday.",
          cue: "added", source: "One of them", kind: .anonymous, anonymous: true),
        // (Not when another person the article names in full opens a sentence in between: "he"
        // is more likely that person.)
        .init(
          "A senior official said the talks had stalled. Mayor Tom Reed disagreed. \"It is not over,\" he added.",
          cue: "added", source: "he", anonymous: false),
        .init(
          "Two people familiar with the talks said a deal was near. Both added that the board would meet Friday.",
          cue: "added", source: "Both", kind: .anonymous, anonymous: true),
        // "The two" names again the group of two just cited.
        .init(
          "Two people familiar with the negotiations described a dispute. The two said the offer was withdrawn on Monday.",
          cue: "said", source: "The two", kind: .anonymous, anonymous: true),
        // "she" stands for one unnamed source just cited, whatever its noun.
        .init(
          "A dispatcher, who requested anonymity because she feared reprisal, said calls were dropped. She added that supervisors knew.",
          cue: "added", source: "She", anonymous: true),
        // Asking about the unnamed is asking; a permit not authorized says nothing of the source.
        .init(
          "Senators asked whether unnamed donors had paid for the trip.", cue: "asked", source: "Senators",
          anonymous: false),
        .init(
          "A contractor whose permit was not authorized by the county said the job had stalled.", cue: "said",
          anonymous: false),
        .init(
          "A former engineer, who requested anonymity because she signed a separation agreement, said the supplier was changed. She added that the part failed in testing.",
          cue: "added", source: "She", anonymous: true),
        // The sentence after the quote can withhold the names: "Both requested anonymity".
        .init(
          "Two people who worked in the division at the time said career lawyers had objected. Both requested anonymity because they still work for the state.",
          cue: "said", source: "Two people who worked in the division at the time", kind: .anonymous,
          anonymous: true, reasonGiven: true),
        .init(
          "Two people who worked in the division said lawyers had objected. Both requested anonymity. One of them added that the order came from the deputy.",
          cue: "added", source: "One of them", kind: .anonymous, anonymous: true),
        // "Another", "one former picker": one member of the anonymous group just cited...
        .init(
          "Seven workers, who asked that their names be withheld because they feared losing their jobs, described the pressure. Another said a supervisor had warned her.",
          cue: "said", source: "Another", kind: .anonymous, anonymous: true, reasonGiven: true),
        .init(
          "Seven workers, who asked that their names be withheld, described the pressure. \"You get a write-up,\" said one former picker.",
          cue: "said", source: "one former picker", kind: .anonymous, anonymous: true),
        .init(
          "Two House Republicans, speaking privately, said 30 members could vote no.", cue: "said",
          source: "Two House Republicans", kind: .anonymous, anonymous: true),
        .init(
          "The deal stalled, according to three people briefed on the talks.", cue: "according to",
          source: "three people briefed on the talks", kind: .anonymous, anonymous: true),
        // "The campaign" does not continue "campaign aides": the noun must be the earlier phrase's own.
        .init(
          "Campaign aides said the schedule would change. The campaign added that the bus tour would end in Ohio.",
          cue: "added", source: "The campaign", anonymous: false),
        // A second relative clause joined by "and" is found with the subject that opens the
        // sentence (it gives the reason), and, when it withholds the name, the span reported
        // leaves it out, as it leaves out a single one set off by commas.
        .init(
          "One plant physiologist who has reviewed manuscripts for several journals, and who asked not to be named because reviews are confidential, said the data looked thin.",
          cue: "said", source: "One plant physiologist who has reviewed manuscripts for several journals",
          kind: .anonymous, anonymous: true, reasonGiven: true),
        // "A second former employee" is the next of the unnamed employees.
        .init(
          "A former employee, who requested anonymity for fear of retaliation, said managers shredded records. A second former employee confirmed that account.",
          cue: "confirmed", source: "A second former employee", kind: .anonymous, anonymous: true),
        // The bare "claim" after a plural that names sources.
        .init(
          "Insiders claim the minister never declared the trip.", cue: "claim", source: "Insiders", kind: .anonymous,
          anonymous: true),
        .init(
          "The sky was clear. Observers note that two of the schools got repairs.", cue: "note", source: "Observers",
          kind: .vague),
        .init(
          "The farm would hold eight pens. Objectors claim the cages would sit across the route sea trout take.",
          cue: "claim", source: "Objectors", kind: .vague),
        // The source's second verb, after what it said, withholds its name.
        .init(
          "A budget office analyst who worked on the memo said the department had been warned in July, and asked not to be named because analysts may not speak to the press.",
          cue: "said", source: "A budget office analyst who worked on the memo", kind: .anonymous, anonymous: true,
          reasonGiven: true),
        // A name after "close to" is whom they are close to, not who speaks.
        .init(
          "People close to the council president, Yusuf Marchetti, say he wants an outside review.", cue: "say",
          source: "People close to the council president, Yusuf Marchetti", kind: .anonymous, anonymous: true),
        // ...nor, for an unnamed source, past a person named in full in a sentence between...
        .init(
          "A senior administration official said the talks had stalled. At noon the floor went to Senator Ann Cole of Ohio. She warned that the bill would pass.",
          cue: "warned", source: "She", anonymous: false),
        // ...but not past a person named in full earlier in the pronoun's own sentence.
        .init(
          "A senior official said the talks had stalled. Senate leader Mitch McConnell remains opposed to the bill, but he declared that he would listen.",
          cue: "declared", source: "he", anonymous: false),
        // "He" continues one unnamed person, whatever "and" joins inside the clause about him.
        .init(
          "One fisherman who has signed an agreement with Tidereach, and who asked not to be named because it bars him from criticizing the company, says the payments are low. He said most of the fleet will sign.",
          cue: "said", source: "He", kind: .anonymous, anonymous: true),
        // What the unnamed know may take a preposition of its own ("into").
        .init(
          "Two people familiar with a government investigation into the intrusions said agencies had tracked them.",
          cue: "said", source: "Two people familiar with a government investigation into the intrusions",
          kind: .anonymous, anonymous: true),
        // "One of them" continues the anonymous group, unless an appositive names the person.
        .init(
          "Two neighbours who asked not to be named said he kept to himself. One of them, Rosa Delgado, says he once fixed her fence.",
          cue: "says", source: "One of them, Rosa Delgado", kind: .person, anonymous: false),
        .init(
          "A supervisor, who asked not to be named for fear of losing his job, said managers were told to hurry. Another worker, Mr Jaime Sitoe, told the Ledger the expansion meant 400 more jobs.",
          cue: "told", source: "Another worker, Mr Jaime Sitoe", kind: .person, anonymous: false),
        // Declining to give one's name withholds it; it is no refusal to comment.
        .init(
          "\"We lost everything,\" said one resident, who declined to give her name.", cue: "said",
          source: "one resident", kind: .anonymous, anonymous: true),
        // A capitalised modifier after an article, then where the person is: the whole phrase.
        .init(
          "A Hearthstone franchisee in Ohio, who requested anonymity for fear of losing his franchise, called it extortion.",
          cue: "called",
          source: "A Hearthstone franchisee in Ohio",
          kind: .anonymous, anonymous: true),
        // A plural of people that opens the sentence is no name.
        .init(
          "Franchisees, who asked not to be identified for fear of retaliation, said prices rose twice.", cue: "said",
          source: "Franchisees", kind: .anonymous,
          anonymous: true),
        // Lobbyists who have seen a draft know it as people familiar with it do.
        .init(
          "Committee staff have circulated the draft, according to two lobbyists who have seen it.",
          cue: "according to", source: "two lobbyists who have seen it", kind: .anonymous, anonymous: true),
        // A "whose" clause that withholds a name, with its reason, belongs to the subject ("a
        // minor" is not the one who told).
        .init(
          "A Grade 4 pupil whose name is withheld because he is a minor told the council he walks along the canal.",
          cue: "told", source: "A Grade 4 pupil whose name is withheld because he is a minor", kind: .anonymous,
          anonymous: true, reasonGiven: true),
        // "it" after a preposition is what the people know, not the subject.
        .init(
          "A spokesman would not comment, but two people familiar with it said the talks had collapsed.", cue: "said",
          source: "two people familiar with it", anonymous: true),
        // A two-word noun names the anonymous source again.
        .init(
          "One Harlow staff member, who asked not to be named, said the scan was bad. \"Everyone is gutted,\" the staff member added.",
          cue: "added", source: "the staff member", anonymous: true),
        // A first name alone, the rest withheld.
        .init(
          "\"It is cold,\" said Walt, a retiree on Elm Lane, who declined to give his last name.", cue: "said",
          anonymous: true),
        .init(
          "Officials privy to the development told this scribe that the file had been sent back.", cue: "told",
          source: "Officials privy to the development", anonymous: true),
        // A longer noun that continues the unnamed source.
        .init(
          "A former member of the mayor's staff, who asked not to be named, described the files. \"Nobody signed anything,\" the former staff member said.",
          cue: "said", source: "the former staff member", anonymous: true),
        // A person who gives only a first name; partisans speaking privately.
        .init(
          "Another vendor, who gave her name only as Grace, said officials were collecting fees.", cue: "said",
          anonymous: true),
        .init("Several club owners have said privately that they will not renew.", cue: "have said", anonymous: true),
        .init(
          "The lake is still rising. Privately, two councillors said they doubt the province will act.", cue: "said",
          anonymous: true),
        // An unnamed speaker after an inverted "said" at the end of a plain clause.
        .init(
          "Fare cuts, new routes and a later last ferry are all on the table, said someone familiar with the talks.",
          cue: "said", source: "someone familiar with the talks", anonymous: true),
        .init(
          "The minister still backs the harbour plan, say ministry officials familiar with the matter.", cue: "say",
          source: "ministry officials familiar with the matter", anonymous: true),
        // Asking that the paper not print a name, or that name and rank be withheld.
        .init(
          "A dock foreman who asked that the Ledger not print his name because he could be fired said the cranes sat idle.",
          cue: "said", source: "A dock foreman who asked that the Ledger not print his name because he could be fired",
          kind: .anonymous, anonymous: true, reasonGiven: true),
        .init(
          "One welder, who asked that his name and rank be withheld, described a night of chaos.", cue: "described",
          source: "One welder", kind: .anonymous, anonymous: true),
        // "She" is the spokeswoman, not the unnamed forwarder whose own clause says "his".
        .init(
          "One forwarder, who asked not to be named because his firm is in talks, said rates rose. The ministry's "
            + "spokeswoman said nothing had changed. She would not say more.", cue: "would not say", source: "She",
          kind: .pronoun, anonymous: false, denial: .noComment),
        // A body that urges in private is still named.
        .init(
          "The Ridge Courier reported that the state government had privately urged the unions to settle.",
          cue: "had privately urged", source: "the state government", anonymous: false),
        // Two modifiers of one unnamed head: the head is who they are.
        .init(
          "American and British officials said the talks would resume.", cue: "said",
          source: "American and British officials", kind: .anonymous, anonymous: true),
        .init(
          "Current and former staffers told the Ledger the office was in disarray.", cue: "told",
          source: "Current and former staffers", kind: .anonymous, anonymous: true),
        .init(
          "The senator was referring to a claim by a Hale aide earlier Thursday that the audit was political.",
          cue: "claim", source: "a Hale aide", kind: .anonymous, anonymous: true),
        // People with what they have ("with clients on the lineup"), then the clause that withholds names.
        .init(
          "Two talent agents with clients on the lineup, who asked not to be identified to protect their jobs, said "
            + "the promoter had asked for cuts.", cue: "said",
          source: "Two talent agents with clients on the lineup",
          kind: .anonymous, anonymous: true),
      ],
      nonTriggering: [
        .init("A porter who asked the Ledger not to name her said the lift had been broken for a month.", cue: "asked"),
        // Not wanting to be named is no cue either.
        .init(
          "Several porters think the lifts are unsafe, according to a former matron who worked on the ward until 2030 and did not want to be identified.",
          cue: "did not want"),
        .init(
          "Tomas, a welder who asked that only his first name be printed, said the yard had no fans.", cue: "asked"),
        // The reporter between the verb and the request; the reason's own verb.
        .init(
          "A nurse, who asked me not to use her name because she reports to the ward manager, said the ward was "
            + "short-staffed.", cue: "asked"),
        .init(
          "A nurse, who asked me not to use her name because she reports to the ward manager, said the ward was "
            + "short-staffed.", cue: "reports"),
        .init("A dock foreman who asked that the Ledger not print his name said the cranes sat idle.", cue: "asked"),
        .init("They asked not to be named, citing confidentiality agreements they signed.", cue: "citing"),
        .init(
          "A second resident, who declined to give his full name, said the water rose fast.", cue: "declined to give"),
        // Asking for anonymity, or fearing what a name would bring, says nothing more.
        .init(
          "An official of the utility, requesting anonymity as the matter is before the court, said it had objected.",
          cue: "requesting"),
        .init(
          "\"The trucks come at night,\" said a vendor near the market, who gave only his first name, fearing reprisals.",
          cue: "fearing"),
        .init("A clerk, who asked not to be named for fear of losing her job, described the files.", cue: "asked"),
        .init(
          "Two lawyers said the challenge had merit. Both requested anonymity because they still work for the state.",
          cue: "requested"),
      ]),
    AttributionRule(
      name: "vague collectives",
      triggering: [
        // A plural of people with its modifiers, then a verb that is also a noun and an article.
        .init(
          "Headline\n\nCommercial drift gillnetters estimate the run is worth about $9 million a year.",
          cue: "estimate",
          source: "Commercial drift gillnetters", kind: .vague),
        // "Private" in the name of the ones cited after the cue says nothing of how they spoke.
        .init(
          "Headline\n\nThe premiums will rise by a fifth next year, according to private insurers.",
          cue: "according to", source: "private insurers", kind: .vague, anonymous: false),
        // An inspecting body's officers, unnamed and uncounted, speak for it.
        .init(
          "Headline\n\nThe auditors found that the depot had paid twice for the same cranes.", cue: "found",
          source: "The auditors", kind: .organization),
        .init(
          "Headline\n\nInspectors from the Ministry of Transport say the depot paid twice for the same cranes.",
          cue: "say", source: "Inspectors from the Ministry of Transport", kind: .organization),
        .init(
          "Headline\n\nState auditors found that the depot had paid twice for the same cranes.", cue: "found",
          source: "State auditors", kind: .organization),
        // Unnamed groups of a kind a body's word names are a collective; companies an appositive
        // names with their suffix are organizations.
        .init(
          "Headline\n\nCivil society groups have long argued that the districts lack engineers.",
          cue: "have long argued",
          source: "Civil society groups", kind: .vague),
        .init(
          "Headline\n\nThe two buyers, Karuna Textiles and Ostrava Spinners Ltd, said they had paid in full.",
          cue: "said",
          source: "The two buyers, Karuna Textiles and Ostrava Spinners Ltd", kind: .organization),
        .init(
          "Headline\n\nVellore Surgical Technology did not respond to emails.", cue: "did not respond",
          source: "Vellore Surgical Technology", kind: .organization, denial: .noResponse),
        // A plural the story also writes in small letters is a common noun, though it opens the
        // sentence with a capital.
        .init(
          "Headline\n\nThe auction stalled in a dispute between buyers and the warehouse. Buyers allege that 300 tonnes are missing.",
          cue: "allege", source: "Buyers", kind: .vague),
        // Two modifiers of one plural, the first capitalised only because it opens the sentence
        // (here after a dateline): no name before "and".
        .init(
          "Headline\n\nDAR ES SALAAM \u{2014} Clearing and forwarding agents at the port said delays had doubled.",
          cue: "said", source: "Clearing and forwarding agents at the port", kind: .vague),
        .init(
          "Headline\n\nCurrent and former employees said they had raised concerns in writing.", cue: "said",
          source: "Current and former employees", kind: .vague),
        // (A name the article capitalises inside a sentence keeps its person.)
        .init(
          "Headline\n\nThe memo went to Chelsea Manning in May. Manning and former aides said it was never read.",
          cue: "said", source: "Manning and former aides", kind: .person),
        // Campaigners claim: people named by their cause.
        .init(
          "Headline\n\nCampaigners claim the clinic's low numbers follow the cut in its opening hours.", cue: "claim",
          source: "Campaigners", kind: .vague),
        // A partitive with a number in words.
        .init(
          "Headline\n\nFifteen of the economists said a cut to zero was likely.", cue: "said",
          source: "Fifteen of the economists", kind: .vague),
        // The outlet's agent, then where and when it reached the people.
        .init(
          "Stallholders interviewed by this newspaper at the market on Friday said trade had fallen.", cue: "said",
          source: "Stallholders interviewed by this newspaper at the market on Friday"),
        // A plural capitalised only because it opens the sentence, then where the people are.
        .init(
          "Riders at the Fenmoor velodrome have complained that the track is cracked.", cue: "have complained",
          source: "Riders at the Fenmoor velodrome", kind: .vague),
        .init(
          "Since the bypass opened, shopkeepers along Mercer Lane have complained that parking is scarce.",
          cue: "have complained", source: "shopkeepers along Mercer Lane", kind: .vague),
        .init(
          "Nurses elsewhere in the region have warned of the same shortage.", cue: "have warned",
          source: "Nurses elsewhere in the region", kind: .vague),
        // People by what they are doing, after the plural that names them; and people by their
        // trade, in lower case.
        .init(
          "Residents living beside the quarry said the dust was worse at night.", cue: "said",
          source: "Residents living beside the quarry", kind: .vague),
        .init(
          "Industry consultants say more closures are likely.", cue: "say", source: "Industry consultants",
          kind: .vague),
        // A consortium is a body.
        .init(
          "The builders' consortium, Rivenlink, declined to comment on the audit.", cue: "declined to comment",
          source: "The builders' consortium, Rivenlink", kind: .organization, denial: .noComment),
        // (Not counsel for a body, who speak for it.)
        .init(
          "Attorneys for the Harwick School Board argued that the vote was lawful.", cue: "argued",
          source: "Attorneys for the Harwick School Board", kind: .organization),
        // How the writer reached them does not make them the writer.
        .init(
          "Shopkeepers on the high street who spoke with this newspaper said trade had halved.", cue: "said",
          kind: .vague),
        .init("Critics say the law goes too far.", cue: "say", source: "Critics", kind: .vague, anonymous: false),
        // A group of people is no body; a group of companies may be one.
        .init(
          "A group of parents has asked the court to quash the decision.", cue: "has asked",
          source: "A group of parents", kind: .vague, anonymous: false),
        .init(
          "A group of companies said the rules were unworkable.", cue: "said", source: "A group of companies",
          kind: .organization),
        // Members of a legislature with no count; a force's officers speak for the force.
        .init(
          "Opposition MPs have accused the government of hiding the report.", cue: "have accused",
          source: "Opposition MPs", kind: .vague, anonymous: false),
        .init("Deputies said the driver fled on foot.", cue: "said", source: "Deputies", kind: .organization),
        .init("Investigators said the fire was set.", cue: "said", source: "Investigators", kind: .organization),
        .init("Many residents said they felt ignored.", cue: "said", source: "Many residents", kind: .vague),
        .init("Forecasters said the storm would weaken by Friday.", cue: "said", source: "Forecasters", kind: .vague),
        .init("Victims alleged that the police had been slow to act.", cue: "alleged", source: "Victims", kind: .vague),
        // A share of the people just named.
        .init(
          "The bill angered relatives of the victims, many of whom say the president is wrong.", cue: "say",
          source: "many of whom"),
        // Unnamed insiders named together stay anonymous.
        .init(
          "Friends and former advisers say Mr. Romney does not believe he was called to run.", cue: "say",
          source: "Friends and former advisers", kind: .anonymous, anonymous: true),
        // Two nouns for people joined by "and" are one collective, insiders among them too; an
        // adverb between subject and verb is neither.
        .init(
          "World leaders and diplomats together said the test was reckless.", cue: "said",
          source: "World leaders and diplomats", kind: .vague, anonymous: false),
        // A pronoun in a contraction is a pronoun, spanned without its contraction.
        .init(
          "Smith faces several allegations, which he\u{2019}s denied.", cue: "denied", source: "he",
          kind: .pronoun, denial: .denial),
        .init(
          "Some House Democrats said the bill was dead.", cue: "said", source: "Some House Democrats", kind: .vague),
        // A relative pronoun whose antecedent is not settled is a pronoun, not a collective.
        .init(
          "They turned to the Chicago Police Department which reported 2,521 shootings last year.", cue: "reported",
          source: "which", kind: .pronoun),
        // ...but the people of one identified person, or a set of identified people, are persons.
        .init(
          "Attorneys for the family said the video showed him unarmed.", cue: "said",
          source: "Attorneys for the family", kind: .person),
        .init(
          "Scott's family has called for the release of the footage.", cue: "has called", source: "Scott's family",
          kind: .person),
        .init("Their attorneys said the footage was clear.", cue: "said", source: "Their attorneys", kind: .person),
        // ...and one more of a group is anonymous only after an anonymous group, and only a person.
        .init(
          "Residents said the road flooded twice. Another added that the county never came.", cue: "added",
          source: "Another", anonymous: false),
        // Partisans who speak only in private are unnamed by choice: anonymous.
        .init(
          "Some Democrats privately say the nominee cannot win the state.", cue: "privately say",
          source: "Some Democrats", kind: .anonymous, anonymous: true),
        .init("Respondents blamed supplier surcharges more than any other factor.", cue: "blamed", kind: .vague),
        .init(
          "Headline\n\nFishers in Bayawan say the dam leaked.", cue: "say", source: "Fishers in Bayawan", kind: .vague),
        .init(
          "Headline\n\nHouseholds in the town say their bills tripled.", cue: "say", source: "Households in the town",
          kind: .vague),
        .init("Headline\n\nColleagues said he had been on leave since August.", cue: "said", kind: .vague),
      ],
      nonTriggering: []),
    AttributionRule(
      name: "passives",
      triggering: [
        // A participle with its agent between dashes.
        .init(
          "Headline\n\nThe cost of a new bridge — estimated by council engineers at $4.2 million — would fall on ratepayers.",
          cue: "estimated", source: "council engineers"),
        // The agent of a passive "told", before what was told without "that".
        .init(
          "Headline\n\nThe minutes record that members were told by a council officer the route was under review.",
          cue: "were told", source: "a council officer"),
        // A demonstrative before the noun that names the one just quoted.
        .init(
          "Headline\n\nDeputies have a suspect. \"It's somebody from around here,\" that person said.", cue: "said",
          source: "that person"),
        // A month after its preposition is no part of the subject.
        .init(
          "Headline\n\nThe yard's order book emptied. In December management told us the book was full until 2027.",
          cue: "told", source: "management"),
        // A document's verb before the subject is its own clause's.
        .init(
          "Headline\n\nMinutes of last month's town meeting record that the company's area manager told councillors a freeze was off the table.",
          cue: "told", source: "the company's area manager"),
        .init(
          "Headline\n\nDocuments released under freedom of information show the authority asked the department for $2.1 million.",
          cue: "asked", source: "the authority"),
        // (And people who said it, before the subject of what they said.)
        .init(
          "Headline\n\nTwo people who attended a closed commission session in August said County Attorney Miriam Feld warned commissioners of a lawsuit.",
          cue: "warned", source: "County Attorney Miriam Feld"),
        // (Only after a document: a person's clause keeps its verb.)
        .init(
          "Headline\n\nDr. Hana Liebowitz, who directs the federal Immunization Supply Office, said the shots would ship late.",
          cue: "said", source: "Dr. Hana Liebowitz, who directs the federal Immunization Supply Office"),
        // A blame with its "for" and no "be" before it is a passive: the militia is blamed, and no
        // one is named who blames it.
        .init(
          "Headline\n\nThe strikes hit depots tied to a militia blamed for a series of attacks on the base.",
          cue: "blamed", kind: SourceKind.none),
        // An empty subject with its "is" names no one.
        .init(
          "Headline\n\nThat's because the closure was predictable, and predicted.", cue: "predicted",
          kind: SourceKind.none),
        // The agent's "by" comes before what was told or asked: not a "by" inside it, nor the
        // question after the agent.
        .init(
          "Headline\n\nThe Ledger is told that a decision by the harbour trust drove the sale.", cue: "is told",
          kind: SourceKind.none),
        .init(
          "The harbour master was asked by auditors why the dredging was late.", cue: "was asked",
          source: "auditors"),
        // A contracted negative be-verb makes a passive too; it is no part of the subject.
        .init(
          "Headline\n\nResidents weren't told that the water was unsafe.", cue: "weren't told", kind: SourceKind.none),
        // “it is understood” after the clause it vouches for.
        .init(
          "Headline\n\nThe ferry operator had offered to cut fares by a tenth, it is understood.",
          cue: "it is understood",
          kind: SourceKind.none),
        // After "as", where it was said: a document or an outlet after "in".
        .init(
          "Headline\n\nThe pier was sold for a pound, as alleged in a pamphlet pinned to the chapel door.",
          cue: "alleged", source: "a pamphlet pinned to the chapel door", kind: .document),
        // A concern raised by someone: the concern is what was said, the one who raised it the source.
        .init(
          "Headline\n\nWorries about the berth fees were first raised by Councillor Ines Marrow.",
          cue: "were first raised", source: "Councillor Ines Marrow"),
        .init("The project, it is learnt, has been shelved.", cue: "it is learnt", kind: SourceKind.none),
        .init("The sale is reported to be worth $2 million.", cue: "is reported", kind: SourceKind.none),
        // The agent's name ends before where and when it spoke.
        .init(
          "The tender had been criticised by Councillor Mae Orlo at a budget meeting in May.",
          cue: "had been criticised", source: "Councillor Mae Orlo", kind: .person),
        .init("It was reported that the mill would close.", cue: "was reported", kind: SourceKind.none),
        // At the clause's end, after a comma: what was reported comes first.
        .init(
          "The licence had been suspended twice in the 1980s, it was reported at the time.", cue: "was reported",
          kind: SourceKind.none),
        .init(
          "She knew every fleece by its smell, it was often said in the valley, though no one tested it.",
          cue: "was often said", kind: SourceKind.none),
        // (After "It", the clause may follow without its "that".)
        .init(
          "It is understood at least 40 workers have not been paid since March.", cue: "is understood",
          kind: SourceKind.none),
        .init("It is claimed the minister has now hired a libel lawyer.", cue: "is claimed", kind: SourceKind.none),
        // (A time may stand before its "that".)
        .init(
          "It was reported on Friday that the state had shipped 4,000 doses.", cue: "was reported",
          kind: SourceKind.none),
        // (A later cue of the clause's own leaves the hedge its own.)
        .init(
          "The lender is also alleged to have kept charging the fee after regulators told it to stop.",
          cue: "is also alleged", kind: SourceKind.none),
        // "I'm told": the writer is told; who told is not given.
        .init("I'm told the talks have continued.", cue: "told", kind: SourceKind.none),
        .init(
          "It was reported in the capital on Thursday evening that the mine had closed.", cue: "was reported",
          kind: SourceKind.none),
        // (A subject with no article, when its verb follows: "similar protests are".)
        .init(
          "It is understood similar protests are planned at two other depots.", cue: "is understood",
          kind: SourceKind.none),
        // "It has emerged", "It has been learnt": no one named told it.
        .init(
          "It has emerged that the winning bidder was registered four months before the tender.", cue: "has emerged",
          kind: SourceKind.none),
        .init("It has been learnt that the board met twice in secret.", cue: "has been learnt", kind: SourceKind.none),
        // "It is understood that", "It is believed that": no one named believes or understands.
        .init(
          "It is understood that at least four drivers have been suspended.", cue: "is understood",
          kind: SourceKind.none),
        .init(
          "The plan was criticized by the teachers' union.", cue: "was criticized", source: "the teachers' union",
          kind: .organization),
        // In court reports the court, the jury or the inquest is the audience of what it heard.
        .init(
          "The sheriff court heard that Lowe, 31, had been drinking since noon.", cue: "heard", kind: SourceKind.none),
        .init("The inquest heard Lowe had three previous convictions.", cue: "heard", kind: SourceKind.none),
        // An Australian Senate committee's budget hearings, by their name: not "estimates" said by the Senate.
        .init(
          "Headline\n\nSenate estimates heard the agency had spent $4 million on consultants.", cue: "heard",
          kind: SourceKind.none),
        // The charge after the agent is no part of it.
        .init(
          "Team Halcyon has also been accused by two former players of withholding their prize money.",
          cue: "has also been accused", source: "two former players"),
        .init(
          "Headline\n\nThe landlord has been accused by four tenants of negligence.", cue: "has been accused",
          source: "four tenants"),
        // "accused" with its "of" right after it has no object: the one accused stands before it,
        // and no one is named who accuses.
        .init(
          "Headline\n\nThe driver accused of causing the crash on the ring road appeared in court on Monday.",
          cue: "accused", kind: SourceKind.none),
        .init(
          "Headline\n\nThe council released Piet Oduya, a contractor accused of overbilling.", cue: "accused",
          kind: SourceKind.none),
        .init("Headline\n\nShe stood accused of leaking the minutes.", cue: "accused", kind: SourceKind.none),
        .init(
          "Headline\n\nRelatives of the two men he's accused of robbing sat in the gallery.", cue: "accused",
          kind: SourceKind.none),
        // (Its subject right before it, with what it accused fronted: "the rivals he accused of".)
        .init(
          "Headline\n\nAmes later apologised to the rivals he accused of cheating.", cue: "accused", source: "he"),
      ],
      nonTriggering: [
        // A deadline after "by" is no agent; nor is money raised a concern.
        .init("Headline\n\nThe revised timetable will be announced by next Thursday.", cue: "will be announced"),
        .init("Headline\n\nFunds for the roof were raised by the parents' association.", cue: "were raised"),
        // (Reported to an authority: no hedge.)
        .init("Spills must be reported to the river authority.", cue: "reported"),
        .init("The chief is said to be furious.", cue: "said"),
        .init("Ruiz was promised a seat on the board.", cue: "promised"),
        .init("The jury heard the case over four days.", cue: "heard"),
        .init("Headline\n\nSenate estimates heard the agency had spent $4 million on consultants.", cue: "estimates"),
        .init("He lives in a tower named after himself.", cue: "named"),
        .init("Firefighters were called to the hall at 2am, the fire service said.", cue: "were called"),
      ]),
    AttributionRule(
      name: "a speaker's colon",
      triggering: [
        // A speaker's words announced by a noun for them, or closing a meeting: the cue runs from
        // the verb to the colon.
        .init(
          "Headline\n\nLock-keeper Owen Teague had advice for canoeists: \"Stay left of the buoys.\"",
          cue: "had advice for canoeists:", source: "Lock-keeper Owen Teague"),
        .init(
          "Headline\n\nMayor Lina Orsk opened the meeting with a question: \"Who here rides the bus?\"",
          cue: "opened the meeting with a question:", source: "Mayor Lina Orsk"),
        // A vox pop: a name and a person's noun after a comma; a name the article has used, and
        // when it spoke.
        .init(
          "Headline\n\nDorit Amsel, pensioner: \"Since March the clinic minibus has simply stopped coming.\"",
          cue: ":", source: "Dorit Amsel, pensioner", kind: .person),
        .init(
          "Headline\n\nCouncillor Rafe Olu chaired the hearing.\n\nOlu, during the recess: \"Nobody here has read the audit.\"",
          cue: ":", source: "Olu", kind: .person),
        // A body, a role and a name with no comma, in a box of reactions.
        .init(
          "Headline\n\nReaction came fast.\n\nKelso head coach Dana Orr: \u{2018}We owe the fans a win.\u{2019}",
          cue: ":",
          source: "Kelso head coach Dana Orr", kind: .person),
        // (After the reporter's question that opens the sentence; "dismissive" dismisses.)
        .init(
          "Questioned about the overspend, the treasurer was scornful: \"Read the accounts.\"",
          cue: "was scornful:", source: "the treasurer", denial: .dismissal),
        // A name with its appositive before "was blunt:".
        .init(
          "Aldo Ferri, the ferry's oldest deckhand, had a warning: \"Nobody checks the rafts.\"", cue: "had a warning:",
          source: "Aldo Ferri, the ferry's oldest deckhand", kind: .person),
        .init(
          "Councillor Ines Drury had a one-line reply: \"Ask the shipyard.\"", cue: "had a one-line reply:",
          source: "Councillor Ines Drury"),
        // A place after the speaker's noun.
        .init(
          "A driver at the depot put it plainly: ‘Nobody told us a thing.’", cue: "put it plainly:",
          source: "A driver at the depot", kind: .vague),
        // A name and what it spoke on; a scoop's unnamed sources before its clause.
        .init("Lund on the loss: \"We were poor.\"", cue: ":", source: "Lund", kind: .person),
        // An answer that opens by denying what the question says others claim.
        .init(
          "Our guest is Dana Quill.\n\nFormer staff say the cuts were planned in October.\n\nQUILL: That's just "
            + "not true. We decided in January.\n\nHOST: Why then?\n\nQUILL: Money.", cue: ":", source: "QUILL",
          kind: .person, denial: .denial),
        // A video player's caption before the title it gives.
        .init("JUST WATCHED Ann Lee: \"We will not back down\"", cue: ":", source: "Ann Lee", kind: .person),
        .init(
          "Sources: The Lakers are finalizing a deal with the guard.", cue: ":", source: "Sources", kind: .anonymous,
          anonymous: true),
        // In a transcript, a speaker's label in capitals is a person's, not an acronym.
        .init(
          "VARGA: Parts of it was fair.\n\nLONG TABLE: Which parts?\n\nVARGA: The steel.",
          cue: ":", source: "VARGA", kind: .person),
        .init("RUIZ: We will fix the roads this year.", cue: ":", source: "RUIZ"),
        // A headline's role before a quotation.
        .init(
          "Co-op chief: Drought relief \"too little, too late\"", cue: ":", source: "Co-op chief", kind: .person),
        // A name with its description before a colon that opens a quotation.
        .init(
          "Marta Ilves, who farms 400 acres near Dunmore: \"The rain came a month too late.\"", cue: ":",
          source: "Marta Ilves, who farms 400 acres near Dunmore", kind: .person),
        // A person's short clause before the colon introduces the quotation; its verb leads the cue.
        .init(
          "Councilor Pete Havelock was blunt: \"Fix it once, and fix it right.\"", cue: "was blunt:",
          source: "Councilor Pete Havelock", kind: .person),
        .init(
          "One senior adviser summed up the debate: \"Half the room wants to throw punches.\"",
          cue: "summed up the debate:", source: "One senior adviser", kind: .anonymous, anonymous: true),
        // A transcript's speaker in capitals, with a role after a comma.
        .init(
          "TOBIAS QUIST, HOST: Did anyone from the authority ask riders like you?", cue: ":",
          source: "TOBIAS QUIST, HOST", kind: .person),
        // After a clause of the subject's own, its verb and the colon are the cue, and an
        // appositive stays with the subject.
        .init(
          "One resident, Malam Idris Garba, 52, was blunt: \"We sleep with one eye open.\"", cue: "was blunt:",
          source: "One resident, Malam Idris Garba, 52"),
        .init(
          "Rep. Ana Ruiz, the panel's top Democrat, put it plainly: \"Show us the records.\"", cue: "put it plainly:",
          source: "Rep. Ana Ruiz, the panel's top Democrat"),
        .init(
          "Dana Whitfield, a nurse, was blunter in a statement: \"We will fight.\"", cue: "was blunter in a statement:",
          source: "Dana Whitfield, a nurse"),
        .init(
          "The singer captioned the photo: \"Grateful for every one of you.\"", cue: "captioned the photo:",
          source: "The singer"),
        // A subject whose relative clause says why it is unnamed (and so runs long).
        .init(
          "A porter who asked not to be named because she is suing the hotel put it more bluntly: \"They lie.\"",
          cue: "put it more bluntly:",
          source: "A porter who asked not to be named because she is suing the hotel", kind: .anonymous,
          anonymous: true),
        // In the headline, the words before a colon that opens a quotation are its source.
        .init(
          "Ruiz Grills Pool Board Over Closure: 'We Owe the Swimmers More'\n\nThe mayor spoke on Monday.",
          cue: ":", source: "Ruiz Grills Pool Board Over Closure"),
      ],
      nonTriggering: [
        // The asker's question is not the one asked's words; an appeal may be no speech at all.
        .init("Headline\n\nModerator Ida Brun asked the panel a simple question: \"Who pays?\"", cue: "question:"),
        .init("Headline\n\nMayor Ann Holt had one appeal for voters: \"She was local.\"", cue: "appeal for voters:"),
        .init("Headline\n\nFriday, after the count: \"We won,\" Holt wrote.", cue: ":"),
        .init("Headline\n\nHarbour Street, corner of Quay Road: \"No entry\" is painted on the wall.", cue: ":"),
        .init("Parker had three goals for the season: win, stay healthy and sell tickets.", cue: ":"),
        // A headline's exclamation is no speaker.
        .init("Oh My: Council Loses Its Own Budget File\n\nThe clerk apologized on Friday.", cue: ":"),
        .init("Surprise: Ferry Fares Rise Again\n\nThe operator said on Friday they would.", cue: ":"),
        .init("Voters heard the speech.\n\nFact check: the mayor's speech had four errors.", cue: ":"),
        // A promotion's lead word, or a date, is no speaker.
        .init("Also on the Ledger: 'Ruiz wins the county by 40 votes'", cue: ":"),
        // (Not a clause whose subject is no person: "The reason is simple:".)
        .init("The reason is simple: \"We are broke.\"", cue: "is simple:"),
        .init("Update: This story has been corrected.", cue: ":"),
        // Labels that head a line, of one word or more.
        .init("Breaking: Council Votes To Close The Pier", cue: ":"),
        .init("Live: Corran Ridge Fire Grows Past 4,000 Hectares", cue: ":"),
        .init("Read more: Council approves budget after tense debate", cue: ":"),
        // A joining word, an e-mail's header, a year, a list's heading.
        .init("And: \"I'm not sorry for anything I've ever done.\"", cue: ":"),
        .init("From: Beth Myers, Senior Adviser", cue: ":"),
        .init("2016: The year the polls missed the turnout.", cue: ":"),
        .init("Loser: The mayor, whose budget failed by four votes.", cue: ":"),
        .init("Editor's Note: An earlier version misspelled a name.", cue: ":"),
        .init("Fire chief: a timeline of the blaze", cue: ":"),
        // A newsletter's section headings are no speakers.
        .init("WHY IT MATTERS: The office inspects 11,000 rental units a year.", cue: ":"),
        .init("THE NUMBERS: Overtime has run over budget in each of the last four years.", cue: ":"),
        .init("WHAT'S NEXT: The council meets on Nov. 14.", cue: ":"),
        // A credit line names no speaker.
        .init("Sources: Reuters, company filings.", cue: ":"),
        .init("Review: the new ring tracks sleep well, but the subscription stings", cue: ":"),
        // A dateline in capitals opens the story; it names a place, not a speaker.
        .init("HYDERABAD: The Cyberabad police on Tuesday arrested nine persons.", cue: ":"),
      ]),
    AttributionRule(
      name: "a noun of what was said, then a colon or a dash",
      triggering: [
        // The owner before the noun is the source; the words after the colon are what was said.
        .init(
          "Headline\n\nThe phasing plan was approved. Her verdict on the phasing plan: \"Slower damage is still damage.\"",
          cue: "verdict", source: "Her"),
        .init(
          "Headline\n\nThe ministry's reply: \"We have done nothing wrong.\"", cue: "reply",
          source: "The ministry's", kind: .organization, denial: .denial),
        // Between dashes, with the sentence going on after them.
        .init(
          "Headline\n\nMayor Dolores Tafoya's verdict — \"a betrayal of every miner's family\" — drew applause.",
          cue: "verdict", source: "Mayor Dolores Tafoya's", kind: .person),
        // A copula and its adjective may stand before the colon.
        .init(
          "Headline\n\nBakke's message to the company was short: \"Put it somewhere else.\"", cue: "message",
          source: "Bakke's", kind: .person),
      ],
      nonTriggering: [
        // A headline's capitalised noun; words that quote no one; a guess at a response.
        .init("Headline\n\nThe Judge's Verdict: Secret courts questionable, the column argues.", cue: "Verdict"),
        .init("Headline\n\nThe plan's conclusion: more study is needed before any dredging.", cue: "conclusion"),
        .init(
          "Headline\n\nHe predicts Pence's response would meet a minimal threshold: \"Russia: Bad.\"", cue: "response"),
        // The noun of another owner's phrase: "plea" is Macron's, inside Trump's reaction.
        .init(
          "Headline\n\nTrump's first reaction to Macron's plea for a bit more time was: \"Who's Brian Hook?\"",
          cue: "plea"),
      ]),
    AttributionRule(
      name: "a quotation signed with a dash",
      triggering: [
        // A quotation that opens the paragraph's last sentence, signed by an unnamed source.
        .init(
          "Headline\n\nWorkers have started a spreadsheet of open roles. “It is the only thing keeping us sane” — one former designer, in a message to the site.",
          cue: "—", source: "one former designer", kind: .anonymous, anonymous: true),
        // A dash, then a speaker and a verb: the verb is the cue, not the dash.
        .init(
          "Headline\n\n\"The ward will reopen in May\" — a spokeswoman for the health board said.", cue: "said",
          source: "a spokeswoman for the health board"),
        // A crosshead: a quoted word, a dash and the source in lower case, on a line of its own.
        .init(
          "The ferry runs twice a day.\n\nFerry fares ‘unfair’ – island residents\n\nA return costs £40.", cue: "–",
          source: "island residents", kind: .vague),
        .init(
          "Library hours ‘too short’ – union\n\nThe branch opens at ten.", cue: "–", source: "union",
          kind: .organization),
        // An embedded post's signature: the name, then its handle and date.
        .init(
          "\"We're going to win this thing.\" \u{2014} Donald J. Trump (@realDonaldTrump) March 3, 2016",
          cue: "\u{2014}",
          source: "Donald J. Trump", kind: .person),
        // An aside on how the signer spoke is not the source; a description of the signer is.
        .init(
          "\"We are holding the line.\" \u{2014} Division Supervisor Eli Marchetti, speaking at the staging area.",
          cue: "\u{2014}", source: "Division Supervisor Eli Marchetti", kind: .person),
        .init(
          "\"We are holding the line.\" \u{2014} Eli Marchetti, division supervisor", cue: "\u{2014}",
          source: "Eli Marchetti, division supervisor", kind: .person),
        // A speaker's name that opens the sentence, a dash, and the quotation.
        .init(
          "Council member Rosa Tamm \u{2014} \"We cannot keep raising fares on the people who ride most.\"",
          cue: "\u{2014}", source: "Council member Rosa Tamm", kind: .person),
        // A description that closes the paragraph signs it too, up to its channel.
        .init(
          "\"Somebody was reading it in braille.\" \u{2014} a Democratic committee staffer, in a text message.\nNext.",
          cue: "\u{2014}", source: "a Democratic committee staffer", kind: .anonymous, anonymous: true),
        .init(
          "“The river is ours to keep clean.” \u{2015} Ana Lucero\nMore letters follow.", cue: "\u{2015}",
          source: "Ana Lucero", kind: .person),
        // Signed quotations run together on one line.
        .init(
          "“The river is ours.” \u{2015} Ana Lucero “The mill must pay.” \u{2015} Tom Reyes\n", cue: "\u{2015}",
          source: "Ana Lucero", kind: .person),
        // A quotation opened with a closing mark (which throws the pairing of the marks after it).
        .init(
          "”The river is ours.” \u{2015} Ana Lucero\n“The mill must pay.”\u{2015} Tom Reyes\n", cue: "\u{2015}",
          source: "Ana Lucero", kind: .person),
        .init(
          "'This is the last straw for a lot of us.' — Sione Tupou, Ruawai supplier", cue: "—",
          source: "Sione Tupou, Ruawai supplier", kind: .person),
        // A hyphen typed for the dash on the quotation's line; a role before the name.
        .init(
          "'Mend the fences before the frost.' - Brook Hill grower Ann Keller, on her plan for spring",
          cue: "-", source: "Brook Hill grower Ann Keller", kind: .person),
      ],
      nonTriggering: [
        .init("Prices ‘will rise’ – here's what that means\n\nThe index rose.", cue: "–"),
        // A hyphen that opens its own line is a credit, not a signature.
        .init("\"The pay gap keeps growing.\"\n\n- Wire report.", cue: "-"),
        .init("The mayor spoke \u{2014} briefly \u{2014} about the plan.", cue: "\u{2014}"),
      ]),
    AttributionRule(
      name: "gerunds share the sentence's subject",
      triggering: [
        // Where the subject stands, after its head: along a canal, in a town.
        .init(
          "Headline\n\nFarmers along the Tolosa canal in San Rafael have appealed the ruling, arguing that the "
            + "allocation leaves them dry.",
          cue: "arguing", source: "Farmers along the Tolosa canal in San Rafael", kind: .vague),
        // A dateline's colon, with a quotation later in the report's sentence, is no speaker.
        .init(
          "Headline\n\nSALEM: The Salem Flower Traders' Association has called a two-day shutdown, saying the "
            + "order would \"break a chain a century old\".",
          cue: "saying", source: "The Salem Flower Traders' Association", kind: .organization),
        // A title before the person's noun is no head of its own; a body after "with" says too.
        .init(
          "Headline\n\nThe port's general manager, Anis Gharbi, went further, dismissing the readings as junk.",
          cue: "dismissing", source: "The port's general manager, Anis Gharbi", kind: .person, denial: .dismissal),
        .init(
          "Headline\n\nWorkers have downed tools at the yard, with their union saying the firm owes them six months' pay.",
          cue: "saying", source: "their union", kind: .organization),
        // After a comma, a participle is the speaker's where the cue inside what was said is a plan
        // or a denied act; the subject of a past act inside keeps its own participle.
        .init(
          "Headline\n\nShe denied that anyone had promised the company the cottages, saying the lease had been "
            + "advertised like any other.",
          cue: "saying", source: "She", denial: .denial),
        .init(
          "Headline\n\nSen. Ann Cass said the Senate will write its own bill, stressing senators need an estimate.",
          cue: "stressing", source: "Sen. Ann Cass", kind: .person),
        .init(
          "Headline\n\nThe diplomat said Ms. Berg had repeated her complaint at a dinner in March, telling guests that "
            + "she had inherited a promise.",
          cue: "telling", source: "Ms. Berg", kind: .person),
        // What court papers show someone did, and the participle after it, are that someone's.
        .init(
          "Headline\n\nCourt papers show the joint venture sued the department in April, alleging unpaid invoices.",
          cue: "alleging", source: "the joint venture", kind: .organization),
        // A document's own participle, at the head of what was said, is the document's.
        .init(
          "Headline\n\nTwo people familiar with the matter said a Cabinet paper warning that the plant could slip was circulated in April.",
          cue: "warning", source: "a Cabinet paper", kind: .document),
        // A time that "early" or "late" opens, up to its comma, is no subject; nor is an adverb on
        // its own before a comma; a past without "-ed" ends the subject.
        .init(
          "Headline\n\nLate on Tuesday, the harbourmaster closed the slipway, warning that the wall could fail.",
          cue: "warning", source: "the harbourmaster"),
        .init(
          "Headline\n\nNationwide, the ministry raised its alert level on Sunday, saying cases had doubled.",
          cue: "saying", source: "the ministry"),
        // An adverb of its own before a comma opens no subject; "then" before a role is an
        // adjective; a clause about the noun that opens the sentence is the subject's.
        .init(
          "Headline\n\nThe ferry was cut. Likewise, the union said the timetable was unfair.",
          cue: "said", source: "the union"),
        .init(
          "Headline\n\nThe clinic shrank. According to the minutes, the district's then chief executive, Ms Kerry Anstey, told councillors the clinic would stay.",
          cue: "told", source: "the district's then chief executive, Ms Kerry Anstey", kind: .person),
        .init(
          "Headline\n\nThe GP left. The agency that places him, Outback Locum Partners, refused to discuss his contract.",
          cue: "refused to discuss", source: "The agency that places him, Outback Locum Partners", kind: .organization,
          denial: .noComment),
        .init(
          "Headline\n\nThe rules are old. The regulations that Rod Ferris, the deputy attorney general, cited when appointing Ms Hale say that she must obey them.",
          cue: "cited", source: "Rod Ferris, the deputy attorney general"),
        // A clock's "p.m." ends a sentence before a capitalised word and a small one.
        .init(
          "Headline\n\nThe clinic stopped seeing patients after 6 p.m. Islanders say that on some nights they have nowhere to turn.",
          cue: "say", source: "Islanders"),
        .init(
          "Headline\n\nThe cheers built to a crescendo as he spoke, promising that the mill would reopen.",
          cue: "promising", source: "The cheers"),
        // A second verb after "and" is the subject's, not a participle's that describes the object.
        .init(
          "Headline\n\nThe clerk recognised the men shown in the footage and told police he had sold them the van.",
          cue: "told", source: "The clerk"),
        // Not someone seen or heard speaking: they speak themselves.
        .init(
          "Headline\n\nIt looks far worse if you see some councillors saying they never agreed to the cuts.",
          cue: "saying", source: "some councillors"),
        // "and" between names joins them.
        .init(
          "Headline\n\nHighlands and Islands MSP Calum Rennie raised the fines at Holyrood on Wednesday, telling the minister they were unfair.",
          cue: "telling", source: "Highlands and Islands MSP Calum Rennie", kind: .person),
        .init(
          "Headline\n\nCouncillors Ward and Lujan voted against the budget, arguing that it cut bus routes.",
          cue: "arguing", source: "Councillors Ward and Lujan"),
        // A subject that opens with a capitalised "-ing" word, after a dateline with a colon.
        .init(
          "Headline\n\nMELAKA: Shipping lines have attacked a plan to raise port charges, saying costs will rise.",
          cue: "saying", source: "Shipping lines"),
        // A nickname inside the name that opens the sentence.
        .init(
          "Headline\n\nSinger Ayomide 'Yomzy' Olaniyan has filed a lawsuit against his label, describing the deal as unfair.",
          cue: "describing", source: "Singer Ayomide 'Yomzy' Olaniyan", kind: .person),
        // When and where it was passed or posted may stand between the document that asks and its verb.
        .init(
          "Headline\n\nThe tenants' union passed a resolution last month urging the council to freeze rents.",
          cue: "urging", source: "a resolution", kind: .document),
        .init(
          "Headline\n\nFormer students posted an open letter on Instagram last week calling the dismissal \"a warning to everyone.\"",
          cue: "calling", source: "an open letter", kind: .document),
        // "and said" inside a clause that "after" opens has that clause's subject ...
        .init(
          "Headline\n\nShares in Ashwick Textiles fell 12 per cent after the Leeds-based textile maker cut its sales forecast and said its chief executive would retire.",
          cue: "said", source: "the Leeds-based textile maker", kind: .organization),
        // ... but not past a comma that closes the clause.
        .init("Headline\n\nAfter the vote, the board met and said it would appeal.", cue: "said", source: "the board"),
        // After “with”, the people before the gerund are its subject.
        .init(
          "Headline\n\nThe tender is now before the courts, with three rival hauliers alleging that the scoring was changed.",
          cue: "alleging", source: "three rival hauliers"),
        // A petition or an amendment that asks speaks for itself, from its article.
        .init(
          "Headline\n\nResidents signed a petition calling for a cap on rents.", cue: "calling for",
          source: "a petition", kind: .document),
        // A description set off after the name is part of the shared subject.
        .init(
          "Headline\n\nInes Okafor, the council's longest-serving member, toured the flooded estate and said repairs were overdue.",
          cue: "said", source: "Ines Okafor, the council's longest-serving member", kind: .person),
        .init(
          "Headline\n\nHalvorsen, a retired fire chief, joined the protest outside the depot, writing that the closure was reckless.",
          cue: "writing", source: "Halvorsen, a retired fire chief", kind: .person),
        .init(
          "Headline\n\nTenants fighting the eviction file a petition urging a fresh hearing.", cue: "urging",
          source: "a petition", kind: .document),
        // A petition, a motion or a resolution speaks for itself, wherever it stands.
        .init(
          "Headline\n\nNearly 700 swimmers have signed a petition calling for the lido to stay open.",
          cue: "calling for", source: "a petition", kind: .document),
        // A place's noun after its name stays in the subject.
        .init(
          "Herders from the Tuvan valley drove their flocks into the square, saying the grazing fees had doubled.",
          cue: "saying", source: "Herders from the Tuvan valley"),
        // A relative clause without commas belongs to the subject.
        .init(
          "The family of a man who died in custody last week is suing the county, saying guards ignored him.",
          cue: "saying", source: "The family of a man who died in custody last week", kind: .vague),
        .init(
          "The family of Ray Holt said staff ignored him.", cue: "said", source: "The family of Ray Holt", kind: .person
        ),
        // The sentence's subject runs past a capitalised modifier to its noun.
        .init(
          "Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying the plan was bad.",
          cue: "saying",
          source: "Democratic presidential nominee Hillary Clinton", kind: .person),
        .init(
          "Small groups of protesters gathered outside, chanting that the plan was a disgrace.", cue: "chanting",
          source: "Small groups of protesters"),
        // (A conjunction that opens the sentence is no part of the subject.)
        .init(
          "But the mayor shrugged about the directive, saying it was fine.", cue: "saying", source: "the mayor",
          kind: .person),
        // The subject keeps where its people work.
        .init(
          "Analysts at Harrowgate Research were less forgiving, arguing that the layoffs were a mistake.",
          cue: "arguing", source: "Analysts at Harrowgate Research", kind: .organization),
        // (A plural possessive before a year keeps its mark and its noun.)
        .init(
          "The county commissioners' 2023 letter of support called the project \"essential,\" and the county agreed.",
          cue: "called", source: "The county commissioners' 2023 letter of support"),
        // (A quantity before the noun leaves the subject its full length.)
        .init(
          "More than 600 workers at the Njimbeng Tea Estate downed tools on Monday, saying they had not been paid.",
          cue: "saying", source: "More than 600 workers at the Njimbeng Tea Estate"),
        // (An adjective in "-ed" after the article, and a works after its name, are the subject's.)
        .init(
          "Workers at the old Lomnik steelworks blocked the rail line, saying they had not been paid since March.",
          cue: "saying", source: "Workers at the old Lomnik steelworks"),
        .init(
          "Workers at the privatised steelworks blocked the rail line, saying they had not been paid since March.",
          cue: "saying", source: "Workers at the privatised steelworks"),
        // A concession that opens the sentence is no subject.
        .init(
          "Even though Ruiz dislikes the storm, the skipper is staying, saying the boat is safe.", cue: "saying",
          source: "the skipper"),
        // A participle after a body, past a dateline: "WASHINGTON —" opens no subject.
        .init(
          "WASHINGTON — The chairman of the House committee investigating the attacks asked Ruiz to testify.",
          cue: "asked", source: "The chairman of the House committee investigating the attacks", kind: .person),
        // A quantity before the subject's noun; an appositive inside an opening participle's phrase.
        .init(
          "More than 200 veterans have filed a lawsuit against six banks, accusing them of helping Iran.",
          cue: "accusing", source: "More than 200 veterans", kind: .vague),
        .init(
          "Nearly half of the members voted against the plan, arguing that it cost too much.", cue: "arguing",
          source: "Nearly half of the members"),
        .init(
          "Citing research by the Harbor Institute, a group that favors lower taxes, Miller said the rate was too high.",
          cue: "Citing", source: "Miller", kind: .person),
        // The name set off after the subject's role is the subject's.
        .init(
          "Brightway's chief executive, Lena Ortiz, apologized in a video, saying customers had been failed.",
          cue: "saying", source: "Brightway's chief executive, Lena Ortiz", kind: .person),
        // A participle opening the sentence has the main clause's subject.
        .init(
          "Claiming the audit was unfair, the mayor said she would not resign.", cue: "Claiming",
          source: "the mayor", kind: .person),
        .init(
          "Insisting that the plan was sound, however, the governor signed it.", cue: "Insisting",
          source: "the governor"),
        .init("Hale criticized the plan on Monday, saying it would raise rents.", cue: "saying", source: "Hale"),
        .init(
          "Hale said the plan was “a gift to landlords,” adding that rents would rise.", cue: "adding",
          source: "Hale"),
        .init(
          "Hale changed her vote on the spot \u{2013} saying she had misread the bill.", cue: "saying", source: "Hale"),
        // "citing" cites for its subject: what follows is what is cited.
        .init(
          "“Rents will rise,” the mayor said, citing a new housing survey.", cue: "citing", source: "the mayor"),
        // Past a dateline, an opening phrase and an adverb set off after it.
        .init(
          "BAYPORT - Facing a budget gap, however, the mayor cut the ferry schedule, saying fares would rise.",
          cue: "saying", source: "the mayor"),
        // What was filed or issued, with when after it, speaks for whoever filed it: one cue from
        // the filing verb, as PolNeAR spans it.
        .init(
          "The union filed a grievance Wednesday alleging that the district broke its contract.",
          cue: "filed a grievance Wednesday alleging", source: "The union"),
        // A gerund after a preposition, inside the sentence or opening it.
        .init("The mayor ended her speech by saying the pier would reopen.", cue: "saying", source: "The mayor"),
        // A span of time that opens the sentence is no subject, nor a second opening phrase after it.
        .init(
          "Hours before the vote, the mayor undercut the council by saying the pier was unsafe.", cue: "saying",
          source: "the mayor"),
        .init(
          "Three days later, after a tense council debate, the mayor raised the stakes, describing the board as "
            + "\"reckless.\"", cue: "describing", source: "the mayor"),
        .init(
          "After criticizing the audit for its errors, the treasurer asked for a new one.", cue: "criticizing",
          source: "the treasurer"),
        // A participle whose agent follows "by".
        .init(
          "The levy, criticized by the taxpayers' league, passed by nine votes.", cue: "criticized",
          source: "the taxpayers' league"),
        // The subject runs on through head nouns ("senator", "voters"), not into the verb.
        .init(
          "The Ohio senator toured the plant, saying the jobs would stay.", cue: "saying", source: "The Ohio senator"),
        .init("Rural voters backed the levy, saying the schools needed it.", cue: "saying", source: "Rural voters"),
        .init(
          "His chief aide went further, saying the deal was dead.", cue: "saying", source: "His chief aide"),
        // A name the subject goes by; a time with a colon in it.
        .init(
          "A ransomware group calling itself Nightjar claimed responsibility on its leak site.", cue: "claimed",
          source: "A ransomware group calling itself Nightjar", kind: .organization),
        .init(
          "\u{201C}It's late again,\u{201D} said a woman waiting for the 7:40 sailing at Bell Quay.", cue: "said",
          source: "a woman waiting for the 7:40 sailing at Bell Quay"),
        // A live blog's time stamp is no part of the subject.
        .init("9:34 p.m. Biden took the stage, saying the race was close.", cue: "saying", source: "Biden"),
        // A possessive opens the subject that a second verb shares.
        .init(
          "Kalvaria's foreign ministry welcomed the veto and said talks would resume.", cue: "said",
          source: "Kalvaria's foreign ministry", kind: .organization),
        // A second verb after "yet" or "or" shares the subject too.
        .init(
          "The mayor praised the budget on Monday and said it was fair, yet warned that it was late.", cue: "warned",
          source: "The mayor"),
        // A past form without "-ed" ends the subject; a document's participle is no cue to share.
        .init(
          "The pop star hit back at critics, tweeting that she could not care less.", cue: "tweeting",
          source: "The pop star", kind: .person),
        .init(
          "He later apologised in a video posted to his channel, saying he had let everyone down.", cue: "saying",
          source: "He"),
        .init(
          "The senator has stepped up his attacks on the inquiry, including suggesting on Tuesday that it was rigged.",
          cue: "suggesting", source: "The senator"),
        // The reason a source gives, after a cue's clause.
        .init(
          "The mayor acknowledged the delays in a letter to residents, blaming a shortage of drivers.",
          cue: "blaming", source: "The mayor"),
        // A role before the name is part of the sentence's subject.
        .init(
          "Studio head Bram Kask went further in a post on Tuesday, calling the reports \"recycled rumors.\"",
          cue: "calling", source: "Studio head Bram Kask", denial: .dismissal),
        // Someone a recording shows speaking is the source, not whoever used the recording.
        .init(
          "Headline\n\nThe spot closes with footage of Senator Ada Voss saying, \"Nobody pays for this.\"",
          cue: "saying", source: "Senator Ada Voss", kind: .person),
        .init(
          "Headline\n\nA video showing the harbour master telling crews to ignore the warning surfaced on Monday.",
          cue: "telling", source: "the harbour master"),
        // Where the people are, phrase after phrase; two plurals joined, the second with a modifier.
        .init(
          "Headline\n\nResidents of three villages on the haul road from the Mbinga coal mine blocked lorries on "
            + "Monday, saying the dust is making children sick.",
          cue: "saying", source: "Residents of three villages on the haul road from the Mbinga coal mine", kind: .vague),
        .init(
          "Headline\n\nTruckers and copra traders are asking the province to suspend the fees, saying the charges "
            + "have doubled.",
          cue: "saying", source: "Truckers and copra traders", kind: .vague),
        .init(
          "Headline\n\nMOKOPANE - Farmers and villagers east of Mokopane have lodged objections to the licence, "
            + "warning that boreholes are running dry.",
          cue: "warning", source: "Farmers and villagers east of Mokopane", kind: .vague),
      ],
      nonTriggering: [
        .init("Blaming the weather, the organizers cancelled the fair.", cue: "Blaming"),
        .init("The feed filled with videos of families saying goodbye at the quay.", cue: "saying"),
      ]),
    AttributionRule(
      name: "a claim with no one named",
      triggering: [
        // What a subject won or drew was others' speech: theirs when "from" names them, no one's
        // when nothing does.
        .init(
          "The ferry plan won praise from harbour traders for cutting fares.", cue: "praise",
          source: "harbour traders"),
        .init("The new timetable earned praise across the valley.", cue: "praise", kind: SourceKind.none),
        .init("It is understood, though, that two bidders remain.", cue: "is understood"),
        // Where it was reported, a meeting's name of a few words, before the "that".
        .init(
          "It was reported at a Congress health committee hearing Thursday that the hospital's machines were down.",
          cue: "was reported", kind: SourceKind.none),
        .init(
          "During a hearing in March, Lindqvist allegedly pressed colleagues to shorten the bidding window.",
          cue: "allegedly", kind: SourceKind.none, anonymous: false),
        // What was learned, and reported, on a day.
        .init(
          "Headline\n\nIt was reported Wednesday that the pier would close.", cue: "was reported",
          kind: SourceKind.none),
        .init(
          "Headline\n\nIt was learned Wednesday that the council had asked the sender to come forward.",
          cue: "was learned", kind: SourceKind.none),
        // A passive of believing or alleging before "to" names no one either.
        .init(
          "The boiler is believed to date from the building's opening in 1962.", cue: "is believed",
          kind: SourceKind.none),
        .init(
          "The manager is widely alleged to have kept a second set of books.", cue: "is widely alleged",
          kind: SourceKind.none),
        .init("Cleanup is estimated to take at least two years.", cue: "is estimated", kind: SourceKind.none),
        // Set off by commas, with its "it".
        .init(
          "The club, it is understood, will not stand in the player's way.", cue: "it is understood",
          kind: SourceKind.none),
        // South Asian English says "learnt" so ("It is learnt that", "is learnt to have").
        .init(
          "It is learnt that the file was returned to the department twice.", cue: "is learnt", kind: SourceKind.none),
        // Nigerian English says "It was gathered that".
        .init(
          "It was gathered that the governor left the state on Sunday.", cue: "was gathered", kind: SourceKind.none),
        // In a clause of its own after a comma, though another cue's report runs before it.
        .init(
          "The director insisted the striker was not for sale, though it is understood that the club would sell him abroad.",
          cue: "is understood", kind: SourceKind.none),
        // The verb after the parenthesis is no inverted "said X": its object is no source.
        .init(
          "The governor, it was learnt, had ordered an audit of the accounts.", cue: "it was learnt",
          kind: SourceKind.none),
      ],
      nonTriggering: [
        .init("The mourners were gathered to pray.", cue: "were gathered"),
        // Inside what a named source reports, or inside a quotation, it is part of that claim.
        .init("The Courier reported that one tanker was reportedly turned away.", cue: "reportedly"),
        .init("\"He reportedly left before dawn,\" the captain said.", cue: "reportedly"),
        .init("The inspector said the tank is thought to be empty.", cue: "is thought"),
        .init("The boy is believed to have drowned, police said.", cue: "is believed"),
        .init("Residents who were thought to be at risk were evacuated, officials said.", cue: "were thought"),
        // What is alleged is no cue of its own.
        .init("The company is alleged to have told two landowners that the route had not moved.", cue: "told"),
        .init("\"The tank is thought to be empty,\" the captain said.", cue: "is thought"),
      ]),
    AttributionRule(
      name: "a report's own verbs",
      triggering: [
        .init(
          "Headline\n\nThe harbour bulletin forecasts more gales along the north shore.", cue: "forecasts",
          source: "The harbour bulletin", kind: .document),
        .init(
          "Headline\n\nA 2019 appraisal commissioned by the parish rated several pews as unsafe.", cue: "rated",
          source: "A 2019 appraisal commissioned by the parish", kind: .document),
        // A document puts any noun's figure.
        .init(
          "Headline\n\nThe harbour log puts arrivals at 212 for the week.", cue: "puts", source: "The harbour log",
          kind: .document),
        .init("Kelly said she asked the board for a delay.", cue: "said", source: "Kelly"),
        // ...but a document's finding, and unnamed sources, keep their own cue.
        .init(
          "The union said its survey showed broad support for a strike.", cue: "showed", source: "its survey",
          kind: .document),
        // A verb joined by "and" after a document's finding is the speaker's: documents do not call
        // on anyone.
        .init(
          "The opposition leader, Mary Holt, said the audit showed \"a programme in crisis\" and called on ministers to publish it.",
          cue: "called", source: "The opposition leader, Mary Holt", kind: .person),
        // (A single quotation mark after "s" closes the quotation before "and": no plural possessive.)
        .init(
          "Karen Whitfield said the audit showed ‘a programme in crisis’ and called on ministers to publish it.",
          cue: "called", source: "Karen Whitfield", kind: .person),
        .init(
          "The senator said two aides had warned him about the vote.", cue: "had warned", source: "two aides",
          anonymous: true),
        // ...and a saying inside a relative clause reports nothing of the main verb.
        .init(
          "A neighbor who said she heard gunshots told police she saw a man running.", cue: "told",
          source: "A neighbor who said she heard gunshots"),
        // What the outlet's correspondent gathered.
        .init(
          "The company cut power to the secretariat over an unpaid bill, our correspondent gathered on Monday.",
          cue: "gathered", source: "our correspondent", kind: .self),
        .init("Our reporter gathered that the meeting ended in disagreement.", cue: "gathered", kind: .self),
        // What the outlet established for itself, with its auxiliaries.
        .init(
          "The tender went to a firm linked to the chairman's brother, the Ledger has established.",
          cue: "has established", source: "the Ledger", kind: .self),
        .init(
          "The Ledger has independently verified that the invoices were paid twice.",
          cue: "has independently verified", source: "The Ledger", kind: .self),
        // A source that keeps to what it said.
        .init("Fragline stood by its reporting.", cue: "stood by", source: "Fragline"),
      ],
      nonTriggering: [
        .init("Headline\n\nThe council rates homes by their size.", cue: "rates"),
        .init("Headline\n\nThe skipper puts his boots at the door.", cue: "puts"),
        .init("The senator stood by the door as the votes were counted.", cue: "stood by"),
        .init("The committee has established a new fund for flood repairs.", cue: "has established"),
        .init("Hundreds of protesters gathered outside the assembly on Monday.", cue: "gathered"),
        // What the source says it did, or says someone named or described did, is what it said:
        // no cue of its own.
        .init("Kelly said she asked the board for a delay.", cue: "asked"),
        .init("The diplomat said Ms. Ruiz had warned the council twice.", cue: "warned"),
        .init("Ruiz told MSNBC that she had warned the council.", cue: "warned"),
        .init("Mayor Hargrove wrote on social media that she had asked the commission to act.", cue: "asked"),
        .init("The ministry confirmed last week that it had asked the police to investigate.", cue: "asked"),
        // Set phrases and bylines.
        .init("She would answer the committee's questions in writing.", cue: "writing"),
        .init("The startup shut down without warning on Tuesday.", cue: "warning"),
        .init("By Ines Korhonen, Stellar Notes January 23, 2041", cue: "Notes"),
        .init("He said the home's administrator told him the home would close.", cue: "told"),
        .init(
          "Trump called the deal \"the worst trade deal ever\" \u{2014} a claim economists dispute.", cue: "\u{2014}"),
        .init("She has learned her lesson about debates.", cue: "learned"),
        .init(
          "The reason we are asking about the aid at all is the phone call, and everything that we have learned since.",
          cue: "have learned"),
        // A bare form right after a verb of saying is its object.
        .init("Other researchers urged caution about the result.", cue: "caution"),
        .init("Outside experts urge caution", cue: "caution"),
        .init("Hale rejected any suggestion that the sponsor had shaped the trial.", cue: "suggestion"),
        .init("Critics pointed to the judge's alleged bias.", cue: "alleged"),
        // "maintain" keeps a thing; it claims only before what it claims.
        .init("Clinton maintains a commanding lead among black voters.", cue: "maintains"),
        .init("The calendars were maintained by her closest aides.", cue: "maintained"),
        .init("The mayor understands the risk of a strike.", cue: "understands"),
        .init("Two diplomats, speaking on condition of anonymity, said the talks had stalled.", cue: "speaking"),
        .init(
          "Three managers said the rolls were padded. They asked not to be named because they fear retaliation.",
          cue: "fear"),
        .init("It could not establish whether the files shown were genuine.", cue: "shown"),
      ]),
    AttributionRule(
      name: "an unnamed asker",
      triggering: [
        // The one asked is no source of the asking, and the asker is not named.
        .init(
          "Asked whether Clinton has the integrity to be president, most voters said no.", cue: "Asked",
          kind: SourceKind.none),
        .init("When asked about the audit, Ruiz said it was fair.", cue: "asked", kind: SourceKind.none),
        // A verb joined to the subject's first one answers for the subject, not for the asker.
        .init(
          "Asked whether he would quit, the coach laughed and said: \"Not today.\"", cue: "said", source: "the coach",
          kind: .person),
        // ...unless "by" names the asker.
        .init(
          "Asked by Stephanopoulos to respond, Carson smiled.", cue: "Asked", source: "Stephanopoulos",
          kind: .person),
        // Pressed or questioned, the same; the answer's speaker is the sentence's subject.
        .init(
          "Pressed on the bill, the spokesman said the mayor had not decided.", cue: "said", source: "the spokesman"),
      ],
      nonTriggering: [
        // Inside a sentence, the reporter's question is no one's attribution.
        .init("The bakery stayed silent when asked if the ovens were safe.", cue: "asked"),
        .init("Its treasurer, asked about the loan, shrugged.", cue: "asked"),
        // How the outlet reached its source is no cue (PolNeAR train marks none of four).
        .init("Reached by phone, the owner said she had no plans to sell.", cue: "Reached"),
      ]),
    AttributionRule(
      name: "amounts are not speech",
      triggering: [
        // Letters and digits that are no currency.
        .init(
          "Headline\n\nThe minister added G7 partners would share the cost.", cue: "added", source: "The minister"),
        // An estimate's figure is its source's.
        .init("Headline\n\nThe insurer puts its losses at $4 million.", cue: "puts", source: "The insurer"),
        .init("\"We are nearly done,\" the foreman added and laughed loudly.", cue: "added", source: "the foreman"),
        .init("\"We will finish on time,\" the mayor added.", cue: "added", source: "the mayor"),
      ],
      nonTriggering: [
        // An amount added, and someone let in.
        .init("The levy would add between 0.8 and 1.1 points to inflation.", cue: "would add"),
        // Done in keeping with rules, which are not cited.
        // What was not said: a gerund after "without".
        .init(
          "The plant agreed in 2023 to settle the lawsuit without admitting liability.", cue: "admitting"),
        // Picking up a phone, and a review that ends, say nothing.
        .init("A woman who answered the phone at the office said no one was available.", cue: "answered"),
        .init("The minister refused to say when the review would conclude.", cue: "conclude"),
        .init(
          "The authority said the tender had been evaluated strictly according to procurement regulations.",
          cue: "according to"),
        // A margin posted is a result; a ship that calls at a wharf visits it.
        .init("According to its accounts, the system posted an operating margin of 6.1% last year.", cue: "posted"),
        .init("The inter-island ferry has not called at Vaipuna wharf for five weeks.", cue: "has not called"),
        .init("The judge noted his record and admitted him to bail of N200 million.", cue: "admitted"),
        .init("Three people admitted to hospital on Friday are stable.", cue: "admitted"),
        // A participle between a possessive and its noun.
        .init(
          "Headline\n\nHe said the corporation sterilised most of the city's estimated 380,000 street dogs.",
          cue: "estimated"),
        // Results a firm posts are no post.
        .init("Headline\n\nQuarrow Mills posted a $2m deficit in the third quarter.", cue: "posted"),
        // A finger that points is no source.
        .init(
          "Headline\n\nThe guide stood by the gate with a finger pointing to the old ferry slip.", cue: "pointing to"),
        // A plural noun before "like" is no verb.
        .init(
          "Headline\n\nZoning disputes like the one on Quay Street drag on for years, the surveyor said.",
          cue: "disputes"),
        // A noun that makes "calls" one, and "caution" as a noun.
        .init("Headline\n\nNight editors make tough judgment calls every week.", cue: "calls"),
        .init("Headline\n\nThe mayor urged caution on the budget.", cue: "caution"),
        .init("Headline\n\nThe council put the plan on hold at its May meeting.", cue: "put"),
        // Money asked for, and a debt booked as lost.
        .init("Two wardens demanded KSh5,000 from each trader at the gate.", cue: "demanded"),
        .init("Headline\n\nThe lender wrote off the loan after the firm folded.", cue: "wrote"),
        // Sandbags put around homes are no estimate.
        .init("Headline\n\nCrews put sandbags around 200 homes on Friday.", cue: "put"),
        // A box's heading, with nothing said after it.
        .init("Headline\n\nThe verdict landed on Friday.\n\nWhat the coaches said", cue: "said"),
        .init("The new stand adds about \u{00A3}12 to every season ticket, the club said.", cue: "adds"),
        // A participle between an article and its noun.
        .init("The inspectors logged a single reported leak in March.", cue: "reported"),
        // ("added or removed": one of two deeds done to parking bays.)
        .init("The council added or removed parking bays on six streets.", cue: "added"),
        .init("The agency estimated that the disaster aid would add $3.9 billion to the deficit.", cue: "add"),
        .init("For a typical household, it adds about $17 to the monthly bill.", cue: "adds"),
        // "charged" asks a price, where "charged that" accuses.
        .init("The lender had charged duplicate fees to 9,000 borrowers.", cue: "had charged"),
        .init("The club charged a $90,000 initiation fee.", cue: "charged"),
        .init(
          "Headline\n\nAccording to invoices, Vaalbos Logistics charged the municipality R4,200 per load.",
          cue: "charged"),
      ]),
    AttributionRule(
      name: "documents cite with find and show",
      triggering: [
        // The one told opens no subject of the cue inside what was said.
        .init(
          "Headline\n\nGeneral manager Mr Hemi Parata told the Gazette the company's own surveys showed that older "
            + "passengers would not walk that far.",
          cue: "showed", source: "the company's own surveys", kind: .document),
        // A relative "that" after a document's noun is the document.
        .init(
          "Headline\n\nShe did not answer questions about a 2022 county study that described the creek as under severe stress.",
          cue: "described", source: "that"),
        // "It" or "They" for the document the sentence before opened with; a plural noun as what
        // it lists; a second verb of the document's after "and".
        .init(
          "Headline\n\nThe audit found the corporation billed for 61,400 surgeries. It also flags payments to a single partner.",
          cue: "also flags", source: "It"),
        .init(
          "Headline\n\nThe records include inspection reports and internal emails. They show that inspectors found cattle.",
          cue: "show", source: "They"),
        .init(
          "Headline\n\nThe memo warns that approving the transfer could invite litigation and notes that the agreement does not oblige the board.",
          cue: "notes", source: "The memo", kind: .document),
        // What an inquiry looks "into", and a document's participle with what follows it, describe
        // the document.
        .init(
          "Headline\n\nA forensic report into the R62 million upgrade of the taxi rank has found that the council paid for work never done.",
          cue: "has found", source: "A forensic report into the R62 million upgrade of the taxi rank", kind: .document),
        .init(
          "Headline\n\nThe pier is over budget, according to the Auditor General's special report laid in the House of Assembly on Tuesday.",
          cue: "according to",
          source: "the Auditor General's special report laid in the House of Assembly on Tuesday", kind: .document),
        .init(
          "Headline\n\nThe meeting took place on Aug. 4, according to a calendar entry obtained by the Courier.",
          cue: "according to", source: "a calendar entry obtained by the Courier", kind: .document),
        // A document's noun with its participle after it, however its owner is named; a council's
        // agenda package.
        .init(
          "Headline\n\nAn Auditor General's report published last month found the project is running MVR 214 million over budget.",
          cue: "found", source: "An Auditor General's report published last month", kind: .document),
        .init(
          "Headline\n\nThe grant is capped at $1.5 million, the agenda package shows.", cue: "shows",
          source: "the agenda package", kind: .document),
        // A day between the reports and their verb.
        .init(
          "Headline\n\nSeveral reports on Saturday said that the parties could issue a joint statement.", cue: "said",
          source: "Several reports", kind: .document),
        // A check of quality is a finding's document.
        .init(
          "Headline\n\nSources said the bills were held up because a third-party quality check found that nearly 60 of the tubes were underfilled.",
          cue: "found", source: "a third-party quality check", kind: .document),
        // "found about" and a number: what was found, approximately.
        .init(
          "Headline\n\nAn internal review ordered by the Commission in November found about 2,300 duplicate entries.",
          cue: "found", source: "An internal review ordered by the Commission in November", kind: .document),
        // The year a document covers, and a report laid before a parliament.
        .init(
          "Headline\n\nThe harbour board's accounts for 2031 show a deficit of £3 million.", cue: "show",
          source: "The harbour board's accounts for 2031", kind: .document),
        .init(
          "Headline\n\nThe trust's annual report, laid before the assembly in June, shows that waiting lists grew.",
          cue: "shows", source: "The trust's annual report", kind: .document),
        // An agency's name with "and" in it before the document's noun: the document, not a
        // compound of two names.
        .init(
          "Headline\n\nFish and Game Department figures show the herd fell by a third.", cue: "show",
          source: "Fish and Game Department figures", kind: .document),
        // How the outlet came by a copy says nothing of what the source is, and is left out.
        .init(
          "Headline\n\nThe register, a copy of which was obtained by the Sentinel, lists two nurses for forty beds.",
          cue: "lists", source: "The register", kind: .document),
        .init(
          "Headline\n\nThe letters, copies of which the Herald has seen, warn that members cannot sustain production.",
          cue: "warn", source: "The letters", kind: .document),
        .init(
          "Headline\n\nThe survey, a copy of which was seen by the Chronicle, estimates restoration at RM4.6 million.",
          cue: "estimates", source: "The survey", kind: .document),
        // A document's noun with the participle of its making and a time; a register or a log;
        // an objection with its date; a register the outlet has seen.
        .init(
          "Headline\n\nAn engineering survey completed for the ferry trust in 2029 warns that the slipway is unsafe.",
          cue: "warns", source: "An engineering survey completed for the ferry trust in 2029", kind: .document),
        .init(
          "Headline\n\nThe pier was closed for six hours, according to the harbour office's incident log.",
          cue: "according to", source: "the harbour office's incident log", kind: .document),
        .init(
          "Headline\n\nTheir written objection, dated 11 June 2030, argues that the pier lights blind pilots.",
          cue: "argues", source: "Their written objection", kind: .document),
        // A document set off before its participle's aside speaks alone; the aside tells how it
        // came out or was seen.
        .init(
          "Headline\n\nA draft bye-law, circulated to members of the council last week and seen by the Observer, says the fee would rise.",
          cue: "says", source: "A draft bye-law", kind: .document),
        // So with the document's own phrase before the aside; vouchers are documents.
        .init(
          "Headline\n\nAudited accounts for 2023/24, seen by the Almanac, show tea sales fell by a third.",
          cue: "show", source: "Audited accounts for 2023/24", kind: .document),
        .init(
          "Headline\n\nPayment vouchers seen by the Echo show that two trading companies were paid within a week.",
          cue: "show", source: "Payment vouchers seen by the Echo", kind: .document),
        // After "According to" that opens the sentence, what qualifies the document runs to the
        // comma: a time, a month, a place.
        .init(
          "Headline\n\nAccording to a briefing memo from May, the firm projected 140 event nights a year.",
          cue: "According to", source: "a briefing memo from May", kind: .document),
        .init(
          "Headline\n\nAccording to a report circulated to members of the district council last week, the bid was low.",
          cue: "According to", source: "a report circulated to members of the district council last week",
          kind: .document),
        .init(
          "Headline\n\nA hospital visitors' register, which the Harbor Ledger has obtained, lists 40 late-night entries.",
          cue: "lists", source: "A hospital visitors' register, which the Harbor Ledger has obtained", kind: .document),
        // A document stays a document when the outlet saw it or was handed it, however long the
        // description; a name with "of" may modify its noun; a date's year ends the subject.
        .init(
          "Headline\n\nAn email from the port authority to its pilots, sent in late May and later obtained by the Harbor Ledger, warns that two cranes are unsafe.",
          cue: "warns",
          source:
            "An email from the port authority to its pilots",
          kind: .document),
        .init(
          "Headline\n\nThe draft budget, leaked to this newspaper by a councillor, lists three closures.", cue: "lists",
          source: "The draft budget", kind: .document),
        .init(
          "Headline\n\nA bulletin pinned inside the bus shelter warns that the route will close.", cue: "warns",
          source: "A bulletin pinned inside the bus shelter", kind: .document),
        .init(
          "Headline\n\nA Ministry of Fisheries quota review found that two fleets had overfished.", cue: "found",
          source: "A Ministry of Fisheries quota review", kind: .document),
        .init(
          "Headline\n\nThe minutes from March 2031 show the roof was never inspected.", cue: "show",
          source: "The minutes from March 2031", kind: .document),
        // A finding with "that" is anyone's: a firm's, researchers'.
        .init(
          "Headline\n\nTwo ecologists who counted nests on the cliffs found that fewer chicks fledged.", cue: "found",
          source: "Two ecologists who counted nests on the cliffs", kind: .vague),
        .init(
          "Headline\n\nBrightfen found that most of the ferries ran late in August.", cue: "found", source: "Brightfen"),
        // A document counts and projects; a count is a document.
        .init(
          "The warden's yearly report counted 412 dogs off the lead.", cue: "counted",
          source: "The warden's yearly report",
          kind: .document),
        .init(
          "The airport's noise study, published in June, projects $3 million in yearly compensation claims.",
          cue: "projects", source: "The airport's noise study", kind: .document),
        .init(
          "Ferry counts taken over the summer showed fewer than ten riders a sailing.", cue: "showed",
          source: "Ferry counts taken over the summer", kind: .document),
        // A prospectus is a document; "per" before data cites it.
        .init(
          "A 300-page prospectus lodged with the exchange lists six pending lawsuits.", cue: "lists",
          source: "A 300-page prospectus lodged with the exchange", kind: .document),
        .init(
          "Per data compiled by the ski federation, lift passes sold fell 8%.", cue: "Per",
          source: "data compiled by the ski federation", kind: .document),
        .init(
          "The appeal court\u{2019}s judgment states that the levy was unlawful.", cue: "states",
          source: "The appeal court\u{2019}s judgment", kind: .document),
        .init(
          "According to the harbour board's accounts for 2031/32, the pier lost money.", cue: "According to",
          source: "the harbour board's accounts for 2031/32", kind: .document),
        .init(
          "The union's code of conduct, posted on its website, states that members must not strike.", cue: "states",
          source: "The union's code of conduct", kind: .document),
        .init(
          "An evaluation by the Tarn Institute found that waiting times fell.", cue: "found",
          source: "An evaluation by the Tarn Institute", kind: .document),
        // The outlet's own work with its emphasis, and figures of its own making.
        .init(
          "Headline\n\nThe Harbor Ledger's own analysis of court files found that 40 were late.", cue: "found",
          source: "The Harbor Ledger's own analysis of court files", kind: .self),
        .init(
          "Figures compiled by this newsroom from court lists show a rise in evictions.", cue: "show",
          source: "Figures compiled by this newsroom from court lists", kind: .self),
        // A participle that describes the document between commas says nothing itself.
        .init(
          "The guild's charter, posted in the lobby, says members must vote in person.", cue: "says",
          source: "The guild's charter", kind: .document),
        // (A briefing with nothing after it is the document, whoever it was for.)
        .init(
          "The investor briefing said margins would fall.", cue: "said", source: "The investor briefing",
          kind: .document),
        // The outlet's own work, by its possessive, or a plural with no article.
        .init(
          "Headline\n\nThe Ledger's survey of 200 tenants found that most wanted repairs.", cue: "found",
          source: "The Ledger's survey of 200 tenants", kind: .self),
        // A document handed on, and a copy of it passed to the outlet.
        .init(
          "The minutes, a copy of which the Courier obtained, show that the vote was close.",
          cue: "show", source: "The minutes",
          kind: .document),
        // A number before the finding's noun.
        .init(
          "The 1998 survey of the reef by two divers found bleaching on every transect.", cue: "found",
          source: "The 1998 survey of the reef by two divers", kind: .document),
        .init(
          "The ordinance states that no food truck may trade after midnight.", cue: "states", source: "The ordinance",
          kind: .document),
        // A document's "from" phrase may stand before its participle, as an "of" phrase does.
        .init(
          "A fire safety review from last spring obtained by the Gazette found that two exits were blocked.",
          cue: "found", source: "A fire safety review from last spring obtained by the Gazette", kind: .document),
        .init("The council's meeting notes describe a heated debate.", cue: "describe", kind: .document),
        // A body's acronym in parentheses inside the document's phrase; a long "of" phrase before
        // the document's participle.
        .init(
          "The Coastal Survey Agency's (CSA) annual shoreline review found that erosion had doubled.", cue: "found",
          source: "The Coastal Survey Agency's (CSA) annual shoreline review", kind: .document),
        .init(
          "A poll of 950 hospital nurses commissioned by the college found that most worked unpaid hours.",
          cue: "found", source: "A poll of 950 hospital nurses commissioned by the college", kind: .document),
        // Checks and monitoring report findings as documents do.
        .init(
          "Checks of the land registry showed the plot had been sold twice.", cue: "showed",
          source: "Checks of the land registry"),
        .init(
          "The quarry said its own monitoring showed silt within the limit.", cue: "showed",
          source: "its own monitoring", kind: .document),
        .init("The forms show at least 11 transactions.", cue: "show", source: "The forms", kind: .document),
        // A document's own verbs, before what it says or after it and a comma.
        .init(
          "The drone lost its lock after its navigation was jammed, the document states.", cue: "states",
          source: "the document", kind: .document),
        .init(
          "The 38-page review, dated Jan. 12, attributes the delay to failures of the guidance software.",
          cue: "attributes", source: "The 38-page review", kind: .document),
        // A notification states, a work order directs; a bulletin is a document.
        .init(
          "The notification, a copy of which is available with the Gazette, states that losses exceed 40 per cent.",
          cue: "states", source: "The notification", kind: .document),
        .init(
          "The work order directs a contractor to clear the first block.", cue: "directs", source: "The work order",
          kind: .document),
        .init(
          "The bulletin asks members to stop supervising clubs.", cue: "asks", source: "The bulletin", kind: .document),
        // A fact-checker's ruling is its own word.
        .init("We rate this claim False.", cue: "rate", source: "We", kind: .self),
        // A document's noun leads its subject, whatever word ends it, and "records" before
        // "request" is no verb.
        .init(
          "Records obtained through a public records request show the city paid twice.", cue: "show",
          source: "Records obtained through a public records request", kind: .document),
        .init(
          "Records released under the state's open records law show the city paid twice.", cue: "show",
          source: "Records released under the state's open records law", kind: .document),
        // (A word between the article and the noun is no verb, even one that can be a cue.)
        .init(
          "The recall notice says tests found bacteria in unopened bottles.", cue: "says", source: "The recall notice",
          kind: .document),
        // A document the outlet only saw is a document; an analysis by it is its own.
        .init(
          "Records reviewed by the Harbor Ledger show the city paid twice.", cue: "show",
          source: "Records reviewed by the Harbor Ledger", kind: .document),
        .init(
          "A copy of the consultant's contract obtained by the Harbor Ledger shows a fee of $90,000.", cue: "shows",
          source: "A copy of the consultant's contract obtained by the Harbor Ledger", kind: .document),
        .init(
          "Minutes of the March meeting, which the Harbor Ledger reviewed, show that the board knew.", cue: "show",
          source: "Minutes of the March meeting, which the Harbor Ledger reviewed", kind: .document),
        .init(
          "The Plains Standard reported in May that the plant had failed two inspections.", cue: "reported",
          source: "The Plains Standard", kind: .outlet),
        .init(
          "The limit would be halved, according to a draft rule reviewed by the Harbor Ledger.", cue: "according to",
          source: "a draft rule reviewed by the Harbor Ledger", kind: .document),
        .init(
          "Costs rose 40 percent, according to a report released in May by the state auditor's office.",
          cue: "according to", source: "a report released in May by the state auditor's office", kind: .document),
        .init(
          "A January 2037 engineering memo attached to one filing describes the risk.", cue: "describes",
          source: "A January 2037 engineering memo attached to one filing", kind: .document),
        .init(
          "A 2025 study of rural districts in four states found modest declines in math scores.", cue: "found",
          source: "A 2025 study of rural districts in four states", kind: .document),
        .init(
          "The resolution accuses the administration of hiding the audit.", cue: "accuses", source: "The resolution",
          kind: .document),
        .init(
          "A letter circulated among members of the growers' alliance this month warns that costs will rise.",
          cue: "warns", source: "A letter circulated among members of the growers' alliance this month",
          kind: .document),
        // Industry words end company names, and the short name after is the company too.
        .init(
          "Corvane Shipping, one of the port's largest customers, did not respond. Corvane denied the claims last year.",
          cue: "denied", source: "Corvane", kind: .organization, denial: .denial),
        .init("Samantha Power said the vote was close.", cue: "said", source: "Samantha Power", kind: .person),
        .init(
          "The earmark was rewritten to fit Tidewell Marine Works, a dredging contractor. Tidewell did not return calls.",
          cue: "did not return", source: "Tidewell", kind: .organization, denial: .noResponse),
        .init(
          "Istranan state media reported that the minister would travel to Moscow.", cue: "reported",
          source: "Istranan state media", kind: .outlet),
        .init(
          "An analysis by the Harbor Ledger found the city paid twice.", cue: "found", kind: .self),
        .init(
          "The Associated Press has learned from three officials that the plan was shelved.", cue: "has learned",
          source: "The Associated Press", kind: .outlet),
        .init(
          "A 112-page term sheet obtained by the Ledger shows the city would pay.", cue: "shows",
          source: "A 112-page term sheet obtained by the Ledger", kind: .document),
        // The outlet's own finding: "has learned" with what was learned ("that" or not), or
        // closing the sentence.
        .init(
          "The budget office plans deep cuts, the Harbor Ledger has learned.", cue: "has learned",
          kind: .self),
        .init(
          "The Harbor Ledger has learned the company applied for a second state grant.", cue: "has learned",
          source: "The Harbor Ledger", kind: .self),
        // British papers' "understands": what the outlet learned from sources it does not name.
        .init(
          "Ambulances were diverted for 900 hours last month, the network understands.", cue: "understands",
          source: "the network", kind: .outlet),
        .init(
          "The Harbor Ledger understands that the club has lodged a complaint.", cue: "understands",
          source: "The Harbor Ledger", kind: .self),
        // A desk of the publisher's own newsroom.
        .init(
          "The striker has asked for a transfer, our news desk understands.", cue: "understands",
          source: "our news desk", kind: .self),
        // A participle or a time after the noun closes the head; a collection of documents is one.
        .init(
          "A statewide poll released Sunday shows the race is tied.", cue: "shows",
          source: "A statewide poll released Sunday", kind: .document),
        .init(
          "An average of recent polls shows the mayor ahead by six points.", cue: "shows",
          source: "An average of recent polls", kind: .document),
        // A poll named with its maker as a title, names joined by a slash, a participle with its
        // own phrase: still the poll.
        .init(
          "A Morning Consult Poll found that he would draw from her support.", cue: "found",
          source: "A Morning Consult Poll", kind: .document),
        .init("The 212-page application describes a new surgical wing.", cue: "describes", kind: .document),
        .init("The clip says the senator voted twice.", cue: "says", kind: .document),
        // A news outlet's poll is the outlet's, even joined to another's name by a hyphen.
        .init(
          "A new Washington Post-ABC News poll shows the race tied.", cue: "shows",
          source: "A new Washington Post-ABC News poll", kind: .outlet),
        .init(
          "Staff were told to stop, according to a copy of the instructions sent to one site.", cue: "according to",
          kind: .document),
        // A time between the participle and its phrase; a preposition after a document noun.
        .init(
          "A class-action lawsuit filed last week in Delmont alleges that the company knew of the defect.",
          cue: "alleges", source: "A class-action lawsuit filed last week in Delmont", kind: .document),
        .init(
          "A new television ad from state Senate candidate Dale Harmon claims that his rival skipped votes.",
          cue: "claims", source: "A new television ad from state Senate candidate Dale Harmon", kind: .document),
        // A clause with its own subject after the document noun stays in the phrase, and the
        // document stays its head.
        .init(
          "A lawsuit Brindle filed in Marlow County Superior Court in July alleges that the design was copied.",
          cue: "alleges", source: "A lawsuit Brindle filed in Marlow County Superior Court in July", kind: .document),
        .init(
          "The fund lost money, and a grievance the union filed with the labor board last week argues it was misled.",
          cue: "argues", source: "a grievance the union filed with the labor board last week", kind: .document),
        .init(
          "Sales doubled, according to figures Pellwick shared with lenders in June.", cue: "according to",
          source: "figures Pellwick shared with lenders in June", kind: .document),
        .init(
          "The district's reply, filed Tuesday, says the complaint came too late.", cue: "says", kind: .document),
        // A document whose description names its author is still the document.
        .init(
          "The letter, signed by the creamery's procurement director, Nolan Achterberg, says the price will fall.",
          cue: "says", source: "The letter",
          kind: .document),
        .init("The cable warns that an early election is likely.", cue: "warns", kind: .document),
        // A document's own verbs, only after a document's noun.
        .init(
          "The consent order states that the box was checked by default.", cue: "states",
          source: "The consent order", kind: .document),
        .init(
          "Minutes of the June 11 meeting record that two members objected.", cue: "record",
          source: "Minutes of the June 11 meeting", kind: .document),
        .init(
          "The memo, dated July 30 and addressed to the general manager, Rolf Brandvold, describes the delays.",
          cue: "describes", source: "The memo",
          kind: .document),
        .init(
          "A lawsuit she filed last week in Marlow County Superior Court alleges that she was fired for it.",
          cue: "alleges", source: "A lawsuit she filed last week in Marlow County Superior Court", kind: .document),
        // A document's own participle is no cue of its own.
        .init(
          "The breach was reported on Oct. 4, according to a notice posted on the regulator's website.",
          cue: "according to", kind: .document),
        // (A news organisation's poll is the outlet's, as the taxonomy has it.)
        .init(
          "A Times/CBS News poll in December found that three times as many voters were angry.", cue: "found",
          kind: .outlet),
        .init(
          "Exit polls taken in South Carolina found that most voters backed a ban.", cue: "found",
          source: "Exit polls taken in South Carolina", kind: .document),
        .init("A new poll shows the race is tied.", cue: "shows", source: "A new poll", kind: .document),
        // A common noun opening the sentence is not a name.
        .init("Video shows that the driver had his hands up.", cue: "shows", source: "Video", kind: .document),
        .init("The tear was worse than feared, according to the preprint.", cue: "according to", kind: .document),
        // At the end of the sentence the verb still cites.
        .init(
          "Officers took home more in overtime than in pay, a city audit found.", cue: "found", source: "a city audit",
          kind: .document),
        // A modifier may stand before the document's noun, and its participle phrase after it.
        .init(
          "Internal emails obtained by the station show that staff debated whether to warn residents.", cue: "show",
          source: "Internal emails obtained by the station", kind: .document),
        // A participle without "-ed" opens the document's aside ("written", "taken", "sent").
        .init(
          "The memo, written by the city's chief auditor, says the city overpaid.", cue: "says",
          source: "The memo", kind: .document),
        .init(
          "An internal test summary seen by the Ledger shows that three bases failed.", cue: "shows",
          source: "An internal test summary seen by the Ledger", kind: .document),
        .init(
          "The samples showed nitrate levels above the state limit.", cue: "showed", source: "The samples",
          kind: .document),
        .init(
          "The city's procurement dashboard lists two of those as emergency repairs.", cue: "lists",
          source: "The city's procurement dashboard", kind: .document),
        .init(
          "The draft recommends that the state recover the money.", cue: "recommends", source: "The draft",
          kind: .document),
        .init(
          "A 2041 field trial in the Osterdal plains found no yield benefit from the inoculant.", cue: "found",
          source: "A 2041 field trial in the Osterdal plains", kind: .document),
        .init(
          "Photographs obtained by this paper show the minister on the deck of the yacht.", cue: "show",
          source: "Photographs obtained by this paper", kind: .document),
        .init(
          "According to Calder's last annual report, lenders can demand repayment.", cue: "According to",
          source: "Calder's last annual report", kind: .document),
        // A report's participle after a preposition: the report suggests (not "published a report
        // arguing", whose publisher argues).
        .init(
          "Traders blamed the weakness on a Kingsport Courier report suggesting the state may borrow more.",
          cue: "suggesting", source: "a Kingsport Courier report"),
        // Accounts and regulations are documents; "state" is a document's verb before "that".
        .init("The club's latest accounts, published in March, showed a loss of £40m.", cue: "showed", kind: .document),
        .init(
          "The league's regulations state that no player may be registered after the deadline.", cue: "state",
          kind: .document),
        // A body's document after "of" and its possessive.
        .init(
          "The Bureau of Meteorology's latest outlook suggests little relief before winter.", cue: "suggests",
          kind: .document),
        // An outlet's own work is the outlet's; a check or an inquiry finds.
        .init(
          "Patients are being sent to private chemists, a spot check by the Ledger found on Monday.", cue: "found",
          source: "a spot check by the Ledger", kind: .self),
        .init(
          "A report in the Caldermouth Business Chronicle this month suggested the trust had breached a covenant.",
          cue: "suggested", source: "A report in the Caldermouth Business Chronicle this month", kind: .outlet),
        .init(
          "A 2033 investigation by the Harmon Courier-Journal found that drivers were rarely checked.", cue: "found",
          kind: .outlet),
        // A document with its "of" phrase and participle before the verb.
        .init(
          "A survey of 300 members carried out by the union last month found that most had lost hours.", cue: "found",
          source: "A survey of 300 members carried out by the union last month", kind: .document),
        // A letter with a clause of its own.
        .init(
          "A letter the company mailed to staff last week claimed the union had walked away.", cue: "claimed",
          source: "A letter the company mailed to staff last week", kind: .document),
        // A bare plural of documents with two participles.
        .init(
          "Records filed with the land court and obtained by the Ledger allege that the trust hid losses.",
          cue: "allege", source: "Records filed with the land court and obtained by the Ledger", kind: .document),
        // A memorandum, a survey diagram and a consent form are documents.
        .init(
          "Headline\n\nAn audit observation memorandum from the Commission on Audit noted that two billings were "
            + "paid early.",
          cue: "noted", kind: .document),
        .init(
          "Headline\n\nAccording to a 1962 survey diagram filed with the Surveyor-General, the strip belongs to the "
            + "farm.",
          cue: "According to", kind: .document),
        .init(
          "Headline\n\nThe consent form, a copy of which the Ledger has seen, shows 23 names.", cue: "shows",
          kind: .document),
        // A study with its maker's name, a year before it, or its author's firm with an ampersand.
        .init(
          "Headline\n\nThe study, by Durban firm Naidoo & Pillay, warned that the wall would fail.", cue: "warned",
          source: "The study, by Durban firm Naidoo & Pillay", kind: .document),
        .init(
          "Headline\n\nA 2023 study by the company's consultant, Karoo Hydro Associates, concluded that the "
            + "aquifers were separate.",
          cue: "concluded", kind: .document),
        // A body's report, its head last; a thing a record's participle follows.
        .init(
          "Headline\n\nAccording to a 2024 Commission on Audit report, the market lost money.", cue: "According to",
          source: "a 2024 Commission on Audit report", kind: .document),
        .init(
          "Headline\n\nAccording to engineering plans filed with the water authority, the canal takes two cubic "
            + "metres a second.",
          cue: "According to", kind: .document),
        // (Not people whose phrase ends in a document's noun.)
        .init(
          "Headline\n\nPeople familiar with Lumora's plans told the Ledger that the price was cut.", cue: "told",
          kind: .anonymous),
        .init(
          "Headline\n\nA councillor who attended Thursday's briefing said the plan was dead.", cue: "said",
          kind: .anonymous),
      ],
      nonTriggering: [
        .init("Headline\n\nThe band played its 2031 show to a half-empty hall.", cue: "show"),
        // People who count are no document.
        .init("Headline\n\nVolunteers counted 40 terns on the shore.", cue: "counted"),
        .init("The levy, trialled since May in two boroughs, lets councils charge more.", cue: "trialled"),
        .init("The guild's charter, posted in the lobby, says members must vote in person.", cue: "posted"),
        // (An aside of minutes that open the sentence: neither "published" nor "seen by" is a cue.)
        .init(
          "Headline\n\nMinutes of the planning committee, published last week, record that members were warned.",
          cue: "published"),
        .init(
          "Headline\n\nMinutes of a transport forum in March, seen by the Post, record that the route was at risk.",
          cue: "seen by"),
        .init(
          "The survey, a copy of which was seen by the Chronicle, estimates repairs at RM4.6 million.", cue: "was seen"),
        .init("The tenants' letter, read aloud at the meeting, calls the rent rise unlawful.", cue: "read"),
        // Past the participle the documents have their verb; a later participle is no cue.
        .init("Maps obtained by the Ledger showed a wreck found off the point.", cue: "found"),
        .init("Compensation had been delayed by disputes over land ownership.", cue: "disputes"),
        .init("The two countries settled their trade disputes.", cue: "disputes"),
        .init(
          "A new ad from Republican state Senate candidate Dale Harmon claims the votes were skipped.", cue: "state"),
        .init("The average covers the most recent polls in 11 swing states.", cue: "states"),
        .init("Mortgage rates rose again in March.", cue: "rates"),
        .init("Ruiz found the keys in the car.", cue: "found"),
        // An update's participle is no cue of its own.
        .init(
          "The utility said in an update posted at 6 p.m. that 41,000 customers were without power.", cue: "posted"),
        // Withdrawn, not remembered.
        .init("Kessary recalled its ambassador on Sunday night.", cue: "recalled"),
        .init("Ford recalled 200,000 trucks.", cue: "recalled"),
        // A noun after a possessive is no verb.
        .init("The district's reply, filed Tuesday, says the complaint came too late.", cue: "reply"),
        .init("The advisory panel recommends adjustments to the tax.", cue: "recommends"),
        .init("The council rejected Merrin's claim about the budget.", cue: "claim"),
        // A document's verb after anything but a document, or before another verb, is a noun.
        .init("The United States said it would act.", cue: "States"),
        .init("The mayor states that the budget is balanced.", cue: "states"),
        .init("A review of billing records found that rates rose.", cue: "records"),
        // A document's own participle is no cue of its own.
        .init(
          "The breach was reported on Oct. 4, according to a notice posted on the regulator's website.", cue: "posted"),
        .init(
          "A memo from the Legislative Fiscal Office, circulated to lawmakers on Friday, estimated that the checks would cost $410 million.",
          cue: "circulated"),
      ]),
    AttributionRule(
      name: "names the word lists do not know",
      triggering: [
        // A paper's name that ends in "Weekender", "Midweek", "Bugle" or, after "The", "Signal"; a
        // station's with "Radyo", Filipino for radio.
        .init(
          "Headline\n\nRadyo Bulkan reported last week that classes had been moved.", cue: "reported",
          source: "Radyo Bulkan", kind: .outlet),
        .init(
          "Headline\n\nThe Illawarra Weekender reported in July that a freight train had narrowly missed a boulder.",
          cue: "reported", source: "The Illawarra Weekender", kind: .outlet),
        .init(
          "Headline\n\nThe Prairie Signal reported in March that two holders of luxury suites had not renewed.",
          cue: "reported", source: "The Prairie Signal", kind: .outlet),
        // A newsletter in the news, not addressed to the reader, is no site furniture.
        .init(
          "Headline\n\nThe newsletter's editor, Ama Osei, said subscribers could opt out at any time.", cue: "said",
          source: "The newsletter's editor, Ama Osei"),
        // "which" after people "of" a body stands for the body.
        .init(
          "Headline\n\nThe lobbying included members of the Harrow port board, which has strongly denied any role.",
          cue: "has strongly denied", source: "which", kind: .organization, denial: .denial),
        // A name first met with its possessive is a person's name too.
        .init(
          "Headline\n\nThe raid put Mayor Dana Varga's allies on edge. The Varga campaign was quiet. Varga denied the claim.",
          cue: "denied", source: "Varga", kind: .person, denial: .denial),
        // People and bodies post ("posted on Instagram"); a reflexive after a name is no thing.
        .init(
          "Headline\n\nThe parish church posted on Facebook that the fete was cancelled.", cue: "posted",
          source: "The parish church"),
        .init(
          "Headline\n\nMercer himself posted on Instagram that the shoot was over.", cue: "posted",
          source: "Mercer himself"),
        .init(
          "Headline\n\nOne user called the ministry “the most shameless thief in the region.”", cue: "called",
          source: "One user"),
        // A one-word name after a person's title somewhere in the article is a person's, though
        // a body's word follows it elsewhere ("the Varga administration").
        .init(
          "Headline\n\nPresident Varga's claim was tested. The panel turned the matter back on the Varga administration. Varga denied the claim.",
          cue: "denied", source: "Varga", kind: .person, denial: .denial),
        // A courtesy title's letters in capitals after "the" are a body's acronym.
        .init(
          "Headline\n\nThe Mainland Revenue Service (MRS) runs the platform. The MRS also dismissed the complaints as exaggerated.",
          cue: "also dismissed", source: "The MRS", kind: .organization, denial: .dismissal),
        // Capitalised words after "the", none a title or a role, name a body, not a person; a
        // publisher's short name after its full one.
        .init(
          "Headline\n\nThe Caledonian Chamber Orchestra has cancelled its tour, saying hall costs had doubled.",
          cue: "saying", source: "The Caledonian Chamber Orchestra", kind: .organization),
        .init(
          "Headline\n\nThe Halden Youth Choir said the cost had doubled.", cue: "said",
          source: "The Halden Youth Choir", kind: .organization),
        .init(
          "Headline\n\nSen. Rand Paul spoke first. The Kentucky Republican said the bill was rushed.", cue: "said",
          source: "The Kentucky Republican", kind: .person),
        .init(
          "Headline\n\nStaff urged Ironmoth's publisher, Northlight Publishing, to act. Northlight did not respond to requests for comment.",
          cue: "did not respond", source: "Northlight", kind: .organization, denial: .noResponse),
        // A force's name ends in "Force".
        .init(
          "Headline\n\nThe manhunt was still under way last evening, the Guyana Police Force said in a statement.",
          cue: "said", source: "the Guyana Police Force", kind: .organization),
        // A firm's name after the word that opens it in French ("Banque"), alone later.
        .init(
          "Headline\n\nA Zurich wealth manager is in talks to buy Banque Salève. Salève has previously denied that it was in difficulty.",
          cue: "has previously denied", source: "Salève", kind: .organization, denial: .denial),
        // A firm's first word alone, after its full name ends in a firm's word.
        .init(
          "Headline\n\nThe tower, from Halcyon Pacific Developments, would replace two walk-ups. Tenants said notices had come. Halcyon disputes that.",
          cue: "disputes", source: "Halcyon", kind: .organization, denial: .denial),
        // A brand's capital inside a word, and the news reported: an outlet, not a person.
        .init(
          "Headline\n\nCityBeat Vancouver reported last month that the developer had donated to three campaigns.",
          cue: "reported", source: "CityBeat Vancouver", kind: .outlet),
        // An outlet's noun after a "-ment" word; a platform's, a record label's and a ranch's name.
        .init(
          "Headline\n\nEntertainment blog GistHub NG reported last month that two acts were unpaid.", cue: "reported",
          source: "Entertainment blog GistHub NG", kind: .outlet),
        .init(
          "Headline\n\nStreaming platform Audiomax said in an email that it had paid all sums.", cue: "said",
          source: "Streaming platform Audiomax", kind: .organization),
        .init(
          "Headline\n\nThe label has also filed a counter-claim, insisting that the singer owes it money.",
          cue: "insisting", source: "The label", kind: .organization),
        .init(
          "Headline\n\nThe permit holder, the Ostrander family's Bar 7 Ranch, has denied that its cattle were on the allotment.",
          cue: "has denied", source: "The permit holder, the Ostrander family's Bar 7 Ranch", kind: .organization,
          denial: .denial),
        // A name the article introduced with a firm's noun is the firm's.
        .init(
          "Headline\n\nThe bank hired the Zurich law firm Brunnacher Vogt. Brunnacher Vogt did not respond to a request for comment.",
          cue: "did not respond", source: "Brunnacher Vogt", kind: .organization, denial: .noResponse),
        // A name no person in the article bears that first reported the news is a news outlet.
        .init(
          "Headline\n\nThe Luzerner Handelsblatt first reported the talks on Sunday.", cue: "first reported",
          source: "The Luzerner Handelsblatt", kind: .outlet),
        // A paper's name that ends in a word also used of people, after "The"; without "The" the
        // same word ends a person's or a group's name.
        .init(
          "Headline\n\nThe Corrong Advocate reported last week that officials moved the money.", cue: "reported",
          source: "The Corrong Advocate", kind: .outlet),
        .init(
          "Headline\n\nVince Champion, a union official, said the deal was fair.", cue: "said",
          source: "Vince Champion, a union official", kind: .person),
        // An outlet's one-word name that is also a trade, as a title before a person's name.
        .init(
          "Headline\n\nEconomist Marisol Vega of the Lafourche Institute said prices usually recover by June.",
          cue: "said", source: "Economist Marisol Vega of the Lafourche Institute", kind: .person),
        // A plural's possessive before an office, as a singular's.
        .init(
          "Headline\n\nThe Commissioner of Fisheries' office declined to comment.", cue: "declined to comment",
          source: "The Commissioner of Fisheries' office", kind: .organization, denial: .noComment),
        // A firm's name that ends in what it builds.
        .init(
          "Headline\n\nThe builder, Hallam Steel Structures, declined to comment.", cue: "declined to comment",
          source: "The builder, Hallam Steel Structures", kind: .organization, denial: .noComment),
        // A name whose initials follow it in parentheses is a body's, whatever its last word; an
        // office's title with its initials is still the person's.
        .init(
          "Headline\n\nThe Upland Moth Census (UMC) warned that the heath was drying out.", cue: "warned",
          source: "The Upland Moth Census (UMC)", kind: .organization),
        .init(
          "Headline\n\nThe Regional Port Director (RPD), Mr Ivo Sandal, said the berth would reopen.", cue: "said",
          source: "The Regional Port Director (RPD), Mr Ivo Sandal", kind: .person),
        // A club with “Radio” in its name is no station.
        .init(
          "Headline\n\nKelso Amateur Radio Club said the mast would stay.", cue: "said",
          source: "Kelso Amateur Radio Club", kind: .organization),
        // A station's name with “Radio” anywhere in it, and a newsroom's journalists, are another outlet.
        .init(
          "Headline\n\nWQRT Radio Coastal said on Sunday that the ferry had run aground.", cue: "said",
          source: "WQRT Radio Coastal", kind: .outlet),
        .init(
          "Headline\n\nCorrespondents with Radio Oriente wrote that the strike had ended.", cue: "wrote",
          source: "Correspondents with Radio Oriente", kind: .outlet),
        .init(
          "Headline\n\nJournalists at the Fenwick Sentinel reported that the mill would close.", cue: "reported",
          source: "Journalists at the Fenwick Sentinel", kind: .outlet),
        // A works noun, or a company noun before a participle's clause, says the name beside it is a company's.
        .init(
          "Headline\n\nThe bus company running the night routes, Kestrel Coaches, said in a statement that drivers would be retrained.",
          cue: "said", source: "The bus company running the night routes, Kestrel Coaches", kind: .organization),
        // (The participle with its particle: "carrying out".)
        .init(
          "Headline\n\nThe consortium carrying out the repairs, Hofstad Tunnelbouw, said the work would finish in May.",
          cue: "said", source: "The consortium carrying out the repairs, Hofstad Tunnelbouw", kind: .organization),
        .init(
          "Headline\n\nThe smelter, Varrick Alloys, did not answer questions on Monday.", cue: "did not answer",
          source: "The smelter, Varrick Alloys", kind: .organization, denial: .noResponse),
        // A short form of a longer name that ends in a capitalised "Rail"; a possessive's regional
        // director.
        .init(
          "Headline\n\nThe tram contract went to Halvik Rail. Halvik said the first cars would arrive in 2027.",
          cue: "said", source: "Halvik", kind: .organization),
        .init(
          "Headline\n\nBrenmoor's regional director, Ana Kask, spoke at the hearing. Brenmoor argues the tender was rigged.",
          cue: "argues", source: "Brenmoor", kind: .organization),
        // A company's officer by the possessive makes the one-word name a company's.
        .init(
          "Headline\n\nPellory\u{2019}s managing director is Ruth Abaza.\n\nPellory said on Monday that freight costs had doubled.",
          cue: "said", source: "Pellory", kind: .organization),
        // "X Watch" is a body; a firm's name may open with an outlet's word; a community station is
        // an outlet by its name's last word; the office around a titled person is a body.
        .init(
          "Headline\n\nEstuary Watch said it would appeal the licence.", cue: "said", source: "Estuary Watch",
          kind: .organization),
        .init(
          "Headline\n\nThe marina's new owner, Atlantic Harrow Partners, would not comment.", cue: "would not comment",
          source: "The marina's new owner, Atlantic Harrow Partners", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nAccording to the valley station Callowmere FM, the ferry will not sail.", cue: "According to",
          source: "the valley station Callowmere FM", kind: .outlet),
        .init(
          "Headline\n\nThe office of harbour commissioner Mr Tomas Wray declined to comment.",
          cue: "declined to comment",
          source: "The office of harbour commissioner Mr Tomas Wray", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nThe resort would not say when the chairlift reopens.", cue: "would not say",
          source: "The resort", kind: .organization, denial: .noComment),
        // A station's name with "of" inside it; one word before "of" only, not a reporter and her
        // paper. A name may end in a hyphened article's word ("al-Sufi").
        .init(
          "Headline\n\nVoice of Glenmarra Radio reported on Monday that the ferry was late.", cue: "reported",
          source: "Voice of Glenmarra Radio", kind: .outlet),
        .init(
          "Headline\n\nAnn Lee of the Lakeside Times wrote that the mill would close.", cue: "wrote",
          source: "Ann Lee of the Lakeside Times", kind: .person),
        .init(
          "Headline\n\nProtester Karim al-Sufi told the Harbor Ledger the square was cleared.", cue: "told",
          source: "Protester Karim al-Sufi", kind: .person),
        // An outlet by its description after the comma (with "the", not a person's given name), a
        // name with a hyphened article in it; a ferry company by its capitalised suffix, not a
        // verb or a plural noun; a vendor in the street is a person, a market's watchdog is not.
        .init(
          "Headline\n\nSawt el-Balad, an Arabic-language radio station, said in its evening bulletin that the dam was leaking.",
          cue: "said", source: "Sawt el-Balad, an Arabic-language radio station", kind: .outlet),
        .init(
          "Headline\n\nHet Kompas, the Dutch-language daily, wrote that the port would be sold.",
          cue: "wrote", source: "Het Kompas, the Dutch-language daily", kind: .outlet),
        .init(
          "Headline\n\nMoira Dunn, the veteran Channel 4 broadcaster, said the series was over.",
          cue: "said", source: "Moira Dunn, the veteran Channel 4 broadcaster", kind: .person),
        .init(
          "Headline\n\nPellowe Ferries said the crossing would resume on Friday.", cue: "said",
          source: "Pellowe Ferries", kind: .organization),
        .init(
          "Headline\n\nVolunteer coaches in the under-14 league say the pitches flood every winter.",
          cue: "say", source: "Volunteer coaches in the under-14 league", kind: .vague),
        .init(
          "Headline\n\nMira Holt coaches the juniors at Kelso. Holt said the pitches flood every winter.",
          cue: "said", source: "Holt", kind: .person),
        .init(
          "Headline\n\nRoadside vendor Ebo Quansah argues that the new pitches are too far from the bus stop.",
          cue: "argues", source: "Roadside vendor Ebo Quansah", kind: .person),
        .init(
          "Headline\n\nStock market watchdog Finora said the listing rules would change.", cue: "said",
          source: "Stock market watchdog Finora", kind: .organization),
        // A ratings agency by its suffix; an operator of a ferry line, a firm.
        .init(
          "Headline\n\nKelvale Ratings said on Friday that the port authority's outlook was negative.",
          cue: "said", source: "Kelvale Ratings", kind: .organization),
        .init(
          "The island's ferry operator said on Monday that winter sailings would be cut.", cue: "said",
          source: "The island's ferry operator", kind: .organization),
        .init(
          "Headline\n\nArdoch Rugby says the new stand will open in May.", cue: "says", source: "Ardoch Rugby",
          kind: .organization),
        // Two one-word names, one of them a firm's the article named in full.
        .init(
          "Headline\n\nOrla Quay Holdings and Pell Marine bid for the pier. Orla and Pell did not respond to questions.",
          cue: "did not respond", source: "Orla and Pell", kind: .organization, denial: .noResponse),
        .init(
          "The Sunday Lantern reported that two ferries would be sold.", cue: "reported",
          source: "The Sunday Lantern", kind: .outlet),
        .init(
          "The Gaelic-language programme Brath has reported that the pier will close.", cue: "has reported",
          source: "The Gaelic-language programme Brath", kind: .outlet),
        // A short form of a name that ends in an organization's word.
        .init(
          "Headline\n\nOrla Quay Holdings bought the pier in May. Orla said the price was fair.", cue: "said",
          source: "Orla", kind: .organization),
        .init(
          "The consumer programme Pocket Watch first reported the fault.", cue: "first reported",
          source: "The consumer programme Pocket Watch", kind: .outlet),
        .init(
          "His lawyers, Ann Reyes and Tom Ochs, said the fine was unfair.", cue: "said",
          source: "His lawyers, Ann Reyes and Tom Ochs", kind: .person),
        // Many people under one name are a firm; a body's word, a newsroom's noun.
        .init(
          "The engineers, Tallow Fenwick, said the wall was sound.", cue: "said",
          source: "The engineers, Tallow Fenwick", kind: .organization),
        .init(
          "The Philharmonic denied the report.", cue: "denied", source: "The Philharmonic", kind: .organization,
          denial: .denial),
        .init(
          "The radio programme Tidewatch first reported the leak.", cue: "first reported",
          source: "The radio programme Tidewatch", kind: .outlet),
        .init(
          "According to the news portal Eastgate Voice, the fire began at noon.", cue: "According to", kind: .outlet),
        .init("According to Moorside FM, the bridge is closed.", cue: "According to", kind: .outlet),
        .init(
          "Gazeta do Vale, the weekly of the lowland towns, reported the sinking first.", cue: "reported",
          kind: .outlet),
        .init("Ardsley Mobility confirmed that the depot would close.", cue: "confirmed", kind: .organization),
        .init("The Coopers Guild warned that the barrels were unsafe.", cue: "warned", kind: .organization),
        // (The first word of a company's name, which a ranked trade's noun described.)
        .init(
          "Halloran Wexley, the largest insurer in the county, wrote to customers on Friday. Halloran said premiums would rise.",
          cue: "said", source: "Halloran", kind: .organization),
        .init(
          "The state news agency Velmora reported that the talks had ended.", cue: "reported",
          source: "The state news agency Velmora", kind: .outlet),
        // An outlet's noun after the capitals of a language, an outlet's noun before a name, a
        // broadcaster's channel, a reinsurer's "Re".
        .init(
          "On Monday, Velka Zora, an opposition weekly, reported that the mayor had quit.", cue: "reported",
          source: "Velka Zora, an opposition weekly", kind: .outlet),
        .init(
          "The gardening blog Rootstock reported that the nursery had been sold.", cue: "reported",
          source: "The gardening blog Rootstock", kind: .outlet),
        .init(
          "A television channel in Lagos later reported that the ferry had sunk.", cue: "later reported",
          source: "A television channel in Lagos", kind: .outlet),
        .init(
          "Stennholt Re declined to comment.", cue: "declined to comment", source: "Stennholt Re",
          kind: .organization, denial: .noComment),
        // A trust is a body; company suffixes (Pty, Bhd, PLC, GmbH, Limited) and "Forum" end a
        // body's name.
        .init("Greyfriars Almshouses, a small trust, said the roof leaks.", cue: "said", kind: .organization),
        .init("Kwong Brothers Pty said its tugs were idle.", cue: "said", kind: .organization),
        .init("Members will vote on the plan, the Eastgate Traders Forum said.", cue: "said", kind: .organization),
        .init(
          "The citizens' initiative Clean Brook Now said the permit should be withdrawn.", cue: "said",
          kind: .organization),
        // One person behind a work is no business behind it.
        .init(
          "Ruth Amsel, the sole promoter behind the Harvest Lights fair, said every stall had sold.", cue: "said",
          kind: .person),
        // A noun a person may be too, beside a name with no company's word in it.
        .init(
          "Leon Brandt, a ferry operator from the north shore, said the pier was unsafe.", cue: "said", kind: .person),
        // A role's noun and a full name end the phrase: the person, whatever comes before.
        .init(
          "Orrin Glass and Tile chief executive Bea Marr said output would fall.", cue: "said",
          source: "Orrin Glass and Tile chief executive Bea Marr", kind: .person),
        .init(
          "Coastal Fishers’ Guild (CFG) secretary Ines Maro said the quota was too low.", cue: "said",
          source: "Coastal Fishers’ Guild (CFG) secretary Ines Maro", kind: .person),
        // An outlet's noun before a name with lower-case particles; a trade's plural at a name's end.
        .init(
          "The weekly El Eco de la Sierra reported that the pass would stay shut.", cue: "reported",
          source: "The weekly El Eco de la Sierra", kind: .outlet),
        .init(
          "Brackley Timber did not return calls.", cue: "did not return", source: "Brackley Timber",
          kind: .organization,
          denial: .noResponse),
        .init("Gardaí said the road would stay closed overnight.", cue: "said", kind: .organization),
        .init("The society said the hall would reopen in May.", cue: "said", kind: .organization),
        // A trade and "firm" before a name that opens the sentence; a periodical's "Quarterly".
        .init(
          "Logistics firm Tarrow opened a depot on Monday. Tarrow said the depot would hire 40 people.", cue: "said",
          source: "Tarrow", kind: .organization),
        .init(
          "The merger was first reported by Ferris Quarterly.", cue: "was first reported", source: "Ferris Quarterly",
          kind: .outlet),
        // A company's last word after a multi-word name; the same word as a person's surname.
        .init("Crestline Power said the outage was over.", cue: "said", source: "Crestline Power", kind: .organization),
        .init(
          "One of them, Holloway Grain, confirmed the policy in an email.", cue: "confirmed",
          source: "One of them, Holloway Grain", kind: .organization),
        // A member of a legislature by the letters alone is a person, not an acronym's body.
        .init(
          "The MP, however, maintained that the allegations were false.", cue: "maintained", source: "The MP",
          kind: .person,
          denial: .denial),
        .init(
          "Samantha Power said the vote was a disgrace. Power added that talks would go on.", cue: "added",
          source: "Power", kind: .person),
        // A name with its seat's letters; a thing described by what it is, then "that".
        .init(
          "The Green Party spokesman, Cathal Breen TD, said the plan was too little.", cue: "said",
          source: "The Green Party spokesman, Cathal Breen TD", kind: .person),
        .init(
          "Vantrel, the ride-hailing platform that came to the city in May, did not respond to questions.",
          cue: "did not respond", source: "Vantrel, the ride-hailing platform that came to the city in May",
          kind: .organization, denial: .noResponse),
        // A speaker's label gives no evidence that its name is a company's ("its" is Kestrel's).
        .init(
          "Edited excerpts follow.\n\nOKAFOR: You left in June.\n\nQUIST: I resigned.\n\nOKAFOR: Kestrel says its tools "
            + "catch most videos.\n\nQUIST: Not the ones that matter.", cue: ":", source: "OKAFOR", kind: .person),
        // A surname in capitals that the article names in full; the people the writer interviewed;
        // a plural that opens the sentence beside another.
        .init(
          "Senator Ann Voss spoke first. VOSS: We will win this state.", cue: ":", source: "VOSS", kind: .person),
        .init(
          "Everyone I interviewed said the plant should stay open.", cue: "said", source: "Everyone I interviewed",
          kind: .vague),
        .init(
          "Developers and supporters in Congress say the program creates jobs.", cue: "say",
          source: "Developers and supporters in Congress", kind: .vague),
        // A station that "Radio" opens, a body whose name is a plural.
        .init("Radio Kestrel reported on Friday that the mill would close.", cue: "reported", kind: .outlet),
        .init("Federated Growers said the scheme was welcome.", cue: "said", kind: .organization),
        // A courtesy title before an outlet's name makes it a person's.
        .init("Mr. Bloomberg said the city would pay.", cue: "said", kind: .person),
        // One person's own agent is a person, not an unnamed source.
        .init(
          "Her agent declined to comment on reports of a move abroad.", cue: "declined to comment", kind: .person,
          denial: .noComment),
        .init(
          "The fire was started deliberately, Police Scotland has confirmed.", cue: "has confirmed",
          kind: .organization),
        .init(
          "The trust denied that staffing had played a part.", cue: "denied", kind: .organization, denial: .denial),
        .init("Lowe was jailed for 14 months, the fiscal depute said.", cue: "said", kind: .person),
        .init(
          "Nine patients have died, according to an internal briefing seen by the Gazette.", cue: "according to",
          kind: .document),
        // Which people, in a clause without commas, stays with them.
        .init(
          "The ferry broke down twice last month, according to travellers who spoke to the Standard.",
          cue: "according to", source: "travellers who spoke to the Standard"),
        // Who saw the document, in a clause without "that", stays with it.
        .init(
          "The owner left on July 4, according to immigration records he had seen.", cue: "according to",
          source: "immigration records he had seen", kind: .document),
        .init(
          "The owner left on July 4, according to records the Daily has seen.", cue: "according to",
          source: "records the Daily has seen", kind: .document),
        // A journalist named after an outlet's role is a person (PolNeAR's clarification 5).
        .init(
          "NBC News moderator Matt Lauer said the forum had gone well.", cue: "said",
          source: "NBC News moderator Matt Lauer", kind: .person),
        // Churches and their bodies, the Crown, a detachment; clergy are people.
        .init(
          "The diocese declined to comment on the report.", cue: "declined to comment", source: "The diocese",
          kind: .organization, denial: .noComment),
        .init(
          "The Crown would not say whether it would appeal.", cue: "would not say", source: "The Crown",
          kind: .organization, denial: .noComment),
        .init(
          "The Ridgeford detachment of the RCMP said in a news release that it had charged two men.",
          cue: "said", source: "The Ridgeford detachment of the RCMP", kind: .organization),
        .init(
          "\"We must keep faith,\" the bishop wrote in a letter read at Sunday masses.", cue: "wrote",
          source: "the bishop", kind: .person),
        .init("Neighbours say the plan was dropped after a petition.", cue: "say", source: "Neighbours", kind: .vague),
        .init(
          "A memorial will be held on April 2, the funeral home said.", cue: "said", source: "the funeral home",
          kind: .organization),
        // A union's local by its number; a district, an academy, a chamber of commerce.
        .init(
          "Amalgamated Drivers Local 3 said the deal was fair.", cue: "said", source: "Amalgamated Drivers Local 3",
          kind: .organization),
        .init(
          "Renata Oyelaran, president of Foundry Workers Local 412, said the deal was fair.", cue: "said",
          source: "Renata Oyelaran, president of Foundry Workers Local 412", kind: .person),
        .init(
          "The Harlow Unified School District said classes would resume.", cue: "said",
          source: "The Harlow Unified School District", kind: .organization),
        // An outlet's common noun before its call letters, or its two-word noun ending the name.
        .init(
          "The Kestovian state broadcaster KTV reported that the diplomats had left.", cue: "reported",
          source: "The Kestovian state broadcaster KTV", kind: .outlet),
        .init(
          "The state-run Kestovian News Agency reported that the crews were safe.", cue: "reported",
          source: "The state-run Kestovian News Agency", kind: .outlet),
        // A TV newsroom's investigative desk is the publisher itself.
        .init(
          "The I-Team has learned that the inspector flagged the problem.", cue: "has learned",
          source: "The I-Team", kind: .self),
        .init(
          "The estate of the painter Oskar Vennholm disputes the attribution.", cue: "disputes",
          source: "The estate of the painter Oskar Vennholm", kind: .organization),
        // The common noun before a name says what it is...
        .init(
          "The tech news site Gridwise reported in March that the deal was off.", cue: "reported",
          source: "The tech news site Gridwise", kind: .outlet),
        .init(
          "The Ohio utility Maple Ridge Power said in a statement that rates would rise.", cue: "said",
          source: "The Ohio utility Maple Ridge Power", kind: .organization),
        // A one-word name that no given name or title ever precedes, and that the article treats
        // as a thing ("Corvane's board", "a spokeswoman for Corvane"), names an organization.
        .init(
          "Corvane's board met on Monday. Corvane declined to comment on the report.", cue: "declined to comment",
          source: "Corvane", kind: .organization, denial: .noComment),
        // ...and so does a description beside it: "The retailer, Brightmart Stores", "Skerra
        // Line, the ferry operator", "Verity shares", "Verity spokesperson Naomi Brasch"; the
        // one-word name then stands for the full one.
        .init(
          "The retailer, Brightmart Stores, filed plans in May. Brightmart dismissed the objections as misinformed.",
          cue: "dismissed", source: "Brightmart", kind: .organization, denial: .dismissal),
        .init(
          "Skerra Line, the ferry operator that serves the island, said sailings would be cut.", cue: "said",
          kind: .organization),
        .init(
          "Verity shares fell 6 percent on Tuesday. Verity said in a statement that it was acting out of caution.",
          cue: "said", source: "Verity", kind: .organization),
        .init(
          "Verity spokesperson Naomi Brasch declined to elaborate. Verity said it would replace the fryers.",
          cue: "said",
          source: "Verity", kind: .organization),
        // A company's officers, "its" for the name that opens the sentence, a trade before
        // "company" or "firm"; and a capitalised "A" that opens a sentence is no given name ("A
        // Stridewell spokeswoman").
        .init(
          "Lumora chief executive Dana Whitcombe spoke first. Lumora said the phone would ship in May.", cue: "said",
          source: "Lumora", kind: .organization),
        .init(
          "A Stridewell spokeswoman declined to say more. Stridewell has denied any wrongdoing, and its lawyers said the suit would fail.",
          cue: "has denied", source: "Stridewell", kind: .organization, denial: .denial),
        .init(
          "The court heard from the delivery company Rydora on Tuesday. Rydora declined to comment after the argument.",
          cue: "declined to comment", source: "Rydora", kind: .organization, denial: .noComment),
        .init(
          "Brightnest economist Ann Lee said rents rose. Rents will keep rising, according to Brightnest.",
          cue: "according to", source: "Brightnest", kind: .organization),
        .init("The Federal Reserve said rents are rising.", cue: "said", kind: .organization),
        // A name that tells of its own deeds as "it" ("said it had cut", "announced it was
        // laying off"); not one that says "it" of a state of things.
        .init(
          "Crestline Mason said on Friday it had cut power to 11,000 customers.", cue: "said",
          source: "Crestline Mason", kind: .organization),
        .init(
          "Crestline Mason said it had been a long night for the crews.", cue: "said", source: "Crestline Mason",
          kind: .person),
        // (But a surname after its full name is a person's, "its" or not.)
        .init(
          "Dana Whitcombe founded the firm. Whitcombe said its phones would ship in May.", cue: "said",
          source: "Whitcombe", kind: .person),
        // One person by an agent noun ("the inspector"), but a plural one that only opens the
        // sentence capitalised is a collective ("Engineers").
        .init(
          "The inspector told lawmakers that the bridge was unsafe.", cue: "told", source: "The inspector",
          kind: .person),
        .init(
          "Engineers have long warned that the bridge is unsafe.", cue: "have long warned", source: "Engineers",
          kind: .vague),
        // A body's word is an organisation's head, unless people named after it are the head.
        .init(
          "The assembly's secretariat declined to comment on the draft.", cue: "declined to comment",
          source: "The assembly's secretariat", kind: .organization, denial: .noComment),
        .init(
          "League observers have long said that the club would move.", cue: "have long said",
          source: "League observers", kind: .vague),
        .init(
          "The draft says Ostrander Maritime, a shipping company registered in Brenholm, used transfers at sea. Ostrander called the allegation \u{201C}categorically untrue.\u{201D}",
          cue: "called", source: "Ostrander", kind: .organization, denial: .denial),
        .init(
          "A review found that Keep Homes Possible, the committee opposing the measure, has raised $7.8 million. Last week, Keep Homes Possible asked the board to act.",
          cue: "asked", source: "Keep Homes Possible", kind: .organization),
        // Names joined by "&", a name that goes on after "of" to an organisation's word, a
        // restaurant, and counsel for an organisation.
        .init(
          "Pruett & Salcedo said the filing was late.", cue: "said", source: "Pruett & Salcedo", kind: .organization),
        .init("VeriCheck declined to comment.", cue: "declined to comment", kind: .organization, denial: .noComment),
        // Industry words that end company names; a co-op; a broadcaster's name.
        .init("Harlan Mutual said it would appeal the ruling.", cue: "said", kind: .organization),
        .init("The two co-ops said they would merge next year.", cue: "said", kind: .organization),
        .init("Adley Public Radio first reported the closure.", cue: "first reported", kind: .outlet),
        // A broadcaster's call letters; a team's plural name; an agency's directorate; a scholarly
        // journal is no newspaper.
        .init("KHAL-7 reported the memo on Sunday.", cue: "reported", kind: .outlet),
        .init("WKRV said the ferry had run aground.", cue: "said", kind: .outlet),
        // (Not four letters the article spells out as a body's name.)
        .init(
          "Headline\n\nKampala Capital City Authority (KCCA) announced new fees. KCCA has blamed the riders for the jams.",
          cue: "has blamed", source: "KCCA", kind: .organization),
        // A station's name that ends in "TV"; a First Nation's band; a lease.
        .init(
          "Headline\n\nLocal station Atoll Vision TV reported on Tuesday that barges had begun dredging.",
          cue: "reported",
          source: "Local station Atoll Vision TV", kind: .outlet),
        .init(
          "Headline\n\nThe band said in a news release that it would go on fishing.", cue: "said", source: "The band",
          kind: .organization),
        .init(
          "Headline\n\nAccording to the lease, the developer pays MVR 1 million a year.", cue: "According to",
          source: "the lease", kind: .document),
        // A port's authority is a body.
        .init(
          "Headline\n\nThe port said cargo tied to the buildup would double by 2028.", cue: "said", source: "The port",
          kind: .organization),
        // A court's or a committee's panel is a body.
        .init(
          "The panel also refused to halt the program, saying the legislature was debating it.", cue: "saying",
          source: "The panel", kind: .organization),
        // A wire by its own word; a village council in India.
        .init("Tinig Newswire reported on Friday that the firm had hired a bank.", cue: "reported", kind: .outlet),
        .init(
          "In an announcement on Monday, the panchayat said the camp would move.", cue: "said", source: "the panchayat",
          kind: .organization),
        // Indian honorifics inside a title chain.
        .init(
          "Panchayat president Smt. Leela Devadas told the Desk that 47 families had been living in the camp.",
          cue: "told", source: "Panchayat president Smt. Leela Devadas", kind: .person),
        .init(
          "Opposition MLA for Eranthode North Adv. Shabna Koyakutty alleged on Tuesday that Rs 1.2 crore was missing.",
          cue: "alleged", source: "Opposition MLA for Eranthode North Adv. Shabna Koyakutty", kind: .person),
        .init("The Kestrel Bay Mariners announced the trade on Monday.", cue: "announced", kind: .organization),
        .init("The Valdrian Space Directorate said the launch would slip.", cue: "said", kind: .organization),
        .init(
          "Yields rose, according to a study published Wednesday in the Journal of Applied Plant Microbiology.",
          cue: "according to", kind: .document),
        // (A given name or surname with a capital inside is a person's.)
        .init("JoAnn Smith said the plan was fine.", cue: "said", kind: .person),
        .init("Rep. Scott DesJarlais said the bill would pass.", cue: "said", kind: .person),
        .init("Sen. Mitch McConnell said the vote would wait.", cue: "said", kind: .person),
        .init(
          "The trust's manager, Beaumont Capital Advisors, declined to comment.", cue: "declined to comment",
          kind: .organization, denial: .noComment),
        .init(
          "The city's Conflicts of Interest Board would not say whether it had opened an inquiry.",
          cue: "would not say", source: "The city's Conflicts of Interest Board", kind: .organization,
          denial: .noComment),
        .init(
          "Castellan's Chophouse said it had never been cited.", cue: "said", source: "Castellan's Chophouse",
          kind: .organization),
        .init(
          "Lawyers for the city of Lindqvist asked the judge to dismiss the case.", cue: "asked",
          source: "Lawyers for the city of Lindqvist", kind: .organization),
        .init(
          "A lawyer for Dana Ruiz said she would appeal.", cue: "said", source: "A lawyer for Dana Ruiz", kind: .person),
        .init(
          "Bernard Achebe of Tallis Capital said the bid was low.", cue: "said",
          source: "Bernard Achebe of Tallis Capital", kind: .person),
        // ...but not a role a person has, nor a clause about one, nor a verb ("shares that
        // concern"), nor a phrase that opens the sentence ("After leaving the firm,").
        .init(
          "Mike Delgado, a contractor hired by the city, said the work was done.", cue: "said", kind: .person),
        .init(
          "Maria Lopez shares that concern. Maria Lopez said the bill was late.", cue: "said", kind: .person),
        .init(
          "After leaving the firm, Dana Whitfield said the deal had been unfair.", cue: "said", kind: .person),
        .init(
          "The chairman of the company's board said the merger was off.", cue: "said",
          source: "The chairman of the company's board", kind: .person),
        .init(
          "Tim Hess, a real estate developer in Virginia, said the bank had called.", cue: "said", kind: .person),
        .init(
          "Councilwoman Teresa Albrecht, who chairs the finance committee, said the budget was late.", cue: "said",
          kind: .person),
        // A comma that closes an opening phrase is no appositive.
        .init(
          "As a summer associate at a North Carolina law firm, Loretta E. Lynch said she was asked to present.",
          cue: "said", source: "Loretta E. Lynch", kind: .person),
        // "and" inside one organization's name; an office after a possessive.
        .init(
          "The Occupational Safety and Health Administration did not respond to a request for comment.",
          cue: "did not respond", source: "The Occupational Safety and Health Administration", kind: .organization,
          denial: .noResponse),
        .init(
          "The secretary of state's office said the filing was late.", cue: "said",
          source: "The secretary of state's office", kind: .organization),
        // Saying "it" proves nothing: people say it too.
        .init("Obama said it was time to act on the treaty.", cue: "said", source: "Obama", kind: .person),
        // A longer name needs what no person has: "Halcyon Data's shares", "Halcyon Data, which".
        .init(
          "Halcyon Data's shares fell 9 percent. Halcyon Data declined to comment.", cue: "declined to comment",
          source: "Halcyon Data", kind: .organization, denial: .noComment),
        .init(
          "Maria Ostrel runs the clinic. Ostrel said it would stay open.", cue: "said", source: "Ostrel", kind: .person,
          resolvedTo: "Maria Ostrel"),
        // ...but a named spokesperson is a person, and so is a titled name.
        .init(
          "Campaign spokesman Tom Ellery said the ad would run.", cue: "said", source: "Campaign spokesman Tom Ellery",
          kind: .person),
        .init(
          "City police Chief Dana Roe said the street was closed.", cue: "said", source: "City police Chief Dana Roe",
          kind: .person),
        // A newspaper's one-word name after "the", and a name of two or more words ending in an
        // outlet word; a company's name ending in a company word.
        .init("The Gazette reported that the family had moved.", cue: "reported", source: "The Gazette", kind: .outlet),
        .init("Ridgeline News reported the arrest.", cue: "reported", source: "Ridgeline News", kind: .outlet),
        .init(
          "Harlan Lines said shipments would resume.", cue: "said", source: "Harlan Lines", kind: .organization),
        // A person is "who", a thing "which".
        .init(
          "Skyvault, which makes delivery drones, said it welcomed the rule.", cue: "said", kind: .organization),
        // The publisher's own name, from its folder when the outlets list does not know it ("The
        // Harbor Ledger" here): the full name or its last word after "the".
        .init("The Ledger reported last week that the pier was unsafe.", cue: "reported", kind: .self),
        // What the outlet could not check is its own word on its sources.
        .init(
          "The Ledger could not independently verify the complaints.", cue: "could not independently verify",
          source: "The Ledger", kind: .self),
        .init(
          "The Ledger was unable to confirm whether investigators had questioned him.", cue: "was unable to confirm",
          kind: .self),
        // A broadcaster by its channel's number, a football club by its prefix, an outlet or a
        // company by the description beside its name, a podcast, a paving firm.
        .init(
          "Channel 6 reported Saturday that the chief had capped overtime.", cue: "reported", source: "Channel 6",
          kind: .outlet),
        .init(
          "The striker has agreed personal terms, Sky Sports reports.", cue: "reports", source: "Sky Sports",
          kind: .outlet),
        .init(
          "FC Dalvik said in a statement that the player is not for sale.", cue: "said",
          source: "FC Dalvik", kind: .organization),
        .init(
          "Goalmouth, a rival site, reported that talks had opened.", cue: "reported",
          source: "Goalmouth, a rival site", kind: .outlet),
        .init(
          "Brennvik, a freight forwarder's parent company, said it would appeal.", cue: "said",
          source: "Brennvik, a freight forwarder's parent company", kind: .organization),
        .init(
          "The Northern Terrace podcast claimed the board had lined up a replacement.", cue: "claimed",
          source: "The Northern Terrace podcast", kind: .outlet),
        .init(
          "Pellman Paving did not respond to requests for comment.", cue: "did not respond",
          source: "Pellman Paving", kind: .organization, denial: .noResponse),
        // An institution by its common noun or by the description beside its name, a news agency,
        // a "Daily" paper, a pair, a name with its emphasis, a named firm's analysts.
        .init(
          "The standards watchdog said it had received no complaint.", cue: "said", source: "The standards watchdog",
          kind: .organization),
        .init(
          "The journal's publisher, Corvid Scientific, declined to comment.", cue: "declined to comment",
          source: "The journal's publisher, Corvid Scientific", kind: .organization, denial: .noComment),
        .init(
          "The Continental Press Agency reported on Monday that talks had stalled.", cue: "reported",
          source: "The Continental Press Agency", kind: .outlet),
        .init(
          "The Daily Lantern claimed last week that the singer had been seen with a dancer.", cue: "claimed",
          source: "The Daily Lantern", kind: .outlet),
        .init(
          "In a joint statement last night, the pair said they would separate.", cue: "said", source: "the pair",
          kind: .person, channel: "statement"),
        .init(
          "Mr Farrow himself did not respond to calls last night.", cue: "did not respond",
          source: "Mr Farrow himself", kind: .person, denial: .noResponse),
        .init(
          "Analysts at Brisk & Vell wrote in a note to clients that the statement was hawkish.", cue: "wrote",
          source: "Analysts at Brisk & Vell", kind: .organization),
        // One person by a definite noun with an agent's suffix or a person's noun; a company by
        // its common noun.
        .init(
          "The superintendent said in an email that the district takes these concerns seriously.", cue: "said",
          source: "The superintendent", kind: .person),
        .init("The farmer told reporters the well had run dry.", cue: "told", source: "The farmer", kind: .person),
        .init("The surgeon said the operation went well.", cue: "said", source: "The surgeon", kind: .person),
        .init(
          "The tech giant said it would appeal the fine.", cue: "said", source: "The tech giant", kind: .organization),
        // An agency whose name ends in what it does; a person by their age.
        .init(
          "Immigration and Customs Enforcement declined to comment on the case.", cue: "declined to comment",
          source: "Immigration and Customs Enforcement", kind: .organization, denial: .noComment),
        .init(
          "\"I have never been happier,\" the 34-year-old wrote on Sunday.", cue: "wrote", source: "the 34-year-old",
          kind: .person),
        // A court's bench is the court; a law is a document.
        .init(
          "A division bench of Justices M. Sundaresan and Kavitha Raghunathan observed that the body was indifferent.",
          cue: "observed", source: "A division bench of Justices M. Sundaresan and Kavitha Raghunathan",
          kind: .organization),
        .init("The law says per-mile charges are optional.", cue: "says", source: "The law", kind: .document),
        // A team's role for one person named before.
        .init(
          "The striker posted a training photo on Monday.", cue: "posted", source: "The striker", kind: .person),
        // A school district by its name; a title's letters; a name the article introduced as an outlet.
        .init(
          "Harwick County Schools announced that classes would resume on Monday.", cue: "announced", kind: .organization
        ),
        .init("The PPRO added that no arrest had been made.", cue: "added", kind: .person),
        .init(
          "The Portuguese broadcaster Canal Sete reported the deal was off. Canal Sete said the club had withdrawn.",
          cue: "said", source: "Canal Sete", kind: .outlet),
        // A union's local by its number; a longer name that only opens with an outlet's.
        .init(
          "Local 417 of the Line Workers Union, which represents 600 employees, said in a statement that jobs were cut.",
          cue: "said", kind: .organization),
        .init(
          "The Independent Hearthstone Franchisee Alliance said in a letter that the mandate was unfair.",
          cue: "said", kind: .organization),
        // A station's number joins its name ("Ridgeline 6" for the folder "ridgeline6"): see the
        // publisher tests.
        .init("Scotland Yard said a man had been arrested.", cue: "said", kind: .organization),
        // A short name after the full one, or after a description of a company beside it.
        .init(
          "Kestrel Forge, the studio behind the shooter Ashfall, is late. Kestrel Forge declined to say when.",
          cue: "declined to say", source: "Kestrel Forge", kind: .organization, denial: .noComment),
        .init(
          "Halvorsen Homes’ plans were approved. Halvorsen would not discuss the funding.", cue: "would not discuss",
          source: "Halvorsen", kind: .organization, denial: .noComment),
        .init(
          "Trellis Property Trust owns six buildings. Trellis flatly denied the report.", cue: "flatly denied",
          source: "Trellis", kind: .organization, denial: .denial),
        // A firm's staff, with a trade's noun before its name, or a name that could be a person's.
        .init(
          "Analysts at broker Fennick Lowe said in a note that the shares were cheap.", cue: "said",
          source: "Analysts at broker Fennick Lowe", kind: .organization),
        .init(
          "Editors at Cognitive Rhythms did not respond to questions.", cue: "did not respond",
          source: "Editors at Cognitive Rhythms", kind: .organization, denial: .noResponse),
        // An outlet's noun before the outlet's name; an organization's noun after its full name.
        .init(
          "The student newspaper, The Carrow Lantern, reported last week that the inquiry had been opened.",
          cue: "reported", source: "The student newspaper, The Carrow Lantern", kind: .outlet),
        .init(
          "The Figure Forensics Collective posted the images. The collective has also questioned two earlier papers.",
          cue: "has also questioned", source: "The collective", kind: .organization),
        .init(
          "Meridian Boxline, one of the three carriers diverted to Sallow Point, said the delays were costly.",
          cue: "said", kind: .organization),
        // A union's local by its number; its president is a person.
        .init(
          "Local 212 has asked an arbitrator to rule on the dispute.", cue: "has asked", source: "Local 212",
          kind: .organization),
        .init(
          "Local 212 President Dana Ruhl said the talks had failed.", cue: "said",
          source: "Local 212 President Dana Ruhl", kind: .person),
        // A newspaper named for its advertisers.
        .init(
          "The Harrow Advertiser reported last week that a second line was under review.", cue: "reported",
          source: "The Harrow Advertiser", kind: .outlet),

        // A name of two words after its full name of three; a company described before its name;
        // an outlet described after its name; a promoter behind an event.
        .init(
          "Silver Tern Cruises has told the port that its ships will skip May. Silver Tern declined to elaborate.",
          cue: "declined to elaborate", source: "Silver Tern", kind: .organization, denial: .noComment),
        .init(
          "The paper said that a rival processor, Oakvale Milk, was paying more. Oakvale Milk did not respond.",
          cue: "did not respond", source: "Oakvale Milk", kind: .organization, denial: .noResponse),
        .init(
          "Cropwatch, the weekly farm paper, said prices would fall. Cropwatch reported on Friday that talks had begun.",
          cue: "reported", source: "Cropwatch", kind: .outlet),
        .init(
          "Brightfold Live, the promoter behind Lakefest, announced Tuesday that it would cancel.", cue: "announced",
          source: "Brightfold Live, the promoter behind Lakefest", kind: .organization),
        .init(
          "The Dunmere branch of the Tenants' Federation has accused the council of bias.", cue: "has accused",
          source: "The Dunmere branch of the Tenants' Federation", kind: .organization),
        .init(
          "Reps for the comedian did not return calls.", cue: "did not return", source: "Reps for the comedian",
          kind: .organization, denial: .noResponse),
        // An outlet's noun before its name: a portal; a news agency, for the name alone later too.
        .init(
          "Headline\n\nThe portal Kauno Balsas reported on Wednesday that the audit committee would meet.",
          cue: "reported", source: "The portal Kauno Balsas", kind: .outlet),
        .init(
          "Headline\n\nThe news agency Baltnova said the port was losing cargo. The port will raise its dues in May, Baltnova reported.",
          cue: "reported", source: "Baltnova", kind: .outlet),
        // Pollsters and wire services the lists name.
        .init(
          "Gallup says most renters expect higher costs next year.", cue: "says", source: "Gallup", kind: .organization),
        .init("McClatchy reported that the plant would close in spring.", cue: "reported", kind: .outlet),
        // A one-word outlet's name that the article gives a person after a given name.
        .init(
          "Headline\n\nMichael Fox spoke on Monday. Later, Fox argued that the plan was flawed.",
          cue: "argued", source: "Fox", kind: .person),
        // A news digest's label that names another outlet.
        .init(
          "Morning digest\n\nWSJ: “The port's new cranes arrived two months late.”\n\nMore later.",
          cue: ":", source: "WSJ", kind: .outlet),
        // A collective's word after a titled name is where the person works.
        .init(
          "Headline\n\nMs. Lund at Parents for Fair Schools says the plan is rushed.", cue: "says",
          source: "Ms. Lund at Parents for Fair Schools", kind: .person),
        // Words that close a paper's name in Swedish and Hindi; a yard, and a contractor in Danish.
        .init(
          "Headline\n\nSkärvik Allehanda reported on Friday that the ferry would be sold.", cue: "reported",
          source: "Skärvik Allehanda", kind: .outlet),
        .init(
          "Headline\n\nThe Kangra Samachar Patrika reported that the road had been shut twice.", cue: "reported",
          source: "The Kangra Samachar Patrika", kind: .outlet),
        .init(
          "Headline\n\nThe builder, Kestrel Sound Shipbuilding of Comox, denied that its welds had failed.",
          cue: "denied", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nThe contractor, Vig Anlæg Entreprise, denied that the work was late.", cue: "denied",
          kind: .organization, denial: .denial),
        // A mining firm in Spanish, a casino firm, a digger.
        .init(
          "Headline\n\nIn a statement, Minera Pallcasi denied exceeding its water allowance.", cue: "denied",
          kind: .organization, denial: .denial),
        .init(
          "Headline\n\nAfter the vote, Bluffside Gaming said the hotel works would begin this fall.", cue: "said",
          kind: .organization),
        .init(
          "Headline\n\nKestrel Ridge Excavation did not respond to emailed questions.", cue: "did not respond",
          kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe developer, Haneul Coastal Development, says the towers will cost 1.1 trillion won.",
          cue: "says", kind: .organization),
        .init(
          "Headline\n\nSouthern Reef Exports did not return calls.", cue: "did not return",
          kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe Wyalong Recorder reported last week that approval was due.", cue: "reported",
          source: "The Wyalong Recorder", kind: .outlet),
        // A works that speaks is the firm that runs it.
        .init(
          "Headline\n\nThe smokehouse was sold. The brewery says it will keep all 12 jobs.", cue: "says",
          source: "The brewery", kind: .organization),
        // A bus builder and an energy firm by their words; firms counted, then named.
        .init(
          "Headline\n\nMpumalanga Coachworks did not respond to emailed questions.", cue: "did not respond",
          kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nEnergía Huarmey denied owing the money.", cue: "denied", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nTwo other companies, Kibo Ridge Safaris and Meru Peak Adventures, did not answer calls on "
            + "Monday.",
          cue: "did not answer", kind: .organization, denial: .noResponse),
        // (Not a person named after a phrase that only mentions companies.)
        .init(
          "Headline\n\nThe investor behind both companies, Boris Lalic, could not be reached.",
          cue: "could not be reached", kind: .person, denial: .noResponse),
        .init(
          "Headline\n\nCaja Rural Andina declined to comment.", cue: "declined to comment", kind: .organization,
          denial: .noComment),
        .init(
          "Headline\n\nThe Evans Mills Messenger reported Monday that more fish had died.", cue: "reported",
          source: "The Evans Mills Messenger", kind: .outlet),
        // A dairy or a cheese maker in Spanish; a fire-truck maker.
        .init(
          "Headline\n\nQueser\u{00ED}a Santa Clara declined to comment.", cue: "declined to comment",
          kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nPrairie Line Apparatus did not return messages Wednesday.", cue: "did not return",
          kind: .organization, denial: .noResponse),
      ],
      nonTriggering: []),
    AttributionRule(
      name: "what a document shows",
      triggering: [
        // A speaker inside what a document shows is the one who spoke, not the document.
        .init(
          "Headline\n\nAn email obtained by the Courier shows regional district staff warned directors in April that "
            + "the hall could not be built.",
          cue: "warned", source: "regional district staff"),
        // (Not a clause about the document, whose own subject is someone else.)
        .init(
          "Headline\n\nA letter from the agency dated 2 June, which she showed to the Post, states that the smoke "
            + "is a risk.",
          cue: "states", source: "A letter from the agency dated 2 June, which she showed to the Post", kind: .document),
      ],
      nonTriggering: []),
    AttributionRule(
      name: "who a source is, by its clause, its title or what follows",
      triggering: [
        // The time of the people's own clause, after the paper they spoke to, who stays no source.
        .init(
          "Headline\n\nPatients and relatives who spoke to the Harbor Ledger on Wednesday said the machines had "
            + "stopped.",
          cue: "said", source: "Patients and relatives who spoke to the Harbor Ledger on Wednesday", kind: .vague),
        .init(
          "Headline\n\nNeighbors who spoke to the Journal said they worry about the trucks.", cue: "said",
          source: "Neighbors who spoke to the Journal", kind: .vague),
        // A courtesy title before a name that is also a country's.
        .init(
          "Headline\n\n\"The goats drink and fall,\" Ms. Cuba said.", cue: "said", source: "Ms. Cuba", kind: .person),
        // A firm's "its" after an opening phrase; a firm described with "another".
        .init(
          "Headline\n\nIn a statement, Vleiland Kestrel denied that its plant was the source of the discharge.",
          cue: "denied", source: "Vleiland Kestrel", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nGeoglifos Condor, another grounded operator, did not respond to messages on Monday.",
          cue: "did not respond", kind: .organization, denial: .noResponse),
        // A relative clause inside the appositive stays, with its time and past its verb.
        .init(
          "Headline\n\n\"You are balancing the budget on our backs,\" said Amber Kowalczyk, a nurse who works night "
            + "shifts at Mount Carlin Hospital.",
          cue: "said", source: "Amber Kowalczyk, a nurse who works night shifts at Mount Carlin Hospital"),
        .init(
          "Headline\n\n\"We will sleep next to those posts,\" said Ms Rehema Mwanyumba, a farmer whose house is "
            + "inside the fence.",
          cue: "said", source: "Ms Rehema Mwanyumba, a farmer whose house is inside the fence"),
        // (Up to where a comma opens another clause.)
        .init(
          "Headline\n\n\"It was close,\" said Rep. Ana Ruiz, a Florida Republican who backed the bill, though her "
            + "colleagues were wary.",
          cue: "said", source: "Rep. Ana Ruiz, a Florida Republican who backed the bill"),
        // A station on the AM band; a relative "that" whose verb opened the phrase found (not the
        // speakers of "a merger that backers say").
        .init(
          "Headline\n\nRadyo Sangkay, a Legazpi-based AM station, reported on Sunday that 40 families had left.",
          cue: "reported", source: "Radyo Sangkay, a Legazpi-based AM station", kind: .outlet),
        .init(
          "Headline\n\nFlathead Lake sat 19 inches below full pool, and the company that runs Rock Point Dam at the "
            + "lake's outlet said it would not raise the level.",
          cue: "said", source: "the company that runs Rock Point Dam at the lake's outlet", kind: .organization),
        .init(
          "Headline\n\nMembers will vote next month on a merger that backers say is the only way to keep the elevator "
            + "open.",
          cue: "say", source: "backers", kind: .vague),
        // A mineral sands miner by its word; a body's spokesperson named with an honorific; staff
        // counted by the unit they worked in.
        .init(
          "Headline\n\nMchanga Titanium denied owing the families any money.", cue: "denied", kind: .organization,
          denial: .denial),
        .init(
          "Headline\n\nA spokesperson for the Ministry of Lands and Water Affairs, Mr Thato Dingake, said the letter "
            + "had been received.",
          cue: "said", kind: .person),
        .init(
          "Headline\n\nTwo nurses who worked in the unit told the Ledger the staffing problem was of management's own "
            + "making.",
          cue: "told", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nEvery December the municipality tells residents the pump is fixed.", cue: "tells",
          source: "the municipality"),
        // An amount's thousands after a currency's letters break no aside; an aside of what
        // belongs to the subject stays with it.
        .init(
          "Headline\n\nOne guard, who asked not to be named because he feared losing his Sh9,000 monthly stipend, "
            + "told the Ledger that supervisors collect the money.",
          cue: "told", source: "One guard", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nThe Romblon Shippers Association, of which Sibalo Bluewater is a member, said in an email that "
            + "it was studying the matter.",
          cue: "said", source: "The Romblon Shippers Association, of which Sibalo Bluewater is a member",
          kind: .organization),
        // A map kept somewhere; a report with its time before its paper; a market's vendor; a
        // lender in Spanish; athletes.
        .init(
          "Headline\n\nA 2021 geohazard map kept at the municipal hall shows the slope as highly susceptible.",
          cue: "shows", source: "A 2021 geohazard map kept at the municipal hall", kind: .document),
        .init(
          "Headline\n\nA report last month in the Sibalo Courier said two routes had lost service.", cue: "said",
          source: "A report last month in the Sibalo Courier", kind: .outlet),
        .init(
          "Headline\n\n\"If the bay dies, the town dies with it,\" said Nida Roxas, a dried-fish vendor at the town "
            + "port.",
          cue: "said", kind: .person),
        .init(
          "Headline\n\nThe largest creditor, Financiera Pampa Verde, said in a letter that it would wait.", cue: "said",
          kind: .organization),
        .init(
          "Headline\n\nAthletes who train at the stadium said the stands had become a danger.", cue: "said",
          kind: .vague),
        // "One of them" continues the anonymous pair past the cue inside what they reported; a
        // haulier by its word.
        .init(
          "Headline\n\nTwo people who attended the closed session, who asked not to be named because it was "
            + "confidential, said County Attorney Ross Detmer had warned commissioners that the payment was low. "
            + "\"Nobody in that room thought it was the going rate,\" one of them added.",
          cue: "added", source: "one of them", kind: .anonymous, anonymous: true),
        .init(
          "Headline\n\nNtshong Water Carriers did not respond to questions sent on Tuesday.", cue: "did not respond",
          kind: .organization, denial: .noResponse),
        // A capitals dateline and its hyphen before a subject of joined adjectives; a graduate's
        // "Lic." before a name; documents by their nouns; a district's CAO named.
        .init(
          "Headline\n\nGROOTFONTEIN - Communal and resettled farmers in the Grootfontein district say they face ruin.",
          cue: "say", source: "Communal and resettled farmers in the Grootfontein district"),
        .init(
          "Headline\n\nSanta Clotilde's head of nursing, Lic. Gladys Tapia Rojas, did not respond to calls on Monday.",
          cue: "did not respond", source: "Santa Clotilde's head of nursing, Lic. Gladys Tapia Rojas",
          denial: .noResponse),
        .init(
          "Headline\n\nThe seawall was completed in November, according to the project billboard at the site.",
          cue: "according to", kind: .document),
        .init(
          "Headline\n\nThe CAO, Mr Nabende, declined to comment on individual names.", cue: "declined to comment",
          kind: .person, denial: .noComment),
        // How often is no part of who.
        .init(
          "Headline\n\nEvery month management tells us the builders are coming back.", cue: "tells",
          source: "management"),
        // The anonymous pair named again after one of them spoke.
        .init(
          "Headline\n\nTwo interns who asked not to be named told the Ledger that each is owed Shs4 million. \"We "
            + "run the night shifts alone,\" one of the interns said. The two interns also claimed that part of the "
            + "money had paid cleaners.",
          cue: "also claimed", source: "The two interns", kind: .anonymous, anonymous: true),
        // The lede's unnamed official, named by the same title in the next sentence.
        .init(
          "Headline\n\nA Marsabit MCA has demanded an audit of the trust.\n\nDokatu MCA Mr Abdub Wario told the "
            + "Ledger on Tuesday that half the money was missing.",
          cue: "has demanded", source: "A Marsabit MCA", kind: .person, anonymous: false),
        // A station with "FM" inside its name; a paper with "Daily" inside its name; a nonprofit
        // newsroom; papers whose names end in "Independent", "Lantern" or Afrikaans "Nuusblad", or
        // open with "Diario".
        .init(
          "Headline\n\nHarbor FM Kestrel reported in May that the pier had closed.", cue: "reported",
          source: "Harbor FM Kestrel", kind: .outlet),
        .init(
          "Headline\n\nThe Kisumu Daily Lamp reported last month that three mills had closed.", cue: "reported",
          source: "The Kisumu Daily Lamp", kind: .outlet),
        .init(
          "Headline\n\nRidge Current, a Denver-based nonprofit newsroom, reported last week that two districts cut "
            + "releases.",
          cue: "reported", source: "Ridge Current, a Denver-based nonprofit newsroom", kind: .outlet),
        .init(
          "Headline\n\nThe Kestrel Valley Independent reported last week that the plant had been sold.",
          cue: "reported", source: "The Kestrel Valley Independent", kind: .outlet),
        .init(
          "Headline\n\nThe Shasta Lantern reported in March that 40 farms had not planted.", cue: "reported",
          source: "The Shasta Lantern", kind: .outlet),
        .init(
          "Headline\n\nDie Kestrelvlei Nuusblad reported in February that a developer was measuring wind speeds.",
          cue: "reported", source: "Die Kestrelvlei Nuusblad", kind: .outlet),
        .init(
          "Headline\n\nDiario Altomayo Norte reported in August that the consortium had left.", cue: "reported",
          source: "Diario Altomayo Norte", kind: .outlet),
        // A title with its portfolio in small letters before the holder's name.
        .init(
          "Headline\n\nCounty executive member for water Jane Wambui Kiprop said the tanks were empty.",
          cue: "said", source: "County executive member for water Jane Wambui Kiprop", kind: .person),
        // An office a title names, then its report and the report's participle.
        .init(
          "Headline\n\nA Controller of Budget report released in May shows the county spent only 38 per cent.",
          cue: "shows", source: "A Controller of Budget report released in May", kind: .document),
        // A name that opens with a curly apostrophe, as Sesotho names do.
        .init(
          "Headline\n\n\u{201C}I borrowed M650 from my neighbour,\u{201D} said \u{2019}Malineo Tšepe, a grandmother "
            + "from Ha Sekhonyana.",
          cue: "said", source: "\u{2019}Malineo Tšepe, a grandmother from Ha Sekhonyana", kind: .person),
        // Firms whose names end in "Pork" or "Fresh", or open with Spanish "Textiles".
        .init(
          "Headline\n\nKestrel Ridge Pork declined to comment.", cue: "declined to comment",
          source: "Kestrel Ridge Pork", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nHarbor Valley Fresh did not return calls Monday.", cue: "did not return",
          source: "Harbor Valley Fresh", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nTextiles Altoandino denied any role in setting prices.", cue: "denied",
          source: "Textiles Altoandino", kind: .organization, denial: .denial),
        // "the second person" after two unnamed people.
        .init(
          "Headline\n\nTwo people familiar with the plan said it would cost more. The district wants five years "
            + "to build it, the second person added.",
          cue: "added", source: "the second person", kind: .anonymous, anonymous: true),
        // A courtesy title before a name with its curly apostrophe; a hauling firm; an education
        // department's schools division; a body's report, with "on" inside the body's name.
        .init(
          "Headline\n\nThe district labour officer, Ms \u{2019}Mathabo Lebona, said her office had summoned the "
            + "management.",
          cue: "said", source: "The district labour officer, Ms \u{2019}Mathabo Lebona", kind: .person),
        .init(
          "Headline\n\nThe hauler, Chaco Basin Haulers of Farmington, did not return calls Wednesday.",
          cue: "did not return", source: "The hauler, Chaco Basin Haulers of Farmington", kind: .organization,
          denial: .noResponse),
        .init(
          "Headline\n\nThe DepEd schools division in Ifugao said it had offered the school 60 beds.", cue: "said",
          source: "The DepEd schools division in Ifugao", kind: .organization),
        .init(
          "Headline\n\nThe Commission on Audit's 2023 report on the town noted that the contractor was 214 days late.",
          cue: "noted", source: "The Commission on Audit's 2023 report on the town", kind: .document),
        // A division's name with a list inside it; a paper named "Crier"; a house that opens a
        // firm's name; the nonprofit that runs a place.
        .init(
          "Headline\n\nA spokesperson for the Colorado Division of Reclamation, Mining and Safety said the "
            + "application was under review.",
          cue: "said", source: "A spokesperson for the Colorado Division of Reclamation, Mining and Safety",
          kind: .organization),
        .init(
          "Headline\n\nThe Carbon County Crier reported last month that two clinics had closed.", cue: "reported",
          source: "The Carbon County Crier", kind: .outlet),
        .init(
          "Headline\n\nCasa Moretti did not respond to an email sent on Monday.", cue: "did not respond",
          source: "Casa Moretti", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe nonprofit that runs it told the council on Tuesday that the clinic would close.",
          cue: "told", source: "The nonprofit that runs it", kind: .organization),
        // A Sesotho courtesy title with its apostrophe after a comma; papers named "Eagle" or
        // "Tide"; a haulage firm; "Both workers" after one of an unnamed pair.
        .init(
          "Headline\n\nThe district health office's acting director, 'Me Mamello Tau, dismissed reports that "
            + "patients had died.",
          cue: "dismissed", source: "The district health office's acting director, 'Me Mamello Tau", kind: .person,
          denial: .dismissal),
        .init(
          "Headline\n\nThe Kitui Eagle reported in 2023 that a leak had closed the laboratory.", cue: "reported",
          source: "The Kitui Eagle", kind: .outlet),
        .init(
          "Headline\n\nMvelo Water Haulage denied any wrongdoing.", cue: "denied", source: "Mvelo Water Haulage",
          kind: .organization, denial: .denial),
        .init(
          "Headline\n\nTwo workers who asked not to be named said crews open a valve at night. \"It happens after "
            + "the inspectors go home,\" one of the workers added. Both workers told the Ledger they raised the "
            + "problem in August.",
          cue: "told", source: "Both workers", kind: .anonymous, anonymous: true),
        // A role set off by the name of the one who holds it, after "According to"; a firm's
        // form in parentheses inside its name, before a title and a name.
        .init(
          "Headline\n\nAccording to the town's finance director, Carmen Ybarra, the levy raised $40,000 last year.",
          cue: "According to", source: "the town's finance director, Carmen Ybarra", kind: .person),
        .init(
          "Headline\n\nMaatla Builders (Pty) Ltd managing director Mr Ronald Sechele said the road would be "
            + "finished in May.",
          cue: "said", source: "Maatla Builders (Pty) Ltd managing director Mr Ronald Sechele", kind: .person),
        // A document with a clause of its own that the scan had stopped inside; a paper with where
        // it is published; a pharmacy in Spanish and an association in Tagalog by their first word.
        .init(
          "Headline\n\nA hydrology study the orchard owners commissioned from Tucson firm Ridgeback Water Science "
            + "found that water levels fell.",
          cue: "found",
          source: "A hydrology study the orchard owners commissioned from Tucson firm Ridgeback Water Science",
          kind: .document),
        .init(
          "Headline\n\nKati Leo, a Swahili weekly published in Dodoma, reported in January that visitors fell.",
          cue: "reported", source: "Kati Leo, a Swahili weekly published in Dodoma", kind: .outlet),
        .init(
          "Headline\n\nFarmacia Santa Lucía declined to say how much it paid for the drugs.", cue: "declined to say",
          source: "Farmacia Santa Lucía", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nThe catch fell by half, according to Samahang Mangingisda ng Pinamalayan.", cue: "according to",
          source: "Samahang Mangingisda ng Pinamalayan", kind: .organization),
        // Bare posts that are rebutted make their own claim; a station alone that speaks after a
        // broadcaster's report; a nested cue after an unnamed source's own verb of saying; a body's
        // chapter; a firm named Ginnery.
        .init(
          "Headline\n\nSolberg dismissed social media posts claiming the home would close its east wing.",
          cue: "claiming", source: "social media posts", kind: .document),
        .init(
          "Headline\n\nRadyo Aplaya reported last week that the developer had offered a landing. The station said "
            + "the offer was made at a meeting.",
          cue: "said", source: "The station", kind: .outlet),
        .init(
          "Headline\n\nA market vendor who asked not to be named for fear of losing her stall told the Ledger that "
            + "the market administrator had warned vendors.",
          cue: "had warned", source: "the market administrator"),
        .init(
          "Headline\n\nThe Manyara chapter of the Young Doctors' Forum said in a statement that it would back a strike.",
          cue: "said", source: "The Manyara chapter of the Young Doctors' Forum", kind: .organization),
        .init(
          "Headline\n\nIn a statement on Friday, Mpilisi Ginnery dismissed the warning.", cue: "dismissed",
          source: "Mpilisi Ginnery", kind: .organization, denial: .dismissal),
        // The publisher's own review of records, by its name; a firm named Export; a substation.
        .init(
          "Headline\n\nA review of board minutes by the Ledger found the plant was discussed at only two meetings.",
          cue: "found", source: "A review of board minutes by the Ledger", kind: .self),
        .init(
          "Headline\n\nFibras Altiplano Export did not respond to two emails.", cue: "did not respond",
          source: "Fibras Altiplano Export", kind: .organization, denial: .noResponse),
        .init(
          "Headline\n\nThe Philippine Coast Guard's Polillo substation declined to comment.",
          cue: "declined to comment",
          source: "The Philippine Coast Guard's Polillo substation", kind: .organization, denial: .noComment),
        // A titled name after "with" is the participle's own subject; a radio network is an outlet.
        .init(
          "Headline\n\nThe lease lets the resort fence off the beach, with Councilor Mariel Taguinod calling the deal "
            + "\"a giveaway.\"",
          cue: "calling", source: "Councilor Mariel Taguinod", kind: .person),
        .init(
          "Headline\n\nThe Shortgrass Radio Network reported Monday that a similar bond had failed.", cue: "reported",
          source: "The Shortgrass Radio Network", kind: .outlet),
        // Swahili "ya" ("of") inside a name keeps the outlet's noun before it.
        .init(
          "Headline\n\nLocal broadcaster Radio Sauti ya Manyara reported last week that 30 fishermen had left.",
          cue: "reported", source: "Local broadcaster Radio Sauti ya Manyara", kind: .outlet),
        // Surnames spelled like verbs; a name the subject's length had cut; a village's noun after
        // its name; a letter that ends the paragraph is no initial.
        .init(
          "Headline\n\nSerene Gas Supplies director Mr Kennedy Otieno Were declined to comment.",
          cue: "declined to comment", source: "Serene Gas Supplies director Mr Kennedy Otieno Were", kind: .person,
          denial: .noComment),
        .init(
          "Headline\n\nAhmed Said told the Ledger the port was closed.", cue: "told", source: "Ahmed Said",
          kind: .person),
        .init(
          "Headline\n\nNurses and health technicians at the Tambobamba Health Center stopped all non-emergency care "
            + "on Monday, saying they had not been paid.",
          cue: "saying", source: "Nurses and health technicians at the Tambobamba Health Center", kind: .vague),
        .init(
          "Headline\n\nMore than 300 households in Ntewa Juu village have refused to sign the forms, saying the "
            + "rates were too low.",
          cue: "saying", source: "More than 300 households in Ntewa Juu village", kind: .vague),
        .init(
          "Headline\n\n\"We are now eating one meal,\" said Ms Amina Keji, a mother of five who chairs the women's "
            + "committee in Block C.",
          cue: "said", source: "Ms Amina Keji, a mother of five who chairs the women's committee in Block C",
          kind: .person),
        // A questionnaire sent to the source; a body's spokesman named after the comma.
        .init(
          "Headline\n\nThe road was shut. Ministry spokesperson Mr Joshua Mlenga did not respond to a questionnaire "
            + "sent last Tuesday.",
          cue: "did not respond", source: "Ministry spokesperson Mr Joshua Mlenga", kind: .person,
          denial: .noResponse),
        .init(
          "Headline\n\nA Department of Corrections spokesman, Tom Weatherby, said the department was monitoring "
            + "the situation.",
          cue: "said", source: "A Department of Corrections spokesman, Tom Weatherby", kind: .person),
        // Firms by a last word (Afrikaans "Dienste", a mineral, "Supply", "Mart"); a utility known by
        // one word; a firm's short name after its full one; market traders.
        .init(
          "Headline\n\nNamakwa Waterkar Dienste declined to comment, referring questions to the municipality.",
          cue: "declined to comment", source: "Namakwa Waterkar Dienste", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nLukande Graphite denied tampering with the list.", cue: "denied", source: "Lukande Graphite",
          kind: .organization, denial: .denial),
        .init(
          "Headline\n\nPlains Grocers Supply denied that the new minimum was aimed at the store.", cue: "denied",
          source: "Plains Grocers Supply", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nThrift Mart declined to comment on the closure.", cue: "declined to comment",
          source: "Thrift Mart", kind: .organization, denial: .noComment),
        .init(
          "Headline\n\nEskom has warned that it will cut power to the town.", cue: "has warned", source: "Eskom",
          kind: .organization),
        .init(
          "Headline\n\nRooisand Diamonds built a berm in January. Rooisand denied that the berm had cut flows.",
          cue: "denied", source: "Rooisand", kind: .organization, denial: .denial),
        .init(
          "Headline\n\nMarketeers say the increase will push many of them out of business.", cue: "say",
          source: "Marketeers", kind: .vague),
        // A firm's legal form, then a courtesy title that opens the next sentence; a document's own
        // clause after "according to"; a possessive before a noun in "-ing" after "calling".
        .init(
          "Headline\n\nThe plot will go to a developer, Inversiones Rímac Sur S.A.C. Mr. Villanueva dismissed that "
            + "as a rumor.",
          cue: "dismissed", source: "Mr. Villanueva", kind: .person, denial: .dismissal),
        .init(
          "Headline\n\nAccording to a letter the association wrote to hospital management on 3 March, the "
            + "hospital owes K1.6 million.",
          cue: "According to", source: "a letter the association wrote to hospital management on 3 March",
          kind: .document),
        .init(
          "Headline\n\nStudents posted an open letter on Instagram calling her firing \"a warning to anyone who "
            + "speaks up.\"",
          cue: "calling", source: "an open letter", kind: .document),
        // Plural nouns of people listed with commas before "and".
        .init(
          "Headline\n\nMore than 120 nurses, technicians and cleaners at the Putina Provincial Hospital began a "
            + "sit-in on Monday, saying they had not been paid.",
          cue: "saying", source: "More than 120 nurses, technicians and cleaners at the Putina Provincial Hospital",
          kind: .vague),
      ],
      nonTriggering: [
        // A return with nothing after it is a coming back; a thing promised is no one who
        // promises; people who answered a survey are counted.
        .init(
          "Headline\n\nThe machines left the site in August and have not returned.", cue: "have not returned"),
        .init(
          "Headline\n\nA second harvesting machine promised under the contract never arrived.", cue: "promised"),
        .init(
          "Headline\n\nMost parents who answered a district survey opposed the change.", cue: "answered"),
        .init(
          "Headline\n\nFifty-eight percent of the parents who responded opposed a four-day week.",
          cue: "responded"),
        // A value written down; a price charged in maloti; the newsroom's messages that ask.
        .init("Headline\n\nThe value fell after the company wrote down two of its older pits.", cue: "wrote"),
        .init("Headline\n\nThe lodge has charged every vehicle M50 to pass since January.", cue: "charged"),
        .init(
          "Headline\n\nQuintos did not reply to messages on Tuesday asking about the allowances.", cue: "asking"),
        // Money not released; a telephone call; a quantity added; no reply; "added" as an adjective;
        // a document's own clause; a survey not answered; messages sent on a day that ask.
        .init(
          "Headline\n\nPagulayan said the municipal government had not released the P180,000 fuel budget.",
          cue: "had not released"),
        .init("Headline\n\n\"My son called me crying from the road,\" she said.", cue: "called"),
        .init(
          "Headline\n\nSome transporters are rerouting loads through other crossings, adding several hundred "
            + "kilometres to their trips.",
          cue: "adding"),
        .init(
          "Headline\n\nMr Mwale said the association had written to the company three times without reply.",
          cue: "reply"),
        .init("Headline\n\nVoth said that raise reflected added duties after two positions were merged.", cue: "added"),
        .init(
          "Headline\n\nAccording to a letter the association wrote to hospital management, the hospital owes "
            + "K1.6 million.",
          cue: "wrote"),
        .init(
          "Headline\n\nWe asked the campaigns why they did not respond to the union questionnaire.",
          cue: "did not respond"),
        .init(
          "Headline\n\nMr. Carhuaricra did not respond to messages sent on Wednesday asking about the loan.",
          cue: "asking"),
      ]),
    AttributionRule(
      name: "a sentence cut short",
      triggering: [
        // Fragments at a sentence's edge, where a look-ahead window starts past the sentence's end,
        // once stopped the whole run.
        .init("Headline\n\naccording to reports\u{201D}", cue: "according to", source: "reports"),
        .init("Headline\n\nreview\u{2019} and declined comment", cue: "declined comment", denial: .noComment),
        .init("Headline\n\n, said.", cue: "said"),
        .init("Headline\n\npublicly argued", cue: "publicly argued"),
      ],
      nonTriggering: []),
  ]
}
