import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { SurveyChannelsTable, SurveyQuestionnairesTable, SurveyResponsesTable, SurveyResponseStatus, SurveysTable } from '../database/survey-schema.js';
import type { Executor } from '../database/transactions.js';

export type StoredSurvey = Selectable<SurveysTable>;
export type StoredResponse = Selectable<SurveyResponsesTable>;
export type StoredQuestionnaire = Selectable<SurveyQuestionnairesTable>;
export type StoredChannel = Selectable<SurveyChannelsTable>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
// PostgreSQL returns integers of aggregates as text; every number leaves here as a number.
const surveyRow = (row: StoredSurvey): StoredSurvey => ({ ...row, year: Number(row.year), current_version: Number(row.current_version), demo: Number(row.demo) });
const responseRow = (row: StoredResponse): StoredResponse => ({ ...row, version: Number(row.version), demo: Number(row.demo) });

/** The only code that reads and writes the survey tables. */
export const surveyRepository = {
  async list(db: Executor, countyId: string): Promise<StoredSurvey[]> {
    const rows = await db.selectFrom('surveys').selectAll().where('county_id', '=', countyId).orderBy('year', 'desc').orderBy('created_at', 'desc').execute();
    return rows.map(surveyRow);
  },

  async get(db: Executor, countyId: string, surveyId: string): Promise<StoredSurvey | undefined> {
    const row = await db.selectFrom('surveys').selectAll().where('county_id', '=', countyId).where('survey_id', '=', surveyId).executeTakeFirst();
    return row && surveyRow(row);
  },

  /** The survey of an open-link token, in whichever county it is. */
  async byPublicToken(db: Executor, token: string): Promise<StoredSurvey | undefined> {
    const row = await db.selectFrom('surveys').selectAll().where('public_token', '=', token).executeTakeFirst();
    return row && surveyRow(row);
  },

  async insert(db: Executor, row: Insertable<SurveysTable>): Promise<void> {
    await db.insertInto('surveys').values(row).execute();
  },

  async update(db: Executor, countyId: string, surveyId: string, change: Updateable<SurveysTable>): Promise<void> {
    await db.updateTable('surveys').set(change).where('county_id', '=', countyId).where('survey_id', '=', surveyId).execute();
  },

  async questionnaire(db: Executor, countyId: string, surveyId: string, version: number): Promise<StoredQuestionnaire | undefined> {
    const row = await db.selectFrom('survey_questionnaires').selectAll().where('county_id', '=', countyId).where('survey_id', '=', surveyId).where('version', '=', version).executeTakeFirst();
    return row && { ...row, version: Number(row.version) };
  },

  async questionnaires(db: Executor, countyId: string, surveyId: string): Promise<StoredQuestionnaire[]> {
    const rows = await db.selectFrom('survey_questionnaires').selectAll().where('county_id', '=', countyId).where('survey_id', '=', surveyId).orderBy('version').execute();
    return rows.map((row) => ({ ...row, version: Number(row.version) }));
  },

  async saveQuestionnaire(db: Executor, row: Insertable<SurveyQuestionnairesTable>, replace: boolean): Promise<void> {
    if (replace)
      await db
        .updateTable('survey_questionnaires')
        .set({ structure: row.structure, created_at: row.created_at, created_by: row.created_by })
        .where('county_id', '=', row.county_id)
        .where('survey_id', '=', row.survey_id)
        .where('version', '=', row.version)
        .execute();
    else await db.insertInto('survey_questionnaires').values(row).execute();
  },

  /** Answers (drafts included) per questionnaire version. */
  async answersPerVersion(db: Executor, countyId: string, surveyId: string): Promise<Map<number, number>> {
    const rows = await db
      .selectFrom('survey_responses')
      .select(['version', (eb) => eb.fn.countAll().as('n')])
      .where('county_id', '=', countyId)
      .where('survey_id', '=', surveyId)
      .groupBy('version')
      .execute();
    return new Map(rows.map((r) => [Number(r.version), Number(r.n)]));
  },

  /** Responses per status, for every survey of the county. */
  async statusCounts(db: Executor, countyId: string): Promise<Map<string, Partial<Record<SurveyResponseStatus, number>>>> {
    const rows = await db
      .selectFrom('survey_responses')
      .select(['survey_id', 'status', (eb) => eb.fn.countAll().as('n')])
      .where('county_id', '=', countyId)
      .groupBy(['survey_id', 'status'])
      .execute();
    const counts = new Map<string, Partial<Record<SurveyResponseStatus, number>>>();
    for (const r of rows) counts.set(r.survey_id, { ...(counts.get(r.survey_id) ?? {}), [r.status]: Number(r.n) });
    return counts;
  },

  async channels(db: Executor, countyId: string, surveyId: string): Promise<(StoredChannel & { codes: number; used: number })[]> {
    const rows = await db.selectFrom('survey_channels').selectAll().where('county_id', '=', countyId).where('survey_id', '=', surveyId).orderBy('created_at').execute();
    const codes = await db
      .selectFrom('survey_invitations as i')
      .leftJoin('survey_responses as r', (join) => join.onRef('r.county_id', '=', 'i.county_id').onRef('r.invitation_code', '=', 'i.code').on('r.status', '<>', 'draft'))
      .select(['i.channel_id', (eb) => eb.fn.count('i.code').as('codes'), (eb) => eb.fn.count('r.response_id').as('used')])
      .where('i.county_id', '=', countyId)
      .where('i.survey_id', '=', surveyId)
      .groupBy('i.channel_id')
      .execute();
    const byChannel = new Map(codes.map((c) => [c.channel_id, c]));
    return rows.map((row) => ({ ...row, codes: Number(byChannel.get(row.channel_id)?.codes ?? 0), used: Number(byChannel.get(row.channel_id)?.used ?? 0) }));
  },

  async insertChannel(db: Executor, row: Insertable<SurveyChannelsTable>, codes: readonly string[]): Promise<void> {
    await db.insertInto('survey_channels').values(row).execute();
    for (let start = 0; start < codes.length; start += 200)
      await db
        .insertInto('survey_invitations')
        .values(codes.slice(start, start + 200).map((code) => ({ county_id: row.county_id, code, survey_id: row.survey_id, channel_id: row.channel_id, created_at: row.created_at })))
        .execute();
  },

  /** An invitation code with its survey and channel, in whichever county it is. */
  async invitation(db: Executor, code: string) {
    return db
      .selectFrom('survey_invitations as i')
      .innerJoin('survey_channels as c', (join) => join.onRef('c.county_id', '=', 'i.county_id').onRef('c.channel_id', '=', 'i.channel_id'))
      .select(['i.county_id', 'i.code', 'i.survey_id', 'i.channel_id', 'c.name as channel_name'])
      .where('i.code', '=', code)
      .executeTakeFirst();
  },

  async invitations(db: Executor, countyId: string, surveyId: string, channelId?: string) {
    let query = db
      .selectFrom('survey_invitations as i')
      .innerJoin('survey_channels as c', (join) => join.onRef('c.county_id', '=', 'i.county_id').onRef('c.channel_id', '=', 'i.channel_id'))
      .leftJoin('survey_responses as r', (join) => join.onRef('r.county_id', '=', 'i.county_id').onRef('r.invitation_code', '=', 'i.code').on('r.status', '<>', 'draft'))
      .select(['i.code', 'c.name as channel', 'r.response_id'])
      .where('i.county_id', '=', countyId)
      .where('i.survey_id', '=', surveyId);
    if (channelId) query = query.where('i.channel_id', '=', channelId);
    return query.orderBy('c.created_at').orderBy('i.code').execute();
  },

  async responseByDevice(db: Executor, countyId: string, surveyId: string, deviceToken: string): Promise<StoredResponse | undefined> {
    const row = await db.selectFrom('survey_responses').selectAll().where('county_id', '=', countyId).where('survey_id', '=', surveyId).where('device_token', '=', deviceToken).executeTakeFirst();
    return row && responseRow(row);
  },

  async responseByCode(db: Executor, countyId: string, surveyId: string, code: string): Promise<StoredResponse | undefined> {
    const row = await db.selectFrom('survey_responses').selectAll().where('county_id', '=', countyId).where('survey_id', '=', surveyId).where('invitation_code', '=', code).executeTakeFirst();
    return row && responseRow(row);
  },

  async response(db: Executor, countyId: string, responseId: string): Promise<StoredResponse | undefined> {
    const row = await db.selectFrom('survey_responses').selectAll().where('county_id', '=', countyId).where('response_id', '=', responseId).executeTakeFirst();
    return row && responseRow(row);
  },

  async insertResponse(db: Executor, row: Insertable<SurveyResponsesTable>): Promise<void> {
    await db.insertInto('survey_responses').values(row).execute();
  },

  async insertResponses(db: Executor, rows: readonly Insertable<SurveyResponsesTable>[]): Promise<void> {
    for (let start = 0; start < rows.length; start += 100) await db.insertInto('survey_responses').values(rows.slice(start, start + 100)).execute();
  },

  async updateResponse(db: Executor, countyId: string, responseId: string, change: Updateable<SurveyResponsesTable>): Promise<void> {
    await db.updateTable('survey_responses').set(change).where('county_id', '=', countyId).where('response_id', '=', responseId).execute();
  },

  async responses(db: Executor, countyId: string, surveyId: string, statuses: readonly SurveyResponseStatus[]): Promise<StoredResponse[]> {
    const rows = await db
      .selectFrom('survey_responses')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('survey_id', '=', surveyId)
      .where('status', 'in', statuses)
      .orderBy('submitted_at')
      .orderBy('response_id')
      .execute();
    return rows.map(responseRow);
  },

  /** Counted or held answers from one address since a time (the per-address guard). */
  async submittedFromAddress(db: Executor, countyId: string, surveyId: string, addressHash: string, since: string): Promise<number> {
    const row = await db
      .selectFrom('survey_responses')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('county_id', '=', countyId)
      .where('survey_id', '=', surveyId)
      .where('address_hash', '=', addressHash)
      .where('status', 'in', ['counted', 'held'])
      .where('submitted_at', '>=', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },

  /** Submitted answers whose open text contains a phrase (case-insensitive on both databases). */
  async searchText(db: Executor, countyId: string, surveyId: string, phrase: string): Promise<StoredResponse[]> {
    let query = db
      .selectFrom('survey_responses')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('survey_id', '=', surveyId)
      .where('status', 'in', ['counted', 'held'])
      .where('search_text', '<>', '');
    // search_text is stored lower-cased; the escape clause makes % and _ in the phrase literal on both databases.
    if (phrase) query = query.where(sql<SqlBool>`search_text like ${`%${escapeLike(phrase.toLowerCase())}%`} escape '\\'`);
    const rows = await query.orderBy('submitted_at', 'desc').limit(500).execute();
    return rows.map(responseRow);
  },

  /** Frozen results of closed surveys: the satisfaction indicator's computed values. */
  async frozen(db: Executor, countyId: string): Promise<StoredSurvey[]> {
    const rows = await db.selectFrom('surveys').selectAll().where('county_id', '=', countyId).where('result', 'is not', null).orderBy('year').execute();
    return rows.map(surveyRow);
  },

  /** Removes the demo surveys (their questionnaires, channels and answers go with them); returns how many. */
  async deleteDemo(db: Executor, countyId: string): Promise<number> {
    const result = await db.deleteFrom('surveys').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
