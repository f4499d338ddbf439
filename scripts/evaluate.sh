#!/usr/bin/env bash
# Measures onrecord's accuracy with the scorers in ../shared/eval:
#   attributions on PolNeAR (dev by default; pass "train" for the train split),
#   main text on the AEB pages.
# Usage: scripts/evaluate.sh [dev|train] [--json]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
split=${1:-dev}
build=${BUILD:-release}
flags=()
[ "$build" = release ] && flags=(--static-swift-stdlib)  # as the README builds it: one shared build
swift build -c "$build" "${flags[@]}" --product onrecord >/dev/null
bin=.build/$build/onrecord
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# PolNeAR files are named OUTLET_DATE_SLUG.txt; the outlet matters for self-references.
for outlet in $(ls "$shared/polnear/$split/text" | sed 's/_.*//' | sort -u); do
  "$bin" extract ${EXTRACT_FLAGS:-} --outlet "$outlet" "$shared/polnear/$split/text/${outlet}_"*.txt >> "$out/polnear.jsonl"
done
labels=()
[ "$split" = dev ] && labels=(--labels "$shared/polnear/dev-labels.json")
echo "== attributions: polnear/$split"
python3 "$shared/eval/score_attributions.py" --pred "$out/polnear.jsonl" --gold "$shared/polnear/$split/attributions" "${labels[@]}" "${@:2}"

echo "== main text: html/aeb"
"$bin" extract --include-text "$shared/html/aeb" > "$out/aeb.jsonl"
python3 "$shared/eval/score_maintext.py" --pred "$out/aeb.jsonl" --truth "$shared/html/aeb/ground-truth.json" "${@:2}"
