output "security_group_id" {
  description = "ID of the app hosts' security group (pass it to the database module)."
  value       = aws_security_group.app.id
}

output "alb_security_group_id" {
  description = "ID of the ALB's security group, or null when cluster_enabled is false."
  value       = one(aws_security_group.alb[*].id)
}

output "architecture" {
  description = "CPU architecture derived from instance_type (x86_64 or arm64); the AMI matches it."
  value       = local.architecture
}

output "ami_id" {
  description = "ID of the Amazon Linux 2023 AMI selected for the architecture."
  value       = data.aws_ami.al2023.id
}

output "ami_name" {
  description = "Name of the selected Amazon Linux 2023 AMI."
  value       = data.aws_ami.al2023.name
}

output "instance_id" {
  description = "ID of the single app host, or null when cluster_enabled is true."
  value       = one(aws_instance.app[*].id)
}

output "public_ip" {
  description = "Public IPv4 address of the single app host (its Elastic IP when assign_elastic_ip), or null when cluster_enabled is true."
  value       = var.cluster_enabled ? null : (var.assign_elastic_ip ? aws_eip.app[0].public_ip : aws_instance.app[0].public_ip)
}

output "private_ip" {
  description = "Private IPv4 address of the single app host, or null when cluster_enabled is true."
  value       = one(aws_instance.app[*].private_ip)
}

output "iam_role_name" {
  description = "Name of the app hosts' IAM role."
  value       = aws_iam_role.app.name
}

output "instance_profile_name" {
  description = "Name of the app hosts' IAM instance profile."
  value       = aws_iam_instance_profile.app.name
}

output "alb_dns_name" {
  description = "DNS name of the ALB, or null when cluster_enabled is false."
  value       = one(aws_lb.app[*].dns_name)
}

output "alb_zone_id" {
  description = "Route 53 hosted zone ID of the ALB (for alias records), or null when cluster_enabled is false."
  value       = one(aws_lb.app[*].zone_id)
}

output "target_group_arn" {
  description = "ARN of the ALB target group, or null when cluster_enabled is false."
  value       = one(aws_lb_target_group.app[*].arn)
}

output "autoscaling_group_name" {
  description = "Name of the Auto Scaling group, or null when cluster_enabled is false."
  value       = one(aws_autoscaling_group.app[*].name)
}

output "launch_template_id" {
  description = "ID of the launch template, or null when cluster_enabled is false."
  value       = one(aws_launch_template.app[*].id)
}

output "instance_tags" {
  description = "Tags every app host carries (use Role = app to find Auto Scaling instances with a dynamic inventory)."
  value       = local.instance_tags
}
