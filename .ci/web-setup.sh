#!/usr/bin/env bash
# Installs what the workbench's browser, API and load tests need, idempotently
# (seconds when installed already): Debian's chromium and wrk (oha is not in Debian 12), Node's
# playwright-core (in web-tests/node_modules, from package-lock.json), and a
# Python virtual environment with schemathesis (target/web-venv).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
fi

if [ ! -d web-tests/node_modules/playwright-core ]; then
  (cd web-tests && npm ci --no-audit --no-fund --silent)
fi

venv="${CARGO_TARGET_DIR:-target}/web-venv"
if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==3.39.16" "hypothesis==6.115.0"
fi
