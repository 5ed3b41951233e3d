output "address" {
  description = "Hostname of the database endpoint (no port). Use with the port output; do not append a port to it."
  value       = aws_db_instance.this.address
}

output "port" {
  description = "TCP port PostgreSQL listens on."
  value       = aws_db_instance.this.port
}

output "db_name" {
  description = "Name of the application database."
  value       = aws_db_instance.this.db_name
}

output "master_username" {
  description = "Master user name (the password is in the secret named by master_user_secret_arn)."
  value       = aws_db_instance.this.username
}

output "master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret, created and rotated by RDS, holding the master user's credentials (JSON keys username and password)."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}

output "instance_id" {
  description = "RDS instance identifier."
  value       = aws_db_instance.this.identifier
}

output "instance_arn" {
  description = "ARN of the RDS instance."
  value       = aws_db_instance.this.arn
}

output "security_group_id" {
  description = "ID of the database security group."
  value       = aws_security_group.this.id
}

output "parameter_group_name" {
  description = "Name of the postgres17 parameter group (rds.force_ssl = 1)."
  value       = aws_db_parameter_group.this.name
}

output "multi_az" {
  description = "Whether the instance runs with a Multi-AZ standby."
  value       = aws_db_instance.this.multi_az
}

output "deletion_protection" {
  description = "Whether deletion protection is on."
  value       = aws_db_instance.this.deletion_protection
}

output "final_snapshot_identifier" {
  description = "Name of the snapshot taken when the instance is destroyed, or null when skip_final_snapshot is true."
  value       = local.final_snapshot_identifier
}

output "backup_retention_period" {
  description = "Days automated backups are kept."
  value       = aws_db_instance.this.backup_retention_period
}

output "apply_immediately" {
  description = "Whether modifications are applied immediately rather than in the next maintenance window."
  value       = aws_db_instance.this.apply_immediately
}
