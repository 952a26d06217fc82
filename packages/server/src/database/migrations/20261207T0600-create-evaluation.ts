import type { Kysely } from 'kysely';

/**
 * 评估验收: the phase checklist (阶段工作清单), evidence files, self-checks (自查自纠) with each unit's
 * part and the office's rating per task, the rectification ledger (整改台账), the answers units give to
 * rectification items and 督办单 (one table for both), the expert pool (专家库), evaluation templates,
 * evaluations with their drawn panel, scores, questions (质询) and findings.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('phase_deliverables')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('phase_code', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_unit', 'text')
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('phase_deliverables_pk', ['county_id', 'deliverable_id'])
    .execute();

  await db.schema
    .createTable('evaluation_files')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text')
    .addColumn('region_code', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_files_pk', ['county_id', 'file_id'])
    .execute();
  await db.schema.createIndex('evaluation_files_owner').on('evaluation_files').columns(['county_id', 'owner_kind', 'owner_id']).execute();

  await db.schema
    .createTable('self_checks')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('self_check_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addPrimaryKeyConstraint('self_checks_pk', ['county_id', 'self_check_id'])
    .execute();

  await db.schema
    .createTable('self_check_parts')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('self_check_id', 'text', (c) => c.notNull())
    .addColumn('task_number', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('proposed_rating', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('updated_at', 'text')
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('self_check_parts_pk', ['county_id', 'self_check_id', 'task_number', 'unit_code'])
    .execute();

  await db.schema
    .createTable('self_check_ratings')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('self_check_id', 'text', (c) => c.notNull())
    .addColumn('task_number', 'integer', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('proposed_rating', 'text')
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('self_check_ratings_pk', ['county_id', 'self_check_id', 'task_number'])
    .execute();

  await db.schema
    .createTable('rectification_items')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('source_label', 'text', (c) => c.notNull())
    .addColumn('task_number', 'integer')
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('owner_unit', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('required_measures', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('closing_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addPrimaryKeyConstraint('rectification_items_pk', ['county_id', 'item_id'])
    .addUniqueConstraint('rectification_items_number', ['county_id', 'year', 'seq'])
    .execute();

  await db.schema
    .createTable('supervision_answers')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('answer_id', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('measures', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('answered_by', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addPrimaryKeyConstraint('supervision_answers_pk', ['county_id', 'answer_id'])
    .execute();
  await db.schema.createIndex('supervision_answers_subject').on('supervision_answers').columns(['county_id', 'subject_kind', 'subject_id', 'answered_at']).execute();

  await db.schema
    .createTable('experts')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('avoid_units', 'text', (c) => c.notNull())
    .addColumn('avoid_enterprises', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('experts_pk', ['county_id', 'expert_id'])
    .execute();

  await db.schema
    .createTable('evaluation_templates')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_templates_pk', ['county_id', 'template_id'])
    .execute();

  await db.schema
    .createTable('evaluations')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('scope_units', 'text', (c) => c.notNull())
    .addColumn('scope_enterprises', 'text', (c) => c.notNull())
    .addColumn('index_items', 'text', (c) => c.notNull())
    .addColumn('panel_size', 'integer', (c) => c.notNull())
    .addColumn('reserve_size', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('draw', 'text')
    .addColumn('drawn_at', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('opinion', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluations_pk', ['county_id', 'evaluation_id'])
    .execute();

  await db.schema
    .createTable('evaluation_panel')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('is_lead', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('scores_submitted_at', 'text')
    .addPrimaryKeyConstraint('evaluation_panel_pk', ['county_id', 'evaluation_id', 'expert_id'])
    .execute();
  await db.schema.createIndex('evaluation_panel_user').on('evaluation_panel').columns(['county_id', 'user_id']).execute();

  await db.schema
    .createTable('evaluation_scores')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_scores_pk', ['county_id', 'evaluation_id', 'expert_id', 'item_code'])
    .execute();

  await db.schema
    .createTable('evaluation_questions')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text')
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text')
    .addPrimaryKeyConstraint('evaluation_questions_pk', ['county_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('evaluation_findings')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('finding_id', 'text', (c) => c.notNull())
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('rectification_id', 'text')
    .addPrimaryKeyConstraint('evaluation_findings_pk', ['county_id', 'finding_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'evaluation_findings',
    'evaluation_questions',
    'evaluation_scores',
    'evaluation_panel',
    'evaluations',
    'evaluation_templates',
    'experts',
    'supervision_answers',
    'rectification_items',
    'self_check_ratings',
    'self_check_parts',
    'self_checks',
    'evaluation_files',
    'phase_deliverables',
  ])
    await db.schema.dropTable(table).execute();
}
