"""Throughput of the Spark job on ``local[N]`` against ``dragoman annotate
--threads N`` on the same JSON Lines files.

    python python/bench/spark_vs_cli.py DIR --bin target/release/dragoman --threads 2

DIR holds the input files (say from ``gen_reports.py``); ``annotate`` reads
them concatenated. The job runs in this process's Spark session: the session's
start (the JVM) is timed apart from the job (reading, annotating, numbering,
writing the six tables). Prints one JSON object: reports, words, seconds and
reports per second of each, the job's share of annotate's throughput, and
milliseconds per report.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "examples"))


def concatenated(files, path):
    """All the files in one, and the count of reports and words."""
    reports = words = 0
    with open(path, "wb") as out:
        for f in files:
            with open(f, "rb") as src:
                for line in src:
                    if line.strip():
                        out.write(line if line.endswith(b"\n") else line + b"\n")
                        reports += 1
                        words += len(json.loads(line).get("text", "").split())
    return reports, words


def annotate(binary, path, threads):
    started = time.perf_counter()
    with open(path, "rb") as src:
        subprocess.run([binary, "annotate", "--threads", str(threads)], stdin=src,
                       stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def spark_job(folder, threads, work):
    import spark_annotate
    from pyspark.sql import SparkSession

    started = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{threads}]").appName("dragoman-bench")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    session = time.perf_counter() - started
    started = time.perf_counter()
    counts = spark_annotate.run(spark, [os.path.abspath(folder)], os.path.join(work, "out"))
    job = time.perf_counter() - started
    spark.stop()
    return session, job, counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.folder, "*.jsonl")))
    work = tempfile.mkdtemp(prefix="dragoman-bench-")
    try:
        reports, words = concatenated(files, os.path.join(work, "all.jsonl"))
        cli = annotate(args.bin, os.path.join(work, "all.jsonl"), args.threads)
        session, job, counts = spark_job(args.folder, args.threads, work)
    finally:
        shutil.rmtree(work)
    print(json.dumps({
        "files": len(files), "reports": reports, "words": words, "threads": args.threads,
        "annotate_s": round(cli, 2), "annotate_reports_per_s": round(reports / cli, 1),
        "spark_session_s": round(session, 2), "spark_job_s": round(job, 2),
        "spark_reports_per_s": round(reports / job, 1),
        "spark_share": round(cli / job, 3),
        "spark_share_with_session": round(cli / (job + session), 3),
        "spark_ms_per_report": round(1000 * job / reports, 2),
        "tables": counts,
    }))


if __name__ == "__main__":
    main()
