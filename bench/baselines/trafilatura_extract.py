#!/usr/bin/env python3
"""Contract adapter for trafilatura (reference point for article extraction).

Reads contract input JSONL (`id`, `html`) on stdin and writes `{"id", "text"}`
per line, the main text trafilatura extracts with its default settings. Run by
`bench/baselines/run.sh`, inside the throw-away environment it creates.
"""
import json
import sys

import trafilatura


def main():
    for line in sys.stdin:
        doc = json.loads(line)
        text = trafilatura.extract(doc.get("html") or "", url=doc.get("url")) or ""
        sys.stdout.write(json.dumps({"id": doc["id"], "text": text}) + "\n")


if __name__ == "__main__":
    main()
