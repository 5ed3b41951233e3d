variable "identifier" {
  description = "RDS instance identifier; also the name prefix of the subnet group, parameter group and security group."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,54}$", var.identifier)) && !can(regex("--|-$", var.identifier))
    error_message = "identifier must be 1-55 lowercase letters, digits or hyphens, start with a letter, and contain no '--' or trailing '-'."
  }
}

variable "vpc_id" {
  description = "ID of the VPC the database security group is created in."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-z]+$", var.vpc_id))
    error_message = "vpc_id must look like vpc-xxxxxxxx."
  }
}

variable "subnet_ids" {
  description = "Private subnet IDs (at least two, in different AZs) for the DB subnet group."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for s in var.subnet_ids : can(regex("^subnet-[0-9a-z]+$", s))])
    error_message = "subnet_ids must hold at least two subnet IDs (subnet-xxxxxxxx) in different AZs."
  }
}

variable "app_security_group_id" {
  description = "Security group ID of the application hosts; the only source allowed to reach PostgreSQL on 5432."
  type        = string

  validation {
    condition     = can(regex("^sg-[0-9a-z]+$", var.app_security_group_id))
    error_message = "app_security_group_id must look like sg-xxxxxxxx."
  }
}

variable "instance_class" {
  description = "RDS instance class, e.g. db.t4g.micro (staging) or db.t4g.small (production)."
  type        = string
  default     = "db.t4g.micro"

  validation {
    condition     = can(regex("^db\\.[a-z0-9-]+\\.[a-z0-9]+$", var.instance_class))
    error_message = "instance_class must look like db.<family>.<size>, e.g. db.t4g.micro."
  }
}

variable "engine_version" {
  description = "PostgreSQL engine version: a major (\"17\", minor upgrades handled by RDS) or a full 17.x version."
  type        = string
  default     = "17"

  validation {
    condition     = can(regex("^17(\\.[0-9]+)?$", var.engine_version))
    error_message = "engine_version must be PostgreSQL 17 (\"17\" or \"17.<minor>\"); the parameter group family is postgres17."
  }
}

variable "allocated_storage" {
  description = "Initial storage in GiB (gp3)."
  type        = number
  default     = 20

  validation {
    condition     = var.allocated_storage >= 20 && var.allocated_storage <= 65536 && floor(var.allocated_storage) == var.allocated_storage
    error_message = "allocated_storage must be a whole number of GiB between 20 and 65536."
  }
}

variable "max_allocated_storage" {
  description = "Upper limit in GiB for storage autoscaling; 0 disables autoscaling."
  type        = number
  default     = 100

  validation {
    condition     = var.max_allocated_storage == 0 || var.max_allocated_storage >= var.allocated_storage
    error_message = "max_allocated_storage must be 0 (autoscaling off) or at least allocated_storage."
  }
}

variable "db_name" {
  description = "Name of the application database created with the instance."
  type        = string
  default     = "portfolio_returns"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.db_name))
    error_message = "db_name must start with a lowercase letter and contain only lowercase letters, digits and underscores (max 63)."
  }
}

variable "master_username" {
  description = "Master user name. Its password is generated and rotated by RDS in Secrets Manager (manage_master_user_password)."
  type        = string
  default     = "portfolio_admin"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.master_username)) && !contains(["rdsadmin", "rds_superuser", "public", "user"], var.master_username)
    error_message = "master_username must start with a letter, use lowercase letters, digits and underscores, and not be a reserved name (rdsadmin, rds_superuser, public, user)."
  }
}

variable "backup_retention_period" {
  description = "Days automated backups are kept (point-in-time recovery window)."
  type        = number
  default     = 7

  validation {
    condition     = var.backup_retention_period >= 7 && var.backup_retention_period <= 35 && floor(var.backup_retention_period) == var.backup_retention_period
    error_message = "backup_retention_period must be a whole number of days from 7 to 35."
  }
}

variable "multi_az" {
  description = "Run a synchronous standby in a second AZ. Set true in production."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Refuse to delete the instance until this is turned off. Set true in production."
  type        = bool
  default     = true
}

variable "skip_final_snapshot" {
  description = "Skip the final snapshot when the instance is destroyed. Keep false in production; a final snapshot named \"<identifier>-final\" is taken."
  type        = bool
  default     = false
}

variable "performance_insights_retention_period" {
  description = "Days Performance Insights data is kept: 7 (free tier) or a multiple of 31 up to 731."
  type        = number
  default     = 7

  validation {
    condition     = var.performance_insights_retention_period == 7 || (var.performance_insights_retention_period % 31 == 0 && var.performance_insights_retention_period >= 31 && var.performance_insights_retention_period <= 731)
    error_message = "performance_insights_retention_period must be 7 or a multiple of 31 between 31 and 731."
  }
}

variable "backup_window" {
  description = "Daily UTC window for automated backups (hh24:mi-hh24:mi); must not overlap maintenance_window."
  type        = string
  default     = "03:00-04:00"

  validation {
    condition     = can(regex("^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$", var.backup_window))
    error_message = "backup_window must look like hh24:mi-hh24:mi, e.g. 03:00-04:00."
  }
}

variable "maintenance_window" {
  description = "Weekly UTC maintenance window (ddd:hh24:mi-ddd:hh24:mi)."
  type        = string
  default     = "sun:04:30-sun:05:30"

  validation {
    condition     = can(regex("^(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):[0-5][0-9]-(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):[0-5][0-9]$", var.maintenance_window))
    error_message = "maintenance_window must look like ddd:hh24:mi-ddd:hh24:mi, e.g. sun:04:30-sun:05:30."
  }
}

variable "apply_immediately" {
  description = "Apply modifications immediately instead of in the next maintenance window."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Extra tags added to every resource."
  type        = map(string)
  default     = {}
}
