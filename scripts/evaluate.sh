#!/usr/bin/env bash
# Measures onrecord's accuracy with the scorers in ../shared/eval:
#   attributions on PolNeAR (dev by default; pass "train" for the train split), or on the
#   project's own annotated articles ("heldout" to "heldout315": Tests/Fixtures/heldout*, see their
#   README and the main README's "Accuracy"),
#   main text on the AEB pages.
# Usage: scripts/evaluate.sh [dev|train|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23|heldout24|heldout25|heldout26|heldout27|heldout28|heldout29|heldout30|heldout31|heldout32|heldout33|heldout34|heldout35|heldout36|heldout37|heldout38|heldout39|heldout40|heldout41|heldout42|heldout43|heldout44|heldout45|heldout46|heldout47|heldout48|heldout49|heldout50|heldout51|heldout52|heldout53|heldout54|heldout55|heldout56|heldout57|heldout58|heldout59|heldout60|heldout61|heldout62|heldout63|heldout64|heldout65|heldout66|heldout67|heldout68|heldout69|heldout70|heldout71|heldout72|heldout73|heldout74|heldout75|heldout76|heldout77|heldout78|heldout79|heldout80|heldout81|heldout82|heldout83|heldout84|heldout85|heldout86|heldout87|heldout88|heldout89|heldout90|heldout91|heldout92|heldout93|heldout94|heldout95|heldout96|heldout97|heldout98|heldout99|heldout100|heldout101|heldout102|heldout103|heldout104|heldout105|heldout106|heldout107|heldout108|heldout109|heldout110|heldout111|heldout112|heldout113|heldout114|heldout115|heldout116|heldout117|heldout118|heldout119|heldout120|heldout121|heldout122|heldout123|heldout124|heldout125|heldout126|heldout127|heldout128|heldout129|heldout130|heldout131|heldout132|heldout133|heldout134|heldout135|heldout136|heldout137|heldout138|heldout139|heldout140|heldout141|heldout142|heldout143|heldout144|heldout145|heldout146|heldout147|heldout148|heldout149|heldout150|heldout151|heldout152|heldout153|heldout154|heldout155|heldout156|heldout157|heldout158|heldout159|heldout160|heldout161|heldout162|heldout163|heldout164|heldout165|heldout166|heldout167|heldout168|heldout169|heldout170|heldout171|heldout172|heldout173|heldout174|heldout175|heldout176|heldout177|heldout178|heldout179|heldout180|heldout181|heldout182|heldout183|heldout184|heldout185|heldout186|heldout187|heldout188|heldout189|heldout190|heldout191|heldout192|heldout193|heldout194|heldout195|heldout196|heldout197|heldout198|heldout199|heldout200|heldout201|heldout202|heldout203|heldout204|heldout205|heldout206|heldout207|heldout208|heldout209|heldout210|heldout211|heldout212|heldout213|heldout214|heldout215|heldout216|heldout217|heldout218|heldout219|heldout220|heldout221|heldout222|heldout223|heldout224|heldout225|heldout226|heldout227|heldout228|heldout229|heldout230|heldout231|heldout232|heldout233|heldout234|heldout235|heldout236|heldout237|heldout238|heldout239|heldout240|heldout241|heldout242|heldout243|heldout244|heldout245|heldout246|heldout247|heldout248|heldout249|heldout250|heldout251|heldout252|heldout253|heldout254|heldout255|heldout256|heldout257|heldout258|heldout259|heldout260|heldout261|heldout262|heldout263|heldout264|heldout265|heldout266|heldout267|heldout268|heldout269|heldout270|heldout271|heldout272|heldout273|heldout274|heldout275|heldout276|heldout277|heldout278|heldout279|heldout280|heldout281|heldout282|heldout283|heldout284|heldout285|heldout286|heldout287|heldout288|heldout289|heldout290|heldout291|heldout292|heldout293|heldout294|heldout295|heldout296|heldout297|heldout298|heldout299|heldout300|heldout301|heldout302|heldout303|heldout304|heldout305|heldout306|heldout307|heldout308|heldout309|heldout310|heldout311|heldout312|heldout313|heldout314|heldout315] [--json]
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

set_dir=$shared/polnear/$split
labels=()
[ "$split" = dev ] && labels=(--labels "$shared/polnear/dev-labels.json")
if [[ "$split" == heldout* ]]; then
  set_dir=Tests/Fixtures/$split
  labels=(--labels "$set_dir/labels.json")
fi
# Files are named OUTLET_DATE_SLUG.txt; the outlet matters for self-references.
for outlet in $(ls "$set_dir/text" | sed 's/_.*//' | sort -u); do
  "$bin" extract ${EXTRACT_FLAGS:-} --outlet "$outlet" "$set_dir/text/${outlet}_"*.txt >> "$out/polnear.jsonl"
done
echo "== attributions: $set_dir"
python3 "$shared/eval/score_attributions.py" --pred "$out/polnear.jsonl" --gold "$set_dir/attributions" \
  --texts "$set_dir/text" "${labels[@]}" "${@:2}"

echo "== main text: html/aeb"
"$bin" extract --include-text "$shared/html/aeb" > "$out/aeb.jsonl"
python3 "$shared/eval/score_maintext.py" --pred "$out/aeb.jsonl" --truth "$shared/html/aeb/ground-truth.json" "${@:2}"
