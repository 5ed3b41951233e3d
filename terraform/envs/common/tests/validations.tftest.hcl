# Every validation rule of an environment root, run by both roots (each links this file into tests/).
# A root's expect_failures can only name its own variables, so these runs live with the shared variables.tf.
mock_provider "aws" {
  source = "../../testing/aws"
}

run "rejects_bad_region" {
  command = plan
  variables {
    region = "US East"
  }
  expect_failures = [var.region]
}

run "rejects_bad_vpc_cidr" {
  command = plan
  variables {
    vpc_cidr = "10.0.0.0/24"
  }
  expect_failures = [var.vpc_cidr]
}

run "rejects_bad_allowed_cidrs" {
  command = plan
  variables {
    allowed_cidrs = ["example.com"]
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

run "rejects_bad_app_instance_type" {
  command = plan
  variables {
    app_instance_type = "t3"
  }
  expect_failures = [var.app_instance_type]
}

run "rejects_bad_db_instance_class" {
  command = plan
  variables {
    db_instance_class = "t4g.micro"
  }
  expect_failures = [var.db_instance_class]
}

run "rejects_small_db_storage" {
  command = plan
  variables {
    db_allocated_storage = 5
  }
  expect_failures = [var.db_allocated_storage]
}

run "rejects_short_backup_retention" {
  command = plan
  variables {
    db_backup_retention_period = 1
  }
  expect_failures = [var.db_backup_retention_period]
}

run "rejects_zero_cluster_min_size" {
  command = plan
  variables {
    cluster_min_size = 0
  }
  expect_failures = [var.cluster_min_size]
}

run "rejects_cluster_max_below_min" {
  command = plan
  variables {
    cluster_max_size = 1
  }
  expect_failures = [var.cluster_max_size]
}

run "rejects_bad_certificate_arn" {
  command = plan
  variables {
    certificate_arn = "not-an-arn"
  }
  expect_failures = [var.certificate_arn]
}
