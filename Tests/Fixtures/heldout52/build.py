#!/usr/bin/env python3
"""Generator for the heldout52 fixture: 12 fictional, hand-annotated news articles.

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
ANN_SUFFIX = "_a052"
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
            out.write(json.dumps({"path": "heldout52/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


# ---- ARTICLES GO HERE: article("outlet-slug", "YYYY-MM-DD", "slug", "Title", [paragraphs...], [A(...), ...]) ----
# ---------------------------------------------------------------------------------------------
# atacama-ledger: English-language mining and politics news site, Chile (straight double quotes)
# ---------------------------------------------------------------------------------------------
article("atacama-ledger", "2025-03-04", "tolar-pipeline-strike",
    "Tolar miners walk out as union and Kestrel Ridge trade blame over pipeline safety",
    [
        '''About 1,400 workers at the Tolar copper mine in the Antofagasta region downed tools on Monday, halting output at one of the country's ten largest copper operations, after talks on a new collective contract collapsed over the weekend, the mine's largest union said.''',
        '''Sindicato No. 1 de Trabajadores Minera Tolar president Héctor Villagrán told The Ledger the walkout would last "as long as necessary". "They offered us a bonus that doesn't cover a year of inflation and then asked us to sign a safety waiver. Nobody is signing that," he said.''',
        '''Minera Tolar, which is 70% owned by Toronto-listed Kestrel Ridge Resources, denied that any waiver had been proposed. In a statement, the company said its offer was "the best in the sector" and called the union's safety claims "categorically false".''',
        '''The dispute centres on the mine's ageing tailings pipeline, which carries waste slurry 31 kilometres to a storage dam near the coast road. The union says the pipeline has ruptured three times since 2022; the company says there has been one rupture. According to a 2024 inspection report by the Environmental Superintendency, the line showed "advanced corrosion" along a 4-kilometre section.''',
        '''Two supervisors at the mine, who asked not to be named because they are not authorised to speak to the press, told The Ledger that maintenance crews had been cut from four shifts to two last year. "The line is patched, not fixed. We patch it every month," one of them said.''',
        '''Kestrel Ridge declined to comment on the pipeline. A spokesperson for the Labour Ministry said Undersecretary Paula Izquierdo had offered to mediate, but did not say when talks would resume. The Mining Ministry did not respond to written questions.''',
        '''The stoppage is costing about US$9 million a day in lost output, according to Banco Austral analyst Rodrigo Saavedra. Copper for three-month delivery rose 1.1% in London on Monday, and traders said the strike was partly responsible. Analysts expect prices to climb further if the stoppage lasts beyond a week.''',
        '''Regional deputy Camila Rojas Ibáñez, of the opposition Partido Regionalista del Norte, accused the company of "gambling with workers' lives" and said she would ask the lower house's mining committee to summon Kestrel Ridge executives. Her remarks were first reported by Calama daily El Salar Hoy.''',
        '''A company executive, speaking on condition of anonymity, said management believed the union would accept a revised offer "within a fortnight". The executive said Kestrel Ridge's board had authorised a higher bonus but wanted the pipeline issue "off the table" first.''',
        '''Villagrán dismissed that as "a fairy tale". "If they had more money, they would have put it on the table on Friday," he said.''',
    ],
    [
        A('''largest union [[said]].''', '''weekend, [[the mine's largest union]] said.''',
          '''[[About 1,400 workers at the Tolar copper mine in the Antofagasta region downed tools on Monday, halting output at one of the country's ten largest copper operations, after talks on a new collective contract collapsed over the weekend]], the mine's''',
          kind="organization"),
        A('''Villagrán [[told]] The Ledger''', '''[[Sindicato No. 1 de Trabajadores Minera Tolar president Héctor Villagrán]] told''',
          '''The Ledger [[the walkout would last "as long as necessary"]].''', kind="person"),
        A('''signing that," he [[said]].''', '''signing that," [[he]] said.''',
          '''[["They offered us a bonus that doesn't cover a year of inflation and then asked us to sign a safety waiver. Nobody is signing that,"]] he''',
          kind="pronoun", res="person"),
        A('''Resources, [[denied]] that''', '''[[Minera Tolar]], which is 70%''',
          '''denied [[that any waiver had been proposed]].''', kind="organization", denial="denial"),
        A('''the company [[said]] its offer''', '''statement, [[the company]] said its offer''',
          '''said [[its offer was "the best in the sector"]] and''', kind="organization", channel="statement"),
        A('''and [[called]] the union's''', '''statement, [[the company]] said its offer''',
          '''called [[the union's safety claims "categorically false"]].''', kind="organization", denial="denial", channel="statement"),
        A('''The union [[says]] the pipeline''', '''[[The union]] says''',
          '''says [[the pipeline has ruptured three times since 2022]];''', kind="organization"),
        A('''the company [[says]] there''', '''2022; [[the company]] says''',
          '''says [[there has been one rupture]].''', kind="organization", denial="denial"),
        A('''[[According to]] a 2024''', '''According to [[a 2024 inspection report by the Environmental Superintendency]], the line''',
          '''Superintendency, [[the line showed "advanced corrosion" along a 4-kilometre section]].''', kind="document"),
        A('''press, [[told]] The Ledger that''', '''[[Two supervisors at the mine]], who asked''',
          '''The Ledger [[that maintenance crews had been cut from four shifts to two last year]].''',
          kind="anonymous", spec="described", reason=True),
        A('''one of them [[said]].''', '''[[one of them]] said.''',
          '''[["The line is patched, not fixed. We patch it every month,"]] one''',
          kind="anonymous", spec="described", reason=True),
        A('''Kestrel Ridge [[declined to comment]] on the pipeline''', '''[[Kestrel Ridge]] declined to comment''',
          None, kind="organization", denial="no-comment"),
        A('''Ministry [[said]] Undersecretary''', '''[[A spokesperson for the Labour Ministry]] said''',
          '''said [[Undersecretary Paula Izquierdo had offered to mediate]], but''', kind="organization"),
        A('''but [[did not say]] when''', '''[[A spokesperson for the Labour Ministry]] said''',
          '''did not say [[when talks would resume]].''', kind="organization", denial="no-comment"),
        A('''output, [[according to]] Banco''', '''according to [[Banco Austral analyst Rodrigo Saavedra]].''',
          '''[[The stoppage is costing about US$9 million a day in lost output]], according''', kind="person"),
        A('''Ministry [[did not respond to written questions]].''', '''[[The Mining Ministry]] did not''',
          None, kind="organization", denial="no-response"),
        A('''Analysts [[expect]] prices''', '''[[Analysts]] expect''',
          '''expect [[prices to climb further if the stoppage lasts beyond a week]].''', kind="vague"),
        A('''traders [[said]] the strike''', '''and [[traders]] said''',
          '''said [[the strike was partly responsible]].''', kind="vague"),
        A('''del Norte, [[accused]] the company''', '''[[Regional deputy Camila Rojas Ibáñez, of the opposition Partido Regionalista del Norte]], accused''',
          '''accused [[the company of "gambling with workers' lives"]] and''', kind="person"),
        A('''lives" and [[said]] she would''', '''[[Regional deputy Camila Rojas Ibáñez, of the opposition Partido Regionalista del Norte]], accused''',
          '''said [[she would ask the lower house's mining committee to summon Kestrel Ridge executives]].''', kind="person"),
        A('''remarks [[were first reported]] by''', '''by [[Calama daily El Salar Hoy]].''',
          '''[[Her remarks]] were first''', kind="outlet"),
        A('''anonymity, [[said]] management''', '''[[A company executive]], speaking''',
          '''said [[management believed the union would accept a revised offer "within a fortnight"]].''',
          kind="anonymous", spec="described", reason=False),
        A('''management [[believed]] the union''', '''said [[management]] believed''',
          '''believed [[the union would accept a revised offer "within a fortnight"]].''', kind="organization"),
        A('''The executive [[said]] Kestrel''', '''[[The executive]] said''',
          '''said [[Kestrel Ridge's board had authorised a higher bonus but wanted the pipeline issue "off the table" first]].''',
          kind="anonymous", spec="described", reason=False),
        A('''Villagrán [[dismissed]] that''', '''[[Villagrán]] dismissed''',
          '''dismissed [[that]] as''', kind="person", denial="dismissal"),
        A('''on Friday," he [[said]].''', '''on Friday," [[he]] said.''',
          '''[["If they had more money, they would have put it on the table on Friday,"]] he''', kind="pronoun", res="person"),
    ])

article("atacama-ledger", "2025-06-17", "quebrada-honda-lithium-permit",
    "Lithium permit under review after regional official's meetings with developer come to light",
    [
        '''Chile's Environmental Evaluation Service is reviewing whether a regional official improperly met executives of Litio Quebrada Honda SpA while the company's US$1.1 billion lithium project was under assessment, The Ledger has learned.''',
        '''According to entries in the public lobbying register reviewed by The Ledger, Antofagasta regional evaluation director Mauricio Fuenzalida held at least four meetings with the company between October and February, two of which were not logged until weeks later.''',
        '''A source at the agency said Fuenzalida told company representatives at a January meeting that the project's water-use study would be approved "without major observations". The source, who requested anonymity because the review is ongoing, said an internal complaint had been filed in April.''',
        '''Fuenzalida denied making any such commitment. "I have met every company that asked, as the law allows. I have never promised anyone a result," he told The Ledger by phone.''',
        '''Litio Quebrada Honda, a joint venture between Chilean conglomerate Grupo Errázuriz Lynch and South Korean battery maker Hanseo Materials, said in a statement that all its meetings had been "registered and transparent" and that it rejected "any insinuation of improper influence".''',
        '''The company's chief executive, Ignacio Errázuriz Vial, declined to be interviewed. Hanseo Materials, which holds 40% of the venture, has agreed to buy most of the project's output for its cathode plants in Ulsan.''',
        '''The project would pump brine from the Salar de Queñoa basin, 90 kilometres east of Calama. It has faced opposition from the Atacameño community of Quebrada Chaca, which says the pumping would dry out the wetlands that feed its grazing land. The basin's largest lagoon has reportedly shrunk by a fifth since test pumping began in 2023.''',
        '''Community president Rosa Cruz Anza said the Indigenous consultation had been "a formality". "They came with the answers already written," she said.''',
        '''Lawyers for the community have filed a complaint with the Environmental Court in Antofagasta alleging that the company's hydrogeological model understated water losses by as much as 40%. The company called the complaint "a publicity stunt dressed up as science".''',
        '''Regional governor Esteban Salinas Mora said on Radio Pampa Norte that he had "full confidence" in the evaluation service but that any irregularity "must be investigated to the end". Senator Joaquín Ferrada Soto, who chairs the Senate mining committee, said he would seek a briefing from the agency.''',
        '''Two officials at the Environment Ministry said privately that the minister was unlikely to overrule the regional commission, whatever the outcome of the internal review. The ministry is expected to rule on the permit before September.''',
    ],
    [
        A('''The Ledger [[has learned]].''', '''assessment, [[The Ledger]] has learned.''',
          '''[[Chile's Environmental Evaluation Service is reviewing whether a regional official improperly met executives of Litio Quebrada Honda SpA while the company's US$1.1 billion lithium project was under assessment]], The Ledger''',
          kind="self"),
        A('''[[According to]] entries''', '''According to [[entries in the public lobbying register reviewed by The Ledger]], Antofagasta''',
          '''reviewed by The Ledger, [[Antofagasta regional evaluation director Mauricio Fuenzalida held at least four meetings with the company between October and February, two of which were not logged until weeks later]].''',
          kind="document"),
        A('''agency [[said]] Fuenzalida''', '''[[A source at the agency]] said''',
          '''said [[Fuenzalida told company representatives at a January meeting that the project's water-use study would be approved "without major observations"]].''',
          kind="anonymous", spec="described", reason=True),
        A('''Fuenzalida [[told]] company''', '''said [[Fuenzalida]] told''',
          '''meeting [[that the project's water-use study would be approved "without major observations"]].''', kind="person"),
        A('''ongoing, [[said]] an internal''', '''[[The source]], who requested''',
          '''said [[an internal complaint had been filed in April]].''',
          kind="anonymous", spec="described", reason=True),
        A('''Fuenzalida [[denied]] making''', '''[[Fuenzalida]] denied''',
          '''denied [[making any such commitment]].''', kind="person", denial="denial"),
        A('''a result," he [[told]] The Ledger''', '''a result," [[he]] told''',
          '''[["I have met every company that asked, as the law allows. I have never promised anyone a result,"]] he''',
          kind="pronoun", res="person", denial="denial", channel="phone"),
        A('''Materials, [[said]] in a statement''', '''[[Litio Quebrada Honda, a joint venture between Chilean conglomerate Grupo Errázuriz Lynch and South Korean battery maker Hanseo Materials]], said''',
          '''statement [[that all its meetings had been "registered and transparent" and that it rejected "any insinuation of improper influence"]].''',
          kind="organization", denial="denial", channel="statement"),
        A('''it [[rejected]] "any''', '''that [[it]] rejected''',
          '''rejected [["any insinuation of improper influence"]].''', kind="pronoun", res="organization", denial="denial"),
        A('''Vial, [[declined to be interviewed]].''', '''[[The company's chief executive, Ignacio Errázuriz Vial]], declined''',
          None, kind="person", denial="no-comment"),
        A('''which [[says]] the pumping''', '''Chaca, [[which]] says''',
          '''says [[the pumping would dry out the wetlands that feed its grazing land]].''', kind="pronoun", res="organization"),
        A('''lagoon has [[reportedly]] shrunk''', None,
          ['''[[The basin's largest lagoon has]] reportedly''', '''reportedly [[shrunk by a fifth since test pumping began in 2023]].''']),
        A('''Anza [[said]] the Indigenous''', '''[[Community president Rosa Cruz Anza]] said''',
          '''said [[the Indigenous consultation had been "a formality"]].''', kind="person"),
        A('''already written," she [[said]].''', '''already written," [[she]] said.''',
          '''[["They came with the answers already written,"]] she''', kind="pronoun", res="person"),
        A('''Antofagasta [[alleging]] that''', '''[[Lawyers for the community]] have filed''',
          '''alleging [[that the company's hydrogeological model understated water losses by as much as 40%]].''', kind="organization"),
        A('''company [[called]] the complaint''', '''[[The company]] called''',
          '''called [[the complaint "a publicity stunt dressed up as science"]].''', kind="organization", denial="dismissal"),
        A('''Mora [[said]] on Radio''', '''[[Regional governor Esteban Salinas Mora]] said''',
          '''Pampa Norte [[that he had "full confidence" in the evaluation service but that any irregularity "must be investigated to the end"]].''', kind="person"),
        A('''committee, [[said]] he would seek''', '''[[Senator Joaquín Ferrada Soto]], who chairs''',
          '''said [[he would seek a briefing from the agency]].''', kind="person"),
        A('''Ministry [[said]] privately that''', '''[[Two officials at the Environment Ministry]] said''',
          '''said privately [[that the minister was unlikely to overrule the regional commission, whatever the outcome of the internal review]].''',
          kind="anonymous", spec="described", reason=False),
        A('''ministry [[is expected]] to rule''', None,
          ['''[[The ministry]] is expected''', '''is expected [[to rule on the permit before September]].''']),
    ])

article("atacama-ledger", "2025-10-08", "senate-lithium-royalty-carve-out",
    "Senators challenge Finance Ministry's numbers on lithium royalty carve-out",
    [
        '''A proposal to cut the royalty paid by smaller lithium producers ran into stiff resistance in the Senate mining committee on Tuesday, with senators from both blocs questioning the Finance Ministry's estimate that the change would cost the treasury less than US$40 million a year.''',
        '''Senator Isidora Montt Leiva, of the centre-left Alianza Progresista, called the measure "a gift to two companies dressed up as industrial policy". She said the ministry had not published the model behind its figure and accused it of "reverse-engineering" the number.''',
        '''Budget Director Verónica Alarcón Puga rejected that charge. "We are not giving anything away. We are making sure these projects exist to be taxed at all," she told the committee, adding that the model would be sent to senators "this week".''',
        '''The current royalty rises in steps with the price, from 6.8% of sales to as much as 40% at the top of the scale. Lithium carbonate prices have fallen by more than half since their 2022 peak, and two mid-sized projects in the region were put on hold last year.''',
        '''The carve-out would apply to operations producing under 20,000 tonnes of lithium carbonate a year. It would benefit Litio Quebrada Honda and the smaller Minera Salar Rojo, according to an analysis by the Santiago consultancy Cumbre Analytics, and the public lobbying register shows both companies met ministry staff about the change this year.''',
        '''Minera Salar Rojo chief executive Andrés Pizarro Kühn said the company had "never asked for special treatment" and had met the ministry "like every other producer". Litio Quebrada Honda declined to comment.''',
        '''The Northern Mining Producers' Association, which represents the large copper and lithium companies, argued in a position paper published in July that any royalty relief should apply to all producers, not only the smaller ones.''',
        '''Economists are divided. Tomás Echenique, a former Central Bank adviser now at Universidad del Pacífico Norte, said the ministry's figure was "plausible, if optimistic". Others warn that a two-tier royalty invites companies to split their operations to stay under the threshold — a practice the ministry says it can prevent.''',
        '''The dispute was first reported by business daily Diario Financiero Austral, which said the Treasury's own staff had produced a higher estimate last year. Asked about that report, Alarcón said the earlier figure "used a different threshold and is not comparable".''',
        '''Committee chair Senator Joaquín Ferrada Soto said he expected the measure to pass "with changes", while Montt said she would table an amendment requiring a review of the carve-out after two years. A vote in the full Senate is expected before the end of October.''',
    ],
    [
        A('''blocs [[questioning]] the''', '''with [[senators from both blocs]] questioning''',
          '''questioning [[the Finance Ministry's estimate that the change would cost the treasury less than US$40 million a year]].''', kind="vague"),
        A('''Ministry's [[estimate]] that''', '''questioning [[the Finance Ministry]]'s estimate''',
          '''estimate [[that the change would cost the treasury less than US$40 million a year]].''', kind="organization"),
        A('''Progresista, [[called]] the measure''', '''[[Senator Isidora Montt Leiva, of the centre-left Alianza Progresista]], called''',
          '''called [[the measure "a gift to two companies dressed up as industrial policy"]].''', kind="person"),
        A('''She [[said]] the ministry''', '''[[She]] said the ministry''',
          '''said [[the ministry had not published the model behind its figure]] and''', kind="pronoun", res="person"),
        A('''and [[accused]] it of''', '''[[She]] said the ministry''',
          '''accused [[it of "reverse-engineering" the number]].''', kind="pronoun", res="person"),
        A('''Puga [[rejected]] that''', '''[[Budget Director Verónica Alarcón Puga]] rejected''',
          '''rejected [[that charge]].''', kind="person", denial="denial"),
        A('''at all," she [[told]] the committee''', '''at all," [[she]] told''',
          '''[["We are not giving anything away. We are making sure these projects exist to be taxed at all,"]] she''',
          kind="pronoun", res="person", denial="denial"),
        A('''committee, [[adding]] that''', '''at all," [[she]] told''',
          '''adding [[that the model would be sent to senators "this week"]].''', kind="pronoun", res="person"),
        A('''Rojo, [[according to]] an analysis''', '''according to [[an analysis by the Santiago consultancy Cumbre Analytics]], and''',
          '''[[It would benefit Litio Quebrada Honda and the smaller Minera Salar Rojo]], according''', kind="document"),
        A('''register [[shows]] both''', '''and [[the public lobbying register]] shows''',
          '''shows [[both companies met ministry staff about the change this year]].''', kind="document"),
        A('''Kühn [[said]] the company''', '''[[Minera Salar Rojo chief executive Andrés Pizarro Kühn]] said''',
          '''said [[the company had "never asked for special treatment" and had met the ministry "like every other producer"]].''',
          kind="person", denial="denial"),
        A('''Honda [[declined to comment]].''', '''producer". [[Litio Quebrada Honda]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''companies, [[argued]] in a position''', '''[[The Northern Mining Producers' Association]], which''',
          '''July [[that any royalty relief should apply to all producers, not only the smaller ones]].''', kind="organization", channel="report"),
        A('''Norte, [[said]] the ministry's''', '''[[Tomás Echenique, a former Central Bank adviser now at Universidad del Pacífico Norte]], said''',
          '''said [[the ministry's figure was "plausible, if optimistic"]].''', kind="person"),
        A('''Others [[warn]] that''', '''[[Others]] warn''',
          '''warn [[that a two-tier royalty invites companies to split their operations to stay under the threshold]] —''', kind="vague"),
        A('''the ministry [[says]] it can''', '''practice [[the ministry]] says''',
          '''says [[it can prevent]].''', kind="organization"),
        A('''dispute [[was first reported]] by''', '''by [[business daily Diario Financiero Austral]], which''',
          '''[[The dispute]] was first''', kind="outlet"),
        A('''Austral, which [[said]] the Treasury's''', '''Austral, [[which]] said''',
          '''said [[the Treasury's own staff had produced a higher estimate last year]].''', kind="pronoun", res="outlet"),
        A('''Alarcón [[said]] the earlier''', '''report, [[Alarcón]] said''',
          '''said [[the earlier figure "used a different threshold and is not comparable"]].''', kind="person", denial="denial"),
        A('''Soto [[said]] he expected''', '''[[Committee chair Senator Joaquín Ferrada Soto]] said''',
          '''said [[he expected the measure to pass "with changes"]], while''', kind="person"),
        A('''he [[expected]] the measure''', '''said [[he]] expected''',
          '''expected [[the measure to pass "with changes"]], while''', kind="pronoun", res="person"),
        A('''Montt [[said]] she would''', '''while [[Montt]] said''',
          '''said [[she would table an amendment requiring a review of the carve-out after two years]].''', kind="person"),
        A('''Senate [[is expected]] before''', None,
          ['''[[A vote in the full Senate]] is expected''', '''is expected [[before the end of October]].''']),
    ])

# ---------------------------------------------------------------------------------------------
# campus-standard: UK higher-education trade weekly (curly single quotes, double inside)
# ---------------------------------------------------------------------------------------------
article("campus-standard", "2025-02-12", "northmoor-job-cuts",
    "Northmoor to cut up to 240 jobs as deficit deepens",
    [
        "The University of Northmoor plans to cut up to 240 academic and professional services posts by the end of the next academic year, staff were told in an all-staff email on Tuesday.",
        "In the email, seen by Campus Standard, vice-chancellor Professor Alison Rook said the university faced a deficit of £31 million this year and that ‘doing nothing is not an option’. She blamed a sharp fall in international postgraduate recruitment and ‘a funding model that no longer adds up’.",
        "Campus Standard understands that the cuts will fall most heavily on the faculties of arts and social sciences, where modern languages and philosophy are both under review. A senior manager at the university, who asked not to be named because the proposals have not yet gone to the board of governors, said as many as 90 of the posts could be in those two faculties.",
        "The Northmoor branch of the Academic Staff Union said it would ballot members for strike action if compulsory redundancies were not ruled out. Branch president Dr Kwame Asante told Campus Standard: ‘Staff have been asked to absorb one restructure after another. This time we will fight it.’",
        "He disputed the university’s account of its finances, pointing to £140 million in cash and investments listed in its 2023-24 accounts. ‘These are choices, not necessities,’ he said.",
        "A university spokesperson said the reserves were ‘largely committed to capital projects already under way’ and rejected the suggestion that the cuts were avoidable. ‘No responsible board spends its capital programme to cover running costs,’ the spokesperson said.",
        "It is understood that the university has hired the consultancy Penrose Hale to advise on the restructure. Penrose Hale declined to comment, citing client confidentiality.",
        "Two lecturers in the modern languages department said colleagues had been told informally last autumn that their programmes would ‘not survive the next planning round’. One said staff had been asked to keep the review ‘between ourselves’ until the spring.",
        "The Office for Students said it was ‘in regular contact’ with the university. It added that it does not comment on individual providers.",
        "Northmoor, which has about 19,000 students across campuses in the city centre and at Haverleigh, posted its first deficit in 2022-23. It is one of at least 40 English universities to announce job cuts since the start of last year, as the domestic tuition fee cap has failed to keep pace with inflation. Professor Rook is due to present final proposals to the board of governors on 6 March.",
    ],
    [
        A("staff [[were told]] in", None,
          "[[The University of Northmoor plans to cut up to 240 academic and professional services posts by the end of the next academic year]], staff",
          channel="email"),
        A("Rook [[said]] the university", "Standard, [[vice-chancellor Professor Alison Rook]] said",
          "said [[the university faced a deficit of £31 million this year and that ‘doing nothing is not an option’]].", kind="person", channel="email"),
        A("She [[blamed]] a sharp", "[[She]] blamed",
          "blamed [[a sharp fall in international postgraduate recruitment and ‘a funding model that no longer adds up’]].", kind="pronoun", res="person"),
        A("Standard [[understands]] that", "[[Campus Standard]] understands",
          "understands [[that the cuts will fall most heavily on the faculties of arts and social sciences, where modern languages and philosophy are both under review]].", kind="self"),
        A("governors, [[said]] as many", "[[A senior manager at the university]], who asked",
          "said [[as many as 90 of the posts could be in those two faculties]].", kind="anonymous", spec="described", reason=True),
        A("Union [[said]] it would ballot", "[[The Northmoor branch of the Academic Staff Union]] said",
          "said [[it would ballot members for strike action if compulsory redundancies were not ruled out]].", kind="organization"),
        A("Asante [[told]] Campus Standard:", "[[Branch president Dr Kwame Asante]] told",
          "Campus Standard: [[‘Staff have been asked to absorb one restructure after another. This time we will fight it.’]]", kind="person"),
        A("He [[disputed]] the university’s", "[[He]] disputed",
          "disputed [[the university’s account of its finances]],", kind="pronoun", res="person"),
        A("finances, [[pointing to]] £140", "[[He]] disputed",
          "pointing to [[£140 million in cash and investments listed in its 2023-24 accounts]].", kind="pronoun", res="person"),
        A("necessities,’ he [[said]].", "necessities,’ [[he]] said.",
          "[[‘These are choices, not necessities,’]] he", kind="pronoun", res="person"),
        A("spokesperson [[said]] the reserves", "[[A university spokesperson]] said",
          "said [[the reserves were ‘largely committed to capital projects already under way’]] and", kind="organization", denial="denial"),
        A("and [[rejected]] the suggestion", "[[A university spokesperson]] said",
          "rejected [[the suggestion that the cuts were avoidable]].", kind="organization", denial="denial"),
        A("the [[suggestion]] that the cuts", None,
          "suggestion [[that the cuts were avoidable]]."),
        A("the spokesperson [[said]].", "[[the spokesperson]] said.",
          "[[‘No responsible board spends its capital programme to cover running costs,’]] the spokesperson",
          kind="organization", denial="denial"),
        A("[[It is understood]] that the university", None,
          "It is understood [[that the university has hired the consultancy Penrose Hale to advise on the restructure]]."),
        A("Hale [[declined to comment]], citing", "[[Penrose Hale]] declined",
          None, kind="organization", denial="no-comment"),
        A("comment, [[citing]] client", "[[Penrose Hale]] declined",
          "citing [[client confidentiality]].", kind="organization"),
        A("department [[said]] colleagues", "[[Two lecturers in the modern languages department]] said",
          "said [[colleagues had been told informally last autumn that their programmes would ‘not survive the next planning round’]].",
          kind="anonymous", spec="described", reason=False),
        A("colleagues [[had been told]] informally", None,
          "last autumn [[that their programmes would ‘not survive the next planning round’]]."),
        A("One [[said]] staff", "[[One]] said staff",
          "said [[staff had been asked to keep the review ‘between ourselves’ until the spring]].",
          kind="anonymous", spec="described", reason=False),
        A("Students [[said]] it was", "[[The Office for Students]] said",
          "said [[it was ‘in regular contact’ with the university]].", kind="organization"),
        A("It [[added]] that", "[[It]] added",
          "added [[that it does not comment on individual providers]].", kind="pronoun", res="organization", denial="no-comment"),
    ])

article("campus-standard", "2025-05-21", "harlowgate-franchise-loan-claims",
    "Harlowgate halts recruitment at franchise partner over loan claims",
    [
        "Harlowgate University has suspended new enrolments at its London franchise partner, Calder Business School, after allegations that recruitment agents paid prospective students to sign up for courses they never intended to attend.",
        "The university said in a statement on Monday that it had ‘acted immediately’ on receiving information from a whistleblower and had commissioned an independent investigation. ‘We take our responsibilities to students and to the public purse extremely seriously,’ it said.",
        "According to the whistleblower, a former recruitment adviser at Calder, agents were paid up to £1,500 for each student who enrolled and drew down a maintenance loan. The former adviser, who spoke to Campus Standard on condition of anonymity to protect future job prospects, said some students were told they would ‘only need to log in once a term’. Some applicants allegedly received £200 in cash on the day they enrolled.",
        "Calder Business School denied the allegations. Its principal, Farid Qureshi, said the college had ‘never paid, and would never pay, anyone to recruit students who do not study’ and described the whistleblower as ‘a disgruntled former employee with an axe to grind’. He said attendance was monitored electronically and that he would ‘welcome’ the investigation.",
        "Data published by the Student Loans Company show that the number of Calder students drawing down maintenance loans rose from 410 in 2021-22 to more than 3,100 last year. Harlowgate’s own figures put the school’s continuation rate at 61 per cent, against a sector average of about 90 per cent.",
        "Franchised providers teach degrees validated by a partner university, which keeps a share of the tuition fee, typically between 20 and 30 per cent. Calder has about 4,000 students on Harlowgate-validated business and health courses. The Midland Courier first reported the allegations last week. Its report, based on recordings of recruitment sessions, said agents had coached applicants on what to write in their loan applications.",
        "A senior figure at another university with large franchise numbers, who asked not to be named, said some partners had been ‘running loan farms’ for years. ‘Everyone has been waiting for this to blow up,’ they said.",
        "The Office for Students said it was aware of the allegations and was ‘working closely with the Department for Education and the Student Loans Company’. The department declined to comment on an ongoing investigation, and the Student Loans Company did not respond.",
        "It is understood that at least two other universities have paused recruitment through franchise partners while they review their own arrangements. Liberal Democrat education spokesperson Laura Penhaligon said the case showed ‘a regulator asleep at the wheel’.",
    ],
    [
        A("after [[allegations]] that", None,
          "allegations [[that recruitment agents paid prospective students to sign up for courses they never intended to attend]]."),
        A("university [[said]] in a statement on Monday", "[[The university]] said in a statement",
          "on Monday [[that it had ‘acted immediately’ on receiving information from a whistleblower and had commissioned an independent investigation]].",
          kind="organization", channel="statement"),
        A("seriously,’ it [[said]].", "seriously,’ [[it]] said.",
          "[[‘We take our responsibilities to students and to the public purse extremely seriously,’]] it", kind="pronoun", res="organization"),
        A("[[According to]] the whistleblower", "According to [[the whistleblower, a former recruitment adviser at Calder]], agents",
          "Calder, [[agents were paid up to £1,500 for each student who enrolled and drew down a maintenance loan]].",
          kind="anonymous", spec="described", reason=True),
        A("prospects, [[said]] some students", "[[The former adviser]], who spoke",
          "said [[some students were told they would ‘only need to log in once a term’]].",
          kind="anonymous", spec="described", reason=True),
        A("students [[were told]] they", None,
          "were told [[they would ‘only need to log in once a term’]]."),
        A("applicants [[allegedly]] received", None,
          ["[[Some applicants]] allegedly", "allegedly [[received £200 in cash on the day they enrolled]]."]),
        A("School [[denied]] the allegations", "[[Calder Business School]] denied",
          "denied [[the allegations]].", kind="organization", denial="denial"),
        A("Qureshi, [[said]] the college", "[[Its principal, Farid Qureshi]], said",
          "said [[the college had ‘never paid, and would never pay, anyone to recruit students who do not study’]] and", kind="person", denial="denial"),
        A("and [[described]] the whistleblower", "[[Its principal, Farid Qureshi]], said",
          "described [[the whistleblower as ‘a disgruntled former employee with an axe to grind’]].", kind="person", denial="dismissal"),
        A("He [[said]] attendance", "[[He]] said attendance",
          "said [[attendance was monitored electronically and that he would ‘welcome’ the investigation]].", kind="pronoun", res="person", denial="denial"),
        A("Company [[show]] that", "[[Data published by the Student Loans Company]] show",
          "show [[that the number of Calder students drawing down maintenance loans rose from 410 in 2021-22 to more than 3,100 last year]].", kind="document"),
        A("figures [[put]] the school’s", "[[Harlowgate’s own figures]] put",
          "put [[the school’s continuation rate at 61 per cent]], against", kind="document"),
        A("Courier first [[reported]] the allegations", "[[The Midland Courier]] first",
          "reported [[the allegations]] last week.", kind="outlet"),
        A("sessions, [[said]] agents", "[[Its report]], based on",
          "said [[agents had coached applicants on what to write in their loan applications]].", kind="outlet"),
        A("to be named, [[said]] some partners", "[[A senior figure at another university with large franchise numbers]], who asked",
          "said [[some partners had been ‘running loan farms’ for years]].", kind="anonymous", spec="described", reason=False),
        A("blow up,’ they [[said]].", "blow up,’ [[they]] said.",
          "[[‘Everyone has been waiting for this to blow up,’]] they", kind="pronoun", res="anonymous", spec="described", reason=False),
        A("Students [[said]] it was aware", "[[The Office for Students]] said",
          "said [[it was aware of the allegations and was ‘working closely with the Department for Education and the Student Loans Company’]].", kind="organization"),
        A("department [[declined to comment]] on an ongoing", "[[The department]] declined",
          None, kind="organization", denial="no-comment"),
        A("Company [[did not respond]].", "and [[the Student Loans Company]] did not respond",
          None, kind="organization", denial="no-response"),
        A("[[It is understood]] that at least", None,
          "It is understood [[that at least two other universities have paused recruitment through franchise partners while they review their own arrangements]]."),
        A("Penhaligon [[said]] the case", "[[Liberal Democrat education spokesperson Laura Penhaligon]] said",
          "said [[the case showed ‘a regulator asleep at the wheel’]].", kind="person"),
    ])

article("campus-standard", "2025-09-24", "severnbridge-vice-chancellor-pay",
    "Severnbridge vice-chancellor’s £86,000 rise angers staff after course closures",
    [
        "The vice-chancellor of Severnbridge University received a pay rise of £86,000 last year, taking her total package to £412,000, according to the university’s annual financial statements, published on Friday.",
        "The increase for Professor Dame Helen Carrow came in the same year the university closed 14 undergraduate courses and cut 160 jobs. Severnbridge, which has about 14,000 students, returned a surplus of £3.2 million after two years of deficits. Under the sector’s pay code for senior staff, adopted in 2018, universities publish the ratio of the vice-chancellor’s pay to median staff pay; at Severnbridge it rose from 7.9 to 9.4. The statements say the rise reflected ‘performance against agreed objectives’, including a return to surplus.",
        "Students’ union president Megan Doherty called the award ‘a slap in the face’. ‘We are sitting in seminars with 60 people because there are no staff left, and the person at the top gets a bonus,’ she told Campus Standard.",
        "Campus Standard has seen minutes of the remuneration committee’s meeting in November, which record that two members argued the rise should be deferred ‘given the wider financial position’. The minutes show that the committee’s chair, Sir Graham Oakes, said the vice-chancellor’s pay had fallen ‘well behind comparable institutions’.",
        "A spokesperson for the university said Dame Helen had ‘led Severnbridge through the most difficult period in its history’ and that her pay remained below the median for universities of its size. The spokesperson dismissed the students’ union’s criticism as ‘a misreading of the figures’.",
        "Dame Helen, who declined to be interviewed, told staff in an email last year that senior leaders would ‘share the pain’ of the savings programme.",
        "Several members of staff contacted by Campus Standard said they were angered by the award. One professor in the school of engineering, who asked not to be named for fear of jeopardising a pending promotion, said morale was ‘the lowest I have seen in 25 years’. ‘People have been told to do more with less, and now they read this,’ he said.",
        "The Higher Education Fairness Network, a pay campaign group, said Severnbridge was one of 11 universities where the vice-chancellor’s pay rose by more than 15 per cent last year while jobs were cut. Its director, Owen Madoc-Jones, said the figures were ‘indefensible’.",
        "Sir Graham did not respond to an email. The Office for Students, which requires universities to justify senior pay above £150,000, said it would ‘consider the statements as part of its usual monitoring’. The university’s court is expected to discuss the award at its December meeting.",
    ],
    [
        A("£412,000, [[according to]] the university’s", "according to [[the university’s annual financial statements]], published",
          "[[The vice-chancellor of Severnbridge University received a pay rise of £86,000 last year, taking her total package to £412,000]], according", kind="document"),
        A("statements [[say]] the rise", "[[The statements]] say",
          "say [[the rise reflected ‘performance against agreed objectives’, including a return to surplus]].", kind="document"),
        A("Doherty [[called]] the award", "[[Students’ union president Megan Doherty]] called",
          "called [[the award ‘a slap in the face’]].", kind="person"),
        A("bonus,’ she [[told]] Campus", "bonus,’ [[she]] told",
          "[[‘We are sitting in seminars with 60 people because there are no staff left, and the person at the top gets a bonus,’]] she", kind="pronoun", res="person"),
        A("which [[record]] that two", "November, [[which]] record",
          "record [[that two members argued the rise should be deferred ‘given the wider financial position’]].", kind="pronoun", res="document"),
        A("members [[argued]] the rise", "that [[two members]] argued",
          "argued [[the rise should be deferred ‘given the wider financial position’]].", kind="anonymous", spec="described", reason=False),
        A("minutes [[show]] that", "[[The minutes]] show",
          "show [[that the committee’s chair, Sir Graham Oakes, said the vice-chancellor’s pay had fallen ‘well behind comparable institutions’]].", kind="document"),
        A("Oakes, [[said]] the vice-chancellor’s", "that [[the committee’s chair, Sir Graham Oakes]], said",
          "said [[the vice-chancellor’s pay had fallen ‘well behind comparable institutions’]].", kind="person"),
        A("university [[said]] Dame Helen", "[[A spokesperson for the university]] said",
          "said [[Dame Helen had ‘led Severnbridge through the most difficult period in its history’ and that her pay remained below the median for universities of its size]].",
          kind="organization", denial="denial"),
        A("spokesperson [[dismissed]] the students’", "[[The spokesperson]] dismissed",
          "dismissed [[the students’ union’s criticism]] as", kind="organization", denial="dismissal"),
        A("who [[declined to be interviewed]],", "Helen, [[who]] declined",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("interviewed, [[told]] staff", "[[Dame Helen]], who declined",
          "last year [[that senior leaders would ‘share the pain’ of the savings programme]].", kind="person", channel="email"),
        A("Standard [[said]] they were angered", "[[Several members of staff contacted by Campus Standard]] said",
          "said [[they were angered by the award]].", kind="anonymous", spec="described", reason=False),
        A("promotion, [[said]] morale", "[[One professor in the school of engineering]], who asked",
          "said [[morale was ‘the lowest I have seen in 25 years’]].", kind="anonymous", spec="described", reason=True),
        A("read this,’ he [[said]].", "read this,’ [[he]] said.",
          "[[‘People have been told to do more with less, and now they read this,’]] he", kind="pronoun", res="anonymous", spec="described", reason=True),
        A("group, [[said]] Severnbridge", "[[The Higher Education Fairness Network, a pay campaign group]], said",
          "said [[Severnbridge was one of 11 universities where the vice-chancellor’s pay rose by more than 15 per cent last year while jobs were cut]].", kind="organization"),
        A("Madoc-Jones, [[said]] the figures", "[[Its director, Owen Madoc-Jones]], said",
          "said [[the figures were ‘indefensible’]].", kind="person"),
        A("Graham [[did not respond to an email]].", "[[Sir Graham]] did not",
          None, kind="person", denial="no-response"),
        A("£150,000, [[said]] it would", "[[The Office for Students]], which requires",
          "said [[it would ‘consider the statements as part of its usual monitoring’]].", kind="organization"),
        A("court [[is expected]] to discuss", None,
          ["[[The university’s court]] is expected", "is expected [[to discuss the award at its December meeting]]."]),
    ])

# ---------------------------------------------------------------------------------------------
# lakeshore-sentinel: US regional daily's state-capitol bureau, budget beat (straight double quotes)
# ---------------------------------------------------------------------------------------------
article("lakeshore-sentinel", "2025-04-15", "joint-finance-school-aid",
    "Joint Finance Republicans move to pare back Whitfield's school aid increase",
    [
        '''MADISON — Republicans who control the Legislature's budget-writing Joint Finance Committee plan to cut Gov. Dana Whitfield's proposed increase in general school aid by more than half when the panel votes Thursday, according to three people familiar with the plan.''',
        '''Under the GOP proposal, schools would receive an additional $410 million over two years instead of the $960 million the Democratic governor requested, the people said. They spoke on condition of anonymity because the caucus has not finalized the motion.''',
        '''The 16-member committee has held public hearings in six cities since February and began voting on agency budgets last month.''',
        '''Committee co-chair Sen. Mark Halvorsen, R-Oconomowoc, would not confirm the figure but said Republicans would "fund schools at a level taxpayers can sustain." "The governor wrote a wish list. We're writing a budget," he told reporters Tuesday.''',
        '''Whitfield spokesperson Andrea Kowalczyk said in a statement that the plan would "force hundreds of districts to go back to voters for referendums just to keep the lights on." She called Halvorsen's remark "a bumper sticker, not a budget."''',
        '''The nonpartisan Legislative Fiscal Bureau estimates that under the Republican plan, about 230 of the state's 421 districts would receive less per-pupil aid in the second year than they do now, once inflation is taken into account.''',
        '''Democrats on the committee accused Republicans of hoarding the state's projected $3.9 billion surplus. "They are sitting on the biggest pile of money in state history and telling kindergarten teachers to buy their own crayons," said Rep. Tamika Rhodes, D-Milwaukee.''',
        '''Halvorsen rejected that characterization, saying much of the surplus was one-time money that "shouldn't be baked into ongoing spending."''',
        '''Behind closed doors, some Republican senators have pushed for a smaller cut, according to a GOP aide who was not authorized to discuss caucus deliberations. The aide said Senate Majority Leader Craig Vossberg wanted to avoid a repeat of 2023, when the budget stalled for three weeks over school funding.''',
        '''Whitfield can reshape the budget with his partial veto, which allows him to strike words and numbers, and he has hinted he would use it. "Everything is on the table," he said at a school in Eau Claire on Monday when asked about the education section.''',
        '''The full Legislature is expected to take up the budget in June. School administrators, meanwhile, say they are preparing for the worst. Oshkosh superintendent Gerald Nyberg wrote in a letter to parents last week that the district would begin planning for "up to 40 staff reductions."''',
    ],
    [
        A('''Thursday, [[according to]] three''', '''according to [[three people familiar with the plan]].''',
          '''MADISON — [[Republicans who control the Legislature's budget-writing Joint Finance Committee plan to cut Gov. Dana Whitfield's proposed increase in general school aid by more than half when the panel votes Thursday]], according''',
          kind="anonymous", spec="vague", reason=True),
        A('''the people [[said]].''', '''[[the people]] said.''',
          '''[[Under the GOP proposal, schools would receive an additional $410 million over two years instead of the $960 million the Democratic governor requested]], the people''',
          kind="anonymous", spec="vague", reason=True),
        A('''Oconomowoc, [[would not confirm]] the figure''', '''[[Committee co-chair Sen. Mark Halvorsen, R-Oconomowoc]], would''',
          '''would not confirm [[the figure]] but''', kind="person", denial="no-comment"),
        A('''figure but [[said]] Republicans''', '''[[Committee co-chair Sen. Mark Halvorsen, R-Oconomowoc]], would''',
          '''said [[Republicans would "fund schools at a level taxpayers can sustain."]]''', kind="person"),
        A('''budget," he [[told]] reporters''', '''budget," [[he]] told''',
          '''[["The governor wrote a wish list. We're writing a budget,"]] he''', kind="pronoun", res="person"),
        A('''Kowalczyk [[said]] in a statement''', '''[[Whitfield spokesperson Andrea Kowalczyk]] said''',
          '''statement [[that the plan would "force hundreds of districts to go back to voters for referendums just to keep the lights on."]]''',
          kind="person", channel="statement"),
        A('''She [[called]] Halvorsen's''', '''[[She]] called''',
          '''called [[Halvorsen's remark "a bumper sticker, not a budget."]]''', kind="pronoun", res="person", denial="dismissal"),
        A('''Bureau [[estimates]] that''', '''[[The nonpartisan Legislative Fiscal Bureau]] estimates''',
          '''estimates [[that under the Republican plan, about 230 of the state's 421 districts would receive less per-pupil aid in the second year than they do now, once inflation is taken into account]].''',
          kind="organization"),
        A('''committee [[accused]] Republicans''', '''[[Democrats on the committee]] accused''',
          '''accused [[Republicans of hoarding the state's projected $3.9 billion surplus]].''', kind="vague"),
        A('''crayons," [[said]] Rep.''', '''said [[Rep. Tamika Rhodes, D-Milwaukee]].''',
          '''[["They are sitting on the biggest pile of money in state history and telling kindergarten teachers to buy their own crayons,"]] said''',
          kind="person"),
        A('''Halvorsen [[rejected]] that''', '''[[Halvorsen]] rejected''',
          '''rejected [[that characterization]],''', kind="person", denial="denial"),
        A('''characterization, [[saying]] much''', '''[[Halvorsen]] rejected''',
          '''saying [[much of the surplus was one-time money that "shouldn't be baked into ongoing spending."]]''', kind="person", denial="denial"),
        A('''cut, [[according to]] a GOP aide''', '''according to [[a GOP aide who was not authorized to discuss caucus deliberations]].''',
          '''[[Behind closed doors, some Republican senators have pushed for a smaller cut]], according''',
          kind="anonymous", spec="described", reason=True),
        A('''The aide [[said]] Senate''', '''[[The aide]] said''',
          '''said [[Senate Majority Leader Craig Vossberg wanted to avoid a repeat of 2023, when the budget stalled for three weeks over school funding]].''',
          kind="anonymous", spec="described", reason=True),
        A('''he [[has hinted]] he would''', '''and [[he]] has hinted''',
          '''has hinted [[he would use it]].''', kind="pronoun", res="person"),
        A('''table," he [[said]] at a school''', '''table," [[he]] said''',
          '''[["Everything is on the table,"]] he''', kind="pronoun", res="person"),
        A('''Legislature [[is expected]] to take''', None,
          ['''[[The full Legislature]] is expected''', '''is expected [[to take up the budget in June]].''']),
        A('''meanwhile, [[say]] they''', '''[[School administrators]], meanwhile''',
          '''say [[they are preparing for the worst]].''', kind="vague"),
        A('''Nyberg [[wrote]] in a letter''', '''[[Oshkosh superintendent Gerald Nyberg]] wrote''',
          '''last week [[that the district would begin planning for "up to 40 staff reductions."]]''', kind="person", channel="letter"),
    ])

article("lakeshore-sentinel", "2025-07-02", "budget-impasse-tax-cut",
    "Budget talks stall over income tax cut as new fiscal year begins",
    [
        '''MADISON — The state began its new fiscal year Tuesday without a budget after talks between Gov. Dana Whitfield and Republican legislative leaders broke down over the size of an income tax cut, lawmakers from both parties said.''',
        '''Existing spending levels continue under state law until a new budget is signed, so state services will not shut down. But the Legislative Fiscal Bureau has warned that a delay past August would leave school districts setting property tax levies without knowing their state aid.''',
        '''Republicans want a $1.6 billion cut that would lower the second-lowest income tax rate from 4.4% to 3.5%. Whitfield has put $700 million on the table, aimed mostly at middle-income earners, according to people familiar with the talks.''',
        '''Assembly Speaker Linda Brekke, R-Menasha, blamed the governor for the impasse. "We gave him a framework in May. He has spent six weeks pretending he never saw it," she said at a Capitol news conference. She said Republicans would not send Whitfield a budget "that he can veto into something else."''',
        '''Whitfield's chief of staff, Ramon Ortega, dismissed Brekke's account as "fan fiction." In an interview with the Sentinel, Ortega said the governor had responded to the May framework "within 48 hours, in writing," and he provided a copy of a June 3 letter to legislative leaders.''',
        '''The letter, reviewed by the Sentinel, says the governor is "prepared to meet in the middle" on the tax cut if Republicans add $300 million in aid to counties for emergency medical services.''',
        '''Brekke's office said it had "no record" of receiving the letter before June 10. Her spokesperson, Tyler Haas, did not respond to follow-up questions about the discrepancy.''',
        '''Inside the Senate Republican caucus, frustration with the Assembly's hard line is growing, according to two senators who spoke on condition of anonymity to describe private caucus discussions. One said as many as five GOP senators could vote for a deal closer to the governor's number. "Nobody wants to go home in August and explain why the school aid checks are late," the senator said.''',
        '''Senate Majority Leader Craig Vossberg, R-Fond du Lac, denied there was any split. His response, by text message: "Our caucus is united. Anyone telling you otherwise is guessing."''',
        '''Credit analysts at Harwick Ratings said a short delay would not affect the state's AA+ rating but warned that a standoff lasting into the fall "could raise questions about governance."''',
        '''A Sentinel analysis of budgets since 1995 found the state has missed the July 1 deadline 17 times, most recently in 2023. Whitfield is expected to meet Brekke and Vossberg on Thursday, the governor's office said.''',
    ],
    [
        A('''parties [[said]].''', '''cut, [[lawmakers from both parties]] said.''',
          '''MADISON — [[The state began its new fiscal year Tuesday without a budget after talks between Gov. Dana Whitfield and Republican legislative leaders broke down over the size of an income tax cut]], lawmakers''',
          kind="vague"),
        A('''Bureau [[has warned]] that''', '''But [[the Legislative Fiscal Bureau]] has warned''',
          '''has warned [[that a delay past August would leave school districts setting property tax levies without knowing their state aid]].''', kind="organization"),
        A('''earners, [[according to]] people''', '''according to [[people familiar with the talks]].''',
          '''[[Whitfield has put $700 million on the table, aimed mostly at middle-income earners]], according''',
          kind="anonymous", spec="vague", reason=False),
        A('''Menasha, [[blamed]] the governor''', '''[[Assembly Speaker Linda Brekke, R-Menasha]], blamed''',
          '''blamed [[the governor for the impasse]].''', kind="person"),
        A('''never saw it," she [[said]] at''', '''never saw it," [[she]] said''',
          '''[["We gave him a framework in May. He has spent six weeks pretending he never saw it,"]] she''', kind="pronoun", res="person"),
        A('''She [[said]] Republicans would not''', '''[[She]] said Republicans would not''',
          '''said [[Republicans would not send Whitfield a budget "that he can veto into something else."]]''', kind="pronoun", res="person"),
        A('''Ortega, [[dismissed]] Brekke's''', '''[[Whitfield's chief of staff, Ramon Ortega]], dismissed''',
          '''dismissed [[Brekke's account]] as''', kind="person", denial="dismissal"),
        A('''Ortega [[said]] the governor''', '''Sentinel, [[Ortega]] said''',
          '''said [[the governor had responded to the May framework "within 48 hours, in writing,"]] and''',
          kind="person", denial="denial", channel="interview"),
        A('''Sentinel, [[says]] the governor''', '''[[The letter]], reviewed''',
          '''says [[the governor is "prepared to meet in the middle" on the tax cut if Republicans add $300 million in aid to counties for emergency medical services]].''',
          kind="document"),
        A('''office [[said]] it had "no record"''', '''[[Brekke's office]] said''',
          '''said [[it had "no record" of receiving the letter before June 10]].''', kind="organization", denial="denial"),
        A('''Haas, [[did not respond to follow-up questions]] about''', '''[[Her spokesperson, Tyler Haas]], did not''',
          None, kind="person", denial="no-response"),
        A('''growing, [[according to]] two''', '''according to [[two senators who spoke on condition of anonymity to describe private caucus discussions]].''',
          '''[[Inside the Senate Republican caucus, frustration with the Assembly's hard line is growing]], according''',
          kind="anonymous", spec="described", reason=True),
        A('''One [[said]] as many''', '''[[One]] said as many''',
          '''said [[as many as five GOP senators could vote for a deal closer to the governor's number]].''',
          kind="anonymous", spec="described", reason=True),
        A('''the senator [[said]].''', '''[[the senator]] said.''',
          '''[["Nobody wants to go home in August and explain why the school aid checks are late,"]] the senator''',
          kind="anonymous", spec="described", reason=True),
        A('''Lac, [[denied]] there''', '''[[Senate Majority Leader Craig Vossberg, R-Fond du Lac]], denied''',
          '''denied [[there was any split]].''', kind="person", denial="denial"),
        A('''His [[response]], by text''', '''[[His]] response''',
          '''text message: [["Our caucus is united. Anyone telling you otherwise is guessing."]]''', kind="pronoun", res="person", denial="denial"),
        A('''Ratings [[said]] a short''', '''[[Credit analysts at Harwick Ratings]] said''',
          '''said [[a short delay would not affect the state's AA+ rating]] but''', kind="organization"),
        A('''but [[warned]] that''', '''[[Credit analysts at Harwick Ratings]] said''',
          '''warned [[that a standoff lasting into the fall "could raise questions about governance."]]''', kind="organization"),
        A('''1995 [[found]] the state''', '''[[A Sentinel analysis of budgets since 1995]] found''',
          '''found [[the state has missed the July 1 deadline 17 times, most recently in 2023]].''', kind="self"),
        A('''Whitfield [[is expected]] to meet''', None,
          ['''2023. [[Whitfield]] is expected''', '''is expected [[to meet Brekke and Vossberg on Thursday]], the governor's''']),
        A('''governor's office [[said]].''', '''Thursday, [[the governor's office]] said.''',
          '''[[Whitfield is expected to meet Brekke and Vossberg on Thursday]], the governor's''', kind="organization"),
    ])

article("lakeshore-sentinel", "2025-11-12", "prison-overtime-audit",
    "Audit finds prison overtime nearly tripled as officer vacancies climbed",
    [
        '''MADISON — Overtime costs at state prisons nearly tripled over five years, reaching $212 million in the last fiscal year, as the Department of Corrections struggled to fill more than a third of its officer positions, a Legislative Audit Bureau report released Wednesday found.''',
        '''The audit found that 58 officers at Tamarack Correctional Institution each worked more than 1,500 hours of overtime in a single year and that mandatory double shifts had become "routine" at six facilities.''',
        '''Corrections Secretary Janelle Moss said in a written response included in the report that the department "agrees with the bureau's recommendations" and had raised starting pay to $33 an hour. She wrote that vacancy rates had fallen "for six consecutive months."''',
        '''The report questions that claim. Auditors found the improvement was driven largely by the department's decision in March to eliminate 190 vacant positions, which lowered the vacancy rate without adding a single officer.''',
        '''Department spokesperson Luis Ferreira disputed the auditors' reading. "Eliminating positions we could never fill is good management, not an accounting trick," he said.''',
        '''Sen. Ruth Engstrom, R-Wausau, co-chair of the Joint Legislative Audit Committee, said the figures were "alarming" and showed a department running its officers into the ground. She said the committee would hold a hearing in December and ask Moss to testify.''',
        '''The State Correctional Officers Association said the audit was "long overdue." Its president, Daryl Kuehn, said officers at Tamarack had been "held over" for a second shift an average of nine times a month. "People are sleeping in their cars in the parking lot between shifts," he said.''',
        '''The audit also examined the department's claim that overtime had improved safety by keeping staffing levels steady. It found no evidence for that, noting that assaults on staff rose 22% over the period.''',
        '''Gov. Dana Whitfield's office referred questions to the department. Rep. Paul Brandt, R-Kenosha, who sits on the audit committee, said the governor was "hiding behind the secretary." Whitfield spokesperson Andrea Kowalczyk called that "a cheap shot" and said the governor had signed "the largest corrections pay raise in state history."''',
        '''Tamarack, a maximum-security prison in the state's north, has had more than 40% of its officer positions vacant since 2022. The department has used National Guard members at two prisons to cover staff shortages since last year. Starting pay for officers was $20.29 an hour in 2019. Critics of the department have long argued that forced overtime drives experienced officers out of the job.''',
        '''The committee's hearing is scheduled for Dec. 9. The department employs about 4,100 correctional officers at 20 adult institutions.''',
    ],
    [
        A('''Wednesday [[found]].''', '''positions, [[a Legislative Audit Bureau report released Wednesday]] found.''',
          '''MADISON — [[Overtime costs at state prisons nearly tripled over five years, reaching $212 million in the last fiscal year, as the Department of Corrections struggled to fill more than a third of its officer positions]], a Legislative''',
          kind="document"),
        A('''The audit [[found]] that 58''', '''[[The audit]] found that 58''',
          '''found [[that 58 officers at Tamarack Correctional Institution each worked more than 1,500 hours of overtime in a single year and that mandatory double shifts had become "routine" at six facilities]].''',
          kind="document"),
        A('''Moss [[said]] in a written''', '''[[Corrections Secretary Janelle Moss]] said''',
          '''report [[that the department "agrees with the bureau's recommendations" and had raised starting pay to $33 an hour]].''', kind="person"),
        A('''She [[wrote]] that''', '''[[She]] wrote''',
          '''wrote [[that vacancy rates had fallen "for six consecutive months."]]''', kind="pronoun", res="person"),
        A('''report [[questions]] that''', '''[[The report]] questions''',
          '''questions [[that claim]].''', kind="document"),
        A('''Auditors [[found]] the''', '''[[Auditors]] found''',
          '''found [[the improvement was driven largely by the department's decision in March to eliminate 190 vacant positions, which lowered the vacancy rate without adding a single officer]].''',
          kind="organization"),
        A('''Ferreira [[disputed]] the''', '''[[Department spokesperson Luis Ferreira]] disputed''',
          '''disputed [[the auditors' reading]].''', kind="person", denial="denial"),
        A('''accounting trick," he [[said]].''', '''accounting trick," [[he]] said.''',
          '''[["Eliminating positions we could never fill is good management, not an accounting trick,"]] he''',
          kind="pronoun", res="person", denial="denial"),
        A('''Committee, [[said]] the figures''', '''[[Sen. Ruth Engstrom, R-Wausau, co-chair of the Joint Legislative Audit Committee]], said''',
          '''said [[the figures were "alarming" and showed a department running its officers into the ground]].''', kind="person"),
        A('''and [[showed]] a department''', '''said [[the figures]] were''',
          '''showed [[a department running its officers into the ground]].''', kind="document"),
        A('''She [[said]] the committee''', '''[[She]] said the committee''',
          '''said [[the committee would hold a hearing in December and ask Moss to testify]].''', kind="pronoun", res="person"),
        A('''Association [[said]] the audit''', '''[[The State Correctional Officers Association]] said''',
          '''said [[the audit was "long overdue."]]''', kind="organization"),
        A('''Kuehn, [[said]] officers''', '''[[Its president, Daryl Kuehn]], said''',
          '''said [[officers at Tamarack had been "held over" for a second shift an average of nine times a month]].''', kind="person"),
        A('''between shifts," he [[said]].''', '''between shifts," [[he]] said.''',
          '''[["People are sleeping in their cars in the parking lot between shifts,"]] he''', kind="pronoun", res="person"),
        A('''department's [[claim]] that''', '''examined [[the department]]'s claim''',
          '''claim [[that overtime had improved safety by keeping staffing levels steady]].''', kind="organization"),
        A('''It [[found]] no evidence''', '''[[It]] found no''',
          '''found [[no evidence for that]],''', kind="pronoun", res="document"),
        A('''that, [[noting]] that assaults''', '''[[It]] found no''',
          '''noting [[that assaults on staff rose 22% over the period]].''', kind="pronoun", res="document"),
        A('''department [[have long argued]] that forced''', '''[[Critics of the department]] have long''',
          '''argued [[that forced overtime drives experienced officers out of the job]].''', kind="vague"),
        A('''office [[referred questions]] to the department''', '''[[Gov. Dana Whitfield's office]] referred''',
          None, kind="organization", denial="no-comment"),
        A('''committee, [[said]] the governor was''', '''[[Rep. Paul Brandt, R-Kenosha]], who sits''',
          '''said [[the governor was "hiding behind the secretary."]]''', kind="person"),
        A('''Kowalczyk [[called]] that''', '''[[Whitfield spokesperson Andrea Kowalczyk]] called''',
          '''called [[that "a cheap shot"]] and''', kind="person", denial="dismissal"),
        A('''shot" and [[said]] the governor''', '''[[Whitfield spokesperson Andrea Kowalczyk]] called''',
          '''said [[the governor had signed "the largest corrections pay raise in state history."]]''', kind="person", denial="denial"),
    ])

# ---------------------------------------------------------------------------------------------
# visayan-herald: Cebu-based Philippine daily, metro and provincial desk (curly double quotes)
# ---------------------------------------------------------------------------------------------
article("visayan-herald", "2025-03-19", "consolacion-flood-wall",
    "P48-M flood wall in Consolacion ‘completed’ on paper, unfinished on the ground",
    [
        "Government records list a P48-million flood-control wall along the Tugas River in Consolacion town as “completed” last year, but residents say only a fraction of it was ever built.",
        "The Herald visited the site twice this month and found about 130 meters of concrete wall, compared with the 620 meters specified in the contract. The project is “100 percent complete” — or so says a government billboard still standing at the entrance to the site. The rest of the riverbank is lined with sandbags, which residents said they had filled themselves after floods in January.",
        "“Every rainy season, the water comes up to here,” said Barangay Tugas captain Rogelio Tampus Jr., pointing to his chest. “They took pictures of the first part, then they left. We never saw them again.”",
        "According to documents obtained by The Herald, the project was awarded in 2023 to RBL Builders and Supply, a Mandaue-based firm, and was paid in full in three tranches. A completion certificate dated November 2024 bears the signatures of two engineers from the district engineering office of the Department of Public Works and Highways (DPWH).",
        "One of the engineers, who asked not to be named because he is facing an administrative investigation, told The Herald he signed the certificate on the instruction of a superior. “I was told the rest would be finished before the inspection. I should have gone to the site myself,” he said.",
        "The district engineer, Engr. Marites Cabahug, denied that the wall was a ghost project. In a text message, she said the remaining portion was “delayed due to right-of-way issues” and would be completed “within the year.”",
        "RBL Builders owner Benjamin Lao Uy allegedly has a business partnership with a relative of a congressman from the province. The Herald tried to reach Uy at his office in Mandaue City but was told he was abroad. He did not reply to messages sent to his mobile phone.",
        "Sources at the Office of the Ombudsman in the Visayas said a complaint for graft had been filed against Uy and the two engineers in February. Ombudsman spokesperson Atty. Liza Navarro would neither confirm nor deny the complaint, saying investigations are confidential at the fact-finding stage.",
        "Consolacion Mayor Teodoro Alcoseba said the town had written to the DPWH twice about the unfinished wall. “It’s not our project, but it’s our people who drown,” he said in Cebuano.",
        "The DPWH regional office said in a statement that it had ordered a “full validation” of flood-control projects in the district. Regional director Engr. Salvador Ompad told Radyo Sugbuanon on Tuesday that “heads will roll” if irregularities were found.",
    ],
    [
        A("records [[list]] a P48", "[[Government records]] list",
          "list [[a P48-million flood-control wall along the Tugas River in Consolacion town as “completed” last year]], but", kind="document"),
        A("residents [[say]] only", "but [[residents]] say",
          "say [[only a fraction of it was ever built]].", kind="vague"),
        A("month and [[found]] about", "[[The Herald]] visited",
          "found [[about 130 meters of concrete wall, compared with the 620 meters specified in the contract]].", kind="self"),
        A("or so [[says]] a government", "says [[a government billboard still standing at the entrance to the site]].",
          "[[The project is “100 percent complete”]] — or so", kind="document"),
        A("which residents [[said]] they", "which [[residents]] said",
          "said [[they had filled themselves after floods in January]].", kind="vague"),
        A("here,” [[said]] Barangay", "said [[Barangay Tugas captain Rogelio Tampus Jr.]], pointing",
          ["[[“Every rainy season, the water comes up to here,”]] said", "chest. [[“They took pictures of the first part, then they left. We never saw them again.”]]"],
          kind="person"),
        A("[[According to]] documents obtained", "According to [[documents obtained by The Herald]], the project",
          "The Herald, [[the project was awarded in 2023 to RBL Builders and Supply, a Mandaue-based firm, and was paid in full in three tranches]].", kind="document"),
        A("investigation, [[told]] The Herald he", "[[One of the engineers]], who asked",
          "The Herald [[he signed the certificate on the instruction of a superior]].", kind="anonymous", spec="described", reason=True),
        A("I [[was told]] the rest", None,
          "was told [[the rest would be finished before the inspection]]."),
        A("site myself,” he [[said]].", "site myself,” [[he]] said.",
          "[[“I was told the rest would be finished before the inspection. I should have gone to the site myself,”]] he",
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A("Cabahug, [[denied]] that", "[[The district engineer, Engr. Marites Cabahug]], denied",
          "denied [[that the wall was a ghost project]].", kind="person", denial="denial"),
        A("she [[said]] the remaining", "message, [[she]] said",
          "said [[the remaining portion was “delayed due to right-of-way issues” and would be completed “within the year.”]]",
          kind="pronoun", res="person", denial="denial"),
        A("Uy [[allegedly]] has", None,
          ["[[RBL Builders owner Benjamin Lao Uy]] allegedly", "allegedly [[has a business partnership with a relative of a congressman from the province]]."]),
        A("but [[was told]] he was abroad", None,
          "was told [[he was abroad]]."),
        A("He [[did not reply to messages]] sent", "[[He]] did not reply",
          None, kind="pronoun", res="person", denial="no-response"),
        A("Visayas [[said]] a complaint", "[[Sources at the Office of the Ombudsman in the Visayas]] said",
          "said [[a complaint for graft had been filed against Uy and the two engineers in February]].", kind="anonymous", spec="described", reason=False),
        A("Navarro [[would neither confirm nor deny]] the complaint", "[[Ombudsman spokesperson Atty. Liza Navarro]] would",
          "deny [[the complaint]],", kind="person", denial="no-comment"),
        A("complaint, [[saying]] investigations", "[[Ombudsman spokesperson Atty. Liza Navarro]] would",
          "saying [[investigations are confidential at the fact-finding stage]].", kind="person", denial="no-comment"),
        A("Alcoseba [[said]] the town", "[[Consolacion Mayor Teodoro Alcoseba]] said",
          "said [[the town had written to the DPWH twice about the unfinished wall]].", kind="person"),
        A("drown,” he [[said]] in Cebuano", "drown,” [[he]] said",
          "[[“It’s not our project, but it’s our people who drown,”]] he", kind="pronoun", res="person"),
        A("office [[said]] in a statement", "[[The DPWH regional office]] said",
          "statement [[that it had ordered a “full validation” of flood-control projects in the district]].", kind="organization", channel="statement"),
        A("Ompad [[told]] Radyo", "[[Regional director Engr. Salvador Ompad]] told",
          "on Tuesday [[that “heads will roll” if irregularities were found]].", kind="person"),
    ])

article("visayan-herald", "2025-07-09", "jeepney-strike-consolidation",
    "Jeepney strike strands Metro Cebu commuters as groups defy consolidation deadline",
    [
        "Thousands of commuters in Metro Cebu were stranded on Monday as members of at least three jeepney drivers’ groups began a two-day strike against the government’s deadline for operators to join cooperatives. Traditional jeepneys, many of them decades-old diesel vehicles, still carry most commuters in Cebu City, Mandaue and Lapu-Lapu. The strike is the third in the region since the modernization program began in 2017.",
        "The Cebu Alliance of Drivers and Operators (Cado) said about 80 percent of traditional jeepneys on 40 routes stayed off the road. The Land Transportation Franchising and Regulatory Board (LTFRB) in Central Visayas disputed that figure, saying in a Facebook post that “more than 60 percent” of routes were served normally.",
        "Cado president Ernesto “Boy” Remedio said drivers could not afford the P2.4-million price of a modern minibus. “They want us to take out a loan we will still be paying when we are dead,” he told this newspaper at a picket line in Talamban.",
        "LTFRB regional director Atty. Judith Saclote said the deadline would not be extended and that drivers who joined cooperatives would keep their livelihoods. She accused strike leaders of “spreading fear” among drivers.",
        "Remedio denied the charge. “We are not the ones spreading fear. The fear is already in the households of drivers,” he said.",
        "Police said the strike was largely peaceful, although officers arrested two men who allegedly threw stones at a jeepney that continued to ply its route in Mandaue City. Police Lt. Col. Dennis Abellana, the city police chief, said the men would face charges of malicious mischief.",
        "A Cado officer, who spoke on condition of anonymity because he was not authorized to speak for the group, said at least two operators had been offered cash by the Sugbo Unified Transport Cooperative to abandon the strike. The officer said Cado was considering a complaint to the Department of Transportation (DOTr).",
        "The cooperative called the claim “pure fabrication.” Its chairman, Rommel Dy, said it had “never paid anyone for anything except fares.”",
        "The DOTr did not respond to a request for comment from The Herald. Malacañang, in a statement on Sunday, said the modernization program would push through, noting that 78 percent of jeepneys nationwide had already consolidated.",
        "“I understand the drivers, but I also need to get to work,” said Lorna Pepito, a call center agent who walked four kilometers from Banilad. The strike is expected to continue on Tuesday, and classes in several public schools were suspended, according to the Cebu City Division of the Department of Education.",
    ],
    [
        A("(Cado) [[said]] about", "[[The Cebu Alliance of Drivers and Operators (Cado)]] said",
          "said [[about 80 percent of traditional jeepneys on 40 routes stayed off the road]].", kind="organization"),
        A("Visayas [[disputed]] that figure", "[[The Land Transportation Franchising and Regulatory Board (LTFRB) in Central Visayas]] disputed",
          "disputed [[that figure]],", kind="organization", channel="post"),
        A("figure, [[saying]] in a Facebook", "[[The Land Transportation Franchising and Regulatory Board (LTFRB) in Central Visayas]] disputed",
          "post [[that “more than 60 percent” of routes were served normally]].", kind="organization", channel="post"),
        A("Remedio [[said]] drivers", "[[Cado president Ernesto “Boy” Remedio]] said",
          "said [[drivers could not afford the P2.4-million price of a modern minibus]].", kind="person"),
        A("dead,” he [[told]] this newspaper", "dead,” [[he]] told",
          "[[“They want us to take out a loan we will still be paying when we are dead,”]] he", kind="pronoun", res="person"),
        A("Saclote [[said]] the deadline", "[[LTFRB regional director Atty. Judith Saclote]] said",
          "said [[the deadline would not be extended and that drivers who joined cooperatives would keep their livelihoods]].", kind="person"),
        A("She [[accused]] strike", "[[She]] accused",
          "accused [[strike leaders of “spreading fear” among drivers]].", kind="pronoun", res="person"),
        A("Remedio [[denied]] the charge", "[[Remedio]] denied",
          "denied [[the charge]].", kind="person", denial="denial"),
        A("drivers,” he [[said]].", "drivers,” [[he]] said.",
          "[[“We are not the ones spreading fear. The fear is already in the households of drivers,”]] he", kind="pronoun", res="person", denial="denial"),
        A("Police [[said]] the strike", "[[Police]] said the strike",
          "said [[the strike was largely peaceful]], although", kind="organization"),
        A("who [[allegedly]] threw", None,
          ["arrested [[two men who]] allegedly", "allegedly [[threw stones at a jeepney that continued to ply its route in Mandaue City]]."]),
        A("chief, [[said]] the men", "[[Police Lt. Col. Dennis Abellana, the city police chief]], said",
          "said [[the men would face charges of malicious mischief]].", kind="person"),
        A("group, [[said]] at least two", "[[A Cado officer]], who spoke",
          "said [[at least two operators had been offered cash by the Sugbo Unified Transport Cooperative to abandon the strike]].",
          kind="anonymous", spec="described", reason=True),
        A("The officer [[said]] Cado", "[[The officer]] said",
          "said [[Cado was considering a complaint to the Department of Transportation (DOTr)]].",
          kind="anonymous", spec="described", reason=True),
        A("cooperative [[called]] the claim", "[[The cooperative]] called",
          "called [[the claim “pure fabrication.”]]", kind="organization", denial="denial"),
        A("Dy, [[said]] it had", "[[Its chairman, Rommel Dy]], said",
          "said [[it had “never paid anyone for anything except fares.”]]", kind="person", denial="denial"),
        A("DOTr [[did not respond to a request for comment]] from", "[[The DOTr]] did not",
          None, kind="organization", denial="no-response"),
        A("Sunday, [[said]] the modernization", "[[Malacañang]], in a statement",
          "said [[the modernization program would push through]],", kind="organization", channel="statement"),
        A("through, [[noting]] that 78", "[[Malacañang]], in a statement",
          "noting [[that 78 percent of jeepneys nationwide had already consolidated]].", kind="organization", channel="statement"),
        A("work,” [[said]] Lorna", "said [[Lorna Pepito, a call center agent who walked four kilometers from Banilad]].",
          "[[“I understand the drivers, but I also need to get to work,”]] said", kind="person"),
        A("strike [[is expected]] to continue", None,
          ["[[The strike]] is expected", "is expected [[to continue on Tuesday]], and"]),
        A("suspended, [[according to]] the Cebu", "according to [[the Cebu City Division of the Department of Education]].",
          "and [[classes in several public schools were suspended]], according", kind="organization"),
    ])

article("visayan-herald", "2025-10-22", "pinamungajan-quarry-landslide",
    "Capitol halts quarrying above Pinamungajan village after landslide; operator denies blame",
    [
        "The Cebu Provincial Government has suspended all quarry permits in Barangay Lantawan, Pinamungajan, after a landslide on Sunday buried two houses and injured five people, Governor Marcela Villaflor announced on Monday.",
        "Pinamungajan, about 50 kilometers southwest of Cebu City, supplies much of the sand and gravel used in construction in Metro Cebu. The landslide struck at about 3 a.m. after two days of heavy rain.",
        "Villaflor said the Provincial Environment and Natural Resources Office (Penro) would inspect the three quarry sites above the village. “If they dug where they should not have dug, they will answer for it,” she said at a press conference at the Capitol.",
        "Residents said they had complained for months about blasting and heavy trucks on the slope. Lantawan barangay councilor Nestor Ybañez said the village council passed a resolution in April asking the province to review the permits but never received a reply.",
        "The largest of the three quarries is operated by Kalipay Aggregates Corp. Its operations manager, Gilbert Cañete, denied that quarrying had caused the landslide, blaming days of heavy rain. “Our site is 600 meters from the houses. Our permits are complete and our blasting is within the limits,” he said.",
        "But a geologist from the Mines and Geosciences Bureau (MGB) in Central Visayas, who asked not to be named because the bureau’s report has not been released, said initial findings pointed to “over-steepened cuts” at the Kalipay site. “The slope was mined too aggressively. The rain only finished the job,” the geologist said.",
        "MGB regional director Engr. Alfonso Baguio declined to comment on the findings.",
        "Capitol sources said at least one of the quarries had operated for seven months last year on an expired permit. A provincial board member, who asked not to be named, said the permits were renewed “on the say-so of people very close to the administration.”",
        "Provincial spokesperson Ma. Theresa Lumapas called the allegation “gutter politics” and said the governor had “nothing to hide.” Quarry permits in the province are issued by the Provincial Mining Regulatory Board, which the governor chairs.",
        "Provincial board member Atty. Joel Sepulveda, of the opposition bloc, said he would file a resolution seeking an inquiry. The board is expected to take up the resolution on Tuesday.",
        "The owners of the two smaller quarries, Basak Rock Ventures and a sole proprietorship registered to a certain Arnel Pacaña, could not be reached for comment. The five injured residents are reportedly in stable condition at the Pinamungajan district hospital.",
    ],
    [
        A("Villaflor [[announced]] on Monday", "people, [[Governor Marcela Villaflor]] announced",
          "[[The Cebu Provincial Government has suspended all quarry permits in Barangay Lantawan, Pinamungajan, after a landslide on Sunday buried two houses and injured five people]], Governor",
          kind="person"),
        A("Villaflor [[said]] the Provincial", "[[Villaflor]] said the Provincial",
          "said [[the Provincial Environment and Natural Resources Office (Penro) would inspect the three quarry sites above the village]].", kind="person"),
        A("answer for it,” she [[said]] at", "answer for it,” [[she]] said",
          "[[“If they dug where they should not have dug, they will answer for it,”]] she", kind="pronoun", res="person"),
        A("Residents [[said]] they had", "[[Residents]] said they had",
          "said [[they had complained for months about blasting and heavy trucks on the slope]].", kind="vague"),
        A("Ybañez [[said]] the village", "[[Lantawan barangay councilor Nestor Ybañez]] said",
          "said [[the village council passed a resolution in April asking the province to review the permits but never received a reply]].", kind="person"),
        A("Cañete, [[denied]] that", "[[Its operations manager, Gilbert Cañete]], denied",
          "denied [[that quarrying had caused the landslide]],", kind="person", denial="denial"),
        A("landslide, [[blaming]] days", "[[Its operations manager, Gilbert Cañete]], denied",
          "blaming [[days of heavy rain]].", kind="person"),
        A("within the limits,” he [[said]].", "within the limits,” [[he]] said.",
          "[[“Our site is 600 meters from the houses. Our permits are complete and our blasting is within the limits,”]] he",
          kind="pronoun", res="person", denial="denial"),
        A("released, [[said]] initial", "But [[a geologist from the Mines and Geosciences Bureau (MGB) in Central Visayas]], who asked",
          "said [[initial findings pointed to “over-steepened cuts” at the Kalipay site]].", kind="anonymous", spec="described", reason=True),
        A("findings [[pointed to]] “over-steepened", "said [[initial findings]] pointed",
          "pointed to [[“over-steepened cuts” at the Kalipay site]].", kind="document"),
        A("the geologist [[said]].", "[[the geologist]] said.",
          "[[“The slope was mined too aggressively. The rain only finished the job,”]] the geologist",
          kind="anonymous", spec="described", reason=True),
        A("Baguio [[declined to comment]] on", "[[MGB regional director Engr. Alfonso Baguio]] declined",
          None, kind="person", denial="no-comment"),
        A("sources [[said]] at least", "[[Capitol sources]] said",
          "said [[at least one of the quarries had operated for seven months last year on an expired permit]].", kind="anonymous", spec="described", reason=False),
        A("named, [[said]] the permits", "[[A provincial board member]], who asked",
          "said [[the permits were renewed “on the say-so of people very close to the administration.”]]", kind="anonymous", spec="described", reason=False),
        A("Lumapas [[called]] the allegation", "[[Provincial spokesperson Ma. Theresa Lumapas]] called",
          "called [[the allegation “gutter politics”]] and", kind="person", denial="dismissal"),
        A("politics” and [[said]] the governor", "[[Provincial spokesperson Ma. Theresa Lumapas]] called",
          "said [[the governor had “nothing to hide.”]]", kind="person", denial="denial"),
        A("bloc, [[said]] he would", "[[Provincial board member Atty. Joel Sepulveda, of the opposition bloc]], said",
          "said [[he would file a resolution seeking an inquiry]].", kind="person"),
        A("board [[is expected]] to take", None,
          ["[[The board]] is expected", "is expected [[to take up the resolution on Tuesday]]."]),
        A("Pacaña, [[could not be reached for comment]].", "[[The owners of the two smaller quarries, Basak Rock Ventures and a sole proprietorship registered to a certain Arnel Pacaña]], could",
          None, kind="organization", denial="no-response"),
        A("residents are [[reportedly]] in", None,
          ["[[The five injured residents are]] reportedly", "reportedly [[in stable condition at the Pinamungajan district hospital]]."]),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    # python3 build.py --jsonl /tmp/h52gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
