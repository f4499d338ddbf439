# Outlet: cafayate-calchaqui-english-observer — The Calchaquí Observer, an English-language news site for
# the wine valley around Cafayate, Salta. House style: dateline "CAFAYATE —", curly double quotes with curly
# single quotes inside and ’ as apostrophe; no honorifics, surname on second reference; local titles kept
# in Spanish (intendente, concejal, Concejo Deliberante, consorcio, bodega); peso figures, "told the
# Observer", "The Observer understands"; dates as "8 January".
# Beat: farming and water (an irrigation board accused of diverting canal water to a winery).
# Everything in this article is invented.

article(
    "cafayate-calchaqui-english-observer", "2025-02-18", "las-achiras-canal-night-turns",
    "Las Achiras growers accuse irrigation board of diverting canal water to winery",
    [
        "CAFAYATE — Smallholders in Las Achiras Bajas have accused the district’s irrigation board of "
        "diverting water from their shared canal to an export winery at the height of the harvest, a charge "
        "the board and the winery both reject.",

        "Growers say the flow to the lower plots halved in January, as the torrontés ripened. Elvira Condorí, "
        "a grower with two hectares below the canal, told the Observer her turn at the sluice had been cut "
        "from six hours to two without notice.",

        "“They open the gate for the bodega at night and close it for us in the morning,” Condorí said. "
        "“Nobody from the board has come to look.”",

        "The Consorcio de Regantes Las Achiras, which shares out the Río Tarcuyo among 140 members, denied any "
        "diversion. Its president, Rubén Tolaba, said by phone that rotations had been shortened for every "
        "user because the river was at its lowest January level in a decade.",

        "“Every share was cut by the same proportion,” he said. “The ledger is open to any member who asks.” "
        "He promised to post the February rotations at the chapel.",

        "The ledger, a copy of which the Observer has obtained, shows Bodega Piedra Tinta received night turns "
        "on 19 of January’s 31 days, against 11 a year earlier. Minutes of the board’s 8 January meeting show "
        "the extra turns were approved by three of its five directors, two of whom hold shares in the winery.",

        "Piedra Tinta’s general manager, Tomás Aráoz, dismissed the complaint as “a campaign by people who "
        "want to sell us water at a premium.” In a statement, the winery said it had paid the consorcio for "
        "every hour it received and “holds receipts for all of it.”",

        "A provincial water inspector who spoke on condition of anonymity because he was not authorised to "
        "discuss a members’ dispute said the night rotations were “irregular at best.” The inspector said he "
        "had asked his superiors in Salta to audit the board.",

        "The Observer understands the provincial water secretariat has opened a file on the complaint. Sources "
        "at the secretariat said it had been passed to a senior engineer. A ruling on the night turns is "
        "expected before the harvest ends in March.",

        "Local station FM Tarcuyo reported that a new steel gate, allegedly fitted with a padlock to "
        "which only the winery holds a key, was installed at the canal head in December.",

        "Intendente Horacio Llampa declined to comment, saying the consorcio was a private body outside the "
        "municipality’s authority. Two of the directors named in the minutes, Arnaldo Ríos and Fabiana Choque, "
        "did not respond to messages sent on Monday.",

        "Critics of the board argue its directors have too many interests in the valley’s wineries to referee "
        "disputes among growers. Some families are reportedly drawing water from private wells.",

        "Condorí has stopped waiting. “We will take the ledger to Salta ourselves,” she said.",
    ],
    [
        A("Las Achiras Bajas [[have accused]] the district’s",
          src="[[Smallholders in Las Achiras Bajas]] have accused",
          content="have accused [[the district’s irrigation board of diverting water from their shared canal to an "
                  "export winery at the height of the harvest]]",
          kind="vague"),
        A("the winery both [[reject]].", src="a charge [[the board and the winery]] both reject",
          content="[[a charge]] the board", kind="organization", denial="denial"),
        A("Growers [[say]] the flow", src="[[Growers]] say the flow",
          content="Growers say [[the flow to the lower plots halved in January, as the torrontés ripened]].",
          kind="vague"),
        A("below the canal, [[told]] the Observer",
          src="[[Elvira Condorí, a grower with two hectares below the canal]], told",
          content="the Observer [[her turn at the sluice had been cut from six hours to two without notice]].",
          kind="person"),
        A("Condorí [[said]]. “Nobody", src="morning,” [[Condorí]] said",
          content=["[[“They open the gate for the bodega at night and close it for us in the morning,”]]",
                   "[[“Nobody from the board has come to look.”]]"],
          kind="person"),
        A("140 members, [[denied]] any diversion", src="[[The Consorcio de Regantes Las Achiras]], which shares",
          content="denied [[any diversion]].", kind="organization", denial="denial"),
        A("Rubén Tolaba, [[said]] by phone", src="[[Its president, Rubén Tolaba]], said",
          content="by phone [[that rotations had been shortened for every user because the river was at its "
                  "lowest January level in a decade]].",
          kind="person", denial="denial", channel="phone"),
        A("proportion,” he [[said]]. “The ledger is open", src="proportion,” [[he]] said",
          content=["[[“Every share was cut by the same proportion,”]]",
                   "[[“The ledger is open to any member who asks.”]]"],
          kind="pronoun", res="person", denial="denial"),
        A("has obtained, [[shows]] Bodega", src="[[The ledger]], a copy of which",
          content="has obtained, shows [[Bodega Piedra Tinta received night turns on 19 of January’s 31 days, "
                  "against 11 a year earlier]].",
          kind="document"),
        A("8 January meeting [[show]] the extra", src="[[Minutes of the board’s 8 January meeting]] show",
          content="meeting show [[the extra turns were approved by three of its five directors, two of whom hold "
                  "shares in the winery]].",
          kind="document"),
        A("Tomás Aráoz, [[dismissed]] the complaint",
          src="[[Piedra Tinta’s general manager, Tomás Aráoz]], dismissed",
          content="dismissed [[the complaint as “a campaign by people who want to sell us water at a premium.”]]",
          kind="person", denial="dismissal"),
        A("the winery [[said]] it had paid", src="In a statement, [[the winery]] said",
          content="winery said [[it had paid the consorcio for every hour it received and “holds receipts for all "
                  "of it.”]]",
          kind="organization", denial="denial", channel="statement"),
        A("members’ dispute [[said]] the night",
          src="[[A provincial water inspector who spoke on condition of anonymity because he was not authorised to "
              "discuss a members’ dispute]] said",
          content="dispute said [[the night rotations were “irregular at best.”]]",
          kind="anonymous", spec="described", reason=True),
        A("The inspector [[said]] he", src="[[The inspector]] said he",
          content="inspector said [[he had asked his superiors in Salta to audit the board]].",
          kind="anonymous", spec="described", reason=True),
        A("The Observer [[understands]] the provincial", src="[[The Observer]] understands the provincial",
          content="understands [[the provincial water secretariat has opened a file on the complaint]].",
          kind="self"),
        A("at the secretariat [[said]] it had", src="[[Sources at the secretariat]] said",
          content="secretariat said [[it had been passed to a senior engineer]].",
          kind="anonymous", spec="described", reason=False),
        A("night turns [[is expected]] before", src=None,
          content=["[[A ruling on the night turns]] is expected", "is expected [[before the harvest ends in March]]."],
          kind="none"),
        A("FM Tarcuyo [[reported]] that a new", src="[[Local station FM Tarcuyo]] reported",
          content="reported [[that a new steel gate, allegedly fitted with a padlock to which only the winery holds "
                  "a key, was installed at the canal head in December]].",
          kind="outlet"),
        A("steel gate, [[allegedly]] fitted", src=None,
          content=["that [[a new steel gate]], allegedly",
                   "allegedly [[fitted with a padlock to which only the winery holds a key]], was installed"],
          kind="none"),
        A("Horacio Llampa [[declined to comment]], saying the consorcio",
          src="[[Intendente Horacio Llampa]] declined to comment",
          content=None, kind="person", denial="no-comment"),
        A("declined to comment, [[saying]] the consorcio", src="[[Intendente Horacio Llampa]] declined to comment",
          content="saying [[the consorcio was a private body outside the municipality’s authority]].",
          kind="person"),
        A("Fabiana Choque, [[did not respond to messages]] sent",
          src="[[Two of the directors named in the minutes, Arnaldo Ríos and Fabiana Choque]], did not",
          content=None, kind="person", denial="no-response"),
        A("Critics of the board [[argue]] its", src="[[Critics of the board]] argue",
          content="argue [[its directors have too many interests in the valley’s wineries to referee disputes "
                  "among growers]].",
          kind="vague"),
        A("Some families are [[reportedly]] drawing", src=None,
          content=["[[Some families are]] reportedly", "reportedly [[drawing water from private wells]]."],
          kind="none"),
        A("ourselves,” she [[said]].", src="ourselves,” [[she]] said.",
          content="[[“We will take the ledger to Salta ourselves,”]] she said.",
          kind="pronoun", res="person"),
    ],
)
