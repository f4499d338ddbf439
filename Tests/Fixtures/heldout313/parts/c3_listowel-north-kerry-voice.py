# Outlet: listowel-north-kerry-voice — The North Kerry Voice ("the Voice"), a north Kerry town news site
# (Listowel). House style: curly single quotes (‘ ’ main, “ ” only inside them, ’ apostrophe); "Mr"/"Mrs"/"Ms",
# "Garda", "Inspector", "Judge", "Cllr" without stops; ages in brackets; euro figures; "the court heard",
# "told the Voice", "The Voice understands", "A Garda spokesperson".
# Beat: courts. Everything in the article is invented; An Garda Síochána and the District Court are furniture only.

article(
    "listowel-north-kerry-voice", "2025-05-22", "drommartin-builder-retrofit-deposits-case",
    "Builder took €61,000 in retrofit deposits from pensioners, court hears",
    [
        "A Drommartin builder took deposits worth more than €61,000 from 14 North Kerry homeowners for "
        "insulation and heat-pump work that was never started, Listowel District Court heard on Tuesday.",

        "Tadhg Mulvihill (47), of Cnoc an Óir, Drommartin, faces 14 counts of deception. Through his "
        "solicitor, Mr Pádraig Ó Loingsigh, he denies all charges.",

        "Garda Ciarán Hegarty told the court that the homeowners, most of them pensioners, paid deposits of "
        "between €2,500 and €6,000 after Mr Mulvihill allegedly assured them that grant approval was ‘a "
        "formality’. It was alleged that in two cases cheques made out to an insulation supplier were lodged "
        "to his personal account.",

        "One of the homeowners, Mrs Nora Kissane, an 81-year-old widow from Ahabeg, told the court she had "
        "handed over €4,800 in cash in March 2023. ‘He sat at my kitchen table and said the grant would cover "
        "the rest. I never saw him again,’ she said.",

        "Cross-examined by Mr Ó Loingsigh, Mrs Kissane accepted that she had signed a contract allowing up to "
        "18 months for the work.",

        "Mr Ó Loingsigh said his client had been ‘badly let down’ by a supplier and had ‘every intention of "
        "finishing every job’. The money, he said, had gone on materials that were never delivered.",

        "That supplier, Shannonside Insulation Supplies, dismissed the claim as ‘a fairy tale’. Its director, "
        "Ms Eimear Walsh, said in a statement to the Voice that the firm had delivered every order Mr "
        "Mulvihill paid for and had ‘the dockets to prove it’.",

        "A former employee of the builder’s company, who asked not to be named because he is still pursuing "
        "it for unpaid wages, told the Voice the firm had ‘no van, no stock and no crew’ by late 2023. Mr "
        "Mulvihill’s business partner, Mr Jerome Lenihan, did not respond to a request for comment.",

        "The Voice understands that at least three further complaints have been made to gardaí in Tralee. A "
        "Garda spokesperson declined to comment on an ongoing investigation.",

        "Feale Valley FM reported in January that the company had kept taking bookings until last autumn. "
        "Ms Nuala Sheehy, who chairs the North Kerry Older People’s Forum, said members "
        "had been ‘targeted because they trusted a local name’. Critics of the grant scheme have long argued "
        "that contractors are vetted too loosely.",

        "Inspector Gráinne Lyne, prosecuting, said the State would seek to have the case sent forward for "
        "trial.",

        "Judge Máire Ní Bhriain remanded Mr Mulvihill on continuing bail and ordered him not to take deposits "
        "from any new customer. ‘These are serious allegations, and the people involved are entitled to see "
        "them dealt with quickly,’ she said. The case resumes on June 17th.",
    ],
    [
        A("Listowel District Court [[heard]] on Tuesday",
          src="started, [[Listowel District Court]] heard",
          content="[[A Drommartin builder took deposits worth more than €61,000 from 14 North Kerry homeowners for insulation and heat-pump work that was never started]], Listowel",
          kind="organization"),
        A("he [[denies]] all charges",
          src="Ó Loingsigh, [[he]] denies",
          content="denies [[all charges]].",
          kind="pronoun", res="person", denial="denial"),
        A("Garda Ciarán Hegarty [[told]] the court",
          src="[[Garda Ciarán Hegarty]] told",
          content="told the court [[that the homeowners, most of them pensioners, paid deposits of between €2,500 and €6,000 after Mr Mulvihill allegedly assured them that grant approval was ‘a formality’]].",
          kind="person"),
        A("Mr Mulvihill [[allegedly]] assured",
          src=None,
          content=["after [[Mr Mulvihill]] allegedly", "allegedly [[assured them that grant approval was ‘a formality’]]."],
          kind="none"),
        A("allegedly [[assured]] them",
          src="after [[Mr Mulvihill]] allegedly",
          content="assured them [[that grant approval was ‘a formality’]].",
          kind="person"),
        A("[[It was alleged]] that in two cases",
          src=None,
          content="It was alleged [[that in two cases cheques made out to an insulation supplier were lodged to his personal account]].",
          kind="none"),
        A("widow from Ahabeg, [[told]] the court",
          src="[[One of the homeowners, Mrs Nora Kissane, an 81-year-old widow from Ahabeg]], told",
          content="told the court [[she had handed over €4,800 in cash in March 2023]].",
          kind="person"),
        A("kitchen table and [[said]] the grant",
          src="‘[[He]] sat at my kitchen table",
          content="and said [[the grant would cover the rest]].",
          kind="pronoun", res="person"),
        A("I never saw him again,’ she [[said]].",
          src="I never saw him again,’ [[she]] said.",
          content="[[‘He sat at my kitchen table and said the grant would cover the rest. I never saw him again,’]] she",
          kind="pronoun", res="person"),
        A("Mrs Kissane [[accepted]] that",
          src="[[Mrs Kissane]] accepted",
          content="accepted [[that she had signed a contract allowing up to 18 months for the work]].",
          kind="person"),
        A("Mr Ó Loingsigh [[said]] his client",
          src="[[Mr Ó Loingsigh]] said his client",
          content="said [[his client had been ‘badly let down’ by a supplier and had ‘every intention of finishing every job’]].",
          kind="person", denial="denial"),
        A("The money, he [[said]], had gone",
          src="The money, [[he]] said",
          content=["[[The money]], he said", "he said, [[had gone on materials that were never delivered]]."],
          kind="pronoun", res="person", denial="denial"),
        A("Shannonside Insulation Supplies, [[dismissed]] the claim",
          src="[[That supplier, Shannonside Insulation Supplies]], dismissed",
          content="dismissed the claim as [[‘a fairy tale’]].",
          kind="organization", denial="dismissal"),
        A("Ms Eimear Walsh, [[said]] in a statement",
          src="[[Its director, Ms Eimear Walsh]], said",
          content="to the Voice [[that the firm had delivered every order Mr Mulvihill paid for and had ‘the dockets to prove it’]].",
          kind="person", denial="denial", channel="statement"),
        A("unpaid wages, [[told]] the Voice",
          src="[[A former employee of the builder’s company]], who asked",
          content="told the Voice [[the firm had ‘no van, no stock and no crew’ by late 2023]].",
          kind="anonymous", spec="described", reason=True),
        A("Mr Jerome Lenihan, [[did not respond to a request for comment]].",
          src="[[Mr Mulvihill’s business partner, Mr Jerome Lenihan]], did not",
          content=None,
          kind="person", denial="no-response"),
        A("The Voice [[understands]] that",
          src="[[The Voice]] understands",
          content="understands [[that at least three further complaints have been made to gardaí in Tralee]].",
          kind="self"),
        A("Garda spokesperson [[declined to comment]]",
          src="[[A Garda spokesperson]] declined",
          content=None,
          kind="organization", denial="no-comment"),
        A("Feale Valley FM [[reported]] in January",
          src="[[Feale Valley FM]] reported",
          content="in January [[that the company had kept taking bookings until last autumn]].",
          kind="outlet"),
        A("Older People’s Forum, [[said]] members",
          src="[[Ms Nuala Sheehy]], who chairs",
          content="said [[members had been ‘targeted because they trusted a local name’]].",
          kind="person"),
        A("Critics of the grant scheme [[have long argued]]",
          src="[[Critics of the grant scheme]] have",
          content="argued [[that contractors are vetted too loosely]].",
          kind="vague"),
        A("prosecuting, [[said]] the State",
          src="[[Inspector Gráinne Lyne]], prosecuting",
          content="said [[the State would seek to have the case sent forward for trial]].",
          kind="person"),
        A("dealt with quickly,’ she [[said]].",
          src="dealt with quickly,’ [[she]] said.",
          content="[[‘These are serious allegations, and the people involved are entitled to see them dealt with quickly,’]] she",
          kind="pronoun", res="person"),
    ],
)
