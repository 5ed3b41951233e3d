import { ApiProperty } from '@nestjs/swagger';

export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customer_id!: string;
  @ApiProperty({ nullable: true, type: String, example: 'reporting dashboard' }) name!: string | null;
  @ApiProperty({ example: 'pr_Xk3f9aQ2', description: 'First characters of the secret, to recognise it' })
  prefix!: string;
  @ApiProperty({ example: 'read:own-customer', description: 'Read-only access to this customer only' })
  scope!: string;
  @ApiProperty() created_at!: string;
  @ApiProperty({ nullable: true, type: String }) revoked_at!: string | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({
    example: 'pr_Xk3f9aQ2v0LrS8c1mN5tYwE7uI4oP6aZ9bD2fG0hJ3k',
    description: 'The secret: shown once, never retrievable again. Send it as `Authorization: Bearer <key>`',
  })
  key!: string;
}
