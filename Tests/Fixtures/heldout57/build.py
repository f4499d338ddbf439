#!/usr/bin/env python3
"""Generator for the heldout57 fixture: 12 fictional, hand-annotated news articles.

Every article, person, organisation, outlet, place and figure here is invented (a few real
institutions appear only as furniture of a house style). Each article is stored as its text plus
a list of attribution records. A record locates its source, cue and content spans by *context*:
a string that occurs exactly once in the article text, with the span itself marked by [[...]].
Content may be a list of contexts (a discontinuous span, written with ';' in brat). Offsets are
computed here, never by hand.

Running this script (re)writes text/, attributions/ and labels.json beside it and checks every
span against the text. `--jsonl FILE` also writes the gold as predictions (keep FILE outside this
folder); `--stats` prints the breakdowns quoted in README.md.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.basename(HERE)
ANN_SUFFIX = "_a057"
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


STATS = collections.defaultdict(collections.Counter)


def build():
    labels = {"taxonomy": "TAXONOMY.md v1.1", "annotatorFiles": {}, "articles": {}}
    os.makedirs(os.path.join(HERE, "text"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "attributions"), exist_ok=True)
    totals = collections.Counter()
    per_outlet = collections.defaultdict(collections.Counter)
    for art in ARTICLES:
        base = f"{art['outlet']}_{art['date']}_{art['slug']}"
        assert "_" not in art["outlet"] and re.fullmatch(r"[a-z0-9-]+", art["outlet"])
        text = art["title"] + "\n\n" + "\n\n".join(art["paragraphs"]) + "\n"
        for p in art["paragraphs"]:
            assert p == p.strip() and "\n" not in p, p[:40]
        with open(os.path.join(HERE, "text", base + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        ann, items, tn = [], [], 0
        seen_cues = []
        # number the attributions in text order of their cues
        ordered = sorted(art["attrs"], key=lambda r: locate(text, r["cue"], base + " cue")[0])
        for en, r in enumerate(ordered, 1):
            where = f"{base} E{en}"
            cue = locate(text, r["cue"], where + " cue")
            for other in seen_cues:
                if cue[0] < other[1] and other[0] < cue[1]:
                    sys.exit(f"{where}: cue overlaps another cue: {text[cue[0]:cue[1]]!r}")
            seen_cues.append(cue)
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
            if kind != "pronoun" and r["res"]:
                sys.exit(f"{where}: resolvesTo only for pronouns")
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
            # breakdowns for the README
            STATS["kind"][kind] += 1
            if kind == "pronoun":
                STATS["pronoun_ref"][r["res"]] += 1
            if kind == "none":
                STATS["sourceless"][text[cue[0]:cue[1]]] += 1
            if r["channel"]:
                STATS["channel"][r["channel"]] += 1
            if r["denial"]:
                STATS["denial"][r["denial"]] += 1
            if anon:
                STATS["anon_spec"][r["spec"]] += 1
                STATS["anon_reason"][r["reason"]] += 1
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
        dens = ", ".join(f"{k} {v}" for k, v in summary["denials"].items() if v)
        print(f"{base}: {words} words, {len(items)} attributions "
              f"({sum(1 for i in items if i['source'])} with source), {anonn} anonymous, "
              f"{sum(den.values())} denials ({dens})")
        row = dict(articles=1, words=words, attributions=len(items), anonymous=anonn,
                   denials=sum(den.values()), anon_articles=int(anonn > 0),
                   with_source=sum(1 for i in items if i["source"]))
        totals.update(row)
        per_outlet[art["outlet"]].update(row)
    produced = set(labels["annotatorFiles"]) | set(labels["annotatorFiles"].values())
    for sub in ("text", "attributions"):
        for name in os.listdir(os.path.join(HERE, sub)):
            if name not in produced:
                os.remove(os.path.join(HERE, sub, name))
                print("removed stale", sub + "/" + name)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for o, v in per_outlet.items():
        print(f"  {o}: {dict(v)}")
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
            out.write(json.dumps({"path": SET + "/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


# ---- ARTICLES: article("outlet-slug", "YYYY-MM-DD", "slug", "Title", [paragraphs...], [A(...), ...]) ----

# ---------------------------------------------------------------------------------------------
# andes-ledger: Lima English-language economy and business site (straight double quotes,
# "LIMA —" datelines, surnames without Mr./Ms., US$ and S/ figures)
# ---------------------------------------------------------------------------------------------
article("andes-ledger", "2025-02-18", "anchovy-first-season-quota",
    '''Peru sets first anchovy season at 1.9 million tons, far below industry hopes''',
    [
        '''LIMA — Peru's Production Ministry on Monday set the quota for the first anchovy season of 2025 at 1.9 million metric tons, well short of the 2.8 million tons the fishmeal industry had lobbied for, and shares of listed processors fell in early trading.''',
        '''Vice Minister of Fisheries Rocío Salazar told reporters the figure "strictly" followed the recommendation of the state marine research institute, Insemar, and was not open to negotiation.''',
        '''Insemar's latest acoustic survey found that juveniles made up 31% of the anchovy biomass off the northern and central coast, according to a summary published by the ministry. The institute said in a technical note that a larger catch would put next year's spawning stock "at serious risk."''',
        '''The National Fisheries Society, which represents the industrial fleet, called the decision "excessively cautious" and said it would cost the country about US$1.1 billion in lost exports. "The biomass is there. Our captains are seeing it every day," the group's president, Gonzalo Ferreyros, said in a statement.''',
        '''Two people familiar with the ministry's deliberations said Insemar's first recommendation, delivered in late January, had been lower still, at about 1.6 million tons. One of them said Production Minister Julio Benavente had been under "enormous pressure" from processors in Chimbote and Paita to go above 2 million tons. Both asked not to be named because the deliberations were not public.''',
        '''Benavente denied that processors had influenced the final figure. "No company sets the quota in this ministry. Science sets it," he said at a press conference in Lima.''',
        '''Shares of Pesquera Diamante del Sur fell 4.2% on the Lima Stock Exchange. The company said in a filing with the securities regulator, the SMV, that it expected the smaller quota to cut first-half revenue by roughly a fifth. A Diamante spokeswoman declined to comment beyond the filing.''',
        '''A fleet manager at another Chimbote processor, who spoke on condition of anonymity to avoid angering the ministry ahead of the second season, said several boats had already been laid up. "We will fish 40 days, maybe less, and then the crews go home," he said.''',
        '''The Piura Artisanal Fishermen's Federation welcomed the cut. It said industrial vessels had repeatedly been caught fishing inside the five-mile zone reserved for small boats, an accusation the National Fisheries Society rejected as "without any evidence."''',
        '''Analysts at Inversiones Pacífico Sur wrote in a note to clients that the shorter season would shave 0.3 percentage point off first-half GDP growth. The central bank is expected to revise its fishing forecast in its March inflation report, Andes Ledger reported last week.''',
        '''The ministry did not respond to questions from Andes Ledger about when the second survey's results would be published. Insemar's director, Patricia Quispe, could not be reached on Monday.''',
    ],
    [
        A('''Salazar [[told]] reporters''', '''[[Vice Minister of Fisheries Rocío Salazar]] told''',
          '''reporters [[the figure "strictly" followed the recommendation of the state marine research institute, Insemar, and was not open to negotiation]].''', kind="person"),
        A('''acoustic survey [[found]] that''', '''[[Insemar's latest acoustic survey]] found''',
          '''found [[that juveniles made up 31% of the anchovy biomass off the northern and central coast]], according''', kind="document"),
        A('''coast, [[according to]] a summary''', '''according to [[a summary published by the ministry]].''',
          '''[[Insemar's latest acoustic survey found that juveniles made up 31% of the anchovy biomass off the northern and central coast]], according''', kind="document"),
        A('''The institute [[said]] in a technical note''', '''[[The institute]] said in a technical''',
          '''technical note [[that a larger catch would put next year's spawning stock "at serious risk."]]''', kind="organization", channel="note"),
        A('''fleet, [[called]] the decision''', '''[[The National Fisheries Society]], which represents''',
          '''called [[the decision]] "excessively''', kind="organization"),
        A('''cautious" and [[said]] it would cost''', '''[[The National Fisheries Society]], which represents''',
          '''and said [[it would cost the country about US$1.1 billion in lost exports]].''', kind="organization"),
        A('''Ferreyros, [[said]] in a statement''', '''day," [[the group's president, Gonzalo Ferreyros]], said''',
          '''[["The biomass is there. Our captains are seeing it every day,"]] the group's''', kind="person", channel="statement"),
        A('''deliberations [[said]] Insemar's''', '''[[Two people familiar with the ministry's deliberations]] said''',
          '''said [[Insemar's first recommendation, delivered in late January, had been lower still, at about 1.6 million tons]].''',
          kind="anonymous", spec="vague", reason=True),
        A('''One of them [[said]] Production''', '''[[One of them]] said Production''',
          '''One of them said [[Production Minister Julio Benavente had been under "enormous pressure" from processors in Chimbote and Paita to go above 2 million tons]].''',
          kind="anonymous", spec="vague", reason=True),
        A('''Benavente [[denied]] that''', '''[[Benavente]] denied that''',
          '''denied [[that processors had influenced the final figure]].''', kind="person", denial="denial"),
        A('''he [[said]] at a press conference''', '''Science sets it," [[he]] said''',
          '''[["No company sets the quota in this ministry. Science sets it,"]] he said''', kind="pronoun", res="person", denial="denial"),
        A('''The company [[said]] in a filing''', '''[[The company]] said in a filing''',
          '''the SMV, [[that it expected the smaller quota to cut first-half revenue by roughly a fifth]].''', kind="organization", channel="filing"),
        A('''that it [[expected]] the smaller''', '''that [[it]] expected the smaller''',
          '''expected [[the smaller quota to cut first-half revenue by roughly a fifth]].''', kind="pronoun", res="organization"),
        A('''spokeswoman [[declined to comment]] beyond''', '''[[A Diamante spokeswoman]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''second season, [[said]] several boats''', '''[[A fleet manager at another Chimbote processor]], who spoke''',
          '''said [[several boats had already been laid up]].''', kind="anonymous", spec="described", reason=True),
        A('''crews go home," he [[said]].''', '''crews go home," [[he]] said.''',
          '''[["We will fish 40 days, maybe less, and then the crews go home,"]] he''',
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A('''Federation [[welcomed]] the cut''', '''[[The Piura Artisanal Fishermen's Federation]] welcomed''',
          '''welcomed [[the cut]].''', kind="organization"),
        A('''It [[said]] industrial vessels''', '''[[It]] said industrial vessels''',
          '''It said [[industrial vessels had repeatedly been caught fishing inside the five-mile zone reserved for small boats]], an accusation''', kind="pronoun", res="organization"),
        A('''Society [[rejected]] as "without''', '''accusation [[the National Fisheries Society]] rejected''',
          '''boats, [[an accusation]] the National''', kind="organization", denial="denial"),
        A('''Sur [[wrote]] in a note''', '''[[Analysts at Inversiones Pacífico Sur]] wrote''',
          '''to clients [[that the shorter season would shave 0.3 percentage point off first-half GDP growth]].''', kind="organization", channel="note"),
        A('''central bank [[is expected]] to revise''', None,
          ['''[[The central bank]] is expected''', '''is expected [[to revise its fishing forecast in its March inflation report]], Andes''']),
        A('''Andes Ledger [[reported]] last week''', '''report, [[Andes Ledger]] reported''',
          '''[[The central bank is expected to revise its fishing forecast in its March inflation report]], Andes''', kind="self"),
        A('''ministry [[did not respond to questions]] from''', '''[[The ministry]] did not respond''',
          None, kind="organization", denial="no-response"),
        A('''Quispe, [[could not be reached]]''', '''[[Insemar's director, Patricia Quispe]], could''',
          None, kind="person", denial="no-response"),
    ])

article("andes-ledger", "2025-06-03", "huarancay-copper-water-permit",
    '''Huarancay copper project slips a year as water permit and blockade drag on''',
    [
        '''LIMA — Minera Altoandina's US$2.4 billion Huarancay copper project in the southern Apurímac region has been pushed back by at least a year, the company told investors on Tuesday, blaming a stalled water-use permit and a road blockade by two farming communities that is now in its fifth week.''',
        '''Chief executive Andrés Villanueva said on a call with analysts that construction would not start before the third quarter of 2026. "We have done everything the law asks of us. The permit is sitting on a desk in Lima," he said.''',
        '''The National Water Authority, known by its Spanish initials ANA, said in a statement that the application remained under review because the company's hydrogeological study "did not adequately address" the effect on springs used by the communities. An ANA official, who requested anonymity because he was not authorized to discuss individual files, said the study had been sent back to the company twice since 2023.''',
        '''In a reply posted on its website, the company said it had answered "every one" of the authority's observations within the legal deadlines and that the study had been endorsed by independent consultants.''',
        '''Leaders of the Chuquibamba and Ccollpa communities, who have blocked the only access road since late April, say exploration drilling has already dried up three springs. "Before, we had water for the alpacas all year. Now we carry it in buckets," said Ccollpa community president Teófilo Huamaní.''',
        '''The company denies causing any damage. Its environmental manager, Lucía Ormeño, told Andes Ledger in an interview last month that monitoring data showed no change in spring flows attributable to drilling, and that the complaints were "being amplified by people who are not from the area."''',
        '''Huamaní dismissed that suggestion. "Nobody brought us here. We were born here," he said.''',
        '''Two senior officials at the Energy and Mines Ministry, who spoke on condition of anonymity because the plan has not been approved by the prime minister's office, said the government was preparing to send a high-level commission to the area but had not set a date. One of the officials said the ministry feared the blockade could spread to a corridor used by neighboring mines.''',
        '''In an interview with Radio Cumbre, Apurímac's regional governor, Edwin Chipana, said the national government had "abandoned" the province. According to Lima daily El Observador Andino, at least two other mining companies have asked the ministry for police support on the same road.''',
        '''Altoandina shares fell 6% in Toronto. Analysts at Banco Mercantil Andino said in a report that the delay would push first production to 2029. Environmental groups say the water authority has come under political pressure to approve large projects quickly, an accusation its head, Mariela Torres, has called "absurd."''',
    ],
    [
        A('''the company [[told]] investors''', '''year, [[the company]] told investors''',
          '''[[Minera Altoandina's US$2.4 billion Huarancay copper project in the southern Apurímac region has been pushed back by at least a year]], the company''', kind="organization"),
        A('''Tuesday, [[blaming]] a stalled''', '''year, [[the company]] told investors''',
          '''blaming [[a stalled water-use permit and a road blockade by two farming communities that is now in its fifth week]].''', kind="organization"),
        A('''Villanueva [[said]] on a call''', '''[[Chief executive Andrés Villanueva]] said''',
          '''analysts [[that construction would not start before the third quarter of 2026]].''', kind="person"),
        A('''desk in Lima," he [[said]].''', '''desk in Lima," [[he]] said.''',
          '''[["We have done everything the law asks of us. The permit is sitting on a desk in Lima,"]] he''', kind="pronoun", res="person"),
        A('''initials ANA, [[said]] in a statement''', '''[[The National Water Authority]], known''',
          '''statement [[that the application remained under review because the company's hydrogeological study "did not adequately address" the effect on springs used by the communities]].''',
          kind="organization", channel="statement"),
        A('''individual files, [[said]] the study''', '''[[An ANA official]], who requested''',
          '''said [[the study had been sent back to the company twice since 2023]].''', kind="anonymous", spec="described", reason=True),
        A('''the company [[said]] it had answered''', '''website, [[the company]] said''',
          '''said [[it had answered "every one" of the authority's observations within the legal deadlines and that the study had been endorsed by independent consultants]].''',
          kind="organization", denial="denial", channel="post"),
        A('''late April, [[say]] exploration''', '''[[Leaders of the Chuquibamba and Ccollpa communities]], who have''',
          '''say [[exploration drilling has already dried up three springs]].''', kind="vague"),
        A('''buckets," [[said]] Ccollpa''', '''said [[Ccollpa community president Teófilo Huamaní]].''',
          '''[["Before, we had water for the alpacas all year. Now we carry it in buckets,"]] said''', kind="person"),
        A('''company [[denies]] causing''', '''[[The company]] denies''',
          '''denies [[causing any damage]].''', kind="organization", denial="denial"),
        A('''Ormeño, [[told]] Andes Ledger''', '''[[Its environmental manager, Lucía Ormeño]], told''',
          '''last month [[that monitoring data showed no change in spring flows attributable to drilling, and that the complaints were "being amplified by people who are not from the area."]]''',
          kind="person", denial="denial", channel="interview"),
        A('''monitoring data [[showed]] no change''', '''that [[monitoring data]] showed''',
          '''showed [[no change in spring flows attributable to drilling]], and''', kind="document"),
        A('''Huamaní [[dismissed]] that suggestion''', '''[[Huamaní]] dismissed''',
          '''dismissed [[that suggestion]].''', kind="person", denial="dismissal"),
        A('''born here," he [[said]].''', '''born here," [[he]] said.''',
          '''[["Nobody brought us here. We were born here,"]] he''', kind="pronoun", res="person", denial="denial"),
        A('''prime minister's office, [[said]] the government''', '''[[Two senior officials at the Energy and Mines Ministry]], who spoke''',
          '''said [[the government was preparing to send a high-level commission to the area but had not set a date]].''',
          kind="anonymous", spec="described", reason=True),
        A('''One of the officials [[said]]''', '''[[One of the officials]] said''',
          '''officials said [[the ministry feared the blockade could spread to a corridor used by neighboring mines]].''',
          kind="anonymous", spec="described", reason=True),
        A('''the ministry [[feared]] the blockade''', '''said [[the ministry]] feared''',
          '''feared [[the blockade could spread to a corridor used by neighboring mines]].''', kind="organization"),
        A('''Chipana, [[said]] the national''', '''Radio Cumbre, [[Apurímac's regional governor, Edwin Chipana]], said''',
          '''said [[the national government had "abandoned" the province]].''', kind="person", channel="interview"),
        A('''[[According to]] Lima daily''', '''According to [[Lima daily El Observador Andino]], at''',
          '''Andino, [[at least two other mining companies have asked the ministry for police support on the same road]].''', kind="outlet"),
        A('''Mercantil Andino [[said]] in a report''', '''[[Analysts at Banco Mercantil Andino]] said''',
          '''report [[that the delay would push first production to 2029]].''', kind="organization", channel="report"),
        A('''Environmental groups [[say]] the water''', '''[[Environmental groups]] say''',
          '''say [[the water authority has come under political pressure to approve large projects quickly]], an''', kind="vague"),
        A('''Torres, [[has called]] "absurd''', '''accusation [[its head, Mariela Torres]], has called''',
          '''quickly, [[an accusation]] its head''', kind="person", denial="dismissal"),
    ])

article("andes-ledger", "2025-09-23", "valle-dorado-bond-coupon",
    '''Blueberry exporter Valle Dorado misses bond coupon, insists cash crunch is temporary''',
    [
        '''LIMA — Agroexportadora Valle Dorado, one of Peru's five largest blueberry exporters, failed to make a US$7.8 million interest payment on its international bonds due on Sept. 15, according to a notice sent to bondholders by the trustee.''',
        '''The company, based in the northern region of La Libertad, said in a statement on Monday that it would use the 30-day grace period allowed under the bonds and expected to pay "in full and well before" the deadline. It blamed the shortfall on El Niño rains that damaged part of its early harvest.''',
        '''Ratings agency Andina Risk cut the bonds to CC from B- on Friday, saying a restructuring was "probable" and that the company's cash position had deteriorated faster than management had disclosed.''',
        '''Chief financial officer Mariana Cáceres told Andes Ledger the company was "absolutely not" insolvent. "This is a liquidity problem for a few weeks, not a solvency problem," she said. "Our banks are with us."''',
        '''Three bondholders, speaking on condition of anonymity because their talks with the company are private, said an adviser had already sounded out creditors about extending maturities by two years. "Nobody uses the word restructuring, but that is what it is," one of the investors said.''',
        '''Valle Dorado denied hiring a restructuring adviser. Cáceres said the company had engaged the investment bank Quipu Partners "to look at refinancing options" and called talk of a restructuring "speculation." Quipu Partners declined to comment.''',
        '''Workers at the company's packing plant in Chao told Andes Ledger that their August wages had been paid late and in two instalments. A supervisor at the plant, who asked not to be identified for fear of losing her job, said about 600 seasonal workers had been sent home until October.''',
        '''Valle Dorado's founder and chairman, Rodrigo Bazán, posted on LinkedIn that the company had "survived worse" and thanked workers for their "patience." Labor Ministry inspectors visited the Chao plant on Friday, the ministry said, without giving details of their findings.''',
        '''The company's troubles come as the blueberry sector, Peru's top farm export, faces its second weak season in three years. The Association of Agricultural Exporters estimates that shipments will fall 18% this year. Its president, Ignacio Raffo, said several mid-sized growers were renegotiating bank loans. "But one company's problems are not the industry's problems," he said.''',
        '''Credit analysts at Lima brokerage Sierra Capital wrote in a note to clients that any restructuring would probably involve "a significant haircut" for bondholders.''',
        '''Market participants said the bonds traded at about 38 cents on the dollar on Monday, down from 71 cents a month earlier. Banco del Norte Peruano, the company's largest lender, did not respond to emailed questions.''',
    ],
    [
        A('''Sept. 15, [[according to]] a notice''', '''according to [[a notice sent to bondholders by the trustee]].''',
          '''[[Agroexportadora Valle Dorado, one of Peru's five largest blueberry exporters, failed to make a US$7.8 million interest payment on its international bonds due on Sept. 15]], according''', kind="document"),
        A('''La Libertad, [[said]] in a statement''', '''[[The company]], based in the northern''',
          '''on Monday [[that it would use the 30-day grace period allowed under the bonds and expected to pay "in full and well before" the deadline]].''',
          kind="organization", channel="statement"),
        A('''bonds and [[expected]] to pay''', '''that [[it]] would use the 30-day''',
          '''expected [[to pay "in full and well before" the deadline]].''', kind="pronoun", res="organization"),
        A('''It [[blamed]] the shortfall''', '''[[It]] blamed the shortfall''',
          '''blamed [[the shortfall on El Niño rains that damaged part of its early harvest]].''', kind="pronoun", res="organization"),
        A('''Friday, [[saying]] a restructuring''', '''[[Ratings agency Andina Risk]] cut''',
          '''saying [[a restructuring was "probable" and that the company's cash position had deteriorated faster than management had disclosed]].''', kind="organization"),
        A('''Cáceres [[told]] Andes Ledger''', '''[[Chief financial officer Mariana Cáceres]] told''',
          '''Andes Ledger [[the company was "absolutely not" insolvent]].''', kind="person", denial="denial"),
        A('''not a solvency problem," she [[said]].''', '''solvency problem," [[she]] said.''',
          ['''[["This is a liquidity problem for a few weeks, not a solvency problem,"]] she''', '''she said. [["Our banks are with us."]]'''],
          kind="pronoun", res="person", denial="denial"),
        A('''are private, [[said]] an adviser''', '''[[Three bondholders]], speaking''',
          '''said [[an adviser had already sounded out creditors about extending maturities by two years]].''',
          kind="anonymous", spec="described", reason=True),
        A('''one of the investors [[said]]''', '''it is," [[one of the investors]] said''',
          '''[["Nobody uses the word restructuring, but that is what it is,"]] one''', kind="anonymous", spec="described", reason=True),
        A('''Valle Dorado [[denied]] hiring''', '''[[Valle Dorado]] denied hiring''',
          '''denied [[hiring a restructuring adviser]].''', kind="organization", denial="denial"),
        A('''Cáceres [[said]] the company had engaged''', '''[[Cáceres]] said the company had engaged''',
          '''said [[the company had engaged the investment bank Quipu Partners "to look at refinancing options"]] and''', kind="person"),
        A('''options" and [[called]] talk''', '''[[Cáceres]] said the company had engaged''',
          '''called [[talk of a restructuring]] "speculation''', kind="person", denial="dismissal"),
        A('''Quipu Partners [[declined to comment]]''', '''[[Quipu Partners]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''in Chao [[told]] Andes Ledger''', '''[[Workers at the company's packing plant in Chao]] told''',
          '''Andes Ledger [[that their August wages had been paid late and in two instalments]].''', kind="vague"),
        A('''her job, [[said]] about 600''', '''[[A supervisor at the plant]], who asked''',
          '''said [[about 600 seasonal workers had been sent home until October]].''', kind="anonymous", spec="described", reason=True),
        A('''Bazán, [[posted]] on LinkedIn''', '''[[Valle Dorado's founder and chairman, Rodrigo Bazán]], posted''',
          '''LinkedIn [[that the company had "survived worse"]] and''', kind="person", channel="post"),
        A('''the ministry [[said]], without''', '''Friday, [[the ministry]] said''',
          '''[[Labor Ministry inspectors visited the Chao plant on Friday]], the ministry''', kind="organization"),
        A('''Exporters [[estimates]] that''', '''[[The Association of Agricultural Exporters]] estimates''',
          '''estimates [[that shipments will fall 18% this year]].''', kind="organization"),
        A('''Raffo, [[said]] several''', '''[[Its president, Ignacio Raffo]], said''',
          '''said [[several mid-sized growers were renegotiating bank loans]].''', kind="person"),
        A('''industry's problems," he [[said]].''', '''industry's problems," [[he]] said.''',
          '''[["But one company's problems are not the industry's problems,"]] he''', kind="pronoun", res="person"),
        A('''Capital [[wrote]] in a note''', '''[[Credit analysts at Lima brokerage Sierra Capital]] wrote''',
          '''to clients [[that any restructuring would probably involve "a significant haircut" for bondholders]].''', kind="organization", channel="note"),
        A('''Market participants [[said]]''', '''[[Market participants]] said''',
          '''said [[the bonds traded at about 38 cents on the dollar on Monday, down from 71 cents a month earlier]].''', kind="vague"),
        A('''lender, [[did not respond to emailed questions]].''', '''[[Banco del Norte Peruano]], the company's''',
          None, kind="organization", denial="no-response"),
    ])

# ---------------------------------------------------------------------------------------------
# vilnius-line: Lithuanian English-language news site (low-high „…“ quotes, curly apostrophes,
# present-tense "says", "according to him", dash attributions after quotes, Facebook posts)
# ---------------------------------------------------------------------------------------------
article("vilnius-line", "2025-03-12", "kaunas-heating-bills",
    "Kaunas heating bills jump 22%, utility blames gas bought at the peak",
    [
        "Households in Kaunas will pay on average 22 percent more for district heating this month than a year ago, the city’s heat supplier Kauno Šiluma announced on Tuesday – a rise that Social Democrats on the city council say could have been avoided.",
        "According to the company, the increase is driven almost entirely by the price of natural gas bought under contracts signed last autumn, when prices on the regional exchange were at their peak. „We buy gas at the price we can get. We do not set the world market,“ Kauno Šiluma CEO Vytautas Lukoševičius tells Vilnius Line.",
        "Social Democrat councillor Rūta Jasiūnienė says the company ignored a warning from its own supervisory board to spread purchases over the year. „They gambled with our money and lost,“ she wrote on Facebook on Tuesday evening.",
        "Lukoševičius rejects claims by the opposition that the board ever advised against buying the full volume in advance. According to him, the board discussed the purchasing strategy „in general terms“ but never issued a recommendation.",
        "The minutes of the board meeting, seen by Vilnius Line, record that one member warned that „buying the full volume now carries significant risk“. The board member, Dalia Kriaučiūnienė, confirmed on Wednesday that she had raised the issue. „I raised it at the table, and it is in the document,“ she says.",
        "The National Energy Regulatory Council, which approves the base price, says it has checked the company’s calculations and found no errors. Its chairman, Marius Rimkus, adds, however, that the regulator „does not assess whether purchasing decisions were wise“.",
        "Kaunas Mayor Tomas Gaidys, whose administration appoints the company’s board, dismissed the criticism as „a pre-election show“. „Heating prices rose in every Lithuanian city. Nobody in Kaunas made gas expensive,“ the mayor told reporters at City Hall.",
        "That is not the whole picture, Jasiūnienė replies. According to data published by the regulator, prices rose by between 4 and 31 percent across the country, and Kaunas is among the five most expensive cities.",
        "Residents interviewed by Vilnius Line in the Šilainiai district say they are already cutting back. „I close two rooms and live in the kitchen,“ says pensioner Aldona Petrauskienė, 74. Her neighbour, she says, has stopped paying altogether.",
        "The Lithuanian District Heating Association says the average price of heat across the country rose by 14 percent this season. It expects prices to ease next year as the older gas contracts expire.",
        "The Energy Ministry did not answer questions from Vilnius Line by the time of publication. The ministry has previously said that compensation for low-income households will be paid automatically. The portal Kauno Aidas reported on Wednesday that the city council’s audit committee will examine the company’s gas purchases next month.",
    ],
    [
        A("Šiluma [[announced]] on Tuesday", "ago, [[the city’s heat supplier Kauno Šiluma]] announced",
          "[[Households in Kaunas will pay on average 22 percent more for district heating this month than a year ago]], the city’s", kind="organization"),
        A("city council [[say]] could", "that [[Social Democrats on the city council]] say",
          ["– [[a rise]] that Social", "say [[could have been avoided]]."], kind="organization"),
        A("[[According to]] the company, the increase", "According to [[the company]], the increase",
          "company, [[the increase is driven almost entirely by the price of natural gas bought under contracts signed last autumn, when prices on the regional exchange were at their peak]].", kind="organization"),
        A("Lukoševičius [[tells]] Vilnius Line", "market,“ [[Kauno Šiluma CEO Vytautas Lukoševičius]] tells",
          "[[„We buy gas at the price we can get. We do not set the world market,“]] Kauno", kind="person", denial="denial"),
        A("Jasiūnienė [[says]] the company ignored", "[[Social Democrat councillor Rūta Jasiūnienė]] says",
          "says [[the company ignored a warning from its own supervisory board to spread purchases over the year]].", kind="person"),
        A("she [[wrote]] on Facebook", "lost,“ [[she]] wrote",
          "[[„They gambled with our money and lost,“]] she", kind="pronoun", res="person", channel="post"),
        A("Lukoševičius [[rejects]] claims", "[[Lukoševičius]] rejects claims",
          "rejects [[claims by the opposition that the board ever advised against buying the full volume in advance]].", kind="person", denial="denial"),
        A("rejects [[claims]] by the opposition", "claims by [[the opposition]] that the board",
          "the opposition [[that the board ever advised against buying the full volume in advance]].", kind="organization"),
        A("[[According to]] him, the board", "According to [[him]], the board",
          "him, [[the board discussed the purchasing strategy „in general terms“ but never issued a recommendation]].", kind="pronoun", res="person", denial="denial"),
        A("Vilnius Line, [[record]] that one member", "[[The minutes of the board meeting]], seen",
          "record [[that one member warned that „buying the full volume now carries significant risk“]].", kind="document"),
        A("one member [[warned]] that", "that [[one member]] warned",
          "warned [[that „buying the full volume now carries significant risk“]].", kind="person"),
        A("Kriaučiūnienė, [[confirmed]] on Wednesday", "[[The board member, Dalia Kriaučiūnienė]], confirmed",
          "Wednesday [[that she had raised the issue]].", kind="person"),
        A("in the document,“ she [[says]].", "in the document,“ [[she]] says.",
          "[[„I raised it at the table, and it is in the document,“]] she", kind="pronoun", res="person"),
        A("base price, [[says]] it has checked", "[[The National Energy Regulatory Council]], which approves",
          "says [[it has checked the company’s calculations and found no errors]].", kind="organization"),
        A("Rimkus, [[adds]], however", "[[Its chairman, Marius Rimkus]], adds",
          "however, [[that the regulator „does not assess whether purchasing decisions were wise“]].", kind="person"),
        A("board, [[dismissed]] the criticism", "[[Kaunas Mayor Tomas Gaidys]], whose administration",
          "dismissed [[the criticism]] as", kind="person", denial="dismissal"),
        A("the mayor [[told]] reporters", "expensive,“ [[the mayor]] told",
          "[[„Heating prices rose in every Lithuanian city. Nobody in Kaunas made gas expensive,“]] the mayor", kind="person", denial="denial"),
        A("Jasiūnienė [[replies]].", "picture, [[Jasiūnienė]] replies.",
          "[[That is not the whole picture]], Jasiūnienė", kind="person"),
        A("[[According to]] data published", "According to [[data published by the regulator]], prices",
          "regulator, [[prices rose by between 4 and 31 percent across the country, and Kaunas is among the five most expensive cities]].", kind="document"),
        A("Šilainiai district [[say]] they", "[[Residents interviewed by Vilnius Line in the Šilainiai district]] say",
          "say [[they are already cutting back]].", kind="vague"),
        A("kitchen,“ [[says]] pensioner", "says [[pensioner Aldona Petrauskienė]], 74.",
          "[[„I close two rooms and live in the kitchen,“]] says", kind="person"),
        A("neighbour, she [[says]], has", "neighbour, [[she]] says",
          ["[[Her neighbour]], she says", "says, [[has stopped paying altogether]]."], kind="pronoun", res="person"),
        A("Association [[says]] the average", "[[The Lithuanian District Heating Association]] says",
          "says [[the average price of heat across the country rose by 14 percent this season]].", kind="organization"),
        A("It [[expects]] prices", "[[It]] expects prices",
          "expects [[prices to ease next year as the older gas contracts expire]].", kind="pronoun", res="organization"),
        A("Ministry [[did not answer questions]] from", "[[The Energy Ministry]] did not",
          None, kind="organization", denial="no-response"),
        A("ministry [[has previously said]] that", "[[The ministry]] has previously said",
          "said [[that compensation for low-income households will be paid automatically]].", kind="organization"),
        A("Kauno Aidas [[reported]] on Wednesday", "[[The portal Kauno Aidas]] reported",
          "Wednesday [[that the city council’s audit committee will examine the company’s gas purchases next month]].", kind="outlet"),
    ])

article("vilnius-line", "2025-05-27", "drone-tender-stt-search",
    "STT searches defence procurement agency over €38 million drone tender",
    [
        "Officers of the Special Investigation Service (STT) on Monday searched the offices of the Defence Materiel Agency in Vilnius as part of a probe into a €38 million tender for reconnaissance drones, the service confirmed on Tuesday.",
        "According to the STT, the pre-trial investigation concerns possible abuse of office and the disclosure of confidential tender information to one of the bidders. No one has been charged, the service’s spokeswoman Jurgita Bielskė told Vilnius Line.",
        "Two sources familiar with the investigation told Vilnius Line that the case concerns the winning bidder, the Kaunas-based company Skrydžio Sistemos, which was awarded the contract in December despite offering a higher price than two foreign competitors. One of the sources, who asked not to be named because the investigation is ongoing, said investigators were examining messages between a department head at the agency and a representative of the company.",
        "Skrydžio Sistemos denies any wrongdoing. „We won the tender because our drones work in Ukrainian conditions, and the others’ do not,“ – the company’s director Mindaugas Arlauskas said in a written comment. He says the company has not been contacted by investigators.",
        "Defence Minister Gintarė Valiūnaitė said the ministry was cooperating fully with investigators. „If anyone broke the law, no one will protect them,“ the minister told journalists in the Seimas. Asked whether the agency’s director should step aside, she refused to answer.",
        "The agency’s director, Col. Arvydas Klimas, is reportedly on sick leave. The agency said in a short statement that it „has always acted in accordance with the Law on Public Procurement“ and would hand investigators all the documents they request.",
        "Opposition conservatives called the tender „a textbook example of how not to buy weapons“. MP Vaidotas Kerbelis, a member of the Seimas defence committee, wrote on Facebook that the committee had warned the ministry about the agency’s procedures „at least three times“ last year.",
        "The ministry rejects that. „Not one formal letter from the committee on this issue has reached the ministry,“ – ministry spokesman Tomas Gailius says.",
        "A senior official at the agency, speaking on condition of anonymity, told Vilnius Line that staff had been pushed last autumn to „speed up“ drone purchases at any cost because of pressure from the ministry. „Everybody knew the deadline was political,“ the official said.",
        "Valiūnaitė’s adviser, Martynas Žilinskas, called the claim „absurd“.",
        "Defence analyst Linas Karalius of the Vilnius Institute of Security Studies says rushed procurement is a known risk in wartime. „Speed and transparency pull in opposite directions, and our procurement law does not help,“ he says.",
        "The news agency BLN reported on Tuesday that the STT had also requested documents on two earlier drone contracts, citing a source in the prosecutor’s office. Under Lithuanian law, abuse of office is punishable by up to five years in prison.",
    ],
    [
        A("the service [[confirmed]] on Tuesday", "drones, [[the service]] confirmed",
          "[[Officers of the Special Investigation Service (STT) on Monday searched the offices of the Defence Materiel Agency in Vilnius as part of a probe into a €38 million tender for reconnaissance drones]], the service", kind="organization"),
        A("[[According to]] the STT", "According to [[the STT]], the pre-trial",
          "STT, [[the pre-trial investigation concerns possible abuse of office and the disclosure of confidential tender information to one of the bidders]].", kind="organization"),
        A("Bielskė [[told]] Vilnius Line", "charged, [[the service’s spokeswoman Jurgita Bielskė]] told",
          "[[No one has been charged]], the service’s", kind="person"),
        A("investigation [[told]] Vilnius Line that the case", "[[Two sources familiar with the investigation]] told",
          "Vilnius Line [[that the case concerns the winning bidder, the Kaunas-based company Skrydžio Sistemos, which was awarded the contract in December despite offering a higher price than two foreign competitors]].",
          kind="anonymous", spec="vague", reason=False),
        A("is ongoing, [[said]] investigators", "[[One of the sources]], who asked",
          "said [[investigators were examining messages between a department head at the agency and a representative of the company]].",
          kind="anonymous", spec="vague", reason=True),
        A("Sistemos [[denies]] any wrongdoing", "[[Skrydžio Sistemos]] denies",
          "denies [[any wrongdoing]].", kind="organization", denial="denial"),
        A("Arlauskas [[said]] in a written comment", "– [[the company’s director Mindaugas Arlauskas]] said",
          "[[„We won the tender because our drones work in Ukrainian conditions, and the others’ do not,“]] –", kind="person", denial="denial", channel="statement"),
        A("He [[says]] the company", "[[He]] says the company",
          "says [[the company has not been contacted by investigators]].", kind="pronoun", res="person"),
        A("Valiūnaitė [[said]] the ministry", "[[Defence Minister Gintarė Valiūnaitė]] said",
          "said [[the ministry was cooperating fully with investigators]].", kind="person"),
        A("the minister [[told]] journalists", "protect them,“ [[the minister]] told",
          "[[„If anyone broke the law, no one will protect them,“]] the minister", kind="person"),
        A("she [[refused to answer]].", "aside, [[she]] refused",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("Klimas, is [[reportedly]] on sick", None,
          ["[[The agency’s director, Col. Arvydas Klimas, is]] reportedly", "reportedly [[on sick leave]]."]),
        A("The agency [[said]] in a short statement", "[[The agency]] said in a short",
          "statement [[that it „has always acted in accordance with the Law on Public Procurement“ and would hand investigators all the documents they request]].",
          kind="organization", denial="denial", channel="statement"),
        A("conservatives [[called]] the tender", "[[Opposition conservatives]] called",
          "called [[the tender]] „a textbook", kind="vague"),
        A("committee, [[wrote]] on Facebook", "[[MP Vaidotas Kerbelis, a member of the Seimas defence committee]], wrote",
          "Facebook [[that the committee had warned the ministry about the agency’s procedures „at least three times“ last year]].", kind="person", channel="post"),
        A("The ministry [[rejects]] that.", "[[The ministry]] rejects that.",
          "rejects [[that]].", kind="organization", denial="denial"),
        A("Gailius [[says]].", "– [[ministry spokesman Tomas Gailius]] says",
          "[[„Not one formal letter from the committee on this issue has reached the ministry,“]] –", kind="person", denial="denial"),
        A("anonymity, [[told]] Vilnius Line that staff", "[[A senior official at the agency]], speaking",
          "Vilnius Line [[that staff had been pushed last autumn to „speed up“ drone purchases at any cost because of pressure from the ministry]].",
          kind="anonymous", spec="described", reason=False),
        A("the official [[said]].", "political,“ [[the official]] said.",
          "[[„Everybody knew the deadline was political,“]] the official", kind="anonymous", spec="described", reason=False),
        A("Žilinskas, [[called]] the claim", "[[Valiūnaitė’s adviser, Martynas Žilinskas]], called",
          "called [[the claim]] „absurd“", kind="person", denial="dismissal"),
        A("Studies [[says]] rushed", "[[Defence analyst Linas Karalius of the Vilnius Institute of Security Studies]] says",
          "says [[rushed procurement is a known risk in wartime]].", kind="person"),
        A("does not help,“ he [[says]].", "does not help,“ [[he]] says.",
          "[[„Speed and transparency pull in opposite directions, and our procurement law does not help,“]] he", kind="pronoun", res="person"),
        A("BLN [[reported]] on Tuesday", "[[The news agency BLN]] reported",
          "Tuesday [[that the STT had also requested documents on two earlier drone contracts]], citing", kind="outlet"),
        A("contracts, [[citing]] a source", "citing [[a source in the prosecutor’s office]].",
          "Tuesday [[that the STT had also requested documents on two earlier drone contracts]], citing", kind="anonymous", spec="described", reason=False),
    ])

article("vilnius-line", "2025-10-08", "klaipeda-port-rail-tariffs",
    "Klaipėda port and rail freight company trade blows over tariff rise",
    [
        "The Klaipėda State Seaport Authority says a 15 percent rise in rail freight tariffs planned for January will drive cargo to Latvian and Polish ports, while the state rail freight company insists the increase is unavoidable.",
        "In a letter to the Ministry of Transport, seen by Vilnius Line, the port’s director general Algis Latakas writes that at least three stevedoring companies have warned they could move part of their volumes to Riga or Gdańsk next year. „We are losing the competitiveness we fought for over ten years,“ the letter says.",
        "Rail freight company Geležinkelio Krovinys rejects the port’s figures. Its CEO, Eglė Vasiliauskienė, told Vilnius Line that tariffs have not been raised since 2021, while energy and wage costs rose by more than 40 percent over the same period. „Nobody is leaving Klaipėda because of us. Cargo left because of the sanctions on Belarus,“ she says.",
        "Port sources say the dispute is also personal. According to two people who attended a meeting at the ministry in September, Latakas and Vasiliauskienė exchanged „sharp words“ and the vice-minister chairing the meeting cut it short. Both asked for anonymity because the meeting was closed to the press.",
        "The vice-minister, Justinas Lapinskas, declined to discuss the meeting. „There are different views, and that is normal,“ he said.",
        "Stevedoring company Baltijos Terminalas confirmed it was considering moving some fertiliser transshipment to Gdańsk. „Freight is a matter of cents per tonne,“ – commercial director Rokas Mažeika explains. Critics of the railway have long argued that its monopoly lets it pass rising costs straight on to customers.",
        "The Lithuanian Shippers’ Association says its members moved 2.1 million tonnes through Klaipėda last year. Its chairman, Kęstutis Norkus, warns that „nobody will wait for the ministry to make up its mind“.",
        "Economist Justė Rimkutė of Baltic Shore Bank believes both sides are partly right. In her view, the tariff rise alone would not move large volumes, but combined with higher port dues it „sends a very bad signal to shippers“.",
        "The Ministry of Transport said on Tuesday it would not intervene in the company’s pricing decisions but had asked both sides to „find a compromise“. A ministry official, who spoke on condition of anonymity because he was not authorised to comment on the dispute, said the minister was privately „furious“ that the row had become public.",
        "The ministry’s press office did not respond to follow-up questions about the minister’s position. Geležinkelio Krovinys also refused to say whether the tariff could still be lowered before its board approves it in November.",
        "The port authority’s board, meanwhile, is expected to approve a 6 percent increase in its own port dues next month, BLN reported.",
    ],
    [
        A("Authority [[says]] a 15 percent", "[[The Klaipėda State Seaport Authority]] says",
          "says [[a 15 percent rise in rail freight tariffs planned for January will drive cargo to Latvian and Polish ports]],", kind="organization"),
        A("company [[insists]] the increase", "while [[the state rail freight company]] insists",
          "insists [[the increase is unavoidable]].", kind="organization"),
        A("Latakas [[writes]] that", "Vilnius Line, [[the port’s director general Algis Latakas]] writes",
          "writes [[that at least three stevedoring companies have warned they could move part of their volumes to Riga or Gdańsk next year]].", kind="person", channel="letter"),
        A("companies [[have warned]] they", "[[at least three stevedoring companies]] have warned",
          "have warned [[they could move part of their volumes to Riga or Gdańsk next year]].", kind="vague"),
        A("the letter [[says]].", "years,“ [[the letter]] says.",
          "[[„We are losing the competitiveness we fought for over ten years,“]] the letter", kind="document"),
        A("Krovinys [[rejects]] the port’s figures", "[[Rail freight company Geležinkelio Krovinys]] rejects",
          "rejects [[the port’s figures]].", kind="organization", denial="denial"),
        A("Vasiliauskienė, [[told]] Vilnius Line", "[[Its CEO, Eglė Vasiliauskienė]], told",
          "Vilnius Line [[that tariffs have not been raised since 2021, while energy and wage costs rose by more than 40 percent over the same period]].", kind="person"),
        A("Belarus,“ she [[says]].", "Belarus,“ [[she]] says.",
          "[[„Nobody is leaving Klaipėda because of us. Cargo left because of the sanctions on Belarus,“]] she", kind="pronoun", res="person", denial="denial"),
        A("Port sources [[say]] the dispute", "[[Port sources]] say",
          "say [[the dispute is also personal]].", kind="anonymous", spec="described", reason=False),
        A("[[According to]] two people", "According to [[two people who attended a meeting at the ministry in September]], Latakas",
          "September, [[Latakas and Vasiliauskienė exchanged „sharp words“ and the vice-minister chairing the meeting cut it short]].",
          kind="anonymous", spec="vague", reason=True),
        A("Lapinskas, [[declined to discuss]] the meeting", "[[The vice-minister, Justinas Lapinskas]], declined",
          None, kind="person", denial="no-comment"),
        A("normal,“ he [[said]].", "normal,“ [[he]] said.",
          "[[„There are different views, and that is normal,“]] he", kind="pronoun", res="person"),
        A("Terminalas [[confirmed]] it was", "[[Stevedoring company Baltijos Terminalas]] confirmed",
          "confirmed [[it was considering moving some fertiliser transshipment to Gdańsk]].", kind="organization"),
        A("Mažeika [[explains]].", "– [[commercial director Rokas Mažeika]] explains",
          "[[„Freight is a matter of cents per tonne,“]] –", kind="person"),
        A("railway [[have long argued]] that", "[[Critics of the railway]] have long argued",
          "argued [[that its monopoly lets it pass rising costs straight on to customers]].", kind="vague"),
        A("Shippers’ Association [[says]] its members", "[[The Lithuanian Shippers’ Association]] says",
          "says [[its members moved 2.1 million tonnes through Klaipėda last year]].", kind="organization"),
        A("Norkus, [[warns]] that", "[[Its chairman, Kęstutis Norkus]], warns",
          "warns [[that „nobody will wait for the ministry to make up its mind“]].", kind="person"),
        A("Bank [[believes]] both sides", "[[Economist Justė Rimkutė of Baltic Shore Bank]] believes",
          "believes [[both sides are partly right]].", kind="person"),
        A("In her [[view]], the tariff", "In [[her]] view",
          "view, [[the tariff rise alone would not move large volumes, but combined with higher port dues it „sends a very bad signal to shippers“]].", kind="pronoun", res="person"),
        A("Transport [[said]] on Tuesday it would not intervene", "[[The Ministry of Transport]] said on Tuesday",
          "on Tuesday [[it would not intervene in the company’s pricing decisions but had asked both sides to „find a compromise“]].", kind="organization"),
        A("the dispute, [[said]] the minister", "[[A ministry official]], who spoke",
          "said [[the minister was privately „furious“ that the row had become public]].", kind="anonymous", spec="described", reason=True),
        A("office [[did not respond to follow-up questions]]", "[[The ministry’s press office]] did not",
          None, kind="organization", denial="no-response"),
        A("also [[refused to say]] whether", "[[Geležinkelio Krovinys]] also refused",
          None, kind="organization", denial="no-comment"),
        A("board, meanwhile, [[is expected]] to approve", None,
          ["[[The port authority’s board]], meanwhile", "is expected [[to approve a 6 percent increase in its own port dues next month]], BLN"]),
        A("BLN [[reported]].", "month, [[BLN]] reported.",
          "[[The port authority’s board, meanwhile, is expected to approve a 6 percent increase in its own port dues next month]], BLN", kind="outlet"),
    ])

# ---------------------------------------------------------------------------------------------
# bench-and-bail: US criminal-justice nonprofit newsroom (curly double quotes, surnames only,
# "told Bench & Bail", "said in an interview", "wrote in an email", records "obtained by" /
# "reviewed by" the newsroom, its own analyses, long anonymity explanations)
# ---------------------------------------------------------------------------------------------
article("bench-and-bail", "2025-01-29", "okemaw-public-defender-caseloads",
    "In Okemaw County, one public defender for every 310 felony cases",
    [
        "Public defenders in Okemaw County carried an average of 310 open felony cases each last year, more than double the limit recommended by the state’s own public defense commission, according to caseload data obtained by Bench & Bail through a public records request.",
        "Five current and former assistant public defenders told Bench & Bail that they routinely meet clients for the first time minutes before a hearing, in a courthouse hallway or a holding cell. All five spoke on the condition of anonymity because they fear retaliation from county officials who control the office’s budget.",
        "“You are triaging human beings,” one of them said. “Somebody’s case is always the one you didn’t get to.”",
        "Chief Public Defender Lorna Whitfield, who has run the office since 2019, said in an interview that the figures were accurate and that she had asked the county for nine more attorneys in each of the last three budget cycles. “I have put it in writing every year,” she said. “The answer has been no every year.”",
        "The Okemaw County Board of Commissioners disputes that account. Board president Dale Kerrigan wrote in an email that the board had increased the defender’s budget by 11% since 2022 and that Whitfield “has never presented a staffing plan the board could act on.”",
        "Whitfield called that claim “flatly false” and provided Bench & Bail with copies of three staffing proposals submitted to the board, the most recent in August 2024. Kerrigan did not return calls about the proposals.",
        "Court records reviewed by Bench & Bail show that in 2024, 41% of felony defendants represented by the office pleaded guilty at their first pretrial conference, compared with 17% of those with private lawyers. Defense lawyers say prosecutors exploit the backlog by offering plea deals that expire within days.",
        "“Nobody is forcing anybody to plead,” said Okemaw County Prosecutor Martin Aske. He said his own office had lost four prosecutors to private practice in the past year.",
        "A judge in the county’s felony division, who requested anonymity because judges are barred from commenting on matters that could come before them, said she has postponed dozens of trials because appointed lawyers were not ready. “I can’t blame them. They are drowning,” the judge said.",
        "The state public defense commission’s executive director, Ray Okafor, said the commission has no power to force counties to hire. In a 2024 letter to county leaders, Okafor warned that Okemaw’s caseloads created “a serious risk of constitutional violations.” A 2023 report by the commission found that 14 of the state’s 92 counties exceeded its caseload standards; Okemaw was the worst.",
        "Several defendants interviewed by Bench & Bail in the county jail said they had not heard from their lawyer in months. The Indiana Justice Coalition, an advocacy group, said in a statement that it was “reviewing all options, including litigation.” County Attorney Sharon Pell declined to comment on the prospect of a lawsuit. The county is also said to be weighing a contract with a private law firm to take overflow cases.",
    ],
    [
        A("commission, [[according to]] caseload", "according to [[caseload data obtained by Bench & Bail through a public records request]].",
          "[[Public defenders in Okemaw County carried an average of 310 open felony cases each last year, more than double the limit recommended by the state’s own public defense commission]], according", kind="document"),
        A("defenders [[told]] Bench & Bail that they", "[[Five current and former assistant public defenders]] told",
          "Bench & Bail [[that they routinely meet clients for the first time minutes before a hearing, in a courthouse hallway or a holding cell]].",
          kind="anonymous", spec="described", reason=True),
        A("one of them [[said]].", "human beings,” [[one of them]] said.",
          ["[[“You are triaging human beings,”]] one", "said. [[“Somebody’s case is always the one you didn’t get to.”]]"],
          kind="anonymous", spec="described", reason=True),
        A("since 2019, [[said]] in an interview", "[[Chief Public Defender Lorna Whitfield]], who has run",
          "interview [[that the figures were accurate and that she had asked the county for nine more attorneys in each of the last three budget cycles]].",
          kind="person", channel="interview"),
        A("every year,” she [[said]].", "every year,” [[she]] said.",
          ["[[“I have put it in writing every year,”]] she", "she said. [[“The answer has been no every year.”]]"], kind="pronoun", res="person"),
        A("Commissioners [[disputes]] that account", "[[The Okemaw County Board of Commissioners]] disputes",
          "disputes [[that account]].", kind="organization", denial="denial"),
        A("Kerrigan [[wrote]] in an email", "[[Board president Dale Kerrigan]] wrote",
          "email [[that the board had increased the defender’s budget by 11% since 2022 and that Whitfield “has never presented a staffing plan the board could act on.”]]",
          kind="person", denial="denial", channel="email"),
        A("Whitfield [[called]] that claim", "[[Whitfield]] called that claim",
          "called [[that claim]] “flatly", kind="person", denial="denial"),
        A("Kerrigan [[did not return calls]] about", "[[Kerrigan]] did not return calls",
          None, kind="person", denial="no-response"),
        A("Bench & Bail [[show]] that in 2024", "[[Court records reviewed by Bench & Bail]] show",
          "show [[that in 2024, 41% of felony defendants represented by the office pleaded guilty at their first pretrial conference, compared with 17% of those with private lawyers]].", kind="document"),
        A("Defense lawyers [[say]]", "[[Defense lawyers]] say",
          "say [[prosecutors exploit the backlog by offering plea deals that expire within days]].", kind="vague"),
        A("plead,” [[said]] Okemaw", "said [[Okemaw County Prosecutor Martin Aske]].",
          "[[“Nobody is forcing anybody to plead,”]] said", kind="person", denial="denial"),
        A("He [[said]] his own office", "[[He]] said his own office",
          "said [[his own office had lost four prosecutors to private practice in the past year]].", kind="pronoun", res="person"),
        A("before them, [[said]] she has postponed", "[[A judge in the county’s felony division]], who requested",
          "said [[she has postponed dozens of trials because appointed lawyers were not ready]].",
          kind="anonymous", spec="described", reason=True),
        A("the judge [[said]].", "drowning,” [[the judge]] said.",
          "[[“I can’t blame them. They are drowning,”]] the judge", kind="anonymous", spec="described", reason=True),
        A("Okafor, [[said]] the commission", "[[The state public defense commission’s executive director, Ray Okafor]], said",
          "said [[the commission has no power to force counties to hire]].", kind="person"),
        A("Okafor [[warned]] that", "county leaders, [[Okafor]] warned",
          "warned [[that Okemaw’s caseloads created “a serious risk of constitutional violations.”]]", kind="person", channel="letter"),
        A("commission [[found]] that 14", "[[A 2023 report by the commission]] found",
          "found [[that 14 of the state’s 92 counties exceeded its caseload standards]];", kind="document"),
        A("county jail [[said]] they", "[[Several defendants interviewed by Bench & Bail in the county jail]] said",
          "said [[they had not heard from their lawyer in months]].", kind="vague"),
        A("advocacy group, [[said]] in a statement", "[[The Indiana Justice Coalition, an advocacy group]], said",
          "statement [[that it was “reviewing all options, including litigation.”]]", kind="organization", channel="statement"),
        A("county [[is also said]] to be", None,
          ["[[The county]] is also said", "said [[to be weighing a contract with a private law firm to take overflow cases]]."]),
        A("Pell [[declined to comment]]", "[[County Attorney Sharon Pell]] declined",
          None, kind="person", denial="no-comment"),
    ])

article("bench-and-bail", "2025-05-14", "ridgeway-jail-medical-deaths",
    "Four deaths in 14 months at Ridgeway County Jail, and a medical contractor under scrutiny",
    [
        "Four people have died in the Ridgeway County Jail since March 2024, three of them after medical staff documented symptoms that went untreated for days, according to autopsy reports, jail logs and incident reports obtained by Bench & Bail.",
        "The jail’s medical care is provided by Sentinel Correctional Health, a Tennessee company that holds jail contracts in 11 states. In each of the three cases, Sentinel’s own records show that a nurse logged the person’s complaints but that no physician examined them before they died.",
        "Sentinel rejected any suggestion that its staff were responsible. “Our clinicians provided appropriate care in every one of these cases,” company spokeswoman Alana Briggs wrote in an email.",
        "Relatives of two of the people who died said they were told by jail staff that their family members were “being watched.” Tamika Oduya, whose son Devonte, 24, died of a perforated ulcer in October, said she called the jail three times in the two days before his death. “They kept telling me he was fine,” she said.",
        "Three nurses who have worked at the jail since 2023 described a facility where a single nurse often covers 600 inmates overnight. The nurses, who asked not to be named because they signed nondisclosure agreements with Sentinel, said physicians visited twice a week and were rarely reachable by phone. “You write it down and you hope,” one of the nurses said.",
        "Briggs declined to say how many nurses work at the jail overnight, and called the nurses’ accounts “anecdotes from unnamed individuals.”",
        "Ridgeway County Sheriff Wade Tolliver’s spokesman, Lt. Corey Abt, said in a statement that the sheriff’s office “relies on its medical provider for all clinical decisions” and that each death had been reviewed by the state police. A state police spokeswoman said two of those reviews remain open.",
        "The contract, which the county renewed in January for $4.1 million a year, requires Sentinel to keep a physician on call “at all times.” County commissioners approved the renewal without discussion, meeting minutes show.",
        "Sentinel’s contract in neighboring Pruitt County was canceled in 2022 after a state inspection found that nurses had falsified medication logs, according to the Pruitt Valley Gazette. Sentinel said at the time that the employees involved had been fired.",
        "Commissioner Beth Arnaud, the only commissioner to answer Bench & Bail’s questions, said she had not been told about the deaths before the vote. “If what the nurses describe is true, that is a problem,” she said. The board’s chairman, Gil Ostrander, did not respond to phone messages and emails.",
        "A former Sentinel regional manager, who left the company last year and spoke on the condition of anonymity because she still works in the industry, said the company’s bids routinely assumed fewer nurses than jails needed. “That’s how you win the contract,” she said.",
    ],
    [
        A("for days, [[according to]] autopsy", "according to [[autopsy reports, jail logs and incident reports obtained by Bench & Bail]].",
          "[[Four people have died in the Ridgeway County Jail since March 2024, three of them after medical staff documented symptoms that went untreated for days]], according", kind="document"),
        A("own records [[show]] that", "[[Sentinel’s own records]] show",
          "show [[that a nurse logged the person’s complaints but that no physician examined them before they died]].", kind="document"),
        A("Sentinel [[rejected]] any suggestion", "[[Sentinel]] rejected any",
          "rejected [[any suggestion that its staff were responsible]].", kind="organization", denial="denial"),
        A("any [[suggestion]] that its staff", None,
          "suggestion [[that its staff were responsible]].", kind="none"),
        A("Briggs [[wrote]] in an email", "cases,” [[company spokeswoman Alana Briggs]] wrote",
          "[[“Our clinicians provided appropriate care in every one of these cases,”]] company", kind="person", denial="denial", channel="email"),
        A("who died [[said]] they were told", "[[Relatives of two of the people who died]] said",
          "said [[they were told by jail staff that their family members were “being watched.”]]", kind="vague"),
        A("they [[were told]] by jail staff", "by [[jail staff]] that",
          "jail staff [[that their family members were “being watched.”]]", kind="organization"),
        A("October, [[said]] she called", "[[Tamika Oduya]], whose son",
          "said [[she called the jail three times in the two days before his death]].", kind="person"),
        A("They [[kept telling]] me", "“[[They]] kept telling",
          "telling me [[he was fine]],", kind="pronoun", res="organization"),
        A("was fine,” she [[said]].", "was fine,” [[she]] said.",
          "[[“They kept telling me he was fine,”]] she", kind="pronoun", res="person"),
        A("since 2023 [[described]] a facility", "[[Three nurses who have worked at the jail since 2023]] described",
          "described [[a facility where a single nurse often covers 600 inmates overnight]].", kind="anonymous", spec="described", reason=True),
        A("with Sentinel, [[said]] physicians", "[[The nurses]], who asked",
          "said [[physicians visited twice a week and were rarely reachable by phone]].", kind="anonymous", spec="described", reason=True),
        A("one of the nurses [[said]].", "hope,” [[one of the nurses]] said.",
          "[[“You write it down and you hope,”]] one", kind="anonymous", spec="described", reason=True),
        A("Briggs [[declined to say]] how many", "[[Briggs]] declined to say",
          None, kind="person", denial="no-comment"),
        A("and [[called]] the nurses’ accounts", "[[Briggs]] declined to say",
          "called [[the nurses’ accounts]] “anecdotes", kind="person", denial="dismissal"),
        A("Abt, [[said]] in a statement", "[[Ridgeway County Sheriff Wade Tolliver’s spokesman, Lt. Corey Abt]], said",
          "statement [[that the sheriff’s office “relies on its medical provider for all clinical decisions” and that each death had been reviewed by the state police]].",
          kind="person", channel="statement"),
        A("spokeswoman [[said]] two of those", "[[A state police spokeswoman]] said",
          "said [[two of those reviews remain open]].", kind="organization"),
        A("meeting minutes [[show]].", "discussion, [[meeting minutes]] show.",
          "[[County commissioners approved the renewal without discussion]], meeting", kind="document"),
        A("logs, [[according to]] the Pruitt", "according to [[the Pruitt Valley Gazette]].",
          "[[Sentinel’s contract in neighboring Pruitt County was canceled in 2022 after a state inspection found that nurses had falsified medication logs]], according", kind="outlet"),
        A("inspection [[found]] that nurses", "after [[a state inspection]] found",
          "found [[that nurses had falsified medication logs]],", kind="document"),
        A("Sentinel [[said]] at the time", "[[Sentinel]] said at the time",
          "at the time [[that the employees involved had been fired]].", kind="organization"),
        A("questions, [[said]] she had not been told", "[[Commissioner Beth Arnaud, the only commissioner to answer Bench & Bail’s questions]], said",
          "said [[she had not been told about the deaths before the vote]].", kind="person"),
        A("a problem,” she [[said]].", "a problem,” [[she]] said.",
          "[[“If what the nurses describe is true, that is a problem,”]] she", kind="pronoun", res="person"),
        A("Ostrander, [[did not respond to phone messages and emails]]", "[[The board’s chairman, Gil Ostrander]], did",
          None, kind="person", denial="no-response"),
        A("in the industry, [[said]] the company’s bids", "[[A former Sentinel regional manager]], who left",
          "said [[the company’s bids routinely assumed fewer nurses than jails needed]].", kind="anonymous", spec="described", reason=True),
        A("contract,” she [[said]].", "contract,” [[she]] said.",
          "[[“That’s how you win the contract,”]] she", kind="pronoun", res="anonymous", spec="described", reason=True),
    ])

article("bench-and-bail", "2025-08-20", "marlow-pretrial-risk-score",
    "An algorithm helps decide who waits in jail in Marlow County. Its maker won’t say how it works.",
    [
        "For three years, judges in Marlow County have relied on a proprietary risk score, sold by the Denver company Veritrax, to help decide which defendants can go home before trial. An analysis by Bench & Bail of 18,400 bail hearings found that Black defendants were scored as “high risk” at nearly twice the rate of white defendants with similar criminal histories.",
        "Veritrax disputed the findings. In a six-page letter to Bench & Bail, the company’s general counsel, Howard Lisle, wrote that the analysis “misunderstands how the tool works” and relied on “incomplete public data.” The company has never made its scoring formula public.",
        "Lisle also said Veritrax’s own validation study, conducted in 2021, showed the tool was “equally predictive” across racial groups. The company has not published that study either.",
        "Two court employees who work with the scores daily said judges rarely depart from them. “If the score comes back high, there’s no bond. That’s the whole hearing,” one said. Both requested anonymity because they are not permitted to speak to reporters.",
        "Chief Judge Patricia Denholm said in a written response that the score is “one factor among many” and that judges “exercise independent judgment in every case.”",
        "The numbers point the other way. Of the 6,100 defendants scored high risk, judges set no bond or a bond above $5,000 in 94% of cases, according to the Bench & Bail analysis.",
        "Public defender Nadia Ferrante said she has seen clients with no prior convictions flagged as high risk because of where they live. “The ZIP code is doing the work,” she said. Veritrax says address is not among the inputs to the score.",
        "But a 2022 training manual for county pretrial officers, obtained by Bench & Bail, lists “residential stability” among 11 factors and says it is measured in part by “neighborhood of residence.” Asked about the manual, Lisle declined to say whether the factor is still in use.",
        "Marlow County’s pretrial services director, Ken Abernathy, did not respond to six requests for comment over three weeks. A county spokeswoman said the $640,000-a-year contract with Veritrax is up for renewal in December and that officials would “review all available information.”",
        "A county official familiar with the contract said at least two commissioners want it put out for competitive bid. The official asked not to be identified because the discussions are not public. One of those commissioners, Lyle Brandt, confirmed that account in a brief phone call. “We need to see what’s inside the box,” he said.",
        "Researchers who study pretrial tools say independent local audits are rare. “Most jurisdictions have never checked whether the score predicts anything locally,” said Eun-ji Park, a statistician at Carrow University who reviewed Bench & Bail’s methodology at its request.",
    ],
    [
        A("bail hearings [[found]] that", "[[An analysis by Bench & Bail of 18,400 bail hearings]] found",
          "found [[that Black defendants were scored as “high risk” at nearly twice the rate of white defendants with similar criminal histories]].", kind="self"),
        A("Veritrax [[disputed]] the findings", "[[Veritrax]] disputed",
          "disputed [[the findings]].", kind="organization", denial="denial"),
        A("Lisle, [[wrote]] that the analysis", "Bench & Bail, [[the company’s general counsel, Howard Lisle]], wrote",
          "wrote [[that the analysis “misunderstands how the tool works” and relied on “incomplete public data.”]]", kind="person", denial="denial", channel="letter"),
        A("Lisle also [[said]] Veritrax’s", "[[Lisle]] also said",
          "also said [[Veritrax’s own validation study, conducted in 2021, showed the tool was “equally predictive” across racial groups]].", kind="person", denial="denial"),
        A("in 2021, [[showed]] the tool", "said [[Veritrax’s own validation study]], conducted",
          "showed [[the tool was “equally predictive” across racial groups]].", kind="document"),
        A("scores daily [[said]] judges", "[[Two court employees who work with the scores daily]] said",
          "said [[judges rarely depart from them]].", kind="anonymous", spec="described", reason=True),
        A("hearing,” one [[said]].", "hearing,” [[one]] said.",
          "[[“If the score comes back high, there’s no bond. That’s the whole hearing,”]] one",
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A("Denholm [[said]] in a written response", "[[Chief Judge Patricia Denholm]] said",
          "written response [[that the score is “one factor among many” and that judges “exercise independent judgment in every case.”]]",
          kind="person", denial="denial", channel="statement"),
        A("cases, [[according to]] the Bench", "according to [[the Bench & Bail analysis]].",
          "[[Of the 6,100 defendants scored high risk, judges set no bond or a bond above $5,000 in 94% of cases]], according", kind="self"),
        A("Ferrante [[said]] she has seen", "[[Public defender Nadia Ferrante]] said",
          "said [[she has seen clients with no prior convictions flagged as high risk because of where they live]].", kind="person"),
        A("the work,” she [[said]].", "the work,” [[she]] said.",
          "[[“The ZIP code is doing the work,”]] she", kind="pronoun", res="person"),
        A("Veritrax [[says]] address", "[[Veritrax]] says address",
          "says [[address is not among the inputs to the score]].", kind="organization", denial="denial"),
        A("factors and [[says]] it is measured", "But [[a 2022 training manual for county pretrial officers]], obtained",
          "says [[it is measured in part by “neighborhood of residence.”]]", kind="document"),
        A("Lisle [[declined to say]] whether", "manual, [[Lisle]] declined",
          None, kind="person", denial="no-comment"),
        A("Abernathy, [[did not respond to six requests for comment]]", "[[Marlow County’s pretrial services director, Ken Abernathy]], did",
          None, kind="person", denial="no-response"),
        A("A county spokeswoman [[said]] the", "[[A county spokeswoman]] said",
          "said [[the $640,000-a-year contract with Veritrax is up for renewal in December and that officials would “review all available information.”]]", kind="organization"),
        A("the contract [[said]] at least two", "[[A county official familiar with the contract]] said",
          "said [[at least two commissioners want it put out for competitive bid]].", kind="anonymous", spec="described", reason=True),
        A("Brandt, [[confirmed]] that account", "[[One of those commissioners, Lyle Brandt]], confirmed",
          "confirmed [[that account]] in", kind="person", channel="phone"),
        A("the box,” he [[said]].", "the box,” [[he]] said.",
          "[[“We need to see what’s inside the box,”]] he", kind="pronoun", res="person"),
        A("pretrial tools [[say]]", "[[Researchers who study pretrial tools]] say",
          "say [[independent local audits are rare]].", kind="vague"),
        A("locally,” [[said]] Eun-ji Park", "said [[Eun-ji Park, a statistician at Carrow University who reviewed Bench & Bail’s methodology at its request]].",
          "[[“Most jurisdictions have never checked whether the score predicts anything locally,”]] said", kind="person"),
    ])

# ---------------------------------------------------------------------------------------------
# fishing-mercury: Scottish fishing-industry weekly (straight single quotes, no honorifics,
# skippers named with their vessels, "told the Mercury:", "The Mercury understands",
# colon attributions, Defra / Scottish Government spokespeople)
# ---------------------------------------------------------------------------------------------
article("fishing-mercury", "2025-02-06", "mackerel-coastal-states-talks",
    "Pelagic fleet fury as mackerel talks end without a deal",
    [
        "Scotland's pelagic fleet has reacted with anger after another round of coastal states talks in London ended on Friday without agreement on how the North-east Atlantic mackerel stock should be shared, leaving Norway and the Faroes free to set their own catch levels for a sixth year.",
        "The Pelagic Skippers' Federation said the outcome was 'a betrayal' of crews who had accepted a 22% cut last year on scientific advice. Its chief executive, Ewan Mair, told the Mercury: 'We did everything that was asked of us. Others just helped themselves, and our own negotiators let them.'",
        "The UK Government's Department for Environment, Food and Rural Affairs said in a statement that the UK had 'negotiated in good faith' and would 'continue to press for a fair, science-based arrangement'. The statement said the UK's share claim was 'fully justified by the zonal attachment of the stock'.",
        "Industry sources said Norway had tabled an offer in the final session that would have given the UK a 'slightly higher' share than last year, but the UK delegation turned it down. One senior figure in the pelagic sector, who was in London for the talks but did not want to be named, said the UK team had 'badly misread the room'.",
        "Defra declined to comment on what was discussed in the final session, saying the talks were confidential. A spokesperson said the UK would set its own quota 'in line with scientific advice' in the coming weeks.",
        "Norway's fisheries ministry, in a statement posted on its website, blamed the UK for the breakdown, saying London had 'refused to engage' with a proposal backed by the Faroes and Iceland. It is understood that Iceland's delegation left before the final session.",
        "On the quay at Peterhead on Monday, skippers were blunter. 'Everybody's fishing the same fish and nobody's counting,' said Alec Buchan, skipper of the Peterhead-registered Ocean Venture. He believes the stock 'can't take another five years of this'.",
        "The International Council for the Exploration of the Sea has warned that combined catches have exceeded its advice by an average of 40% since 2010.",
        "Mair said processors in Fraserburgh and Shetland could face 'real difficulty' if the fleet's quota is cut again. Lerwick processor Ronnie Isbister, whose plant employs 140 people, said he had 'no idea' what to tell staff about the summer season.",
        "Asked whether the UK might retaliate with port bans on Norwegian vessels, a Scottish Government official said ministers were 'not ruling anything out'. The official, who spoke on condition of anonymity because the matter is reserved to Westminster, said no formal proposal had been made.",
        "The Mercury understands that the next round of talks is pencilled in for May in Bergen. Defra would not confirm the date. The Faroese government did not respond to a request for comment.",
    ],
    [
        A("Federation [[said]] the outcome", "[[The Pelagic Skippers' Federation]] said",
          "said [[the outcome was 'a betrayal' of crews who had accepted a 22% cut last year on scientific advice]].", kind="organization"),
        A("Mair, [[told]] the Mercury:", "[[Its chief executive, Ewan Mair]], told",
          "the Mercury: [['We did everything that was asked of us. Others just helped themselves, and our own negotiators let them.']]", kind="person"),
        A("Affairs [[said]] in a statement", "[[The UK Government's Department for Environment, Food and Rural Affairs]] said",
          "statement [[that the UK had 'negotiated in good faith' and would 'continue to press for a fair, science-based arrangement']].",
          kind="organization", denial="denial", channel="statement"),
        A("The statement [[said]] the UK's", "[[The statement]] said the UK's",
          "statement said [[the UK's share claim was 'fully justified by the zonal attachment of the stock']].", kind="document"),
        A("Industry sources [[said]]", "[[Industry sources]] said",
          "sources said [[Norway had tabled an offer in the final session that would have given the UK a 'slightly higher' share than last year, but the UK delegation turned it down]].",
          kind="anonymous", spec="described", reason=False),
        A("to be named, [[said]] the UK team", "[[One senior figure in the pelagic sector]], who was",
          "said [[the UK team had 'badly misread the room']].", kind="anonymous", spec="described", reason=False),
        A("Defra [[declined to comment]] on what", "[[Defra]] declined to comment on what",
          None, kind="organization", denial="no-comment"),
        A("final session, [[saying]] the talks", "[[Defra]] declined to comment on what",
          "saying [[the talks were confidential]].", kind="organization", denial="no-comment"),
        A("A spokesperson [[said]] the UK would", "[[A spokesperson]] said the UK",
          "said [[the UK would set its own quota 'in line with scientific advice' in the coming weeks]].", kind="organization"),
        A("website, [[blamed]] the UK", "[[Norway's fisheries ministry]], in a statement",
          "blamed [[the UK for the breakdown]],", kind="organization", channel="post"),
        A("breakdown, [[saying]] London", "[[Norway's fisheries ministry]], in a statement",
          "saying [[London had 'refused to engage' with a proposal backed by the Faroes and Iceland]].", kind="organization", channel="post"),
        A("[[It is understood]] that Iceland's", None,
          "It is understood [[that Iceland's delegation left before the final session]]."),
        A("counting,' [[said]] Alec Buchan", "said [[Alec Buchan, skipper of the Peterhead-registered Ocean Venture]].",
          "[['Everybody's fishing the same fish and nobody's counting,']] said", kind="person"),
        A("He [[believes]] the stock", "[[He]] believes the stock",
          "believes [[the stock 'can't take another five years of this']].", kind="pronoun", res="person"),
        A("the Sea [[has warned]] that", "[[The International Council for the Exploration of the Sea]] has warned",
          "has warned [[that combined catches have exceeded its advice by an average of 40% since 2010]].", kind="organization"),
        A("Mair [[said]] processors", "[[Mair]] said processors",
          "said [[processors in Fraserburgh and Shetland could face 'real difficulty' if the fleet's quota is cut again]].", kind="person"),
        A("140 people, [[said]] he had", "[[Lerwick processor Ronnie Isbister]], whose plant",
          "said [[he had 'no idea' what to tell staff about the summer season]].", kind="person"),
        A("Government official [[said]] ministers", "vessels, [[a Scottish Government official]] said",
          "said [[ministers were 'not ruling anything out']].", kind="anonymous", spec="described", reason=True),
        A("to Westminster, [[said]] no formal", "[[The official]], who spoke",
          "said [[no formal proposal had been made]].", kind="anonymous", spec="described", reason=True),
        A("The Mercury [[understands]]", "[[The Mercury]] understands",
          "understands [[that the next round of talks is pencilled in for May in Bergen]].", kind="self"),
        A("Defra [[would not confirm]] the date", "[[Defra]] would not confirm",
          None, kind="organization", denial="no-comment"),
        A("government [[did not respond to a request for comment]]", "[[The Faroese government]] did not",
          None, kind="organization", denial="no-response"),
    ])

article("fishing-mercury", "2025-07-03", "fraserburgh-harbour-dues",
    "Skippers threaten to land elsewhere as Fraserburgh raises dues by 18%",
    [
        "Fraserburgh Harbour Commissioners have approved an 18% increase in landing dues from August, a move skippers say could drive boats to Peterhead and Denmark.",
        "The harbour's chief executive, Graeme Noble, said the rise was needed to service £12m of borrowing for the new south quay and to cover 'significant' increases in insurance and electricity costs. 'Nobody likes paying more. But the alternative is a harbour that falls apart,' he told the Mercury.",
        "Fishing industry figures dispute the harbour's numbers. The Buchan Fishermen's Association said in a letter to the commissioners, seen by the Mercury, that dues at Fraserburgh would be 30% higher than at Peterhead after the increase. The association's secretary, Morag Strachan, said members felt 'taken for granted'.",
        "Noble rejected the comparison, saying Peterhead's published tariff did not include the extra charges for ice and shore power that boats pay there. 'It's apples and oranges,' he said.",
        "Two commissioners voted against the increase at last Thursday's meeting, according to the draft minutes. One of the board's 11 members, who asked not to be named because commissioners are bound by a confidentiality code, told the Mercury the vote had been 'rushed through' with papers circulated only the night before. 'Some of us had not even read them,' the commissioner said.",
        "The harbour's chairman, Ian Duthie, denied that the process had been rushed. In a statement, he said all board papers 'were issued in accordance with our standing orders'. He declined to say how individual commissioners had voted.",
        "At the fish market on Monday, skippers spoke of little else. 'You'll see boats going to Hanstholm. The Danes will take us with open arms,' said Stevie Ritchie, who fishes the prawn trawler Guide Me II out of the Broch. Another skipper, who did not want his name used because he still has to deal with the harbour every day, put it more bluntly: 'They're biting the hand that feeds them.'",
        "Peterhead Port Authority said it had received 'a number of enquiries' from Fraserburgh-based vessels. Scottish ministers have no power over trust port charges, a Scottish Government spokesperson said.",
        "Strachan said the association would ask members to log where they land over the autumn. 'If the numbers drop, the harbour will have its answer,' she said.",
        "Local MSP Karen Adie said she had written to the harbour asking it to delay the rise but had not received a reply. Adie also claimed the harbour had spent £400,000 on consultants for the quay project without putting the work out to tender. Duthie said that was 'simply untrue' and that the consultancy contract had been tendered in 2022.",
        "It is understood that at least two Fraserburgh boats have landed at Peterhead since the vote. The new dues take effect on August 1 unless the commissioners agree to revisit the decision at their July meeting. One senior harbour employee privately said a reversal was 'very unlikely'.",
    ],
    [
        A("skippers [[say]] could drive", "a move [[skippers]] say",
          ["August, [[a move]] skippers", "say [[could drive boats to Peterhead and Denmark]]."], kind="vague"),
        A("Noble, [[said]] the rise", "[[The harbour's chief executive, Graeme Noble]], said",
          "said [[the rise was needed to service £12m of borrowing for the new south quay and to cover 'significant' increases in insurance and electricity costs]].", kind="person"),
        A("falls apart,' he [[told]] the Mercury", "falls apart,' [[he]] told",
          "[['Nobody likes paying more. But the alternative is a harbour that falls apart,']] he", kind="pronoun", res="person"),
        A("figures [[dispute]] the harbour's", "[[Fishing industry figures]] dispute",
          "dispute [[the harbour's numbers]].", kind="vague"),
        A("Association [[said]] in a letter", "[[The Buchan Fishermen's Association]] said",
          "seen by the Mercury, [[that dues at Fraserburgh would be 30% higher than at Peterhead after the increase]].", kind="organization", channel="letter"),
        A("Strachan, [[said]] members", "[[The association's secretary, Morag Strachan]], said",
          "said [[members felt 'taken for granted']].", kind="person"),
        A("Noble [[rejected]] the comparison", "[[Noble]] rejected",
          "rejected [[the comparison]],", kind="person", denial="denial"),
        A("comparison, [[saying]] Peterhead's", "[[Noble]] rejected",
          "saying [[Peterhead's published tariff did not include the extra charges for ice and shore power that boats pay there]].", kind="person", denial="denial"),
        A("oranges,' he [[said]].", "oranges,' [[he]] said.",
          "[['It's apples and oranges,']] he", kind="pronoun", res="person", denial="dismissal"),
        A("meeting, [[according to]] the draft", "according to [[the draft minutes]].",
          "[[Two commissioners voted against the increase at last Thursday's meeting]], according", kind="document"),
        A("code, [[told]] the Mercury the vote", "[[One of the board's 11 members]], who asked",
          "the Mercury [[the vote had been 'rushed through' with papers circulated only the night before]].",
          kind="anonymous", spec="described", reason=True),
        A("the commissioner [[said]].", "read them,' [[the commissioner]] said.",
          "[['Some of us had not even read them,']] the commissioner", kind="anonymous", spec="described", reason=True),
        A("Duthie, [[denied]] that the process", "[[The harbour's chairman, Ian Duthie]], denied",
          "denied [[that the process had been rushed]].", kind="person", denial="denial"),
        A("he [[said]] all board papers", "statement, [[he]] said",
          "said [[all board papers 'were issued in accordance with our standing orders']].", kind="pronoun", res="person", denial="denial", channel="statement"),
        A("He [[declined to say]] how individual", "[[He]] declined to say how individual",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("open arms,' [[said]] Stevie", "said [[Stevie Ritchie]], who fishes",
          "[['You'll see boats going to Hanstholm. The Danes will take us with open arms,']] said", kind="person"),
        A("[[put it more bluntly]]:", "[[Another skipper]], who did not",
          "bluntly: [['They're biting the hand that feeds them.']]", kind="anonymous", spec="described", reason=True),
        A("Authority [[said]] it had received", "[[Peterhead Port Authority]] said",
          "said [[it had received 'a number of enquiries' from Fraserburgh-based vessels]].", kind="organization"),
        A("spokesperson [[said]].", "charges, [[a Scottish Government spokesperson]] said.",
          "[[Scottish ministers have no power over trust port charges]], a Scottish", kind="organization"),
        A("Strachan [[said]] the association", "[[Strachan]] said the association",
          "said [[the association would ask members to log where they land over the autumn]].", kind="person"),
        A("its answer,' she [[said]].", "its answer,' [[she]] said.",
          "[['If the numbers drop, the harbour will have its answer,']] she", kind="pronoun", res="person"),
        A("Adie [[said]] she had written", "[[Local MSP Karen Adie]] said",
          "said [[she had written to the harbour asking it to delay the rise but had not received a reply]].", kind="person"),
        A("Adie also [[claimed]]", "[[Adie]] also claimed",
          "claimed [[the harbour had spent £400,000 on consultants for the quay project without putting the work out to tender]].", kind="person"),
        A("Duthie [[said]] that was", "[[Duthie]] said that was",
          "Duthie said [[that was 'simply untrue' and that the consultancy contract had been tendered in 2022]].", kind="person", denial="denial"),
        A("[[It is understood]] that at least two", None,
          "It is understood [[that at least two Fraserburgh boats have landed at Peterhead since the vote]]."),
        A("employee [[privately said]] a reversal", "[[One senior harbour employee]] privately",
          "privately said [[a reversal was 'very unlikely']].", kind="anonymous", spec="described", reason=False),
    ])

article("fishing-mercury", "2025-11-13", "creel-tracking-fines",
    "Creel skippers fined over tracking units they say never worked",
    [
        "At least 14 inshore creel fishermen on the west coast have been issued fixed penalty notices of up to £2,000 for failing to transmit vessel positions, even though many say the tracking units they were required to fit have been faulty from the start.",
        "The Marine Directorate, which enforces the rules, confirmed that 14 notices had been issued since June under the inshore vessel monitoring scheme. A spokesperson said each case had been 'assessed on its individual merits' and that skippers had been given 'ample time and support' to comply.",
        "Ullapool creel fisherman Donnie MacLeod, who received a £1,500 notice in September, said his unit had failed 'at least a dozen times' and that he had reported every fault to the supplier. 'I've got the emails. I did everything they asked,' he said.",
        "The units are supplied by Glasgow firm Trackwise Marine under a Scottish Government contract. Managing director Paul Lennie said fewer than 3% of its devices had developed faults and that most 'outages' were caused by boats switching off power at the mooring. 'The kit works. It's been tested to destruction,' he said in a statement.",
        "The West Coast Inshore Fishermen's Alliance called that explanation 'insulting'. Its secretary, Fiona Morrison, said the alliance had logged more than 200 faults since the scheme began. A survey of members by the alliance found that 61% had experienced at least one outage lasting more than 24 hours.",
        "Morrison said: 'These are men and women who have fished these waters for 40 years. Nobody asked them whether the system would work at sea.'",
        "Highlands and Islands MSP Calum Rennie raised the issue at Holyrood on Wednesday, telling the rural affairs minister that the fines were 'a disgrace'. The minister, Siobhan Kerr, told MSPs she had asked officials to review the cases.",
        "Rennie said he had heard from skippers from Kinlochbervie to Campbeltown. 'Every one of them tells me the same story,' he said.",
        "Trackwise's £3.2m contract was awarded in 2023. An internal audit report, released to the Mercury under freedom of information, noted 'recurring firmware issues' with the units in 2024 but concluded that they met the contract specification.",
        "The Directorate said skippers could appeal against a notice to the sheriff court. It has received three appeals so far, a spokesperson added.",
        "Some fishermen say they have stopped going to sea on days when their units show faults. 'I sat in the harbour three days last month,' said Skye creel fisherman Angus Beaton. 'That's three days' wages gone, for a box that doesn't work.'",
        "Critics say the scheme was rushed in without proper sea trials. The Directorate had not responded to that criticism by the time the Mercury went to press.",
    ],
    [
        A("many [[say]] the tracking", "though [[many]] say",
          "say [[the tracking units they were required to fit have been faulty from the start]].", kind="vague"),
        A("rules, [[confirmed]] that 14", "[[The Marine Directorate]], which enforces",
          "confirmed [[that 14 notices had been issued since June under the inshore vessel monitoring scheme]].", kind="organization"),
        A("A spokesperson [[said]] each case", "[[A spokesperson]] said each case",
          "said [[each case had been 'assessed on its individual merits' and that skippers had been given 'ample time and support' to comply]].", kind="organization", denial="denial"),
        A("September, [[said]] his unit", "[[Ullapool creel fisherman Donnie MacLeod]], who received",
          "said [[his unit had failed 'at least a dozen times' and that he had reported every fault to the supplier]].", kind="person"),
        A("everything they asked,' he [[said]].", "everything they asked,' [[he]] said.",
          "[['I've got the emails. I did everything they asked,']] he", kind="pronoun", res="person", denial="denial"),
        A("Lennie [[said]] fewer than", "[[Managing director Paul Lennie]] said",
          "said [[fewer than 3% of its devices had developed faults and that most 'outages' were caused by boats switching off power at the mooring]].", kind="person", denial="denial"),
        A("destruction,' he [[said]] in a statement", "destruction,' [[he]] said",
          "[['The kit works. It's been tested to destruction,']] he", kind="pronoun", res="person", denial="denial", channel="statement"),
        A("Alliance [[called]] that explanation", "[[The West Coast Inshore Fishermen's Alliance]] called",
          "called [[that explanation]] 'insulting'", kind="organization", denial="dismissal"),
        A("Morrison, [[said]] the alliance", "[[Its secretary, Fiona Morrison]], said",
          "said [[the alliance had logged more than 200 faults since the scheme began]].", kind="person"),
        A("alliance [[found]] that 61%", "[[A survey of members by the alliance]] found",
          "found [[that 61% had experienced at least one outage lasting more than 24 hours]].", kind="document"),
        A("Morrison [[said]]: 'These", "[[Morrison]] said: 'These",
          "said: [['These are men and women who have fished these waters for 40 years. Nobody asked them whether the system would work at sea.']]", kind="person"),
        A("Wednesday, [[telling]] the rural", "[[Highlands and Islands MSP Calum Rennie]] raised",
          "minister [[that the fines were 'a disgrace']].", kind="person"),
        A("Kerr, [[told]] MSPs", "[[The minister, Siobhan Kerr]], told",
          "MSPs [[she had asked officials to review the cases]].", kind="person"),
        A("Rennie [[said]] he had heard", "[[Rennie]] said he had heard",
          "said [[he had heard from skippers from Kinlochbervie to Campbeltown]].", kind="person"),
        A("same story,' he [[said]].", "same story,' [[he]] said.",
          "[['Every one of them tells me the same story,']] he", kind="pronoun", res="person"),
        A("2024 but [[concluded]] that they", "[[An internal audit report]], released",
          "concluded [[that they met the contract specification]].", kind="document"),
        A("information, [[noted]] 'recurring", "[[An internal audit report]], released",
          "noted [['recurring firmware issues' with the units in 2024]] but", kind="document"),
        A("The Directorate [[said]] skippers", "[[The Directorate]] said skippers",
          "said [[skippers could appeal against a notice to the sheriff court]].", kind="organization"),
        A("a spokesperson [[added]].", "so far, [[a spokesperson]] added.",
          "[[It has received three appeals so far]], a spokesperson", kind="organization"),
        A("Some fishermen [[say]] they", "[[Some fishermen]] say",
          "say [[they have stopped going to sea on days when their units show faults]].", kind="vague"),
        A("last month,' [[said]] Skye", "said [[Skye creel fisherman Angus Beaton]].",
          ["[['I sat in the harbour three days last month,']] said", "Beaton. [['That's three days' wages gone, for a box that doesn't work.']]"], kind="person"),
        A("Critics [[say]] the scheme", "[[Critics]] say the scheme",
          "say [[the scheme was rushed in without proper sea trials]].", kind="vague"),
        A("Directorate [[had not responded]] to that criticism", "[[The Directorate]] had not responded",
          None, kind="organization", denial="no-response"),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    if "--stats" in sys.argv:
        for key, counter in STATS.items():
            print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    # python3 build.py --jsonl /tmp/h57gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
