#!/usr/bin/env python3
"""Compares onrecord's page metadata with ../shared/html/readability's expected-metadata.json.

Usage: scripts/evaluate-metadata.py [ONRECORD_BINARY]
Prints, for title, byline, site name and published time, how many pages agree (after folding case
and white space) among the pages where the expected value is stated.
"""
import json, os, subprocess, sys, unicodedata

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
shared = os.path.join(root, "..", "shared", "html", "readability")
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "release", "onrecord")


def fold(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return " ".join(s.replace("\u2019", "'").split())


def same(expected, got):
    e, g = fold(expected), fold(got)
    return bool(e) and (e == g or (len(e) > 8 and (e in g or g in e)))


def same_date(expected, got):
    return bool(got) and fold(expected)[:10] == fold(got)[:10]


names = sorted(n for n in os.listdir(shared) if os.path.exists(os.path.join(shared, n, "source.html")))
paths = [os.path.join(shared, n, "source.html") for n in names]
out = subprocess.run([binary, "extract", *paths], capture_output=True, text=True, check=True).stdout
got = {}
for line in out.splitlines():
    d = json.loads(line)
    got[os.path.basename(os.path.dirname(d["path"]))] = d
fields = [("title", "title", same), ("byline", "author", same), ("siteName", "siteName", same), ("publishedTime", "published", same_date)]
for exp_key, got_key, cmp in fields:
    n = ok = 0
    misses = []
    for name in names:
        expected = json.load(open(os.path.join(shared, name, "expected-metadata.json"))).get(exp_key)
        if not expected:
            continue
        n += 1
        value = got.get(name, {}).get(got_key)
        if cmp(expected, value):
            ok += 1
        else:
            misses.append((name, expected, value))
    print(f"{exp_key:14s} {ok}/{n} = {ok / n:.1%}" if n else f"{exp_key}: none expected")
    if "-v" in sys.argv:
        for m in misses[:15]:
            print("   ", m)
