import { normalizeAddress, registerKinds, type RegisterKind } from '@ipcounty/domain';
import { recordAudit } from '../../audit/record-audit.js';
import { inBulkTransaction, type BulkSession } from '../../database/bulk-load.js';
import { AppError, notFound } from '../../common/app-error.js';
import type { CommandProps } from '../../common/command-context.js';
import { registerAdapters } from '../adapters/record-adapters.js';
import { buildImportContext, loadImportContextData } from '../import/import-context.js';
import { registerTableOf, type RecordDocument } from '../register-record.js';
import { registerRepository } from '../register.repository.js';
import { bumpRegistersVersion } from '../registers-version.js';
import { addressAssignmentsRepository } from './address-assignments.repository.js';
import { OUTSIDE_COUNTY } from './address-placer.js';

export interface AssignAddressProps extends CommandProps {
  address: string;
  /** A plan region code, OUTSIDE_COUNTY, or null to remove the assignment. */
  region: string | null;
}

/**
 * 地址归属人工指定: the office says where an address lies (or that it lies outside the county).
 * The assignment is kept and applied on every later import; saving or removing it places again,
 * at once, every stored record with the address, in every register.
 */
export async function assignAddress(props: AssignAddressProps): Promise<{ addressKey: string; records: number }> {
  const { ctx, countyId, user } = props;
  const addressKey = normalizeAddress(props.address);
  if (addressKey === '') throw new AppError(422, 'empty_address', `The address is empty`);
  const at = ctx.clock.now().toISOString();
  return inBulkTransaction(ctx.handle, async (session) => {
    const data = await loadImportContextData(session.db, countyId);
    if (props.region !== null && props.region !== OUTSIDE_COUNTY && !data.regions.some((r) => r.code === props.region)) {
      throw new AppError(422, 'unknown_region', `The plan has no region ${props.region}`, undefined, { region: props.region });
    }
    const before = await addressAssignmentsRepository.find(session.db, countyId, addressKey);
    if (props.region === null) {
      if (!before) throw notFound('assignment-of', props.address);
      await addressAssignmentsRepository.remove(session.db, countyId, addressKey);
    } else {
      await addressAssignmentsRepository.save(session.db, countyId, { addressKey, address: props.address.trim(), region: props.region, assignedAt: at, assignedBy: user.audit.name });
    }
    const assignments = new Map(data.assignments);
    if (props.region === null) assignments.delete(addressKey);
    else assignments.set(addressKey, props.region);
    const records = await placeAgain(session, countyId, addressKey, { ...data, assignments: [...assignments] });
    await recordAudit(session.db, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'registers.changed',
      entity: 'address-assignment',
      entityId: addressKey,
      before: before ? { region: before.region } : null,
      after: props.region === null ? null : { region: props.region },
      details: { address: props.address, records },
      at,
    });
    if (records > 0 || before?.region !== props.region) await bumpRegistersVersion(session.db, countyId, at);
    return { addressKey, records };
  });
}

/** Places every stored record with the address again, with the assignments as they now are. */
async function placeAgain(session: BulkSession, countyId: string, addressKey: string, data: Parameters<typeof buildImportContext>[0]): Promise<number> {
  const context = buildImportContext(data);
  let records = 0;
  for (const kind of registerKinds as readonly RegisterKind[]) {
    const rows = await registerRepository.withAddress(session.db, kind, countyId, addressKey);
    if (rows.length === 0) continue;
    const writer = session.update({
      table: registerTableOf[kind],
      setColumns: ['region', 'attribution', 'address', 'address_key', 'attribution_note'],
      keyColumns: ['county_id', 'record_key'],
    });
    for (const row of rows) {
      const placed = registerAdapters[kind].stage(JSON.parse(row.document) as RecordDocument, context);
      await writer.add([placed.region, placed.attribution, placed.address, placed.addressKey, placed.note, countyId, row.record_key]);
    }
    records += await writer.finish();
  }
  return records;
}
