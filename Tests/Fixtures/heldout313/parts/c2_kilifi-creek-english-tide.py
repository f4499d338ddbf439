# Outlet: kilifi-creek-english-tide — The Creek Tide ("the Tide"), a Kenyan coastal county news site
# (Kilifi). House style: curly double quotes (“ ” main, ‘ ’ inside, ’ apostrophe); "Mr"/"Mrs"/"Ms"/"Eng"
# without stops and full three-part names on first reference, surname after; KSh figures; MCAs,
# county executives, water companies; "told the Tide", "questions sent by the Tide", "It is understood".
# Beat: utilities. Everything in the article is invented; the water regulator WASREB is furniture only.

article(
    "kilifi-creek-english-tide", "2025-07-09", "creekside-water-ghost-meters-audit",
    "“Ghost meters” audit puts Creekside Water bosses on the spot",
    [
        "Creekside Water and Sanitation Company billed more than 3,400 customers for water they never "
        "received over two years, according to an internal audit that the utility’s board has kept from the "
        "county assembly for five months.",

        "The report found that so-called ghost accounts, many linked to plots with no pipe connection, generated KSh 61 million in bills between 2023 and 2025. It also flagged 212 meters "
        "registered to a single post-office box in Kilifi town.",

        "Residents of Tsunza Hill estate, where most of the ghost accounts sit, say they have been paying "
        "for dry taps since the estate was connected on paper. “We buy from handcarts at KSh 30 a jerrican "
        "and then Creekside sends a bill,” said Mrs Kadzo Sidi Mwamure, who chairs the estate’s residents’ "
        "association.",

        "Sokoke Ward MCA Ms Rehema Dama Kazungu, who tabled the audit on Tuesday, put it "
        "bluntly: “Somebody is printing bills for pipes that do not exist and pocketing the payments.” She "
        "accused the company’s management of “protecting a cartel inside the billing office”.",

        "Minutes of a board meeting held in February show that directors, led by chairman Mr Omari Said "
        "Jeffa, were told of the audit’s findings and resolved to “handle the matter internally”.",

        "Creekside managing director Eng Rashid Mwinyi Chai denied that any customer had been billed without "
        "a connection. “Every account in our system has a meter number and a site visit behind it,” he told "
        "the Tide in an interview. The audit, he said, was “a draft by a junior "
        "officer” and had never been adopted.",

        "Chai brushed off the cartel allegation as “a campaign slogan”. In a Facebook post on Wednesday, the "
        "company said it would refund “any customer found to have been wrongly billed” after a fresh meter "
        "census.",

        "A meter reader at the company told the Tide that field staff were under pressure to mark dry "
        "connections as “active” to meet monthly billing targets. “Nobody goes to Tsunza to "
        "read anything. The numbers are typed in the office,” the meter reader said.",

        "Sources said the regulator, WASREB, had written to the county in April asking for an explanation. "
        "It is understood that the letter warned the company’s licence could be reviewed.",

        "County water executive Mr Pius Kenga Mramba, whose department holds a majority stake in "
        "Creekside, declined to comment on the audit while the assembly’s inquiry is under way. Critics argue "
        "the county was slow to act because Creekside’s board is stacked with political appointees.",

        "The Kilifi Coast Star reported last month that two billing clerks had been transferred after a "
        "customer complained. It was alleged at Tuesday’s sitting that one of them is a nephew of a board "
        "member.",

        "Chai, meanwhile, is reportedly lobbying county officials to extend his contract, which expires in "
        "October. Kazungu plans to table a motion next week seeking the board’s dissolution. Jeffa could not "
        "be reached for comment.",
    ],
    [
        A("water they never received over two years, [[according to]] an internal audit",
          src="according to [[an internal audit that the utility’s board has kept from the county assembly for five months]].",
          content="[[Creekside Water and Sanitation Company billed more than 3,400 customers for water they never received over two years]], according",
          kind="document"),
        A("The report [[found]] that so-called",
          src="[[The report]] found",
          content="found [[that so-called ghost accounts, many linked to plots with no pipe connection, generated KSh 61 million in bills between 2023 and 2025]].",
          kind="document"),
        A("It also [[flagged]] 212 meters",
          src="[[It]] also flagged",
          content="also flagged [[212 meters registered to a single post-office box in Kilifi town]].",
          kind="pronoun", res="document"),
        A("where most of the ghost accounts sit, [[say]] they",
          src="[[Residents of Tsunza Hill estate]], where",
          content="sit, say [[they have been paying for dry taps since the estate was connected on paper]].",
          kind="vague"),
        A("sends a bill,” [[said]] Mrs Kadzo",
          src="said [[Mrs Kadzo Sidi Mwamure]], who chairs",
          content="[[“We buy from handcarts at KSh 30 a jerrican and then Creekside sends a bill,”]] said",
          kind="person"),
        A("on Tuesday, [[put it bluntly]]:",
          src="[[Sokoke Ward MCA Ms Rehema Dama Kazungu]], who tabled",
          content="put it bluntly: [[“Somebody is printing bills for pipes that do not exist and pocketing the payments.”]]",
          kind="person"),
        A("She [[accused]] the company’s management",
          src="[[She]] accused the company’s management",
          content="She accused [[the company’s management of “protecting a cartel inside the billing office”]].",
          kind="pronoun", res="person"),
        A("held in February [[show]] that directors",
          src="[[Minutes of a board meeting held in February]] show",
          content="February show [[that directors, led by chairman Mr Omari Said Jeffa, were told of the audit’s findings and resolved to “handle the matter internally”]].",
          kind="document"),
        A("Eng Rashid Mwinyi Chai [[denied]] that any customer",
          src="[[Creekside managing director Eng Rashid Mwinyi Chai]] denied",
          content="denied [[that any customer had been billed without a connection]].",
          kind="person", denial="denial"),
        A("a site visit behind it,” he [[told]] the Tide in an interview",
          src="a site visit behind it,” [[he]] told",
          content="[[“Every account in our system has a meter number and a site visit behind it,”]] he told",
          kind="pronoun", res="person", denial="denial", channel="interview"),
        A("The audit, he [[said]], was",
          src="The audit, [[he]] said, was",
          content=["interview. [[The audit]], he said", "he said, [[was “a draft by a junior officer” and had never been adopted]]."],
          kind="pronoun", res="person", denial="dismissal"),
        A("Chai [[brushed off]] the cartel allegation",
          src="[[Chai]] brushed off",
          content="cartel allegation as [[“a campaign slogan”]].",
          kind="person", denial="dismissal"),
        A("on Wednesday, the company [[said]] it would refund",
          src="on Wednesday, [[the company]] said it would",
          content="the company said [[it would refund “any customer found to have been wrongly billed” after a fresh meter census]].",
          kind="organization", channel="post"),
        A("A meter reader at the company [[told]] the Tide that field staff",
          src="[[A meter reader at the company]] told",
          content="told the Tide [[that field staff were under pressure to mark dry connections as “active” to meet monthly billing targets]].",
          kind="anonymous", spec="described", reason=False),
        A("the meter reader [[said]].",
          src="[[the meter reader]] said.",
          content="[[“Nobody goes to Tsunza to read anything. The numbers are typed in the office,”]] the meter",
          kind="anonymous", spec="described", reason=False),
        A("Sources [[said]] the regulator",
          src="[[Sources]] said the regulator",
          content="Sources said [[the regulator, WASREB, had written to the county in April asking for an explanation]].",
          kind="anonymous", spec="vague", reason=False),
        A("[[It is understood]] that the letter",
          src=None,
          content="It is understood [[that the letter warned the company’s licence could be reviewed]].",
          kind="none"),
        A("the letter [[warned]] the company’s licence",
          src="that [[the letter]] warned",
          content="warned [[the company’s licence could be reviewed]].",
          kind="document"),
        A("Creekside, [[declined to comment]] on the audit",
          src="[[County water executive Mr Pius Kenga Mramba]], whose department",
          content=None,
          kind="person", denial="no-comment"),
        A("Critics [[argue]] the county",
          src="[[Critics]] argue",
          content="Critics argue [[the county was slow to act because Creekside’s board is stacked with political appointees]].",
          kind="vague"),
        A("The Kilifi Coast Star [[reported]] last month",
          src="[[The Kilifi Coast Star]] reported",
          content="last month [[that two billing clerks had been transferred after a customer complained]].",
          kind="outlet"),
        A("[[It was alleged]] at Tuesday’s sitting",
          src=None,
          content="sitting [[that one of them is a nephew of a board member]].",
          kind="none"),
        A("Chai, meanwhile, [[is reportedly]] lobbying",
          src=None,
          content=["[[Chai]], meanwhile, is reportedly", "is reportedly [[lobbying county officials to extend his contract, which expires in October]]."],
          kind="none"),
        A("Jeffa [[could not be reached]] for comment",
          src="[[Jeffa]] could not be reached",
          content=None,
          kind="person", denial="no-response"),
    ],
)
