import type { NarrativeSectionKey, NarrativeVersion } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';

/** The saved versions of the 自评报告's narrative sections; each save adds one, none is overwritten. */
export const narrativeRepository = {
  async versions(db: Executor, countyId: string): Promise<NarrativeVersion[]> {
    const rows = await db.selectFrom('document_narratives').selectAll().where('county_id', '=', countyId).orderBy('section_key').orderBy('version', 'desc').execute();
    return rows.map((r) => ({ section: r.section_key as NarrativeSectionKey, version: Number(r.version), text: r.text, savedAt: r.saved_at, savedBy: r.saved_by }));
  },

  async insert(db: Executor, countyId: string, v: NarrativeVersion): Promise<void> {
    await db
      .insertInto('document_narratives')
      .values({ county_id: countyId, section_key: v.section, version: v.version, text: v.text, saved_at: v.savedAt, saved_by: v.savedBy })
      .execute();
  },

  async lastVersion(db: Executor, countyId: string, section: NarrativeSectionKey): Promise<number> {
    const row = await db
      .selectFrom('document_narratives')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('county_id', '=', countyId)
      .where('section_key', '=', section)
      .executeTakeFirst();
    return Number(row?.v ?? 0);
  },
};
