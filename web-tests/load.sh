#!/usr/bin/env bash
# Load test of `dragoman serve` on loopback: a store of N generated reports
# (gen_reports.py, ingested by the binary), then wrk for SECONDS on report
# pages (random ids) and on searches (random words of the generated
# vocabulary), and the server's peak memory. Bounded: wrk stops by itself.
#
#   bash web-tests/load.sh BIN N SECONDS [DB]   # DB kept when given (reused if present)
#
# Prints one line per run; with MIN_RPS / MAX_P99_MS
# set it fails below those floors.
set -euo pipefail
bin=$(realpath "$1"); n=${2:-5000}; seconds=${3:-10}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
db=${4:-$work/load.db}
port=${LOAD_PORT:-18181}
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ ! -f "$db" ]; then
  python3 "$here/gen_reports.py" "$n" > "$work/reports.jsonl"
  start=$EPOCHREALTIME
  "$bin" ingest --db "$db" "$work/reports.jsonl" > /dev/null
  python3 -c "print('ingested $n generated reports in %.1f s' % ($EPOCHREALTIME - $start))"
fi
"$bin" serve --db "$db" --bind "127.0.0.1:$port" 2> "$work/serve.log" &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/" > /dev/null && break; sleep 0.2; done
docs=$(curl -sf "http://127.0.0.1:$port/api/" | python3 -c "import json, sys; print(json.load(sys.stdin)['counts']['documents'])")

cat > "$work/report.lua" <<LUA
math.randomseed(14)
request = function() return wrk.format("GET", "/report/" .. math.random(1, $docs)) end
LUA
cat > "$work/search.lua" <<'LUA'
math.randomseed(14)
local words = {"Holm", "Doha", "Geneva", "prisoner exchange", "ceasefire", "Brandt", "grain",
  "corridor", "sanctions relief", "Varga", "Vienna", "mediator", "withdrawal", "Okafor", "Oslo"}
local kinds = {"", "&kind=report", "&kind=quote", "&kind=name", "&sourcing=named"}
request = function()
  local q = words[math.random(#words)]:gsub(" ", "+")
  return wrk.format("GET", "/search?q=" .. q .. kinds[math.random(#kinds)])
end
LUA

status=0
for page in report search; do
  out=$(wrk -t2 -c16 -d"${seconds}s" --latency -s "$work/$page.lua" "http://127.0.0.1:$port" 2>&1)
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/' | tr '\n' ' ')
  p99ms=$(python3 -c "import re,sys; v,u=re.match(r'([\d.]+)(\w+)', '$p99').groups(); print(round(float(v)*{'us':0.001,'ms':1,'s':1000}[u],2))")
  echo "$page: $rps req/s, p99 $p99ms ms over ${seconds}s, $docs reports ${errors}"
  if [ -n "$errors" ]; then status=1; fi
  if [ -n "${MIN_RPS:-}" ] && python3 -c "import sys; sys.exit(0 if $rps >= $MIN_RPS else 1)"; then :; elif [ -n "${MIN_RPS:-}" ]; then echo "below $MIN_RPS req/s" >&2; status=1; fi
  if [ -n "${MAX_P99_MS:-}" ] && python3 -c "import sys; sys.exit(0 if $p99ms <= $MAX_P99_MS else 1)"; then :; elif [ -n "${MAX_P99_MS:-}" ]; then echo "p99 above $MAX_P99_MS ms" >&2; status=1; fi
done
peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
echo "server peak memory (VmHWM): $((peak / 1024)) MB"
if [ -n "${MAX_MB:-}" ] && [ $((peak / 1024)) -gt "$MAX_MB" ]; then echo "memory above $MAX_MB MB" >&2; status=1; fi
exit $status
