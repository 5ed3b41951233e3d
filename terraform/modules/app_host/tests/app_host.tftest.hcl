mock_provider "aws" {
  mock_data "aws_partition" {
    defaults = {
      partition = "aws"
    }
  }

  # Defaults describe an x86 world; the Graviton runs override both data sources.
  mock_data "aws_ec2_instance_type" {
    defaults = {
      supported_architectures = ["x86_64"]
    }
  }

  mock_resource "aws_iam_instance_profile" {
    defaults = {
      arn = "arn:aws:iam::123456789012:instance-profile/pr-test-app-mock"
    }
  }

  mock_data "aws_ami" {
    defaults = {
      id               = "ami-0x86000000000000001"
      name             = "al2023-ami-2023.7.20250512.0-kernel-6.1-x86_64"
      architecture     = "x86_64"
      root_device_name = "/dev/xvda"
    }
  }
}

variables {
  name          = "pr-test"
  vpc_id        = "vpc-0123456789abcdef0"
  subnet_id     = "subnet-0aaaaaaaaaaaaaaa1"
  db_secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-1234-AbCdEf"
  allowed_cidrs = ["203.0.113.0/24", "198.51.100.0/24"]
}

run "x86_instance_gets_x86_64_ami" {
  command = plan

  assert {
    condition     = output.architecture == "x86_64"
    error_message = "t3.small must map to x86_64."
  }

  assert {
    condition = anytrue([for f in data.aws_ami.al2023.filter : f.name == "architecture" && f.values == toset(["x86_64"])]) && anytrue([
      for f in data.aws_ami.al2023.filter : f.name == "name" && alltrue([for v in f.values : startswith(v, "al2023-ami-2023") && endswith(v, "-x86_64")])
    ])
    error_message = "The AMI lookup must filter on AL2023 x86_64."
  }

  assert {
    condition     = contains(data.aws_ami.al2023.owners, "amazon")
    error_message = "Only Amazon-owned AMIs may be selected."
  }

  assert {
    condition     = aws_instance.app[0].instance_type == "t3.small" && aws_instance.app[0].ami == "ami-0x86000000000000001"
    error_message = "The host must run the x86_64 AL2023 AMI on t3.small."
  }
}

run "graviton_instance_gets_arm64_ami" {
  command = plan

  variables {
    instance_type = "t4g.small"
  }

  override_data {
    target = data.aws_ec2_instance_type.this
    values = {
      supported_architectures = ["arm64"]
    }
  }

  override_data {
    target = data.aws_ami.al2023
    values = {
      id               = "ami-0arm000000000000001"
      name             = "al2023-ami-2023.7.20250512.0-kernel-6.1-arm64"
      architecture     = "arm64"
      root_device_name = "/dev/xvda"
    }
  }

  assert {
    condition     = output.architecture == "arm64"
    error_message = "t4g.small must map to arm64."
  }

  assert {
    condition = anytrue([for f in data.aws_ami.al2023.filter : f.name == "architecture" && f.values == toset(["arm64"])]) && anytrue([
      for f in data.aws_ami.al2023.filter : f.name == "name" && alltrue([for v in f.values : endswith(v, "-arm64")])
    ])
    error_message = "The AMI lookup must filter on AL2023 arm64."
  }

  assert {
    condition     = aws_instance.app[0].ami == "ami-0arm000000000000001"
    error_message = "The Graviton host must run the arm64 AMI."
  }
}

run "family_rule_covers_known_types" {
  command = plan

  # Plan-only checks of the derivation through the module's locals, via a representative set.
  variables {
    instance_type = "c7gn.large"
  }

  override_data {
    target = data.aws_ec2_instance_type.this
    values = {
      supported_architectures = ["arm64"]
    }
  }

  override_data {
    target = data.aws_ami.al2023
    values = {
      architecture = "arm64"
    }
  }

  assert {
    condition     = output.architecture == "arm64"
    error_message = "c7gn must map to arm64."
  }
}

run "x86_family_with_g_elsewhere_stays_x86" {
  command = plan

  variables {
    instance_type = "g4dn.xlarge"
  }

  assert {
    condition     = output.architecture == "x86_64"
    error_message = "g4dn (a GPU family, x86) must map to x86_64."
  }
}

run "arm64_ami_on_x86_instance_is_rejected" {
  # The original bug: an arm64 AMI paired with an x86 instance. The AMI postcondition stops the plan.
  command = plan

  override_data {
    target = data.aws_ami.al2023
    values = {
      architecture = "arm64"
    }
  }

  expect_failures = [data.aws_ami.al2023]
}

run "family_rule_disagreeing_with_aws_is_rejected" {
  # If AWS reports an architecture the family rule did not derive, the AMI precondition stops the plan.
  command = plan

  variables {
    instance_type = "m7i.large"
  }

  override_data {
    target = data.aws_ec2_instance_type.this
    values = {
      supported_architectures = ["arm64"]
    }
  }

  expect_failures = [data.aws_ami.al2023]
}

run "hardened_host" {
  command = plan

  assert {
    condition     = aws_instance.app[0].metadata_options[0].http_tokens == "required"
    error_message = "IMDSv2 must be required."
  }

  assert {
    condition     = aws_instance.app[0].metadata_options[0].http_put_response_hop_limit == 1
    error_message = "IMDS hop limit defaults to 1."
  }

  assert {
    condition     = aws_instance.app[0].root_block_device[0].encrypted == true && aws_instance.app[0].root_block_device[0].volume_type == "gp3"
    error_message = "The root volume must be encrypted gp3."
  }

  assert {
    condition     = length(aws_eip.app) == 1
    error_message = "The single host gets an Elastic IP by default."
  }

  assert {
    condition     = length(aws_lb.app) == 0 && length(aws_autoscaling_group.app) == 0 && length(aws_launch_template.app) == 0
    error_message = "No ALB or Auto Scaling group unless cluster_enabled."
  }
}

run "instance_profile_permissions" {
  command = plan

  assert {
    condition     = aws_iam_role_policy_attachment.ssm_core.policy_arn == "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
    error_message = "The role must have AmazonSSMManagedInstanceCore."
  }

  assert {
    condition     = aws_iam_role_policy_attachment.cloudwatch_agent.policy_arn == "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"
    error_message = "The role must have the CloudWatch agent policy."
  }

  assert {
    condition     = jsondecode(aws_iam_role_policy.db_secret.policy).Statement[0].Action == ["secretsmanager:GetSecretValue"]
    error_message = "The secret policy must allow only secretsmanager:GetSecretValue."
  }

  assert {
    condition     = jsondecode(aws_iam_role_policy.db_secret.policy).Statement[0].Resource == ["arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-1234-AbCdEf"]
    error_message = "The secret policy must be scoped to exactly the DB master secret ARN."
  }

  assert {
    condition     = length(jsondecode(aws_iam_role_policy.db_secret.policy).Statement) == 1 && jsondecode(aws_iam_role_policy.db_secret.policy).Statement[0].Effect == "Allow"
    error_message = "The secret policy must have a single Allow statement."
  }

  assert {
    condition     = jsondecode(aws_iam_role.app.assume_role_policy).Statement[0].Principal.Service == "ec2.amazonaws.com"
    error_message = "Only EC2 may assume the app role."
  }
}

run "security_group_web_from_allowed_cidrs_no_ssh" {
  command = plan

  assert {
    condition     = length(aws_vpc_security_group_ingress_rule.app_web) == 4
    error_message = "Expected 80 and 443 for each of the two allowed CIDRs."
  }

  assert {
    condition     = alltrue([for r in aws_vpc_security_group_ingress_rule.app_web : contains([80, 443], r.from_port) && r.from_port == r.to_port && contains(var.allowed_cidrs, r.cidr_ipv4)])
    error_message = "App ingress must be only 80/443 from allowed_cidrs."
  }

  assert {
    condition     = toset([for r in aws_vpc_security_group_ingress_rule.app_web : "${r.from_port} ${r.cidr_ipv4}"]) == toset(["80 203.0.113.0/24", "443 203.0.113.0/24", "80 198.51.100.0/24", "443 198.51.100.0/24"])
    error_message = "Every allowed CIDR must get both 80 and 443."
  }

  assert {
    condition     = length(aws_vpc_security_group_ingress_rule.app_ssh) == 0
    error_message = "SSH (22) must be closed by default."
  }

  assert {
    condition     = length(aws_vpc_security_group_ingress_rule.app_from_alb) == 0
    error_message = "No ALB rule without the cluster."
  }
}

run "ssh_opt_in" {
  command = plan

  variables {
    ssh_cidrs = ["192.0.2.10/32"]
  }

  assert {
    condition     = length(aws_vpc_security_group_ingress_rule.app_ssh) == 1 && aws_vpc_security_group_ingress_rule.app_ssh["192.0.2.10/32"].from_port == 22
    error_message = "ssh_cidrs must open 22 to exactly those CIDRs."
  }
}

run "cluster_mode" {
  command = plan

  variables {
    cluster_enabled    = true
    alb_subnet_ids     = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"]
    cluster_subnet_ids = ["subnet-0ccccccccccccccc3", "subnet-0ddddddddddddddd4"]
    instance_type      = "m7g.large"
    certificate_arn    = "arn:aws:acm:us-east-1:123456789012:certificate/0f0e0d0c-0b0a-0908-0706-050403020100"
  }

  override_data {
    target = data.aws_ec2_instance_type.this
    values = {
      supported_architectures = ["arm64"]
    }
  }

  override_data {
    target = data.aws_ami.al2023
    values = {
      id               = "ami-0arm000000000000001"
      architecture     = "arm64"
      root_device_name = "/dev/xvda"
    }
  }

  assert {
    condition     = length(aws_instance.app) == 0 && length(aws_eip.app) == 0
    error_message = "cluster mode replaces the single host."
  }

  assert {
    condition     = aws_launch_template.app[0].image_id == "ami-0arm000000000000001" && aws_launch_template.app[0].instance_type == "m7g.large"
    error_message = "The launch template must use the arm64 AMI for a Graviton type."
  }

  assert {
    condition     = aws_launch_template.app[0].metadata_options[0].http_tokens == "required"
    error_message = "Launch template must require IMDSv2."
  }

  assert {
    condition     = aws_launch_template.app[0].block_device_mappings[0].ebs[0].encrypted == "true" && aws_launch_template.app[0].block_device_mappings[0].device_name == "/dev/xvda"
    error_message = "Launch template root volume must be encrypted."
  }

  assert {
    condition     = aws_lb.app[0].internal == false && aws_lb.app[0].load_balancer_type == "application" && aws_lb.app[0].drop_invalid_header_fields == true
    error_message = "Expected an internet-facing ALB dropping invalid headers."
  }

  assert {
    condition     = aws_lb_target_group.app[0].port == 8000 && aws_lb_target_group.app[0].health_check[0].path == "/health/ready" && aws_lb_target_group.app[0].health_check[0].port == "8000"
    error_message = "Target group must forward to 8000 and health-check /health/ready on 8000."
  }

  assert {
    condition     = aws_autoscaling_group.app[0].min_size == 2 && aws_autoscaling_group.app[0].max_size == 4 && aws_autoscaling_group.app[0].health_check_type == "ELB"
    error_message = "ASG sizes / health check type wrong."
  }

  assert {
    condition     = aws_autoscaling_group.app[0].vpc_zone_identifier == toset(["subnet-0ccccccccccccccc3", "subnet-0ddddddddddddddd4"])
    error_message = "ASG must use cluster_subnet_ids."
  }

  assert {
    condition     = aws_lb_listener.http[0].default_action[0].type == "redirect" && aws_lb_listener.https[0].port == 443 && aws_lb_listener.https[0].certificate_arn == var.certificate_arn
    error_message = "With a certificate, HTTP must redirect to an HTTPS listener."
  }

  assert {
    condition     = alltrue([for r in aws_vpc_security_group_ingress_rule.alb_web : contains([80, 443], r.from_port) && contains(var.allowed_cidrs, r.cidr_ipv4)]) && length(aws_vpc_security_group_ingress_rule.alb_web) == 4
    error_message = "The ALB must take 80/443 from allowed_cidrs only."
  }

  assert {
    condition     = aws_vpc_security_group_ingress_rule.app_from_alb[0].from_port == 8000 && aws_vpc_security_group_ingress_rule.app_from_alb[0].to_port == 8000
    error_message = "App hosts must accept 8000 from the ALB security group."
  }
}

run "cluster_mode_without_certificate_forwards_http" {
  command = plan

  variables {
    cluster_enabled    = true
    alb_subnet_ids     = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"]
    cluster_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"]
  }

  assert {
    condition     = aws_lb_listener.http[0].default_action[0].type == "forward" && length(aws_lb_listener.https) == 0
    error_message = "Without a certificate the HTTP listener forwards and there is no HTTPS listener."
  }
}

run "outputs_after_mock_apply" {
  command = apply

  override_resource {
    target = aws_eip.app
    values = {
      public_ip = "198.51.100.77"
    }
  }

  override_resource {
    target = aws_instance.app
    values = {
      id         = "i-0123456789abcdef0"
      private_ip = "10.20.0.10"
    }
  }

  assert {
    condition     = output.public_ip == "198.51.100.77" && output.instance_id == "i-0123456789abcdef0" && output.private_ip == "10.20.0.10"
    error_message = "public_ip / instance_id / private_ip outputs wrong."
  }

  assert {
    condition     = output.alb_dns_name == null
    error_message = "alb_dns_name is null without the cluster."
  }
}

# ---- every validation rule ----

run "rejects_bad_name" {
  command = plan
  variables {
    name = "Portfolio_Returns"
  }
  expect_failures = [var.name]
}

run "rejects_bad_vpc_id" {
  command = plan
  variables {
    vpc_id = "vpc_123"
  }
  expect_failures = [var.vpc_id]
}

run "rejects_bad_subnet_id" {
  command = plan
  variables {
    subnet_id = "sn-123"
  }
  expect_failures = [var.subnet_id]
}

run "rejects_bad_instance_type" {
  command = plan
  variables {
    instance_type = "small"
  }
  expect_failures = [var.instance_type]
}

run "rejects_small_root_volume" {
  command = plan
  variables {
    root_volume_size = 4
  }
  expect_failures = [var.root_volume_size]
}

run "rejects_invalid_allowed_cidr" {
  command = plan
  variables {
    allowed_cidrs = ["203.0.113.0/33"]
  }
  expect_failures = [var.allowed_cidrs]
}

run "rejects_host_bits_in_allowed_cidr" {
  command = plan
  variables {
    allowed_cidrs = ["203.0.113.7/24"]
  }
  expect_failures = [var.allowed_cidrs]
}

run "rejects_empty_allowed_cidrs" {
  command = plan
  variables {
    allowed_cidrs = []
  }
  expect_failures = [var.allowed_cidrs]
}

run "rejects_world_open_ssh" {
  command = plan
  variables {
    ssh_cidrs = ["0.0.0.0/0"]
  }
  expect_failures = [var.ssh_cidrs]
}

run "rejects_invalid_ssh_cidr" {
  command = plan
  variables {
    ssh_cidrs = ["my-office"]
  }
  expect_failures = [var.ssh_cidrs]
}

run "rejects_bad_db_secret_arn" {
  command = plan
  variables {
    db_secret_arn = "*"
  }
  expect_failures = [var.db_secret_arn]
}

run "rejects_bad_hop_limit" {
  command = plan
  variables {
    metadata_hop_limit = 5
  }
  expect_failures = [var.metadata_hop_limit]
}

run "rejects_privileged_app_port" {
  command = plan
  variables {
    app_port = 80
  }
  expect_failures = [var.app_port]
}

run "rejects_relative_health_check_path" {
  command = plan
  variables {
    health_check_path = "health/ready"
  }
  expect_failures = [var.health_check_path]
}

run "rejects_cluster_with_one_alb_subnet" {
  command = plan
  variables {
    cluster_enabled    = true
    alb_subnet_ids     = ["subnet-0aaaaaaaaaaaaaaa1"]
    cluster_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1"]
  }
  expect_failures = [var.alb_subnet_ids]
}

run "rejects_cluster_without_instance_subnets" {
  command = plan
  variables {
    cluster_enabled = true
    alb_subnet_ids  = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"]
  }
  expect_failures = [var.cluster_subnet_ids]
}

run "rejects_zero_min_size" {
  command = plan
  variables {
    cluster_min_size = 0
  }
  expect_failures = [var.cluster_min_size]
}

run "rejects_max_below_min" {
  command = plan
  variables {
    cluster_min_size = 3
    cluster_max_size = 2
  }
  expect_failures = [var.cluster_max_size]
}

run "rejects_desired_outside_range" {
  command = plan
  variables {
    cluster_desired_capacity = 9
  }
  expect_failures = [var.cluster_desired_capacity]
}

run "rejects_bad_certificate_arn" {
  command = plan
  variables {
    certificate_arn = "arn:aws:iam::123456789012:server-certificate/x"
  }
  expect_failures = [var.certificate_arn]
}
