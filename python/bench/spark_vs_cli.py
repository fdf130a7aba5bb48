"""Throughput of the Spark job on ``local[N]`` against ``dragoman annotate
--threads N`` on the same JSON Lines files.

    python python/bench/spark_vs_cli.py DIR --bin target/release/dragoman --threads 2

DIR holds the input files (say from ``gen_reports.py``); ``annotate`` reads
them concatenated. The job runs in this process's Spark session: the session's
start (the JVM) is timed apart from the job (the keys pass, then annotating
and writing the six tables). Prints one JSON object: reports, words, wall
seconds and reports per second of each, the job's share of annotate's
throughput, milliseconds per report, and the CPU seconds of each (the job's:
the JVM's and the Python workers'), which a machine shared with other work
disturbs less than wall time.
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
    """Wall and CPU seconds of ``dragoman annotate``."""
    before = os.times()
    started = time.perf_counter()
    with open(path, "rb") as src:
        subprocess.run([binary, "annotate", "--threads", str(threads)], stdin=src,
                       stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def cpu_seconds(root):
    """CPU time (user + system) of ``root``'s descendants, alive or reaped:
    the JVM and the Python workers of the Spark session."""
    tick = os.sysconf("SC_CLK_TCK")
    parents, stats = {}, {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(pid)] = int(fields[1])
        stats[int(pid)] = sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        kids = [p for p, parent in parents.items() if parent == pid]
        total += sum(stats[k] for k in kids)
        todo += kids
    return total / tick


def spark_job(folder, threads, work):
    import spark_annotate
    from pyspark.sql import SparkSession

    started = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{threads}]").appName("dragoman-bench")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    session = time.perf_counter() - started
    cpu = cpu_seconds(os.getpid())
    started = time.perf_counter()
    counts, laps = spark_annotate.run(spark, [os.path.abspath(folder)], os.path.join(work, "out"))
    job = time.perf_counter() - started
    cpu = cpu_seconds(os.getpid()) - cpu
    spark.stop()
    return session, job, cpu, dict(counts, seconds=laps)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.folder, "*.jsonl")))
    work = tempfile.mkdtemp(prefix="dragoman-bench-")
    load = os.getloadavg()[0]
    try:
        reports, words = concatenated(files, os.path.join(work, "all.jsonl"))
        cli, cli_cpu = annotate(args.bin, os.path.join(work, "all.jsonl"), args.threads)
        session, job, cpu, counts = spark_job(args.folder, args.threads, work)
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
        "annotate_cpu_s": round(cli_cpu, 2), "spark_cpu_s": round(cpu, 2),
        "spark_cpu_share": round(cli_cpu / cpu, 3) if cpu else None,
        "spark_cpu_ms_per_report": round(1000 * cpu / reports, 2),
        "load_average": [round(load, 2), round(os.getloadavg()[0], 2)],
        "tables": counts,
    }))


if __name__ == "__main__":
    main()
