#!/usr/bin/env bash
# Per-MB cost of one 20 MB article vs. ordinary (2-5 KB) articles, for
# issue 6 ("time linear in size: within 3x the per-MB cost of ordinary
# articles"). Not a test: timings depend on the machine, so nothing here
# asserts; tests/robustness.rs only checks the big article completes with
# sane rows.
#
#   scripts/measure_large_article.sh [MB]     (default 20)
#
# Both runs use --threads 1: one article cannot be spread over threads, so
# this compares the per-byte cost of the pipeline, not parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-20}
cargo build --release --quiet
BIN=target/release/whosaid
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$TMP" "$MB" <<'PY'
import json, sys
tmp, mb = sys.argv[1], int(sys.argv[2])
names = ["Ann Lee", "Tom Park", "Maria Lopez", "John Smith"]
def article(nbytes, seed=0):
    out, n = [], 0
    size = 0
    while size < nbytes:
        who = names[(n + seed) % len(names)]
        p = (f"Paragraph {n}: the council met again on Monday to discuss the budget for the coming year and the new bridge.\n\n"
             f"\"We need a decision on item {n} before the summer,\" said {who}, who chairs the committee. Others disagreed; the vote was delayed.\n\n")
        out.append(p); size += len(p); n += 1
    return "".join(out)
with open(f"{tmp}/big.txt", "w") as f:
    f.write(article(mb << 20))
with open(f"{tmp}/ordinary.jsonl", "w") as f:
    size, i = 0, 0
    while size < mb << 20:
        line = json.dumps({"id": f"d{i}", "text": article(2000 + (i * 997) % 3000, i)}) + "\n"
        f.write(line); size += len(line); i += 1
PY
run() {
  local start end
  start=$(date +%s.%N)
  "$BIN" extract -q --threads 1 --out "$TMP/out-$1" "$2"
  end=$(date +%s.%N)
  python3 -c "import sys; s=$end-$start; mb=$(stat -c %s "$2")/2**20; print(f'$1: {mb:.1f} MB in {s:.2f} s = {s/mb*1000:.0f} ms/MB')"
}
run ordinary "$TMP/ordinary.jsonl"
run single-article "$TMP/big.txt"
