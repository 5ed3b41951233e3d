data "aws_partition" "current" {}

locals {
  # Architecture follows the instance type, so the AMI can never disagree with it (the old stack paired an
  # arm64 AMI with an x86 instance). Graviton families have a "g" straight after the generation digit
  # (t4g, m7g, m7gd, c7gn, r8g, x2gd, im4gn, is4gen, g5g, hpc7g) plus the first-generation a1.
  instance_family = split(".", var.instance_type)[0]
  architecture    = can(regex("^(a1|[a-z]+[0-9]+g[a-z]*)$", local.instance_family)) ? "arm64" : "x86_64"

  ami_name_pattern = "al2023-ami-2023.*-kernel-*-${local.architecture}"

  web_ports = [80, 443]
  web_ingress = {
    for pair in setproduct(local.web_ports, var.allowed_cidrs) : "${pair[0]}-${pair[1]}" => {
      port = pair[0]
      cidr = pair[1]
    }
  }

  single_host = var.cluster_enabled ? 0 : 1
  cluster     = var.cluster_enabled ? 1 : 0
  https       = var.cluster_enabled && var.certificate_arn != null ? 1 : 0

  user_data_b64 = var.user_data == null ? null : base64encode(var.user_data)

  instance_tags = merge(var.tags, { Name = "${var.name}-app", Role = "app" })
}

# AWS's own view of the instance type, used to cross-check the family rule above.
data "aws_ec2_instance_type" "this" {
  instance_type = var.instance_type
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = [local.ami_name_pattern]
  }

  filter {
    name   = "architecture"
    values = [local.architecture]
  }

  filter {
    name   = "virtualization-type"
    values = ["hvm"]
  }

  filter {
    name   = "root-device-type"
    values = ["ebs"]
  }

  lifecycle {
    precondition {
      condition     = contains(data.aws_ec2_instance_type.this.supported_architectures, local.architecture)
      error_message = "Instance type ${var.instance_type} does not support the derived architecture ${local.architecture}; extend the Graviton family rule in app_host/main.tf."
    }

    postcondition {
      condition     = self.architecture == local.architecture
      error_message = "The selected AMI's architecture does not match instance type ${var.instance_type} (${local.architecture})."
    }
  }
}

# ---------------------------------------------------------------------------
# Security groups
# ---------------------------------------------------------------------------

resource "aws_security_group" "app" {
  name_prefix = "${var.name}-app-"
  description = "App hosts: 80/443 from allowed CIDRs, SSH only from ssh_cidrs (none by default)"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-app" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_web" {
  for_each = local.web_ingress

  security_group_id = aws_security_group.app.id
  description       = "Port ${each.value.port} from ${each.value.cidr}"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
  tags              = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "app_ssh" {
  for_each = toset(var.ssh_cidrs)

  security_group_id = aws_security_group.app.id
  description       = "SSH from ${each.value}"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = each.value
  tags              = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "app_from_alb" {
  count = local.cluster

  security_group_id            = aws_security_group.app.id
  description                  = "App port from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port
  referenced_security_group_id = aws_security_group.alb[0].id
  tags                         = var.tags
}

# Outbound: package repositories, SSM, Secrets Manager, CloudWatch, the market-data API, and PostgreSQL.
resource "aws_vpc_security_group_egress_rule" "app_all" {
  security_group_id = aws_security_group.app.id
  description       = "All outbound"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  tags              = var.tags
}

resource "aws_security_group" "alb" {
  count = local.cluster

  name_prefix = "${var.name}-alb-"
  description = "ALB: 80/443 from allowed CIDRs, out to the app port"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-alb" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "alb_web" {
  for_each = var.cluster_enabled ? local.web_ingress : {}

  security_group_id = aws_security_group.alb[0].id
  description       = "Port ${each.value.port} from ${each.value.cidr}"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
  tags              = var.tags
}

resource "aws_vpc_security_group_egress_rule" "alb_to_app" {
  count = local.cluster

  security_group_id            = aws_security_group.alb[0].id
  description                  = "To the app port on the app hosts"
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port
  referenced_security_group_id = aws_security_group.app.id
  tags                         = var.tags
}

# ---------------------------------------------------------------------------
# IAM: SSM Session Manager, CloudWatch agent, and read access to the DB secret only
# ---------------------------------------------------------------------------

resource "aws_iam_role" "app" {
  name_prefix = "${var.name}-app-"
  description = "App hosts of ${var.name}"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "EC2AssumeRole"
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "ssm_core" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_role_policy_attachment" "cloudwatch_agent" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/CloudWatchAgentServerPolicy"
}

resource "aws_iam_role_policy" "db_secret" {
  name = "read-db-master-secret"
  role = aws_iam_role.app.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "ReadDbMasterSecret"
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue"]
      Resource = [var.db_secret_arn]
    }]
  })
}

resource "aws_iam_instance_profile" "app" {
  name_prefix = "${var.name}-app-"
  role        = aws_iam_role.app.name
  tags        = var.tags
}

# ---------------------------------------------------------------------------
# Single app host (default)
# ---------------------------------------------------------------------------

resource "aws_instance" "app" {
  count = local.single_host

  ami                         = data.aws_ami.al2023.id
  instance_type               = var.instance_type
  subnet_id                   = var.subnet_id
  vpc_security_group_ids      = [aws_security_group.app.id]
  iam_instance_profile        = aws_iam_instance_profile.app.name
  associate_public_ip_address = true
  key_name                    = var.key_name
  user_data_base64            = local.user_data_b64
  monitoring                  = false
  ebs_optimized               = true

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = var.metadata_hop_limit
    instance_metadata_tags      = "enabled"
  }

  root_block_device {
    volume_type           = "gp3"
    volume_size           = var.root_volume_size
    encrypted             = true
    delete_on_termination = true
    tags                  = merge(var.tags, { Name = "${var.name}-app-root" })
  }

  tags = local.instance_tags

  lifecycle {
    # A newer AL2023 release must not replace a running host; roll AMIs deliberately (taint / -replace).
    ignore_changes = [ami]
  }
}

resource "aws_eip" "app" {
  count = var.assign_elastic_ip ? local.single_host : 0

  domain   = "vpc"
  instance = aws_instance.app[0].id
  tags     = merge(var.tags, { Name = "${var.name}-app" })
}

# ---------------------------------------------------------------------------
# Scale-out path: ALB + Auto Scaling group (cluster_enabled = true)
# ---------------------------------------------------------------------------

resource "aws_launch_template" "app" {
  count = local.cluster

  name_prefix            = "${var.name}-app-"
  description            = "App hosts of ${var.name} (AL2023 ${local.architecture})"
  image_id               = data.aws_ami.al2023.id
  instance_type          = var.instance_type
  key_name               = var.key_name
  user_data              = local.user_data_b64
  update_default_version = true
  ebs_optimized          = true

  iam_instance_profile {
    name = aws_iam_instance_profile.app.name
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = var.metadata_hop_limit
    instance_metadata_tags      = "enabled"
  }

  block_device_mappings {
    device_name = data.aws_ami.al2023.root_device_name

    ebs {
      volume_type           = "gp3"
      volume_size           = var.root_volume_size
      encrypted             = "true"
      delete_on_termination = "true"
    }
  }

  network_interfaces {
    associate_public_ip_address = var.cluster_associate_public_ip
    security_groups             = [aws_security_group.app.id]
    delete_on_termination       = true
  }

  tag_specifications {
    resource_type = "instance"
    tags          = local.instance_tags
  }

  tag_specifications {
    resource_type = "volume"
    tags          = merge(var.tags, { Name = "${var.name}-app-root" })
  }

  tags = var.tags
}

resource "aws_lb" "app" {
  count = local.cluster

  name                       = "${var.name}-alb"
  load_balancer_type         = "application"
  internal                   = false
  security_groups            = [aws_security_group.alb[0].id]
  subnets                    = var.alb_subnet_ids
  drop_invalid_header_fields = true
  idle_timeout               = 60
  tags                       = merge(var.tags, { Name = "${var.name}-alb" })
}

resource "aws_lb_target_group" "app" {
  count = local.cluster

  name                 = "${var.name}-app"
  port                 = var.app_port
  protocol             = "HTTP"
  target_type          = "instance"
  vpc_id               = var.vpc_id
  deregistration_delay = 30

  health_check {
    enabled             = true
    path                = var.health_check_path
    port                = tostring(var.app_port)
    protocol            = "HTTP"
    matcher             = "200"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }

  tags = var.tags
}

resource "aws_lb_listener" "http" {
  count = local.cluster

  load_balancer_arn = aws_lb.app[0].arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = local.https == 1 ? "redirect" : "forward"
    target_group_arn = local.https == 1 ? null : aws_lb_target_group.app[0].arn

    dynamic "redirect" {
      for_each = local.https == 1 ? [1] : []
      content {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_301"
      }
    }
  }

  tags = var.tags
}

resource "aws_lb_listener" "https" {
  count = local.https

  load_balancer_arn = aws_lb.app[0].arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app[0].arn
  }

  tags = var.tags
}

resource "aws_autoscaling_group" "app" {
  count = local.cluster

  name_prefix               = "${var.name}-app-"
  min_size                  = var.cluster_min_size
  max_size                  = var.cluster_max_size
  desired_capacity          = var.cluster_desired_capacity
  vpc_zone_identifier       = var.cluster_subnet_ids
  target_group_arns         = [aws_lb_target_group.app[0].arn]
  health_check_type         = "ELB"
  health_check_grace_period = 300

  launch_template {
    id      = aws_launch_template.app[0].id
    version = aws_launch_template.app[0].latest_version
  }

  instance_refresh {
    strategy = "Rolling"
    preferences {
      min_healthy_percentage = 50
    }
  }

  dynamic "tag" {
    for_each = local.instance_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = false
    }
  }

  lifecycle {
    ignore_changes = [desired_capacity]
  }
}
