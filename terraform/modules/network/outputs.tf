output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr" {
  description = "IPv4 CIDR block of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "availability_zones" {
  description = "The availability zones the subnets are spread over, in order."
  value       = local.azs
}

output "public_subnet_ids" {
  description = "IDs of the public subnets (route to the internet gateway), ordered like availability_zones."
  value       = [for az in local.azs : aws_subnet.public[az].id]
}

output "private_subnet_ids" {
  description = "IDs of the private subnets (no inbound route from the internet; outbound via NAT only when enabled), ordered like availability_zones."
  value       = [for az in local.azs : aws_subnet.private[az].id]
}

output "public_subnet_cidrs" {
  description = "CIDR blocks of the public subnets, ordered like availability_zones."
  value       = [for az in local.azs : local.public_subnets[az]]
}

output "private_subnet_cidrs" {
  description = "CIDR blocks of the private subnets, ordered like availability_zones."
  value       = [for az in local.azs : local.private_subnets[az]]
}

output "nat_gateway_enabled" {
  description = "Whether the private subnets have outbound internet access through a NAT gateway."
  value       = var.enable_nat_gateway
}
