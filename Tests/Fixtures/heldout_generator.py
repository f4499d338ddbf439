"""The generator every held-out set from heldout48 on shares, except heldout56 (which keeps its own
generator inline in its build.py, with another span notation): each set's build.py calls main().

Every article, person, organisation, outlet, place and figure in the sets is invented.
Each article is stored as its text plus a list of attribution records. A record locates its
source, cue and content spans by *context*: a string that occurs exactly once in the article
text, with the span itself marked by [[...]]. Content may be a list of contexts (a
discontinuous span, written with ';' in brat). Offsets are computed here, never by hand.

The articles live in the set's parts/*.py (one or more article(...) calls per file), read in
file-name order. `python3 build.py` (re)writes text/, attributions/ and labels.json beside it and
checks every span against the text. `python3 build.py --check a` only checks the parts whose file
names start with "a" and writes nothing; `--jsonl FILE` also writes the gold as predictions (FILE
must lie outside the set's folder); `--stats` also prints per-outlet totals and label breakdowns.
A set whose build.py passes house_styles= to main() also has every title and paragraph checked
against its outlet's quote marks (see check_quotes).
"""
import json, os, re, sys, collections

# Set by main(): the set's folder, its name, its annotation files' suffix ("_a" and the set's
# number in three digits) and its outlets' house quote styles (None: quote marks are not checked).
HERE = SET = ANN_SUFFIX = STYLES = None
ARTICLES = []
KINDS = {"person", "organization", "outlet", "self", "document", "anonymous", "vague", "pronoun", "none"}
REFERENTS = {"person", "organization", "outlet", "self", "document", "anonymous", "vague", "unclear"}
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


def check_quotes(outlet, line, where):
    """Stop on quote marks outside the outlet's house style (only for a set that has STYLES).
    "straight": straight double quotes, straight apostrophes, no curly marks at all.
    "curly-single": ‘ ’ as the main quote marks, “ ” only inside them, ’ as apostrophe, no straight marks.
    "curly-double": “ ” as the main quote marks, ‘ ’ only inside them, ’ as apostrophe, no straight marks."""
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
    if style not in ("curly-single", "curly-double"):
        sys.exit(f"{where}: unknown house style {style!r}")
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


def build(write=True, stats=False):
    labels = {"taxonomy": "TAXONOMY.md v1.1", "annotatorFiles": {}, "articles": {}}
    os.makedirs(os.path.join(HERE, "text"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "attributions"), exist_ok=True)
    totals = collections.Counter()
    per_outlet = collections.defaultdict(collections.Counter)
    breakdown = collections.defaultdict(collections.Counter)
    for art in ARTICLES:
        base = f"{art['outlet']}_{art['date']}_{art['slug']}"
        if base + ".txt" in labels["articles"]:
            sys.exit(f"{base}: duplicate article")
        assert "_" not in art["outlet"] and re.fullmatch(r"[a-z0-9-]+", art["outlet"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["date"]) and re.fullmatch(r"[a-z0-9-]+", art["slug"])
        assert art["title"] == art["title"].strip() and "\n" not in art["title"]
        text = art["title"] + "\n\n" + "\n\n".join(art["paragraphs"]) + "\n"
        for p in art["paragraphs"]:
            assert p == p.strip() and "\n" not in p and p, p[:40]
        if STYLES is not None:
            check_quotes(art["outlet"], art["title"], base + " title")
            for n, p in enumerate(art["paragraphs"], 1):
                check_quotes(art["outlet"], p, f"{base} paragraph {n}")
        if write:
            with open(os.path.join(HERE, "text", base + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        ann, items, tn = [], [], 0
        seen_cues = []
        # number the attributions in text order of their cues
        ordered = sorted(art["attrs"], key=lambda r: locate(text, r["cue"], base + " cue")[0])
        for en, r in enumerate(ordered, 1):
            where = f"{base} E{en}"
            cue = locate(text, r["cue"], where + " cue")
            if any(cue[0] < b and a < cue[1] for a, b in seen_cues):
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
            if kind not in KINDS:
                sys.exit(f"{where}: bad kind {kind!r}")
            if (kind == "none") != (src is None):
                sys.exit(f"{where}: kind none iff no source")
            anon = r["anon"] if r["anon"] is not None else (
                kind == "anonymous" or (kind == "pronoun" and r["res"] == "anonymous"))
            if kind == "anonymous" and not anon:
                sys.exit(f"{where}: anonymous kind must be anonymous")
            if anon and kind not in ("anonymous", "pronoun"):
                sys.exit(f"{where}: only anonymous sources and pronouns referring to one are anonymous")
            if kind == "pronoun" and r["res"] not in REFERENTS:
                sys.exit(f"{where}: pronoun needs resolvesTo in {sorted(REFERENTS)}")
            if kind != "pronoun" and r["res"] is not None:
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
            if not stats:
                continue
            breakdown["kind"][kind] += 1
            if kind == "pronoun":
                breakdown["pronoun_ref"][r["res"]] += 1
            if kind == "none":
                breakdown["sourceless"][text[cue[0]:cue[1]]] += 1
            if r["channel"]:
                breakdown["channel"][r["channel"]] += 1
            if r["denial"]:
                breakdown["denial"][r["denial"]] += 1
            if anon:
                breakdown["anon_spec"][r["spec"]] += 1
                breakdown["anon_reason"][r["reason"]] += 1
        if write:
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
        if not stats:
            print(f"{base}: {words} words, {len(items)} attributions, {anonn} anonymous, {sum(den.values())} denials")
            totals.update(articles=1, attributions=len(items), anonymous=anonn, denials=sum(den.values()))
            continue
        # --stats: the fuller lines and breakdowns a set's README may quote
        sourced = sum(1 for i in items if i["source"])
        dens = ", ".join(f"{k} {v}" for k, v in summary["denials"].items() if v)
        print(f"{base}: {words} words, {len(items)} attributions ({sourced} with source), {anonn} anonymous, "
              f"{sum(den.values())} denials ({dens})")
        row = dict(articles=1, words=words, attributions=len(items), anonymous=anonn,
                   denials=sum(den.values()), anon_articles=int(anonn > 0), with_source=sourced)
        totals.update(row)
        per_outlet[art["outlet"]].update(row)
    if write:
        produced = set(labels["annotatorFiles"]) | set(labels["annotatorFiles"].values())
        for sub in ("text", "attributions"):
            for name in os.listdir(os.path.join(HERE, sub)):
                if name not in produced:
                    os.remove(os.path.join(HERE, sub, name))
                    print("removed stale", sub + "/" + name)
        with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for outlet, row in per_outlet.items():
        print(f"  {outlet}: {dict(row)}")
    print(dict(totals))
    for key, counter in breakdown.items():
        print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))


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
            out.write(json.dumps({"path": SET + "/text/" + art, "outlet": lab["outlet"], "title": lab["title"],
                                  "attributions": atts}, ensure_ascii=False) + "\n")
    print("wrote", dest)


def load_parts(prefix=""):
    folder = os.path.join(HERE, "parts")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py") and name.startswith(prefix):
            path = os.path.join(folder, name)
            exec(compile(open(path, encoding="utf-8").read(), path, "exec"), globals())


def main(build_file, house_styles=None):
    """Builds or checks the set whose build.py is `build_file`, as its command line asks.
    house_styles maps each of the set's outlets to "straight", "curly-single" or "curly-double";
    without it the quote marks are not checked."""
    global HERE, SET, ANN_SUFFIX, STYLES
    HERE = os.path.dirname(os.path.abspath(build_file))
    SET = os.path.basename(HERE)
    ANN_SUFFIX = "_a" + SET[len("heldout"):].zfill(3)
    STYLES = house_styles
    stats = "--stats" in sys.argv
    if "--check" in sys.argv:
        load_parts(sys.argv[sys.argv.index("--check") + 1])
        build(write=False, stats=stats)
        sys.exit(0)
    load_parts()
    build(stats=stats)
    # python3 build.py --jsonl /tmp/gold.jsonl  also writes the gold as predictions (keep it outside the set's folder)
    if "--jsonl" in sys.argv:
        gold_to_jsonl(sys.argv[sys.argv.index("--jsonl") + 1])
