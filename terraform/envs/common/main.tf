# An environment root: one call of the shared stack (modules/stack). Both roots link this file; what
# differs between them (name, defaults, database guarantees) is in their environment.tf, the backend key
# in their versions.tf. The variables of a root are the operator inputs (terraform.tfvars).

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

  # The database guarantees are the environment's (environment.tf), deliberately not variables.
  db_multi_az            = local.database.multi_az
  db_deletion_protection = local.database.deletion_protection
  db_skip_final_snapshot = local.database.skip_final_snapshot
  db_apply_immediately   = local.database.apply_immediately
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
