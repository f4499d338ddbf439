#!/usr/bin/env python3
"""Generator for the heldout55 fixture: 12 fictional, hand-annotated news articles from four house styles.

Every article, person, organisation, outlet and figure here is invented (real places and a few real
institutions appear only as furniture). Each article is stored as its text plus a list of attribution
records. A record locates its source, cue and content spans by *context*: a string that occurs exactly
once in the article text, with the span itself marked by [[...]]. Content may be a list of contexts (a
discontinuous span, written with ';' in brat). Offsets are computed here, never by hand.

Running this script (re)writes text/, attributions/ and labels.json beside it and checks every span
against the text. It stops on a context that is missing or not unique, a span with outer whitespace,
an attribution in the title line, quote marks outside the outlet's house style, and labels that break
the taxonomy (../../../../shared/polnear/TAXONOMY.md v1.1).

  python3 build.py                       # write the fixture
  python3 build.py --jsonl /tmp/x.jsonl  # also export the gold as predictions (keep it outside this folder)
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ANN_SUFFIX = "_a055"
ARTICLES = []
KINDS = {"person", "organization", "outlet", "self", "document", "anonymous", "vague", "pronoun", "none"}
REFERENTS = {"person", "organization", "outlet", "self", "document", "anonymous", "vague", "unclear"}
DENIALS = {None, "denial", "dismissal", "no-comment", "no-response"}
CHANNELS = {"statement", "email", "interview", "post", "report", "filing", "letter", "note",
            "news release", "phone", "announcement"}

# House quote styles. "straight": straight double quotes, straight apostrophes, no curly marks at all.
# "curly-single": ‘ ’ as the main quote marks, “ ” only inside them, ’ as apostrophe, no straight marks.
# "curly-double": “ ” as the main quote marks, ‘ ’ only inside them, ’ as apostrophe, no straight marks.
STYLES = {
    "han-river-herald": "straight",
    "winning-post": "curly-single",
    "muni-bond-monitor": "straight",
    "amman-gazette": "curly-double",
}


def A(cue, src=None, content=None, kind=None, res=None, anon=None, spec=None, reason=None,
      denial=None, channel=None):
    """One attribution: cue/src/content are marked contexts; the rest are labels."""
    return dict(cue=cue, src=src, content=content, kind=kind, res=res, anon=anon, spec=spec,
                reason=reason, denial=denial, channel=channel)


def article(outlet, date, slug, title, paragraphs, attrs):
    ARTICLES.append(dict(outlet=outlet, date=date, slug=slug, title=title,
                         paragraphs=paragraphs, attrs=attrs))


def check_quotes(outlet, line, where):
    """Stop on quote marks outside the outlet's house style."""
    style = STYLES.get(outlet)
    if style is None:
        sys.exit(f"{where}: no house style for outlet {outlet!r}")
    if style == "straight":
        bad = [ch for ch in "“”‘’«»" if ch in line]
        if bad:
            sys.exit(f"{where}: curly quote marks {bad} in a straight-quote outlet: {line[:60]!r}")
        if line.count('"') % 2:
            sys.exit(f"{where}: unbalanced straight double quotes: {line[:60]!r}")
        return
    bad = [ch for ch in "\"'«»" if ch in line]
    if bad:
        sys.exit(f"{where}: straight quote marks {bad} in a curly-quote outlet: {line[:60]!r}")
    outer_open, outer_close, inner_open, inner_close = (
        ("‘", "’", "“", "”") if style == "curly-single" else ("“", "”", "‘", "’"))
    depth_outer, depth_inner = 0, 0
    for i, ch in enumerate(line):
        nxt = line[i + 1] if i + 1 < len(line) else " "
        if ch == outer_open:
            if depth_outer:
                sys.exit(f"{where}: nested {outer_open} inside an open quote at {i}: {line[:60]!r}")
            depth_outer = 1
        elif ch == outer_close and not (ch == "’" and nxt.isalnum()):
            if ch == "’" and not depth_outer:
                continue                     # a plural possessive apostrophe (stewards’)
            if not depth_outer:
                sys.exit(f"{where}: {outer_close} without an open quote at {i}: {line[:60]!r}")
            if depth_inner:
                sys.exit(f"{where}: outer quote closed inside an inner quote at {i}: {line[:60]!r}")
            depth_outer = 0
        elif ch == inner_open:
            if not depth_outer:
                sys.exit(f"{where}: inner mark {inner_open} outside a main quote at {i}: {line[:60]!r}")
            depth_inner = 1
        elif ch == inner_close and not (ch == "’" and nxt.isalnum()):
            if ch == "’" and not depth_inner:
                continue
            if not depth_inner:
                sys.exit(f"{where}: {inner_close} without an open inner quote at {i}: {line[:60]!r}")
            depth_inner = 0
    if depth_outer or depth_inner:
        sys.exit(f"{where}: quote left open: {line[:60]!r}")


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


def check_labels(r, kind, anon, src, where):
    """Labels that would break TAXONOMY.md v1.1 stop the build."""
    if kind not in KINDS:
        sys.exit(f"{where}: bad kind {kind!r}")
    if (kind == "none") != (src is None):
        sys.exit(f"{where}: kind none iff no source")
    if kind == "anonymous" and not anon:
        sys.exit(f"{where}: anonymous kind must be anonymous")
    if anon and kind not in ("anonymous", "pronoun"):
        sys.exit(f"{where}: only anonymous sources and pronouns referring to one are anonymous")
    if kind == "pronoun":
        if r["res"] not in REFERENTS:
            sys.exit(f"{where}: pronoun needs resolvesTo in {sorted(REFERENTS)}")
        if (r["res"] == "anonymous") != anon:
            sys.exit(f"{where}: pronoun anonymity must follow its referent")
    elif r["res"] is not None:
        sys.exit(f"{where}: resolvesTo only for pronouns")
    if r["denial"] not in DENIALS:
        sys.exit(f"{where}: bad denial {r['denial']!r}")
    if r["channel"] and r["channel"] not in CHANNELS:
        sys.exit(f"{where}: bad channel {r['channel']!r}")
    if anon:
        if r["spec"] not in ("vague", "described") or r["reason"] not in (True, False):
            sys.exit(f"{where}: anonymous needs specificity and reasonGiven")
    elif r["spec"] is not None or r["reason"] is not None:
        sys.exit(f"{where}: specificity/reasonGiven only for anonymous")


def build():
    labels = {"taxonomy": "TAXONOMY.md v1.1", "annotatorFiles": {}, "articles": {}}
    os.makedirs(os.path.join(HERE, "text"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "attributions"), exist_ok=True)
    totals = collections.Counter()
    bases = set()
    for art in ARTICLES:
        base = f"{art['outlet']}_{art['date']}_{art['slug']}"
        if base in bases:
            sys.exit(f"{base}: duplicate article")
        bases.add(base)
        assert "_" not in art["outlet"] and re.fullmatch(r"[a-z0-9-]+", art["outlet"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["date"]) and re.fullmatch(r"[a-z0-9-]+", art["slug"])
        assert art["title"] == art["title"].strip() and "\n" not in art["title"]
        check_quotes(art["outlet"], art["title"], base + " title")
        for n, p in enumerate(art["paragraphs"], 1):
            assert p == p.strip() and "\n" not in p and p, p[:40]
            check_quotes(art["outlet"], p, f"{base} paragraph {n}")
        text = art["title"] + "\n\n" + "\n\n".join(art["paragraphs"]) + "\n"
        with open(os.path.join(HERE, "text", base + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        ann, items, tn = [], [], 0
        seen_cues = []
        # number the attributions in text order of their cues
        ordered = sorted(art["attrs"], key=lambda r: locate(text, r["cue"], base + " cue")[0])
        for en, r in enumerate(ordered, 1):
            where = f"{base} E{en} ({r['cue'][:40]!r})"
            cue = locate(text, r["cue"], where + " cue")
            if any(not (cue[1] <= a or b <= cue[0]) for a, b in seen_cues):
                sys.exit(f"{where}: cue overlaps another cue (one cue, one attribution)")
            seen_cues.append(cue)
            if cue[0] < len(art["title"]) + 1:
                sys.exit(f"{where}: attribution in the title")
            src = locate(text, r["src"], where + " source") if r["src"] else None
            contents = r["content"]
            if isinstance(contents, str):
                contents = [contents]
            cont = [locate(text, c, where + " content") for c in contents] if contents else []
            cont.sort()
            for a, b in ([src] if src else []) + cont:
                if a < len(art["title"]) + 1:
                    sys.exit(f"{where}: span in the title line")
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
            anon = r["anon"] if r["anon"] is not None else (
                kind == "anonymous" or (kind == "pronoun" and r["res"] == "anonymous"))
            check_labels(r, kind, anon, src, where)
            item = {"e": f"E{en}",
                    "cue": {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]},
                    "source": {"start": src[0], "end": src[1], "text": text[src[0]:src[1]]} if src else None,
                    "sourceKind": kind}
            if kind == "pronoun":
                item["resolvesTo"] = r["res"]
            item["anonymous"] = anon
            if anon:
                item["specificity"] = r["spec"]
                item["reasonGiven"] = r["reason"]
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
        totals.update(articles=1, attributions=len(items), anonymous=anonn, denials=sum(den.values()),
                      articles_with_anonymous=int(summary["hasAnonymousSource"]))
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
    if os.path.abspath(dest).startswith(HERE + os.sep):
        sys.exit("keep the exported gold outside the fixture folder")
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
            out.write(json.dumps({"path": "heldout55/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


# ---- ARTICLES: article("outlet-slug", "YYYY-MM-DD", "slug", "Title", [paragraphs...], [A(...), ...]) ----

# ---------------------------------------------------------------------------------------------
# han-river-herald: Seoul English-language daily, business and prosecution desk (straight double quotes)
# ---------------------------------------------------------------------------------------------
article("han-river-herald", "2025-02-18", "cheonwoo-logistics-raid",
    '''Prosecutors raid Cheonwoo Group headquarters over alleged slush fund''',
    [
        '''Prosecutors raided the headquarters of Cheonwoo Group in central Seoul on Monday as part of an investigation into allegations that its logistics affiliate created a slush fund of about 42 billion won through inflated contracts with subcontractors, according to industry sources.''',
        '''Investigators from the anti-corruption division of the Seoul Central District Prosecutors' Office seized accounting documents and computer hard drives from the group's holding company, Cheonwoo Holdings, and from the Incheon offices of Cheonwoo Logistics, Daehan Press reported.''',
        '''An official at the prosecutors' office who requested anonymity said investigators believe part of the money was used to pay personal expenses of the family of Chairman Oh Sang-min, 71. "We are looking at where the money ended up, not just how it was created," the official said.''',
        '''The raid comes about three weeks after the Financial Supervisory Service referred Cheonwoo Logistics to prosecutors, saying it had found "irregular payments" to four subcontractors between 2019 and 2023. The logistics unit allegedly paid inflated fees to the four firms, which then returned part of the money in cash.''',
        '''Cheonwoo Logistics denied that any such fund existed. "Cheonwoo Logistics has never operated off-book accounts, and all payments to our partners were made under contracts reviewed by outside auditors," spokesman Kang Tae-woo said in a statement. He added that the company would "cooperate fully" with the investigation.''',
        '''A Cheonwoo Group official, speaking on condition of anonymity because he was not authorized to discuss the case, said the group regarded the matter as confined to a single affiliate. "Headquarters had no involvement in the contracts in question," he said.''',
        '''Lawyers for Chairman Oh declined to comment. His eldest son, Oh Jae-hyun, who heads the group's chemical affiliate, could not be reached.''',
        '''Local media reported last year that Cheonwoo Logistics' sales to group affiliates rose 38 percent in 2023 while its payments to outside subcontractors nearly doubled. Market watchers have long suspected the unit of serving as a "cash pipe" for the Oh family, which owns 61 percent of it through a holding vehicle.''',
        '''Prosecutors are expected to summon senior executives of the logistics affiliate for questioning as early as next week, the agency reported.''',
        '''Cheonwoo Holdings shares fell 6.3 percent to 48,150 won on Monday. Analysts at Hyosan Securities wrote in a note to clients that the investigation could delay the group's planned 1.1 trillion won listing of its battery materials unit, which had been scheduled for the second half.''',
        '''Cheonwoo is the country's 19th-largest conglomerate by assets, according to the Fair Trade Commission. The commission said separately that it was reviewing whether the logistics contracts also violated rules on unfair support for affiliates, but declined to give details.''',
        '''In a regulatory filing late Monday, Cheonwoo Group said its chairman remained in charge and that the raid would have "no material impact" on operations.''',
    ],
    [
        A('''[[allegations]] that its logistics''', None,
          '''allegations [[that its logistics affiliate created a slush fund of about 42 billion won through inflated contracts with subcontractors]], according'''),
        A('''subcontractors, [[according to]] industry sources''', '''according to [[industry sources]].''',
          '''[[Prosecutors raided the headquarters of Cheonwoo Group in central Seoul on Monday as part of an investigation into allegations that its logistics affiliate created a slush fund of about 42 billion won through inflated contracts with subcontractors]], according''',
          kind="anonymous", spec="vague", reason=False),
        A('''Cheonwoo Logistics, Daehan Press [[reported]].''', '''Cheonwoo Logistics, [[Daehan Press]] reported.''',
          '''[[Investigators from the anti-corruption division of the Seoul Central District Prosecutors' Office seized accounting documents and computer hard drives from the group's holding company, Cheonwoo Holdings, and from the Incheon offices of Cheonwoo Logistics]], Daehan''',
          kind="outlet"),
        A('''requested anonymity [[said]] investigators''', '''[[An official at the prosecutors' office who requested anonymity]] said''',
          '''said [[investigators believe part of the money was used to pay personal expenses of the family of Chairman Oh Sang-min, 71]].''',
          kind="anonymous", spec="described", reason=False),
        A('''investigators [[believe]] part''', '''said [[investigators]] believe''',
          '''believe [[part of the money was used to pay personal expenses of the family of Chairman Oh Sang-min, 71]].''',
          kind="organization"),
        A('''created," the official [[said]].''', '''created," [[the official]] said.''',
          '''[["We are looking at where the money ended up, not just how it was created,"]] the official''',
          kind="anonymous", spec="described", reason=False),
        A('''to prosecutors, [[saying]] it had found''', '''after [[the Financial Supervisory Service]] referred''',
          '''saying [[it had found "irregular payments" to four subcontractors between 2019 and 2023]].''',
          kind="organization"),
        A('''it [[had found]] "irregular''', '''saying [[it]] had found''',
          '''had found [["irregular payments" to four subcontractors between 2019 and 2023]].''', kind="pronoun", res="organization"),
        A('''unit [[allegedly]] paid''', None,
          ['''[[The logistics unit]] allegedly''', '''allegedly [[paid inflated fees to the four firms, which then returned part of the money in cash]].''']),
        A('''Cheonwoo Logistics [[denied]] that''', '''[[Cheonwoo Logistics]] denied that''',
          '''denied [[that any such fund existed]].''', kind="organization", denial="denial"),
        A('''Kang Tae-woo [[said]] in a statement''', '''auditors," [[spokesman Kang Tae-woo]] said''',
          '''[["Cheonwoo Logistics has never operated off-book accounts, and all payments to our partners were made under contracts reviewed by outside auditors,"]] spokesman''',
          kind="person", denial="denial", channel="statement"),
        A('''He [[added]] that the company''', '''[[He]] added that the company''',
          '''added [[that the company would "cooperate fully" with the investigation]].''', kind="pronoun", res="person"),
        A('''discuss the case, [[said]] the group''', '''[[A Cheonwoo Group official]], speaking''',
          '''said [[the group regarded the matter as confined to a single affiliate]].''',
          kind="anonymous", spec="described", reason=True),
        A('''in question," he [[said]].''', '''in question," [[he]] said.''',
          '''[["Headquarters had no involvement in the contracts in question,"]] he''',
          kind="pronoun", res="anonymous", spec="described", reason=True, denial="denial"),
        A('''Chairman Oh [[declined to comment]].''', '''[[Lawyers for Chairman Oh]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''affiliate, [[could not be reached]].''', '''[[His eldest son, Oh Jae-hyun]], who heads''',
          None, kind="person", denial="no-response"),
        A('''Local media [[reported]] last year''', '''[[Local media]] reported last year''',
          '''last year [[that Cheonwoo Logistics' sales to group affiliates rose 38 percent in 2023 while its payments to outside subcontractors nearly doubled]].''',
          kind="outlet"),
        A('''watchers [[have long suspected]] the unit''', '''[[Market watchers]] have''',
          '''have long suspected [[the unit of serving as a "cash pipe" for the Oh family]], which''', kind="vague"),
        A('''Prosecutors [[are expected]] to summon''', None,
          ['''[[Prosecutors]] are expected to summon''', '''are expected [[to summon senior executives of the logistics affiliate for questioning as early as next week]], the agency''']),
        A('''next week, the agency [[reported]].''', '''next week, [[the agency]] reported.''',
          '''[[Prosecutors are expected to summon senior executives of the logistics affiliate for questioning as early as next week]], the agency''',
          kind="outlet"),
        A('''Hyosan Securities [[wrote]] in a note''', '''[[Analysts at Hyosan Securities]] wrote''',
          '''to clients [[that the investigation could delay the group's planned 1.1 trillion won listing of its battery materials unit, which had been scheduled for the second half]].''',
          kind="organization", channel="note"),
        A('''by assets, [[according to]] the Fair''', '''according to [[the Fair Trade Commission]].''',
          '''[[Cheonwoo is the country's 19th-largest conglomerate by assets]], according''', kind="organization"),
        A('''The commission [[said]] separately''', '''[[The commission]] said separately''',
          '''separately [[that it was reviewing whether the logistics contracts also violated rules on unfair support for affiliates]], but''',
          kind="organization"),
        A('''but [[declined to give details]].''', '''[[The commission]] said separately''',
          None, kind="organization", denial="no-comment"),
        A('''Cheonwoo Group [[said]] its chairman''', '''Monday, [[Cheonwoo Group]] said its''',
          '''said [[its chairman remained in charge and that the raid would have "no material impact" on operations]].''',
          kind="organization", channel="filing"),
    ])

article("han-river-herald", "2025-05-07", "baekho-ftc-fine",
    '''FTC fines Baekho Industries 128.4 billion won over support for founder family's firm''',
    [
        '''The Fair Trade Commission said Wednesday it would fine Baekho Industries and three of its affiliates a combined 128.4 billion won for funneling business to a system integration company controlled by the children of Chairman Yoon Dae-sik, and would refer the group and two executives to prosecutors.''',
        '''According to the antitrust regulator, Baekho affiliates awarded Hanul Systems IT maintenance contracts worth 1.9 trillion won between 2017 and 2023 without competitive bidding, paying prices that were on average 14 percent above market rates. Yoon's two children owned 87 percent of Hanul Systems until it was merged into Baekho Industries in 2024.''',
        '''"This was a textbook case of using group resources to transfer wealth to the next generation," Lee Hyun-joo, director general of the FTC's corporate group bureau, told a press briefing in Sejong. She said the merger had allowed the children to convert their Hanul stakes into shares of the group's flagship "at a highly favorable ratio."''',
        '''Baekho Industries rejected the findings and said it would file an administrative lawsuit. "The contracts were awarded on the basis of Hanul's technical capabilities, and the prices reflected the specialized nature of the work," the company's spokesman said in a statement. "We regret that the commission has disregarded the evidence we submitted."''',
        '''An official at Baekho who requested anonymity said the group had expected a fine but was "surprised" by the criminal referral. "Everyone in the industry did this ten years ago. We are being made an example of," the official said.''',
        '''Prosecutors are expected to open a formal investigation into Yoon and the two executives, who were not named, according to people familiar with the matter. One of them said investigators had already requested materials from the regulator in March.''',
        '''Yoon, 68, stepped down as chief executive in 2022 but remains chairman and the group's largest shareholder. His office declined to comment. His son, Yoon Seung-ho, the vice chairman of Baekho Industries, did not respond to questions sent through the company.''',
        '''The fine is the second-largest the regulator has imposed for unfair intra-group support, according to the Herald's tally of commission decisions since 2015.''',
        '''Civic groups welcomed the decision but said the amount was too small. "For a group with 40 trillion won in annual sales, this is a cost of doing business," Kwon Na-yeon, a lawyer at the Solidarity for Economic Fairness, said in an interview. She argued that the FTC should have sought to unwind the merger.''',
        '''Industry sources said Baekho's board would meet Friday to discuss whether Yoon should give up his board seat while the case proceeds. A Baekho spokesman dismissed that as "speculation."''',
        '''Baekho Industries shares closed down 2.8 percent. The company said in a regulatory filing that the fine amounted to about 3 percent of its equity capital and that it did not expect a material impact on earnings.''',
    ],
    [
        A('''Commission [[said]] Wednesday''', '''[[The Fair Trade Commission]] said Wednesday''',
          '''Wednesday [[it would fine Baekho Industries and three of its affiliates a combined 128.4 billion won for funneling business to a system integration company controlled by the children of Chairman Yoon Dae-sik, and would refer the group and two executives to prosecutors]].''',
          kind="organization"),
        A('''[[According to]] the antitrust''', '''According to [[the antitrust regulator]], Baekho''',
          '''regulator, [[Baekho affiliates awarded Hanul Systems IT maintenance contracts worth 1.9 trillion won between 2017 and 2023 without competitive bidding, paying prices that were on average 14 percent above market rates]].''',
          kind="organization"),
        A('''bureau, [[told]] a press briefing''', '''generation," [[Lee Hyun-joo, director general of the FTC's corporate group bureau]], told''',
          '''[["This was a textbook case of using group resources to transfer wealth to the next generation,"]] Lee''', kind="person"),
        A('''She [[said]] the merger''', '''[[She]] said the merger''',
          '''said [[the merger had allowed the children to convert their Hanul stakes into shares of the group's flagship "at a highly favorable ratio."]]''',
          kind="pronoun", res="person"),
        A('''Baekho Industries [[rejected]] the findings''', '''[[Baekho Industries]] rejected''',
          '''rejected [[the findings]] and''', kind="organization", denial="denial"),
        A('''findings and [[said]] it would file''', '''[[Baekho Industries]] rejected''',
          '''said [[it would file an administrative lawsuit]].''', kind="organization"),
        A('''the company's spokesman [[said]] in a statement''', '''work," [[the company's spokesman]] said''',
          ['''[["The contracts were awarded on the basis of Hanul's technical capabilities, and the prices reflected the specialized nature of the work,"]] the company's''',
           '''statement. [["We regret that the commission has disregarded the evidence we submitted."]]'''],
          kind="organization", denial="denial", channel="statement"),
        A('''requested anonymity [[said]] the group''', '''[[An official at Baekho who requested anonymity]] said''',
          '''said [[the group had expected a fine but was "surprised" by the criminal referral]].''',
          kind="anonymous", spec="described", reason=False),
        A('''group [[had expected]] a fine''', '''said [[the group]] had expected''',
          '''had expected [[a fine]] but''', kind="organization"),
        A('''example of," the official [[said]].''', '''example of," [[the official]] said.''',
          '''[["Everyone in the industry did this ten years ago. We are being made an example of,"]] the official''',
          kind="anonymous", spec="described", reason=False, denial="dismissal"),
        A('''Prosecutors [[are expected]] to open''', None,
          ['''[[Prosecutors]] are expected to open''', '''are expected [[to open a formal investigation into Yoon and the two executives, who were not named]], according''']),
        A('''not named, [[according to]] people''', '''according to [[people familiar with the matter]].''',
          '''[[Prosecutors are expected to open a formal investigation into Yoon and the two executives, who were not named]], according''',
          kind="anonymous", spec="vague", reason=False),
        A('''One of them [[said]] investigators''', '''[[One of them]] said investigators''',
          '''said [[investigators had already requested materials from the regulator in March]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''His office [[declined to comment]].''', '''[[His office]] declined to comment.''',
          None, kind="organization", denial="no-comment"),
        A('''Industries, [[did not respond to questions]] sent''', '''[[His son, Yoon Seung-ho, the vice chairman of Baekho Industries]], did not''',
          None, kind="person", denial="no-response"),
        A('''support, [[according to]] the Herald's''', '''according to [[the Herald's tally of commission decisions since 2015]].''',
          '''[[The fine is the second-largest the regulator has imposed for unfair intra-group support]], according''', kind="self"),
        A('''Civic groups [[welcomed]] the decision''', '''[[Civic groups]] welcomed''',
          '''welcomed [[the decision]] but''', kind="vague"),
        A('''decision but [[said]] the amount''', '''[[Civic groups]] welcomed''',
          '''said [[the amount was too small]].''', kind="vague"),
        A('''Fairness, [[said]] in an interview''', '''business," [[Kwon Na-yeon, a lawyer at the Solidarity for Economic Fairness]], said''',
          '''[["For a group with 40 trillion won in annual sales, this is a cost of doing business,"]] Kwon''', kind="person", channel="interview"),
        A('''She [[argued]] that the FTC''', '''[[She]] argued that''',
          '''argued [[that the FTC should have sought to unwind the merger]].''', kind="pronoun", res="person"),
        A('''Industry sources [[said]] Baekho's''', '''[[Industry sources]] said Baekho's''',
          '''said [[Baekho's board would meet Friday to discuss whether Yoon should give up his board seat while the case proceeds]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''spokesman [[dismissed]] that as''', '''[[A Baekho spokesman]] dismissed''',
          '''dismissed [[that]] as''', kind="organization", denial="dismissal"),
        A('''The company [[said]] in a regulatory filing''', '''[[The company]] said in a regulatory filing''',
          '''filing [[that the fine amounted to about 3 percent of its equity capital and that it did not expect a material impact on earnings]].''',
          kind="organization", channel="filing"),
        A('''it [[did not expect]] a material''', '''that [[it]] did not expect''',
          '''did not expect [[a material impact on earnings]].''', kind="pronoun", res="organization"),
    ])

article("han-river-herald", "2025-09-23", "sunam-chemical-creditors",
    '''Creditors weigh debt rescheduling for Sunam Chemical as battery slump deepens''',
    [
        '''Sunam Chemical's creditor banks are considering a plan to reschedule about 2.3 trillion won of the company's debt, the Herald has learned, as a slump in electric-vehicle demand weighs on the battery materials maker's cash flow.''',
        '''An official at Hanguk Industrial Bank, the lead creditor, who requested anonymity because the talks are confidential, said the banks would decide by the end of October whether to extend maturities on loans due next year. "Nothing is agreed. We need to see a credible self-rescue plan first," the official said.''',
        '''Sunam Chemical denied it was in talks over a debt restructuring. "We have sufficient liquidity to meet all obligations due this year and next," the company's spokesman, Jung Woo-sung, said by phone. He dismissed market concerns as "exaggerated."''',
        '''The company's debt-to-equity ratio rose to 312 percent at the end of June from 184 percent a year earlier, according to its half-year report filed with the Financial Supervisory Service. The report showed the company had 410 billion won in cash against 1.6 trillion won of borrowings maturing within 12 months.''',
        '''Local media reported last week that Sunam had approached at least two private equity firms about selling its 49 percent stake in a cathode joint venture in Pohang. Industry sources said the asking price was around 700 billion won. Sunam said it "does not comment on market rumors."''',
        '''The troubles have revived questions about the founding family's grip on the company. Chairwoman Min Hye-won, the founder's daughter, holds 22 percent of Sunam Chemical directly and through a holding company whose shares are pledged as collateral, regulatory filings show.''',
        '''A person close to the chairwoman said she was prepared to inject some of her own money into the company but would not give up management control. "She sees this as a cyclical problem, not a structural one," the person said, speaking on condition of anonymity. Min's office declined to comment on her finances.''',
        '''Analysts were divided. "The banks have every reason to keep Sunam alive. It is too big and too tied to the national battery strategy to fail," said Choi Eun-ji, a credit analyst at Namsan Investment & Securities. Others argued that rescheduling would only delay a reckoning for the company and its lenders.''',
        '''The Ministry of Trade, Industry and Energy has said it is "monitoring the situation closely." A ministry spokesman told reporters on Monday that there were no plans for direct support to an individual company, Daehan Press reported.''',
        '''The outlook from Sunam's customers is not encouraging. Hwanam Battery's chief financial officer, Bae Sung-jin, warned analysts last month: "We do not see demand for high-nickel cathodes recovering before 2027."''',
        '''Sunam Chemical shares have lost 58 percent this year, closing at 21,300 won on Monday.''',
    ],
    [
        A('''the Herald [[has learned]], as''', '''debt, [[the Herald]] has learned''',
          '''[[Sunam Chemical's creditor banks are considering a plan to reschedule about 2.3 trillion won of the company's debt]], the Herald''', kind="self"),
        A('''are confidential, [[said]] the banks''', '''[[An official at Hanguk Industrial Bank, the lead creditor]], who requested''',
          '''said [[the banks would decide by the end of October whether to extend maturities on loans due next year]].''',
          kind="anonymous", spec="described", reason=True),
        A('''plan first," the official [[said]].''', '''plan first," [[the official]] said.''',
          '''[["Nothing is agreed. We need to see a credible self-rescue plan first,"]] the official''',
          kind="anonymous", spec="described", reason=True),
        A('''Sunam Chemical [[denied]] it was''', '''[[Sunam Chemical]] denied it was''',
          '''denied [[it was in talks over a debt restructuring]].''', kind="organization", denial="denial"),
        A('''Jung Woo-sung, [[said]] by phone''', '''next," [[the company's spokesman, Jung Woo-sung]], said''',
          '''[["We have sufficient liquidity to meet all obligations due this year and next,"]] the company's''',
          kind="person", denial="denial", channel="phone"),
        A('''He [[dismissed]] market concerns''', '''[[He]] dismissed market''',
          '''dismissed [[market concerns]] as''', kind="pronoun", res="person", denial="dismissal"),
        A('''earlier, [[according to]] its half-year''', '''according to [[its half-year report filed with the Financial Supervisory Service]].''',
          '''[[The company's debt-to-equity ratio rose to 312 percent at the end of June from 184 percent a year earlier]], according''',
          kind="document"),
        A('''The report [[showed]] the company''', '''[[The report]] showed the company''',
          '''showed [[the company had 410 billion won in cash against 1.6 trillion won of borrowings maturing within 12 months]].''',
          kind="document"),
        A('''Local media [[reported]] last week''', '''[[Local media]] reported last week''',
          '''last week [[that Sunam had approached at least two private equity firms about selling its 49 percent stake in a cathode joint venture in Pohang]].''',
          kind="outlet"),
        A('''Industry sources [[said]] the asking''', '''[[Industry sources]] said the asking''',
          '''said [[the asking price was around 700 billion won]].''', kind="anonymous", spec="vague", reason=False),
        A('''Sunam [[said]] it "does not''', '''won. [[Sunam]] said it''',
          '''said [[it "does not comment on market rumors."]]''', kind="organization", denial="no-comment"),
        A('''collateral, regulatory filings [[show]].''', '''collateral, [[regulatory filings]] show.''',
          '''[[Chairwoman Min Hye-won, the founder's daughter, holds 22 percent of Sunam Chemical directly and through a holding company whose shares are pledged as collateral]], regulatory''',
          kind="document"),
        A('''the chairwoman [[said]] she was prepared''', '''[[A person close to the chairwoman]] said''',
          '''said [[she was prepared to inject some of her own money into the company but would not give up management control]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''"She [[sees]] this''', '''"[[She]] sees this''',
          '''sees [[this as a cyclical problem, not a structural one]],"''', kind="pronoun", res="person"),
        A('''one," the person [[said]], speaking''', '''one," [[the person]] said''',
          '''[["She sees this as a cyclical problem, not a structural one,"]] the person''',
          kind="anonymous", spec="vague", reason=False),
        A('''Min's office [[declined to comment]] on''', '''[[Min's office]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''to fail," [[said]] Choi''', '''said [[Choi Eun-ji, a credit analyst at Namsan Investment & Securities]].''',
          '''[["The banks have every reason to keep Sunam alive. It is too big and too tied to the national battery strategy to fail,"]] said''',
          kind="person"),
        A('''Others [[argued]] that''', '''[[Others]] argued that''',
          '''argued [[that rescheduling would only delay a reckoning for the company and its lenders]].''', kind="vague"),
        A('''Energy [[has said]] it is''', '''[[The Ministry of Trade, Industry and Energy]] has said''',
          '''has said [[it is "monitoring the situation closely."]]''', kind="organization"),
        A('''spokesman [[told]] reporters on Monday''', '''[[A ministry spokesman]] told reporters''',
          '''on Monday [[that there were no plans for direct support to an individual company]], Daehan''', kind="organization"),
        A('''company, Daehan Press [[reported]].''', '''company, [[Daehan Press]] reported.''',
          '''[[A ministry spokesman told reporters on Monday that there were no plans for direct support to an individual company]], Daehan''',
          kind="outlet"),
        A('''Bae Sung-jin, [[warned]] analysts''', '''[[Hwanam Battery's chief financial officer, Bae Sung-jin]], warned''',
          '''last month: [["We do not see demand for high-nickel cathodes recovering before 2027."]]''', kind="person"),
        A('''"We do not [[see]] demand''', '''"[[We]] do not see''',
          '''do not see [[demand for high-nickel cathodes recovering before 2027]]."''', kind="pronoun", res="organization"),
    ])

# ---------------------------------------------------------------------------------------------
# winning-post: Australian horse-racing desk (single curly quotes, double curly inside)
# ---------------------------------------------------------------------------------------------
article("winning-post", "2025-03-04", "tasker-silver-anthem-suspension",
    "Stewards suspend Liam Tasker over ‘quiet’ Caulfield ride on Silver Anthem",
    [
        "Jockey Liam Tasker has been suspended for six weeks after stewards found he failed to take all reasonable and permissible measures on favourite Silver Anthem at Caulfield on Saturday, a decision his counsel described as ‘plainly wrong’.",
        "Silver Anthem, sent out a $2.60 favourite in the Listed Kilmore Stakes over 1400 metres, settled second-last and finished fifth, beaten just over a length. Stewards heard that Tasker did not ride the gelding out with full vigour over the final 100 metres.",
        "Chief steward Robyn Calloway told the inquiry that the head-on replay showed Tasker ‘sitting quietly’ for several strides while the gelding was still in contention. ‘In our view he stopped riding at a point where the horse had every chance of running a place,’ Calloway said.",
        "Tasker told the inquiry the gelding had ‘nothing left’ and that he had eased him to avoid injury. ‘He was flat to the boards at the 200. If I’d kept belting him I’d be sitting here answering a different question,’ the jockey said.",
        "Trainer Meredith Stone said she was ‘disappointed’ with the run but had no complaint about the ride. She told stewards the gelding had bled from the nostrils after a trial in January and had been ‘a bit flat’ in his work since.",
        "Tasker’s counsel, Peter Hallinan, submitted that the stewards had ‘cherry-picked’ one camera angle and ignored the side-on vision. ‘My client rode the horse to its ability on the day. Nobody has suggested there was any money in it,’ Hallinan said.",
        "Calloway rejected the submission. She added that there had been ‘nothing untoward’ in the betting on the race and that the charge related only to the manner of riding.",
        "Silver Anthem firmed from $3 into $2.60 in the ten minutes before the jump, according to wagering data tabled at the inquiry.",
        "The stewards’ report, released on Sunday night, concluded: Tasker’s ride ‘fell well short of the standard expected of a senior rider’. Dozens of posts on the Winning Post Facebook page accused Tasker of ‘pulling up’ the favourite.",
        "Tasker, who rode 84 winners last season, will miss the Newmarket Handicap meeting. Hallinan said an appeal to the Racing Appeals and Disciplinary Board would be lodged ‘within days’, and Tasker is expected to seek a stay of the suspension.",
        "Silver Anthem’s owners, the Dunmore Park syndicate, declined to comment when contacted by Winning Post. Syndicate manager Glenn Oakes later posted on the syndicate’s website that members were ‘fully behind Meredith and the team’.",
        "It is understood Silver Anthem will undergo a veterinary examination this week before connections decide whether to press on to the autumn carnival.",
    ],
    [
        A("after stewards [[found]] he failed", "after [[stewards]] found",
          "found [[he failed to take all reasonable and permissible measures on favourite Silver Anthem at Caulfield on Saturday]], a decision",
          kind="organization"),
        A("his counsel [[described]] as", "decision [[his counsel]] described",
          ["Saturday, [[a decision]] his counsel", "described as [[‘plainly wrong’]]."], kind="person", denial="denial"),
        A("Stewards [[heard]] that Tasker", "[[Stewards]] heard that Tasker",
          "heard [[that Tasker did not ride the gelding out with full vigour over the final 100 metres]].", kind="organization"),
        A("Calloway [[told]] the inquiry", "[[Chief steward Robyn Calloway]] told",
          "the inquiry [[that the head-on replay showed Tasker ‘sitting quietly’ for several strides while the gelding was still in contention]].",
          kind="person"),
        A("replay [[showed]] Tasker", "that [[the head-on replay]] showed",
          "showed [[Tasker ‘sitting quietly’ for several strides while the gelding was still in contention]].", kind="document"),
        A("a place,’ Calloway [[said]].", "a place,’ [[Calloway]] said.",
          "[[‘In our view he stopped riding at a point where the horse had every chance of running a place,’]] Calloway", kind="person"),
        A("Tasker [[told]] the inquiry the gelding", "[[Tasker]] told the inquiry the gelding",
          "the inquiry [[the gelding had ‘nothing left’ and that he had eased him to avoid injury]].", kind="person", denial="denial"),
        A("the jockey [[said]].", "question,’ [[the jockey]] said.",
          "[[‘He was flat to the boards at the 200. If I’d kept belting him I’d be sitting here answering a different question,’]] the jockey",
          kind="person", denial="denial"),
        A("Stone [[said]] she was", "[[Trainer Meredith Stone]] said",
          "said [[she was ‘disappointed’ with the run but had no complaint about the ride]].", kind="person"),
        A("She [[told]] stewards", "[[She]] told stewards",
          "stewards [[the gelding had bled from the nostrils after a trial in January and had been ‘a bit flat’ in his work since]].",
          kind="pronoun", res="person"),
        A("Hallinan, [[submitted]] that", "[[Tasker’s counsel, Peter Hallinan]], submitted",
          "submitted [[that the stewards had ‘cherry-picked’ one camera angle and ignored the side-on vision]].", kind="person", denial="denial"),
        A("money in it,’ Hallinan [[said]].", "money in it,’ [[Hallinan]] said.",
          "[[‘My client rode the horse to its ability on the day. Nobody has suggested there was any money in it,’]] Hallinan",
          kind="person", denial="denial"),
        A("Calloway [[rejected]] the submission", "[[Calloway]] rejected",
          "rejected [[the submission]].", kind="person", denial="denial"),
        A("She [[added]] that there", "[[She]] added that there",
          "added [[that there had been ‘nothing untoward’ in the betting on the race and that the charge related only to the manner of riding]].",
          kind="pronoun", res="person"),
        A("jump, [[according to]] wagering", "according to [[wagering data tabled at the inquiry]].",
          "[[Silver Anthem firmed from $3 into $2.60 in the ten minutes before the jump]], according", kind="document"),
        A("night, [[concluded]]:", "[[The stewards’ report]], released",
          "concluded: [[Tasker’s ride ‘fell well short of the standard expected of a senior rider’]].", kind="document"),
        A("page [[accused]] Tasker", "[[Dozens of posts on the Winning Post Facebook page]] accused",
          "accused [[Tasker of ‘pulling up’ the favourite]].", kind="document"),
        A("Hallinan [[said]] an appeal", "[[Hallinan]] said an appeal",
          "said [[an appeal to the Racing Appeals and Disciplinary Board would be lodged ‘within days’]], and", kind="person"),
        A("Tasker [[is expected]] to seek", None,
          ["and [[Tasker]] is expected", "is expected [[to seek a stay of the suspension]]."]),
        A("syndicate, [[declined to comment]] when", "[[Silver Anthem’s owners, the Dunmore Park syndicate]], declined",
          None, kind="organization", denial="no-comment"),
        A("Oakes later [[posted]] on", "[[Syndicate manager Glenn Oakes]] later",
          "website [[that members were ‘fully behind Meredith and the team’]].", kind="person", channel="post"),
        A("[[It is understood]] Silver", None,
          "It is understood [[Silver Anthem will undergo a veterinary examination this week before connections decide whether to press on to the autumn carnival]]."),
    ])

article("winning-post", "2025-06-12", "merriman-copper-crown-cobalt-charge",
    "Ballarat trainer Dale Merriman charged after Copper Crown returns high cobalt reading",
    [
        "Ballarat trainer Dale Merriman has been charged by Turf Integrity Victoria (TIV) after his gelding Copper Crown returned a pre-race sample containing a prohibited substance before its win at Moonee Valley last month.",
        "The charge sheet, released on Wednesday, alleges that a blood sample taken from Copper Crown contained cobalt at a level above the permitted threshold. It is understood the reading was more than double the limit.",
        "Merriman denied any wrongdoing. ‘I’ve been training for 31 years and I’ve never had so much as a bad swab. I haven’t got a clue how it got there,’ he told Winning Post on Wednesday night.",
        "He said he had asked for the B sample to be tested at an independent laboratory in Hong Kong and suggested that a feed supplement bought from a new supplier in March could be to blame.",
        "The supplier, Western Plains Stockfeed, rejected the suggestion. ‘Every batch we sell is tested, and none of our products contain added cobalt,’ its managing director, Tanya Briggs, said in an email.",
        "A racing source said integrity officers had visited the stable twice since March, including once in the week before the Moonee Valley race. ‘It wasn’t a random swab. They were looking for something,’ the source said.",
        "A stable employee, who did not want to be named for fear of losing their job, said Copper Crown had been treated by an outside vet the day before the race. The vet, Dr Hamish Cole, declined to comment when contacted.",
        "Merriman’s counsel, Sarah Lindqvist, submitted at a directions hearing on Thursday that her client had been ‘targeted on the basis of rumour’. She asked that the matter be adjourned until the B sample results were known.",
        "TIV’s general manager of integrity, Colin Fairweather, said the body ‘does not comment on the details of active matters’ but stressed that its cobalt testing procedures had been ‘independently validated’.",
        "It was reported on the weekend that Copper Crown had been transferred to Merriman’s stable only six weeks before the race. Winning Post understands the gelding’s owner, Ballarat businessman Ray Kovac, has since moved two other horses from the stable to a Cranbourne trainer. Kovac reportedly paid $180,000 for the gelding as a yearling.",
        "The Ballarat Clarion reported on Thursday that three other Merriman runners had been swabbed in the past fortnight, all with clear results.",
        "Victorian Trainers Guild president Andrea Lowe said trainers were ‘nervous’ about contaminated feed. She warned that ‘one bad batch could end a career’ and called for a register of approved supplements.",
        "Copper Crown has been scratched from Saturday’s Goldfields Cup, a spokesman for the Goldfields Racing Club said. If the charge is proven, Merriman faces a disqualification of up to three years.",
    ],
    [
        A("Wednesday, [[alleges]] that", "[[The charge sheet]], released",
          "alleges [[that a blood sample taken from Copper Crown contained cobalt at a level above the permitted threshold]].", kind="document"),
        A("[[It is understood]] the reading", None, "It is understood [[the reading was more than double the limit]]."),
        A("Merriman [[denied]] any wrongdoing", "[[Merriman]] denied any",
          "denied [[any wrongdoing]].", kind="person", denial="denial"),
        A("he [[told]] Winning Post", "got there,’ [[he]] told",
          "[[‘I’ve been training for 31 years and I’ve never had so much as a bad swab. I haven’t got a clue how it got there,’]] he",
          kind="pronoun", res="person", denial="denial"),
        A("He [[said]] he had asked", "[[He]] said he had asked",
          "said [[he had asked for the B sample to be tested at an independent laboratory in Hong Kong]] and", kind="pronoun", res="person"),
        A("Kong and [[suggested]] that", "[[He]] said he had asked",
          "suggested [[that a feed supplement bought from a new supplier in March could be to blame]].", kind="pronoun", res="person"),
        A("Stockfeed, [[rejected]] the suggestion", "[[The supplier, Western Plains Stockfeed]], rejected",
          "rejected [[the suggestion]].", kind="organization", denial="denial"),
        A("Briggs, [[said]] in an email", "cobalt,’ [[its managing director, Tanya Briggs]], said",
          "[[‘Every batch we sell is tested, and none of our products contain added cobalt,’]] its", kind="person", denial="denial", channel="email"),
        A("racing source [[said]] integrity", "[[A racing source]] said",
          "said [[integrity officers had visited the stable twice since March, including once in the week before the Moonee Valley race]].",
          kind="anonymous", spec="vague", reason=False),
        A("the source [[said]].", "something,’ [[the source]] said.",
          "[[‘It wasn’t a random swab. They were looking for something,’]] the source", kind="anonymous", spec="vague", reason=False),
        A("their job, [[said]] Copper", "[[A stable employee]], who did not",
          "said [[Copper Crown had been treated by an outside vet the day before the race]].", kind="anonymous", spec="described", reason=True),
        A("Cole, [[declined to comment]] when", "[[The vet, Dr Hamish Cole]], declined",
          None, kind="person", denial="no-comment"),
        A("Lindqvist, [[submitted]] at", "[[Merriman’s counsel, Sarah Lindqvist]], submitted",
          "on Thursday [[that her client had been ‘targeted on the basis of rumour’]].", kind="person", denial="dismissal"),
        A("Fairweather, [[said]] the body", "[[TIV’s general manager of integrity, Colin Fairweather]], said",
          "said [[the body ‘does not comment on the details of active matters’]] but", kind="person", denial="no-comment"),
        A("but [[stressed]] that its", "[[TIV’s general manager of integrity, Colin Fairweather]], said",
          "stressed [[that its cobalt testing procedures had been ‘independently validated’]].", kind="person"),
        A("[[It was reported]] on the weekend", None,
          "on the weekend [[that Copper Crown had been transferred to Merriman’s stable only six weeks before the race]]."),
        A("Winning Post [[understands]] the gelding’s", "[[Winning Post]] understands the gelding’s",
          "understands [[the gelding’s owner, Ballarat businessman Ray Kovac, has since moved two other horses from the stable to a Cranbourne trainer]].",
          kind="self"),
        A("Kovac [[reportedly]] paid", None,
          ["[[Kovac]] reportedly", "reportedly [[paid $180,000 for the gelding as a yearling]]."]),
        A("Clarion [[reported]] on Thursday", "[[The Ballarat Clarion]] reported",
          "on Thursday [[that three other Merriman runners had been swabbed in the past fortnight, all with clear results]].", kind="outlet"),
        A("Lowe [[said]] trainers", "[[Victorian Trainers Guild president Andrea Lowe]] said",
          "said [[trainers were ‘nervous’ about contaminated feed]].", kind="person"),
        A("She [[warned]] that", "[[She]] warned that",
          "warned [[that ‘one bad batch could end a career’]] and", kind="pronoun", res="person"),
        A("Racing Club [[said]].", "Cup, [[a spokesman for the Goldfields Racing Club]] said.",
          "[[Copper Crown has been scratched from Saturday’s Goldfields Cup]], a spokesman", kind="organization"),
    ])

article("winning-post", "2025-10-21", "nolan-flemington-phone-inquiry",
    "Stewards adjourn inquiry into apprentice’s phone use at Flemington",
    [
        "Stewards have adjourned an inquiry into apprentice jockey Kristy Nolan after hearing that a mobile phone registered to her was used in the Flemington jockeys’ room on Derby Day, in breach of the rules of racing.",
        "Turf Integrity Victoria investigator Ian Rudd told the inquiry that network records showed the phone had connected to the course’s wireless system at 1.47pm, about 20 minutes before Nolan rode Gilded Cage in the fifth race.",
        "Nolan, 19, told stewards the phone belonged to her but insisted she had left it in her bag in the car park. ‘I never took it into the room. I know the rules,’ she said.",
        "Her counsel, Damien Kerr, submitted that another rider may have picked up the phone by mistake, and that there was ‘not a shred of evidence’ it had been used to pass on information. Kerr told reporters outside the hearing that his client would ‘fight this all the way’.",
        "Gilded Cage, a $21 chance, drifted to $34 before finishing unplaced. A racing source said betting on the horse was being examined and that at least one account had been suspended. ‘There are some questions about who was backing what,’ the source said.",
        "Chairman of stewards Tom Redding said the panel had requested the phone’s call and message records from the carrier and expected to receive them within a fortnight. He declined to say whether any other riders had been questioned.",
        "A senior jockey who has ridden at Flemington for more than a decade, and who asked not to be named because riders are not permitted to comment on active inquiries, said phones were ‘routinely’ smuggled into jockeys’ rooms around the state.",
        "The Victorian Jockeys Guild said in a statement it would support Nolan ‘throughout the process’ and described her as ‘a young rider of good character’.",
        "Nolan’s master, Cranbourne trainer Luke Varga, declined to comment when contacted. Gilded Cage’s part-owner, Sydney property developer Neil Haverford, did not return calls.",
        "Nolan has ridden 46 winners since beginning her apprenticeship in 2023, and Varga has previously called her ‘the best young rider I’ve had’. Under the rules, riders must hand their phones to a steward on arrival at the course.",
        "Winning Post reported in August that Turf Integrity Victoria had installed phone-detection equipment at three metropolitan tracks after complaints from punters. A spokeswoman for the integrity body said the equipment was ‘one tool among many’.",
        "The inquiry is expected to resume on November 18. If the charge is proven, Nolan faces a suspension of up to six months — a penalty one integrity official described as ‘the usual starting point’ for a first offence.",
    ],
    [
        A("after [[hearing]] that", "[[Stewards]] have adjourned",
          "hearing [[that a mobile phone registered to her was used in the Flemington jockeys’ room on Derby Day, in breach of the rules of racing]].",
          kind="organization"),
        A("Rudd [[told]] the inquiry", "[[Turf Integrity Victoria investigator Ian Rudd]] told",
          "the inquiry [[that network records showed the phone had connected to the course’s wireless system at 1.47pm, about 20 minutes before Nolan rode Gilded Cage in the fifth race]].",
          kind="person"),
        A("records [[showed]] the phone", "that [[network records]] showed",
          "showed [[the phone had connected to the course’s wireless system at 1.47pm, about 20 minutes before Nolan rode Gilded Cage in the fifth race]].",
          kind="document"),
        A("19, [[told]] stewards", "[[Nolan]], 19, told",
          "stewards [[the phone belonged to her]] but", kind="person"),
        A("but [[insisted]] she had left", "[[Nolan]], 19, told",
          "insisted [[she had left it in her bag in the car park]].", kind="person", denial="denial"),
        A("rules,’ she [[said]].", "rules,’ [[she]] said.",
          "[[‘I never took it into the room. I know the rules,’]] she", kind="pronoun", res="person", denial="denial"),
        A("Kerr, [[submitted]] that", "[[Her counsel, Damien Kerr]], submitted",
          "submitted [[that another rider may have picked up the phone by mistake, and that there was ‘not a shred of evidence’ it had been used to pass on information]].",
          kind="person", denial="denial"),
        A("Kerr [[told]] reporters", "[[Kerr]] told reporters",
          "the hearing [[that his client would ‘fight this all the way’]].", kind="person"),
        A("racing source [[said]] betting", "[[A racing source]] said betting",
          "said [[betting on the horse was being examined and that at least one account had been suspended]].",
          kind="anonymous", spec="vague", reason=False),
        A("the source [[said]].", "backing what,’ [[the source]] said.",
          "[[‘There are some questions about who was backing what,’]] the source", kind="anonymous", spec="vague", reason=False),
        A("Redding [[said]] the panel", "[[Chairman of stewards Tom Redding]] said",
          "said [[the panel had requested the phone’s call and message records from the carrier]] and", kind="person"),
        A("carrier and [[expected]] to receive", "said [[the panel]] had requested",
          "expected [[to receive them within a fortnight]].", kind="organization"),
        A("He [[declined to say]] whether", "[[He]] declined to say",
          "declined to say [[whether any other riders had been questioned]].", kind="pronoun", res="person", denial="no-comment"),
        A("active inquiries, [[said]] phones", "[[A senior jockey who has ridden at Flemington for more than a decade]], and who",
          "said [[phones were ‘routinely’ smuggled into jockeys’ rooms around the state]].", kind="anonymous", spec="described", reason=True),
        A("Guild [[said]] in a statement", "[[The Victorian Jockeys Guild]] said",
          "in a statement [[it would support Nolan ‘throughout the process’]] and", kind="organization", channel="statement"),
        A("and [[described]] her as", "[[The Victorian Jockeys Guild]] said",
          "described [[her as ‘a young rider of good character’]].", kind="organization", channel="statement"),
        A("Varga, [[declined to comment]] when", "[[Nolan’s master, Cranbourne trainer Luke Varga]], declined",
          None, kind="person", denial="no-comment"),
        A("Haverford, [[did not return calls]].", "[[Gilded Cage’s part-owner, Sydney property developer Neil Haverford]], did not",
          None, kind="person", denial="no-response"),
        A("Varga [[has previously called]] her", "and [[Varga]] has previously",
          "has previously called [[her ‘the best young rider I’ve had’]].", kind="person"),
        A("Winning Post [[reported]] in August", "[[Winning Post]] reported in August",
          "in August [[that Turf Integrity Victoria had installed phone-detection equipment at three metropolitan tracks after complaints from punters]].",
          kind="self"),
        A("integrity body [[said]] the equipment", "[[A spokeswoman for the integrity body]] said",
          "said [[the equipment was ‘one tool among many’]].", kind="organization"),
        A("inquiry [[is expected]] to resume", None,
          ["[[The inquiry]] is expected to resume", "is expected [[to resume on November 18]]."]),
        A("official [[described]] as", "penalty [[one integrity official]] described",
          ["— [[a penalty]] one integrity", "described as [[‘the usual starting point’ for a first offence]]."],
          kind="anonymous", spec="described", reason=False),
    ])

# ---------------------------------------------------------------------------------------------
# muni-bond-monitor: US municipal-finance trade newsletter (straight double quotes, single inside)
# ---------------------------------------------------------------------------------------------
article("muni-bond-monitor", "2025-01-28", "harlow-county-hospital-downgrade",
    '''Keystone cuts Harlow County hospital bonds two notches after late audit''',
    [
        '''Keystone Ratings downgraded $214 million of Harlow County, Ohio, hospital revenue bonds two notches to BB-plus on Monday, saying the county-owned medical center's cash on hand had fallen to 41 days and its fiscal 2024 audit was more than five months late.''',
        '''The bonds, issued in 2019 for Harlow Regional Medical Center, now carry a speculative-grade rating. Keystone analyst Priya Natarajan wrote in the rating report that management had "not demonstrated a credible path" to restoring liquidity. She said the outlook remained negative.''',
        '''In a continuing-disclosure notice posted to the Municipal Disclosure Exchange on Jan. 17, the county said the audit had been delayed by the "conversion of the medical center's billing system" and was expected by March 31.''',
        '''Harlow County finance director Dennis Okafor disputed the downgrade. "Keystone is looking backward. Volumes are up 9% since October and we expect to be back above 60 days cash by the end of the fiscal year," he said in an interview. He denied that the county had missed any disclosure deadlines, saying the late-audit notice was filed "well within" the required ten business days.''',
        '''A person familiar with the deal said the medical center had drawn $18 million on a bank line of credit in December to make payroll, a draw that was not disclosed on the exchange. "Bondholders found out from the bank, not from the county," the person said.''',
        '''Okafor did not respond to follow-up questions about the credit line. The county's bond counsel, Pritchard Vance LLP, declined to comment.''',
        '''Market participants said the bonds, which mature in 2049, traded as low as 82 cents on the dollar on Tuesday, down from 97 in early January, according to trade data on the exchange. "There's a lot of paper looking for a bid and not many bids," said one trader at a regional dealer, who asked not to be named because his firm holds the bonds.''',
        '''Halberd Credit Ratings, which rates the bonds BBB-minus, placed them on review for downgrade on Tuesday. It said it would "assess the adequacy of the county's support" for the medical center.''',
        '''County Commissioner Janet Albrecht said in a post on Facebook that the commission was "committed to keeping Harlow Regional open."''',
        '''The Rivergate Ledger reported last week that the medical center had hired a restructuring adviser. The hospital's chief executive, Tom Reinholt, dismissed the story as "rumor and noise" in a statement to staff.''',
        '''An adviser to several Ohio hospital issuers, who spoke on condition of anonymity, said the county would likely need to post collateral or seek a forbearance agreement from bondholders "before the summer."''',
    ],
    [
        A('''Monday, [[saying]] the county-owned''', '''[[Keystone Ratings]] downgraded''',
          '''saying [[the county-owned medical center's cash on hand had fallen to 41 days and its fiscal 2024 audit was more than five months late]].''',
          kind="organization"),
        A('''Natarajan [[wrote]] in the rating report''', '''[[Keystone analyst Priya Natarajan]] wrote''',
          '''rating report [[that management had "not demonstrated a credible path" to restoring liquidity]].''', kind="person", channel="report"),
        A('''She [[said]] the outlook''', '''[[She]] said the outlook''',
          '''said [[the outlook remained negative]].''', kind="pronoun", res="person"),
        A('''the county [[said]] the audit''', '''Jan. 17, [[the county]] said''',
          '''said [[the audit had been delayed by the "conversion of the medical center's billing system" and was expected by March 31]].''',
          kind="organization", channel="filing"),
        A('''and [[was expected]] by March''', None,
          ['''said [[the audit]] had been delayed''', '''was expected [[by March 31]].''']),
        A('''Okafor [[disputed]] the downgrade''', '''[[Harlow County finance director Dennis Okafor]] disputed''',
          '''disputed [[the downgrade]].''', kind="person", denial="denial"),
        A('''fiscal year," he [[said]] in an interview''', '''fiscal year," [[he]] said''',
          '''[["Keystone is looking backward. Volumes are up 9% since October and we expect to be back above 60 days cash by the end of the fiscal year,"]] he''',
          kind="pronoun", res="person", denial="denial", channel="interview"),
        A('''we [[expect]] to be back''', '''and [[we]] expect to be''',
          '''expect [[to be back above 60 days cash by the end of the fiscal year]],"''', kind="pronoun", res="organization"),
        A('''He [[denied]] that the county''', '''[[He]] denied that''',
          '''denied [[that the county had missed any disclosure deadlines]],''', kind="pronoun", res="person", denial="denial"),
        A('''deadlines, [[saying]] the late-audit''', '''[[He]] denied that''',
          '''saying [[the late-audit notice was filed "well within" the required ten business days]].''', kind="pronoun", res="person", denial="denial"),
        A('''the deal [[said]] the medical''', '''[[A person familiar with the deal]] said''',
          '''said [[the medical center had drawn $18 million on a bank line of credit in December to make payroll, a draw that was not disclosed on the exchange]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''county," the person [[said]].''', '''county," [[the person]] said.''',
          '''[["Bondholders found out from the bank, not from the county,"]] the person''', kind="anonymous", spec="vague", reason=False),
        A('''Okafor [[did not respond to follow-up questions]] about''', '''[[Okafor]] did not respond''',
          None, kind="person", denial="no-response"),
        A('''LLP, [[declined to comment]].''', '''[[The county's bond counsel, Pritchard Vance LLP]], declined''',
          None, kind="organization", denial="no-comment"),
        A('''participants [[said]] the bonds''', '''[[Market participants]] said the bonds''',
          '''said [[the bonds, which mature in 2049, traded as low as 82 cents on the dollar on Tuesday, down from 97 in early January]], according''',
          kind="vague"),
        A('''January, [[according to]] trade data''', '''according to [[trade data on the exchange]].''',
          '''said [[the bonds, which mature in 2049, traded as low as 82 cents on the dollar on Tuesday, down from 97 in early January]], according''',
          kind="document"),
        A('''bids," [[said]] one trader''', '''said [[one trader at a regional dealer]], who asked''',
          '''[["There's a lot of paper looking for a bid and not many bids,"]] said''', kind="anonymous", spec="described", reason=True),
        A('''It [[said]] it would "assess''', '''[[It]] said it would''',
          '''said [[it would "assess the adequacy of the county's support" for the medical center]].''', kind="pronoun", res="organization"),
        A('''Albrecht [[said]] in a post''', '''[[County Commissioner Janet Albrecht]] said''',
          '''on Facebook [[that the commission was "committed to keeping Harlow Regional open."]]''', kind="person", channel="post"),
        A('''Ledger [[reported]] last week''', '''[[The Rivergate Ledger]] reported''',
          '''last week [[that the medical center had hired a restructuring adviser]].''', kind="outlet"),
        A('''Reinholt, [[dismissed]] the story''', '''[[The hospital's chief executive, Tom Reinholt]], dismissed''',
          '''dismissed [[the story]] as''', kind="person", denial="dismissal", channel="statement"),
        A('''anonymity, [[said]] the county would''', '''[[An adviser to several Ohio hospital issuers]], who spoke''',
          '''said [[the county would likely need to post collateral or seek a forbearance agreement from bondholders "before the summer."]]''',
          kind="anonymous", spec="described", reason=False),
    ])

article("muni-bond-monitor", "2025-05-20", "fairmont-water-refunding-ratepayer-suit",
    '''Fairmont Water Authority prices $385 million refunding as ratepayer suit hangs over deal''',
    [
        '''The Fairmont Water Authority in central Pennsylvania priced $385 million of revenue refunding bonds on Tuesday. Yields on the 2045 maturity came in at 4.12%, about 18 basis points wider than the authority had projected, according to pricing data posted on the Municipal Disclosure Exchange.''',
        '''According to the official statement, the authority faces a class-action lawsuit filed in March by ratepayers who allege that it overcharged customers by about $61 million between 2018 and 2023. The document says the authority "believes the claims are without merit" and intends to "vigorously defend" the suit.''',
        '''Executive director Carla Mendes said the refunding would save ratepayers about $2.9 million a year and that the lawsuit had "no bearing" on the authority's credit. "We disclosed it because we disclose everything. That's what investors should want," she said.''',
        '''The plaintiffs' attorney, Robert Haines of Haines & Corliss, said in an email that the authority's statement that the claims lack merit was "what every defendant says." He said the plaintiffs would seek class certification this summer.''',
        '''Keystone Ratings affirmed its AA-minus rating on the authority's senior lien debt ahead of the sale. In its report, Keystone said the litigation was "not a near-term credit concern" given the authority's $140 million in unrestricted reserves, but warned that an adverse judgment "could pressure" debt service coverage.''',
        '''Halberd Credit Ratings, which assigned an A-plus rating, noted in its report that water rates have risen 31% since 2019.''',
        '''The deal refunds bonds issued in 2014 and 2015 with 5% coupons and does not extend the authority's final maturity. Part of the proceeds will fund a $24 million debt service reserve, according to the official statement.''',
        '''Market participants said the wider spread reflected heavy supply rather than the lawsuit. "Pennsylvania paper has been cheapening all month. The litigation was in the price weeks ago," said Elena Brooks, a portfolio manager at Carver Hill Asset Management.''',
        '''The senior managing underwriter, Calder Bryce & Co., did not respond to a request for comment. The authority's bond counsel, Whitfield Ames LLP, declined to comment, citing client confidentiality.''',
        '''Muni Bond Monitor reported in February that the authority had postponed the refunding twice while it held talks with the ratepayers' lawyers. Mendes denied that any talks had taken place.''',
        '''The official statement also warns investors of further borrowing: the authority's capital plan "may require additional borrowing of up to $220 million" through 2029.''',
        '''State Rep. Gary Whitlock, who represents Fairmont, posted on X that ratepayers "deserve their money back, not another bond deal." The authority's spokesman, Dan Purcell, called Whitlock's comments "uninformed" and said the refunding "lowers costs for every customer."''',
    ],
    [
        A('''projected, [[according to]] pricing data''', '''according to [[pricing data posted on the Municipal Disclosure Exchange]].''',
          '''[[Yields on the 2045 maturity came in at 4.12%, about 18 basis points wider than the authority had projected]], according''',
          kind="document"),
        A('''[[According to]] the official statement, the authority faces''', '''According to [[the official statement]], the authority faces''',
          '''statement, [[the authority faces a class-action lawsuit filed in March by ratepayers who allege that it overcharged customers by about $61 million between 2018 and 2023]].''',
          kind="document"),
        A('''who [[allege]] that it''', '''ratepayers [[who]] allege''',
          '''allege [[that it overcharged customers by about $61 million between 2018 and 2023]].''', kind="pronoun", res="vague"),
        A('''The document [[says]] the authority''', '''[[The document]] says''',
          '''says [[the authority "believes the claims are without merit" and intends to "vigorously defend" the suit]].''',
          kind="document", denial="denial"),
        A('''"[[believes]] the claims''', '''says [[the authority]] "believes''',
          '''believes [[the claims are without merit]]"''', kind="organization", denial="denial"),
        A('''Mendes [[said]] the refunding''', '''[[Executive director Carla Mendes]] said''',
          '''said [[the refunding would save ratepayers about $2.9 million a year and that the lawsuit had "no bearing" on the authority's credit]].''',
          kind="person"),
        A('''should want," she [[said]].''', '''should want," [[she]] said.''',
          '''[["We disclosed it because we disclose everything. That's what investors should want,"]] she''', kind="pronoun", res="person"),
        A('''Corliss, [[said]] in an email''', '''[[The plaintiffs' attorney, Robert Haines of Haines & Corliss]], said''',
          '''in an email [[that the authority's statement that the claims lack merit was "what every defendant says."]]''', kind="person", channel="email"),
        A('''authority's [[statement]] that the claims''', '''email that [[the authority]]'s statement''',
          '''statement [[that the claims lack merit]] was''', kind="organization", denial="denial"),
        A('''He [[said]] the plaintiffs''', '''[[He]] said the plaintiffs''',
          '''said [[the plaintiffs would seek class certification this summer]].''', kind="pronoun", res="person"),
        A('''Keystone [[said]] the litigation''', '''report, [[Keystone]] said''',
          '''said [[the litigation was "not a near-term credit concern" given the authority's $140 million in unrestricted reserves]], but''',
          kind="organization", channel="report"),
        A('''but [[warned]] that an adverse''', '''report, [[Keystone]] said''',
          '''warned [[that an adverse judgment "could pressure" debt service coverage]].''', kind="organization", channel="report"),
        A('''rating, [[noted]] in its report''', '''[[Halberd Credit Ratings]], which assigned''',
          '''in its report [[that water rates have risen 31% since 2019]].''', kind="organization", channel="report"),
        A('''reserve, [[according to]] the official statement''', '''reserve, according to [[the official statement]].''',
          '''[[Part of the proceeds will fund a $24 million debt service reserve]], according''', kind="document"),
        A('''participants [[said]] the wider''', '''[[Market participants]] said the wider''',
          '''said [[the wider spread reflected heavy supply rather than the lawsuit]].''', kind="vague"),
        A('''weeks ago," [[said]] Elena''', '''said [[Elena Brooks, a portfolio manager at Carver Hill Asset Management]].''',
          '''[["Pennsylvania paper has been cheapening all month. The litigation was in the price weeks ago,"]] said''', kind="person"),
        A('''& Co., [[did not respond to a request for comment]].''', '''[[The senior managing underwriter, Calder Bryce & Co.]], did not''',
          None, kind="organization", denial="no-response"),
        A('''LLP, [[declined to comment]], citing''', '''[[The authority's bond counsel, Whitfield Ames LLP]], declined''',
          None, kind="organization", denial="no-comment"),
        A('''comment, [[citing]] client''', '''[[The authority's bond counsel, Whitfield Ames LLP]], declined''',
          '''citing [[client confidentiality]].''', kind="organization"),
        A('''Monitor [[reported]] in February''', '''[[Muni Bond Monitor]] reported''',
          '''in February [[that the authority had postponed the refunding twice while it held talks with the ratepayers' lawyers]].''', kind="self"),
        A('''Mendes [[denied]] that any talks''', '''[[Mendes]] denied that any talks''',
          '''denied [[that any talks had taken place]].''', kind="person", denial="denial"),
        A('''also [[warns]] investors''', '''[[The official statement]] also warns''',
          '''further borrowing: [[the authority's capital plan "may require additional borrowing of up to $220 million" through 2029]].''',
          kind="document"),
        A('''Fairmont, [[posted]] on X''', '''[[State Rep. Gary Whitlock]], who represents''',
          '''on X [[that ratepayers "deserve their money back, not another bond deal."]]''', kind="person", channel="post"),
        A('''Purcell, [[called]] Whitlock's''', '''[[The authority's spokesman, Dan Purcell]], called''',
          '''called [[Whitlock's comments "uninformed"]] and''', kind="person", denial="dismissal"),
        A('''"uninformed" and [[said]] the refunding''', '''[[The authority's spokesman, Dan Purcell]], called''',
          '''said [[the refunding "lowers costs for every customer."]]''', kind="person"),
    ])

article("muni-bond-monitor", "2025-08-12", "port-haldane-ballpark-appropriation",
    '''Port Haldane council balks at ballpark lease payment, putting appropriation bonds at risk''',
    [
        '''The Port Haldane City Council voted 5-4 on Monday night against appropriating $11.6 million for next year's lease payment on the city's minor-league ballpark. The vote puts $148 million of appropriation-backed lease revenue bonds at risk of a first missed payment next April, according to a notice the bonds' trustee, Granite Trust Co., posted to the Municipal Disclosure Exchange on Tuesday.''',
        '''Council member Rosa Delgado, who led the opposition, said the city "cannot keep subsidizing a private team while we close library branches." She argued that the appropriation pledge was "a moral obligation, not a legal one," and that bondholders had known as much when they bought the bonds.''',
        '''According to the 2019 official statement, the city's obligation to make lease payments is "subject to annual appropriation" and does not constitute a debt of the city. But the document also states that the mayor "shall include" the payment in each proposed budget.''',
        '''Mayor Kevin Ostrander, who included the payment in his budget, called the vote "reckless" and warned that a default would raise borrowing costs on every bond the city sells. "Every investor in America will remember this," he told reporters at City Hall.''',
        '''Investors were told when the bonds were sold that non-appropriation was "a remote risk," a person familiar with the deal said. The person, who asked not to be identified because the underwriting files are confidential, said the city's financial adviser had assured buyers on an investor call that the council had "never missed an appropriation in 40 years."''',
        '''The financial adviser, Lakeshore Public Finance, did not return calls. The underwriter, Marston Reeve Securities, declined to comment.''',
        '''The bonds are insured by Sentinel Municipal Assurance, which would be required to cover any missed payments. Sentinel said in a statement that it was "in active dialogue with the city" and expected the payment to be restored.''',
        '''Market participants said insured bonds in the series traded at about 91 cents on the dollar on Tuesday, while uninsured 2049 maturities fell to 68. "People are pricing in a real chance that Port Haldane walks away," said one buy-side analyst who follows the credit.''',
        '''Halberd Credit Ratings said Tuesday it had placed the city's general obligation rating on review for downgrade, noting that "willingness to pay is a core component" of its analysis.''',
        '''Delgado dismissed the warnings as "scare tactics from Wall Street." "We were told the sky would fall when we turned down the convention center hotel, too," she said.''',
        '''City finance director Howard Kim did not return calls and emails on Tuesday. A second vote could come as soon as Aug. 25, according to the council's published agenda. Two members who voted no are reconsidering, according to a City Hall aide who spoke on condition of anonymity.''',
    ],
    [
        A('''next April, [[according to]] a notice''', '''according to [[a notice the bonds' trustee, Granite Trust Co., posted to the Municipal Disclosure Exchange on Tuesday]].''',
          '''[[The vote puts $148 million of appropriation-backed lease revenue bonds at risk of a first missed payment next April]], according''',
          kind="document"),
        A('''opposition, [[said]] the city''', '''[[Council member Rosa Delgado]], who led''',
          '''said [[the city "cannot keep subsidizing a private team while we close library branches."]]''', kind="person"),
        A('''She [[argued]] that the appropriation''', '''[[She]] argued that''',
          '''argued [[that the appropriation pledge was "a moral obligation, not a legal one," and that bondholders had known as much when they bought the bonds]].''',
          kind="pronoun", res="person"),
        A('''[[According to]] the 2019 official''', '''According to [[the 2019 official statement]], the city's''',
          '''statement, [[the city's obligation to make lease payments is "subject to annual appropriation" and does not constitute a debt of the city]].''',
          kind="document"),
        A('''document also [[states]] that''', '''But [[the document]] also states''',
          '''states [[that the mayor "shall include" the payment in each proposed budget]].''', kind="document"),
        A('''budget, [[called]] the vote''', '''[[Mayor Kevin Ostrander]], who included''',
          '''called [[the vote "reckless"]] and''', kind="person"),
        A('''"reckless" and [[warned]] that a default''', '''[[Mayor Kevin Ostrander]], who included''',
          '''warned [[that a default would raise borrowing costs on every bond the city sells]].''', kind="person"),
        A('''he [[told]] reporters at City Hall''', '''remember this," [[he]] told''',
          '''[["Every investor in America will remember this,"]] he''', kind="pronoun", res="person"),
        A('''Investors [[were told]] when''', None,
          '''when the bonds were sold [[that non-appropriation was "a remote risk,"]] a person'''),
        A('''the deal [[said]]. The person''', '''risk," [[a person familiar with the deal]] said.''',
          '''[[Investors were told when the bonds were sold that non-appropriation was "a remote risk,"]] a person''',
          kind="anonymous", spec="vague", reason=True),
        A('''are confidential, [[said]] the city's''', '''[[The person]], who asked''',
          '''said [[the city's financial adviser had assured buyers on an investor call that the council had "never missed an appropriation in 40 years."]]''',
          kind="anonymous", spec="vague", reason=True),
        A('''adviser [[had assured]] buyers''', '''said [[the city's financial adviser]] had assured''',
          '''investor call [[that the council had "never missed an appropriation in 40 years."]]''', kind="organization"),
        A('''Finance, [[did not return calls]].''', '''[[The financial adviser, Lakeshore Public Finance]], did not''',
          None, kind="organization", denial="no-response"),
        A('''Securities, [[declined to comment]].''', '''[[The underwriter, Marston Reeve Securities]], declined''',
          None, kind="organization", denial="no-comment"),
        A('''Sentinel [[said]] in a statement''', '''[[Sentinel]] said in a statement''',
          '''in a statement [[that it was "in active dialogue with the city" and expected the payment to be restored]].''',
          kind="organization", channel="statement"),
        A('''city" and [[expected]] the payment''', '''statement that [[it]] was "in active''',
          '''expected [[the payment to be restored]].''', kind="pronoun", res="organization"),
        A('''participants [[said]] insured''', '''[[Market participants]] said insured''',
          '''said [[insured bonds in the series traded at about 91 cents on the dollar on Tuesday, while uninsured 2049 maturities fell to 68]].''',
          kind="vague"),
        A('''walks away," [[said]] one buy-side''', '''said [[one buy-side analyst who follows the credit]].''',
          '''[["People are pricing in a real chance that Port Haldane walks away,"]] said''', kind="anonymous", spec="described", reason=False),
        A('''Ratings [[said]] Tuesday it had placed''', '''[[Halberd Credit Ratings]] said Tuesday''',
          '''Tuesday [[it had placed the city's general obligation rating on review for downgrade]], noting''', kind="organization"),
        A('''downgrade, [[noting]] that''', '''[[Halberd Credit Ratings]] said Tuesday''',
          '''noting [[that "willingness to pay is a core component" of its analysis]].''', kind="organization"),
        A('''Delgado [[dismissed]] the warnings''', '''[[Delgado]] dismissed''',
          '''dismissed [[the warnings]] as''', kind="person", denial="dismissal"),
        A('''hotel, too," she [[said]].''', '''hotel, too," [[she]] said.''',
          '''[["We were told the sky would fall when we turned down the convention center hotel, too,"]] she''',
          kind="pronoun", res="person", denial="dismissal"),
        A('''"We [[were told]] the sky''', None,
          '''were told [[the sky would fall when we turned down the convention center hotel, too]],"'''),
        A('''Kim [[did not return calls and emails]] on''', '''[[City finance director Howard Kim]] did not''',
          None, kind="person", denial="no-response"),
        A('''Aug. 25, [[according to]] the council's''', '''according to [[the council's published agenda]].''',
          '''[[A second vote could come as soon as Aug. 25]], according''', kind="document"),
        A('''reconsidering, [[according to]] a City Hall''', '''according to [[a City Hall aide who spoke on condition of anonymity]].''',
          '''[[Two members who voted no are reconsidering]], according''', kind="anonymous", spec="described", reason=False),
    ])

# ---------------------------------------------------------------------------------------------
# amman-gazette: Jordanian English-language daily, Amman (curly double quotes, single curly inside)
# ---------------------------------------------------------------------------------------------
article("amman-gazette", "2025-02-10", "zarqa-illegal-wells-crackdown",
    "Water ministry says crackdown on illegal wells in Zarqa recovered 2.1 million cubic metres",
    [
        "The Ministry of Water and Irrigation said on Sunday that a three-month campaign against illegal wells and network violations in Zarqa Governorate had recovered about 2.1 million cubic metres of water, according to a ministry statement carried by the state news agency.",
        "Minister of Water and Irrigation Raed Haddadin told a press conference in Amman that the campaign had sealed 64 unlicensed wells and removed more than 1,900 illegal connections to the main network, most of them on agricultural land east of the city. “Every cubic metre stolen is a cubic metre taken from a family in Amman or Zarqa,” he said.",
        "Haddadin said non-revenue water — water lost to leaks, theft and metering errors — had fallen to 46 per cent nationally from 48 per cent a year earlier, but acknowledged that enforcement outside the capital had been “uneven”. Figures published by the Water Authority of Jordan in its annual report put the loss rate in Zarqa at 53 per cent.",
        "A senior official at the Water Authority, who preferred to remain anonymous because he was not authorised to speak to the press, told The Amman Gazette that many of the wells sealed in the campaign had been reopened within weeks. “We close them in the morning and by the evening the pumps are running again,” the official said.",
        "The ministry denied the reports. In a statement, it said sealed wells were “inspected regularly” and that any well found to have been reopened was “referred to the judiciary immediately”.",
        "Members of the Lower House’s Agriculture and Water Committee were sceptical. Committee chairman Khaled Al Momani said the ministry was “targeting small farmers while the big violators are protected”, and called on the government to publish the names of well owners referred to court.",
        "A government source told The Amman Gazette that at least six of the sealed wells belonged to “influential figures” and that the cases had stalled at the public prosecutor’s office. The source said the ministry had been asked not to publicise the names.",
        "The ministry’s spokesman, Omar Salameh, dismissed the claim as “baseless”. “The law applies to everyone, and there are no names we are protecting,” he said by phone.",
        "Residents of Zarqa’s Russeifa district say summer rationing still leaves many homes with water only once a week. “We fill the tanks on Friday and pray they last until the next Friday,” said Umm Ahmad, a mother of five.",
        "The ministry expects demand in Amman and Zarqa to rise by 8 per cent this summer, according to projections shared with the committee. The Aqaba-Amman desalination project is expected to begin supplying water in 2029.",
        "A diplomat at a donor embassy, who asked not to be named, said donors were “frustrated” by slow progress on cutting losses. The Zarqa Basin Water Company could not be reached for comment.",
    ],
    [
        A("Irrigation [[said]] on Sunday", "[[The Ministry of Water and Irrigation]] said",
          "on Sunday [[that a three-month campaign against illegal wells and network violations in Zarqa Governorate had recovered about 2.1 million cubic metres of water]], according",
          kind="organization", channel="statement"),
        A("water, [[according to]] a ministry", "according to [[a ministry statement carried by the state news agency]].",
          "[[The Ministry of Water and Irrigation said on Sunday that a three-month campaign against illegal wells and network violations in Zarqa Governorate had recovered about 2.1 million cubic metres of water]], according",
          kind="document", channel="statement"),
        A("Haddadin [[told]] a press conference", "[[Minister of Water and Irrigation Raed Haddadin]] told",
          "in Amman [[that the campaign had sealed 64 unlicensed wells and removed more than 1,900 illegal connections to the main network, most of them on agricultural land east of the city]].",
          kind="person"),
        A("Zarqa,” he [[said]].", "Zarqa,” [[he]] said.",
          "[[“Every cubic metre stolen is a cubic metre taken from a family in Amman or Zarqa,”]] he", kind="pronoun", res="person"),
        A("Haddadin [[said]] non-revenue", "[[Haddadin]] said non-revenue",
          "said [[non-revenue water — water lost to leaks, theft and metering errors — had fallen to 46 per cent nationally from 48 per cent a year earlier]], but",
          kind="person"),
        A("but [[acknowledged]] that", "[[Haddadin]] said non-revenue",
          "acknowledged [[that enforcement outside the capital had been “uneven”]].", kind="person"),
        A("annual report [[put]] the loss", "[[Figures published by the Water Authority of Jordan in its annual report]] put",
          "put [[the loss rate in Zarqa at 53 per cent]].", kind="document"),
        A("press, [[told]] The Amman Gazette that many", "[[A senior official at the Water Authority]], who preferred",
          "The Amman Gazette [[that many of the wells sealed in the campaign had been reopened within weeks]].",
          kind="anonymous", spec="described", reason=True),
        A("again,” the official [[said]].", "again,” [[the official]] said.",
          "[[“We close them in the morning and by the evening the pumps are running again,”]] the official",
          kind="anonymous", spec="described", reason=True),
        A("The ministry [[denied]] the reports", "[[The ministry]] denied the reports",
          "denied [[the reports]].", kind="organization", denial="denial"),
        A("it [[said]] sealed wells", "statement, [[it]] said sealed",
          "said [[sealed wells were “inspected regularly” and that any well found to have been reopened was “referred to the judiciary immediately”]].",
          kind="pronoun", res="organization", denial="denial", channel="statement"),
        A("Al Momani [[said]] the ministry", "[[Committee chairman Khaled Al Momani]] said",
          "said [[the ministry was “targeting small farmers while the big violators are protected”]], and", kind="person"),
        A("source [[told]] The Amman Gazette that at least", "[[A government source]] told",
          "The Amman Gazette [[that at least six of the sealed wells belonged to “influential figures” and that the cases had stalled at the public prosecutor’s office]].",
          kind="anonymous", spec="described", reason=False),
        A("The source [[said]] the ministry", "[[The source]] said the ministry",
          "said [[the ministry had been asked not to publicise the names]].", kind="anonymous", spec="described", reason=False),
        A("Salameh, [[dismissed]] the claim", "[[The ministry’s spokesman, Omar Salameh]], dismissed",
          "dismissed [[the claim]] as", kind="person", denial="dismissal"),
        A("protecting,” he [[said]] by phone", "protecting,” [[he]] said",
          "[[“The law applies to everyone, and there are no names we are protecting,”]] he", kind="pronoun", res="person",
          denial="denial", channel="phone"),
        A("district [[say]] summer", "[[Residents of Zarqa’s Russeifa district]] say",
          "say [[summer rationing still leaves many homes with water only once a week]].", kind="vague"),
        A("next Friday,” [[said]] Umm", "said [[Umm Ahmad, a mother of five]].",
          "[[“We fill the tanks on Friday and pray they last until the next Friday,”]] said", kind="person"),
        A("The ministry [[expects]] demand", "[[The ministry]] expects demand",
          "expects [[demand in Amman and Zarqa to rise by 8 per cent this summer]], according", kind="organization"),
        A("summer, [[according to]] projections", "according to [[projections shared with the committee]].",
          "[[The ministry expects demand in Amman and Zarqa to rise by 8 per cent this summer]], according", kind="document"),
        A("project [[is expected]] to begin", None,
          ["[[The Aqaba-Amman desalination project]] is expected", "is expected [[to begin supplying water in 2029]]."]),
        A("not to be named, [[said]] donors", "[[A diplomat at a donor embassy]], who asked",
          "said [[donors were “frustrated” by slow progress on cutting losses]].", kind="anonymous", spec="described", reason=False),
        A("Company [[could not be reached]] for comment", "[[The Zarqa Basin Water Company]] could not",
          None, kind="organization", denial="no-response"),
    ])

article("amman-gazette", "2025-06-03", "irac-cash-aid-cuts-mafraq-irbid",
    "Refugee agency cuts cash aid to 38,000 families in Mafraq and Irbid as donor funding dries up",
    [
        "The International Refugee Assistance Council (IRAC) will cut monthly cash assistance to about 38,000 refugee families in Mafraq and Irbid governorates from July, the agency said on Monday, citing a 41 per cent shortfall in donor funding for its Jordan operations.",
        "In a statement, IRAC’s country director, Helena Voss, said the agency had “no choice” but to prioritise the most vulnerable households. “We are being forced to choose between families who are poor and families who are desperate,” she said.",
        "Families currently receive between JD75 and JD155 a month depending on household size, and for many of them it is the only regular income. Rents in Mafraq have roughly doubled since 2013. Under the new criteria, payments will be limited to households headed by women, the elderly or people with disabilities, according to an internal IRAC document seen by The Amman Gazette.",
        "An IRAC official who preferred to remain anonymous said the agency had warned donors in February that cuts were coming. “Nobody listened until the money actually stopped,” the official said.",
        "A government source told The Amman Gazette that the Ministry of Planning and International Cooperation had asked donors at a meeting in Amman last month to cover the gap, without success. The source, who spoke on condition of anonymity because the talks were ongoing, said the government could not “take on a burden that belongs to the international community”.",
        "Minister of Planning and International Cooperation Lina Sharaiha denied reports that the government had been informed of the cuts in advance. “We learned of the decision at the same time as the public,” she told reporters after a Cabinet session.",
        "IRAC disputed the minister’s account. A spokesman for the agency said “all relevant authorities” had been briefed in writing in April.",
        "Aid workers in Mafraq said families were already falling behind on rent. “A landlord came on Saturday and gave one family until the end of the month to leave,” said Fadi Nasser, a caseworker with the Sanad Community Association.",
        "Mohammad Al Hariri, a Syrian refugee who has lived in Mafraq since 2013, said he had received a text message from IRAC on Sunday telling him his payment would stop. “They did not say why,” he said.",
        "Jordan hosts about 640,000 Syrian refugees registered with the UN, according to figures from the UN refugee agency. The government says the true number, including unregistered Syrians, is closer to 1.3 million.",
        "The Lower House’s Labour and Social Development Committee is expected to summon IRAC officials next week, committee member Deputy Omar Bani Hani said. A spokeswoman for the Nordic Refugee Fund, among IRAC’s largest donors, declined to comment.",
    ],
    [
        A("the agency [[said]] on Monday", "July, [[the agency]] said",
          "[[The International Refugee Assistance Council (IRAC) will cut monthly cash assistance to about 38,000 refugee families in Mafraq and Irbid governorates from July]], the agency",
          kind="organization"),
        A("Monday, [[citing]] a 41", "July, [[the agency]] said",
          "citing [[a 41 per cent shortfall in donor funding for its Jordan operations]].", kind="organization"),
        A("Voss, [[said]] the agency", "statement, [[IRAC’s country director, Helena Voss]], said",
          "said [[the agency had “no choice” but to prioritise the most vulnerable households]].", kind="person", channel="statement"),
        A("desperate,” she [[said]].", "desperate,” [[she]] said.",
          "[[“We are being forced to choose between families who are poor and families who are desperate,”]] she", kind="pronoun", res="person"),
        A("disabilities, [[according to]] an internal", "according to [[an internal IRAC document seen by The Amman Gazette]].",
          "criteria, [[payments will be limited to households headed by women, the elderly or people with disabilities]], according",
          kind="document"),
        A("anonymous [[said]] the agency", "[[An IRAC official who preferred to remain anonymous]] said",
          "said [[the agency had warned donors in February that cuts were coming]].", kind="anonymous", spec="described", reason=False),
        A("agency [[had warned]] donors", "said [[the agency]] had warned",
          "donors in February [[that cuts were coming]].", kind="organization"),
        A("stopped,” the official [[said]].", "stopped,” [[the official]] said.",
          "[[“Nobody listened until the money actually stopped,”]] the official", kind="anonymous", spec="described", reason=False),
        A("source [[told]] The Amman Gazette", "[[A government source]] told",
          "The Amman Gazette [[that the Ministry of Planning and International Cooperation had asked donors at a meeting in Amman last month to cover the gap, without success]].",
          kind="anonymous", spec="described", reason=True),
        A("were ongoing, [[said]] the government", "[[The source]], who spoke",
          "said [[the government could not “take on a burden that belongs to the international community”]].",
          kind="anonymous", spec="described", reason=True),
        A("Sharaiha [[denied]] reports", "[[Minister of Planning and International Cooperation Lina Sharaiha]] denied",
          "denied [[reports that the government had been informed of the cuts in advance]].", kind="person", denial="denial"),
        A("denied [[reports]] that", None,
          "reports [[that the government had been informed of the cuts in advance]]."),
        A("she [[told]] reporters after", "public,” [[she]] told",
          "[[“We learned of the decision at the same time as the public,”]] she", kind="pronoun", res="person", denial="denial"),
        A("IRAC [[disputed]] the minister’s", "[[IRAC]] disputed",
          "disputed [[the minister’s account]].", kind="organization", denial="denial"),
        A("agency [[said]] “all relevant", "[[A spokesman for the agency]] said",
          "said [[“all relevant authorities” had been briefed in writing in April]].", kind="organization", denial="denial"),
        A("Mafraq [[said]] families", "[[Aid workers in Mafraq]] said",
          "said [[families were already falling behind on rent]].", kind="vague"),
        A("to leave,” [[said]] Fadi", "said [[Fadi Nasser, a caseworker with the Sanad Community Association]].",
          "[[“A landlord came on Saturday and gave one family until the end of the month to leave,”]] said", kind="person"),
        A("since 2013, [[said]] he had received", "[[Mohammad Al Hariri, a Syrian refugee who has lived in Mafraq since 2013]], said",
          "said [[he had received a text message from IRAC on Sunday telling him his payment would stop]].", kind="person"),
        A("Sunday [[telling]] him", "received [[a text message from IRAC]] on Sunday",
          "telling him [[his payment would stop]].", kind="document"),
        A("why,” he [[said]].", "why,” [[he]] said.",
          "[[“They did not say why,”]] he", kind="pronoun", res="person"),
        A("UN, [[according to]] figures", "according to [[figures from the UN refugee agency]].",
          "[[Jordan hosts about 640,000 Syrian refugees registered with the UN]], according", kind="document"),
        A("The government [[says]] the true", "[[The government]] says the true",
          "says [[the true number, including unregistered Syrians, is closer to 1.3 million]].", kind="organization"),
        A("Committee [[is expected]] to summon", None,
          ["[[The Lower House’s Labour and Social Development Committee]] is expected", "is expected [[to summon IRAC officials next week]], committee"]),
        A("Bani Hani [[said]].", "week, [[committee member Deputy Omar Bani Hani]] said.",
          "[[The Lower House’s Labour and Social Development Committee is expected to summon IRAC officials next week]], committee", kind="person"),
        A("donors, [[declined to comment]].", "[[A spokeswoman for the Nordic Refugee Fund]], among",
          None, kind="organization", denial="no-comment"),
    ])

article("amman-gazette", "2025-11-18", "gam-rawabi-bus-contract-committee",
    "Lawmakers question JD94 million bus contract as Greater Amman Municipality rejects overpayment claims",
    [
        "Members of the Lower House’s Public Services and Transport Committee on Monday questioned a JD94 million contract awarded by the Greater Amman Municipality (GAM) to a private operator to run 210 buses on the capital’s feeder routes, with several deputies alleging that the company was paid for trips it never made.",
        "Committee rapporteur Deputy Nisreen Al Khatib said GPS data obtained by the committee showed that buses operated by Rawabi Transport Company completed an average of 71 per cent of scheduled trips between January and August, while the municipality paid for 96 per cent. “Either the data is wrong or the invoices are wrong. Somebody must explain a difference of almost JD6 million,” she said.",
        "GAM rejected claims by deputies that it had overpaid the operator. In a statement carried by the state news agency, the municipality said payments were made “strictly according to verified operating reports” and that the committee’s figures did not account for trips cancelled because of road works.",
        "GAM’s deputy city manager for transport, Eng. Tareq Obeidat, insisted that “not a single fils” had been paid for a trip that was not made. He said the contract contained penalty clauses that had been applied “on more than one occasion”.",
        "Rawabi Transport Company’s general manager, Samer Haddad, could not be reached. A person close to the company, who requested anonymity because the matter was before parliament, said Rawabi had “complete records” of every trip and would present them to the committee. Rawabi is reportedly owned in part by a former deputy.",
        "A municipal official who preferred to remain anonymous told The Amman Gazette that GAM’s own monitoring unit had flagged discrepancies in the operator’s invoices as early as March, but that its report was “shelved”. The official said two engineers who signed off on the invoices had since been transferred.",
        "Obeidat dismissed the claim as “a misreading of a draft report that contained errors”.",
        "Passengers interviewed by The Amman Gazette at the Raghadan terminal complained of long waits. “Sometimes we wait 40 minutes for a bus that is supposed to come every ten,” said Hala Qasem, a university student.",
        "The committee chairman, Deputy Mahmoud Al Zoubi, said the committee would ask the Audit Bureau to examine the contract and warned that the municipality’s contracts with two other operators could face similar scrutiny.",
        "The news website Capital Pulse reported last month that GAM was preparing to extend Rawabi’s contract for a further three years. The municipality did not respond to questions about the extension. The Amman Gazette has learned that the Prime Ministry has asked GAM to freeze any renewal until the committee completes its review.",
    ],
    [
        A("deputies [[alleging]] that", "with [[several deputies]] alleging",
          "alleging [[that the company was paid for trips it never made]].", kind="vague"),
        A("Al Khatib [[said]] GPS", "[[Committee rapporteur Deputy Nisreen Al Khatib]] said",
          "said [[GPS data obtained by the committee showed that buses operated by Rawabi Transport Company completed an average of 71 per cent of scheduled trips between January and August, while the municipality paid for 96 per cent]].",
          kind="person"),
        A("committee [[showed]] that buses", "said [[GPS data obtained by the committee]] showed",
          "showed [[that buses operated by Rawabi Transport Company completed an average of 71 per cent of scheduled trips between January and August, while the municipality paid for 96 per cent]].",
          kind="document"),
        A("JD6 million,” she [[said]].", "JD6 million,” [[she]] said.",
          "[[“Either the data is wrong or the invoices are wrong. Somebody must explain a difference of almost JD6 million,”]] she",
          kind="pronoun", res="person"),
        A("GAM [[rejected]] claims", "[[GAM]] rejected claims",
          "rejected [[claims by deputies that it had overpaid the operator]].", kind="organization", denial="denial"),
        A("rejected [[claims]] by deputies", "claims by [[deputies]] that",
          "deputies [[that it had overpaid the operator]].", kind="vague"),
        A("the municipality [[said]] payments", "agency, [[the municipality]] said",
          "said [[payments were made “strictly according to verified operating reports” and that the committee’s figures did not account for trips cancelled because of road works]].",
          kind="organization", denial="denial", channel="statement"),
        A("Obeidat, [[insisted]] that", "[[GAM’s deputy city manager for transport, Eng. Tareq Obeidat]], insisted",
          "insisted [[that “not a single fils” had been paid for a trip that was not made]].", kind="person", denial="denial"),
        A("He [[said]] the contract", "[[He]] said the contract",
          "said [[the contract contained penalty clauses that had been applied “on more than one occasion”]].", kind="pronoun", res="person"),
        A("Haddad, [[could not be reached]].", "[[Rawabi Transport Company’s general manager, Samer Haddad]], could",
          None, kind="person", denial="no-response"),
        A("before parliament, [[said]] Rawabi", "[[A person close to the company]], who requested",
          "said [[Rawabi had “complete records” of every trip and would present them to the committee]].",
          kind="anonymous", spec="vague", reason=True),
        A("Rawabi is [[reportedly]] owned", None,
          ["[[Rawabi is]] reportedly", "reportedly [[owned in part by a former deputy]]."]),
        A("anonymous [[told]] The Amman Gazette", "[[A municipal official who preferred to remain anonymous]] told",
          "The Amman Gazette [[that GAM’s own monitoring unit had flagged discrepancies in the operator’s invoices as early as March, but that its report was “shelved”]].",
          kind="anonymous", spec="described", reason=False),
        A("unit [[had flagged]] discrepancies", "that [[GAM’s own monitoring unit]] had flagged",
          "had flagged [[discrepancies in the operator’s invoices]] as early", kind="organization"),
        A("The official [[said]] two engineers", "[[The official]] said two",
          "said [[two engineers who signed off on the invoices had since been transferred]].", kind="anonymous", spec="described", reason=False),
        A("Obeidat [[dismissed]] the claim", "[[Obeidat]] dismissed",
          "dismissed [[the claim]] as", kind="person", denial="dismissal"),
        A("terminal [[complained]] of", "[[Passengers interviewed by The Amman Gazette at the Raghadan terminal]] complained",
          "complained [[of long waits]].", kind="vague"),
        A("ten,” [[said]] Hala", "said [[Hala Qasem, a university student]].",
          "[[“Sometimes we wait 40 minutes for a bus that is supposed to come every ten,”]] said", kind="person"),
        A("Zoubi, [[said]] the committee", "[[The committee chairman, Deputy Mahmoud Al Zoubi]], said",
          "said [[the committee would ask the Audit Bureau to examine the contract]] and", kind="person"),
        A("contract and [[warned]] that", "[[The committee chairman, Deputy Mahmoud Al Zoubi]], said",
          "warned [[that the municipality’s contracts with two other operators could face similar scrutiny]].", kind="person"),
        A("Capital Pulse [[reported]]", "[[The news website Capital Pulse]] reported",
          "last month [[that GAM was preparing to extend Rawabi’s contract for a further three years]].", kind="outlet"),
        A("municipality [[did not respond to questions]] about", "[[The municipality]] did not respond",
          None, kind="organization", denial="no-response"),
        A("Gazette [[has learned]] that", "[[The Amman Gazette]] has learned",
          "has learned [[that the Prime Ministry has asked GAM to freeze any renewal until the committee completes its review]].", kind="self"),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
