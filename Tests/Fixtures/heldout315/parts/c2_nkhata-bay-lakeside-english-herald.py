# Outlet: nkhata-bay-lakeside-english-herald — The Lakeshore Herald, a news site for Nkhata Bay
# district on Malawi's northern lakeshore (invented). House style: curly double quotes “ ” with
# ‘ ’ inside them and ’ as apostrophe; Mr/Mrs honorifics (and traditional titles such as Group
# Village Headman); kwacha as K figures; "the Herald understands", "a copy seen by the Herald".
# Beat: land (a customary beach leased to a lodge developer). Everything in the article is
# invented; the Ministry of Lands and the High Court are furniture.

article(
    "nkhata-bay-lakeside-english-herald", "2025-08-12", "chitundu-beach-fence-lease-dispute",
    "Fishermen accuse headman over fenced Chitundu beach leased to lodge developer",
    [
        "Fishermen at Chitundu beach say a wire fence put up last month by a lodge developer has cut them off "
        "from the landing site their families have used for three generations, and they accuse the area’s "
        "traditional leader of leasing the land without consulting anyone.",

        "Mr Gift Mkandawire, chairperson of the Chitundu Beach Village Committee, put it bluntly: “The chief "
        "sold our beach and put the money in his pocket.”",

        "Group Village Headman Kalumbwe rejected that account. The land, he said, had belonged to his family "
        "for decades and was leased “openly, with papers” to Sunset Cove Lodges Limited in 2023.",

        "“These are stories cooked up by people who lost the committee elections,” he told the Herald in an "
        "interview at his home on Saturday.",

        "A member of the village committee said the headman had called no meeting before the fence went up. "
        "“We only learned of the lease when the surveyors came with their pegs,” he said.",

        "Sunset Cove Lodges director Mr Kelvin Tembo said in an email that the company had acquired the plot "
        "“lawfully and in good faith” and holds a lease registered with the Ministry of Lands. He declined to "
        "disclose how much the company paid.",

        "A copy of the lease seen by the Herald describes the plot as “unoccupied customary land,” but minutes "
        "of a 2022 district lands committee meeting show that officers were told the beach was an active fish "
        "landing site.",

        "Claims by the fishermen that the headman received K45 million for the plot could not be verified. The "
        "money was allegedly paid in two instalments through a nephew.",

        "At a meeting called by the district commissioner’s office on Friday, it was alleged that two committee "
        "members had been offered plots of their own in exchange for their silence.",

        "The district commissioner, Mrs Ruth Gondwe, did not respond to written questions delivered to her "
        "office on Monday.",

        "The Lakeland Times, a weekly, reported in January that the same company had been ordered to remove a "
        "jetty further south. In a post on Facebook on Sunday, the company wrote that the jetty matter had "
        "been “settled amicably with the community.”",

        "The Herald understands that the fishermen have retained a lawyer, and the case is expected to reach "
        "the High Court before the rains.",

        "Critics say the dispute fits a wider pattern of lakeshore land quietly changing hands, a charge Mr "
        "Tembo brushed aside. “We are investors, not land grabbers. Ask the forty people we employ,” he said.",
    ],
    [
        A(cue="Chitundu beach [[say]] a wire fence",
          src="[[Fishermen at Chitundu beach]] say",
          content="beach say [[a wire fence put up last month by a lodge developer has cut them off from the landing site their families have used for three generations]],",
          kind="vague"),
        A(cue="and they [[accuse]] the area’s",
          src="and [[they]] accuse the area’s",
          content="they accuse [[the area’s traditional leader of leasing the land without consulting anyone]].",
          kind="pronoun", res="vague"),
        A(cue="Committee, [[put it bluntly]]:",
          src="[[Mr Gift Mkandawire, chairperson of the Chitundu Beach Village Committee]], put",
          content="bluntly: [[“The chief sold our beach and put the money in his pocket.”]]",
          kind="person"),
        A(cue="Kalumbwe [[rejected]] that account",
          src="[[Group Village Headman Kalumbwe]] rejected",
          content="rejected [[that account]].",
          kind="person", denial="denial"),
        A(cue="The land, he [[said]], had belonged",
          src="The land, [[he]] said, had belonged",
          content=["account. [[The land]], he said", "he said, [[had belonged to his family for decades and was leased “openly, with papers” to Sunset Cove Lodges Limited in 2023]]."],
          kind="pronoun", res="person", denial="denial"),
        A(cue="committee elections,” he [[told]] the Herald",
          src="committee elections,” [[he]] told the Herald",
          content="[[“These are stories cooked up by people who lost the committee elections,”]] he told",
          kind="pronoun", res="person", denial="dismissal", channel="interview"),
        A(cue="village committee [[said]] the headman",
          src="[[A member of the village committee]] said the headman",
          content="committee said [[the headman had called no meeting before the fence went up]].",
          kind="anonymous", spec="described", reason=False),
        A(cue="with their pegs,” he [[said]].",
          src="with their pegs,” [[he]] said.",
          content="[[“We only learned of the lease when the surveyors came with their pegs,”]]",
          kind="pronoun", res="anonymous", spec="described", reason=False),
        A(cue="Mr Kelvin Tembo [[said]] in an email",
          src="[[Sunset Cove Lodges director Mr Kelvin Tembo]] said",
          content="in an email [[that the company had acquired the plot “lawfully and in good faith” and holds a lease registered with the Ministry of Lands]].",
          kind="person", denial="denial", channel="email"),
        A(cue="He [[declined to disclose]] how much",
          src="[[He]] declined to disclose",
          content="declined to disclose [[how much the company paid]].",
          kind="pronoun", res="person", denial="no-comment"),
        A(cue="seen by the Herald [[describes]] the plot",
          src="[[A copy of the lease seen by the Herald]] describes",
          content="describes [[the plot as “unoccupied customary land,”]]",
          kind="document"),
        A(cue="committee meeting [[show]] that officers",
          src="but [[minutes of a 2022 district lands committee meeting]] show",
          content="meeting show [[that officers were told the beach was an active fish landing site]].",
          kind="document"),
        A(cue="that officers [[were told]] the beach",
          src=None,
          content="were told [[the beach was an active fish landing site]].",
          kind="none"),
        A(cue="[[Claims]] by the fishermen",
          src="Claims by [[the fishermen]] that the headman",
          content="by the fishermen [[that the headman received K45 million for the plot]] could",
          kind="vague"),
        A(cue="money was [[allegedly]] paid",
          src=None,
          content=["[[The money was]] allegedly", "allegedly [[paid in two instalments through a nephew]]."],
          kind="none"),
        A(cue="on Friday, [[it was alleged]] that",
          src=None,
          content="it was alleged [[that two committee members had been offered plots of their own in exchange for their silence]].",
          kind="none"),
        A(cue="Gondwe, [[did not respond to written questions]] delivered",
          src="[[The district commissioner, Mrs Ruth Gondwe]], did not",
          content=None,
          kind="person", denial="no-response"),
        A(cue="a weekly, [[reported]] in January",
          src="[[The Lakeland Times, a weekly]], reported",
          content="in January [[that the same company had been ordered to remove a jetty further south]].",
          kind="outlet"),
        A(cue="the company [[wrote]] that the jetty",
          src="on Sunday, [[the company]] wrote",
          content="wrote [[that the jetty matter had been “settled amicably with the community.”]]",
          kind="organization", channel="post"),
        A(cue="The Herald [[understands]] that",
          src="[[The Herald]] understands",
          content="understands [[that the fishermen have retained a lawyer]],",
          kind="self"),
        A(cue="the case [[is expected]] to reach",
          src=None,
          content=["and [[the case]] is expected", "is expected [[to reach the High Court before the rains]]."],
          kind="none"),
        A(cue="Critics [[say]] the dispute",
          src="[[Critics]] say the dispute",
          content="Critics say [[the dispute fits a wider pattern of lakeshore land quietly changing hands]],",
          kind="vague"),
        A(cue="Tembo [[brushed aside]].",
          src="a charge [[Mr Tembo]] brushed aside",
          content="hands, [[a charge]] Mr",
          kind="person", denial="dismissal"),
        A(cue="forty people we employ,” he [[said]].",
          src="forty people we employ,” [[he]] said.",
          content="[[“We are investors, not land grabbers. Ask the forty people we employ,”]]",
          kind="pronoun", res="person", denial="denial"),
    ],
)
