#!/usr/bin/env bash
# Reference points for the README's benchmarks, measured in the same run as
# dragoman on the same dev sets with the same scorer (../shared/eval/run).
#
#   bench/baselines/run.sh            # from the repository root, after cargo build --release
#
# Creates a throw-away Python environment (under $TMPDIR), installs each
# reference tool from PyPI by name at a pinned version, runs it through a
# small contract adapter in this folder, and deletes the environment at the
# end. Network-bound and slow: not part of .ci/run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
shared=$(cd ../shared && pwd)
venv=$(mktemp -d "${TMPDIR:-/tmp}/dragoman-baselines.XXXXXX")
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "trafilatura==${TRAFILATURA:-2.3.1}" lxml_html_clean \
  "dateparser==${DATEPARSER:-1.5.0}"
"$venv/bin/pip" freeze | grep -iE '^(trafilatura|dateparser)=='
here=bench/baselines
out="$venv/runs"
mkdir -p "$out"
# One scoreboard row per call; pages/s (or words/s) from the runner's own timing.
run() {
  local name=$1
  shift
  nice -n 10 python3 "$shared/eval/run" --json "$out/$name.json" "$@"
  python3 - "$out/$name.json" <<'PY'
import json, sys
for row in json.load(open(sys.argv[1])).get("results", []):
    secs = row.get("seconds") or row.get("wall") or row.get("time")
    if secs:
        print(f"  {row.get('dataset')}: {row.get('docs')} docs in {secs:.2f} s, {row.get('docs') / secs:.1f} docs/s")
PY
}
echo "== extract, zyte-dev: dragoman (clean stage only), then trafilatura"
run dragoman-extract --cmd "target/release/dragoman annotate --stages clean --threads 1" --tasks extract
run trafilatura --cmd "$venv/bin/python $here/trafilatura_extract.py" --tasks extract
echo "== timex, tbaq: dragoman (up to the time stage), then dateparser"
run dragoman-timex --cmd "target/release/dragoman annotate --stages clean,tokenize,timex --threads 1" --tasks timex
run dateparser --cmd "$venv/bin/python $here/dateparser_timex.py" --tasks timex
