terraform {
  required_version = ">= 1.11"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }

  # Remote state with S3-native locking (Terraform >= 1.10). The bucket must exist first (see README);
  # override per account with: terraform init -backend-config="bucket=<name>" -backend-config="region=<region>"
  backend "s3" {
    bucket       = "portfolio-returns-tfstate"
    key          = "portfolio-returns/production/terraform.tfstate"
    region       = "us-east-1"
    encrypt      = true
    use_lockfile = true
  }
}
