# The production environment: one call of the shared stack (modules/stack) with production's values.
# The variables of this root are the per-environment inputs (terraform.tfvars); outputs.tf re-exports
# the stack's outputs under the names the Ansible inventory and the deploy workflows read.

locals {
  environment = "production"

  # The only inputs whose defaults differ between environments; variables.tf is shared (../common).
  defaults = {
    vpc_cidr                   = "10.30.0.0/16"
    db_instance_class          = "db.t4g.small"
    db_backup_retention_period = 14
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "portfolio-returns"
      Environment = local.environment
      ManagedBy   = "terraform"
    }
  }
}

module "stack" {
  source = "../../modules/stack"

  environment = local.environment

  region             = var.region
  vpc_cidr           = coalesce(var.vpc_cidr, local.defaults.vpc_cidr)
  enable_nat_gateway = var.enable_nat_gateway
  allowed_cidrs      = var.allowed_cidrs
  ssh_cidrs          = var.ssh_cidrs
  app_instance_type  = var.app_instance_type

  db_instance_class          = coalesce(var.db_instance_class, local.defaults.db_instance_class)
  db_allocated_storage       = var.db_allocated_storage
  db_backup_retention_period = coalesce(var.db_backup_retention_period, local.defaults.db_backup_retention_period)

  cluster_enabled  = var.cluster_enabled
  cluster_min_size = var.cluster_min_size
  cluster_max_size = var.cluster_max_size
  certificate_arn  = var.certificate_arn

  # Production database guarantees: a standby in a second AZ, no accidental deletion, a final snapshot
  # ("<identifier>-final") if it is ever destroyed, and changes held for the maintenance window.
  # Deliberately not variables.
  db_multi_az            = true
  db_deletion_protection = true
  db_skip_final_snapshot = false
  db_apply_immediately   = false
}

# The three modules used to be called from this root directly; these keep their state (no replacement).
moved {
  from = module.network
  to   = module.stack.module.network
}

moved {
  from = module.app
  to   = module.stack.module.app
}

moved {
  from = module.database
  to   = module.stack.module.database
}
