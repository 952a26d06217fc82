import type { SettingOverrides, StoredManualValue, StoredOfficialValue } from '@ipcounty/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Database, ManualIndicatorValuesTable, OfficialIndicatorValuesTable } from '../database/schema.js';
import type { Executor } from '../database/transactions.js';

export type OfficialValueFields = Pick<StoredOfficialValue, 'indicatorKey' | 'region' | 'asOf' | 'value' | 'unit' | 'decimals' | 'sourceDocument' | 'publishedOn' | 'publisher' | 'note'>;
export type ManualValueFields = Pick<StoredManualValue, 'indicatorKey' | 'region' | 'asOf' | 'value' | 'unit' | 'source' | 'evidence' | 'note'>;

/** The two tables of values the office enters for an indicator: 官方发布值 and 人工填报值. */
type EnteredValueTable = 'official_indicator_values' | 'manual_indicator_values';

/** A value's own columns, as inserting and updating write them (not its key, nor who wrote it when). */
type OwnColumns<T extends EnteredValueTable> = Omit<Insertable<Database[T]>, 'county_id' | 'value_id' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'>;

/** The columns both tables have, as a row reads them: the statistic, its date and value first, the note and the stamps last. */
type CommonRow = Omit<Selectable<OfficialIndicatorValuesTable>, 'county_id' | 'decimals' | 'source_document' | 'published_on' | 'publisher'>;

const statisticOf = (r: CommonRow) => ({ id: r.value_id, indicatorKey: r.indicator_key, region: r.region, asOf: r.as_of, value: Number(r.value), unit: r.unit });
const stampsOf = (r: CommonRow) => ({ note: r.note, createdAt: r.created_at, createdBy: r.created_by, updatedAt: r.updated_at, updatedBy: r.updated_by });

/** A stored row as read (the county is the query's). */
type OfficialRow = Omit<Selectable<OfficialIndicatorValuesTable>, 'county_id'>;

const officialOf = (r: OfficialRow): StoredOfficialValue => ({
  ...statisticOf(r),
  decimals: r.decimals === null ? null : Number(r.decimals),
  sourceDocument: r.source_document,
  publishedOn: r.published_on,
  publisher: r.publisher,
  ...stampsOf(r),
});

type ManualRow = Omit<Selectable<ManualIndicatorValuesTable>, 'county_id'>;

const manualOf = (r: ManualRow): StoredManualValue => ({
  ...statisticOf(r),
  source: r.source,
  evidence: { kind: r.evidence_kind, text: r.evidence },
  ...stampsOf(r),
});

/** The statistic, date, value and note, as both tables store them. */
const commonColumns = (fields: OfficialValueFields | ManualValueFields) => ({
  indicator_key: fields.indicatorKey,
  region: fields.region,
  as_of: fields.asOf,
  value: fields.value,
  unit: fields.unit,
  note: fields.note,
});

/** An official value's own columns, as both inserting and updating write them. */
function officialColumns(fields: OfficialValueFields): OwnColumns<'official_indicator_values'> {
  return { ...commonColumns(fields), decimals: fields.decimals, source_document: fields.sourceDocument, published_on: fields.publishedOn, publisher: fields.publisher };
}

/** A manual value's own columns, as both inserting and updating write them. */
function manualColumns(fields: ManualValueFields): OwnColumns<'manual_indicator_values'> {
  return { ...commonColumns(fields), source: fields.source, evidence_kind: fields.evidence.kind, evidence: fields.evidence.text };
}

/**
 * One entered value by its id, read, added, changed and removed alike in both tables; `columns`
 * and `read` are how a kind's fields map to its own columns and back.
 */
function enteredValues<T extends EnteredValueTable, Fields, Stored>(table: T, columns: (fields: Fields) => OwnColumns<T>, read: (row: Selectable<Database[T]>) => Stored) {
  // The queries name the table as either of the two: what they touch (the key, the stamps) both have.
  const either: EnteredValueTable = table;
  return {
    async byId(db: Executor, countyId: string, id: string): Promise<Stored | undefined> {
      const row = await db.selectFrom(either).selectAll().where('county_id', '=', countyId).where('value_id', '=', id).executeTakeFirst();
      return row ? read(row as Selectable<Database[T]>) : undefined;
    },

    /** The values recorded for one statistic (indicator and region) at one date: one manual value, one official value per document. */
    async at(db: Executor, countyId: string, key: { indicatorKey: string; region: string; asOf: string }): Promise<Stored[]> {
      const rows = await db
        .selectFrom(either)
        .selectAll()
        .where('county_id', '=', countyId)
        .where('indicator_key', '=', key.indicatorKey)
        .where('region', '=', key.region)
        .where('as_of', '=', key.asOf)
        .execute();
      return rows.map((row) => read(row as Selectable<Database[T]>));
    },

    async insert(db: Executor, countyId: string, id: string, fields: Fields, at: string, by: string): Promise<void> {
      const row = { county_id: countyId, value_id: id, ...columns(fields), created_at: at, created_by: by, updated_at: at, updated_by: by };
      await db.insertInto(either).values(row as Insertable<Database[EnteredValueTable]>).execute();
    },

    async update(db: Executor, countyId: string, id: string, fields: Fields, at: string, by: string): Promise<void> {
      const changed = { ...columns(fields), updated_at: at, updated_by: by };
      await db.updateTable(either).set(changed as Updateable<Database[EnteredValueTable]>).where('county_id', '=', countyId).where('value_id', '=', id).execute();
    },

    async remove(db: Executor, countyId: string, id: string): Promise<void> {
      await db.deleteFrom(either).where('county_id', '=', countyId).where('value_id', '=', id).execute();
    },
  };
}

const officialRows = enteredValues('official_indicator_values', officialColumns, officialOf);
const manualRows = enteredValues('manual_indicator_values', manualColumns, manualOf);

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

  officialValue: officialRows.byId,

  /** The value already recorded for the same statistic, date and document, which `set` updates. */
  async officialValueFromDocument(db: Executor, countyId: string, key: Pick<OfficialValueFields, 'indicatorKey' | 'region' | 'asOf' | 'sourceDocument'>): Promise<StoredOfficialValue | undefined> {
    return (await officialRows.at(db, countyId, key)).find((value) => value.sourceDocument === key.sourceDocument);
  },

  insertOfficialValue: officialRows.insert,
  updateOfficialValue: officialRows.update,
  deleteOfficialValue: officialRows.remove,

  async manualValues(db: Executor, countyId: string, filter: { indicatorKey?: string } = {}): Promise<StoredManualValue[]> {
    let query = db.selectFrom('manual_indicator_values').selectAll().where('county_id', '=', countyId);
    if (filter.indicatorKey) query = query.where('indicator_key', '=', filter.indicatorKey);
    const rows = await query.orderBy('indicator_key').orderBy('as_of', 'desc').orderBy('region').execute();
    return rows.map(manualOf);
  },

  manualValue: manualRows.byId,

  /** The value reported for the statistic at the date (one at most). */
  async manualValueAt(db: Executor, countyId: string, key: Pick<ManualValueFields, 'indicatorKey' | 'region' | 'asOf'>): Promise<StoredManualValue | undefined> {
    return (await manualRows.at(db, countyId, key))[0];
  },

  insertManualValue: manualRows.insert,
  updateManualValue: manualRows.update,
  deleteManualValue: manualRows.remove,

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
