# Mock AWS data and resource defaults shared by the stack module's and both environments' tests.
# IDs come in the shapes the module validations expect.
mock_data "aws_availability_zones" {
  defaults = {
    names = ["us-east-1a", "us-east-1b", "us-east-1c"]
  }
}

mock_data "aws_partition" {
  defaults = {
    partition = "aws"
  }
}

mock_data "aws_ec2_instance_type" {
  defaults = {
    supported_architectures = ["x86_64"]
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

# IDs in the shapes the module validations expect (used by the apply run).
mock_resource "aws_vpc" {
  defaults = {
    id = "vpc-0mock0000000000001"
  }
}

mock_resource "aws_subnet" {
  defaults = {
    id = "subnet-0mock000000000001"
  }
}

mock_resource "aws_security_group" {
  defaults = {
    id = "sg-0mock00000000000001"
  }
}

mock_resource "aws_iam_instance_profile" {
  defaults = {
    arn = "arn:aws:iam::123456789012:instance-profile/portfolio-returns-app-mock"
  }
}

mock_resource "aws_db_instance" {
  defaults = {
    address = "portfolio-returns.abc123xyz.us-east-1.rds.amazonaws.com"
    port    = 5432
    master_user_secret = [{
      kms_key_id    = "alias/aws/secretsmanager"
      secret_arn    = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-0mock-AbCdEf"
      secret_status = "active"
    }]
  }
}

mock_resource "aws_eip" {
  defaults = {
    public_ip = "198.51.100.20"
  }
}

mock_resource "aws_instance" {
  defaults = {
    id         = "i-0mock000000000001"
    private_ip = "10.20.0.10"
  }
}
