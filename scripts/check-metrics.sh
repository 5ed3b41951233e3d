#!/usr/bin/env bash
# Builds the app, starts it (node dist/main.js) on a throwaway embedded PostgreSQL, sends a few requests,
# scrapes /metrics with METRICS_TOKEN and checks the exposition with `promtool check metrics`, then stops
# the app with SIGTERM and expects exit code 0.
# promtool flags three prom-client default metrics ("_total" on a gauge): nodejs_active_handles_total,
# nodejs_active_requests_total, nodejs_active_resources_total. Only those are ignored.
# Needs: promtool (Debian package `prometheus`), curl, node. Set EMBEDDED_PG_DATA_DIR to choose the
# data directory (default: a temp dir, removed afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in promtool curl node; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "missing tool: $tool (promtool: apt-get install prometheus)" >&2
    exit 2
  }
done

work="$(mktemp -d)"
chmod 755 "$work" # initdb runs as the postgres user, which must reach the data dir
data_dir="${EMBEDDED_PG_DATA_DIR:-$work/pg}"
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
token="check-metrics-$RANDOM$RANDOM$RANDOM"
base="http://127.0.0.1:$port"
app_pid=""

cleanup() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> build"
npx tsc -p tsconfig.build.json

echo "==> start node dist/main.js on port $port (embedded PostgreSQL in $data_dir)"
env -u DATABASE_URL NODE_ENV=development LOG_LEVEL=warn HOST=127.0.0.1 PORT="$port" \
  EMBEDDED_PG_DATA_DIR="$data_dir" PRICE_REFRESH_CRON=off METRICS_TOKEN="$token" \
  node dist/main.js >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$base/health/live" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || {
    cat "$work/app.log" >&2
    echo "the app exited during start-up" >&2
    exit 1
  }
  sleep 0.5
done
curl -fsS "$base/health/live" >/dev/null

echo "==> traffic"
curl -fsS "$base/" >/dev/null
curl -fsS "$base/api/v1/customers" >/dev/null
curl -sS -o /dev/null "$base/no/such/route"

echo "==> /metrics needs the token"
status="$(curl -sS -o /dev/null -w '%{http_code}' "$base/metrics")"
[[ "$status" == 401 ]] || {
  echo "GET /metrics without the token answered $status, expected 401" >&2
  exit 1
}
curl -fsS -H "Authorization: Bearer $token" "$base/metrics" >"$work/metrics.txt"

echo "==> metric families"
missing=0
for family in http_request_duration_seconds http_responses_total portfolio_jobs_total portfolio_job_duration_seconds \
  polygon_requests_total stock_bars_upserted_total db_pool_connections \
  stock_prices_newest_bar_age_seconds process_cpu_seconds_total nodejs_eventloop_lag_p99_seconds; do
  grep -q "^# TYPE $family " "$work/metrics.txt" || {
    echo "missing metric family: $family" >&2
    missing=1
  }
done
grep -q 'route="/api/v1/customers"' "$work/metrics.txt" || {
  echo "http_request_duration_seconds has no series for route /api/v1/customers" >&2
  missing=1
}
grep -q '^http_responses_total{method="GET",route="/api/v1/customers/:id",status_class="5xx"} 0$' "$work/metrics.txt" || {
  echo "http_responses_total has no zero 5xx series for GET /api/v1/customers/:id (started at 0 per route)" >&2
  missing=1
}
grep -q '^portfolio_jobs_total{type="populate",outcome="failed"} 0$' "$work/metrics.txt" || {
  echo "portfolio_jobs_total has no zero series for type populate, outcome failed (started at 0)" >&2
  missing=1
}
[[ "$missing" == 0 ]] || exit 1

echo "==> promtool check metrics"
findings="$(promtool check metrics <"$work/metrics.txt" 2>&1 || true)"
unexpected="$(grep -v -E '^(nodejs_active_handles_total|nodejs_active_requests_total|nodejs_active_resources_total) ' <<<"$findings" | grep -v '^$' || true)"
if [[ -n "$unexpected" ]]; then
  echo "promtool findings:" >&2
  echo "$unexpected" >&2
  exit 1
fi
echo "    clean (ignored the known prom-client findings: $(grep -c . <<<"$findings" || true))"

echo "==> stop (SIGTERM)"
kill -TERM "$app_pid"
code=0
wait "$app_pid" || code=$?
app_pid=""
if [[ "$code" != 0 ]]; then
  cat "$work/app.log" >&2
  echo "the app exited with $code after SIGTERM, expected 0" >&2
  exit 1
fi
if pgrep -f -- "-D $data_dir" >/dev/null; then
  echo "a postgres process still runs on $data_dir" >&2
  exit 1
fi
echo "OK: /metrics passes promtool and the app stopped cleanly."
