output "environment" {
  description = "Environment name (e.g. staging or production)."
  value       = var.environment
}

output "region" {
  description = "AWS region of every resource."
  value       = var.region
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.network.vpc_id
}

output "db_host" {
  description = "Database endpoint hostname only (no port)."
  value       = module.database.address
}

output "db_port" {
  description = "Database port (a number)."
  value       = module.database.port
}

output "db_name" {
  description = "Name of the application database."
  value       = module.database.db_name
}

output "db_master_username" {
  description = "Database master user name."
  value       = module.database.master_username
}

output "db_secret_arn" {
  description = "ARN of the RDS-managed Secrets Manager secret with the master credentials (JSON keys username, password). The app hosts' role can read exactly this secret."
  value       = module.database.master_user_secret_arn
}

output "app_instance_id" {
  description = "Instance ID of the single app host (SSM target), or null when cluster_enabled."
  value       = module.app.instance_id
}

output "app_public_ip" {
  description = "Public IPv4 address (Elastic IP) of the single app host, or null when cluster_enabled."
  value       = module.app.public_ip
}

output "app_private_ip" {
  description = "Private IPv4 address of the single app host, or null when cluster_enabled."
  value       = module.app.private_ip
}

output "app_security_group_id" {
  description = "Security group ID of the app hosts."
  value       = module.app.security_group_id
}

output "app_architecture" {
  description = "CPU architecture of the app hosts and their AMI (x86_64 or arm64)."
  value       = module.app.architecture
}

output "app_ami_id" {
  description = "Amazon Linux 2023 AMI the app hosts were created from."
  value       = module.app.ami_id
}

output "alb_dns_name" {
  description = "DNS name of the ALB, or null when cluster_enabled is false."
  value       = module.app.alb_dns_name
}

output "autoscaling_group_name" {
  description = "Name of the app Auto Scaling group, or null when cluster_enabled is false."
  value       = module.app.autoscaling_group_name
}

output "app_instance_tags" {
  description = "Tags on every app host; filter on them (tag:Name) with the amazon.aws.aws_ec2 inventory plugin when cluster_enabled."
  value       = module.app.instance_tags
}

output "ansible_inventory" {
  description = "Ansible inventory as an object (all.children.app.hosts plus all.vars with db_host, db_port, db_name, db_secret_arn, aws_region, ...). `terraform output -json ansible_inventory > inventory.json` is a valid static inventory."
  value       = local.ansible_inventory
}

output "ansible_inventory_yaml" {
  description = "The same inventory rendered as YAML (`terraform output -raw ansible_inventory_yaml > inventory.yml`)."
  value       = yamlencode(local.ansible_inventory)
}

output "name" {
  description = "Name prefix of every resource (portfolio-returns-<environment>)."
  value       = local.name
}

# Database settings as RDS will get them: the environment roots' tests assert their guarantees on these.

output "db_multi_az" {
  description = "Whether the database runs with a Multi-AZ standby."
  value       = module.database.multi_az
}

output "db_deletion_protection" {
  description = "Whether RDS deletion protection is on."
  value       = module.database.deletion_protection
}

output "db_final_snapshot_identifier" {
  description = "Snapshot taken when the database is destroyed (\"<identifier>-final\"), or null when it is skipped."
  value       = module.database.final_snapshot_identifier
}

output "db_backup_retention_period" {
  description = "Days RDS keeps automated backups."
  value       = module.database.backup_retention_period
}

output "db_apply_immediately" {
  description = "Whether database modifications are applied immediately rather than in the next maintenance window."
  value       = module.database.apply_immediately
}
