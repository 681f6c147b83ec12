#!/usr/bin/env bash
# Run whosaid over INPUT_JSONL with Apache Spark and write quotes-*.csv
# (the columns of whosaid's quotes.csv) under OUTPUT_DIR.
#
#   examples/spark/run.sh INPUT_JSONL OUTPUT_DIR
#
# Environment:
#   WHOSAID_BIN         whosaid binary to ship to the executors
#                       (default target/release/whosaid, built if missing)
#   SPARK_MASTER        Spark master URL (default local[*], all local cores)
#   WHOSAID_PARTITIONS  minimum number of input partitions
#
# Uses the python3 on PATH, which must have pyspark (pip install pyspark;
# it needs Java 17). See examples/spark/README.md.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 INPUT_JSONL OUTPUT_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ -z "${WHOSAID_BIN:-}" ]; then
    WHOSAID_BIN="$root/target/release/whosaid"
    if [ ! -x "$WHOSAID_BIN" ]; then
        echo "run.sh: building $WHOSAID_BIN" >&2
        (cd "$root" && cargo build --release)
    fi
fi
if [ ! -x "$WHOSAID_BIN" ]; then
    echo "run.sh: WHOSAID_BIN=$WHOSAID_BIN is not an executable" >&2
    exit 2
fi
export WHOSAID_BIN

if ! python3 -c 'import pyspark' 2>/dev/null; then
    echo "run.sh: python3 ($(command -v python3 || echo 'not found')) has no pyspark: pip install pyspark (needs Java 17)" >&2
    exit 2
fi
# Executors run the same Python as the driver unless told otherwise.
export PYSPARK_PYTHON="${PYSPARK_PYTHON:-$(command -v python3)}"

exec python3 "$here/whosaid_spark.py" "$1" "$2"
