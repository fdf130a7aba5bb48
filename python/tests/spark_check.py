"""The Spark job against the CLI, on the same input (run by .ci/spark.sh).

Copies the dev WARC and a JSON Lines dev set into a fresh folder beside
files of our own (good lines, a copy of a report under another id, a line
that is not JSON, a line without text, a damaged WARC), then:

1. ``dragoman ingest FOLDER`` into a new database and ``dragoman export
   --format parquet``;
2. the Spark job, ``spark-submit --master local[2]``, on the same folder;
3. every table equal (``compare_tables.py``), and the job's ``errors`` table
   holding one row per report the CLI rejected, with the same reasons.

    python python/tests/spark_check.py --bin target/release/dragoman --data ../shared/data
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "examples"))
import compare_tables  # noqa: E402

OURS = [
    {"id": "own-1", "date": "2026-03-02",
     "text": "The foreign ministers of Norway and Qatar met in Doha on Monday to discuss "
             "a ceasefire plan. \u201cWe are close,\u201d the Norwegian minister said."},
    {"id": "own-2", "date": "2026-03-03",
     "text": "Chile proposed a four-point plan for the river dispute on Tuesday, and "
             "Bolivia rejected it the same day."},
    # The same report under another id: stored once, as its first copy.
    {"id": "own-3", "date": "2026-03-02",
     "text": "The foreign ministers of Norway and Qatar met in Doha on Monday to discuss "
             "a ceasefire plan. \u201cWe are close,\u201d the Norwegian minister said."},
    {"id": "own-4", "text": "Envoys from Kenya visited Addis Ababa without a date line."},
]


def inputs(data, folder):
    """The input folder: dev files copied, our own files written."""
    os.makedirs(folder)
    shutil.copy(os.path.join(data, "extract", "zyte-dev.warc.gz"), folder)
    shutil.copy(os.path.join(data, "events", "plover-gsr-dev.input.jsonl"), folder)
    shutil.copy(os.path.join(data, "quotes", "polnear-dev.input.jsonl"), folder)
    with open(os.path.join(folder, "own.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(OURS):
            f.write(json.dumps(r) + "\n")
            if i == 1:
                f.write('{"id": "broken", "text": "no closing brace"\n')
                f.write('{"id": "empty"}\n')
    with open(os.path.join(folder, "damaged.warc"), "wb") as f:
        f.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\n<html>cut")


def run(cmd, ok=(0,)):
    started = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in ok:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit(f"{cmd[0]} exited {p.returncode}")
    return p, time.time() - started


def rejections(stderr):
    """The CLI's rejections as (source, record, reason)."""
    out = []
    for line in stderr.splitlines():
        if line.startswith("rejected: "):
            out.append(line[len("rejected: "):])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--keep", help="keep the work folder here")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="dragoman-spark-")
    folder = os.path.abspath(os.path.join(work, "in"))
    inputs(args.data, folder)
    db, export, out = (os.path.join(work, x) for x in ("db.sqlite", "export", "spark"))
    ingest, t_cli = run([args.bin, "--db", db, "ingest", folder], ok=(0, 2))
    run([args.bin, "--db", db, "export", "--format", "parquet", "--output", export])
    print(f"cli: {ingest.stdout.strip()} ({t_cli:.1f} s)")
    job = os.path.join(HERE, "..", "examples", "spark_annotate.py")
    spark, t_spark = run(["spark-submit", "--master", "local[2]",
                          "--conf", "spark.ui.enabled=false", job, folder, "--output", out])
    counts = [l for l in spark.stdout.splitlines() if " documents, " in l]
    print(f"spark: {counts[-1] if counts else '?'} ({t_spark:.1f} s, JVM start included)")
    if compare_tables.main(["", out, export]) != 0:
        raise SystemExit("the Spark job's tables differ from the export's")
    errors = pq.read_table(os.path.join(out, "errors")).to_pylist()
    cli = sorted(rejections(ingest.stderr))
    ours = sorted(
        f"{e['source']}: {e['record']}: {e['error']}" if e["record"] else f"{e['source']}: {e['error']}"
        for e in errors
    )
    if cli != ours:
        raise SystemExit(f"errors differ:\n cli   {cli}\n spark {ours}")
    if not any(re.search(r"own\.jsonl: line 3", e) for e in ours):
        raise SystemExit("the broken line is not among the errors")
    print(f"errors: {len(ours)} rows, the CLI's rejections")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
