import { PartialType } from '@nestjs/swagger';
import { CreateCustomerDto } from './create-customer.dto.js';

/** Partial update; `stocks`, when present, replaces the opening holdings. */
export class UpdateCustomerDto extends PartialType(CreateCustomerDto) {}
