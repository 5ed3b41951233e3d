import { PartialType } from '@nestjs/swagger';
import { CreateCustomerDto } from './create-customer.dto.js';

/**
 * Partial update; `stocks`, when present, replaces the opening holdings. A field left out is kept;
 * `null` is validated like any value (so `"name": null` is a 400, while `"email": null` clears it).
 */
export class UpdateCustomerDto extends PartialType(CreateCustomerDto, { skipNullProperties: false }) {}
