#!/usr/bin/env python3
"""heldout56 generator: 12 invented news articles with hand-made attribution gold.

Everything in the articles (stories, people, organisations, outlets, figures) is invented;
real places and a few real institutions appear only as furniture.

Data model. Each article is a title, a list of paragraphs and a list of attributions. An
attribution names its spans by *anchors*: a string that must occur exactly once in the
article, with the span itself wrapped in << and >>. A content may be a list of anchors
(a discontinuous span; brat joins the pieces with ';'). No offset is ever typed by hand.

    python3 build.py                 write text/, attributions/, labels.json and check them
    python3 build.py --jsonl PATH    also export the gold as predictions (FORMAT.md), for
                                     a self-score with ../shared/eval/score_attributions.py
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.basename(HERE)
SUFFIX = "_a056"

SOURCE_KINDS = ("person", "organization", "outlet", "self", "document", "anonymous",
                "vague", "pronoun", "none")
DENIAL_KINDS = (None, "denial", "dismissal", "no-comment", "no-response")
CHANNELS = ("statement", "email", "interview", "post", "report", "filing", "letter", "note",
            "news release", "phone", "announcement")

# House style: which quotation characters each outlet may print. Anything else is an error.
#   allowed  - quote/apostrophe characters that may appear at all
#   pairs    - (open, close) pairs that must balance within every paragraph
#   even     - symmetric quote characters whose count must be even within every paragraph
HOUSE = {
    "hanoi-meridian":    dict(allowed={'"', "'"}, pairs=[], even=['"'],
                              note='straight double quotes, straight apostrophe'),
    "vistula-wire":      dict(allowed={"“", "”", "’"}, pairs=[("“", "”")], even=[],
                              note='curly double quotes, curly apostrophe'),
    "red-willow-record": dict(allowed={'"', "'"}, pairs=[], even=['"'],
                              note='straight double quotes (straight single inside), straight apostrophe'),
    "kigali-ledger":     dict(allowed={"‘", "’", "“", "”"}, pairs=[("“", "”")], even=[],
                              note='curly single quotes (curly double inside), curly apostrophe'),
}
QUOTE_CHARS = set("\"'“”‘’„«»‹›`´")

ARTICLES = []


def article(outlet, date, slug, title, paragraphs, attributions):
    ARTICLES.append(dict(outlet=outlet, date=date, slug=slug, title=title,
                         paragraphs=paragraphs, attributions=attributions))


def att(cue, source=None, content=None, kind=None, refers=None, spec=None, reason=None,
        denial=None, channel=None):
    """One attribution. cue/source/content are anchors; kind defaults to 'none' without a source."""
    return dict(cue=cue, source=source, content=content, kind=kind, refers=refers, spec=spec,
                reason=reason, denial=denial, channel=channel)


class BuildError(Exception):
    pass


def find(text, anchor, what):
    """Offsets of the <<marked>> part of an anchor that occurs exactly once in text."""
    if anchor.count("<<") != 1 or anchor.count(">>") != 1:
        raise BuildError(f"{what}: anchor needs exactly one <<span>>: {anchor!r}")
    head, rest = anchor.split("<<")
    inner, tail = rest.split(">>")
    whole = head + inner + tail
    starts = [m.start() for m in re.finditer("(?=" + re.escape(whole) + ")", text)]
    if len(starts) != 1:
        raise BuildError(f"{what}: anchor occurs {len(starts)} times: {whole!r}")
    if not inner or inner != inner.strip():
        raise BuildError(f"{what}: empty span or span with outer whitespace: {inner!r}")
    a = starts[0] + len(head)
    return (a, a + len(inner))


def check_house_style(art, text):
    style = HOUSE[art["outlet"]]
    for lineno, line in enumerate(text.split("\n"), 1):
        bad = sorted({ch for ch in line if ch in QUOTE_CHARS and ch not in style["allowed"]})
        if bad:
            raise BuildError(f"{art['slug']} line {lineno}: quote marks {bad} outside the house style "
                             f"of {art['outlet']} ({style['note']})")
        for o, c in style["pairs"]:
            if line.count(o) != line.count(c):
                raise BuildError(f"{art['slug']} line {lineno}: unbalanced {o}…{c}")
        for ch in style["even"]:
            if line.count(ch) % 2:
                raise BuildError(f"{art['slug']} line {lineno}: odd number of {ch}")
        if art["outlet"] == "kigali-ledger":
            opens = len(re.findall(r"(?:^|(?<=[\s(“]))‘", line))
            if opens != line.count("‘"):
                raise BuildError(f"{art['slug']} line {lineno}: ‘ used other than as an opening quote")


def check_labels(r, where):
    kind = r["kind"]
    if kind not in SOURCE_KINDS:
        raise BuildError(f"{where}: unknown sourceKind {kind!r}")
    if (kind == "none") != (r["source"] is None):
        raise BuildError(f"{where}: sourceKind 'none' exactly when there is no source")
    if kind == "pronoun":
        if r["refers"] not in SOURCE_KINDS[:-2] + ("unclear",) or r["refers"] == "pronoun":
            raise BuildError(f"{where}: a pronoun needs resolvesTo (a kind or 'unclear'), got {r['refers']!r}")
    elif r["refers"] is not None:
        raise BuildError(f"{where}: resolvesTo only for pronouns")
    anonymous = kind == "anonymous" or (kind == "pronoun" and r["refers"] == "anonymous")
    if anonymous:
        if r["spec"] not in ("vague", "described") or r["reason"] not in (True, False):
            raise BuildError(f"{where}: anonymous attribution needs specificity and reasonGiven")
    elif r["spec"] is not None or r["reason"] is not None:
        raise BuildError(f"{where}: specificity/reasonGiven are for anonymous attributions only")
    if r["denial"] not in DENIAL_KINDS:
        raise BuildError(f"{where}: unknown denial kind {r['denial']!r}")
    if r["channel"] is not None and r["channel"] not in CHANNELS:
        raise BuildError(f"{where}: unknown channel {r['channel']!r}")
    return anonymous


def base_name(art):
    if not re.fullmatch(r"[a-z0-9-]+", art["outlet"]) or not re.fullmatch(r"[a-z0-9-]+", art["slug"]):
        raise BuildError(f"bad outlet or slug: {art['outlet']!r} {art['slug']!r}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["date"]):
        raise BuildError(f"bad date {art['date']!r}")
    return f"{art['outlet']}_{art['date']}_{art['slug']}"


def build_one(art):
    base = base_name(art)
    for p in art["paragraphs"]:
        if p != p.strip() or "\n" in p or not p:
            raise BuildError(f"{base}: paragraph with outer whitespace or a line break: {p[:50]!r}")
    if "\n" in art["title"] or art["title"] != art["title"].strip():
        raise BuildError(f"{base}: bad title")
    text = art["title"] + "\n\n" + "\n\n".join(art["paragraphs"]) + "\n"
    check_house_style(art, text)
    body_start = len(art["title"]) + 2

    located = []
    for i, r in enumerate(art["attributions"], 1):
        where = f"{base} attribution #{i} ({r['cue']!r})"
        cue = find(text, r["cue"], where + " cue")
        src = find(text, r["source"], where + " source") if r["source"] else None
        contents = r["content"] if isinstance(r["content"], list) else ([r["content"]] if r["content"] else [])
        cont = sorted(find(text, c, where + " content") for c in contents)
        for a, b in [cue] + ([src] if src else []) + cont:
            if a < body_start:
                raise BuildError(f"{where}: span in the title line")
        for a, b in cont:
            if a < cue[1] and cue[0] < b:
                raise BuildError(f"{where}: content overlaps its own cue")
        if src and src[0] < cue[1] and cue[0] < src[1]:
            raise BuildError(f"{where}: source overlaps its own cue")
        for (a1, b1), (a2, b2) in zip(cont, cont[1:]):
            if a2 < b1:
                raise BuildError(f"{where}: content pieces overlap")
        if r["kind"] is None and src is None:
            r = dict(r, kind="none")
        anonymous = check_labels(r, where)
        located.append((cue, src, cont, r, anonymous, where))

    located.sort(key=lambda x: x[0])
    for x, y in zip(located, located[1:]):
        if y[0][0] < x[0][1]:
            raise BuildError(f"{y[5]}: cue overlaps the cue of {x[5]}")

    lines, labels, tnum = [], [], 0

    def tline(role, spans):
        nonlocal tnum
        tnum += 1
        lines.append(f"T{tnum}\t{role} " + ";".join(f"{a} {b}" for a, b in spans) + "\t"
                     + " ".join(text[a:b] for a, b in spans))
        return f"T{tnum}"

    for n, (cue, src, cont, r, anonymous, where) in enumerate(located, 1):
        t_src = tline("Source", [src]) if src else None
        t_cue = tline("Cue", [cue])
        t_con = tline("Content", cont) if cont else None
        t_att = tline("Attribution", [cue])
        roles = [f"Attribution:{t_att}"] + ([f"Content:{t_con}"] if t_con else []) + [f"Cue:{t_cue}"] \
            + ([f"Source:{t_src}"] if t_src else [])
        lines.append(f"E{n}\t" + " ".join(roles))
        lab = {"e": f"E{n}",
               "cue": {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]},
               "source": {"start": src[0], "end": src[1], "text": text[src[0]:src[1]]} if src else None,
               "sourceKind": r["kind"]}
        if r["kind"] == "pronoun":
            lab["resolvesTo"] = r["refers"]
        lab["anonymous"] = anonymous
        if anonymous:
            lab["specificity"] = r["spec"]
            lab["reasonGiven"] = r["reason"]
        lab["denial"] = r["denial"]
        if r["channel"]:
            lab["channel"] = r["channel"]
        labels.append(lab)

    dk = collections.Counter(l["denial"] for l in labels if l["denial"])
    summary = {"hasAnonymousSource": any(l["anonymous"] for l in labels),
               "anonymousAttributions": sum(l["anonymous"] for l in labels),
               "anonymousWithReason": sum(1 for l in labels if l.get("reasonGiven")),
               "denials": {k: dk.get(k, 0) for k in DENIAL_KINDS[1:]}}
    return base, text, lines, {"outlet": art["outlet"], "title": art["title"],
                               "attributions": labels, "summary": summary}


def build():
    out = {"taxonomy": "TAXONOMY.md v1.1", "annotatorFiles": {}, "articles": {}}
    built = []
    seen = set()
    for art in ARTICLES:
        base, text, lines, entry = build_one(art)
        if base in seen:
            raise BuildError(f"duplicate article {base}")
        seen.add(base)
        built.append((base, text, lines))
        out["annotatorFiles"][base + ".txt"] = base + SUFFIX + ".ann"
        out["articles"][base + ".txt"] = entry
    # all checks passed: write
    for sub in ("text", "attributions"):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
    keep = set()
    for base, text, lines in built:
        keep |= {base + ".txt", base + SUFFIX + ".ann"}
        with open(os.path.join(HERE, "text", base + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(HERE, "attributions", base + SUFFIX + ".ann"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    for sub in ("text", "attributions"):
        for name in sorted(os.listdir(os.path.join(HERE, sub))):
            if name not in keep:
                os.remove(os.path.join(HERE, sub, name))
                print(f"removed stale {sub}/{name}")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    tot = collections.Counter()
    for name, entry in out["articles"].items():
        text = open(os.path.join(HERE, "text", name), encoding="utf-8").read()
        words = len(text.split("\n", 1)[1].split())
        s = entry["summary"]
        nd = sum(s["denials"].values())
        print(f"{name[:-4]:70s} {words:4d} words {len(entry['attributions']):3d} attributions "
              f"{s['anonymousAttributions']:2d} anonymous {nd:2d} denials")
        tot.update(articles=1, words=words, attributions=len(entry["attributions"]),
                   anonymous=s["anonymousAttributions"], denials=nd,
                   anon_articles=int(s["hasAnonymousSource"]))
    print(dict(tot))


def export_jsonl(dest):
    """Re-read what was written (texts, .ann, labels.json), cross-check, write predictions."""
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    rows = []
    for name in sorted(labels["articles"]):
        entry = labels["articles"][name]
        text = open(os.path.join(HERE, "text", name), encoding="utf-8").read()
        spans, events = {}, []
        with open(os.path.join(HERE, "attributions", labels["annotatorFiles"][name]), encoding="utf-8") as f:
            for line in f:
                tid, body, *rest = line.rstrip("\n").split("\t")
                if tid.startswith("T"):
                    role, offs = body.split(" ", 1)
                    pieces = [tuple(int(x) for x in p.split()) for p in offs.split(";")]
                    if " ".join(text[a:b] for a, b in pieces) != rest[0]:
                        raise BuildError(f"{name} {tid}: span text does not match the article")
                    spans[tid] = pieces
                else:
                    events.append((tid, dict(x.split(":") for x in body.split())))
        by_e = {l["e"]: l for l in entry["attributions"]}
        if len(by_e) != len(events):
            raise BuildError(f"{name}: {len(events)} events but {len(by_e)} labels")
        piece = lambda s: {"start": s[0], "end": s[1], "text": text[s[0]:s[1]]}
        atts = []
        for eid, roles in events:
            l = by_e[eid]
            cue = spans[roles["Cue"]][0]
            src = spans[roles["Source"]][0] if "Source" in roles else None
            if (l["cue"]["start"], l["cue"]["end"]) != cue:
                raise BuildError(f"{name} {eid}: cue offsets differ between .ann and labels.json")
            if (src is None) != (l["source"] is None) or (src and (l["source"]["start"], l["source"]["end"]) != src):
                raise BuildError(f"{name} {eid}: source offsets differ between .ann and labels.json")
            con = spans[roles["Content"]] if "Content" in roles else None
            atts.append({"cue": piece(cue), "source": piece(src) if src else None,
                         "content": piece((con[0][0], con[-1][1])) if con else None,
                         "sourceKind": l["sourceKind"], "anonymous": l["anonymous"], "denial": l["denial"]})
        rows.append({"path": f"{SET}/text/{name}", "outlet": entry["outlet"], "title": entry["title"],
                     "attributions": atts})
    with open(dest, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {dest} ({len(rows)} articles)")


# =================================================================================================
# ARTICLES
# =================================================================================================

# -------------------------------------------------------------------------------------------------
# hanoi-meridian: Vietnamese English-language daily in Hanoi (The Hanoi Meridian).
# Straight double quotes; given names on second reference ("Khải said").
# -------------------------------------------------------------------------------------------------
article("hanoi-meridian", "2024-03-19", "nawadco-dredging-audit",
    "State Audit questions VND1.3 trillion in Nawadco dredging contracts",
    [
        "The State Audit Office of Việt Nam has questioned more than VND1.3 trillion in dredging contracts signed by the Northern Waterways Dredging Corporation (Nawadco), a State-owned enterprise under the Ministry of Transport, according to a draft audit report seen by the Meridian.",
        "The report says 14 contracts for channel dredging at the Lạch Giang and Cửa Đáy estuaries were awarded without competitive bidding between 2019 and 2022, and that the volumes of sand and silt removed were overstated by as much as 38 per cent in acceptance records.",
        "State auditors also found that Nawadco had paid VND214 billion in advances to two subcontractors that had no dredging vessels registered in their names.",
        "Nguyễn Văn Khải, deputy general director of Nawadco, told the Meridian on Monday that the corporation \"fully respects\" the audit, but he rejected the finding on volumes. \"Every cubic metre was measured by an independent surveyor and signed off by the provincial Department of Transport,\" Khải said.",
        "A Nawadco employee who asked not to be named because he feared losing his job said staff had been told to copy dredged volumes from the contractors' own logbooks. \"Nobody on our side went out on the water to check,\" he said.",
        "A source at the ministry who asked not to be named said the ministry's inspectorate had opened a separate review of Nawadco's equipment leasing in January. \"Inspectors are looking at the whole leasing chain,\" the source said.",
        "The ministry's press office did not respond to written questions sent last Thursday.",
        "In Nam Định Province, where most of the contracts were carried out, fishermen have long complained that dredged sand was being sold rather than dumped at designated sites. \"We saw barges going up the river towards Hà Nam at night, fully loaded,\" said Trần Văn Lực, a fisherman from Giao Thủy District. Lực said he had reported the barges to the commune police twice in 2021.",
        "In a statement on its website on Tuesday, Nawadco said it \"has never sold a single cubic metre\" of dredged material and that all dumping had been carried out at sites approved by local authorities.",
        "Đỗ Quang Hưng, vice chairman of the Nam Định People's Committee, said the province had \"no authority\" over a centrally managed enterprise and that provincial agencies had certified only environmental conditions, not volumes.",
        "The director of the provincial Department of Transport, Phạm Thị Thu, declined to comment when reached by phone.",
        "The State Audit Office is expected to finalise the report by the end of April and may transfer parts of it to the Ministry of Public Security's investigation police, the Meridian has learned.",
        "Analysts say the case is a test of the Government's drive to tighten oversight of State-owned enterprises. \"Dredging has been a grey zone for years, because nobody can easily check what was taken out of the water,\" said Lê Minh Tuấn, an economist at the Hà Nội-based Institute for Public Enterprise Studies.",
    ],
    [
        att("(Nawadco), a State-owned enterprise under the Ministry of Transport, <<according to>> a draft",
            "according to <<a draft audit report seen by the Meridian>>.",
            "<<The State Audit Office of Việt Nam has questioned more than VND1.3 trillion in dredging contracts signed by the Northern Waterways Dredging Corporation (Nawadco), a State-owned enterprise under the Ministry of Transport>>, according",
            kind="document"),
        att("The report <<says>> 14 contracts", "<<The report>> says 14",
            "says <<14 contracts for channel dredging at the Lạch Giang and Cửa Đáy estuaries were awarded without competitive bidding between 2019 and 2022, and that the volumes of sand and silt removed were overstated by as much as 38 per cent in acceptance records>>.",
            kind="document"),
        att("State auditors <<also found>> that", "<<State auditors>> also found",
            "also found <<that Nawadco had paid VND214 billion in advances to two subcontractors that had no dredging vessels registered in their names>>.",
            kind="organization"),
        att("Nawadco, <<told>> the Meridian on Monday", "<<Nguyễn Văn Khải, deputy general director of Nawadco>>, told",
            "on Monday <<that the corporation \"fully respects\" the audit>>, but", kind="person"),
        att("but he <<rejected>> the finding", "but <<he>> rejected the finding",
            "rejected <<the finding on volumes>>.", kind="pronoun", refers="person", denial="denial"),
        att("Transport,\" Khải <<said>>.", "Transport,\" <<Khải>> said.",
            "<<\"Every cubic metre was measured by an independent surveyor and signed off by the provincial Department of Transport,\">> Khải",
            kind="person", denial="denial"),
        att("losing his job <<said>> staff had", "<<A Nawadco employee who asked not to be named because he feared losing his job>> said",
            "job said <<staff had been told to copy dredged volumes from the contractors' own logbooks>>.",
            kind="anonymous", spec="described", reason=True),
        att("check,\" he <<said>>.", "check,\" <<he>> said.",
            "<<\"Nobody on our side went out on the water to check,\">> he", kind="pronoun", refers="anonymous",
            spec="described", reason=True),
        att("not to be named <<said>> the ministry's inspectorate", "<<A source at the ministry who asked not to be named>> said",
            "named said <<the ministry's inspectorate had opened a separate review of Nawadco's equipment leasing in January>>.",
            kind="anonymous", spec="described", reason=False),
        att("chain,\" the source <<said>>.", "chain,\" <<the source>> said.",
            "<<\"Inspectors are looking at the whole leasing chain,\">> the source",
            kind="anonymous", spec="described", reason=False),
        att("press office <<did not respond to written questions>>", "<<The ministry's press office>> did not", None,
            kind="organization", denial="no-response"),
        att("fishermen <<have long complained>> that", "<<fishermen>> have long complained",
            "complained <<that dredged sand was being sold rather than dumped at designated sites>>.",
            kind="vague"),
        att("loaded,\" <<said>> Trần Văn Lực", "said <<Trần Văn Lực, a fisherman from Giao Thủy District>>.",
            "<<\"We saw barges going up the river towards Hà Nam at night, fully loaded,\">> said", kind="person"),
        att("Lực <<said>> he had reported", "District. <<Lực>> said",
            "Lực said <<he had reported the barges to the commune police twice in 2021>>.",
            kind="person"),
        att("Tuesday, Nawadco <<said>> it", "Tuesday, <<Nawadco>> said",
            "said <<it \"has never sold a single cubic metre\" of dredged material and that all dumping had been carried out at sites approved by local authorities>>.",
            kind="organization", denial="denial", channel="statement"),
        att("People's Committee, <<said>> the province", "<<Đỗ Quang Hưng, vice chairman of the Nam Định People's Committee>>, said",
            "said <<the province had \"no authority\" over a centrally managed enterprise and that provincial agencies had certified only environmental conditions, not volumes>>.",
            kind="person", denial="denial"),
        att("Thu, <<declined to comment>> when", "<<The director of the provincial Department of Transport, Phạm Thị Thu>>, declined",
            None, kind="person", denial="no-comment", channel="phone"),
        att("Audit Office <<is expected>> to finalise", None,
            ["<<The State Audit Office>> is expected", "is expected <<to finalise the report by the end of April>> and may"]),
        att("the Meridian <<has learned>>.", "investigation police, <<the Meridian>> has learned",
            "<<The State Audit Office is expected to finalise the report by the end of April and may transfer parts of it to the Ministry of Public Security's investigation police>>, the Meridian has",
            kind="self"),
        att("Analysts <<say>> the case", "<<Analysts>> say the case",
            "say <<the case is a test of the Government's drive to tighten oversight of State-owned enterprises>>.",
            kind="vague"),
        att("the water,\" <<said>> Lê Minh Tuấn", "said <<Lê Minh Tuấn, an economist at the Hà Nội-based Institute for Public Enterprise Studies>>.",
            "<<\"Dredging has been a grey zone for years, because nobody can easily check what was taken out of the water,\">> said",
            kind="person"),
    ])

article("hanoi-meridian", "2024-06-11", "quang-ngai-coastal-land-lease",
    "Inspectors say Quảng Ngãi leased coastal land to resort developer below set prices",
    [
        "The Government Inspectorate has concluded that the Quảng Ngãi Provincial People's Committee leased 182 hectares of coastal land to a private resort developer at rents up to 60 per cent below the province's own price table, causing potential losses of about VND476 billion to the State budget.",
        "The inspection conclusion, signed on June 5 and made public on Monday, says the committee approved the lease to Sa Huỳnh Seaside Investment JSC in 2020 without an auction on the grounds that the project was a \"key tourism investment\". It names former provincial vice chairman Võ Đình Thắng and two former directors of the provincial Department of Natural Resources and Environment as responsible.",
        "Thắng, who retired in 2022, told the Meridian by phone that he had not yet received a copy of the conclusion. \"Every decision was discussed collectively by the standing members. I did not act alone and I did not receive anything from anybody,\" he said.",
        "Sa Huỳnh Seaside said in a statement that it had paid all rents \"in full and on time\" under the contract and that any price adjustment was \"a matter for the authorities\". The company did not answer questions about its shareholders.",
        "According to business registration records, the developer's largest shareholder until 2021 was Hoàng Gia Property Holdings, a Hà Nội firm whose chairwoman is the sister-in-law of a former provincial official.",
        "The Sài Gòn Business Review reported in April that the developer had begun pre-selling villas at the site before receiving a construction permit.",
        "A source at the Ministry of Natural Resources and Environment who asked not to be named said the lease had been flagged in a ministry review as early as 2021, but the review \"never left the drawer\". The source said at least three other coastal provinces had used similar \"key investment\" exemptions.",
        "An official at the provincial Department of Finance, who requested anonymity because he was not authorised to speak to the press, said the department had objected to the rent level in writing in 2020. The objection was overruled at a closed meeting, he said.",
        "Current provincial chairman Đặng Văn Minh said the province \"seriously accepts\" the conclusion and would recalculate the rents. Asked whether the lease could be cancelled, Minh said it was \"too early to say\".",
        "Residents of Phổ Thạnh Commune, whose farmland was partly absorbed by the project, say they were compensated at 2018 prices. \"They took our land at one price and rented it out at another,\" said Nguyễn Thị Hoa, 54, who lost 3,000 square metres of rice fields.",
        "The provincial land compensation board dismissed the complaint as \"groundless\".",
        "The Government Inspectorate has asked the Ministry of Public Security to examine the file for possible criminal violations, the conclusion says. Thắng's lawyer, Trịnh Quốc Bảo, called the referral \"premature and unfair to a man who served the province for 30 years\".",
    ],
    [
        att("Inspectorate <<has concluded>> that", "<<The Government Inspectorate>> has concluded",
            "has concluded <<that the Quảng Ngãi Provincial People's Committee leased 182 hectares of coastal land to a private resort developer at rents up to 60 per cent below the province's own price table, causing potential losses of about VND476 billion to the State budget>>.",
            kind="organization"),
        att("Monday, <<says>> the committee", "<<The inspection conclusion>>, signed",
            "says <<the committee approved the lease to Sa Huỳnh Seaside Investment JSC in 2020 without an auction on the grounds that the project was a \"key tourism investment\">>.",
            kind="document"),
        att("It <<names>> former", "<<It>> names former",
            "names <<former provincial vice chairman Võ Đình Thắng and two former directors of the provincial Department of Natural Resources and Environment as responsible>>.",
            kind="pronoun", refers="document"),
        att("2022, <<told>> the Meridian by phone", "<<Thắng>>, who retired",
            "by phone <<that he had not yet received a copy of the conclusion>>.", kind="person", channel="phone"),
        att("from anybody,\" he <<said>>.", "from anybody,\" <<he>> said.",
            "<<\"Every decision was discussed collectively by the standing members. I did not act alone and I did not receive anything from anybody,\">> he",
            kind="pronoun", refers="person", denial="denial"),
        att("Seaside <<said>> in a statement", "<<Sa Huỳnh Seaside>> said in a statement",
            "statement <<that it had paid all rents \"in full and on time\" under the contract and that any price adjustment was \"a matter for the authorities\">>.",
            kind="organization", denial="denial", channel="statement"),
        att("company <<did not answer questions>> about", "<<The company>> did not answer", None,
            kind="organization", denial="no-response"),
        att("<<According to>> business registration", "According to <<business registration records>>,",
            "records, <<the developer's largest shareholder until 2021 was Hoàng Gia Property Holdings, a Hà Nội firm whose chairwoman is the sister-in-law of a former provincial official>>.",
            kind="document"),
        att("Review <<reported>> in April", "<<The Sài Gòn Business Review>> reported",
            "in April <<that the developer had begun pre-selling villas at the site before receiving a construction permit>>.",
            kind="outlet"),
        att("not to be named <<said>> the lease", "<<A source at the Ministry of Natural Resources and Environment who asked not to be named>> said",
            "named said <<the lease had been flagged in a ministry review as early as 2021, but the review \"never left the drawer\">>.",
            kind="anonymous", spec="described", reason=False),
        att("The source <<said>> at least three", "<<The source>> said at least",
            "The source said <<at least three other coastal provinces had used similar \"key investment\" exemptions>>.",
            kind="anonymous", spec="described", reason=False),
        att("to the press, <<said>> the department", "<<An official at the provincial Department of Finance>>, who requested",
            "to the press, said <<the department had objected to the rent level in writing in 2020>>.",
            kind="anonymous", spec="described", reason=True),
        att("closed meeting, he <<said>>.", "closed meeting, <<he>> said.",
            "<<The objection was overruled at a closed meeting>>, he said.", kind="pronoun", refers="anonymous",
            spec="described", reason=True),
        att("Đặng Văn Minh <<said>> the province", "<<Current provincial chairman Đặng Văn Minh>> said",
            "said <<the province \"seriously accepts\" the conclusion and would recalculate the rents>>.", kind="person"),
        att("Minh <<said>> it was", "cancelled, <<Minh>> said",
            "Minh said <<it was \"too early to say\">>.", kind="person", denial="no-comment"),
        att("project, <<say>> they were", "<<Residents of Phổ Thạnh Commune>>, whose",
            "say <<they were compensated at 2018 prices>>.", kind="vague"),
        att("another,\" <<said>> Nguyễn Thị Hoa", "said <<Nguyễn Thị Hoa, 54>>, who lost",
            "<<\"They took our land at one price and rented it out at another,\">> said", kind="person"),
        att("board <<dismissed>> the complaint", "<<The provincial land compensation board>> dismissed",
            "dismissed <<the complaint as \"groundless\">>.", kind="organization", denial="dismissal"),
        att("the conclusion <<says>>.", "violations, <<the conclusion>> says.",
            "<<The Government Inspectorate has asked the Ministry of Public Security to examine the file for possible criminal violations>>, the conclusion",
            kind="document"),
        att("Bảo, <<called>> the referral", "<<Thắng's lawyer, Trịnh Quốc Bảo>>, called",
            "called <<the referral \"premature and unfair to a man who served the province for 30 years\">>.",
            kind="person", denial="dismissal"),
    ])

article("hanoi-meridian", "2024-10-02", "thanh-hoa-hospital-scanners",
    "Thanh Hóa hospital overpaid VND41 billion for scanners, Health Ministry inspectors say",
    [
        "Inspectors from the Ministry of Health say a provincial hospital in Thanh Hóa paid almost twice the market price for two CT scanners and an MRI system bought in 2022, in deals worth a combined VND96.4 billion.",
        "In a conclusion sent to the provincial People's Committee last week, the inspectors say the bidding documents of Thọ Lộc Regional General Hospital were drafted so that only one supplier, Hà Nội-based Kiến Hòa Medical Technology JSC, could qualify. The conclusion puts the overpayment at VND41 billion.",
        "Hospital director Lê Thị Thanh Hương rejected the figure at a meeting with reporters on Tuesday, arguing that the inspectors had compared the hospital's machines with cheaper models sold without the same software licences. \"We will submit a full explanation to the ministry within the deadline,\" Hương said.",
        "Kiến Hòa Medical Technology did not respond to emails and phone calls from the Meridian.",
        "Police in the province have opened a preliminary investigation, according to an officer at the provincial police department who asked not to be named because the case has not been formally announced.",
        "Two doctors at the hospital told the Meridian that the MRI system sat unused for almost five months because no staff had been trained to operate it. \"Patients were sent to Hà Nội while the machine stood in its wrapping,\" one of them said, speaking on condition of anonymity.",
        "Hương said the delay had been caused by the renovation of the imaging room, not by a lack of trained staff.",
        "Đinh Văn Toàn, director of the provincial Department of Health, said the department had asked the hospital to \"clarify individual responsibilities\" within 30 days. He declined to comment on whether any officials had been suspended.",
        "In a letter seen by the Meridian, the hospital's Party secretary, Cao Văn Thịnh, told the provincial health department that the purchase had been \"approved at every level\" and that \"nobody should be made a scapegoat\".",
        "A ministry official who asked not to be named said the inspection had been prompted by a complaint sent to the ministry in March 2023. The complaint, a copy of which has been obtained by the Meridian, alleges that a deputy director received \"commissions\" from the supplier. Hương called the allegation \"slander\" and said the hospital would ask the police to identify its author.",
        "The Meridian has learned that the hospital's deputy director in charge of equipment, Vũ Đức Long, went on extended leave in August. Long had been questioned twice by the inspectors before the conclusion was issued, according to a person familiar with the inspection. A hospital spokesman said Long was receiving medical treatment and would return in November.",
        "Some health economists say inflated prices are common because hospitals set price ceilings from quotations supplied by the companies that later bid. \"If the price survey comes from the seller, the result is predictable,\" said Phan Thu Trang, a researcher at the Việt Nam Health Policy Forum.",
    ],
    [
        att("Ministry of Health <<say>> a provincial", "<<Inspectors from the Ministry of Health>> say",
            "say <<a provincial hospital in Thanh Hóa paid almost twice the market price for two CT scanners and an MRI system bought in 2022, in deals worth a combined VND96.4 billion>>.",
            kind="organization"),
        att("the inspectors <<say>> the bidding", "last week, <<the inspectors>> say",
            "say <<the bidding documents of Thọ Lộc Regional General Hospital were drafted so that only one supplier, Hà Nội-based Kiến Hòa Medical Technology JSC, could qualify>>.",
            kind="organization", channel="report"),
        att("The conclusion <<puts>> the", "<<The conclusion>> puts the",
            "puts <<the overpayment at VND41 billion>>.", kind="document"),
        att("Hương <<rejected>> the figure", "<<Hospital director Lê Thị Thanh Hương>> rejected",
            "rejected <<the figure>> at a meeting", kind="person", denial="denial"),
        att("Tuesday, <<arguing>> that the inspectors", "<<Hospital director Lê Thị Thanh Hương>> rejected",
            "arguing <<that the inspectors had compared the hospital's machines with cheaper models sold without the same software licences>>.",
            kind="person", denial="denial"),
        att("deadline,\" Hương <<said>>.", "deadline,\" <<Hương>> said.",
            "<<\"We will submit a full explanation to the ministry within the deadline,\">> Hương", kind="person"),
        att("Technology <<did not respond to emails and phone calls>> from", "<<Kiến Hòa Medical Technology>> did not respond",
            None, kind="organization", denial="no-response"),
        att("investigation, <<according to>> an officer", "according to <<an officer at the provincial police department who asked not to be named because the case has not been formally announced>>.",
            "<<Police in the province have opened a preliminary investigation>>, according",
            kind="anonymous", spec="described", reason=True),
        att("hospital <<told>> the Meridian that the MRI", "<<Two doctors at the hospital>> told",
            "the Meridian <<that the MRI system sat unused for almost five months because no staff had been trained to operate it>>.",
            kind="anonymous", spec="described", reason=False),
        att("one of them <<said>>, speaking", "wrapping,\" <<one of them>> said",
            "<<\"Patients were sent to Hà Nội while the machine stood in its wrapping,\">> one of them",
            kind="anonymous", spec="described", reason=False),
        att("Hương <<said>> the delay", "<<Hương>> said the delay",
            "said <<the delay had been caused by the renovation of the imaging room, not by a lack of trained staff>>.",
            kind="person", denial="denial"),
        att("Department of Health, <<said>> the department", "<<Đinh Văn Toàn, director of the provincial Department of Health>>, said",
            "said <<the department had asked the hospital to \"clarify individual responsibilities\" within 30 days>>.",
            kind="person"),
        att("He <<declined to comment>> on whether", "<<He>> declined to comment on whether", None,
            kind="pronoun", refers="person", denial="no-comment"),
        att("Thịnh, <<told>> the provincial", "<<the hospital's Party secretary, Cao Văn Thịnh>>, told",
            "health department <<that the purchase had been \"approved at every level\" and that \"nobody should be made a scapegoat\">>.",
            kind="person", denial="denial", channel="letter"),
        att("not to be named <<said>> the inspection", "<<A ministry official who asked not to be named>> said",
            "named said <<the inspection had been prompted by a complaint sent to the ministry in March 2023>>.",
            kind="anonymous", spec="described", reason=False),
        att("Meridian, <<alleges>> that", "<<The complaint>>, a copy",
            "alleges <<that a deputy director received \"commissions\" from the supplier>>.", kind="document"),
        att("Hương <<called>> the allegation", "<<Hương>> called the allegation",
            "called <<the allegation \"slander\">> and", kind="person", denial="dismissal"),
        att("\"slander\" and <<said>> the hospital", "<<Hương>> called the allegation",
            "and said <<the hospital would ask the police to identify its author>>.", kind="person"),
        att("The Meridian <<has learned>> that", "<<The Meridian>> has learned",
            "has learned <<that the hospital's deputy director in charge of equipment, Vũ Đức Long, went on extended leave in August>>.",
            kind="self"),
        att("issued, <<according to>> a person familiar", "according to <<a person familiar with the inspection>>.",
            "<<Long had been questioned twice by the inspectors before the conclusion was issued>>, according",
            kind="anonymous", spec="vague", reason=False),
        att("spokesman <<said>> Long was", "inspection. <<A hospital spokesman>> said",
            "said <<Long was receiving medical treatment and would return in November>>.", kind="organization"),
        att("economists <<say>> inflated", "<<Some health economists>> say",
            "say <<inflated prices are common because hospitals set price ceilings from quotations supplied by the companies that later bid>>.",
            kind="vague"),
        att("predictable,\" <<said>> Phan Thu Trang", "said <<Phan Thu Trang, a researcher at the Việt Nam Health Policy Forum>>.",
            "<<\"If the price survey comes from the seller, the result is predictable,\">> said", kind="person"),
    ])


# -------------------------------------------------------------------------------------------------
# vistula-wire: Polish English-language business and politics news site in Warsaw (Vistula Wire).
# Curly double quotes, curly apostrophe; "according to the daily X"; zloty figures as PLN.
# -------------------------------------------------------------------------------------------------
article("vistula-wire", "2024-04-16", "polnocna-energia-gas-plant-probe",
    "Prosecutors open probe into Północna Energia’s PLN 2.1bn gas plant contract",
    [
        "The Regional Prosecutor’s Office in Gdańsk has opened an investigation into suspected mismanagement at state-controlled utility Północna Energia over a PLN 2.1 billion contract for a gas-fired power plant near Malbork, a spokeswoman for the office said on Monday.",
        "Spokeswoman Agnieszka Lis said the case concerned “acting to the detriment of the company” by members of its former management board between 2019 and 2022. No one has been charged, she added.",
        "According to the daily Gazeta Kupiecka, which first reported the probe, the contract with a consortium led by the Spanish firm Ortegal Ingeniería was signed without the required approval of the company’s supervisory board, and its value rose by PLN 640 million through 11 annexes.",
        "Północna Energia said in a statement that it was “cooperating fully” with prosecutors and that the current management had itself notified them of irregularities found by an internal audit last year. The audit, which Vistula Wire has seen, concluded that three of the annexes were approved by email without any board minutes.",
        "Former chief executive Marek Zieliński, who led the company until December 2023, rejected the allegations. “Every annex was approved by the supervisory board, and there are documents to prove it,” he told Vistula Wire. He called the investigation “a political settling of accounts”.",
        "A source close to the government said the Ministry of State Assets was preparing to replace two supervisory board members appointed under the previous administration. “The minister wants a clean slate before the prosecutors’ findings come in,” the source said.",
        "The ministry declined to comment. Ortegal Ingeniería did not respond to questions sent on Friday.",
        "An engineer in the company’s investment department, who asked not to be named for fear of losing his job, said engineers had warned in 2020 that the plant’s cooling system was underpriced in the original bid. “Everyone knew the annexes were coming. The low price was how the consortium won,” he said.",
        "Shares in Północna Energia fell 3.1 per cent in Warsaw on Monday, on trading volume twice the daily average, stock exchange data showed. Analysts at brokerage DM Rubin said the investigation was unlikely to delay the plant’s start-up, scheduled for 2026, but could complicate the company’s planned PLN 1.5 billion bond issue. “Investors will want to see the audit before they lend another zloty,” said Katarzyna Wróbel, a utilities analyst at the brokerage.",
        "Opposition politicians dismissed the investigation as “a witch hunt”. Piotr Kowal, an MP for Law and Justice, said prosecutors were being used “to stage a show” ahead of next year’s presidential election.",
        "Deputy State Assets Minister Tomasz Bielecki said last week that the government would “not tolerate waste” in state companies, without naming any firm.",
    ],
    [
        att("Malbork, a spokeswoman for the office <<said>> on Monday", "Malbork, <<a spokeswoman for the office>> said",
            "<<The Regional Prosecutor’s Office in Gdańsk has opened an investigation into suspected mismanagement at state-controlled utility Północna Energia over a PLN 2.1 billion contract for a gas-fired power plant near Malbork>>, a spokeswoman",
            kind="person"),
        att("Agnieszka Lis <<said>> the case", "<<Spokeswoman Agnieszka Lis>> said",
            "said <<the case concerned “acting to the detriment of the company” by members of its former management board between 2019 and 2022>>.",
            kind="person"),
        att("charged, she <<added>>.", "charged, <<she>> added.",
            "<<No one has been charged>>, she", kind="pronoun", refers="person"),
        att("<<According to>> the daily Gazeta", "According to <<the daily Gazeta Kupiecka>>, which",
            "the probe, <<the contract with a consortium led by the Spanish firm Ortegal Ingeniería was signed without the required approval of the company’s supervisory board, and its value rose by PLN 640 million through 11 annexes>>.",
            kind="outlet"),
        att("Północna Energia <<said>> in a statement", "<<Północna Energia>> said in a statement",
            "statement <<that it was “cooperating fully” with prosecutors and that the current management had itself notified them of irregularities found by an internal audit last year>>.",
            kind="organization", channel="statement"),
        att("has seen, <<concluded>> that", "<<The audit>>, which Vistula",
            "concluded <<that three of the annexes were approved by email without any board minutes>>.", kind="document"),
        att("2023, <<rejected>> the allegations", "<<Former chief executive Marek Zieliński>>, who led",
            "rejected <<the allegations>>.", kind="person", denial="denial"),
        att("he <<told>> Vistula Wire. He called", "prove it,” <<he>> told",
            "<<“Every annex was approved by the supervisory board, and there are documents to prove it,”>> he",
            kind="pronoun", refers="person", denial="denial"),
        att("He <<called>> the investigation", "<<He>> called the investigation",
            "called <<the investigation “a political settling of accounts”>>.", kind="pronoun", refers="person",
            denial="dismissal"),
        att("government <<said>> the Ministry", "<<A source close to the government>> said",
            "said <<the Ministry of State Assets was preparing to replace two supervisory board members appointed under the previous administration>>.",
            kind="anonymous", spec="vague", reason=False),
        att("the source <<said>>.", "come in,” <<the source>> said",
            "<<“The minister wants a clean slate before the prosecutors’ findings come in,”>> the source",
            kind="anonymous", spec="vague", reason=False),
        att("The ministry <<declined to comment>>.", "<<The ministry>> declined", None,
            kind="organization", denial="no-comment"),
        att("Ingeniería <<did not respond to questions>>", "<<Ortegal Ingeniería>> did not respond", None,
            kind="organization", denial="no-response"),
        att("his job, <<said>> engineers", "<<An engineer in the company’s investment department>>, who asked",
            "said <<engineers had warned in 2020 that the plant’s cooling system was underpriced in the original bid>>.",
            kind="anonymous", spec="described", reason=True),
        att("engineers <<had warned>> in 2020", "said <<engineers>> had warned",
            "in 2020 <<that the plant’s cooling system was underpriced in the original bid>>.", kind="vague"),
        att("consortium won,” he <<said>>.", "consortium won,” <<he>> said.",
            "<<“Everyone knew the annexes were coming. The low price was how the consortium won,”>> he",
            kind="pronoun", refers="anonymous", spec="described", reason=True),
        att("average, stock exchange data <<showed>>.", "average, <<stock exchange data>> showed.",
            "<<Shares in Północna Energia fell 3.1 per cent in Warsaw on Monday, on trading volume twice the daily average>>, stock",
            kind="document"),
        att("DM Rubin <<said>> the investigation", "<<Analysts at brokerage DM Rubin>> said",
            "said <<the investigation was unlikely to delay the plant’s start-up, scheduled for 2026, but could complicate the company’s planned PLN 1.5 billion bond issue>>.",
            kind="organization"),
        att("zloty,” <<said>> Katarzyna", "said <<Katarzyna Wróbel, a utilities analyst at the brokerage>>.",
            "<<“Investors will want to see the audit before they lend another zloty,”>> said", kind="person"),
        att("politicians <<dismissed>> the investigation", "<<Opposition politicians>> dismissed",
            "dismissed <<the investigation>> as", kind="vague", denial="dismissal"),
        att("Justice, <<said>> prosecutors", "<<Piotr Kowal, an MP for Law and Justice>>, said",
            "said <<prosecutors were being used “to stage a show” ahead of next year’s presidential election>>.",
            kind="person", denial="dismissal"),
        att("Bielecki <<said>> last week", "<<Deputy State Assets Minister Tomasz Bielecki>> said",
            "last week <<that the government would “not tolerate waste” in state companies>>, without", kind="person"),
    ])

article("vistula-wire", "2024-07-09", "morena-offshore-seabed-permit",
    "Climate ministry under fire over Baltic seabed permit for little-known wind firm",
    [
        "Poland’s climate ministry is facing questions over its support for a little-known company, Morena Offshore, which has won a permit to build a 1.2-gigawatt wind farm in the Baltic, after the daily Kurier Giełdowy reported that one of the firm’s shareholders had advised a deputy minister until last year.",
        "Morena Offshore, registered in Szczecin in 2021 with share capital of PLN 50,000, was selected in May over bids from two state-controlled utilities, according to documents from the Maritime Office in Gdynia seen by Vistula Wire. The final decision — “a formality”, in the words of one ministry insider — was signed on May 14.",
        "Deputy Climate Minister Ewa Sadowska, who oversaw the process for the ministry, denied any conflict of interest. “I have not spoken to that gentleman about business since he left the ministry. The decision was taken by the Maritime Office, not by me,” she told reporters in the Sejm on Tuesday.",
        "Sadowska’s former adviser, Rafał Nowicki, holds 35 per cent of Morena Offshore, according to the National Court Register. He did not respond to messages sent on Monday and Tuesday.",
        "In a statement, Morena Offshore said it had won “on the merits” with the best-scoring technical plan and that its financing was secured through “a major European partner”. Its chief executive, Łukasz Pietrzak, told Vistula Wire the company would publish its full shareholder structure “within weeks”.",
        "The Maritime Office said its evaluation committee had scored the bids “strictly according to the published criteria”.",
        "A source close to the government said the prime minister’s office had asked the climate ministry for “a full explanation” by Friday. Another source, a senior official in the ruling coalition who spoke on condition of anonymity because the matter is politically sensitive, said Sadowska’s position was “under review”.",
        "Government spokesman Adam Szulc declined to discuss Sadowska’s future, saying there had been “no decision on personnel matters”.",
        "Opposition lawmakers from Law and Justice have asked the Supreme Audit Office (NIK) to examine the tender. Jolanta Pawlak, a member of the Sejm’s energy committee, said: “This is exactly the cronyism this government promised to end.”",
        "Industry experts said the choice of a small developer for such a large project was unusual but not unprecedented. “Seabed permits are often won by small vehicles and later sold to big players. The question is who profits from the resale,” said Michał Grabowski of the Polish Wind Industry Forum, a trade group.",
        "Shares in the two losing bidders, Baltis Energia and Pomorska Grupa Energetyczna, were little changed on Tuesday. Baltis Energia said it was “analysing the decision” and had not ruled out an appeal to the administrative court. Pomorska Grupa Energetyczna declined to comment.",
        "Kurier Giełdowy also reported on Tuesday, citing an unnamed official at the Maritime Office, that two members of the evaluation committee had been replaced a week before the decision was announced.",
    ],
    [
        att("Kurier Giełdowy <<reported>> that one", "after <<the daily Kurier Giełdowy>> reported",
            "reported <<that one of the firm’s shareholders had advised a deputy minister until last year>>.", kind="outlet"),
        att("utilities, <<according to>> documents", "according to <<documents from the Maritime Office in Gdynia seen by Vistula Wire>>.",
            "<<Morena Offshore, registered in Szczecin in 2021 with share capital of PLN 50,000, was selected in May over bids from two state-controlled utilities>>, according",
            kind="document"),
        att("“a formality”, <<in the words of>> one ministry insider", "in the words of <<one ministry insider>> —",
            ["<<The final decision>> — “a formality”", "The final decision — <<“a formality”>>, in the words"],
            kind="anonymous", spec="described", reason=False),
        att("ministry, <<denied>> any conflict", "<<Deputy Climate Minister Ewa Sadowska>>, who oversaw",
            "denied <<any conflict of interest>>.", kind="person", denial="denial"),
        att("she <<told>> reporters in the Sejm", "not by me,” <<she>> told",
            "<<“I have not spoken to that gentleman about business since he left the ministry. The decision was taken by the Maritime Office, not by me,”>> she",
            kind="pronoun", refers="person", denial="denial"),
        att("Offshore, <<according to>> the National", "according to <<the National Court Register>>.",
            "<<Sadowska’s former adviser, Rafał Nowicki, holds 35 per cent of Morena Offshore>>, according",
            kind="document"),
        att("He <<did not respond to messages>>", "<<He>> did not respond to messages", None,
            kind="pronoun", refers="person", denial="no-response"),
        att("Offshore <<said>> it had won", "In a statement, <<Morena Offshore>> said",
            "said <<it had won “on the merits” with the best-scoring technical plan and that its financing was secured through “a major European partner”>>. Its",
            kind="organization", denial="denial", channel="statement"),
        att("Pietrzak, <<told>> Vistula Wire the company", "<<Its chief executive, Łukasz Pietrzak>>, told",
            "Vistula Wire <<the company would publish its full shareholder structure “within weeks”>>.", kind="person"),
        att("The Maritime Office <<said>> its evaluation", "<<The Maritime Office>> said its evaluation",
            "said <<its evaluation committee had scored the bids “strictly according to the published criteria”>>.",
            kind="organization", denial="denial"),
        att("government <<said>> the prime minister’s", "<<A source close to the government>> said",
            "said <<the prime minister’s office had asked the climate ministry for “a full explanation” by Friday>>.",
            kind="anonymous", spec="vague", reason=False),
        att("politically sensitive, <<said>> Sadowska’s", "<<Another source, a senior official in the ruling coalition who spoke on condition of anonymity because the matter is politically sensitive>>, said",
            "sensitive, said <<Sadowska’s position was “under review”>>.",
            kind="anonymous", spec="described", reason=True),
        att("Szulc <<declined to discuss>> Sadowska’s", "<<Government spokesman Adam Szulc>> declined", None,
            kind="person", denial="no-comment"),
        att("future, <<saying>> there had been", "<<Government spokesman Adam Szulc>> declined",
            "saying <<there had been “no decision on personnel matters”>>.", kind="person"),
        att("energy committee, <<said>>: “This", "<<Jolanta Pawlak, a member of the Sejm’s energy committee>>, said:",
            "said: <<“This is exactly the cronyism this government promised to end.”>>", kind="person"),
        att("Industry experts <<said>> the choice", "<<Industry experts>> said",
            "said <<the choice of a small developer for such a large project was unusual but not unprecedented>>.",
            kind="vague"),
        att("resale,” <<said>> Michał", "said <<Michał Grabowski of the Polish Wind Industry Forum, a trade group>>.",
            "<<“Seabed permits are often won by small vehicles and later sold to big players. The question is who profits from the resale,”>> said",
            kind="person"),
        att("Baltis Energia <<said>> it was", "Tuesday. <<Baltis Energia>> said",
            "said <<it was “analysing the decision” and had not ruled out an appeal to the administrative court>>.",
            kind="organization"),
        att("Energetyczna <<declined to comment>>.", "court. <<Pomorska Grupa Energetyczna>> declined", None,
            kind="organization", denial="no-comment"),
        att("Giełdowy <<also reported>> on Tuesday", "<<Kurier Giełdowy>> also reported",
            "Maritime Office, <<that two members of the evaluation committee had been replaced a week before the decision was announced>>.",
            kind="outlet"),
        att("Tuesday, <<citing>> an unnamed", "citing <<an unnamed official at the Maritime Office>>,",
            "Maritime Office, <<that two members of the evaluation committee had been replaced a week before the decision was announced>>.",
            kind="anonymous", spec="described", reason=False),
    ])

article("vistula-wire", "2024-11-21", "radom-waste-plant-ruling",
    "Court orders Ciepło Mazowsze to pay PLN 186m to Radom over failed waste-to-energy plant",
    [
        "The Regional Court in Warsaw on Thursday ordered state-controlled heat producer Ciepło Mazowsze to pay PLN 186 million in damages to the city of Radom over a waste-to-energy plant that was never built, in the first ruling in a dispute that has lasted six years.",
        "Judge Barbara Krawczyk said the company had “knowingly concealed” from the city that it lacked financing for the project when it signed a joint-venture agreement in 2017. “The city was entitled to rely on the representations of a company controlled by the State Treasury,” she said as she read out the verdict.",
        "The ruling is not final. Ciepło Mazowsze said it would appeal. In a statement, its management board said the court had “ignored key evidence” and that the company had acted “in good faith throughout”. “We will file the appeal well within the deadline,” chief executive Paweł Dąbrowski told Vistula Wire.",
        "Radom mayor Krzysztof Wolski welcomed the ruling, saying the money would go towards a new sorting plant. “For six years we were told the financing was just around the corner. It never was,” he said.",
        "According to the court’s written justification, an internal memo from March 2017, disclosed during the trial, warned the company’s board that three banks had refused to lend for the project.",
        "The daily Dziennik Nadwiślański reported in 2022 that the memo had been circulated to three members of the management board, including Dąbrowski’s predecessor, Janusz Olszewski. Olszewski, who now sits on the board of a private logistics firm, declined to comment on the ruling.",
        "The city’s lawyer, Anna Mazur of the law firm Mazur Kowalczyk, said the ruling was “one of the largest awards against a state company in a municipal dispute”. She said the city would ask for interest to be added from the date the claim was filed in 2018.",
        "The Ministry of State Assets, which supervises Ciepło Mazowsze, said in an emailed response that it “does not comment on pending court proceedings”.",
        "Experts said the case could make municipalities more cautious about joint ventures with state firms. “Local governments were often pressed to sign quickly because the partner was a state company,” said Marta Zając, a professor of administrative law at the University of Warsaw. “This ruling shows that a state logo is not a guarantee.”",
        "Opposition councillors in Radom, who voted against the 2017 agreement, said the city should also examine the role of its own officials. “The mayor’s office signed a 90-page contract in two weeks without reading the small print,” said councillor Henryk Baran.",
        "Wolski rejected that criticism, saying city officials had “relied in good faith on a state partner, as the court has now confirmed”.",
        "Ciepło Mazowsze has 30 days to lodge an appeal with the Court of Appeal in Warsaw.",
    ],
    [
        att("Krawczyk <<said>> the company", "<<Judge Barbara Krawczyk>> said",
            "said <<the company had “knowingly concealed” from the city that it lacked financing for the project when it signed a joint-venture agreement in 2017>>.",
            kind="person"),
        att("Treasury,” she <<said>> as she read", "Treasury,” <<she>> said",
            "<<“The city was entitled to rely on the representations of a company controlled by the State Treasury,”>> she",
            kind="pronoun", refers="person"),
        att("Mazowsze <<said>> it would appeal", "final. <<Ciepło Mazowsze>> said",
            "said <<it would appeal>>.", kind="organization"),
        att("board <<said>> the court had", "<<its management board>> said the court",
            "said <<the court had “ignored key evidence” and that the company had acted “in good faith throughout”>>.",
            kind="organization", denial="denial", channel="statement"),
        att("Dąbrowski <<told>> Vistula Wire", "deadline,” <<chief executive Paweł Dąbrowski>> told",
            "<<“We will file the appeal well within the deadline,”>> chief",
            kind="person"),
        att("Wolski <<welcomed>> the ruling", "<<Radom mayor Krzysztof Wolski>> welcomed",
            "welcomed <<the ruling>>, saying", kind="person"),
        att("ruling, <<saying>> the money", "<<Radom mayor Krzysztof Wolski>> welcomed",
            "saying <<the money would go towards a new sorting plant>>.", kind="person"),
        att("we <<were told>> the financing", None,
            "were told <<the financing was just around the corner>>."),
        att("It never was,” he <<said>>.", "It never was,” <<he>> said.",
            "<<“For six years we were told the financing was just around the corner. It never was,”>> he",
            kind="pronoun", refers="person"),
        att("<<According to>> the court’s", "According to <<the court’s written justification>>,",
            "justification, <<an internal memo from March 2017, disclosed during the trial, warned the company’s board that three banks had refused to lend for the project>>.",
            kind="document"),
        att("trial, <<warned>> the company’s board", "justification, <<an internal memo from March 2017>>, disclosed",
            "board <<that three banks had refused to lend for the project>>.", kind="document"),
        att("Nadwiślański <<reported>> in 2022", "<<The daily Dziennik Nadwiślański>> reported",
            "in 2022 <<that the memo had been circulated to three members of the management board, including Dąbrowski’s predecessor, Janusz Olszewski>>.",
            kind="outlet"),
        att("firm, <<declined to comment>> on the ruling", "Olszewski. <<Olszewski>>, who now", None,
            kind="person", denial="no-comment"),
        att("Kowalczyk, <<said>> the ruling", "<<The city’s lawyer, Anna Mazur of the law firm Mazur Kowalczyk>>, said",
            "said <<the ruling was “one of the largest awards against a state company in a municipal dispute”>>.",
            kind="person"),
        att("She <<said>> the city would ask", "<<She>> said the city would ask",
            "said <<the city would ask for interest to be added from the date the claim was filed in 2018>>.",
            kind="pronoun", refers="person"),
        att("Mazowsze, <<said>> in an emailed", "<<The Ministry of State Assets>>, which supervises",
            "response <<that it “does not comment on pending court proceedings”>>.", kind="organization",
            denial="no-comment", channel="email"),
        att("Experts <<said>> the case", "<<Experts>> said the case",
            "said <<the case could make municipalities more cautious about joint ventures with state firms>>.",
            kind="vague"),
        att("state company,” <<said>> Marta", "said <<Marta Zając, a professor of administrative law at the University of Warsaw>>.",
            ["<<“Local governments were often pressed to sign quickly because the partner was a state company,”>> said Marta",
             "Warsaw. <<“This ruling shows that a state logo is not a guarantee.”>>"],
            kind="person"),
        att("This ruling <<shows>> that", "“<<This ruling>> shows",
            "shows <<that a state logo is not a guarantee>>.", kind="document"),
        att("agreement, <<said>> the city should", "<<Opposition councillors in Radom>>, who voted",
            "said <<the city should also examine the role of its own officials>>.", kind="vague"),
        att("small print,” <<said>> councillor", "said <<councillor Henryk Baran>>.",
            "<<“The mayor’s office signed a 90-page contract in two weeks without reading the small print,”>> said",
            kind="person"),
        att("Wolski <<rejected>> that criticism", "<<Wolski>> rejected that criticism",
            "rejected <<that criticism>>, saying", kind="person", denial="denial"),
        att("criticism, <<saying>> city officials", "<<Wolski>> rejected that criticism",
            "saying <<city officials had “relied in good faith on a state partner, as the court has now confirmed”>>.",
            kind="person", denial="denial"),
    ])


# -------------------------------------------------------------------------------------------------
# red-willow-record: Canadian regional paper, junior-hockey beat (The Red Willow Record, sports).
# Straight double quotes (straight single inside), straight apostrophe; North American punctuation
# inside closing quotes.
# -------------------------------------------------------------------------------------------------
article("red-willow-record", "2024-11-14", "harlan-bay-hazing-allegations",
    "League investigating hazing allegations against Harlan Bay Ironmen",
    [
        "The Central Plains Junior Hockey League has opened an investigation into allegations that rookies on the Harlan Bay Ironmen were subjected to a hazing ritual on a team bus in September, league commissioner Doug Marchand confirmed Wednesday.",
        "\"We take every allegation of this kind seriously, and we have retained an independent investigator,\" Marchand said in a phone interview. He would not say how many players were involved or whether police had been notified.",
        "The allegations first surfaced in a letter sent to the league office last month by the parents of a 16-year-old defenceman who left the team in early October. The letter, obtained by the Record, says their son was locked in the bus washroom with two other first-year players for most of a two-hour trip back from Fort Averill while older players pounded on the door.",
        "\"He came home and wouldn't talk to us for a week. Then he packed his gear bag and put it in the garage,\" the boy's mother told the Record. The family asked that their names not be published to protect their son, who is a minor.",
        "Ironmen general manager Curtis Bohlen denied that any hazing took place. \"There was some horseplay on a bus, the coaches dealt with it that night, and it's been blown way out of proportion,\" Bohlen said. He said the defenceman had left the team \"for personal reasons.\"",
        "Head coach Rick Tessier declined to comment through a team spokesperson, citing the league investigation.",
        "Two current Ironmen players, speaking on condition of anonymity because the team has told players not to discuss the investigation, said the bus incident was one of several \"initiations\" this season. \"Everybody knew what was coming for the rookies. Nobody thought it was a big deal until the kid quit,\" one of them said.",
        "A league source said the Ironmen had been warned about \"team-building activities\" after a complaint from a billet family in 2022. The league never made that complaint public.",
        "Sharon Pelletier, who has billeted Ironmen players for 11 years, said she had heard \"talk\" among the older players about a bus trip but assumed it was harmless. \"These are good kids. But they copy what they see, and somebody has to stop the cycle,\" she said.",
        "Hockey Manitoba, which oversees player safety programs for junior leagues in the province, said it was \"aware of the matter\" and in contact with the league.",
        "The family's lawyer, Dana Kovacs, said the family is considering legal action against the team. She dismissed Bohlen's account of the incident as \"a textbook attempt to minimize.\" \"The family wants the league to make its findings public, in full,\" Kovacs said.",
        "Bay Country 98 in Harlan Bay reported Tuesday that at least five players had already been interviewed by the league's investigator.",
        "Marchand said the investigation is expected to conclude before the Christmas break. The Ironmen's owner, Glen Ferraday, did not return calls.",
    ],
    [
        att("September, league commissioner Doug Marchand <<confirmed>> Wednesday", "September, <<league commissioner Doug Marchand>> confirmed",
            "<<The Central Plains Junior Hockey League has opened an investigation into allegations that rookies on the Harlan Bay Ironmen were subjected to a hazing ritual on a team bus in September>>, league",
            kind="person"),
        att("investigation into <<allegations>> that rookies", None,
            "allegations <<that rookies on the Harlan Bay Ironmen were subjected to a hazing ritual on a team bus in September>>,"),
        att("investigator,\" Marchand <<said>> in a phone", "investigator,\" <<Marchand>> said",
            "<<\"We take every allegation of this kind seriously, and we have retained an independent investigator,\">> Marchand",
            kind="person", channel="interview"),
        att("He <<would not say>> how many", "<<He>> would not say how many",
            "would not say <<how many players were involved or whether police had been notified>>.",
            kind="pronoun", refers="person", denial="no-comment"),
        att("by the Record, <<says>> their son", "<<The letter>>, obtained",
            "says <<their son was locked in the bus washroom with two other first-year players for most of a two-hour trip back from Fort Averill while older players pounded on the door>>.",
            kind="document"),
        att("mother <<told>> the Record. The family", "garage,\" <<the boy's mother>> told",
            "<<\"He came home and wouldn't talk to us for a week. Then he packed his gear bag and put it in the garage,\">> the boy's",
            kind="anonymous", spec="described", reason=True),
        att("Bohlen <<denied>> that any hazing", "<<Ironmen general manager Curtis Bohlen>> denied",
            "denied <<that any hazing took place>>.", kind="person", denial="denial"),
        att("proportion,\" Bohlen <<said>>.", "proportion,\" <<Bohlen>> said.",
            "<<\"There was some horseplay on a bus, the coaches dealt with it that night, and it's been blown way out of proportion,\">> Bohlen",
            kind="person", denial="dismissal"),
        att("He <<said>> the defenceman", "<<He>> said the defenceman",
            "said <<the defenceman had left the team \"for personal reasons.\">>", kind="pronoun", refers="person",
            denial="denial"),
        att("Tessier <<declined to comment>> through", "<<Head coach Rick Tessier>> declined", None,
            kind="person", denial="no-comment"),
        att("spokesperson, <<citing>> the league", "<<Head coach Rick Tessier>> declined",
            "citing <<the league investigation>>.", kind="person"),
        att("investigation, <<said>> the bus incident", "<<Two current Ironmen players>>, speaking",
            "said <<the bus incident was one of several \"initiations\" this season>>.",
            kind="anonymous", spec="described", reason=True),
        att("one of them <<said>>.", "quit,\" <<one of them>> said.",
            "<<\"Everybody knew what was coming for the rookies. Nobody thought it was a big deal until the kid quit,\">> one",
            kind="anonymous", spec="described", reason=True),
        att("A league source <<said>> the Ironmen", "<<A league source>> said the Ironmen",
            "said <<the Ironmen had been warned about \"team-building activities\" after a complaint from a billet family in 2022>>.",
            kind="anonymous", spec="described", reason=False),
        att("11 years, <<said>> she had heard", "<<Sharon Pelletier>>, who has billeted",
            "said <<she had heard \"talk\" among the older players about a bus trip but assumed it was harmless>>.",
            kind="person"),
        att("cycle,\" she <<said>>.", "cycle,\" <<she>> said.",
            "<<\"These are good kids. But they copy what they see, and somebody has to stop the cycle,\">> she",
            kind="pronoun", refers="person"),
        att("province, <<said>> it was", "<<Hockey Manitoba>>, which oversees",
            "said <<it was \"aware of the matter\" and in contact with the league>>.", kind="organization"),
        att("Kovacs, <<said>> the family is", "<<The family's lawyer, Dana Kovacs>>, said",
            "said <<the family is considering legal action against the team>>.", kind="person"),
        att("She <<dismissed>> Bohlen's", "<<She>> dismissed Bohlen's",
            "dismissed <<Bohlen's account of the incident>> as", kind="pronoun", refers="person", denial="dismissal"),
        att("in full,\" Kovacs <<said>>.", "in full,\" <<Kovacs>> said.",
            "<<\"The family wants the league to make its findings public, in full,\">> Kovacs", kind="person"),
        att("Harlan Bay <<reported>> Tuesday", "<<Bay Country 98 in Harlan Bay>> reported",
            "Tuesday <<that at least five players had already been interviewed by the league's investigator>>.", kind="outlet"),
        att("Marchand <<said>> the investigation", "<<Marchand>> said the investigation",
            "said <<the investigation is expected to conclude before the Christmas break>>.", kind="person"),
        att("investigation <<is expected>> to conclude", None,
            ["said <<the investigation>> is expected", "is expected <<to conclude before the Christmas break>>."]),
        att("Ferraday, <<did not return calls>>.", "<<The Ironmen's owner, Glen Ferraday>>, did not", None,
            kind="person", denial="no-response"),
    ])

article("red-willow-record", "2025-01-22", "lindqvist-suspension-okafor-hit",
    "Voyageurs' Lindqvist suspended 12 games for hit that concussed Comets forward",
    [
        "The Central Plains Junior Hockey League has suspended Kessock Valley Voyageurs defenceman Jonas Lindqvist for 12 games for a head hit that sent Carrow Lake Comets forward Tyler Okafor to hospital on Saturday, the league announced Monday.",
        "In a written ruling, league discipline officer Gary Sutter said Lindqvist \"made no attempt to play the puck\" and that the main point of contact was Okafor's head. Sutter said he had taken into account that Lindqvist was suspended twice last season.",
        "The Comets said Okafor, 18, was released from hospital Sunday and is being evaluated for a concussion. Coach and GM Darren Whitfield called the hit \"the dirtiest thing I've seen in 20 years in this league.\" \"Twelve games is a start, but it's not enough. If that was a skate to the head, we'd be talking about a season,\" he said.",
        "Lindqvist's agent, Marc-André Giroux, said his client would appeal. \"Jonas went for a hit and Okafor ducked at the last second. It was a hockey play with a bad outcome,\" Giroux told the Record. He rejected Whitfield's description of the hit, calling it \"cheap talk from a coach who needed a headline.\"",
        "The Voyageurs said in a statement they \"respect the league's process.\" A team spokesperson declined further comment while the appeal is pending.",
        "According to a video of the play posted online by a fan, Okafor was bent over reaching for a loose puck when he was struck — a point the Voyageurs dispute.",
        "Okafor's father, Daniel Okafor, said his son has no memory of the hit. \"He asked me three times in the ambulance what the score was,\" he said.",
        "It was the third suspension of 10 games or more handed out by the league this season. Commissioner Doug Marchand said in November the league would review its supplementary discipline guidelines after complaints from several teams.",
        "Critics say the league has been slow to act on head contact. \"Other leagues have moved to automatic minimums for hits to the head. We're still deciding case by case,\" said Melanie Rourke, a former player agent who now runs a concussion-awareness foundation in Brandon.",
        "Marchand did not respond to an interview request Monday. League spokesperson Kelsey Ng said the review of the guidelines is \"ongoing\" and that recommendations will go to the board of governors in the spring.",
        "The appeal will be heard by a three-member panel and a decision is expected within two weeks, the league said. Whitfield said he would be \"shocked\" if the suspension were reduced.",
        "Lindqvist, 19, from Umeå, Sweden, has seven goals and 22 points in 38 games this season. He did not dress for Tuesday's 4-1 loss to the Fort Averill Falcons. In a post on Instagram on Sunday, he apologized to Okafor, writing that he \"never meant to hurt anyone.\"",
    ],
    [
        att("the league <<announced>> Monday", "Saturday, <<the league>> announced",
            "<<The Central Plains Junior Hockey League has suspended Kessock Valley Voyageurs defenceman Jonas Lindqvist for 12 games for a head hit that sent Carrow Lake Comets forward Tyler Okafor to hospital on Saturday>>, the league",
            kind="organization"),
        att("Gary Sutter <<said>> Lindqvist", "<<league discipline officer Gary Sutter>> said",
            "said <<Lindqvist \"made no attempt to play the puck\" and that the main point of contact was Okafor's head>>.",
            kind="person"),
        att("Sutter <<said>> he had taken", "<<Sutter>> said he had taken",
            "said <<he had taken into account that Lindqvist was suspended twice last season>>.", kind="person"),
        att("The Comets <<said>> Okafor", "<<The Comets>> said Okafor",
            "said <<Okafor, 18, was released from hospital Sunday and is being evaluated for a concussion>>.",
            kind="organization"),
        att("Whitfield <<called>> the hit", "<<Coach and GM Darren Whitfield>> called",
            "called <<the hit \"the dirtiest thing I've seen in 20 years in this league.\">>", kind="person"),
        att("a season,\" he <<said>>.", "a season,\" <<he>> said.",
            "<<\"Twelve games is a start, but it's not enough. If that was a skate to the head, we'd be talking about a season,\">> he",
            kind="pronoun", refers="person"),
        att("Giroux, <<said>> his client", "<<Lindqvist's agent, Marc-André Giroux>>, said",
            "said <<his client would appeal>>.", kind="person"),
        att("Giroux <<told>> the Record", "outcome,\" <<Giroux>> told",
            "<<\"Jonas went for a hit and Okafor ducked at the last second. It was a hockey play with a bad outcome,\">> Giroux",
            kind="person", denial="denial"),
        att("He <<rejected>> Whitfield's", "<<He>> rejected Whitfield's",
            "rejected <<Whitfield's description of the hit>>,", kind="pronoun", refers="person", denial="denial"),
        att("hit, <<calling>> it", "<<He>> rejected Whitfield's",
            "calling <<it \"cheap talk from a coach who needed a headline.\">>", kind="pronoun", refers="person",
            denial="dismissal"),
        att("The Voyageurs <<said>> in a statement", "<<The Voyageurs>> said",
            "statement <<they \"respect the league's process.\">>", kind="organization", channel="statement"),
        att("spokesperson <<declined further comment>>", "<<A team spokesperson>> declined", None,
            kind="organization", denial="no-comment"),
        att("<<According to>> a video", "According to <<a video of the play posted online by a fan>>,",
            "a fan, <<Okafor was bent over reaching for a loose puck when he was struck>> —", kind="document"),
        att("the Voyageurs <<dispute>>.", "a point <<the Voyageurs>> dispute",
            "struck — <<a point>> the Voyageurs", kind="organization", denial="denial"),
        att("Okafor, <<said>> his son", "<<Okafor's father, Daniel Okafor>>, said",
            "said <<his son has no memory of the hit>>.", kind="person"),
        att("score was,\" he <<said>>.", "score was,\" <<he>> said.",
            "<<\"He asked me three times in the ambulance what the score was,\">> he", kind="pronoun", refers="person"),
        att("Marchand <<said>> in November", "<<Commissioner Doug Marchand>> said",
            "in November <<the league would review its supplementary discipline guidelines after complaints from several teams>>.",
            kind="person"),
        att("Critics <<say>> the league", "<<Critics>> say the league",
            "say <<the league has been slow to act on head contact>>.", kind="vague"),
        att("case by case,\" <<said>> Melanie", "said <<Melanie Rourke, a former player agent who now runs a concussion-awareness foundation in Brandon>>.",
            "<<\"Other leagues have moved to automatic minimums for hits to the head. We're still deciding case by case,\">> said",
            kind="person"),
        att("Marchand <<did not respond to an interview request>>", "<<Marchand>> did not respond", None,
            kind="person", denial="no-response"),
        att("Kelsey Ng <<said>> the review", "<<League spokesperson Kelsey Ng>> said",
            "said <<the review of the guidelines is \"ongoing\" and that recommendations will go to the board of governors in the spring>>.",
            kind="person"),
        att("a decision <<is expected>> within", None,
            ["panel and <<a decision>> is expected", "is expected <<within two weeks>>, the league"]),
        att("the league <<said>>. Whitfield", "two weeks, <<the league>> said",
            "<<The appeal will be heard by a three-member panel and a decision is expected within two weeks>>, the league said",
            kind="organization"),
        att("Okafor, <<writing>> that he", "Sunday, <<he>> apologized",
            "writing <<that he \"never meant to hurt anyone.\">>", kind="pronoun", refers="person", channel="post"),
        att("Whitfield <<said>> he would be", "<<Whitfield>> said he would be",
            "said <<he would be \"shocked\" if the suspension were reduced>>.", kind="person"),
    ])

article("red-willow-record", "2025-03-05", "fort-averill-falcons-fire-gm",
    "Falcons fire GM Shaw amid unpaid billets, player-fee questions",
    [
        "The Fort Averill Falcons fired general manager Brent Shaw on Tuesday, less than a week after the Record reported that billet families had gone unpaid for months and that players were being charged fees the league prohibits.",
        "Team president Lorraine Dubé announced the dismissal in a two-line statement that thanked Shaw \"for his years of service\" and gave no reason. Dubé declined an interview request through a team spokesperson.",
        "A person with knowledge of the league's review said the Central Plains Junior Hockey League had been examining the Falcons' finances since January and that the team owed billet families more than $40,000. \"The league told them to fix it or the league would fix it for them,\" the person said.",
        "Three billet families told the Record they had not received their monthly $600 stipend since October. \"We love having the boys, but we were buying groceries for two teenage hockey players out of our own pockets,\" said Joanne Kuzyk, who has hosted Falcons players since 2016.",
        "Another billet mother, who asked not to be named because her family still hosts a player, said Shaw had told her in December that the payments were late \"because of the bank.\"",
        "Two players' agents, who spoke on condition of anonymity because they still represent players on the team, told the Record that Shaw had asked families to pay a $2,500 \"development fee\" before the season, a charge the league's rules forbid for players under 18. \"I have the e-transfer receipts. This wasn't a misunderstanding,\" said one of the agents.",
        "Reached at his home Tuesday evening, Shaw denied taking any fee for himself. \"I'm disappointed, but I'm proud of the team we built here,\" he said. He called the billet complaints \"a cash-flow problem that got blown up by people with an axe to grind.\"",
        "The team's owner, Calgary businessman Ross Lemieux, did not respond to emails and a phone message.",
        "Falcons captain Nate Bergeron said the dressing room was \"trying to stay out of it\" and focus on the playoff race.",
        "Agent Stephen Achterberg, who represents two Falcons players and agreed to speak on the record, said he had raised the fees with the league in October. \"I sent an email to the commissioner's office with copies of the invoices. Nobody got back to me for six weeks,\" he said.",
        "Commissioner Doug Marchand disputed that account, saying the league \"acted as soon as it had documentation\" and had appointed an outside auditor in January.",
        "Sources said the league's board of governors would discuss the Falcons' finances at a meeting on March 12.",
        "Assistant general manager Kyle Regehr will run hockey operations on an interim basis, the team said.",
        "Observers in the league's smaller markets say the Falcons' problems are not unique. Costs for teams in towns of fewer than 10,000 people are \"enormous,\" said Brian Lutz, a former Falcons GM who now scouts for a U.S. college program.",
    ],
    [
        att("the Record <<reported>> that billet", "after <<the Record>> reported",
            "reported <<that billet families had gone unpaid for months and that players were being charged fees the league prohibits>>.",
            kind="self"),
        att("Dubé <<announced>> the dismissal", "<<Team president Lorraine Dubé>> announced",
            "announced <<the dismissal>> in a", kind="person", channel="statement"),
        att("Dubé <<declined an interview request>>", "reason. <<Dubé>> declined", None,
            kind="person", denial="no-comment"),
        att("league's review <<said>> the Central", "<<A person with knowledge of the league's review>> said",
            "said <<the Central Plains Junior Hockey League had been examining the Falcons' finances since January and that the team owed billet families more than $40,000>>.",
            kind="anonymous", spec="vague", reason=False),
        att("for them,\" the person <<said>>.", "for them,\" <<the person>> said.",
            "<<\"The league told them to fix it or the league would fix it for them,\">> the person",
            kind="anonymous", spec="vague", reason=False),
        att("families <<told>> the Record they", "<<Three billet families>> told",
            "the Record <<they had not received their monthly $600 stipend since October>>.", kind="vague"),
        att("pockets,\" <<said>> Joanne", "said <<Joanne Kuzyk>>, who has",
            "<<\"We love having the boys, but we were buying groceries for two teenage hockey players out of our own pockets,\">> said",
            kind="person"),
        att("a player, <<said>> Shaw had told", "<<Another billet mother>>, who asked",
            "said <<Shaw had told her in December that the payments were late \"because of the bank.\">>",
            kind="anonymous", spec="described", reason=True),
        att("Shaw <<had told>> her in December", "said <<Shaw>> had told",
            "in December <<that the payments were late \"because of the bank.\">>", kind="person"),
        att("on the team, <<told>> the Record that Shaw", "<<Two players' agents>>, who spoke",
            "the Record <<that Shaw had asked families to pay a $2,500 \"development fee\" before the season, a charge the league's rules forbid for players under 18>>.",
            kind="anonymous", spec="described", reason=True),
        att("misunderstanding,\" <<said>> one of the agents", "said <<one of the agents>>.",
            "<<\"I have the e-transfer receipts. This wasn't a misunderstanding,\">> said", kind="anonymous",
            spec="described", reason=True),
        att("Shaw <<denied>> taking", "evening, <<Shaw>> denied",
            "denied <<taking any fee for himself>>.", kind="person", denial="denial"),
        att("built here,\" he <<said>>.", "built here,\" <<he>> said.",
            "<<\"I'm disappointed, but I'm proud of the team we built here,\">> he",
            kind="pronoun", refers="person"),
        att("He <<called>> the billet", "<<He>> called the billet",
            "called <<the billet complaints \"a cash-flow problem that got blown up by people with an axe to grind.\">>",
            kind="pronoun", refers="person", denial="dismissal"),
        att("Lemieux, <<did not respond to emails and a phone message>>", "<<The team's owner, Calgary businessman Ross Lemieux>>, did not",
            None, kind="person", denial="no-response"),
        att("Bergeron <<said>> the dressing", "<<Falcons captain Nate Bergeron>> said",
            "said <<the dressing room was \"trying to stay out of it\" and focus on the playoff race>>.", kind="person"),
        att("on the record, <<said>> he had raised", "<<Agent Stephen Achterberg>>, who represents",
            "said <<he had raised the fees with the league in October>>.", kind="person"),
        att("six weeks,\" he <<said>>.", "six weeks,\" <<he>> said.",
            "<<\"I sent an email to the commissioner's office with copies of the invoices. Nobody got back to me for six weeks,\">> he",
            kind="pronoun", refers="person"),
        att("Marchand <<disputed>> that account", "<<Commissioner Doug Marchand>> disputed",
            "disputed <<that account>>, saying", kind="person", denial="denial"),
        att("account, <<saying>> the league", "<<Commissioner Doug Marchand>> disputed",
            "saying <<the league \"acted as soon as it had documentation\" and had appointed an outside auditor in January>>.",
            kind="person", denial="denial"),
        att("Sources <<said>> the league's board", "<<Sources>> said the league's board",
            "said <<the league's board of governors would discuss the Falcons' finances at a meeting on March 12>>.",
            kind="anonymous", spec="vague", reason=False),
        att("the team <<said>>.", "interim basis, <<the team>> said.",
            "<<Assistant general manager Kyle Regehr will run hockey operations on an interim basis>>, the team",
            kind="organization"),
        att("markets <<say>> the Falcons'", "<<Observers in the league's smaller markets>> say",
            "say <<the Falcons' problems are not unique>>.", kind="vague"),
        att("\"enormous,\" <<said>> Brian Lutz", "said <<Brian Lutz, a former Falcons GM who now scouts for a U.S. college program>>.",
            "<<Costs for teams in towns of fewer than 10,000 people are \"enormous,\">> said", kind="person"),
    ])


# -------------------------------------------------------------------------------------------------
# kigali-ledger: Rwandan English-language daily in Kigali (The Kigali Ledger).
# Curly single quotes outside, curly double inside, curly apostrophe; "Rwf" figures; "told The Ledger".
# -------------------------------------------------------------------------------------------------
article("kigali-ledger", "2024-05-08", "nyagatare-dairy-cooperative-funds",
    "Ombudsman probes missing Rwf 312 million at Nyagatare dairy cooperative",
    [
        "The Office of the Ombudsman has launched an investigation into the suspected embezzlement of Rwf 312 million at Duhuze Aborozi Dairy Cooperative in Nyagatare District, after members accused its leaders of selling milk to processors without depositing the proceeds.",
        "Deputy Ombudsman in charge of fighting corruption, Marie Claire Uwase, told The Ledger that investigators had found ‘serious gaps’ in the cooperative’s books for the 2021/22 and 2022/23 financial years. ‘We have asked the leaders to account for every franc. Those who cannot will be handed over to RIB,’ she said. Uwase said the findings would be presented to members before the end of the month.",
        "According to an audit commissioned by the Rwanda Cooperative Agency (RCA) last year, the cooperative sold 2.1 million litres of milk to two processors between July 2021 and June 2023 but recorded sales of only 1.3 million litres. Sources at the RCA said the agency had flagged the gap to the district in March 2023.",
        "The cooperative’s president, Jean Damascène Habimana, denied the allegations. ‘There is no money missing. The difference is milk that went bad when the cooling centre broke down,’ Habimana told The Ledger by phone.",
        "Members rejected that explanation. ‘The cooling centre broke down for two weeks, not two years,’ said Espérance Mukamana, who keeps 11 cows in Rwimiyaga Sector. She said members had not received dividends since 2021.",
        "An official at the district who requested anonymity because he is not allowed to speak to the press said the cooperative’s leaders had ‘strong protectors’ at sector level. ‘Complaints were sent to the sector three times and nothing happened,’ the official said.",
        "Nyagatare District Vice Mayor in charge of economic development Mathias Gasana dismissed the suggestion that sector officials had shielded the cooperative’s leaders, calling it ‘rumours spread by people who lost the cooperative’s last election’. He said the district would help members elect new leaders.",
        "The two processors, Eastern Highlands Dairies and Umutara Fresh Ltd, did not respond to The Ledger’s requests for their purchase records.",
        "RCA Director General Emmanuel Rukundo said about 300 of the country’s cooperatives were under some form of audit follow-up. He added: ‘Cooperatives are the backbone of rural savings. Members must demand accountability at every general assembly.’",
        "Nyagatare is one of the country’s main milk basins, supplying about a fifth of the milk sold to processors, according to figures from the Ministry of Agriculture and Animal Resources.",
        "Members are expected to elect an interim committee at an extraordinary general assembly on Saturday, it is understood.",
        "A farmer who has supplied the cooperative since 2015 said many members had stopped delivering milk and now sell to traders at the roadside. ‘We get cash the same day. With the cooperative, we wait and wait,’ he said.",
    ],
    [
        att("members <<accused>> its leaders", "after <<members>> accused",
            "accused <<its leaders of selling milk to processors without depositing the proceeds>>.", kind="vague"),
        att("Uwase, <<told>> The Ledger", "<<Deputy Ombudsman in charge of fighting corruption, Marie Claire Uwase>>, told",
            "The Ledger <<that investigators had found ‘serious gaps’ in the cooperative’s books for the 2021/22 and 2022/23 financial years>>.",
            kind="person"),
        att("to RIB,’ she <<said>>.", "to RIB,’ <<she>> said.",
            "<<‘We have asked the leaders to account for every franc. Those who cannot will be handed over to RIB,’>> she",
            kind="pronoun", refers="person"),
        att("Uwase <<said>> the findings", "<<Uwase>> said the findings",
            "said <<the findings would be presented to members before the end of the month>>.", kind="person"),
        att("<<According to>> an audit", "According to <<an audit commissioned by the Rwanda Cooperative Agency (RCA) last year>>,",
            "last year, <<the cooperative sold 2.1 million litres of milk to two processors between July 2021 and June 2023 but recorded sales of only 1.3 million litres>>.",
            kind="document"),
        att("Sources at the RCA <<said>>", "<<Sources at the RCA>> said",
            "said <<the agency had flagged the gap to the district in March 2023>>.",
            kind="anonymous", spec="described", reason=False),
        att("Habimana, <<denied>> the allegations", "<<The cooperative’s president, Jean Damascène Habimana>>, denied",
            "denied <<the allegations>>.", kind="person", denial="denial"),
        att("Habimana <<told>> The Ledger by phone", "broke down,’ <<Habimana>> told",
            "<<‘There is no money missing. The difference is milk that went bad when the cooling centre broke down,’>> Habimana",
            kind="person", denial="denial", channel="phone"),
        att("Members <<rejected>> that explanation", "<<Members>> rejected that explanation",
            "rejected <<that explanation>>.", kind="vague"),
        att("two years,’ <<said>> Espérance", "said <<Espérance Mukamana>>, who keeps",
            "<<‘The cooling centre broke down for two weeks, not two years,’>> said", kind="person"),
        att("She <<said>> members had not", "<<She>> said members had not",
            "said <<members had not received dividends since 2021>>.", kind="pronoun", refers="person"),
        att("to the press <<said>> the cooperative’s", "<<An official at the district who requested anonymity because he is not allowed to speak to the press>> said",
            "press said <<the cooperative’s leaders had ‘strong protectors’ at sector level>>.",
            kind="anonymous", spec="described", reason=True),
        att("the official <<said>>.", "nothing happened,’ <<the official>> said.",
            "<<‘Complaints were sent to the sector three times and nothing happened,’>> the official",
            kind="anonymous", spec="described", reason=True),
        att("Gasana <<dismissed>> the suggestion", "<<Nyagatare District Vice Mayor in charge of economic development Mathias Gasana>> dismissed",
            "dismissed <<the suggestion that sector officials had shielded the cooperative’s leaders>>, calling",
            kind="person", denial="dismissal"),
        att("dismissed the <<suggestion>> that sector", None,
            "suggestion <<that sector officials had shielded the cooperative’s leaders>>, calling"),
        att("leaders, <<calling>> it", "<<Nyagatare District Vice Mayor in charge of economic development Mathias Gasana>> dismissed",
            "calling <<it ‘rumours spread by people who lost the cooperative’s last election’>>.",
            kind="person", denial="dismissal"),
        att("He <<said>> the district would help", "<<He>> said the district would help",
            "said <<the district would help members elect new leaders>>.", kind="pronoun", refers="person"),
        att("Ltd, <<did not respond to>> The Ledger’s requests", "<<The two processors, Eastern Highlands Dairies and Umutara Fresh Ltd>>, did not",
            None, kind="organization", denial="no-response"),
        att("Rukundo <<said>> about 300", "<<RCA Director General Emmanuel Rukundo>> said",
            "said <<about 300 of the country’s cooperatives were under some form of audit follow-up>>.", kind="person"),
        att("He <<added>>: ‘Cooperatives", "<<He>> added: ‘Cooperatives",
            "added: <<‘Cooperatives are the backbone of rural savings. Members must demand accountability at every general assembly.’>>",
            kind="pronoun", refers="person"),
        att("processors, <<according to>> figures", "according to <<figures from the Ministry of Agriculture and Animal Resources>>.",
            "<<Nyagatare is one of the country’s main milk basins, supplying about a fifth of the milk sold to processors>>, according",
            kind="document"),
        att("Members <<are expected>> to elect", None,
            ["<<Members>> are expected", "are expected <<to elect an interim committee at an extraordinary general assembly on Saturday>>, it is"]),
        att("Saturday, <<it is understood>>.", None,
            "<<Members are expected to elect an interim committee at an extraordinary general assembly on Saturday>>, it is understood"),
        att("since 2015 <<said>> many members", "<<A farmer who has supplied the cooperative since 2015>> said",
            "2015 said <<many members had stopped delivering milk and now sell to traders at the roadside>>.", kind="vague"),
        att("wait and wait,’ he <<said>>.", "wait and wait,’ <<he>> said.",
            "<<‘We get cash the same day. With the cooperative, we wait and wait,’>> he", kind="pronoun", refers="vague"),
    ])

article("kigali-ledger", "2024-08-21", "musanze-feeder-roads-audit",
    "Auditor General flags Rwf 1.4bn in unfinished Musanze feeder roads",
    [
        "The Office of the Auditor General has flagged Rwf 1.4 billion spent on feeder roads in Musanze District that were either never completed or washed away within a year of handover, according to its latest annual report.",
        "The report, presented to Parliament on Monday, says five of the nine road contracts signed by the district between 2020 and 2022 were paid in full although physical progress was below 70 per cent. Auditor General Alexis Kamanzi told lawmakers that ‘payments ran far ahead of the work’. He said the number of districts receiving clean audit opinions had nonetheless risen for a third consecutive year.",
        "One contractor, Bugarura Construction Ltd, received Rwf 386 million for a 14-kilometre road in Kinigi Sector of which only six kilometres were built, the report shows.",
        "Musanze District Mayor Claudine Ramba told The Ledger the district had ‘taken note’ of the findings and had already recovered Rwf 120 million from two contractors. She said heavy rains in 2023 had destroyed sections of road ‘that were built to standard’.",
        "But an engineer at the district’s infrastructure unit, who spoke on condition of anonymity, said supervision reports had been signed ‘without anyone going to the site’. ‘We were asked to sign, and we signed,’ the engineer said.",
        "Bugarura Construction’s managing director, Théogène Nsengiyumva, rejected the audit’s findings. ‘We built what we were paid for. The remaining kilometres were removed from the contract by an amendment,’ he said. He declined to share a copy of the amendment.",
        "The district’s procurement records do not mention any amendment, according to an official who requested anonymity.",
        "‘Every year we hear the same story from the same districts,’ said Hon. Juvénal Mukiza, who chairs Parliament’s Public Accounts Committee (PAC). Members of the committee asked why contractors had been paid before completion certificates were issued.",
        "Residents of Kinigi say the unfinished road has cut them off from the potato collection centre during the rainy season. ‘Traders now pay us Rwf 150 per kilo instead of Rwf 250 because they say the road is too bad to come here,’ said Félicien Ndayisaba, a potato farmer.",
        "Civil society groups have long argued that districts lack qualified engineers to supervise contracts. ‘The problem is capacity, not only integrity,’ said Agathe Uwamahoro, executive director of Citizen Budget Watch, a Kigali-based NGO.",
        "The Ministry of Infrastructure said in a statement that it had asked all districts to ‘strengthen supervision’ and that new guidelines on feeder-road contracts would be issued before the end of the year.",
        "The Rwanda Investigation Bureau (RIB) is reportedly examining three of the contracts. RIB spokesperson Aimable Ngarambe said the bureau ‘does not comment on ongoing investigations’. A lawyer for Bugarura Construction did not respond to a request for comment.",
    ],
    [
        att("handover, <<according to>> its latest", "according to <<its latest annual report>>.",
            "<<The Office of the Auditor General has flagged Rwf 1.4 billion spent on feeder roads in Musanze District that were either never completed or washed away within a year of handover>>, according",
            kind="document"),
        att("Monday, <<says>> five of", "<<The report>>, presented",
            "says <<five of the nine road contracts signed by the district between 2020 and 2022 were paid in full although physical progress was below 70 per cent>>.",
            kind="document"),
        att("Kamanzi <<told>> lawmakers", "<<Auditor General Alexis Kamanzi>> told",
            "lawmakers <<that ‘payments ran far ahead of the work’>>.", kind="person"),
        att("He <<said>> the number of districts", "<<He>> said the number of districts",
            "said <<the number of districts receiving clean audit opinions had nonetheless risen for a third consecutive year>>.",
            kind="pronoun", refers="person"),
        att("the report <<shows>>.", "were built, <<the report>> shows.",
            "<<One contractor, Bugarura Construction Ltd, received Rwf 386 million for a 14-kilometre road in Kinigi Sector of which only six kilometres were built>>, the report",
            kind="document"),
        att("Ramba <<told>> The Ledger the district", "<<Musanze District Mayor Claudine Ramba>> told",
            "The Ledger <<the district had ‘taken note’ of the findings and had already recovered Rwf 120 million from two contractors>>.",
            kind="person"),
        att("She <<said>> heavy rains", "<<She>> said heavy rains",
            "said <<heavy rains in 2023 had destroyed sections of road ‘that were built to standard’>>.",
            kind="pronoun", refers="person", denial="denial"),
        att("anonymity, <<said>> supervision", "But <<an engineer at the district’s infrastructure unit>>, who spoke",
            "said <<supervision reports had been signed ‘without anyone going to the site’>>.",
            kind="anonymous", spec="described", reason=False),
        att("the engineer <<said>>.", "we signed,’ <<the engineer>> said.",
            "<<‘We were asked to sign, and we signed,’>> the engineer", kind="anonymous", spec="described", reason=False),
        att("Nsengiyumva, <<rejected>> the audit’s", "<<Bugarura Construction’s managing director, Théogène Nsengiyumva>>, rejected",
            "rejected <<the audit’s findings>>.", kind="person", denial="denial"),
        att("amendment,’ he <<said>>.", "amendment,’ <<he>> said.",
            "<<‘We built what we were paid for. The remaining kilometres were removed from the contract by an amendment,’>> he",
            kind="pronoun", refers="person", denial="denial"),
        att("He <<declined to share>> a copy", "<<He>> declined to share", None,
            kind="pronoun", refers="person", denial="no-comment"),
        att("amendment, <<according to>> an official", "according to <<an official who requested anonymity>>.",
            "<<The district’s procurement records do not mention any amendment>>, according",
            kind="anonymous", spec="vague", reason=False),
        att("districts,’ <<said>> Hon.", "said <<Hon. Juvénal Mukiza>>, who chairs",
            "<<‘Every year we hear the same story from the same districts,’>> said", kind="person"),
        att("Kinigi <<say>> the unfinished", "<<Residents of Kinigi>> say",
            "say <<the unfinished road has cut them off from the potato collection centre during the rainy season>>.",
            kind="vague"),
        att("because they <<say>> the road", "because <<they>> say the road",
            "they say <<the road is too bad to come here>>", kind="pronoun", refers="vague"),
        att("come here,’ <<said>> Félicien", "said <<Félicien Ndayisaba, a potato farmer>>.",
            "<<‘Traders now pay us Rwf 150 per kilo instead of Rwf 250 because they say the road is too bad to come here,’>> said",
            kind="person"),
        att("groups <<have long argued>> that", "<<Civil society groups>> have long argued",
            "argued <<that districts lack qualified engineers to supervise contracts>>.", kind="vague"),
        att("integrity,’ <<said>> Agathe", "said <<Agathe Uwamahoro, executive director of Citizen Budget Watch, a Kigali-based NGO>>.",
            "<<‘The problem is capacity, not only integrity,’>> said", kind="person"),
        att("Infrastructure <<said>> in a statement", "<<The Ministry of Infrastructure>> said",
            "statement <<that it had asked all districts to ‘strengthen supervision’ and that new guidelines on feeder-road contracts would be issued before the end of the year>>.",
            kind="organization", channel="statement"),
        att("(RIB) <<is reportedly>> examining", None,
            ["<<The Rwanda Investigation Bureau (RIB)>> is reportedly", "is reportedly <<examining three of the contracts>>."]),
        att("Ngarambe <<said>> the bureau", "<<RIB spokesperson Aimable Ngarambe>> said",
            "said <<the bureau ‘does not comment on ongoing investigations’>>.", kind="person", denial="no-comment"),
        att("Construction <<did not respond to a request for comment>>", "<<A lawyer for Bugarura Construction>> did not",
            None, kind="organization", denial="no-response"),
    ])

article("kigali-ledger", "2024-11-13", "rusizi-expropriation-compensation",
    "Rusizi families still waiting for expropriation payments three years on",
    [
        "More than 140 households in Rusizi District whose land was expropriated for a cross-border market in 2021 have still not been compensated, residents told a delegation from the Office of the Ombudsman on Tuesday.",
        "The households are owed a combined Rwf 893 million, according to a valuation report approved by the district council in 2022, a copy of which The Ledger has seen.",
        "‘They took our land, demolished our houses and told us the money would come in three months. That was 2021,’ said Jeanne Nyiraneza, a mother of five who now rents a room in Kamembe town.",
        "Deputy Ombudsman Innocent Karemera told residents that the district had been given ‘until the end of the month’ to present a payment plan. ‘Expropriation without fair and prior compensation is against the law,’ he said. Karemera said his office would return to Rusizi in January to check on progress.",
        "Rusizi District Mayor Christine Mukeshimana said the delay was caused by a shortfall in the national budget line for the market project, not by the district. ‘We know families are suffering, and we follow up with the ministry every week,’ she told The Ledger.",
        "A source at the Ministry of Trade and Industry, which is funding the market, disputed the mayor’s account. The source, who asked not to be named because he is not authorised to speak for the ministry, said the district had twice submitted incomplete files and that the latest list still contained ‘names of people who do not appear in the valuation report’. The source added that the ministry had released Rwf 300 million to the district in June, a claim the mayor’s office denied.",
        "An official at the district who requested anonymity said the mayor had been summoned to Kigali last week to explain the delays.",
        "Residents also accuse the valuation company, Kivu Estates Consultants, of undervaluing banana plantations and fishponds. The company’s managing director, Olivier Rwigamba, said it had followed ‘the official rates set by the Institute of Real Property Valuers’.",
        "Land rights advocates say delayed compensation is one of the most frequent grievances in districts with large public works, and that families often fall into debt while they wait.",
        "The market opened in March, but traders say fewer than half of its 400 stalls are occupied.",
        "The district council’s chairperson, Damien Habyarimana, declined to discuss the matter, referring questions to the mayor.",
        "The Ledger has learned that the Ombudsman’s office has received at least 60 written complaints about the project since 2022. Expropriation disputes are among the most common complaints the office receives, according to its 2023 annual report.",
        "‘We are not asking for charity. We are asking for our rights under the law,’ said Emmanuel Bizimungu, who represents the affected households. He said residents would petition Parliament if they were not paid by December.",
    ],
    [
        att("residents <<told>> a delegation", "compensated, <<residents>> told",
            "<<More than 140 households in Rusizi District whose land was expropriated for a cross-border market in 2021 have still not been compensated>>, residents",
            kind="vague"),
        att("million, <<according to>> a valuation", "according to <<a valuation report approved by the district council in 2022>>, a copy",
            "<<The households are owed a combined Rwf 893 million>>, according", kind="document"),
        att("houses and <<told>> us the money", "‘<<They>> took our land",
            "told us <<the money would come in three months>>.", kind="pronoun", refers="organization"),
        att("That was 2021,’ <<said>> Jeanne", "said <<Jeanne Nyiraneza, a mother of five who now rents a room in Kamembe town>>.",
            "<<‘They took our land, demolished our houses and told us the money would come in three months. That was 2021,’>> said",
            kind="person"),
        att("Karemera <<told>> residents", "<<Deputy Ombudsman Innocent Karemera>> told",
            "residents <<that the district had been given ‘until the end of the month’ to present a payment plan>>.",
            kind="person"),
        att("against the law,’ he <<said>>.", "against the law,’ <<he>> said.",
            "<<‘Expropriation without fair and prior compensation is against the law,’>> he", kind="pronoun", refers="person"),
        att("Karemera <<said>> his office", "<<Karemera>> said his office",
            "said <<his office would return to Rusizi in January to check on progress>>.", kind="person"),
        att("Mukeshimana <<said>> the delay", "<<Rusizi District Mayor Christine Mukeshimana>> said",
            "said <<the delay was caused by a shortfall in the national budget line for the market project, not by the district>>.",
            kind="person", denial="denial"),
        att("she <<told>> The Ledger.", "every week,’ <<she>> told",
            "<<‘We know families are suffering, and we follow up with the ministry every week,’>> she",
            kind="pronoun", refers="person"),
        att("market, <<disputed>> the mayor’s", "<<A source at the Ministry of Trade and Industry>>, which",
            "disputed <<the mayor’s account>>.", kind="anonymous", spec="described", reason=True, denial="denial"),
        att("ministry, <<said>> the district had twice", "<<The source>>, who asked",
            "said <<the district had twice submitted incomplete files and that the latest list still contained ‘names of people who do not appear in the valuation report’>>.",
            kind="anonymous", spec="described", reason=True),
        att("The source <<added>> that", "<<The source>> added",
            "added <<that the ministry had released Rwf 300 million to the district in June>>,",
            kind="anonymous", spec="described", reason=True),
        att("office <<denied>>.", "a claim <<the mayor’s office>> denied",
            "June, <<a claim>> the mayor’s", kind="organization", denial="denial"),
        att("requested anonymity <<said>> the mayor", "<<An official at the district who requested anonymity>> said",
            "anonymity said <<the mayor had been summoned to Kigali last week to explain the delays>>.",
            kind="anonymous", spec="described", reason=False),
        att("Residents also <<accuse>> the valuation", "<<Residents>> also accuse",
            "accuse <<the valuation company, Kivu Estates Consultants, of undervaluing banana plantations and fishponds>>.",
            kind="vague"),
        att("Rwigamba, <<said>> it had followed", "<<The company’s managing director, Olivier Rwigamba>>, said",
            "said <<it had followed ‘the official rates set by the Institute of Real Property Valuers’>>.",
            kind="person", denial="denial"),
        att("advocates <<say>> delayed", "<<Land rights advocates>> say",
            "say <<delayed compensation is one of the most frequent grievances in districts with large public works, and that families often fall into debt while they wait>>.",
            kind="vague"),
        att("traders <<say>> fewer", "but <<traders>> say fewer",
            "say <<fewer than half of its 400 stalls are occupied>>.", kind="vague"),
        att("Habyarimana, <<declined to discuss>> the matter", "<<The district council’s chairperson, Damien Habyarimana>>, declined",
            None, kind="person", denial="no-comment"),
        att("The Ledger <<has learned>> that the Ombudsman’s", "<<The Ledger>> has learned that",
            "has learned <<that the Ombudsman’s office has received at least 60 written complaints about the project since 2022>>.",
            kind="self"),
        att("receives, <<according to>> its 2023", "according to <<its 2023 annual report>>.",
            "<<Expropriation disputes are among the most common complaints the office receives>>, according",
            kind="document"),
        att("under the law,’ <<said>> Emmanuel", "said <<Emmanuel Bizimungu>>, who represents",
            "<<‘We are not asking for charity. We are asking for our rights under the law,’>> said", kind="person"),
        att("He <<said>> residents would", "<<He>> said residents would",
            "said <<residents would petition Parliament if they were not paid by December>>.", kind="pronoun", refers="person"),
    ])

# =================================================================================================
if __name__ == "__main__":
    try:
        build()
        if "--jsonl" in sys.argv:
            export_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
    except BuildError as e:
        sys.exit(f"build.py: {e}")
