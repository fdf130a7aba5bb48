"""Throughput of Pipeline.pipe against `dragoman annotate` on the same input
and threads (issue 15 asks pipe within 15%).

    python crates/dragoman-py/bench/pipe_vs_cli.py INPUT.jsonl --bin target/release/dragoman --threads 2

Runs the two alternately (--rounds times, default 3) and prints each run and
the medians in reports/s and words/s (words: white-space separated, of the
text or HTML field). The Python side reads the file, json-decodes each line,
and consumes every answer dict; the CLI reads the file and writes to
/dev/null.
"""

import argparse
import json
import statistics
import subprocess
import time

import dragoman


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=256)
    args = ap.parse_args()
    with open(args.input, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    words = sum(len((o.get("text") or o.get("html") or "").split()) for o in map(json.loads, lines))
    nlp = dragoman.Pipeline()
    cli, py = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        subprocess.run(
            [args.bin, "annotate", "--threads", str(args.threads), "--input", args.input,
             "--output", "/dev/null"],
            check=True,
        )
        cli.append(time.perf_counter() - start)
        start = time.perf_counter()
        n = sum(1 for _ in nlp.pipe((json.loads(l) for l in lines), threads=args.threads,
                                    batch_size=args.batch_size))
        py.append(time.perf_counter() - start)
        assert n == len(lines)
    for name, times in (("dragoman annotate", cli), ("Pipeline.pipe", py)):
        med = statistics.median(times)
        print(f"{name:18} runs {', '.join(f'{t:.2f}' for t in times)} s; median {med:.2f} s, "
              f"{len(lines) / med:.0f} reports/s, {words / med / 1000:.0f}k words/s")
    print(f"pipe / annotate throughput: {statistics.median(cli) / statistics.median(py):.3f} "
          f"({len(lines)} reports, {words} words, threads {args.threads})")


if __name__ == "__main__":
    main()
