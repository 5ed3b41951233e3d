import { CreateCoreTables1795306173832 } from './1795306173832-CreateCoreTables.js';

/** Every migration in order; a new schema change adds one file and one line here. */
export const MIGRATIONS = [CreateCoreTables1795306173832];
