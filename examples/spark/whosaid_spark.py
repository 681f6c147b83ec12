#!/usr/bin/env python3
"""Run whosaid over a JSONL corpus with Apache Spark (PySpark).

Usage: whosaid_spark.py INPUT_JSONL OUTPUT_DIR   (normally through run.sh)

The whosaid binary is shipped to the executors with SparkContext.addFile.
Each partition of the input (one article per line) is piped through
`whosaid extract -q` in its stdin/stdout mode: JSONL articles in, one JSON
object per article out (doc_id, document, quotes, mentions, entities). The
quote rows become CSV records with exactly the columns of whosaid's own
quotes.csv, written as OUTPUT_DIR/quotes-NNNNN.csv, one file per partition,
each with a header row.

Values are written as whosaid printed them: numbers keep their JSON text
(offsets stay integers, confidence is not re-formatted), null offsets and
empty strings are empty cells. Fields with a quote, comma, CR or LF are
quoted and quotes doubled (RFC 4180); records end with LF, as in quotes.csv.

Environment:
  WHOSAID_BIN         the whosaid binary (run.sh defaults it to target/release/whosaid)
  SPARK_MASTER        Spark master URL (default local[*]); ignored when
                      spark.master is already set (spark-submit --master)
  WHOSAID_PARTITIONS  minimum number of input partitions (default: Spark's choice)

Neighbours: run.sh (builds the binary, starts this script), test.sh
(compares with a plain `whosaid extract` run).
"""

import csv
import io
import json
import os
import subprocess
import sys
import threading

from pyspark import SparkConf, SparkContext, SparkFiles

# The quotes.csv contract (issue 2), in order. Every quote object whosaid
# prints must have exactly these keys; a mismatch stops the job rather than
# silently writing a different table.
QUOTE_COLUMNS = [
    "doc_id", "quote_id", "kind", "quote_start", "quote_end", "quote",
    "speaker", "speaker_id", "speaker_start", "speaker_end", "speaker_mention",
    "speaker_title", "speaker_institution", "cue", "cue_start", "cue_end",
    "method", "confidence",
]


def csv_record(values):
    """One RFC 4180 record without its line terminator.

    The writer's terminator is CRLF so that a lone CR or LF inside a field
    is quoted (with an LF terminator Python leaves a bare CR unquoted); the
    terminator is then dropped because saveAsTextFile ends each element
    with LF.
    """
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(values)
    return buf.getvalue()[:-2]


def cell(value):
    return "" if value is None else value


def extract_partition(lines, binary_name, threads):
    """Pipes one partition's JSONL lines through whosaid; yields CSV records."""
    binary = SparkFiles.get(binary_name)
    if not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)
    proc = subprocess.Popen(
        [binary, "extract", "-q", "--threads", str(threads)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    feed_error = []

    def feed():
        # A separate thread writes stdin while this one reads stdout, so
        # neither pipe can fill up and stall the other.
        try:
            for line in lines:
                proc.stdin.write(line.encode("utf-8"))
                proc.stdin.write(b"\n")
        except BaseException as e:  # reported after whosaid exits
            feed_error.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    yield csv_record(QUOTE_COLUMNS)
    for out in proc.stdout:
        # parse_float/parse_int keep numbers as the text whosaid wrote.
        article = json.loads(out, parse_float=str, parse_int=str)
        for q in article["quotes"]:
            if list(q) != QUOTE_COLUMNS:
                raise RuntimeError(
                    f"whosaid quote fields {list(q)} differ from quotes.csv {QUOTE_COLUMNS}"
                )
            yield csv_record([cell(q[c]) for c in QUOTE_COLUMNS])
    feeder.join()
    status = proc.wait()
    if feed_error:
        raise RuntimeError(f"feeding whosaid failed: {feed_error[0]!r}")
    # 1 means some records were bad: they are reported on the executor's
    # stderr and skipped, as in a plain run. 2 or a signal is a failure.
    if status not in (0, 1):
        raise RuntimeError(f"{binary} exited with status {status}")


def move_parts(sc, tmp_dir, output_dir):
    """Renames part-NNNNN files to OUTPUT_DIR/quotes-NNNNN.csv on any Hadoop
    file system (local, HDFS, S3), then removes the temporary directory."""
    jvm = sc._jvm
    Path = jvm.org.apache.hadoop.fs.Path
    out = Path(output_dir)
    fs = out.getFileSystem(sc._jsc.hadoopConfiguration())
    moved = 0
    for status in fs.listStatus(Path(tmp_dir)):
        name = status.getPath().getName()
        if name.startswith("part-"):
            if not fs.rename(status.getPath(), Path(out, f"quotes-{name[5:]}.csv")):
                raise RuntimeError(f"could not move {status.getPath()} into {output_dir}")
            moved += 1
    fs.delete(Path(tmp_dir), True)
    # The local file system keeps .NAME.crc checksums beside each file
    # (hidden from its own listings); they would only clutter OUTPUT_DIR.
    if fs.getScheme() == "file":
        raw = fs.getRawFileSystem()
        for status in raw.globStatus(Path(out, ".quotes-*.csv.crc")) or []:
            raw.delete(status.getPath(), False)
    return moved


def remove_old_outputs(sc, output_dir):
    """Deletes quotes-*.csv left by an earlier run, so the directory holds
    exactly this run's rows."""
    Path = sc._jvm.org.apache.hadoop.fs.Path
    out = Path(output_dir)
    fs = out.getFileSystem(sc._jsc.hadoopConfiguration())
    fs.mkdirs(out)
    for status in fs.globStatus(Path(out, "quotes-*.csv")) or []:
        fs.delete(status.getPath(), False)
    tmp = Path(out, "_whosaid_tmp")
    if fs.exists(tmp):
        fs.delete(tmp, True)
    return f"{output_dir.rstrip('/')}/_whosaid_tmp"


def main(argv):
    if len(argv) != 3:
        print("usage: whosaid_spark.py INPUT_JSONL OUTPUT_DIR", file=sys.stderr)
        return 2
    input_path, output_dir = argv[1], argv[2]
    binary = os.environ.get("WHOSAID_BIN", "target/release/whosaid")
    if not os.access(binary, os.X_OK):
        print(f"whosaid_spark: {binary} is not an executable (set WHOSAID_BIN)", file=sys.stderr)
        return 2

    conf = SparkConf().setAppName("whosaid")
    if not conf.contains("spark.master"):
        conf.setMaster(os.environ.get("SPARK_MASTER", "local[*]"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        sc.addFile(os.path.abspath(binary))
        binary_name = os.path.basename(binary)
        # One whosaid process per task; give it the task's cores.
        threads = int(sc.getConf().get("spark.task.cpus", "1"))
        min_parts = os.environ.get("WHOSAID_PARTITIONS")
        lines = (
            sc.textFile(input_path, int(min_parts))
            if min_parts
            else sc.textFile(input_path)
        )
        tmp_dir = remove_old_outputs(sc, output_dir)
        records = lines.mapPartitions(
            lambda it: extract_partition(it, binary_name, threads)
        )
        records.saveAsTextFile(tmp_dir)
        files = move_parts(sc, tmp_dir, output_dir)
        print(f"whosaid_spark: wrote {files} quotes-*.csv files under {output_dir}", file=sys.stderr)
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
