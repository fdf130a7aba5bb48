"""Generates diplomacy reports of our own sentences, as JSON Lines input for
the scale benchmarks (every report different, so none is folded as a copy).

    python python/bench/gen_reports.py 2000 --files 8 --out DIR [--seed 1] [--per-day 50]

Writes DIR/part-000.jsonl … with ``{"id", "date", "text"}`` lines: a date
line, meetings, visits, proposals, quotes with named and unnamed sources,
in sentences put together from the lists below (written for this purpose).
"""

import argparse
import datetime
import json
import os
import random

COUNTRIES = [
    ("Norway", "Norwegian", "Oslo"), ("Qatar", "Qatari", "Doha"), ("Kenya", "Kenyan", "Nairobi"),
    ("Chile", "Chilean", "Santiago"), ("Japan", "Japanese", "Tokyo"), ("Egypt", "Egyptian", "Cairo"),
    ("Brazil", "Brazilian", "Brasilia"), ("Turkey", "Turkish", "Ankara"), ("India", "Indian", "New Delhi"),
    ("Canada", "Canadian", "Ottawa"), ("Ghana", "Ghanaian", "Accra"), ("Poland", "Polish", "Warsaw"),
]
FIRST = ["Anna", "Marek", "Lena", "Tomas", "Amina", "Kofi", "Sofia", "Daniel", "Yuki", "Omar", "Ines", "Pavel"]
LAST = ["Halvorsen", "Mendez", "Okafor", "Takeda", "Kowalski", "Haddad", "Lindqvist", "Duarte",
        "Nakamura", "Mensah", "Petrov", "Santos"]
TOPICS = ["a ceasefire", "the river dispute", "grain exports", "a prisoner exchange",
          "fishing rights", "the border crossing", "gas transit fees", "a trade corridor"]
ROLES = ["Foreign Minister", "Prime Minister", "Defence Minister", "President"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def sentences(rng, k, date):
    """The sentences of report ``k``: each kind picked from the lists."""
    a, b = rng.sample(COUNTRIES, 2)
    topic = rng.choice(TOPICS)
    pa, pb = person(rng), person(rng)
    ra, rb = rng.choice(ROLES), rng.choice(ROLES)
    day = rng.choice(WEEKDAYS)
    points = rng.randint(3, 12)
    out = [
        f"{b[2].upper()}, {date:%b} {date.day} - {a[1]} {ra} {pa} met {b[1]} {rb} {pb} in {b[2]} "
        f"on {day} to discuss {topic}.",
        f"The two sides agreed to hold a round of talks, number {k}, before the end of the month.",
        f"\u201cWe have narrowed the gaps on {topic},\u201d {pa} told reporters after the meeting.",
        f"{a[0]} proposed a {points}-point plan on {topic}, officials said.",
        f"{pb} said {b[0]} would study the proposal and answer within two weeks.",
        f"A senior diplomat, who asked not to be named, said the plan had been drafted in {a[2]}.",
        f"{b[0]} rejected an earlier offer on {topic} last year.",
    ]
    extra = [
        f"{a[0]} will host the next meeting in {a[2]} on {rng.choice(WEEKDAYS)}.",
        f"\u201cThe door remains open,\u201d {pb} said in a statement on {day}.",
        f"{rng.choice(COUNTRIES)[0]} called on both sides to show restraint.",
        f"The {a[1]} delegation visited {rng.choice(COUNTRIES)[2]} later in the week.",
        f"Talks on {rng.choice(TOPICS)} stalled in {date.year - 1}, according to {person(rng)}.",
        f"{rng.choice(COUNTRIES)[0]} threatened to impose sanctions if the talks failed.",
    ]
    rng.shuffle(extra)
    return out[:2] + extra[: rng.randint(2, 6)] + out[2:]


def report(rng, k, days):
    date = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(days))
    sents = sentences(rng, k, date)
    text = "\n\n".join(" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3))
    return {"id": f"gen-{k}", "date": date.isoformat(), "text": text}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("count", type=int)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-day", type=int, default=50,
                    help="reports a day on average: the dates span count/per-day days, "
                         "so a larger input is a longer archive, as a wire's grows")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    files = [open(os.path.join(args.out, f"part-{i:03}.jsonl"), "w", encoding="utf-8")
             for i in range(args.files)]
    days = max(1, args.count // args.per_day)
    for k in range(args.count):
        files[k % args.files].write(json.dumps(report(rng, k, days), ensure_ascii=False) + "\n")
    for f in files:
        f.close()


if __name__ == "__main__":
    main()
