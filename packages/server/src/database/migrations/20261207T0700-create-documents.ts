import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Documents from live data: the versions of the 自评报告's narrative sections the office edits, and
 * the archive of generated documents (验收材料, 评估报告, 统计分析报告) — each version with its data
 * date, who made it, the numbers it printed (to list what the next version changes) and its files
 * with their SHA-256. Files are kept in the database so a backup carries them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('document_narratives')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('section_key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_narratives_pk', ['county_id', 'section_key', 'version'])
    .execute();

  await db.schema
    .createTable('generated_documents')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // kind|period|unit|region: the versions of one document count up within it.
    .addColumn('series_key', 'text', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('unit_code', 'text')
    .addColumn('region_code', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('generated_at', 'text', (c) => c.notNull())
    .addColumn('generated_by', 'text', (c) => c.notNull())
    .addColumn('font_note', 'text')
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('generated_documents_pk', ['county_id', 'document_id'])
    .addUniqueConstraint('generated_documents_version', ['county_id', 'series_key', 'version'])
    .execute();

  await db.schema
    .createTable('generated_document_files')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('generated_document_files_pk', ['county_id', 'document_id', 'seq'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('generated_document_files').execute();
  await db.schema.dropTable('generated_documents').execute();
  await db.schema.dropTable('document_narratives').execute();
}
