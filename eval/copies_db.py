#!/usr/bin/env python3
"""Precision and recall of the copy links a database holds, for a set written
by `cargo run --release -p dragoman-stories --example copies_eval -- IN --write SET`
and ingested with `dragoman --db DB ingest SET`:

    python3 eval/copies_db.py DB [--min-precision P] [--min-recall R]

Ids are `f<original>-<n>` (an original and its generated copies share
`f<original>`) or `u-<n>` (unrelated). A link is right when both reports are
of one family; recall counts the generated copies (every `f` report but the
original itself) linked to a report of their family.
"""
import argparse
import sqlite3
import sys


def family(ext_id):
    return ext_id.split('-')[0] if ext_id.startswith('f') else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('db')
    ap.add_argument('--min-precision', type=float, default=0.0)
    ap.add_argument('--min-recall', type=float, default=0.0)
    a = ap.parse_args()
    con = sqlite3.connect(a.db)
    ext = dict(con.execute('SELECT id, ext_id FROM documents'))
    links = list(con.execute('SELECT copy_id, original_id FROM copies'))
    right = sum(1 for c, o in links if family(ext[c]) and family(ext[c]) == family(ext[o]))
    copies = [i for i, e in ext.items()
              if family(e) and e.split('-')[1] != e.split('-')[0][1:]]
    linked = {c: o for c, o in links}
    # A generated copy is found when it, or the original it was made from,
    # is linked within the family (the original may be linked to its copy
    # when the copy ranks first as original).
    found = 0
    for c in copies:
        fam = family(ext[c])
        if c in linked and family(ext[linked[c]]) == fam:
            found += 1
    precision = right / max(len(links), 1)
    recall = found / max(len(copies), 1)
    print(f'{len(ext)} documents, {len(copies)} generated copies, {len(links)} links: '
          f'precision {precision:.4f} recall {recall:.4f}')
    if precision < a.min_precision or recall < a.min_recall:
        print('copy links below their floor', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
