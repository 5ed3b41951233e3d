#!/usr/bin/env python3
"""Dynamic inventory built from the Terraform outputs of one environment.

Runs `terraform -chdir=terraform/envs/<env> output -json` (or reads a saved copy of
that JSON) and prints an Ansible inventory with one group, `portfolio_returns`
(plus `portfolio_returns_<env>`), whose hosts are the app instances.

Environment:
  PORTFOLIO_RETURNS_ENV           Terraform environment under terraform/envs (default: staging)
  PORTFOLIO_RETURNS_TF_DIR        Terraform directory (default: <repo>/terraform/envs/<env>)
  PORTFOLIO_RETURNS_TF_OUTPUT     file holding `terraform output -json` (skips running terraform)
  PORTFOLIO_RETURNS_SSH_USER      ansible_user (default: the output's, else ec2-user for AL2023)
  PORTFOLIO_RETURNS_USE_PRIVATE_IP  "1": connect to the private address (bastion / VPN)
  PORTFOLIO_RETURNS_CONNECTION    "ssm": connect through SSM Session Manager (community.aws.aws_ssm;
                                  the app security group allows no SSH by default) instead of SSH
  PORTFOLIO_RETURNS_SSM_BUCKET    S3 bucket the aws_ssm connection uses for file transfers
  PORTFOLIO_RETURNS_SSM_PLUGIN    connection plugin (default community.aws.aws_ssm, which newer
                                  community.aws redirects to amazon.aws.aws_ssm)

Outputs it understands:
  ansible_inventory  (terraform/envs/*: all.children.app.hosts + all.vars) is used first: its hosts,
                     their ansible_host/ec2_instance_id/private_ip and its vars are kept.
  Otherwise, per output (the first name found wins; a map output such as
  `app = { public_ip = ... }` is also read as `app_public_ip`):
  host address  app_public_ip(s), app_instance_public_ip, app_host, public_ip, instance_public_ip
                (with USE_PRIVATE_IP: app_private_ip(s), private_ip)
  instance id   app_instance_id(s), instance_id        -> inventory hostname when present
In both cases the database outputs become role variables on the group:
  db_host | db_address | database_address | database_host | rds_address | db_endpoint -> portfolio_returns_db_host
  db_port | database_port                                                        -> portfolio_returns_db_port
  db_name | database_name                                                        -> portfolio_returns_db_name
  db_username | db_master_username | database_username | master_username         -> portfolio_returns_db_user
  db_secret_arn | db_master_user_secret_arn | database_secret_arn | master_user_secret_arn
                                                                                 -> portfolio_returns_db_secret_arn
  aws_region | region                                                            -> portfolio_returns_aws_region
Hosts are in the group portfolio_returns (through its child portfolio_returns_<env>), which
playbooks/deploy.yml targets.
"""

import json
import os
import subprocess
import sys

GROUP = "portfolio_returns"

HOST_KEYS = ["app_public_ip", "app_public_ips", "app_instance_public_ip", "app_host",
             "public_ip", "instance_public_ip"]
PRIVATE_HOST_KEYS = ["app_private_ip", "app_private_ips", "app_instance_private_ip", "private_ip"]
ID_KEYS = ["app_instance_id", "app_instance_ids", "instance_id", "instance_ids"]
GROUP_VAR_KEYS = {
    "portfolio_returns_db_host": ["db_host", "db_address", "database_address", "database_host",
                                  "rds_address", "db_endpoint", "database_endpoint"],
    "portfolio_returns_db_port": ["db_port", "database_port"],
    "portfolio_returns_db_name": ["db_name", "database_name"],
    "portfolio_returns_db_user": ["db_username", "db_master_username", "database_username",
                                  "master_username"],
    "portfolio_returns_db_secret_arn": ["db_secret_arn", "db_master_user_secret_arn",
                                        "database_secret_arn", "master_user_secret_arn"],
    "portfolio_returns_aws_region": ["aws_region", "region"],
}


def repo_root():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(os.path.dirname(here))


def load_outputs():
    saved = os.environ.get("PORTFOLIO_RETURNS_TF_OUTPUT")
    if saved:
        with open(saved, encoding="utf-8") as handle:
            return json.load(handle)
    env = os.environ.get("PORTFOLIO_RETURNS_ENV", "staging")
    tf_dir = os.environ.get("PORTFOLIO_RETURNS_TF_DIR",
                            os.path.join(repo_root(), "terraform", "envs", env))
    try:
        result = subprocess.run(["terraform", f"-chdir={tf_dir}", "output", "-json"],
                                check=True, capture_output=True, text=True)
    except FileNotFoundError:
        sys.exit("terraform_inventory: terraform is not installed (or set PORTFOLIO_RETURNS_TF_OUTPUT)")
    except subprocess.CalledProcessError as error:
        sys.exit(f"terraform_inventory: terraform output failed in {tf_dir}: {error.stderr.strip()}")
    return json.loads(result.stdout or "{}")


def flatten(outputs):
    """{"name": {"value": v}} -> {"name": v}, with map values also as name_key."""
    values = {}
    for name, output in outputs.items():
        value = output.get("value") if isinstance(output, dict) and "value" in output else output
        values[name] = value
        if isinstance(value, dict):
            for key, inner in value.items():
                values.setdefault(f"{name}_{key}", inner)
    return values


def first(values, keys):
    for key in keys:
        if values.get(key) not in (None, "", []):
            return values[key]
    return None


def as_list(value):
    if value is None:
        return []
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def hosts_from_inventory_output(inventory):
    """Hosts and vars of the `ansible_inventory` output (all.children.<group>.hosts, all.vars)."""
    top = inventory.get("all", inventory) if isinstance(inventory, dict) else {}
    hosts = {}
    for group in (top.get("children") or {}).values():
        for name, hostvars in ((group or {}).get("hosts") or {}).items():
            hosts[name] = dict(hostvars or {})
    for name, hostvars in (top.get("hosts") or {}).items():
        hosts[name] = dict(hostvars or {})
    return hosts, dict(top.get("vars") or {})


def hosts_from_outputs(values, private):
    addresses = as_list(first(values, PRIVATE_HOST_KEYS if private else HOST_KEYS))
    ids = as_list(first(values, ID_KEYS))
    hosts = {}
    for index, address in enumerate(addresses):
        instance_id = ids[index] if len(ids) == len(addresses) else None
        hosts[instance_id or address] = {"ansible_host": address}
        if instance_id:
            hosts[instance_id]["ec2_instance_id"] = instance_id
    return hosts


def build_inventory(values):
    env = os.environ.get("PORTFOLIO_RETURNS_ENV", "staging")
    private = os.environ.get("PORTFOLIO_RETURNS_USE_PRIVATE_IP") == "1"
    connection = os.environ.get("PORTFOLIO_RETURNS_CONNECTION", "ssh")

    hosts, inventory_vars = {}, {}
    if isinstance(values.get("ansible_inventory"), dict):
        hosts, inventory_vars = hosts_from_inventory_output(values["ansible_inventory"])
    if not hosts:
        hosts = hosts_from_outputs(values, private)
    if not hosts:
        sys.exit("terraform_inventory: no app host among the outputs (ansible_inventory, "
                 f"{', '.join(PRIVATE_HOST_KEYS if private else HOST_KEYS)}); "
                 f"outputs present: {', '.join(sorted(values)) or 'none'}")
    # Variables of the ansible_inventory output stand in for missing top-level outputs.
    for key, value in inventory_vars.items():
        values.setdefault(key, value)
    env = str(values.get("environment") or values.get("app_environment") or env)

    group_vars = {"portfolio_returns_environment_name": env}
    for key in ("ansible_user", "ansible_python_interpreter"):
        if key in inventory_vars:
            group_vars[key] = inventory_vars[key]
    if os.environ.get("PORTFOLIO_RETURNS_SSH_USER"):
        group_vars["ansible_user"] = os.environ["PORTFOLIO_RETURNS_SSH_USER"]
    group_vars.setdefault("ansible_user", "ec2-user")

    for var, keys in GROUP_VAR_KEYS.items():
        value = first(values, keys)
        if value is None:
            continue
        if var == "portfolio_returns_db_host" and isinstance(value, str) and ":" in value:
            value, _, port = value.rpartition(":")  # an endpoint "host:port"
            group_vars.setdefault("portfolio_returns_db_port", int(port))
        if var == "portfolio_returns_db_port":
            value = int(value)
        group_vars[var] = value

    for name, hostvars in hosts.items():
        if private and hostvars.get("private_ip"):
            hostvars["ansible_host"] = hostvars["private_ip"]
        if connection == "ssm":
            instance_id = hostvars.get("ec2_instance_id") or name
            hostvars.update({
                "ansible_connection": os.environ.get("PORTFOLIO_RETURNS_SSM_PLUGIN", "community.aws.aws_ssm"),
                "ansible_aws_ssm_instance_id": instance_id,
            })
            if group_vars.get("portfolio_returns_aws_region"):
                hostvars["ansible_aws_ssm_region"] = group_vars["portfolio_returns_aws_region"]
            if os.environ.get("PORTFOLIO_RETURNS_SSM_BUCKET"):
                hostvars["ansible_aws_ssm_bucket_name"] = os.environ["PORTFOLIO_RETURNS_SSM_BUCKET"]

    return {
        "_meta": {"hostvars": hosts},
        "all": {"children": ["ungrouped", GROUP]},
        GROUP: {"vars": group_vars, "children": [f"{GROUP}_{env}"]},
        f"{GROUP}_{env}": {"hosts": sorted(hosts)},
    }


def main(argv):
    if len(argv) > 1 and argv[1] == "--host":
        print("{}")
        return 0
    print(json.dumps(build_inventory(flatten(load_outputs())), indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
