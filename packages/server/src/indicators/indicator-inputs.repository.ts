import type { SettingOverrides, StoredManualValue, StoredOfficialValue } from '@ipcounty/domain';
import type { Selectable } from 'kysely';
import type { ManualIndicatorValuesTable, OfficialIndicatorValuesTable } from '../database/schema.js';
import type { Executor } from '../database/transactions.js';

export type OfficialValueFields = Pick<StoredOfficialValue, 'indicatorKey' | 'region' | 'asOf' | 'value' | 'unit' | 'decimals' | 'sourceDocument' | 'publishedOn' | 'publisher' | 'note'>;
export type ManualValueFields = Pick<StoredManualValue, 'indicatorKey' | 'region' | 'asOf' | 'value' | 'unit' | 'source' | 'evidence' | 'note'>;

/** A stored row as read (the county is the query's). */
type OfficialRow = Omit<Selectable<OfficialIndicatorValuesTable>, 'county_id'>;

const officialOf = (r: OfficialRow): StoredOfficialValue => ({
  id: r.value_id,
  indicatorKey: r.indicator_key,
  region: r.region,
  asOf: r.as_of,
  value: Number(r.value),
  unit: r.unit,
  decimals: r.decimals === null ? null : Number(r.decimals),
  sourceDocument: r.source_document,
  publishedOn: r.published_on,
  publisher: r.publisher,
  note: r.note,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

type ManualRow = Omit<Selectable<ManualIndicatorValuesTable>, 'county_id'>;

const manualOf = (r: ManualRow): StoredManualValue => ({
  id: r.value_id,
  indicatorKey: r.indicator_key,
  region: r.region,
  asOf: r.as_of,
  value: Number(r.value),
  unit: r.unit,
  source: r.source,
  evidence: { kind: r.evidence_kind, text: r.evidence },
  note: r.note,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

/** An official value's own columns, as both inserting and updating write them. */
function officialColumns(fields: OfficialValueFields) {
  return {
    indicator_key: fields.indicatorKey,
    region: fields.region,
    as_of: fields.asOf,
    value: fields.value,
    unit: fields.unit,
    decimals: fields.decimals,
    source_document: fields.sourceDocument,
    published_on: fields.publishedOn,
    publisher: fields.publisher,
    note: fields.note,
  };
}

/** A manual value's own columns, as both inserting and updating write them. */
function manualColumns(fields: ManualValueFields) {
  return {
    indicator_key: fields.indicatorKey,
    region: fields.region,
    as_of: fields.asOf,
    value: fields.value,
    unit: fields.unit,
    source: fields.source,
    evidence_kind: fields.evidence.kind,
    evidence: fields.evidence.text,
    note: fields.note,
  };
}

/** Every query about what the office enters for the indicators: settings, official and manual values. */
export const indicatorInputsRepository = {
  async settings(db: Executor, countyId: string): Promise<Record<string, SettingOverrides>> {
    const rows = await db.selectFrom('indicator_settings').select(['indicator_key', 'overrides']).where('county_id', '=', countyId).execute();
    return Object.fromEntries(rows.map((r) => [r.indicator_key, JSON.parse(r.overrides) as SettingOverrides]));
  },

  async settingsMeta(db: Executor, countyId: string, indicatorKey: string): Promise<{ updatedAt: string; updatedBy: string } | undefined> {
    const row = await db
      .selectFrom('indicator_settings')
      .select(['updated_at', 'updated_by'])
      .where('county_id', '=', countyId)
      .where('indicator_key', '=', indicatorKey)
      .executeTakeFirst();
    return row ? { updatedAt: row.updated_at, updatedBy: row.updated_by } : undefined;
  },

  /** Replaces an indicator's overrides; an empty set removes the row (every default applies). */
  async saveSettings(db: Executor, countyId: string, indicatorKey: string, overrides: SettingOverrides, at: string, by: string): Promise<void> {
    if (Object.keys(overrides).length === 0) {
      await db.deleteFrom('indicator_settings').where('county_id', '=', countyId).where('indicator_key', '=', indicatorKey).execute();
      return;
    }
    const overridesText = JSON.stringify(overrides);
    await db
      .insertInto('indicator_settings')
      .values({ county_id: countyId, indicator_key: indicatorKey, overrides: overridesText, updated_at: at, updated_by: by })
      .onConflict((oc) => oc.columns(['county_id', 'indicator_key']).doUpdateSet({ overrides: overridesText, updated_at: at, updated_by: by }))
      .execute();
  },

  async officialValues(db: Executor, countyId: string, filter: { indicatorKey?: string; region?: string } = {}): Promise<StoredOfficialValue[]> {
    let query = db.selectFrom('official_indicator_values').selectAll().where('county_id', '=', countyId);
    if (filter.indicatorKey) query = query.where('indicator_key', '=', filter.indicatorKey);
    if (filter.region) query = query.where('region', '=', filter.region);
    const rows = await query.orderBy('indicator_key').orderBy('as_of', 'desc').orderBy('published_on', 'desc').orderBy('value_id').execute();
    return rows.map(officialOf);
  },

  async officialValue(db: Executor, countyId: string, id: string): Promise<StoredOfficialValue | undefined> {
    const row = await db.selectFrom('official_indicator_values').selectAll().where('county_id', '=', countyId).where('value_id', '=', id).executeTakeFirst();
    return row ? officialOf(row) : undefined;
  },

  /** The value already recorded for the same statistic, date and document, which `set` updates. */
  async officialValueFromDocument(db: Executor, countyId: string, key: Pick<OfficialValueFields, 'indicatorKey' | 'region' | 'asOf' | 'sourceDocument'>): Promise<StoredOfficialValue | undefined> {
    const row = await db
      .selectFrom('official_indicator_values')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('indicator_key', '=', key.indicatorKey)
      .where('region', '=', key.region)
      .where('as_of', '=', key.asOf)
      .where('source_document', '=', key.sourceDocument)
      .executeTakeFirst();
    return row ? officialOf(row) : undefined;
  },

  async insertOfficialValue(db: Executor, countyId: string, id: string, fields: OfficialValueFields, at: string, by: string): Promise<void> {
    await db
      .insertInto('official_indicator_values')
      .values({ county_id: countyId, value_id: id, ...officialColumns(fields), created_at: at, created_by: by, updated_at: at, updated_by: by })
      .execute();
  },

  async updateOfficialValue(db: Executor, countyId: string, id: string, fields: OfficialValueFields, at: string, by: string): Promise<void> {
    await db
      .updateTable('official_indicator_values')
      .set({ ...officialColumns(fields), updated_at: at, updated_by: by })
      .where('county_id', '=', countyId)
      .where('value_id', '=', id)
      .execute();
  },

  async deleteOfficialValue(db: Executor, countyId: string, id: string): Promise<void> {
    await db.deleteFrom('official_indicator_values').where('county_id', '=', countyId).where('value_id', '=', id).execute();
  },

  async manualValues(db: Executor, countyId: string, filter: { indicatorKey?: string } = {}): Promise<StoredManualValue[]> {
    let query = db.selectFrom('manual_indicator_values').selectAll().where('county_id', '=', countyId);
    if (filter.indicatorKey) query = query.where('indicator_key', '=', filter.indicatorKey);
    const rows = await query.orderBy('indicator_key').orderBy('as_of', 'desc').orderBy('region').execute();
    return rows.map(manualOf);
  },

  async manualValue(db: Executor, countyId: string, id: string): Promise<StoredManualValue | undefined> {
    const row = await db.selectFrom('manual_indicator_values').selectAll().where('county_id', '=', countyId).where('value_id', '=', id).executeTakeFirst();
    return row ? manualOf(row) : undefined;
  },

  async manualValueAt(db: Executor, countyId: string, key: Pick<ManualValueFields, 'indicatorKey' | 'region' | 'asOf'>): Promise<StoredManualValue | undefined> {
    const row = await db
      .selectFrom('manual_indicator_values')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('indicator_key', '=', key.indicatorKey)
      .where('region', '=', key.region)
      .where('as_of', '=', key.asOf)
      .executeTakeFirst();
    return row ? manualOf(row) : undefined;
  },

  async insertManualValue(db: Executor, countyId: string, id: string, fields: ManualValueFields, at: string, by: string): Promise<void> {
    await db
      .insertInto('manual_indicator_values')
      .values({ county_id: countyId, value_id: id, ...manualColumns(fields), created_at: at, created_by: by, updated_at: at, updated_by: by })
      .execute();
  },

  async updateManualValue(db: Executor, countyId: string, id: string, fields: ManualValueFields, at: string, by: string): Promise<void> {
    await db
      .updateTable('manual_indicator_values')
      .set({ ...manualColumns(fields), updated_at: at, updated_by: by })
      .where('county_id', '=', countyId)
      .where('value_id', '=', id)
      .execute();
  },

  async deleteManualValue(db: Executor, countyId: string, id: string): Promise<void> {
    await db.deleteFrom('manual_indicator_values').where('county_id', '=', countyId).where('value_id', '=', id).execute();
  },

  /** Marks the county's inputs changed; call in the transaction that changes them. Atomic, so two writers never share a revision. */
  async bumpRevision(db: Executor, countyId: string, at: string): Promise<void> {
    await db
      .insertInto('indicator_input_states')
      .values({ county_id: countyId, revision: 1, updated_at: at })
      .onConflict((oc) =>
        oc.column('county_id').doUpdateSet((eb) => ({ revision: eb('indicator_input_states.revision', '+', 1), updated_at: at })),
      )
      .execute();
  },

  /** The inputs revision and the plan revision of a county, in one query (0 when none). */
  async revisions(db: Executor, countyId: string): Promise<{ inputs: number; plan: number }> {
    const row = await db
      .selectFrom('plans')
      .leftJoin('indicator_input_states', 'indicator_input_states.county_id', 'plans.county_id')
      .select(['plans.revision as plan', 'indicator_input_states.revision as inputs'])
      .where('plans.county_id', '=', countyId)
      .executeTakeFirst();
    return { inputs: Number(row?.inputs ?? 0), plan: Number(row?.plan ?? 0) };
  },
};
