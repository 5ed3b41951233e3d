#!/usr/bin/env bash
# Compiles the benches (tsconfig.bench.json → .bench-dist/) and runs one: bash bench/run.sh populate|returns|returns-window|lists|idle
# .bench-dist/ is removed afterwards (BENCH_KEEP_DIST=1 keeps it): eslint's ignores do not list it yet.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: bench/run.sh <populate|returns|returns-window|lists|idle> [node options…]}"
shift
[[ "${BENCH_KEEP_DIST:-}" == 1 ]] || trap 'rm -rf .bench-dist' EXIT
npx tsc -p tsconfig.bench.json
# src/root/service-info.ts reads ../../package.json relative to its compiled file.
cp package.json .bench-dist/
node "$@" ".bench-dist/bench/${name}.js"
