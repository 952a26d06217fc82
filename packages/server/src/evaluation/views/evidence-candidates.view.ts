import { can, dataFilter, regionAndBelow, type EvidenceCandidate, type Plan, type Principal } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { documentArchiveRepository } from '../../documents/document-archive.repository.js';
import { ledgerRepository, type LedgerFilter } from '../../ledgers/ledger.repository.js';
import { taskDossier } from './dossier.view.js';

/** Generated documents come in many versions; the newest are the ones worth citing. */
const DOCUMENTS_SHOWN = 30;

/** A ledger within the reader's scope: a town's reporter sees its own town's meetings and events. */
function ledgerScope(plan: Plan, principal: Principal): LedgerFilter | null {
  const filter = dataFilter(principal, 'registers.read');
  if (filter.kind === 'all') return {};
  if (filter.kind === 'none') return null;
  return { regions: filter.regionCodes.flatMap((code) => regionAndBelow(plan.regions, code)) };
}

/**
 * 引用平台内已有材料: what a user may cite as evidence, each within their data scope. For a task, its
 * approved reports and 督办单 (from its dossier) and the meetings and publicity events linked to it;
 * without a task (a phase deliverable such as 召开推进会 or 宣传发动, an item of no task) every
 * meeting and event. Generated documents are offered either way: a self-evaluation report or an
 * acceptance package covers every task.
 */
export async function evidenceCandidates(db: Executor, countyId: string, plan: Plan, principal: Principal, taskNumber: number | null): Promise<EvidenceCandidate[]> {
  const candidates: EvidenceCandidate[] = [];
  if (taskNumber !== null && can(principal, 'evaluation.read', { unitCode: null, regionCode: null, assignees: [] })) {
    const dossier = await taskDossier(db, countyId, plan, principal, taskNumber);
    for (const r of dossier.reports) if (r.state === 'approved') candidates.push({ kind: 'report', id: r.id, title: r.roundLabel, date: r.submittedAt, unitCode: r.unitCode, version: null });
    for (const n of dossier.notices) candidates.push({ kind: 'notice', id: n.id, title: n.documentNumber, date: n.issuedAt, unitCode: n.unitCode, version: null });
  }
  const scope = ledgerScope(plan, principal);
  if (scope)
    for (const [ledger, kind] of [['meetings', 'meeting'], ['publicity', 'publicity']] as const)
      for (const m of (await ledgerRepository.all(db, ledger, countyId, { ...scope, ...(taskNumber !== null ? { task: taskNumber } : {}) })).reverse())
        candidates.push({ kind, id: m.record_id, title: m.title, date: m.record_date, unitCode: null, version: null });
  const documents = await documentArchiveRepository.list(db, countyId, dataFilter(principal, 'reports.read'));
  for (const d of documents.slice(0, DOCUMENTS_SHOWN)) candidates.push({ kind: 'document', id: d.id, title: d.title, date: d.generatedAt, unitCode: d.unitCode, version: d.version });
  return candidates;
}
