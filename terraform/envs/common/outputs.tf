# Re-exports of the stack outputs; ansible/inventory/terraform_inventory.py and .github/workflows read these names.

output "environment" {
  description = "Environment name (staging or production)."
  value       = module.stack.environment
}

output "region" {
  description = "AWS region of every resource."
  value       = module.stack.region
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.stack.vpc_id
}

output "db_host" {
  description = "Database endpoint hostname only (no port)."
  value       = module.stack.db_host
}

output "db_port" {
  description = "Database port (a number)."
  value       = module.stack.db_port
}

output "db_name" {
  description = "Name of the application database."
  value       = module.stack.db_name
}

output "db_master_username" {
  description = "Database master user name."
  value       = module.stack.db_master_username
}

output "db_secret_arn" {
  description = "ARN of the RDS-managed Secrets Manager secret with the master credentials (JSON keys username, password). The app hosts' role can read exactly this secret."
  value       = module.stack.db_secret_arn
}

output "app_instance_id" {
  description = "Instance ID of the single app host (SSM target), or null when cluster_enabled."
  value       = module.stack.app_instance_id
}

output "app_public_ip" {
  description = "Public IPv4 address (Elastic IP) of the single app host, or null when cluster_enabled."
  value       = module.stack.app_public_ip
}

output "app_private_ip" {
  description = "Private IPv4 address of the single app host, or null when cluster_enabled."
  value       = module.stack.app_private_ip
}

output "app_security_group_id" {
  description = "Security group ID of the app hosts."
  value       = module.stack.app_security_group_id
}

output "app_architecture" {
  description = "CPU architecture of the app hosts and their AMI (x86_64 or arm64)."
  value       = module.stack.app_architecture
}

output "app_ami_id" {
  description = "Amazon Linux 2023 AMI the app hosts were created from."
  value       = module.stack.app_ami_id
}

output "alb_dns_name" {
  description = "DNS name of the ALB, or null when cluster_enabled is false."
  value       = module.stack.alb_dns_name
}

output "autoscaling_group_name" {
  description = "Name of the app Auto Scaling group, or null when cluster_enabled is false."
  value       = module.stack.autoscaling_group_name
}

output "app_instance_tags" {
  description = "Tags on every app host; filter on them (tag:Name) with the amazon.aws.aws_ec2 inventory plugin when cluster_enabled."
  value       = module.stack.app_instance_tags
}

output "ansible_inventory" {
  description = "Ansible inventory as an object (all.children.app.hosts plus all.vars with db_host, db_port, db_name, db_secret_arn, aws_region, ...). `terraform output -json ansible_inventory > inventory.json` is a valid static inventory."
  value       = module.stack.ansible_inventory
}

output "ansible_inventory_yaml" {
  description = "The same inventory rendered as YAML (`terraform output -raw ansible_inventory_yaml > inventory.yml`)."
  value       = module.stack.ansible_inventory_yaml
}
