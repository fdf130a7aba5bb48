#!/usr/bin/env bash
# The Python package: a fresh virtual environment, maturin, pytest and
# pyarrow (pandas, duckdb) from PyPI, the abi3 wheel built by maturin (release), installed,
# and the pytest suite of crates/dragoman-py/tests run against it.
# Called by .ci/run; runs alone as well: bash .ci/python.sh
set -euo pipefail
cd "$(dirname "$0")/.."

target="${CARGO_TARGET_DIR:-target}"
case "$target" in /*) ;; *) target="$(pwd)/$target" ;; esac
venv="$target/python-venv"
wheels="$target/wheels"
rm -rf "$venv" "$wheels"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "maturin>=1.9,<2" pytest pyarrow pandas duckdb
"$venv/bin/maturin" build --release --locked -m crates/dragoman-py/Cargo.toml --out "$wheels"
"$venv/bin/python" -m pip install --quiet "$wheels"/dragoman-*.whl
# The tests export Parquet with the CLI to read it back with pyarrow and duckdb.
cargo build --release --locked -p dragoman-cli
DRAGOMAN_BIN="$target/release/dragoman" \
  "$venv/bin/python" -m pytest -q crates/dragoman-py/tests
