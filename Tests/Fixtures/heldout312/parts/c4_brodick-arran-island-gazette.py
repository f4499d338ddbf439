# Outlet: brodick-arran-island-gazette — The Arran Island Gazette, a community news site in Brodick,
# Isle of Arran, Scotland. House style: curly single quotes (‘ ’ main, “ ” inside, ’ as apostrophe);
# "BRODICK —" dateline on the first paragraph; no Mr/Mrs honorifics (full name first, surname after);
# pound figures; community councils, SEPA and the planning committee as furniture; "told the Gazette",
# "the Gazette has been told", "in an interview with Kilbryde FM".
# Beat: environment (salmon farm deaths and a former worker's claims).

article(
    "brodick-arran-island-gazette", "2025-10-02", "port-na-creige-salmon-deaths-claims",
    "Salmon farm denies hiding deaths as carcasses wash up at Port na Creige",
    [
        "BRODICK — A salmon farm off the island’s south coast under-reported the number of fish dying in its pens this summer, a former worker has claimed, after dozens of carcasses washed up on the shore at Port na Creige.",
        "The worker, who left Glas Mara Salmon in August and asked not to be named because he still hopes to find work in the industry, told the Gazette that daily mortality sheets were ‘rewritten at the end of every week’ before the figures went to regulators.",
        "‘I watched a manager score out 4,000 dead fish on a sheet and write 1,500,’ he said.",
        "Glas Mara’s managing director, Ingrid Halvorsen, denied the allegation in the strongest terms. ‘Our mortality figures are recorded electronically and cannot be altered after the fact,’ she said in an interview with Kilbryde FM. ‘This is mischief, pure and simple,’ she added.",
        "Halvorsen maintained that the carcasses came from a single pen hit by a jellyfish bloom in late August, and that every death had been ‘logged and notified within 24 hours’. A written statement issued by the company that evening went further, claiming the former worker had been let go for ‘repeated breaches of safety procedure’. The former worker called that ‘a lie’.",
        "Figures published by the Scottish Environment Protection Agency show 2,310 deaths at the farm for the whole of August. A SEPA spokesperson said the agency was ‘aware of concerns’ and would consider any evidence it received.",
        "Members of Dalvorran and Port na Creige Community Council voted on Tuesday to ask SEPA to inspect the site. Its secretary, Morag Kerr, wrote in a letter to the agency that residents had counted more than 200 fish on the shore in a single morning.",
        "‘People here are not against jobs. They are against being kept in the dark,’ Kerr said.",
        "The campaign group Open Pens Arran went further in a Facebook post, accusing the company of treating the bay ‘as a dumping ground’.",
        "The Gazette has also been told by sources that the farm’s insurer sent a loss assessor to the pens in early September. The insurer, Northsound Marine Underwriting, refused to discuss a client’s affairs, and Glas Mara did not reply to follow-up questions about the visit.",
        "A second pen was allegedly left unharvested for weeks after the bloom.",
        "Some divers who know the bay say the seabed beneath the pens is ‘like a carpet of slime’.",
        "SEPA is expected to decide within a fortnight whether to send inspectors. The company’s application for four more pens is due before the council’s planning committee in November, and Halvorsen has asked for it to be judged ‘on its merits, not on rumour’.",
    ],
    [
        A("a former worker [[has claimed]], after", src="this summer, [[a former worker]] has claimed", content="BRODICK — [[A salmon farm off the island’s south coast under-reported the number of fish dying in its pens this summer]], a former", kind="anonymous", spec="described", reason=True),
        A("the industry, [[told]] the Gazette", src="[[The worker]], who left", content="the Gazette [[that daily mortality sheets were ‘rewritten at the end of every week’ before the figures went to regulators]].", kind="anonymous", spec="described", reason=True),
        A("write 1,500,’ he [[said]].", src="write 1,500,’ [[he]] said.", content="[[‘I watched a manager score out 4,000 dead fish on a sheet and write 1,500,’]] he said", kind="pronoun", res="anonymous", spec="described", reason=True),
        A("Halvorsen, [[denied]] the allegation", src="[[Glas Mara’s managing director, Ingrid Halvorsen]], denied", content="denied [[the allegation]] in", kind="person", denial="denial"),
        A("after the fact,’ she [[said]] in an interview", src="after the fact,’ [[she]] said", content="[[‘Our mortality figures are recorded electronically and cannot be altered after the fact,’]] she", kind="pronoun", res="person", denial="denial", channel="interview"),
        A("pure and simple,’ she [[added]].", src="pure and simple,’ [[she]] added", content="[[‘This is mischief, pure and simple,’]] she added", kind="pronoun", res="person", denial="dismissal"),
        A("Halvorsen [[maintained]] that", src="[[Halvorsen]] maintained", content="maintained [[that the carcasses came from a single pen hit by a jellyfish bloom in late August, and that every death had been ‘logged and notified within 24 hours’]].", kind="person", denial="denial"),
        A("went further, [[claiming]] the former", src="[[A written statement issued by the company that evening]] went", content="claiming [[the former worker had been let go for ‘repeated breaches of safety procedure’]].", kind="document", denial="dismissal"),
        A("The former worker [[called]] that", src="[[The former worker]] called", content="called that [[‘a lie’]].", kind="anonymous", spec="described", reason=True, denial="denial"),
        A("Environment Protection Agency [[show]] 2,310", src="[[Figures published by the Scottish Environment Protection Agency]] show", content="Agency show [[2,310 deaths at the farm for the whole of August]].", kind="document"),
        A("SEPA spokesperson [[said]] the agency", src="[[A SEPA spokesperson]] said", content="spokesperson said [[the agency was ‘aware of concerns’ and would consider any evidence it received]].", kind="organization"),
        A("Morag Kerr, [[wrote]] in a letter", src="[[Its secretary, Morag Kerr]], wrote", content="to the agency [[that residents had counted more than 200 fish on the shore in a single morning]].", kind="person", channel="letter"),
        A("in the dark,’ Kerr [[said]].", src="in the dark,’ [[Kerr]] said", content="[[‘People here are not against jobs. They are against being kept in the dark,’]] Kerr", kind="person"),
        A("Facebook post, [[accusing]] the company", src="[[The campaign group Open Pens Arran]] went", content="accusing [[the company of treating the bay ‘as a dumping ground’]].", kind="organization", channel="post"),
        A("The Gazette [[has also been told]] by sources", src="told by [[sources]] that", content="by sources [[that the farm’s insurer sent a loss assessor to the pens in early September]].", kind="anonymous", spec="vague", reason=False),
        A("Underwriting, [[refused to discuss]] a client", src="[[The insurer, Northsound Marine Underwriting]], refused", content=None, kind="organization", denial="no-comment"),
        A("Glas Mara [[did not reply to follow-up questions]] about", src="and [[Glas Mara]] did not reply", content=None, kind="organization", denial="no-response"),
        A("was [[allegedly]] left", src=None, content=["[[A second pen]] was allegedly", "allegedly [[left unharvested for weeks after the bloom]]."], kind=None),
        A("know the bay [[say]] the seabed", src="[[Some divers who know the bay]] say", content="bay say [[the seabed beneath the pens is ‘like a carpet of slime’]].", kind="vague"),
        A("SEPA [[is expected]] to decide", src=None, content=["[[SEPA]] is expected", "is expected [[to decide within a fortnight whether to send inspectors]]."], kind=None),
    ],
)
