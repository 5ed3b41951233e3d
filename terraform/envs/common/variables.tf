# Inputs of an environment root, shared by envs/staging and envs/production (each links this file).
# Defaults that differ per environment are null here and set in the root's local.defaults.

variable "region" {
  description = "AWS region to deploy into."
  type        = string
  default     = "us-east-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as us-east-1 or eu-central-1."
  }
}

variable "vpc_cidr" {
  description = "IPv4 CIDR block of the VPC (/16 to /20); null takes the environment's default (local.defaults in main.tf)."
  type        = string
  default     = null

  validation {
    condition     = var.vpc_cidr == null || try(can(cidrnetmask(var.vpc_cidr)) && tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 20, false)
    error_message = "vpc_cidr must be a valid IPv4 CIDR block between /16 and /20."
  }
}

variable "enable_nat_gateway" {
  description = "Create a NAT gateway so private subnets have outbound internet access (needed only if Auto Scaling instances run in private subnets)."
  type        = bool
  default     = false
}

variable "allowed_cidrs" {
  description = "IPv4 CIDR blocks allowed to reach the app on 80/443."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = length(var.allowed_cidrs) > 0 && alltrue([for c in var.allowed_cidrs : try(cidrnetmask(c) != "" && cidrhost(c, 0) == split("/", c)[0], false)])
    error_message = "allowed_cidrs must be a non-empty list of IPv4 CIDR blocks written with their network address."
  }
}

variable "ssh_cidrs" {
  description = "IPv4 CIDR blocks allowed to SSH to the app hosts; empty (the default) keeps port 22 closed — use SSM Session Manager."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.ssh_cidrs : try(cidrnetmask(c) != "" && cidrhost(c, 0) == split("/", c)[0], false) && c != "0.0.0.0/0"])
    error_message = "ssh_cidrs must hold IPv4 CIDR blocks written with their network address, never 0.0.0.0/0."
  }
}

variable "app_instance_type" {
  description = "EC2 instance type of the app host(s); the AL2023 AMI architecture follows it (t3.* -> x86_64, t4g.* -> arm64)."
  type        = string
  default     = "t3.small"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*\\.[a-z0-9]+$", var.app_instance_type))
    error_message = "app_instance_type must look like <family>.<size>, e.g. t3.small."
  }
}

variable "db_instance_class" {
  description = "RDS instance class; null takes the environment's default (local.defaults in main.tf)."
  type        = string
  default     = null

  validation {
    condition     = var.db_instance_class == null || can(regex("^db\\.[a-z0-9-]+\\.[a-z0-9]+$", var.db_instance_class))
    error_message = "db_instance_class must look like db.<family>.<size>, e.g. db.t4g.micro."
  }
}

variable "db_allocated_storage" {
  description = "Initial RDS storage in GiB (gp3, autoscaling up to 5x)."
  type        = number
  default     = 20

  validation {
    condition     = var.db_allocated_storage >= 20 && var.db_allocated_storage <= 1000 && floor(var.db_allocated_storage) == var.db_allocated_storage
    error_message = "db_allocated_storage must be a whole number of GiB between 20 and 1000."
  }
}

variable "db_backup_retention_period" {
  description = "Days RDS keeps automated backups; null takes the environment's default (local.defaults in main.tf)."
  type        = number
  default     = null

  validation {
    condition     = var.db_backup_retention_period == null || try(var.db_backup_retention_period >= 7 && var.db_backup_retention_period <= 35 && floor(var.db_backup_retention_period) == var.db_backup_retention_period, false)
    error_message = "db_backup_retention_period must be a whole number of days from 7 to 35."
  }
}

variable "cluster_enabled" {
  description = "Scale-out path: replace the single app host with an ALB and an Auto Scaling group."
  type        = bool
  default     = false
}

variable "cluster_min_size" {
  description = "Minimum number of app instances when cluster_enabled."
  type        = number
  default     = 2

  validation {
    condition     = var.cluster_min_size >= 1 && var.cluster_min_size <= 20 && floor(var.cluster_min_size) == var.cluster_min_size
    error_message = "cluster_min_size must be a whole number from 1 to 20."
  }
}

variable "cluster_max_size" {
  description = "Maximum number of app instances when cluster_enabled."
  type        = number
  default     = 4

  validation {
    condition     = var.cluster_max_size >= var.cluster_min_size && var.cluster_max_size <= 20 && floor(var.cluster_max_size) == var.cluster_max_size
    error_message = "cluster_max_size must be a whole number between cluster_min_size and 20."
  }
}

variable "certificate_arn" {
  description = "ACM certificate ARN for the ALB's HTTPS listener (cluster only); null serves HTTP only."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$", var.certificate_arn))
    error_message = "certificate_arn must be null or an ACM certificate ARN."
  }
}
