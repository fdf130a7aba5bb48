#!/usr/bin/env python3
"""Checks the speed of scoreboard rows against floors.

Usage: check_speed.py RESULTS.json FLOORS.json

RESULTS.json is what `shared/eval/run --json` writes. FLOORS.json maps
"task/dataset/measure" to a minimum, where measure is `words_per_s`,
`mb_per_s` (HTML input) or `pages_per_s` (documents per second). Exit 1 and
name every violation when a row is missing, failed, or below its floor.
"""
import json
import sys


def measure(row, name):
    if name == 'pages_per_s':
        secs = row.get('seconds')
        return row.get('docs', 0) / secs if secs else None
    return row.get(name)


def main():
    results, floors = (json.load(open(p, encoding='utf-8')) for p in sys.argv[1:3])
    rows = {(r['task'], r['dataset']): r for r in results['results']}
    bad = []
    for key, floor in sorted(floors.items()):
        task, dataset, name = key.split('/', 2)
        row = rows.get((task, dataset))
        value = measure(row, name) if row and row.get('status') == 'ok' else None
        if value is None:
            bad.append('%s: not measured (row missing or failed)' % key)
        elif value < floor:
            bad.append('%s = %.1f < floor %.1f' % (key, value, floor))
        else:
            print('%s = %.1f (floor %.1f)' % (key, value, floor))
    for b in bad:
        print('SPEED CHECK FAILED: ' + b)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
