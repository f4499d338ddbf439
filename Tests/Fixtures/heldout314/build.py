#!/usr/bin/env python3
"""Generator for the heldout314 fixture: fictional, hand-annotated news articles, in parts/*.py.

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
        "musoma-mara-english-sun": "straight",
        "dubbo-central-west-plains-times": "curly-double",
        "tubod-lanao-del-norte-english-sentinel": "curly-double",
        "ely-white-pine-county-record": "straight",
        "samfya-bangweulu-english-post": "curly-single",
        "tain-easter-ross-english-gazette": "curly-single",
    },
)
