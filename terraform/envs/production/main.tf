locals {
  environment = "production"
  name        = "portfolio-returns-${local.environment}"

  # Production database guarantees: a standby in a second AZ, no accidental deletion, and a final
  # snapshot ("<identifier>-final") if it is ever destroyed. Deliberately not variables.
  db_multi_az            = true
  db_deletion_protection = true
  db_skip_final_snapshot = false
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

module "network" {
  source = "../../modules/network"

  name               = local.name
  vpc_cidr           = var.vpc_cidr
  enable_nat_gateway = var.enable_nat_gateway
}

module "app" {
  source = "../../modules/app_host"

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
  source = "../../modules/database"

  identifier            = local.name
  vpc_id                = module.network.vpc_id
  subnet_ids            = module.network.private_subnet_ids
  app_security_group_id = module.app.security_group_id

  instance_class          = var.db_instance_class
  allocated_storage       = var.db_allocated_storage
  max_allocated_storage   = var.db_allocated_storage * 5
  backup_retention_period = var.db_backup_retention_period

  multi_az            = local.db_multi_az
  deletion_protection = local.db_deletion_protection
  skip_final_snapshot = local.db_skip_final_snapshot
  apply_immediately   = false
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
        app_environment            = local.environment
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
