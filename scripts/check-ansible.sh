#!/usr/bin/env bash
# Static checks of the Ansible deploy: yamllint, inventory script, syntax check,
# ansible-lint (production profile, zero findings) and shellcheck of the deploy scripts.
# Usage: scripts/check-ansible.sh      (exits non-zero on the first failing check)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root/ansible"

missing=()
for tool in yamllint ansible-playbook ansible-lint ansible-inventory shellcheck python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "check-ansible: missing ${missing[*]}; install with:" >&2
  echo "  apt-get install -y ansible ansible-lint yamllint shellcheck python3" >&2
  exit 2
fi

# The checks read the inventory from a saved `terraform output -json`, never from live Terraform.
export PORTFOLIO_RETURNS_TF_OUTPUT="$repo_root/ansible/inventory/testdata/terraform-output.json"
export ANSIBLE_CONFIG="$repo_root/ansible/ansible.cfg"

step() { printf '\n== %s\n' "$*"; }

step "yamllint"
yamllint --strict .

step "inventory from Terraform outputs"
python3 -m py_compile inventory/terraform_inventory.py
hosts="$(ansible-inventory --list | python3 -c 'import json,sys; inv=json.load(sys.stdin); print(" ".join(inv["_meta"]["hostvars"]))')"
[[ "$hosts" == "portfolio-returns-staging-app" ]] || { echo "unexpected hosts from the fixture: '$hosts'" >&2; exit 1; }
ansible-inventory --host portfolio-returns-staging-app | grep -q '"portfolio_returns_db_secret_arn"' \
  || { echo "the fixture's db_secret_arn did not reach the hosts" >&2; exit 1; }
# Plain outputs (no ansible_inventory), an endpoint "host:port", and the SSM connection.
minimal="$(PORTFOLIO_RETURNS_TF_OUTPUT="$repo_root/ansible/inventory/testdata/terraform-output-minimal.json" \
  PORTFOLIO_RETURNS_CONNECTION=ssm ansible-inventory --host i-0fedcba9876543210)"
for expected in '"portfolio_returns_db_port": 5433' '"ansible_connection": "community.aws.aws_ssm"' '"ansible_host": "198.51.100.7"'; do
  grep -qF "$expected" <<<"$minimal" || { echo "minimal outputs: missing $expected" >&2; exit 1; }
done
echo "ok: $hosts; minimal outputs ok"

step "ansible-playbook --syntax-check"
ansible-playbook --syntax-check playbooks/deploy.yml

step "ansible-lint (production profile)"
ansible-lint --profile production --strict playbooks/deploy.yml roles/portfolio_returns

step "shellcheck"
shellcheck "$repo_root"/scripts/check-ansible.sh "$repo_root"/scripts/build-release.sh "$repo_root"/scripts/deploy-test.sh

printf '\ncheck-ansible: all checks passed\n'
