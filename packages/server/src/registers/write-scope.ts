import type { RegisterKind, RowProblem } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import { registerRepository } from './register.repository.js';

/**
 * 数据范围 on the write side, in one place for imports and single records: a user limited to some
 * regions changes only records that lie in them now, and leaves them in them. The region a row
 * would get is checked while the file is read (stage-rows); what is already stored under the same
 * key (the same 申请号 in another town) is checked here, inside the writing transaction, so
 * nothing between the check and the write can move a record out of reach.
 */
export interface WriteScope {
  /** The regions the user may write; null for the whole county. */
  regions: readonly string[] | null;
}

/** Thrown to refuse the whole write; the caller rolls back and reports the problems. */
export class OutOfScopeRecords extends Error {
  constructor(readonly problems: RowProblem[]) {
    super('records outside the data scope');
  }
}

const KEYS_PER_QUERY = 500;

const outOfScopeProblem = (row: number, key: string): RowProblem => ({
  row,
  value: key,
  reason: {
    zh: `记录 ${key} 已存在且不在您的数据范围（所属镇街）内，不能由您修改；整个文件未导入`,
    en: `Record ${key} already exists outside your data scope (your town); you cannot change it, and nothing in the file was imported`,
  },
  severity: 'error',
});

/**
 * The rows whose key is stored in a region outside `scope` (or in none), checked in batches as the
 * keys stream by. An unlimited scope checks nothing.
 */
export async function findStoredOutsideScope(
  db: Executor,
  props: { kind: RegisterKind; countyId: string; scope: WriteScope },
  rows: AsyncIterable<Iterable<{ row: number; key: string }>>,
): Promise<RowProblem[]> {
  const { regions } = props.scope;
  if (regions === null) return [];
  const allowed = new Set(regions);
  const problems: RowProblem[] = [];
  let batch: { row: number; key: string }[] = [];
  const check = async () => {
    const stored = await registerRepository.regionsOf(db, props.kind, props.countyId, [...new Set(batch.map((b) => b.key))]);
    for (const { row, key } of batch) {
      if (!stored.has(key)) continue;
      const region = stored.get(key);
      if (!region || !allowed.has(region)) problems.push(outOfScopeProblem(row, key));
    }
    batch = [];
  };
  for await (const chunk of rows) {
    for (const entry of chunk) {
      batch.push(entry);
      if (batch.length >= KEYS_PER_QUERY) await check();
    }
  }
  if (batch.length > 0) await check();
  return problems;
}

/** A single record (编辑台账): 403 unless both the stored record and the changed one lie in scope. */
export async function assertRecordWithinScope(
  db: Executor,
  props: { kind: RegisterKind; countyId: string; scope: WriteScope; key: string; newRegion: string | null },
): Promise<void> {
  const { regions } = props.scope;
  if (regions === null) return;
  const stored = await registerRepository.regionsOf(db, props.kind, props.countyId, [props.key]);
  const reachable = (region: string | null | undefined) => !!region && regions.includes(region);
  if ((stored.has(props.key) && !reachable(stored.get(props.key))) || !reachable(props.newRegion))
    throw new AppError(403, 'outside_scope', `The record lies outside your data scope`);
}
