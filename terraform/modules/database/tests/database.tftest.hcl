mock_provider "aws" {}

# name_prefix makes the name unknown at plan time; pin it so the wiring can be asserted.
override_resource {
  target          = aws_db_parameter_group.this
  override_during = plan
  values = {
    id   = "pr-test-pg17-20250101000000000000000001"
    name = "pr-test-pg17-20250101000000000000000001"
    arn  = "arn:aws:rds:us-east-1:123456789012:pg:pr-test-pg17-20250101000000000000000001"
  }
}

variables {
  identifier            = "pr-test"
  vpc_id                = "vpc-0123456789abcdef0"
  subnet_ids            = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"]
  app_security_group_id = "sg-0app00000000000001"
}

run "secure_defaults" {
  command = plan

  assert {
    condition     = aws_db_instance.this.publicly_accessible == false
    error_message = "RDS must not be publicly accessible."
  }

  assert {
    condition     = aws_db_instance.this.storage_encrypted == true
    error_message = "RDS storage must be encrypted."
  }

  assert {
    condition     = aws_db_instance.this.engine == "postgres" && startswith(aws_db_instance.this.engine_version, "17")
    error_message = "Engine must be PostgreSQL 17."
  }

  assert {
    condition     = aws_db_instance.this.backup_retention_period >= 7
    error_message = "Backups must be kept at least 7 days."
  }

  assert {
    condition     = aws_db_instance.this.manage_master_user_password == true && aws_db_instance.this.password == null
    error_message = "The master password must be managed by RDS in Secrets Manager, never set in Terraform."
  }

  assert {
    condition     = aws_db_instance.this.performance_insights_enabled == true
    error_message = "Performance Insights must be enabled."
  }

  assert {
    condition     = aws_db_instance.this.storage_type == "gp3" && aws_db_instance.this.allocated_storage == 20
    error_message = "Default storage is 20 GiB gp3."
  }

  assert {
    condition     = aws_db_instance.this.db_subnet_group_name == aws_db_subnet_group.this.name && aws_db_subnet_group.this.subnet_ids == toset(var.subnet_ids)
    error_message = "The instance must live in the DB subnet group built from the private subnets."
  }

  assert {
    condition     = aws_db_parameter_group.this.family == "postgres17"
    error_message = "Parameter group family must be postgres17."
  }

  assert {
    condition     = anytrue([for p in aws_db_parameter_group.this.parameter : p.name == "rds.force_ssl" && p.value == "1"])
    error_message = "The parameter group must force SSL (rds.force_ssl = 1)."
  }

  assert {
    condition     = aws_db_instance.this.parameter_group_name == aws_db_parameter_group.this.name
    error_message = "The instance must use the SSL-enforcing parameter group."
  }
}

run "postgres_only_from_app_security_group" {
  command = plan

  assert {
    condition     = aws_vpc_security_group_ingress_rule.postgres_from_app.referenced_security_group_id == "sg-0app00000000000001"
    error_message = "5432 must be reachable only from the app security group."
  }

  assert {
    condition     = aws_vpc_security_group_ingress_rule.postgres_from_app.from_port == 5432 && aws_vpc_security_group_ingress_rule.postgres_from_app.to_port == 5432 && aws_vpc_security_group_ingress_rule.postgres_from_app.ip_protocol == "tcp"
    error_message = "The only DB ingress rule must be tcp/5432."
  }

  assert {
    condition     = aws_vpc_security_group_ingress_rule.postgres_from_app.cidr_ipv4 == null && aws_vpc_security_group_ingress_rule.postgres_from_app.cidr_ipv6 == null && aws_vpc_security_group_ingress_rule.postgres_from_app.prefix_list_id == null
    error_message = "The DB security group must not accept CIDR or prefix-list sources."
  }
}

run "production_settings" {
  command = plan

  variables {
    instance_class          = "db.t4g.small"
    multi_az                = true
    deletion_protection     = true
    skip_final_snapshot     = false
    backup_retention_period = 14
  }

  assert {
    condition     = aws_db_instance.this.multi_az == true
    error_message = "Production must be Multi-AZ."
  }

  assert {
    condition     = aws_db_instance.this.deletion_protection == true
    error_message = "Production must have deletion protection."
  }

  assert {
    condition     = aws_db_instance.this.skip_final_snapshot == false && aws_db_instance.this.final_snapshot_identifier == "pr-test-final"
    error_message = "Production must take a named final snapshot."
  }

  assert {
    condition     = aws_db_instance.this.backup_retention_period == 14
    error_message = "backup_retention_period must be passed through."
  }
}

run "staging_may_skip_final_snapshot" {
  command = plan

  variables {
    deletion_protection = false
    skip_final_snapshot = true
  }

  assert {
    condition     = aws_db_instance.this.skip_final_snapshot == true && aws_db_instance.this.final_snapshot_identifier == null
    error_message = "skip_final_snapshot = true must not set a final snapshot name."
  }

  assert {
    condition     = aws_db_instance.this.multi_az == false
    error_message = "multi_az defaults to false."
  }
}

run "apply_with_mocks_exposes_secret_and_endpoint" {
  command = apply

  override_resource {
    target = aws_db_instance.this
    values = {
      address = "pr-test.abc123.us-east-1.rds.amazonaws.com"
      port    = 5432
      master_user_secret = [{
        kms_key_id    = "alias/aws/secretsmanager"
        secret_arn    = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-1234-AbCdEf"
        secret_status = "active"
      }]
    }
  }

  assert {
    condition     = output.address == "pr-test.abc123.us-east-1.rds.amazonaws.com" && output.port == 5432
    error_message = "address and port must be separate outputs; address carries no port."
  }

  assert {
    condition     = output.master_user_secret_arn == "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-1234-AbCdEf"
    error_message = "master_user_secret_arn must be the RDS-managed secret."
  }
}

run "rejects_backup_retention_below_7" {
  command = plan
  variables {
    backup_retention_period = 3
  }
  expect_failures = [var.backup_retention_period]
}

run "rejects_bad_identifier" {
  command = plan
  variables {
    identifier = "Bad--id-"
  }
  expect_failures = [var.identifier]
}

run "rejects_bad_vpc_id" {
  command = plan
  variables {
    vpc_id = "vpcabc"
  }
  expect_failures = [var.vpc_id]
}

run "rejects_single_subnet" {
  command = plan
  variables {
    subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1"]
  }
  expect_failures = [var.subnet_ids]
}

run "rejects_bad_app_security_group_id" {
  command = plan
  variables {
    app_security_group_id = "0.0.0.0/0"
  }
  expect_failures = [var.app_security_group_id]
}

run "rejects_bad_instance_class" {
  command = plan
  variables {
    instance_class = "t4g.micro"
  }
  expect_failures = [var.instance_class]
}

run "rejects_non_17_engine" {
  command = plan
  variables {
    engine_version = "16.4"
  }
  expect_failures = [var.engine_version]
}

run "rejects_small_storage" {
  command = plan
  variables {
    allocated_storage = 10
  }
  expect_failures = [var.allocated_storage]
}

run "rejects_max_storage_below_allocated" {
  command = plan
  variables {
    allocated_storage     = 50
    max_allocated_storage = 30
  }
  expect_failures = [var.max_allocated_storage]
}

run "rejects_bad_db_name" {
  command = plan
  variables {
    db_name = "portfolio-returns"
  }
  expect_failures = [var.db_name]
}

run "rejects_reserved_master_username" {
  command = plan
  variables {
    master_username = "rdsadmin"
  }
  expect_failures = [var.master_username]
}

run "rejects_bad_performance_insights_retention" {
  command = plan
  variables {
    performance_insights_retention_period = 30
  }
  expect_failures = [var.performance_insights_retention_period]
}

run "rejects_bad_backup_window" {
  command = plan
  variables {
    backup_window = "3am"
  }
  expect_failures = [var.backup_window]
}

run "rejects_bad_maintenance_window" {
  command = plan
  variables {
    maintenance_window = "sunday:04:30-sunday:05:30"
  }
  expect_failures = [var.maintenance_window]
}
