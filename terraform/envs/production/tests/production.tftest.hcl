mock_provider "aws" {
  source = "../../testing/aws"

  # Production's VPC is 10.30.0.0/16.
  mock_resource "aws_instance" {
    defaults = {
      id         = "i-0mock000000000001"
      private_ip = "10.30.0.10"
    }
  }
}

run "production_database_settings" {
  command = plan

  assert {
    condition     = output.environment == "production"
    error_message = "Unexpected environment."
  }

  assert {
    condition     = module.stack.db_multi_az == true
    error_message = "Production RDS must be Multi-AZ."
  }

  assert {
    condition     = module.stack.db_deletion_protection == true
    error_message = "Production RDS must have deletion protection."
  }

  assert {
    condition     = module.stack.db_final_snapshot_identifier == "portfolio-returns-production-final"
    error_message = "Production RDS must take a final snapshot."
  }

  assert {
    condition     = module.stack.db_backup_retention_period == 14
    error_message = "Production keeps 14 days of backups by default."
  }

  assert {
    condition     = module.stack.db_apply_immediately == false
    error_message = "Production RDS changes wait for the maintenance window."
  }

  assert {
    condition     = output.app_architecture == "x86_64"
    error_message = "Default t3.small must get the x86_64 AMI."
  }

  assert {
    condition     = length(output.ansible_inventory.all.children.app.hosts) == 1 && keys(output.ansible_inventory.all.children.app.hosts)[0] == "portfolio-returns-production-app"
    error_message = "The inventory must list the single app host."
  }
}

run "production_settings_survive_overrides" {
  # No input can switch the production guarantees off.
  command = plan

  variables {
    db_instance_class          = "db.t4g.micro"
    db_backup_retention_period = 7
    cluster_enabled            = true
    enable_nat_gateway         = true
  }

  assert {
    condition     = module.stack.db_multi_az == true && module.stack.db_deletion_protection == true && module.stack.db_final_snapshot_identifier != null
    error_message = "Production guarantees must not depend on variables."
  }

  assert {
    condition     = module.stack.db_apply_immediately == false && module.stack.db_final_snapshot_identifier == "portfolio-returns-production-final"
    error_message = "Production RDS changes wait for the maintenance window and keep the final snapshot, whatever the inputs."
  }

  assert {
    condition     = length(output.ansible_inventory.all.children.app.hosts) == 0 && output.app_instance_id == null
    error_message = "Cluster mode lists no static hosts."
  }
}

run "outputs_after_mock_apply" {
  command = apply

  assert {
    condition     = output.db_host == "portfolio-returns.abc123xyz.us-east-1.rds.amazonaws.com" && output.db_port == 5432
    error_message = "db_host and db_port must be separate (host without port, port as a number)."
  }

  assert {
    condition     = output.db_secret_arn == "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-0mock-AbCdEf"
    error_message = "db_secret_arn must come from the RDS-managed secret."
  }

  assert {
    condition     = output.ansible_inventory.all.children.app.hosts["portfolio-returns-production-app"].ansible_host == output.app_public_ip
    error_message = "Inventory host must point at the public IP."
  }
}
