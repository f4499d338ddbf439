#!/usr/bin/env python3
"""Generator for the heldout313 fixture: fictional, hand-annotated news articles, in parts/*.py.

The generator itself is shared by every set from heldout59 on (../heldout_generator.py says how an
article and its attributions are written). `python3 build.py` (re)writes text/, attributions/ and
labels.json beside it; `--check PREFIX` only checks the parts whose file names start with PREFIX;
`--jsonl FILE` also writes the gold as predictions.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_generator  # noqa: E402

heldout_generator.main(
    __file__,
    house_styles={
        "bolgatanga-upper-east-english-guardian": "straight",
        "mildura-sunraysia-river-news": "curly-single",
        "cafayate-calchaqui-english-observer": "curly-double",
        "houlton-aroostook-county-pioneer": "straight",
        "kilifi-creek-english-tide": "curly-double",
        "listowel-north-kerry-voice": "curly-single",
    },
)
