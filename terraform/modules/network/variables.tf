variable "name" {
  description = "Name prefix for every resource (e.g. \"portfolio-returns-staging\")."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 characters of lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "vpc_cidr" {
  description = "IPv4 CIDR block of the VPC. Each subnet is 4 bits smaller (a /16 VPC gives /20 subnets)."
  type        = string
  default     = "10.20.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && try(tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 20, false)
    error_message = "vpc_cidr must be a valid IPv4 CIDR block with a prefix length between /16 and /20."
  }
}

variable "az_count" {
  description = "Number of availability zones to spread the public and private subnets over (one public and one private subnet per AZ)."
  type        = number
  default     = 2

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 3 && floor(var.az_count) == var.az_count
    error_message = "az_count must be 2 or 3: RDS subnet groups and the ALB need at least two AZs."
  }
}

variable "enable_nat_gateway" {
  description = "Create a single NAT gateway (in the first public subnet) so instances in the private subnets can reach the internet. Costs about 33 USD/month plus data processing."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Extra tags added to every resource."
  type        = map(string)
  default     = {}
}
