import { type DemoStatus, type ImportKind, type ImportProgress, registerCatalog, registerKinds, shanghaiDate } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { recordAudit } from '../audit/record-audit.js';
import { inBulkTransaction } from '../database/bulk-load.js';
import type { DatabaseHandle } from '../database/connection.js';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { planRepository } from '../plan/plan.repository.js';
import { AppError, notFound } from '../common/app-error.js';
import type { Clock } from '../common/clock.js';
import { operatorUser } from '../common/command-context.js';
import { runImport } from '../registers/import/run-import.js';
import { refreshPatentFacts } from '../registers/patents/patent-facts.repository.js';
import { registerRepository } from '../registers/register.repository.js';
import { bumpRegistersVersion } from '../registers/registers-version.js';
import { generateDemoData } from './generate-demo-data.js';
import { loadDemoLedgers } from './demo-ledgers.js';
import { loadDemoEvaluation } from './demo-evaluation.js';
import { loadDemoSurvey } from './demo-survey.js';
import { loadDemoWorkPlan } from './demo-work-plan.js';
import { workPlanDemoRepository } from '../supervision/work-plan-demo.repository.js';
import { surveyRepository } from '../survey/survey.repository.js';
import { indicatorInputsRepository } from '../indicators/indicator-inputs.repository.js';
import { ledgerRepository } from '../ledgers/ledger.repository.js';
import { evaluationDemoRepository } from '../evaluation/evaluation-demo.repository.js';

/** The seed of the demo data: the same registers on every installation. */
export const DEMO_SEED = 20240415;

export interface DemoProps {
  handle: DatabaseHandle;
  audit: AuditTrail;
  clock: Clock;
  actor: AuditActor;
  countyId: string;
  /** 1 = Jinhu's order of magnitude; tests load less. */
  scale?: number;
  /** The county's residents relative to Jinhu's (DEMO_COUNTIES gives each demo county its own). */
  populationScale?: number;
  /** The year's work plan with rounds and reports (on unless DEMO_DATA=without-work-plan). */
  workPlan?: boolean;
  onProgress?: (kind: ImportKind, progress: ImportProgress) => void;
}

/**
 * Loads the 示例数据 through the importer, one register (one transaction) at a time, every
 * record flagged as demo data. Loading it again changes nothing (the same seed, the same rows).
 */
export async function loadDemoData(props: DemoProps): Promise<DemoStatus> {
  const { handle, countyId } = props;
  const stored = await planRepository.current(handle.db, countyId);
  if (!stored) throw notFound('plan');
  const tables = generateDemoData(DEMO_SEED, stored.plan, { asOf: shanghaiDate(props.clock.now()), scale: props.scale ?? 1, populationScale: props.populationScale ?? 1 });
  for (const table of tables) {
    if (table.rows.length === 0) continue;
    const outcome = await runImport({
      ctx: { handle, audit: props.audit, clock: props.clock },
      countyId,
      user: operatorUser(props.actor, props.actor.roles),
      kind: table.kind,
      input: { rows: table.rows, headers: table.headers, fileName: `示例数据-${registerCatalog[table.kind].zh}` },
      demo: true,
      onProgress: (progress) => props.onProgress?.(table.kind, progress),
    });
    if (outcome.status !== 'committed') {
      // The generator makes every row valid; a refusal here is a bug, not a user's problem.
      const first = outcome.problems.find((p) => p.severity === 'error');
      throw new AppError(500, 'demo_refused', `Demo data for ${table.kind} was refused: ${first?.reason.en ?? ''}`, undefined, { kind: table.kind, reason: first?.reason ?? { zh: '', en: '' } });
    }
  }
  await loadDemoLedgers(props, props.actor, countyId, stored.plan, tables, DEMO_SEED);
  await loadDemoEvaluation(props, props.actor, countyId, stored.plan);
  await loadDemoSurvey(props, props.actor, countyId);
  if (props.workPlan !== false) await loadDemoWorkPlan(props, props.actor, countyId, stored.plan);
  const at = props.clock.now().toISOString();
  await inWriteTransaction(handle, (tx) =>
    recordAudit(tx, props.audit, { countyId, actor: props.actor, action: 'demo.changed', entity: 'demo', entityId: countyId, details: { change: 'loaded', seed: DEMO_SEED }, at }),
  );
  return demoStatus(handle.db, countyId);
}

/** Removes every demo record and demo legal event; the office's own records stay. */
export async function removeDemoData(props: Omit<DemoProps, 'scale' | 'onProgress'>): Promise<{ removed: number }> {
  const { countyId } = props;
  const at = props.clock.now().toISOString();
  return inBulkTransaction(props.handle, async (session) => {
    const tx = session.db;
    let removed = 0;
    const byKind: Record<string, number> = {};
    for (const kind of registerKinds) {
      const n = await registerRepository.removeDemo(tx, kind, countyId);
      if (n > 0) byKind[kind] = n;
      removed += n;
    }
    const ledgerRows = await ledgerRepository.removeDemo(tx, countyId);
    if (ledgerRows > 0) byKind.ledgers = ledgerRows;
    removed += ledgerRows;
    const evaluationRows = await evaluationDemoRepository.remove(tx, countyId);
    if (evaluationRows > 0) byKind.evaluation = evaluationRows;
    removed += evaluationRows;
    const surveys = await surveyRepository.deleteDemo(tx, countyId);
    if (surveys > 0) {
      byKind.surveys = surveys;
      // The demo survey's frozen score was a value of the satisfaction indicator.
      await indicatorInputsRepository.bumpRevision(tx, countyId, at);
    }
    removed += surveys;
    const workPlanRows = await workPlanDemoRepository.remove(tx, countyId);
    if (workPlanRows > 0) byKind.workPlan = workPlanRows;
    removed += workPlanRows;
    // The office's own patents that demo events were stored for lose them: their facts are derived again.
    const kept = await tx
      .selectFrom('register_patent_events')
      .select('application_key')
      .distinct()
      .where('county_id', '=', countyId)
      .where('demo', '=', 1)
      .where('application_key', 'in', (eb) => eb.selectFrom('register_patents').select('record_key').where('county_id', '=', countyId))
      .execute();
    const events = await tx.deleteFrom('register_patent_events').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst();
    if (Number(events.numDeletedRows) > 0) byKind['legal-events'] = Number(events.numDeletedRows);
    await refreshPatentFacts(session, countyId, { keys: kept.map((r) => r.application_key) });
    await tx.updateTable('register_imports').set({ status: 'removed' }).where('county_id', '=', countyId).where('demo', '=', 1).where('status', '=', 'committed').execute();
    await recordAudit(tx, props.audit, { countyId, actor: props.actor, action: 'demo.changed', entity: 'demo', entityId: countyId, details: { change: 'removed', records: byKind }, at });
    if (removed > 0 || byKind['legal-events']) await bumpRegistersVersion(tx, countyId, at);
    return { removed };
  });
}

export async function demoStatus(db: Executor, countyId: string): Promise<DemoStatus> {
  const records: Partial<Record<ImportKind, number>> = {};
  let total = 0;
  for (const kind of registerKinds) {
    const { demo } = await registerRepository.counts(db, kind, countyId);
    if (demo > 0) records[kind] = demo;
    total += demo;
  }
  const loaded = await db
    .selectFrom('register_imports')
    .select((eb) => eb.fn.max('finished_at').as('at'))
    .where('county_id', '=', countyId)
    .where('demo', '=', 1)
    .where('status', '=', 'committed')
    .executeTakeFirst();
  return { present: total > 0, records, total, loadedAt: total > 0 ? ((loaded?.at as string | null) ?? null) : null };
}
