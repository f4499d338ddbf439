#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/) with AddressSanitizer and runs it.
# Usage: scripts/fuzz.sh [SECONDS] [extra libFuzzer flags]
# Crashes are written to Fuzz/Crashes/; keep each one as a regression case in
# Tests/OnRecordTests/Fixtures/fuzz/ (FuzzRegressionTests runs them all).
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-60}
swift build -c release --product OnRecordFuzz -Xswiftc -sanitize=fuzzer,address
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
# Seeds: the demo corpus, each file prefixed with the byte that picks its path (0 HTML, 1 text).
for f in ../Corpora/demo/*/*; do
  case "$f" in
    *.html) { printf '\x00'; cat "$f"; } > "$corpus/$(basename "$f")" ;;
    *.txt) { printf '\x01'; cat "$f"; } > "$corpus/$(basename "$f")" ;;
  esac
done
mkdir -p Crashes
./.build/release/OnRecordFuzz "$corpus" -max_total_time="$seconds" -max_len=65536 -artifact_prefix=Crashes/ \
  -print_final_stats=1 "${@:2}"
