#!/usr/bin/env bash
# OpenAPI checks: the committed openapi/openapi.json and openapi/api.d.ts match the code (no database
# needed), and the spec passes `redocly lint` (redocly.yaml, recommended rules) with zero errors.
set -euo pipefail
cd "$(dirname "$0")/.."
export REDOCLY_TELEMETRY=off

npm run --silent openapi:check
npm run --silent openapi:lint
echo "OpenAPI: up to date and lint-clean."
