#!/usr/bin/env python3
"""Copies the summary lines and the anonymous-source table of Reports/demo.md into the
README's excerpt, so the README shows what the README's command writes today."""
import re, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
report = (root / "Reports/demo.md").read_text()
readme = (root / "README.md").read_text()
summary = [l for l in report.splitlines() if l.startswith("- **") and "of articles**" in l]
anon = report.split("## Anonymous sources", 1)[1].split("## ", 1)[0]
rows = [l for l in anon.splitlines() if l.startswith("|") and "All outlets" not in l]
excerpt = "\n".join(["> " + summary[0], ">"] + ["> " + r.replace("](demo/", "](Reports/demo/") for r in rows])
start = readme.index("An excerpt of [`Reports/demo.md`](Reports/demo.md):\n\n") + len("An excerpt of [`Reports/demo.md`](Reports/demo.md):\n\n")
end = readme.index("\n\nThe report has a summary")
(root / "README.md").write_text(readme[:start] + excerpt + readme[end:])
