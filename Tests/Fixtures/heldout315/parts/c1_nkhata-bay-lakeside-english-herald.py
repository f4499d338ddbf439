# Outlet: nkhata-bay-lakeside-english-herald — The Lakeshore Herald, a news site for Nkhata Bay
# district on Malawi's northern lakeshore (invented). House style: curly double quotes “ ” with
# ‘ ’ inside them and ’ as apostrophe; Mr/Mrs honorifics on every reference; kwacha as K figures;
# "the Herald has learned", "told the Herald", "a copy of which has been seen by the Herald".
# Beat: health (drug shortages at a rural health centre). Everything in the article is invented;
# the Ministry of Health, the Central Medical Stores Trust and the Anti-Corruption Bureau are furniture.

article(
    "nkhata-bay-lakeside-english-herald", "2025-05-20", "kandewe-health-centre-drug-diversion-claims",
    "Kandewe health centre drug shortages spark diversion claims",
    [
        "Patients at Kandewe Health Centre, 30 kilometres north of the boma, have gone without antibiotics, "
        "painkillers and malaria test kits for six weeks, and villagers allege that medicines meant for the "
        "clinic are turning up on the shelves of private drug shops in town.",

        "A clinician at the centre, who spoke on condition of anonymity because she is not authorised to speak "
        "to the media, told the Herald that monthly orders placed with the district pharmacy were coming back "
        "“half filled, or not filled at all.”",

        "“We write the same order every month. A mother walks twelve kilometres with a sick child and we send "
        "her home with a piece of paper,” the clinician said.",

        "Mr Lusungu Mhango, the district health officer, flatly denied that any drugs had been diverted, "
        "insisting that every consignment to Kandewe was “signed for and counted” at both ends.",

        "“Nothing has left our stores that was not meant to,” he said by phone, “and nobody has shown me a "
        "single box that went missing.” He blamed the gaps on erratic deliveries from the Central Medical "
        "Stores Trust.",

        "But a stock register for February, a copy of which has been seen by the Herald, records 40 boxes of "
        "amoxicillin as received at Kandewe on a date when the clinic’s own delivery book shows no consignment "
        "at all.",

        "Mrs Tamanda Chirwa, who runs Lakeview Drug Store near the fish market, dismissed the allegations as "
        "“jealous talk from people who want my customers” and maintained that everything she sells comes from "
        "licensed wholesalers, with receipts.",

        "The owner of a second shop named by villagers, Mr Harold Nkhoma of Chiwoko Pharmacy, could not be "
        "reached on Tuesday.",

        "In a statement, the Ministry of Health said it was “aware of concerns raised in Nkhata Bay” and had "
        "asked the district to account for every consignment received since January. A spokesperson for the "
        "Anti-Corruption Bureau declined to say whether an inquiry had been opened.",

        "Two pharmacy assistants were reportedly moved to other facilities in April. Sources said one of them "
        "had been questioned by police. Inspector Mercy Kachale, the district police spokesperson, would not "
        "discuss the case, saying only that “inquiries are continuing.”",

        "Chisanga FM, a community station in the hills above the lake, reported in March that patients at two "
        "other lakeshore clinics were being told to bring their own gloves and syringes.",

        "The Herald has learned that the district council’s health committee will take up the matter on "
        "Thursday, and an audit of the district pharmacy is expected to begin before the end of the month.",

        "Some parents said they had given up on the clinic altogether. “Why walk all that way for nothing?” "
        "asked Mrs Esnart Phiri, a mother of four from Lingozi village. Mr Mhango promised that the audit "
        "findings would be made public.",
    ],
    [
        A("and villagers [[allege]] that medicines",
          "and [[villagers]] allege that medicines",
          "villagers allege [[that medicines meant for the clinic are turning up on the shelves of private drug shops in town]].",
          kind="vague"),
        A("to the media, [[told]] the Herald",
          "[[A clinician at the centre]], who spoke",
          "told the Herald [[that monthly orders placed with the district pharmacy were coming back “half filled, or not filled at all.”]]",
          kind="anonymous", spec="described", reason=True),
        A("the clinician [[said]].",
          "piece of paper,” [[the clinician]] said.",
          "[[“We write the same order every month. A mother walks twelve kilometres with a sick child and we send her home with a piece of paper,”]]",
          kind="anonymous", spec="described", reason=True),
        A("[[flatly denied]] that any drugs",
          "[[Mr Lusungu Mhango, the district health officer]], flatly",
          "flatly denied [[that any drugs had been diverted]],",
          kind="person", denial="denial"),
        A("[[insisting]] that every consignment",
          "[[Mr Lusungu Mhango, the district health officer]], flatly",
          "insisting [[that every consignment to Kandewe was “signed for and counted” at both ends]].",
          kind="person", denial="denial"),
        A("meant to,” he [[said]] by phone",
          "meant to,” [[he]] said by phone",
          ["[[“Nothing has left our stores that was not meant to,”]] he said",
           "by phone, [[“and nobody has shown me a single box that went missing.”]]"],
          kind="pronoun", res="person", denial="denial", channel="phone"),
        A("He [[blamed]] the gaps",
          "[[He]] blamed the gaps",
          "He blamed [[the gaps on erratic deliveries from the Central Medical Stores Trust]].",
          kind="pronoun", res="person"),
        A("by the Herald, [[records]] 40 boxes",
          "But [[a stock register for February]], a copy",
          "records [[40 boxes of amoxicillin as received at Kandewe on a date when the clinic’s own delivery book shows no consignment at all]].",
          kind="document"),
        A("delivery book [[shows]] no consignment",
          "when [[the clinic’s own delivery book]] shows",
          "book shows [[no consignment at all]].",
          kind="document"),
        A("fish market, [[dismissed]] the allegations",
          "[[Mrs Tamanda Chirwa]], who runs Lakeview",
          "dismissed [[the allegations as “jealous talk from people who want my customers”]] and",
          kind="person", denial="dismissal"),
        A("customers” and [[maintained]] that",
          "[[Mrs Tamanda Chirwa]], who runs Lakeview",
          "maintained [[that everything she sells comes from licensed wholesalers, with receipts]].",
          kind="person", denial="denial"),
        A("Chiwoko Pharmacy, [[could not be reached]] on Tuesday.",
          "[[The owner of a second shop named by villagers, Mr Harold Nkhoma of Chiwoko Pharmacy]], could",
          None,
          kind="person", denial="no-response"),
        A("the Ministry of Health [[said]] it was",
          "In a statement, [[the Ministry of Health]] said",
          "Ministry of Health said [[it was “aware of concerns raised in Nkhata Bay” and had asked the district to account for every consignment received since January]].",
          kind="organization", channel="statement"),
        A("Bureau [[declined to say]] whether",
          "[[A spokesperson for the Anti-Corruption Bureau]] declined",
          "declined to say [[whether an inquiry had been opened]].",
          kind="organization", denial="no-comment"),
        A("Two pharmacy assistants were [[reportedly]] moved",
          None,
          ["[[Two pharmacy assistants were]] reportedly", "reportedly [[moved to other facilities in April]]."],
          kind="none"),
        A("Sources [[said]] one of them",
          "[[Sources]] said one of them",
          "Sources said [[one of them had been questioned by police]].",
          kind="anonymous", spec="vague", reason=False),
        A("spokesperson, [[would not discuss]] the case",
          "[[Inspector Mercy Kachale, the district police spokesperson]], would",
          None,
          kind="person", denial="no-comment"),
        A("the case, [[saying only]] that",
          "[[Inspector Mercy Kachale, the district police spokesperson]], would",
          "saying only [[that “inquiries are continuing.”]]",
          kind="person"),
        A("above the lake, [[reported]] in March",
          "[[Chisanga FM, a community station in the hills above the lake]], reported",
          "in March [[that patients at two other lakeshore clinics were being told to bring their own gloves and syringes]].",
          kind="outlet"),
        A("The Herald [[has learned]] that",
          "[[The Herald]] has learned",
          "has learned [[that the district council’s health committee will take up the matter on Thursday]],",
          kind="self"),
        A("pharmacy [[is expected]] to begin",
          None,
          ["and [[an audit of the district pharmacy]] is expected", "is expected [[to begin before the end of the month]]."],
          kind="none"),
        A("Some parents [[said]] they had",
          "[[Some parents]] said they had",
          "Some parents said [[they had given up on the clinic altogether]].",
          kind="vague"),
        A("for nothing?” [[asked]] Mrs Esnart",
          "[[Mrs Esnart Phiri, a mother of four from Lingozi village]].",
          "[[“Why walk all that way for nothing?”]] asked",
          kind="person"),
    ],
)
