mock_provider "aws" {
  source = "../../testing/aws"
}

# Inputs of a staging-like environment; runs override what they exercise.
variables {
  environment                = "staging"
  region                     = "us-east-1"
  vpc_cidr                   = "10.20.0.0/16"
  enable_nat_gateway         = false
  allowed_cidrs              = ["0.0.0.0/0"]
  ssh_cidrs                  = []
  app_instance_type          = "t3.small"
  db_instance_class          = "db.t4g.micro"
  db_allocated_storage       = 20
  db_backup_retention_period = 7
  db_multi_az                = false
  db_deletion_protection     = false
  db_skip_final_snapshot     = true
  db_apply_immediately       = true
  cluster_enabled            = false
  cluster_min_size           = 2
  cluster_max_size           = 4
  certificate_arn            = null
}

run "single_host_wiring" {
  command = plan

  assert {
    condition     = output.name == "portfolio-returns-staging" && output.environment == "staging" && output.region == "us-east-1"
    error_message = "Names must derive from the environment; region must pass through."
  }

  assert {
    condition     = output.db_multi_az == false && output.db_deletion_protection == false && output.db_final_snapshot_identifier == null && output.db_apply_immediately == true
    error_message = "The database settings must pass through to RDS unchanged."
  }

  assert {
    condition     = output.db_backup_retention_period == 7
    error_message = "db_backup_retention_period must pass through."
  }

  assert {
    condition     = output.app_architecture == "x86_64"
    error_message = "t3.small must get the x86_64 AMI."
  }

  assert {
    condition     = output.alb_dns_name == null && output.autoscaling_group_name == null
    error_message = "No ALB or Auto Scaling group without cluster_enabled."
  }

  assert {
    condition     = length(output.ansible_inventory.all.children.app.hosts) == 1 && keys(output.ansible_inventory.all.children.app.hosts)[0] == "portfolio-returns-staging-app"
    error_message = "The inventory must list the single app host."
  }

  assert {
    condition     = output.ansible_inventory.all.vars.app_environment == "staging" && output.ansible_inventory.all.vars.aws_region == "us-east-1" && output.ansible_inventory.all.vars.ansible_user == "ec2-user" && output.ansible_inventory.all.vars.ansible_python_interpreter == "/usr/bin/python3"
    error_message = "Inventory vars wrong."
  }
}

run "production_settings_pass_through" {
  command = plan

  variables {
    environment                = "production"
    db_backup_retention_period = 14
    db_multi_az                = true
    db_deletion_protection     = true
    db_skip_final_snapshot     = false
    db_apply_immediately       = false
  }

  assert {
    condition     = output.db_multi_az == true && output.db_deletion_protection == true && output.db_apply_immediately == false
    error_message = "Multi-AZ, deletion protection and apply_immediately must reach RDS as given."
  }

  assert {
    condition     = output.db_final_snapshot_identifier == "portfolio-returns-production-final"
    error_message = "The final snapshot is named <identifier>-final."
  }

  assert {
    condition     = output.db_backup_retention_period == 14
    error_message = "db_backup_retention_period must pass through."
  }

  assert {
    condition     = keys(output.ansible_inventory.all.children.app.hosts)[0] == "portfolio-returns-production-app" && output.ansible_inventory.all.vars.app_environment == "production"
    error_message = "Host name and inventory vars must follow the environment."
  }
}

run "graviton_app_host_gets_arm64" {
  command = plan

  variables {
    app_instance_type = "t4g.small"
  }

  override_data {
    target = module.app.data.aws_ec2_instance_type.this
    values = {
      supported_architectures = ["arm64"]
    }
  }

  override_data {
    target = module.app.data.aws_ami.al2023
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

run "cluster_enabled_with_nat" {
  command = plan

  variables {
    cluster_enabled    = true
    enable_nat_gateway = true
  }

  assert {
    condition     = length(output.ansible_inventory.all.children.app.hosts) == 0
    error_message = "Auto Scaling hosts are not listed statically (use the aws_ec2 inventory plugin)."
  }

  assert {
    condition     = output.app_instance_id == null && output.app_public_ip == null
    error_message = "No single host in cluster mode."
  }
}

run "outputs_after_mock_apply" {
  command = apply

  assert {
    condition     = output.db_host == "portfolio-returns.abc123xyz.us-east-1.rds.amazonaws.com" && !strcontains(output.db_host, ":") && output.db_port == 5432
    error_message = "db_host must be the bare hostname and db_port the number 5432."
  }

  assert {
    condition     = output.db_name == "portfolio_returns" && output.db_master_username == "portfolio_admin"
    error_message = "Database name / master user outputs wrong."
  }

  assert {
    condition     = output.db_secret_arn == "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-0mock-AbCdEf"
    error_message = "db_secret_arn must come from the RDS-managed secret."
  }

  assert {
    condition     = output.app_public_ip == "198.51.100.20" && output.app_instance_id == "i-0mock000000000001" && output.app_private_ip == "10.20.0.10"
    error_message = "App host outputs wrong."
  }

  assert {
    condition     = output.vpc_id == "vpc-0mock0000000000001" && output.app_security_group_id == "sg-0mock00000000000001"
    error_message = "VPC / security group outputs wrong."
  }

  assert {
    condition     = output.ansible_inventory.all.children.app.hosts["portfolio-returns-staging-app"] == { ansible_host = "198.51.100.20", ec2_instance_id = "i-0mock000000000001", private_ip = "10.20.0.10" }
    error_message = "Inventory host must carry the public IP, instance ID and private IP."
  }

  assert {
    condition     = output.ansible_inventory.all.vars.db_host == output.db_host && output.ansible_inventory.all.vars.db_port == 5432 && output.ansible_inventory.all.vars.db_name == output.db_name && output.ansible_inventory.all.vars.db_master_username == output.db_master_username && output.ansible_inventory.all.vars.db_secret_arn == output.db_secret_arn && output.ansible_inventory.all.vars.alb_dns_name == null
    error_message = "Inventory vars must carry the DB connection facts."
  }

  assert {
    condition     = jsonencode(yamldecode(output.ansible_inventory_yaml)) == jsonencode(output.ansible_inventory)
    error_message = "The YAML inventory must match the object inventory."
  }
}

# ---- every validation rule of this module ----

run "rejects_bad_environment" {
  command = plan
  variables {
    environment = "Production-EU-West"
  }
  expect_failures = [var.environment]
}

run "rejects_bad_region" {
  command = plan
  variables {
    region = "US East"
  }
  expect_failures = [var.region]
}

run "rejects_bad_vpc_cidr" {
  command = plan
  variables {
    vpc_cidr = "10.0.0.0/24"
  }
  expect_failures = [var.vpc_cidr]
}

run "rejects_bad_allowed_cidrs" {
  command = plan
  variables {
    allowed_cidrs = ["example.com"]
  }
  expect_failures = [var.allowed_cidrs]
}

run "rejects_empty_allowed_cidrs" {
  command = plan
  variables {
    allowed_cidrs = []
  }
  expect_failures = [var.allowed_cidrs]
}

run "rejects_world_open_ssh" {
  command = plan
  variables {
    ssh_cidrs = ["0.0.0.0/0"]
  }
  expect_failures = [var.ssh_cidrs]
}

run "rejects_bad_app_instance_type" {
  command = plan
  variables {
    app_instance_type = "t3"
  }
  expect_failures = [var.app_instance_type]
}

run "rejects_bad_db_instance_class" {
  command = plan
  variables {
    db_instance_class = "t4g.micro"
  }
  expect_failures = [var.db_instance_class]
}

run "rejects_small_db_storage" {
  command = plan
  variables {
    db_allocated_storage = 5
  }
  expect_failures = [var.db_allocated_storage]
}

run "rejects_short_backup_retention" {
  command = plan
  variables {
    db_backup_retention_period = 1
  }
  expect_failures = [var.db_backup_retention_period]
}

run "rejects_skipped_snapshot_on_protected_db" {
  command = plan
  variables {
    db_deletion_protection = true
    db_skip_final_snapshot = true
  }
  expect_failures = [var.db_skip_final_snapshot]
}

run "rejects_zero_cluster_min_size" {
  command = plan
  variables {
    cluster_min_size = 0
  }
  expect_failures = [var.cluster_min_size]
}

run "rejects_cluster_max_below_min" {
  command = plan
  variables {
    cluster_max_size = 1
  }
  expect_failures = [var.cluster_max_size]
}

run "rejects_bad_certificate_arn" {
  command = plan
  variables {
    certificate_arn = "not-an-arn"
  }
  expect_failures = [var.certificate_arn]
}
