# Outlet: listowel-north-kerry-voice — The North Kerry Voice ("the Voice"), a north Kerry town news site
# (Listowel). House style: curly single quotes (‘ ’ main, “ ” only inside them, ’ apostrophe); "Mr"/"Ms",
# "Cllr" with party tag in brackets, without stops; euro figures; "told the Voice", "The Voice has learned",
# "seen by the Voice", "in a post on the club’s Facebook page".
# Beat: sport governance. Everything in the article is invented; the Department of Sport is furniture only.

article(
    "listowel-north-kerry-voice", "2025-10-14", "feale-rangers-pitch-grant-row",
    "Questions over €140,000 pitch grant split Feale Rangers committee",
    [
        "A row over how Feale Rangers AFC spent a €140,000 State grant for a floodlit all-weather pitch has "
        "split the club’s committee, with two officers resigning and parents demanding an independent audit.",

        "The Voice has learned that only half of the new surface at Gortnaglogh Park has been laid, eleven "
        "months after the contractor was paid in full.",

        "Minutes of a committee meeting in January, seen by the Voice, show that the club’s treasurer at the "
        "time, Mr Liam Dineen, told members the final payment had been released ‘on the advice of the "
        "chairman’.",

        "Club chairman Mr Seán Moriarty denied giving any such advice. ‘I never told Liam to pay a cent "
        "before the work was signed off. That is simply not what happened,’ he told the Voice by phone.",

        "Dineen, who resigned last week, wrote in his resignation letter that he had ‘asked for the invoices "
        "again and again and was refused every time’. The letter, circulated to members on Friday, also "
        "claims the contractor’s final invoice was signed by someone who is not a club officer.",

        "The contractor, Kilcaragh Sports Surfaces Ltd, called the allegations ‘a smear by people with an axe "
        "to grind’. In an email, its managing director, Mr Brendan Houlihan, blamed flooding for the delay and "
        "said the remaining works would be finished ‘within weeks’. He did not respond to follow-up questions "
        "about who signed the invoice.",

        "A committee member, who asked not to be named because she still coaches an under-12 team at the "
        "club, said the chairman had ‘treated the grant like his own money’. ‘Nobody outside the top table "
        "was allowed to see a single invoice,’ the member said.",

        "Some parents say they were asked for an extra €50 per child this season ‘towards the pitch’ and were "
        "never given receipts. Moriarty’s answer, in a post on the club’s Facebook page on Sunday, was short "
        "— the €50 was ‘the normal registration fee, as it is every year’.",

        "Asked who had signed the final invoice, Moriarty declined to say.",

        "Cllr Máiréad Stack (Ind), a former club secretary, said the committee’s statement that accounts "
        "would be published ‘in due course’ was ‘nowhere near good enough’, and called on the Department of "
        "Sport to freeze any further funding.",

        "The Kingdom Weekly Post reported on Monday that the Department had written to the club seeking "
        "copies of every invoice linked to the pitch.",

        "It is understood that an extraordinary general meeting will be called for next month, and the club’s "
        "accountants are reportedly preparing a report on the grant for members. Kilcaragh is expected to "
        "send a representative; it has said it will bring ‘every docket and every photograph’.",
    ],
    [
        A("The Voice [[has learned]] that only half",
          src="[[The Voice]] has learned",
          content="has learned [[that only half of the new surface at Gortnaglogh Park has been laid, eleven months after the contractor was paid in full]].",
          kind="self"),
        A("seen by the Voice, [[show]] that the club’s treasurer",
          src="[[Minutes of a committee meeting in January]], seen by the Voice",
          content="show [[that the club’s treasurer at the time, Mr Liam Dineen, told members the final payment had been released ‘on the advice of the chairman’]].",
          kind="document"),
        A("Mr Liam Dineen, [[told]] members",
          src="show that [[the club’s treasurer at the time, Mr Liam Dineen]], told",
          content="told members [[the final payment had been released ‘on the advice of the chairman’]]",
          kind="person"),
        A("Mr Seán Moriarty [[denied]] giving",
          src="[[Club chairman Mr Seán Moriarty]] denied",
          content="denied [[giving any such advice]].",
          kind="person", denial="denial"),
        A("not what happened,’ he [[told]] the Voice by phone",
          src="not what happened,’ [[he]] told",
          content="[[‘I never told Liam to pay a cent before the work was signed off. That is simply not what happened,’]] he told",
          kind="pronoun", res="person", denial="denial", channel="phone"),
        A("who resigned last week, [[wrote]] in his resignation letter",
          src="[[Dineen]], who resigned last week",
          content="resignation letter [[that he had ‘asked for the invoices again and again and was refused every time’]].",
          kind="person", channel="letter"),
        A("on Friday, also [[claims]] the contractor’s",
          src="[[The letter]], circulated to members",
          content="also claims [[the contractor’s final invoice was signed by someone who is not a club officer]].",
          kind="document"),
        A("Kilcaragh Sports Surfaces Ltd, [[called]] the allegations",
          src="[[The contractor, Kilcaragh Sports Surfaces Ltd]], called",
          content="called the allegations [[‘a smear by people with an axe to grind’]].",
          kind="organization", denial="dismissal"),
        A("Mr Brendan Houlihan, [[blamed]] flooding",
          src="In an email, [[its managing director, Mr Brendan Houlihan]], blamed",
          content="blamed [[flooding for the delay]] and",
          kind="person", channel="email"),
        A("for the delay and [[said]] the remaining works",
          src="In an email, [[its managing director, Mr Brendan Houlihan]], blamed",
          content="and said [[the remaining works would be finished ‘within weeks’]].",
          kind="person", channel="email"),
        A("He [[did not respond to follow-up questions]]",
          src="[[He]] did not respond to follow-up",
          content=None,
          kind="pronoun", res="person", denial="no-response"),
        A("at the club, [[said]] the chairman had",
          src="[[A committee member]], who asked not to be named because she still coaches",
          content="club, said [[the chairman had ‘treated the grant like his own money’]].",
          kind="anonymous", spec="described", reason=True),
        A("a single invoice,’ the member [[said]].",
          src="a single invoice,’ [[the member]] said.",
          content="[[‘Nobody outside the top table was allowed to see a single invoice,’]] the member",
          kind="anonymous", spec="described", reason=True),
        A("Some parents [[say]] they were asked",
          src="[[Some parents]] say",
          content="say [[they were asked for an extra €50 per child this season ‘towards the pitch’ and were never given receipts]].",
          kind="vague"),
        A("Moriarty’s [[answer]], in a post",
          src="[[Moriarty]]’s answer",
          content="was short — [[the €50 was ‘the normal registration fee, as it is every year’]].",
          kind="person", denial="denial", channel="post"),
        A("Moriarty [[declined to say]].",
          src="invoice, [[Moriarty]] declined",
          content=None,
          kind="person", denial="no-comment"),
        A("a former club secretary, [[said]] the committee’s statement",
          src="[[Cllr Máiréad Stack (Ind), a former club secretary]], said",
          content="said [[the committee’s statement that accounts would be published ‘in due course’ was ‘nowhere near good enough’]], and called",
          kind="person"),
        A("the committee’s [[statement]] that accounts",
          src="said [[the committee]]’s statement",
          content="statement [[that accounts would be published ‘in due course’]] was",
          kind="organization"),
        A("The Kingdom Weekly Post [[reported]] on Monday",
          src="[[The Kingdom Weekly Post]] reported",
          content="on Monday [[that the Department had written to the club seeking copies of every invoice linked to the pitch]].",
          kind="outlet"),
        A("[[It is understood]] that an extraordinary",
          src=None,
          content="It is understood [[that an extraordinary general meeting will be called for next month]], and",
          kind="none"),
        A("accountants [[are reportedly]] preparing",
          src=None,
          content=["and [[the club’s accountants]] are reportedly", "are reportedly [[preparing a report on the grant for members]]."],
          kind="none"),
        A("Kilcaragh [[is expected]] to send",
          src=None,
          content=["members. [[Kilcaragh]] is expected", "is expected [[to send a representative]];"],
          kind="none"),
        A("it [[has said]] it will bring",
          src="representative; [[it]] has said",
          content="has said [[it will bring ‘every docket and every photograph’]].",
          kind="pronoun", res="organization"),
    ],
)
