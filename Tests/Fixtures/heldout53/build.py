#!/usr/bin/env python3
"""Generator for the heldout53 fixture: 12 fictional, hand-annotated news articles.

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
ANN_SUFFIX = "_a053"
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
            out.write(json.dumps({"path": "heldout53/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)



# ---------------------------------------------------------------------------------------------
# karoo-courant: South African provincial news site, municipal desk (straight double quotes)
# ---------------------------------------------------------------------------------------------
article("karoo-courant", "2025-02-18", "sneeuberg-water-tanker-contract",
    "Sneeuberg water tanker contract under scrutiny as taps stay dry",
    [
        "The Courant has learned that a R38 million contract for water tankers in the Sneeuberg Local Municipality was allegedly inflated, while residents of three townships have been without running water for 11 weeks.",
        "According to invoices seen by the Courant, Vaalbos Logistics charged the municipality R4,200 per load, nearly three times the rate paid by the neighbouring district for the same service last winter.",
        "\"We are buying water from the spaza shop with our pension money. The tankers come once a week, if they come at all,\" said Nomvula Sithole, 67, of Khwezi township. Her neighbour, Lwazi Dyantyi, said the tanker drivers demanded R50 \"for petrol\" before they would fill residents' buckets.",
        "Two municipal officials, who spoke on condition of anonymity because they feared for their jobs, told the Courant the contract was extended three times without going out to tender. \"Everybody in supply chain knows whose company this is,\" one of the officials said.",
        "Vaalbos Logistics, which was registered in 2021, is allegedly owned by a cousin of the municipality's infrastructure director, Mr Thabo Ramokgopa.",
        "Ramokgopa denied the allegation. \"I have never had any interest in that company, and I have nothing to hide,\" he told the Courant. He said the tankers were appointed on an emergency basis, as the Municipal Finance Management Act allows during a declared disaster.",
        "Municipal spokesperson Xolisa Ndlela said in a statement that the municipality \"views the allegations in a serious light\" and had appointed a forensic firm to review the contract. She dismissed suggestions that the municipality had delayed repairs to the Kareebos pump station to keep the tankers running as \"a political narrative\".",
        "Karoo Civic Movement councillor Pieter Oosthuizen said the party had laid a complaint with the Public Protector. \"This is looting while people drink from the river,\" he said.",
        "The Public Protector's office confirmed receiving the complaint but declined to comment further. Vaalbos Logistics did not respond to questions sent last Tuesday.",
        "A contractor who has worked on the pump station, and who asked not to be named because he still bids for municipal work, said the replacement motor had been sitting in a storeroom since November. \"It is a two-day job,\" he said.",
        "The pump station is expected to be repaired by the end of March, according to the municipality's own maintenance schedule. It is understood that the provincial department of cooperative governance will send an intervention team next week.",
    ],
    [
        A("The Courant [[has learned]] that", "[[The Courant]] has learned that",
          "has learned [[that a R38 million contract for water tankers in the Sneeuberg Local Municipality was allegedly inflated, while residents of three townships have been without running water for 11 weeks]].", kind="self"),
        A("Municipality was [[allegedly]] inflated", None,
          ["that [[a R38 million contract for water tankers in the Sneeuberg Local Municipality was]] allegedly", "allegedly [[inflated]], while"]),
        A("[[According to]] invoices", "According to [[invoices seen by the Courant]], Vaalbos",
          "the Courant, [[Vaalbos Logistics charged the municipality R4,200 per load, nearly three times the rate paid by the neighbouring district for the same service last winter]].", kind="document"),
        A("at all,\" [[said]] Nomvula", "said [[Nomvula Sithole, 67, of Khwezi township]].",
          "[[\"We are buying water from the spaza shop with our pension money. The tankers come once a week, if they come at all,\"]] said", kind="person"),
        A("Dyantyi, [[said]] the tanker", "[[Her neighbour, Lwazi Dyantyi]], said",
          "said [[the tanker drivers demanded R50 \"for petrol\" before they would fill residents' buckets]].", kind="person"),
        A("their jobs, [[told]] the Courant", "[[Two municipal officials]], who spoke",
          "the Courant [[the contract was extended three times without going out to tender]].",
          kind="anonymous", spec="described", reason=True),
        A("one of the officials [[said]].", "[[one of the officials]] said.",
          "[[\"Everybody in supply chain knows whose company this is,\"]] one of",
          kind="anonymous", spec="described", reason=True),
        A("2021, is [[allegedly]] owned", None,
          ["[[Vaalbos Logistics, which was registered in 2021, is]] allegedly owned", "allegedly [[owned by a cousin of the municipality's infrastructure director, Mr Thabo Ramokgopa]]."]),
        A("Ramokgopa [[denied]] the allegation", "[[Ramokgopa]] denied the allegation",
          "denied [[the allegation]].", kind="person", denial="denial"),
        A("hide,\" he [[told]] the Courant", "hide,\" [[he]] told",
          "[[\"I have never had any interest in that company, and I have nothing to hide,\"]] he told", kind="pronoun", res="person", denial="denial"),
        A("He [[said]] the tankers", "[[He]] said the tankers",
          "said [[the tankers were appointed on an emergency basis, as the Municipal Finance Management Act allows during a declared disaster]].", kind="pronoun", res="person"),
        A("Ndlela [[said]] in a statement", "[[Municipal spokesperson Xolisa Ndlela]] said",
          "in a statement [[that the municipality \"views the allegations in a serious light\" and had appointed a forensic firm to review the contract]].", kind="person", channel="statement"),
        A("She [[dismissed]] suggestions", "[[She]] dismissed suggestions",
          "dismissed [[suggestions that the municipality had delayed repairs to the Kareebos pump station to keep the tankers running]] as", kind="pronoun", res="person", denial="dismissal"),
        A("dismissed [[suggestions]] that", None,
          "suggestions [[that the municipality had delayed repairs to the Kareebos pump station to keep the tankers running]] as"),
        A("Oosthuizen [[said]] the party", "[[Karoo Civic Movement councillor Pieter Oosthuizen]] said",
          "said [[the party had laid a complaint with the Public Protector]].", kind="person"),
        A("the river,\" he [[said]].", "the river,\" [[he]] said.",
          "[[\"This is looting while people drink from the river,\"]] he", kind="pronoun", res="person"),
        A("office [[confirmed]] receiving", "[[The Public Protector's office]] confirmed",
          "confirmed [[receiving the complaint]] but", kind="organization"),
        A("but [[declined to comment]] further", "[[The Public Protector's office]] confirmed",
          None, kind="organization", denial="no-comment"),
        A("Logistics [[did not respond to questions]] sent", "[[Vaalbos Logistics]] did not respond",
          None, kind="organization", denial="no-response"),
        A("municipal work, [[said]] the replacement", "[[A contractor who has worked on the pump station]], and who",
          "said [[the replacement motor had been sitting in a storeroom since November]].",
          kind="anonymous", spec="described", reason=True),
        A("two-day job,\" he [[said]].", "two-day job,\" [[he]] said.",
          "[[\"It is a two-day job,\"]] he", kind="pronoun", res="anonymous", spec="described", reason=True),
        A("station [[is expected]] to be", None,
          ["[[The pump station]] is expected", "is expected [[to be repaired by the end of March]], according"]),
        A("March, [[according to]] the municipality's", "according to [[the municipality's own maintenance schedule]].",
          "[[The pump station is expected to be repaired by the end of March]], according", kind="document"),
        A("[[It is understood]] that the provincial", None,
          "It is understood [[that the provincial department of cooperative governance will send an intervention team next week]]."),
    ])

article("karoo-courant", "2025-05-06", "rietvlei-municipal-manager-suspended",
    "Rietvlei municipal manager suspended over missing housing grant",
    [
        "The Rietvlei Local Municipality has placed its municipal manager, Ms Lindiwe Gqola, on precautionary suspension after R12.4 million in housing grant money could not be accounted for, council speaker Johannes Kotze confirmed on Monday.",
        "Kotze told the Courant the council had resolved in a special sitting on Friday to suspend Gqola on full pay for 60 days while an investigation was conducted. \"Council has a duty to protect public funds. This is not a finding of guilt,\" he said.",
        "The money was meant for 140 low-cost houses in Nuwerus, where foundations were laid in 2022 and never built on. According to the Auditor-General's latest report on the municipality, the grant was moved into the operating account and used to pay salaries.",
        "Gqola's lawyer, Advocate Sipho Mahlangu, said his client would challenge the suspension in the Labour Court. He called the council's decision \"a purge dressed up as governance\" and said Gqola had repeatedly warned council in writing about the municipality's cash-flow crisis.",
        "A senior finance official, who was not authorised to speak to the media, said the transfer had been approved by the former mayor's office. \"Nobody in finance moved that money on their own,\" the official said.",
        "Former mayor Esther Claasen, who resigned in January, denied giving any instruction to move the grant. \"I never signed anything like that. Let them show me the document,\" she told the Courant by phone.",
        "Residents of Nuwerus are angry. \"They come here every election with T-shirts and promises. Then nothing,\" said Gert Pietersen, who has lived in a shack next to an empty foundation for three years.",
        "The provincial human settlements department said in a statement that it had \"noted with concern\" the findings and would consider withholding the next tranche of the grant. Departmental spokesperson Nandi Molefe declined to say how much money was at stake.",
        "Sources in the municipality said at least two other senior managers were likely to be served with notices of intention to suspend this week. The Courant could not independently confirm this, and the municipality's communications office did not answer calls on Monday.",
        "The Hawks are reportedly investigating. Police spokesperson Captain Mpho Sekhukhune said he could neither confirm nor deny an investigation. The Rietvlei ratepayers' association has described the suspension as \"too little, too late\".",
        "Kotze dismissed criticism that the council had acted only after the Courant began asking questions about the grant last month. \"The process started long before any newspaper phoned us,\" he said.",
    ],
    [
        A("Johannes Kotze [[confirmed]] on Monday", "[[council speaker Johannes Kotze]] confirmed",
          "[[The Rietvlei Local Municipality has placed its municipal manager, Ms Lindiwe Gqola, on precautionary suspension after R12.4 million in housing grant money could not be accounted for]], council", kind="person"),
        A("Kotze [[told]] the Courant the council", "[[Kotze]] told the Courant the council",
          "the Courant [[the council had resolved in a special sitting on Friday to suspend Gqola on full pay for 60 days while an investigation was conducted]].", kind="person"),
        A("finding of guilt,\" he [[said]].", "finding of guilt,\" [[he]] said.",
          "[[\"Council has a duty to protect public funds. This is not a finding of guilt,\"]] he", kind="pronoun", res="person"),
        A("[[According to]] the Auditor-General's", "According to [[the Auditor-General's latest report on the municipality]], the grant",
          "the municipality, [[the grant was moved into the operating account and used to pay salaries]].", kind="document"),
        A("Mahlangu, [[said]] his client", "[[Gqola's lawyer, Advocate Sipho Mahlangu]], said",
          "said [[his client would challenge the suspension in the Labour Court]].", kind="person"),
        A("He [[called]] the council's", "[[He]] called the council's",
          "called [[the council's decision \"a purge dressed up as governance\"]] and", kind="pronoun", res="person", denial="dismissal"),
        A("and [[said]] Gqola had repeatedly", "[[He]] called the council's",
          "said [[Gqola had repeatedly warned council in writing about the municipality's cash-flow crisis]].", kind="pronoun", res="person"),
        A("to the media, [[said]] the transfer", "[[A senior finance official]], who was not",
          "said [[the transfer had been approved by the former mayor's office]].",
          kind="anonymous", spec="described", reason=True),
        A("own,\" the official [[said]].", "own,\" [[the official]] said.",
          "[[\"Nobody in finance moved that money on their own,\"]] the official",
          kind="anonymous", spec="described", reason=True),
        A("in January, [[denied]] giving", "[[Former mayor Esther Claasen]], who resigned",
          "denied [[giving any instruction to move the grant]].", kind="person", denial="denial"),
        A("she [[told]] the Courant by phone", "document,\" [[she]] told",
          "[[\"I never signed anything like that. Let them show me the document,\"]] she", kind="pronoun", res="person", denial="denial", channel="phone"),
        A("Then nothing,\" [[said]] Gert", "said [[Gert Pietersen]], who has",
          "[[\"They come here every election with T-shirts and promises. Then nothing,\"]] said", kind="person"),
        A("department [[said]] in a statement that it had", "[[The provincial human settlements department]] said",
          "in a statement [[that it had \"noted with concern\" the findings and would consider withholding the next tranche of the grant]].", kind="organization", channel="statement"),
        A("Molefe [[declined to say]] how", "[[Departmental spokesperson Nandi Molefe]] declined",
          None, kind="person", denial="no-comment"),
        A("municipality [[said]] at least two", "[[Sources in the municipality]] said",
          "said [[at least two other senior managers were likely to be served with notices of intention to suspend this week]].",
          kind="anonymous", spec="described", reason=False),
        A("Hawks are [[reportedly]] investigating", None,
          ["[[The Hawks are]] reportedly", "reportedly [[investigating]]."]),
        A("Sekhukhune [[said]] he could", "[[Police spokesperson Captain Mpho Sekhukhune]] said",
          "said [[he could neither confirm nor deny an investigation]].", kind="person", denial="no-comment"),
        A("association [[has described]] the suspension", "[[The Rietvlei ratepayers' association]] has described",
          "has described [[the suspension as \"too little, too late\"]].", kind="organization"),
        A("Kotze [[dismissed]] criticism", "[[Kotze]] dismissed criticism",
          "dismissed [[criticism that the council had acted only after the Courant began asking questions about the grant last month]].", kind="person", denial="dismissal"),
        A("dismissed [[criticism]] that", None,
          "criticism [[that the council had acted only after the Courant began asking questions about the grant last month]]."),
        A("communications office [[did not answer calls]] on Monday", "and [[the municipality's communications office]] did not",
          None, kind="organization", denial="no-response"),
        A("phoned us,\" he [[said]].", "phoned us,\" [[he]] said.",
          "[[\"The process started long before any newspaper phoned us,\"]] he", kind="pronoun", res="person", denial="denial"),
    ])

article("karoo-courant", "2025-08-26", "beaufort-road-taxi-rank-protest",
    "Taxi owners block Beaufort Road in row over new rank fees",
    [
        "Minibus taxi owners blocked the main road into Leeuwkloof for most of Monday morning, saying a new monthly fee for using the municipal taxi rank would put small operators out of business.",
        "Commuters were left stranded from 5am as about 60 taxis parked across both lanes of Beaufort Road. Traffic officers diverted vehicles through the industrial area until the blockade was lifted shortly after 11am. According to the association, about 300 taxis use the rank every day.",
        "Leeuwkloof Taxi Association chairperson Mr Bongani Tshabalala told the Courant that operators had not been consulted before council approved the R1,800 monthly fee. \"We read about it on a notice board. Nobody came to talk to us,\" he said.",
        "Mayor Annelie Botha rejected that claim. In a media briefing on Monday afternoon she said the association had attended two public participation meetings in April and had \"every opportunity\" to object. \"The minutes are there for anyone to read,\" Botha said.",
        "The minutes of the 14 April meeting, which the Courant has seen, record that a representative of the association asked for the fee to be phased in over a year. Council did not vote on that proposal.",
        "Tshabalala called the mayor's account \"a cut-and-paste version of what happened\". He said the association would approach the high court for an interdict if the fee was not suspended by Friday.",
        "Opposition councillor Farieda Jacobs said the fee had been rushed through to plug a hole in the budget. \"This council spends R3 million a year on consultants and then wants to squeeze taxi owners,\" she wrote on Facebook.",
        "Municipal finance head Mr Dirk Fourie said the fee covered only the cost of cleaning, security and lighting at the rank. Asked how much the municipality expected to raise from it, he declined to comment.",
        "Commuters were less concerned with the fee than with getting to work. \"I lost a day's wages. Who is going to pay me back?\" asked Thandeka Mkhize, a domestic worker who waited at the rank for four hours.",
        "The Karoo Regional Taxi Alliance distanced itself from the blockade. Alliance spokesperson Siyabonga Zulu said the alliance \"does not support actions that punish commuters\", but he urged the municipality to reopen talks.",
        "Police spokesperson Sergeant Ruth Maqoma said no arrests were made. Botha is expected to meet association leaders on Wednesday. The Department of Transport did not respond to a request for comment by the time of publication.",
    ],
    [
        A("owners blocked the main road into Leeuwkloof for most of Monday morning, [[saying]]", "[[Minibus taxi owners]] blocked",
          "saying [[a new monthly fee for using the municipal taxi rank would put small operators out of business]].", kind="vague"),
        A("[[According to]] the association, about", "According to [[the association]], about",
          "the association, [[about 300 taxis use the rank every day]].", kind="organization"),
        A("Tshabalala [[told]] the Courant", "[[Leeuwkloof Taxi Association chairperson Mr Bongani Tshabalala]] told",
          "the Courant [[that operators had not been consulted before council approved the R1,800 monthly fee]].", kind="person"),
        A("talk to us,\" he [[said]].", "talk to us,\" [[he]] said.",
          "[[\"We read about it on a notice board. Nobody came to talk to us,\"]] he", kind="pronoun", res="person"),
        A("Botha [[rejected]] that claim", "[[Mayor Annelie Botha]] rejected",
          "rejected [[that claim]].", kind="person", denial="denial"),
        A("afternoon she [[said]] the association", "afternoon [[she]] said the association",
          "said [[the association had attended two public participation meetings in April and had \"every opportunity\" to object]].", kind="pronoun", res="person", denial="denial"),
        A("read,\" Botha [[said]].", "read,\" [[Botha]] said.",
          "[[\"The minutes are there for anyone to read,\"]] Botha", kind="person"),
        A("has seen, [[record]] that", "[[The minutes of the 14 April meeting]], which",
          "record [[that a representative of the association asked for the fee to be phased in over a year]].", kind="document"),
        A("Tshabalala [[called]] the mayor's", "[[Tshabalala]] called the mayor's",
          "called [[the mayor's account \"a cut-and-paste version of what happened\"]].", kind="person", denial="dismissal"),
        A("He [[said]] the association would", "[[He]] said the association would",
          "said [[the association would approach the high court for an interdict if the fee was not suspended by Friday]].", kind="pronoun", res="person"),
        A("Jacobs [[said]] the fee", "[[Opposition councillor Farieda Jacobs]] said",
          "said [[the fee had been rushed through to plug a hole in the budget]].", kind="person"),
        A("she [[wrote]] on Facebook", "taxi owners,\" [[she]] wrote",
          "[[\"This council spends R3 million a year on consultants and then wants to squeeze taxi owners,\"]] she", kind="pronoun", res="person", channel="post"),
        A("Fourie [[said]] the fee", "[[Municipal finance head Mr Dirk Fourie]] said",
          "said [[the fee covered only the cost of cleaning, security and lighting at the rank]].", kind="person", denial="denial"),
        A("he [[declined to comment]].", "from it, [[he]] declined",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("back?\" [[asked]] Thandeka", "asked [[Thandeka Mkhize, a domestic worker who waited at the rank for four hours]].",
          "[[\"I lost a day's wages. Who is going to pay me back?\"]] asked", kind="person"),
        A("Zulu [[said]] the alliance", "[[Alliance spokesperson Siyabonga Zulu]] said",
          "said [[the alliance \"does not support actions that punish commuters\"]], but", kind="person"),
        A("Maqoma [[said]] no arrests", "[[Police spokesperson Sergeant Ruth Maqoma]] said",
          "said [[no arrests were made]].", kind="person"),
        A("Botha [[is expected]] to meet", None,
          ["[[Botha]] is expected", "is expected [[to meet association leaders on Wednesday]]."]),
        A("Transport [[did not respond to a request for comment]]", "[[The Department of Transport]] did not",
          None, kind="organization", denial="no-response"),
    ])

# ---------------------------------------------------------------------------------------------
# the-proscenium: Scottish arts and festivals desk (curly single quotes, colon quotes)
# ---------------------------------------------------------------------------------------------
article("the-proscenium", "2025-03-04", "coalshore-theatre-funding-cut",
    "Coalshore Theatre warns of June closure after multi-year funding refusal",
    [
        "The Coalshore Theatre in Leith could close its doors in June after its bid for multi-year funding was rejected, The Proscenium has learned.",
        "The 220-seat venue, which has staged new Scottish writing since 1987, was told in a letter last Thursday that its application to the national arts funder’s multi-year programme had not been successful. The letter, seen by The Proscenium, said the application scored ‘below the threshold’ on financial resilience.",
        "Artistic director Morven Laidlaw was blunt: ‘Without this money we close in June. There is no plan B that doesn’t involve switching the lights off.’",
        "Laidlaw said the theatre had been asked to submit its accounts in a new format only three weeks before the deadline. She believes the assessors ‘simply did not understand’ how a small producing house raises money.",
        "Two members of the theatre’s board, who spoke on condition that they were not named because the board has agreed not to comment while it seeks a review, said trustees had been warned in December that the bid was at risk. ‘We were told to cut our ambitions and we refused,’ one said.",
        "The funder said in a statement that it did not comment on individual applications but that ‘every decision was made against published criteria’. A spokeswoman rejected suggestions that Edinburgh venues had been treated more harshly than those in Glasgow, saying the success rates were ‘almost identical’.",
        "The playwright Callum Breck, whose first three plays premiered at the Coalshore, called the decision ‘an act of cultural vandalism’. In a post on Bluesky he wrote that the venue had ‘given more writers a first break than any building in the country’.",
        "Culture secretary Fiona Rennie’s office said the minister was ‘aware of the concerns’ and that the funder operated at arm’s length from government. It declined to say whether emergency support would be offered.",
        "It is understood that at least four other Edinburgh organisations were also turned down. The Lothian Herald reported on Monday that one of them, the Pentland Puppet Company, has already begun consulting staff on redundancies. The company did not respond to a request for comment.",
        "The City of Edinburgh Council, which owns the Coalshore building, is expected to discuss the lease at its culture committee next month. A council spokesman said officers were ‘keen to find a way forward’.",
        "Laidlaw insists the theatre is not giving up. ‘We have survived two recessions and a pandemic,’ she said.",
    ],
    [
        A("The Proscenium [[has learned]].", "rejected, [[The Proscenium]] has learned.",
          "[[The Coalshore Theatre in Leith could close its doors in June after its bid for multi-year funding was rejected]], The Proscenium", kind="self"),
        A("1987, [[was told]] in a letter", None,
          "in a letter last Thursday [[that its application to the national arts funder’s multi-year programme had not been successful]].", channel="letter"),
        A("The Proscenium, [[said]] the application", "[[The letter]], seen by",
          "said [[the application scored ‘below the threshold’ on financial resilience]].", kind="document"),
        A("Laidlaw was blunt[[:]]", "[[Artistic director Morven Laidlaw]] was blunt",
          "blunt: [[‘Without this money we close in June. There is no plan B that doesn’t involve switching the lights off.’]]", kind="person"),
        A("Laidlaw [[said]] the theatre had", "[[Laidlaw]] said the theatre had",
          "said [[the theatre had been asked to submit its accounts in a new format only three weeks before the deadline]].", kind="person"),
        A("She [[believes]] the assessors", "[[She]] believes the assessors",
          "believes [[the assessors ‘simply did not understand’ how a small producing house raises money]].", kind="pronoun", res="person"),
        A("seeks a review, [[said]] trustees", "[[Two members of the theatre’s board]], who spoke",
          "said [[trustees had been warned in December that the bid was at risk]].", kind="anonymous", spec="described", reason=True),
        A("trustees [[had been warned]] in December", None,
          "in December [[that the bid was at risk]]."),
        A("refused,’ one [[said]].", "refused,’ [[one]] said.",
          "[[‘We were told to cut our ambitions and we refused,’]] one", kind="anonymous", spec="described", reason=True),
        A("The funder [[said]] in a statement", "[[The funder]] said in a statement",
          "in a statement [[that it did not comment on individual applications but that ‘every decision was made against published criteria’]].", kind="organization", denial="no-comment", channel="statement"),
        A("A spokeswoman [[rejected]] suggestions", "[[A spokeswoman]] rejected suggestions",
          "rejected [[suggestions that Edinburgh venues had been treated more harshly than those in Glasgow]], saying", kind="organization", denial="denial"),
        A("rejected [[suggestions]] that Edinburgh", None,
          "suggestions [[that Edinburgh venues had been treated more harshly than those in Glasgow]], saying"),
        A("Glasgow, [[saying]] the success", "[[A spokeswoman]] rejected suggestions",
          "saying [[the success rates were ‘almost identical’]].", kind="organization", denial="denial"),
        A("Coalshore, [[called]] the decision", "[[The playwright Callum Breck]], whose",
          "called [[the decision ‘an act of cultural vandalism’]].", kind="person"),
        A("he [[wrote]] that the venue", "Bluesky [[he]] wrote",
          "wrote [[that the venue had ‘given more writers a first break than any building in the country’]].", kind="pronoun", res="person", channel="post"),
        A("office [[said]] the minister", "[[Culture secretary Fiona Rennie’s office]] said",
          "said [[the minister was ‘aware of the concerns’ and that the funder operated at arm’s length from government]].", kind="organization"),
        A("It [[declined to say]] whether", "[[It]] declined to say whether",
          None, kind="pronoun", res="organization", denial="no-comment"),
        A("[[It is understood]] that at least four", None,
          "It is understood [[that at least four other Edinburgh organisations were also turned down]]."),
        A("Herald [[reported]] on Monday", "[[The Lothian Herald]] reported",
          "on Monday [[that one of them, the Pentland Puppet Company, has already begun consulting staff on redundancies]].", kind="outlet"),
        A("The company [[did not respond to a request for comment]].", "[[The company]] did not respond to a request",
          None, kind="organization", denial="no-response"),
        A("building, [[is expected]] to discuss", None,
          ["[[The City of Edinburgh Council]], which owns", "is expected [[to discuss the lease at its culture committee next month]]."]),
        A("spokesman [[said]] officers", "[[A council spokesman]] said officers",
          "said [[officers were ‘keen to find a way forward’]].", kind="organization"),
        A("Laidlaw [[insists]] the theatre", "[[Laidlaw]] insists",
          "insists [[the theatre is not giving up]].", kind="person"),
        A("pandemic,’ she [[said]].", "pandemic,’ [[she]] said.",
          "[[‘We have survived two recessions and a pandemic,’]] she", kind="pronoun", res="person"),
    ])

article("the-proscenium", "2025-06-10", "caledonian-chamber-orchestra-tour-cancelled",
    "Caledonian Chamber Orchestra cancels Highlands tour, blaming venue costs",
    [
        "The Caledonian Chamber Orchestra has cancelled its autumn tour of the Highlands and Islands, saying the cost of hiring village halls and transporting players had risen by almost 40 per cent in two years.",
        "In a statement on its website, the orchestra said it had ‘explored every option’ before taking the decision, including reducing the number of players and asking local promoters to share costs. The tour would have visited 14 communities from Ullapool to Lerwick.",
        "Chief executive Alasdair Munro told The Proscenium the orchestra could no longer subsidise rural concerts from its city income. ‘A concert in Durness costs us three times what it costs in Glasgow, and we sell a fraction of the tickets,’ he said. ‘That is not sustainable.’",
        "Promoters were dismayed. Kirsteen MacAulay, who runs the Assynt Music Circle, said the cancellation would leave some villages without a live classical concert for the first time in 30 years. ‘They are treating us like a line in a spreadsheet,’ she said.",
        "Munro rejected that criticism. ‘Nobody in this organisation sees the Highlands as an afterthought. We have toured there every year since 1994,’ he said.",
        "The Highland Arts Network, which represents 60 rural promoters, said in an open letter to the orchestra’s board that the decision had been taken ‘without any meaningful conversation’ with the people who book its concerts. The letter, signed by 41 promoters, calls for the tour to be reinstated in reduced form.",
        "According to the orchestra’s most recent annual report, touring accounted for 11 per cent of its spending in 2023–24 but attracted almost a quarter of its audiences.",
        "The musicians’ union said members had been told their autumn contracts would be cut by six weeks. Regional organiser Hamish Dunlop called the move ‘a pay cut by another name’. Orchestra management disputed his figures, saying most players would lose ‘no more than three weeks’ of work.",
        "Far North Arts Forum convener Jean Sutherland said she had written to the orchestra asking it to think again. The forum has not been asked for additional funding, a forum spokesperson said.",
        "Violinist and former orchestra member Ruth Galbraith, who grew up in Wick, described the rural tours as ‘the reason I became a musician’. Writing in the Northern Times last week, she argued that orchestras had ‘a duty to play where the audiences are small’.",
        "The orchestra’s chair, Sir Douglas Kerr, declined to comment when approached at a concert in Perth on Saturday.",
    ],
    [
        A("Islands, [[saying]] the cost", "[[The Caledonian Chamber Orchestra]] has cancelled",
          "saying [[the cost of hiring village halls and transporting players had risen by almost 40 per cent in two years]].", kind="organization"),
        A("the orchestra [[said]] it had", "website, [[the orchestra]] said it had",
          "said [[it had ‘explored every option’ before taking the decision, including reducing the number of players and asking local promoters to share costs]].", kind="organization", channel="statement"),
        A("Munro [[told]] The Proscenium", "[[Chief executive Alasdair Munro]] told",
          "The Proscenium [[the orchestra could no longer subsidise rural concerts from its city income]].", kind="person"),
        A("the tickets,’ he [[said]].", "the tickets,’ [[he]] said.",
          ["[[‘A concert in Durness costs us three times what it costs in Glasgow, and we sell a fraction of the tickets,’]] he", "he said. [[‘That is not sustainable.’]]"], kind="pronoun", res="person"),
        A("Music Circle, [[said]] the cancellation", "[[Kirsteen MacAulay]], who runs",
          "said [[the cancellation would leave some villages without a live classical concert for the first time in 30 years]].", kind="person"),
        A("spreadsheet,’ she [[said]].", "spreadsheet,’ [[she]] said.",
          "[[‘They are treating us like a line in a spreadsheet,’]] she", kind="pronoun", res="person"),
        A("Munro [[rejected]] that criticism", "[[Munro]] rejected that criticism",
          "rejected [[that criticism]].", kind="person", denial="denial"),
        A("since 1994,’ he [[said]].", "since 1994,’ [[he]] said.",
          "[[‘Nobody in this organisation sees the Highlands as an afterthought. We have toured there every year since 1994,’]] he", kind="pronoun", res="person", denial="denial"),
        A("promoters, [[said]] in an open letter", "[[The Highland Arts Network]], which represents",
          "board [[that the decision had been taken ‘without any meaningful conversation’ with the people who book its concerts]].", kind="organization", channel="letter"),
        A("[[According to]] the orchestra’s", "According to [[the orchestra’s most recent annual report]], touring",
          "annual report, [[touring accounted for 11 per cent of its spending in 2023–24 but attracted almost a quarter of its audiences]].", kind="document"),
        A("union [[said]] members", "[[The musicians’ union]] said members",
          "said [[members had been told their autumn contracts would be cut by six weeks]].", kind="organization"),
        A("members [[had been told]] their", None,
          "had been told [[their autumn contracts would be cut by six weeks]]."),
        A("Dunlop [[called]] the move", "[[Regional organiser Hamish Dunlop]] called",
          "called [[the move ‘a pay cut by another name’]].", kind="person"),
        A("management [[disputed]] his figures", "[[Orchestra management]] disputed",
          "disputed [[his figures]], saying", kind="organization", denial="denial"),
        A("figures, [[saying]] most players", "[[Orchestra management]] disputed",
          "saying [[most players would lose ‘no more than three weeks’ of work]].", kind="organization", denial="denial"),
        A("Sutherland [[said]] she had written", "[[Far North Arts Forum convener Jean Sutherland]] said",
          "said [[she had written to the orchestra asking it to think again]].", kind="person"),
        A("a forum spokesperson [[said]].", "funding, [[a forum spokesperson]] said.",
          "[[The forum has not been asked for additional funding]], a forum", kind="organization"),
        A("Wick, [[described]] the rural", "[[Violinist and former orchestra member Ruth Galbraith]], who grew",
          "described [[the rural tours as ‘the reason I became a musician’]].", kind="person"),
        A("she [[argued]] that orchestras", "last week, [[she]] argued",
          "argued [[that orchestras had ‘a duty to play where the audiences are small’]].", kind="pronoun", res="person"),
        A("Kerr, [[declined to comment]] when", "[[The orchestra’s chair, Sir Douglas Kerr]], declined",
          None, kind="person", denial="no-comment"),
    ])

article("the-proscenium", "2025-10-21", "tollcross-gallery-director-resigns",
    "Tollcross Gallery director quits amid row over cancelled exhibition",
    [
        "The director of the Tollcross Gallery in Glasgow has resigned, weeks after the venue cancelled an exhibition by the artist Niamh Ferrie following complaints from a corporate sponsor.",
        "Helen Strachan, who led the gallery for six years, confirmed her departure in an email to staff on Friday. In the email, which has been shared with The Proscenium, she wrote that she could ‘no longer defend decisions I did not make’.",
        "The gallery’s board said in a brief statement that Strachan had left ‘by mutual agreement’ and thanked her for her service. It denied that the sponsor had played any part in the decision to cancel Ferrie’s show, which included works critical of offshore drilling.",
        "But three people with knowledge of the board’s discussions said the energy company Kelvinside Petroleum had threatened to withdraw £90,000 of support if the exhibition went ahead. One of them, a former trustee who asked not to be named to protect professional relationships, said the sponsor’s objections were ‘discussed openly’ at a meeting in August.",
        "‘Anyone who says money didn’t come into it wasn’t in the room,’ the former trustee said.",
        "Kelvinside Petroleum said it ‘has never sought to influence artistic programming’ at any venue it supports. A spokesman described the claims as ‘entirely without foundation’. The company did not respond to follow-up questions about the August meeting.",
        "Ferrie herself has been outspoken. ‘I was told the work was “not the right fit for this moment”. That is a phrase people use when they mean something else,’ she told The Proscenium.",
        "The Proscenium has seen minutes of the August meeting, which record that the board ‘noted correspondence from a partner organisation’ but do not name the company.",
        "Board chair Graham Lennox did not return calls. A second trustee, reached by phone, said only: ‘You’ll need to speak to the chair.’",
        "The row has drawn in other artists. More than 200 of them have signed an open letter accusing the gallery of ‘censorship by sponsorship’, and several have asked for their work to be withdrawn from the gallery’s winter show.",
        "Arts funders are watching closely. The Clydeside Culture Trust, which gives the gallery an annual grant, said it had asked the board for ‘a full account’ of the decision. A staff member, who spoke on condition of anonymity, said morale was ‘at rock bottom’.",
        "Strachan has not spoken publicly since her resignation. Friends say she is considering legal action.",
    ],
    [
        A("Strachan, who led the gallery for six years, [[confirmed]]", "[[Helen Strachan]], who led",
          "confirmed [[her departure]] in an email", kind="person", channel="email"),
        A("she [[wrote]] that she could", "The Proscenium, [[she]] wrote",
          "wrote [[that she could ‘no longer defend decisions I did not make’]].", kind="pronoun", res="person", channel="email"),
        A("board [[said]] in a brief statement", "[[The gallery’s board]] said",
          "in a brief statement [[that Strachan had left ‘by mutual agreement’]] and", kind="organization", channel="statement"),
        A("It [[denied]] that the sponsor", "[[It]] denied that the sponsor",
          "denied [[that the sponsor had played any part in the decision to cancel Ferrie’s show, which included works critical of offshore drilling]].", kind="pronoun", res="organization", denial="denial"),
        A("board’s discussions [[said]] the energy", "But [[three people with knowledge of the board’s discussions]] said",
          "said [[the energy company Kelvinside Petroleum had threatened to withdraw £90,000 of support if the exhibition went ahead]].", kind="anonymous", spec="vague", reason=False),
        A("relationships, [[said]] the sponsor’s", "[[One of them, a former trustee]] who asked",
          "said [[the sponsor’s objections were ‘discussed openly’ at a meeting in August]].", kind="anonymous", spec="described", reason=True),
        A("the former trustee [[said]].", "room,’ [[the former trustee]] said.",
          "[[‘Anyone who says money didn’t come into it wasn’t in the room,’]] the former", kind="anonymous", spec="described", reason=True),
        A("‘Anyone who [[says]] money", "‘[[Anyone]] who says money",
          "says [[money didn’t come into it]] wasn’t", kind="vague"),
        A("Petroleum [[said]] it ‘has never", "[[Kelvinside Petroleum]] said it ‘has never",
          "said [[it ‘has never sought to influence artistic programming’ at any venue it supports]].", kind="organization", denial="denial"),
        A("spokesman [[described]] the claims", "[[A spokesman]] described",
          "described [[the claims]] as", kind="organization", denial="dismissal"),
        A("company [[did not respond to follow-up questions]]", "The [[company]] did not respond to follow-up",
          None, kind="organization", denial="no-response"),
        A("‘I [[was told]] the work", None,
          "was told [[the work was “not the right fit for this moment”]]."),
        A("she [[told]] The Proscenium.", "something else,’ [[she]] told",
          "[[‘I was told the work was “not the right fit for this moment”. That is a phrase people use when they mean something else,’]] she", kind="pronoun", res="person"),
        A("August meeting, which [[record]] that", "seen [[minutes of the August meeting]], which record",
          "record [[that the board ‘noted correspondence from a partner organisation’ but do not name the company]].", kind="document"),
        A("Lennox [[did not return calls]].", "[[Board chair Graham Lennox]] did not",
          None, kind="person", denial="no-response"),
        A("phone, [[said]] only:", "[[A second trustee]], reached",
          "only: [[‘You’ll need to speak to the chair.’]]", kind="anonymous", spec="described", reason=False, denial="no-comment", channel="phone"),
        A("open letter [[accusing]] the gallery", "[[More than 200 of them]] have signed",
          "accusing [[the gallery of ‘censorship by sponsorship’]], and", kind="vague", channel="letter"),
        A("grant, [[said]] it had asked", "[[The Clydeside Culture Trust]], which gives",
          "said [[it had asked the board for ‘a full account’ of the decision]].", kind="organization"),
        A("anonymity, [[said]] morale", "[[A staff member]], who spoke",
          "said [[morale was ‘at rock bottom’]].", kind="anonymous", spec="described", reason=False),
        A("Friends [[say]] she is", "[[Friends]] say she is",
          "say [[she is considering legal action]].", kind="vague"),
    ])


# ---------------------------------------------------------------------------------------------
# selat-business: Malaysian business daily, corporate and property desk (straight single quotes)
# ---------------------------------------------------------------------------------------------
article("selat-business", "2025-01-14", "permata-heights-abandoned-project",
    "Buyers fume as Permata Heights project stalls for third year",
    [
        "KUALA LUMPUR: More than 600 buyers of the Permata Heights condominium project in Cheras have been left in limbo after construction stalled for a third year, with the developer blaming a dispute with its main contractor.",
        "Seri Anggun Development Bhd said in a filing with Bursa Malaysia on Monday that it had terminated the contract of Wangsa Bina Sdn Bhd for 'persistent failure to meet agreed milestones' and would appoint a replacement within 60 days.",
        "Wangsa Bina managing director Datuk Lim Chee Keong disputed the developer's account. 'We stopped work because we were not paid for eight months. It is as simple as that,' he said when contacted by Selat Business.",
        "It is learnt that Wangsa Bina is owed about RM47 million for work already certified by the project architect. Sources familiar with the matter said the contractor was preparing to file a winding-up petition against the developer as early as this week.",
        "Buyers say they are paying instalments on loans for homes that do not exist. 'I have paid RM180,000 so far and I am still renting a room in Ampang,' said Nurul Aina Hashim, a 34-year-old teacher who bought a unit in 2019.",
        "The Permata Heights Buyers Action Committee has lodged a complaint with the Housing and Local Government Ministry. Its chairman, Rajesh Subramaniam, said buyers had been given 'three different completion dates in three years'.",
        "A ministry official, who declined to be named as he was not authorised to speak to the media, said the project had been listed as 'sick' since 2023. 'We have called the developer in twice. Each time they promise a new timeline,' the official said.",
        "Seri Anggun chief executive Tan Sri Ahmad Rizal Osman denied that the company was in financial difficulty. In an interview, he said the group had 'more than sufficient' cash and unbilled sales of RM1.2 billion across its projects.",
        "However, analysts at Berjasa Research noted that the developer's net gearing had risen to 0.9 times at end-September from 0.4 times a year earlier. The research house maintained its 'sell' call on the stock.",
        "Seri Anggun shares fell 6.2 per cent to 45 sen on Monday. The company's investor relations department did not respond to questions about the gearing figure.",
        "Under the Housing Development Act, buyers are entitled to compensation for late delivery. Lawyer Vanessa Chong, who acts for about 80 buyers, said her clients were considering a class action.",
        "The ministry is expected to announce whether it will appoint a rescue contractor by the end of the month.",
    ],
    [
        A("Cheras have been left in limbo after construction stalled for a third year, with the developer [[blaming]]", "with [[the developer]] blaming",
          "blaming [[a dispute with its main contractor]].", kind="organization"),
        A("Bhd [[said]] in a filing", "[[Seri Anggun Development Bhd]] said in a filing",
          "on Monday [[that it had terminated the contract of Wangsa Bina Sdn Bhd for 'persistent failure to meet agreed milestones' and would appoint a replacement within 60 days]].", kind="organization", channel="filing"),
        A("Keong [[disputed]] the developer's", "[[Wangsa Bina managing director Datuk Lim Chee Keong]] disputed",
          "disputed [[the developer's account]].", kind="person", denial="denial"),
        A("simple as that,' he [[said]] when", "simple as that,' [[he]] said when",
          "[['We stopped work because we were not paid for eight months. It is as simple as that,']] he", kind="pronoun", res="person", denial="denial"),
        A("[[It is learnt]] that Wangsa", None,
          "It is learnt [[that Wangsa Bina is owed about RM47 million for work already certified by the project architect]]."),
        A("matter [[said]] the contractor", "[[Sources familiar with the matter]] said",
          "said [[the contractor was preparing to file a winding-up petition against the developer as early as this week]].", kind="anonymous", spec="vague", reason=False),
        A("Buyers [[say]] they are paying", "[[Buyers]] say they are paying",
          "say [[they are paying instalments on loans for homes that do not exist]].", kind="vague"),
        A("in Ampang,' [[said]] Nurul", "said [[Nurul Aina Hashim, a 34-year-old teacher who bought a unit in 2019]].",
          "[['I have paid RM180,000 so far and I am still renting a room in Ampang,']] said", kind="person"),
        A("Subramaniam, [[said]] buyers", "[[Its chairman, Rajesh Subramaniam]], said",
          "said [[buyers had been given 'three different completion dates in three years']].", kind="person"),
        A("to the media, [[said]] the project", "[[A ministry official]], who declined",
          "said [[the project had been listed as 'sick' since 2023]].", kind="anonymous", spec="described", reason=True),
        A("timeline,' the official [[said]].", "timeline,' [[the official]] said.",
          "[['We have called the developer in twice. Each time they promise a new timeline,']] the official", kind="anonymous", spec="described", reason=True),
        A("Osman [[denied]] that the company", "[[Seri Anggun chief executive Tan Sri Ahmad Rizal Osman]] denied",
          "denied [[that the company was in financial difficulty]].", kind="person", denial="denial"),
        A("interview, he [[said]] the group", "interview, [[he]] said the group",
          "said [[the group had 'more than sufficient' cash and unbilled sales of RM1.2 billion across its projects]].", kind="pronoun", res="person", denial="denial", channel="interview"),
        A("Research [[noted]] that", "However, [[analysts at Berjasa Research]] noted",
          "noted [[that the developer's net gearing had risen to 0.9 times at end-September from 0.4 times a year earlier]].", kind="organization"),
        A("department [[did not respond to questions]]", "[[The company's investor relations department]] did not",
          None, kind="organization", denial="no-response"),
        A("buyers, [[said]] her clients", "[[Lawyer Vanessa Chong]], who acts",
          "said [[her clients were considering a class action]].", kind="person"),
        A("ministry [[is expected]] to announce", None,
          ["[[The ministry]] is expected", "is expected [[to announce whether it will appoint a rescue contractor by the end of the month]]."]),
    ])

article("selat-business", "2025-04-22", "tanjung-sawit-takeover-bid",
    "Tanjung Sawit board weighs RM2.1b offer as founding family splits",
    [
        "KUALA LUMPUR: The board of plantation group Tanjung Sawit Bhd is weighing a RM2.1 billion takeover offer from Singapore-listed Greenmere Agri Holdings, in a deal that has exposed a rift within the company's founding Teoh family.",
        "In a notice to Bursa Malaysia last Friday, Tanjung Sawit confirmed it had received an unsolicited offer of RM3.40 per share, a 28 per cent premium to its three-month average price. The board said it would appoint an independent adviser and urged shareholders to 'take no action' for now.",
        "Sources said executive chairman Teoh Kim Hock, who with his immediate family controls 31 per cent of the company, is in favour of the offer. His younger brother and deputy chairman, Teoh Kim Seng, is understood to oppose it.",
        "'My father did not build this company for 50 years to sell it to the first foreigner with a chequebook,' Kim Seng told Selat Business. He declined to say whether he would mount a counter-bid.",
        "A person close to Kim Hock, who asked not to be identified because the talks are private, said the chairman believed the offer was 'fair and final' given the volatility of crude palm oil prices. 'He is thinking of the minority shareholders, not family pride,' the person said.",
        "Kim Hock himself declined to comment on the family dispute, saying only that the board would 'act in the interests of all shareholders'.",
        "Greenmere said in a statement that it had 'no intention' of delisting Tanjung Sawit or closing its Sabah mills. It dismissed talk of job losses as 'speculation'. Greenmere chief executive Marcus Yeo said the group had 'great respect' for the Teoh family and its history.",
        "Analysts are divided. Farid Kamaruddin of Tembusu Securities argued in a note to clients that the price 'undervalues the landbank by at least RM400 million'. Other analysts said the offer was generous given ageing trees and rising labour costs.",
        "Employees are nervous. Two managers at the group's Lahad Datu estates, who spoke on condition of anonymity for fear of losing their jobs, said workers had been told nothing about the offer. 'We read about it in the papers like everyone else,' one said.",
        "The state pension fund Kumpulan Simpanan Pekerja Desa, which holds 8 per cent, did not respond to a request for comment. It is learnt that Greenmere approached at least one other major shareholder before making its offer public.",
        "The independent adviser's report is expected within 30 days.",
    ],
    [
        A("Sawit [[confirmed]] it had received", "Friday, [[Tanjung Sawit]] confirmed",
          "confirmed [[it had received an unsolicited offer of RM3.40 per share, a 28 per cent premium to its three-month average price]].", kind="organization", channel="announcement"),
        A("The board [[said]] it would appoint", "[[The board]] said it would appoint",
          "said [[it would appoint an independent adviser]] and", kind="organization"),
        A("[[Sources]] said executive", "[[Sources]] said executive",
          "said [[executive chairman Teoh Kim Hock, who with his immediate family controls 31 per cent of the company, is in favour of the offer]].", kind="anonymous", spec="vague", reason=False),
        A("Kim Seng, [[is understood]] to oppose", None,
          ["[[His younger brother and deputy chairman, Teoh Kim Seng]], is understood", "is understood [[to oppose it]]."]),
        A("Kim Seng [[told]] Selat Business", "chequebook,' [[Kim Seng]] told",
          "[['My father did not build this company for 50 years to sell it to the first foreigner with a chequebook,']] Kim Seng", kind="person"),
        A("He [[declined to say]] whether", "[[He]] declined to say whether",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("are private, [[said]] the chairman", "[[A person close to Kim Hock]], who asked",
          "said [[the chairman believed the offer was 'fair and final' given the volatility of crude palm oil prices]].", kind="anonymous", spec="described", reason=True),
        A("chairman [[believed]] the offer", "said [[the chairman]] believed",
          "believed [[the offer was 'fair and final' given the volatility of crude palm oil prices]].", kind="person"),
        A("family pride,' the person [[said]].", "family pride,' [[the person]] said.",
          "[['He is thinking of the minority shareholders, not family pride,']] the person", kind="anonymous", spec="described", reason=True),
        A("himself [[declined to comment]] on the family", "[[Kim Hock]] himself declined",
          None, kind="person", denial="no-comment"),
        A("dispute, [[saying]] only", "[[Kim Hock]] himself declined",
          "saying only [[that the board would 'act in the interests of all shareholders']].", kind="person"),
        A("Greenmere [[said]] in a statement", "[[Greenmere]] said in a statement",
          "in a statement [[that it had 'no intention' of delisting Tanjung Sawit or closing its Sabah mills]].", kind="organization", denial="denial", channel="statement"),
        A("It [[dismissed]] talk", "[[It]] dismissed talk",
          "dismissed [[talk of job losses]] as", kind="pronoun", res="organization", denial="dismissal"),
        A("Yeo [[said]] the group", "[[Greenmere chief executive Marcus Yeo]] said",
          "said [[the group had 'great respect' for the Teoh family and its history]].", kind="person"),
        A("Securities [[argued]] in a note", "[[Farid Kamaruddin of Tembusu Securities]] argued",
          "to clients [[that the price 'undervalues the landbank by at least RM400 million']].", kind="person", channel="note"),
        A("Other analysts [[said]] the offer", "[[Other analysts]] said the offer",
          "said [[the offer was generous given ageing trees and rising labour costs]].", kind="vague"),
        A("their jobs, [[said]] workers", "[[Two managers at the group's Lahad Datu estates]], who spoke",
          "said [[workers had been told nothing about the offer]].", kind="anonymous", spec="described", reason=True),
        A("everyone else,' one [[said]].", "everyone else,' [[one]] said.",
          "[['We read about it in the papers like everyone else,']] one", kind="anonymous", spec="described", reason=True),
        A("8 per cent, [[did not respond to a request for comment]]", "[[The state pension fund Kumpulan Simpanan Pekerja Desa]], which holds",
          None, kind="organization", denial="no-response"),
        A("[[It is learnt]] that Greenmere", None,
          "It is learnt [[that Greenmere approached at least one other major shareholder before making its offer public]]."),
        A("report [[is expected]] within", None,
          ["[[The independent adviser's report]] is expected", "is expected [[within 30 days]]."]),
    ])

article("selat-business", "2025-09-09", "kuala-linggi-port-tariff-hike",
    "Shippers cry foul over Kuala Linggi port's 18pc tariff hike",
    [
        "MELAKA: Shipping lines and freight forwarders have attacked a plan by Linggi Port Holdings Bhd to raise container handling charges by 18 per cent from January, saying the increase will be passed on to manufacturers already squeezed by weak export demand.",
        "The port operator said in a circular to customers dated Sept 2 that the revision was needed to fund a RM900 million expansion of its container terminal and reflected 'significant increases in energy and labour costs'.",
        "Malaysian Freight Forwarders Alliance president Dato' Harjit Singh Gill said the association's members had not been consulted. 'An 18 per cent jump in one go is unheard of. We will be writing to the minister,' he told Selat Business.",
        "According to the alliance, handling charges at the port have already risen by 22 per cent since 2021.",
        "Linggi Port chief executive Encik Zulkifli Hamzah rejected the alliance's figure. 'That number includes a fuel surcharge that was later withdrawn. Our real increase over that period is single-digit,' he said at a media briefing on Monday.",
        "Zulkifli also dismissed claims that the port was using the expansion to justify higher profits. 'Every ringgit of the increase goes into the terminal,' he said.",
        "However, an executive at one of the three largest shipping lines calling at the port, who requested anonymity because his company is negotiating a new contract with Linggi Port, said the operator had offered discounts to two rival carriers in exchange for long-term volume guarantees. 'The big boys get a deal. Everyone else pays the 18 per cent,' he said.",
        "Linggi Port did not respond to questions about the alleged discounts.",
        "The tariff revision requires approval from the Port Authority, which said it had received the application and would 'study it carefully'. An official at the authority, who was not authorised to comment, said approval was likely but the increase could be staged over two years.",
        "Shares of Linggi Port rose 3.1 per cent to RM2.64 on Monday. Analysts at Kerisi Investment Bank said the hike could lift the group's 2026 net profit by as much as 14 per cent, and upgraded the stock to 'buy'.",
        "The Federation of Melaka Manufacturers, which represents about 300 factories, said it was 'deeply concerned'. Its secretary-general, Madam Ong Siew Lan, declined to comment further until members had met.",
        "Transport Minister Datuk Seri Anthony Lau is reportedly unhappy that the port did not consult his ministry before announcing the increase. His press secretary said the minister had no comment at this stage.",
    ],
    [
        A("forwarders have attacked a plan by Linggi Port Holdings Bhd to raise container handling charges by 18 per cent from January, [[saying]]", "[[Shipping lines and freight forwarders]] have attacked",
          "saying [[the increase will be passed on to manufacturers already squeezed by weak export demand]].", kind="vague"),
        A("operator [[said]] in a circular", "[[The port operator]] said in a circular",
          "Sept 2 [[that the revision was needed to fund a RM900 million expansion of its container terminal and reflected 'significant increases in energy and labour costs']].", kind="organization", channel="letter"),
        A("Gill [[said]] the association's", "[[Malaysian Freight Forwarders Alliance president Dato' Harjit Singh Gill]] said",
          "said [[the association's members had not been consulted]].", kind="person"),
        A("minister,' he [[told]] Selat", "minister,' [[he]] told",
          "[['An 18 per cent jump in one go is unheard of. We will be writing to the minister,']] he", kind="pronoun", res="person"),
        A("[[According to]] the alliance", "According to [[the alliance]], handling",
          "the alliance, [[handling charges at the port have already risen by 22 per cent since 2021]].", kind="organization"),
        A("Hamzah [[rejected]] the alliance's", "[[Linggi Port chief executive Encik Zulkifli Hamzah]] rejected",
          "rejected [[the alliance's figure]].", kind="person", denial="denial"),
        A("single-digit,' he [[said]] at a media", "single-digit,' [[he]] said",
          "[['That number includes a fuel surcharge that was later withdrawn. Our real increase over that period is single-digit,']] he", kind="pronoun", res="person", denial="denial"),
        A("Zulkifli also [[dismissed]] claims", "[[Zulkifli]] also dismissed",
          "dismissed [[claims that the port was using the expansion to justify higher profits]].", kind="person", denial="dismissal"),
        A("dismissed [[claims]] that the port", None,
          "claims [[that the port was using the expansion to justify higher profits]]."),
        A("the terminal,' he [[said]].", "the terminal,' [[he]] said.",
          "[['Every ringgit of the increase goes into the terminal,']] he", kind="pronoun", res="person", denial="denial"),
        A("Linggi Port, [[said]] the operator", "However, [[an executive at one of the three largest shipping lines calling at the port]], who requested",
          "said [[the operator had offered discounts to two rival carriers in exchange for long-term volume guarantees]].", kind="anonymous", spec="described", reason=True),
        A("the 18 per cent,' he [[said]].", "the 18 per cent,' [[he]] said.",
          "[['The big boys get a deal. Everyone else pays the 18 per cent,']] he", kind="pronoun", res="anonymous", spec="described", reason=True),
        A("Port [[did not respond to questions]] about the alleged", "[[Linggi Port]] did not respond to questions about",
          None, kind="organization", denial="no-response"),
        A("Authority, which [[said]] it had received", "from [[the Port Authority]], which said",
          "said [[it had received the application and would 'study it carefully']].", kind="organization"),
        A("comment, [[said]] approval", "[[An official at the authority]], who was not",
          "said [[approval was likely but the increase could be staged over two years]].", kind="anonymous", spec="described", reason=True),
        A("Bank [[said]] the hike", "[[Analysts at Kerisi Investment Bank]] said",
          "said [[the hike could lift the group's 2026 net profit by as much as 14 per cent]], and", kind="organization"),
        A("factories, [[said]] it was", "[[The Federation of Melaka Manufacturers]], which represents",
          "said [[it was 'deeply concerned']].", kind="organization"),
        A("Lan, [[declined to comment]] further", "[[Its secretary-general, Madam Ong Siew Lan]], declined",
          None, kind="person", denial="no-comment"),
        A("Lau is [[reportedly]] unhappy", None,
          ["[[Transport Minister Datuk Seri Anthony Lau is]] reportedly", "reportedly [[unhappy that the port did not consult his ministry before announcing the increase]]."]),
        A("secretary [[said]] the minister", "[[His press secretary]] said",
          "said [[the minister had no comment at this stage]].", kind="organization", denial="no-comment"),
    ])


# ---------------------------------------------------------------------------------------------
# respawn-report: US video-game industry trade site (curly double quotes, dash attributions)
# ---------------------------------------------------------------------------------------------
article("respawn-report", "2025-03-18", "hollowpine-studio-layoffs",
    "Hollowpine Interactive lays off 140 as Skyreach sequel is rebooted",
    [
        "Hollowpine Interactive, the Austin studio behind the Skyreach series, laid off about 140 employees on Monday, roughly a third of its staff, Respawn Report has learned.",
        "The cuts came as the studio restarted development on Skyreach 3 after nearly four years of work, according to three current and former employees who spoke on condition of anonymity because they signed severance agreements with non-disparagement clauses.",
        "“We were told in an all-hands that the game was ‘finding its identity.’ Then half my team got calendar invites for 10-minute meetings,” one of the former employees said.",
        "In an email to staff that was later posted to LinkedIn, studio head Dana Okafor wrote that the decision was “the hardest of my career” and that affected employees would receive 12 weeks of severance and health coverage through June.",
        "Hollowpine’s parent company, Vantor Entertainment, confirmed the layoffs but declined to say how many people were affected. “We are making changes to set Skyreach 3 up for long-term success,” a Vantor spokesperson said in a statement.",
        "The reboot follows a troubled 2024. Last October, the gaming site Pixel Ledger reported that an internal playtest of Skyreach 3 had gone badly and that Vantor executives had asked for the game’s open world to be cut in half. Hollowpine called that report “inaccurate” at the time.",
        "Sources said the studio’s leadership had known since at least December that a reboot was likely. A senior developer who left the studio last year, and who asked not to be named because he still works with Vantor-owned teams, said managers “kept hiring into a project they knew was going to be torn up.”",
        "Vantor denied that claim. The company “does not hire for roles it does not intend to fill,” the spokesperson said.",
        "Okafor did not respond to a request for comment sent through LinkedIn. Hollowpine’s head of communications, Priya Raman, could not be reached.",
        "The layoffs are the third round at a Vantor studio in 12 months. Analyst Ben Castellano of Larkspur Research believes the publisher is “quietly shrinking its first-party footprint” ahead of a possible sale of two studios.",
        "Vantor chief financial officer Lauren Decker told investors in February that the company expected “a leaner, more focused slate” in fiscal 2026. She declined to name any projects at risk.",
        "Skyreach 3 is now expected to ship no earlier than 2027, according to a person familiar with the new schedule.",
        "Affected workers have started a shared spreadsheet of open roles. “It is the only thing keeping us sane right now” — one former designer, in a message to Respawn Report.",
    ],
    [
        A("Respawn Report [[has learned]].", "staff, [[Respawn Report]] has learned.",
          "[[Hollowpine Interactive, the Austin studio behind the Skyreach series, laid off about 140 employees on Monday, roughly a third of its staff]], Respawn", kind="self"),
        A("work, [[according to]] three current", "according to [[three current and former employees]] who spoke",
          "[[The cuts came as the studio restarted development on Skyreach 3 after nearly four years of work]], according", kind="anonymous", spec="described", reason=True),
        A("“We [[were told]] in an all-hands", None,
          "in an all-hands [[that the game was ‘finding its identity.’]] Then"),
        A("one of the former employees [[said]].", "meetings,” [[one of the former employees]] said.",
          "[[“We were told in an all-hands that the game was ‘finding its identity.’ Then half my team got calendar invites for 10-minute meetings,”]] one", kind="anonymous", spec="described", reason=True),
        A("Okafor [[wrote]] that", "[[studio head Dana Okafor]] wrote",
          "wrote [[that the decision was “the hardest of my career” and that affected employees would receive 12 weeks of severance and health coverage through June]].", kind="person", channel="email"),
        A("Entertainment, [[confirmed]] the layoffs", "[[Hollowpine’s parent company, Vantor Entertainment]], confirmed",
          "confirmed [[the layoffs]] but", kind="organization"),
        A("but [[declined to say]] how many", "[[Hollowpine’s parent company, Vantor Entertainment]], confirmed",
          None, kind="organization", denial="no-comment"),
        A("a Vantor spokesperson [[said]] in a statement", "success,” [[a Vantor spokesperson]] said",
          "[[“We are making changes to set Skyreach 3 up for long-term success,”]] a Vantor", kind="organization", channel="statement"),
        A("Pixel Ledger [[reported]] that", "the gaming site [[Pixel Ledger]] reported",
          "reported [[that an internal playtest of Skyreach 3 had gone badly and that Vantor executives had asked for the game’s open world to be cut in half]].", kind="outlet"),
        A("Hollowpine [[called]] that report", "[[Hollowpine]] called that report",
          "called [[that report “inaccurate”]] at the time", kind="organization", denial="denial"),
        A("[[Sources]] said the studio’s", "[[Sources]] said the studio’s",
          "said [[the studio’s leadership had known since at least December that a reboot was likely]].", kind="anonymous", spec="vague", reason=False),
        A("Vantor-owned teams, [[said]] managers", "[[A senior developer who left the studio last year]], and who",
          "said [[managers “kept hiring into a project they knew was going to be torn up.”]]", kind="anonymous", spec="described", reason=True),
        A("Vantor [[denied]] that claim", "[[Vantor]] denied that claim",
          "denied [[that claim]].", kind="organization", denial="denial"),
        A("fill,” the spokesperson [[said]].", "fill,” [[the spokesperson]] said.",
          "The company [[“does not hire for roles it does not intend to fill,”]] the spokesperson", kind="organization", denial="denial"),
        A("Okafor [[did not respond to a request for comment]]", "[[Okafor]] did not respond",
          None, kind="person", denial="no-response"),
        A("Raman, [[could not be reached]].", "[[Hollowpine’s head of communications, Priya Raman]], could",
          None, kind="person", denial="no-response"),
        A("Research [[believes]] the publisher", "[[Analyst Ben Castellano of Larkspur Research]] believes",
          "believes [[the publisher is “quietly shrinking its first-party footprint” ahead of a possible sale of two studios]].", kind="person"),
        A("Decker [[told]] investors", "[[Vantor chief financial officer Lauren Decker]] told",
          "in February [[that the company expected “a leaner, more focused slate” in fiscal 2026]].", kind="person"),
        A("company [[expected]] “a leaner", "that [[the company]] expected",
          "expected [[“a leaner, more focused slate” in fiscal 2026]].", kind="organization"),
        A("She [[declined to name]] any", "[[She]] declined to name",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("2027, [[according to]] a person", "according to [[a person familiar with the new schedule]].",
          "[[Skyreach 3 is now expected to ship no earlier than 2027]], according", kind="anonymous", spec="vague", reason=False),
        A("Skyreach 3 [[is now expected]] to ship", None,
          ["[[Skyreach 3]] is now expected", "is now expected [[to ship no earlier than 2027]], according"]),
        A("right now” [[—]] one former", "— [[one former designer]], in a message",
          "[[“It is the only thing keeping us sane right now”]] —", kind="anonymous", spec="described", reason=False),
    ])

article("respawn-report", "2025-06-24", "ironmoth-crunch-allegations",
    "Ironmoth Games accused of six-month crunch on Veilwalker",
    [
        "Developers at Ironmoth Games worked mandatory 60-hour weeks for most of the past six months to ship the fantasy action game Veilwalker, according to eleven current and former staff who spoke to Respawn Report.",
        "Most asked not to be named because they fear being blacklisted in a small industry. Their accounts are supported by internal Slack messages and overtime schedules reviewed by Respawn Report. The studio employs about 210 people, according to its website, and opened a second office in Montreal last year.",
        "One schedule, dated January 9, lists “expected availability” for the combat team as 10am to 10pm, six days a week. A producer wrote in a Slack channel the same day that “nobody is forcing anyone, but the build won’t fix itself.”",
        "“It was framed as voluntary, but everyone knew who got the good projects afterwards,” said a quality-assurance tester who worked on the game for two years. Another developer said she had been hospitalized with exhaustion in March.",
        "Ironmoth co-founder and CEO Martin Keel denied that overtime had ever been mandatory. In a statement, he said the studio had “offered optional extended hours, fully compensated,” during the final stretch of development and was “proud of the team’s commitment.”",
        "Keel dismissed the Slack messages as “a handful of frustrated comments taken out of context.” He did not answer follow-up questions about the January schedule.",
        "Former art director Sofia Lindqvist, who left Ironmoth in April and agreed to be named, said that description was “simply not true.” She told Respawn Report that she had personally raised concerns about hours with human resources twice in February.",
        "The Game Workers Collective, an advocacy group, said the allegations were “sadly familiar.” Organizer Tyrese Bell called on Ironmoth’s publisher, Northlight Publishing, to commission an independent review.",
        "Northlight did not respond to multiple requests for comment. Veilwalker, released on June 3, has sold more than 1.5 million copies, the publisher announced last week.",
        "Ironmoth is reportedly planning a bonus payment to the Veilwalker team next month. A studio manager, who was not authorized to speak publicly, told Respawn Report the bonus had been discussed “as a thank-you, not an apology.”",
        "Veteran producer Alan Whitford, who has consulted for several mid-sized studios but not Ironmoth, said crunch of this length was “a management failure, full stop.”",
        "Lindqvist says she has no regrets about speaking out. “Somebody has to put their name on it,” she said.",
    ],
    [
        A("Veilwalker, [[according to]] eleven", "according to [[eleven current and former staff who spoke to Respawn Report]].",
          "[[Developers at Ironmoth Games worked mandatory 60-hour weeks for most of the past six months to ship the fantasy action game Veilwalker]], according", kind="anonymous", spec="described", reason=True),
        A("people, [[according to]] its website", "according to [[its website]], and",
          "[[The studio employs about 210 people]], according", kind="document"),
        A("January 9, [[lists]] “expected", "[[One schedule]], dated",
          "lists [[“expected availability” for the combat team as 10am to 10pm, six days a week]].", kind="document"),
        A("A producer [[wrote]] in a Slack", "[[A producer]] wrote in a Slack",
          "the same day [[that “nobody is forcing anyone, but the build won’t fix itself.”]]", kind="anonymous", spec="described", reason=False, channel="post"),
        A("[[said]] a quality-assurance", "said [[a quality-assurance tester who worked on the game for two years]].",
          "[[“It was framed as voluntary, but everyone knew who got the good projects afterwards,”]] said", kind="anonymous", spec="described", reason=True),
        A("Another developer [[said]] she", "[[Another developer]] said she",
          "said [[she had been hospitalized with exhaustion in March]].", kind="anonymous", spec="described", reason=True),
        A("Keel [[denied]] that overtime", "[[Ironmoth co-founder and CEO Martin Keel]] denied",
          "denied [[that overtime had ever been mandatory]].", kind="person", denial="denial"),
        A("statement, he [[said]] the studio", "statement, [[he]] said the studio",
          "said [[the studio had “offered optional extended hours, fully compensated,” during the final stretch of development and was “proud of the team’s commitment.”]]", kind="pronoun", res="person", denial="denial", channel="statement"),
        A("Keel [[dismissed]] the Slack", "[[Keel]] dismissed the Slack",
          "dismissed [[the Slack messages]] as", kind="person", denial="dismissal"),
        A("He [[did not answer follow-up questions]]", "[[He]] did not answer follow-up",
          None, kind="pronoun", res="person", denial="no-response"),
        A("named, [[said]] that description", "[[Former art director Sofia Lindqvist]], who left",
          "said [[that description was “simply not true.”]]", kind="person"),
        A("She [[told]] Respawn Report that she had", "[[She]] told Respawn Report that she had",
          "Respawn Report [[that she had personally raised concerns about hours with human resources twice in February]].", kind="pronoun", res="person"),
        A("personally [[raised concerns]] about", "that [[she]] had personally raised",
          "raised concerns [[about hours]] with", kind="pronoun", res="person"),
        A("advocacy group, [[said]] the allegations", "[[The Game Workers Collective]], an advocacy",
          "said [[the allegations were “sadly familiar.”]]", kind="organization"),
        A("Northlight [[did not respond to multiple requests for comment]].", "[[Northlight]] did not respond",
          None, kind="organization", denial="no-response"),
        A("the publisher [[announced]] last week", "copies, [[the publisher]] announced",
          "[[Veilwalker, released on June 3, has sold more than 1.5 million copies]], the publisher", kind="organization"),
        A("Ironmoth is [[reportedly]] planning", None,
          ["[[Ironmoth is]] reportedly planning", "reportedly [[planning a bonus payment to the Veilwalker team next month]]."]),
        A("publicly, [[told]] Respawn Report the bonus", "[[A studio manager]], who was not",
          "Respawn Report [[the bonus had been discussed “as a thank-you, not an apology.”]]", kind="anonymous", spec="described", reason=True),
        A("not Ironmoth, [[said]] crunch", "[[Veteran producer Alan Whitford]], who has",
          "said [[crunch of this length was “a management failure, full stop.”]]", kind="person"),
        A("Lindqvist [[says]] she has", "[[Lindqvist]] says she has",
          "says [[she has no regrets about speaking out]].", kind="person"),
        A("on it,” she [[said]].", "on it,” [[she]] said.",
          "[[“Somebody has to put their name on it,”]] she", kind="pronoun", res="person"),
    ])

article("respawn-report", "2025-10-07", "brightfold-qa-union-vote",
    "Brightfold QA testers vote to unionize despite management campaign",
    [
        "Quality-assurance testers at Brightfold Studios in Raleigh have voted 94 to 31 to join the Interactive Workers Guild, making them one of the largest unionized QA units in the U.S. games industry.",
        "The vote was certified by the National Labor Relations Board on Friday, the union said in a post on Bluesky. Brightfold, which makes the Lanternfall racing games, confirmed the result and said it would “bargain in good faith.”",
        "The win follows a campaign that organizers describe as bruising. Two testers told Respawn Report that managers held mandatory meetings in August at which a consultant warned that unionizing could mean “losing the flexibility you enjoy today.” Both asked not to be named because they are still on probation.",
        "Brightfold spokesperson Erin Vasquez said the meetings were “informational” and that attendance was not tracked. She rejected the suggestion that the company had tried to intimidate workers. “We respect our employees’ right to choose,” Vasquez said.",
        "Organizing committee member Jamal Whitaker, a tester for five years, said pay was the main issue. Testers at the studio start at $17 an hour, according to an internal pay band document shared with Respawn Report, compared with $29 for entry-level programmers.",
        "“We find the bugs that would sink a launch. We just want to be paid like it,” Whitaker said.",
        "The union filed an unfair labor practice charge in September, alleging that Brightfold moved two organizers to night shifts after they wore union pins at work. The company denied any connection. “Shift assignments are based on project needs, full stop,” Vasquez said in an email.",
        "A person familiar with Brightfold’s leadership said executives were “genuinely surprised” by the margin of the vote and had expected a much closer result. The person spoke on condition of anonymity to describe private conversations.",
        "Brightfold’s parent company, Cobaltline Media, did not respond to a request for comment. Cobaltline is reportedly considering outsourcing some testing work to a contractor in Poland, according to the gaming site Framerate Daily, which cited two unnamed sources.",
        "Asked about that report, Vasquez said Brightfold had “no plans” to move QA work overseas. Whitaker was unconvinced: “They said the same thing at another studio six months before the layoffs.”",
        "Labor historian Dr. Karen Osei, who studies tech-sector organizing, said QA units were often the first to organize because testers “are paid the least and see the most.”",
        "Bargaining is expected to begin in November.",
    ],
    [
        A("the union [[said]] in a post", "Friday, [[the union]] said in a post",
          "[[The vote was certified by the National Labor Relations Board on Friday]], the union", kind="organization", channel="post"),
        A("Brightfold, which makes the Lanternfall racing games, [[confirmed]]", "[[Brightfold]], which makes the Lanternfall",
          "confirmed [[the result]] and", kind="organization"),
        A("result and [[said]] it would", "[[Brightfold]], which makes the Lanternfall",
          "said [[it would “bargain in good faith.”]]", kind="organization"),
        A("Two testers [[told]] Respawn Report", "[[Two testers]] told Respawn Report",
          "Respawn Report [[that managers held mandatory meetings in August at which a consultant warned that unionizing could mean “losing the flexibility you enjoy today.”]]", kind="anonymous", spec="described", reason=True),
        A("consultant [[warned]] that unionizing", "which [[a consultant]] warned",
          "warned [[that unionizing could mean “losing the flexibility you enjoy today.”]]", kind="vague"),
        A("Vasquez [[said]] the meetings", "[[Brightfold spokesperson Erin Vasquez]] said",
          "said [[the meetings were “informational” and that attendance was not tracked]].", kind="person", denial="denial"),
        A("She [[rejected]] the suggestion", "[[She]] rejected the suggestion",
          "rejected [[the suggestion that the company had tried to intimidate workers]].", kind="pronoun", res="person", denial="denial"),
        A("to choose,” Vasquez [[said]].", "to choose,” [[Vasquez]] said.",
          "[[“We respect our employees’ right to choose,”]] Vasquez", kind="person"),
        A("five years, [[said]] pay", "[[Organizing committee member Jamal Whitaker]], a tester",
          "said [[pay was the main issue]].", kind="person"),
        A("hour, [[according to]] an internal", "according to [[an internal pay band document shared with Respawn Report]], compared",
          "[[Testers at the studio start at $17 an hour]], according", kind="document"),
        A("paid like it,” Whitaker [[said]].", "paid like it,” [[Whitaker]] said.",
          "[[“We find the bugs that would sink a launch. We just want to be paid like it,”]] Whitaker", kind="person"),
        A("September, [[alleging]] that", "[[The union]] filed an unfair",
          "alleging [[that Brightfold moved two organizers to night shifts after they wore union pins at work]].", kind="organization", channel="filing"),
        A("The company [[denied]] any connection", "[[The company]] denied any connection",
          "denied [[any connection]].", kind="organization", denial="denial"),
        A("Vasquez [[said]] in an email", "full stop,” [[Vasquez]] said in an email",
          "[[“Shift assignments are based on project needs, full stop,”]] Vasquez", kind="person", denial="denial", channel="email"),
        A("leadership [[said]] executives", "[[A person familiar with Brightfold’s leadership]] said",
          "said [[executives were “genuinely surprised” by the margin of the vote and had expected a much closer result]].", kind="anonymous", spec="vague", reason=True),
        A("had [[expected]] a much closer", "said [[executives]] were",
          "expected [[a much closer result]].", kind="organization"),
        A("Media, [[did not respond to a request for comment]]", "[[Brightfold’s parent company, Cobaltline Media]], did not",
          None, kind="organization", denial="no-response"),
        A("Cobaltline is [[reportedly]] considering", None,
          ["[[Cobaltline is]] reportedly considering", "reportedly [[considering outsourcing some testing work to a contractor in Poland]], according"]),
        A("Poland, [[according to]] the gaming site", "according to [[the gaming site Framerate Daily]], which cited",
          "[[Cobaltline is reportedly considering outsourcing some testing work to a contractor in Poland]], according", kind="outlet"),
        A("which [[cited]] two unnamed", "cited [[two unnamed sources]].",
          "[[Cobaltline is reportedly considering outsourcing some testing work to a contractor in Poland]], according", kind="anonymous", spec="vague", reason=False),
        A("Vasquez [[said]] Brightfold had", "report, [[Vasquez]] said Brightfold",
          "said [[Brightfold had “no plans” to move QA work overseas]].", kind="person", denial="denial"),
        A("Whitaker was unconvinced[[:]]", "[[Whitaker]] was unconvinced",
          "unconvinced: [[“They said the same thing at another studio six months before the layoffs.”]]", kind="person"),
        A("“They [[said]] the same thing", "“[[They]] said the same thing",
          "said [[the same thing]] at another", kind="pronoun", res="organization"),
        A("organizing, [[said]] QA units", "[[Labor historian Dr. Karen Osei]], who studies",
          "said [[QA units were often the first to organize because testers “are paid the least and see the most.”]]", kind="person"),
        A("Bargaining [[is expected]] to begin", None,
          ["[[Bargaining]] is expected", "is expected [[to begin in November]]."]),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    # python3 build.py --jsonl /tmp/h53gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
