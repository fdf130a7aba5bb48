#!/usr/bin/env bash
# The Spark job (python/examples/spark_annotate.py) in local[2] mode against
# `dragoman export --format parquet` on the same input (the dev WARC, a JSON
# Lines set, and bad records of our own): python/tests/spark_check.py.
# A virtual environment with pyspark 3.5, pyarrow and pandas from PyPI is made
# once and reused ($CARGO_TARGET_DIR/spark-venv); the wheel is (re)built by
# maturin (quick after .ci/python.sh) and installed into it. Java 17 must be on
# PATH. About 1 minute once pyspark is installed (46 s; its first install: about
# 1 more minute, a 317 MB download). Called by .ci/run; runs alone as well.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${CARGO_TARGET_DIR:-target}"
venv="$target/spark-venv"
wheels="$target/spark-wheels"
if ! "$venv/bin/python" -c "import pyspark, pyarrow, pandas, maturin" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  "$venv/bin/python" -m pip install --quiet "pyspark>=3.5,<3.6" "pyarrow>=14" "pandas>=2,<3" "maturin>=1.9,<2"
fi
rm -rf "$wheels"
"$venv/bin/maturin" build --release --locked -m crates/dragoman-py/Cargo.toml --out "$wheels"
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps "$wheels"/dragoman-*.whl
cargo build --release --locked -p dragoman-cli
bin="$(cd "$venv/bin" && pwd)"
PATH="$bin:$PATH" PYSPARK_PYTHON="$bin/python" "$bin/python" python/tests/spark_check.py \
  --bin "$target/release/dragoman" --data ../shared/data
