#!/usr/bin/env python3
"""Checks the dependency rules of .ci/deps.toml over every workspace crate.

Reads the dependency graph from `cargo metadata` (normal dependencies only,
followed transitively) and prints each broken rule with the path that breaks
it; exits 1 when a rule is broken or names a crate the workspace lacks.
"""
import fnmatch
import json
import subprocess
import sys
import tomllib
from pathlib import Path


def graph():
    """Workspace member names, and each package's normal dependencies by name."""
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        check=True, capture_output=True, text=True,
    ).stdout
    meta = json.loads(out)
    names = {p["id"]: p["name"] for p in meta["packages"]}
    deps = {
        names[node["id"]]: [
            names[d["pkg"]] for d in node["deps"]
            if any(k["kind"] is None for k in d["dep_kinds"])
        ]
        for node in meta["resolve"]["nodes"]
    }
    return [names[m] for m in meta["workspace_members"]], deps


def paths_from(start, deps):
    """Every crate `start` depends on, with one path to it."""
    paths, todo = {}, [[start]]
    while todo:
        path = todo.pop()
        for dep in deps.get(path[-1], []):
            if dep not in paths:
                paths[dep] = path + [dep]
                todo.append(paths[dep])
    return paths


def matches(name, patterns):
    return any(fnmatch.fnmatchcase(name, p) for p in patterns)


def main():
    rules = tomllib.loads((Path(__file__).parent / "deps.toml").read_text())["rule"]
    members, deps = graph()
    problems = []
    for rule in rules:
        for name in rule["crates"] + rule.get("except", []):
            if not any(c in name for c in "*?[") and name not in members:
                problems.append(f"deps.toml names {name}, which is not a workspace crate")
    for member in sorted(members):
        reached = paths_from(member, deps)
        for rule in rules:
            if not matches(member, rule["crates"]) or matches(member, rule.get("except", [])):
                continue
            for dep, path in sorted(reached.items()):
                if matches(dep, rule["never"]):
                    problems.append(f"{' -> '.join(path)}: {rule['why']}")
    for p in problems:
        print(f"dependency rule broken: {p}", file=sys.stderr)
    print(f"{len(rules)} dependency rules checked over {len(members)} crates")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
