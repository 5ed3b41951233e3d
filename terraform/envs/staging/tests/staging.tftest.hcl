mock_provider "aws" {
  source = "../../testing/aws"
}

run "staging_defaults" {
  command = plan

  assert {
    condition     = output.environment == "staging" && output.region == "us-east-1"
    error_message = "Unexpected environment/region."
  }

  assert {
    condition     = module.stack.db_multi_az == false && module.stack.db_deletion_protection == false
    error_message = "Staging runs single-AZ without deletion protection."
  }

  assert {
    condition     = module.stack.db_backup_retention_period >= 7
    error_message = "Backups must be kept at least 7 days."
  }

  assert {
    condition     = module.stack.db_final_snapshot_identifier == null && module.stack.db_apply_immediately == true
    error_message = "Staging skips the final snapshot and applies database changes immediately."
  }

  assert {
    condition     = module.stack.db_backup_retention_period == 7
    error_message = "Staging keeps 7 days of backups by default."
  }

  assert {
    condition     = output.app_architecture == "x86_64"
    error_message = "Default t3.small must get the x86_64 AMI."
  }

  assert {
    condition     = length(output.ansible_inventory.all.children.app.hosts) == 1 && keys(output.ansible_inventory.all.children.app.hosts)[0] == "portfolio-returns-staging-app"
    error_message = "The inventory must list the single app host."
  }

  assert {
    condition     = output.ansible_inventory.all.vars.app_environment == "staging" && output.ansible_inventory.all.vars.ansible_user == "ec2-user"
    error_message = "Inventory vars wrong."
  }
}

run "graviton_app_host_gets_arm64" {
  command = plan

  variables {
    app_instance_type = "t4g.small"
  }

  override_data {
    target = module.stack.module.app.data.aws_ec2_instance_type.this
    values = {
      supported_architectures = ["arm64"]
    }
  }

  override_data {
    target = module.stack.module.app.data.aws_ami.al2023
    values = {
      id           = "ami-0arm000000000000001"
      architecture = "arm64"
    }
  }

  assert {
    condition     = output.app_architecture == "arm64" && output.app_ami_id == "ami-0arm000000000000001"
    error_message = "t4g.small must get the arm64 AMI."
  }
}

run "cluster_enabled" {
  command = plan

  variables {
    cluster_enabled = true
  }

  assert {
    condition     = length(output.ansible_inventory.all.children.app.hosts) == 0
    error_message = "Auto Scaling hosts are not listed statically (use the aws_ec2 inventory plugin)."
  }

  assert {
    condition     = output.app_instance_id == null
    error_message = "No single host in cluster mode."
  }
}

run "outputs_after_mock_apply" {
  command = apply

  assert {
    condition     = output.db_host == "portfolio-returns.abc123xyz.us-east-1.rds.amazonaws.com" && !strcontains(output.db_host, ":")
    error_message = "db_host must be the bare hostname."
  }

  assert {
    condition     = output.db_port == 5432
    error_message = "db_port must be the number 5432."
  }

  assert {
    condition     = output.db_secret_arn == "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-0mock-AbCdEf"
    error_message = "db_secret_arn must come from the RDS-managed secret."
  }

  assert {
    condition     = output.app_public_ip == "198.51.100.20" && output.app_instance_id == "i-0mock000000000001"
    error_message = "App host public IP / instance ID outputs wrong."
  }

  assert {
    condition     = output.alb_dns_name == null
    error_message = "No ALB by default."
  }

  assert {
    condition     = output.ansible_inventory.all.children.app.hosts["portfolio-returns-staging-app"].ansible_host == "198.51.100.20"
    error_message = "Inventory host must point at the public IP."
  }

  assert {
    condition     = output.ansible_inventory.all.vars.db_host == output.db_host && output.ansible_inventory.all.vars.db_port == 5432 && output.ansible_inventory.all.vars.db_secret_arn == output.db_secret_arn
    error_message = "Inventory vars must carry the DB connection facts."
  }

  assert {
    condition     = yamldecode(output.ansible_inventory_yaml).all.vars.db_host == output.db_host && yamldecode(output.ansible_inventory_yaml).all.vars.db_port == 5432 && yamldecode(output.ansible_inventory_yaml).all.children.app.hosts["portfolio-returns-staging-app"].ansible_host == "198.51.100.20"
    error_message = "The YAML inventory must match the object inventory."
  }
}
