#!/usr/bin/env python3
"""Generator for the heldout58 fixture: 12 fictional, hand-annotated news articles.

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
ANN_SUFFIX = "_a058"
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
            out.write(json.dumps({"path": "heldout58/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)



# ---- ARTICLES GO HERE: article("outlet-slug", "YYYY-MM-DD", "slug", "Title", [paragraphs...], [A(...), ...]) ----

# ---------------------------------------------------------------------------------------------
# minato-daily: Japanese English-language national daily, regional news desk
# (straight double quotes, American punctuation; ages after names; "according to investigative sources")
# ---------------------------------------------------------------------------------------------
article("minato-daily", "2025-05-23", "hinokawa-governor-whistleblower-letter",
    "Hinokawa governor rejects harassment claims in anonymous whistleblower letter",
    [
        '''Hinokawa Gov. Takeshi Mori, 61, on Tuesday denied allegations in an anonymous letter that he verbally abused prefectural employees and accepted gifts from local businesses, calling the document "a collection of rumors and lies."''',
        '''The seven-page letter, which was sent to prefectural assembly members and several news organizations in March, says Mori shouted at a department chief for more than an hour over a delayed tourism brochure and received two cases of wine from a construction company. The Minato Daily has obtained a copy.''',
        '''"I have never raised my voice at a staff member in a way that could be called harassment," Mori told reporters at a regular news conference. "If anyone felt hurt by my instructions, I regret that."''',
        '''He said the prefecture's personnel division would examine the letter's contents "in an appropriate manner" but declined to say whether an outside panel would be appointed.''',
        '''According to several prefectural employees interviewed by The Minato Daily, at least four staff members in the tourism promotion division took extended sick leave last year. "You learn to check the governor's mood before you go upstairs," said one mid-level employee, who spoke on condition of anonymity for fear of being transferred.''',
        '''Another employee, a woman in her 40s who works in the same division, said she had once been ordered to rewrite a single press release 11 times in one night, asking not to be named because she feared retaliation.''',
        '''Prefectural assembly member Yuko Harada of the opposition Hinokawa Citizens' Network said the assembly should set up a special investigative committee with the power to summon witnesses. "The governor cannot be allowed to investigate himself," she said.''',
        '''Members of the ruling bloc were more cautious. Assembly Speaker Hideo Kuroki, 72, said it was "too early" to discuss a committee, but two assembly members close to Kuroki said he had privately told the governor's aides that the matter "will not simply go away."''',
        '''The letter's author has not been identified. It was learned Wednesday that the prefecture's personnel division had asked the sender, through the assembly secretariat, to come forward. Whistleblower advocates criticized the request as an attempt at intimidation.''',
        '''Under Japan's Whistleblower Protection Act, organizations are barred from trying to identify people who report wrongdoing, said Mariko Endo, a lawyer who advises public-sector employees. "Asking the author to step forward is exactly what the law is designed to prevent," Endo said.''',
        '''The construction company named in the letter, Ishizaki Kensetsu, did not respond to requests for comment. The governor's spokesman said the office "keeps no record" of gifts worth less than 10,000 yen.''',
        '''Kita Broadcasting reported Thursday that prefectural police had begun making informal inquiries. A police spokesman said only that the force "does not comment on whether it is investigating any individual."''',
    ],
    [
        A('''61, on Tuesday [[denied]] allegations''', '''[[Hinokawa Gov. Takeshi Mori, 61]], on Tuesday''',
          '''denied [[allegations in an anonymous letter that he verbally abused prefectural employees and accepted gifts from local businesses]],''',
          kind="person", denial="denial"),
        A('''denied [[allegations]] in an''', '''in [[an anonymous letter]] that he''',
          '''letter [[that he verbally abused prefectural employees and accepted gifts from local businesses]],''', kind="document"),
        A('''businesses, [[calling]] the document''', '''[[Hinokawa Gov. Takeshi Mori, 61]], on Tuesday''',
          '''calling [[the document "a collection of rumors and lies."]]''', kind="person", denial="dismissal"),
        A('''March, [[says]] Mori shouted''', '''[[The seven-page letter]], which''',
          '''says [[Mori shouted at a department chief for more than an hour over a delayed tourism brochure and received two cases of wine from a construction company]].''',
          kind="document"),
        A('''Mori [[told]] reporters at a regular''', '''harassment," [[Mori]] told''',
          ['''[["I have never raised my voice at a staff member in a way that could be called harassment,"]] Mori''',
           '''conference. [["If anyone felt hurt by my instructions, I regret that."]]'''], kind="person", denial="denial"),
        A('''He [[said]] the prefecture's''', '''[[He]] said the prefecture's''',
          '''He said [[the prefecture's personnel division would examine the letter's contents "in an appropriate manner"]] but''',
          kind="pronoun", res="person"),
        A('''but [[declined to say]] whether an outside''', '''[[He]] said the prefecture's''',
          '''declined to say [[whether an outside panel would be appointed]].''', kind="pronoun", res="person", denial="no-comment"),
        A('''[[According to]] several prefectural''', '''According to [[several prefectural employees interviewed by The Minato Daily]],''',
          '''The Minato Daily, [[at least four staff members in the tourism promotion division took extended sick leave last year]].''',
          kind="anonymous", spec="described", reason=False),
        A('''upstairs," [[said]] one mid-level''', '''said [[one mid-level employee]], who spoke''',
          '''[["You learn to check the governor's mood before you go upstairs,"]] said''',
          kind="anonymous", spec="described", reason=True),
        A('''division, [[said]] she had once''', '''[[Another employee, a woman in her 40s who works in the same division]], said''',
          '''said [[she had once been ordered to rewrite a single press release 11 times in one night]], asking''',
          kind="anonymous", spec="described", reason=True),
        A('''Network [[said]] the assembly''', '''[[Prefectural assembly member Yuko Harada of the opposition Hinokawa Citizens' Network]] said''',
          '''said [[the assembly should set up a special investigative committee with the power to summon witnesses]].''', kind="person"),
        A('''himself," she [[said]].''', '''himself," [[she]] said.''',
          '''[["The governor cannot be allowed to investigate himself,"]] she''', kind="pronoun", res="person"),
        A('''72, [[said]] it was''', '''[[Assembly Speaker Hideo Kuroki, 72]], said''',
          '''said [[it was "too early" to discuss a committee]], but''', kind="person"),
        A('''close to Kuroki [[said]] he had''', '''but [[two assembly members close to Kuroki]] said''',
          '''Kuroki said [[he had privately told the governor's aides that the matter "will not simply go away."]]''',
          kind="anonymous", spec="described", reason=False),
        A('''he [[had privately told]] the governor's''', '''said [[he]] had privately''',
          '''aides [[that the matter "will not simply go away."]]''', kind="pronoun", res="person"),
        A('''[[It was learned]] Wednesday''', None,
          '''Wednesday [[that the prefecture's personnel division had asked the sender, through the assembly secretariat, to come forward]].'''),
        A('''advocates [[criticized]] the request''', '''[[Whistleblower advocates]] criticized''',
          '''criticized [[the request as an attempt at intimidation]].''', kind="vague"),
        A('''wrongdoing, [[said]] Mariko Endo''', '''said [[Mariko Endo, a lawyer who advises public-sector employees]].''',
          '''[[Under Japan's Whistleblower Protection Act, organizations are barred from trying to identify people who report wrongdoing]], said''',
          kind="person"),
        A('''Endo [[said]].''', '''prevent," [[Endo]] said.''',
          '''[["Asking the author to step forward is exactly what the law is designed to prevent,"]] Endo''', kind="person"),
        A('''Kensetsu, [[did not respond to requests for comment]].''', '''[[The construction company named in the letter, Ishizaki Kensetsu]], did not''',
          None, kind="organization", denial="no-response"),
        A('''spokesman [[said]] the office''', '''[[The governor's spokesman]] said''',
          '''said [[the office "keeps no record" of gifts worth less than 10,000 yen]].''', kind="organization"),
        A('''Broadcasting [[reported]] Thursday''', '''[[Kita Broadcasting]] reported''',
          '''Thursday [[that prefectural police had begun making informal inquiries]].''', kind="outlet"),
        A('''police spokesman [[said]] only''', '''[[A police spokesman]] said only''',
          '''only [[that the force "does not comment on whether it is investigating any individual."]]''', kind="organization", denial="no-comment"),
    ])

article("minato-daily", "2025-08-26", "kamisato-bear-patrol-pay-dispute",
    "Kamisato hunters turn down bear patrols over pay as sightings hit record",
    [
        '''The Kamisato Hunting Association has turned down the town's request to run daily bear patrols near schools, saying the 8,500 yen daily allowance on offer does not cover fuel and ammunition.''',
        '''Bear sightings in Kamisato, a town of about 9,000 people in the mountains of northern Hinokawa Prefecture, reached 212 between April and July, more than three times the figure for the same period last year, according to town data. Two residents have been injured, one of them seriously.''',
        '''"We are not a private security company. We are farmers and retirees with rifles," association chairman Shigeru Nakano, 74, told The Minato Daily. He said most of the group's 31 members were in their 70s and had already spent "hundreds of thousands of yen" of their own money responding to calls this year.''',
        '''Nakano said the association had asked the town in June to raise the allowance to 20,000 yen, in line with neighboring Tsugane. The town never replied, he said.''',
        '''Kamisato Mayor Hiroko Sato denied that the request had been ignored. "We discussed it at three separate meetings. The budget simply is not there," Sato said at a news conference Tuesday. She said the town would ask the prefecture for an emergency subsidy.''',
        '''A town official involved in the talks, who asked not to be named because the negotiations are ongoing, said the two sides were "about 5,000 yen apart" and that a compromise was likely before the school term resumes. "Nobody wants to be blamed if a child is hurt," the official said.''',
        '''Hunters' reluctance has also been shaped by a case in neighboring Kitaura, where police revoked a hunter's gun license after he shot a bear near houses in 2023 at the town's request. According to a person close to the hunter, the man is still fighting the revocation in court. Prefectural police declined to comment on the case, citing the litigation.''',
        '''"Everyone remembers what happened in Kitaura," a senior association member said, speaking on condition of anonymity. "Why would I take the risk for 8,500 yen?"''',
        '''The Environment Ministry said in a statement that it was "closely monitoring" the situation and had revised its guidelines in April to make it easier for police to authorize shooting in residential areas. Ministry sources said officials were considering a national subsidy for patrol allowances in next year's budget request.''',
        '''Some residents said they had stopped letting their children walk to school. "I drive my son every day now, even though it's 400 meters," said Akiko Fujita, 38, a nurse.''',
        '''Experts warn the problem will grow. Bears are losing their fear of people as rural populations shrink and abandoned orchards go untended, said Kazuo Ueda, a wildlife ecologist at Hinokawa University. "The front line is moving into the towns," he said.''',
        '''The town's board of education did not respond to questions about whether school events would be canceled.''',
    ],
    [
        A('''schools, [[saying]] the 8,500''', '''[[The Kamisato Hunting Association]] has turned''',
          '''saying [[the 8,500 yen daily allowance on offer does not cover fuel and ammunition]].''', kind="organization"),
        A('''last year, [[according to]] town data''', '''according to [[town data]].''',
          '''[[Bear sightings in Kamisato, a town of about 9,000 people in the mountains of northern Hinokawa Prefecture, reached 212 between April and July, more than three times the figure for the same period last year]], according''',
          kind="document"),
        A('''74, [[told]] The Minato''', '''rifles," [[association chairman Shigeru Nakano, 74]], told''',
          '''[["We are not a private security company. We are farmers and retirees with rifles,"]] association''', kind="person"),
        A('''He [[said]] most of''', '''[[He]] said most''',
          '''He said [[most of the group's 31 members were in their 70s and had already spent "hundreds of thousands of yen" of their own money responding to calls this year]].''',
          kind="pronoun", res="person"),
        A('''Nakano [[said]] the association''', '''[[Nakano]] said the association''',
          '''Nakano said [[the association had asked the town in June to raise the allowance to 20,000 yen, in line with neighboring Tsugane]].''', kind="person"),
        A('''replied, he [[said]].''', '''replied, [[he]] said.''',
          '''[[The town never replied]], he''', kind="pronoun", res="person"),
        A('''Sato [[denied]] that''', '''[[Kamisato Mayor Hiroko Sato]] denied''',
          '''denied [[that the request had been ignored]].''', kind="person", denial="denial"),
        A('''Sato [[said]] at a news conference''', '''there," [[Sato]] said''',
          '''[["We discussed it at three separate meetings. The budget simply is not there,"]] Sato''', kind="person", denial="denial"),
        A('''She [[said]] the town would''', '''[[She]] said the town''',
          '''She said [[the town would ask the prefecture for an emergency subsidy]].''', kind="pronoun", res="person"),
        A('''ongoing, [[said]] the two sides''', '''[[A town official involved in the talks]], who asked''',
          '''said [[the two sides were "about 5,000 yen apart" and that a compromise was likely before the school term resumes]].''',
          kind="anonymous", spec="described", reason=True),
        A('''hurt," the official [[said]].''', '''hurt," [[the official]] said.''',
          '''[["Nobody wants to be blamed if a child is hurt,"]] the official''', kind="anonymous", spec="described", reason=True),
        A('''[[According to]] a person close''', '''According to [[a person close to the hunter]],''',
          '''the hunter, [[the man is still fighting the revocation in court]].''', kind="anonymous", spec="vague", reason=False),
        A('''police [[declined to comment]] on the case''', '''[[Prefectural police]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''case, [[citing]] the litigation''', '''[[Prefectural police]] declined''',
          '''citing [[the litigation]].''', kind="organization"),
        A('''association member [[said]], speaking''', '''Kitaura," [[a senior association member]] said''',
          ['''[["Everyone remembers what happened in Kitaura,"]] a senior''', '''anonymity. [["Why would I take the risk for 8,500 yen?"]]'''],
          kind="anonymous", spec="described", reason=False),
        A('''Ministry [[said]] in a statement''', '''[[The Environment Ministry]] said''',
          '''statement [[that it was "closely monitoring" the situation and had revised its guidelines in April to make it easier for police to authorize shooting in residential areas]].''',
          kind="organization", channel="statement"),
        A('''Ministry sources [[said]] officials''', '''[[Ministry sources]] said''',
          '''said [[officials were considering a national subsidy for patrol allowances in next year's budget request]].''',
          kind="anonymous", spec="described", reason=False),
        A('''residents [[said]] they had stopped''', '''[[Some residents]] said''',
          '''said [[they had stopped letting their children walk to school]].''', kind="vague"),
        A('''meters," [[said]] Akiko''', '''said [[Akiko Fujita, 38, a nurse]].''',
          '''[["I drive my son every day now, even though it's 400 meters,"]] said''', kind="person"),
        A('''Experts [[warn]] the problem''', '''[[Experts]] warn''',
          '''warn [[the problem will grow]].''', kind="vague"),
        A('''untended, [[said]] Kazuo''', '''said [[Kazuo Ueda, a wildlife ecologist at Hinokawa University]].''',
          '''[[Bears are losing their fear of people as rural populations shrink and abandoned orchards go untended]], said''', kind="person"),
        A('''towns," he [[said]].''', '''towns," [[he]] said.''',
          '''[["The front line is moving into the towns,"]] he''', kind="pronoun", res="person"),
        A('''education [[did not respond to questions]] about''', '''[[The town's board of education]] did not''',
          None, kind="organization", denial="no-response"),
    ])

article("minato-daily", "2025-11-13", "tsugane-bridge-bid-rigging-probe",
    "Prosecutors search Tsugane city hall in bridge-repair bid-rigging probe",
    [
        '''The Hinokawa District Public Prosecutors Office on Thursday searched Tsugane City Hall and the offices of three construction companies on suspicion of rigging bids for bridge repair contracts worth about 1.4 billion yen, according to investigative sources.''',
        '''Prosecutors suspect that Makoto Iida, 56, a deputy director of the city's civil engineering division, leaked the ceiling prices for at least six contracts to Kurosaki Construction, a Tsugane-based company, between 2022 and 2024, the sources said.''',
        '''The Minato Daily has learned that Kurosaki Construction won all six contracts with bids between 99.1 percent and 99.8 percent of the ceiling price. City records show the company was the only bidder on four of them. Under city rules, ceiling prices are supposed to remain confidential until bids are opened.''',
        '''Iida, who has been placed on leave, has admitted to investigators that he passed information to the company, according to a source close to the investigation. He has told prosecutors that he did so "to keep local firms alive," the source said. The figures were allegedly handed over in person at a restaurant near the station.''',
        '''Kurosaki Construction President Tatsuya Kurosaki, 63, denied any wrongdoing when approached by reporters outside his home Thursday morning. "We won those contracts fairly. I have never received anything from city hall," he said before getting into a car.''',
        '''Tsugane Mayor Noboru Takeda bowed deeply at a news conference Thursday evening. "It is deeply regrettable that this has happened at our city hall. We will cooperate fully with the investigation," Takeda said. He declined to answer questions about whether he had been aware of concerns over the contracts, saying he could not comment on "a matter under investigation."''',
        '''But a city employee who worked with Iida said the bid ratios had been "an open secret" in the division since 2022. "Someone in the division warned in a memo that the numbers looked strange. It went to the deputy mayor's office and nothing happened," said the employee, who asked not to be named because staff have been ordered not to speak to the media.''',
        '''Deputy Mayor Kiyoshi Ono said through a secretary that he had "no recollection" of receiving such a memo.''',
        '''Bid-rigging cases involving public works have declined nationally since the 2000s, but experts say smaller municipalities remain vulnerable. "In a city like Tsugane, the same three or four firms bid on everything, and everyone knows everyone," said Naoki Shimizu, a professor of public administration at Keiyo University.''',
        '''Kurosaki Construction has donated to the political support groups of at least two city assembly members, according to political fund reports filed with the prefectural election commission. Local citizens' groups have questioned the timing of the donations. One of the assembly members, Hiroshi Yagi, said the donations were legal and "have nothing to do with contracts." The other, Emi Kaneko, did not return calls.''',
        '''Investigators are expected to question Iida on a voluntary basis next week before deciding whether to seek his arrest.''',
    ],
    [
        A('''yen, [[according to]] investigative''', '''according to [[investigative sources]].''',
          '''[[The Hinokawa District Public Prosecutors Office on Thursday searched Tsugane City Hall and the offices of three construction companies on suspicion of rigging bids for bridge repair contracts worth about 1.4 billion yen]], according''',
          kind="anonymous", spec="described", reason=False),
        A('''Prosecutors [[suspect]] that''', '''[[Prosecutors]] suspect''',
          '''suspect [[that Makoto Iida, 56, a deputy director of the city's civil engineering division, leaked the ceiling prices for at least six contracts to Kurosaki Construction, a Tsugane-based company, between 2022 and 2024]], the sources''',
          kind="organization"),
        A('''2024, the sources [[said]].''', '''2024, [[the sources]] said.''',
          '''[[Prosecutors suspect that Makoto Iida, 56, a deputy director of the city's civil engineering division, leaked the ceiling prices for at least six contracts to Kurosaki Construction, a Tsugane-based company, between 2022 and 2024]], the sources''',
          kind="anonymous", spec="described", reason=False),
        A('''Daily [[has learned]] that''', '''[[The Minato Daily]] has learned''',
          '''has learned [[that Kurosaki Construction won all six contracts with bids between 99.1 percent and 99.8 percent of the ceiling price]].''', kind="self"),
        A('''City records [[show]] the company''', '''[[City records]] show''',
          '''show [[the company was the only bidder on four of them]].''', kind="document"),
        A('''leave, [[has admitted]] to investigators''', '''[[Iida]], who has been placed''',
          '''investigators [[that he passed information to the company]], according''', kind="person"),
        A('''company, [[according to]] a source''', '''according to [[a source close to the investigation]].''',
          '''[[Iida, who has been placed on leave, has admitted to investigators that he passed information to the company]], according''',
          kind="anonymous", spec="vague", reason=False),
        A('''He [[has told]] prosecutors''', '''[[He]] has told''',
          '''prosecutors [[that he did so "to keep local firms alive,"]] the source''', kind="pronoun", res="person"),
        A('''alive," the source [[said]].''', '''alive," [[the source]] said.''',
          '''[[He has told prosecutors that he did so "to keep local firms alive,"]] the source''', kind="anonymous", spec="vague", reason=False),
        A('''were [[allegedly]] handed''', None,
          ['''[[The figures were]] allegedly''', '''allegedly [[handed over in person at a restaurant near the station]].''']),
        A('''63, [[denied]] any wrongdoing''', '''[[Kurosaki Construction President Tatsuya Kurosaki, 63]], denied''',
          '''denied [[any wrongdoing]] when''', kind="person", denial="denial"),
        A('''city hall," he [[said]] before''', '''city hall," [[he]] said''',
          '''[["We won those contracts fairly. I have never received anything from city hall,"]] he''', kind="pronoun", res="person", denial="denial"),
        A('''Takeda [[said]]. He declined''', '''investigation," [[Takeda]] said.''',
          '''[["It is deeply regrettable that this has happened at our city hall. We will cooperate fully with the investigation,"]] Takeda''', kind="person"),
        A('''He [[declined to answer questions]] about whether''', '''[[He]] declined to answer''',
          None, kind="pronoun", res="person", denial="no-comment"),
        A('''contracts, [[saying]] he could not''', '''[[He]] declined to answer''',
          '''saying [[he could not comment on "a matter under investigation."]]''', kind="pronoun", res="person", denial="no-comment"),
        A('''Iida [[said]] the bid ratios''', '''But [[a city employee who worked with Iida]] said''',
          '''said [[the bid ratios had been "an open secret" in the division since 2022]].''',
          kind="anonymous", spec="described", reason=True),
        A('''division [[warned]] in a memo''', '''"[[Someone in the division]] warned''',
          '''memo [[that the numbers looked strange]].''', kind="vague", channel="note"),
        A('''happened," [[said]] the employee''', '''said [[the employee]], who asked''',
          '''[["Someone in the division warned in a memo that the numbers looked strange. It went to the deputy mayor's office and nothing happened,"]] said''',
          kind="anonymous", spec="described", reason=True),
        A('''Ono [[said]] through a secretary''', '''[[Deputy Mayor Kiyoshi Ono]] said''',
          '''secretary [[that he had "no recollection" of receiving such a memo]].''', kind="person", denial="denial"),
        A('''experts [[say]] smaller''', '''but [[experts]] say''',
          '''say [[smaller municipalities remain vulnerable]].''', kind="vague"),
        A('''knows everyone," [[said]] Naoki''', '''said [[Naoki Shimizu, a professor of public administration at Keiyo University]].''',
          '''[["In a city like Tsugane, the same three or four firms bid on everything, and everyone knows everyone,"]] said''', kind="person"),
        A('''members, [[according to]] political''', '''according to [[political fund reports filed with the prefectural election commission]].''',
          '''[[Kurosaki Construction has donated to the political support groups of at least two city assembly members]], according''', kind="document"),
        A('''groups [[have questioned]] the timing''', '''[[Local citizens' groups]] have questioned''',
          '''have questioned [[the timing of the donations]].''', kind="vague"),
        A('''Yagi, [[said]] the donations''', '''[[One of the assembly members, Hiroshi Yagi]], said''',
          '''said [[the donations were legal and "have nothing to do with contracts."]]''', kind="person", denial="denial"),
        A('''Kaneko, [[did not return calls]].''', '''[[The other, Emi Kaneko]], did not''',
          None, kind="person", denial="no-response"),
        A('''Investigators [[are expected]] to question''', None,
          ['''[[Investigators]] are expected''', '''are expected [[to question Iida on a voluntary basis next week before deciding whether to seek his arrest]].''']),
    ])

# ---------------------------------------------------------------------------------------------
# waha-tribune: English-language daily in the Sultanate of Oman (curly double quotes, British punctuation;
# honorifics and "Eng."/"Sheikh" titles; "told Al Waha Tribune", "in a statement carried by the Oman News Agency")
# ---------------------------------------------------------------------------------------------
article("waha-tribune", "2025-04-15", "wadi-sahm-flood-drainage-channel",
    "Wadi Sahm residents demand answers after flash floods swamp housing scheme",
    [
        "Residents of the Al Mahal housing scheme in the Wilayat of Wadi Sahm have called for an investigation into why a drainage channel promised in 2021 was never built, after flash floods on Sunday inundated more than 70 homes.",
        "“The water came into the majlis within ten minutes. We lost furniture, two cars and my children’s school books,” said Hamood bin Salim al Rawahi, a retired teacher who has lived in the scheme since 2019. Al Rawahi said municipality engineers had visited after each complaint “and took photographs, nothing else”.",
        "Residents told Al Waha Tribune that they had raised the issue with the municipality at least four times. According to a letter seen by the Tribune, the residents’ committee warned the Wadi Sahm municipality in November 2023 that homes on the lower plots were “at serious risk” because the natural course of the wadi had been blocked by construction.",
        "In a statement carried by the Oman News Agency, the Ministry of Housing and Urban Planning said the drainage channel was part of the second phase of the scheme and that its tender had been delayed “due to the reprioritisation of projects”. The ministry said teams had been dispatched to assess the damage.",
        "Eng. Khalid bin Nasser al Siyabi, director general of the ministry in Al Raheel Governorate, told the Tribune that compensation would be considered “on a case-by-case basis” once the assessment was complete. He denied that the residents’ warnings had been ignored. “Every letter we receive is studied. Sometimes the solution requires a budget that is not available in the same year,” he said. A ministry spokesman declined to say how much had been allocated for the channel.",
        "However, an official at the municipality, who requested anonymity as he was not authorised to speak to the media, said the channel’s design had been approved in 2021 but the funds allocated for it were later transferred to a road project. “The money was there. It was moved,” the official said.",
        "The contractor that built the houses, Al Jazeel Contracting and Trading, said in a written reply to the Tribune’s questions that it had followed the approved drawings and that drainage “was not within the scope of our contract”. Its managing director did not respond to calls on Monday.",
        "The Civil Defence and Ambulance Authority said its teams had rescued 14 people from vehicles trapped in the wadi on Sunday evening.",
        "Shura Council member for Wadi Sahm, Sheikh Ali bin Saif al Mandhari, said he had raised the matter with the minister in person and had been “given assurances” that the channel would be tendered this year. Several residents, however, said they had heard such promises before.",
        "Videos of the flooding were widely shared online. “A new neighbourhood built in the path of a wadi. Who approved this?” one user posted on X.",
        "Meteorologists at the Civil Aviation Authority’s forecasting centre have warned that more rain is expected over the Al Hajar Mountains until Wednesday.",
    ],
    [
        A("books,” [[said]] Hamood", "said [[Hamood bin Salim al Rawahi, a retired teacher who has lived in the scheme since 2019]].",
          "[[“The water came into the majlis within ten minutes. We lost furniture, two cars and my children’s school books,”]] said", kind="person"),
        A("Al Rawahi [[said]] municipality", "[[Al Rawahi]] said municipality",
          "said [[municipality engineers had visited after each complaint “and took photographs, nothing else”]].", kind="person"),
        A("Residents [[told]] Al Waha", "[[Residents]] told Al Waha",
          "Tribune [[that they had raised the issue with the municipality at least four times]].", kind="vague"),
        A("[[According to]] a letter", "According to [[a letter seen by the Tribune]],",
          "the Tribune, [[the residents’ committee warned the Wadi Sahm municipality in November 2023 that homes on the lower plots were “at serious risk” because the natural course of the wadi had been blocked by construction]].",
          kind="document"),
        A("committee [[warned]] the Wadi", "the Tribune, [[the residents’ committee]] warned",
          "November 2023 [[that homes on the lower plots were “at serious risk” because the natural course of the wadi had been blocked by construction]].",
          kind="organization"),
        A("Planning [[said]] the drainage", "[[the Ministry of Housing and Urban Planning]] said",
          "said [[the drainage channel was part of the second phase of the scheme and that its tender had been delayed “due to the reprioritisation of projects”]].",
          kind="organization", channel="statement"),
        A("The ministry [[said]] teams", "[[The ministry]] said teams",
          "said [[teams had been dispatched to assess the damage]].", kind="organization"),
        A("Governorate, [[told]] the Tribune", "[[Eng. Khalid bin Nasser al Siyabi, director general of the ministry in Al Raheel Governorate]], told",
          "the Tribune [[that compensation would be considered “on a case-by-case basis” once the assessment was complete]].", kind="person"),
        A("He [[denied]] that the residents’", "[[He]] denied that",
          "denied [[that the residents’ warnings had been ignored]].", kind="pronoun", res="person", denial="denial"),
        A("same year,” he [[said]].", "same year,” [[he]] said.",
          "[[“Every letter we receive is studied. Sometimes the solution requires a budget that is not available in the same year,”]] he",
          kind="pronoun", res="person", denial="denial"),
        A("spokesman [[declined to say]] how much", "[[A ministry spokesman]] declined",
          "declined to say [[how much had been allocated for the channel]].", kind="organization", denial="no-comment"),
        A("media, [[said]] the channel’s", "[[an official at the municipality]], who requested",
          "said [[the channel’s design had been approved in 2021 but the funds allocated for it were later transferred to a road project]].",
          kind="anonymous", spec="described", reason=True),
        A("moved,” the official [[said]].", "moved,” [[the official]] said.",
          "[[“The money was there. It was moved,”]] the official", kind="anonymous", spec="described", reason=True),
        A("Trading, [[said]] in a written reply", "[[The contractor that built the houses, Al Jazeel Contracting and Trading]], said",
          "questions [[that it had followed the approved drawings and that drainage “was not within the scope of our contract”]].",
          kind="organization", denial="denial"),
        A("director [[did not respond to calls]] on Monday", "[[Its managing director]] did not",
          None, kind="organization", denial="no-response"),
        A("Authority [[said]] its teams", "[[The Civil Defence and Ambulance Authority]] said",
          "said [[its teams had rescued 14 people from vehicles trapped in the wadi on Sunday evening]].", kind="organization"),
        A("al Mandhari, [[said]] he had raised", "[[Shura Council member for Wadi Sahm, Sheikh Ali bin Saif al Mandhari]], said",
          "said [[he had raised the matter with the minister in person and had been “given assurances” that the channel would be tendered this year]].",
          kind="person"),
        A("however, [[said]] they had heard", "[[Several residents]], however, said",
          "said [[they had heard such promises before]].", kind="vague"),
        A("one user [[posted]] on X", "[[one user]] posted",
          "[[“A new neighbourhood built in the path of a wadi. Who approved this?”]] one user", kind="vague", channel="post"),
        A("centre [[have warned]] that", "[[Meteorologists at the Civil Aviation Authority’s forecasting centre]] have warned",
          "have warned [[that more rain is expected over the Al Hajar Mountains until Wednesday]].", kind="organization"),
        A("rain [[is expected]] over", None,
          ["that [[more rain]] is expected", "is expected [[over the Al Hajar Mountains until Wednesday]]."]),
    ])

article("waha-tribune", "2025-07-08", "sahil-marine-unpaid-wages-permits",
    "Labour ministry suspends work permits for Sahil Marine Works over unpaid wages",
    [
        "The Ministry of Labour has suspended the issuance of new work permits for Sahil Marine Works after more than 230 of the company’s employees complained that they had not been paid for four months, the ministry said on Sunday.",
        "In a post on its account on X, the ministry said the suspension would remain in place until all outstanding salaries were transferred through the Wage Protection System, and that the case had been referred to the Public Prosecution.",
        "Workers at the company’s fabrication yard in the Sohar industrial area told Al Waha Tribune that many of them had been living on loans from relatives. “I send money home every month. For four months I have sent nothing. My daughter has left school,” said one welder from South Asia, who spoke on condition that his name not be published because he feared losing his residence visa.",
        "Another worker, a crane operator, said the company’s management had told staff at a meeting last month that salaries would be paid “after Eid”. “After Eid came and went, they told us the government had not paid the company,” he said.",
        "Sahil Marine Works’ chief executive, Eng. Faisal bin Rashid al Hinai, denied that the company had abandoned its workers. In a statement sent to the Tribune, he said the delays were “temporary” and caused by late payments from government entities for completed projects, amounting to more than OMR 3.2 million.",
        "He dismissed reports circulating on social media that the company was about to be declared bankrupt as “baseless rumours”. “We have been in this country for 26 years and we are not going anywhere,” he said.",
        "However, two people familiar with the company’s finances said Sahil Marine had also failed to pay several subcontractors since late last year and had asked its banks in January to reschedule loan repayments.",
        "An official at the ministry, speaking on condition of anonymity, said Sahil Marine was one of 11 companies whose permits had been suspended this year over wage delays. The official said the ministry had received “repeated complaints” about the company since September.",
        "According to figures from the National Centre for Statistics and Information, the number of expatriate workers in the construction sector fell by 6 per cent last year.",
        "Shura Council member Dr Maryam bint Khalfan al Busaidi posted on X that companies which delay salaries “should not be awarded a single government tender”. Responding to her post, Sahil Marine said in a statement that it was “committed to meeting all obligations”.",
        "The Indian embassy in Muscat said it was in contact with the ministry and had delivered food supplies to the company’s labour accommodation. A spokesperson for the Public Prosecution declined to comment on the referral.",
        "Khalid bin Saeed al Balushi, an Omani safety supervisor at the yard, said Omani staff, who are paid through a separate payroll, had received their basic salaries but no allowances since August. The Ministry of Finance did not respond to a request for comment on the payments owed to the company.",
    ],
    [
        A("employees [[complained]] that", "after [[more than 230 of the company’s employees]] complained",
          "complained [[that they had not been paid for four months]], the ministry", kind="vague"),
        A("months, the ministry [[said]] on Sunday", "months, [[the ministry]] said",
          "[[The Ministry of Labour has suspended the issuance of new work permits for Sahil Marine Works after more than 230 of the company’s employees complained that they had not been paid for four months]], the ministry",
          kind="organization"),
        A("X, the ministry [[said]] the suspension", "X, [[the ministry]] said the suspension",
          "said [[the suspension would remain in place until all outstanding salaries were transferred through the Wage Protection System, and that the case had been referred to the Public Prosecution]].",
          kind="organization", channel="post"),
        A("industrial area [[told]] Al Waha", "[[Workers at the company’s fabrication yard in the Sohar industrial area]] told",
          "Tribune [[that many of them had been living on loans from relatives]].", kind="vague"),
        A("left school,” [[said]] one welder", "said [[one welder from South Asia]], who spoke",
          "[[“I send money home every month. For four months I have sent nothing. My daughter has left school,”]] said",
          kind="anonymous", spec="described", reason=True),
        A("crane operator, [[said]] the company’s", "[[Another worker, a crane operator]], said",
          "said [[the company’s management had told staff at a meeting last month that salaries would be paid “after Eid”]].",
          kind="anonymous", spec="described", reason=False),
        A("management [[had told]] staff", "said [[the company’s management]] had told",
          "last month [[that salaries would be paid “after Eid”]].", kind="organization"),
        A("they [[told]] us the government", "went, [[they]] told us",
          "told us [[the government had not paid the company]],”", kind="pronoun", res="organization"),
        A("the company,” he [[said]].", "the company,” [[he]] said.",
          "[[“After Eid came and went, they told us the government had not paid the company,”]] he",
          kind="pronoun", res="anonymous", spec="described", reason=False),
        A("al Hinai, [[denied]] that", "[[Sahil Marine Works’ chief executive, Eng. Faisal bin Rashid al Hinai]], denied",
          "denied [[that the company had abandoned its workers]].", kind="person", denial="denial"),
        A("Tribune, he [[said]] the delays", "Tribune, [[he]] said the delays",
          "said [[the delays were “temporary” and caused by late payments from government entities for completed projects, amounting to more than OMR 3.2 million]].",
          kind="pronoun", res="person", channel="statement"),
        A("He [[dismissed]] reports", "[[He]] dismissed reports",
          "dismissed [[reports circulating on social media that the company was about to be declared bankrupt]] as",
          kind="pronoun", res="person", denial="dismissal"),
        A("dismissed [[reports]] circulating", None,
          "social media [[that the company was about to be declared bankrupt]] as"),
        A("going anywhere,” he [[said]].", "going anywhere,” [[he]] said.",
          "[[“We have been in this country for 26 years and we are not going anywhere,”]] he", kind="pronoun", res="person", denial="denial"),
        A("finances [[said]] Sahil Marine", "[[two people familiar with the company’s finances]] said",
          "said [[Sahil Marine had also failed to pay several subcontractors since late last year and had asked its banks in January to reschedule loan repayments]].",
          kind="anonymous", spec="vague", reason=False),
        A("anonymity, [[said]] Sahil Marine was", "[[An official at the ministry]], speaking",
          "said [[Sahil Marine was one of 11 companies whose permits had been suspended this year over wage delays]].",
          kind="anonymous", spec="described", reason=False),
        A("The official [[said]] the ministry", "[[The official]] said the ministry",
          "said [[the ministry had received “repeated complaints” about the company since September]].",
          kind="anonymous", spec="described", reason=False),
        A("[[According to]] figures", "According to [[figures from the National Centre for Statistics and Information]],",
          "Information, [[the number of expatriate workers in the construction sector fell by 6 per cent last year]].", kind="document"),
        A("al Busaidi [[posted]] on X", "[[Shura Council member Dr Maryam bint Khalfan al Busaidi]] posted",
          "on X [[that companies which delay salaries “should not be awarded a single government tender”]].", kind="person", channel="post"),
        A("Sahil Marine [[said]] in a statement that", "post, [[Sahil Marine]] said",
          "statement [[that it was “committed to meeting all obligations”]].", kind="organization", channel="statement"),
        A("Muscat [[said]] it was", "[[The Indian embassy in Muscat]] said",
          "said [[it was in contact with the ministry and had delivered food supplies to the company’s labour accommodation]].", kind="organization"),
        A("Prosecution [[declined to comment]] on", "[[A spokesperson for the Public Prosecution]] declined",
          None, kind="organization", denial="no-comment"),
        A("yard, [[said]] Omani staff", "[[Khalid bin Saeed al Balushi, an Omani safety supervisor at the yard]], said",
          "said [[Omani staff, who are paid through a separate payroll, had received their basic salaries but no allowances since August]].", kind="person"),
        A("Finance [[did not respond to a request for comment]] on", "[[The Ministry of Finance]] did not",
          None, kind="organization", denial="no-response"),
    ])

article("waha-tribune", "2025-10-21", "husn-al-ghaydah-restoration-halted",
    "Restoration halted at Husn al Ghaydah after crack appears in 17th-century tower",
    [
        "The Ministry of Heritage and Tourism has halted restoration work at Husn al Ghaydah in the Wilayat of Bidiyah al Gharbiyah after a crack appeared in the fort’s main tower, the ministry announced on Tuesday.",
        "In a statement, the ministry said an engineering committee would inspect the tower and determine whether the damage was caused by the restoration works or by “natural factors”, including heavy rain in April.",
        "Photographs shared widely on social media last week showed a crack running nearly the full height of the tower’s eastern face. “This tower has stood for 350 years. It took one contractor eight months to crack it,” wrote Salim bin Hamad al Ghaithi, a local historian, in a post that was shared more than 5,000 times.",
        "The contractor, Bait al Qalam Restoration, rejected the accusation. Its general manager, Eng. Yousuf bin Khamis al Maqbali, told Al Waha Tribune that the crack had existed before the works began and was recorded in a 2022 condition survey. “We did not cause this. We documented it in 2022,” he said.",
        "The 2022 survey, a copy of which was seen by the Tribune, describes “hairline fissures” in the eastern wall but does not mention a crack of the size now visible.",
        "Dr Aisha bint Nasser al Harthi, an architectural conservator who has worked on several of the Sultanate’s forts, said cement-based mortar had been used in parts of the tower where lime mortar was required. “Cement is stiffer than the original walls. When the mud brick moves, the cement does not, and it cracks,” she said. She added that she had visited the site twice in May.",
        "Al Maqbali denied using cement, saying all mortar had been prepared according to the ministry’s specifications and approved by its site engineer. Asked whether samples had been tested, he declined to answer, saying the matter was now with the ministry’s committee.",
        "The ministry’s director of restoration, Eng. Badr bin Sulaiman al Kindi, said the site engineer’s approvals were being reviewed as part of the inquiry. He would not say when the committee would report.",
        "The Wali of Bidiyah al Gharbiyah, Sheikh Hilal bin Saif al Amri, said residents had been assured that the fort would be repaired “to its original condition”. About 40,000 people visited the fort last year, according to ministry figures, and it had been expected to reopen to visitors in October.",
        "Residents of the wilayat said the fort was central to winter tourism in the area. “The guesthouses depend on it. Without the fort, the tourists drive straight to the desert camps,” said Mohammed bin Ali al Hajri, who runs a guesthouse near the fort.",
        "Critics said the case showed the need for an independent register of accredited restoration firms. The Heritage Engineers Association said in a post on X that it had proposed such a register in 2023.",
    ],
    [
        A("the ministry [[announced]] on Tuesday", "tower, [[the ministry]] announced",
          "[[The Ministry of Heritage and Tourism has halted restoration work at Husn al Ghaydah in the Wilayat of Bidiyah al Gharbiyah after a crack appeared in the fort’s main tower]], the ministry",
          kind="organization"),
        A("the ministry [[said]] an engineering", "statement, [[the ministry]] said",
          "said [[an engineering committee would inspect the tower and determine whether the damage was caused by the restoration works or by “natural factors”, including heavy rain in April]].",
          kind="organization", channel="statement"),
        A("last week [[showed]] a crack", "[[Photographs shared widely on social media last week]] showed",
          "showed [[a crack running nearly the full height of the tower’s eastern face]].", kind="document"),
        A("crack it,” [[wrote]] Salim", "wrote [[Salim bin Hamad al Ghaithi, a local historian]], in a post",
          "[[“This tower has stood for 350 years. It took one contractor eight months to crack it,”]] wrote", kind="person", channel="post"),
        A("Restoration, [[rejected]] the accusation", "[[The contractor, Bait al Qalam Restoration]], rejected",
          "rejected [[the accusation]].", kind="organization", denial="denial"),
        A("al Maqbali, [[told]] Al Waha", "[[Its general manager, Eng. Yousuf bin Khamis al Maqbali]], told",
          "Tribune [[that the crack had existed before the works began and was recorded in a 2022 condition survey]].", kind="person", denial="denial"),
        A("in 2022,” he [[said]].", "in 2022,” [[he]] said.",
          "[[“We did not cause this. We documented it in 2022,”]] he", kind="pronoun", res="person", denial="denial"),
        A("Tribune, [[describes]] “hairline", "[[The 2022 survey]], a copy",
          "describes [[“hairline fissures” in the eastern wall]] but", kind="document"),
        A("forts, [[said]] cement-based", "[[Dr Aisha bint Nasser al Harthi, an architectural conservator who has worked on several of the Sultanate’s forts]], said",
          "said [[cement-based mortar had been used in parts of the tower where lime mortar was required]].", kind="person"),
        A("cracks,” she [[said]].", "cracks,” [[she]] said.",
          "[[“Cement is stiffer than the original walls. When the mud brick moves, the cement does not, and it cracks,”]] she", kind="pronoun", res="person"),
        A("She [[added]] that she", "[[She]] added that",
          "added [[that she had visited the site twice in May]].", kind="pronoun", res="person"),
        A("Al Maqbali [[denied]] using", "[[Al Maqbali]] denied using",
          "denied [[using cement]],", kind="person", denial="denial"),
        A("cement, [[saying]] all mortar", "[[Al Maqbali]] denied using",
          "saying [[all mortar had been prepared according to the ministry’s specifications and approved by its site engineer]].", kind="person", denial="denial"),
        A("he [[declined to answer]], saying", "tested, [[he]] declined",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("answer, [[saying]] the matter", "tested, [[he]] declined",
          "saying [[the matter was now with the ministry’s committee]].", kind="pronoun", res="person", denial="no-comment"),
        A("al Kindi, [[said]] the site", "[[The ministry’s director of restoration, Eng. Badr bin Sulaiman al Kindi]], said",
          "said [[the site engineer’s approvals were being reviewed as part of the inquiry]].", kind="person"),
        A("He [[would not say]] when", "[[He]] would not say",
          "would not say [[when the committee would report]].", kind="pronoun", res="person", denial="no-comment"),
        A("al Amri, [[said]] residents", "[[The Wali of Bidiyah al Gharbiyah, Sheikh Hilal bin Saif al Amri]], said",
          "said [[residents had been assured that the fort would be repaired “to its original condition”]].", kind="person"),
        A("last year, [[according to]] ministry figures", "according to [[ministry figures]], and",
          "[[About 40,000 people visited the fort last year]], according", kind="document"),
        A("it [[had been expected]] to reopen", None,
          ["and [[it]] had been expected", "had been expected [[to reopen to visitors in October]]."]),
        A("wilayat [[said]] the fort", "[[Residents of the wilayat]] said",
          "said [[the fort was central to winter tourism in the area]].", kind="vague"),
        A("camps,” [[said]] Mohammed", "said [[Mohammed bin Ali al Hajri]], who runs",
          "[[“The guesthouses depend on it. Without the fort, the tourists drive straight to the desert camps,”]] said", kind="person"),
        A("Critics [[said]] the case", "[[Critics]] said",
          "said [[the case showed the need for an independent register of accredited restoration firms]].", kind="vague"),
        A("Association [[said]] in a post", "[[The Heritage Engineers Association]] said",
          "on X [[that it had proposed such a register in 2023]].", kind="organization", channel="post"),
    ])

# ---------------------------------------------------------------------------------------------
# chalkline: US regional K-12 education news site covering one school district
# (straight double quotes; present-tense "says"; role after the name; colon quotes)
# ---------------------------------------------------------------------------------------------
article("chalkline", "2025-02-27", "marlow-unified-layoffs-budget-gap",
    "Marlow Unified plans up to 140 layoffs to close $18 million gap",
    [
        '''Marlow Unified School District will lay off as many as 140 teachers and aides next year to close an $18 million budget gap, Superintendent Dana Whitfield told the school board Tuesday night.''',
        '''"There is no version of this budget that doesn't hurt," Whitfield says. "We have spent down our reserves for three years. We can't do it a fourth time."''',
        '''The district's enrollment has fallen by about 2,100 students since 2019, according to state data, and federal pandemic relief money that paid for roughly 90 positions ran out in September.''',
        '''Teachers union president Marcus Bell says the district had years of warning. "The relief money was always temporary. They hired anyway, and now the people they hired are the ones who pay for it," Bell says. The union will push for cuts to central office staff first, he says. The union also filed a grievance Wednesday alleging that the district broke its contract by drawing up the layoff list without consulting teachers.''',
        '''Whitfield disputes that characterization. The central office has already been cut by 11 positions since 2022, she says, and administrators now account for less than 6% of the district's budget — a figure Bell calls "creative accounting."''',
        '''A district administrator involved in drafting the layoff list, who asked not to be named because she was not authorized to discuss personnel matters, says the list was built largely on seniority, which means newer teachers at the district's highest-poverty schools will be hit hardest. "Some buildings lose a third of their staff. Others lose almost nobody," she says.''',
        '''District spokesperson Leah Okonkwo says the final list has not been drawn up and that "no school will lose more than its fair share." She declined to say how many of the notices would go to first- and second-year teachers.''',
        '''Board members are split. Trustee Rosa Delgado says the board should consider closing one of the district's three middle schools before laying anyone off. Trustee Glen Hartley, who chairs the finance committee, says that would save "a fraction" of the cost and take two years to plan.''',
        '''Two other trustees, speaking privately, say they expect the layoff plan to pass on a 4-3 vote at the board's March 12 meeting.''',
        '''Parents packed Tuesday's meeting. Ana Ferreira, whose two children attend Lindley Elementary, says she learned about the cuts from a Facebook group, not from the district. "Nobody asked us anything. We found out the way you find out about a road closure," she says.''',
        '''Layoff notices must go out by March 15 under state law. Asked whether the district would negotiate with the union over the list, Whitfield said only: "We will talk to anyone. But the math does not change."''',
        '''The state Department of Education, which must approve the district's deficit plan, did not respond to a request for comment.''',
    ],
    [
        A('''Whitfield [[told]] the school board''', '''[[Superintendent Dana Whitfield]] told''',
          '''[[Marlow Unified School District will lay off as many as 140 teachers and aides next year to close an $18 million budget gap]], Superintendent''', kind="person"),
        A('''hurt," Whitfield [[says]].''', '''hurt," [[Whitfield]] says.''',
          ['''[["There is no version of this budget that doesn't hurt,"]] Whitfield''',
           '''says. [["We have spent down our reserves for three years. We can't do it a fourth time."]]'''], kind="person"),
        A('''2019, [[according to]] state data''', '''according to [[state data]], and''',
          '''[[The district's enrollment has fallen by about 2,100 students since 2019]], according''', kind="document"),
        A('''Bell [[says]] the district had''', '''[[Teachers union president Marcus Bell]] says''',
          '''says [[the district had years of warning]].''', kind="person"),
        A('''for it," Bell [[says]].''', '''for it," [[Bell]] says.''',
          '''[["The relief money was always temporary. They hired anyway, and now the people they hired are the ones who pay for it,"]] Bell''', kind="person"),
        A('''first, he [[says]].''', '''first, [[he]] says.''',
          '''[[The union will push for cuts to central office staff first]], he''', kind="pronoun", res="person"),
        A('''Wednesday [[alleging]] that''', '''[[The union]] also filed''',
          '''alleging [[that the district broke its contract by drawing up the layoff list without consulting teachers]].''', kind="organization"),
        A('''Whitfield [[disputes]] that''', '''[[Whitfield]] disputes''',
          '''disputes [[that characterization]].''', kind="person", denial="denial"),
        A('''2022, she [[says]], and''', '''2022, [[she]] says''',
          ['''[[The central office has already been cut by 11 positions since 2022]], she''',
           '''says, [[and administrators now account for less than 6% of the district's budget]] —'''],
          kind="pronoun", res="person", denial="denial"),
        A('''Bell [[calls]] "creative''', '''figure [[Bell]] calls''',
          ['''— [[a figure]] Bell''', '''calls [["creative accounting."]]'''], kind="person"),
        A('''personnel matters, [[says]] the list''', '''[[A district administrator involved in drafting the layoff list]], who asked''',
          '''says [[the list was built largely on seniority, which means newer teachers at the district's highest-poverty schools will be hit hardest]].''',
          kind="anonymous", spec="described", reason=True),
        A('''nobody," she [[says]].''', '''nobody," [[she]] says.''',
          '''[["Some buildings lose a third of their staff. Others lose almost nobody,"]] she''',
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A('''Okonkwo [[says]] the final''', '''[[District spokesperson Leah Okonkwo]] says''',
          '''says [[the final list has not been drawn up and that "no school will lose more than its fair share."]]''', kind="person", denial="denial"),
        A('''She [[declined to say]] how many''', '''[[She]] declined''',
          '''declined to say [[how many of the notices would go to first- and second-year teachers]].''', kind="pronoun", res="person", denial="no-comment"),
        A('''Delgado [[says]] the board''', '''[[Trustee Rosa Delgado]] says''',
          '''says [[the board should consider closing one of the district's three middle schools before laying anyone off]].''', kind="person"),
        A('''committee, [[says]] that would''', '''[[Trustee Glen Hartley]], who chairs''',
          '''says [[that would save "a fraction" of the cost and take two years to plan]].''', kind="person"),
        A('''privately, [[say]] they expect''', '''[[Two other trustees]], speaking''',
          '''say [[they expect the layoff plan to pass on a 4-3 vote at the board's March 12 meeting]].''',
          kind="anonymous", spec="described", reason=False),
        A('''they [[expect]] the layoff''', '''say [[they]] expect''',
          '''expect [[the layoff plan to pass on a 4-3 vote at the board's March 12 meeting]].''',
          kind="pronoun", res="anonymous", spec="described", reason=False),
        A('''Elementary, [[says]] she learned''', '''[[Ana Ferreira]], whose''',
          '''says [[she learned about the cuts from a Facebook group, not from the district]].''', kind="person"),
        A('''closure," she [[says]].''', '''closure," [[she]] says.''',
          '''[["Nobody asked us anything. We found out the way you find out about a road closure,"]] she''', kind="pronoun", res="person"),
        A('''Whitfield [[said]] only:''', '''list, [[Whitfield]] said''',
          '''only: [["We will talk to anyone. But the math does not change."]]''', kind="person"),
        A('''plan, [[did not respond to a request for comment]].''', '''[[The state Department of Education]], which''',
          None, kind="organization", denial="no-response"),
    ])

article("chalkline", "2025-04-18", "alder-creek-hollis-closures-vote",
    "Board votes to close Alder Creek and Hollis elementary schools",
    [
        '''The Marlow Unified school board voted 5-2 Thursday to close Alder Creek and Hollis elementary schools at the end of the school year, a move district officials say will save about $2.4 million a year.''',
        '''The two schools enroll about 610 students, roughly 70% of whom qualify for free or reduced-price lunch, according to district data. Most will move to Crestview and Lindley elementary schools in the fall.''',
        '''Parents who spoke during more than three hours of public comment argued the closures would fall hardest on families without cars. "You are closing the two schools where kids walk. That's not a coincidence," Hollis parent Jamal Reese told the board.''',
        '''Superintendent Dana Whitfield rejects that. The schools were chosen because they are the two oldest buildings in the district and the most expensive to maintain, she says, not because of who attends them. A 2023 facilities study commissioned by the district estimated that Alder Creek and Hollis need a combined $31 million in repairs over the next decade.''',
        '''Trustee Rosa Delgado, who voted no, says the district never seriously considered alternatives. "We were handed two names and a deadline," she says. Trustee Glen Hartley, who voted yes, says the board studied the options for more than a year: "Nobody on this board is happy tonight. But we can't keep heating buildings for kids who aren't there."''',
        '''A petition opposing the closures, signed by more than 1,300 people, argues the district should have waited for a city housing study that projects 900 new homes in the Hollis attendance area by 2030.''',
        '''Chalkline first reported the closure plan in October, after obtaining a draft presentation prepared for the board's facilities committee. That draft listed three schools, including Crestview. District spokesperson Leah Okonkwo says Crestview was dropped after engineers found its roof could be repaired for about half the original price.''',
        '''Okonkwo dismissed suggestions that the decision had been made before public comment, calling the hearing "a genuine opportunity for the board to listen." She declined to comment on a letter from a lawyer representing Hollis families that says the closures may violate the state's civil rights law.''',
        '''The lawyer, Teresa Vaughn, did not respond to an email and a phone message Friday.''',
        '''Marlow Mayor Corinne Abbott, who has no vote on school matters, wrote on Facebook that she was "heartbroken" for Hollis families but that the board had "made a hard, responsible choice."''',
        '''The Marlow Sentinel reported last month that the teachers union had asked the board to delay the vote until after the layoff decision. Union president Marcus Bell did not return a call seeking comment Thursday night.''',
        '''Staff at both schools will be reassigned, the district says, and no teacher will lose a job as a direct result of the closures.''',
    ],
    [
        A('''officials [[say]] will save''', '''move [[district officials]] say''',
          ['''year, [[a move]] district''', '''say [[will save about $2.4 million a year]].'''], kind="organization"),
        A('''lunch, [[according to]] district data''', '''according to [[district data]].''',
          '''[[The two schools enroll about 610 students, roughly 70% of whom qualify for free or reduced-price lunch]], according''', kind="document"),
        A('''comment [[argued]] the closures''', '''[[Parents who spoke during more than three hours of public comment]] argued''',
          '''argued [[the closures would fall hardest on families without cars]].''', kind="vague"),
        A('''Reese [[told]] the board''', '''coincidence," [[Hollis parent Jamal Reese]] told''',
          '''[["You are closing the two schools where kids walk. That's not a coincidence,"]] Hollis''', kind="person"),
        A('''Whitfield [[rejects]] that''', '''[[Superintendent Dana Whitfield]] rejects''',
          '''rejects [[that]].''', kind="person", denial="denial"),
        A('''maintain, she [[says]], not''', '''maintain, [[she]] says''',
          ['''[[The schools were chosen because they are the two oldest buildings in the district and the most expensive to maintain]], she''',
           '''says, [[not because of who attends them]].'''], kind="pronoun", res="person", denial="denial"),
        A('''district [[estimated]] that''', '''[[A 2023 facilities study commissioned by the district]] estimated''',
          '''estimated [[that Alder Creek and Hollis need a combined $31 million in repairs over the next decade]].''', kind="document"),
        A('''voted no, [[says]] the district''', '''[[Trustee Rosa Delgado]], who voted no''',
          '''says [[the district never seriously considered alternatives]].''', kind="person"),
        A('''deadline," she [[says]].''', '''deadline," [[she]] says.''',
          '''[["We were handed two names and a deadline,"]] she''', kind="pronoun", res="person"),
        A('''voted yes, [[says]] the board''', '''[[Trustee Glen Hartley]], who voted yes''',
          ['''says [[the board studied the options for more than a year]]:''',
           '''year: [["Nobody on this board is happy tonight. But we can't keep heating buildings for kids who aren't there."]]'''], kind="person"),
        A('''1,300 people, [[argues]] the district''', '''[[A petition opposing the closures]], signed''',
          '''argues [[the district should have waited for a city housing study that projects 900 new homes in the Hollis attendance area by 2030]].''', kind="document"),
        A('''study that [[projects]] 900''', '''for [[a city housing study]] that''',
          '''projects [[900 new homes in the Hollis attendance area by 2030]].''', kind="document"),
        A('''Chalkline first [[reported]] the closure''', '''[[Chalkline]] first reported''',
          '''reported [[the closure plan]] in October''', kind="self"),
        A('''Okonkwo [[says]] Crestview''', '''[[District spokesperson Leah Okonkwo]] says''',
          '''says [[Crestview was dropped after engineers found its roof could be repaired for about half the original price]].''', kind="person"),
        A('''engineers [[found]] its roof''', '''after [[engineers]] found''',
          '''found [[its roof could be repaired for about half the original price]].''', kind="vague"),
        A('''Okonkwo [[dismissed]] suggestions''', '''[[Okonkwo]] dismissed''',
          '''dismissed [[suggestions that the decision had been made before public comment]],''', kind="person", denial="dismissal"),
        A('''dismissed [[suggestions]] that''', None,
          '''suggestions [[that the decision had been made before public comment]],'''),
        A('''comment, [[calling]] the hearing''', '''[[Okonkwo]] dismissed''',
          '''calling [[the hearing "a genuine opportunity for the board to listen."]]''', kind="person", denial="denial"),
        A('''She [[declined to comment]] on a letter''', '''[[She]] declined''',
          None, kind="pronoun", res="person", denial="no-comment"),
        A('''families that [[says]] the closures''', '''on [[a letter from a lawyer representing Hollis families]] that''',
          '''says [[the closures may violate the state's civil rights law]].''', kind="document"),
        A('''Vaughn, [[did not respond to an email and a phone message]] Friday''', '''[[The lawyer, Teresa Vaughn]], did''',
          None, kind="person", denial="no-response"),
        A('''school matters, [[wrote]] on Facebook''', '''[[Marlow Mayor Corinne Abbott]], who''',
          '''Facebook [[that she was "heartbroken" for Hollis families but that the board had "made a hard, responsible choice."]]''', kind="person", channel="post"),
        A('''Sentinel [[reported]] last month''', '''[[The Marlow Sentinel]] reported''',
          '''last month [[that the teachers union had asked the board to delay the vote until after the layoff decision]].''', kind="outlet"),
        A('''Bell [[did not return a call seeking comment]]''', '''[[Union president Marcus Bell]] did''',
          None, kind="person", denial="no-response"),
        A('''reassigned, the district [[says]]''', '''reassigned, [[the district]] says''',
          ['''[[Staff at both schools will be reassigned]], the district''',
           '''says, [[and no teacher will lose a job as a direct result of the closures]].'''], kind="organization"),
    ])

article("chalkline", "2025-09-30", "special-education-evaluation-backlog",
    "State finds Marlow Unified missed special education deadlines for 412 students",
    [
        '''Marlow Unified failed to complete special education evaluations on time for 412 students last school year, violating federal law, the state Department of Education found in a report released Monday.''',
        '''The report, which followed a complaint filed by a coalition of parents in March, says some children waited more than seven months for an evaluation the law requires within 60 days. It orders the district to hire outside evaluators and to offer affected families compensatory services. The district has about 2,600 students with disabilities, roughly 14% of its enrollment.''',
        '''Superintendent Dana Whitfield acknowledges the delays but says the district has "turned a corner." The backlog stands at 38 students this month, down from a peak of more than 200 in January, she says.''',
        '''Parents say the numbers do not tell the whole story. Megan Liu says her son, who has dyslexia, waited 214 days for an evaluation and then another three months for services to begin. "Every week I called. Every week somebody told me he was next on the list," Liu says. The district has since offered her son 40 hours of summer tutoring, which she calls "a start, not an apology."''',
        '''A special education teacher at one of the district's middle schools, who asked not to be identified because she fears losing her job, says school psychologists were each carrying caseloads of more than 90 students last year. "We were told to prioritize the kids whose parents made the most noise," she says.''',
        '''District spokesperson Leah Okonkwo calls that claim "categorically false." Evaluations are scheduled in the order referrals are received, she says.''',
        '''Three current and former district employees told Chalkline that a spreadsheet used to track referrals was kept by a single administrator and was not shared with school principals until last spring. One of them, a former school psychologist, says she raised the problem with her supervisor in 2022.''',
        '''Okonkwo declined to say whether the administrator still works for the district, citing personnel privacy.''',
        '''The report does not say how much the compensatory services will cost. According to a person familiar with the state's review, department officials have estimated the district could owe families more than $1.5 million in tutoring and therapy.''',
        '''A department spokesperson would not confirm that figure, saying the amount "will depend on each student's individual needs."''',
        '''Kendra Moss, an attorney with the Marlow Disability Rights Project who helped parents file the complaint, says the findings are "long overdue." "The district treated a legal deadline like a suggestion," Moss says.''',
        '''Trustee Rosa Delgado says she will ask for a monthly public report on the backlog. Board president Alan Pruitt did not respond to a request for comment, and Trustee Glen Hartley says he has not yet read the report.''',
    ],
    [
        A('''Education [[found]] in a report''', '''law, [[the state Department of Education]] found''',
          '''[[Marlow Unified failed to complete special education evaluations on time for 412 students last school year, violating federal law]], the state''',
          kind="organization", channel="report"),
        A('''March, [[says]] some children''', '''[[The report]], which followed''',
          '''says [[some children waited more than seven months for an evaluation the law requires within 60 days]].''', kind="document"),
        A('''Whitfield [[acknowledges]] the delays''', '''[[Superintendent Dana Whitfield]] acknowledges''',
          '''acknowledges [[the delays]] but''', kind="person"),
        A('''delays but [[says]] the district''', '''[[Superintendent Dana Whitfield]] acknowledges''',
          '''says [[the district has "turned a corner."]]''', kind="person"),
        A('''January, she [[says]].''', '''January, [[she]] says.''',
          '''[[The backlog stands at 38 students this month, down from a peak of more than 200 in January]], she''', kind="pronoun", res="person"),
        A('''Parents [[say]] the numbers''', '''[[Parents]] say''',
          '''say [[the numbers do not tell the whole story]].''', kind="vague"),
        A('''Liu [[says]] her son''', '''[[Megan Liu]] says''',
          '''says [[her son, who has dyslexia, waited 214 days for an evaluation and then another three months for services to begin]].''', kind="person"),
        A('''somebody [[told]] me''', '''week [[somebody]] told''',
          '''told me [[he was next on the list]],"''', kind="vague"),
        A('''Liu [[says]].''', '''list," [[Liu]] says.''',
          '''[["Every week I called. Every week somebody told me he was next on the list,"]] Liu''', kind="person"),
        A('''tutoring, which she [[calls]] "a start''', '''which [[she]] calls''',
          ['''tutoring, [[which]] she''', '''calls [["a start, not an apology."]]'''], kind="pronoun", res="person"),
        A('''her job, [[says]] school''', '''[[A special education teacher at one of the district's middle schools]], who asked''',
          '''says [[school psychologists were each carrying caseloads of more than 90 students last year]].''',
          kind="anonymous", spec="described", reason=True),
        A('''most noise," she [[says]].''', '''most noise," [[she]] says.''',
          '''[["We were told to prioritize the kids whose parents made the most noise,"]] she''',
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A('''Okonkwo [[calls]] that claim''', '''[[District spokesperson Leah Okonkwo]] calls''',
          '''calls [[that claim "categorically false."]]''', kind="person", denial="denial"),
        A('''received, she [[says]].''', '''received, [[she]] says.''',
          '''[[Evaluations are scheduled in the order referrals are received]], she''', kind="pronoun", res="person", denial="denial"),
        A('''employees [[told]] Chalkline''', '''[[Three current and former district employees]] told''',
          '''Chalkline [[that a spreadsheet used to track referrals was kept by a single administrator and was not shared with school principals until last spring]].''',
          kind="anonymous", spec="described", reason=False),
        A('''psychologist, [[says]] she raised''', '''[[One of them, a former school psychologist]], says''',
          '''says [[she raised the problem with her supervisor in 2022]].''', kind="anonymous", spec="described", reason=False),
        A('''Okonkwo [[declined to say]] whether''', '''[[Okonkwo]] declined''',
          '''declined to say [[whether the administrator still works for the district]],''', kind="person", denial="no-comment"),
        A('''district, [[citing]] personnel''', '''[[Okonkwo]] declined''',
          '''citing [[personnel privacy]].''', kind="person"),
        A('''[[According to]] a person familiar''', '''According to [[a person familiar with the state's review]],''',
          '''review, [[department officials have estimated the district could owe families more than $1.5 million in tutoring and therapy]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''officials [[have estimated]] the district''', '''[[department officials]] have estimated''',
          '''have estimated [[the district could owe families more than $1.5 million in tutoring and therapy]].''', kind="organization"),
        A('''spokesperson [[would not confirm]] that''', '''[[A department spokesperson]] would''',
          '''would not confirm [[that figure]],''', kind="organization", denial="no-comment"),
        A('''figure, [[saying]] the amount''', '''[[A department spokesperson]] would''',
          '''saying [[the amount "will depend on each student's individual needs."]]''', kind="organization"),
        A('''complaint, [[says]] the findings''', '''[[Kendra Moss, an attorney with the Marlow Disability Rights Project who helped parents file the complaint]], says''',
          '''says [[the findings are "long overdue."]]''', kind="person"),
        A('''Moss [[says]].''', '''suggestion," [[Moss]] says.''',
          '''[["The district treated a legal deadline like a suggestion,"]] Moss''', kind="person"),
        A('''Delgado [[says]] she will''', '''[[Trustee Rosa Delgado]] says''',
          '''says [[she will ask for a monthly public report on the backlog]].''', kind="person"),
        A('''Pruitt [[did not respond to a request for comment]]''', '''[[Board president Alan Pruitt]] did''',
          None, kind="person", denial="no-response"),
        A('''Hartley [[says]] he has not''', '''[[Trustee Glen Hartley]] says''',
          '''says [[he has not yet read the report]].''', kind="person"),
    ])

# ---------------------------------------------------------------------------------------------
# aegean-herald: Greek English-language daily, Athens (curly double quotes, British punctuation;
# "Ministry sources said", "told Kyma Radio", ministries' "announcements", parties by role not name)
# ---------------------------------------------------------------------------------------------
article("aegean-herald", "2025-06-24", "kalyptra-desalination-unit-idle",
    "Kalyptra faces water rationing as new desalination unit sits idle on the pier",
    [
        "The mayor of Kalyptra has warned that the island could face water rationing within weeks, as a desalination unit delivered by the state in May has yet to produce a single litre because it has not been connected to the power grid.",
        "“We have a brand-new machine sitting on the pier wrapped in plastic, and I am asking people not to water their gardens,” Mayor Stavros Kalogeropoulos told Kyma Radio on Tuesday. “It is a tragicomedy.”",
        "The unit, which can produce 1,200 cubic metres of water a day, was supplied under a €3.8 million programme run by the Ministry of Island Policy. According to the municipality, the grid operator has told it that a new substation is needed before the unit can be switched on.",
        "Ministry sources said the delay was the responsibility of the grid operator, which had been informed of the project “more than a year ago”. The operator, ELDIK, said in an announcement that it had received the municipality’s connection request only in March and that the work would be completed “within the legal deadlines”.",
        "A senior official at the operator, speaking on condition of anonymity because he was not authorised to discuss the matter, said the ministry had twice submitted incomplete technical studies. “Everyone wants to blame the electricians. Nobody wants to read the file,” the official told the Herald.",
        "The Ministry of Island Policy rejected that account, saying the studies had been “complete and approved” by its technical service in January.",
        "Kalyptra, which has 2,900 permanent residents, receives as many as 14,000 visitors a day in August. The island currently relies on water shipped by tanker from Piraeus at a cost of about €9 per cubic metre, according to figures from the Regional Authority of the South Aegean.",
        "Hoteliers say the shortage is already hurting bookings. “We have had cancellations from guests who read about the water on social media,” said Eleni Vrettou, who heads the island’s hoteliers’ association. She said two hotels had already been forced to close their pools.",
        "The main opposition party accused the government of “abandoning the islands” and tabled a question in Parliament. In a post on X, its island policy spokeswoman, Maria Theodoridou, wrote that the unit was “a monument to incompetence”.",
        "Deputy Island Policy Minister Nikos Andreadis dismissed the criticism as “political opportunism” and said the unit would be operating “by the end of July at the latest”. Asked by the Herald whether the ministry would cover the cost of tanker deliveries in the meantime, his office did not respond.",
        "Residents have reportedly begun installing water tanks on their roofs, and the Papadakis hardware store in Chora, the island’s main town, said it had sold out of 1,000-litre tanks twice in June.",
        "Sources said the municipal council was considering declaring a state of emergency, which would allow the island to hire a private water supplier without a tender.",
    ],
    [
        A("Kalyptra [[has warned]] that", "[[The mayor of Kalyptra]] has warned",
          "has warned [[that the island could face water rationing within weeks]], as", kind="person"),
        A("Kalogeropoulos [[told]] Kyma Radio", "gardens,” [[Mayor Stavros Kalogeropoulos]] told",
          ["[[“We have a brand-new machine sitting on the pier wrapped in plastic, and I am asking people not to water their gardens,”]] Mayor",
           "Tuesday. [[“It is a tragicomedy.”]]"], kind="person"),
        A("[[According to]] the municipality", "According to [[the municipality]],",
          "municipality, [[the grid operator has told it that a new substation is needed before the unit can be switched on]].", kind="organization"),
        A("operator [[has told]] it", "[[the grid operator]] has told",
          "has told it [[that a new substation is needed before the unit can be switched on]].", kind="organization"),
        A("Ministry sources [[said]] the delay", "[[Ministry sources]] said",
          "said [[the delay was the responsibility of the grid operator, which had been informed of the project “more than a year ago”]].",
          kind="anonymous", spec="described", reason=False),
        A("ELDIK, [[said]] in an announcement", "[[The operator, ELDIK]], said",
          "announcement [[that it had received the municipality’s connection request only in March and that the work would be completed “within the legal deadlines”]].",
          kind="organization", denial="denial", channel="announcement"),
        A("the matter, [[said]] the ministry", "[[A senior official at the operator]], speaking",
          "said [[the ministry had twice submitted incomplete technical studies]].", kind="anonymous", spec="described", reason=True),
        A("the official [[told]] the Herald", "file,” [[the official]] told",
          "[[“Everyone wants to blame the electricians. Nobody wants to read the file,”]] the official",
          kind="anonymous", spec="described", reason=True),
        A("Policy [[rejected]] that account", "[[The Ministry of Island Policy]] rejected",
          "rejected [[that account]],", kind="organization", denial="denial"),
        A("account, [[saying]] the studies", "[[The Ministry of Island Policy]] rejected",
          "saying [[the studies had been “complete and approved” by its technical service in January]].", kind="organization", denial="denial"),
        A("metre, [[according to]] figures", "according to [[figures from the Regional Authority of the South Aegean]].",
          "[[The island currently relies on water shipped by tanker from Piraeus at a cost of about €9 per cubic metre]], according", kind="document"),
        A("Hoteliers [[say]] the shortage", "[[Hoteliers]] say",
          "say [[the shortage is already hurting bookings]].", kind="vague"),
        A("social media,” [[said]] Eleni", "said [[Eleni Vrettou]], who heads",
          "[[“We have had cancellations from guests who read about the water on social media,”]] said", kind="person"),
        A("She [[said]] two hotels", "[[She]] said two",
          "said [[two hotels had already been forced to close their pools]].", kind="pronoun", res="person"),
        A("party [[accused]] the government", "[[The main opposition party]] accused",
          "accused [[the government of “abandoning the islands”]] and", kind="organization"),
        A("Theodoridou, [[wrote]] that", "[[its island policy spokeswoman, Maria Theodoridou]], wrote",
          "wrote [[that the unit was “a monument to incompetence”]].", kind="person", channel="post"),
        A("Andreadis [[dismissed]] the criticism", "[[Deputy Island Policy Minister Nikos Andreadis]] dismissed",
          "dismissed [[the criticism]] as", kind="person", denial="dismissal"),
        A("opportunism” and [[said]] the unit", "[[Deputy Island Policy Minister Nikos Andreadis]] dismissed",
          "said [[the unit would be operating “by the end of July at the latest”]].", kind="person"),
        A("office [[did not respond]].", "meantime, [[his office]] did not",
          None, kind="organization", denial="no-response"),
        A("have [[reportedly]] begun", None,
          ["[[Residents have]] reportedly", "reportedly [[begun installing water tanks on their roofs]], and"]),
        A("main town, [[said]] it had sold", "[[the Papadakis hardware store in Chora, the island’s main town]], said",
          "said [[it had sold out of 1,000-litre tanks twice in June]].", kind="organization"),
        A("Sources [[said]] the municipal", "[[Sources]] said the municipal",
          "said [[the municipal council was considering declaring a state of emergency, which would allow the island to hire a private water supplier without a tender]].",
          kind="anonymous", spec="vague", reason=False),
    ])

article("aegean-herald", "2025-08-05", "mount-kerata-fire-compensation-delays",
    "A year after the fire, Mount Kerata villagers still wait for compensation",
    [
        "More than a year after a wildfire destroyed 312 homes in the villages of Mount Kerata, fewer than half of the affected households have received the state compensation they were promised, according to a tally by the area’s village councils.",
        "“They came here with cameras and promises. Now nobody even answers the phone,” said Giorgos Lambrou, 67, whose house in Ano Kerata burned to the ground on July 22 last year. He and his wife have been living in a rented flat in Elefsina ever since.",
        "Residents say the online platform for applications repeatedly rejected their documents and that many elderly villagers were unable to use it at all. The village council of Ano Kerata alone has collected 84 written complaints, its president, Vasilis Drakos, told the Herald.",
        "The Ministry of Climate Crisis and Civil Protection rejected the figures in an announcement on Wednesday, saying 58 percent of eligible applicants had been paid the first instalment and that “the remaining cases are being processed with absolute priority”. It blamed incomplete applications for the delays.",
        "A government source, speaking on condition of anonymity, said the platform had been built in six weeks and “was never designed for people over 70”. The source said a new round of payments would be approved at a cabinet meeting next week.",
        "Officials at the Regional Authority of Attica, who asked not to be named because they were not authorised to speak publicly, said the ministry had not transferred the funds needed to rebuild the area’s water network. “We have the designs. We do not have the money,” one of them said.",
        "The ministry’s secretary general, Panagiotis Marinos, denied that any funds had been withheld. “Not one euro has been held back. The regional authority has simply not submitted a complete file,” he told Astra FM.",
        "The newspaper Ethnikos Logos reported on Sunday that an internal audit had found the platform’s contractor was paid €1.9 million for software delivered four months late. The contractor, Synthesis IT, did not respond to emails from the Herald. The ministry declined to comment on the audit, which it said was “an internal document”.",
        "Opposition MPs said they would call for a debate in Parliament. Critics have also questioned why the government spent €14 million on a television campaign promoting reforestation while rebuilding grants remain unpaid.",
        "In a post on Facebook, the government’s deputy spokesman, Kostas Vlachos, called the criticism “cheap populism” and wrote that the two programmes were funded from “entirely separate budgets”.",
        "Back in Ano Kerata, Lambrou says he has stopped waiting. “I am rebuilding with my own savings. If the money comes, it comes,” he said.",
    ],
    [
        A("promised, [[according to]] a tally", "according to [[a tally by the area’s village councils]].",
          "[[More than a year after a wildfire destroyed 312 homes in the villages of Mount Kerata, fewer than half of the affected households have received the state compensation they were promised]], according",
          kind="document"),
        A("the phone,” [[said]] Giorgos", "said [[Giorgos Lambrou, 67]], whose",
          "[[“They came here with cameras and promises. Now nobody even answers the phone,”]] said", kind="person"),
        A("Residents [[say]] the online", "[[Residents]] say the online",
          "say [[the online platform for applications repeatedly rejected their documents and that many elderly villagers were unable to use it at all]].", kind="vague"),
        A("Drakos, [[told]] the Herald", "complaints, [[its president, Vasilis Drakos]], told",
          "[[The village council of Ano Kerata alone has collected 84 written complaints]], its president", kind="person"),
        A("Protection [[rejected]] the figures", "[[The Ministry of Climate Crisis and Civil Protection]] rejected",
          "rejected [[the figures]] in", kind="organization", denial="denial", channel="announcement"),
        A("Wednesday, [[saying]] 58 percent", "[[The Ministry of Climate Crisis and Civil Protection]] rejected",
          "saying [[58 percent of eligible applicants had been paid the first instalment and that “the remaining cases are being processed with absolute priority”]].",
          kind="organization", denial="denial", channel="announcement"),
        A("It [[blamed]] incomplete", "[[It]] blamed",
          "blamed [[incomplete applications for the delays]].", kind="pronoun", res="organization"),
        A("anonymity, [[said]] the platform", "[[A government source]], speaking",
          "said [[the platform had been built in six weeks and “was never designed for people over 70”]].",
          kind="anonymous", spec="described", reason=False),
        A("The source [[said]] a new round", "[[The source]] said a new",
          "said [[a new round of payments would be approved at a cabinet meeting next week]].",
          kind="anonymous", spec="described", reason=False),
        A("publicly, [[said]] the ministry had not", "[[Officials at the Regional Authority of Attica]], who asked",
          "said [[the ministry had not transferred the funds needed to rebuild the area’s water network]].",
          kind="anonymous", spec="described", reason=True),
        A("one of them [[said]].", "money,” [[one of them]] said.",
          "[[“We have the designs. We do not have the money,”]] one of them", kind="anonymous", spec="described", reason=True),
        A("Marinos, [[denied]] that", "[[The ministry’s secretary general, Panagiotis Marinos]], denied",
          "denied [[that any funds had been withheld]].", kind="person", denial="denial"),
        A("he [[told]] Astra FM", "complete file,” [[he]] told",
          "[[“Not one euro has been held back. The regional authority has simply not submitted a complete file,”]] he",
          kind="pronoun", res="person", denial="denial"),
        A("Logos [[reported]] on Sunday", "[[The newspaper Ethnikos Logos]] reported",
          "on Sunday [[that an internal audit had found the platform’s contractor was paid €1.9 million for software delivered four months late]].", kind="outlet"),
        A("audit [[had found]] the platform’s", "that [[an internal audit]] had found",
          "had found [[the platform’s contractor was paid €1.9 million for software delivered four months late]].", kind="document"),
        A("IT, [[did not respond to emails]] from", "[[The contractor, Synthesis IT]], did not",
          None, kind="organization", denial="no-response"),
        A("ministry [[declined to comment]] on the audit", "[[The ministry]] declined",
          None, kind="organization", denial="no-comment"),
        A("which it [[said]] was", "which [[it]] said was",
          ["audit, [[which]] it said", "said [[was “an internal document”]]."], kind="pronoun", res="organization"),
        A("MPs [[said]] they would", "[[Opposition MPs]] said",
          "said [[they would call for a debate in Parliament]].", kind="vague"),
        A("Critics [[have also questioned]] why", "[[Critics]] have also",
          "questioned [[why the government spent €14 million on a television campaign promoting reforestation while rebuilding grants remain unpaid]].", kind="vague"),
        A("Vlachos, [[called]] the criticism", "[[the government’s deputy spokesman, Kostas Vlachos]], called",
          "called [[the criticism “cheap populism”]] and", kind="person", denial="dismissal", channel="post"),
        A("populism” and [[wrote]] that", "[[the government’s deputy spokesman, Kostas Vlachos]], called",
          "wrote [[that the two programmes were funded from “entirely separate budgets”]].", kind="person", denial="denial", channel="post"),
        A("Lambrou [[says]] he has stopped", "[[Lambrou]] says",
          "says [[he has stopped waiting]].", kind="person"),
        A("comes,” he [[said]].", "comes,” [[he]] said.",
          "[[“I am rebuilding with my own savings. If the money comes, it comes,”]] he", kind="pronoun", res="person"),
    ])

article("aegean-herald", "2025-10-09", "cruise-passenger-levy-island-mayors",
    "Island mayors split over plan to raise cruise passenger levy",
    [
        "The government is preparing to raise the levy charged to cruise passengers on the busiest islands to as much as €25 a head from next summer, two people familiar with the plans said, as daily cruise arrivals on some islands approach the size of the permanent population.",
        "The Tourism Ministry has not announced a figure. A draft seen by the Herald sets out a sliding scale, with a higher fee for ships that arrive at peak hours, and says the revenue should be shared between municipalities and the central government.",
        "Tourism Minister Aliki Samara told Parliament on Thursday that “no decision has been taken” but that the government would “not allow our islands to be loved to death”.",
        "The mayor of Perama, an island that received 640,000 cruise passengers last year, welcomed the plan. “Our streets, our water, our rubbish trucks all pay the price of the cruise ships. It is time the ships paid too,” Mayor Irini Kostaki said in an interview with the Herald.",
        "Others are less enthusiastic. The mayor of neighbouring Delfini, Antonis Rallis, said a higher levy could push cruise lines to skip smaller islands that depend on day visitors. “Perama has too many ships. We have too few. One rule for everyone does not work,” he said.",
        "The Cruise Lines Association of Greece said in a statement that the industry already paid “substantial” port fees, and warned that a higher levy would “send the wrong signal” to international operators. According to the association, cruise tourism generated €940 million for the Greek economy last year.",
        "Sources at the ministry said the association had lobbied against the plan in meetings with the minister’s staff since January. A senior ministry official said the industry’s figures “count every coffee twice”.",
        "Asked about the official’s remarks, the association’s general director, Petros Galanis, said the figures came from an independent study by a university research centre and were “fully transparent”. He declined to name the centre.",
        "Residents of Perama have long complained about overcrowding. “In August you cannot walk through the old town between ten and two,” said Dimitra Sotiriou, who runs a bakery near the port. A survey published by the Aegean Institute for Tourism Studies in March found that 71 percent of Perama residents supported limits on daily cruise arrivals.",
        "The Hellenic Ports Authority declined to comment on the draft. Officials at the Finance Ministry, which would collect the levy, did not respond to questions about how the revenue would be shared, and Meridian Voyages, whose ships make a quarter of all calls at Perama, did not respond to a request for comment.",
        "Rallis, the Delfini mayor, said he would ask the Central Union of Municipalities to oppose any flat fee. “If they want to protect the islands, they should ask the islands first,” he said. The ministry is expected to put the draft to public consultation in October.",
    ],
    [
        A("the plans [[said]], as", "summer, [[two people familiar with the plans]] said",
          "[[The government is preparing to raise the levy charged to cruise passengers on the busiest islands to as much as €25 a head from next summer]], two people",
          kind="anonymous", spec="vague", reason=False),
        A("peak hours, and [[says]] the revenue", "[[A draft seen by the Herald]] sets out",
          "says [[the revenue should be shared between municipalities and the central government]].", kind="document"),
        A("Samara [[told]] Parliament", "[[Tourism Minister Aliki Samara]] told",
          "on Thursday [[that “no decision has been taken” but that the government would “not allow our islands to be loved to death”]].", kind="person"),
        A("last year, [[welcomed]] the plan", "[[The mayor of Perama, an island that received 640,000 cruise passengers last year]], welcomed",
          "welcomed [[the plan]].", kind="person"),
        A("Kostaki [[said]] in an interview", "paid too,” [[Mayor Irini Kostaki]] said",
          "[[“Our streets, our water, our rubbish trucks all pay the price of the cruise ships. It is time the ships paid too,”]] Mayor",
          kind="person", channel="interview"),
        A("Rallis, [[said]] a higher", "[[The mayor of neighbouring Delfini, Antonis Rallis]], said",
          "said [[a higher levy could push cruise lines to skip smaller islands that depend on day visitors]].", kind="person"),
        A("does not work,” he [[said]].", "does not work,” [[he]] said.",
          "[[“Perama has too many ships. We have too few. One rule for everyone does not work,”]] he", kind="pronoun", res="person"),
        A("Greece [[said]] in a statement", "[[The Cruise Lines Association of Greece]] said",
          "statement [[that the industry already paid “substantial” port fees]], and", kind="organization", channel="statement"),
        A("fees, and [[warned]] that", "[[The Cruise Lines Association of Greece]] said",
          "warned [[that a higher levy would “send the wrong signal” to international operators]].", kind="organization", channel="statement"),
        A("[[According to]] the association", "According to [[the association]],",
          "association, [[cruise tourism generated €940 million for the Greek economy last year]].", kind="organization"),
        A("ministry [[said]] the association had", "[[Sources at the ministry]] said",
          "said [[the association had lobbied against the plan in meetings with the minister’s staff since January]].",
          kind="anonymous", spec="described", reason=False),
        A("official [[said]] the industry’s", "[[A senior ministry official]] said",
          "said [[the industry’s figures “count every coffee twice”]].", kind="anonymous", spec="described", reason=False),
        A("Galanis, [[said]] the figures", "[[the association’s general director, Petros Galanis]], said",
          "said [[the figures came from an independent study by a university research centre and were “fully transparent”]].", kind="person", denial="denial"),
        A("He [[declined to name]] the centre", "[[He]] declined",
          "declined to name [[the centre]].", kind="pronoun", res="person", denial="no-comment"),
        A("Perama [[have long complained about]] overcrowding", "[[Residents of Perama]] have long",
          "complained about [[overcrowding]].", kind="vague"),
        A("two,” [[said]] Dimitra", "said [[Dimitra Sotiriou]], who runs",
          "[[“In August you cannot walk through the old town between ten and two,”]] said", kind="person"),
        A("March [[found]] that 71", "[[A survey published by the Aegean Institute for Tourism Studies in March]] found",
          "found [[that 71 percent of Perama residents supported limits on daily cruise arrivals]].", kind="document"),
        A("Authority [[declined to comment]] on the draft", "[[The Hellenic Ports Authority]] declined",
          None, kind="organization", denial="no-comment"),
        A("levy, [[did not respond to questions]] about", "[[Officials at the Finance Ministry]], which",
          None, kind="organization", denial="no-response"),
        A("Perama, [[did not respond to a request for comment]].", "and [[Meridian Voyages]], whose",
          None, kind="organization", denial="no-response"),
        A("mayor, [[said]] he would ask", "[[Rallis, the Delfini mayor]], said",
          "said [[he would ask the Central Union of Municipalities to oppose any flat fee]].", kind="person"),
        A("islands first,” he [[said]].", "islands first,” [[he]] said.",
          "[[“If they want to protect the islands, they should ask the islands first,”]] he", kind="pronoun", res="person"),
        A("ministry [[is expected]] to put", None,
          ["[[The ministry]] is expected", "is expected [[to put the draft to public consultation in October]]."]),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    # python3 build.py --jsonl /tmp/h58gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
