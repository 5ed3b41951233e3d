import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The next free request slot per limiter name, shared by every worker of every instance. */
@Entity({ name: 'rate_limits' })
export class RateLimit {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'timestamptz' })
  nextAt!: Date;
}
