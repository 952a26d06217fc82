import { withCountyTotals, type IndicatorRecords, type Patent, type RegisterKind } from '@ipcounty/domain';
import type { DatabaseHandle } from '../database/connection.js';
import { planRepository } from '../plan/plan.repository.js';
import { notFound } from '../common/app-error.js';
import { enterpriseFromDocument } from './adapters/enterprises.adapter.js';
import {
  awardRecord,
  copyrightRecord,
  economicFigure,
  pledgeRecord,
  populationRecord,
  serviceAgencyRecord,
  talentRecord,
  trademarkRecord,
  trainingRecord,
} from './domain-records.js';
import { allLegalEvents } from './patents/legal-events.repository.js';
import { patentFromDocument } from './patents/patent-document.js';
import { loadPatentFacts } from './patents/patent-facts.repository.js';
import type { RecordDocument } from './register-record.js';
import { registerRepository } from './register.repository.js';

async function each<T>(handle: DatabaseHandle, kind: RegisterKind, countyId: string, convert: (key: string, document: RecordDocument, region: string | null) => T): Promise<T[]> {
  const records: T[] = [];
  for await (const page of registerRepository.documents(handle.db, kind, countyId))
    for (const row of page) records.push(convert(row.record_key, JSON.parse(row.document) as RecordDocument, row.region));
  return records;
}

export interface LoadOptions {
  /**
   * 'records' (the default): every patent with its legal events (records.patents), from the
   * documents. 'facts': each patent's stored facts (records.patentFacts), read from one index
   * without parsing a document — all the engine needs unless a high-value IPC table is set.
   */
  patents?: 'facts' | 'records';
}

/**
 * Everything the statistics engine reads for a county (IndicatorRecords), from the registers:
 * the plan's regions; each record placed in its region when imported (patents by the grant-date
 * rule of attributePatent; excluded and unresolved records carry no region and are not counted);
 * the patents' facts (or the patents with their legal events); the population with the county's
 * total summed from its towns where no county row is given. Demo data is included while it is
 * loaded. Callers cache the result by registersVersion().
 */
export async function loadIndicatorRecords(handle: DatabaseHandle, countyId: string, options: LoadOptions = {}): Promise<IndicatorRecords> {
  const stored = await planRepository.current(handle.db, countyId);
  if (!stored) throw notFound('plan');
  const regions = stored.plan.regions;
  const patents = options.patents === 'facts' ? { patentFacts: await loadPatentFacts(handle, countyId) } : { patents: await wholePatents(handle, countyId) };

  const [trademarks, copyrights, pledges, enterprises, serviceAgencies, talent, trainingSessions, awards, population, economy] = await Promise.all([
    each(handle, 'trademarks', countyId, trademarkRecord),
    each(handle, 'copyrights', countyId, copyrightRecord),
    each(handle, 'pledges', countyId, pledgeRecord),
    each(handle, 'enterprises', countyId, enterpriseFromDocument),
    each(handle, 'agencies', countyId, serviceAgencyRecord),
    each(handle, 'talent', countyId, talentRecord),
    each(handle, 'training', countyId, trainingRecord),
    each(handle, 'awards', countyId, awardRecord),
    each(handle, 'population', countyId, (_key, document, region) => populationRecord(document, region)),
    each(handle, 'economy', countyId, (_key, document, region) => economicFigure(document, region)),
  ]);
  return {
    regions,
    ...patents,
    trademarks,
    copyrights,
    pledges,
    enterprises,
    serviceAgencies,
    talent,
    trainingSessions,
    awards,
    population: withCountyTotals(population, regions),
    economy,
  };
}

/** Every patent with its legal events, from the documents (a million take several seconds). */
async function wholePatents(handle: DatabaseHandle, countyId: string): Promise<Patent[]> {
  const events = await allLegalEvents(handle.db, countyId);
  const patents: Patent[] = [];
  for await (const page of registerRepository.documents(handle.db, 'patents', countyId)) {
    for (const row of page) patents.push(patentFromDocument(row.record_key, JSON.parse(row.document) as RecordDocument, row.region, events.get(row.record_key)));
  }
  return patents;
}
