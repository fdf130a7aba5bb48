#!/usr/bin/env python3
"""Scores the two halves of the dev sets that rules were tuned on.

    python3 ../shared/eval/run --keep KEEP          # predictions of every set
    python3 eval/halves.py KEEP [--data ../shared/data]

A document belongs to the *tune* half when the first byte of the SHA-256 of
its id is even, to the *report* half when it is odd: a rule anyone can
recompute, stable when a set grows. From now on rules and word lists are
fitted by reading the tune half only, and the report half gives the figure
the README reports. Both halves are in-sample today: past tuning read whole
sets. Each half is scored with ../shared/eval/score.py, the runner's scorer.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.realpath(__file__))
# (task, dev set, summary keys shown): the sets the README marks in-sample.
SETS = [
    ("extract", "zyte-dev", ["f1", "p", "r"]),
    ("timex", "tbaq", ["strict_f1", "relaxed_f1", "value_f1", "type_f1"]),
    ("quotes", "polnear-dev", ["content_f1", "attribution_f1"]),
    ("events", "plover-gsr-dev", ["type_f1", "type_p", "type_r", "actor_country_acc", "recipient_country_acc"]),
    # run with --tasks stories --stories-cmd "target/release/dragoman stories-eval"
    ("stories", "ecbplus-dev", ["bcubed_f1", "bcubed_p", "bcubed_r", "pairwise_f1"]),
]


def half(doc_id):
    return "tune" if hashlib.sha256(str(doc_id).encode()).digest()[0] % 2 == 0 else "report"


def split(path, out_dir, name):
    files = {h: open(os.path.join(out_dir, f"{name}.{h}.jsonl"), "w", encoding="utf-8") for h in ("tune", "report")}
    counts = {"tune": 0, "report": 0}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            h = half(json.loads(line).get("id"))
            files[h].write(line)
            counts[h] += 1
    for f in files.values():
        f.close()
    return counts


def score(task, gold, pred, out):
    score_py = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")
    subprocess.run([sys.executable, score_py, task, "--gold", gold, "--pred", pred, "--json", out],
                   check=True, stdout=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as f:
        return json.load(f)["summary"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("keep", help="the runner's --keep folder (KEEP/<task>/<set>.pred.jsonl)")
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for task, name, keys in SETS:
            pred = os.path.join(args.keep, task, f"{name}.pred.jsonl")
            gold = os.path.join(args.data, task, f"{name}.gold.jsonl")
            if not (os.path.exists(pred) and os.path.exists(gold)):
                print(f"{task}/{name}: no predictions or gold, skipped")
                continue
            n = split(gold, tmp, f"{name}.gold")
            split(pred, tmp, f"{name}.pred")
            for h in ("tune", "report"):
                s = score(task, os.path.join(tmp, f"{name}.gold.{h}.jsonl"),
                          os.path.join(tmp, f"{name}.pred.{h}.jsonl"), os.path.join(tmp, f"{name}.{h}.json"))
                shown = "  ".join(f"{k} {s[k]:.3f}" for k in keys if isinstance(s.get(k), (int, float)))
                print(f"{task}/{name} {h:6} ({n[h]:3} docs): {shown}")


if __name__ == "__main__":
    main()
