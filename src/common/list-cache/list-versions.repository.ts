import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The list routes whose pages are cached by version; each name is a trigger argument in the migration. */
export type ListName = 'customers' | 'jobs' | 'stocks';

/**
 * A list's version as a SQL expression (text), for a page query to return beside its page: one statement,
 * one snapshot, so the version describes exactly the data the page was built from.
 */
export function listVersionSql(list: ListName): string {
  return `(SELECT COALESCE(sum(version), 0)::text FROM list_versions WHERE list = '${list}')`;
}

/** Owns `list_versions` reads (the triggers of the AddListVersions migration write it). */
@Injectable()
export class ListVersionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The list's current version: it changes whenever a write to a table the list reads commits. */
  async current(list: ListName): Promise<string> {
    const [{ version }]: { version: string }[] = await this.dataSource.query(
      `SELECT ${listVersionSql(list)} AS version`,
    );
    return version;
  }
}
