#!/usr/bin/env bash
# Real deploy test of ansible/playbooks/deploy.yml against a systemd-booted Debian bookworm
# container (debootstrap + systemd-nspawn, sshd on a loopback port) and a real PostgreSQL 15
# on the host's loopback interface.
#
# Proves: install, migrations against Postgres, the service run by systemd, the health wait,
# an idempotent second run (changed=0), the automatic rollback of a broken release (the current
# symlink points back and the service is healthy), then an upgrade whose cleanup removes the
# failed release.
#
# Usage: scripts/deploy-test.sh [--artifact PATH] [--stub] [--fresh-root] [--keep]
#   --artifact PATH  deploy this release (from scripts/build-release.sh) instead of building one
#   --stub           deploy a tiny stand-in release (pg + a table) instead of the real app
#   --fresh-root     rebuild the cached bookworm root with debootstrap (~1 min)
#   --keep           leave the work directory (not the processes) for inspection
# Environment: DEPLOY_TEST_CACHE (default /var/cache/portfolio-returns-deploy-test),
#   DEPLOY_TEST_SSH_PORT (22022), DEPLOY_TEST_APP_PORT (18000), DEPLOY_TEST_PG_PORT (56432)
#   (the next free port is used when one is taken).
# Needs root and: debootstrap systemd-container ansible openssh-client postgresql-15 curl.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
helpers="$repo_root/scripts/deploy-test"
cache="${DEPLOY_TEST_CACHE:-/var/cache/portfolio-returns-deploy-test}"
pg_bin=/usr/lib/postgresql/15/bin
suite=bookworm
mirror="${DEPLOY_TEST_MIRROR:-http://deb.debian.org/debian}"
packages=systemd,systemd-sysv,dbus,openssh-server,python3,python3-apt,sudo,libstdc++6,xz-utils,ca-certificates,iproute2

artifact="" stub=0 fresh_root=0 keep=0
while (($#)); do
  case "$1" in
    --artifact) artifact="$(realpath "$2")"; shift ;;
    --artifact=*) artifact="$(realpath "${1#--artifact=}")" ;;
    --stub) stub=1 ;;
    --fresh-root) fresh_root=1 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "deploy-test: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

t0=$SECONDS
failures=0
results=()
log() { printf '[deploy-test %4ss] %s\n' "$((SECONDS - t0))" "$*"; }
pass() { results+=("PASS  $1"); printf 'PASS  %s\n' "$1"; }
fail() { results+=("FAIL  $1"); printf 'FAIL  %s\n' "$1"; failures=$((failures + 1)); }
# check NAME COMMAND...: PASS/FAIL line per step; the test goes on after a failure.
check() {
  local name="$1"; shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}
die() { fail "$1"; exit 1; }

# ---------------------------------------------------------------------------- preflight
[[ $EUID -eq 0 ]] || { echo "deploy-test: run as root (debootstrap, systemd-nspawn)" >&2; exit 2; }
missing=()
for tool in debootstrap systemd-nspawn ansible-playbook ansible-vault ssh ssh-keygen curl node npm tar gzip runuser flock ss; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[[ -x "$pg_bin/initdb" ]] || missing+=("$pg_bin/initdb (postgresql-15)")
if ((${#missing[@]})); then
  echo "deploy-test: missing ${missing[*]}" >&2
  echo "  apt-get install -y debootstrap systemd-container ansible openssh-client postgresql-15 curl" >&2
  exit 2
fi

work="$(mktemp -d /var/tmp/portfolio-returns-deploy-test.XXXXXX)"
chmod 755 "$work"
root="$work/root"
nspawn_pid="" pg_started=0 build_pid=""

cleanup() {
  local rc=$?
  set +e
  if ((rc != 0 || failures > 0)) && [[ -n "$nspawn_pid" ]] && declare -F target >/dev/null; then
    echo "---- container journal of portfolio-returns (last 40 lines)"
    timeout 10 ssh "${ssh_opts[@]}" admin@127.0.0.1 sudo journalctl -u portfolio-returns --no-pager -n 40 2>/dev/null
  fi
  if [[ -n "$build_pid" ]] && kill -0 "$build_pid" 2>/dev/null; then
    kill -TERM -- "-$build_pid" 2>/dev/null; wait "$build_pid" 2>/dev/null   # its own process group (setsid)
  fi
  if [[ -d "$work/cp" ]]; then
    for sock in "$work"/cp/*; do
      [[ -S "$sock" ]] && ssh -o ControlPath="$sock" -O exit deploy-test >/dev/null 2>&1
    done
  fi
  if [[ -n "$nspawn_pid" ]] && kill -0 "$nspawn_pid" 2>/dev/null; then
    kill -TERM "$nspawn_pid"                      # nspawn asks the container's systemd to power off
    for _ in $(seq 1 50); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$nspawn_pid" 2>/dev/null; then
      kill -KILL "$nspawn_pid"; wait "$nspawn_pid" 2>/dev/null
    fi
  fi
  if ((pg_started)); then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1
  fi
  if ((keep)); then
    echo "deploy-test: work directory kept: $work"
  else
    rm -rf "$work"
  fi
  echo
  echo "================ deploy-test summary ================"
  printf '%s\n' "${results[@]}"
  echo "runtime: $((SECONDS - t0))s"
  if ((rc == 0 && failures == 0)); then echo "RESULT: PASS"; else echo "RESULT: FAIL"; fi
  if ((rc == 0 && failures > 0)); then rc=1; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port="$1"
  while ss -Htln "sport = :$port" | grep -q .; do port=$((port + 1)); done
  echo "$port"
}
log "work dir $work"

# ---------------------------------------------------------------------------- 0. release build (background)
# The release is built while the root filesystem, Postgres and the container come up.
mkdir -p "$work/cp" "$work/logs"
if ((stub == 0)) && [[ -z "$artifact" ]]; then
  setsid "$repo_root/scripts/build-release.sh" --out "$work/build" test-1 \
    >"$work/build-artifact" 2>"$work/logs/build-release.log" </dev/null &
  build_pid=$!
fi

# ---------------------------------------------------------------------------- 1. root filesystem (cached)
mkdir -p "$cache"
base="$cache/rootfs-$suite"
stamp="$suite $packages $mirror v1"
(
  flock 9
  if ((fresh_root)) || [[ ! -f "$base.stamp" || "$(cat "$base.stamp")" != "$stamp" ]]; then
    log "debootstrap $suite into $base (from scratch)"
    rm -rf "$base" "$base.new" "$base.stamp"
    debootstrap --variant=minbase --include="$packages" "$suite" "$base.new" "$mirror" >"$cache/debootstrap.log" 2>&1 \
      || { tail -20 "$cache/debootstrap.log"; exit 1; }
    chroot "$base.new" useradd --create-home --shell /bin/bash --groups sudo admin
    echo 'admin ALL=(ALL) NOPASSWD:ALL' > "$base.new/etc/sudoers.d/admin"
    chmod 0440 "$base.new/etc/sudoers.d/admin"
    echo deploy-target > "$base.new/etc/hostname"
    chroot "$base.new" apt-get clean
    mv "$base.new" "$base"
    echo "$stamp" > "$base.stamp"
  fi
) 9>"$cache/lock" || die "root filesystem: debootstrap $suite"
step_start=$SECONDS
cp -a --reflink=auto "$base" "$root"
log "copied the cached root in $((SECONDS - step_start))s"

# Ports are picked now (other jobs on this machine come and go).
ssh_port="$(free_port "${DEPLOY_TEST_SSH_PORT:-22022}")"
app_port="$(free_port "${DEPLOY_TEST_APP_PORT:-18000}")"
pg_port="$(free_port "${DEPLOY_TEST_PG_PORT:-56432}")"
log "ports: ssh $ssh_port, app $app_port, postgres $pg_port"

# Per-run settings: sshd on a loopback port (the container shares the host's network), a fresh key.
ssh-keygen -q -t ed25519 -N '' -C deploy-test -f "$work/id_ed25519"
install -d -m 0700 -o 1000 -g 1000 "$root/home/admin/.ssh"
install -m 0600 -o 1000 -g 1000 "$work/id_ed25519.pub" "$root/home/admin/.ssh/authorized_keys"
[[ "$(stat -c %u "$root/home/admin")" == 1000 ]] || die "root filesystem: admin is not uid 1000"
cat > "$root/etc/ssh/sshd_config.d/deploy-test.conf" <<EOF
Port $ssh_port
ListenAddress 127.0.0.1
PasswordAuthentication no
EOF
printf '127.0.0.1 localhost\n127.0.1.1 deploy-target pr-deploy-test\n' > "$root/etc/hosts"
pass "root filesystem ready (cached bookworm root, sshd on 127.0.0.1:$ssh_port)"

# ---------------------------------------------------------------------------- 2. PostgreSQL on the host
db_password="deploy-test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
install -d -o postgres -g postgres "$work/pg" "$work/pg/run"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" --auth-local=trust --auth-host=scram-sha-256 \
  -U postgres >"$work/logs/initdb.log" 2>&1 || die "postgres: initdb"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/postgres.log" -w start \
  -o "-p $pg_port -k $work/pg/run -c listen_addresses=127.0.0.1" >/dev/null || die "postgres: start"
pg_started=1
psql_host() { runuser -u postgres -- "$pg_bin/psql" -h "$work/pg/run" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_host -c "CREATE ROLE portfolio_returns LOGIN PASSWORD '$db_password'" \
  -c "CREATE DATABASE portfolio_returns OWNER portfolio_returns" >/dev/null || die "postgres: create role and database"
pass "postgres 15 on 127.0.0.1:$pg_port"

# ---------------------------------------------------------------------------- 3. boot the container
systemd-nspawn --register=no --keep-unit --boot --directory="$root" --machine=pr-deploy-test \
  --console=passive </dev/null >"$work/logs/container.log" 2>&1 &
nspawn_pid=$!
ssh_opts=(-i "$work/id_ed25519" -p "$ssh_port" -o BatchMode=yes -o StrictHostKeyChecking=no
  -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o ConnectTimeout=2
  -o ControlMaster=auto -o ControlPersist=120s -o "ControlPath=$work/cp/%C")
# shellcheck disable=SC2029  # the arguments are meant to run on the target
target() { ssh "${ssh_opts[@]}" admin@127.0.0.1 "$@"; }
step_start=$SECONDS
until target true 2>/dev/null; do
  kill -0 "$nspawn_pid" 2>/dev/null || { tail -20 "$work/logs/container.log"; die "container boot (nspawn exited)"; }
  ((SECONDS - step_start < 60)) || { tail -20 "$work/logs/container.log"; die "container boot (no ssh after 60s)"; }
  sleep 0.5
done
pass "container booted with systemd, ssh up in $((SECONDS - step_start))s"

# ---------------------------------------------------------------------------- 4. runtime and releases
node_version="$(node --version)"; node_version="${node_version#v}"
node_tarball="$cache/node-v$node_version-linux-x64.tar.gz"
if [[ ! -f "$node_tarball" ]]; then
  # The host's Node packaged like a nodejs.org tarball (node-vX-linux-x64/bin/node): the offline
  # stand-in for the official Node 22 download the role does in production.
  mkdir -p "$work/node/node-v$node_version-linux-x64/bin"
  cp "$(readlink -f "$(command -v node)")" "$work/node/node-v$node_version-linux-x64/bin/node"
  tar -C "$work/node" -czf "$node_tarball.partial" "node-v$node_version-linux-x64"
  mv "$node_tarball.partial" "$node_tarball"
fi

releases="$work/releases"
mkdir -p "$releases"
step_start=$SECONDS
if ((stub)); then
  mode="stub release"
  mkdir -p "$work/stub/dist/database"
  cp "$helpers/stub/main.js" "$work/stub/dist/main.js"
  cp "$helpers/stub/migrate.js" "$work/stub/dist/database/migrate.js"
  printf '{"name":"portfolio-returns","version":"0.0.0-stub","private":true,"type":"module","dependencies":{"pg":"^8.11.0"}}\n' \
    > "$work/stub/package.json"
  (cd "$work/stub" && npm install --omit=dev --no-audit --no-fund --prefer-offline >"$work/logs/stub-npm.log" 2>&1) \
    || die "stub release: npm install pg"
  tar -C "$work/stub" -czf "$releases/portfolio-returns-test-1.tar.gz" .
  migration_check="SELECT count(*) FROM deploy_test_stub_migrations"
else
  if [[ -n "$build_pid" ]]; then
    mode="real app, built by scripts/build-release.sh"
    build_rc=0; wait "$build_pid" || build_rc=$?
    build_pid=""
    artifact="$(tail -1 "$work/build-artifact")"
    if ((build_rc != 0)); then
      tail -30 "$work/logs/build-release.log"; die "build the release (scripts/build-release.sh, rc=$build_rc)"
    fi
    log "$(grep -o 'built .*' "$work/logs/build-release.log" | tail -1)"
  else
    mode="real app, artifact $(basename "$artifact")"
  fi
  [[ -f "$artifact" ]] || die "release artifact $artifact"
  cp "$artifact" "$releases/portfolio-returns-test-1.tar.gz"
  migration_check="SELECT count(*) FROM migrations"
fi
# test-2: the same build under a new version (an upgrade); test-3-broken: /health/ready is 503 forever.
cp "$releases/portfolio-returns-test-1.tar.gz" "$releases/portfolio-returns-test-2.tar.gz"
mkdir -p "$work/broken"
tar -C "$work/broken" -xzf "$releases/portfolio-returns-test-1.tar.gz"
cp "$helpers/broken-main.js" "$work/broken/dist/main.js"
tar -C "$work/broken" -cf - . | gzip -1 > "$releases/portfolio-returns-test-3-broken.tar.gz"
rm -rf "$work/broken" "$work/stub"
pass "releases prepared ($mode) in $((SECONDS - step_start))s"

# ---------------------------------------------------------------------------- 5. ansible inputs
cat > "$work/inventory.ini" <<EOF
[portfolio_returns]
deploy-target ansible_host=127.0.0.1 ansible_port=$ssh_port ansible_user=admin ansible_ssh_private_key_file=$work/id_ed25519 ansible_python_interpreter=/usr/bin/python3
EOF
cat > "$work/vars.yml" <<EOF
portfolio_returns_node_version: "$node_version"
portfolio_returns_node_archive_src: $node_tarball
portfolio_returns_port: $app_port
portfolio_returns_listen_host: 127.0.0.1
portfolio_returns_db_host: 127.0.0.1
portfolio_returns_db_port: $pg_port
portfolio_returns_db_password: "{{ vault_db_password }}"
portfolio_returns_api_keys: "{{ vault_api_keys }}"
portfolio_returns_health_retries: 15
portfolio_returns_health_delay: 1
portfolio_returns_keep_releases: 2
portfolio_returns_tuning: {job_concurrency: 3, report_chunk_size: 100}
EOF
# The secrets go through ansible-vault, as in production.
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/vault-password"
cat > "$work/secrets.yml" <<EOF
vault_db_password: "$db_password"
vault_api_keys: "admin:deploy-test-admin-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n'),read:deploy-test-read-key-0123"
EOF
ansible-vault encrypt --vault-password-file "$work/vault-password" "$work/secrets.yml" >/dev/null

export ANSIBLE_CONFIG="$repo_root/ansible/ansible.cfg"
export ANSIBLE_HOST_KEY_CHECKING=False
export ANSIBLE_SSH_ARGS="-o ControlMaster=auto -o ControlPersist=120s -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
export ANSIBLE_SSH_CONTROL_PATH_DIR="$work/cp"
export ANSIBLE_SSH_CONTROL_PATH="$work/cp/%%C"
export ANSIBLE_LOCAL_TEMP="$work/ansible-tmp"
export ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0
export ANSIBLE_CALLBACKS_ENABLED=ansible.posix.profile_tasks   # per-task timings in the logs

run=0
# deploy VERSION [ansible-playbook args]: runs the playbook; output in $work/logs/deploy-N-VERSION.log;
# sets deploy_rc and deploy_log.
deploy() {
  local version="$1"; shift
  run=$((run + 1))
  deploy_log="$work/logs/deploy-$run-$version.log"
  local started=$SECONDS
  set +e
  ansible-playbook -i "$work/inventory.ini" "$repo_root/ansible/playbooks/deploy.yml" \
    -e "@$work/vars.yml" -e "@$work/secrets.yml" --vault-password-file "$work/vault-password" \
    -e "portfolio_returns_artifact=$releases/portfolio-returns-$version.tar.gz" "$@" >"$deploy_log" 2>&1
  deploy_rc=$?
  set -e
  log "deploy $version: rc=$deploy_rc in $((SECONDS - started))s ($(grep -E '^deploy-target +:' "$deploy_log" | tr -s ' ' || echo 'no recap'))"
}
show_log() { echo "---- last lines of $deploy_log"; tail -40 "$deploy_log"; echo "----"; }
recap() { grep -E '^deploy-target +:' "$deploy_log" | grep -oE "$1=[0-9]+" | cut -d= -f2; }

current_release() { basename "$(readlink "$root/opt/portfolio-returns/current")"; }
service_active() { [[ "$(target systemctl is-active portfolio-returns 2>/dev/null)" == active ]]; }
healthy() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$app_port/health/ready")" == 200 ]]; }
# The code systemd runs: the working directory of the main process resolves to releases/<version>.
running_release() {
  local pid
  pid="$(target systemctl show -p MainPID --value portfolio-returns)"
  [[ "$pid" =~ ^[1-9][0-9]*$ ]] || { echo none; return; }
  basename "$(target sudo readlink "/proc/$pid/cwd")"
}
service_user() { target ps -o user= -p "$(target systemctl show -p MainPID --value portfolio-returns)" | tr -d ' '; }
env_file_mode() { stat -c '%a %U' "$root/etc/portfolio-returns/portfolio-returns.env"; }

# ---------------------------------------------------------------------------- 6. first deploy
deploy test-1
if ((deploy_rc == 0)); then pass "deploy test-1 (fresh install)"; else fail "deploy test-1 (fresh install)"; show_log; exit 1; fi
migrations="$(psql_host -d portfolio_returns -c "$migration_check" 2>&1)" || migrations="error: $migrations"
check "migrations applied against Postgres ($migration_check -> $migrations)" \
  test "$migrations" -ge 1 2>/dev/null
runs_as_service_user() { service_active && [[ "$(service_user)" == portfolio-returns ]]; }
check "service started by systemd as portfolio-returns (user $(service_user))" runs_as_service_user
serves_release_1() { [[ "$(running_release)" == test-1 ]] && healthy; }
check "health wait passed and /health/ready answers 200 from release $(running_release)" serves_release_1
check "env file is mode 600 root ($(env_file_mode))" test "$(env_file_mode)" == "600 root"
tuning_in_env() {
  grep -qx 'JOB_CONCURRENCY="3"' "$root/etc/portfolio-returns/portfolio-returns.env" &&
    grep -qx 'REPORT_CHUNK_SIZE="100"' "$root/etc/portfolio-returns/portfolio-returns.env" &&
    ! grep -q '^GROUPED_DAILY_MIN_TICKERS=' "$root/etc/portfolio-returns/portfolio-returns.env"
}
check "job tuning reaches the env file (given keys only) and the service accepts it" tuning_in_env
check "the unit is hardened ($(target systemd-analyze security portfolio-returns 2>/dev/null | tail -1 | sed 's/^ *//'))" \
  grep -q '^CapabilityBoundingSet=$' "$root/etc/systemd/system/portfolio-returns.service"

# ---------------------------------------------------------------------------- 7. idempotence
deploy test-1
if ((deploy_rc == 0)) && [[ "$(recap changed)" == 0 ]]; then
  pass "second run of test-1 reports changed=0"
else
  fail "second run of test-1 reports changed=0 (rc=$deploy_rc, changed=$(recap changed))"
  grep -E '^changed:' "$deploy_log" | head -20
fi

# ---------------------------------------------------------------------------- 8. broken release -> rollback
# (fewer health attempts: the broken release never gets healthy; the rollback wait is the same)
deploy test-3-broken -e portfolio_returns_health_retries=6
if ((deploy_rc != 0)) && grep -q 'ROLLED BACK' "$deploy_log"; then
  pass "broken test-3-broken fails the play with a clear message"
  grep -oE 'DEPLOY FAILED and ROLLED BACK[^"]*' "$deploy_log" | head -1 | cut -c1-400
else
  fail "broken test-3-broken fails the play with a clear message (rc=$deploy_rc)"; show_log
fi
check "after rollback: current -> test-1 ($(current_release)), running $(running_release)" \
  test "$(current_release)/$(running_release)" == "test-1/test-1"
active_and_healthy() { service_active && healthy; }
check "after rollback: service active and /health/ready 200" active_and_healthy

# ---------------------------------------------------------------------------- 9. upgrade after the failure
deploy test-2
releases_left="$(cd "$root/opt/portfolio-returns/releases" && echo *)"
if ((deploy_rc == 0)) && [[ "$(current_release)" == test-2 && "$(running_release)" == test-2 ]] && healthy; then
  pass "upgrade to test-2: current -> test-2, running and healthy"
else
  fail "upgrade to test-2 (rc=$deploy_rc, current=$(current_release), running=$(running_release))"; show_log
fi
check "cleanup removed the failed release, kept 2 (left: $releases_left)" test "$releases_left" == "test-1 test-2"
