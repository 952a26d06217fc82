import type { Migration } from 'kysely';
import * as createPlans from './20261128T0001-create-plans.js';

/**
 * Every migration, in order. Named <timestamp>-<what>; never edited once landed: add a new one.
 * Listed statically so the bundle needs no file-system scan.
 */
export const migrations: Record<string, Migration> = {
  '20261128T0001-create-plans': createPlans,
};
