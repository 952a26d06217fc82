import { sql, type Expression, type SqlBool } from 'kysely';
import { can, dataFilter, type DataFilter, type PermissionId, type Plan, type Principal, type ResourceScope, variantParam } from '@ipcounty/domain';
import { AppError, notFound, type Missing } from '../common/app-error.js';

/**
 * 数据范围 for supervision: every object here belongs to a unit (a work item's responsible units, a
 * report's unit), and a unit lies in a region (the town of a 镇街 unit, the county for a department).
 * Reads outside the user's scope answer 404, as if the object did not exist, so a unit cannot even
 * learn which drafts another unit has; writes the user may see but not make answer 403.
 */

/** The region a unit of the plan lies in (null for a code the plan does not have). */
export function regionOfUnit(plan: Pick<Plan, 'units'>, unitCode: string): string | null {
  return plan.units.find((u) => u.code === unitCode)?.region ?? null;
}

export function unitScope(plan: Pick<Plan, 'units'>, unitCode: string): ResourceScope {
  return { unitCode, regionCode: regionOfUnit(plan, unitCode) };
}

/** Whether the user holds `permission` over an object of `unitCode`. */
export function reachesUnit(principal: Principal, permission: PermissionId, plan: Pick<Plan, 'units'>, unitCode: string): boolean {
  return can(principal, permission, unitScope(plan, unitCode));
}

/** 404 unless the user may read an object belonging to one of `unitCodes`. */
export function requireReadable(principal: Principal, permission: PermissionId, plan: Pick<Plan, 'units'>, unitCodes: readonly string[], what: Missing): void {
  if (!unitCodes.some((unit) => reachesUnit(principal, permission, plan, unit))) throw notFound(what);
}

/** 403 unless the user may change an object belonging to `unitCode`. */
export function requireWritable(principal: Principal, permission: PermissionId, plan: Pick<Plan, 'units'>, unitCode: string): void {
  if (!reachesUnit(principal, permission, plan, unitCode))
    throw new AppError(403, 'forbidden', `You may not change another unit’s data`, undefined, { [variantParam]: 'other-unit' });
}

/**
 * The repository's WHERE clause for a data filter, on a table's unit and region columns:
 * everything, nothing, or the rows of the user's units and towns.
 */
export function withinScope(filter: DataFilter, unitColumn: string, regionColumn: string): Expression<SqlBool> {
  if (filter.kind === 'all') return sql<SqlBool>`1 = 1`;
  if (filter.kind === 'none') return sql<SqlBool>`1 = 0`;
  const parts = [
    ...(filter.unitCodes.length ? [sql`${sql.ref(unitColumn)} in (${sql.join(filter.unitCodes)})`] : []),
    ...(filter.regionCodes.length ? [sql`${sql.ref(regionColumn)} in (${sql.join(filter.regionCodes)})`] : []),
  ];
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` or `)})` : sql<SqlBool>`1 = 0`;
}

export { dataFilter };
export type { DataFilter };
