import { validatePermissionTableEdit, type AuditJsonValue, type PermissionTable } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { AppError } from '../common/app-error.js';
import { permissionTableRepository } from './permission-table.repository.js';

const asJson = (table: PermissionTable) => JSON.parse(JSON.stringify(table)) as AuditJsonValue;

/**
 * 配置访问控制策略 (GB/T 22239-2019 8.1.4.2 e, DJ-AC-05): the security administrator replaces the
 * county's role → permission table. 三权分立 and the guards hold (validatePermissionTableEdit); the
 * change is audited with the table before and after and takes effect on the next request.
 */
export async function updatePermissionTable(props: CommandProps & { table: unknown }): Promise<PermissionTable> {
  const { ctx, user } = props;
  const candidate = props.table;
  if (typeof candidate !== 'object' || candidate === null || Object.values(candidate).some((grants) => typeof grants !== 'object' || grants === null))
    throw new AppError(400, 'invalid_permission_table', `The permission table is not a role → permission map`);
  const problems = validatePermissionTableEdit(candidate as Record<string, Record<string, string>>);
  if (problems.length > 0) throw new AppError(422, 'permission_table_refused', `The table breaks the separation of duties or locks out an administrator duty`, problems);
  const table = candidate as PermissionTable;
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const before = await permissionTableRepository.get(tx, props.countyId);
    await permissionTableRepository.put(tx, props.countyId, table, at, user.audit.name);
    await recordAudit(tx, ctx.audit, {
      countyId: props.countyId,
      actor: user.audit,
      action: 'permissions.changed',
      entity: 'permission-table',
      entityId: props.countyId,
      before: asJson(before.table),
      after: asJson(table),
      at,
    });
  });
  return table;
}
