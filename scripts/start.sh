#!/usr/bin/env bash
# One command on a fresh machine: install what is missing, build the page
# and serve it on http://127.0.0.1:${PORT:-8080}/ .
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-web.sh
exec node scripts/serve.mjs "${PORT:-8080}"
