import type { Kysely } from 'kysely';

/**
 * 知识产权保护社会满意度调查: surveys, their questionnaire versions, channels and invitation codes,
 * and the answers. A frozen result is kept as JSON on the survey with its method and version.
 * Invitation codes and the open link's token are unique across counties: the public answer page
 * finds its county from them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('public_token', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('surveys_pk', ['county_id', 'survey_id'])
    .addUniqueConstraint('surveys_public_token', ['public_token'])
    .execute();

  await db.schema
    .createTable('survey_questionnaires')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('structure', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_questionnaires_pk', ['county_id', 'survey_id', 'version'])
    .addForeignKeyConstraint('survey_questionnaires_survey_fk', ['county_id', 'survey_id'], 'surveys', ['county_id', 'survey_id'], (fk) => fk.onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('survey_channels')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_channels_pk', ['county_id', 'channel_id'])
    .addForeignKeyConstraint('survey_channels_survey_fk', ['county_id', 'survey_id'], 'surveys', ['county_id', 'survey_id'], (fk) => fk.onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('survey_invitations')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_invitations_pk', ['county_id', 'code'])
    .addUniqueConstraint('survey_invitations_code', ['code'])
    .addForeignKeyConstraint('survey_invitations_channel_fk', ['county_id', 'channel_id'], 'survey_channels', ['county_id', 'channel_id'], (fk) => fk.onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('invitation_code', 'text')
    .addColumn('device_token', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('hold_reasons', 'text', (c) => c.notNull())
    .addColumn('group_key', 'text')
    .addColumn('town', 'text')
    .addColumn('industry', 'text')
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('address_hash', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('survey_responses_pk', ['county_id', 'response_id'])
    .addUniqueConstraint('survey_responses_device', ['county_id', 'survey_id', 'device_token'])
    .addUniqueConstraint('survey_responses_invitation', ['county_id', 'survey_id', 'invitation_code'])
    .addForeignKeyConstraint('survey_responses_survey_fk', ['county_id', 'survey_id'], 'surveys', ['county_id', 'survey_id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('survey_responses_status').on('survey_responses').columns(['county_id', 'survey_id', 'status']).execute();
  await db.schema.createIndex('survey_responses_address').on('survey_responses').columns(['county_id', 'survey_id', 'address_hash', 'submitted_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('survey_responses').execute();
  await db.schema.dropTable('survey_invitations').execute();
  await db.schema.dropTable('survey_channels').execute();
  await db.schema.dropTable('survey_questionnaires').execute();
  await db.schema.dropTable('surveys').execute();
}
