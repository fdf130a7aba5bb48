#!/usr/bin/env bash
# Short fuzz runs (issue 17): the whole pipeline on arbitrary bytes
# (`ingest_clean`) and an ingest into the store with everything read back
# (`store_ingest`), each for FUZZ_SECONDS (default 60) with a per-input
# timeout and a memory limit, seeded with the demo reports. A finding fails
# the run; libFuzzer writes the input to fuzz/artifacts/ for a regression test.
# cargo-fuzz needs nightly features: a stable toolchain runs it with
# RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${FUZZ_SECONDS:-60}"
if ! command -v cargo-fuzz >/dev/null; then
  cargo install --locked cargo-fuzz
fi
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
for target in ingest_clean store_ingest; do
  mkdir -p "$seeds/$target"
  cp ../crates/dragoman-cli/demo/*.txt "$seeds/$target/"
  echo "-- $target, ${seconds} s"
  status=0
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "$seeds/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 > "$seeds/$target.log" 2>&1 || status=$?
  grep -E "^stat::(number_of_executed_units|peak_rss_mb|slowest_unit_time_sec)|Done [0-9]+ runs" \
    "$seeds/$target.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$seeds/$target.log" >&2
    echo "fuzz target $target failed (exit $status); inputs in fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
