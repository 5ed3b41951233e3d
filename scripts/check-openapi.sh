#!/usr/bin/env bash
# OpenAPI checks: the committed openapi/openapi.json and openapi/api.d.ts match the code (no database
# needed), the spec passes `redocly lint` (redocly.yaml, recommended rules) with zero errors, and the house
# rules of src/openapi/openapi-rules.ts (typed parameters, no case-duplicate headers, one example per error).
set -euo pipefail
cd "$(dirname "$0")/.."
export REDOCLY_TELEMETRY=off

npm run --silent openapi:check
npm run --silent openapi:lint
node dist/openapi/check-openapi-rules.js openapi/openapi.json
echo "OpenAPI: up to date and lint-clean."
