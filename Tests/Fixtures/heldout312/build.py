#!/usr/bin/env python3
"""Generator for the heldout312 fixture: fictional, hand-annotated news articles, in parts/*.py.

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
        "masindi-bunyoro-english-monitor": "straight",
        "oamaru-waitaki-herald": "curly-double",
        "siem-reap-angkor-english-bulletin": "curly-double",
        "cody-park-county-enterprise-weekly": "straight",
        "mpika-muchinga-english-times": "curly-single",
        "brodick-arran-island-gazette": "curly-single",
    },
)
