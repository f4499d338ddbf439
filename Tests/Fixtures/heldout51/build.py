#!/usr/bin/env python3
"""Generator for the heldout51 fixture: 12 fictional, hand-annotated news articles.

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
ANN_SUFFIX = "_a051"
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
            out.write(json.dumps({"path": "heldout51/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


# ---- ARTICLES GO HERE: article("outlet-slug", "YYYY-MM-DD", "slug", "Title", [paragraphs...], [A(...), ...]) ----


# ---------------------------------------------------------------------------------------------
# deccan-ledger: Hyderabad English-language daily, city desk (curly single quotes)
# ---------------------------------------------------------------------------------------------
article("deccan-ledger", "2025-06-24", "sitarampet-nala-desilting",
    "Rs 38 crore desilting bills cleared, but Sitarampet nala still choked",
    [
        "The Hyderabad Metropolitan Municipal Corporation (HMMC) released Rs 38.6 crore to contractors for pre-monsoon desilting of stormwater drains in the Nallavagu zone even though long stretches of the Sitarampet nala remain clogged with silt and plastic, corporators have alleged.",
        "Records obtained by this newspaper show that bills for 41 of the 46 desilting works in the zone were cleared by May 31. In at least nine of those works, the measurement books were signed on the same day the work orders were issued, the records show.",
        "‘The contractor came with one JCB for two hours, took photographs and left. The silt is still sitting on the bund,’ said Sitarampet corporator K. Padmavathi, who raised the issue at Saturday’s general body meeting. She claimed that the same firm had been paid twice for the same 600-metre stretch in 2023.",
        "Mayor G. Sridevi told the House that a vigilance inquiry would be ordered ‘if even one rupee is found to be misused’. Opposition floor leader Mohammed Arif Quadri, however, dismissed the assurance as ‘an eyewash before the rains’ and demanded that the zonal commissioner be placed under suspension. The general body is expected to take up the issue again on July 5.",
        "Sources in the engineering department told this newspaper that the zone’s executive engineer had been under pressure to clear the bills before the model code of conduct for the by-election came into force. ‘Files were moving at midnight,’ said an assistant engineer, who spoke on condition of anonymity because he was not authorised to speak to the media.",
        "Zonal Commissioner V. Ravinder Reddy denied the allegations. ‘Every bill was cleared after third-party verification. There is photographic and geo-tagged evidence for each work,’ he told The Deccan Ledger. He said the silt seen on the bunds would be lifted ‘within a week’ once lorries were freed from another zone.",
        "The contractor, Sri Lakshmi Infra Projects, did not respond to phone calls and messages. It is learnt that the firm has executed desilting works worth over Rs 60 crore in three zones since 2021.",
        "Residents of Sitarampet said the nala had overflowed twice last September, flooding more than 300 houses. ‘Every year they say the work is done. Every year our ground floor goes under water,’ said B. Yadagiri, a retired bus conductor.",
        "According to a report submitted by the HMMC’s quality control wing in April, 14 of the zone’s 22 major drains had ‘less than 40 per cent’ of their design carrying capacity. The Commissioner’s office declined to comment on the report, saying the matter was under examination.",
        "The Hyderabad Flood Watch, a citizens’ collective, has written to the Municipal Administration department seeking a social audit of all desilting works. In its letter, the collective said pre-monsoon desilting in the city had become ‘a paper exercise’.",
    ],
    [
        A("corporators [[have alleged]].", "plastic, [[corporators]] have alleged",
          "[[The Hyderabad Metropolitan Municipal Corporation (HMMC) released Rs 38.6 crore to contractors for pre-monsoon desilting of stormwater drains in the Nallavagu zone even though long stretches of the Sitarampet nala remain clogged with silt and plastic]], corporators", kind="vague"),
        A("this newspaper [[show]] that bills", "[[Records obtained by this newspaper]] show",
          "show [[that bills for 41 of the 46 desilting works in the zone were cleared by May 31]].", kind="document"),
        A("the records [[show]].", "issued, [[the records]] show.",
          "[[In at least nine of those works, the measurement books were signed on the same day the work orders were issued]], the records", kind="document"),
        A("bund,’ [[said]] Sitarampet", "said [[Sitarampet corporator K. Padmavathi]], who raised",
          "[[‘The contractor came with one JCB for two hours, took photographs and left. The silt is still sitting on the bund,’]] said", kind="person"),
        A("She [[claimed]] that", "[[She]] claimed that",
          "claimed [[that the same firm had been paid twice for the same 600-metre stretch in 2023]].", kind="pronoun", res="person"),
        A("Sridevi [[told]] the House", "[[Mayor G. Sridevi]] told",
          "the House [[that a vigilance inquiry would be ordered ‘if even one rupee is found to be misused’]].", kind="person"),
        A("however, [[dismissed]] the assurance", "[[Opposition floor leader Mohammed Arif Quadri]], however",
          "dismissed [[the assurance]] as", kind="person"),
        A("general body [[is expected]] to take", None,
          ["[[The general body]] is expected", "is expected [[to take up the issue again on July 5]]."]),
        A("department [[told]] this newspaper that the zone’s", "[[Sources in the engineering department]] told",
          "this newspaper [[that the zone’s executive engineer had been under pressure to clear the bills before the model code of conduct for the by-election came into force]].",
          kind="anonymous", spec="described", reason=False),
        A("midnight,’ [[said]] an assistant", "said [[an assistant engineer]], who spoke",
          "[[‘Files were moving at midnight,’]] said", kind="anonymous", spec="described", reason=True),
        A("Reddy [[denied]] the allegations", "[[Zonal Commissioner V. Ravinder Reddy]] denied",
          "denied [[the allegations]].", kind="person", denial="denial"),
        A("he [[told]] The Deccan Ledger", "each work,’ [[he]] told",
          "[[‘Every bill was cleared after third-party verification. There is photographic and geo-tagged evidence for each work,’]] he",
          kind="pronoun", res="person", denial="denial"),
        A("He [[said]] the silt", "[[He]] said the silt",
          "said [[the silt seen on the bunds would be lifted ‘within a week’ once lorries were freed from another zone]].", kind="pronoun", res="person"),
        A("Projects, [[did not respond to phone calls and messages]].", "[[The contractor, Sri Lakshmi Infra Projects]], did not",
          None, kind="organization", denial="no-response"),
        A("[[It is learnt]] that", None,
          "It is learnt [[that the firm has executed desilting works worth over Rs 60 crore in three zones since 2021]]."),
        A("Sitarampet [[said]] the nala", "[[Residents of Sitarampet]] said",
          "said [[the nala had overflowed twice last September, flooding more than 300 houses]].", kind="vague"),
        A("they [[say]] the work", "year [[they]] say the work",
          "say [[the work is done]]. Every", kind="pronoun", res="organization"),
        A("water,’ [[said]] B. Yadagiri", "said [[B. Yadagiri, a retired bus conductor]].",
          "[[‘Every year they say the work is done. Every year our ground floor goes under water,’]] said", kind="person"),
        A("[[According to]] a report", "According to [[a report submitted by the HMMC’s quality control wing in April]], 14",
          "April, [[14 of the zone’s 22 major drains had ‘less than 40 per cent’ of their design carrying capacity]].", kind="document"),
        A("office [[declined to comment]] on the report", "[[The Commissioner’s office]] declined",
          None, kind="organization", denial="no-comment"),
        A("report, [[saying]] the matter", "[[The Commissioner’s office]] declined",
          "saying [[the matter was under examination]].", kind="organization"),
        A("the collective [[said]] pre-monsoon", "letter, [[the collective]] said",
          "said [[pre-monsoon desilting in the city had become ‘a paper exercise’]].", kind="organization", channel="letter"),
    ])

article("deccan-ledger", "2025-08-12", "town-planning-acb-searches",
    "ACB searches HMMC planning officer’s homes, finds assets worth Rs 14 crore",
    [
        "Officials of the Anti-Corruption Bureau (ACB) on Monday searched six premises linked to HMMC assistant city planner M. Srinivasa Chary and found assets worth over Rs 14 crore, far in excess of his known sources of income, the bureau said in a press release.",
        "The searches, at Chary’s house in Venkatadri Nagar and the homes of two relatives, yielded 1.2 kg of gold, documents for 11 plots and Rs 38 lakh in cash, according to the release.",
        "A senior ACB officer, who did not wish to be named, told this newspaper that the bureau was examining building permissions granted by Chary for at least 30 buildings in the Kondapuram circle. Chary allegedly cleared additional floors in exchange for cash routed through a builder’s relatives, the officer said. ‘We have statements from two builders. There is a pattern,’ the officer added.",
        "Chary, who has been with the corporation’s town planning wing since 2009, could not be reached for comment. His lawyer, P. Venugopal Rao, said his client had inherited much of the property and would ‘explain every rupee before the court’. He termed the searches ‘a witch-hunt engineered by a rival builders’ lobby’.",
        "HMMC Commissioner R. Karthikeyan said in a statement that Chary had been placed under suspension pending inquiry and that all files cleared by him in the last three years would be reviewed. ‘The corporation will not shield anyone,’ he said.",
        "Builders in the circle, however, claim that the rot goes well beyond one officer. ‘Nothing moves in town planning without a percentage. The rate card is an open secret,’ said a builder with two projects pending approval, who asked not to be named for fear of having his files held up.",
        "Residents of Venkatadri Nagar said a six-storey building next to Chary’s house had come up in 2022 on a plot approved for three floors.",
        "Telugu news channel TV Samachar reported on Monday evening that at least three other planning officials were under the bureau’s scanner. ACB Director General Anjali Mathur declined to confirm the report, saying only that ‘the investigation is at an early stage’.",
        "Kondapuram corporator T. Naveen Goud, who first complained about the approvals in 2023, told The Deccan Ledger that his letters to the Commissioner had gone unanswered for 18 months. ‘First I was told the files were with the Chief City Planner. Then I was told the files were missing,’ he said.",
        "Chief City Planner S. Devendar did not respond to calls. It is understood that the state government is expected to order a special audit of all building permissions issued in the Kondapuram circle since 2021.",
    ],
    [
        A("the bureau [[said]] in a press release", "income, [[the bureau]] said",
          "[[Officials of the Anti-Corruption Bureau (ACB) on Monday searched six premises linked to HMMC assistant city planner M. Srinivasa Chary and found assets worth over Rs 14 crore, far in excess of his known sources of income]], the bureau",
          kind="organization", channel="news release"),
        A("cash, [[according to]] the release", "according to [[the release]].",
          "[[The searches, at Chary’s house in Venkatadri Nagar and the homes of two relatives, yielded 1.2 kg of gold, documents for 11 plots and Rs 38 lakh in cash]], according", kind="document"),
        A("named, [[told]] this newspaper", "[[A senior ACB officer]], who did not wish",
          "this newspaper [[that the bureau was examining building permissions granted by Chary for at least 30 buildings in the Kondapuram circle]].",
          kind="anonymous", spec="described", reason=False),
        A("Chary [[allegedly]] cleared", None,
          ["[[Chary]] allegedly cleared", "allegedly [[cleared additional floors in exchange for cash routed through a builder’s relatives]], the officer said"]),
        A("relatives, the officer [[said]].", "relatives, [[the officer]] said.",
          "[[Chary allegedly cleared additional floors in exchange for cash routed through a builder’s relatives]], the officer said",
          kind="anonymous", spec="described", reason=False),
        A("the officer [[added]].", "[[the officer]] added.",
          "[[‘We have statements from two builders. There is a pattern,’]] the officer", kind="anonymous", spec="described", reason=False),
        A("2009, [[could not be reached for comment]].", "[[Chary]], who has been",
          None, kind="person", denial="no-response"),
        A("Rao, [[said]] his client", "[[His lawyer, P. Venugopal Rao]], said",
          "said [[his client had inherited much of the property and would ‘explain every rupee before the court’]].", kind="person", denial="denial"),
        A("He [[termed]] the searches", "[[He]] termed",
          "termed [[the searches ‘a witch-hunt engineered by a rival builders’ lobby’]].", kind="pronoun", res="person", denial="dismissal"),
        A("Karthikeyan [[said]] in a statement", "[[HMMC Commissioner R. Karthikeyan]] said",
          "statement [[that Chary had been placed under suspension pending inquiry and that all files cleared by him in the last three years would be reviewed]].",
          kind="person", channel="statement"),
        A("shield anyone,’ he [[said]].", "shield anyone,’ [[he]] said.",
          "[[‘The corporation will not shield anyone,’]] he", kind="pronoun", res="person"),
        A("however, [[claim]] that the rot", "[[Builders in the circle]], however",
          "claim [[that the rot goes well beyond one officer]].", kind="vague"),
        A("secret,’ [[said]] a builder", "said [[a builder with two projects pending approval]], who asked",
          "[[‘Nothing moves in town planning without a percentage. The rate card is an open secret,’]] said",
          kind="anonymous", spec="described", reason=True),
        A("Nagar [[said]] a six-storey", "[[Residents of Venkatadri Nagar]] said",
          "said [[a six-storey building next to Chary’s house had come up in 2022 on a plot approved for three floors]].", kind="vague"),
        A("Samachar [[reported]] on Monday", "[[Telugu news channel TV Samachar]] reported",
          "evening [[that at least three other planning officials were under the bureau’s scanner]].", kind="outlet"),
        A("Mathur [[declined to confirm]] the report", "[[ACB Director General Anjali Mathur]] declined",
          "declined to confirm [[the report]],", kind="person", denial="no-comment"),
        A("report, [[saying only]] that", "[[ACB Director General Anjali Mathur]] declined",
          "saying only [[that ‘the investigation is at an early stage’]].", kind="person"),
        A("in 2023, [[told]] The Deccan Ledger", "[[Kondapuram corporator T. Naveen Goud]], who first",
          "The Deccan Ledger [[that his letters to the Commissioner had gone unanswered for 18 months]].", kind="person"),
        A("First I [[was told]] the files", None,
          "First I was told [[the files were with the Chief City Planner]]."),
        A("Then I [[was told]] the files", None,
          "Then I was told [[the files were missing]],’"),
        A("missing,’ he [[said]].", "missing,’ [[he]] said.",
          "[[‘First I was told the files were with the Chief City Planner. Then I was told the files were missing,’]] he", kind="pronoun", res="person"),
        A("Devendar [[did not respond to calls]].", "[[Chief City Planner S. Devendar]] did not",
          None, kind="person", denial="no-response"),
        A("[[It is understood]] that the state", None,
          "It is understood [[that the state government is expected to order a special audit of all building permissions issued in the Kondapuram circle since 2021]]."),
        A("government [[is expected]] to order", None,
          ["that [[the state government]] is expected", "is expected [[to order a special audit of all building permissions issued in the Kondapuram circle since 2021]]."]),
    ])

article("deccan-ledger", "2025-11-03", "dog-sterilisation-audit",
    "After toddler’s death, audit questions HMMC’s dog sterilisation figures",
    [
        "Three weeks after a two-year-old boy was mauled to death by street dogs in Sri Sai Nagar Colony, an internal audit has found that the HMMC’s animal birth control (ABC) centres may have overstated the number of sterilisations by as much as 40 per cent, this newspaper has learnt.",
        "The audit, conducted by the state’s local fund audit wing and seen by The Deccan Ledger, notes that the four ABC centres billed for 61,400 surgeries in 2024-25 but procured anaesthetic drugs and sutures sufficient for about 37,000. It also flags payments of Rs 4.7 crore to a single NGO partner without a valid agreement.",
        "Chief Veterinary Officer Dr A. Bhaskar Rao rejected the audit’s conclusions. ‘Drug procurement is one part of the picture. NGOs bring their own stock, and the audit has not accounted for that,’ Dr Rao told this newspaper. He said the corporation had sterilised ‘close to 70 per cent’ of the city’s estimated 3.8 lakh street dogs.",
        "That figure is disputed by animal welfare groups. A 2024 headcount by the Hyderabad Street Animal Trust, based on sample surveys in 120 wards, estimated the street dog population at nearly 5.1 lakh and sterilisation coverage at under 45 per cent.",
        "‘The numbers on paper and the dogs on the street do not match,’ said Trust founder Shalini Kommareddy, a former software engineer who now runs a shelter on the city’s outskirts.",
        "Two veterinarians at the Ganeshpuram ABC centre, who requested anonymity as they are employed on contract, said they were routinely asked to ‘round up’ daily surgery counts. ‘We did 40 and wrote 60. Nobody questioned it,’ one of them said. The other said the centre’s post-operative kennels could hold only 25 dogs at a time.",
        "Additional Commissioner (Health) Priyanka Menon said in an email that the corporation had ‘taken cognisance’ of the audit and that a third-party verification of ABC data would begin this month. She declined to comment on whether payments to the NGO partner, Pet Care Foundation, would be withheld.",
        "The foundation’s director, Ramesh Kumar Agarwal, dismissed the audit as ‘a desk exercise by people who have never held a dog’. In a statement, the foundation said all its surgeries were ‘video-documented and available for verification’.",
        "The boy’s father, K. Mallesh, a daily-wage painter, said the family had complained about a pack of dogs near the colony’s water tank at least four times. ‘They told us the van would come. It never came,’ he said. Residents of the colony said they would protest outside the zonal office on Thursday.",
        "The standing committee is expected to take up the audit at its meeting next week.",
    ],
    [
        A("audit [[has found]] that", "[[an internal audit]] has found",
          "has found [[that the HMMC’s animal birth control (ABC) centres may have overstated the number of sterilisations by as much as 40 per cent]], this", kind="document"),
        A("this newspaper [[has learnt]].", "cent, [[this newspaper]] has learnt",
          "[[Three weeks after a two-year-old boy was mauled to death by street dogs in Sri Sai Nagar Colony, an internal audit has found that the HMMC’s animal birth control (ABC) centres may have overstated the number of sterilisations by as much as 40 per cent]], this", kind="self"),
        A("Deccan Ledger, [[notes]] that", "[[The audit]], conducted",
          "notes [[that the four ABC centres billed for 61,400 surgeries in 2024-25 but procured anaesthetic drugs and sutures sufficient for about 37,000]].", kind="document"),
        A("It also [[flags]] payments", "[[It]] also flags",
          "flags [[payments of Rs 4.7 crore to a single NGO partner without a valid agreement]].", kind="pronoun", res="document"),
        A("Rao [[rejected]] the audit’s", "[[Chief Veterinary Officer Dr A. Bhaskar Rao]] rejected",
          "rejected [[the audit’s conclusions]].", kind="person", denial="denial"),
        A("Dr Rao [[told]] this newspaper", "that,’ [[Dr Rao]] told",
          "[[‘Drug procurement is one part of the picture. NGOs bring their own stock, and the audit has not accounted for that,’]] Dr Rao",
          kind="person", denial="denial"),
        A("He [[said]] the corporation had sterilised", "[[He]] said the corporation",
          "said [[the corporation had sterilised ‘close to 70 per cent’ of the city’s estimated 3.8 lakh street dogs]].", kind="pronoun", res="person"),
        A("figure [[is disputed]] by", "by [[animal welfare groups]].",
          "[[That figure]] is disputed", kind="vague"),
        A("wards, [[estimated]] the street", "[[A 2024 headcount by the Hyderabad Street Animal Trust]], based",
          "estimated [[the street dog population at nearly 5.1 lakh and sterilisation coverage at under 45 per cent]].", kind="document"),
        A("match,’ [[said]] Trust founder", "said [[Trust founder Shalini Kommareddy, a former software engineer who now runs a shelter on the city’s outskirts]].",
          "[[‘The numbers on paper and the dogs on the street do not match,’]] said", kind="person"),
        A("contract, [[said]] they were", "[[Two veterinarians at the Ganeshpuram ABC centre]], who requested",
          "said [[they were routinely asked to ‘round up’ daily surgery counts]].", kind="anonymous", spec="described", reason=True),
        A("one of them [[said]].", "[[one of them]] said.",
          "[[‘We did 40 and wrote 60. Nobody questioned it,’]] one", kind="anonymous", spec="described", reason=True),
        A("The other [[said]] the centre’s", "[[The other]] said",
          "said [[the centre’s post-operative kennels could hold only 25 dogs at a time]].", kind="anonymous", spec="described", reason=True),
        A("Menon [[said]] in an email", "[[Additional Commissioner (Health) Priyanka Menon]] said",
          "email [[that the corporation had ‘taken cognisance’ of the audit and that a third-party verification of ABC data would begin this month]].",
          kind="person", channel="email"),
        A("She [[declined to comment]] on whether", "[[She]] declined",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("Agarwal, [[dismissed]] the audit", "[[The foundation’s director, Ramesh Kumar Agarwal]], dismissed",
          "dismissed [[the audit]] as", kind="person", denial="dismissal"),
        A("the foundation [[said]] all its", "statement, [[the foundation]] said",
          "said [[all its surgeries were ‘video-documented and available for verification’]].", kind="organization", denial="denial", channel="statement"),
        A("painter, [[said]] the family", "[[The boy’s father, K. Mallesh, a daily-wage painter]], said",
          "said [[the family had complained about a pack of dogs near the colony’s water tank at least four times]].", kind="person"),
        A("‘They [[told]] us the van", "‘[[They]] told us",
          "told us [[the van would come]].", kind="pronoun", res="organization"),
        A("never came,’ he [[said]].", "never came,’ [[he]] said.",
          "[[‘They told us the van would come. It never came,’]] he", kind="pronoun", res="person"),
        A("colony [[said]] they would protest", "[[Residents of the colony]] said",
          "said [[they would protest outside the zonal office on Thursday]].", kind="vague"),
        A("committee [[is expected]] to take", None,
          ["[[The standing committee]] is expected", "is expected [[to take up the audit at its meeting next week]]."]),
    ])

# ---------------------------------------------------------------------------------------------
# kingsway-bulletin: Vancouver civic newsletter, transit and housing (straight double quotes)
# ---------------------------------------------------------------------------------------------
article("kingsway-bulletin", "2025-02-18", "renfrew-tower-rezoning",
    "Council approves 31-storey rental tower by Renfrew station after three nights of hearings",
    [
        '''Vancouver city council voted 7-4 late Thursday to approve a 31-storey rental tower at Renfrew Street and East 12th Avenue, ending three nights of public hearings in which more than 140 speakers signed up to address council.''',
        '''The project, from Halcyon Pacific Developments, would replace two three-storey walk-ups containing 46 rental units with 388 units, 20 per cent of them at below-market rents, according to a staff report. The report says the site is within 200 metres of TransCoast's planned Renfrew-Grandview station and meets the city's transit-oriented area guidelines.''',
        '''Coun. Priya Sandhu, who moved the motion, said the city could not "keep saying no to homes next to a $2-billion transit line." "Every vacancy study we have says the same thing: we are short tens of thousands of rental units," she told council.''',
        '''Coun. Marcus Tremblay, one of four councillors to vote against, argued that the 46 existing households would be "the collateral damage of somebody else's density target." He said the tenant relocation plan offered only the minimum required under the city's tenant protection policy. Critics of the project say the city's relocation rules have not kept pace with its rezoning program.''',
        '''Tenants at the two buildings have organized through the East Side Renters' Union. In a post on Instagram after the vote, the union said the tenants had been "treated as an obstacle rather than as neighbours" and vowed to keep fighting. Union organizer Dalia Fuentes said about a dozen tenants had already received eviction notices. Halcyon disputes that.''',
        '''In an email, Halcyon vice-president of development Gordon Achterberg said no notices had been issued and none would be until a building permit was granted, "at least 18 months from now." He said every tenant would be offered a unit in the new building at their current rent.''',
        '''Mayor Kenji Aldous, who voted in favour, told reporters council was "serious about building near transit." Asked whether the city had enforced its relocation policy in earlier rezonings, a city spokesperson said staff would "look into the specific addresses" raised at the hearing.''',
        '''CityBeat Vancouver reported last month that Halcyon had donated to the campaigns of three of the councillors who voted for the project. Sandhu, one of the three, said the donations were disclosed as required and "had no bearing on anything." Coun. Sam Whitford and Coun. Leah Barrett, the other two, did not respond to requests for comment.''',
        '''Housing advocates say the project is an early test of the province's transit-oriented zoning law. Construction is expected to begin in 2027.''',
    ],
    [
        A('''rents, [[according to]] a staff report''', '''according to [[a staff report]].''',
          '''[[The project, from Halcyon Pacific Developments, would replace two three-storey walk-ups containing 46 rental units with 388 units, 20 per cent of them at below-market rents]], according''', kind="document"),
        A('''The report [[says]] the site''', '''[[The report]] says''',
          '''says [[the site is within 200 metres of TransCoast's planned Renfrew-Grandview station and meets the city's transit-oriented area guidelines]].''', kind="document"),
        A('''motion, [[said]] the city''', '''[[Coun. Priya Sandhu]], who moved''',
          '''said [[the city could not "keep saying no to homes next to a $2-billion transit line."]]''', kind="person"),
        A('''we have [[says]] the same''', '''"[[Every vacancy study we have]] says''',
          '''says [[the same thing: we are short tens of thousands of rental units]],"''', kind="document"),
        A('''she [[told]] council''', '''units," [[she]] told''',
          '''[["Every vacancy study we have says the same thing: we are short tens of thousands of rental units,"]] she''', kind="pronoun", res="person"),
        A('''against, [[argued]] that''', '''[[Coun. Marcus Tremblay, one of four councillors to vote against]], argued''',
          '''argued [[that the 46 existing households would be "the collateral damage of somebody else's density target."]]''', kind="person"),
        A('''He [[said]] the tenant''', '''[[He]] said the tenant''',
          '''said [[the tenant relocation plan offered only the minimum required under the city's tenant protection policy]].''', kind="pronoun", res="person"),
        A('''project [[say]] the city's''', '''[[Critics of the project]] say''',
          '''say [[the city's relocation rules have not kept pace with its rezoning program]].''', kind="vague"),
        A('''the union [[said]] the tenants''', '''vote, [[the union]] said''',
          '''said [[the tenants had been "treated as an obstacle rather than as neighbours"]] and''', kind="organization", channel="post"),
        A('''Fuentes [[said]] about''', '''[[Union organizer Dalia Fuentes]] said''',
          '''said [[about a dozen tenants had already received eviction notices]].''', kind="person"),
        A('''Halcyon [[disputes]] that''', '''[[Halcyon]] disputes''',
          '''disputes [[that]].''', kind="organization", denial="denial"),
        A('''Achterberg [[said]] no notices''', '''email, [[Halcyon vice-president of development Gordon Achterberg]] said''',
          '''said [[no notices had been issued and none would be until a building permit was granted, "at least 18 months from now."]]''',
          kind="person", denial="denial", channel="email"),
        A('''He [[said]] every tenant''', '''[[He]] said every''',
          '''said [[every tenant would be offered a unit in the new building at their current rent]].''', kind="pronoun", res="person"),
        A('''favour, [[told]] reporters''', '''[[Mayor Kenji Aldous]], who voted''',
          '''reporters [[council was "serious about building near transit."]]''', kind="person"),
        A('''spokesperson [[said]] staff''', '''rezonings, [[a city spokesperson]] said''',
          '''said [[staff would "look into the specific addresses" raised at the hearing]].''', kind="organization"),
        A('''Vancouver [[reported]] last month''', '''[[CityBeat Vancouver]] reported''',
          '''last month [[that Halcyon had donated to the campaigns of three of the councillors who voted for the project]].''', kind="outlet"),
        A('''three, [[said]] the donations''', '''[[Sandhu, one of the three]], said''',
          '''said [[the donations were disclosed as required and "had no bearing on anything."]]''', kind="person", denial="denial"),
        A('''two, [[did not respond to requests for comment]].''', '''[[Coun. Sam Whitford and Coun. Leah Barrett, the other two]], did not''',
          None, kind="person", denial="no-response"),
        A('''advocates [[say]] the project''', '''[[Housing advocates]] say''',
          '''say [[the project is an early test of the province's transit-oriented zoning law]].''', kind="vague"),
        A('''Construction [[is expected]] to begin''', None,
          ['''[[Construction]] is expected''', '''is expected [[to begin in 2027]].''']),
    ])

article("kingsway-bulletin", "2025-06-03", "transcoast-service-cuts",
    "TransCoast drafted plan to cut 14 bus routes, internal documents show",
    [
        '''TransCoast is considering eliminating 14 bus routes and cutting frequency on 30 others as early as January, according to internal planning documents obtained by the Kingsway Bulletin.''',
        '''The documents, dated April 22 and marked "draft - not for distribution," describe the cuts as a "worst-case scenario" if the region's mayors and the province cannot close a projected $410-million operating shortfall by 2026. Most of the affected routes serve Surrey, Burnaby and East Vancouver. The documents also show that about 21,000 daily riders would be left without a bus stop within 800 metres of home.''',
        '''TransCoast spokesperson Renée Castonguay confirmed in an email that "a range of service scenarios" had been prepared but said no decisions had been made. "Any proposal would go through public consultation first," she wrote.''',
        '''The Bulletin has learned that the planning team was asked in March to model cuts deep enough to save $95 million a year. A TransCoast planner, who spoke on condition of anonymity because staff are barred from speaking to the media, said several managers had objected to the exercise. "We were told to draw the map as if the money is never coming," the planner said.''',
        '''Coast Transit Workers' Union Local 804 president Gurdeep Bains said the cuts would put up to 300 operator jobs at risk. "Riders on these routes don't have a second option. They're shift workers, students, seniors," he said in an interview.''',
        '''Mayors' Council chair Linda Patterson-Reyes, the mayor of Port Cedar, said the documents were "planning hygiene, not a plan" and accused the province of "leaving the region to fend for itself."''',
        '''The Ministry of Transportation did not respond to a request for comment by deadline. Transportation Minister Colin Farrant has reportedly told the mayors that no new operating money will be available before the 2026 budget.''',
        '''Dr. Anneliese Varga, a transportation researcher at the Cascadia Institute of Technology, said cutting service during a revenue shortfall tends to deepen it. "Every time an agency cuts frequency, ridership drops, and then the next budget looks even worse," said Dr. Varga, who has studied transit funding crises in Toronto and Seattle.''',
        '''News of the draft spread quickly on social media after the Bulletin first reported it on Monday. "If they cut the 129 I lose my job, simple as that," one rider wrote on X.''',
        '''The Mayors' Council is expected to discuss the funding gap at a closed meeting on June 12. A spokesperson for Finance Minister Ruth Okimaw declined to comment.''',
    ],
    [
        A('''January, [[according to]] internal''', '''according to [[internal planning documents obtained by the Kingsway Bulletin]].''',
          '''[[TransCoast is considering eliminating 14 bus routes and cutting frequency on 30 others as early as January]], according''', kind="document"),
        A('''distribution," [[describe]] the cuts''', '''[[The documents]], dated''',
          '''describe [[the cuts as a "worst-case scenario" if the region's mayors and the province cannot close a projected $410-million operating shortfall by 2026]].''', kind="document"),
        A('''documents also [[show]] that''', '''[[The documents]] also show''',
          '''show [[that about 21,000 daily riders would be left without a bus stop within 800 metres of home]].''', kind="document"),
        A('''Castonguay [[confirmed]] in an email''', '''[[TransCoast spokesperson Renée Castonguay]] confirmed''',
          '''email [[that "a range of service scenarios" had been prepared]] but''', kind="person", channel="email"),
        A('''prepared but [[said]] no decisions''', '''[[TransCoast spokesperson Renée Castonguay]] confirmed''',
          '''said [[no decisions had been made]].''', kind="person", channel="email"),
        A('''first," she [[wrote]].''', '''first," [[she]] wrote.''',
          '''[["Any proposal would go through public consultation first,"]] she''', kind="pronoun", res="person"),
        A('''Bulletin [[has learned]] that''', '''[[The Bulletin]] has learned''',
          '''has learned [[that the planning team was asked in March to model cuts deep enough to save $95 million a year]].''', kind="self"),
        A('''media, [[said]] several managers''', '''[[A TransCoast planner]], who spoke''',
          '''said [[several managers had objected to the exercise]].''', kind="anonymous", spec="described", reason=True),
        A('''the planner [[said]].''', '''[[the planner]] said.''',
          '''[["We were told to draw the map as if the money is never coming,"]] the planner''', kind="anonymous", spec="described", reason=True),
        A('''Bains [[said]] the cuts''', '''[[Coast Transit Workers' Union Local 804 president Gurdeep Bains]] said''',
          '''said [[the cuts would put up to 300 operator jobs at risk]].''', kind="person"),
        A('''seniors," he [[said]] in an interview''', '''seniors," [[he]] said''',
          '''[["Riders on these routes don't have a second option. They're shift workers, students, seniors,"]] he''',
          kind="pronoun", res="person", channel="interview"),
        A('''Cedar, [[said]] the documents''', '''[[Mayors' Council chair Linda Patterson-Reyes, the mayor of Port Cedar]], said''',
          '''said [[the documents were "planning hygiene, not a plan"]] and''', kind="person", denial="dismissal"),
        A('''plan" and [[accused]] the province''', '''[[Mayors' Council chair Linda Patterson-Reyes, the mayor of Port Cedar]], said''',
          '''accused [[the province of "leaving the region to fend for itself."]]''', kind="person"),
        A('''Transportation [[did not respond to a request for comment]] by''', '''[[The Ministry of Transportation]] did not''',
          None, kind="organization", denial="no-response"),
        A('''has [[reportedly]] told''', None,
          ['''[[Transportation Minister Colin Farrant has]] reportedly''', '''reportedly [[told the mayors that no new operating money will be available before the 2026 budget]].''']),
        A('''reportedly [[told]] the mayors''', '''[[Transportation Minister Colin Farrant]] has''',
          '''the mayors [[that no new operating money will be available before the 2026 budget]].''', kind="person"),
        A('''Technology, [[said]] cutting''', '''[[Dr. Anneliese Varga, a transportation researcher at the Cascadia Institute of Technology]], said''',
          '''said [[cutting service during a revenue shortfall tends to deepen it]].''', kind="person"),
        A('''worse," [[said]] Dr. Varga''', '''said [[Dr. Varga]], who has''',
          '''[["Every time an agency cuts frequency, ridership drops, and then the next budget looks even worse,"]] said''', kind="person"),
        A('''Bulletin first [[reported]] it''', '''after [[the Bulletin]] first''',
          '''reported [[it]] on Monday''', kind="self"),
        A('''one rider [[wrote]] on X''', '''[[one rider]] wrote''',
          '''[["If they cut the 129 I lose my job, simple as that,"]] one''', kind="vague", channel="post"),
        A('''Council [[is expected]] to discuss''', None,
          ['''[[The Mayors' Council]] is expected''', '''is expected [[to discuss the funding gap at a closed meeting on June 12]].''']),
        A('''Okimaw [[declined to comment]].''', '''[[A spokesperson for Finance Minister Ruth Okimaw]] declined''',
          None, kind="organization", denial="no-comment"),
    ])

article("kingsway-bulletin", "2025-10-21", "whitlow-arms-renovations",
    "Whitlow Arms tenants say new landlord is renovating around them without permits",
    [
        '''Tenants at a 52-unit apartment building on East 10th Avenue say their new landlord began gutting vacant suites in August without the permits required under the city's tenant protection bylaw, and that noise, dust and water shutoffs are being used to push the remaining renters out.''',
        '''The building, the Whitlow Arms, was bought last year by Northmark Residential, a Calgary-based investor that owns about 2,100 units in the Lower Mainland, according to land title records.''',
        '''"It's like living on a construction site, except nobody's building anything for us," said Farah Qureshi, a tenant of 11 years and a member of the building's tenant committee. "Three times in September we had no hot water for more than a day."''',
        '''City records show only one permit, for electrical work in a single suite, has been issued for the address this year. A city spokesperson said in an email that a bylaw officer had visited the building on Oct. 3 and that "enforcement options are being assessed." The spokesperson declined to say whether a stop-work order had been issued.''',
        '''In a letter to tenants dated Sept. 15, Northmark said the work was "routine maintenance and cosmetic upgrades" that did not require permits. Northmark's director of communications, Blake Henning, called the tenants' complaints "a publicity stunt" and said the company "has complied and will continue to comply with every municipal requirement."''',
        '''Sources at city hall told the Bulletin that Northmark has been the subject of at least seven bylaw complaints at three properties since 2023. One staffer in the development services department, who asked not to be named because the files are part of an open investigation, said the department's files describe "a pattern" of unpermitted renovations. "They do one suite at a time, so it never looks big enough to stop," the staffer said.''',
        '''Martina Ilić, an organizer with the Grandview Renters' Network, said she believes the bylaw's fines, capped at $1,000 a day, are too low to deter large landlords. Critics have made the same argument since the bylaw passed in 2019: that fines are "a cost of doing business."''',
        '''Coun. Devon Ashby said he would bring a motion next month to double the maximum fine. "A fine you can budget for isn't a deterrent," Ashby said.''',
        '''Several tenants have filed dispute applications with the Residential Tenancy Branch, and a hearing on the first of them is set for Nov. 14, according to a copy of the notice provided to the Bulletin. Northmark's lawyer, Susan Caldwell-Park, did not return calls. It is understood that at least four households have already accepted buyout offers.''',
    ],
    [
        A('''10th Avenue [[say]] their''', '''[[Tenants at a 52-unit apartment building on East 10th Avenue]] say''',
          '''say [[their new landlord began gutting vacant suites in August without the permits required under the city's tenant protection bylaw, and that noise, dust and water shutoffs are being used to push the remaining renters out]].''', kind="vague"),
        A('''Mainland, [[according to]] land title''', '''according to [[land title records]].''',
          '''[[The building, the Whitlow Arms, was bought last year by Northmark Residential, a Calgary-based investor that owns about 2,100 units in the Lower Mainland]], according''', kind="document"),
        A('''for us," [[said]] Farah''', '''said [[Farah Qureshi, a tenant of 11 years and a member of the building's tenant committee]].''',
          ['''[["It's like living on a construction site, except nobody's building anything for us,"]] said''',
           '''committee. [["Three times in September we had no hot water for more than a day."]]'''], kind="person"),
        A('''City records [[show]] only''', '''[[City records]] show''',
          '''show [[only one permit, for electrical work in a single suite, has been issued for the address this year]].''', kind="document"),
        A('''spokesperson [[said]] in an email''', '''[[A city spokesperson]] said''',
          '''email [[that a bylaw officer had visited the building on Oct. 3 and that "enforcement options are being assessed."]]''', kind="organization", channel="email"),
        A('''spokesperson [[declined to say]] whether''', '''[[The spokesperson]] declined''',
          '''declined to say [[whether a stop-work order had been issued]].''', kind="organization", denial="no-comment"),
        A('''Northmark [[said]] the work''', '''15, [[Northmark]] said''',
          '''said [[the work was "routine maintenance and cosmetic upgrades" that did not require permits]].''', kind="organization", denial="denial", channel="letter"),
        A('''Henning, [[called]] the tenants' ''', '''[[Northmark's director of communications, Blake Henning]], called''',
          '''called [[the tenants' complaints "a publicity stunt"]] and''', kind="person", denial="dismissal"),
        A('''stunt" and [[said]] the company''', '''[[Northmark's director of communications, Blake Henning]], called''',
          '''said [[the company "has complied and will continue to comply with every municipal requirement."]]''', kind="person", denial="denial"),
        A('''city hall [[told]] the Bulletin''', '''[[Sources at city hall]] told''',
          '''the Bulletin [[that Northmark has been the subject of at least seven bylaw complaints at three properties since 2023]].''',
          kind="anonymous", spec="described", reason=False),
        A('''investigation, [[said]] the department's''', '''[[One staffer in the development services department]], who asked''',
          '''said [[the department's files describe "a pattern" of unpermitted renovations]].''', kind="anonymous", spec="described", reason=True),
        A('''files [[describe]] "a pattern"''', '''said [[the department's files]] describe''',
          '''describe [["a pattern" of unpermitted renovations]].''', kind="document"),
        A('''the staffer [[said]].''', '''[[the staffer]] said.''',
          '''[["They do one suite at a time, so it never looks big enough to stop,"]] the staffer''', kind="anonymous", spec="described", reason=True),
        A('''Network, [[said]] she believes''', '''[[Martina Ilić, an organizer with the Grandview Renters' Network]], said''',
          '''said [[she believes the bylaw's fines, capped at $1,000 a day, are too low to deter large landlords]].''', kind="person"),
        A('''she [[believes]] the bylaw's''', '''said [[she]] believes''',
          '''believes [[the bylaw's fines, capped at $1,000 a day, are too low to deter large landlords]].''', kind="pronoun", res="person"),
        A('''Critics [[have made the same argument]]''', '''[[Critics]] have made''',
          '''2019: [[that fines are "a cost of doing business."]]''', kind="vague"),
        A('''Ashby [[said]] he would''', '''[[Coun. Devon Ashby]] said''',
          '''said [[he would bring a motion next month to double the maximum fine]].''', kind="person"),
        A('''deterrent," Ashby [[said]].''', '''deterrent," [[Ashby]] said.''',
          '''[["A fine you can budget for isn't a deterrent,"]] Ashby''', kind="person"),
        A('''14, [[according to]] a copy''', '''according to [[a copy of the notice provided to the Bulletin]].''',
          '''Branch, and [[a hearing on the first of them is set for Nov. 14]], according''', kind="document"),
        A('''Caldwell-Park, [[did not return calls]].''', '''[[Northmark's lawyer, Susan Caldwell-Park]], did not''',
          None, kind="person", denial="no-response"),
        A('''[[It is understood]] that at least''', None,
          '''It is understood [[that at least four households have already accepted buyout offers]].'''),
    ])

# ---------------------------------------------------------------------------------------------
# island-groove: Lagos entertainment and music-industry desk (straight single quotes)
# ---------------------------------------------------------------------------------------------
article("island-groove", "2025-03-07", "yomzy-starlane-lawsuit",
    "Yomzy drags Starlane Music to court over 'slave contract'",
    [
        "Afro-pop singer Ayomide 'Yomzy' Olaniyan has filed a lawsuit at the Federal High Court in Lagos seeking to end his recording contract with Starlane Music, describing the 2021 deal as 'a slave contract dressed up in legal English'.",
        "In the suit, filed on Monday, the singer's lawyer, Barrister Tolu Adeyemi-Bankole, claims Starlane has paid him 'not a kobo' in royalties since his breakout single 'Omo Wahala' went platinum in 2022. She also alleges that the label registered his stage name as its own trademark without his consent.",
        "Starlane Music's chief executive, Chukwuemeka 'Emeka Bigz' Nwosu, denied the claims in a statement on Tuesday, saying the label had 'invested over N300 million' in the singer's career. 'Yomzy signed with his eyes open, with his own lawyer present. The contract is clear,' the statement said.",
        "The label has also filed a counter-claim, insisting that Yomzy owes it N85 million in unrecouped advances and video budgets. According to court papers seen by The Island Groove, Starlane alleges the singer breached the contract by performing at 11 shows in 2024 that were not booked through the label.",
        "A source close to the singer told The Island Groove that the relationship broke down after the label's management allegedly blocked a collaboration with a Ghanaian star last year. 'He has been patient for three years. He is done being patient,' the source said, speaking on condition of anonymity because the case is before the court.",
        "Nwosu dismissed that account as 'blog gossip'. 'Nobody blocked anything. The Ghana feature did not happen because his team never sent the stems,' he told journalists at the label's Lekki office on Wednesday.",
        "The row spilled into public view in January, when Yomzy unfollowed the label on Instagram and deleted promotional photos bearing its logo. In an Instagram post on Monday night, the singer wrote: 'They can keep the masters. They can't keep me.' The post had been liked more than 600,000 times by Thursday.",
        "Entertainment blog GistHub NG reported last month that at least two other Starlane acts were also talking to lawyers. Starlane's head of A&R, Folake Ibidunni, declined to comment on the report.",
        "Music lawyer Dr Kemi Aina-Okoro said recording deals signed by Nigerian artistes before 2022 often lacked clear royalty reporting clauses. 'Many young artistes sign whatever is put in front of them because they want the car and the video. The courts are now being asked to clean that up,' said Dr Aina-Okoro, who lectures in entertainment law at the University of Lagos.",
        "The case has been adjourned to April 14. Yomzy is expected to release a new single independently before then, his management said.",
    ],
    [
        A("Music, [[describing]] the 2021", "[[Afro-pop singer Ayomide 'Yomzy' Olaniyan]] has filed",
          "describing [[the 2021 deal as 'a slave contract dressed up in legal English']].", kind="person", channel="filing"),
        A("Adeyemi-Bankole, [[claims]] Starlane", "Monday, [[the singer's lawyer, Barrister Tolu Adeyemi-Bankole]], claims",
          "claims [[Starlane has paid him 'not a kobo' in royalties since his breakout single 'Omo Wahala' went platinum in 2022]].", kind="person", channel="filing"),
        A("She also [[alleges]] that", "[[She]] also alleges",
          "alleges [[that the label registered his stage name as its own trademark without his consent]].", kind="pronoun", res="person"),
        A("Nwosu, [[denied]] the claims", "[[Starlane Music's chief executive, Chukwuemeka 'Emeka Bigz' Nwosu]], denied",
          "denied [[the claims]] in", kind="person", denial="denial", channel="statement"),
        A("Tuesday, [[saying]] the label", "[[Starlane Music's chief executive, Chukwuemeka 'Emeka Bigz' Nwosu]], denied",
          "saying [[the label had 'invested over N300 million' in the singer's career]].", kind="person", denial="denial", channel="statement"),
        A("the statement [[said]].", "[[the statement]] said.",
          "[['Yomzy signed with his eyes open, with his own lawyer present. The contract is clear,']] the statement", kind="document", denial="denial"),
        A("counter-claim, [[insisting]] that", "[[The label]] has also filed",
          "insisting [[that Yomzy owes it N85 million in unrecouped advances and video budgets]].", kind="organization", channel="filing"),
        A("[[According to]] court papers", "According to [[court papers seen by The Island Groove]], Starlane",
          "Groove, [[Starlane alleges the singer breached the contract by performing at 11 shows in 2024 that were not booked through the label]].", kind="document"),
        A("Starlane [[alleges]] the singer", "Groove, [[Starlane]] alleges",
          "alleges [[the singer breached the contract by performing at 11 shows in 2024 that were not booked through the label]].", kind="organization"),
        A("singer [[told]] The Island Groove that", "[[A source close to the singer]] told",
          "The Island Groove [[that the relationship broke down after the label's management allegedly blocked a collaboration with a Ghanaian star last year]].",
          kind="anonymous", spec="vague", reason=True),
        A("management [[allegedly]] blocked", None,
          ["after [[the label's management]] allegedly", "allegedly [[blocked a collaboration with a Ghanaian star last year]]."]),
        A("the source [[said]], speaking", "[[the source]] said, speaking",
          "[['He has been patient for three years. He is done being patient,']] the source", kind="anonymous", spec="vague", reason=True),
        A("Nwosu [[dismissed]] that account", "[[Nwosu]] dismissed",
          "dismissed [[that account]] as", kind="person", denial="dismissal"),
        A("he [[told]] journalists", "stems,' [[he]] told",
          "[['Nobody blocked anything. The Ghana feature did not happen because his team never sent the stems,']] he",
          kind="pronoun", res="person", denial="denial"),
        A("the singer [[wrote]]:", "night, [[the singer]] wrote",
          "wrote: [['They can keep the masters. They can't keep me.']]", kind="person", channel="post"),
        A("NG [[reported]] last month", "[[Entertainment blog GistHub NG]] reported",
          "last month [[that at least two other Starlane acts were also talking to lawyers]].", kind="outlet"),
        A("Ibidunni, [[declined to comment]] on", "[[Starlane's head of A&R, Folake Ibidunni]], declined",
          None, kind="person", denial="no-comment"),
        A("Aina-Okoro [[said]] recording", "[[Music lawyer Dr Kemi Aina-Okoro]] said",
          "said [[recording deals signed by Nigerian artistes before 2022 often lacked clear royalty reporting clauses]].", kind="person"),
        A("clean that up,' [[said]] Dr", "said [[Dr Aina-Okoro]], who lectures",
          "[['Many young artistes sign whatever is put in front of them because they want the car and the video. The courts are now being asked to clean that up,']] said", kind="person"),
        A("Yomzy [[is expected]] to release", None,
          ["14. [[Yomzy]] is expected", "is expected [[to release a new single independently before then]], his"]),
        A("his management [[said]].", "then, [[his management]] said.",
          "[[Yomzy is expected to release a new single independently before then]], his management", kind="organization"),
    ])

article("island-groove", "2025-07-15", "eko-nights-headliner-no-show",
    "Eko Nights: fans demand refunds as Kaydee Banks, promoter trade blame",
    [
        "Thousands of fans who paid up to N250,000 for tickets to the Eko Nights festival at Tafawa Balewa Square on Saturday are demanding refunds after headliner Kaydee Banks failed to appear. Fans who stayed till the end said organisers switched off the main stage shortly after 2am without any announcement.",
        "Promoter Eko Nights Entertainment blamed the singer's camp in a statement on Sunday, claiming Banks's team had demanded an extra $40,000 'on the night' before he would leave his hotel. 'We will not be held to ransom by anybody, no matter how big,' the statement read.",
        "Banks's management company, Highrise Talent, flatly denied the claim. In a statement posted on the singer's Instagram page, the company said the promoter had paid only 40 per cent of the agreed fee and had 'repeatedly ignored' deadlines for the balance. 'Kaydee was dressed and ready at 11pm. He does not perform for free, and nobody should expect him to,' it said.",
        "The Island Groove understands that the dispute over the balance, about N62 million, had been simmering for more than a week before the show. A member of the festival's production crew, who asked not to be named because he is still owed money, said stage managers were told at about 10pm that the headliner 'might not come'. 'Everybody backstage was talking about it. The fans were the last to hear,' he said.",
        "Lagos State Police Command spokesperson SP Adaeze Okonjo said officers dispersed a crowd that tried to storm the stage, but that no arrests were made. One fan wrote on X that she had travelled from Ibadan and spent 'my whole salary' on VIP tickets.",
        "The Federal Competition and Consumer Protection Commission (FCCPC) said on Monday it had 'opened an inquiry' into the festival and asked the organisers to publish a refund plan within seven days.",
        "Claims by the promoter that ticket sales had fallen short of projections sit awkwardly with its own Instagram stories, which announced a 'sold-out' show on Friday. Eko Nights' managing director, Segun Alabi, did not respond to calls and messages on Monday.",
        "Insiders say the fallout could cost the promoter its slot at the venue for the December festive season. Banks is reportedly due to perform in London next week.",
        "Veteran promoter Ayo 'Ayo Cash' Bamidele said such disputes were common in the industry. 'Half the business runs on trust and WhatsApp messages. Contracts get signed after the show, not before,' he said. He believes the FCCPC's intervention could force promoters to put artiste fees in escrow.",
    ],
    [
        A("the end [[said]] organisers", "[[Fans who stayed till the end]] said",
          "said [[organisers switched off the main stage shortly after 2am without any announcement]].", kind="vague"),
        A("Entertainment [[blamed]] the singer's", "[[Promoter Eko Nights Entertainment]] blamed",
          "blamed [[the singer's camp]] in", kind="organization", channel="statement"),
        A("Sunday, [[claiming]] Banks's", "[[Promoter Eko Nights Entertainment]] blamed",
          "claiming [[Banks's team had demanded an extra $40,000 'on the night' before he would leave his hotel]].", kind="organization", channel="statement"),
        A("the statement [[read]].", "[[the statement]] read.",
          "[['We will not be held to ransom by anybody, no matter how big,']] the statement", kind="document"),
        A("Talent, [[flatly denied]] the claim", "[[Banks's management company, Highrise Talent]], flatly",
          "flatly denied [[the claim]].", kind="organization", denial="denial"),
        A("the company [[said]] the promoter", "page, [[the company]] said",
          "said [[the promoter had paid only 40 per cent of the agreed fee and had 'repeatedly ignored' deadlines for the balance]].",
          kind="organization", denial="denial", channel="statement"),
        A("expect him to,' it [[said]].", "expect him to,' [[it]] said.",
          "[['Kaydee was dressed and ready at 11pm. He does not perform for free, and nobody should expect him to,']] it",
          kind="pronoun", res="organization", denial="denial"),
        A("Groove [[understands]] that", "[[The Island Groove]] understands",
          "understands [[that the dispute over the balance, about N62 million, had been simmering for more than a week before the show]].", kind="self"),
        A("owed money, [[said]] stage", "[[A member of the festival's production crew]], who asked",
          "said [[stage managers were told at about 10pm that the headliner 'might not come']].", kind="anonymous", spec="described", reason=True),
        A("managers [[were told]] at about", None,
          "at about 10pm [[that the headliner 'might not come']]."),
        A("last to hear,' he [[said]].", "last to hear,' [[he]] said.",
          "[['Everybody backstage was talking about it. The fans were the last to hear,']] he",
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A("Okonjo [[said]] officers", "[[Lagos State Police Command spokesperson SP Adaeze Okonjo]] said",
          "said [[officers dispersed a crowd that tried to storm the stage, but that no arrests were made]].", kind="person"),
        A("One fan [[wrote]] on X", "[[One fan]] wrote",
          "on X [[that she had travelled from Ibadan and spent 'my whole salary' on VIP tickets]].", kind="vague", channel="post"),
        A("(FCCPC) [[said]] on Monday", "[[The Federal Competition and Consumer Protection Commission (FCCPC)]] said",
          "on Monday [[it had 'opened an inquiry' into the festival]] and", kind="organization"),
        A("[[Claims]] by the promoter", "Claims by [[the promoter]] that",
          "the promoter [[that ticket sales had fallen short of projections]] sit", kind="organization"),
        A("which [[announced]] a 'sold-out'", "stories, [[which]] announced",
          "announced [[a 'sold-out' show on Friday]].", kind="pronoun", res="document"),
        A("Alabi, [[did not respond to calls and messages]] on Monday", "[[Eko Nights' managing director, Segun Alabi]], did not",
          None, kind="person", denial="no-response"),
        A("Insiders [[say]] the fallout", "[[Insiders]] say",
          "say [[the fallout could cost the promoter its slot at the venue for the December festive season]].", kind="anonymous", spec="vague", reason=False),
        A("Banks is [[reportedly]] due", None,
          ["[[Banks is]] reportedly due", "reportedly [[due to perform in London next week]]."]),
        A("Bamidele [[said]] such", "[[Veteran promoter Ayo 'Ayo Cash' Bamidele]] said",
          "said [[such disputes were common in the industry]].", kind="person"),
        A("not before,' he [[said]].", "not before,' [[he]] said.",
          "[['Half the business runs on trust and WhatsApp messages. Contracts get signed after the show, not before,']] he", kind="pronoun", res="person"),
        A("He [[believes]] the FCCPC's", "[[He]] believes",
          "believes [[the FCCPC's intervention could force promoters to put artiste fees in escrow]].", kind="pronoun", res="person"),
    ])

article("island-groove", "2025-11-20", "mrsn-royalty-petition",
    "Artistes petition copyright commission over N1.2bn in 'missing' royalties",
    [
        "A group of 43 artistes and songwriters has accused the Musical Rights Society of Nigeria (MRSN) of withholding more than N1.2 billion in royalties collected from broadcasters, hotels and streaming platforms between 2021 and 2024.",
        "In a petition to the Nigerian Copyright Commission (NCC) dated November 10, the group alleged that the society had distributed only 18 per cent of its collections to members and spent the rest on 'administrative costs' that were never itemised. Signatories include highlife veteran Chief Benson Ekwueme and rapper Dami 'DXM' Oyedepo.",
        "'We are the owners of these songs and we are begging for our own money. That cannot continue,' DXM said in a video posted to his X account on Tuesday, which has been viewed more than two million times.",
        "MRSN general manager Barrister Ifeoma Chukwuka described the petition as 'a campaign of calumny sponsored by people who lost the society's last election'. She insisted that every distribution was 'audited and approved by members at the AGM'.",
        "However, the society's 2023 audited accounts, filed with the Corporate Affairs Commission and obtained by The Island Groove, show that administrative expenses rose to N640 million that year from N210 million in 2020. The accounts list N96 million for 'travel and logistics' and N41 million for 'board welfare'.",
        "A serving member of the MRSN board, who spoke on condition of anonymity, said at least three board members had opposed the 2023 budget but were outvoted. 'Some of us objected in writing. We lost every vote,' the board member said.",
        "A source at the NCC said the commission had received the petition and 'will act within the law'. NCC Director-General Dr Musa Tanko-Lawal declined to comment when contacted on Wednesday, saying the commission did not discuss matters under review.",
        "Streaming platform Audiomax said in an email to The Island Groove that it had paid 'all sums due' to MRSN under its licence and had 'no visibility' of how the society distributed them. Another platform, Bumpa Music, did not respond to a request for comment.",
        "The business newspaper Naija Market Daily reported in September that the society's former chairman had been questioned by anti-graft investigators over a N300 million property purchase. The former chairman, Prince Olumide Fashola-Ajayi, could not be reached. His lawyer, Chidi Nwankwo-Eze, has previously said the purchase was 'fully legitimate'.",
        "The NCC is expected to invite both sides to a meeting before the end of the month, it is understood. Critics say the commission has been slow to regulate collecting societies since the 2022 Copyright Act came into force.",
    ],
    [
        A("songwriters [[has accused]] the", "[[A group of 43 artistes and songwriters]] has accused",
          "has accused [[the Musical Rights Society of Nigeria (MRSN) of withholding more than N1.2 billion in royalties collected from broadcasters, hotels and streaming platforms between 2021 and 2024]].", kind="vague"),
        A("the group [[alleged]] that", "10, [[the group]] alleged",
          "alleged [[that the society had distributed only 18 per cent of its collections to members and spent the rest on 'administrative costs' that were never itemised]].",
          kind="vague", channel="letter"),
        A("DXM [[said]] in a video", "continue,' [[DXM]] said",
          "[['We are the owners of these songs and we are begging for our own money. That cannot continue,']] DXM", kind="person", channel="post"),
        A("Chukwuka [[described]] the petition", "[[MRSN general manager Barrister Ifeoma Chukwuka]] described",
          "described [[the petition as 'a campaign of calumny sponsored by people who lost the society's last election']].", kind="person", denial="dismissal"),
        A("She [[insisted]] that", "[[She]] insisted",
          "insisted [[that every distribution was 'audited and approved by members at the AGM']].", kind="pronoun", res="person", denial="denial"),
        A("The Island Groove, [[show]] that", "However, [[the society's 2023 audited accounts]], filed",
          "show [[that administrative expenses rose to N640 million that year from N210 million in 2020]].", kind="document"),
        A("The accounts [[list]] N96", "[[The accounts]] list",
          "list [[N96 million for 'travel and logistics' and N41 million for 'board welfare']].", kind="document"),
        A("anonymity, [[said]] at least three", "[[A serving member of the MRSN board]], who spoke",
          "said [[at least three board members had opposed the 2023 budget but were outvoted]].", kind="anonymous", spec="described", reason=False),
        A("the board member [[said]].", "[[the board member]] said.",
          "[['Some of us objected in writing. We lost every vote,']] the board member", kind="anonymous", spec="described", reason=False),
        A("NCC [[said]] the commission had", "[[A source at the NCC]] said",
          "said [[the commission had received the petition and 'will act within the law']].", kind="anonymous", spec="described", reason=False),
        A("Tanko-Lawal [[declined to comment]] when", "[[NCC Director-General Dr Musa Tanko-Lawal]] declined",
          None, kind="person", denial="no-comment"),
        A("Wednesday, [[saying]] the commission", "[[NCC Director-General Dr Musa Tanko-Lawal]] declined",
          "saying [[the commission did not discuss matters under review]].", kind="person", denial="no-comment"),
        A("Audiomax [[said]] in an email", "[[Streaming platform Audiomax]] said",
          "The Island Groove [[that it had paid 'all sums due' to MRSN under its licence and had 'no visibility' of how the society distributed them]].",
          kind="organization", channel="email"),
        A("Music, [[did not respond to a request for comment]].", "[[Another platform, Bumpa Music]], did not",
          None, kind="organization", denial="no-response"),
        A("Daily [[reported]] in September", "[[The business newspaper Naija Market Daily]] reported",
          "in September [[that the society's former chairman had been questioned by anti-graft investigators over a N300 million property purchase]].", kind="outlet"),
        A("Fashola-Ajayi, [[could not be reached]].", "[[The former chairman, Prince Olumide Fashola-Ajayi]], could",
          None, kind="person", denial="no-response"),
        A("Nwankwo-Eze, [[has previously said]] the purchase", "[[His lawyer, Chidi Nwankwo-Eze]], has",
          "has previously said [[the purchase was 'fully legitimate']].", kind="person", denial="denial"),
        A("NCC [[is expected]] to invite", None,
          ["[[The NCC]] is expected", "is expected [[to invite both sides to a meeting before the end of the month]], it"]),
        A("month, [[it is understood]].", None,
          "[[The NCC is expected to invite both sides to a meeting before the end of the month]], it is understood"),
        A("Critics [[say]] the commission", "[[Critics]] say",
          "say [[the commission has been slow to regulate collecting societies since the 2022 Copyright Act came into force]].", kind="vague"),
    ])

# ---------------------------------------------------------------------------------------------
# rimrock-drover: Montana outdoors and public-lands weekly (curly double quotes)
# ---------------------------------------------------------------------------------------------
article("rimrock-drover", "2025-04-10", "snowy-bench-elk-season",
    "Ranchers, hunters split over extended elk season on the Snowy Bench",
    [
        "The Montana Game & Range Commission voted 4-1 last Thursday to extend the antlerless elk season in hunting district 412 through Feb. 28, after department biologists told commissioners the Snowy Bench herd has grown to about 3,900 animals, nearly double the objective in the state’s elk plan.",
        "“We’ve got elk in the haystacks from Thanksgiving to green-up. Something had to give,” said Wade Kessler, who runs about 600 cow-calf pairs north of Rimrock and is president of the Coulee County Stockgrowers. Kessler said he lost roughly 200 tons of hay to elk last winter, about $40,000 worth.",
        "Montana Public Land Hunters Alliance director Corinne Halvorsen said late-season hunts push elk onto private ground where the public can’t follow. “You end up with a season that only works for people who can pay a trespass fee,” she said. The alliance’s written comments call the extension “a subsidy for outfitters dressed up as game management.”",
        "According to records obtained by the Drover through a public records request, the department received 1,212 public comments on the proposal, and 71 percent opposed it. Commissioner Dale Sorensen, the lone no vote, said the commission had “asked the public and then ignored the answer.”",
        "Department spokesperson Mike Brandvold said in an email that public comment is “one factor among many” and that the commission must also weigh damage to private property. He said the department would review harvest data after the season closes.",
        "About a third of the district’s winter range lies on Bureau of Land Management allotments along the Snowy River breaks. A BLM spokesperson in the Rimrock field office said the agency was “coordinating closely” with the state but declined to comment on whether access roads would be plowed.",
        "The district borders the Sagebrush Creek Reservation, where the tribes run their own elk hunt. Sagebrush Creek Tribes wildlife director Lorena Whitecalf said tribal biologists had not been consulted before the vote. She believes many of the elk the state counted spend part of the winter on tribal land. “Nobody called us. We read about it in the paper,” she said.",
        "Kessler dismissed the hunters’ objections as “the view from a pickup on a county road.” Asked about the tribes’ concerns, he said he had “no quarrel with the tribes” and would support a joint count.",
        "The Lewis & Clark Sentinel reported last week that two outfitters in the district have already advertised late-season cow elk hunts at $2,500 a head. The Big Sky Outfitters Council did not respond to a request for comment. The commission is expected to revisit elk objectives statewide in June.",
    ],
    [
        A("biologists [[told]] commissioners", "after [[department biologists]] told",
          "commissioners [[the Snowy Bench herd has grown to about 3,900 animals, nearly double the objective in the state’s elk plan]].", kind="organization"),
        A("give,” [[said]] Wade", "said [[Wade Kessler]], who runs",
          "[[“We’ve got elk in the haystacks from Thanksgiving to green-up. Something had to give,”]] said", kind="person"),
        A("Kessler [[said]] he lost", "[[Kessler]] said he lost",
          "said [[he lost roughly 200 tons of hay to elk last winter, about $40,000 worth]].", kind="person"),
        A("Halvorsen [[said]] late-season", "[[Montana Public Land Hunters Alliance director Corinne Halvorsen]] said",
          "said [[late-season hunts push elk onto private ground where the public can’t follow]].", kind="person"),
        A("trespass fee,” she [[said]].", "trespass fee,” [[she]] said.",
          "[[“You end up with a season that only works for people who can pay a trespass fee,”]] she", kind="pronoun", res="person"),
        A("comments [[call]] the extension", "[[The alliance’s written comments]] call",
          "call [[the extension “a subsidy for outfitters dressed up as game management.”]]", kind="document"),
        A("[[According to]] records", "According to [[records obtained by the Drover through a public records request]], the",
          "request, [[the department received 1,212 public comments on the proposal, and 71 percent opposed it]].", kind="document"),
        A("vote, [[said]] the commission", "[[Commissioner Dale Sorensen, the lone no vote]], said",
          "said [[the commission had “asked the public and then ignored the answer.”]]", kind="person"),
        A("Brandvold [[said]] in an email", "[[Department spokesperson Mike Brandvold]] said",
          "email [[that public comment is “one factor among many” and that the commission must also weigh damage to private property]].", kind="person", channel="email"),
        A("He [[said]] the department", "[[He]] said the department",
          "said [[the department would review harvest data after the season closes]].", kind="pronoun", res="person"),
        A("field office [[said]] the agency", "[[A BLM spokesperson in the Rimrock field office]] said",
          "said [[the agency was “coordinating closely” with the state]] but", kind="organization"),
        A("but [[declined to comment]] on whether", "[[A BLM spokesperson in the Rimrock field office]] said",
          None, kind="organization", denial="no-comment"),
        A("Whitecalf [[said]] tribal", "[[Sagebrush Creek Tribes wildlife director Lorena Whitecalf]] said",
          "said [[tribal biologists had not been consulted before the vote]].", kind="person"),
        A("She [[believes]] many", "[[She]] believes",
          "believes [[many of the elk the state counted spend part of the winter on tribal land]].", kind="pronoun", res="person"),
        A("in the paper,” she [[said]].", "in the paper,” [[she]] said.",
          "[[“Nobody called us. We read about it in the paper,”]] she", kind="pronoun", res="person"),
        A("Kessler [[dismissed]] the hunters’", "[[Kessler]] dismissed",
          "dismissed [[the hunters’ objections]] as", kind="person", denial="dismissal"),
        A("concerns, he [[said]] he had", "concerns, [[he]] said",
          "said [[he had “no quarrel with the tribes” and would support a joint count]].", kind="pronoun", res="person"),
        A("Sentinel [[reported]] last week", "[[The Lewis & Clark Sentinel]] reported",
          "last week [[that two outfitters in the district have already advertised late-season cow elk hunts at $2,500 a head]].", kind="outlet"),
        A("Council [[did not respond to a request for comment]].", "[[The Big Sky Outfitters Council]] did not",
          None, kind="organization", denial="no-response"),
        A("commission [[is expected]] to revisit", None,
          ["[[The commission]] is expected", "is expected [[to revisit elk objectives statewide in June]]."]),
    ])

article("rimrock-drover", "2025-08-28", "cottonwood-flats-trespass",
    "Records show cattle grazed closed BLM allotment for years without penalty",
    [
        "Cattle belonging to a Coulee County ranching family grazed on a closed Bureau of Land Management allotment on at least 41 days over three seasons without a single penalty being issued, according to records obtained by the Drover.",
        "The records, released after an eight-month wait, include range inspection reports and internal emails from the BLM’s Rimrock field office. They show that inspectors found cattle on the Cottonwood Flats allotment, closed to grazing in 2021 to protect sage grouse nesting habitat, on nine separate visits between 2022 and 2024.",
        "In an email dated Sept. 14, 2023, a range technician whose name is redacted in the records wrote to a supervisor that the cattle were “back on the Flats again, same brand, same cut in the fence.” The supervisor, whose name is also redacted, replied that the matter was “being handled at the district level.” No trespass notice appears in the file.",
        "The permit holder, the Ostrander family’s Bar 7 Ranch, has denied that its cattle were ever on the closed allotment intentionally. “Elk tear those fences down every winter. When cows walk through a hole the elk made, that isn’t trespass, that’s Montana,” Curtis Ostrander told the Drover by phone.",
        "Ostrander, a former county commissioner, said he had repaired the fence “more times than the BLM has” and accused the agency of sitting on fence maintenance money for a decade.",
        "A BLM range specialist in the Rimrock field office, who asked not to be named because he was not authorized to speak to the press, said managers had discouraged staff from writing trespass notices against permittees with political connections. “You learn which brands you don’t write up,” he said.",
        "A spokesperson for the BLM’s Montana state office said in a statement that the agency “takes unauthorized grazing seriously” and that the Rimrock office “follows established procedures for resolving trespass, which often begin with informal contact.” The statement did not address why no notices were issued.",
        "The Drover has learned that the field manager at the time, Rick Dunmore, retired in March. Dunmore did not respond to messages left at his home. State Rep. Garrett Voss, whose district includes the allotment, called the Drover’s questions “a fishing expedition by people who want cows off public land.”",
        "Jessa Lindgren, a biologist with the Prairie Grouse Coalition, said lek counts on the Flats had fallen by 60 percent since 2020. Her group alleges in a complaint filed with the Interior Department’s inspector general that the BLM’s failure to enforce the closure violates the agency’s own resource management plan.",
        "People familiar with the matter said the inspector general’s office has opened a preliminary review. The inspector general’s office declined to comment, citing its policy on ongoing matters. Ostrander’s permit is up for renewal next year, and conservation groups are expected to oppose it.",
    ],
    [
        A("issued, [[according to]] records", "according to [[records obtained by the Drover]].",
          "[[Cattle belonging to a Coulee County ranching family grazed on a closed Bureau of Land Management allotment on at least 41 days over three seasons without a single penalty being issued]], according", kind="document"),
        A("They [[show]] that inspectors", "[[They]] show",
          "show [[that inspectors found cattle on the Cottonwood Flats allotment, closed to grazing in 2021 to protect sage grouse nesting habitat, on nine separate visits between 2022 and 2024]].",
          kind="pronoun", res="document"),
        A("records [[wrote]] to a supervisor", "2023, [[a range technician whose name is redacted in the records]] wrote",
          "a supervisor [[that the cattle were “back on the Flats again, same brand, same cut in the fence.”]]",
          kind="anonymous", spec="described", reason=False, channel="email"),
        A("redacted, [[replied]] that", "[[The supervisor]], whose",
          "replied [[that the matter was “being handled at the district level.”]]", kind="anonymous", spec="described", reason=False),
        A("Ranch, [[has denied]] that", "[[The permit holder, the Ostrander family’s Bar 7 Ranch]], has denied",
          "has denied [[that its cattle were ever on the closed allotment intentionally]].", kind="organization", denial="denial"),
        A("Curtis Ostrander [[told]] the Drover by phone", "Montana,” [[Curtis Ostrander]] told",
          "[[“Elk tear those fences down every winter. When cows walk through a hole the elk made, that isn’t trespass, that’s Montana,”]] Curtis",
          kind="person", denial="denial", channel="phone"),
        A("commissioner, [[said]] he had repaired", "[[Ostrander, a former county commissioner]], said",
          "said [[he had repaired the fence “more times than the BLM has”]] and", kind="person"),
        A("has” and [[accused]] the agency", "[[Ostrander, a former county commissioner]], said",
          "accused [[the agency of sitting on fence maintenance money for a decade]].", kind="person"),
        A("press, [[said]] managers", "[[A BLM range specialist in the Rimrock field office]], who asked",
          "said [[managers had discouraged staff from writing trespass notices against permittees with political connections]].",
          kind="anonymous", spec="described", reason=True),
        A("write up,” he [[said]].", "write up,” [[he]] said.",
          "[[“You learn which brands you don’t write up,”]] he", kind="pronoun", res="anonymous", spec="described", reason=True),
        A("state office [[said]] in a statement", "[[A spokesperson for the BLM’s Montana state office]] said",
          "statement [[that the agency “takes unauthorized grazing seriously” and that the Rimrock office “follows established procedures for resolving trespass, which often begin with informal contact.”]]",
          kind="organization", denial="denial", channel="statement"),
        A("statement [[did not address]] why", "[[The statement]] did not",
          "did not address [[why no notices were issued]].", kind="document", denial="no-comment"),
        A("Drover [[has learned]] that", "[[The Drover]] has learned",
          "has learned [[that the field manager at the time, Rick Dunmore, retired in March]].", kind="self"),
        A("Dunmore [[did not respond to messages]] left", "[[Dunmore]] did not",
          None, kind="person", denial="no-response"),
        A("allotment, [[called]] the Drover’s", "[[State Rep. Garrett Voss]], whose",
          "called [[the Drover’s questions “a fishing expedition by people who want cows off public land.”]]", kind="person", denial="dismissal"),
        A("Coalition, [[said]] lek counts", "[[Jessa Lindgren, a biologist with the Prairie Grouse Coalition]], said",
          "said [[lek counts on the Flats had fallen by 60 percent since 2020]].", kind="person"),
        A("group [[alleges]] in a complaint", "[[Her group]] alleges",
          "general [[that the BLM’s failure to enforce the closure violates the agency’s own resource management plan]].", kind="organization", channel="filing"),
        A("matter [[said]] the inspector", "[[People familiar with the matter]] said",
          "said [[the inspector general’s office has opened a preliminary review]].", kind="anonymous", spec="vague", reason=False),
        A("office [[declined to comment]], citing", "[[The inspector general’s office]] declined",
          None, kind="organization", denial="no-comment"),
        A("comment, [[citing]] its policy", "[[The inspector general’s office]] declined",
          "citing [[its policy on ongoing matters]].", kind="organization"),
        A("groups [[are expected]] to oppose", None,
          ["and [[conservation groups]] are expected", "are expected [[to oppose it]]."]),
    ])

article("rimrock-drover", "2025-10-16", "sagebrush-creek-bison-transfer",
    "Tribes’ bison transfer stalls as Livestock Board cites test results",
    [
        "A plan to move 60 bison from a quarantine pasture near Rimrock to the Sagebrush Creek Reservation has stalled for a fourth month after the state Livestock Board declined to approve the transfer, the Sagebrush Creek Tribes said this week.",
        "“These animals have been tested three times. They are cleaner than most of the cattle in this county,” Sagebrush Creek Tribes chairman Harlan Big Knife said at a news conference on Tuesday. He said the tribes had met every condition in a 2023 agreement with the state.",
        "In a letter to the tribes dated Sept. 30 and obtained by the Drover, the board’s executive officer, Dr. Lyle Hagstrom, wrote that two animals in the group had shown “inconclusive” results on a fourth test in August and that the board would not approve any transfer “until the herd has a clean history of at least 12 months.”",
        "Tribal wildlife director Lorena Whitecalf disputed that account. She said the August samples had been mishandled at the state lab and that a retest at an independent lab in Colorado came back negative.",
        "A memo prepared by board staff for the board’s Sept. 18 meeting, also obtained by the Drover, suggests the dispute is about more than test results. The memo warns that approving the transfer could “invite litigation” from livestock groups and notes that the 2023 agreement “does not oblige the board to approve any specific transfer.”",
        "A board employee familiar with the deliberations, who spoke on condition of anonymity because staff are barred from discussing board business, said the inconclusive tests had “given cover” to members who opposed the transfer from the start. “It was never really about the blood work,” the employee said.",
        "Board chair Tom Rasmussen, a Rimrock-area rancher, rejected the suggestion that the decision was political. “We follow the science and the statute. Nobody on this board is against bison,” Rasmussen said. Asked about the memo, he said he had not read it.",
        "The Coulee County Stockgrowers said in written comments to the board that any transfer should require a double fence and a $1 million bond. Some ranchers near the reservation fear that escaped bison could carry brucellosis to their herds.",
        "Gov. Martin Sheehy’s office did not respond to requests for comment. Sheehy has told tribal leaders privately that he supports the transfer, according to a person familiar with the talks. Prairie Signal Radio reported in July that the tribes had already fenced a 2,000-acre pasture for the herd. The board is expected to take up the transfer again at its Nov. 20 meeting.",
    ],
    [
        A("Tribes [[said]] this week", "transfer, [[the Sagebrush Creek Tribes]] said",
          "[[A plan to move 60 bison from a quarantine pasture near Rimrock to the Sagebrush Creek Reservation has stalled for a fourth month after the state Livestock Board declined to approve the transfer]], the",
          kind="organization"),
        A("Big Knife [[said]] at a news", "county,” [[Sagebrush Creek Tribes chairman Harlan Big Knife]] said",
          "[[“These animals have been tested three times. They are cleaner than most of the cattle in this county,”]] Sagebrush", kind="person"),
        A("He [[said]] the tribes", "[[He]] said the tribes",
          "said [[the tribes had met every condition in a 2023 agreement with the state]].", kind="pronoun", res="person"),
        A("Hagstrom, [[wrote]] that", "[[the board’s executive officer, Dr. Lyle Hagstrom]], wrote",
          "wrote [[that two animals in the group had shown “inconclusive” results on a fourth test in August and that the board would not approve any transfer “until the herd has a clean history of at least 12 months.”]]",
          kind="person", channel="letter"),
        A("Whitecalf [[disputed]] that account", "[[Tribal wildlife director Lorena Whitecalf]] disputed",
          "disputed [[that account]].", kind="person", denial="denial"),
        A("She [[said]] the August", "[[She]] said the August",
          "said [[the August samples had been mishandled at the state lab and that a retest at an independent lab in Colorado came back negative]].",
          kind="pronoun", res="person", denial="denial"),
        A("Drover, [[suggests]] the dispute", "[[A memo prepared by board staff for the board’s Sept. 18 meeting]], also",
          "suggests [[the dispute is about more than test results]].", kind="document"),
        A("memo [[warns]] that", "[[The memo]] warns",
          "warns [[that approving the transfer could “invite litigation” from livestock groups]] and", kind="document"),
        A("groups and [[notes]] that", "[[The memo]] warns",
          "notes [[that the 2023 agreement “does not oblige the board to approve any specific transfer.”]]", kind="document"),
        A("business, [[said]] the inconclusive", "[[A board employee familiar with the deliberations]], who spoke",
          "said [[the inconclusive tests had “given cover” to members who opposed the transfer from the start]].",
          kind="anonymous", spec="described", reason=True),
        A("the employee [[said]].", "[[the employee]] said.",
          "[[“It was never really about the blood work,”]] the employee", kind="anonymous", spec="described", reason=True),
        A("rancher, [[rejected]] the suggestion", "[[Board chair Tom Rasmussen, a Rimrock-area rancher]], rejected",
          "rejected [[the suggestion that the decision was political]].", kind="person", denial="denial"),
        A("the [[suggestion]] that the decision", None,
          "suggestion [[that the decision was political]]."),
        A("bison,” Rasmussen [[said]].", "bison,” [[Rasmussen]] said.",
          "[[“We follow the science and the statute. Nobody on this board is against bison,”]] Rasmussen", kind="person", denial="denial"),
        A("memo, he [[said]] he had not", "memo, [[he]] said",
          "said [[he had not read it]].", kind="pronoun", res="person"),
        A("Stockgrowers [[said]] in written", "[[The Coulee County Stockgrowers]] said",
          "board [[that any transfer should require a double fence and a $1 million bond]].", kind="organization"),
        A("reservation [[fear]] that", "[[Some ranchers near the reservation]] fear",
          "fear [[that escaped bison could carry brucellosis to their herds]].", kind="vague"),
        A("office [[did not respond to requests for comment]].", "[[Gov. Martin Sheehy’s office]] did not",
          None, kind="organization", denial="no-response"),
        A("Sheehy [[has told]] tribal", "[[Sheehy]] has told",
          "privately [[that he supports the transfer]], according", kind="person"),
        A("transfer, [[according to]] a person", "according to [[a person familiar with the talks]].",
          "[[Sheehy has told tribal leaders privately that he supports the transfer]], according", kind="anonymous", spec="vague", reason=False),
        A("Radio [[reported]] in July", "[[Prairie Signal Radio]] reported",
          "in July [[that the tribes had already fenced a 2,000-acre pasture for the herd]].", kind="outlet"),
        A("board [[is expected]] to take up", None,
          ["[[The board]] is expected", "is expected [[to take up the transfer again at its Nov. 20 meeting]]."]),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    # python3 build.py --jsonl /tmp/h51gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
