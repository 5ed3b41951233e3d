# What makes this root the staging environment; main.tf (linked from ../common) does the rest.

locals {
  environment = "staging"

  # The only inputs whose defaults differ between environments; variables.tf is shared (../common).
  defaults = {
    vpc_cidr                   = "10.20.0.0/16"
    db_instance_class          = "db.t4g.micro"
    db_backup_retention_period = 7
  }

  # Staging can be torn down freely: single-AZ, no deletion protection, no final snapshot,
  # changes applied at once.
  database = {
    multi_az            = false
    deletion_protection = false
    skip_final_snapshot = true
    apply_immediately   = true
  }
}
