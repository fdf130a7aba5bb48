#!/usr/bin/env python3
"""Generates N news-like reports as contract JSON Lines, for the load test of
`dragoman serve` (a large store). Every sentence is from templates written by
us; names, places and dates are drawn from small lists with a fixed seed, so
the same N gives the same file.

    python3 web-tests/gen_reports.py 100000 > big.jsonl
"""
import json
import random
import sys
from datetime import date, timedelta

PEOPLE = [
    ("Anders Holm", "Norwegian envoy"), ("Khalid Al-Mansouri", "Qatari Foreign Minister"),
    ("Ilse Brandt", "Kestrian Foreign Minister"), ("Helen Marsh", "Deputy Foreign Minister"),
    ("Anton Varga", "special envoy"), ("Mara Okafor", "mediator"), ("Tomas Lind", "Swedish diplomat"),
    ("Sara Quist", "United Nations envoy"), ("Pavel Dorn", "defence minister"), ("Lena Ruiz", "spokeswoman"),
    ("Omar Haddad", "Jordanian Foreign Minister"), ("Nina Varro", "Hungarian envoy"),
]
PLACES = ["Doha", "Geneva", "Vienna", "Oslo", "Ankara", "Cairo", "Nairobi", "Brussels", "Riyadh", "Helsinki"]
TOPICS = ["the prisoner exchange", "a ceasefire line", "the border commission", "grain shipments",
          "the river authority", "sanctions relief", "a humanitarian corridor", "the withdrawal timetable"]
OUTLETS = ["Harbour Ledger", "Meridian Post", "Northern Courier", "Capital Wire", "Evening Standardbearer"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def report(i, rng):
    (a, a_role), (b, b_role) = rng.sample(PEOPLE, 2)
    place, topic, day = rng.choice(PLACES), rng.choice(TOPICS), rng.choice(DAYS)
    when = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
    sentences = [
        f"{a_role.capitalize()} {a} met {b_role} {b} in {place} on {day} to discuss {topic}.",
        f"\"We made progress on {topic}, but much remains to be done,\" {a} told reporters after the meeting.",
        rng.choice([
            f"{b} accused the other side of delaying {topic}.",
            f"{b} said that her government would present a new proposal on {topic} next week.",
            f"Two officials familiar with the talks said the delegations would meet again in {rng.choice(PLACES)}.",
            f"{a} rejected a demand to postpone the talks on {topic}.",
        ]),
        f"The talks in {place} are the {rng.choice(['second', 'third', 'fourth', 'fifth'])} round this year, "
        f"report {i} of the series notes.",
    ]
    title = f"{a} and {b} discuss {topic} in {place}"
    return {"id": f"gen-{i}", "date": when.isoformat(), "outlet": rng.choice(OUTLETS),
            "title": title, "text": title + "\n\n" + "\n\n".join(sentences)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(14)
    out = sys.stdout
    for i in range(n):
        out.write(json.dumps(report(i, rng)) + "\n")


if __name__ == "__main__":
    main()
