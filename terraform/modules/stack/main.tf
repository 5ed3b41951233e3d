# Composition module: one complete portfolio-returns environment (network + database + app hosts) and
# the Ansible inventory built from it. The environment roots (terraform/envs/*) call it once each, pass
# their per-environment values (including the database guarantees, which production fixes in its own
# main.tf rather than exposing as variables) and re-export its outputs. The AWS provider, its default
# tags and the S3 backend stay in the roots; this module configures no provider.

locals {
  name = "portfolio-returns-${var.environment}"
}

module "network" {
  source = "../network"

  name               = local.name
  vpc_cidr           = var.vpc_cidr
  enable_nat_gateway = var.enable_nat_gateway
}

module "app" {
  source = "../app_host"

  name          = local.name
  vpc_id        = module.network.vpc_id
  subnet_id     = module.network.public_subnet_ids[0]
  instance_type = var.app_instance_type
  allowed_cidrs = var.allowed_cidrs
  ssh_cidrs     = var.ssh_cidrs
  db_secret_arn = module.database.master_user_secret_arn

  cluster_enabled             = var.cluster_enabled
  alb_subnet_ids              = module.network.public_subnet_ids
  cluster_subnet_ids          = var.enable_nat_gateway ? module.network.private_subnet_ids : module.network.public_subnet_ids
  cluster_associate_public_ip = !var.enable_nat_gateway
  cluster_min_size            = var.cluster_min_size
  cluster_max_size            = var.cluster_max_size
  certificate_arn             = var.certificate_arn
}

module "database" {
  source = "../database"

  identifier            = local.name
  vpc_id                = module.network.vpc_id
  subnet_ids            = module.network.private_subnet_ids
  app_security_group_id = module.app.security_group_id

  instance_class          = var.db_instance_class
  allocated_storage       = var.db_allocated_storage
  max_allocated_storage   = var.db_allocated_storage * 5
  backup_retention_period = var.db_backup_retention_period

  multi_az            = var.db_multi_az
  deletion_protection = var.db_deletion_protection
  skip_final_snapshot = var.db_skip_final_snapshot
  apply_immediately   = var.db_apply_immediately
}

locals {
  ansible_hosts = var.cluster_enabled ? {} : {
    "${local.name}-app" = {
      ansible_host    = module.app.public_ip
      ec2_instance_id = module.app.instance_id
      private_ip      = module.app.private_ip
    }
  }

  # Standard Ansible inventory structure (all -> children -> app -> hosts); JSON is valid inventory YAML.
  ansible_inventory = {
    all = {
      children = {
        app = {
          hosts = local.ansible_hosts
        }
      }
      vars = {
        ansible_user               = "ec2-user"
        ansible_python_interpreter = "/usr/bin/python3"
        app_environment            = var.environment
        aws_region                 = var.region
        db_host                    = module.database.address
        db_port                    = module.database.port
        db_name                    = module.database.db_name
        db_master_username         = module.database.master_username
        db_secret_arn              = module.database.master_user_secret_arn
        alb_dns_name               = module.app.alb_dns_name
      }
    }
  }
}
