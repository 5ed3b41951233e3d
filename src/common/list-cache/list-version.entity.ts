import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One shard of a list route's change counter. Statement triggers on every table a list reads add one to
 * the row (list, writer's backend pid % LIST_VERSION_SHARDS); a list's version is the sum over its shards.
 * Sharding keeps concurrent writers (populate workers) from queueing on one row lock until they commit.
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
