variable "name" {
  description = "Name prefix for every resource (e.g. \"portfolio-returns-staging\")."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,26}[a-z0-9]$", var.name))
    error_message = "name must be 3-28 lowercase letters, digits and hyphens, starting with a letter (the ALB and target group names derive from it and are limited to 32 characters)."
  }
}

variable "vpc_id" {
  description = "ID of the VPC the security groups (and the ALB) are created in."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-z]+$", var.vpc_id))
    error_message = "vpc_id must look like vpc-xxxxxxxx."
  }
}

variable "subnet_id" {
  description = "Public subnet ID for the single app host (ignored when cluster_enabled is true)."
  type        = string

  validation {
    condition     = can(regex("^subnet-[0-9a-z]+$", var.subnet_id))
    error_message = "subnet_id must look like subnet-xxxxxxxx."
  }
}

variable "instance_type" {
  description = "EC2 instance type. The CPU architecture (x86_64 or arm64) and therefore the Amazon Linux 2023 AMI are derived from it: Graviton families (a1, t4g, m7g, c7gn, ...) get the arm64 AMI, all others x86_64."
  type        = string
  default     = "t3.small"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*\\.[a-z0-9]+$", var.instance_type))
    error_message = "instance_type must look like <family>.<size>, e.g. t3.small or t4g.small."
  }
}

variable "root_volume_size" {
  description = "Size of the encrypted gp3 root volume in GiB."
  type        = number
  default     = 20

  validation {
    condition     = var.root_volume_size >= 8 && var.root_volume_size <= 1024 && floor(var.root_volume_size) == var.root_volume_size
    error_message = "root_volume_size must be a whole number of GiB between 8 (the AL2023 AMI size) and 1024."
  }
}

variable "allowed_cidrs" {
  description = "IPv4 CIDR blocks allowed to reach the app on 80/443 (the host, or the ALB when cluster_enabled)."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = length(var.allowed_cidrs) > 0 && alltrue([for c in var.allowed_cidrs : try(cidrnetmask(c) != "" && cidrhost(c, 0) == split("/", c)[0], false)])
    error_message = "allowed_cidrs must be a non-empty list of valid IPv4 CIDR blocks written with their network address (e.g. 203.0.113.0/24, not 203.0.113.7/24)."
  }
}

variable "ssh_cidrs" {
  description = "IPv4 CIDR blocks allowed to SSH (22) to the app hosts. Empty by default: use SSM Session Manager instead."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.ssh_cidrs : try(cidrnetmask(c) != "" && cidrhost(c, 0) == split("/", c)[0], false) && c != "0.0.0.0/0"])
    error_message = "ssh_cidrs must hold valid IPv4 CIDR blocks written with their network address, and never 0.0.0.0/0."
  }
}

variable "key_name" {
  description = "Name of an EC2 key pair to install, or null (the default) for none; SSM Session Manager needs no key."
  type        = string
  default     = null
}

variable "db_secret_arn" {
  description = "ARN of the RDS-managed master user secret. The instance role may call secretsmanager:GetSecretValue on this ARN and nothing else."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$", var.db_secret_arn))
    error_message = "db_secret_arn must be a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)."
  }
}

variable "assign_elastic_ip" {
  description = "Give the single app host an Elastic IP so its public address survives stop/start (the Ansible inventory points at it)."
  type        = bool
  default     = true
}

variable "metadata_hop_limit" {
  description = "IMDSv2 PUT response hop limit: 1 keeps instance credentials out of containers, 2 lets containers on the host use IMDS."
  type        = number
  default     = 1

  validation {
    condition     = contains([1, 2], var.metadata_hop_limit)
    error_message = "metadata_hop_limit must be 1 or 2."
  }
}

variable "user_data" {
  description = "Optional cloud-init user data (plain text) for the host or the launch template; null for none."
  type        = string
  default     = null
}

variable "app_port" {
  description = "Port the application listens on; the ALB target group forwards to and health-checks it."
  type        = number
  default     = 8000

  validation {
    condition     = var.app_port >= 1024 && var.app_port <= 65535 && floor(var.app_port) == var.app_port
    error_message = "app_port must be an unprivileged port (1024-65535)."
  }
}

variable "health_check_path" {
  description = "HTTP path the ALB target group health check requests (readiness endpoint)."
  type        = string
  default     = "/health/ready"

  validation {
    condition     = can(regex("^/[A-Za-z0-9/_.-]*$", var.health_check_path))
    error_message = "health_check_path must be an absolute URL path such as /health/ready."
  }
}

# ---- Scale-out path: ALB + Auto Scaling group ----

variable "cluster_enabled" {
  description = "false: one EC2 app host in subnet_id. true: an internet-facing ALB in alb_subnet_ids in front of an Auto Scaling group of app hosts (same AMI, IMDSv2, encryption and instance profile) instead of the single host."
  type        = bool
  default     = false
}

variable "alb_subnet_ids" {
  description = "Public subnet IDs (at least two AZs) for the ALB. Required when cluster_enabled."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for s in var.alb_subnet_ids : can(regex("^subnet-[0-9a-z]+$", s))]) && (!var.cluster_enabled || length(var.alb_subnet_ids) >= 2)
    error_message = "alb_subnet_ids must hold subnet IDs (subnet-xxxxxxxx), at least two when cluster_enabled is true."
  }
}

variable "cluster_subnet_ids" {
  description = "Subnet IDs for the Auto Scaling group's instances (private subnets with a NAT gateway, or public subnets with cluster_associate_public_ip). Required when cluster_enabled."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for s in var.cluster_subnet_ids : can(regex("^subnet-[0-9a-z]+$", s))]) && (!var.cluster_enabled || length(var.cluster_subnet_ids) >= 1)
    error_message = "cluster_subnet_ids must hold subnet IDs (subnet-xxxxxxxx), at least one when cluster_enabled is true."
  }
}

variable "cluster_associate_public_ip" {
  description = "Give Auto Scaling group instances public IPs (needed in public subnets without a NAT gateway, for SSM and package downloads)."
  type        = bool
  default     = false
}

variable "cluster_min_size" {
  description = "Minimum number of instances in the Auto Scaling group."
  type        = number
  default     = 2

  validation {
    condition     = var.cluster_min_size >= 1 && floor(var.cluster_min_size) == var.cluster_min_size
    error_message = "cluster_min_size must be a whole number >= 1."
  }
}

variable "cluster_max_size" {
  description = "Maximum number of instances in the Auto Scaling group."
  type        = number
  default     = 4

  validation {
    condition     = var.cluster_max_size >= var.cluster_min_size && var.cluster_max_size <= 20 && floor(var.cluster_max_size) == var.cluster_max_size
    error_message = "cluster_max_size must be a whole number between cluster_min_size and 20."
  }
}

variable "cluster_desired_capacity" {
  description = "Initial desired number of instances; null lets the group start at cluster_min_size."
  type        = number
  default     = null

  validation {
    condition     = var.cluster_desired_capacity == null || try(var.cluster_desired_capacity >= var.cluster_min_size && var.cluster_desired_capacity <= var.cluster_max_size, false)
    error_message = "cluster_desired_capacity must be null or between cluster_min_size and cluster_max_size."
  }
}

variable "certificate_arn" {
  description = "ACM certificate ARN for the ALB's HTTPS listener; null serves plain HTTP on 80 only (443 is then not listened on)."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$", var.certificate_arn))
    error_message = "certificate_arn must be null or an ACM certificate ARN."
  }
}

variable "tags" {
  description = "Extra tags added to every resource."
  type        = map(string)
  default     = {}
}
