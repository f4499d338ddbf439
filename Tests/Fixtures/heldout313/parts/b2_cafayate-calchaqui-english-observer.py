# Outlet: cafayate-calchaqui-english-observer — The Calchaquí Observer, an English-language news site for
# the wine valley around Cafayate, Salta. House style: dateline "CAFAYATE —", curly double quotes with curly
# single quotes inside and ’ as apostrophe; no honorifics, surname on second reference; local titles kept
# in Spanish (intendente, concejal, Concejo Deliberante); peso figures with a US-dollar gloss, "The Observer
# has learned"; dates as "19 June".
# Beat: council budget (a festival contract in the municipal budget said to have gone to the mayor's nephew).
# Everything in this article is invented.

article(
    "cafayate-calchaqui-english-observer", "2025-06-10", "harvest-festival-contract-intendente-nephew",
    "Opposition says Cafayate festival contract went to intendente’s nephew",
    [
        "CAFAYATE — Opposition concejales have accused the administration of Intendente Horacio Llampa of "
        "steering 312 million pesos of tourism spending to an events company run by his nephew, an allegation "
        "the intendente’s office called “political theatre.”",

        "The contract, worth about US$260,000 at current rates, sits under a single budget line titled "
        "“promotion and events.” The municipal comptroller’s mid-year report found it was awarded in February "
        "without a public tender.",

        "Gustavo Zerpa, who leads the three-member Frente Vallisto bloc in the Concejo Deliberante, put it "
        "bluntly: “This is family business dressed up as tourism.”",

        "Zerpa said company records filed in Salta list Martín Llampa Ibáñez, the intendente’s nephew, as the "
        "firm’s sole manager. The Observer has seen the same records, which show the company, Producciones "
        "Cerro Colorado SRL, was registered eleven days before the contract was signed.",

        "Finance secretary Lucía Burgos said in a letter to concejales on Monday that the award had followed "
        "emergency procurement rules. “The money,” she wrote, “went to the only supplier that could stage the "
        "harvest festival on three weeks’ notice.”",

        "Burgos also rejected claims by Zerpa that the firm had no employees, saying it had hired 30 people from "
        "the valley for the festival.",

        "Asked by email about the family link, the intendente’s press office replied that Llampa “has no part "
        "in procurement decisions” and that the question had been “answered many times.”",

        "A municipal employee in the finance office said the invoice was paid in full before the festival was "
        "held. Two people familiar with the contract said the stage and lighting were subcontracted to a Salta "
        "firm for less than a third of the invoiced sum.",

        "It is understood the comptroller, Néstor Guaymás, has asked the company for delivery receipts. "
        "Guaymás declined to discuss his report before it is presented to the Concejo.",

        "At Thursday’s session it was alleged that two other municipal suppliers share an address with the "
        "nephew’s firm. Norte Abierto, a Salta news site, reported in May that the firm’s only listed telephone "
        "number belonged to a cousin of the intendente.",

        "Llampa Ibáñez could not be reached for comment on Monday.",

        "Zerpa posted a photograph of the invoice on Facebook on Sunday, writing that “every peso of this "
        "belongs to the people of Cafayate.” Some shopkeepers on the plaza complained that the festival drew "
        "fewer visitors than last year’s, which cost half as much.",

        "The Observer has learned that the Concejo’s budget committee will summon Burgos on 19 June. Zerpa has "
        "asked for the contract to be suspended until then.",
    ],
    [
        A("Opposition concejales [[have accused]] the administration", src="[[Opposition concejales]] have accused",
          content="have accused [[the administration of Intendente Horacio Llampa of steering 312 million pesos of "
                  "tourism spending to an events company run by his nephew]]",
          kind="vague"),
        A("intendente’s office [[called]] “political", src="allegation [[the intendente’s office]] called",
          content="called [[“political theatre.”]]", kind="organization", denial="dismissal"),
        A("mid-year report [[found]] it was", src="[[The municipal comptroller’s mid-year report]] found",
          content="report found [[it was awarded in February without a public tender]].", kind="document"),
        A("Deliberante, [[put it bluntly]]:", src="[[Gustavo Zerpa]], who leads",
          content="bluntly: [[“This is family business dressed up as tourism.”]]", kind="person"),
        A("Zerpa [[said]] company records", src="[[Zerpa]] said company records",
          content="Zerpa said [[company records filed in Salta list Martín Llampa Ibáñez, the intendente’s nephew, "
                  "as the firm’s sole manager]].",
          kind="person"),
        A("filed in Salta [[list]] Martín", src="Zerpa said [[company records filed in Salta]] list",
          content="in Salta list [[Martín Llampa Ibáñez, the intendente’s nephew, as the firm’s sole manager]].",
          kind="document"),
        A("records, which [[show]] the company", src="same records, [[which]] show",
          content="which show [[the company, Producciones Cerro Colorado SRL, was registered eleven days before the "
                  "contract was signed]].",
          kind="pronoun", res="document"),
        A("Lucía Burgos [[said]] in a letter", src="[[Finance secretary Lucía Burgos]] said in a letter",
          content="on Monday [[that the award had followed emergency procurement rules]].",
          kind="person", denial="denial", channel="letter"),
        A("she [[wrote]], “went", src="“The money,” [[she]] wrote",
          content=["[[“The money,”]] she wrote", "she wrote, [[“went to the only supplier that could stage the "
                   "harvest festival on three weeks’ notice.”]]"],
          kind="pronoun", res="person"),
        A("Burgos also [[rejected]] claims", src="[[Burgos]] also rejected claims",
          content="also rejected [[claims by Zerpa that the firm had no employees]]", kind="person",
          denial="denial"),
        A("also rejected [[claims]] by Zerpa", src="claims by [[Zerpa]] that the firm",
          content="claims by Zerpa [[that the firm had no employees]]", kind="person"),
        A("had no employees, [[saying]] it had hired", src="[[Burgos]] also rejected claims",
          content="saying [[it had hired 30 people from the valley for the festival]].", kind="person",
          denial="denial"),
        A("press office [[replied]] that", src="the family link, [[the intendente’s press office]] replied",
          content="replied [[that Llampa “has no part in procurement decisions” and that the question had been "
                  "“answered many times.”]]",
          kind="organization", denial="denial", channel="email"),
        A("in the finance office [[said]] the invoice",
          src="[[A municipal employee in the finance office]] said the invoice",
          content="office said [[the invoice was paid in full before the festival was held]].",
          kind="anonymous", spec="described", reason=False),
        A("familiar with the contract [[said]] the stage",
          src="[[Two people familiar with the contract]] said the stage",
          content="contract said [[the stage and lighting were subcontracted to a Salta firm for less than a third of "
                  "the invoiced sum]].",
          kind="anonymous", spec="vague", reason=False),
        A("[[It is understood]] the comptroller", src=None,
          content="It is understood [[the comptroller, Néstor Guaymás, has asked the company for delivery "
                  "receipts]].",
          kind="none"),
        A("Guaymás [[declined to discuss]] his report", src="receipts. [[Guaymás]] declined",
          content=None, kind="person", denial="no-comment"),
        A("session [[it was alleged]] that", src=None,
          content="it was alleged [[that two other municipal suppliers share an address with the nephew’s firm]].",
          kind="none"),
        A("Salta news site, [[reported]] in May", src="[[Norte Abierto, a Salta news site]], reported",
          content="in May [[that the firm’s only listed telephone number belonged to a cousin of the intendente]].",
          kind="outlet"),
        A("Llampa Ibáñez [[could not be reached]]", src="[[Llampa Ibáñez]] could not be reached",
          content=None, kind="person", denial="no-response"),
        A("on Sunday, [[writing]] that", src="[[Zerpa]] posted a photograph",
          content="writing [[that “every peso of this belongs to the people of Cafayate.”]]",
          kind="person", channel="post"),
        A("on the plaza [[complained]] that", src="[[Some shopkeepers on the plaza]] complained",
          content="complained [[that the festival drew fewer visitors than last year’s, which cost half as much]].",
          kind="vague"),
        A("The Observer [[has learned]] that", src="[[The Observer]] has learned",
          content="has learned [[that the Concejo’s budget committee will summon Burgos on 19 June]].",
          kind="self"),
    ],
)
