#!/usr/bin/env bash
# Checks examples/spark/run.sh against a plain `whosaid extract` run: a
# corpus of 200 articles built from samples/*.txt and one article written
# here (unique ids, a few numeric ids, some articles made of two texts, one
# broken line) goes through Spark in local mode (4 partitions) and through
# whosaid alone; the quote rows must be the same multiset (Spark may
# reorder them) and every quotes-*.csv must carry quotes.csv's header.
# Exits non-zero on any difference.
#
#   examples/spark/test.sh            (needs python3 with pyspark, Java 17)
#
# Not part of `cargo test`: pyspark is a large download.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

bin="${WHOSAID_BIN:-$root/target/release/whosaid}"
if [ ! -x "$bin" ]; then
    cargo build --release
fi
export WHOSAID_BIN="$bin"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work/corpus.jsonl" <<'PY'
import glob, json, sys
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("samples/*.txt"))]
assert texts, "no samples/*.txt"
# Written for this test: attributed quotes (speaker offsets, confidence),
# curly quotes, a comma and a CR LF inside quoted text.
texts.append(
    "\u201cWe will win the vote, and soon,\u201d said Lu Wei in Z\u00fcrich.\r\n\r\n"
    '"Nothing changes,\r\nnothing at all," said Angela Merkel.'
)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(200):
        text = texts[i % len(texts)]
        if i % 4 == 3:
            text = text + "\n\n" + texts[(i + 1) % len(texts)]
        doc_id = 10000 + i if i % 10 == 0 else f"spark-{i:04d}"
        f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
        if i == 100:
            f.write('{"id": "broken", "text": \n')
PY

# A plain run; exit status 1 is expected (the broken line).
status=0
"$WHOSAID_BIN" extract -q "$work/corpus.jsonl" --out "$work/plain" 2>/dev/null || status=$?
if [ "$status" -gt 1 ]; then
    echo "test.sh: plain whosaid run failed with status $status" >&2
    exit 1
fi

WHOSAID_PARTITIONS="${WHOSAID_PARTITIONS:-4}" SPARK_MASTER="${SPARK_MASTER:-local[2]}" \
    "$here/run.sh" "$work/corpus.jsonl" "$work/spark" 2>"$work/spark.log" || {
    tail -30 "$work/spark.log" >&2
    echo "test.sh: run.sh failed" >&2
    exit 1
}

python3 - "$work/plain/quotes.csv" "$work/spark" <<'PY'
import collections, csv, glob, sys
plain_path, spark_dir = sys.argv[1], sys.argv[2]

def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]

header, plain = read(plain_path)
files = sorted(glob.glob(f"{spark_dir}/quotes*.csv"))
ok = True
if len(files) < 2:
    print(f"expected several partition files, got {files}")
    ok = False
spark = []
for path in files:
    h, rows = read(path)
    if h != header:
        print(f"{path}: header {h} differs from quotes.csv {header}")
        ok = False
    spark.extend(rows)
p, s = collections.Counter(map(tuple, plain)), collections.Counter(map(tuple, spark))
if p != s:
    ok = False
    for row in list((p - s).elements())[:5]:
        print("only in the plain run:", row)
    for row in list((s - p).elements())[:5]:
        print("only in the Spark run:", row)
attributed = sum(1 for r in plain if r[header.index("speaker")])
print(f"plain: {len(plain)} quote rows ({attributed} attributed); "
      f"spark: {len(spark)} rows in {len(files)} files")
if not plain:
    print("the corpus yielded no quotes: the comparison means nothing")
    ok = False
print("OK: the Spark rows equal the plain run" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
