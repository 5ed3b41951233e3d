#!/usr/bin/env bash
# Offline checks for terraform/: fmt, per-directory init + validate, and `terraform test` (mock providers).
# Usage: bash scripts/check-terraform.sh
# Env:   TERRAFORM (default: terraform on PATH), TF_PLUGIN_DIR (default: /opt/tf-plugins, a provider mirror).
# Leaves the tree as it found it: .terraform data goes to a temp dir, generated module lock files are removed.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

terraform_bin="${TERRAFORM:-terraform}"
plugin_dir="${TF_PLUGIN_DIR:-/opt/tf-plugins}"
expected_aws_version="5.100.0"

work_dir="$(mktemp -d "${TMPDIR:-/tmp}/check-terraform.XXXXXX")"
created_locks=()

cleanup() {
  local lock
  for lock in "${created_locks[@]+"${created_locks[@]}"}"; do
    rm -f "$lock"
  done
  rm -rf "$work_dir"
}
trap cleanup EXIT

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

command -v "$terraform_bin" >/dev/null 2>&1 || fail "terraform not found (set TERRAFORM=/path/to/terraform)"
[[ -d "$plugin_dir" ]] || fail "provider mirror $plugin_dir not found (set TF_PLUGIN_DIR)"

# A private CLI config: no checkpoint calls, providers only from the local mirror, no stray user config.
export TF_CLI_CONFIG_FILE="$work_dir/terraformrc"
cat >"$TF_CLI_CONFIG_FILE" <<RC
disable_checkpoint = true
provider_installation {
  filesystem_mirror {
    path    = "$plugin_dir"
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/*"]
  }
}
RC
export TF_IN_AUTOMATION=1
export TF_INPUT=0
export CHECKPOINT_DISABLE=1

start_seconds=$SECONDS
tf_version="$("$terraform_bin" version)"
echo "${tf_version%%$'\n'*}"

step "terraform fmt -check -recursive terraform"
"$terraform_bin" fmt -check -recursive -diff terraform || fail "terraform fmt: run 'terraform fmt -recursive terraform'"

# Convention check: every variable has a description and a type; every output has a description.
step "conventions: variables.tf / outputs.tf / versions.tf / main.tf in every module and root"
check_blocks() {
  # $1 = file, $2 = block keyword, remaining = required attributes
  local file="$1" kind="$2"
  shift 2
  awk -v kind="$kind" -v required="$*" -v file="$file" '
    BEGIN { n = split(required, req, " "); bad = 0 }
    $0 ~ "^" kind " \"" { name = $2; inblock = 1; delete seen; next }
    inblock && /^}/ {
      for (i = 1; i <= n; i++) if (!(req[i] in seen)) { printf "%s: %s %s has no %s\n", file, kind, name, req[i]; bad = 1 }
      inblock = 0; next
    }
    inblock && match($0, /^  [a-z_]+ +=/) { attr = $1; seen[attr] = 1 }
    END { exit bad }
  ' "$file"
}

roots=()
modules=()
for dir in terraform/modules/*/; do modules+=("${dir%/}"); done
# envs/common holds the files every root links (variables.tf, outputs.tf); it is not a root itself.
for dir in terraform/envs/*/; do [[ $dir == */common/ ]] || roots+=("${dir%/}"); done
(( ${#modules[@]} > 0 && ${#roots[@]} > 0 )) || fail "no modules or environment roots found under terraform/"

for dir in "${modules[@]}" "${roots[@]}"; do
  for required_file in versions.tf variables.tf outputs.tf main.tf; do
    [[ -f "$dir/$required_file" ]] || fail "$dir is missing $required_file"
  done
  check_blocks "$dir/variables.tf" variable description type || fail "$dir/variables.tf: see above"
  check_blocks "$dir/outputs.tf" output description value || fail "$dir/outputs.tf: see above"
  echo "ok  $dir"
done

check_dir() {
  local dir="$1" kind="$2"
  local data_dir="$work_dir/data/${dir//\//_}"
  local lock="$dir/.terraform.lock.hcl"
  local init_args=(-backend=false -plugin-dir="$plugin_dir" -input=false -no-color)

  step "$dir ($kind)"
  if [[ "$kind" == root ]]; then
    [[ -f "$lock" ]] || fail "$lock is missing (environment roots commit their lock file)"
    grep -q "version *= *\"$expected_aws_version\"" "$lock" || fail "$lock does not pin hashicorp/aws $expected_aws_version"
    init_args+=(-lockfile=readonly)
  elif [[ ! -f "$lock" ]]; then
    created_locks+=("$lock")
  fi

  echo "--- init -backend=false -plugin-dir=$plugin_dir"
  TF_DATA_DIR="$data_dir" "$terraform_bin" -chdir="$dir" init "${init_args[@]}" >"$work_dir/init.log" 2>&1 \
    || { cat "$work_dir/init.log" >&2; fail "$dir: terraform init"; }
  grep -q "hashicorp/aws v$expected_aws_version" "$work_dir/init.log" \
    || { cat "$work_dir/init.log" >&2; fail "$dir: hashicorp/aws did not resolve to $expected_aws_version"; }

  echo "--- validate"
  TF_DATA_DIR="$data_dir" "$terraform_bin" -chdir="$dir" validate -no-color || fail "$dir: terraform validate"

  if compgen -G "$dir/tests/*.tftest.hcl" >/dev/null; then
    echo "--- test"
    TF_DATA_DIR="$data_dir" "$terraform_bin" -chdir="$dir" test -no-color || fail "$dir: terraform test"
  else
    echo "--- no tests/*.tftest.hcl"
  fi
}

for dir in "${modules[@]}"; do check_dir "$dir" module; done
for dir in "${roots[@]}"; do check_dir "$dir" root; done

step "all Terraform checks passed in $((SECONDS - start_seconds))s"
