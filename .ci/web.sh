#!/usr/bin/env bash
# The workbench (`dragoman serve`) end to end, on the release binary:
#   1. browser tests: headless Debian chromium (playwright-core) on the demo
#      database plus web-tests/reports.jsonl; screenshots in target/web-screens;
#   2. the JSON API against its OpenAPI document (schemathesis, positive and
#      negative data, a fixed seed, 40 examples per operation). The check
#      that negative data is refused is left out: a query string carries only
#      text, so the "negative" values it makes for a free-text filter (false,
#      an empty value) are valid text; negative data still runs through every
#      other check (no server error, documented status codes, schemas), and
#      the router tests check the 400s of bad values and unknown parameters;
#   3. a bounded load run (wrk, loopback) on a store of generated reports.
# About 2-3 minutes once .ci/web-setup.sh has installed what it needs
# (first time: about 2 minutes more for chromium and the venv).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/web-setup.sh

target="${CARGO_TARGET_DIR:-target}"
bin=$(realpath "${1:-$target/release/dragoman}")
port=${WEB_PORT:-18080}
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && "$bin" demo --db "$work/demo.db" > /dev/null)
"$bin" ingest --db "$work/demo.db" web-tests/reports.jsonl > /dev/null
"$bin" restory --db "$work/demo.db" > /dev/null
"$bin" serve --db "$work/demo.db" --bind "127.0.0.1:$port" 2> "$work/serve.log" &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/" > /dev/null && break; sleep 0.2; done

echo "== web: browser tests (headless chromium)"
shots=$(realpath -m "$target/web-screens")
(cd web-tests && BASE="http://127.0.0.1:$port" SHOTS="$shots" timeout 300 node --test browser.test.mjs)

echo "== web: the JSON API against /api/openapi.json (schemathesis)"
timeout 300 "$target/web-venv/bin/schemathesis" run "http://127.0.0.1:$port/api/openapi.json" \
  --checks all --exclude-checks negative_data_rejection \
  --data-generation-method all --hypothesis-max-examples 40 \
  --hypothesis-deadline=None --hypothesis-seed 14 --no-color

kill "$pid"; wait "$pid" 2>/dev/null || true; pid=

echo "== web: load on loopback (wrk, 10 s per page, 5,000 generated reports)"
MIN_RPS=${WEB_MIN_RPS:-200} MAX_P99_MS=${WEB_MAX_P99_MS:-250} MAX_MB=${WEB_MAX_MB:-200} \
  timeout 600 bash web-tests/load.sh "$bin" 5000 10
