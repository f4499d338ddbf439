#!/usr/bin/env python3
"""Generator for the heldout50 fixture: 12 fictional, hand-annotated news articles.

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
ANN_SUFFIX = "_a050"
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
            out.write(json.dumps({"path": "heldout50/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


# ---- ARTICLES GO HERE: article("outlet-slug", "YYYY-MM-DD", "slug", "Title", [paragraphs...], [A(...), ...]) ----
# ---------------------------------------------------------------------------------------------
# makai-ledger: Honolulu nonprofit investigative news site (straight double quotes, single inside)
# ---------------------------------------------------------------------------------------------
article("makai-ledger", "2025-02-18", "waianae-well-permit-lapse",
    "Waiʻanae ranch kept pumping for 19 months after its water permit lapsed",
    [
        '''For at least 19 months, a cattle ranch in Waiʻanae Valley drew water from a state-regulated well after its permit had expired, according to pumping reports and internal emails obtained by the Makai Ledger.''',
        '''The reports, which Puʻu Kamoa Ranch filed with the state Commission on Water Resource Management every quarter, show the ranch pumped an average of 410,000 gallons a day from the Kamaile well in 2024 — nearly double the 220,000 gallons its lapsed permit had allowed.''',
        '''Commission staff spotted the problem in March 2024, the emails show. "We have a user pulling well over allocation with no valid permit." a hydrologist wrote in an email to her supervisor that month. The Ledger is not naming the hydrologist, who still works for the commission and is not authorized to speak to reporters.''',
        '''The Ledger has learned that staff drafted a cease-and-desist order that June. It was never sent.''',
        '''Commission deputy director Lani Kealoha-Brandt said in an interview that staff had been "stretched past the breaking point" and that the Waiʻanae case "should have come to the commission sooner." She acknowledged that no notice of violation had been issued. "We don't have enough enforcement staff to chase every well on Oʻahu, and that's the honest answer," she said.''',
        '''Puʻu Kamoa Ranch manager Keoni Akana denied that the ranch had taken more water than it was entitled to. He said the ranch had applied to renew the permit in 2022 and had been told by commission staff that it could keep pumping while the application was pending. "We did everything they asked. Nobody ever told us to stop," Akana told the Ledger.''',
        '''Two people familiar with the application, who asked not to be named because the case may go to a contested hearing, said no staff member had the authority to grant such an extension verbally. One of them described the ranch's account as "a story that gets better every time it's told."''',
        '''Residents downstream have complained for years that Kamaile Stream runs dry by midsummer. "When I was a boy we caught ʻōpae in there. Now it's rocks," said Kaleo Mahoe, a taro farmer near the stream mouth. Mahoe said he first complained to the commission in 2021 and never heard back.''',
        '''The Office of Hawaiian Affairs said in a letter to the commission last month that the diversion may violate the state's public trust doctrine. State Sen. Roxanne Kaʻaihue, whose district includes Waiʻanae, called the findings "infuriating" and said she would introduce a bill creating an enforcement branch.''',
        '''DLNR spokesperson Malia Fong said the department does not comment on matters that may come before the commission. The ranch's parent company, Honolulu-based Kamoa Land Holdings, did not respond to repeated requests for comment.''',
        '''The commission is expected to take up the renewal at its April meeting.''',
    ],
    [
        A('''expired, [[according to]] pumping''', '''according to [[pumping reports and internal emails obtained by the Makai Ledger]].''',
          '''[[For at least 19 months, a cattle ranch in Waiʻanae Valley drew water from a state-regulated well after its permit had expired]], according''', kind="document"),
        A('''every quarter, [[show]] the ranch''', '''[[The reports]], which Puʻu''',
          '''show [[the ranch pumped an average of 410,000 gallons a day from the Kamaile well in 2024 — nearly double the 220,000 gallons its lapsed permit had allowed]].''', kind="document"),
        A('''the emails [[show]].''', '''[[the emails]] show.''',
          '''[[Commission staff spotted the problem in March 2024]], the emails''', kind="document"),
        A('''hydrologist [[wrote]] in an email''', '''permit." [[a hydrologist]] wrote''',
          '''[["We have a user pulling well over allocation with no valid permit."]] a hydrologist''',
          kind="anonymous", spec="described", reason=True, channel="email"),
        A('''Ledger [[has learned]] that''', '''[[The Ledger]] has learned''',
          '''has learned [[that staff drafted a cease-and-desist order that June]].''', kind="self"),
        A('''Kealoha-Brandt [[said]] in an interview''', '''[[Commission deputy director Lani Kealoha-Brandt]] said''',
          '''interview [[that staff had been "stretched past the breaking point" and that the Waiʻanae case "should have come to the commission sooner."]]''',
          kind="person", channel="interview"),
        A('''She [[acknowledged]] that''', '''[[She]] acknowledged''',
          '''acknowledged [[that no notice of violation had been issued]].''', kind="pronoun", res="person"),
        A('''honest answer," she [[said]].''', '''honest answer," [[she]] said.''',
          '''[["We don't have enough enforcement staff to chase every well on Oʻahu, and that's the honest answer,"]] she''', kind="pronoun", res="person"),
        A('''Akana [[denied]] that''', '''[[Puʻu Kamoa Ranch manager Keoni Akana]] denied''',
          '''denied [[that the ranch had taken more water than it was entitled to]].''', kind="person", denial="denial"),
        A('''He [[said]] the ranch had applied''', '''[[He]] said the ranch had applied''',
          '''He said [[the ranch had applied to renew the permit in 2022 and had been told by commission staff that it could keep pumping while the application was pending]].''',
          kind="pronoun", res="person", denial="denial"),
        A('''and [[had been told]] by commission staff''', '''by [[commission staff]] that it could''',
          '''commission staff [[that it could keep pumping while the application was pending]].''', kind="organization"),
        A('''Akana [[told]] the Ledger.''', '''stop," [[Akana]] told''',
          '''[["We did everything they asked. Nobody ever told us to stop,"]] Akana''', kind="person", denial="denial"),
        A('''hearing, [[said]] no staff''', '''[[Two people familiar with the application]], who asked''',
          '''said [[no staff member had the authority to grant such an extension verbally]].''',
          kind="anonymous", spec="vague", reason=True),
        A('''One of them [[described]]''', '''[[One of them]] described''',
          '''described [[the ranch's account as "a story that gets better every time it's told."]]''',
          kind="anonymous", spec="vague", reason=True),
        A('''downstream [[have complained]] for years''', '''[[Residents downstream]] have''',
          '''for years [[that Kamaile Stream runs dry by midsummer]].''', kind="vague"),
        A('''rocks," [[said]] Kaleo''', '''said [[Kaleo Mahoe, a taro farmer near the stream mouth]].''',
          '''[["When I was a boy we caught ʻōpae in there. Now it's rocks,"]] said''', kind="person"),
        A('''Mahoe [[said]] he first''', '''[[Mahoe]] said he first''',
          '''said [[he first complained to the commission in 2021 and never heard back]].''', kind="person"),
        A('''Affairs [[said]] in a letter''', '''[[The Office of Hawaiian Affairs]] said''',
          '''last month [[that the diversion may violate the state's public trust doctrine]].''', kind="organization", channel="letter"),
        A('''Waiʻanae, [[called]] the findings''', '''[[State Sen. Roxanne Kaʻaihue]], whose''',
          '''called [[the findings "infuriating"]] and''', kind="person"),
        A('''"infuriating" and [[said]] she would''', '''[[State Sen. Roxanne Kaʻaihue]], whose''',
          '''said [[she would introduce a bill creating an enforcement branch]].''', kind="person"),
        A('''Fong [[said]] the department''', '''[[DLNR spokesperson Malia Fong]] said''',
          '''said [[the department does not comment on matters that may come before the commission]].''', kind="person", denial="no-comment"),
        A('''Holdings, [[did not respond to repeated requests for comment]].''', '''[[The ranch's parent company, Honolulu-based Kamoa Land Holdings]], did''',
          None, kind="organization", denial="no-response"),
        A('''commission [[is expected]] to take''', None,
          ['''[[The commission]] is expected''', '''is expected [[to take up the renewal at its April meeting]].''']),
    ])

article("makai-ledger", "2025-06-10", "hilo-pier-repair-overrun",
    "Hilo pier repairs are two years late and $31 million over budget. Inspectors saw it coming.",
    [
        '''The state Department of Transportation's repair of Pier 2 at Hilo Harbor, the main gateway for fuel and groceries on Hawaiʻi Island, is running more than two years late and $31 million over its original $48 million budget, according to a quarterly report the department sent to the Legislature in May.''',
        '''That report blames "unforeseen subsurface conditions" for the overrun. But a 2021 inspection commissioned by the department's Harbors Division had already warned that corroded steel piles under the pier were "significantly more deteriorated than as-built drawings suggest," records reviewed by the Makai Ledger show.''',
        '''Harbors Division administrator Derek Nakagawa said the inspection had been "one input among many" and denied that the department had ignored it. "With hindsight, sure, we'd scope it differently. But nobody hid anything," he said in an interview at the division's Honolulu office.''',
        '''A senior Harbors Division engineer, who spoke on condition of anonymity, said the 2021 warning had been "filed and forgotten" after a change in leadership. "Everybody in the building knew that report existed," the engineer said.''',
        '''Nakagawa disputed that account. He said he had read the inspection "the week I started" in 2022. A 2023 memo from the division's engineering branch, also obtained by the Ledger, estimated that replacing the worst piles would add "at least $20 million" to the job.''',
        '''The contractor, Mauna Loa Marine Constructors, said in a written statement that it had "performed to the letter of the contract" and that every change order had been approved by the state. The firm has filed claims for an additional $12 million, according to the department's report.''',
        '''Shipping executives say the delays are already costing them. Interisland barge operator Kaʻahele Freight said in a post on its Facebook page last month that it had cancelled 14 sailings since January because only one berth could take its vessels. Hawaiʻi Island Harbor Users Group chair Jill Ferreira wrote in an email to members on Monday that fuel deliveries could be disrupted if the remaining berth needs emergency repairs.''',
        '''The Hilo Sentinel reported in April that the department had considered terminating the contract last year. Asked about that report, a department spokesperson declined to comment on "contract deliberations."''',
        '''Lawmakers are losing patience. Rep. Kekoa Lindsey, who chairs the House Transportation Committee, said Wednesday he would call department officials to an informational briefing this month. "We were told 'next year' three years running," he said.''',
        '''The department now expects the pier to reopen in mid-2027, the report says.''',
    ],
    [
        A('''budget, [[according to]] a quarterly''', '''according to [[a quarterly report the department sent to the Legislature in May]].''',
          '''[[The state Department of Transportation's repair of Pier 2 at Hilo Harbor, the main gateway for fuel and groceries on Hawaiʻi Island, is running more than two years late and $31 million over its original $48 million budget]], according''', kind="document"),
        A('''That report [[blames]]''', '''[[That report]] blames''',
          '''blames [["unforeseen subsurface conditions" for the overrun]].''', kind="document"),
        A('''Division [[had already warned]] that''', '''But [[a 2021 inspection commissioned by the department's Harbors Division]] had''',
          '''warned [[that corroded steel piles under the pier were "significantly more deteriorated than as-built drawings suggest,"]] records''', kind="document"),
        A('''Ledger [[show]].''', '''suggest," [[records reviewed by the Makai Ledger]] show''',
          '''But [[a 2021 inspection commissioned by the department's Harbors Division had already warned that corroded steel piles under the pier were "significantly more deteriorated than as-built drawings suggest,"]] records''', kind="document"),
        A('''Nakagawa [[said]] the inspection''', '''[[Harbors Division administrator Derek Nakagawa]] said''',
          '''said [[the inspection had been "one input among many"]] and''', kind="person"),
        A('''and [[denied]] that the department''', '''[[Harbors Division administrator Derek Nakagawa]] said''',
          '''denied [[that the department had ignored it]].''', kind="person", denial="denial"),
        A('''anything," he [[said]] in an interview''', '''anything," [[he]] said''',
          '''[["With hindsight, sure, we'd scope it differently. But nobody hid anything,"]] he''',
          kind="pronoun", res="person", denial="denial", channel="interview"),
        A('''anonymity, [[said]] the 2021''', '''[[A senior Harbors Division engineer]], who''',
          '''said [[the 2021 warning had been "filed and forgotten" after a change in leadership]].''',
          kind="anonymous", spec="described", reason=False),
        A('''building [[knew]] that''', '''"[[Everybody in the building]] knew''',
          '''knew [[that report existed]],"''', kind="vague"),
        A('''the engineer [[said]].''', '''[[the engineer]] said.''',
          '''[["Everybody in the building knew that report existed,"]] the engineer''',
          kind="anonymous", spec="described", reason=False),
        A('''Nakagawa [[disputed]] that account''', '''[[Nakagawa]] disputed''',
          '''disputed [[that account]].''', kind="person", denial="denial"),
        A('''He [[said]] he had read''', '''[[He]] said he had read''',
          '''said [[he had read the inspection "the week I started" in 2022]].''', kind="pronoun", res="person", denial="denial"),
        A('''Ledger, [[estimated]] that''', '''[[A 2023 memo from the division's engineering branch]], also''',
          '''estimated [[that replacing the worst piles would add "at least $20 million" to the job]].''', kind="document"),
        A('''Constructors, [[said]] in a written''', '''[[The contractor, Mauna Loa Marine Constructors]], said''',
          '''statement [[that it had "performed to the letter of the contract" and that every change order had been approved by the state]].''',
          kind="organization", channel="statement"),
        A('''million, [[according to]] the department's''', '''according to [[the department's report]].''',
          '''[[The firm has filed claims for an additional $12 million]], according''', kind="document"),
        A('''executives [[say]] the delays''', '''[[Shipping executives]] say''',
          '''say [[the delays are already costing them]].''', kind="vague"),
        A('''Freight [[said]] in a post''', '''[[Interisland barge operator Kaʻahele Freight]] said''',
          '''last month [[that it had cancelled 14 sailings since January because only one berth could take its vessels]].''',
          kind="organization", channel="post"),
        A('''Ferreira [[wrote]] in an email''', '''[[Hawaiʻi Island Harbor Users Group chair Jill Ferreira]] wrote''',
          '''on Monday [[that fuel deliveries could be disrupted if the remaining berth needs emergency repairs]].''', kind="person", channel="email"),
        A('''Sentinel [[reported]] in April''', '''[[The Hilo Sentinel]] reported''',
          '''in April [[that the department had considered terminating the contract last year]].''', kind="outlet"),
        A('''spokesperson [[declined to comment]] on''', '''report, [[a department spokesperson]] declined''',
          None, kind="organization", denial="no-comment"),
        A('''Committee, [[said]] Wednesday''', '''[[Rep. Kekoa Lindsey]], who''',
          '''Wednesday [[he would call department officials to an informational briefing this month]].''', kind="person"),
        A('''"We [[were told]] 'next year\'''', None,
          '''were told [['next year']] three'''),
        A('''running," he [[said]].''', '''running," [[he]] said.''',
          '''[["We were told 'next year' three years running,"]] he''', kind="pronoun", res="person"),
        A('''department now [[expects]] the pier''', '''[[The department]] now expects''',
          '''expects [[the pier to reopen in mid-2027]], the report''', kind="organization"),
        A('''the report [[says]].''', '''[[the report]] says.''',
          '''[[The department now expects the pier to reopen in mid-2027]], the report''', kind="document"),
    ])

article("makai-ledger", "2025-10-07", "kau-charter-school-audit",
    "Kaʻū charter school paid director's relatives $640,000, state audit finds",
    [
        '''A public charter school in Kaʻū paid more than $640,000 over four years to businesses owned by relatives of its executive director, a state audit released Thursday found.''',
        '''The audit by the State Public Charter School Commission says Hālau Kahikina Learning Center awarded contracts for food service, bus transportation and campus maintenance without competitive bids, and that its governing board approved most of the payments after they had already been made.''',
        '''Executive director Pualani Haleamau, who has led the 210-student school since it opened in 2016, denied that she had steered work to family members. In a written response included in the audit, she said the school is in "one of the most isolated communities in the state" and that her relatives' companies were "often the only ones willing to drive to Pāhala."''',
        '''"Nobody else bid. What were we supposed to do, close the kitchen?" Haleamau told the Makai Ledger. On the school's Facebook page, she posted on Friday that the audit "ignores the reality of rural Hawaiʻi."''',
        '''Board chair Dennis Oshiro said the board had "relied on the information we were given" and has since hired an outside procurement officer. He declined to say whether Haleamau would keep her job.''',
        '''Three former teachers at the school, who asked not to be identified because they still live in the small community, said the contracts had come up at a staff meeting in 2022. "We were told it was none of our business," one of them said.''',
        '''According to the audit, the commission's own staff flagged the school's procurement practices during a 2021 monitoring visit but did not follow up. Commission executive director Yvonne Ching-Medeiros said in a statement that the agency "takes responsibility" for that lapse and has added two compliance positions.''',
        '''Parents interviewed by the Ledger were divided. Some said the school had turned around their children's lives. Others said they had long wondered why the same trucks were parked on campus every day. "My son was failing at the big school. Here he made honor roll," said Lehua Kamakana, whose son is in the eighth grade.''',
        '''The state attorney general's office is reviewing the audit, according to a person familiar with the matter, and the state Ethics Commission has reportedly opened its own inquiry. A spokesperson for the attorney general's office said it does not confirm or deny investigations. The Ethics Commission did not respond to a request for comment.''',
        '''The charter commission is expected to vote next month on whether to place the school on probation.''',
    ],
    [
        A('''Thursday [[found]].''', '''director, [[a state audit released Thursday]] found''',
          '''[[A public charter school in Kaʻū paid more than $640,000 over four years to businesses owned by relatives of its executive director]], a state''', kind="document"),
        A('''Commission [[says]] Hālau''', '''[[The audit by the State Public Charter School Commission]] says''',
          '''says [[Hālau Kahikina Learning Center awarded contracts for food service, bus transportation and campus maintenance without competitive bids, and that its governing board approved most of the payments after they had already been made]].''', kind="document"),
        A('''2016, [[denied]] that she''', '''[[Executive director Pualani Haleamau]], who''',
          '''denied [[that she had steered work to family members]].''', kind="person", denial="denial"),
        A('''she [[said]] the school is''', '''audit, [[she]] said''',
          '''said [[the school is in "one of the most isolated communities in the state" and that her relatives' companies were "often the only ones willing to drive to Pāhala."]]''',
          kind="pronoun", res="person", denial="denial", channel="statement"),
        A('''Haleamau [[told]] the Makai''', '''kitchen?" [[Haleamau]] told''',
          '''[["Nobody else bid. What were we supposed to do, close the kitchen?"]] Haleamau''', kind="person", denial="denial"),
        A('''she [[posted]] on Friday''', '''page, [[she]] posted''',
          '''on Friday [[that the audit "ignores the reality of rural Hawaiʻi."]]''',
          kind="pronoun", res="person", denial="dismissal", channel="post"),
        A('''Oshiro [[said]] the board''', '''[[Board chair Dennis Oshiro]] said''',
          '''said [[the board had "relied on the information we were given" and has since hired an outside procurement officer]].''', kind="person"),
        A('''He [[declined to say]] whether''', '''[[He]] declined''',
          '''declined to say [[whether Haleamau would keep her job]].''', kind="pronoun", res="person", denial="no-comment"),
        A('''community, [[said]] the contracts''', '''[[Three former teachers at the school]], who asked''',
          '''said [[the contracts had come up at a staff meeting in 2022]].''',
          kind="anonymous", spec="described", reason=True),
        A('''"We [[were told]] it was none''', None,
          '''were told [[it was none of our business]],"'''),
        A('''one of them [[said]].''', '''business," [[one of them]] said.''',
          '''[["We were told it was none of our business,"]] one''',
          kind="anonymous", spec="described", reason=True),
        A('''[[According to]] the audit''', '''According to [[the audit]], the''',
          '''the audit, [[the commission's own staff flagged the school's procurement practices during a 2021 monitoring visit but did not follow up]].''', kind="document"),
        A('''staff [[flagged]] the school's''', '''audit, [[the commission's own staff]] flagged''',
          '''flagged [[the school's procurement practices]] during''', kind="organization"),
        A('''Ching-Medeiros [[said]] in a statement''', '''[[Commission executive director Yvonne Ching-Medeiros]] said''',
          '''statement [[that the agency "takes responsibility" for that lapse and has added two compliance positions]].''', kind="person", channel="statement"),
        A('''Some [[said]] the school''', '''[[Some]] said''',
          '''said [[the school had turned around their children's lives]].''', kind="vague"),
        A('''Others [[said]] they''', '''[[Others]] said''',
          '''said [[they had long wondered why the same trucks were parked on campus every day]].''', kind="vague"),
        A('''honor roll," [[said]] Lehua''', '''said [[Lehua Kamakana]], whose''',
          '''[["My son was failing at the big school. Here he made honor roll,"]] said''', kind="person"),
        A('''audit, [[according to]] a person''', '''according to [[a person familiar with the matter]], and''',
          '''[[The state attorney general's office is reviewing the audit]], according''',
          kind="anonymous", spec="vague", reason=False),
        A('''has [[reportedly]] opened''', None,
          ['''and [[the state Ethics Commission has]] reportedly''', '''reportedly [[opened its own inquiry]].''']),
        A('''office [[said]] it does not''', '''[[A spokesperson for the attorney general's office]] said''',
          '''said [[it does not confirm or deny investigations]].''', kind="organization", denial="no-comment"),
        A('''Commission [[did not respond to a request for comment]].''', '''[[The Ethics Commission]] did not''',
          None, kind="organization", denial="no-response"),
        A('''commission [[is expected]] to vote''', None,
          ['''[[The charter commission]] is expected''', '''is expected [[to vote next month on whether to place the school on probation]].''']),
    ])

# ---------------------------------------------------------------------------------------------
# paradeplatz-wire: Zurich finance news site in English (curly single quotes)
# ---------------------------------------------------------------------------------------------
article("paradeplatz-wire", "2025-03-04", "altmatt-finma-enforcement",
    "FINMA opens enforcement case against Zurich private bank Altmatt",
    [
        "Switzerland’s financial regulator has opened enforcement proceedings against Zurich private bank Altmatt over its handling of accounts linked to a collapsed Geneva commodity trader, people familiar with the matter said.",
        "The proceedings, which FINMA has not made public, focus on whether Altmatt carried out adequate checks on roughly CHF 1.4 billion that moved through accounts of companies connected to Vostrel Trading SA between 2019 and 2023, two of the people said.",
        "FINMA declined to comment. ‘We do not comment on individual institutions or on whether proceedings exist,’ a spokesperson for the regulator said.",
        "Altmatt said in a statement on Tuesday that it was ‘cooperating fully’ with the authorities and had ‘significantly strengthened’ its compliance framework since 2022. The bank denied that it had knowingly handled illicit funds.",
        "Paradeplatz Wire understands that the bank’s chief risk officer, Matthias Oberholzer, left in January after less than two years in the role. Altmatt described his departure as ‘unrelated to any regulatory matter’. Oberholzer did not respond to LinkedIn messages.",
        "Vostrel Trading was placed in liquidation in 2024, according to the cantonal commercial register. Le Courrier Financier, a Geneva business weekly, reported last year that prosecutors were investigating two former Vostrel executives and that the company had used Altmatt accounts to pay intermediaries in West Africa. A lawyer for the two men, Corinne Fauchère, said the allegations against her clients were ‘entirely unfounded’.",
        "FINMA’s most recent enforcement report shows the regulator concluded 31 proceedings against banks in 2024, most of them involving anti-money-laundering controls. Former FINMA enforcement official Regula Baumann told Paradeplatz Wire that cases of this kind typically take 18 months to two years. ‘The bank will be negotiating over the wording of the findings almost as hard as over the measures,’ she said.",
        "‘A FINMA case typically means a disgorgement order and a freeze on new high-risk clients, not a fine,’ Kessler Research analyst Andrea Bucher wrote in a note to clients. ‘The reputational hit is the bigger risk for a bank of this size.’",
        "Another analyst, who covers Swiss private banks for a London broker and asked not to be named because of his firm’s rules on media contact, said Altmatt’s client assets had already fallen by about 6 per cent since October.",
        "The bank, which is controlled by the Altmatt family and manages about CHF 18 billion, reports annual results on 12 March. In a letter to clients seen by Paradeplatz Wire, chief executive Beat Rüegg wrote on Monday that the bank’s capital and liquidity ‘remain exceptionally strong’. He told shareholders last year that Altmatt had ‘no appetite’ for large commodity clients.",
        "It is understood the bank has hired Zurich law firm Grüninger Staub to advise it. Grüninger Staub did not respond to a request for comment.",
    ],
    [
        A("with the matter [[said]].", "trader, [[people familiar with the matter]] said.",
          "[[Switzerland’s financial regulator has opened enforcement proceedings against Zurich private bank Altmatt over its handling of accounts linked to a collapsed Geneva commodity trader]], people",
          kind="anonymous", spec="vague", reason=False),
        A("two of the people [[said]].", "2023, [[two of the people]] said",
          "[[The proceedings, which FINMA has not made public, focus on whether Altmatt carried out adequate checks on roughly CHF 1.4 billion that moved through accounts of companies connected to Vostrel Trading SA between 2019 and 2023]], two",
          kind="anonymous", spec="vague", reason=False),
        A("FINMA [[declined to comment]].", "[[FINMA]] declined to comment.", None, kind="organization", denial="no-comment"),
        A("regulator [[said]].", "exist,’ [[a spokesperson for the regulator]] said",
          "[[‘We do not comment on individual institutions or on whether proceedings exist,’]] a spokesperson", kind="organization", denial="no-comment"),
        A("Altmatt [[said]] in a statement", "[[Altmatt]] said in a statement",
          "on Tuesday [[that it was ‘cooperating fully’ with the authorities and had ‘significantly strengthened’ its compliance framework since 2022]].",
          kind="organization", channel="statement"),
        A("The bank [[denied]] that", "[[The bank]] denied",
          "denied [[that it had knowingly handled illicit funds]].", kind="organization", denial="denial"),
        A("Wire [[understands]] that the bank’s", "[[Paradeplatz Wire]] understands",
          "understands [[that the bank’s chief risk officer, Matthias Oberholzer, left in January after less than two years in the role]].", kind="self"),
        A("Altmatt [[described]] his departure", "[[Altmatt]] described",
          "described [[his departure as ‘unrelated to any regulatory matter’]].", kind="organization", denial="denial"),
        A("Oberholzer [[did not respond to LinkedIn messages]].", "[[Oberholzer]] did not respond",
          None, kind="person", denial="no-response"),
        A("2024, [[according to]] the cantonal", "according to [[the cantonal commercial register]].",
          "[[Vostrel Trading was placed in liquidation in 2024]], according", kind="document"),
        A("weekly, [[reported]] last year", "[[Le Courrier Financier, a Geneva business weekly]], reported",
          "last year [[that prosecutors were investigating two former Vostrel executives and that the company had used Altmatt accounts to pay intermediaries in West Africa]].", kind="outlet"),
        A("Fauchère, [[said]] the allegations", "[[A lawyer for the two men, Corinne Fauchère]], said",
          "said [[the allegations against her clients were ‘entirely unfounded’]].", kind="person", denial="denial"),
        A("enforcement report [[shows]] the regulator", "[[FINMA’s most recent enforcement report]] shows",
          "shows [[the regulator concluded 31 proceedings against banks in 2024, most of them involving anti-money-laundering controls]].", kind="document"),
        A("Baumann [[told]] Paradeplatz Wire", "[[Former FINMA enforcement official Regula Baumann]] told",
          "Paradeplatz Wire [[that cases of this kind typically take 18 months to two years]].", kind="person"),
        A("measures,’ she [[said]].", "measures,’ [[she]] said.",
          "[[‘The bank will be negotiating over the wording of the findings almost as hard as over the measures,’]] she", kind="pronoun", res="person"),
        A("Bucher [[wrote]] in a note", "fine,’ [[Kessler Research analyst Andrea Bucher]] wrote",
          ["[[‘A FINMA case typically means a disgorgement order and a freeze on new high-risk clients, not a fine,’]] Kessler",
           "clients. [[‘The reputational hit is the bigger risk for a bank of this size.’]]"], kind="person", channel="note"),
        A("media contact, [[said]] Altmatt’s", "[[Another analyst]], who covers",
          "said [[Altmatt’s client assets had already fallen by about 6 per cent since October]].",
          kind="anonymous", spec="described", reason=True),
        A("Rüegg [[wrote]] on Monday", "Wire, [[chief executive Beat Rüegg]] wrote",
          "on Monday [[that the bank’s capital and liquidity ‘remain exceptionally strong’]].", kind="person", channel="letter"),
        A("He [[told]] shareholders", "[[He]] told shareholders",
          "last year [[that Altmatt had ‘no appetite’ for large commodity clients]].", kind="pronoun", res="person"),
        A("[[It is understood]] the bank", None,
          "It is understood [[the bank has hired Zurich law firm Grüninger Staub to advise it]]."),
        A("Staub [[did not respond to a request for comment]].", "[[Grüninger Staub]] did not",
          None, kind="organization", denial="no-response"),
    ])

article("paradeplatz-wire", "2025-06-20", "snb-cut-to-zero",
    "SNB cuts rate to zero as cantonal banks brace for margin squeeze",
    [
        "The Swiss National Bank cut its policy rate to zero on Thursday, its sixth reduction in 18 months, and said it remained willing to intervene in the foreign exchange market to stop the franc from strengthening further.",
        "In its quarterly monetary policy assessment, the central bank said inflation was likely to average 0.2 per cent this year and that negative rates ‘cannot be ruled out’ if the strong franc continued to weigh on import prices.",
        "Nineteen of the 24 economists surveyed by Paradeplatz Wire last week had forecast a cut to zero. Swap markets had priced in a roughly 70 per cent chance of the move, according to Paradeplatz Wire calculations.",
        "‘The SNB is doing everything it can to avoid going negative again, but it is running out of room,’ said Dr Karin Esslinger, chief economist at Bank Lindenhof. She expects a further cut to minus 0.25 per cent in December.",
        "For commercial banks, a zero rate squeezes the margin they earn on deposits, which make up the bulk of funding at the country’s 24 cantonal banks. Seeland Kantonalbank chief executive Urs Bieri told Paradeplatz Wire that net interest income would fall ‘in the high single digits’ this year. He said the bank had no plans to cut jobs.",
        "Two executives at other cantonal banks, speaking on condition of anonymity because they were not authorised to discuss pricing, said their banks were considering charging large corporate depositors again. ‘Nobody wants to be first,’ one of them said. A spokeswoman for the cantonal banks’ association declined to comment on pricing.",
        "Analysts at Hallwyl Partners wrote in a note that cheaper mortgages could push lending growth above 4 per cent next year. The SNB has repeatedly warned about risks in the residential property market. In its financial stability report last week, it said a ‘significant share’ of new mortgages exceeded affordability guidelines.",
        "The SNB bought around CHF 5 billion of foreign currency in the second quarter, according to two people familiar with its operations. The central bank declined to comment on its interventions, which it publishes only quarterly.",
        "Property economist Lukas Imhof of Alpenfirst Research rejected claims by tenants’ groups that lower rates were driving up rents. He said: ‘Rents follow the reference rate with a long lag. The pressure comes from immigration and too little building.’",
        "National Councillor Hanspeter Wyss said in a post on X that the SNB was ‘punishing savers to subsidise exporters’. The finance ministry is expected to publish its revised growth forecast on Monday.",
    ],
    [
        A("and [[said]] it remained", "[[The Swiss National Bank]] cut",
          "said [[it remained willing to intervene in the foreign exchange market to stop the franc from strengthening further]].", kind="organization"),
        A("the central bank [[said]] inflation", "assessment, [[the central bank]] said",
          "said [[inflation was likely to average 0.2 per cent this year and that negative rates ‘cannot be ruled out’ if the strong franc continued to weigh on import prices]].",
          kind="organization", channel="report"),
        A("last week [[had forecast]] a cut", "[[Nineteen of the 24 economists surveyed by Paradeplatz Wire last week]] had",
          "had forecast [[a cut to zero]].", kind="vague"),
        A("move, [[according to]] Paradeplatz", "according to [[Paradeplatz Wire calculations]].",
          "[[Swap markets had priced in a roughly 70 per cent chance of the move]], according", kind="self"),
        A("room,’ [[said]] Dr Karin", "said [[Dr Karin Esslinger, chief economist at Bank Lindenhof]].",
          "[[‘The SNB is doing everything it can to avoid going negative again, but it is running out of room,’]] said", kind="person"),
        A("She [[expects]] a further", "[[She]] expects",
          "expects [[a further cut to minus 0.25 per cent in December]].", kind="pronoun", res="person"),
        A("Bieri [[told]] Paradeplatz Wire", "[[Seeland Kantonalbank chief executive Urs Bieri]] told",
          "Paradeplatz Wire [[that net interest income would fall ‘in the high single digits’ this year]].", kind="person"),
        A("He [[said]] the bank had no", "[[He]] said the bank",
          "said [[the bank had no plans to cut jobs]].", kind="pronoun", res="person"),
        A("pricing, [[said]] their banks", "[[Two executives at other cantonal banks]], speaking",
          "said [[their banks were considering charging large corporate depositors again]].",
          kind="anonymous", spec="described", reason=True),
        A("one of them [[said]].", "first,’ [[one of them]] said.",
          "[[‘Nobody wants to be first,’]] one", kind="anonymous", spec="described", reason=True),
        A("association [[declined to comment]] on pricing", "[[A spokeswoman for the cantonal banks’ association]] declined",
          None, kind="organization", denial="no-comment"),
        A("Partners [[wrote]] in a note", "[[Analysts at Hallwyl Partners]] wrote",
          "in a note [[that cheaper mortgages could push lending growth above 4 per cent next year]].", kind="organization", channel="note"),
        A("SNB [[has repeatedly warned about]] risks", "[[The SNB]] has repeatedly",
          "warned about [[risks in the residential property market]].", kind="organization"),
        A("last week, it [[said]] a", "last week, [[it]] said",
          "said [[a ‘significant share’ of new mortgages exceeded affordability guidelines]].", kind="pronoun", res="organization", channel="report"),
        A("quarter, [[according to]] two people", "according to [[two people familiar with its operations]].",
          "[[The SNB bought around CHF 5 billion of foreign currency in the second quarter]], according",
          kind="anonymous", spec="vague", reason=False),
        A("central bank [[declined to comment]] on its", "[[The central bank]] declined",
          None, kind="organization", denial="no-comment"),
        A("Research [[rejected]] claims", "[[Property economist Lukas Imhof of Alpenfirst Research]] rejected",
          "rejected [[claims by tenants’ groups that lower rates were driving up rents]].", kind="person"),
        A("rejected [[claims]] by", "claims by [[tenants’ groups]] that",
          "groups [[that lower rates were driving up rents]].", kind="vague"),
        A("He [[said]]: ‘Rents", "[[He]] said: ‘Rents",
          "said: [[‘Rents follow the reference rate with a long lag. The pressure comes from immigration and too little building.’]]", kind="pronoun", res="person"),
        A("Wyss [[said]] in a post", "[[National Councillor Hanspeter Wyss]] said",
          "on X [[that the SNB was ‘punishing savers to subsidise exporters’]].", kind="person", channel="post"),
        A("ministry [[is expected]] to publish", None,
          ["[[The finance ministry]] is expected", "is expected [[to publish its revised growth forecast on Monday]]."]),
    ])

article("paradeplatz-wire", "2025-10-14", "rietberg-saleve-talks",
    "Rietberg in advanced talks to buy Geneva’s Banque Salève",
    [
        "Zurich wealth manager Rietberg & Cie is in advanced talks to acquire Banque Salève, the Geneva private bank put up for sale by its founding family in the spring, according to three people familiar with the matter.",
        "A deal could value Salève at between CHF 600 million and CHF 700 million, one of the people said, and could be announced as early as next month. The talks are at a sensitive stage and could still collapse, the people cautioned.",
        "Rietberg and Salève both declined to comment. The Zürcher Wirtschaftsblatt first reported the talks on Sunday. Paradeplatz Wire reported in May that Salève had hired advisers to run a sale.",
        "Salève’s chairman, Philippe Devaud-Moret, told staff in an internal memo in April that the family had decided to ‘open a new chapter’ after 140 years of ownership. The memo, which was reviewed by Paradeplatz Wire, said the family wanted a buyer that would keep the bank’s name and its 210 employees in Geneva.",
        "Rietberg, which manages about CHF 52 billion, has been looking for acquisitions in French-speaking Switzerland for two years. Its chief executive, Sabine Wettstein, told investors in August: ‘We have the capital and the appetite for a deal of meaningful size.’",
        "‘Salève brings a loyal French and Middle Eastern client base that Rietberg has struggled to build on its own,’ analysts at Lémanic Securities wrote in a note on Monday.",
        "Not everyone is convinced. One large Rietberg shareholder, who declined to be named, said the price ‘looks full for a bank whose assets have gone sideways for five years’. Salève’s client assets have stagnated at around CHF 9 billion since 2020, according to its annual reports.",
        "Salève has previously denied that it was in financial difficulty, saying its capital ratio of 24 per cent was ‘among the strongest in the sector’.",
        "FINMA would need to approve any deal. A person familiar with the regulator’s thinking said FINMA was unlikely to object as long as Rietberg kept its capital ratio above 20 per cent.",
        "Hélène Morand-Salève, the family’s second-largest shareholder, said in an interview with Le Courrier Financier in June that she would ‘only support a buyer who understands Geneva’. She did not respond to a request for comment on Tuesday. Geneva’s bank employees’ association said in a post on LinkedIn that it would ‘seek guarantees on every job’.",
        "It is understood that at least one other bidder, a Liechtenstein group, dropped out in September. A spokesman for the Geneva cantonal government said it was ‘following the process closely’. Rietberg is expected to report third-quarter asset flows on 23 October.",
    ],
    [
        A("spring, [[according to]] three", "according to [[three people familiar with the matter]].",
          "[[Zurich wealth manager Rietberg & Cie is in advanced talks to acquire Banque Salève, the Geneva private bank put up for sale by its founding family in the spring]], according",
          kind="anonymous", spec="vague", reason=False),
        A("one of the people [[said]], and", "million, [[one of the people]] said",
          ["[[A deal could value Salève at between CHF 600 million and CHF 700 million]], one", "and [[could be announced as early as next month]]. The talks"],
          kind="anonymous", spec="vague", reason=False),
        A("the people [[cautioned]].", "collapse, [[the people]] cautioned",
          "[[The talks are at a sensitive stage and could still collapse]], the people", kind="anonymous", spec="vague", reason=False),
        A("both [[declined to comment]].", "[[Rietberg and Salève]] both", None, kind="organization", denial="no-comment"),
        A("first [[reported]] the talks", "[[The Zürcher Wirtschaftsblatt]] first",
          "reported [[the talks]] on Sunday", kind="outlet"),
        A("Wire [[reported]] in May", "[[Paradeplatz Wire]] reported in May",
          "in May [[that Salève had hired advisers to run a sale]].", kind="self"),
        A("Devaud-Moret, [[told]] staff", "[[Salève’s chairman, Philippe Devaud-Moret]], told",
          "in April [[that the family had decided to ‘open a new chapter’ after 140 years of ownership]].", kind="person", channel="note"),
        A("Paradeplatz Wire, [[said]] the family", "[[The memo]], which",
          "said [[the family wanted a buyer that would keep the bank’s name and its 210 employees in Geneva]].", kind="document"),
        A("Wettstein, [[told]] investors", "[[Its chief executive, Sabine Wettstein]], told",
          "August: [[‘We have the capital and the appetite for a deal of meaningful size.’]]", kind="person"),
        A("Securities [[wrote]] in a note", "own,’ [[analysts at Lémanic Securities]] wrote",
          "[[‘Salève brings a loyal French and Middle Eastern client base that Rietberg has struggled to build on its own,’]] analysts",
          kind="organization", channel="note"),
        A("declined to be named, [[said]] the price", "[[One large Rietberg shareholder]], who",
          "said [[the price ‘looks full for a bank whose assets have gone sideways for five years’]].",
          kind="anonymous", spec="described", reason=False),
        A("2020, [[according to]] its annual", "according to [[its annual reports]].",
          "[[Salève’s client assets have stagnated at around CHF 9 billion since 2020]], according", kind="document"),
        A("Salève [[has previously denied]] that", "[[Salève]] has previously denied",
          "denied [[that it was in financial difficulty]],", kind="organization", denial="denial"),
        A("difficulty, [[saying]] its capital", "[[Salève]] has previously denied",
          "saying [[its capital ratio of 24 per cent was ‘among the strongest in the sector’]].", kind="organization", denial="denial"),
        A("thinking [[said]] FINMA", "[[A person familiar with the regulator’s thinking]] said",
          "said [[FINMA was unlikely to object as long as Rietberg kept its capital ratio above 20 per cent]].",
          kind="anonymous", spec="vague", reason=False),
        A("shareholder, [[said]] in an interview", "[[Hélène Morand-Salève, the family’s second-largest shareholder]], said",
          "in June [[that she would ‘only support a buyer who understands Geneva’]].", kind="person", channel="interview"),
        A("She [[did not respond to a request for comment]]", "[[She]] did not respond",
          None, kind="pronoun", res="person", denial="no-response"),
        A("association [[said]] in a post", "[[Geneva’s bank employees’ association]] said",
          "LinkedIn [[that it would ‘seek guarantees on every job’]].", kind="organization", channel="post"),
        A("[[It is understood]] that at least", None,
          "It is understood [[that at least one other bidder, a Liechtenstein group, dropped out in September]]."),
        A("government [[said]] it was", "[[A spokesman for the Geneva cantonal government]] said",
          "said [[it was ‘following the process closely’]].", kind="organization"),
        A("Rietberg [[is expected]] to report", None,
          ["[[Rietberg]] is expected", "is expected [[to report third-quarter asset flows on 23 October]]."]),
    ])

# ---------------------------------------------------------------------------------------------
# harrowdale-health: English regional NHS health reporter (straight single quotes)
# ---------------------------------------------------------------------------------------------
article("harrowdale-health", "2025-04-09", "maternity-cqc-inadequate",
    "Harrowdale General maternity unit rated 'inadequate' by CQC",
    [
        "Maternity services at Harrowdale General Hospital have been rated 'inadequate' after Care Quality Commission inspectors found women were left waiting up to nine hours for induction and that staff concerns were not acted on.",
        "The report, published on Wednesday, says the unit was 'frequently' short of at least three midwives per shift between October and December and that managers had 'normalised' running below safe staffing levels. It also found that an action plan drawn up after the death of a baby at the hospital in 2023 had not been fully implemented. The inspectors said some staff told them they were afraid to speak up about unsafe shifts.",
        "In a statement, a trust spokesperson said: 'We are deeply sorry that we have not provided the standard of care that women and families deserve. We accept the CQC's findings in full and have already made significant changes.'",
        "The trust's chief nurse, Angela Whitfield, told the Local Democracy Reporting Service that 14 midwives had been recruited since January and that the induction backlog had 'all but cleared'. She said she did not recognise the description of a culture in which staff were afraid to speak up.",
        "A midwife at the hospital, who asked not to be named because staff had been warned not to talk to the press, said the improvements were 'mostly on paper'. 'We've had three new starters leave already. The rota still doesn't work,' she said.",
        "The trust denied that staff had been warned off. 'Nobody has been told not to speak to the media,' the spokesperson said.",
        "Healthwatch Harrowdale said it had received 37 complaints about the maternity unit in the past year, more than about any other service. NHS Harrowdale and Kelderby Integrated Care Board, which commissions the service, said it would 'work closely with the trust' on an improvement plan.",
        "Cllr Margaret Oyelaran (Lab), chair of Harrowdale Council's health scrutiny committee, told the committee on Tuesday she was 'appalled but not surprised'. Conservative councillor Tim Brereton said he had raised concerns about maternity staffing 'at least four times' since 2022 and had been reassured each time.",
        "The Harrowdale Echo reported last month that two families were taking legal action against the trust. The trust declined to comment on the legal claims. Solicitor Jenna Marsh, who represents both families, did not respond to a request for comment.",
        "It is understood the CQC will return for a follow-up inspection within six months.",
    ],
    [
        A("inspectors [[found]] women", "after [[Care Quality Commission inspectors]] found",
          "found [[women were left waiting up to nine hours for induction and that staff concerns were not acted on]].", kind="organization"),
        A("Wednesday, [[says]] the unit", "[[The report]], published",
          "says [[the unit was 'frequently' short of at least three midwives per shift between October and December and that managers had 'normalised' running below safe staffing levels]].", kind="document"),
        A("It also [[found]] that", "[[It]] also found",
          "found [[that an action plan drawn up after the death of a baby at the hospital in 2023 had not been fully implemented]].", kind="pronoun", res="document"),
        A("The inspectors [[said]] some", "[[The inspectors]] said",
          "said [[some staff told them they were afraid to speak up about unsafe shifts]].", kind="organization"),
        A("some staff [[told]] them", "said [[some staff]] told",
          "told them [[they were afraid to speak up about unsafe shifts]].", kind="vague"),
        A("spokesperson [[said]]: 'We are", "[[a trust spokesperson]] said:",
          "said: [['We are deeply sorry that we have not provided the standard of care that women and families deserve. We accept the CQC's findings in full and have already made significant changes.']]",
          kind="organization", channel="statement"),
        A("Whitfield, [[told]] the Local", "[[The trust's chief nurse, Angela Whitfield]], told",
          "Reporting Service [[that 14 midwives had been recruited since January and that the induction backlog had 'all but cleared']].", kind="person"),
        A("She [[said]] she did not recognise", "[[She]] said she did not",
          "said [[she did not recognise the description of a culture in which staff were afraid to speak up]].", kind="pronoun", res="person", denial="denial"),
        A("the press, [[said]] the improvements", "[[A midwife at the hospital]], who asked",
          "said [[the improvements were 'mostly on paper']].", kind="anonymous", spec="described", reason=True),
        A("work,' she [[said]].", "work,' [[she]] said.",
          "[['We've had three new starters leave already. The rota still doesn't work,']] she",
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A("The trust [[denied]] that", "[[The trust]] denied",
          "denied [[that staff had been warned off]].", kind="organization", denial="denial"),
        A("the spokesperson [[said]].", "media,' [[the spokesperson]] said.",
          "[['Nobody has been told not to speak to the media,']] the spokesperson", kind="organization", denial="denial"),
        A("Harrowdale [[said]] it had received", "[[Healthwatch Harrowdale]] said",
          "said [[it had received 37 complaints about the maternity unit in the past year, more than about any other service]].", kind="organization"),
        A("service, [[said]] it would", "[[NHS Harrowdale and Kelderby Integrated Care Board]], which",
          "said [[it would 'work closely with the trust' on an improvement plan]].", kind="organization"),
        A("committee, [[told]] the committee", "[[Cllr Margaret Oyelaran (Lab), chair of Harrowdale Council's health scrutiny committee]], told",
          "on Tuesday [[she was 'appalled but not surprised']].", kind="person"),
        A("Brereton [[said]] he had", "[[Conservative councillor Tim Brereton]] said",
          "said [[he had raised concerns about maternity staffing 'at least four times' since 2022 and had been reassured each time]].", kind="person"),
        A("he [[had raised concerns about]] maternity", "said [[he]] had raised",
          "had raised concerns about [[maternity staffing]] 'at least", kind="pronoun", res="person"),
        A("Echo [[reported]] last month", "[[The Harrowdale Echo]] reported",
          "last month [[that two families were taking legal action against the trust]].", kind="outlet"),
        A("The trust [[declined to comment]] on the legal", "[[The trust]] declined",
          None, kind="organization", denial="no-comment"),
        A("families, [[did not respond to a request for comment]].", "[[Solicitor Jenna Marsh]], who",
          None, kind="person", denial="no-response"),
        A("[[It is understood]] the CQC", None,
          "It is understood [[the CQC will return for a follow-up inspection within six months]]."),
    ])

article("harrowdale-health", "2025-07-16", "wyebank-minor-injuries-unit",
    "Wyebank minor injuries unit could close under ICB plans, councillors told",
    [
        "A minor injuries unit serving 40,000 people in and around Wyebank could close next year under proposals drawn up by health bosses, councillors have been told.",
        "NHS Harrowdale and Kelderby Integrated Care Board (ICB) says the unit at Wyebank Community Hospital sees an average of 31 patients a day, fewer than half the number it was designed for, and that most could be treated by GPs or at the urgent treatment centre in Harrowdale, 14 miles away.",
        "The proposals are set out in a paper to the ICB's board, which meets next Thursday. The paper says closing the unit would save around £1.1 million a year and free up nurses for a new 'virtual ward' service.",
        "Members of Harrowdale Council's health scrutiny committee accused the ICB of presenting the closure as 'a done deal' at a meeting on Tuesday. Cllr Susan Adebayo (LD), who represents Wyebank, said residents would face a 28-mile round trip on a bus that runs once every two hours. 'For an elderly person with a broken wrist, that is not an option,' she said.",
        "ICB chief delivery officer Dr Rajesh Menon told the Local Democracy Reporting Service that no decision had been made. 'This is the start of a conversation, not the end of one,' he said. 'Whatever we do, we will consult properly.'",
        "However, an email seen by the Harrowdale Health Reporter suggests managers at the community trust that runs the unit were told in May to plan for its closure 'by April 2026 at the latest'. The trust's director of operations, Sarah Quinlan, told the Reporter the email reflected 'contingency planning' and that staff had been told 'nothing is decided'.",
        "The Reporter understands the ICB's board papers were originally due to be published in June. The urgent treatment centre in Harrowdale saw 68 per cent of patients within four hours in June, according to NHS England figures.",
        "Wyebank Community Hospital's League of Friends has launched a petition. Its chair, Peter Holloway, said: 'People gave their savings to this place. They deserve better than a paper nobody was meant to read.'",
        "Wyebank and Thornhill MP Helen Castell wrote on Facebook that she had asked the health secretary to 'look very carefully' at the plans. Campaigners claim the unit's low numbers are the result of shorter opening hours, which were cut from 12 to eight a day in 2023.",
        "An ICB spokesperson said the hours had been reduced 'because of nursing vacancies' and denied that the unit had been 'run down deliberately'. NHS England's regional office did not respond to a request for comment.",
        "The Harrowdale Local Medical Committee, which represents GPs, is reportedly opposed to the plans. A public consultation is expected to begin in September if the board approves them.",
    ],
    [
        A("councillors [[have been told]].", None,
          "[[A minor injuries unit serving 40,000 people in and around Wyebank could close next year under proposals drawn up by health bosses]], councillors"),
        A("(ICB) [[says]] the unit", "[[NHS Harrowdale and Kelderby Integrated Care Board (ICB)]] says",
          "says [[the unit at Wyebank Community Hospital sees an average of 31 patients a day, fewer than half the number it was designed for, and that most could be treated by GPs or at the urgent treatment centre in Harrowdale, 14 miles away]].", kind="organization"),
        A("The paper [[says]] closing", "[[The paper]] says",
          "says [[closing the unit would save around £1.1 million a year and free up nurses for a new 'virtual ward' service]].", kind="document"),
        A("committee [[accused]] the ICB", "[[Members of Harrowdale Council's health scrutiny committee]] accused",
          "accused [[the ICB of presenting the closure as 'a done deal']] at", kind="vague"),
        A("Wyebank, [[said]] residents", "[[Cllr Susan Adebayo (LD)]], who",
          "said [[residents would face a 28-mile round trip on a bus that runs once every two hours]].", kind="person"),
        A("option,' she [[said]].", "option,' [[she]] said.",
          "[['For an elderly person with a broken wrist, that is not an option,']] she", kind="pronoun", res="person"),
        A("Menon [[told]] the Local", "[[ICB chief delivery officer Dr Rajesh Menon]] told",
          "Reporting Service [[that no decision had been made]].", kind="person", denial="denial"),
        A("one,' he [[said]].", "one,' [[he]] said.",
          ["[['This is the start of a conversation, not the end of one,']] he", "said. [['Whatever we do, we will consult properly.']]"],
          kind="pronoun", res="person", denial="denial"),
        A("Reporter [[suggests]] managers", "However, [[an email seen by the Harrowdale Health Reporter]] suggests",
          "suggests [[managers at the community trust that runs the unit were told in May to plan for its closure 'by April 2026 at the latest']].", kind="document"),
        A("Quinlan, [[told]] the Reporter", "[[The trust's director of operations, Sarah Quinlan]], told",
          "the Reporter [[the email reflected 'contingency planning' and that staff had been told 'nothing is decided']].", kind="person", denial="denial"),
        A("staff [[had been told]] 'nothing", None,
          "had been told [['nothing is decided']]."),
        A("Reporter [[understands]] the ICB's", "[[The Reporter]] understands",
          "understands [[the ICB's board papers were originally due to be published in June]].", kind="self"),
        A("June, [[according to]] NHS England", "according to [[NHS England figures]].",
          "[[The urgent treatment centre in Harrowdale saw 68 per cent of patients within four hours in June]], according", kind="document"),
        A("Holloway, [[said]]: 'People", "[[Its chair, Peter Holloway]], said",
          "said: [['People gave their savings to this place. They deserve better than a paper nobody was meant to read.']]", kind="person"),
        A("Castell [[wrote]] on Facebook", "[[Wyebank and Thornhill MP Helen Castell]] wrote",
          "on Facebook [[that she had asked the health secretary to 'look very carefully' at the plans]].", kind="person", channel="post"),
        A("Campaigners [[claim]] the unit's", "[[Campaigners]] claim",
          "claim [[the unit's low numbers are the result of shorter opening hours, which were cut from 12 to eight a day in 2023]].", kind="vague"),
        A("spokesperson [[said]] the hours", "[[An ICB spokesperson]] said",
          "said [[the hours had been reduced 'because of nursing vacancies']] and", kind="organization"),
        A("and [[denied]] that the unit", "[[An ICB spokesperson]] said",
          "denied [[that the unit had been 'run down deliberately']].", kind="organization", denial="denial"),
        A("office [[did not respond to a request for comment]].", "[[NHS England's regional office]] did not",
          None, kind="organization", denial="no-response"),
        A("GPs, is [[reportedly]] opposed", None,
          ["[[The Harrowdale Local Medical Committee, which represents GPs, is]] reportedly", "reportedly [[opposed to the plans]]."]),
        A("consultation [[is expected]] to begin", None,
          ["[[A public consultation]] is expected", "is expected [[to begin in September if the board approves them]]."]),
    ])

article("harrowdale-health", "2025-11-26", "corridor-care-figures",
    "Patients cared for in Harrowdale General corridors for up to 30 hours, figures show",
    [
        "Patients at Harrowdale General Hospital are being cared for in corridors for up to 30 hours at a time, according to internal figures seen by the Harrowdale Health Reporter.",
        "The figures, circulated to senior managers last week, show that on 14 occasions in October more than 20 patients were being treated in 'temporary escalation spaces' - the trust's term for corridors and other non-clinical areas.",
        "Three nurses who work in the emergency department, who asked not to be named because they feared for their jobs, described patients being washed behind portable screens. 'We had a man pass away in the corridor on a Sunday night. His family were sat on plastic chairs next to him,' one said.",
        "The trust's chief executive, Dr Fiona Lockwood, denied that patients were being 'left' in corridors. 'Every patient in an escalation space is assessed and cared for by a named nurse,' she said at a public board meeting on Thursday. 'This is not the picture that has been painted.'",
        "She said the trust had opened 24 extra beds since September and that the number of ambulances waiting more than an hour to hand over patients had halved.",
        "Northern Shires Ambulance Service NHS Trust data shows crews lost 3,900 hours waiting outside Harrowdale General in October, up from 2,600 a year earlier. A paramedic with 15 years' service, who spoke on condition of anonymity, said crews were routinely 'stacked' outside the hospital. 'Some nights there are nine of us in a line,' the paramedic said.",
        "Allied Health Workers' Union regional organiser Dean Fairclough told the Local Democracy Reporting Service that members were 'exhausted and ashamed'. Critics say the escalation spaces are corridor care by another name.",
        "In a report on urgent and emergency care across the region in March, the CQC warned that corridor care had become 'normalised' at several hospitals. Cllr Margaret Oyelaran (Lab) said in a post on X that the new figures were 'a scandal'.",
        "Graham Pike, whose 81-year-old mother spent 27 hours in a corridor in October, said she had been 'treated with kindness but no dignity'.",
        "The ICB said in a statement that it was 'working with the trust' to reduce handover delays and that £4.2 million of winter funding had been allocated to the hospital. Asked about the nurses' accounts, a trust spokesperson said it would not comment on 'anonymous allegations'. She added that staff with concerns were encouraged to contact the trust's Freedom to Speak Up guardian.",
        "The Reporter understands the trust's board will consider converting a day surgery unit into a 20-bed ward at its December meeting. An announcement is expected before Christmas. The Department of Health and Social Care did not respond to a request for comment.",
    ],
    [
        A("at a time, [[according to]] internal", "according to [[internal figures seen by the Harrowdale Health Reporter]].",
          "[[Patients at Harrowdale General Hospital are being cared for in corridors for up to 30 hours at a time]], according", kind="document"),
        A("last week, [[show]] that", "[[The figures]], circulated",
          "show [[that on 14 occasions in October more than 20 patients were being treated in 'temporary escalation spaces']] - the", kind="document"),
        A("jobs, [[described]] patients", "[[Three nurses who work in the emergency department]], who asked",
          "described [[patients being washed behind portable screens]].", kind="anonymous", spec="described", reason=True),
        A("him,' one [[said]].", "him,' [[one]] said.",
          "[['We had a man pass away in the corridor on a Sunday night. His family were sat on plastic chairs next to him,']] one",
          kind="anonymous", spec="described", reason=True),
        A("Lockwood, [[denied]] that", "[[The trust's chief executive, Dr Fiona Lockwood]], denied",
          "denied [[that patients were being 'left' in corridors]].", kind="person", denial="denial"),
        A("nurse,' she [[said]] at a public", "nurse,' [[she]] said",
          ["[['Every patient in an escalation space is assessed and cared for by a named nurse,']] she", "Thursday. [['This is not the picture that has been painted.']]"],
          kind="pronoun", res="person", denial="denial"),
        A("She [[said]] the trust had opened", "[[She]] said the trust",
          "said [[the trust had opened 24 extra beds since September and that the number of ambulances waiting more than an hour to hand over patients had halved]].", kind="pronoun", res="person"),
        A("data [[shows]] crews", "[[Northern Shires Ambulance Service NHS Trust data]] shows",
          "shows [[crews lost 3,900 hours waiting outside Harrowdale General in October, up from 2,600 a year earlier]].", kind="document"),
        A("anonymity, [[said]] crews", "[[A paramedic with 15 years' service]], who spoke",
          "said [[crews were routinely 'stacked' outside the hospital]].", kind="anonymous", spec="described", reason=False),
        A("the paramedic [[said]].", "line,' [[the paramedic]] said.",
          "[['Some nights there are nine of us in a line,']] the paramedic", kind="anonymous", spec="described", reason=False),
        A("Fairclough [[told]] the Local", "[[Allied Health Workers' Union regional organiser Dean Fairclough]] told",
          "Reporting Service [[that members were 'exhausted and ashamed']].", kind="person"),
        A("Critics [[say]] the escalation", "[[Critics]] say",
          "say [[the escalation spaces are corridor care by another name]].", kind="vague"),
        A("the CQC [[warned]] that", "March, [[the CQC]] warned",
          "warned [[that corridor care had become 'normalised' at several hospitals]].", kind="organization", channel="report"),
        A("(Lab) [[said]] in a post", "[[Cllr Margaret Oyelaran (Lab)]] said",
          "on X [[that the new figures were 'a scandal']].", kind="person", channel="post"),
        A("October, [[said]] she had been", "[[Graham Pike]], whose",
          "said [[she had been 'treated with kindness but no dignity']].", kind="person"),
        A("The ICB [[said]] in a statement", "[[The ICB]] said",
          "statement [[that it was 'working with the trust' to reduce handover delays and that £4.2 million of winter funding had been allocated to the hospital]].",
          kind="organization", channel="statement"),
        A("spokesperson [[said]] it would not", "accounts, [[a trust spokesperson]] said",
          "said [[it would not comment on 'anonymous allegations']].", kind="organization", denial="no-comment"),
        A("She [[added]] that staff", "[[She]] added",
          "added [[that staff with concerns were encouraged to contact the trust's Freedom to Speak Up guardian]].", kind="pronoun", res="organization"),
        A("Reporter [[understands]] the trust's", "[[The Reporter]] understands",
          "understands [[the trust's board will consider converting a day surgery unit into a 20-bed ward at its December meeting]].", kind="self"),
        A("announcement [[is expected]] before", None,
          ["[[An announcement]] is expected", "is expected [[before Christmas]]."]),
        A("Care [[did not respond to a request for comment]].", "[[The Department of Health and Social Care]] did not",
          None, kind="organization", denial="no-response"),
    ])

# ---------------------------------------------------------------------------------------------
# gulf-landings: Gulf Coast fisheries trade paper (curly double quotes)
# ---------------------------------------------------------------------------------------------
article("gulf-landings", "2025-05-06", "brown-shrimp-dock-prices",
    "Brown shrimp dock prices open at 20-year low",
    [
        "Dock prices for 31-35 count brown shrimp fell to $1.85 a pound in Terrebonne Parish last week, the lowest opening price in at least 20 years, according to figures compiled by the Louisiana Department of Wildlife and Fisheries.",
        "“I can’t fill the boat with fuel for what they’re paying,” said Capt. Rodney Thibodaux, who has trawled out of Dulac for 34 years. “If it stays like this, half the fleet won’t make it to August.”",
        "Processors blame a flood of farmed imports. Theriot Seafood Co. president Darlene Theriot told Gulf Landings her Houma plant still had 1.2 million pounds of last season’s shrimp in the freezer. “We’re not going to buy at last year’s prices when we can’t move last year’s product,” she said.",
        "Shrimpers say the processors are using imports as an excuse. Several accused the larger plants of coordinating their opening prices, an allegation the processors deny. Theriot called the price-fixing claim “flat wrong.” “Every plant sets its own price. Ask my competitors if I ever call them — they’ll laugh,” she said.",
        "In a letter to NOAA Fisheries last month, the Gulf Coast Shrimpers League said antidumping duties on shrimp from four countries were being evaded by shipping product through third countries. A NOAA Fisheries spokesperson said the agency was reviewing the letter and referred trade questions to U.S. Customs and Border Protection, which did not respond to a request for comment.",
        "At the Gulf council’s April meeting in Gulfport, council member and Alabama shrimper Wade Pruitt said the federal permit moratorium had left just 1,280 active permits in the fishery, down from 2,100 in 2008. “We’re not a fleet anymore. We’re a museum,” he said.",
        "Economist Marisol Vega of the Lafourche Fisheries Institute said prices usually recover by mid-June, when larger shrimp reach the docks. “The market has a short memory,” she said. Terrebonne Parish President Jolie Arceneaux said in an interview with a Houma radio station that the parish would ask the state for disaster assistance. Texas Parks and Wildlife Department figures show bay shrimp landings in that state fell 18 percent last year.",
        "Gulf Landings understands at least two Terrebonne processors have asked their banks for short-term credit lines. Chauvin dock owner Lance Pellegrin, who buys from boats of every size, said two plants had stopped taking shrimp altogether on Saturday.",
        "A Brownsville processor has reportedly laid off 40 workers. The state’s Shrimp Industry Advisory Board is expected to meet May 20.",
    ],
    [
        A("years, [[according to]] figures", "according to [[figures compiled by the Louisiana Department of Wildlife and Fisheries]].",
          "[[Dock prices for 31-35 count brown shrimp fell to $1.85 a pound in Terrebonne Parish last week, the lowest opening price in at least 20 years]], according", kind="document"),
        A("paying,” [[said]] Capt.", "said [[Capt. Rodney Thibodaux]], who",
          ["[[“I can’t fill the boat with fuel for what they’re paying,”]] said", "34 years. [[“If it stays like this, half the fleet won’t make it to August.”]]"], kind="person"),
        A("Processors [[blame]] a flood", "[[Processors]] blame",
          "blame [[a flood of farmed imports]].", kind="vague"),
        A("Theriot [[told]] Gulf Landings", "[[Theriot Seafood Co. president Darlene Theriot]] told",
          "Gulf Landings [[her Houma plant still had 1.2 million pounds of last season’s shrimp in the freezer]].", kind="person"),
        A("product,” she [[said]].", "product,” [[she]] said.",
          "[[“We’re not going to buy at last year’s prices when we can’t move last year’s product,”]] she", kind="pronoun", res="person"),
        A("Shrimpers [[say]] the processors", "[[Shrimpers]] say",
          "say [[the processors are using imports as an excuse]].", kind="vague"),
        A("Several [[accused]] the larger", "[[Several]] accused",
          "accused [[the larger plants of coordinating their opening prices]],", kind="vague"),
        A("processors [[deny]].", "allegation [[the processors]] deny",
          "[[an allegation]] the processors", kind="vague", denial="denial"),
        A("Theriot [[called]] the price-fixing", "[[Theriot]] called",
          "called [[the price-fixing claim “flat wrong.”]]", kind="person", denial="denial"),
        A("laugh,” she [[said]].", "laugh,” [[she]] said.",
          "[[“Every plant sets its own price. Ask my competitors if I ever call them — they’ll laugh,”]] she", kind="pronoun", res="person", denial="denial"),
        A("League [[said]] antidumping", "month, [[the Gulf Coast Shrimpers League]] said",
          "said [[antidumping duties on shrimp from four countries were being evaded by shipping product through third countries]].", kind="organization", channel="letter"),
        A("spokesperson [[said]] the agency", "[[A NOAA Fisheries spokesperson]] said",
          "said [[the agency was reviewing the letter]] and", kind="organization"),
        A("which [[did not respond to a request for comment]].", "Protection, [[which]] did not",
          None, kind="pronoun", res="organization", denial="no-response"),
        A("Pruitt [[said]] the federal", "Gulfport, [[council member and Alabama shrimper Wade Pruitt]] said",
          "said [[the federal permit moratorium had left just 1,280 active permits in the fishery, down from 2,100 in 2008]].", kind="person"),
        A("museum,” he [[said]].", "museum,” [[he]] said.",
          "[[“We’re not a fleet anymore. We’re a museum,”]] he", kind="pronoun", res="person"),
        A("Institute [[said]] prices", "[[Economist Marisol Vega of the Lafourche Fisheries Institute]] said",
          "said [[prices usually recover by mid-June, when larger shrimp reach the docks]].", kind="person"),
        A("memory,” she [[said]].", "memory,” [[she]] said.",
          "[[“The market has a short memory,”]] she", kind="pronoun", res="person"),
        A("Arceneaux [[said]] in an interview", "[[Terrebonne Parish President Jolie Arceneaux]] said",
          "radio station [[that the parish would ask the state for disaster assistance]].", kind="person", channel="interview"),
        A("figures [[show]] bay", "[[Texas Parks and Wildlife Department figures]] show",
          "show [[bay shrimp landings in that state fell 18 percent last year]].", kind="document"),
        A("Landings [[understands]] at least", "[[Gulf Landings]] understands",
          "understands [[at least two Terrebonne processors have asked their banks for short-term credit lines]].", kind="self"),
        A("every size, [[said]] two plants", "[[Chauvin dock owner Lance Pellegrin]], who",
          "said [[two plants had stopped taking shrimp altogether on Saturday]].", kind="person"),
        A("has [[reportedly]] laid off", None,
          ["[[A Brownsville processor has]] reportedly", "reportedly [[laid off 40 workers]]."]),
        A("Board [[is expected]] to meet", None,
          ["[[The state’s Shrimp Industry Advisory Board]] is expected", "is expected [[to meet May 20]]."]),
    ])

article("gulf-landings", "2025-08-19", "red-snapper-vote-delayed",
    "Gulf council delays red snapper vote amid dispute over angler estimates",
    [
        "The Gulf of Mexico Fishery Management Council on Thursday postponed a vote on cutting the red snapper catch limit after state fisheries directors challenged NOAA Fisheries estimates that recreational anglers exceeded their quota by 41 percent last year.",
        "The states have long argued that the agency’s Fishing Effort Survey, a mail survey, overcounts private anglers. NOAA Fisheries acknowledged in a 2024 pilot study that the survey’s design may overstate effort by 30 to 40 percent, though it has not yet adjusted the figures used to set catch limits.",
        "“We are being asked to cut this quota on bad numbers. That’s not management, that’s guesswork,” Louisiana Department of Wildlife and Fisheries assistant secretary Jolene Breaux told the council.",
        "NOAA Fisheries Southeast regional administrator Dr. Alan Whitcomb said the agency was “legally bound” to use the best scientific information available when setting catch limits. He denied charges by several anglers that the agency was “hiding behind a model.”",
        "Louisiana Recreational Anglers Coalition president Mike Dauzat said in an interview after the meeting that the estimates “don’t pass the smell test.” “They say we caught twice the fish we did. Come count them,” he said.",
        "Commercial fishermen, whose share is not affected by the overage, want the council to act now. Gulf Reef Fish Shareholders Guild executive director Carla Mendez wrote in a letter to the council that delaying the cut “rewards the sector that blew its quota.”",
        "Council chairman Rusty Hebert said the vote would be taken up at the October meeting in Corpus Christi. Conservation groups urged the council not to wait. “Every year of delay is a year of overfishing on the books,” Gulf Reef Conservancy scientist Dr. Hannah Ortiz said in a statement.",
        "Two council members, speaking on condition of anonymity because talks between the state delegations are continuing, said the postponement was brokered by the Louisiana and Texas delegations over a closed-door lunch. One of them said NOAA Fisheries had privately signaled it would accept a smaller cut.",
        "A NOAA Fisheries spokesperson declined to comment on “private conversations” but said the agency would “continue to work with the council.” The agency is expected to release recalibrated survey estimates in the spring.",
        "Separately, a Destin charter company is allegedly under federal investigation for selling recreationally caught red snapper to restaurants. The company, Emerald Coast Charters, posted on Facebook that the allegations were “lies spread by a competitor.” The Florida Fish and Wildlife Conservation Commission did not respond to a request for comment.",
    ],
    [
        A("directors [[challenged]] NOAA", "after [[state fisheries directors]] challenged",
          "challenged [[NOAA Fisheries estimates that recreational anglers exceeded their quota by 41 percent last year]].", kind="vague", denial="denial"),
        A("Fisheries [[estimates]] that", "challenged [[NOAA Fisheries]] estimates",
          "estimates [[that recreational anglers exceeded their quota by 41 percent last year]].", kind="organization"),
        A("states [[have long argued]] that", "[[The states]] have long",
          "argued [[that the agency’s Fishing Effort Survey, a mail survey, overcounts private anglers]].", kind="organization"),
        A("Fisheries [[acknowledged]] in a 2024", "[[NOAA Fisheries]] acknowledged",
          "pilot study [[that the survey’s design may overstate effort by 30 to 40 percent]], though", kind="organization", channel="report"),
        A("Breaux [[told]] the council.", "guesswork,” [[Louisiana Department of Wildlife and Fisheries assistant secretary Jolene Breaux]] told",
          "[[“We are being asked to cut this quota on bad numbers. That’s not management, that’s guesswork,”]] Louisiana", kind="person", denial="dismissal"),
        A("Whitcomb [[said]] the agency", "[[NOAA Fisheries Southeast regional administrator Dr. Alan Whitcomb]] said",
          "said [[the agency was “legally bound” to use the best scientific information available when setting catch limits]].", kind="person"),
        A("He [[denied]] charges", "[[He]] denied",
          "denied [[charges by several anglers that the agency was “hiding behind a model.”]]", kind="pronoun", res="person", denial="denial"),
        A("denied [[charges]] by", "charges by [[several anglers]] that",
          "anglers [[that the agency was “hiding behind a model.”]]", kind="vague"),
        A("Dauzat [[said]] in an interview", "[[Louisiana Recreational Anglers Coalition president Mike Dauzat]] said",
          "meeting [[that the estimates “don’t pass the smell test.”]]", kind="person", denial="dismissal", channel="interview"),
        A("“They [[say]] we caught", "“[[They]] say we caught",
          "say [[we caught twice the fish we did]].", kind="pronoun", res="organization"),
        A("count them,” he [[said]].", "count them,” [[he]] said.",
          "[[“They say we caught twice the fish we did. Come count them,”]] he", kind="pronoun", res="person", denial="denial"),
        A("Mendez [[wrote]] in a letter", "[[Gulf Reef Fish Shareholders Guild executive director Carla Mendez]] wrote",
          "to the council [[that delaying the cut “rewards the sector that blew its quota.”]]", kind="person", channel="letter"),
        A("Hebert [[said]] the vote", "[[Council chairman Rusty Hebert]] said",
          "said [[the vote would be taken up at the October meeting in Corpus Christi]].", kind="person"),
        A("Ortiz [[said]] in a statement", "books,” [[Gulf Reef Conservancy scientist Dr. Hannah Ortiz]] said",
          "[[“Every year of delay is a year of overfishing on the books,”]] Gulf", kind="person", channel="statement"),
        A("agency [[is expected]] to release", None,
          ["[[The agency]] is expected", "is expected [[to release recalibrated survey estimates in the spring]]."]),
        A("continuing, [[said]] the postponement", "[[Two council members]], speaking",
          "said [[the postponement was brokered by the Louisiana and Texas delegations over a closed-door lunch]].",
          kind="anonymous", spec="described", reason=True),
        A("One of them [[said]] NOAA", "[[One of them]] said",
          "said [[NOAA Fisheries had privately signaled it would accept a smaller cut]].", kind="anonymous", spec="described", reason=True),
        A("Fisheries [[had privately signaled]] it", "said [[NOAA Fisheries]] had privately",
          "signaled [[it would accept a smaller cut]].", kind="organization"),
        A("spokesperson [[declined to comment]] on", "[[A NOAA Fisheries spokesperson]] declined",
          None, kind="organization", denial="no-comment"),
        A("but [[said]] the agency would", "[[A NOAA Fisheries spokesperson]] declined",
          "said [[the agency would “continue to work with the council.”]]", kind="organization"),
        A("is [[allegedly]] under", None,
          ["Separately, [[a Destin charter company is]] allegedly", "allegedly [[under federal investigation for selling recreationally caught red snapper to restaurants]]."]),
        A("Charters, [[posted]] on Facebook", "[[The company, Emerald Coast Charters]], posted",
          "on Facebook [[that the allegations were “lies spread by a competitor.”]]", kind="organization", denial="dismissal", channel="post"),
        A("Commission [[did not respond to a request for comment]].", "[[The Florida Fish and Wildlife Conservation Commission]] did not",
          None, kind="organization", denial="no-response"),
    ])

article("gulf-landings", "2025-11-04", "biloxi-processor-mislabeling",
    "Biloxi processor accused of passing off imported shrimp as Gulf wild-caught",
    [
        "A Biloxi seafood processor sold at least 180,000 pounds of farmed imported shrimp labeled as “Wild-Caught Gulf Shrimp” to restaurants and grocers in three states, the Mississippi Department of Marine Resources alleges in an administrative complaint filed last week.",
        "The complaint says DNA tests by a state contract laboratory found that 11 of 14 samples taken from Bayou Pearl Seafood’s products between March and June were whiteleg shrimp, a species not commercially harvested in the Gulf.",
        "Bayou Pearl owner Trung Nguyen denied the allegations through his attorney, Marcus Delacroix, who said the company had been “sold mislabeled product by a supplier” and was itself a victim. “My client has never knowingly sold a single pound of imported shrimp as Gulf shrimp,” Delacroix said. He declined to name the supplier.",
        "The case is the first brought under Mississippi’s 2023 seafood labeling law, which requires restaurants to tell customers whether shrimp is imported. Violations carry fines of up to $1,000 each.",
        "Shrimpers have long complained that mislabeling undercuts them. “Every pound of fake Gulf shrimp is a pound of real Gulf shrimp that didn’t get sold,” said Ly Tran, president of the Mississippi Coast Shrimpers Association.",
        "A former Bayou Pearl employee, who asked not to be named because she still works in the industry, told Gulf Landings that imported shrimp arrived at the plant “in unmarked boxes, always at night.” “Everybody on the line knew it wasn’t ours,” she said. Delacroix called the former employee’s account “fiction from someone with a grudge.”",
        "According to federal import records compiled by trade data firm PortLedger, Bayou Pearl’s sister company, Gulfway Imports LLC, received 26 containers of frozen shrimp from Asia between January and June. Gulfway did not respond to emails and phone messages. Grocery chain Coastway Markets, one of the buyers named in the complaint, said it had pulled Bayou Pearl products from its 31 stores and was “reviewing all of our seafood suppliers.”",
        "The Department of Marine Resources declined to comment beyond the complaint, citing the pending case. The Coastal Dispatch reported Sunday that federal prosecutors in Gulfport had opened a grand jury investigation. A spokesperson for the U.S. Attorney’s Office said the office could neither confirm nor deny the existence of an investigation.",
        "State Rep. Casey Landry, who wrote the labeling law, said in a statement that the law “is finally doing what it was written to do.” A hearing before an administrative law judge is expected in January.",
    ],
    [
        A("Resources [[alleges]] in an", "states, [[the Mississippi Department of Marine Resources]] alleges",
          "[[A Biloxi seafood processor sold at least 180,000 pounds of farmed imported shrimp labeled as “Wild-Caught Gulf Shrimp” to restaurants and grocers in three states]], the Mississippi",
          kind="organization", channel="filing"),
        A("The complaint [[says]] DNA", "[[The complaint]] says",
          "says [[DNA tests by a state contract laboratory found that 11 of 14 samples taken from Bayou Pearl Seafood’s products between March and June were whiteleg shrimp, a species not commercially harvested in the Gulf]].", kind="document"),
        A("laboratory [[found]] that", "says [[DNA tests by a state contract laboratory]] found",
          "found [[that 11 of 14 samples taken from Bayou Pearl Seafood’s products between March and June were whiteleg shrimp, a species not commercially harvested in the Gulf]].", kind="document"),
        A("Nguyen [[denied]] the allegations", "[[Bayou Pearl owner Trung Nguyen]] denied",
          "denied [[the allegations]] through", kind="person", denial="denial"),
        A("Delacroix, who [[said]] the company", "Delacroix, [[who]] said",
          "said [[the company had been “sold mislabeled product by a supplier” and was itself a victim]].", kind="pronoun", res="person", denial="denial"),
        A("shrimp,” Delacroix [[said]].", "shrimp,” [[Delacroix]] said.",
          "[[“My client has never knowingly sold a single pound of imported shrimp as Gulf shrimp,”]] Delacroix", kind="person", denial="denial"),
        A("He [[declined to name]] the supplier.", "[[He]] declined to name",
          None, kind="pronoun", res="person", denial="no-comment"),
        A("Shrimpers [[have long complained]] that", "[[Shrimpers]] have",
          "complained [[that mislabeling undercuts them]].", kind="vague"),
        A("sold,” [[said]] Ly Tran", "said [[Ly Tran, president of the Mississippi Coast Shrimpers Association]].",
          "[[“Every pound of fake Gulf shrimp is a pound of real Gulf shrimp that didn’t get sold,”]] said", kind="person"),
        A("industry, [[told]] Gulf Landings", "[[A former Bayou Pearl employee]], who asked",
          "Gulf Landings [[that imported shrimp arrived at the plant “in unmarked boxes, always at night.”]]",
          kind="anonymous", spec="described", reason=True),
        A("line [[knew]] it wasn’t", "“[[Everybody on the line]] knew",
          "knew [[it wasn’t ours]],”", kind="vague"),
        A("ours,” she [[said]].", "ours,” [[she]] said.",
          "[[“Everybody on the line knew it wasn’t ours,”]] she",
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A("Delacroix [[called]] the former", "[[Delacroix]] called",
          "called [[the former employee’s account “fiction from someone with a grudge.”]]", kind="person", denial="dismissal"),
        A("[[According to]] federal", "According to [[federal import records compiled by trade data firm PortLedger]], Bayou",
          "PortLedger, [[Bayou Pearl’s sister company, Gulfway Imports LLC, received 26 containers of frozen shrimp from Asia between January and June]].", kind="document"),
        A("Gulfway [[did not respond to emails and phone messages]].", "[[Gulfway]] did not",
          None, kind="organization", denial="no-response"),
        A("complaint, [[said]] it had pulled", "[[Grocery chain Coastway Markets]], one of",
          "said [[it had pulled Bayou Pearl products from its 31 stores and was “reviewing all of our seafood suppliers.”]]", kind="organization"),
        A("Resources [[declined to comment]] beyond", "[[The Department of Marine Resources]] declined",
          None, kind="organization", denial="no-comment"),
        A("complaint, [[citing]] the pending", "[[The Department of Marine Resources]] declined",
          "citing [[the pending case]].", kind="organization"),
        A("Dispatch [[reported]] Sunday", "[[The Coastal Dispatch]] reported",
          "Sunday [[that federal prosecutors in Gulfport had opened a grand jury investigation]].", kind="outlet"),
        A("Office [[said]] the office", "[[A spokesperson for the U.S. Attorney’s Office]] said",
          "said [[the office could neither confirm nor deny the existence of an investigation]].", kind="organization", denial="no-comment"),
        A("law, [[said]] in a statement", "[[State Rep. Casey Landry]], who wrote",
          "statement [[that the law “is finally doing what it was written to do.”]]", kind="person", channel="statement"),
        A("judge [[is expected]] in January", None,
          ["[[A hearing before an administrative law judge]] is expected", "is expected [[in January]]."]),
    ])

# === END OF ARTICLES ===
if __name__ == "__main__":
    build()
    # python3 build.py --jsonl /tmp/h50gold.jsonl  also writes the gold as predictions (keep it outside this folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
