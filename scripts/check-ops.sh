#!/usr/bin/env bash
# Offline checks of the container and monitoring files:
#   Node versions (engines.node against every dependency, the Dockerfile, Ansible and CI; needs npm install),
#   Dockerfile (structure; hadolint cannot be installed on the dev machines, CI runs it),
#   .dockerignore, docker-compose.yml, ops/prometheus (config, rules, rule unit tests),
#   ops/grafana (dashboard JSON, provisioning YAML), shellcheck of this script.
# Needs: promtool (Debian package `prometheus`), yamllint, shellcheck, python3.
set -euo pipefail

cd "$(dirname "$0")/.."

failures=0
step() { printf '\n==> %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }
fail() {
  printf '    FAIL: %s\n' "$*" >&2
  failures=$((failures + 1))
}
need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    printf 'missing tool: %s (%s)\n' "$1" "$2" >&2
    exit 2
  fi
}

need promtool 'apt-get install prometheus'
need yamllint 'apt-get install yamllint'
need shellcheck 'apt-get install shellcheck'
need python3 'apt-get install python3'
need node 'Node.js and npm install'

# ---------------------------------------------------------------------------------------------------
step 'Node versions: engines.node is admitted by every dependency and installed by Docker, Ansible, CI'
if node scripts/check-engines.mjs; then ok 'engines'; else fail 'engines (see scripts/check-engines.mjs)'; fi

# ---------------------------------------------------------------------------------------------------
step 'Dockerfile: structural checks'
dockerfile=${DOCKERFILE:-Dockerfile} # override to check another file
# One instruction per line: comments and blank lines dropped, continuation lines joined.
instructions=$(grep -vE '^[[:space:]]*(#|$)' "$dockerfile" | sed -e ':a' -e '/\\$/N; s/\\\n[[:space:]]*/ /; ta')

check_df() { # description, command...
  local description=$1
  shift
  if "$@"; then ok "$description"; else fail "$description"; fi
}
has() { grep -qE "$1" <<<"$instructions"; }
lacks() { ! grep -qE "$1" <<<"$instructions"; }

check_df 'multi-stage build (at least 3 FROM ... AS stages)' \
  test "$(grep -cE '^FROM[[:space:]].+[[:space:]]AS[[:space:]]+[a-z-]+' <<<"$instructions")" -ge 3
check_df 'base and final images are node:22 on Debian bookworm slim' \
  test "$(grep -cE '^FROM node:22-bookworm-slim(@sha256:[0-9a-f]{64})? AS (base|runtime)$' <<<"$instructions")" -eq 2
# Every FROM names an earlier stage or an image with an explicit tag that is not `latest`.
pinned_images() {
  local stages=' ' line image stage
  while read -r line; do
    image=$(awk '{print $2}' <<<"$line")
    stage=$(awk 'toupper($3) == "AS" {print $4}' <<<"$line")
    if [[ "$stages" != *" $image "* ]]; then
      [[ "$image" == *:* && "$image" != *:latest ]] || return 1
    fi
    if [ -n "$stage" ]; then stages+="$stage "; fi
  done < <(grep -E '^FROM[[:space:]]' <<<"$instructions")
  return 0
}
check_df 'every base image has an explicit tag other than latest' pinned_images
check_df 'no npm ci (the lockfile needs npm install)' lacks 'npm[[:space:]]+ci([[:space:]]|$)'
check_df 'dependencies installed with npm install --no-audit --no-fund' \
  has 'npm install --no-audit --no-fund'
check_df 'production dependencies only in the final node_modules (--omit=dev)' has 'npm install --omit=dev'
check_df 'NODE_ENV=production' has 'NODE_ENV=production'
check_df 'final stage runs as a non-root USER' \
  test "$(grep -E '^USER[[:space:]]' <<<"$instructions" | tail -n1 | grep -cvE '^USER[[:space:]]+(root|0)(:|$)')" -eq 1
check_df 'USER comes after the last FROM' \
  test "$(grep -nE '^(FROM|USER)[[:space:]]' <<<"$instructions" | tail -n1 | grep -c ':USER')" -eq 1
check_df 'EXPOSE 8000' has '^EXPOSE[[:space:]]+8000$'
check_df 'HEALTHCHECK probes /health/live with node (no curl in slim)' \
  has '^HEALTHCHECK .*CMD \["node", "-e", ".*/health/live'
check_df 'HEALTHCHECK does not use curl or wget' lacks '(curl|wget)[[:space:]]'
check_df 'CMD ["node", <flags>, "dist/main.js"] in exec form' has '^CMD \["node", ?("--[^"]+", ?)*"dist/main.js"\]$'
check_df 'no ADD (COPY only)' lacks '^ADD[[:space:]]'
check_df 'no secrets baked in (ENV/ARG names with KEY, TOKEN, SECRET, PASSWORD)' \
  lacks '^(ENV|ARG)[[:space:]]+[A-Z_]*(KEY|TOKEN|SECRET|PASSWORD)[A-Z_]*='
check_df '.dockerignore excludes node_modules, .git, .env and terraform state' \
  test "$(grep -cxE 'node_modules|\.git|\.env|\*\*/\*\.tfstate' .dockerignore)" -eq 4

step 'Dockerfile: syntax (dockerfile-utils lint, the parser of the VS Code Docker extension)'
if command -v npx >/dev/null 2>&1; then
  if lint_output=$(npx --yes dockerfile-utils@0.16.3 lint "$dockerfile" 2>&1); then
    ok 'Dockerfile parses, no lint errors'
  else
    grep -v 'Unknown user config' <<<"$lint_output" >&2 || true
    fail 'dockerfile-utils lint'
  fi
else
  printf '    skipped: npx not found\n'
fi

# ---------------------------------------------------------------------------------------------------
step 'yamllint: docker-compose.yml, ops/ (workflows: scripts/check-workflows.sh)'
yaml_config='{extends: default, rules: {line-length: {max: 120}, document-start: disable, truthy: {check-keys: false}, comments: {min-spaces-from-content: 1}}}'
if yamllint --strict -d "$yaml_config" docker-compose.yml ops; then
  ok 'yamllint'
else
  fail 'yamllint'
fi

step 'docker-compose.yml: structure'
if python3 - <<'PY'; then ok 'compose services and wiring'; else fail 'compose services and wiring'; fi
import sys, yaml
c = yaml.safe_load(open("docker-compose.yml"))
s = c["services"]
errors = []
def expect(cond, msg):
    if not cond:
        errors.append(msg)
expect(s["postgres"]["image"] == "postgres:17", "postgres image is postgres:17")
expect("healthcheck" in s["postgres"], "postgres has a healthcheck")
app = s["app"]
expect(app.get("build", {}).get("dockerfile") == "Dockerfile", "app is built from the Dockerfile")
expect(app["depends_on"]["postgres"]["condition"] == "service_healthy", "app waits for a healthy postgres")
expect("DATABASE_URL" in app["environment"], "app gets DATABASE_URL")
cmd = " ".join(app["command"])
expect("dist/database/migrate.js" in cmd and cmd.index("migrate.js") < cmd.index("dist/main.js"),
       "app runs migrations before the server")
expect(any(v.startswith("./ops/prometheus:") for v in s["prometheus"]["volumes"]), "prometheus mounts ops/prometheus")
for e in errors:
    print("    compose: " + e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY

# ---------------------------------------------------------------------------------------------------
step 'promtool check config ops/prometheus/prometheus.yml'
if promtool check config ops/prometheus/prometheus.yml; then ok 'prometheus config'; else fail 'prometheus config'; fi

step 'promtool check rules ops/prometheus/alerts.yml'
if promtool check rules ops/prometheus/alerts.yml; then ok 'alert rules'; else fail 'alert rules'; fi

step 'promtool test rules ops/prometheus/alerts.test.yml'
if promtool test rules ops/prometheus/alerts.test.yml; then ok 'alert rule unit tests'; else fail 'alert rule unit tests'; fi

step 'alert rules: every rule has for, severity, summary and description'
if python3 - <<'PY'; then ok 'rule metadata'; else fail 'rule metadata'; fi
import sys, yaml
errors = []
for group in yaml.safe_load(open("ops/prometheus/alerts.yml"))["groups"]:
    for rule in group["rules"]:
        name = rule.get("alert", "?")
        if "for" not in rule:
            errors.append(f"{name}: no for")
        if rule.get("labels", {}).get("severity") not in ("critical", "warning", "info"):
            errors.append(f"{name}: severity label missing or unknown")
        for a in ("summary", "description"):
            if not rule.get("annotations", {}).get(a):
                errors.append(f"{name}: no {a} annotation")
for e in errors:
    print("    " + e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY

step 'alert rule tests: every alert has a "restart - ..." test that fires (first failure after a restart)'
if python3 - <<'PY'; then ok 'restart tests'; else fail 'restart tests'; fi
import sys, yaml
alerts = {r["alert"] for g in yaml.safe_load(open("ops/prometheus/alerts.yml"))["groups"] for r in g["rules"]}
fired = set()
for test in yaml.safe_load(open("ops/prometheus/alerts.test.yml"))["tests"]:
    if test.get("name", "").startswith("restart - "):
        fired |= {t["alertname"] for t in test.get("alert_rule_test", []) if t.get("exp_alerts")}
missing = sorted(alerts - fired)
for name in missing:
    print(f"    {name}: no restart test in which it fires", file=sys.stderr)
sys.exit(1 if missing else 0)
PY

# ---------------------------------------------------------------------------------------------------
step 'Grafana dashboard: JSON validity and metric names'
if python3 - <<'PY'; then ok 'dashboard'; else fail 'dashboard'; fi
import json, re, sys
d = json.load(open("ops/grafana/portfolio-returns-dashboard.json"))
exprs = [t["expr"] for p in d["panels"] for t in p.get("targets", [])]
known = {
    "up", "http_request_duration_seconds_count", "http_request_duration_seconds_bucket", "http_responses_total",
    "portfolio_jobs_total", "portfolio_job_duration_seconds_bucket", "polygon_requests_total",
    "stock_bars_upserted_total", "db_pool_connections", "stock_prices_newest_bar_age_seconds",
    "nodejs_eventloop_lag_p99_seconds", "process_resident_memory_bytes", "process_cpu_seconds_total",
}
errors = []
ids = [p["id"] for p in d["panels"]]
if len(ids) != len(set(ids)):
    errors.append("duplicate panel ids")
if not d.get("uid") or not d.get("title"):
    errors.append("dashboard needs uid and title")
for e in exprs:
    for name in re.findall(r"([a-zA-Z_:][a-zA-Z0-9_:]*)\{", e):
        if name not in known:
            errors.append(f"unknown metric {name} in: {e}")
for required in ("http_request_duration_seconds_bucket", "http_responses_total", "portfolio_jobs_total", "polygon_requests_total",
                 "stock_bars_upserted_total", "db_pool_connections", "stock_prices_newest_bar_age_seconds"):
    if not any(required + "{" in e for e in exprs):
        errors.append(f"no panel uses {required}")
for e in errors:
    print("    " + e, file=sys.stderr)
print(f"    {len(d['panels'])} panels, {len(exprs)} queries")
sys.exit(1 if errors else 0)
PY

# ---------------------------------------------------------------------------------------------------
step 'shellcheck scripts/check-ops.sh scripts/check-workflows.sh'
if shellcheck scripts/check-ops.sh scripts/check-workflows.sh; then ok 'shellcheck'; else fail 'shellcheck'; fi

printf '\n'
if [ "$failures" -gt 0 ]; then
  printf 'check-ops: %d check(s) failed\n' "$failures" >&2
  exit 1
fi
printf 'check-ops: all checks passed\n'
