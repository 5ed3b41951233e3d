mock_provider "aws" {
  mock_data "aws_availability_zones" {
    defaults = {
      names = ["us-east-1a", "us-east-1b", "us-east-1c"]
    }
  }
}

variables {
  name = "pr-test"
}

run "defaults_two_public_two_private_no_nat" {
  command = plan

  assert {
    condition     = length(aws_subnet.public) == 2 && length(aws_subnet.private) == 2
    error_message = "Expected two public and two private subnets."
  }

  assert {
    condition     = toset([for s in aws_subnet.public : s.availability_zone]) == toset(["us-east-1a", "us-east-1b"])
    error_message = "Public subnets must span two AZs."
  }

  assert {
    condition     = toset([for s in aws_subnet.private : s.availability_zone]) == toset(["us-east-1a", "us-east-1b"])
    error_message = "Private subnets must span two AZs."
  }

  assert {
    condition     = output.public_subnet_cidrs == ["10.20.0.0/20", "10.20.16.0/20"] && output.private_subnet_cidrs == ["10.20.128.0/20", "10.20.144.0/20"]
    error_message = "Unexpected subnet CIDRs."
  }

  assert {
    condition     = alltrue([for s in aws_subnet.public : s.map_public_ip_on_launch == false])
    error_message = "Public subnets must not auto-assign public IPs; hosts opt in explicitly."
  }

  assert {
    condition     = aws_route.public_internet.destination_cidr_block == "0.0.0.0/0"
    error_message = "Public route table needs a default route to the internet gateway."
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 0 && length(aws_route.private_nat) == 0 && length(aws_eip.nat) == 0
    error_message = "No NAT gateway by default."
  }
}

run "nat_gateway_enabled" {
  command = plan

  variables {
    enable_nat_gateway = true
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 1 && length(aws_route.private_nat) == 1
    error_message = "enable_nat_gateway must create one NAT gateway and a private default route."
  }

  assert {
    condition     = aws_route.private_nat[0].destination_cidr_block == "0.0.0.0/0"
    error_message = "Private default route must go through the NAT gateway."
  }
}

run "three_azs" {
  command = plan

  variables {
    az_count = 3
    vpc_cidr = "10.30.0.0/20"
  }

  assert {
    condition     = length(aws_subnet.public) == 3 && length(aws_subnet.private) == 3
    error_message = "az_count = 3 must create three subnets per tier."
  }

  assert {
    condition     = output.private_subnet_cidrs == ["10.30.8.0/24", "10.30.9.0/24", "10.30.10.0/24"]
    error_message = "A /20 VPC must be split into /24 subnets."
  }
}

run "rejects_bad_name" {
  command = plan

  variables {
    name = "Bad_Name"
  }

  expect_failures = [var.name]
}

run "rejects_bad_vpc_cidr" {
  command = plan

  variables {
    vpc_cidr = "10.0.0.0/8"
  }

  expect_failures = [var.vpc_cidr]
}

run "rejects_unparseable_vpc_cidr" {
  command = plan

  variables {
    vpc_cidr = "not-a-cidr"
  }

  expect_failures = [var.vpc_cidr]
}

run "rejects_single_az" {
  command = plan

  variables {
    az_count = 1
  }

  expect_failures = [var.az_count]
}
