#!/usr/bin/env python3
"""Generator for the heldout49 fixture: 12 fictional, hand-annotated news articles.

Every article, person, organisation, outlet, place and figure here is invented.
Each article is stored as its text plus a list of attribution records. A record locates its
source, cue and content spans by *context*: a string that occurs exactly once in the article
text, with the span itself marked by [[...]]. Content may be a list of contexts (a
discontinuous span, written with ';' in brat). Offsets are computed here, never by hand.

Running this script (re)writes text/, attributions/ and labels.json beside it and checks
every span against the text.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ANN_SUFFIX = "_a049"
ARTICLES = []
KINDS = {"person", "organization", "outlet", "self", "document", "anonymous", "vague", "pronoun", "none"}
DENIALS = {None, "denial", "dismissal", "no-comment", "no-response"}
CHANNELS = {"statement", "email", "interview", "post", "report", "filing", "letter", "note",
            "news release", "phone", "announcement"}


def A(cue, src=None, content=None, kind=None, res=None, anon=None, spec=None, reason=None,
      denial=None, channel=None):
    """One attribution: cue/src/content are marked contexts; the rest are labels."""
    return dict(cue=cue, src=src, content=content, kind=kind, res=res, anon=anon, spec=spec,
                reason=reason, denial=denial, channel=channel)


def article(outlet, date, slug, title, paragraphs, attrs):
    ARTICLES.append(dict(outlet=outlet, date=date, slug=slug, title=title,
                         paragraphs=paragraphs, attrs=attrs))


def locate(text, marked, where):
    m = re.fullmatch(r"(.*?)\[\[(.+?)\]\](.*)", marked, re.S)
    if not m:
        sys.exit(f"{where}: no [[span]] in {marked!r}")
    before, inner, after = m.groups()
    if "[[" in after or "]]" in after:
        sys.exit(f"{where}: more than one [[span]] in {marked!r}")
    ctx = before + inner + after
    hits = [i for i in range(len(text)) if text.startswith(ctx, i)]
    if len(hits) != 1:
        sys.exit(f"{where}: context occurs {len(hits)} times: {ctx!r}")
    start = hits[0] + len(before)
    end = start + len(inner)
    assert text[start:end] == inner
    if inner != inner.strip():
        sys.exit(f"{where}: span has outer whitespace: {inner!r}")
    return (start, end)


def build():
    labels = {"taxonomy": "TAXONOMY.md v1.1", "annotatorFiles": {}, "articles": {}}
    os.makedirs(os.path.join(HERE, "text"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "attributions"), exist_ok=True)
    totals = collections.Counter()
    for art in ARTICLES:
        base = f"{art['outlet']}_{art['date']}_{art['slug']}"
        assert "_" not in art["outlet"] and re.fullmatch(r"[a-z0-9-]+", art["outlet"])
        text = art["title"] + "\n\n" + "\n\n".join(art["paragraphs"]) + "\n"
        for p in art["paragraphs"]:
            assert p == p.strip() and "\n" not in p, p[:40]
        with open(os.path.join(HERE, "text", base + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        ann, items, tn = [], [], 0
        seen_cues = set()
        # number the attributions in text order of their cues
        ordered = sorted(art["attrs"], key=lambda r: locate(text, r["cue"], base + " cue")[0])
        for en, r in enumerate(ordered, 1):
            where = f"{base} E{en}"
            cue = locate(text, r["cue"], where + " cue")
            if cue in seen_cues:
                sys.exit(f"{where}: duplicate cue span")
            seen_cues.add(cue)
            if cue[0] < len(art["title"]) + 1:
                sys.exit(f"{where}: attribution in the title")
            src = locate(text, r["src"], where + " source") if r["src"] else None
            contents = r["content"]
            if isinstance(contents, str):
                contents = [contents]
            cont = [locate(text, c, where + " content") for c in contents] if contents else []
            cont.sort()
            roles = []
            def T(kind, spans):
                nonlocal tn
                tn += 1
                offs = ";".join(f"{a} {b}" for a, b in spans)
                frag = " ".join(text[a:b] for a, b in spans)
                ann.append(f"T{tn}\t{kind} {offs}\t{frag}")
                return f"T{tn}"
            ts = T("Source", [src]) if src else None
            tc = T("Cue", [cue])
            tco = T("Content", cont) if cont else None
            ta = T("Attribution", [cue])
            parts = [f"Attribution:{ta}"]
            if tco: parts.append(f"Content:{tco}")
            parts.append(f"Cue:{tc}")
            if ts: parts.append(f"Source:{ts}")
            ann.append(f"E{en}\t" + " ".join(parts))
            kind = r["kind"] or ("none" if not src else None)
            if kind not in KINDS:
                sys.exit(f"{where}: bad kind {kind!r}")
            if (kind == "none") != (src is None):
                sys.exit(f"{where}: kind none iff no source")
            anon = r["anon"] if r["anon"] is not None else (
                kind == "anonymous" or (kind == "pronoun" and r["res"] == "anonymous"))
            if kind == "anonymous" and not anon:
                sys.exit(f"{where}: anonymous kind must be anonymous")
            if kind == "pronoun" and not r["res"]:
                sys.exit(f"{where}: pronoun needs resolvesTo")
            if kind == "pronoun" and (r["res"] == "anonymous") != anon:
                sys.exit(f"{where}: pronoun anonymity must follow its referent")
            if r["denial"] not in DENIALS:
                sys.exit(f"{where}: bad denial {r['denial']!r}")
            if r["channel"] and r["channel"] not in CHANNELS:
                sys.exit(f"{where}: bad channel {r['channel']!r}")
            item = {"e": f"E{en}",
                    "cue": {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]},
                    "source": {"start": src[0], "end": src[1], "text": text[src[0]:src[1]]} if src else None,
                    "sourceKind": kind}
            if kind == "pronoun":
                item["resolvesTo"] = r["res"]
            item["anonymous"] = anon
            if anon:
                if r["spec"] not in ("vague", "described") or r["reason"] not in (True, False):
                    sys.exit(f"{where}: anonymous needs specificity and reasonGiven")
                item["specificity"] = r["spec"]
                item["reasonGiven"] = r["reason"]
            elif r["spec"] is not None or r["reason"] is not None:
                sys.exit(f"{where}: specificity/reasonGiven only for anonymous")
            item["denial"] = r["denial"]
            if r["channel"]:
                item["channel"] = r["channel"]
            items.append(item)
        with open(os.path.join(HERE, "attributions", base + ANN_SUFFIX + ".ann"), "w", encoding="utf-8") as f:
            f.write("\n".join(ann) + "\n")
        den = collections.Counter(i["denial"] for i in items if i["denial"])
        summary = {"hasAnonymousSource": any(i["anonymous"] for i in items),
                   "anonymousAttributions": sum(1 for i in items if i["anonymous"]),
                   "anonymousWithReason": sum(1 for i in items if i.get("reasonGiven")),
                   "denials": {k: den.get(k, 0) for k in ("denial", "dismissal", "no-comment", "no-response")}}
        labels["annotatorFiles"][base + ".txt"] = base + ANN_SUFFIX + ".ann"
        labels["articles"][base + ".txt"] = {"outlet": art["outlet"], "title": art["title"],
                                             "attributions": items, "summary": summary}
        words = len(re.findall(r"\S+", "\n".join(art["paragraphs"])))
        anonn = summary["anonymousAttributions"]
        print(f"{base}: {words} words, {len(items)} attributions, {anonn} anonymous, {sum(den.values())} denials")
        totals.update(articles=1, attributions=len(items), anonymous=anonn, denials=sum(den.values()))
    produced = set(labels["annotatorFiles"]) | set(labels["annotatorFiles"].values())
    for sub in ("text", "attributions"):
        for name in os.listdir(os.path.join(HERE, sub)):
            if name not in produced:
                os.remove(os.path.join(HERE, sub, name))
                print("removed stale", sub + "/" + name)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(dict(totals))


def gold_to_jsonl(dest):
    """Re-read the written .ann files and labels.json and write them as predictions in the
    JSON Lines format of ../shared/eval/FORMAT.md (for the self-check with score_attributions.py).
    Every T span is checked against the text on disk; cue and source offsets must agree with labels.json."""
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    with open(dest, "w", encoding="utf-8") as out:
        for art, lab in sorted(labels["articles"].items()):
            text = open(os.path.join(HERE, "text", art), encoding="utf-8").read()
            spans, events = {}, []
            for line in open(os.path.join(HERE, "attributions", labels["annotatorFiles"][art]), encoding="utf-8"):
                parts = line.rstrip("\n").split("\t")
                if parts[0].startswith("T"):
                    kind, offs = parts[1].split(" ", 1)
                    pieces = [tuple(map(int, p.split())) for p in offs.split(";")]
                    assert " ".join(text[a:b] for a, b in pieces) == parts[2], (art, parts[0])
                    spans[parts[0]] = pieces
                elif parts[0].startswith("E"):
                    events.append((parts[0], dict(r.split(":") for r in parts[1].split())))
            labs = {l["e"]: l for l in lab["attributions"]}
            assert len(labs) == len(events)
            d = lambda s: {"start": s[0], "end": s[1], "text": text[s[0]:s[1]]} if s else None
            atts = []
            for e, roles in events:
                l = labs[e]
                cue = spans[roles["Cue"]][0]
                src = spans[roles["Source"]][0] if "Source" in roles else None
                assert (l["cue"]["start"], l["cue"]["end"]) == cue
                assert (src is None and l["source"] is None) or (l["source"]["start"], l["source"]["end"]) == src
                cont = spans[roles["Content"]] if "Content" in roles else None
                atts.append({"cue": d(cue), "source": d(src),
                             "content": d((cont[0][0], cont[-1][1])) if cont else None,
                             "sourceKind": l["sourceKind"], "anonymous": l["anonymous"], "denial": l["denial"]})
            out.write(json.dumps({"path": "heldout49/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


# ---- ARTICLES GO HERE: article("outlet-slug", "YYYY-MM-DD", "slug", "Title", [paragraphs...], [A(...), ...]) ----

# ---------------------------------------------------------------------------------------------
# taifa-mirror: Kenyan national daily, county-government desk (curly double quotes)
# ---------------------------------------------------------------------------------------------
article("taifa-mirror", "2025-03-11", "mwangaza-road-tender-row",
    "Mwangaza MCAs question Sh480m road tender as county boss cries foul",
    [
        "Members of the Mwangaza County Assembly have demanded answers over a Sh480 million tender for the rehabilitation of the 23-kilometre Kanyoni–Ithiru road, with some MCAs claiming the contract went to a firm with links to a senior officer in the county executive.",
        "According to documents seen by the Mirror, the tender was advertised for only seven days instead of the statutory 14, and the winning bid was Sh112 million higher than the engineer’s estimate.",
        "“This road was last done in 2019. Why are we paying for it again at nearly double the price?” Kanyoni Ward MCA Joseph Gitonga asked during a heated session on Tuesday.",
        "Mr Gitonga, who chairs the assembly’s roads and transport committee, said the committee would summon Roads executive Esther Ndung’u and the chief officer in charge of procurement next week. He believes the county could have saved “not less than Sh100 million” had the tender been open.",
        "It has emerged that the winning firm, Brightstone Civil Works Ltd, was registered only four months before the tender was advertised. Its two directors share a postal address in Ithiru town with a relative of a chief officer, according to company records.",
        "Sources at the county assembly told the Mirror that at least 17 of the 31 MCAs had signed a petition seeking Ms Ndung’u’s removal. The petition had not been tabled by Monday evening.",
        "“We are not going to sit and watch public money being looted in broad daylight. If the CEC cannot explain herself, she must go home,” said one of the MCAs, who asked not to be named because the petition is yet to be formally presented. “Those of us who have signed are ready for whatever comes,” the MCA added.",
        "Assembly Speaker Ruth Chebet told the Mirror she had not received any petition but would follow the standing orders if one was tabled.",
        "In a statement seen by the Mirror, Ms Ndung’u denied any wrongdoing, saying the tender was “above board” and had been vetted by the county attorney. “These are politically motivated attacks meant to settle scores ahead of the 2027 elections,” she said, adding that procurement rules had been “followed to the letter”.",
        "Speaking at a funeral in Ithiru on Saturday, Governor Daniel Maina insisted his administration had “zero tolerance” for graft. The county boss said MCAs with evidence should take it to investigators “instead of making noise in the chamber”.",
        "The county boss’s office did not respond to calls and text messages on Monday. Brightstone’s lawyer, Mr Peter Omondi Were, could not be reached. The anti-graft commission is reportedly looking into the matter.",
        "Residents who spoke to the Mirror in Ithiru said the road had become impassable during the long rains. “Boda boda riders now charge Sh300 for a trip that used to cost Sh100,” said Mary Wanjiku, a vegetable trader.",
    ],
    [
        A("some MCAs [[claiming]] the contract", "with [[some MCAs]] claiming",
          "claiming [[the contract went to a firm with links to a senior officer in the county executive]].", kind="vague"),
        A("[[According to]] documents seen", "According to [[documents seen by the Mirror]], the tender",
          "the Mirror, [[the tender was advertised for only seven days instead of the statutory 14, and the winning bid was Sh112 million higher than the engineer’s estimate]].", kind="document"),
        A("Joseph Gitonga [[asked]] during", "price?” [[Kanyoni Ward MCA Joseph Gitonga]] asked",
          "[[“This road was last done in 2019. Why are we paying for it again at nearly double the price?”]] Kanyoni", kind="person"),
        A("transport committee, [[said]] the committee", "[[Mr Gitonga]], who chairs",
          "said [[the committee would summon Roads executive Esther Ndung’u and the chief officer in charge of procurement next week]].", kind="person"),
        A("He [[believes]] the county", "[[He]] believes the county",
          "believes [[the county could have saved “not less than Sh100 million” had the tender been open]].", kind="pronoun", res="person"),
        A("[[It has emerged]] that", None,
          "It has emerged [[that the winning firm, Brightstone Civil Works Ltd, was registered only four months before the tender was advertised]]."),
        A("officer, [[according to]] company records", "according to [[company records]].",
          "[[Its two directors share a postal address in Ithiru town with a relative of a chief officer]], according", kind="document"),
        A("assembly [[told]] the Mirror that at least", "[[Sources at the county assembly]] told",
          "the Mirror [[that at least 17 of the 31 MCAs had signed a petition seeking Ms Ndung’u’s removal]].",
          kind="anonymous", spec="described", reason=False),
        A("go home,” [[said]] one of the MCAs", "said [[one of the MCAs]], who asked",
          "[[“We are not going to sit and watch public money being looted in broad daylight. If the CEC cannot explain herself, she must go home,”]] said",
          kind="anonymous", spec="described", reason=True),
        A("the MCA [[added]].", "[[the MCA]] added.",
          "[[“Those of us who have signed are ready for whatever comes,”]] the MCA",
          kind="anonymous", spec="described", reason=True),
        A("Ruth Chebet [[told]] the Mirror", "[[Assembly Speaker Ruth Chebet]] told",
          "the Mirror [[she had not received any petition but would follow the standing orders if one was tabled]].", kind="person"),
        A("Ndung’u [[denied]] any", "Mirror, [[Ms Ndung’u]] denied", "denied [[any wrongdoing]],",
          kind="person", denial="denial", channel="statement"),
        A("wrongdoing, [[saying]] the tender", "Mirror, [[Ms Ndung’u]] denied",
          "saying [[the tender was “above board” and had been vetted by the county attorney]].",
          kind="person", denial="denial", channel="statement"),
        A("elections,” she [[said]], adding", "elections,” [[she]] said, adding",
          "[[“These are politically motivated attacks meant to settle scores ahead of the 2027 elections,”]] she",
          kind="pronoun", res="person", denial="dismissal"),
        A("said, [[adding]] that procurement", "elections,” [[she]] said, adding",
          "adding [[that procurement rules had been “followed to the letter”]].",
          kind="pronoun", res="person", denial="denial"),
        A("Maina [[insisted]] his", "Saturday, [[Governor Daniel Maina]] insisted",
          "insisted [[his administration had “zero tolerance” for graft]].", kind="person"),
        A("The county boss [[said]] MCAs", "[[The county boss]] said MCAs",
          "said [[MCAs with evidence should take it to investigators “instead of making noise in the chamber”]].", kind="person"),
        A("office [[did not respond to calls and text messages]] on Monday", "[[The county boss’s office]] did not",
          None, kind="organization", denial="no-response"),
        A("Were, [[could not be reached]].", "[[Brightstone’s lawyer, Mr Peter Omondi Were]], could",
          None, kind="person", denial="no-response"),
        A("commission is [[reportedly]] looking", None,
          ["[[The anti-graft commission is]] reportedly", "reportedly [[looking into the matter]]."]),
        A("in Ithiru [[said]] the road", "[[Residents who spoke to the Mirror in Ithiru]] said",
          "said [[the road had become impassable during the long rains]].", kind="vague"),
        A("Sh100,” [[said]] Mary", "said [[Mary Wanjiku, a vegetable trader]].",
          "[[“Boda boda riders now charge Sh300 for a trip that used to cost Sh100,”]] said", kind="person"),
    ])

article("taifa-mirror", "2025-06-19", "lamuru-nurses-salary-arrears",
    "Lamuru nurses down tools over three months’ salary arrears",
    [
        "Services at Lamuru County Referral Hospital were paralysed on Wednesday after more than 400 nurses downed their tools, saying they had not been paid since March.",
        "National Nurses Guild Lamuru branch secretary Mr Geoffrey Kibet Rotich told the Mirror the strike would continue until every member was paid in full. “Our members are borrowing fare to come to work. Some have been thrown out of their houses,” he said.",
        "Patients were turned away from the maternity and outpatient wings, and relatives said at least two women in labour were referred to a mission hospital 40 kilometres away on Tuesday night.",
        "“The nurse said there was nobody to attend to us and we should go to a private hospital. Where will I get Sh40,000?” said Ms Beatrice Chelangat, whose son was sent home with a fractured leg in a temporary splint.",
        "The county government has blamed the delays on late disbursement of funds from the National Treasury. In a statement on Wednesday, Health executive Dr Caroline Atieno said the county was owed Sh1.2 billion in equitable share for the current financial year.",
        "But a report by the Controller of Budget for the nine months to March shows the county spent Sh86 million on foreign travel and hospitality over the same period.",
        "A senior official in the county finance department, who was not authorised to speak to the media, said some of the money meant for salaries had been “parked” in a special account. “Every month the list of priorities changes, and salaries are never at the top,” the official said.",
        "Finance executive Mr Samuel Ole Sankale dismissed the claims as “gossip from disgruntled officers” and denied that any salary funds had been diverted. “Every shilling is accounted for. Nothing has been moved,” Mr Sankale told the Mirror by phone.",
        "It has emerged that the county also owes the nurses’ pension scheme Sh310 million in unremitted deductions, according to a letter from the scheme’s trustees seen by the Mirror.",
        "The hospital’s medical superintendent, Dr Abdi Hassan Noor, declined to comment.",
        "Governor Grace Chepkoech is expected to meet union officials on Friday, it is understood. Sources at the county headquarters said the county boss was considering a bank overdraft to pay at least one month’s arrears.",
        "Health committee chairperson Ms Lilian Jepkosgei accused the executive of “misplaced priorities” and said the assembly would not approve any supplementary budget “until nurses are paid”.",
        "Mr Rotich warned that the strike could spread to clinical officers and laboratory staff by next week. A spokesperson for the National Treasury did not respond to a request for comment.",
    ],
    [
        A("their tools, [[saying]] they", "after [[more than 400 nurses]] downed",
          "saying [[they had not been paid since March]].", kind="vague"),
        A("Rotich [[told]] the Mirror the strike", "[[National Nurses Guild Lamuru branch secretary Mr Geoffrey Kibet Rotich]] told",
          "the Mirror [[the strike would continue until every member was paid in full]].", kind="person"),
        A("houses,” he [[said]].", "houses,” [[he]] said.",
          "[[“Our members are borrowing fare to come to work. Some have been thrown out of their houses,”]] he", kind="pronoun", res="person"),
        A("relatives [[said]] at least", "and [[relatives]] said",
          "said [[at least two women in labour were referred to a mission hospital 40 kilometres away on Tuesday night]].", kind="vague"),
        A("“The nurse [[said]] there", "“[[The nurse]] said there",
          "The nurse said [[there was nobody to attend to us and we should go to a private hospital]].", kind="vague"),
        A("Sh40,000?” [[said]] Ms", "said [[Ms Beatrice Chelangat]], whose",
          "[[“The nurse said there was nobody to attend to us and we should go to a private hospital. Where will I get Sh40,000?”]] said", kind="person"),
        A("government [[has blamed]] the delays", "[[The county government]] has blamed",
          "has blamed [[the delays on late disbursement of funds from the National Treasury]].", kind="organization"),
        A("Caroline Atieno [[said]] the county", "Wednesday, [[Health executive Dr Caroline Atieno]] said",
          "said [[the county was owed Sh1.2 billion in equitable share for the current financial year]].", kind="person", channel="statement"),
        A("to March [[shows]] the county", "But [[a report by the Controller of Budget for the nine months to March]] shows",
          "shows [[the county spent Sh86 million on foreign travel and hospitality over the same period]].", kind="document"),
        A("to the media, [[said]] some", "[[A senior official in the county finance department]], who",
          "said [[some of the money meant for salaries had been “parked” in a special account]].",
          kind="anonymous", spec="described", reason=True),
        A("the official [[said]].", "[[the official]] said.",
          "[[“Every month the list of priorities changes, and salaries are never at the top,”]] the official",
          kind="anonymous", spec="described", reason=True),
        A("Sankale [[dismissed]] the claims", "[[Finance executive Mr Samuel Ole Sankale]] dismissed",
          "dismissed [[the claims]] as", kind="person", denial="dismissal"),
        A("and [[denied]] that any salary", "[[Finance executive Mr Samuel Ole Sankale]] dismissed",
          "denied [[that any salary funds had been diverted]].", kind="person", denial="denial"),
        A("Mr Sankale [[told]] the Mirror by phone", "moved,” [[Mr Sankale]] told",
          "[[“Every shilling is accounted for. Nothing has been moved,”]] Mr Sankale", kind="person", denial="denial", channel="phone"),
        A("[[It has emerged]] that the county also", None,
          "It has emerged [[that the county also owes the nurses’ pension scheme Sh310 million in unremitted deductions]], according"),
        A("deductions, [[according to]] a letter", "according to [[a letter from the scheme’s trustees seen by the Mirror]].",
          "that [[the county also owes the nurses’ pension scheme Sh310 million in unremitted deductions]], according", kind="document"),
        A("Noor, [[declined to comment]].", "[[The hospital’s medical superintendent, Dr Abdi Hassan Noor]], declined",
          None, kind="person", denial="no-comment"),
        A("Chepkoech [[is expected]] to meet", None,
          ["[[Governor Grace Chepkoech]] is expected", "is expected [[to meet union officials on Friday]], it is"]),
        A("on Friday, [[it is understood]].", None,
          "[[Governor Grace Chepkoech is expected to meet union officials on Friday]], it is understood"),
        A("headquarters [[said]] the county boss", "[[Sources at the county headquarters]] said",
          "said [[the county boss was considering a bank overdraft to pay at least one month’s arrears]].",
          kind="anonymous", spec="described", reason=False),
        A("Jepkosgei [[accused]] the executive", "[[Health committee chairperson Ms Lilian Jepkosgei]] accused",
          "accused [[the executive of “misplaced priorities”]] and", kind="person"),
        A("priorities” and [[said]] the assembly", "[[Health committee chairperson Ms Lilian Jepkosgei]] accused",
          "said [[the assembly would not approve any supplementary budget “until nurses are paid”]].", kind="person"),
        A("Mr Rotich [[warned]] that", "[[Mr Rotich]] warned",
          "warned [[that the strike could spread to clinical officers and laboratory staff by next week]].", kind="person"),
        A("Treasury [[did not respond to a request for comment]].", "[[A spokesperson for the National Treasury]] did not",
          None, kind="organization", denial="no-response"),
    ])

article("taifa-mirror", "2025-09-02", "kiboko-mwembeni-market-demolitions",
    "Kiboko traders cry foul as county pulls down Mwembeni market stalls",
    [
        "Hundreds of traders at Kiboko town’s Mwembeni market spent Monday night guarding what was left of their stalls after county askaris pulled down more than 60 kiosks. The county says the operation is meant to reclaim grabbed public land.",
        "“We were given no notice. They came at 4am with lorries and took everything, even our weighing scales,” said Ms Halima Abdallah Juma, who has sold fish at the market for 18 years.",
        "Traders claim the demolitions are linked to plans by a private developer to put up a shopping mall on the 2.4-acre plot. According to documents seen by the Mirror, a title deed for the land was issued in 2021 to Tenshi Holdings Ltd, a company whose directors include a former county lands officer.",
        "Lands executive Mr Bernard Kahindi Mwamburi said the title was “fraudulently acquired” and that the county had moved to court to have it revoked. “That land was set aside for a public market in 1987. We have the minutes and the survey plans,” he told journalists at the county headquarters.",
        "In a letter to the county dated August 28, lawyers for Tenshi Holdings denied the claims, saying the company bought the land from a private individual and “followed every procedure”. The letter, seen by the Mirror, also says a High Court order issued in July barred any interference with the plot. The company’s directors did not pick up calls on Tuesday.",
        "County Secretary Mr Hamisi Chirau declined to answer questions on the court order, referring the Mirror to the Lands department.",
        "Mwembeni Ward MCA Mr Kassim Baya Tsuma said MCAs from the area had not been consulted before the demolitions. In a post on Facebook, he described the operation as “a war on the poor”.",
        "Kiboko police commander Mr Fredrick Otieno Opiyo said officers were deployed only “to keep the peace” and dismissed reports that they had fired teargas at traders as “exaggerated”.",
        "County enforcement director Mr Stephen Mwangangi told the Mirror his officers had acted on “lawful instructions” but declined to say who had issued them.",
        "Governor Omar Hassan Mwinyi is expected to address traders on Thursday. His office said in a brief statement that a modern market would be built at the site “for the benefit of genuine traders”.",
        "Traders’ association chairman Mr Juma Karisa Ngala said the group would not move. “We will sleep here until they show us the title for this market,” he said.",
    ],
    [
        A("The county [[says]] the operation", "[[The county]] says",
          "says [[the operation is meant to reclaim grabbed public land]].", kind="organization"),
        A("scales,” [[said]] Ms Halima", "said [[Ms Halima Abdallah Juma]], who",
          "[[“We were given no notice. They came at 4am with lorries and took everything, even our weighing scales,”]] said", kind="person"),
        A("Traders [[claim]] the demolitions", "[[Traders]] claim the demolitions",
          "claim [[the demolitions are linked to plans by a private developer to put up a shopping mall on the 2.4-acre plot]].", kind="vague"),
        A("[[According to]] documents seen", "According to [[documents seen by the Mirror]], a title",
          "the Mirror, [[a title deed for the land was issued in 2021 to Tenshi Holdings Ltd, a company whose directors include a former county lands officer]].", kind="document"),
        A("Mwamburi [[said]] the title", "[[Lands executive Mr Bernard Kahindi Mwamburi]] said",
          "said [[the title was “fraudulently acquired” and that the county had moved to court to have it revoked]].", kind="person"),
        A("plans,” he [[told]] journalists", "plans,” [[he]] told",
          "[[“That land was set aside for a public market in 1987. We have the minutes and the survey plans,”]] he", kind="pronoun", res="person"),
        A("Holdings [[denied]] the claims", "28, [[lawyers for Tenshi Holdings]] denied",
          "denied [[the claims]], saying", kind="organization", denial="denial", channel="letter"),
        A("claims, [[saying]] the company", "28, [[lawyers for Tenshi Holdings]] denied",
          "saying [[the company bought the land from a private individual and “followed every procedure”]].",
          kind="organization", denial="denial", channel="letter"),
        A("the Mirror, [[also says]] a High Court", "[[The letter]], seen by",
          "also says [[a High Court order issued in July barred any interference with the plot]].", kind="document"),
        A("directors [[did not pick up calls]] on Tuesday", "[[The company’s directors]] did not",
          None, kind="organization", denial="no-response"),
        A("Chirau [[declined to answer questions]] on", "[[County Secretary Mr Hamisi Chirau]] declined",
          None, kind="person", denial="no-comment"),
        A("Tsuma [[said]] MCAs from", "[[Mwembeni Ward MCA Mr Kassim Baya Tsuma]] said",
          "said [[MCAs from the area had not been consulted before the demolitions]].", kind="person"),
        A("he [[described]] the operation", "Facebook, [[he]] described",
          "described [[the operation as “a war on the poor”]].", kind="pronoun", res="person", channel="post"),
        A("Opiyo [[said]] officers", "[[Kiboko police commander Mr Fredrick Otieno Opiyo]] said",
          "said [[officers were deployed only “to keep the peace”]] and", kind="person"),
        A("and [[dismissed]] reports that they", "[[Kiboko police commander Mr Fredrick Otieno Opiyo]] said",
          "dismissed [[reports that they had fired teargas at traders]] as", kind="person", denial="dismissal"),
        A("dismissed [[reports]] that they", None,
          "reports [[that they had fired teargas at traders]] as"),
        A("Mwangangi [[told]] the Mirror his officers", "[[County enforcement director Mr Stephen Mwangangi]] told",
          "the Mirror [[his officers had acted on “lawful instructions”]] but", kind="person"),
        A("but [[declined to say]] who", "[[County enforcement director Mr Stephen Mwangangi]] told",
          "declined to say [[who had issued them]].", kind="person", denial="no-comment"),
        A("Mwinyi [[is expected]] to address", None,
          ["[[Governor Omar Hassan Mwinyi]] is expected", "is expected [[to address traders on Thursday]]."]),
        A("His office [[said]] in a brief", "[[His office]] said in a brief",
          "statement [[that a modern market would be built at the site “for the benefit of genuine traders”]].", kind="organization", channel="statement"),
        A("Ngala [[said]] the group", "[[Traders’ association chairman Mr Juma Karisa Ngala]] said",
          "said [[the group would not move]].", kind="person"),
        A("market,” he [[said]].", "market,” [[he]] said.",
          "[[“We will sleep here until they show us the title for this market,”]] he", kind="pronoun", res="person"),
    ])

# ---------------------------------------------------------------------------------------------
# dispatch-box: Australian state parliamentary press-gallery site (straight double quotes)
# ---------------------------------------------------------------------------------------------
article("dispatch-box", "2025-02-26", "ambulance-ramping-estimates",
    "Ramping hours hit record as Health Minister faces estimates grilling",
    [
        '''Ambulances spent a record 5180 hours ramped outside metropolitan emergency departments in January, Budget estimates heard on Tuesday, as the Health Minister rejected opposition claims the system was "in free fall".''',
        '''Ambulance Service chief executive Mark Pellow told the committee the figure was "unacceptable" and that crews were losing the equivalent of 20 shifts a day waiting to hand over patients.''',
        '''He said the service had asked the Health Department in December for dedicated offload teams at the three worst-affected hospitals and was still waiting for an answer.''',
        '''Health Minister Rachel Kearsley told the hearing the January numbers reflected an "unseasonal" flu outbreak and a spike in heat-related presentations. "I'm not going to pretend these figures are good, but the trend since winter has been down," she said.''',
        '''Shadow health minister Tom Vidovic said the minister had "run out of excuses". "Every summer it's the heat, every winter it's the flu. Meanwhile patients are waiting in the back of ambulances for six hours," he told reporters outside the hearing.''',
        '''The Dispatch Box understands the department has modelled a further 12 per cent rise in ramping over the next financial year if no new beds are opened. A senior bureaucrat in the department, who was not authorised to speak publicly, said the modelling had been presented to the minister's office in November. "It was not a surprise to anyone on the 14th floor," the bureaucrat said.''',
        '''A spokeswoman for the minister said the office "does not comment on leaked internal documents". She added that Ms Kearsley was briefed regularly on "a range of scenarios".''',
        '''Premier Andrew Callis told parliament on Wednesday that the government's $1.4 billion hospitals package would add 320 beds by mid-2026. It is understood cabinet's expenditure review committee will consider an interim offload plan next month.''',
        '''Paramedics' union state secretary Leanne Brodie said in a statement that members had been "sold a promise" at the last election and were leaving for interstate services. Critics of the package argue most of the new beds will not open until after the next election.''',
        '''Opposition Leader Gemma Rourke posted on X that the figures were "a disgrace", while crossbench MP Nadia Haddad said she would move for a parliamentary inquiry into ramping.''',
        '''The minister's office did not respond when asked whether the offload teams would be funded. Under questioning, department secretary Helen Moraitis acknowledged that no money had been allocated "as yet". She suggested the department might be able to "reprioritise" within existing budgets.''',
    ],
    [
        A('''January, Budget estimates [[heard]] on Tuesday''', '''January, [[Budget estimates]] heard''',
          '''[[Ambulances spent a record 5180 hours ramped outside metropolitan emergency departments in January]], Budget''', kind="organization"),
        A('''Minister [[rejected]] opposition''', '''as [[the Health Minister]] rejected''',
          '''rejected [[opposition claims the system was "in free fall"]].''', kind="person", denial="denial"),
        A('''opposition [[claims]] the system''', '''rejected [[opposition]] claims''',
          '''claims [[the system was "in free fall"]].''', kind="organization"),
        A('''Mark Pellow [[told]] the committee''', '''[[Ambulance Service chief executive Mark Pellow]] told''',
          '''the committee [[the figure was "unacceptable" and that crews were losing the equivalent of 20 shifts a day waiting to hand over patients]].''', kind="person"),
        A('''He [[said]] the service''', '''[[He]] said the service''',
          '''He said [[the service had asked the Health Department in December for dedicated offload teams at the three worst-affected hospitals and was still waiting for an answer]].''', kind="pronoun", res="person"),
        A('''Kearsley [[told]] the hearing''', '''[[Health Minister Rachel Kearsley]] told''',
          '''the hearing [[the January numbers reflected an "unseasonal" flu outbreak and a spike in heat-related presentations]].''', kind="person"),
        A('''been down," she [[said]].''', '''been down," [[she]] said.''',
          '''[["I'm not going to pretend these figures are good, but the trend since winter has been down,"]] she''', kind="pronoun", res="person"),
        A('''Vidovic [[said]] the minister''', '''[[Shadow health minister Tom Vidovic]] said''',
          '''said [[the minister had "run out of excuses"]].''', kind="person"),
        A('''he [[told]] reporters outside''', '''hours," [[he]] told reporters''',
          '''[["Every summer it's the heat, every winter it's the flu. Meanwhile patients are waiting in the back of ambulances for six hours,"]] he''', kind="pronoun", res="person"),
        A('''Box [[understands]] the department''', '''[[The Dispatch Box]] understands the department''',
          '''understands [[the department has modelled a further 12 per cent rise in ramping over the next financial year if no new beds are opened]].''', kind="self"),
        A('''publicly, [[said]] the modelling''', '''[[A senior bureaucrat in the department]], who''',
          '''said [[the modelling had been presented to the minister's office in November]].''',
          kind="anonymous", spec="described", reason=True),
        A('''the bureaucrat [[said]].''', '''[[the bureaucrat]] said.''',
          '''[["It was not a surprise to anyone on the 14th floor,"]] the bureaucrat''',
          kind="anonymous", spec="described", reason=True),
        A('''minister [[said]] the office''', '''[[A spokeswoman for the minister]] said''',
          '''said [[the office "does not comment on leaked internal documents"]].''', kind="organization", denial="no-comment"),
        A('''She [[added]] that''', '''[[She]] added that''',
          '''added [[that Ms Kearsley was briefed regularly on "a range of scenarios"]].''', kind="pronoun", res="organization"),
        A('''Callis [[told]] parliament on Wednesday''', '''[[Premier Andrew Callis]] told parliament on Wednesday''',
          '''on Wednesday [[that the government's $1.4 billion hospitals package would add 320 beds by mid-2026]].''', kind="person"),
        A('''[[It is understood]] cabinet''', None,
          '''It is understood [[cabinet's expenditure review committee will consider an interim offload plan next month]].'''),
        A('''Brodie [[said]] in a statement''', '''[[Paramedics' union state secretary Leanne Brodie]] said''',
          '''statement [[that members had been "sold a promise" at the last election and were leaving for interstate services]].''', kind="person", channel="statement"),
        A('''package [[argue]] most''', '''[[Critics of the package]] argue''',
          '''argue [[most of the new beds will not open until after the next election]].''', kind="vague"),
        A('''Rourke [[posted]] on X''', '''[[Opposition Leader Gemma Rourke]] posted''',
          '''on X [[that the figures were "a disgrace"]],''', kind="person", channel="post"),
        A('''Haddad [[said]] she would''', '''while [[crossbench MP Nadia Haddad]] said''',
          '''said [[she would move for a parliamentary inquiry into ramping]].''', kind="person"),
        A('''office [[did not respond]] when asked''', '''[[The minister's office]] did not respond''',
          None, kind="organization", denial="no-response"),
        A('''Moraitis [[acknowledged]] that''', '''questioning, [[department secretary Helen Moraitis]] acknowledged''',
          '''acknowledged [[that no money had been allocated "as yet"]].''', kind="person"),
        A('''She [[suggested]] the department''', '''[[She]] suggested''',
          '''suggested [[the department might be able to "reprioritise" within existing budgets]].''', kind="pronoun", res="person"),
    ])

article("dispatch-box", "2025-05-14", "northern-line-tunnel-blowout",
    "Premier defends Northern Line tunnel as Auditor-General flags $2.3 billion blowout",
    [
        '''The cost of the Northern Line rail tunnel has blown out by $2.3 billion and its opening has slipped to late 2029, Auditor-General Margaret Toohey has found. Her report also criticises the Transport Department for failing to tell cabinet about the overrun for almost a year.''',
        '''The 9.6-kilometre tunnel, first budgeted before the 2019 election at $4.1 billion, is the centrepiece of the government's northern transport plan. Its two boring machines reached the halfway point at Kellerton in February, six months behind schedule.''',
        '''The report, tabled on Tuesday, found the department's monthly updates to the Treasurer described the project as "on track" until March 2024, months after the main contractor had lodged claims for an extra $1.1 billion.''',
        '''Premier Andrew Callis insisted the project remained "the right call for the north". "Nobody is happy about the cost. But you don't stop building a tunnel halfway through," he told parliament during question time.''',
        '''Treasurer Simone Ashdown said the overrun had been "fully provisioned" in last year's budget and dismissed the opposition's claim that the state's credit rating was at risk as "scaremongering".''',
        '''Shadow treasurer Peter Lindqvist said the report showed the government had "deliberately kept cabinet in the dark". "If a private company did this, the board would be sacked," he said.''',
        '''The Dispatch Box understands at least two ministers raised concerns about the project's contingency in expenditure review committee meetings in 2023. A senior government source, speaking on condition of anonymity to discuss cabinet deliberations, said the concerns were "noted and parked".''',
        '''A spokeswoman for Transport Minister Luke Ferraro said the minister had acted on the Auditor-General's recommendations "as soon as they were received". Mr Ferraro declined to be interviewed.''',
        '''The contractor consortium, Tunnelink, declined to comment on the report's findings, citing commercial negotiations. Its parent company told the stock exchange in March it expected to recover "the majority" of the disputed costs.''',
        '''Crossbench MP Nadia Haddad, whose electorate sits above the tunnel's northern section, said residents had been told in 2021 that construction would finish "before the kids finish primary school". "Those kids are in high school now," she said.''',
        '''Question time was suspended briefly on Tuesday afternoon after opposition MPs held up copies of the report. The government is expected to release a revised business case for the project before the June budget, and the estimates committee will go through the project's contingency line by line when parliament resumes on May 27.''',
    ],
    [
        A('''Toohey [[has found]].''', '''[[Auditor-General Margaret Toohey]] has found''',
          '''[[The cost of the Northern Line rail tunnel has blown out by $2.3 billion and its opening has slipped to late 2029]], Auditor-General''', kind="person"),
        A('''report also [[criticises]] the''', '''[[Her report]] also criticises''',
          '''criticises [[the Transport Department for failing to tell cabinet about the overrun for almost a year]].''', kind="document"),
        A('''on Tuesday, [[found]] the department's''', '''[[The report]], tabled''',
          '''found [[the department's monthly updates to the Treasurer described the project as "on track" until March 2024, months after the main contractor had lodged claims for an extra $1.1 billion]].''', kind="document"),
        A('''Treasurer [[described]] the project''', '''found [[the department's monthly updates to the Treasurer]] described''',
          '''described [[the project as "on track"]] until''', kind="document"),
        A('''Callis [[insisted]] the project''', '''[[Premier Andrew Callis]] insisted''',
          '''insisted [[the project remained "the right call for the north"]].''', kind="person"),
        A('''he [[told]] parliament during''', '''halfway through," [[he]] told''',
          '''[["Nobody is happy about the cost. But you don't stop building a tunnel halfway through,"]] he''', kind="pronoun", res="person"),
        A('''Ashdown [[said]] the overrun''', '''[[Treasurer Simone Ashdown]] said''',
          '''said [[the overrun had been "fully provisioned" in last year's budget]] and''', kind="person"),
        A('''budget and [[dismissed]] the opposition's''', '''[[Treasurer Simone Ashdown]] said''',
          '''dismissed [[the opposition's claim that the state's credit rating was at risk]] as''', kind="person", denial="dismissal"),
        A('''opposition's [[claim]] that''', '''dismissed [[the opposition]]'s claim''',
          '''claim [[that the state's credit rating was at risk]] as''', kind="organization"),
        A('''Lindqvist [[said]] the report''', '''[[Shadow treasurer Peter Lindqvist]] said''',
          '''Lindqvist said [[the report showed the government had "deliberately kept cabinet in the dark"]].''', kind="person"),
        A('''the report [[showed]] the government''', '''said [[the report]] showed''',
          '''showed [[the government had "deliberately kept cabinet in the dark"]].''', kind="document"),
        A('''be sacked," he [[said]].''', '''be sacked," [[he]] said.''',
          '''[["If a private company did this, the board would be sacked,"]] he''', kind="pronoun", res="person"),
        A('''Box [[understands]] at least''', '''[[The Dispatch Box]] understands at least''',
          '''understands [[at least two ministers raised concerns about the project's contingency in expenditure review committee meetings in 2023]].''', kind="self"),
        A('''ministers [[raised concerns about]] the project's''', '''understands [[at least two ministers]] raised''',
          '''raised concerns about [[the project's contingency]] in''', kind="anonymous", spec="described", reason=False),
        A('''deliberations, [[said]] the concerns''', '''[[A senior government source]], speaking''',
          '''said [[the concerns were "noted and parked"]].''', kind="anonymous", spec="described", reason=True),
        A('''Ferraro [[said]] the minister''', '''[[A spokeswoman for Transport Minister Luke Ferraro]] said''',
          '''said [[the minister had acted on the Auditor-General's recommendations "as soon as they were received"]].''', kind="organization"),
        A('''Mr Ferraro [[declined to be interviewed]].''', '''[[Mr Ferraro]] declined''',
          None, kind="person", denial="no-comment"),
        A('''Tunnelink, [[declined to comment]] on''', '''[[The contractor consortium, Tunnelink]], declined''',
          None, kind="organization", denial="no-comment"),
        A('''findings, [[citing]] commercial''', '''[[The contractor consortium, Tunnelink]], declined''',
          '''citing [[commercial negotiations]].''', kind="organization"),
        A('''parent company [[told]] the stock exchange''', '''[[Its parent company]] told''',
          '''in March [[it expected to recover "the majority" of the disputed costs]].''', kind="organization"),
        A('''it [[expected]] to recover''', '''March [[it]] expected''',
          '''expected [[to recover "the majority" of the disputed costs]].''', kind="pronoun", res="organization"),
        A('''section, [[said]] residents''', '''[[Crossbench MP Nadia Haddad]], whose''',
          '''said [[residents had been told in 2021 that construction would finish "before the kids finish primary school"]].''', kind="person"),
        A('''residents [[had been told]] in 2021''', None,
          '''in 2021 [[that construction would finish "before the kids finish primary school"]].'''),
        A('''high school now," she [[said]].''', '''high school now," [[she]] said.''',
          '''[["Those kids are in high school now,"]] she''', kind="pronoun", res="person"),
        A('''government [[is expected]] to release''', None,
          ['''[[The government]] is expected''', '''is expected [[to release a revised business case for the project before the June budget]], and''']),
    ])

article("dispatch-box", "2025-08-07", "corrong-dam-senate-estimates",
    "Senate estimates hears state never lodged formal bid for Corrong Dam money",
    [
        '''The state government never lodged a formal application for $640 million in federal funding to upgrade the Corrong Dam, Senate estimates heard on Monday, contradicting repeated claims by the Premier that Canberra had "sat on" the request for two years. The dam supplies about 1900 irrigators and three towns in the state's north-west.''',
        '''Federal water department deputy secretary Alison Marchetti told the committee officials had held "a number of constructive conversations" with their state counterparts, but "no application, in the form the program requires, has been received".''',
        '''Under questioning from Senator Kim Talbot, Ms Marchetti acknowledged the department had received a letter from the state's Water Minister in 2023, but said it "did not meet the threshold" of a funding proposal.''',
        '''State Water Minister Craig Dunleavy rejected that account. "We sent a full business case, signed by me, in September 2023. If the Commonwealth has lost it, that's their problem," he said in a statement.''',
        '''The Dispatch Box has seen a copy of the September 2023 letter. It describes the dam upgrade as "a priority for the state" and refers to a business case "to follow", but it does not include costings.''',
        '''A spokeswoman for Mr Dunleavy said the business case had been "provided through the appropriate channels" and the department was "happy to resend it". She did not say when it had been sent or to whom.''',
        '''Premier Andrew Callis has repeatedly accused the federal government of ignoring regional water security. He told parliament last month that the state had "done everything asked of it".''',
        '''It is understood the Premier's office learned of the department's evidence only on Monday morning. A state government source said there was "genuine confusion" between the two departments over what counted as an application. "Nobody wants to be the one who dropped the ball, so everyone is saying the other side lost the paperwork," the source said. Separately, sources said officials from the two departments had not met since April.''',
        '''Shadow water minister Fiona Gallagher said irrigators had been "left as collateral damage in a paper war". The Corrong Valley Irrigators' Council warned in a post on X that allocations could be cut by a third next season if the upgrade was not funded.''',
        '''Federal Water Minister Jasper Nguyen's office declined to comment, referring questions to the department. The Corrong Advocate reported last week that federal officials had quietly moved $200 million from the program to other projects.''',
        '''Senator Talbot said she would ask the Commonwealth's auditor to examine how the program had been run.''',
    ],
    [
        A('''Dam, Senate estimates [[heard]] on Monday''', '''Dam, [[Senate estimates]] heard''',
          '''[[The state government never lodged a formal application for $640 million in federal funding to upgrade the Corrong Dam]], Senate''', kind="organization"),
        A('''repeated [[claims]] by the Premier''', '''claims by [[the Premier]] that''',
          '''the Premier [[that Canberra had "sat on" the request for two years]].''', kind="person"),
        A('''Marchetti [[told]] the committee''', '''[[Federal water department deputy secretary Alison Marchetti]] told''',
          '''the committee [[officials had held "a number of constructive conversations" with their state counterparts, but "no application, in the form the program requires, has been received"]].''', kind="person"),
        A('''Ms Marchetti [[acknowledged]] the''', '''Talbot, [[Ms Marchetti]] acknowledged''',
          '''acknowledged [[the department had received a letter from the state's Water Minister in 2023]], but''', kind="person"),
        A('''2023, but [[said]] it "did''', '''Talbot, [[Ms Marchetti]] acknowledged''',
          '''said [[it "did not meet the threshold" of a funding proposal]].''', kind="person"),
        A('''Dunleavy [[rejected]] that account''', '''[[State Water Minister Craig Dunleavy]] rejected''',
          '''rejected [[that account]].''', kind="person", denial="denial"),
        A('''problem," he [[said]] in a statement''', '''problem," [[he]] said''',
          '''[["We sent a full business case, signed by me, in September 2023. If the Commonwealth has lost it, that's their problem,"]] he''',
          kind="pronoun", res="person", denial="denial", channel="statement"),
        A('''It [[describes]] the dam''', '''[[It]] describes''',
          '''describes [[the dam upgrade as "a priority for the state"]] and''', kind="pronoun", res="document"),
        A('''and [[refers to]] a business case''', '''[[It]] describes''',
          '''refers to [[a business case "to follow"]], but''', kind="pronoun", res="document"),
        A('''Dunleavy [[said]] the business case''', '''[[A spokeswoman for Mr Dunleavy]] said''',
          '''said [[the business case had been "provided through the appropriate channels" and the department was "happy to resend it"]].''',
          kind="organization", denial="denial"),
        A('''She [[did not say]] when''', '''[[She]] did not say''',
          '''did not say [[when it had been sent or to whom]].''', kind="pronoun", res="organization", denial="no-comment"),
        A('''Callis [[has repeatedly accused]] the federal''', '''[[Premier Andrew Callis]] has repeatedly''',
          '''accused [[the federal government of ignoring regional water security]].''', kind="person"),
        A('''He [[told]] parliament last month''', '''[[He]] told parliament last month''',
          '''last month [[that the state had "done everything asked of it"]].''', kind="pronoun", res="person"),
        A('''[[It is understood]] the Premier's''', None,
          '''It is understood [[the Premier's office learned of the department's evidence only on Monday morning]].'''),
        A('''source [[said]] there was''', '''[[A state government source]] said''',
          '''said [[there was "genuine confusion" between the two departments over what counted as an application]].''',
          kind="anonymous", spec="described", reason=False),
        A('''everyone [[is saying]] the other''', '''so [[everyone]] is saying''',
          '''is saying [[the other side lost the paperwork]],"''', kind="vague"),
        A('''the source [[said]].''', '''[[the source]] said.''',
          '''[["Nobody wants to be the one who dropped the ball, so everyone is saying the other side lost the paperwork,"]] the source''',
          kind="anonymous", spec="described", reason=False),
        A('''sources [[said]] officials''', '''Separately, [[sources]] said''',
          '''said [[officials from the two departments had not met since April]].''', kind="anonymous", spec="vague", reason=False),
        A('''Gallagher [[said]] irrigators''', '''[[Shadow water minister Fiona Gallagher]] said''',
          '''said [[irrigators had been "left as collateral damage in a paper war"]].''', kind="person"),
        A('''Council [[warned]] in a post''', '''[[The Corrong Valley Irrigators' Council]] warned''',
          '''on X [[that allocations could be cut by a third next season if the upgrade was not funded]].''', kind="organization", channel="post"),
        A('''office [[declined to comment]], referring''', '''[[Federal Water Minister Jasper Nguyen's office]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''Advocate [[reported]] last week''', '''[[The Corrong Advocate]] reported''',
          '''last week [[that federal officials had quietly moved $200 million from the program to other projects]].''', kind="outlet"),
        A('''Talbot [[said]] she would''', '''[[Senator Talbot]] said''',
          '''said [[she would ask the Commonwealth's auditor to examine how the program had been run]].''', kind="person"),
    ])

# ---------------------------------------------------------------------------------------------
# payer-provider-brief: US healthcare trade newsletter (straight double quotes, single inside)
# ---------------------------------------------------------------------------------------------
article("payer-provider-brief", "2025-04-08", "halvern-crestline-contract-standoff",
    "Halvern Health, Crestline Mutual trade barbs as contract deadline nears",
    [
        '''Halvern Health's 11 hospitals and 240 clinics could go out of network for about 380,000 Crestline Mutual commercial members on May 1 if the two sides fail to reach a new agreement, both organizations said in letters to patients last week. Halvern is the largest employer in four of the Tri-River region's seven counties, and Crestline covers roughly one in three of the region's commercially insured residents.''',
        '''Halvern is seeking rate increases of about 9% a year over three years, according to a person familiar with the negotiations. Crestline has offered roughly 3.5%, the person said.''',
        '''In a March 28 letter to members, Crestline said Halvern's demands would add "more than $140 million" to premiums over the life of the contract and accused the system of "using patients as leverage."''',
        '''Halvern CEO Dr. Marcus Bellweather rejected that characterization. "We're not asking for anything unusual. We're asking to be paid what it costs to keep rural emergency rooms open," he said in an interview. "Crestline's own filings show it just had its most profitable year ever."''',
        '''Crestline reported net income of $612 million for 2024, up from $398 million a year earlier, according to its annual statement filed with the state insurance department.''',
        '''Crestline spokeswoman Dana Whitcombe said the profit figure reflected one-time investment gains. "Our medical costs rose 8% last year. That is the number employers care about," she wrote in an email.''',
        '''Analysts at Brannock Securities wrote in a note to clients Monday that they expected a last-minute deal, noting that Halvern "blinked at the deadline in both 2019 and 2022."''',
        '''This time may be different. A Halvern board member, who asked not to be identified because the talks are confidential, said the system was prepared to stay out of network "for as long as it takes." "The board told management, 'Don't blink this time,'" the board member said.''',
        '''Halvern's most recent cost report filed with CMS shows its operating margin fell to negative 1.8% in fiscal 2024.''',
        '''Crestline CEO Robert Ames told brokers on a call last week that "no provider is too big to walk away from," according to two people who were on the call. Whitcombe did not dispute the remark.''',
        '''The Tri-River Employers Coalition, which represents 60 self-insured businesses, said in a statement it was "deeply concerned" and urged both sides to keep talking. The state insurance department did not return a request for comment on whether it would intervene.''',
    ],
    [
        A('''both organizations [[said]] in letters''', '''agreement, [[both organizations]] said''',
          '''[[Halvern Health's 11 hospitals and 240 clinics could go out of network for about 380,000 Crestline Mutual commercial members on May 1 if the two sides fail to reach a new agreement]], both''',
          kind="organization", channel="letter"),
        A('''three years, [[according to]] a person''', '''according to [[a person familiar with the negotiations]].''',
          '''[[Halvern is seeking rate increases of about 9% a year over three years]], according''',
          kind="anonymous", spec="vague", reason=False),
        A('''the person [[said]].''', '''[[the person]] said.''',
          '''[[Crestline has offered roughly 3.5%]], the person''', kind="anonymous", spec="vague", reason=False),
        A('''Crestline [[said]] Halvern's''', '''members, [[Crestline]] said''',
          '''said [[Halvern's demands would add "more than $140 million" to premiums over the life of the contract]] and''',
          kind="organization", channel="letter"),
        A('''contract and [[accused]] the system''', '''members, [[Crestline]] said''',
          '''accused [[the system of "using patients as leverage."]]''', kind="organization", channel="letter"),
        A('''Bellweather [[rejected]] that''', '''[[Halvern CEO Dr. Marcus Bellweather]] rejected''',
          '''rejected [[that characterization]].''', kind="person", denial="denial"),
        A('''open," he [[said]] in an interview''', '''open," [[he]] said''',
          ['''[["We're not asking for anything unusual. We're asking to be paid what it costs to keep rural emergency rooms open,"]] he''',
           '''interview. [["Crestline's own filings show it just had its most profitable year ever."]]'''],
          kind="pronoun", res="person", denial="denial", channel="interview"),
        A('''own filings [[show]] it just''', '''"[[Crestline's own filings]] show''',
          '''show [[it just had its most profitable year ever]]."''', kind="document"),
        A('''Crestline [[reported]] net income''', '''[[Crestline]] reported net''',
          '''reported [[net income of $612 million for 2024, up from $398 million a year earlier]], according''', kind="organization"),
        A('''earlier, [[according to]] its annual''', '''according to [[its annual statement filed with the state insurance department]].''',
          '''[[Crestline reported net income of $612 million for 2024, up from $398 million a year earlier]], according''', kind="document"),
        A('''Whitcombe [[said]] the profit''', '''[[Crestline spokeswoman Dana Whitcombe]] said''',
          '''said [[the profit figure reflected one-time investment gains]].''', kind="person"),
        A('''she [[wrote]] in an email''', '''care about," [[she]] wrote''',
          '''[["Our medical costs rose 8% last year. That is the number employers care about,"]] she''', kind="pronoun", res="person", channel="email"),
        A('''Securities [[wrote]] in a note''', '''[[Analysts at Brannock Securities]] wrote''',
          '''Monday [[that they expected a last-minute deal]], noting''', kind="organization", channel="note"),
        A('''they [[expected]] a last-minute''', '''that [[they]] expected''',
          '''expected [[a last-minute deal]], noting''', kind="pronoun", res="organization"),
        A('''deal, [[noting]] that Halvern''', '''[[Analysts at Brannock Securities]] wrote''',
          '''noting [[that Halvern "blinked at the deadline in both 2019 and 2022."]]''', kind="organization", channel="note"),
        A('''confidential, [[said]] the system''', '''[[A Halvern board member]], who asked''',
          '''said [[the system was prepared to stay out of network "for as long as it takes."]]''',
          kind="anonymous", spec="described", reason=True),
        A('''"The board [[told]] management''', '''"[[The board]] told management''',
          '''management, [['Don't blink this time,']]"''', kind="organization"),
        A('''the board member [[said]].''', '''[[the board member]] said.''',
          '''[["The board told management, 'Don't blink this time,'"]] the board member''',
          kind="anonymous", spec="described", reason=True),
        A('''filed with CMS [[shows]] its''', '''[[Halvern's most recent cost report filed with CMS]] shows''',
          '''shows [[its operating margin fell to negative 1.8% in fiscal 2024]].''', kind="document"),
        A('''Ames [[told]] brokers''', '''[[Crestline CEO Robert Ames]] told''',
          '''last week [[that "no provider is too big to walk away from,"]] according''', kind="person"),
        A('''from," [[according to]] two people''', '''according to [[two people who were on the call]].''',
          '''[[Crestline CEO Robert Ames told brokers on a call last week that "no provider is too big to walk away from,"]] according''',
          kind="anonymous", spec="vague", reason=False),
        A('''Whitcombe [[did not dispute]] the remark''', '''[[Whitcombe]] did not dispute''',
          '''did not dispute [[the remark]].''', kind="person"),
        A('''businesses, [[said]] in a statement''', '''[[The Tri-River Employers Coalition]], which''',
          '''statement [[it was "deeply concerned"]] and''', kind="organization", channel="statement"),
        A('''department [[did not return a request for comment]] on whether''', '''[[The state insurance department]] did not return''',
          None, kind="organization", denial="no-response"),
    ])

article("payer-provider-brief", "2025-07-22", "beaconridge-q2-utilization-miss",
    "Beaconridge shares slide as Medicare Advantage utilization outruns forecasts",
    [
        '''Beaconridge Health Plans cut its full-year earnings guidance Tuesday, telling investors that Medicare Advantage members were using outpatient and post-acute services at a pace the company had not anticipated when it set its 2025 bids.''',
        '''The insurer now expects adjusted earnings of $18.40 to $19.10 a share, down from at least $21, according to a regulatory filing. Its shares fell 14% in afternoon trading, their steepest one-day drop since 2020.''',
        '''"We were wrong on trend, and we own that," chief executive Lorraine Okafor said in an earnings call. She said the company had seen "unusually elevated" use of skilled nursing and outpatient surgery in the second quarter, particularly among members who joined in January.''',
        '''Chief financial officer Dev Raghunathan acknowledged on the call that the company's pricing "did not fully reflect" the return of deferred procedures, but insisted the problem was "a 2025 issue, not a structural one." He said Beaconridge would raise 2026 premiums and trim supplemental benefits in about a fifth of its counties.''',
        '''Some analysts questioned that reading. "Management has now called trend 'transitory' for three straight quarters," Harwell & Price analyst Tomas Grieg wrote in a note to clients. "At some point, transitory becomes the base case."''',
        '''Another analyst, Priya Venkataraman of Obermeyer Capital, said Beaconridge had been more aggressive than its peers in adding zero-premium plans last year and was "paying for that growth now."''',
        '''Inside the company, the miss has set off finger-pointing between the actuarial and sales teams, according to a former Beaconridge executive who remains in contact with senior staff. The former executive, who requested anonymity to avoid damaging those relationships, said the actuarial team had flagged rising skilled-nursing claims in February but was "overruled by people who wanted the membership numbers."''',
        '''Beaconridge spokesman Carl Huxtable said the company "does not comment on personnel matters or internal deliberations" and disputed that any warnings had been ignored.''',
        '''The company also disclosed in its quarterly filing that it is the subject of a risk-adjustment data validation audit by CMS covering 2019. Beaconridge said it "believes its coding practices are appropriate" and would contest any extrapolated repayment.''',
        '''Shares of rival insurers also fell. Cordell Health, which reports second-quarter results next week, did not respond to a request for comment, and a Vantage Senior Plans spokesperson declined to comment on Beaconridge's results.''',
        '''Beaconridge will hold an investor day in September, where executives are expected to detail the 2026 benefit cuts.''',
    ],
    [
        A('''Tuesday, [[telling]] investors''', '''[[Beaconridge Health Plans]] cut''',
          '''investors [[that Medicare Advantage members were using outpatient and post-acute services at a pace the company had not anticipated when it set its 2025 bids]].''', kind="organization"),
        A('''insurer now [[expects]] adjusted''', '''[[The insurer]] now expects''',
          '''expects [[adjusted earnings of $18.40 to $19.10 a share, down from at least $21]], according''', kind="organization"),
        A('''$21, [[according to]] a regulatory''', '''according to [[a regulatory filing]].''',
          '''[[The insurer now expects adjusted earnings of $18.40 to $19.10 a share, down from at least $21]], according''', kind="document"),
        A('''Okafor [[said]] in an earnings call''', '''own that," [[chief executive Lorraine Okafor]] said''',
          '''[["We were wrong on trend, and we own that,"]] chief''', kind="person"),
        A('''She [[said]] the company had seen''', '''[[She]] said the company had seen''',
          '''said [[the company had seen "unusually elevated" use of skilled nursing and outpatient surgery in the second quarter, particularly among members who joined in January]].''',
          kind="pronoun", res="person"),
        A('''Raghunathan [[acknowledged]] on the call''', '''[[Chief financial officer Dev Raghunathan]] acknowledged''',
          '''on the call [[that the company's pricing "did not fully reflect" the return of deferred procedures]], but''', kind="person"),
        A('''but [[insisted]] the problem''', '''[[Chief financial officer Dev Raghunathan]] acknowledged''',
          '''insisted [[the problem was "a 2025 issue, not a structural one."]]''', kind="person"),
        A('''He [[said]] Beaconridge would''', '''[[He]] said Beaconridge would''',
          '''said [[Beaconridge would raise 2026 premiums and trim supplemental benefits in about a fifth of its counties]].''', kind="pronoun", res="person"),
        A('''analysts [[questioned]] that reading''', '''[[Some analysts]] questioned''',
          '''questioned [[that reading]].''', kind="vague"),
        A('''Management [[has now called]] trend''', '''"[[Management]] has now called''',
          '''has now called [[trend 'transitory' for three straight quarters]],"''', kind="organization"),
        A('''Grieg [[wrote]] in a note''', '''quarters," [[Harwell & Price analyst Tomas Grieg]] wrote''',
          ['''[["Management has now called trend 'transitory' for three straight quarters,"]] Harwell''',
           '''clients. [["At some point, transitory becomes the base case."]]'''], kind="person", channel="note"),
        A('''Capital, [[said]] Beaconridge''', '''[[Another analyst, Priya Venkataraman of Obermeyer Capital]], said''',
          '''said [[Beaconridge had been more aggressive than its peers in adding zero-premium plans last year and was "paying for that growth now."]]''', kind="person"),
        A('''teams, [[according to]] a former''', '''according to [[a former Beaconridge executive who remains in contact with senior staff]].''',
          '''[[Inside the company, the miss has set off finger-pointing between the actuarial and sales teams]], according''',
          kind="anonymous", spec="described", reason=True),
        A('''relationships, [[said]] the actuarial''', '''[[The former executive]], who requested''',
          '''said [[the actuarial team had flagged rising skilled-nursing claims in February but was "overruled by people who wanted the membership numbers."]]''',
          kind="anonymous", spec="described", reason=True),
        A('''team [[had flagged]] rising''', '''said [[the actuarial team]] had flagged''',
          '''had flagged [[rising skilled-nursing claims in February]] but''', kind="organization"),
        A('''Huxtable [[said]] the company''', '''[[Beaconridge spokesman Carl Huxtable]] said''',
          '''said [[the company "does not comment on personnel matters or internal deliberations"]] and''', kind="person", denial="no-comment"),
        A('''and [[disputed]] that any''', '''[[Beaconridge spokesman Carl Huxtable]] said''',
          '''disputed [[that any warnings had been ignored]].''', kind="person", denial="denial"),
        A('''company also [[disclosed]] in its quarterly''', '''[[The company]] also disclosed''',
          '''filing [[that it is the subject of a risk-adjustment data validation audit by CMS covering 2019]].''', kind="organization", channel="filing"),
        A('''Beaconridge [[said]] it "believes''', '''[[Beaconridge]] said it "believes''',
          '''Beaconridge said [[it "believes its coding practices are appropriate" and would contest any extrapolated repayment]].''',
          kind="organization", denial="denial"),
        A('''it "[[believes]] its coding''', '''said [[it]] "believes''',
          '''believes [[its coding practices are appropriate]]"''', kind="pronoun", res="organization"),
        A('''week, [[did not respond to a request for comment]], and''', '''[[Cordell Health]], which reports''',
          None, kind="organization", denial="no-response"),
        A('''spokesperson [[declined to comment]] on Beaconridge's''', '''and [[a Vantage Senior Plans spokesperson]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''executives [[are expected]] to detail''', None,
          ['''where [[executives]] are expected''', '''are expected [[to detail the 2026 benefit cuts]].''']),
    ])

article("payer-provider-brief", "2025-10-15", "stonebrook-lindell-memorial-conversion",
    "Stonebrook to end inpatient care at Lindell Memorial, citing losses",
    [
        '''Stonebrook Health System will end inpatient care at Lindell Memorial Hospital on Jan. 31 and convert the 25-bed facility to a rural emergency hospital, the system said in a notice to employees Friday.''',
        '''The conversion requires approval from CMS and would make Lindell Memorial the fourth hospital in the state to adopt the designation. Stonebrook filed its application with the agency on Oct. 3, according to a person familiar with the filing.''',
        '''In the notice, Stonebrook chief operating officer Janine Ruelle wrote that the hospital's average daily inpatient census had fallen to 3.2 patients and that it lost $11.6 million in fiscal 2025. "We looked at every alternative, including a sale, and none of them kept inpatient beds viable," she wrote.''',
        '''Local officials said they were blindsided. "We found out from a Facebook post. Nobody from Stonebrook picked up the phone," Lindell County Commission chair Ray Dorsey said. Dorsey said the commission would ask the state attorney general to review whether the closure breaks commitments Stonebrook made when it bought the hospital in 2018.''',
        '''Those commitments, according to the 2018 asset purchase agreement, included maintaining "a full-service acute care hospital" in Lindell for at least 10 years. Stonebrook spokesperson Melissa Tran said the agreement allowed for "changes in service lines based on community need" and denied the company was in breach.''',
        '''Two physicians who hold admitting privileges at Lindell Memorial, who spoke on condition that they not be named because they fear retaliation, said staffing cuts over the past two years had made the falling census "a self-fulfilling prophecy." "They stopped recruiting hospitalists in 2023, then told us the beds weren't being used," one of the physicians said.''',
        '''A 2024 community health needs assessment commissioned by the hospital found that Lindell County residents were more than twice as likely as state residents overall to die of heart disease.''',
        '''The Lindell Courier-Times first reported the plan in August, citing internal emails. Stonebrook at the time called the report "premature." Payer & Provider Brief reported in June that the system had hired a consultant to review the future of its four smallest hospitals.''',
        '''The Tri-County Nurses Alliance, which represents the hospital's 68 nurses, said in a statement that members had been offered jobs at Stonebrook hospitals at least 45 miles away. "That is not a job offer. That is a severance notice with extra steps," union president Gail Mercer said.''',
        '''The state Department of Health did not return a request for comment. A CMS spokesperson said the agency does not comment on pending applications.''',
        '''Rural health consultants say more conversions are likely: the designation pays a monthly facility fee of roughly $285,000 in exchange for giving up inpatient beds.''',
    ],
    [
        A('''the system [[said]] in a notice''', '''hospital, [[the system]] said''',
          '''[[Stonebrook Health System will end inpatient care at Lindell Memorial Hospital on Jan. 31 and convert the 25-bed facility to a rural emergency hospital]], the system''',
          kind="organization", channel="announcement"),
        A('''Oct. 3, [[according to]] a person''', '''according to [[a person familiar with the filing]].''',
          '''[[Stonebrook filed its application with the agency on Oct. 3]], according''', kind="anonymous", spec="vague", reason=False),
        A('''Ruelle [[wrote]] that''', '''notice, [[Stonebrook chief operating officer Janine Ruelle]] wrote''',
          '''wrote [[that the hospital's average daily inpatient census had fallen to 3.2 patients and that it lost $11.6 million in fiscal 2025]].''',
          kind="person", channel="announcement"),
        A('''viable," she [[wrote]].''', '''viable," [[she]] wrote.''',
          '''[["We looked at every alternative, including a sale, and none of them kept inpatient beds viable,"]] she''', kind="pronoun", res="person"),
        A('''Local officials [[said]] they''', '''[[Local officials]] said''',
          '''said [[they were blindsided]].''', kind="vague"),
        A('''Dorsey [[said]]. Dorsey''', '''phone," [[Lindell County Commission chair Ray Dorsey]] said.''',
          '''[["We found out from a Facebook post. Nobody from Stonebrook picked up the phone,"]] Lindell''', kind="person"),
        A('''Dorsey [[said]] the commission''', '''[[Dorsey]] said the commission''',
          '''said [[the commission would ask the state attorney general to review whether the closure breaks commitments Stonebrook made when it bought the hospital in 2018]].''', kind="person"),
        A('''commitments, [[according to]] the 2018''', '''according to [[the 2018 asset purchase agreement]], included''',
          ['''[[Those commitments]], according''', '''agreement, [[included maintaining "a full-service acute care hospital" in Lindell for at least 10 years]].'''], kind="document"),
        A('''Tran [[said]] the agreement''', '''[[Stonebrook spokesperson Melissa Tran]] said''',
          '''said [[the agreement allowed for "changes in service lines based on community need"]] and''', kind="person", denial="denial"),
        A('''and [[denied]] the company''', '''[[Stonebrook spokesperson Melissa Tran]] said''',
          '''denied [[the company was in breach]].''', kind="person", denial="denial"),
        A('''retaliation, [[said]] staffing''', '''[[Two physicians who hold admitting privileges at Lindell Memorial]], who spoke''',
          '''said [[staffing cuts over the past two years had made the falling census "a self-fulfilling prophecy."]]''',
          kind="anonymous", spec="described", reason=True),
        A('''then [[told]] us the beds''', '''"[[They]] stopped recruiting''',
          '''told us [[the beds weren't being used]],"''', kind="pronoun", res="organization"),
        A('''one of the physicians [[said]].''', '''[[one of the physicians]] said.''',
          '''[["They stopped recruiting hospitalists in 2023, then told us the beds weren't being used,"]] one''',
          kind="anonymous", spec="described", reason=True),
        A('''the hospital [[found]] that''', '''[[A 2024 community health needs assessment commissioned by the hospital]] found''',
          '''found [[that Lindell County residents were more than twice as likely as state residents overall to die of heart disease]].''', kind="document"),
        A('''first [[reported]] the plan''', '''[[The Lindell Courier-Times]] first''',
          '''reported [[the plan]] in August''', kind="outlet"),
        A('''August, [[citing]] internal''', '''[[The Lindell Courier-Times]] first''',
          '''citing [[internal emails]].''', kind="outlet"),
        A('''time [[called]] the report''', '''[[Stonebrook]] at the time''',
          '''called [[the report "premature."]]''', kind="organization", denial="dismissal"),
        A('''nurses, [[said]] in a statement''', '''[[The Tri-County Nurses Alliance]], which''',
          '''statement [[that members had been offered jobs at Stonebrook hospitals at least 45 miles away]].''', kind="organization", channel="statement"),
        A('''Brief [[reported]] in June''', '''[[Payer & Provider Brief]] reported''',
          '''in June [[that the system had hired a consultant to review the future of its four smallest hospitals]].''', kind="self"),
        A('''Mercer [[said]].''', '''[[union president Gail Mercer]] said.''',
          '''[["That is not a job offer. That is a severance notice with extra steps,"]] union''', kind="person"),
        A('''Health [[did not return a request for comment]].''', '''[[The state Department of Health]] did not''',
          None, kind="organization", denial="no-response"),
        A('''spokesperson [[said]] the agency''', '''[[A CMS spokesperson]] said''',
          '''said [[the agency does not comment on pending applications]].''', kind="organization", denial="no-comment"),
        A('''consultants [[say]] more''', '''[[Rural health consultants]] say''',
          '''say [[more conversions are likely]]:''', kind="vague"),
    ])

# ---------------------------------------------------------------------------------------------
# drumlin-fm: Irish regional radio station's news site (curly single quotes)
# ---------------------------------------------------------------------------------------------
article("drumlin-fm", "2025-01-21", "kilbrack-road-second-fatal-crash",
    "Calls for safety works on Kilbrack road after second fatal crash in a month",
    [
        "Gardaí are appealing for witnesses after a man in his seventies died following a two-car collision on the Kilbrack to Carrigdrum road on Sunday evening, the second fatal crash on the same stretch in less than a month.",
        "A Garda spokesperson said the man, the driver of one of the cars, was pronounced dead at the scene. A woman in her forties, the driver of the second car, was taken to Ardcullen University Hospital, where her injuries are understood to be serious but not life-threatening. Drumlin FM understands she was travelling alone.",
        "The road was closed overnight for a forensic examination and reopened at 9am on Monday. Gardaí said they were particularly keen to hear from motorists with dash-cam footage who were travelling in the area between 6pm and 7pm.",
        "Local councillor Máire Ní Bhriain (Ind) told Drumlin FM’s morning programme that residents had been warning for years that the bend at Gortnaclohy was dangerous. ‘I’ve stood at that bend with council engineers three times. Every time, we were told it was on the list,’ she said.",
        "Neighbours say the warning signs on the approach to the bend are hidden by hedgerow for much of the summer. One resident, Pádraig Coyle, whose farm runs alongside the road, said he had pulled ‘at least six cars’ out of his ditch since 2020.",
        "Ardcullen County Council said in a statement that the Gortnaclohy realignment was included in a funding application submitted to the national roads authority last year. A decision is expected in the spring.",
        "But retired council engineer Michael Dolan, who sits on the county’s road safety working group, told Drumlin FM the application had been ‘parked’ after the authority sought a revised design. ‘Nobody wants to say it out loud, but it could be 2028 before a machine goes near that bend,’ Mr Dolan said.",
        "The council’s director of services for roads, Declan Fahy, declined to comment on Mr Dolan’s remarks, saying the council would not ‘get into a running commentary’ on funding applications. The roads authority did not respond to a request for comment.",
        "In a post on social media on Monday, local TD Seán Kirwan said the road had ‘claimed too many lives’ and called on the Minister for Transport to intervene.",
        "Asked about reports that one of the cars had crossed onto the wrong side of the road, the Garda Press Office declined to comment on individual cases but said a file would be prepared for the coroner.",
        "A public meeting on the road will be held in Kilbrack community centre on Thursday night.",
    ],
    [
        A("spokesperson [[said]] the man", "[[A Garda spokesperson]] said",
          "said [[the man, the driver of one of the cars, was pronounced dead at the scene]].", kind="organization"),
        A("injuries [[are understood]] to be", None,
          ["where [[her injuries]] are", "are understood [[to be serious but not life-threatening]]."]),
        A("FM [[understands]] she was", "[[Drumlin FM]] understands she",
          "understands [[she was travelling alone]].", kind="self"),
        A("Gardaí [[said]] they were", "[[Gardaí]] said they were",
          "said [[they were particularly keen to hear from motorists with dash-cam footage who were travelling in the area between 6pm and 7pm]].", kind="organization"),
        A("(Ind) [[told]] Drumlin FM’s", "[[Local councillor Máire Ní Bhriain (Ind)]] told",
          "morning programme [[that residents had been warning for years that the bend at Gortnaclohy was dangerous]].", kind="person"),
        A("residents [[had been warning]] for years", "that [[residents]] had been warning",
          "for years [[that the bend at Gortnaclohy was dangerous]].", kind="vague"),
        A("list,’ she [[said]].", "list,’ [[she]] said.",
          "[[‘I’ve stood at that bend with council engineers three times. Every time, we were told it was on the list,’]] she", kind="pronoun", res="person"),
        A("we [[were told]] it was", None,
          "were told [[it was on the list]],’"),
        A("Neighbours [[say]] the warning", "[[Neighbours]] say",
          "say [[the warning signs on the approach to the bend are hidden by hedgerow for much of the summer]].", kind="vague"),
        A("road, [[said]] he had pulled", "[[One resident, Pádraig Coyle]], whose",
          "said [[he had pulled ‘at least six cars’ out of his ditch since 2020]].", kind="person"),
        A("Council [[said]] in a statement", "[[Ardcullen County Council]] said",
          "statement [[that the Gortnaclohy realignment was included in a funding application submitted to the national roads authority last year]].", kind="organization", channel="statement"),
        A("decision [[is expected]] in the spring", None,
          ["[[A decision]] is expected", "is expected [[in the spring]]."]),
        A("Dolan, who sits on the county’s road safety working group, [[told]]" , "But [[retired council engineer Michael Dolan]], who",
          "Drumlin FM [[the application had been ‘parked’ after the authority sought a revised design]].", kind="person"),
        A("Mr Dolan [[said]].", "[[Mr Dolan]] said.",
          "[[‘Nobody wants to say it out loud, but it could be 2028 before a machine goes near that bend,’]] Mr Dolan", kind="person"),
        A("Fahy, [[declined to comment]] on", "[[The council’s director of services for roads, Declan Fahy]], declined",
          None, kind="person", denial="no-comment"),
        A("remarks, [[saying]] the council", "[[The council’s director of services for roads, Declan Fahy]], declined",
          "saying [[the council would not ‘get into a running commentary’ on funding applications]].", kind="person", denial="no-comment"),
        A("authority [[did not respond to a request for comment]].", "[[The roads authority]] did not",
          None, kind="organization", denial="no-response"),
        A("Kirwan [[said]] the road", "Monday, [[local TD Seán Kirwan]] said",
          "said [[the road had ‘claimed too many lives’]] and", kind="person", channel="post"),
        A("Asked about [[reports]] that", None,
          "reports [[that one of the cars had crossed onto the wrong side of the road]],"),
        A("Office [[declined to comment]] on individual", "road, [[the Garda Press Office]] declined",
          None, kind="organization", denial="no-comment"),
        A("cases but [[said]] a file", "road, [[the Garda Press Office]] declined",
          "said [[a file would be prepared for the coroner]].", kind="organization"),
    ])

article("drumlin-fm", "2025-04-30", "ardcullen-hospital-trolley-record",
    "Ardcullen hospital trolley numbers ‘worst ever recorded’, union says",
    [
        "There were 68 patients waiting on trolleys at Ardcullen University Hospital this morning, the highest figure at any hospital in the country so far this year, according to the Irish Nursing Alliance.",
        "The union’s industrial relations officer for the region, Siobhán Tierney, told Drumlin FM’s morning programme that staff were ‘at breaking point’. ‘We have nurses doing 13-hour shifts and then being asked to stay on. Patients are being cared for in corridors, in the canteen, anywhere there is a plug socket,’ she said.",
        "Ms Tierney said the union would ballot members at the hospital for industrial action if management did not agree to an immediate recruitment drive.",
        "The HSE said in a statement that the hospital had seen a 14 per cent rise in emergency department attendances compared with the same period last year, with a high number of frail elderly patients presenting.",
        "It said 22 additional nursing posts had been approved for the hospital in January and that recruitment was ‘well advanced’. It rejected the union’s claim that a recruitment pause was in place, describing it as ‘simply incorrect’.",
        "However, a consultant at the hospital, who did not want to be named, said the posts had been approved ‘on paper only’. ‘Half of them have been advertised twice and nobody has applied, because nobody can find a house to rent within 30 miles of here,’ the consultant said.",
        "Sinéad Moran, whose 87-year-old father spent 31 hours on a trolley last week, described conditions in the emergency department as ‘like a field hospital’. In a post on social media that has been shared more than 4,000 times, she wrote that staff had been ‘kind beyond words’ but were ‘clearly drowning’.",
        "Hospital management declined to comment on individual cases, citing patient confidentiality, but said it was ‘sorry that any patient had to wait in those conditions’.",
        "Independent councillor Tomás Brennan, a member of the HSE’s regional health forum, said the hospital’s bed shortage had been on the forum’s agenda ‘at every meeting for three years’. He believes the long-promised 40-bed modular unit should be fast-tracked.",
        "The HSE has previously said the modular unit is expected to open by the end of 2026. A spokesperson for the Minister for Health did not respond to queries from Drumlin FM.",
        "Nurses are due to hold a lunchtime protest outside the hospital on Friday. It is understood similar protests are planned at two other hospitals in the region.",
    ],
    [
        A("year, [[according to]] the Irish", "according to [[the Irish Nursing Alliance]].",
          "[[There were 68 patients waiting on trolleys at Ardcullen University Hospital this morning, the highest figure at any hospital in the country so far this year]], according",
          kind="organization"),
        A("Tierney, [[told]] Drumlin", "[[The union’s industrial relations officer for the region, Siobhán Tierney]], told",
          "morning programme [[that staff were ‘at breaking point’]].", kind="person"),
        A("plug socket,’ she [[said]].", "plug socket,’ [[she]] said.",
          "[[‘We have nurses doing 13-hour shifts and then being asked to stay on. Patients are being cared for in corridors, in the canteen, anywhere there is a plug socket,’]] she",
          kind="pronoun", res="person"),
        A("Ms Tierney [[said]] the union", "[[Ms Tierney]] said",
          "said [[the union would ballot members at the hospital for industrial action if management did not agree to an immediate recruitment drive]].", kind="person"),
        A("The HSE [[said]] in a statement", "[[The HSE]] said in a statement",
          "statement [[that the hospital had seen a 14 per cent rise in emergency department attendances compared with the same period last year, with a high number of frail elderly patients presenting]].",
          kind="organization", channel="statement"),
        A("It [[said]] 22 additional", "[[It]] said 22",
          "It said [[22 additional nursing posts had been approved for the hospital in January and that recruitment was ‘well advanced’]].", kind="pronoun", res="organization"),
        A("It [[rejected]] the union’s", "[[It]] rejected",
          "rejected [[the union’s claim that a recruitment pause was in place]],", kind="pronoun", res="organization", denial="denial"),
        A("union’s [[claim]] that", "rejected [[the union]]’s claim",
          "claim [[that a recruitment pause was in place]],", kind="organization"),
        A("place, [[describing]] it as", "[[It]] rejected",
          "describing [[it as ‘simply incorrect’]].", kind="pronoun", res="organization", denial="denial"),
        A("to be named, [[said]] the posts", "However, [[a consultant at the hospital]], who",
          "said [[the posts had been approved ‘on paper only’]].", kind="anonymous", spec="described", reason=False),
        A("the consultant [[said]].", "[[the consultant]] said.",
          "[[‘Half of them have been advertised twice and nobody has applied, because nobody can find a house to rent within 30 miles of here,’]] the consultant",
          kind="anonymous", spec="described", reason=False),
        A("week, [[described]] conditions", "[[Sinéad Moran]], whose",
          "described [[conditions in the emergency department as ‘like a field hospital’]].", kind="person"),
        A("she [[wrote]] that staff", "times, [[she]] wrote",
          "wrote [[that staff had been ‘kind beyond words’ but were ‘clearly drowning’]].", kind="pronoun", res="person", channel="post"),
        A("management [[declined to comment]] on individual", "[[Hospital management]] declined",
          None, kind="organization", denial="no-comment"),
        A("cases, [[citing]] patient", "[[Hospital management]] declined",
          "citing [[patient confidentiality]], but", kind="organization"),
        A("but [[said]] it was ‘sorry", "[[Hospital management]] declined",
          "said [[it was ‘sorry that any patient had to wait in those conditions’]].", kind="organization"),
        A("forum, [[said]] the hospital’s", "[[Independent councillor Tomás Brennan, a member of the HSE’s regional health forum]], said",
          "said [[the hospital’s bed shortage had been on the forum’s agenda ‘at every meeting for three years’]].", kind="person"),
        A("He [[believes]] the long-promised", "[[He]] believes",
          "believes [[the long-promised 40-bed modular unit should be fast-tracked]].", kind="pronoun", res="person"),
        A("HSE [[has previously said]] the modular", "[[The HSE]] has previously said",
          "has previously said [[the modular unit is expected to open by the end of 2026]].", kind="organization"),
        A("unit [[is expected]] to open", None,
          ["said [[the modular unit]] is expected", "is expected [[to open by the end of 2026]]."]),
        A("Health [[did not respond to queries]] from", "[[A spokesperson for the Minister for Health]] did not",
          None, kind="organization", denial="no-response"),
        A("[[It is understood]] similar", None,
          "It is understood [[similar protests are planned at two other hospitals in the region]]."),
    ])

article("drumlin-fm", "2025-11-05", "kilbrack-library-vote",
    "Councillors vote to keep Kilbrack library open despite €400,000 repair bill",
    [
        "Members of Ardcullen County Council have voted to keep Kilbrack library open, overturning a recommendation from the council executive that the 120-year-old building should close after a structural survey found serious defects in its roof.",
        "The survey, carried out by Kinsella Consulting Engineers in September, estimated the cost of repairs at €400,000 and warned that sections of the ceiling in the reading room were ‘at risk of partial collapse’.",
        "The library, which first opened in 1905, lends about 40,000 items a year. Campaigners have claimed the proposed closure was a cost-cutting exercise by the back door. Council chief executive Orla Whelan told Monday’s meeting that she could not ‘in conscience’ ask staff or the public to use the building. ‘This is not about money. It is about safety,’ she said.",
        "But councillors from all parties said the executive had not properly examined alternatives, such as a phased repair or moving the reading room temporarily. Cllr Aoife Gannon (Ind) said the decision to close had been ‘made in an office in Ardcullen town by people who never set foot in Kilbrack’.",
        "Ms Whelan dismissed that suggestion as ‘unfair to the staff who did this work’.",
        "The Cathaoirleach, Cllr Brendan Hoey, told Drumlin FM’s morning programme that the vote sent a clear message. ‘The people of Kilbrack signed a petition with 2,300 names on it. We listened,’ he said.",
        "A member of the library staff, who asked not to be identified because staff have been told not to speak publicly about the issue, said buckets had been placed under leaks in the reading room since last winter. ‘We were moving the children’s books around the drips,’ she said.",
        "The Ardcullen Champion reported last week that a 2019 inspection report had warned the council that the roof needed urgent attention. Asked about that report, a council spokesperson said its recommendations had been ‘acted upon at the time’.",
        "A spokesperson for the Department of Rural Affairs did not respond to a query about whether emergency funding would be available. Kinsella Consulting Engineers declined to comment, saying its reports were confidential to the client.",
        "Local TD Seán Kirwan, who had campaigned against the closure, welcomed the vote in a post on social media, writing that Kilbrack had ‘shown what a community can do’.",
        "Senior council officials are privately furious at the outcome, according to one councillor who attended a briefing after the meeting. It is understood the reading room will stay closed until repairs are carried out.",
    ],
    [
        A("survey [[found]] serious", "after [[a structural survey]] found",
          "found [[serious defects in its roof]].", kind="document"),
        A("September, [[estimated]] the cost", "[[The survey]], carried out",
          "estimated [[the cost of repairs at €400,000]] and", kind="document"),
        A("and [[warned]] that sections", "[[The survey]], carried out",
          "warned [[that sections of the ceiling in the reading room were ‘at risk of partial collapse’]].", kind="document"),
        A("Campaigners [[have claimed]] the", "[[Campaigners]] have claimed",
          "have claimed [[the proposed closure was a cost-cutting exercise by the back door]].", kind="vague"),
        A("Whelan [[told]] Monday’s", "[[Council chief executive Orla Whelan]] told",
          "meeting [[that she could not ‘in conscience’ ask staff or the public to use the building]].", kind="person"),
        A("about safety,’ she [[said]].", "about safety,’ [[she]] said.",
          "[[‘This is not about money. It is about safety,’]] she", kind="pronoun", res="person", denial="denial"),
        A("parties [[said]] the executive", "But [[councillors from all parties]] said",
          "said [[the executive had not properly examined alternatives, such as a phased repair or moving the reading room temporarily]].", kind="vague"),
        A("(Ind) [[said]] the decision", "[[Cllr Aoife Gannon (Ind)]] said",
          "said [[the decision to close had been ‘made in an office in Ardcullen town by people who never set foot in Kilbrack’]].", kind="person"),
        A("Whelan [[dismissed]] that", "[[Ms Whelan]] dismissed",
          "dismissed [[that suggestion]] as", kind="person", denial="dismissal"),
        A("Hoey, [[told]] Drumlin", "[[The Cathaoirleach, Cllr Brendan Hoey]], told",
          "morning programme [[that the vote sent a clear message]].", kind="person"),
        A("We listened,’ he [[said]].", "We listened,’ [[he]] said.",
          "[[‘The people of Kilbrack signed a petition with 2,300 names on it. We listened,’]] he", kind="pronoun", res="person"),
        A("issue, [[said]] buckets", "[[A member of the library staff]], who asked",
          "said [[buckets had been placed under leaks in the reading room since last winter]].", kind="anonymous", spec="described", reason=True),
        A("drips,’ she [[said]].", "drips,’ [[she]] said.",
          "[[‘We were moving the children’s books around the drips,’]] she", kind="pronoun", res="anonymous", spec="described", reason=True),
        A("Champion [[reported]] last week", "[[The Ardcullen Champion]] reported",
          "last week [[that a 2019 inspection report had warned the council that the roof needed urgent attention]].", kind="outlet"),
        A("report [[had warned]] the council", "that [[a 2019 inspection report]] had warned",
          "the council [[that the roof needed urgent attention]].", kind="document"),
        A("spokesperson [[said]] its recommendations", "report, [[a council spokesperson]] said",
          "said [[its recommendations had been ‘acted upon at the time’]].", kind="organization", denial="denial"),
        A("Affairs [[did not respond to a query]] about", "[[A spokesperson for the Department of Rural Affairs]] did not",
          None, kind="organization", denial="no-response"),
        A("Engineers [[declined to comment]], saying", "[[Kinsella Consulting Engineers]] declined to comment",
          None, kind="organization", denial="no-comment"),
        A("comment, [[saying]] its reports", "[[Kinsella Consulting Engineers]] declined to comment",
          "saying [[its reports were confidential to the client]].", kind="organization", denial="no-comment"),
        A("closure, [[welcomed]] the vote", "[[Local TD Seán Kirwan]], who had",
          "welcomed [[the vote]] in a post", kind="person", channel="post"),
        A("social media, [[writing]] that Kilbrack", "[[Local TD Seán Kirwan]], who had",
          "writing [[that Kilbrack had ‘shown what a community can do’]].", kind="person", channel="post"),
        A("outcome, [[according to]] one councillor", "according to [[one councillor who attended a briefing after the meeting]].",
          "[[Senior council officials are privately furious at the outcome]], according", kind="anonymous", spec="described", reason=False),
        A("[[It is understood]] the reading", None,
          "It is understood [[the reading room will stay closed until repairs are carried out]]."),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    # python3 build.py --jsonl /tmp/h49gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
