# Outlet: kilifi-creek-english-tide — The Creek Tide ("the Tide"), a Kenyan coastal county news site
# (Kilifi). House style: curly double quotes (“ ” main, ‘ ’ inside, ’ apostrophe); "Mr"/"Ms"/"Eng"
# without stops and full three-part names on first reference, surname after; KSh figures; MCAs,
# county executives, barazas; "told the Tide", "documents seen by the Tide", "The Tide has established".
# Beat: land. Everything in the article is invented; the National Land Commission is furniture only.

article(
    "kilifi-creek-english-tide", "2025-03-18", "mkwaju-ndogo-landing-site-allotment",
    "Fishermen cry foul as Mkwaju Ndogo landing site goes to hotel firm",
    [
        "Fishermen at Mkwaju Ndogo have accused the county lands department of quietly handing their "
        "landing site to a hotel developer for a fraction of its value.",

        "Documents seen by the Tide show that the 4.2-acre plot, set aside as a fish landing site in 1998, "
        "was allotted to Coral Bay Holdings Ltd in November at a reserve price of KSh 18 million, about a "
        "fifth of what neighbouring beach plots fetched last year.",

        "Mkwaju Ndogo Ward MCA Mr Kahindi Baya Charo, who chairs the assembly’s lands committee, told a "
        "packed baraza on Saturday that no public participation had taken place. “Not a single fisherman "
        "was asked. We woke up to beacons on the sand,” he said.",

        "The money, Baya claimed, was never meant to reach the county’s coffers. He went further, alleging "
        "that officers in the lands office had been given “facilitation” by the developer, though he offered "
        "no evidence.",

        "Lands executive Ms Neema Zawadi Mwachiro rejected the accusation. In a statement on Monday, she said "
        "the allotment had followed “every step in the Land Act” and that the site had been “re-planned, not "
        "sold”. The statement promised a new jetty for the fishing community by December.",

        "“Those making noise at barazas never complained when the plan was displayed at the ward office for "
        "21 days,” Mwachiro told the Tide by phone. She dismissed claims by Baya that her officers had been "
        "paid off as “cheap talk from a man preparing for 2027”.",

        "Coral Bay Holdings, which plans a 120-room resort on the beach, denied paying anyone. “Every "
        "shilling went through the county’s bank account,” its managing director, Mr Feisal Omar Bakari, "
        "wrote in an email. He declined to comment on the reserve price, citing a confidentiality clause in "
        "the sale agreement.",

        "A senior official in the lands department, who spoke on condition of anonymity because she was not "
        "authorised to discuss the file, told the Tide the valuation had been cut twice on instructions from "
        "“upstairs”. The official said an earlier valuation of KSh 95 million had been “put in a drawer”.",

        "Mr Juma Kalume Ngala, the chairman of the Mkwaju Ndogo Beach Management Unit, said his members had "
        "petitioned the National Land Commission and asked the governor to halt all work on the said parcel. "
        "Some "
        "fishermen allege that guards hired by the developer have already chased boats from the bay.",

        "The Tide has established that one of Coral Bay’s three directors is a former chief officer in the "
        "same lands department.",

        "Sources at the county assembly said the lands committee is expected to summon Mwachiro and county "
        "surveyor Mr Tsuma Ruwa Mwangome next week. Mwangome did not respond to calls and text messages.",

        "On Tuesday the Pwani Coast Courier reported that a second landing site, at Kadzonzo, had also been "
        "surveyed for sale. The governor’s office declined to comment on the report.",
    ],
    [
        A("Fishermen at Mkwaju Ndogo [[have accused]] the county",
          src="[[Fishermen at Mkwaju Ndogo]] have accused",
          content="have accused [[the county lands department of quietly handing their landing site to a hotel developer for a fraction of its value]].",
          kind="vague"),
        A("Documents seen by the Tide [[show]] that the 4.2-acre",
          src="[[Documents seen by the Tide]] show",
          content="show [[that the 4.2-acre plot, set aside as a fish landing site in 1998, was allotted to Coral Bay Holdings Ltd in November at a reserve price of KSh 18 million, about a fifth of what neighbouring beach plots fetched last year]].",
          kind="document"),
        A("lands committee, [[told]] a packed baraza",
          src="[[Mkwaju Ndogo Ward MCA Mr Kahindi Baya Charo]], who chairs",
          content="on Saturday [[that no public participation had taken place]].",
          kind="person"),
        A("beacons on the sand,” [[he said]].",
          src="beacons on the sand,” [[he]] said.",
          content="[[“Not a single fisherman was asked. We woke up to beacons on the sand,”]] he said.",
          kind="pronoun", res="person"),
        A("The money, Baya [[claimed]], was never",
          src="The money, [[Baya]] claimed",
          content=["[[The money]], Baya claimed", "Baya claimed, [[was never meant to reach the county’s coffers]]."],
          kind="person"),
        A("He went further, [[alleging]] that officers",
          src="[[He]] went further, alleging",
          content="alleging [[that officers in the lands office had been given “facilitation” by the developer]], though",
          kind="pronoun", res="person"),
        A("Ms Neema Zawadi Mwachiro [[rejected]] the accusation",
          src="[[Lands executive Ms Neema Zawadi Mwachiro]] rejected",
          content="rejected [[the accusation]].",
          kind="person", denial="denial"),
        A("on Monday, she [[said]] the allotment",
          src="on Monday, [[she]] said the allotment",
          content="she said [[the allotment had followed “every step in the Land Act” and that the site had been “re-planned, not sold”]].",
          kind="pronoun", res="person", denial="denial", channel="statement"),
        A("Mwachiro [[told]] the Tide by phone",
          src="[[Mwachiro]] told the Tide by phone",
          content="[[“Those making noise at barazas never complained when the plan was displayed at the ward office for 21 days,”]] Mwachiro",
          kind="person", denial="denial", channel="phone"),
        A("She [[dismissed]] claims by Baya",
          src="[[She]] dismissed claims by Baya",
          content="paid off as [[“cheap talk from a man preparing for 2027”]].",
          kind="pronoun", res="person", denial="dismissal"),
        A("dismissed [[claims]] by Baya that her officers",
          src="claims by [[Baya]] that her officers",
          content="claims by Baya [[that her officers had been paid off]] as",
          kind="person"),
        A("Coral Bay Holdings, which plans a 120-room resort on the beach, [[denied]] paying anyone",
          src="[[Coral Bay Holdings]], which plans",
          content="denied [[paying anyone]].",
          kind="organization", denial="denial"),
        A("Mr Feisal Omar Bakari, [[wrote]] in an email",
          src="[[its managing director, Mr Feisal Omar Bakari]], wrote",
          content="[[“Every shilling went through the county’s bank account,”]] its managing",
          kind="person", denial="denial", channel="email"),
        A("He [[declined to comment]] on the reserve price",
          src="[[He]] declined to comment on the reserve price",
          content=None,
          kind="pronoun", res="person", denial="no-comment"),
        A("reserve price, [[citing]] a confidentiality clause",
          src="[[He]] declined to comment on the reserve price",
          content="citing [[a confidentiality clause in the sale agreement]].",
          kind="pronoun", res="person"),
        A("discuss the file, [[told]] the Tide the valuation",
          src="[[A senior official in the lands department]], who spoke",
          content="told the Tide [[the valuation had been cut twice on instructions from “upstairs”]].",
          kind="anonymous", spec="described", reason=True),
        A("The official [[said]] an earlier valuation",
          src="[[The official]] said an earlier valuation",
          content="The official said [[an earlier valuation of KSh 95 million had been “put in a drawer”]].",
          kind="anonymous", spec="described", reason=True),
        A("Beach Management Unit, [[said]] his members",
          src="[[Mr Juma Kalume Ngala, the chairman of the Mkwaju Ndogo Beach Management Unit]], said",
          content="said [[his members had petitioned the National Land Commission and asked the governor to halt all work on the said parcel]].",
          kind="person"),
        A("Some fishermen [[allege]] that guards",
          src="[[Some fishermen]] allege",
          content="allege [[that guards hired by the developer have already chased boats from the bay]].",
          kind="vague"),
        A("The Tide [[has established]] that one",
          src="[[The Tide]] has established",
          content="has established [[that one of Coral Bay’s three directors is a former chief officer in the same lands department]].",
          kind="self"),
        A("Sources at the county assembly [[said]] the lands",
          src="[[Sources at the county assembly]] said",
          content="assembly said [[the lands committee is expected to summon Mwachiro and county surveyor Mr Tsuma Ruwa Mwangome next week]].",
          kind="anonymous", spec="described", reason=False),
        A("the lands committee [[is expected]] to summon",
          src=None,
          content=["said [[the lands committee]] is expected", "is expected [[to summon Mwachiro and county surveyor Mr Tsuma Ruwa Mwangome next week]]."],
          kind="none"),
        A("Mwangome [[did not respond to calls and text messages]].",
          src="[[Mwangome]] did not respond",
          content=None,
          kind="person", denial="no-response"),
        A("Pwani Coast Courier [[reported]] that",
          src="On Tuesday [[the Pwani Coast Courier]] reported",
          content="reported [[that a second landing site, at Kadzonzo, had also been surveyed for sale]].",
          kind="outlet"),
        A("The governor’s office [[declined to comment]] on the report",
          src="[[The governor’s office]] declined",
          content=None,
          kind="organization", denial="no-comment"),
    ],
)
