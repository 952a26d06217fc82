import type { ArchivedDocument, ArchivedFile, DocumentFigure, FigureChange, GeneratedDocumentKind } from '@ipcounty/domain';
import type { GeneratedDocumentsTable } from '../database/documents-schema.js';
import type { Executor } from '../database/transactions.js';
import { withinScope, type DataFilter } from '../supervision/data-scope.js';

/** What the archive keeps of a generated document, before it has files. */
export interface ArchiveEntry {
  id: string;
  kind: GeneratedDocumentKind;
  title: string;
  period: string | null;
  unitCode: string | null;
  regionCode: string | null;
  asOf: string;
  generatedAt: string;
  generatedBy: string;
  fontNote: string | null;
  figures: DocumentFigure[];
}

export interface ArchiveFileContent extends ArchivedFile {
  content: Buffer;
}

/** The versions of one document count up within its kind, period and scope. */
export const seriesKey = (e: Pick<ArchiveEntry, 'kind' | 'period' | 'unitCode' | 'regionCode'>) => [e.kind, e.period ?? '', e.unitCode ?? '', e.regionCode ?? ''].join('|');

function toDocument(row: GeneratedDocumentsTable, files: ArchivedFile[]): ArchivedDocument {
  return {
    id: row.document_id,
    kind: row.kind,
    title: row.title,
    period: row.period,
    unitCode: row.unit_code,
    regionCode: row.region_code,
    version: Number(row.version),
    asOf: row.as_of,
    generatedAt: row.generated_at,
    generatedBy: row.generated_by,
    fontNote: row.font_note,
    files,
    changes: JSON.parse(row.changes) as FigureChange[],
  };
}

/** 归档: generated documents, their versions, the numbers each printed and their files. */
export const documentArchiveRepository = {
  /** The last version of a series, with the numbers it printed. */
  async latest(db: Executor, countyId: string, key: string): Promise<{ version: number; figures: DocumentFigure[] } | undefined> {
    const row = await db
      .selectFrom('generated_documents')
      .select(['version', 'figures'])
      .where('county_id', '=', countyId)
      .where('series_key', '=', key)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? { version: Number(row.version), figures: JSON.parse(row.figures) as DocumentFigure[] } : undefined;
  },

  async insert(db: Executor, countyId: string, entry: ArchiveEntry, version: number, changes: FigureChange[], files: readonly ArchiveFileContent[]): Promise<void> {
    await db
      .insertInto('generated_documents')
      .values({
        county_id: countyId,
        document_id: entry.id,
        kind: entry.kind,
        title: entry.title,
        series_key: seriesKey(entry),
        period: entry.period,
        unit_code: entry.unitCode,
        region_code: entry.regionCode,
        version,
        as_of: entry.asOf,
        generated_at: entry.generatedAt,
        generated_by: entry.generatedBy,
        font_note: entry.fontNote,
        figures: JSON.stringify(entry.figures),
        changes: JSON.stringify(changes),
      })
      .execute();
    for (const [seq, f] of files.entries())
      await db
        .insertInto('generated_document_files')
        .values({ county_id: countyId, document_id: entry.id, seq, name: f.name, media_type: f.mediaType, size: f.size, sha256: f.sha256, content: f.content })
        .execute();
  },

  /**
   * Archived documents, newest first, within a data scope: a unit or town sees the statistical
   * reports made for it; documents of the whole county (no unit, no region) only a county-wide scope sees.
   */
  async list(db: Executor, countyId: string, filter: DataFilter, query: { kind?: GeneratedDocumentKind; ids?: readonly string[] } = {}): Promise<ArchivedDocument[]> {
    if (query.ids?.length === 0) return [];
    let select = db.selectFrom('generated_documents').selectAll().where('county_id', '=', countyId).where(withinScope(filter, 'unit_code', 'region_code'));
    if (query.kind) select = select.where('kind', '=', query.kind);
    if (query.ids) select = select.where('document_id', 'in', [...query.ids]);
    const rows = await select.orderBy('generated_at', 'desc').orderBy('version', 'desc').execute();
    if (!rows.length) return [];
    const files = await db
      .selectFrom('generated_document_files')
      .select(['document_id', 'seq', 'name', 'media_type', 'size', 'sha256'])
      .where('county_id', '=', countyId)
      .where(
        'document_id',
        'in',
        rows.map((r) => r.document_id),
      )
      .orderBy('document_id')
      .orderBy('seq')
      .execute();
    const byDocument = new Map<string, ArchivedFile[]>();
    for (const f of files) {
      const list = byDocument.get(f.document_id) ?? [];
      byDocument.set(f.document_id, list);
      list.push({ name: f.name, mediaType: f.media_type, size: Number(f.size), sha256: f.sha256 });
    }
    return rows.map((r) => toDocument(r, byDocument.get(r.document_id) ?? []));
  },

  async file(db: Executor, countyId: string, documentId: string, name: string): Promise<ArchiveFileContent | undefined> {
    const row = await db
      .selectFrom('generated_document_files')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('document_id', '=', documentId)
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? { name: row.name, mediaType: row.media_type, size: Number(row.size), sha256: row.sha256, content: Buffer.from(row.content) } : undefined;
  },

  /** Which of these periods already have a county-wide statistical report. */
  async periodsDone(db: Executor, countyId: string, periods: readonly string[]): Promise<Set<string>> {
    if (!periods.length) return new Set();
    const rows = await db
      .selectFrom('generated_documents')
      .select('period')
      .where('county_id', '=', countyId)
      .where('kind', '=', 'statistical-report')
      .where('unit_code', 'is', null)
      .where('region_code', 'is', null)
      .where('period', 'in', [...periods])
      .execute();
    return new Set(rows.map((r) => r.period!));
  },
};
