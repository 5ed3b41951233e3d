import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One shard of a list route's change counter. Statement triggers on every table a list reads add one to a
 * shard the writer can lock without waiting (see the AddListVersions migration); a list's version is the
 * sum over its shards, so it changes with every committed write and never goes back.
 */
@Entity({ name: 'list_versions' })
export class ListVersion {
  @PrimaryColumn({ type: 'text' })
  list!: string;

  @PrimaryColumn({ type: 'smallint' })
  shard!: number;

  @Column({ type: 'bigint' })
  version!: string;
}
