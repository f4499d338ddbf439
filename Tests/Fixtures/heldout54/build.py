#!/usr/bin/env python3
"""Generator for the heldout54 fixture: 12 fictional, hand-annotated news articles.

Every article, person, organisation, outlet and figure here is invented; real places and a few
real institutions appear only as furniture of a house style.
Each article is stored as its text plus a list of attribution records. A record locates its
source, cue and content spans by *context*: a string that occurs exactly once in the article
text, with the span itself marked by [[...]]. Content may be a list of contexts (a
discontinuous span, written with ';' in brat). Offsets are computed here, never by hand.

Running this script (re)writes text/, attributions/ and labels.json beside it and checks
every span against the text.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ANN_SUFFIX = "_a054"
ARTICLES = []
KINDS = {"person", "organization", "outlet", "self", "document", "anonymous", "vague", "pronoun", "none"}
DENIALS = {None, "denial", "dismissal", "no-comment", "no-response"}
CHANNELS = {"statement", "email", "interview", "post", "report", "filing", "letter", "note",
            "news release", "phone", "announcement"}


# Each outlet's own quote marks: characters that must not occur in its articles.
QUOTE_STYLE = {
    "polder-post": "\u201c\u201d\u2018\u2019",          # straight double quotes, straight apostrophes
    "orbit-ledger": "\u201c\u201d\u2018\u2019",         # straight double quotes, straight apostrophes
    "kilimanjaro-tribune": "\"'",                         # curly double quotes, curly apostrophes
    "boundary-line": "\"'",                               # curly single quotes, curly double inside
}


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
        bad = [ch for ch in QUOTE_STYLE[art["outlet"]] if ch in text]
        if bad:
            sys.exit(f"{base}: quote marks {bad!r} break the {art['outlet']} house style")
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
            out.write(json.dumps({"path": "heldout54/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


# ---- ARTICLES GO HERE: article("outlet-slug", "YYYY-MM-DD", "slug", "Title", [paragraphs...], [A(...), ...]) ----

# ---------------------------------------------------------------------------------------------
# polder-post: Dutch English-language news site (straight double quotes, straight apostrophes)
# ---------------------------------------------------------------------------------------------
article("polder-post", "2025-02-12", "maasoever-water-board-levy",
    '''Maasoever water board defends record levy rise as farmers and Schiedam push back''',
    [
        '''The Maasoever water board will raise its annual levy by an average of 14 percent this year, the largest increase in its 50-year history, the board's executive said on Tuesday. Households in Rotterdam, Schiedam and the surrounding polders will pay on average 62 euros more, according to figures published with the board's 2025 budget.''',
        '''Dike-reeve Hendrika Vos told reporters at the water board's offices in Rotterdam that the rise was "unavoidable". "The dikes along the Nieuwe Maas were built for the climate of the last century. We are not raising the levy for fun," she said. Vos added that the cost of running the board's 130 pumping stations had almost doubled since 2021 because of energy prices.''',
        '''Critics say the board has known for years that the bill was coming. The Polderboeren Collective, which represents about 900 farming families in the region, argued in a letter to the board that agricultural land was being asked to carry "a disproportionate share" of the cost, and warned that some dairy farms in the Krimpenerwaard would not survive another increase.''',
        '''Regional broadcaster RTV Maasmond reported on Monday that the board had twice postponed a decision on the levy, in 2023 and again in 2024, ahead of the provincial and water board elections. According to the broadcaster, internal minutes show the executive was warned in early 2023 that a rise of more than 10 percent would be needed by 2025.''',
        '''A member of the water board's general assembly, who asked not to be named because the minutes are confidential, said the executive had "hoped the problem would go away". "Everybody in that room knew. Nobody wanted the headline before the elections," the member said.''',
        '''Vos denied that the decision had been delayed for political reasons. "That is simply not true. We waited for the new national flood-safety standards, which only arrived last spring," she said in an email to Polder Post. The board's spokesperson, Joris Mulder, declined to comment on the minutes.''',
        '''In Schiedam, the municipal council on Thursday passed a motion asking the water board to phase in the increase over three years. Councillor Anouk Verbeek of the local party Schiedam Vooruit called the rise "a tax on living below sea level" and said many residents were already struggling with higher energy bills.''',
        '''The Ministry of Infrastructure and Water Management said in a letter to parliament last month that the costs of the country's 21 water boards are expected to rise by around 40 percent by 2030. A ministry spokesperson did not respond to questions about whether extra national funding was being considered.''',
        '''The board's general assembly is expected to vote on the budget on 26 February. It is understood that at least two of the five parties in the assembly will propose an amendment to spread the increase.''',
    ],
    [
        A('''board's executive [[said]] on Tuesday''', '''history, [[the board's executive]] said''',
          '''[[The Maasoever water board will raise its annual levy by an average of 14 percent this year, the largest increase in its 50-year history]], the board's''', kind="organization"),
        A('''more, [[according to]] figures''', '''according to [[figures published with the board's 2025 budget]].''',
          '''[[Households in Rotterdam, Schiedam and the surrounding polders will pay on average 62 euros more]], according''', kind="document"),
        A('''Vos [[told]] reporters''', '''[[Dike-reeve Hendrika Vos]] told''',
          '''in Rotterdam [[that the rise was "unavoidable"]].''', kind="person"),
        A('''for fun," she [[said]].''', '''for fun," [[she]] said.''',
          '''[["The dikes along the Nieuwe Maas were built for the climate of the last century. We are not raising the levy for fun,"]] she''',
          kind="pronoun", res="person"),
        A('''Vos [[added]] that''', '''[[Vos]] added that''',
          '''added [[that the cost of running the board's 130 pumping stations had almost doubled since 2021 because of energy prices]].''', kind="person"),
        A('''Critics [[say]] the board''', '''[[Critics]] say the board''',
          '''say [[the board has known for years that the bill was coming]].''', kind="vague"),
        A('''region, [[argued]] in a letter''', '''[[The Polderboeren Collective]], which''',
          '''a letter to the board [[that agricultural land was being asked to carry "a disproportionate share" of the cost]], and''',
          kind="organization", channel="letter"),
        A('''and [[warned]] that some dairy''', '''[[The Polderboeren Collective]], which''',
          '''warned [[that some dairy farms in the Krimpenerwaard would not survive another increase]].''',
          kind="organization", channel="letter"),
        A('''RTV Maasmond [[reported]] on Monday''', '''[[Regional broadcaster RTV Maasmond]] reported''',
          '''on Monday [[that the board had twice postponed a decision on the levy, in 2023 and again in 2024, ahead of the provincial and water board elections]].''',
          kind="outlet"),
        A('''[[According to]] the broadcaster''', '''According to [[the broadcaster]], internal''',
          '''the broadcaster, [[internal minutes show the executive was warned in early 2023 that a rise of more than 10 percent would be needed by 2025]].''',
          kind="outlet"),
        A('''minutes [[show]] the executive''', '''broadcaster, [[internal minutes]] show''',
          '''show [[the executive was warned in early 2023 that a rise of more than 10 percent would be needed by 2025]].''', kind="document"),
        A('''executive [[was warned]] in early''', None,
          '''in early 2023 [[that a rise of more than 10 percent would be needed by 2025]].'''),
        A('''confidential, [[said]] the executive''', '''[[A member of the water board's general assembly]], who''',
          '''said [[the executive had "hoped the problem would go away"]].''', kind="anonymous", spec="described", reason=True),
        A('''the member [[said]].''', '''[[the member]] said.''',
          '''[["Everybody in that room knew. Nobody wanted the headline before the elections,"]] the member''',
          kind="anonymous", spec="described", reason=True),
        A('''Vos [[denied]] that''', '''[[Vos]] denied''',
          '''denied [[that the decision had been delayed for political reasons]].''', kind="person", denial="denial"),
        A('''she [[said]] in an email''', '''spring," [[she]] said''',
          '''[["That is simply not true. We waited for the new national flood-safety standards, which only arrived last spring,"]] she''',
          kind="pronoun", res="person", denial="denial", channel="email"),
        A('''Mulder, [[declined to comment]] on''', '''[[The board's spokesperson, Joris Mulder]], declined''',
          None, kind="person", denial="no-comment"),
        A('''Vooruit [[called]] the rise''', '''[[Councillor Anouk Verbeek of the local party Schiedam Vooruit]] called''',
          '''called [[the rise "a tax on living below sea level"]] and''', kind="person"),
        A('''and [[said]] many residents''', '''[[Councillor Anouk Verbeek of the local party Schiedam Vooruit]] called''',
          '''said [[many residents were already struggling with higher energy bills]].''', kind="person"),
        A('''Management [[said]] in a letter to parliament''', '''[[The Ministry of Infrastructure and Water Management]] said''',
          '''parliament last month [[that the costs of the country's 21 water boards are expected to rise by around 40 percent by 2030]].''',
          kind="organization", channel="letter"),
        A('''boards [[are expected]] to rise''', None,
          ['''that [[the costs of the country's 21 water boards]] are''', '''are expected [[to rise by around 40 percent by 2030]].''']),
        A('''spokesperson [[did not respond to questions]] about''', '''[[A ministry spokesperson]] did not''',
          None, kind="organization", denial="no-response"),
        A('''assembly [[is expected]] to vote''', None,
          ['''[[The board's general assembly]] is expected''', '''is expected [[to vote on the budget on 26 February]].''']),
        A('''[[It is understood]] that''', None,
          '''It is understood [[that at least two of the five parties in the assembly will propose an amendment to spread the increase]].'''),
    ])

article("polder-post", "2025-06-04", "overvecht-mould-complaints",
    '''Overvecht tenants say mould complaints ignored for years; Woonkring points to ventilation''',
    [
        '''Tenants of a 1960s housing block in Utrecht's Overvecht district say they have lived with mould and damp for more than five years without any structural repairs, and are now preparing to take housing corporation Woonkring to the rent tribunal.''',
        '''The tenants' association of the Wadloperflat, which represents 212 households, said in a letter to the municipal council on Monday that at least 70 flats had visible mould in bedrooms or bathrooms. Its chair, Fatima el Idrissi, told Polder Post that children in the building were "constantly ill". "We have photos going back to 2019. Every time Woonkring sends someone, he wipes the wall with bleach and leaves," she said.''',
        '''Woonkring, which owns about 31,000 homes in Utrecht and Nieuwegein, rejected the tenants' claim that it had ignored their complaints. In a statement, the corporation said it had carried out "more than 140 inspections" in the building since 2020 and that much of the damp was caused by "insufficient ventilation by residents".''',
        '''That explanation angered residents. "They tell us to open the windows. In January. With our gas bills?" said Ahmet Yilmaz, who has lived on the seventh floor since 2004. Another tenant, Marloes de Wit, said the extractor fans in her flat had not worked since they were installed.''',
        '''Regional broadcaster RTV Domstad reported in March that an inspection report commissioned by Woonkring itself in 2022 had classified the building's ventilation system as "end of life". Asked about that report, Woonkring spokesperson Bas Hoekstra acknowledged that the system was due for replacement but said the work was planned "as part of a wider renovation in 2027".''',
        '''Housing alderman Sander Bosch said he had asked Woonkring for "a concrete plan within four weeks". He believes the corporation should bring the renovation forward. "Tenants cannot be asked to wait another two winters," he wrote on LinkedIn.''',
        '''The national housing corporations regulator said it does not comment on individual cases. A spokesperson for the GGD regional health service said it had received several reports about the building and would send an inspector. Woonkring's chief executive, Eveline Sprenger, did not respond to a request for an interview.''',
        '''Lawyer Thijs van Rijn, who advises the tenants' association, said the rent tribunal could order a temporary rent reduction of up to 80 percent if serious defects were confirmed. "Woonkring has the money. It has chosen to spend it elsewhere," he argued.''',
        '''Woonkring's annual report shows the corporation spent 96 million euros on new construction last year, against 38 million euros on maintenance. Hoekstra dismissed the comparison as "misleading", saying new homes were "exactly what Utrecht keeps asking us to build".''',
        '''The tenants' association said it would decide next week whether to file the case. Residents have been invited to a meeting in the neighbourhood centre on Thursday evening.''',
    ],
    [
        A('''district [[say]] they''', '''[[Tenants of a 1960s housing block in Utrecht's Overvecht district]] say''',
          '''say [[they have lived with mould and damp for more than five years without any structural repairs, and are now preparing to take housing corporation Woonkring to the rent tribunal]].''',
          kind="vague"),
        A('''households, [[said]] in a letter''', '''[[The tenants' association of the Wadloperflat]], which''',
          '''on Monday [[that at least 70 flats had visible mould in bedrooms or bathrooms]].''', kind="organization", channel="letter"),
        A('''Idrissi, [[told]] Polder Post''', '''[[Its chair, Fatima el Idrissi]], told''',
          '''Polder Post [[that children in the building were "constantly ill"]].''', kind="person"),
        A('''and leaves," she [[said]].''', '''and leaves," [[she]] said.''',
          '''[["We have photos going back to 2019. Every time Woonkring sends someone, he wipes the wall with bleach and leaves,"]] she''',
          kind="pronoun", res="person"),
        A('''Nieuwegein, [[rejected]] the''', '''[[Woonkring]], which owns''',
          '''rejected [[the tenants' claim that it had ignored their complaints]].''', kind="organization", denial="denial"),
        A('''tenants' [[claim]] that''', '''rejected [[the tenants]]' claim''',
          '''claim [[that it had ignored their complaints]].''', kind="vague"),
        A('''corporation [[said]] it had''', '''statement, [[the corporation]] said''',
          '''said [[it had carried out "more than 140 inspections" in the building since 2020 and that much of the damp was caused by "insufficient ventilation by residents"]].''',
          kind="organization", denial="denial", channel="statement"),
        A('''bills?" [[said]] Ahmet''', '''said [[Ahmet Yilmaz]], who''',
          '''[["They tell us to open the windows. In January. With our gas bills?"]] said''', kind="person"),
        A('''de Wit, [[said]] the extractor''', '''[[Another tenant, Marloes de Wit]], said''',
          '''said [[the extractor fans in her flat had not worked since they were installed]].''', kind="person"),
        A('''RTV Domstad [[reported]] in March''', '''[[Regional broadcaster RTV Domstad]] reported''',
          '''in March [[that an inspection report commissioned by Woonkring itself in 2022 had classified the building's ventilation system as "end of life"]].''',
          kind="outlet"),
        A('''2022 [[had classified]] the''', '''that [[an inspection report commissioned by Woonkring itself in 2022]] had''',
          '''had classified [[the building's ventilation system as "end of life"]].''', kind="document"),
        A('''Hoekstra [[acknowledged]] that''', '''[[Woonkring spokesperson Bas Hoekstra]] acknowledged''',
          '''acknowledged [[that the system was due for replacement]] but''', kind="person"),
        A('''replacement but [[said]] the work''', '''[[Woonkring spokesperson Bas Hoekstra]] acknowledged''',
          '''said [[the work was planned "as part of a wider renovation in 2027"]].''', kind="person"),
        A('''Bosch [[said]] he had asked''', '''[[Housing alderman Sander Bosch]] said''',
          '''said [[he had asked Woonkring for "a concrete plan within four weeks"]].''', kind="person"),
        A('''He [[believes]] the corporation''', '''[[He]] believes''',
          '''believes [[the corporation should bring the renovation forward]].''', kind="pronoun", res="person"),
        A('''he [[wrote]] on LinkedIn''', '''winters," [[he]] wrote''',
          '''[["Tenants cannot be asked to wait another two winters,"]] he''', kind="pronoun", res="person", channel="post"),
        A('''regulator [[said]] it does not''', '''[[The national housing corporations regulator]] said''',
          '''said [[it does not comment on individual cases]].''', kind="organization", denial="no-comment"),
        A('''health service [[said]] it had received''', '''[[A spokesperson for the GGD regional health service]] said''',
          '''said [[it had received several reports about the building and would send an inspector]].''', kind="organization"),
        A('''Sprenger, [[did not respond to a request for an interview]].''', '''[[Woonkring's chief executive, Eveline Sprenger]], did''',
          None, kind="person", denial="no-response"),
        A('''tenants' association, [[said]] the rent''', '''[[Lawyer Thijs van Rijn]], who''',
          '''said [[the rent tribunal could order a temporary rent reduction of up to 80 percent if serious defects were confirmed]].''', kind="person"),
        A('''elsewhere," he [[argued]].''', '''elsewhere," [[he]] argued.''',
          '''[["Woonkring has the money. It has chosen to spend it elsewhere,"]] he''', kind="pronoun", res="person"),
        A('''annual report [[shows]] the''', '''[[Woonkring's annual report]] shows''',
          '''shows [[the corporation spent 96 million euros on new construction last year, against 38 million euros on maintenance]].''', kind="document"),
        A('''Hoekstra [[dismissed]] the''', '''[[Hoekstra]] dismissed''',
          '''dismissed [[the comparison]] as''', kind="person", denial="dismissal"),
        A('''"misleading", [[saying]] new''', '''[[Hoekstra]] dismissed''',
          '''saying [[new homes were "exactly what Utrecht keeps asking us to build"]].''', kind="person"),
        A('''association [[said]] it would decide''', '''[[The tenants' association]] said it would''',
          '''said [[it would decide next week whether to file the case]].''', kind="organization"),
    ])

article("polder-post", "2025-10-21", "hague-tram-tunnel-overrun",
    '''Hague tram tunnel repair bill more than doubles to 310 million euros''',
    [
        '''The cost of renovating The Hague's tram tunnel under the city centre has more than doubled to an estimated 310 million euros, the Ministry of Infrastructure and Water Management said in a letter to parliament on Monday. The ministry wrote that the national government would contribute no more than the 90 million euros it had already committed.''',
        '''The tunnel, which carries six tram lines beneath the Grote Marktstraat, was due to close for nine months in 2026. According to the letter, the closure could now last up to 20 months because of corroded steel found in the tunnel roof during inspections this summer. The extra costs — about 220 million euros, according to the ministry's letter — will fall largely on the municipality and the regional transport authority.''',
        '''Polder Post has learned that the municipality's transport department knew about the corrosion as early as March. Two civil servants involved in the project, who spoke on condition of anonymity because they were not authorised to discuss it, said a contractor's survey had flagged "significant section loss" in the steel in an internal memo that was never shared with the council.''',
        '''"The council was told everything was on schedule while people in the department were reading that memo," one of the civil servants said.''',
        '''Transport alderman Willemijn Kraak denied that information had been withheld. "I informed the council the moment we had a reliable cost estimate. A single survey is not a cost estimate," she told the council's mobility committee on Tuesday evening.''',
        '''Opposition councillors were not convinced. Councillor Jeroen Kalff of Stadsbelang Hofstad said the alderman had "either not read her own department's memos or chosen not to share them". His party has asked for an independent investigation.''',
        '''The consortium carrying out the repairs, Hofstad Tunnelbouw, said in a statement that it had informed the municipality "within days" of the findings. Its project director, Pieter Lanting, told Polder Post: "Nobody opens a twenty-year-old tunnel and expects good news."''',
        '''Local daily De Hofstad Bode reported last week that the city is considering delaying two other tram projects to cover the gap. Kraak declined to comment on that report. The city's tram operator, Haagse Tramlijnen, did not respond to questions about a replacement bus service.''',
        '''Shopkeepers on the Grote Marktstraat fear a second long closure, said Ilse Vermeer, chair of the city-centre retailers' association. "Last time we lost a third of our customers and many of them never came back," she said.''',
        '''The council is expected to debate the letter on 6 November. Sources in the coalition said at least one governing party was considering a motion of no confidence in Kraak. Coalition leader Merel Dijkhuis dismissed that as "speculation".''',
    ],
    [
        A('''Management [[said]] in a letter to parliament on Monday''', '''[[the Ministry of Infrastructure and Water Management]] said''',
          '''[[The cost of renovating The Hague's tram tunnel under the city centre has more than doubled to an estimated 310 million euros]], the Ministry''',
          kind="organization", channel="letter"),
        A('''The ministry [[wrote]] that''', '''[[The ministry]] wrote''',
          '''wrote [[that the national government would contribute no more than the 90 million euros it had already committed]].''', kind="organization"),
        A('''[[According to]] the letter''', '''According to [[the letter]], the closure''',
          '''the letter, [[the closure could now last up to 20 months because of corroded steel found in the tunnel roof during inspections this summer]].''',
          kind="document"),
        A('''euros, [[according to]] the ministry's''', '''according to [[the ministry's letter]] —''',
          ['''[[The extra costs — about 220 million euros]], according''',
           '''letter — [[will fall largely on the municipality and the regional transport authority]].'''], kind="document"),
        A('''Polder Post [[has learned]]''', '''[[Polder Post]] has learned''',
          '''has learned [[that the municipality's transport department knew about the corrosion as early as March]].''', kind="self"),
        A('''discuss it, [[said]] a contractor's''', '''[[Two civil servants involved in the project]], who''',
          '''said [[a contractor's survey had flagged "significant section loss" in the steel in an internal memo that was never shared with the council]].''',
          kind="anonymous", spec="described", reason=True),
        A('''survey [[had flagged]]''', '''said [[a contractor's survey]] had''',
          '''had flagged [["significant section loss" in the steel]] in an''', kind="document"),
        A('''"The council [[was told]] everything''', None,
          '''was told [[everything was on schedule]] while'''),
        A('''civil servants [[said]].''', '''[[one of the civil servants]] said.''',
          '''[["The council was told everything was on schedule while people in the department were reading that memo,"]] one''',
          kind="anonymous", spec="described", reason=True),
        A('''Kraak [[denied]] that''', '''[[Transport alderman Willemijn Kraak]] denied''',
          '''denied [[that information had been withheld]].''', kind="person", denial="denial"),
        A('''she [[told]] the council's''', '''estimate," [[she]] told''',
          '''[["I informed the council the moment we had a reliable cost estimate. A single survey is not a cost estimate,"]] she''',
          kind="pronoun", res="person", denial="denial"),
        A('''Hofstad [[said]] the alderman''', '''[[Councillor Jeroen Kalff of Stadsbelang Hofstad]] said''',
          '''said [[the alderman had "either not read her own department's memos or chosen not to share them"]].''', kind="person"),
        A('''Tunnelbouw, [[said]] in a statement''', '''[[The consortium carrying out the repairs, Hofstad Tunnelbouw]], said''',
          '''statement [[that it had informed the municipality "within days" of the findings]].''', kind="organization", channel="statement"),
        A('''Lanting, [[told]] Polder Post:''', '''[[Its project director, Pieter Lanting]], told''',
          '''Polder Post: [["Nobody opens a twenty-year-old tunnel and expects good news."]]''', kind="person"),
        A('''Bode [[reported]] last week''', '''[[Local daily De Hofstad Bode]] reported''',
          '''last week [[that the city is considering delaying two other tram projects to cover the gap]].''', kind="outlet"),
        A('''Kraak [[declined to comment]] on''', '''[[Kraak]] declined''',
          None, kind="person", denial="no-comment"),
        A('''Tramlijnen, [[did not respond to questions]] about''', '''[[The city's tram operator, Haagse Tramlijnen]], did''',
          None, kind="organization", denial="no-response"),
        A('''Marktstraat [[fear]] a second''', '''[[Shopkeepers on the Grote Marktstraat]] fear''',
          '''fear [[a second long closure]],''', kind="vague"),
        A('''closure, [[said]] Ilse''', '''said [[Ilse Vermeer, chair of the city-centre retailers' association]].''',
          '''[[Shopkeepers on the Grote Marktstraat fear a second long closure]], said''', kind="person"),
        A('''came back," she [[said]].''', '''came back," [[she]] said.''',
          '''[["Last time we lost a third of our customers and many of them never came back,"]] she''', kind="pronoun", res="person"),
        A('''council [[is expected]] to debate''', None,
          ['''[[The council]] is expected''', '''is expected [[to debate the letter on 6 November]].''']),
        A('''coalition [[said]] at least''', '''[[Sources in the coalition]] said''',
          '''said [[at least one governing party was considering a motion of no confidence in Kraak]].''',
          kind="anonymous", spec="described", reason=False),
        A('''Dijkhuis [[dismissed]] that''', '''[[Coalition leader Merel Dijkhuis]] dismissed''',
          '''dismissed [[that]] as''', kind="person", denial="dismissal"),
    ])

# ---------------------------------------------------------------------------------------------
# kilimanjaro-tribune: Tanzanian English-language daily, business and port desk (curly double quotes)
# ---------------------------------------------------------------------------------------------
article("kilimanjaro-tribune", "2025-03-18", "kurasini-berth-concession-row",
    "Losing bidders cry foul as TSh 412bn Dar berth concession goes to year-old firm",
    [
        "Two firms that lost out in the tender to operate container berths 8 to 11 at the Dar es Salaam port have accused the Mainland Ports Authority (MPA) of tilting the process in favour of a company incorporated barely a year ago.",
        "The TSh 412 billion, 15-year concession was awarded last month to Pwani Gateway Terminals Ltd, according to a notice of intention to award issued by the MPA tender board on February 21.",
        "It has been established that Pwani Gateway was registered in January 2024 and had not operated a port terminal before. Its offer to the authority was TSh 38 billion lower than that of Oceanic Stevedoring Company (OSCO), which has handled general cargo at the port since 2009, documents seen by this paper show.",
        "“We were disqualified on a technicality after scoring highest on the technical evaluation. That is not a tender, that is a script,” OSCO managing director Mr Faraji Omari Lukindo told this paper yesterday. He said the company had lodged a complaint with the Public Procurement Appeals Authority (PPAA) last week. The other losing bidder, Zanj Maritime Logistics, has also complained.",
        "Reliable sources, who spoke on condition of anonymity because they are not authorised to discuss the tender, told this paper that at least two members of the tender board had objected during the evaluation but were overruled. “The decision had already been made somewhere else. The board was only there to sign,” said one of the sources, an official familiar with the evaluation.",
        "MPA Director General Eng. Rehema Kisanga dismissed the allegations as “cheap propaganda by people who are used to monopolies”. In a statement issued on Sunday, the authority said the tender had been “open, competitive and in full compliance” with procurement law and that OSCO’s bid had been rejected for failing to submit a valid performance security.",
        "When contacted, tender board chairman Dr Hamisi Mbaruku declined to comment. Pwani Gateway’s chief executive, Mr Salim Abeid Nassoro, could not be reached for comment, and calls to the company’s offices in Upanga went unanswered.",
        "A senior official in the Ministry of Transport, who asked not to be named, told this paper the minister had not been briefed on the award before it was announced. Dar es Salaam Regional Commissioner Mr Idrisa Mwakalinga, speaking at a business forum on Monday, warned that “those spreading lies about government projects” would face action.",
        "Economist Dr Zuberi Kaduma said the price gap alone should have prompted a second look. “A TSh 38 billion difference on a 15-year concession is not small change. The public deserves to see the evaluation report,” he argued. Critics have also questioned why the tender was advertised for only 21 days.",
        "The PPAA is expected to rule on the complaints within 45 days, it is understood. Signing of the concession agreement, earlier slated for this month, has reportedly been put on hold.",
    ],
    [
        A("port [[have accused]] the", "[[Two firms that lost out in the tender to operate container berths 8 to 11 at the Dar es Salaam port]] have",
          "have accused [[the Mainland Ports Authority (MPA) of tilting the process in favour of a company incorporated barely a year ago]].", kind="organization"),
        A("Ltd, [[according to]] a notice", "according to [[a notice of intention to award issued by the MPA tender board on February 21]].",
          "[[The TSh 412 billion, 15-year concession was awarded last month to Pwani Gateway Terminals Ltd]], according", kind="document"),
        A("[[It has been established]] that", None,
          "It has been established [[that Pwani Gateway was registered in January 2024 and had not operated a port terminal before]]."),
        A("this paper [[show]].", "2009, [[documents seen by this paper]] show.",
          "[[Its offer to the authority was TSh 38 billion lower than that of Oceanic Stevedoring Company (OSCO), which has handled general cargo at the port since 2009]], documents",
          kind="document"),
        A("Lukindo [[told]] this paper", "script,” [[OSCO managing director Mr Faraji Omari Lukindo]] told",
          "[[“We were disqualified on a technicality after scoring highest on the technical evaluation. That is not a tender, that is a script,”]] OSCO",
          kind="person"),
        A("He [[said]] the company had lodged", "[[He]] said the company had lodged",
          "said [[the company had lodged a complaint with the Public Procurement Appeals Authority (PPAA) last week]].", kind="pronoun", res="person"),
        A("tender, [[told]] this paper that at least", "[[Reliable sources]], who spoke",
          "this paper [[that at least two members of the tender board had objected during the evaluation but were overruled]].",
          kind="anonymous", spec="vague", reason=True),
        A("sign,” [[said]] one of the sources", "said [[one of the sources, an official familiar with the evaluation]].",
          "[[“The decision had already been made somewhere else. The board was only there to sign,”]] said",
          kind="anonymous", spec="described", reason=True),
        A("Kisanga [[dismissed]] the", "[[MPA Director General Eng. Rehema Kisanga]] dismissed",
          "dismissed [[the allegations]] as", kind="person", denial="dismissal"),
        A("authority [[said]] the tender", "Sunday, [[the authority]] said",
          "said [[the tender had been “open, competitive and in full compliance” with procurement law and that OSCO’s bid had been rejected for failing to submit a valid performance security]].",
          kind="organization", denial="denial", channel="statement"),
        A("Mbaruku [[declined to comment]].", "contacted, [[tender board chairman Dr Hamisi Mbaruku]] declined",
          None, kind="person", denial="no-comment"),
        A("Nassoro, [[could not be reached for comment]]", "[[Pwani Gateway’s chief executive, Mr Salim Abeid Nassoro]], could",
          None, kind="person", denial="no-response"),
        A("named, [[told]] this paper the minister", "[[A senior official in the Ministry of Transport]], who asked",
          "this paper [[the minister had not been briefed on the award before it was announced]].",
          kind="anonymous", spec="described", reason=False),
        A("Monday, [[warned]] that", "[[Dar es Salaam Regional Commissioner Mr Idrisa Mwakalinga]], speaking",
          "warned [[that “those spreading lies about government projects” would face action]].", kind="person"),
        A("Kaduma [[said]] the price", "[[Economist Dr Zuberi Kaduma]] said",
          "said [[the price gap alone should have prompted a second look]].", kind="person"),
        A("report,” he [[argued]].", "report,” [[he]] argued.",
          "[[“A TSh 38 billion difference on a 15-year concession is not small change. The public deserves to see the evaluation report,”]] he",
          kind="pronoun", res="person"),
        A("Critics [[have also questioned]] why", "[[Critics]] have",
          "have also questioned [[why the tender was advertised for only 21 days]].", kind="vague"),
        A("PPAA [[is expected]] to rule", None,
          ["[[The PPAA]] is expected", "is expected [[to rule on the complaints within 45 days]], it"]),
        A("days, [[it is understood]].", None,
          "[[The PPAA is expected to rule on the complaints within 45 days]], it is understood."),
        A("has [[reportedly]] been put", None,
          ["[[Signing of the concession agreement, earlier slated for this month, has]] reportedly", "reportedly [[been put on hold]]."]),
    ])

article("kilimanjaro-tribune", "2025-07-09", "clearing-agents-payment-platform",
    "Clearing agents blame new payment platform for cargo backlog at Dar port",
    [
        "Clearing and forwarding agents at the Dar es Salaam port say a new electronic payment platform introduced on June 1 has left hundreds of containers stuck at the terminals, with importers paying storage charges of up to TSh 1.2 million a day.",
        "The Coastal Clearing and Forwarding Agents Association (CCFAA) said in a letter to the Mainland Revenue Service (MRS) dated July 3 that its members had recorded more than 1,400 failed or delayed payments in the first four weeks of the system. The letter, a copy of which has been seen by this paper, lists 212 containers held for more than ten days. It describes the platform as “not fit for a port of this size”.",
        "“A payment goes through at the bank, but the system shows nothing for three days. Meanwhile the container sits and the meter runs,” CCFAA chairman Mr Abdallah Kiwelu told this paper yesterday. He claimed that some agents had been forced to pay twice to release urgent cargo.",
        "The MRS Commissioner for Customs, Ms Stella Mrema, denied that the platform was to blame. Speaking at a press conference on Monday, she said 96 per cent of transactions had been processed within two hours and attributed most of the delays to “incomplete declarations by agents themselves”.",
        "“We have added two more banks and extended the helpdesk hours to midnight. Agents should use them,” Ms Mrema said. The MRS also dismissed claims that payments were being taken twice, saying any duplicate payment would be refunded automatically.",
        "The Mchana Times newspaper reported last week that the platform’s developer, Nairobi-based Kilele Systems, had warned the MRS in April that the system had not been tested at peak volumes. When contacted, the MRS head of communications, Mr Godfrey Nyanza, declined to comment on the report.",
        "The backlog has spilled onto the roads. Haulage Operators Union secretary general Ms Aisha Mbwambo said more than 300 trucks were queuing daily along Mandela Road, and accused the authorities of “punishing transporters for a problem they did not create”. Traders at Kariakoo market said some imported goods were already in short supply.",
        "The Mainland Ports Authority (MPA) said in a statement that terminal operations were “normal” and that the congestion was “a documentation issue outside the port’s control”. Dar es Salaam Regional Commissioner Mr Idrisa Mwakalinga on Tuesday ordered the two agencies to resolve the matter within seven days.",
        "Economist Ms Happiness Mushi of Bahari Business School argued that the platform had been rolled out “without a pilot, without a fallback and without consulting the people who use it”. She expects the backlog to cost importers more than TSh 20 billion in storage and demurrage charges by the end of July.",
        "A spokesperson for the Ministry of Finance did not respond to questions sent by this paper on Monday. The MRS is expected to meet the agents’ association on Thursday.",
    ],
    [
        A("port [[say]] a new", "[[Clearing and forwarding agents at the Dar es Salaam port]] say",
          "say [[a new electronic payment platform introduced on June 1 has left hundreds of containers stuck at the terminals, with importers paying storage charges of up to TSh 1.2 million a day]].",
          kind="vague"),
        A("(CCFAA) [[said]] in a letter", "[[The Coastal Clearing and Forwarding Agents Association (CCFAA)]] said",
          "dated July 3 [[that its members had recorded more than 1,400 failed or delayed payments in the first four weeks of the system]].",
          kind="organization", channel="letter"),
        A("this paper, [[lists]] 212", "[[The letter]], a copy",
          "lists [[212 containers held for more than ten days]].", kind="document"),
        A("It [[describes]] the platform", "[[It]] describes the platform",
          "describes [[the platform as “not fit for a port of this size”]].", kind="pronoun", res="document"),
        A("Kiwelu [[told]] this paper", "runs,” [[CCFAA chairman Mr Abdallah Kiwelu]] told",
          "[[“A payment goes through at the bank, but the system shows nothing for three days. Meanwhile the container sits and the meter runs,”]] CCFAA",
          kind="person"),
        A("He [[claimed]] that", "[[He]] claimed",
          "claimed [[that some agents had been forced to pay twice to release urgent cargo]].", kind="pronoun", res="person"),
        A("Mrema, [[denied]] that", "[[The MRS Commissioner for Customs, Ms Stella Mrema]], denied",
          "denied [[that the platform was to blame]].", kind="person", denial="denial"),
        A("she [[said]] 96 per cent", "Monday, [[she]] said",
          "said [[96 per cent of transactions had been processed within two hours]] and", kind="pronoun", res="person", denial="denial"),
        A("and [[attributed]] most", "Monday, [[she]] said",
          "attributed [[most of the delays to “incomplete declarations by agents themselves”]].", kind="pronoun", res="person"),
        A("Ms Mrema [[said]].", "them,” [[Ms Mrema]] said.",
          "[[“We have added two more banks and extended the helpdesk hours to midnight. Agents should use them,”]] Ms Mrema", kind="person"),
        A("MRS also [[dismissed]] claims", "[[The MRS]] also dismissed",
          "dismissed [[claims that payments were being taken twice]],", kind="organization", denial="dismissal"),
        A("dismissed [[claims]] that", None,
          "claims [[that payments were being taken twice]],"),
        A("twice, [[saying]] any duplicate", "[[The MRS]] also dismissed",
          "saying [[any duplicate payment would be refunded automatically]].", kind="organization"),
        A("newspaper [[reported]] last week", "[[The Mchana Times newspaper]] reported",
          "last week [[that the platform’s developer, Nairobi-based Kilele Systems, had warned the MRS in April that the system had not been tested at peak volumes]].",
          kind="outlet"),
        A("Systems, [[had warned]] the MRS", "that [[the platform’s developer, Nairobi-based Kilele Systems]], had",
          "in April [[that the system had not been tested at peak volumes]].", kind="organization"),
        A("Nyanza, [[declined to comment]]", "contacted, [[the MRS head of communications, Mr Godfrey Nyanza]], declined",
          None, kind="person", denial="no-comment"),
        A("Mbwambo [[said]] more than", "[[Haulage Operators Union secretary general Ms Aisha Mbwambo]] said",
          "said [[more than 300 trucks were queuing daily along Mandela Road]], and", kind="person"),
        A("and [[accused]] the authorities", "[[Haulage Operators Union secretary general Ms Aisha Mbwambo]] said",
          "accused [[the authorities of “punishing transporters for a problem they did not create”]].", kind="person"),
        A("market [[said]] some imported", "[[Traders at Kariakoo market]] said",
          "said [[some imported goods were already in short supply]].", kind="vague"),
        A("(MPA) [[said]] in a statement", "[[The Mainland Ports Authority (MPA)]] said",
          "statement [[that terminal operations were “normal” and that the congestion was “a documentation issue outside the port’s control”]].",
          kind="organization", channel="statement"),
        A("School [[argued]] that", "[[Economist Ms Happiness Mushi of Bahari Business School]] argued",
          "argued [[that the platform had been rolled out “without a pilot, without a fallback and without consulting the people who use it”]].", kind="person"),
        A("She [[expects]] the backlog", "[[She]] expects",
          "expects [[the backlog to cost importers more than TSh 20 billion in storage and demurrage charges by the end of July]].", kind="pronoun", res="person"),
        A("Finance [[did not respond to questions]] sent", "[[A spokesperson for the Ministry of Finance]] did not",
          None, kind="organization", denial="no-response"),
        A("MRS [[is expected]] to meet", None,
          ["[[The MRS]] is expected", "is expected [[to meet the agents’ association on Thursday]]."]),
    ])

article("kilimanjaro-tribune", "2025-11-25", "mtwara-cashew-warehouse-shortfall",
    "Mtwara cashew farmers wait for TSh 67bn as warehouse shortfall row drags on",
    [
        "More than 40,000 cashew farmers in Mtwara Region have not been paid for nuts sold at auctions in October, with the Makonde Plateau Co-operative Union (MAPCU) saying TSh 67 billion is stuck in a dispute between buyers and a warehouse operator.",
        "Buyers allege that about 2,100 tonnes of nuts recorded in warehouse receipts could not be found when they went to collect them at Mikindani Bonded Warehouses Ltd in Mtwara town. Reliable sources told this paper that a physical count ordered by the regulator last week found a shortfall of close to 1,800 tonnes.",
        "“The nuts left the warehouse at night in unmarked trucks. Everybody in Mikindani knows it,” said a warehouse employee, who asked not to be named for fear of losing his job. He claimed that receipts had been issued for stock that was never delivered.",
        "Mikindani Bonded Warehouses managing director Mr Rashidi Mpemba denied any theft. “Every kilo is accounted for. The difference is moisture loss, and the buyers know it,” he told this paper by phone. He accused some buyers of “inventing a shortage to renegotiate prices after the world market fell”.",
        "The Commodity Warehouse Licensing Board suspended the company’s operating licence on November 14, according to a notice published in a local newspaper. The board’s director general, Dr Musa Kitwana, said the suspension was “a precautionary measure” pending an audit and did not mean the company was guilty.",
        "Mtwara Regional Commissioner Ms Zainab Chilumba told a meeting of farmers in Tandahimba on Saturday that the government would “not allow a single farmer to lose a single shilling”. She said she had directed the regional security committee to investigate. Farmers at the meeting, however, said they had heard similar words in 2023.",
        "This paper has established that MAPCU received TSh 2.3 billion in levies from the October auctions before the dispute arose. MAPCU general manager Mr Bakari Namkoveka said the union had not released the money because it was “waiting for clarity”. He dismissed suggestions that the union had used it to pay its own debts as “malicious rumours”.",
        "But a member of the union’s board, who spoke on condition of anonymity, told this paper that the board had approved a TSh 1.1 billion loan repayment to a commercial bank in early November. “We were told the farmers’ money would be replaced before anyone noticed,” the board member said.",
        "Mr Namkoveka could not be reached for comment on the claim. The Cashew Industry Board said in a statement that payments to farmers would begin “within two weeks”, without giving details. The buyers’ group, the Southern Nut Exporters Forum, did not respond to requests for comment.",
        "Hamisi Chikota, a farmer from Newala who sold 1.4 tonnes at the October auction, said he had borrowed money to buy sulphur for the coming season. “The bank does not wait for auditors,” he said.",
    ],
    [
        A("(MAPCU) [[saying]] TSh", "with [[the Makonde Plateau Co-operative Union (MAPCU)]] saying",
          "saying [[TSh 67 billion is stuck in a dispute between buyers and a warehouse operator]].", kind="organization"),
        A("Buyers [[allege]] that", "[[Buyers]] allege",
          "allege [[that about 2,100 tonnes of nuts recorded in warehouse receipts could not be found when they went to collect them at Mikindani Bonded Warehouses Ltd in Mtwara town]].",
          kind="vague"),
        A("Reliable sources [[told]] this paper", "[[Reliable sources]] told",
          "this paper [[that a physical count ordered by the regulator last week found a shortfall of close to 1,800 tonnes]].",
          kind="anonymous", spec="vague", reason=False),
        A("last week [[found]] a shortfall", "that [[a physical count ordered by the regulator last week]] found",
          "found [[a shortfall of close to 1,800 tonnes]].", kind="document"),
        A("knows it,” [[said]] a warehouse", "said [[a warehouse employee]], who asked",
          "[[“The nuts left the warehouse at night in unmarked trucks. Everybody in Mikindani knows it,”]] said",
          kind="anonymous", spec="described", reason=True),
        A("He [[claimed]] that receipts", "[[He]] claimed that receipts",
          "claimed [[that receipts had been issued for stock that was never delivered]].",
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A("Mpemba [[denied]] any theft", "[[Mikindani Bonded Warehouses managing director Mr Rashidi Mpemba]] denied",
          "denied [[any theft]].", kind="person", denial="denial"),
        A("he [[told]] this paper by phone", "know it,” [[he]] told",
          "[[“Every kilo is accounted for. The difference is moisture loss, and the buyers know it,”]] he",
          kind="pronoun", res="person", denial="denial", channel="phone"),
        A("He [[accused]] some buyers", "[[He]] accused",
          "accused [[some buyers of “inventing a shortage to renegotiate prices after the world market fell”]].",
          kind="pronoun", res="person", denial="dismissal"),
        A("November 14, [[according to]] a notice", "according to [[a notice published in a local newspaper]].",
          "[[The Commodity Warehouse Licensing Board suspended the company’s operating licence on November 14]], according", kind="document"),
        A("Kitwana, [[said]] the suspension", "[[The board’s director general, Dr Musa Kitwana]], said",
          "said [[the suspension was “a precautionary measure” pending an audit and did not mean the company was guilty]].", kind="person"),
        A("Chilumba [[told]] a meeting", "[[Mtwara Regional Commissioner Ms Zainab Chilumba]] told",
          "on Saturday [[that the government would “not allow a single farmer to lose a single shilling”]].", kind="person"),
        A("She [[said]] she had directed", "[[She]] said she had",
          "said [[she had directed the regional security committee to investigate]].", kind="pronoun", res="person"),
        A("however, [[said]] they had heard", "[[Farmers at the meeting]], however",
          "said [[they had heard similar words in 2023]].", kind="vague"),
        A("This paper [[has established]] that MAPCU", "[[This paper]] has established that MAPCU",
          "has established [[that MAPCU received TSh 2.3 billion in levies from the October auctions before the dispute arose]].", kind="self"),
        A("Namkoveka [[said]] the union", "[[MAPCU general manager Mr Bakari Namkoveka]] said",
          "said [[the union had not released the money because it was “waiting for clarity”]].", kind="person"),
        A("He [[dismissed]] suggestions", "[[He]] dismissed",
          "dismissed [[suggestions that the union had used it to pay its own debts]] as", kind="pronoun", res="person", denial="dismissal"),
        A("dismissed [[suggestions]] that", None,
          "suggestions [[that the union had used it to pay its own debts]] as"),
        A("anonymity, [[told]] this paper that the board", "But [[a member of the union’s board]], who spoke",
          "this paper [[that the board had approved a TSh 1.1 billion loan repayment to a commercial bank in early November]].",
          kind="anonymous", spec="described", reason=False),
        A("“We [[were told]] the farmers’", None,
          "were told [[the farmers’ money would be replaced before anyone noticed]],”"),
        A("the board member [[said]].", "[[the board member]] said.",
          "[[“We were told the farmers’ money would be replaced before anyone noticed,”]] the board",
          kind="anonymous", spec="described", reason=False),
        A("Namkoveka [[could not be reached for comment]]", "[[Mr Namkoveka]] could",
          None, kind="person", denial="no-response"),
        A("Board [[said]] in a statement", "[[The Cashew Industry Board]] said",
          "statement [[that payments to farmers would begin “within two weeks”]],", kind="organization", channel="statement"),
        A("Forum, [[did not respond to requests for comment]].", "[[The buyers’ group, the Southern Nut Exporters Forum]], did",
          None, kind="organization", denial="no-response"),
        A("auction, [[said]] he had borrowed", "[[Hamisi Chikota, a farmer from Newala who sold 1.4 tonnes at the October auction]], said",
          "said [[he had borrowed money to buy sulphur for the coming season]].", kind="person"),
        A("auditors,” he [[said]].", "auditors,” [[he]] said.",
          "[[“The bank does not wait for auditors,”]] he", kind="pronoun", res="person"),
    ])

# ---------------------------------------------------------------------------------------------
# orbit-ledger: US commercial space-industry trade site (straight double quotes)
# ---------------------------------------------------------------------------------------------
article("orbit-ledger", "2025-04-15", "corvane-skylance-second-stage-anomaly",
    '''Corvane's Skylance anomaly traced to valve that failed in testing''',
    [
        '''Corvane Aerospace's Skylance rocket left six Lumisat broadband satellites in an orbit roughly 140 kilometers lower than planned on April 9 after its second-stage engine shut down early, the company said in a statement Thursday. The FAA said it was overseeing a mishap investigation led by Corvane and that Skylance would remain grounded until the agency accepts the final report.''',
        '''Orbit Ledger has learned that engineers traced the early shutdown to a helium pressurization valve supplied by Brennick Fluid Systems. The same valve design failed twice during acceptance testing at Corvane's Mojave site last year, according to two people familiar with the test campaign, who were not authorized to discuss it publicly.''',
        '''"They knew about the valve. It was on the risk register in red for months," one of the people said. Internal test reports reviewed by Orbit Ledger show that engineers recommended a redesign in September, but that management approved a "fly-as-is" waiver to hold the April launch date.''',
        '''Corvane CEO Mattias Oyelaran rejected that account in a post on X late Thursday. "No one at Corvane flew unsafe hardware. Period," he wrote. "Every waiver we sign is reviewed by our chief engineer and disclosed to the customer."''',
        '''A Corvane spokesperson, Renee Callahan, said the company "does not discuss internal test data." Brennick did not respond to multiple requests for comment.''',
        '''Lumisat said in a filing with the Securities and Exchange Commission on Friday that the six satellites were healthy but would need to burn "a substantial portion" of their propellant to reach their operating altitude, cutting their design life from seven years to about four. It expects to record an impairment charge of $38 million to $45 million, the filing said.''',
        '''Lumisat chief executive Harriet Quayle wrote on LinkedIn that she was "disappointed but not deterred" and that the company would "have a frank conversation with our launch partner." A person close to Lumisat's board said directors were weighing whether to move the company's next two launches to a competitor.''',
        '''Corvane had told investors in a February presentation that Skylance would fly 14 times in 2025. Analysts now expect fewer than eight. "Every month on the ground is a month of fixed costs with no revenue," said Sofia Marchetti, an analyst at Quadrant Orbital Advisors. "The bigger risk is customer confidence."''',
        '''The trade newsletter SpaceBeat reported Monday that Corvane had laid off about 60 contract technicians at Mojave since the failure. Callahan called that report "inaccurate," saying the technicians' contracts had ended as scheduled.''',
        '''The FAA declined to comment on the investigation's timeline. Corvane is expected to submit its findings by the end of May, one of the people familiar with the test campaign said.''',
    ],
    [
        A('''the company [[said]] in a statement Thursday''', '''early, [[the company]] said''',
          '''[[Corvane Aerospace's Skylance rocket left six Lumisat broadband satellites in an orbit roughly 140 kilometers lower than planned on April 9 after its second-stage engine shut down early]], the company''',
          kind="organization", channel="statement"),
        A('''The FAA [[said]] it was''', '''[[The FAA]] said it was''',
          '''said [[it was overseeing a mishap investigation led by Corvane and that Skylance would remain grounded until the agency accepts the final report]].''',
          kind="organization"),
        A('''Orbit Ledger [[has learned]] that engineers''', '''[[Orbit Ledger]] has learned that engineers''',
          '''has learned [[that engineers traced the early shutdown to a helium pressurization valve supplied by Brennick Fluid Systems]].''', kind="self"),
        A('''last year, [[according to]] two people''', '''according to [[two people familiar with the test campaign]], who''',
          '''[[The same valve design failed twice during acceptance testing at Corvane's Mojave site last year]], according''',
          kind="anonymous", spec="vague", reason=True),
        A('''for months," one of the people [[said]].''', '''for months," [[one of the people]] said.''',
          '''[["They knew about the valve. It was on the risk register in red for months,"]] one''',
          kind="anonymous", spec="vague", reason=True),
        A('''Orbit Ledger [[show]] that''', '''[[Internal test reports reviewed by Orbit Ledger]] show''',
          '''show [[that engineers recommended a redesign in September, but that management approved a "fly-as-is" waiver to hold the April launch date]].''',
          kind="document"),
        A('''Oyelaran [[rejected]] that account''', '''[[Corvane CEO Mattias Oyelaran]] rejected''',
          '''rejected [[that account]] in a post''', kind="person", denial="denial", channel="post"),
        A('''Period," he [[wrote]].''', '''Period," [[he]] wrote.''',
          ['''[["No one at Corvane flew unsafe hardware. Period,"]] he''',
           '''wrote. [["Every waiver we sign is reviewed by our chief engineer and disclosed to the customer."]]'''],
          kind="pronoun", res="person", denial="denial"),
        A('''Callahan, [[said]] the company''', '''[[A Corvane spokesperson, Renee Callahan]], said''',
          '''said [[the company "does not discuss internal test data."]]''', kind="person", denial="no-comment"),
        A('''Brennick [[did not respond to multiple requests for comment]].''', '''[[Brennick]] did not''',
          None, kind="organization", denial="no-response"),
        A('''Lumisat [[said]] in a filing''', '''[[Lumisat]] said in a filing''',
          '''on Friday [[that the six satellites were healthy but would need to burn "a substantial portion" of their propellant to reach their operating altitude, cutting their design life from seven years to about four]].''',
          kind="organization", channel="filing"),
        A('''It [[expects]] to record''', '''[[It]] expects''',
          '''expects [[to record an impairment charge of $38 million to $45 million]], the filing''', kind="pronoun", res="organization"),
        A('''the filing [[said]].''', '''[[the filing]] said.''',
          '''[[It expects to record an impairment charge of $38 million to $45 million]], the filing''', kind="document"),
        A('''Quayle [[wrote]] on LinkedIn''', '''[[Lumisat chief executive Harriet Quayle]] wrote''',
          '''on LinkedIn [[that she was "disappointed but not deterred" and that the company would "have a frank conversation with our launch partner."]]''',
          kind="person", channel="post"),
        A('''board [[said]] directors''', '''[[A person close to Lumisat's board]] said''',
          '''said [[directors were weighing whether to move the company's next two launches to a competitor]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''Corvane [[had told]] investors''', '''[[Corvane]] had told''',
          '''presentation [[that Skylance would fly 14 times in 2025]].''', kind="organization"),
        A('''Analysts now [[expect]] fewer''', '''[[Analysts]] now expect''',
          '''expect [[fewer than eight]].''', kind="vague"),
        A('''revenue," [[said]] Sofia''', '''said [[Sofia Marchetti, an analyst at Quadrant Orbital Advisors]].''',
          ['''[["Every month on the ground is a month of fixed costs with no revenue,"]] said''',
           '''Advisors. [["The bigger risk is customer confidence."]]'''], kind="person"),
        A('''SpaceBeat [[reported]] Monday''', '''[[The trade newsletter SpaceBeat]] reported''',
          '''Monday [[that Corvane had laid off about 60 contract technicians at Mojave since the failure]].''', kind="outlet"),
        A('''Callahan [[called]] that report''', '''[[Callahan]] called''',
          '''called [[that report "inaccurate,"]]''', kind="person", denial="denial"),
        A('''"inaccurate," [[saying]] the''', '''[[Callahan]] called''',
          '''saying [[the technicians' contracts had ended as scheduled]].''', kind="person", denial="denial"),
        A('''The FAA [[declined to comment]]''', '''[[The FAA]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''Corvane [[is expected]] to submit''', None,
          ['''[[Corvane]] is expected''', '''is expected [[to submit its findings by the end of May]], one''']),
        A('''test campaign [[said]].''', '''May, [[one of the people familiar with the test campaign]] said.''',
          '''[[Corvane is expected to submit its findings by the end of May]], one of the people''',
          kind="anonymous", spec="vague", reason=True),
    ])

article("orbit-ledger", "2025-08-19", "helioport-series-c-deck-contracts",
    '''Helioport pitched investors on "signed" contracts that customers call letters of intent''',
    [
        '''Helioport Systems told prospective investors this spring that it had $310 million in signed multiyear contracts for imagery from its planned 24-satellite constellation, according to a copy of the company's Series C deck obtained by Orbit Ledger. At least two of the customers listed in the deck say they never signed a contract.''',
        '''The deck, dated March 2025, lists Tidewater Agrianalytics as a $48 million "anchor customer." "We signed a nonbinding letter of intent. There is no contract," Tidewater chief operating officer Lena Sorvik told Orbit Ledger. A second customer named in the deck, Emberline Analytics, said through a spokesperson that its agreement was "a memorandum of understanding with no financial commitment."''',
        '''Three former Helioport employees, who spoke on condition of anonymity because they had signed nondisparagement agreements, said the sales team had been instructed to describe letters of intent as "contracts in execution." One of them said the figure in the deck "was reverse-engineered from the valuation the CEO wanted."''',
        '''Helioport CEO Brandt Ekwueme denied that the company had misled anyone. In a statement emailed to Orbit Ledger, he said the deck "clearly distinguished" between binding contracts and "qualified pipeline," and that investors had received "full access to every customer document in diligence." The company said the three former employees had "left on difficult terms."''',
        '''Helioport closed the $145 million round in June, led by Halcyon Frontier Partners. A Halcyon partner, Odell Strickland, wrote in a LinkedIn post at the time that Helioport had "the strongest contracted backlog we have seen in Earth observation."''',
        '''Helioport is also in a payment dispute with Arclight Bus Works, which is building its first eight satellites. Arclight said in a filing in Colorado state court last month that Helioport owed it $21.6 million in unpaid invoices, some more than 180 days overdue.''',
        '''Helioport's lawyers argued in a response that the invoices were "disputed in good faith" because Arclight had delivered the first two spacecraft buses "months late and out of specification." Arclight's chief executive, Maren Tollefsen, dismissed that as "a story invented after the bills came due."''',
        '''Helioport's first two satellites launched in January, but the company has not released any imagery. A person familiar with the company's operations said one of the satellites had suffered a star-tracker fault that halves its imaging time. Ekwueme declined to address that claim directly, saying only that both spacecraft were "performing within expectations."''',
        '''Analysts said the gap between letters of intent and contracts is common in the sector but rarely this wide. "Calling an LOI a signed contract is a different thing," said Caleb Whitmore, a managing director at Perihelion Capital Advisors.''',
        '''Helioport's next two satellites are expected to launch in November. An existing Helioport investor, who asked not to be named to protect his relationship with the company, said he had asked the board for an independent review of the sales figures and had not received a reply.''',
    ],
    [
        A('''Helioport Systems [[told]] prospective''', '''[[Helioport Systems]] told''',
          '''this spring [[that it had $310 million in signed multiyear contracts for imagery from its planned 24-satellite constellation]], according''',
          kind="organization"),
        A('''constellation, [[according to]] a copy''', '''according to [[a copy of the company's Series C deck obtained by Orbit Ledger]].''',
          '''[[Helioport Systems told prospective investors this spring that it had $310 million in signed multiyear contracts for imagery from its planned 24-satellite constellation]], according''',
          kind="document"),
        A('''in the deck [[say]] they never''', '''[[At least two of the customers listed in the deck]] say''',
          '''say [[they never signed a contract]].''', kind="organization"),
        A('''2025, [[lists]] Tidewater''', '''[[The deck]], dated March 2025''',
          '''lists [[Tidewater Agrianalytics as a $48 million "anchor customer."]]''', kind="document"),
        A('''Sorvik [[told]] Orbit Ledger''', '''contract," [[Tidewater chief operating officer Lena Sorvik]] told''',
          '''[["We signed a nonbinding letter of intent. There is no contract,"]] Tidewater''', kind="person"),
        A('''Analytics, [[said]] through a spokesperson''', '''[[A second customer named in the deck, Emberline Analytics]], said''',
          '''spokesperson [[that its agreement was "a memorandum of understanding with no financial commitment."]]''', kind="organization"),
        A('''agreements, [[said]] the sales team''', '''[[Three former Helioport employees]], who spoke''',
          '''said [[the sales team had been instructed to describe letters of intent as "contracts in execution."]]''',
          kind="anonymous", spec="described", reason=True),
        A('''One of them [[said]] the figure''', '''[[One of them]] said''',
          '''said [[the figure in the deck "was reverse-engineered from the valuation the CEO wanted."]]''',
          kind="anonymous", spec="described", reason=True),
        A('''Ekwueme [[denied]] that''', '''[[Helioport CEO Brandt Ekwueme]] denied''',
          '''denied [[that the company had misled anyone]].''', kind="person", denial="denial"),
        A('''he [[said]] the deck''', '''Orbit Ledger, [[he]] said''',
          '''said [[the deck "clearly distinguished" between binding contracts and "qualified pipeline," and that investors had received "full access to every customer document in diligence."]]''',
          kind="pronoun", res="person", denial="denial", channel="statement"),
        A('''The company [[said]] the three''', '''[[The company]] said the three''',
          '''said [[the three former employees had "left on difficult terms."]]''', kind="organization", denial="dismissal"),
        A('''Strickland, [[wrote]] in a LinkedIn post''', '''[[A Halcyon partner, Odell Strickland]], wrote''',
          '''at the time [[that Helioport had "the strongest contracted backlog we have seen in Earth observation."]]''',
          kind="person", channel="post"),
        A('''Arclight [[said]] in a filing''', '''[[Arclight]] said in a filing''',
          '''last month [[that Helioport owed it $21.6 million in unpaid invoices, some more than 180 days overdue]].''',
          kind="organization", channel="filing"),
        A('''lawyers [[argued]] in a response''', '''[[Helioport's lawyers]] argued''',
          '''response [[that the invoices were "disputed in good faith" because Arclight had delivered the first two spacecraft buses "months late and out of specification."]]''',
          kind="organization", denial="denial"),
        A('''Tollefsen, [[dismissed]] that''', '''[[Arclight's chief executive, Maren Tollefsen]], dismissed''',
          '''dismissed [[that]] as''', kind="person", denial="dismissal"),
        A('''operations [[said]] one of the satellites''', '''[[A person familiar with the company's operations]] said''',
          '''said [[one of the satellites had suffered a star-tracker fault that halves its imaging time]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''Ekwueme [[declined to address]] that''', '''[[Ekwueme]] declined''',
          None, kind="person", denial="no-comment"),
        A('''directly, [[saying]] only''', '''[[Ekwueme]] declined''',
          '''saying only [[that both spacecraft were "performing within expectations."]]''', kind="person"),
        A('''Analysts [[said]] the gap''', '''[[Analysts]] said the gap''',
          '''said [[the gap between letters of intent and contracts is common in the sector but rarely this wide]].''', kind="vague"),
        A('''different thing," [[said]] Caleb''', '''said [[Caleb Whitmore, a managing director at Perihelion Capital Advisors]].''',
          '''[["Calling an LOI a signed contract is a different thing,"]] said''', kind="person"),
        A('''satellites [[are expected]] to launch''', None,
          ['''[[Helioport's next two satellites]] are''', '''are expected [[to launch in November]].''']),
        A('''company, [[said]] he had asked''', '''[[An existing Helioport investor]], who asked''',
          '''said [[he had asked the board for an independent review of the sales figures and had not received a reply]].''',
          kind="anonymous", spec="described", reason=True),
    ])

article("orbit-ledger", "2025-12-03", "stratawave-aurelian-fcc-interference-fight",
    '''Stratawave and Aurelian trade accusations at FCC over lower-orbit plan''',
    [
        '''Stratawave Communications has asked the Federal Communications Commission to reject Aurelian Networks' request to fly 1,200 of its broadband satellites at a lower altitude, arguing in a filing Monday that the change would cause "harmful and persistent interference" to Stratawave's geostationary customers across North America.''',
        '''Stratawave says test data included with its 46-page petition shows outages of up to 11 minutes for small-dish customers in Texas and Florida during a two-week trial in October. Aurelian's lower shells would put its satellites in the main beam of Stratawave's terminals "hundreds of times a day," the petition said.''',
        '''Aurelian dismissed the petition as "a delay tactic dressed up as engineering." In a reply posted to the FCC's docket, Aurelian's vice president for regulatory affairs, Noor Haddad, wrote that Stratawave's trial "used uncalibrated equipment, undisclosed assumptions and a worst case that cannot occur under our operating rules."''',
        '''Haddad also posted on X that Stratawave "has filed some version of this petition against every new operator since 2019." Stratawave's general counsel, Ellis Brandvold, called that "a cheap shot from a company that knows its numbers don't add up."''',
        '''Aurelian has told investors it needs the lower orbit to cut latency below 20 milliseconds and win airline and maritime contracts, according to a person familiar with the company's plans. Stratawave, which carries $4.1 billion in debt, depends on consumer broadband for about 40% of its revenue, according to its most recent annual report.''',
        '''Orbit Ledger has learned that FCC staff met with both companies separately in November. An FCC official, who was not authorized to speak on the record, said the agency's engineers had asked Aurelian for more data on its beam-steering software but had not reached any conclusion.''',
        '''Industry analysts said the dispute reflects a broader fight over power limits written before large constellations existed. "The rules were written for a sky with a few dozen satellites in it," said Marisol Tan, a spectrum consultant at Ridgeway Spectrum Group. She believes the commission is likely to approve Aurelian's request with conditions.''',
        '''The trade newsletter SatPolicy Daily reported last week that Stratawave had approached Aurelian about a private coordination agreement that would include payments, an account Stratawave denied. "We have not asked anyone for money. We have asked the FCC to enforce its own rules," Brandvold said.''',
        '''Aurelian chief executive Tobias Renwick did not respond to a request for comment. A person close to Aurelian's board said the company was preparing to offer Stratawave a software fix — limiting transmissions when its satellites pass near the geostationary arc — rather than money. The person spoke on condition of anonymity because the talks are private.''',
        '''Comments on the petition are due January 9, and Aurelian is expected to file its formal opposition by then.''',
    ],
    [
        A('''altitude, [[arguing]] in a filing''', '''[[Stratawave Communications]] has asked''',
          '''Monday [[that the change would cause "harmful and persistent interference" to Stratawave's geostationary customers across North America]].''',
          kind="organization", channel="filing"),
        A('''Stratawave [[says]] test data''', '''[[Stratawave]] says test''',
          '''says [[test data included with its 46-page petition shows outages of up to 11 minutes for small-dish customers in Texas and Florida during a two-week trial in October]].''',
          kind="organization"),
        A('''petition [[shows]] outages''', '''says [[test data included with its 46-page petition]] shows''',
          '''shows [[outages of up to 11 minutes for small-dish customers in Texas and Florida during a two-week trial in October]].''', kind="document"),
        A('''the petition [[said]].''', '''[[the petition]] said.''',
          '''[[Aurelian's lower shells would put its satellites in the main beam of Stratawave's terminals "hundreds of times a day,"]] the petition''',
          kind="document"),
        A('''Aurelian [[dismissed]] the petition''', '''[[Aurelian]] dismissed''',
          '''dismissed [[the petition]] as''', kind="organization", denial="dismissal"),
        A('''Haddad, [[wrote]] that''', '''[[Aurelian's vice president for regulatory affairs, Noor Haddad]], wrote''',
          '''wrote [[that Stratawave's trial "used uncalibrated equipment, undisclosed assumptions and a worst case that cannot occur under our operating rules."]]''',
          kind="person", denial="denial", channel="filing"),
        A('''Haddad also [[posted]] on X''', '''[[Haddad]] also posted''',
          '''on X [[that Stratawave "has filed some version of this petition against every new operator since 2019."]]''',
          kind="person", denial="dismissal", channel="post"),
        A('''Brandvold, [[called]] that''', '''[[Stratawave's general counsel, Ellis Brandvold]], called''',
          '''called [[that "a cheap shot from a company that knows its numbers don't add up."]]''', kind="person", denial="dismissal"),
        A('''Aurelian [[has told]] investors''', '''[[Aurelian]] has told''',
          '''investors [[it needs the lower orbit to cut latency below 20 milliseconds and win airline and maritime contracts]], according''', kind="organization"),
        A('''contracts, [[according to]] a person''', '''according to [[a person familiar with the company's plans]].''',
          '''[[Aurelian has told investors it needs the lower orbit to cut latency below 20 milliseconds and win airline and maritime contracts]], according''',
          kind="anonymous", spec="vague", reason=False),
        A('''revenue, [[according to]] its most''', '''according to [[its most recent annual report]].''',
          '''[[Stratawave, which carries $4.1 billion in debt, depends on consumer broadband for about 40% of its revenue]], according''', kind="document"),
        A('''Orbit Ledger [[has learned]] that FCC''', '''[[Orbit Ledger]] has learned that FCC''',
          '''has learned [[that FCC staff met with both companies separately in November]].''', kind="self"),
        A('''record, [[said]] the agency's''', '''[[An FCC official]], who was''',
          '''said [[the agency's engineers had asked Aurelian for more data on its beam-steering software but had not reached any conclusion]].''',
          kind="anonymous", spec="described", reason=True),
        A('''analysts [[said]] the dispute''', '''[[Industry analysts]] said''',
          '''said [[the dispute reflects a broader fight over power limits written before large constellations existed]].''', kind="vague"),
        A('''in it," [[said]] Marisol''', '''said [[Marisol Tan, a spectrum consultant at Ridgeway Spectrum Group]].''',
          '''[["The rules were written for a sky with a few dozen satellites in it,"]] said''', kind="person"),
        A('''She [[believes]] the commission''', '''[[She]] believes''',
          '''believes [[the commission is likely to approve Aurelian's request with conditions]].''', kind="pronoun", res="person"),
        A('''Daily [[reported]] last week''', '''[[The trade newsletter SatPolicy Daily]] reported''',
          '''last week [[that Stratawave had approached Aurelian about a private coordination agreement that would include payments]],''', kind="outlet"),
        A('''Stratawave [[denied]].''', '''account [[Stratawave]] denied.''',
          '''payments, [[an account]] Stratawave''', kind="organization", denial="denial"),
        A('''rules," Brandvold [[said]].''', '''rules," [[Brandvold]] said.''',
          '''[["We have not asked anyone for money. We have asked the FCC to enforce its own rules,"]] Brandvold''', kind="person", denial="denial"),
        A('''Renwick [[did not respond to a request for comment]].''', '''[[Aurelian chief executive Tobias Renwick]] did''',
          None, kind="person", denial="no-response"),
        A('''board [[said]] the company was preparing''', '''[[A person close to Aurelian's board]] said''',
          '''said [[the company was preparing to offer Stratawave a software fix — limiting transmissions when its satellites pass near the geostationary arc — rather than money]].''',
          kind="anonymous", spec="vague", reason=True),
        A('''Aurelian [[is expected]] to file''', None,
          ['''and [[Aurelian]] is expected''', '''is expected [[to file its formal opposition by then]].''']),
    ])

# ---------------------------------------------------------------------------------------------
# boundary-line: Indian cricket-administration desk (curly single quotes, curly double inside)
# ---------------------------------------------------------------------------------------------
article("boundary-line", "2025-01-28", "vindhya-secretary-ombudsman-hearing",
    "VSCA secretary’s franchise link: BCAI ombudsman reserves order",
    [
        "The ombudsman of the Board of Cricket Administration in India (BCAI) on Monday reserved her order on a conflict-of-interest complaint against Vindhya State Cricket Association (VSCA) secretary Rajendra Kesarwani, whose son reportedly holds a 26 per cent stake in a franchise of the state’s T20 league.",
        "The complaint, filed in October by former Vindhya captain Anil Chourasia, alleges that Kesarwani chaired the meeting at which the league’s broadcast and ticketing contracts were awarded while his family held an interest in the Vindhya Valley Lions. Kesarwani has denied the charge.",
        "‘I have never had one rupee of interest in any franchise. My son is an adult and runs his own business,’ Kesarwani told this newspaper after the hearing in Mumbai. He said the complaint was ‘a personal vendetta’ by a player who was ‘upset at not being made a selector in 2022’.",
        "Chourasia’s counsel, senior advocate Farhan Qureshi, argued before the ombudsman that the association’s own minutes showed Kesarwani signing both contracts. ‘He did not recuse himself, he did not declare anything. It is all in black and white,’ Qureshi said.",
        "Sources in the board said the ombudsman had also called for WhatsApp messages exchanged between Kesarwani and the franchise’s chief executive in the weeks before the tender. ‘There are messages in which the ticketing contract is discussed with the franchise before the bids were opened. That is the heart of the case,’ said a BCAI official, who spoke on condition of anonymity as he is not authorised to speak to the media.",
        "In one of the messages, seen by this newspaper, Kesarwani wrote to the franchise chief executive, Nikhil Bhandarkar: ‘Don’t worry about the ticketing, it is sorted.’ Bhandarkar did not respond to calls and WhatsApp messages from this newspaper.",
        "The Lions’ principal owner, industrialist Sunanda Bhatnagar, said in a statement that the franchise had ‘followed every rule of the tender’ and had no link with the agency that won the ticketing contract.",
        "The agency, Tickgate Sports Services, allegedly shares a registered office with a company owned by Kesarwani’s son. It was incorporated four months before the tender, according to filings with the Registrar of Companies. The BCAI’s chief executive, Vivek Nandwani, declined to comment.",
        "Within the VSCA, the case has split the managing committee. The association’s president, Devendra Pratap Solanki, told this newspaper that the secretary had ‘the full confidence of the committee’. One committee member, who did not wish to be named, said the dispute had ‘frozen’ the association’s preparations for the domestic season.",
        "The ombudsman is expected to pronounce her order within two weeks. If the complaint is upheld, Kesarwani could be barred from holding office in the association for up to three years, according to the BCAI’s constitution.",
    ],
    [
        A("son [[reportedly]] holds", None,
          ["[[whose son]] reportedly", "reportedly [[holds a 26 per cent stake in a franchise of the state’s T20 league]]."]),
        A("Chourasia, [[alleges]] that", "[[The complaint]], filed",
          "alleges [[that Kesarwani chaired the meeting at which the league’s broadcast and ticketing contracts were awarded while his family held an interest in the Vindhya Valley Lions]].",
          kind="document"),
        A("Kesarwani [[has denied]] the charge", "[[Kesarwani]] has denied",
          "has denied [[the charge]].", kind="person", denial="denial"),
        A("Kesarwani [[told]] this newspaper after", "business,’ [[Kesarwani]] told",
          "[[‘I have never had one rupee of interest in any franchise. My son is an adult and runs his own business,’]] Kesarwani",
          kind="person", denial="denial"),
        A("He [[said]] the complaint", "[[He]] said the complaint",
          "said [[the complaint was ‘a personal vendetta’ by a player who was ‘upset at not being made a selector in 2022’]].",
          kind="pronoun", res="person", denial="dismissal"),
        A("Qureshi, [[argued]] before", "[[Chourasia’s counsel, senior advocate Farhan Qureshi]], argued",
          "before the ombudsman [[that the association’s own minutes showed Kesarwani signing both contracts]].", kind="person"),
        A("minutes [[showed]] Kesarwani", "that [[the association’s own minutes]] showed",
          "showed [[Kesarwani signing both contracts]].", kind="document"),
        A("white,’ Qureshi [[said]].", "white,’ [[Qureshi]] said.",
          "[[‘He did not recuse himself, he did not declare anything. It is all in black and white,’]] Qureshi", kind="person"),
        A("board [[said]] the ombudsman", "[[Sources in the board]] said",
          "said [[the ombudsman had also called for WhatsApp messages exchanged between Kesarwani and the franchise’s chief executive in the weeks before the tender]].",
          kind="anonymous", spec="described", reason=False),
        A("the case,’ [[said]] a BCAI", "said [[a BCAI official]], who spoke",
          "[[‘There are messages in which the ticketing contract is discussed with the franchise before the bids were opened. That is the heart of the case,’]] said",
          kind="anonymous", spec="described", reason=True),
        A("Kesarwani [[wrote]] to the franchise", "newspaper, [[Kesarwani]] wrote",
          "Bhandarkar: [[‘Don’t worry about the ticketing, it is sorted.’]]", kind="person"),
        A("Bhandarkar [[did not respond to calls and WhatsApp messages]]", "[[Bhandarkar]] did not",
          None, kind="person", denial="no-response"),
        A("Bhatnagar, [[said]] in a statement", "[[The Lions’ principal owner, industrialist Sunanda Bhatnagar]], said",
          "statement [[that the franchise had ‘followed every rule of the tender’ and had no link with the agency that won the ticketing contract]].",
          kind="person", denial="denial", channel="statement"),
        A("Services, [[allegedly]] shares", None,
          ["[[The agency, Tickgate Sports Services]], allegedly", "allegedly [[shares a registered office with a company owned by Kesarwani’s son]]."]),
        A("tender, [[according to]] filings", "according to [[filings with the Registrar of Companies]].",
          "[[It was incorporated four months before the tender]], according", kind="document"),
        A("Nandwani, [[declined to comment]].", "[[The BCAI’s chief executive, Vivek Nandwani]], declined",
          None, kind="person", denial="no-comment"),
        A("Solanki, [[told]] this newspaper", "[[The association’s president, Devendra Pratap Solanki]], told",
          "this newspaper [[that the secretary had ‘the full confidence of the committee’]].", kind="person"),
        A("named, [[said]] the dispute", "[[One committee member]], who did",
          "said [[the dispute had ‘frozen’ the association’s preparations for the domestic season]].",
          kind="anonymous", spec="described", reason=False),
        A("ombudsman [[is expected]] to pronounce", None,
          ["[[The ombudsman]] is expected", "is expected [[to pronounce her order within two weeks]]."]),
        A("years, [[according to]] the BCAI’s", "according to [[the BCAI’s constitution]].",
          "[[If the complaint is upheld, Kesarwani could be barred from holding office in the association for up to three years]], according", kind="document"),
    ])

article("boundary-line", "2025-05-20", "deccan-under-23-selection-row",
    "Deccan U-23 selection row: father alleges demand for ₹15 lakh",
    [
        "The Deccan Plateau Cricket Association (DPCA) has ordered an inquiry into the selection of its under-23 squad after the father of a left-arm spinner alleged that a coach linked to the selection committee had demanded ₹15 lakh to include his son in the team.",
        "Venkatesh Dhulipala, whose son Tanmay took 31 wickets in the state’s under-23 one-day league last season, told this newspaper that the coach, Ravi Moorthy, had approached him in March. ‘He told me the list was already made and there was “one place left for the right price”,’ Dhulipala said. He has since shared screenshots of WhatsApp messages with the association’s ethics officer.",
        "The messages, which this newspaper has seen, do not mention a figure. In one, sent on March 14, Moorthy writes: ‘Selection is not only about wickets, you understand. Meet me before the camp.’",
        "Moorthy, who runs a private academy in Mysuru and has worked as a bowling consultant with the DPCA since 2021, flatly denied the allegation. ‘I have never asked any parent for money. I was talking about fitness,’ he said. He claimed Dhulipala was ‘upset because his son was not picked’ and said he would file a defamation complaint.",
        "Chairman of junior selectors Kiran Hosmane said the committee had ‘no connection whatsoever’ with Moorthy and that Tanmay had been left out on form. ‘We will cooperate fully with the ethics officer,’ Hosmane said.",
        "But two members of the DPCA’s apex council, who spoke on condition of anonymity as they are not authorised to speak on selection matters, said Moorthy had attended at least two selection meetings this season. ‘He sits at the back of the room and everybody knows why he is there,’ one of them told this newspaper. The minutes of those meetings do not list him among those present.",
        "Sources in the board said the BCAI’s anti-corruption unit had been informed and was ‘keeping a watch’. The unit’s head, retired police officer Gurpreet Sahni, did not respond to messages.",
        "DPCA secretary Mahesh Tonse said the ethics officer, retired judge K.S. Hiremath, would submit a report within 30 days. Asked whether Moorthy would be stood down in the meantime, Tonse said the association ‘cannot punish anyone on the basis of an allegation’.",
        "Former Deccan captain and commentator Ramesh Iyengar wrote on X that the episode showed ‘why junior selection must be taken out of the hands of state associations’. Parents of two other players dropped from the squad have reportedly approached the ethics officer with similar complaints.",
        "Tanmay declined to comment. The under-23 squad leaves for a tournament in Puducherry on June 2.",
    ],
    [
        A("spinner [[alleged]] that", "after [[the father of a left-arm spinner]] alleged",
          "alleged [[that a coach linked to the selection committee had demanded ₹15 lakh to include his son in the team]].", kind="person"),
        A("season, [[told]] this newspaper that the coach", "[[Venkatesh Dhulipala]], whose",
          "this newspaper [[that the coach, Ravi Moorthy, had approached him in March]].", kind="person"),
        A("‘He [[told]] me", "‘[[He]] told me",
          "told me [[the list was already made and there was “one place left for the right price”]],’", kind="pronoun", res="person"),
        A("Dhulipala [[said]].", "price”,’ [[Dhulipala]] said.",
          "[[‘He told me the list was already made and there was “one place left for the right price”,’]] Dhulipala", kind="person"),
        A("Moorthy [[writes]]:", "March 14, [[Moorthy]] writes",
          "writes: [[‘Selection is not only about wickets, you understand. Meet me before the camp.’]]", kind="person"),
        A("flatly [[denied]] the allegation", "[[Moorthy]], who runs",
          "denied [[the allegation]].", kind="person", denial="denial"),
        A("fitness,’ he [[said]].", "fitness,’ [[he]] said.",
          "[[‘I have never asked any parent for money. I was talking about fitness,’]] he", kind="pronoun", res="person", denial="denial"),
        A("He [[claimed]] Dhulipala", "[[He]] claimed",
          "claimed [[Dhulipala was ‘upset because his son was not picked’]] and", kind="pronoun", res="person", denial="dismissal"),
        A("and [[said]] he would file", "[[He]] claimed",
          "said [[he would file a defamation complaint]].", kind="pronoun", res="person"),
        A("Hosmane [[said]] the committee", "[[Chairman of junior selectors Kiran Hosmane]] said",
          "said [[the committee had ‘no connection whatsoever’ with Moorthy and that Tanmay had been left out on form]].",
          kind="person", denial="denial"),
        A("officer,’ Hosmane [[said]].", "officer,’ [[Hosmane]] said.",
          "[[‘We will cooperate fully with the ethics officer,’]] Hosmane", kind="person"),
        A("matters, [[said]] Moorthy", "But [[two members of the DPCA’s apex council]], who",
          "said [[Moorthy had attended at least two selection meetings this season]].",
          kind="anonymous", spec="described", reason=True),
        A("one of them [[told]] this newspaper", "there,’ [[one of them]] told",
          "[[‘He sits at the back of the room and everybody knows why he is there,’]] one",
          kind="anonymous", spec="described", reason=True),
        A("board [[said]] the BCAI’s", "[[Sources in the board]] said",
          "said [[the BCAI’s anti-corruption unit had been informed and was ‘keeping a watch’]].",
          kind="anonymous", spec="described", reason=False),
        A("Sahni, [[did not respond to messages]].", "[[The unit’s head, retired police officer Gurpreet Sahni]], did",
          None, kind="person", denial="no-response"),
        A("Tonse [[said]] the ethics", "[[DPCA secretary Mahesh Tonse]] said",
          "said [[the ethics officer, retired judge K.S. Hiremath, would submit a report within 30 days]].", kind="person"),
        A("Tonse [[said]] the association", "meantime, [[Tonse]] said",
          "said [[the association ‘cannot punish anyone on the basis of an allegation’]].", kind="person"),
        A("Iyengar [[wrote]] on X", "[[Former Deccan captain and commentator Ramesh Iyengar]] wrote",
          "on X [[that the episode showed ‘why junior selection must be taken out of the hands of state associations’]].", kind="person", channel="post"),
        A("have [[reportedly]] approached", None,
          ["[[Parents of two other players dropped from the squad have]] reportedly", "reportedly [[approached the ethics officer with similar complaints]]."]),
        A("Tanmay [[declined to comment]].", "[[Tanmay]] declined",
          None, kind="person", denial="no-comment"),
    ])

article("boundary-line", "2025-09-09", "konkan-chargers-stadium-dues",
    "Konkan Chargers owe ₹11.4 crore in stadium dues, SCA tells franchise",
    [
        "The Sahyadri Cricket Association (SCA) has told the owners of the Konkan Chargers that the franchise owes ₹11.4 crore in stadium rent, security and floodlight charges for the last two seasons, and has threatened to bar the team from its home ground in Ratnagiri next season.",
        "In a letter dated August 28, a copy of which is with this newspaper, SCA treasurer Sheela Ranade wrote that ‘repeated reminders’ had gone unanswered and that the association would ‘be forced to take all necessary steps’.",
        "Chargers owner Aditya Khopkar, a Pune-based real estate developer, disputed the figure. ‘There is an accounting mismatch of two seasons. We have paid ₹6 crore and we have the receipts,’ Khopkar told this newspaper.",
        "Sources in the association, however, said the ₹6 crore was a payment for an earlier season. They added that two cheques issued by the franchise in March had bounced. ‘The owner keeps saying the money is coming. We have been hearing that for 18 months,’ said one senior SCA office-bearer, who spoke on condition of anonymity as he is not authorised to speak on the matter.",
        "The dispute has spilled over to the players. At least four Chargers players have reportedly not been paid the second instalment of their fees for the 2025 season. One of them, who did not want to be named, told this newspaper the team manager had been promising payment ‘by the 15th’ every month since May.",
        "The Indian Cricketers’ Welfare Forum said in a statement that it had written to the league and to the BCAI seeking ‘immediate intervention’.",
        "Western T20 League commissioner Col. (retd) Vinod Padgaonkar confirmed that the league had received complaints from the players and said it would ‘not allow any franchise to default on player salaries’. He declined to comment on the stadium dues, saying it was ‘a matter between the franchise and the host association’.",
        "Sources in the board said the BCAI had not yet been formally approached but that the issue was likely to come up at the governing council meeting on September 20. The Marathi daily Sahyadri Samachar reported on Sunday that Khopkar was in talks to sell a majority stake in the franchise to a Dubai-based investment firm.",
        "Khopkar dismissed the report as ‘pure fiction’. ‘The Chargers are not for sale. People who want this franchise to fail are feeding these stories,’ he wrote in a WhatsApp message to this newspaper. A person close to the franchise, however, said at least two potential buyers had visited Ratnagiri in August.",
        "Ratnagiri residents who spoke to this newspaper said the stadium, renovated at a cost of ₹38 crore in 2022, had hosted only nine league matches. SCA president Milind Gadre could not be reached for comment.",
    ],
    [
        A("(SCA) [[has told]] the owners", "[[The Sahyadri Cricket Association (SCA)]] has told",
          "Konkan Chargers [[that the franchise owes ₹11.4 crore in stadium rent, security and floodlight charges for the last two seasons]], and", kind="organization"),
        A("Ranade [[wrote]] that", "[[SCA treasurer Sheela Ranade]] wrote",
          "wrote [[that ‘repeated reminders’ had gone unanswered and that the association would ‘be forced to take all necessary steps’]].",
          kind="person", channel="letter"),
        A("developer, [[disputed]] the figure", "[[Chargers owner Aditya Khopkar, a Pune-based real estate developer]], disputed",
          "disputed [[the figure]].", kind="person", denial="denial"),
        A("Khopkar [[told]] this newspaper", "receipts,’ [[Khopkar]] told",
          "[[‘There is an accounting mismatch of two seasons. We have paid ₹6 crore and we have the receipts,’]] Khopkar", kind="person", denial="denial"),
        A("however, [[said]] the ₹6 crore", "[[Sources in the association]], however",
          "said [[the ₹6 crore was a payment for an earlier season]].",
          kind="anonymous", spec="described", reason=False),
        A("They [[added]] that two cheques", "[[They]] added",
          "added [[that two cheques issued by the franchise in March had bounced]].",
          kind="pronoun", res="anonymous", spec="described", reason=False),
        A("owner [[keeps saying]] the money", "‘[[The owner]] keeps",
          "keeps saying [[the money is coming]].", kind="person"),
        A("18 months,’ [[said]] one senior", "said [[one senior SCA office-bearer]], who",
          "[[‘The owner keeps saying the money is coming. We have been hearing that for 18 months,’]] said",
          kind="anonymous", spec="described", reason=True),
        A("have [[reportedly]] not been paid", None,
          ["[[At least four Chargers players have]] reportedly", "reportedly [[not been paid the second instalment of their fees for the 2025 season]]."]),
        A("named, [[told]] this newspaper the team", "[[One of them]], who did",
          "this newspaper [[the team manager had been promising payment ‘by the 15th’ every month since May]].",
          kind="anonymous", spec="described", reason=False),
        A("Forum [[said]] in a statement", "[[The Indian Cricketers’ Welfare Forum]] said",
          "statement [[that it had written to the league and to the BCAI seeking ‘immediate intervention’]].", kind="organization", channel="statement"),
        A("Padgaonkar [[confirmed]] that", "[[Western T20 League commissioner Col. (retd) Vinod Padgaonkar]] confirmed",
          "confirmed [[that the league had received complaints from the players]] and", kind="person"),
        A("players and [[said]] it would", "[[Western T20 League commissioner Col. (retd) Vinod Padgaonkar]] confirmed",
          "said [[it would ‘not allow any franchise to default on player salaries’]].", kind="person"),
        A("He [[declined to comment]] on the stadium", "[[He]] declined",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("dues, [[saying]] it was", "[[He]] declined",
          "saying [[it was ‘a matter between the franchise and the host association’]].", kind="pronoun", res="person", denial="no-comment"),
        A("board [[said]] the BCAI had not", "[[Sources in the board]] said",
          "said [[the BCAI had not yet been formally approached but that the issue was likely to come up at the governing council meeting on September 20]].",
          kind="anonymous", spec="described", reason=False),
        A("Samachar [[reported]] on Sunday", "[[The Marathi daily Sahyadri Samachar]] reported",
          "on Sunday [[that Khopkar was in talks to sell a majority stake in the franchise to a Dubai-based investment firm]].", kind="outlet"),
        A("Khopkar [[dismissed]] the report", "[[Khopkar]] dismissed",
          "dismissed [[the report]] as", kind="person", denial="dismissal"),
        A("stories,’ he [[wrote]]", "stories,’ [[he]] wrote",
          "[[‘The Chargers are not for sale. People who want this franchise to fail are feeding these stories,’]] he",
          kind="pronoun", res="person", denial="denial"),
        A("franchise, however, [[said]] at least", "[[A person close to the franchise]], however",
          "said [[at least two potential buyers had visited Ratnagiri in August]].", kind="anonymous", spec="vague", reason=False),
        A("newspaper [[said]] the stadium", "[[Ratnagiri residents who spoke to this newspaper]] said",
          "said [[the stadium, renovated at a cost of ₹38 crore in 2022, had hosted only nine league matches]].", kind="vague"),
        A("Gadre [[could not be reached for comment]]", "[[SCA president Milind Gadre]] could",
          None, kind="person", denial="no-response"),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    # python3 build.py --jsonl /tmp/h54gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
