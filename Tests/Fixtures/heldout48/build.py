#!/usr/bin/env python3
"""Generator for the heldout48 fixture: 12 fictional, hand-annotated news articles.

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
ANN_SUFFIX = "_a048"
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
            out.write(json.dumps({"path": "heldout48/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


# ---------------------------------------------------------------------------------------------
# Outlet 1: lagoon-courier — a Lagos-style Nigerian online newspaper, politics desk
# ---------------------------------------------------------------------------------------------

article("lagoon-courier", "2025-03-09", "osere-flyover-variation",
    "Osere flyover: N2.4bn contract variation stirs row between NRP and government",
    [
        "The Osere State Government and the opposition National Renewal Party are at loggerheads over a N2.4bn variation to the contract for the Ilupeju-Oke flyover, with the party alleging that the cost of the project had been inflated to fund next year’s governorship campaign.",
        "In a statement on Sunday, the State Publicity Secretary of the NRP, Mr Kayode Adebanjo-Ilesanmi, said the variation, approved by the State Executive Council in January, “has no basis in engineering and every basis in politics.”",
        "“We have seen the original bill of quantities. The flyover was priced at N6.1bn in 2022. Nothing about the soil, the steel or the span has changed, yet the people of Osere are now told to pay N8.5bn,” he said.",
        "Mr Adebanjo-Ilesanmi added that the party would petition the anti-graft agencies if the government failed to publish the revised contract within 14 days.",
        "Reacting, the Special Adviser to the Governor on Media and Publicity, Mr Olumide Fashakin, dismissed the allegation as “the familiar noise of a party that has run out of ideas.”",
        "“The variation was necessitated by a redesign of the northern ramp after engineers found a buried high-pressure gas pipeline. Every kobo is documented,” Fashakin told this newspaper on the telephone. He denied that any contractor had been asked to make campaign donations, describing the claim as “a fabrication from start to finish.”",
        "It was gathered that the contractor, Brightfield Construction Limited, stopped work on the site for six weeks earlier in the year over unpaid certificates. When our correspondent visited the site on Friday, about 40 workers were on the ramp.",
        "A senior official in the State Ministry of Works, who pleaded anonymity because he was not authorised to speak on the matter, told The Lagoon Courier that the pipeline was “known to everybody in the ministry before the first contract was signed.”",
        "“The redesign story is convenient. The ramp was always going to cost more,” the official said.",
        "Brightfield’s Managing Director, Alhaji Sani Garba-Kolo, did not answer calls to his mobile phone or reply to a text message sent to him as of 8pm on Sunday.",
        "Sources in the presidency, however, said the Federal Government was “watching the Osere matter closely” because part of the flyover’s funding came from a federal infrastructure intervention fund.",
        "One of the sources, who spoke on condition of anonymity, said a team of auditors from Abuja was expected in Osere “within the month.”",
        "The State Commissioner for Finance, Mrs Bolanle Akerele-Daniels, declined comment when contacted, saying only that the ministry “will speak through the appropriate channels.”",
        "Residents of Ilupeju-Oke who spoke to our correspondent said they were more worried about dust and traffic than about the cost.",
        "“Whether it is six billion or eight billion, we just want them to finish,” a trader, Mrs Nkechi Obiora, said.",
    ],
    [
        A("the party [[alleging]] that", "with [[the party]] alleging",
          "alleging [[that the cost of the project had been inflated to fund next year’s governorship campaign]]",
          "organization"),
        A("Adebanjo-Ilesanmi, [[said]] the variation",
          "Sunday, [[the State Publicity Secretary of the NRP, Mr Kayode Adebanjo-Ilesanmi]], said",
          "said [[the variation, approved by the State Executive Council in January, “has no basis in engineering and every basis in politics.”]]",
          "person", channel="statement"),
        A("N8.5bn,” he [[said]].", "N8.5bn,” [[he]] said.",
          "[[“We have seen the original bill of quantities. The flyover was priced at N6.1bn in 2022. Nothing about the soil, the steel or the span has changed, yet the people of Osere are now told to pay N8.5bn,”]] he said",
          "pronoun", res="person"),
        A("Adebanjo-Ilesanmi [[added]] that", "[[Mr Adebanjo-Ilesanmi]] added",
          "added [[that the party would petition the anti-graft agencies if the government failed to publish the revised contract within 14 days]]",
          "person"),
        A("Fashakin, [[dismissed]] the allegation",
          "Reacting, [[the Special Adviser to the Governor on Media and Publicity, Mr Olumide Fashakin]], dismissed",
          "dismissed [[the allegation as “the familiar noise of a party that has run out of ideas.”]]",
          "person", denial="dismissal"),
        A("Fashakin [[told]] this newspaper", "[[Fashakin]] told this newspaper",
          "[[“The variation was necessitated by a redesign of the northern ramp after engineers found a buried high-pressure gas pipeline. Every kobo is documented,”]] Fashakin",
          "person", channel="phone"),
        A("He [[denied]] that any", "[[He]] denied that any",
          "denied [[that any contractor had been asked to make campaign donations]]",
          "pronoun", res="person", denial="denial"),
        A("donations, [[describing]] the claim", "[[He]] denied that any",
          "describing [[the claim as “a fabrication from start to finish.”]]",
          "pronoun", res="person", denial="denial"),
        A("[[It was gathered]] that the contractor", None,
          "It was gathered [[that the contractor, Brightfield Construction Limited, stopped work on the site for six weeks earlier in the year over unpaid certificates]]"),
        A("on the matter, [[told]] The Lagoon", "[[A senior official in the State Ministry of Works]], who pleaded",
          "The Lagoon Courier [[that the pipeline was “known to everybody in the ministry before the first contract was signed.”]]",
          "anonymous", spec="described", reason=True),
        A("cost more,” the official [[said]].", "cost more,” [[the official]] said.",
          "[[“The redesign story is convenient. The ramp was always going to cost more,”]] the official",
          "anonymous", spec="described", reason=True),
        A("Garba-Kolo, [[did not answer calls to his mobile phone or reply to a text message]]",
          "[[Brightfield’s Managing Director, Alhaji Sani Garba-Kolo]], did not", None,
          "person", denial="no-response"),
        A("presidency, however, [[said]] the Federal", "[[Sources in the presidency]], however",
          "however, said [[the Federal Government was “watching the Osere matter closely” because part of the flyover’s funding came from a federal infrastructure intervention fund]]",
          "anonymous", spec="described", reason=False),
        A("condition of anonymity, [[said]] a team", "[[One of the sources]], who spoke",
          "anonymity, said [[a team of auditors from Abuja was expected in Osere “within the month.”]]",
          "anonymous", spec="described", reason=False),
        A("from Abuja [[was expected]] in Osere", None,
          ["said [[a team of auditors from Abuja]] was expected", "was expected [[in Osere “within the month.”]]"]),
        A("Akerele-Daniels, [[declined comment]]",
          "[[The State Commissioner for Finance, Mrs Bolanle Akerele-Daniels]], declined", None,
          "person", denial="no-comment"),
        A("contacted, [[saying only]] that", "[[The State Commissioner for Finance, Mrs Bolanle Akerele-Daniels]], declined",
          "saying only [[that the ministry “will speak through the appropriate channels.”]]",
          "person"),
        A("our correspondent [[said]] they were", "[[Residents of Ilupeju-Oke who spoke to our correspondent]] said",
          "correspondent said [[they were more worried about dust and traffic than about the cost]]",
          "vague"),
        A("Nkechi Obiora, [[said]].", "finish,” [[a trader, Mrs Nkechi Obiora]], said",
          "[[“Whether it is six billion or eight billion, we just want them to finish,”]] a trader",
          "person"),
    ])

article("lagoon-courier", "2025-03-19", "ebute-north-senator-defection",
    "Ebute North senator set to dump PSC as ruling party’s crisis deepens",
    [
        "The senator representing Ebute North, Chief Adewale Ogunsanya-Bello, is expected to formally defect from the ruling People’s Solidarity Congress to the opposition National Renewal Party on Thursday, The Lagoon Courier has learnt.",
        "Sources close to the senator said the decision followed months of disagreement with the state leadership of the PSC over the sharing of tickets for next year’s elections.",
        "Ogunsanya-Bello, a two-term senator and a former Commissioner for Lands, would be the third federal lawmaker from Osere to leave the PSC since January.",
        "In a letter dated March 12 and addressed to the chairman of his ward, a copy of which was obtained by this newspaper, Ogunsanya-Bello wrote that he could “no longer remain in a party that rewards sycophancy and punishes loyalty.”",
        "The letter also accused the state chairman of the PSC, Alhaji Musa Dankaro, of “running the party like a family business.”",
        "But the senator’s Media Aide, Mr Tobi Akintunde, denied on Tuesday that his principal had written any such letter, insisting that the senator remained “a committed member of the PSC until he says otherwise.”",
        "Asked about the defection, Dankaro was blunt: “Nobody is bigger than the party. If he wants to go, the door is open and we will not beg anybody.”",
        "He dismissed the letter’s allegations as “the tantrums of a man who lost a primary before it was held,” and said the PSC would win the Ebute North seat “with or without him.”",
        "A chieftain of the party in Ebute North, who spoke on condition of anonymity because the leadership had barred members from discussing the crisis with journalists, said at least four members of the State House of Assembly were “already packing their bags.”",
        "“The senator is only the first. Watch the Assembly,” the chieftain told our correspondent.",
        "According to a report by the Abuja-based Daily Meridian on Monday, the NRP has offered the senator its governorship ticket, a claim the NRP’s spokesman, Mr Kayode Adebanjo-Ilesanmi, neither confirmed nor denied.",
        "The NRP, in turn, rejected claims by the PSC that it had been “buying” lawmakers with promises of contracts. “We do not need to buy anybody. They are running to us,” Mr Adebanjo-Ilesanmi said.",
        "The senator did not pick up calls to his known telephone lines, and his Chief of Staff, Mr Gbenga Arowosafe, could not be reached for comment.",
        "Political observers in the state believe the defection, if it happens, could tilt the balance in the senatorial district, which the PSC won by fewer than 9,000 votes in 2023.",
    ],
    [
        A("Courier [[has learnt]].", "Thursday, [[The Lagoon Courier]] has learnt",
          "[[The senator representing Ebute North, Chief Adewale Ogunsanya-Bello, is expected to formally defect from the ruling People’s Solidarity Congress to the opposition National Renewal Party on Thursday]], The Lagoon",
          "self"),
        A("Ogunsanya-Bello, [[is expected]] to formally", None,
          ["[[The senator representing Ebute North, Chief Adewale Ogunsanya-Bello]], is expected",
           "is expected [[to formally defect from the ruling People’s Solidarity Congress to the opposition National Renewal Party on Thursday]]"]),
        A("the senator [[said]] the decision", "[[Sources close to the senator]] said",
          "said [[the decision followed months of disagreement with the state leadership of the PSC over the sharing of tickets for next year’s elections]]",
          "anonymous", spec="vague", reason=False),
        A("Ogunsanya-Bello [[wrote]] that", "this newspaper, [[Ogunsanya-Bello]] wrote",
          "wrote [[that he could “no longer remain in a party that rewards sycophancy and punishes loyalty.”]]",
          "person", channel="letter"),
        A("The letter also [[accused]]", "[[The letter]] also accused",
          "also accused [[the state chairman of the PSC, Alhaji Musa Dankaro, of “running the party like a family business.”]]",
          "document", channel="letter"),
        A("Akintunde, [[denied]] on Tuesday", "But [[the senator’s Media Aide, Mr Tobi Akintunde]], denied",
          "on Tuesday [[that his principal had written any such letter]]",
          "person", denial="denial"),
        A("letter, [[insisting]] that", "But [[the senator’s Media Aide, Mr Tobi Akintunde]], denied",
          "insisting [[that the senator remained “a committed member of the PSC until he says otherwise.”]]",
          "person"),
        A("Dankaro [[was blunt:]]", "defection, [[Dankaro]] was blunt",
          "was blunt: [[“Nobody is bigger than the party. If he wants to go, the door is open and we will not beg anybody.”]]",
          "person"),
        A("He [[dismissed]] the letter’s", "[[He]] dismissed the letter’s",
          "dismissed [[the letter’s allegations as “the tantrums of a man who lost a primary before it was held,”]]",
          "pronoun", res="person", denial="dismissal"),
        A("and [[said]] the PSC would win", "[[He]] dismissed the letter’s",
          "and said [[the PSC would win the Ebute North seat “with or without him.”]]",
          "pronoun", res="person"),
        A("with journalists, [[said]] at least four", "[[A chieftain of the party in Ebute North]], who spoke",
          "journalists, said [[at least four members of the State House of Assembly were “already packing their bags.”]]",
          "anonymous", spec="described", reason=True),
        A("the chieftain [[told]] our correspondent", "Assembly,” [[the chieftain]] told",
          "[[“The senator is only the first. Watch the Assembly,”]] the chieftain",
          "anonymous", spec="described", reason=True),
        A("[[According to]] a report by the Abuja", "According to [[a report by the Abuja-based Daily Meridian]] on Monday",
          "on Monday, [[the NRP has offered the senator its governorship ticket]], a claim",
          "outlet", channel="report"),
        A("Adebanjo-Ilesanmi, [[neither confirmed nor denied]]", "a claim [[the NRP’s spokesman, Mr Kayode Adebanjo-Ilesanmi]], neither",
          "ticket, [[a claim]] the NRP’s", "person"),
        A("in turn, [[rejected]] claims", "[[The NRP]], in turn",
          "rejected [[claims by the PSC that it had been “buying” lawmakers with promises of contracts]]",
          "organization", denial="denial"),
        A("rejected [[claims]] by the PSC", "claims by [[the PSC]] that it had",
          "the PSC [[that it had been “buying” lawmakers with promises of contracts]]",
          "organization"),
        A("Mr Adebanjo-Ilesanmi [[said]].", "to us,” [[Mr Adebanjo-Ilesanmi]] said.",
          "[[“We do not need to buy anybody. They are running to us,”]] Mr Adebanjo-Ilesanmi",
          "person"),
        A("The senator [[did not pick up calls to his known telephone lines]]", "[[The senator]] did not pick up", None,
          "person", denial="no-response"),
        A("Arowosafe, [[could not be reached for comment]]", "and [[his Chief of Staff, Mr Gbenga Arowosafe]], could", None,
          "person", denial="no-response"),
        A("in the state [[believe]] the defection", "[[Political observers in the state]] believe",
          "believe [[the defection, if it happens, could tilt the balance in the senatorial district, which the PSC won by fewer than 9,000 votes in 2023]]",
          "vague"),
    ])

article("lagoon-courier", "2025-04-03", "osere-assembly-agric-loan",
    "Osere Assembly approves N15bn agric loan for tractor scheme",
    [
        "The Osere State House of Assembly on Wednesday approved Governor Rasheed Olorunsogo’s request to obtain a N15bn loan from a consortium of commercial banks for an agricultural mechanisation scheme.",
        "It is understood that the federal debt office had advised the state in February to defer new commercial borrowing until its existing bond repayments were restructured.",
        "Moving the motion, the Majority Leader, Mr Femi Olatunji-Ajayi, told his colleagues that the loan would “put tractors in every local government before the rains.”",
        "Three lawmakers, all members of the opposition NRP, voted against the request. Mrs Hauwa Ibrahim-Lawal, who represents Ilupeju-Oke II, said the state was “borrowing against the future of children who cannot vote.”",
        "In a post on her Facebook page after the sitting, she wrote that she feared the loan’s interest rate, put at 24 per cent, would “swallow the entire agriculture budget by 2027.”",
        "The Commissioner for Agriculture, Dr Emeka Nwosu-Adigun, who addressed journalists on Thursday, said the rate was “the best available in the market” and dismissed the criticism as “politics by Facebook.”",
        "“Nobody is borrowing to share money. The tractors will be on the farms and anyone can go and count them,” he added.",
        "But a senior official in the presidency, who spoke on condition of anonymity because he was not permitted to discuss communications between the Federal Government and the states, told this newspaper that the Presidency had formally expressed reservations about the loan in a letter to the governor last month.",
        "The official said the letter warned that Osere was “one of six states whose debt service now exceeds 60 per cent of federal allocation.”",
        "The governor’s Chief Press Secretary, Mr Lanre Oduwole, denied receiving any such letter. “His Excellency has not received any letter from the Presidency on this matter. Those peddling this story should produce it,” he said in a statement.",
        "Speaking on the Morning Brief programme of Crestwave Television on Friday, a former Commissioner for Finance in the state, Alhaji Idris Okanlawon, said he expects the loan to be cleared by Abuja “because no one there wants a fight with a governor this close to an election.”",
        "“The numbers do not add up,” an economist at the Lagos-based Meridian Policy Centre, Dr Funmi Adeoti, told our correspondent, adding that the state had no credible plan for repayment.",
        "Some farmers’ groups think the scheme could work if the tractors are distributed through cooperatives rather than party structures, the chairman of the Osere Smallholders’ Union, Mr Yakubu Danladi-Osho, said.",
        "Sources in the banking consortium, which is led by Harbourline Bank, said the loan documentation would be signed “in the coming weeks.” Harbourline’s spokesman did not respond to an email seeking comment.",
    ],
    [
        A("[[It is understood]] that the federal", None,
          "It is understood [[that the federal debt office had advised the state in February to defer new commercial borrowing until its existing bond repayments were restructured]]"),
        A("debt office [[had advised]] the state", "that [[the federal debt office]] had advised",
          "had advised [[the state in February to defer new commercial borrowing until its existing bond repayments were restructured]]",
          "organization"),
        A("Olatunji-Ajayi, [[told]] his colleagues", "motion, [[the Majority Leader, Mr Femi Olatunji-Ajayi]], told",
          "his colleagues [[that the loan would “put tractors in every local government before the rains.”]]",
          "person"),
        A("Ilupeju-Oke II, [[said]] the state", "request. [[Mrs Hauwa Ibrahim-Lawal]], who represents",
          "II, said [[the state was “borrowing against the future of children who cannot vote.”]]",
          "person"),
        A("sitting, she [[wrote]] that", "sitting, [[she]] wrote",
          "wrote [[that she feared the loan’s interest rate, put at 24 per cent, would “swallow the entire agriculture budget by 2027.”]]",
          "pronoun", res="person", channel="post"),
        A("that she [[feared]] the loan’s", "that [[she]] feared",
          "feared [[the loan’s interest rate, put at 24 per cent, would “swallow the entire agriculture budget by 2027.”]]",
          "pronoun", res="person"),
        A("on Thursday, [[said]] the rate", "[[The Commissioner for Agriculture, Dr Emeka Nwosu-Adigun]], who addressed",
          "Thursday, said [[the rate was “the best available in the market”]]", "person"),
        A("and [[dismissed]] the criticism", "[[The Commissioner for Agriculture, Dr Emeka Nwosu-Adigun]], who addressed",
          "dismissed [[the criticism as “politics by Facebook.”]]", "person", denial="dismissal"),
        A("count them,” he [[added]].", "count them,” [[he]] added",
          "[[“Nobody is borrowing to share money. The tractors will be on the farms and anyone can go and count them,”]] he added",
          "pronoun", res="person"),
        A("and the states, [[told]] this newspaper", "But [[a senior official in the presidency]], who spoke",
          "this newspaper [[that the Presidency had formally expressed reservations about the loan in a letter to the governor last month]]",
          "anonymous", spec="described", reason=True),
        A("Presidency had [[formally expressed reservations]]", "that [[the Presidency]] had formally",
          "expressed reservations [[about the loan]] in a letter", "organization", channel="letter"),
        A("The official [[said]] the letter", "[[The official]] said the letter",
          "The official said [[the letter warned that Osere was “one of six states whose debt service now exceeds 60 per cent of federal allocation.”]]",
          "anonymous", spec="described", reason=True),
        A("the letter [[warned]] that", "said [[the letter]] warned",
          "warned [[that Osere was “one of six states whose debt service now exceeds 60 per cent of federal allocation.”]]",
          "document", channel="letter"),
        A("Oduwole, [[denied]] receiving", "[[The governor’s Chief Press Secretary, Mr Lanre Oduwole]], denied",
          "denied [[receiving any such letter]]", "person", denial="denial"),
        A("produce it,” he [[said]] in a statement.", "produce it,” [[he]] said in",
          "[[“His Excellency has not received any letter from the Presidency on this matter. Those peddling this story should produce it,”]] he said",
          "pronoun", res="person", denial="denial", channel="statement"),
        A("Okanlawon, [[said]] he expects", "on Friday, [[a former Commissioner for Finance in the state, Alhaji Idris Okanlawon]], said",
          "Okanlawon, said [[he expects the loan to be cleared by Abuja “because no one there wants a fight with a governor this close to an election.”]]",
          "person", channel="interview"),
        A("said he [[expects]] the loan", "said [[he]] expects the loan",
          "expects [[the loan to be cleared by Abuja “because no one there wants a fight with a governor this close to an election.”]]",
          "pronoun", res="person"),
        A("Adeoti, [[told]] our correspondent", "[[an economist at the Lagos-based Meridian Policy Centre, Dr Funmi Adeoti]], told",
          "[[“The numbers do not add up,”]] an economist", "person"),
        A("correspondent, [[adding]] that", "[[an economist at the Lagos-based Meridian Policy Centre, Dr Funmi Adeoti]], told",
          "adding [[that the state had no credible plan for repayment]]", "person"),
        A("farmers’ groups [[think]] the scheme", "[[Some farmers’ groups]] think",
          "think [[the scheme could work if the tractors are distributed through cooperatives rather than party structures]]",
          "vague"),
        A("Danladi-Osho, [[said]].", "structures, [[the chairman of the Osere Smallholders’ Union, Mr Yakubu Danladi-Osho]], said",
          "[[Some farmers’ groups think the scheme could work if the tractors are distributed through cooperatives rather than party structures]], the chairman",
          "person"),
        A("Harbourline Bank, [[said]] the loan", "[[Sources in the banking consortium]], which is led",
          "Bank, said [[the loan documentation would be signed “in the coming weeks.”]]",
          "anonymous", spec="described", reason=False),
        A("spokesman [[did not respond to an email seeking comment]]", "[[Harbourline’s spokesman]] did not respond", None,
          "organization", denial="no-response"),
    ])

# ---------------------------------------------------------------------------------------------
# Outlet 2: tamarack-news — a Canadian regional public broadcaster's web desk (straight quotes)
# ---------------------------------------------------------------------------------------------

article("tamarack-news", "2025-02-17", "silverhook-checkpoint-logging-road",
    "Silverhook First Nation checkpoint on logging road enters second week",
    [
        "A checkpoint set up by Silverhook First Nation on a forestry service road north of Kettle Narrows entered its second week on Monday, with no sign of talks between the band council and the province.",
        "Chief Marian Tallgrass told Tamarack News the checkpoint will stay until the province suspends cutting permits issued last fall inside the nation's traditional territory.",
        "\"We were never consulted. Not once. They sent us a map after the permits were signed,\" Tallgrass said Sunday at the checkpoint, where about a dozen community members were stopping logging trucks.",
        "She said the band council had written to the Ministry of Forests three times since January and received \"one form letter back.\"",
        "In a news release, the Ministry of Forests said the permits were issued \"following a thorough consultation process\" and that staff \"remain open to meeting with Silverhook leadership at any time.\" The release did not address Tallgrass's claim that the nation was never consulted.",
        "Forests Minister Greg Halvorsen declined an interview request. His office said in an email that the minister \"respects the right to peaceful protest\" but expects \"the rule of law to be upheld on public roads.\"",
        "The RCMP said officers had attended the checkpoint twice to \"keep the peace\" and that no arrests had been made.",
        "Cpl. Dana Whitford, a spokesperson for the RCMP's northern district, said in an interview that police \"are not there to take sides.\"",
        "Evan Trudel, a lawyer for the band council, said he expects the ministry to seek a court injunction within weeks.",
        "The Northern Voice, an Indigenous-owned news site, reported last week that two neighbouring nations were considering checkpoints of their own.",
        "In Kettle Narrows, a town of about 2,300 people that depends on the mills, the mood is tense. Mayor Lorne Beaudry summed up the town's worry in a single word — \"uncertainty.\"",
        "Two mills in the area have cut shifts since the checkpoint went up, according to the Kettle Narrows Chamber of Commerce.",
        "Ridgeline Timber, which holds the largest of the permits, said in a statement posted to its website that it \"has followed every requirement set by the province\" and fears the dispute \"could put 140 jobs at risk.\" The company did not respond to further questions from Tamarack News.",
        "Some residents of Kettle Narrows have posted messages of support for the checkpoint on community Facebook groups, while others say the closure has made it harder to reach hunting cabins before the end of the season.",
        "Tallgrass said the nation would consider legal action of its own.",
        "\"If the province wants to meet us in court, we'll be there. We have been patient for a long time,\" she said.",
    ],
    [
        A("Tallgrass [[told]] Tamarack News", "[[Chief Marian Tallgrass]] told",
          "Tamarack News [[the checkpoint will stay until the province suspends cutting permits issued last fall inside the nation's traditional territory]]",
          "person"),
        A("Tallgrass [[said]] Sunday", "signed,\" [[Tallgrass]] said Sunday",
          "[[\"We were never consulted. Not once. They sent us a map after the permits were signed,\"]] Tallgrass",
          "person"),
        A("She [[said]] the band council", "[[She]] said the band council",
          "She said [[the band council had written to the Ministry of Forests three times since January and received \"one form letter back.\"]]",
          "pronoun", res="person"),
        A("Ministry of Forests [[said]] the permits", "In a news release, [[the Ministry of Forests]] said",
          "Forests said [[the permits were issued \"following a thorough consultation process\" and that staff \"remain open to meeting with Silverhook leadership at any time.\"]]",
          "organization", denial="denial", channel="news release"),
        A("Tallgrass's [[claim]] that the nation", "address [[Tallgrass]]'s claim",
          "claim [[that the nation was never consulted]]", "person"),
        A("Halvorsen [[declined an interview request]]", "[[Forests Minister Greg Halvorsen]] declined", None,
          "person", denial="no-comment"),
        A("His office [[said]] in an email", "[[His office]] said in an email",
          "in an email [[that the minister \"respects the right to peaceful protest\" but expects \"the rule of law to be upheld on public roads.\"]]",
          "organization", channel="email"),
        A("protest\" but [[expects]] \"the rule", "email that [[the minister]] \"respects",
          "but expects [[\"the rule of law to be upheld on public roads.\"]]", "person"),
        A("The RCMP [[said]] officers", "[[The RCMP]] said officers",
          "The RCMP said [[officers had attended the checkpoint twice to \"keep the peace\" and that no arrests had been made]]",
          "organization"),
        A("northern district, [[said]] in an interview", "[[Cpl. Dana Whitford, a spokesperson for the RCMP's northern district]], said",
          "in an interview [[that police \"are not there to take sides.\"]]", "person", channel="interview"),
        A("band council, [[said]] he expects", "[[Evan Trudel, a lawyer for the band council]], said",
          "council, said [[he expects the ministry to seek a court injunction within weeks]]", "person"),
        A("said he [[expects]] the ministry", "said [[he]] expects the ministry",
          "he expects [[the ministry to seek a court injunction within weeks]]", "pronoun", res="person"),
        A("news site, [[reported]] last week", "[[The Northern Voice, an Indigenous-owned news site]], reported",
          "last week [[that two neighbouring nations were considering checkpoints of their own]]", "outlet", channel="report"),
        A("Beaudry [[summed up the town's worry in a single word —]]", "[[Mayor Lorne Beaudry]] summed up",
          "single word — [[\"uncertainty.\"]]", "person"),
        A("went up, [[according to]] the Kettle", "according to [[the Kettle Narrows Chamber of Commerce]].",
          "[[Two mills in the area have cut shifts since the checkpoint went up]], according", "organization"),
        A("permits, [[said]] in a statement posted", "[[Ridgeline Timber]], which holds",
          "to its website [[that it \"has followed every requirement set by the province\" and fears the dispute \"could put 140 jobs at risk.\"]]",
          "organization", channel="statement"),
        A("and [[fears]] the dispute", "website that [[it]] \"has followed",
          "fears [[the dispute \"could put 140 jobs at risk.\"]]", "pronoun", res="organization"),
        A("The company [[did not respond to further questions]]", "[[The company]] did not respond to further", None,
          "organization", denial="no-response"),
        A("Kettle Narrows [[have posted]] messages", "[[Some residents of Kettle Narrows]] have posted",
          "have posted [[messages of support for the checkpoint]]", "vague", channel="post"),
        A("while others [[say]] the closure", "while [[others]] say the closure",
          "others say [[the closure has made it harder to reach hunting cabins before the end of the season]]", "vague"),
        A("Tallgrass [[said]] the nation would", "[[Tallgrass]] said the nation would",
          "Tallgrass said [[the nation would consider legal action of its own]]", "person"),
        A("long time,\" she [[said]].", "long time,\" [[she]] said.",
          "[[\"If the province wants to meet us in court, we'll be there. We have been patient for a long time,\"]] she said",
          "pronoun", res="person"),
    ])

article("tamarack-news", "2025-03-12", "pell-lake-emergency-closures",
    "Pell Lake emergency room closures pile up as staffing shortage drags on",
    [
        "The emergency department at Pell Lake General Hospital was closed overnight 19 times between December and February because of staffing shortages, according to an internal report from Northern Lakes Health obtained by Tamarack News.",
        "The report, dated March 4, says the hospital needs at least six more registered nurses to keep the department open around the clock, and warns that \"further closures are likely through the spring.\"",
        "Pell Lake General is the only hospital with an emergency department within 120 kilometres. It serves about 11,000 people, including three First Nations communities along the Sable River.",
        "The closures were first reported in January by the Ridgeview Herald, a weekly newspaper in the region.",
        "Northern Lakes Health declined an interview request. In an email to Tamarack News, spokesperson Abby Kowalchuk said the health authority \"does not comment on draft internal documents\" and that recruitment \"is a top priority.\"",
        "She said the authority had hired four nurses since the fall and expects two more to start in April.",
        "Dr. Priya Ramsundar, one of three physicians who cover the department, said the closures mean patients from as far away as Birch Crossing must drive another 90 minutes to Ridgeview.",
        "\"People think an ambulance will just come. Sometimes it's an hour away,\" she said. \"I think we've been lucky so far. I don't think that luck holds.\"",
        "The Provincial Nurses' Union, which represents staff at the hospital, said in a news release Tuesday that nurses are being asked to work \"dangerous amounts of overtime.\"",
        "The province announced a rural recruitment bonus of up to $15,000 for nurses last spring. Uptake in the north has been slow.",
        "Union president Carla Odegaard, who toured the hospital last week, believes the shortage could be eased quickly if the province offered housing support to nurses willing to relocate.",
        "\"Nobody can rent a place in Pell Lake right now. You fix that, you fix half the problem,\" she told Tamarack News.",
        "Health Minister Rachel Dunmore was not available for an interview, her office said. In a written statement, Dunmore said the province had \"invested more in rural health care than any government in our history.\"",
        "The Opposition health critic, Sam Whitehorse, called the statement \"a press release pretending to be a plan.\"",
        "Two nurses at the hospital, who asked not to be named because they fear losing their jobs, said overnight shifts are regularly posted with only one registered nurse on the schedule.",
        "One of them said she had \"never seen it this bad in 22 years.\"",
        "The department's next overnight closure is scheduled for Friday, according to a notice taped to the hospital's front doors.",
    ],
    [
        A("February because of staffing shortages, [[according to]]",
          "according to [[an internal report from Northern Lakes Health obtained by Tamarack News]].",
          "[[The emergency department at Pell Lake General Hospital was closed overnight 19 times between December and February because of staffing shortages]], according",
          "document", channel="report"),
        A("dated March 4, [[says]] the hospital", "[[The report]], dated March 4",
          "says [[the hospital needs at least six more registered nurses to keep the department open around the clock]]",
          "document", channel="report"),
        A("clock, and [[warns]] that", "[[The report]], dated March 4",
          "warns [[that \"further closures are likely through the spring.\"]]", "document", channel="report"),
        A("The closures [[were first reported]] in January", "by [[the Ridgeview Herald, a weekly newspaper in the region]].",
          "[[The closures]] were first reported", "outlet"),
        A("Northern Lakes Health [[declined an interview request]]", "[[Northern Lakes Health]] declined an interview", None,
          "organization", denial="no-comment"),
        A("Kowalchuk [[said]] the health authority", "Tamarack News, [[spokesperson Abby Kowalchuk]] said",
          "Kowalchuk said [[the health authority \"does not comment on draft internal documents\" and that recruitment \"is a top priority.\"]]",
          "person", denial="no-comment", channel="email"),
        A("She [[said]] the authority had hired", "[[She]] said the authority had hired",
          "She said [[the authority had hired four nurses since the fall and expects two more to start in April]]",
          "pronoun", res="person"),
        A("since the fall and [[expects]] two more", "She said [[the authority]] had hired",
          "expects [[two more to start in April]]", "organization"),
        A("cover the department, [[said]] the closures", "[[Dr. Priya Ramsundar, one of three physicians who cover the department]], said",
          "department, said [[the closures mean patients from as far away as Birch Crossing must drive another 90 minutes to Ridgeview]]",
          "person"),
        A("hour away,\" she [[said]].", "hour away,\" [[she]] said.",
          ["[[\"People think an ambulance will just come. Sometimes it's an hour away,\"]] she said",
           "she said. [[\"I think we've been lucky so far. I don't think that luck holds.\"]]"],
          "pronoun", res="person"),
        A("\"People [[think]] an ambulance", "\"[[People]] think an ambulance",
          "People think [[an ambulance will just come]]", "vague"),
        A("\"I [[think]] we've been lucky", "\"[[I]] think we've been lucky",
          "I think [[we've been lucky so far]]", "pronoun", res="person"),
        A("I [[don't think]] that luck holds", "[[I]] don't think that luck",
          "don't think [[that luck holds]]", "pronoun", res="person"),
        A("hospital, [[said]] in a news release Tuesday", "[[The Provincial Nurses' Union]], which represents",
          "news release Tuesday [[that nurses are being asked to work \"dangerous amounts of overtime.\"]]",
          "organization", channel="news release"),
        A("The province [[announced]] a rural", "[[The province]] announced a rural",
          "announced [[a rural recruitment bonus of up to $15,000 for nurses]]", "organization"),
        A("last week, [[believes]] the shortage", "[[Union president Carla Odegaard]], who toured",
          "believes [[the shortage could be eased quickly if the province offered housing support to nurses willing to relocate]]",
          "person"),
        A("problem,\" she [[told]] Tamarack News", "problem,\" [[she]] told",
          "[[\"Nobody can rent a place in Pell Lake right now. You fix that, you fix half the problem,\"]] she told",
          "pronoun", res="person"),
        A("Dunmore [[was not available for an interview]]", "[[Health Minister Rachel Dunmore]] was not available", None,
          "person", denial="no-comment"),
        A("interview, her office [[said]].", "interview, [[her office]] said.",
          "[[Health Minister Rachel Dunmore was not available for an interview]], her office",
          "organization"),
        A("Dunmore [[said]] the province had", "In a written statement, [[Dunmore]] said",
          "Dunmore said [[the province had \"invested more in rural health care than any government in our history.\"]]",
          "person", channel="statement"),
        A("Whitehorse, [[called]] the statement", "[[The Opposition health critic, Sam Whitehorse]], called",
          "called [[the statement \"a press release pretending to be a plan.\"]]", "person"),
        A("their jobs, [[said]] overnight shifts", "[[Two nurses at the hospital]], who asked",
          "jobs, said [[overnight shifts are regularly posted with only one registered nurse on the schedule]]",
          "anonymous", spec="described", reason=True),
        A("because they [[fear]] losing", "because [[they]] fear losing",
          "fear [[losing their jobs]]", "pronoun", res="anonymous", spec="described", reason=True),
        A("One of them [[said]] she had", "[[One of them]] said she had",
          "One of them said [[she had \"never seen it this bad in 22 years.\"]]",
          "anonymous", spec="described", reason=True),
        A("for Friday, [[according to]] a notice", "according to [[a notice taped to the hospital's front doors]].",
          "[[The department's next overnight closure is scheduled for Friday]], according", "document"),
    ])

article("tamarack-news", "2025-04-08", "nakwa-lake-water-plant-idle",
    "Nakwa Lake water plant still idle two years after opening ceremony",
    [
        "A $9.8-million water treatment plant at Nakwa Lake First Nation has sat unused for almost two years, and the community of 640 remains under a boil-water advisory that has been in place since 2016.",
        "The plant was opened with a ribbon-cutting ceremony in May 2023, attended by federal and provincial officials. It has never delivered drinking water to a single home.",
        "Band councillor Joseph Redsky said families still haul bottled water from the band office twice a week. \"My grandchildren have never drunk from a tap at home. Think about that,\" he said.",
        "Last week Redsky posted photos of the plant's empty control room to Facebook, writing that the community had been \"handed a very expensive shed.\" The post has been shared more than 4,000 times.",
        "An engineering review commissioned by the band council and completed in December, which Tamarack News has obtained, found that the plant's filtration system was \"not sized for the raw water conditions at Nakwa Lake.\"",
        "The review says the contractor, Prairieline Water Systems, installed membranes designed for groundwater, while the plant draws its water from the lake.",
        "Prairieline rejected that conclusion. In a statement emailed to Tamarack News, company president Martin Ellery said the plant was built \"exactly to the specifications approved by the federal department\" and blamed \"gaps in operator training\" for the problems.",
        "Ellery did not respond to follow-up questions about the membranes.",
        "Chief Loretta Kinew-Sands had a blunt assessment: \"Everybody signed off on this plant. Now everybody says it's someone else's fault.\"",
        "Kinew-Sands told Tamarack News the band has spent about $340,000 of its own money on bottled water since 2023.",
        "The federal department responsible for on-reserve water systems declined an interview request. A spokesperson said in an email that officials \"are working closely with the First Nation to bring the plant into operation as soon as possible\" but would not say when that would be.",
        "A person familiar with the federal file, who asked not to be identified because the contract is the subject of continuing negotiations, said the department is weighing whether to pay for new membranes itself and recover the cost later.",
        "Redsky thinks that would take at least another year. \"We've been hearing 'soon' since 2016,\" he said.",
        "Operators from the tribal council inspected the plant again in March. Tamarack News has learned that the membranes will have to be replaced entirely.",
        "Nakwa Lake is one of 28 First Nations communities in the region under a long-term drinking water advisory, according to figures from the regional tribal council.",
    ],
    [
        A("Redsky [[said]] families", "[[Band councillor Joseph Redsky]] said",
          "Redsky said [[families still haul bottled water from the band office twice a week]]", "person"),
        A("about that,\" he [[said]].", "about that,\" [[he]] said.",
          "[[\"My grandchildren have never drunk from a tap at home. Think about that,\"]] he said",
          "pronoun", res="person"),
        A("Redsky [[posted]] photos", "Last week [[Redsky]] posted",
          "posted [[photos of the plant's empty control room]]", "person", channel="post"),
        A("to Facebook, [[writing]] that", "Last week [[Redsky]] posted",
          "writing [[that the community had been \"handed a very expensive shed.\"]]", "person", channel="post"),
        A("has obtained, [[found]] that", "[[An engineering review commissioned by the band council and completed in December]], which",
          "found [[that the plant's filtration system was \"not sized for the raw water conditions at Nakwa Lake.\"]]",
          "document", channel="report"),
        A("The review [[says]] the contractor", "[[The review]] says the contractor",
          "The review says [[the contractor, Prairieline Water Systems, installed membranes designed for groundwater, while the plant draws its water from the lake]]",
          "document", channel="report"),
        A("Prairieline [[rejected]] that conclusion", "[[Prairieline]] rejected that",
          "rejected [[that conclusion]]", "organization", denial="denial"),
        A("Martin Ellery [[said]] the plant", "Tamarack News, [[company president Martin Ellery]] said",
          "Ellery said [[the plant was built \"exactly to the specifications approved by the federal department\"]]",
          "person", denial="denial", channel="email"),
        A("department\" and [[blamed]]", "Tamarack News, [[company president Martin Ellery]] said",
          "and blamed [[\"gaps in operator training\" for the problems]]", "person", channel="email"),
        A("Ellery [[did not respond to follow-up questions]]", "[[Ellery]] did not respond", None,
          "person", denial="no-response"),
        A("Kinew-Sands [[had a blunt assessment:]]", "[[Chief Loretta Kinew-Sands]] had a blunt",
          "assessment: [[\"Everybody signed off on this plant. Now everybody says it's someone else's fault.\"]]",
          "person"),
        A("Now everybody [[says]] it's", "Now [[everybody]] says it's",
          "everybody says [[it's someone else's fault]]", "vague"),
        A("Kinew-Sands [[told]] Tamarack News the band", "[[Kinew-Sands]] told Tamarack News the band",
          "Tamarack News [[the band has spent about $340,000 of its own money on bottled water since 2023]]",
          "person"),
        A("water systems [[declined an interview request]]", "[[The federal department responsible for on-reserve water systems]] declined",
          None, "organization", denial="no-comment"),
        A("A spokesperson [[said]] in an email", "[[A spokesperson]] said in an email",
          "in an email [[that officials \"are working closely with the First Nation to bring the plant into operation as soon as possible\"]]",
          "organization", channel="email"),
        A("but [[would not say]] when", "[[A spokesperson]] said in an email",
          "would not say [[when that would be]]", "organization", denial="no-comment"),
        A("negotiations, [[said]] the department", "[[A person familiar with the federal file]], who asked",
          "negotiations, said [[the department is weighing whether to pay for new membranes itself and recover the cost later]]",
          "anonymous", spec="vague", reason=True),
        A("Redsky [[thinks]] that would", "[[Redsky]] thinks that would",
          "thinks [[that would take at least another year]]", "person"),
        A("since 2016,\" he [[said]].", "since 2016,\" [[he]] said.",
          "[[\"We've been hearing 'soon' since 2016,\"]] he said", "pronoun", res="person"),
        A("Tamarack News [[has learned]] that the membranes", "March. [[Tamarack News]] has learned",
          "has learned [[that the membranes will have to be replaced entirely]]", "self"),
        A("water advisory, [[according to]] figures", "according to [[figures from the regional tribal council]].",
          "[[Nakwa Lake is one of 28 First Nations communities in the region under a long-term drinking water advisory]], according",
          "document"),
    ])

# ---------------------------------------------------------------------------------------------
# Outlet 3: cheapside-ledger — a London business and finance daily, companies desk
#           (single curly quotes, £, per cent)
# ---------------------------------------------------------------------------------------------

article("cheapside-ledger", "2025-04-15", "harwick-lyle-stonebridge-approach",
    "Harwick & Lyle weighs £1.2bn approach from Stonebridge Capital",
    [
        "Harwick & Lyle, the homewares retailer, is in talks about a possible £1.2bn takeover by the private equity group Stonebridge Capital, according to people familiar with the matter.",
        "Stonebridge has made at least two indicative proposals in the past month, the most recent valuing the company at 245p a share, these people said.",
        "Harwick & Lyle confirmed the approach in a stock-exchange announcement on Tuesday morning, after its shares rose 14 per cent in early trading. The company said the talks were ‘at a preliminary stage’ and that ‘there can be no certainty that any offer will be made’.",
        "Founded in Leeds in 1962, Harwick & Lyle runs 212 stores and has struggled since the pandemic, with like-for-like sales falling in six of the past eight quarters. Its shares had lost almost 40 per cent over three years before Tuesday.",
        "Under the takeover rules, Stonebridge has until 5pm on 13 May to make a firm offer or walk away. Stonebridge declined to comment.",
        "According to people with knowledge of the talks, the board has so far rebuffed the proposals as undervaluing the business but is prepared to open its books at a price closer to 270p.",
        "One of those people, who asked not to be identified because the discussions are private, said the chairman, Sir Anthony Pell, ‘would rather run the shop than sell it cheap’.",
        "Harwick & Lyle’s largest shareholder, the fund manager Calloway Asset Management, which owns 11.4 per cent, is understood to favour engagement with the bidder. A Calloway spokeswoman said the firm did not comment on individual holdings.",
        "Analysts at Fenwick Orde wrote in a note to clients that a bid at 245p would represent ‘a full but not generous’ multiple of 8.3 times forecast earnings, and said they expected other bidders to emerge.",
        "The note added that the retailer’s pension scheme, which filings at Companies House show had a deficit of £86m at its last triennial valuation, ‘could complicate any leveraged bid’.",
        "The Mercantile Post reported on Monday that a second buyout firm, Avonmere Partners, had also looked at the business last year. Harwick & Lyle dismissed that report as ‘historic speculation’. Avonmere did not respond to a request for comment.",
        "Harwick & Lyle’s chief executive, Joanna Brierley, told investors in March that the company was ‘not for sale, but always open to value’. A spokesman for the company declined to say whether that remained her view.",
        "The shares closed up 11 per cent at 231p, valuing the group at about £1.13bn.",
    ],
    [
        A("Capital, [[according to]] people", "according to [[people familiar with the matter]].",
          "[[Harwick & Lyle, the homewares retailer, is in talks about a possible £1.2bn takeover by the private equity group Stonebridge Capital]], according",
          "anonymous", spec="vague", reason=False),
        A("these people [[said]].", "a share, [[these people]] said.",
          "[[Stonebridge has made at least two indicative proposals in the past month, the most recent valuing the company at 245p a share]], these people",
          "anonymous", spec="vague", reason=False),
        A("Harwick & Lyle [[confirmed]] the approach", "[[Harwick & Lyle]] confirmed the approach",
          "confirmed [[the approach]] in a stock-exchange", "organization", channel="announcement"),
        A("The company [[said]] the talks", "[[The company]] said the talks",
          "The company said [[the talks were ‘at a preliminary stage’ and that ‘there can be no certainty that any offer will be made’]]",
          "organization", channel="announcement"),
        A("Stonebridge [[declined to comment]].", "walk away. [[Stonebridge]] declined", None,
          "organization", denial="no-comment"),
        A("[[According to]] people with knowledge", "According to [[people with knowledge of the talks]], the board",
          "the talks, [[the board has so far rebuffed the proposals as undervaluing the business but is prepared to open its books at a price closer to 270p]]",
          "anonymous", spec="vague", reason=False),
        A("so far [[rebuffed]] the proposals", "the talks, [[the board]] has so far",
          "rebuffed [[the proposals as undervaluing the business]]", "organization"),
        A("are private, [[said]] the chairman", "[[One of those people]], who asked",
          "private, said [[the chairman, Sir Anthony Pell, ‘would rather run the shop than sell it cheap’]]",
          "anonymous", spec="vague", reason=True),
        A("11.4 per cent, [[is understood]] to favour", None,
          ["[[Harwick & Lyle’s largest shareholder, the fund manager Calloway Asset Management]], which owns",
           "is understood [[to favour engagement with the bidder]]"]),
        A("spokeswoman [[said]] the firm", "[[A Calloway spokeswoman]] said",
          "spokeswoman said [[the firm did not comment on individual holdings]]",
          "organization", denial="no-comment"),
        A("Fenwick Orde [[wrote]] in a note", "[[Analysts at Fenwick Orde]] wrote",
          "to clients [[that a bid at 245p would represent ‘a full but not generous’ multiple of 8.3 times forecast earnings]]",
          "organization", channel="note"),
        A("and [[said]] they expected", "[[Analysts at Fenwick Orde]] wrote",
          "and said [[they expected other bidders to emerge]]", "organization", channel="note"),
        A("they [[expected]] other bidders", "said [[they]] expected",
          "expected [[other bidders to emerge]]", "pronoun", res="organization"),
        A("The note [[added]] that", "[[The note]] added that",
          "added [[that the retailer’s pension scheme, which filings at Companies House show had a deficit of £86m at its last triennial valuation, ‘could complicate any leveraged bid’]]",
          "document", channel="note"),
        A("Companies House [[show]] had a deficit", "which [[filings at Companies House]] show",
          ["added that [[the retailer’s pension scheme]], which", "show [[had a deficit of £86m at its last triennial valuation]]"],
          "document", channel="filing"),
        A("Post [[reported]] on Monday", "[[The Mercantile Post]] reported",
          "on Monday [[that a second buyout firm, Avonmere Partners, had also looked at the business last year]]",
          "outlet", channel="report"),
        A("Harwick & Lyle [[dismissed]] that report", "[[Harwick & Lyle]] dismissed that report",
          "dismissed [[that report as ‘historic speculation’]]", "organization", denial="dismissal"),
        A("Avonmere [[did not respond to a request for comment]]", "[[Avonmere]] did not respond", None,
          "organization", denial="no-response"),
        A("Brierley, [[told]] investors", "[[Harwick & Lyle’s chief executive, Joanna Brierley]], told",
          "in March [[that the company was ‘not for sale, but always open to value’]]", "person"),
        A("company [[declined to say]] whether", "[[A spokesman for the company]] declined",
          "declined to say [[whether that remained her view]]", "organization", denial="no-comment"),
    ])

article("cheapside-ledger", "2025-05-22", "corvane-engineering-finance-director-exit",
    "Corvane Engineering shares slide 28 per cent as finance chief departs",
    [
        "Shares in Corvane Engineering fell 28 per cent on Thursday after the Midlands-based maker of rail signalling equipment cut its profit forecast for the second time this year and said its finance director would leave with immediate effect.",
        "The company said in a stock-exchange announcement that underlying operating profit for the year to June would be ‘materially below’ market expectations, at between £38m and £42m, because of delays on two contracts in Scandinavia.",
        "It said that Michael Tarrant, who has been finance director since 2019, had ‘agreed to step down’ and that an interim successor would be named ‘in due course’. Tarrant could not be reached for comment.",
        "Corvane, which employs about 3,400 people and supplies signalling systems to rail operators across northern Europe, joined the main market in 2011. Its shares have now lost more than half their value since January, and net debt stood at £118m at the end of December.",
        "The departure followed a review of revenue recognition on long-term contracts that was ordered by the board in February, according to two people familiar with the matter.",
        "One of them said the review had examined whether revenue on the Scandinavian contracts had been booked ‘too early and too optimistically’.",
        "Corvane’s spokesman said the review was ‘routine’ and rejected any suggestion that it had uncovered wrongdoing. ‘There is no restatement, and there is no investigation,’ he said.",
        "Companies House records show Tarrant resigned as a director of four Corvane subsidiaries on Wednesday, a day before the announcement.",
        "Analysts questioned the timing. ‘Two profit warnings and a finance director leaving on the same morning is not a coincidence investors will ignore,’ analysts at Holloway Grant wrote in a note, cutting their target price to 180p from 310p. Some investors fear the review could yet lead to restated accounts, despite the company’s assurances.",
        "The trade title Rail Business Weekly reported last month that one of the Scandinavian contracts was running more than a year behind schedule.",
        "Sarah Okonjo, an analyst at the broker Pemberton Lisle, said the company’s guidance now implied ‘no growth at all’ in the second half. She expects the dividend to be cut at the full-year results in September.",
        "Gideon Frayne, a fund manager at Lowther Investors, which holds about 3 per cent of Corvane, told the Ledger he believed the board had ‘run out of road’ with shareholders.",
        "Corvane’s chairman, Lord Ashcombe, had a simple message for investors — ‘the contracts are sound, the timing is not’. The company is expected to hold a call with analysts on Friday morning.",
        "The Corporate Reporting Authority, the accounting watchdog, said it was ‘aware of the announcement’ but declined to comment further.",
    ],
    [
        A("equipment cut its profit forecast for the second time this year and [[said]]",
          "after [[the Midlands-based maker of rail signalling equipment]] cut",
          "and said [[its finance director would leave with immediate effect]]", "organization"),
        A("The company [[said]] in a stock-exchange", "[[The company]] said in a stock-exchange",
          "stock-exchange announcement [[that underlying operating profit for the year to June would be ‘materially below’ market expectations, at between £38m and £42m, because of delays on two contracts in Scandinavia]]",
          "organization", channel="announcement"),
        A("It [[said]] that Michael Tarrant", "[[It]] said that Michael Tarrant",
          "It said [[that Michael Tarrant, who has been finance director since 2019, had ‘agreed to step down’ and that an interim successor would be named ‘in due course’]]",
          "pronoun", res="organization", channel="announcement"),
        A("Tarrant [[could not be reached for comment]]", "[[Tarrant]] could not be reached", None,
          "person", denial="no-response"),
        A("in February, [[according to]] two people", "according to [[two people familiar with the matter]].",
          "[[The departure followed a review of revenue recognition on long-term contracts that was ordered by the board in February]], according",
          "anonymous", spec="vague", reason=False),
        A("One of them [[said]] the review", "[[One of them]] said the review",
          "One of them said [[the review had examined whether revenue on the Scandinavian contracts had been booked ‘too early and too optimistically’]]",
          "anonymous", spec="vague", reason=False),
        A("spokesman [[said]] the review was", "[[Corvane’s spokesman]] said the review",
          "spokesman said [[the review was ‘routine’]]", "organization"),
        A("and [[rejected]] any suggestion", "[[Corvane’s spokesman]] said the review",
          "rejected [[any suggestion that it had uncovered wrongdoing]]", "organization", denial="denial"),
        A("investigation,’ he [[said]].", "investigation,’ [[he]] said.",
          "[[‘There is no restatement, and there is no investigation,’]] he said",
          "pronoun", res="organization", denial="denial"),
        A("Companies House records [[show]] Tarrant", "[[Companies House records]] show",
          "records show [[Tarrant resigned as a director of four Corvane subsidiaries on Wednesday, a day before the announcement]]",
          "document", channel="filing"),
        A("Analysts [[questioned]] the timing", "[[Analysts]] questioned the timing",
          "questioned [[the timing]]", "vague"),
        A("Holloway Grant [[wrote]] in a note", "ignore,’ [[analysts at Holloway Grant]] wrote",
          "[[‘Two profit warnings and a finance director leaving on the same morning is not a coincidence investors will ignore,’]] analysts",
          "organization", channel="note"),
        A("Some investors [[fear]] the review", "[[Some investors]] fear the review",
          "fear [[the review could yet lead to restated accounts, despite the company’s assurances]]", "vague"),
        A("Business Weekly [[reported]] last month", "[[The trade title Rail Business Weekly]] reported",
          "last month [[that one of the Scandinavian contracts was running more than a year behind schedule]]", "outlet", channel="report"),
        A("Pemberton Lisle, [[said]] the company’s", "[[Sarah Okonjo, an analyst at the broker Pemberton Lisle]], said",
          "Lisle, said [[the company’s guidance now implied ‘no growth at all’ in the second half]]", "person"),
        A("She [[expects]] the dividend", "[[She]] expects the dividend",
          "She expects [[the dividend to be cut at the full-year results in September]]", "pronoun", res="person"),
        A("of Corvane, [[told]] the Ledger", "[[Gideon Frayne, a fund manager at Lowther Investors]], which holds",
          "told the Ledger [[he believed the board had ‘run out of road’ with shareholders]]", "person"),
        A("he [[believed]] the board", "the Ledger [[he]] believed",
          "believed [[the board had ‘run out of road’ with shareholders]]", "pronoun", res="person"),
        A("Ashcombe, [[had a simple message for investors —]]", "[[Corvane’s chairman, Lord Ashcombe]], had a simple",
          "investors — [[‘the contracts are sound, the timing is not’]]", "person"),
        A("The company [[is expected]] to hold", None,
          ["not’. [[The company]] is expected", "is expected [[to hold a call with analysts on Friday morning]]"]),
        A("watchdog, [[said]] it was", "[[The Corporate Reporting Authority, the accounting watchdog]], said",
          "watchdog, said [[it was ‘aware of the announcement’]]", "organization"),
        A("but [[declined to comment further]]", "[[The Corporate Reporting Authority, the accounting watchdog]], said", None,
          "organization", denial="no-comment"),
    ])

article("cheapside-ledger", "2025-06-10", "brackenfield-water-creditors-equity",
    "Brackenfield Water debt extension hinges on £600m equity injection",
    [
        "Creditors of Brackenfield Water, the troubled supplier to 2.1 million homes in the south-west, will not agree to extend £3.4bn of debt unless its owners inject at least £600m of fresh equity, according to a letter seen by the Ledger.",
        "The letter, sent on Monday by advisers to a group of bondholders holding about 40 per cent of the company’s debt, says the creditors ‘are not prepared to fund dividends through the back door’.",
        "Brackenfield’s owners, a consortium led by the pension fund Northmark and the infrastructure investor Grayling Partners, have previously said they are willing to provide ‘up to £250m’. Northmark is reportedly unwilling to go beyond £300m.",
        "A senior banker involved in the refinancing, who was not authorised to speak publicly, said the gap between the two sides was ‘wide but not unbridgeable’ and that a deal was more likely than not before the summer.",
        "Brackenfield said in a statement that it was ‘in constructive discussions with all stakeholders’ and that customers’ supply ‘is not and will not be affected’. It declined to comment on the letter.",
        "Northmark’s spokesman said the fund ‘remains a committed, long-term investor’. Grayling did not respond to requests for comment.",
        "The industry regulator, the Water Standards Office, said last month that it had placed Brackenfield under ‘enhanced monitoring’ and that it expected the company’s owners ‘to stand behind the business’.",
        "Brackenfield was fined £14m last year over pollution incidents, and its credit rating was cut to one notch above junk in March. Residents across its region have long complained about hosepipe bans and sewage spills on beaches.",
        "Meridian Broadcasting reported on Sunday that the government had drawn up contingency plans to place the company in special administration. A government spokesperson dismissed the report as ‘speculation about speculation’ and said ministers ‘do not comment on individual companies’.",
        "Brackenfield’s chief executive, Tom Eversley, told MPs in January that the company’s finances were ‘robust’.",
        "Felicity Rook, who chairs the campaign group Clean Rivers South West, posted on X that bondholders and shareholders were ‘arguing over who gets paid while sewage goes into the rivers’. Rook said the group would protest outside the company’s headquarters on Friday.",
        "Analysts at Corder Whitby think the owners will eventually raise their offer. ‘Walking away would crystallise a total loss on their equity,’ they wrote in a note on Tuesday.",
        "The environment secretary, Helen Marwood, who said last week that the government ‘will not bail out shareholders’, is due to meet the company’s chairman on Thursday.",
        "Brackenfield’s bonds due 2031 fell to 71p in the pound on Tuesday, according to pricing data compiled by the Ledger.",
    ],
    [
        A("of fresh equity, [[according to]] a letter", "according to [[a letter seen by the Ledger]].",
          "[[Creditors of Brackenfield Water, the troubled supplier to 2.1 million homes in the south-west, will not agree to extend £3.4bn of debt unless its owners inject at least £600m of fresh equity]], according",
          "document", channel="letter"),
        A("company’s debt, [[says]] the creditors", "[[The letter]], sent on Monday",
          "debt, says [[the creditors ‘are not prepared to fund dividends through the back door’]]",
          "document", channel="letter"),
        A("Partners, [[have previously said]] they",
          "[[Brackenfield’s owners, a consortium led by the pension fund Northmark and the infrastructure investor Grayling Partners]], have",
          "previously said [[they are willing to provide ‘up to £250m’]]", "organization"),
        A("Northmark is [[reportedly]] unwilling", None,
          ["£250m’. [[Northmark is]] reportedly", "reportedly [[unwilling to go beyond £300m]]"]),
        A("its region [[have long complained about]] hosepipe", "[[Residents across its region]] have long",
          "complained about [[hosepipe bans and sewage spills on beaches]]", "vague"),
        A("speak publicly, [[said]] the gap", "[[A senior banker involved in the refinancing]], who was not",
          "publicly, said [[the gap between the two sides was ‘wide but not unbridgeable’ and that a deal was more likely than not before the summer]]",
          "anonymous", spec="described", reason=True),
        A("Brackenfield [[said]] in a statement", "[[Brackenfield]] said in a statement",
          "in a statement [[that it was ‘in constructive discussions with all stakeholders’ and that customers’ supply ‘is not and will not be affected’]]",
          "organization", channel="statement"),
        A("It [[declined to comment]] on the letter", "[[It]] declined to comment on the letter", None,
          "pronoun", res="organization", denial="no-comment"),
        A("Northmark’s spokesman [[said]]", "[[Northmark’s spokesman]] said",
          "spokesman said [[the fund ‘remains a committed, long-term investor’]]", "organization"),
        A("Grayling [[did not respond to requests for comment]]", "[[Grayling]] did not respond", None,
          "organization", denial="no-response"),
        A("Standards Office, [[said]] last month", "[[The industry regulator, the Water Standards Office]], said",
          "last month [[that it had placed Brackenfield under ‘enhanced monitoring’ and that it expected the company’s owners ‘to stand behind the business’]]",
          "organization"),
        A("that it [[expected]] the company’s", "and that [[it]] expected",
          "expected [[the company’s owners ‘to stand behind the business’]]", "pronoun", res="organization"),
        A("Broadcasting [[reported]] on Sunday", "[[Meridian Broadcasting]] reported on Sunday",
          "on Sunday [[that the government had drawn up contingency plans to place the company in special administration]]",
          "outlet", channel="report"),
        A("spokesperson [[dismissed]] the report", "[[A government spokesperson]] dismissed",
          "dismissed [[the report as ‘speculation about speculation’]]", "organization", denial="dismissal"),
        A("speculation’ and [[said]] ministers", "[[A government spokesperson]] dismissed",
          "and said [[ministers ‘do not comment on individual companies’]]", "organization", denial="no-comment"),
        A("Eversley, [[told]] MPs", "[[Brackenfield’s chief executive, Tom Eversley]], told",
          "in January [[that the company’s finances were ‘robust’]]", "person"),
        A("South West, [[posted]] on X", "[[Felicity Rook]], who chairs",
          "posted on X [[that bondholders and shareholders were ‘arguing over who gets paid while sewage goes into the rivers’]]",
          "person", channel="post"),
        A("Rook [[said]] the group", "[[Rook]] said the group",
          "Rook said [[the group would protest outside the company’s headquarters on Friday]]", "person"),
        A("Corder Whitby [[think]] the owners", "[[Analysts at Corder Whitby]] think",
          "think [[the owners will eventually raise their offer]]", "organization"),
        A("equity,’ they [[wrote]] in a note", "equity,’ [[they]] wrote",
          "[[‘Walking away would crystallise a total loss on their equity,’]] they wrote",
          "pronoun", res="organization", channel="note"),
        A("Marwood, who [[said]] last week", "Marwood, [[who]] said last week",
          "last week [[that the government ‘will not bail out shareholders’]]", "pronoun", res="person"),
        A("on Tuesday, [[according to]] pricing data", "according to [[pricing data compiled by the Ledger]].",
          "[[Brackenfield’s bonds due 2031 fell to 71p in the pound on Tuesday]], according", "self"),
    ])

# ---------------------------------------------------------------------------------------------
# Outlet 4: carver-falls-gazette — a US college-town daily, university and courts beat
#           (double curly quotes)
# ---------------------------------------------------------------------------------------------

article("carver-falls-gazette", "2025-02-26", "wendell-state-chemist-lawsuit",
    "Fired Wendell State chemist takes university to federal court over dismissal",
    [
        "A chemistry professor who was fired by Wendell State University in January has sued the school and two of its administrators in federal court, saying she was dismissed for reporting safety problems in a campus laboratory.",
        "The complaint, filed Monday in U.S. District Court, alleges that Lena Moravec, a tenured associate professor, was terminated “in direct retaliation” for a series of emails she sent to the university’s environmental health office in 2023 and 2024.",
        "In those emails, Moravec warned that a fume hood in Sayre Hall had failed inspection twice and that graduate students were “breathing things no one should breathe,” according to the complaint.",
        "Moravec joined Wendell State in 2014 and won tenure in 2020. Her lab studies catalysts used in battery manufacturing and has brought in about $3.1 million in federal grants.",
        "The university has said Moravec was fired for “repeated violations of faculty conduct policy” unrelated to the lab. In a statement Tuesday, university spokeswoman Karen Ostrowski said Wendell State “denies the allegations in the complaint and will defend itself vigorously.”",
        "Ostrowski declined to answer questions about the inspections, citing the pending litigation.",
        "The two administrators named as defendants, Provost Daniel Whitcombe and associate dean Maria Escobar, did not immediately respond to emails seeking comment Tuesday.",
        "Moravec’s attorney, Jonah Feld, said in a phone interview that his client “did everything the university tells faculty to do, and then she was shown the door.”",
        "“She is not asking for special treatment. She is asking for her job back,” he said.",
        "The suit seeks reinstatement, back pay and unspecified damages. The filing’s assertion that the hood failed inspection twice rests on two inspection reports attached as exhibits, which show its airflow well below the required minimum.",
        "A faculty member in the chemistry department, who spoke on condition of anonymity because they were not authorized to speak for the department, said several colleagues had raised similar concerns about Sayre Hall and “nobody wanted to be the next one.”",
        "Campus police records obtained by the Gazette show officers responded to a complaint about a chemical odor in Sayre Hall in October 2024.",
        "In an order Wednesday, U.S. District Judge Harriet Lindqvist wrote that the university must preserve all records related to the fume hood, noting that “the relevant evidence appears to be largely electronic.”",
        "Students in Moravec’s former research group posted an open letter on Instagram last week calling her firing “a warning to anyone who speaks up.” By Wednesday it had more than 600 signatures.",
    ],
    [
        A("federal court, [[saying]] she was", "[[A chemistry professor who was fired by Wendell State University in January]] has sued",
          "saying [[she was dismissed for reporting safety problems in a campus laboratory]]", "person"),
        A("District Court, [[alleges]] that Lena", "[[The complaint]], filed Monday",
          "alleges [[that Lena Moravec, a tenured associate professor, was terminated “in direct retaliation” for a series of emails she sent to the university’s environmental health office in 2023 and 2024]]",
          "document", channel="filing"),
        A("Moravec [[warned]] that a fume hood", "In those emails, [[Moravec]] warned",
          "warned [[that a fume hood in Sayre Hall had failed inspection twice and that graduate students were “breathing things no one should breathe,”]]",
          "person", channel="email"),
        A("should breathe,” [[according to]] the complaint", "according to [[the complaint]].",
          "[[In those emails, Moravec warned that a fume hood in Sayre Hall had failed inspection twice and that graduate students were “breathing things no one should breathe,”]] according",
          "document", channel="filing"),
        A("The university [[has said]] Moravec", "[[The university]] has said Moravec",
          "has said [[Moravec was fired for “repeated violations of faculty conduct policy” unrelated to the lab]]",
          "organization"),
        A("Ostrowski [[said]] Wendell State", "Tuesday, [[university spokeswoman Karen Ostrowski]] said",
          "Ostrowski said [[Wendell State “denies the allegations in the complaint and will defend itself vigorously.”]]",
          "person", denial="denial", channel="statement"),
        A("Wendell State “[[denies]] the allegations", "said [[Wendell State]] “denies",
          "denies [[the allegations in the complaint]]", "organization", denial="denial", channel="statement"),
        A("Ostrowski [[declined to answer questions]] about", "[[Ostrowski]] declined to answer", None,
          "person", denial="no-comment"),
        A("inspections, [[citing]] the pending", "[[Ostrowski]] declined to answer",
          "citing [[the pending litigation]]", "person"),
        A("Escobar, [[did not immediately respond to emails seeking comment]]",
          "[[The two administrators named as defendants, Provost Daniel Whitcombe and associate dean Maria Escobar]], did not",
          None, "person", denial="no-response"),
        A("Feld, [[said]] in a phone interview", "[[Moravec’s attorney, Jonah Feld]], said",
          "phone interview [[that his client “did everything the university tells faculty to do, and then she was shown the door.”]]",
          "person", channel="interview"),
        A("job back,” he [[said]].", "job back,” [[he]] said.",
          "[[“She is not asking for special treatment. She is asking for her job back,”]] he said",
          "pronoun", res="person"),
        A("The filing’s [[assertion]] that", "[[The filing]]’s assertion",
          "assertion [[that the hood failed inspection twice]]", "document", channel="filing"),
        A("exhibits, which [[show]] its airflow", "exhibits, [[which]] show its airflow",
          "which show [[its airflow well below the required minimum]]", "pronoun", res="document"),
        A("the department, [[said]] several colleagues", "[[A faculty member in the chemistry department]], who spoke",
          "the department, said [[several colleagues had raised similar concerns about Sayre Hall and “nobody wanted to be the next one.”]]",
          "anonymous", spec="described", reason=True),
        A("by the Gazette [[show]] officers", "[[Campus police records obtained by the Gazette]] show",
          "Gazette show [[officers responded to a complaint about a chemical odor in Sayre Hall in October 2024]]",
          "document"),
        A("Lindqvist [[wrote]] that the university", "Wednesday, [[U.S. District Judge Harriet Lindqvist]] wrote",
          "wrote [[that the university must preserve all records related to the fume hood]]", "person", channel="filing"),
        A("fume hood, [[noting]] that", "Wednesday, [[U.S. District Judge Harriet Lindqvist]] wrote",
          "noting [[that “the relevant evidence appears to be largely electronic.”]]", "person", channel="filing"),
        A("research group [[posted]] an open letter", "[[Students in Moravec’s former research group]] posted",
          "posted [[an open letter]] on Instagram", "vague", channel="post"),
        A("last week [[calling]] her firing", "posted [[an open letter]] on Instagram",
          "calling [[her firing “a warning to anyone who speaks up.”]]", "document", channel="post"),
    ])

article("carver-falls-gazette", "2025-04-19", "wendell-state-tuition-increase",
    "Wendell State trustees approve 6.5% tuition increase after heated session",
    [
        "Wendell State University’s board of trustees voted 9-2 on Friday to raise in-state tuition by 6.5% next fall, the largest increase in more than a decade, as more than 200 students packed the meeting room in Gorham Hall.",
        "The increase will add about $780 a year to the bill for a full-time in-state undergraduate, bringing tuition and fees to roughly $12,800. It is expected to raise about $11 million a year.",
        "Tuition at Wendell State has risen 38% since 2015, according to an analysis by the Wendell Beacon, the student newspaper. A Gazette review of the university’s budget documents found that spending on senior administrators grew faster than faculty pay over the same period.",
        "Board chair Richard Haldane said the increase was needed to close a $14 million budget gap created by flat state funding and rising health insurance costs. University budget documents project the gap will grow to $22 million by 2027 without new revenue.",
        "“Nobody on this board wanted to vote for this. But the alternative was cutting programs, and we were not going to do that,” Haldane told reporters after the meeting.",
        "He dismissed a petition from the Student Government Association, signed by more than 4,000 students, as “a list of demands, not a plan.”",
        "The petition argues that the university should freeze tuition and instead cut spending on administrative salaries, which it says have grown 31% since 2018.",
        "Student body president Amara Okafor-Lynch called the vote “a betrayal of every first-generation student on this campus.” She said the association would ask the state legislature to intervene.",
        "Trustees Ellen Park and Marcus DeWitt cast the two dissenting votes. Park said she believes the board “has not looked hard enough at its own house” before asking families to pay more.",
        "In an email to fellow trustees sent Wednesday and obtained by the Gazette, DeWitt wrote that the administration had “presented one option and called it a choice.”",
        "Trustee Linda Ashworth, who voted for the increase, said the board had considered a 4% increase but worried about a downgrade from credit rating agencies.",
        "The Faculty Senate passed a resolution last month urging the board to reject any increase above 4%.",
        "University President Gregory Albers is expected to impose a hiring freeze on administrative positions next week, according to a memo sent to deans Thursday.",
        "A spokeswoman for Albers, Karen Ostrowski, said in an email that the president “will share more details with the campus community soon.”",
        "Campus police said the meeting ended without incident, although officers escorted two students out of the room after they refused to stop chanting.",
        "Outside Gorham Hall, sophomore Dana Reyes-Whitfield summed up the mood: “They keep saying there’s no money. Then they buy a new scoreboard for the stadium.”",
    ],
    [
        A("Haldane [[said]] the increase", "[[Board chair Richard Haldane]] said",
          "Haldane said [[the increase was needed to close a $14 million budget gap created by flat state funding and rising health insurance costs]]",
          "person"),
        A("It [[is expected]] to raise", None,
          ["$12,800. [[It]] is expected", "is expected [[to raise about $11 million a year]]"]),
        A("since 2015, [[according to]] an analysis", "according to [[an analysis by the Wendell Beacon, the student newspaper]].",
          "[[Tuition at Wendell State has risen 38% since 2015]], according", "outlet"),
        A("budget documents [[found]] that spending", "[[A Gazette review of the university’s budget documents]] found",
          "found [[that spending on senior administrators grew faster than faculty pay over the same period]]", "self"),
        A("budget documents [[project]] the gap", "[[University budget documents]] project",
          "project [[the gap will grow to $22 million by 2027 without new revenue]]", "document"),
        A("Haldane [[told]] reporters", "do that,” [[Haldane]] told",
          "[[“Nobody on this board wanted to vote for this. But the alternative was cutting programs, and we were not going to do that,”]] Haldane",
          "person"),
        A("He [[dismissed]] a petition", "[[He]] dismissed a petition",
          "dismissed [[a petition from the Student Government Association, signed by more than 4,000 students, as “a list of demands, not a plan.”]]",
          "pronoun", res="person", denial="dismissal"),
        A("The petition [[argues]] that", "[[The petition]] argues",
          "argues [[that the university should freeze tuition and instead cut spending on administrative salaries, which it says have grown 31% since 2018]]",
          "document"),
        A("which it [[says]] have grown", "which [[it]] says have grown",
          ["cut spending on [[administrative salaries]], which", "it says [[have grown 31% since 2018]]"],
          "pronoun", res="document"),
        A("Okafor-Lynch [[called]] the vote", "[[Student body president Amara Okafor-Lynch]] called",
          "called [[the vote “a betrayal of every first-generation student on this campus.”]]", "person"),
        A("She [[said]] the association", "[[She]] said the association",
          "She said [[the association would ask the state legislature to intervene]]", "pronoun", res="person"),
        A("Park [[said]] she believes", "votes. [[Park]] said she",
          "Park said [[she believes the board “has not looked hard enough at its own house” before asking families to pay more]]",
          "person"),
        A("she [[believes]] the board", "said [[she]] believes",
          "believes [[the board “has not looked hard enough at its own house” before asking families to pay more]]",
          "pronoun", res="person"),
        A("DeWitt [[wrote]] that the administration", "the Gazette, [[DeWitt]] wrote",
          "wrote [[that the administration had “presented one option and called it a choice.”]]", "person", channel="email"),
        A("the increase, [[said]] the board had considered", "[[Trustee Linda Ashworth]], who voted",
          "increase, said [[the board had considered a 4% increase but worried about a downgrade from credit rating agencies]]",
          "person"),
        A("increase but [[worried about]] a downgrade", "said [[the board]] had considered",
          "worried about [[a downgrade from credit rating agencies]]", "organization"),
        A("last month [[urging]] the board", "passed [[a resolution]] last month",
          "urging [[the board to reject any increase above 4%]]", "document"),
        A("Albers [[is expected]] to impose", None,
          ["[[University President Gregory Albers]] is expected", "is expected [[to impose a hiring freeze on administrative positions next week]]"]),
        A("next week, [[according to]] a memo", "according to [[a memo sent to deans Thursday]].",
          "[[University President Gregory Albers is expected to impose a hiring freeze on administrative positions next week]], according",
          "document"),
        A("Ostrowski, [[said]] in an email that the president", "[[A spokeswoman for Albers, Karen Ostrowski]], said",
          "in an email [[that the president “will share more details with the campus community soon.”]]",
          "person", channel="email"),
        A("Campus police [[said]] the meeting", "[[Campus police]] said the meeting",
          "police said [[the meeting ended without incident, although officers escorted two students out of the room after they refused to stop chanting]]",
          "organization"),
        A("Reyes-Whitfield [[summed up the mood:]]", "Gorham Hall, [[sophomore Dana Reyes-Whitfield]] summed",
          "the mood: [[“They keep saying there’s no money. Then they buy a new scoreboard for the stadium.”]]", "person"),
        A("They keep [[saying]] there’s", "“[[They]] keep saying",
          "keep saying [[there’s no money]]", "pronoun", res="organization"),
    ])

article("carver-falls-gazette", "2025-06-06", "sigma-rho-theta-hazing-charges",
    "Judge keeps hazing charges against three former Wendell State fraternity members",
    [
        "A Carver County judge on Thursday refused to dismiss hazing charges against three former members of Wendell State University’s Sigma Rho Theta fraternity, clearing the way for a trial in August.",
        "In a 14-page ruling, District Judge Alan Merriweather wrote that prosecutors had presented “ample evidence, if believed by a jury,” that the men forced a 19-year-old pledge to drink most of a bottle of vodka during an initiation event in October.",
        "The pledge, a sophomore whose name has not been released, was hospitalized for three days with alcohol poisoning, according to court filings.",
        "The three men were arrested in January after a two-month investigation by campus police and the county sheriff’s office.",
        "Prosecutors allege that the three defendants — Tyler Brandt, 21, Owen Kessler, 22, and Jared Milano, 21 — organized the event and told pledges they would be “cut” if they refused to drink. Milano is alleged to have recorded part of the event on his phone.",
        "Defense attorney Ray Castellano, who represents Brandt, disputed that account in court Thursday, arguing that the pledge “attended voluntarily and drank voluntarily.”",
        "“My client is 21 years old and he is being made an example of,” Castellano said after the hearing. Castellano said he expects to call two former pledges as defense witnesses.",
        "Attorneys for Kessler and Milano did not immediately respond to requests for comment.",
        "The Wendell Beacon, the student newspaper, first reported the hospitalization in November, citing text messages from a group chat used by pledges.",
        "One message, sent from an account the Beacon identified as Kessler’s, read: “Nobody leaves until the bottle is empty.”",
        "The university suspended the fraternity’s charter in December. Dean of Students Monica Ferrante said in an email Thursday that the university “has zero tolerance for hazing” and is cooperating fully with prosecutors.",
        "A member of the fraternity, who asked not to be named because the chapter remains under investigation, told the Gazette that the initiation event had been held “for as long as anyone can remember” and that older members “did the same thing to us.”",
        "The pledge’s family has filed a separate civil lawsuit against the fraternity’s national organization. The complaint alleges that the national office “knew of prior hazing at the Wendell chapter and did nothing.”",
        "In a statement, the national organization said it “takes the allegations seriously” and would “cooperate with any inquiry.”",
        "Each defendant faces up to a year in jail if convicted, according to the Carver County District Attorney’s Office.",
    ],
    [
        A("Merriweather [[wrote]] that prosecutors", "ruling, [[District Judge Alan Merriweather]] wrote",
          "wrote [[that prosecutors had presented “ample evidence, if believed by a jury,” that the men forced a 19-year-old pledge to drink most of a bottle of vodka during an initiation event in October]]",
          "person", channel="filing"),
        A("alcohol poisoning, [[according to]] court filings", "according to [[court filings]].",
          "[[The pledge, a sophomore whose name has not been released, was hospitalized for three days with alcohol poisoning]], according",
          "document", channel="filing"),
        A("Prosecutors [[allege]] that", "[[Prosecutors]] allege that",
          "allege [[that the three defendants — Tyler Brandt, 21, Owen Kessler, 22, and Jared Milano, 21 — organized the event and told pledges they would be “cut” if they refused to drink]]",
          "organization"),
        A("event and [[told]] pledges", "that [[the three defendants — Tyler Brandt, 21, Owen Kessler, 22, and Jared Milano, 21]] — organized",
          "told pledges [[they would be “cut” if they refused to drink]]", "person"),
        A("Milano [[is alleged]] to have recorded", None,
          ["drink. [[Milano]] is alleged", "is alleged [[to have recorded part of the event on his phone]]"]),
        A("represents Brandt, [[disputed]] that account", "[[Defense attorney Ray Castellano]], who represents",
          "disputed [[that account]] in court", "person", denial="denial"),
        A("Thursday, [[arguing]] that the pledge", "[[Defense attorney Ray Castellano]], who represents",
          "arguing [[that the pledge “attended voluntarily and drank voluntarily.”]]", "person"),
        A("Castellano [[said]] after the hearing", "example of,” [[Castellano]] said",
          "[[“My client is 21 years old and he is being made an example of,”]] Castellano said after",
          "person"),
        A("Castellano [[said]] he expects", "hearing. [[Castellano]] said he expects",
          "said [[he expects to call two former pledges as defense witnesses]]", "person"),
        A("said he [[expects]] to call", "said [[he]] expects to call",
          "expects [[to call two former pledges as defense witnesses]]", "pronoun", res="person"),
        A("Milano [[did not immediately respond to requests for comment]]", "[[Attorneys for Kessler and Milano]] did not", None,
          "person", denial="no-response"),
        A("newspaper, [[first reported]] the hospitalization", "[[The Wendell Beacon, the student newspaper]], first reported",
          "first reported [[the hospitalization]] in November", "outlet", channel="report"),
        A("in November, [[citing]] text messages", "[[The Wendell Beacon, the student newspaper]], first reported",
          "citing [[text messages from a group chat used by pledges]]", "outlet", channel="report"),
        A("Kessler’s, [[read:]]", "[[One message]], sent from",
          "read: [[“Nobody leaves until the bottle is empty.”]]", "document"),
        A("the Beacon [[identified]] as Kessler’s", "account [[the Beacon]] identified",
          ["sent from [[an account]] the Beacon", "identified [[as Kessler’s]]"], "outlet"),
        A("Ferrante [[said]] in an email Thursday", "December. [[Dean of Students Monica Ferrante]] said",
          "email Thursday [[that the university “has zero tolerance for hazing” and is cooperating fully with prosecutors]]",
          "person", channel="email"),
        A("under investigation, [[told]] the Gazette", "[[A member of the fraternity]], who asked not",
          "the Gazette [[that the initiation event had been held “for as long as anyone can remember” and that older members “did the same thing to us.”]]",
          "anonymous", spec="described", reason=True),
        A("The complaint [[alleges]] that the national", "[[The complaint]] alleges that the national",
          "alleges [[that the national office “knew of prior hazing at the Wendell chapter and did nothing.”]]",
          "document", channel="filing"),
        A("national organization [[said]] it", "In a statement, [[the national organization]] said",
          "organization said [[it “takes the allegations seriously” and would “cooperate with any inquiry.”]]",
          "organization", channel="statement"),
        A("if convicted, [[according to]] the Carver", "according to [[the Carver County District Attorney’s Office]].",
          "[[Each defendant faces up to a year in jail if convicted]], according", "organization"),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    # python3 build.py --jsonl /tmp/h48gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
