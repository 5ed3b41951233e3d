# What makes this root the production environment; main.tf (linked from ../common) does the rest.

locals {
  environment = "production"

  # The only inputs whose defaults differ between environments; variables.tf is shared (../common).
  defaults = {
    vpc_cidr                   = "10.30.0.0/16"
    db_instance_class          = "db.t4g.small"
    db_backup_retention_period = 14
  }

  # A standby in a second AZ, no accidental deletion, a final snapshot ("<identifier>-final") if it is
  # ever destroyed, and changes held for the maintenance window.
  database = {
    multi_az            = true
    deletion_protection = true
    skip_final_snapshot = false
    apply_immediately   = false
  }
}
