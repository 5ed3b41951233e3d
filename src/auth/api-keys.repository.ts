import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApiKeyRecord } from './api-key.record.js';

interface ApiKeyRow {
  id: string;
  customer_id: string;
  name: string | null;
  prefix: string;
  secret_hash: string;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = 'id, customer_id, name, prefix, secret_hash, created_at, revoked_at';

const toRecord = (row: ApiKeyRow): ApiKeyRecord => ({
  id: row.id,
  customerId: row.customer_id,
  name: row.name,
  prefix: row.prefix,
  secretHash: row.secret_hash,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

/** Owns the `api_keys` table. */
@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the key; null when the customer does not exist (deleted since the caller checked). FOR KEY
   * SHARE waits for a delete of the customer under way and then skips the row, where the foreign key's
   * own check failed the insert (a 500).
   */
  async insert(
    customerId: string,
    name: string | null,
    prefix: string,
    secretHash: string,
  ): Promise<ApiKeyRecord | null> {
    const [row] = await this.dataSource.query<ApiKeyRow[]>(
      `INSERT INTO api_keys (customer_id, name, prefix, secret_hash)
       SELECT id, $2, $3, $4 FROM customers WHERE id = $1 FOR KEY SHARE
       RETURNING ${COLUMNS}`,
      [customerId, name, prefix, secretHash],
    );
    return row ? toRecord(row) : null;
  }

  async listForCustomer(customerId: string): Promise<ApiKeyRecord[]> {
    const rows = await this.dataSource.query<ApiKeyRow[]>(
      `SELECT ${COLUMNS} FROM api_keys WHERE customer_id = $1 ORDER BY created_at, id`,
      [customerId],
    );
    return rows.map(toRecord);
  }

  /** Active (not revoked) keys whose secret starts with this prefix. */
  async findActiveByPrefix(prefix: string): Promise<ApiKeyRecord[]> {
    const rows = await this.dataSource.query<ApiKeyRow[]>(
      `SELECT ${COLUMNS} FROM api_keys WHERE prefix = $1 AND revoked_at IS NULL`,
      [prefix],
    );
    return rows.map(toRecord);
  }

  /** Marks the key revoked (idempotent); false when the customer has no such key. */
  async revoke(customerId: string, keyId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND customer_id = $2`,
      [keyId, customerId],
    );
    return affected > 0;
  }
}
