#!/usr/bin/env python3
"""Crash campaign: kill -9 an ingest at random points and check the store.

    python3 eval/crash_campaign.py target/release/dragoman [--kills 50] [--dir /tmp/reliab/crash]

1. Writes a corpus of generated reports (our own words; some reports appear
   twice, so the run also stores duplicates as received-again) as JSON Lines.
2. Ingests it once without interruption: the reference, giving each stored
   document's annotation count by content hash.
3. Starts ingests of the same corpus into a second database and sends SIGKILL
   after a random delay (within the reference run's duration), KILLS times;
   every third kill starts again from an empty database, so kills land early
   and late in a run. After each kill: `PRAGMA integrity_check` is ok, every
   stored document has as many annotations as in the reference, and no
   content is stored twice.
4. Reruns to completion: the store equals the reference (same documents,
   same annotation counts, no duplicates).
5. Two ingests into one new database at once: both must finish (exit 0), or
   the second refuse with a message, and every document be stored once.

Prints one summary line; exit status 1 when any check failed. Standard
library only. Deletes its databases unless --keep.
"""

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

SUBJECTS = ["The envoy", "The foreign minister", "A spokesman for the ministry",
            "The delegation", "Officials from both capitals", "The mediator"]
VERBS = ["met the delegation in Geneva", "proposed a ceasefire along the river",
         "rejected the draft of the agreement", "said the talks would resume next week",
         "visited the capital on Tuesday", "called for the release of the prisoners"]
TAILS = ["after a long pause.", "according to two officials.", "despite the fog over the harbour.",
         "before the summit in March.", "as the negotiations entered a third day."]


def corpus(n, seed):
    """n reports of a few generated paragraphs; every 7th repeats an earlier one."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        if i % 7 == 6:
            text = json.loads(lines[rng.randrange(len(lines))])["text"]
        else:
            paragraphs = []
            for _ in range(rng.randint(2, 6)):
                sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(TAILS)}"
                             for _ in range(rng.randint(2, 5))]
                paragraphs.append(" ".join(sentences))
            paragraphs.append(f"Report number {i} ends here.")
            text = "\n\n".join(paragraphs)
        lines.append(json.dumps({"id": f"r{i}", "text": text, "date": "2026-03-0%d" % (1 + i % 9)}))
    return "\n".join(lines) + "\n"


def ingest(binary, db, path):
    return subprocess.Popen([binary, "ingest", "--db", db, path],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def counts(db):
    """{content hash: annotation count} of the stored documents."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT d.hash, (SELECT count(*) FROM annotations a WHERE a.doc_id = d.id) "
            "FROM documents d").fetchall()
    finally:
        con.close()
    return dict(rows)


def counts_or_empty(db):
    try:
        return counts(db)
    except sqlite3.DatabaseError:
        return {}


def check(db, reference):
    """Problems with the store at `db`: integrity, missing annotations, duplicates."""
    if not os.path.exists(db):
        return []
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        docs = con.execute("SELECT count(*), count(DISTINCT hash) FROM documents").fetchone()
    except sqlite3.DatabaseError as e:  # not created far enough to have tables
        con.close()
        return [] if "no such table" in str(e) else [f"unreadable: {e}"]
    con.close()
    problems = []
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")
    if docs[0] != docs[1]:
        problems.append(f"{docs[0] - docs[1]} duplicate documents")
    for h, n in counts(db).items():
        if reference.get(h) != n:
            problems.append(f"document {h[:12]} has {n} annotations, reference {reference.get(h)}")
    return problems


def remove(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def campaign(args, path, reference, duration):
    """Kills ingests `args.kills` times; returns (inconsistent stores, partial stores, problems)."""
    rng = random.Random(args.seed)
    db = os.path.join(args.dir, "crash.db")
    bad, partial, problems = 0, 0, []
    for k in range(args.kills):
        if k % 3 == 0:
            remove(db)
        p = ingest(args.binary, db, path)
        time.sleep(rng.uniform(0.0, duration))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
        p.wait()
        found = check(db, reference)
        if os.path.exists(db) and 0 < len(counts_or_empty(db)) < len(reference):
            partial += 1
        if found:
            bad += 1
            problems.extend(f"kill {k + 1}: {f}" for f in found)
    p = subprocess.run([args.binary, "ingest", "--db", db, path], capture_output=True)
    final = check(db, reference)
    if p.returncode != 0:
        final.append(f"final rerun exit {p.returncode}: {p.stderr.decode()[-300:]}")
    if counts(db) != reference:
        final.append("final store differs from the reference")
    return bad, partial, problems + [f"final: {f}" for f in final]


def concurrent(args, path, reference):
    """Two ingests at once into one new database: what happened, and problems."""
    db = os.path.join(args.dir, "both.db")
    remove(db)
    a, b = ingest(args.binary, db, path), ingest(args.binary, db, path)
    results = [(p.wait(), p.stderr.read().decode()) for p in (a, b)]
    problems = check(db, reference)
    codes = [c for c, _ in results]
    refused = [e for c, e in results if c != 0]
    if any(c != 0 for c in codes) and not all(e.strip() for e in refused):
        problems.append(f"an ingest failed without a message: exit {codes}")
    if counts(db) != reference:
        problems.append("store after two concurrent ingests differs from the reference")
    what = "both finished" if codes == [0, 0] else f"exits {codes}: {' | '.join(e.strip()[-200:] for e in refused)}"
    return what, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--reports", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--dir", default="/tmp/reliab/crash")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    os.makedirs(args.dir, exist_ok=True)
    path = os.path.join(args.dir, "corpus.jsonl")
    with open(path, "w") as f:
        f.write(corpus(args.reports, args.seed))
    ref_db = os.path.join(args.dir, "reference.db")
    remove(ref_db)
    t0 = time.monotonic()
    subprocess.run([args.binary, "ingest", "--db", ref_db, path], check=True, capture_output=True)
    duration = time.monotonic() - t0
    reference = counts(ref_db)
    bad, partial, problems = campaign(args, path, reference, duration)
    what, both = concurrent(args, path, reference)
    for p in problems + both:
        print(p)
    print(f"crash campaign: {args.kills} kills over {args.reports} reports ({len(reference)} distinct, "
          f"uninterrupted ingest {duration:.1f} s): {partial} kills left a partial store, "
          f"{bad} inconsistent stores, "
          f"final rerun {'ok' if not any(p.startswith('final') for p in problems) else 'FAILED'}; "
          f"two ingests at once: {what}, {'ok' if not both else 'FAILED'}")
    if not args.keep:
        shutil.rmtree(args.dir)
    sys.exit(1 if problems or both else 0)


if __name__ == "__main__":
    main()
