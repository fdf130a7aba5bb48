#!/usr/bin/env python3
"""Contract adapter for dateparser (reference point for time expressions).

Reads contract input JSONL (`id`, `text`, `date`) on stdin and writes
`{"id", "timexes"}` per line: every span `dateparser.search.search_dates`
finds, typed DATE, with its value as a calendar day (`YYYY-MM-DD`) resolved
against the document date. dateparser has no TIMEX3 types, granularity or
durations, so its type and value figures are a floor for what a date parser
gives, not a like-for-like rival. Run by `bench/baselines/run.sh`.
"""
import datetime
import json
import sys

from dateparser.search import search_dates


def anchor(date):
    try:
        return datetime.datetime.fromisoformat((date or "")[:10])
    except ValueError:
        return None


def timexes(text, date):
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    base = anchor(date)
    if base:
        settings["RELATIVE_BASE"] = base
    found = search_dates(text, languages=["en"], settings=settings) or []
    out, at = [], 0
    for words, value in found:
        start = text.find(words, at)
        if start < 0:
            continue
        at = start + len(words)
        out.append({"start": start, "end": at, "type": "DATE", "value": value.strftime("%Y-%m-%d")})
    return out


def main():
    for line in sys.stdin:
        doc = json.loads(line)
        spans = timexes(doc.get("text") or "", doc.get("date"))
        sys.stdout.write(json.dumps({"id": doc["id"], "timexes": spans}) + "\n")


if __name__ == "__main__":
    main()
