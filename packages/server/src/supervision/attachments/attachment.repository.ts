import type { ReportAttachmentsTable } from '../../database/schema.js';
import type { Executor } from '../../database/transactions.js';

export interface StoredAttachment {
  id: string;
  reportId: string;
  unitCode: string;
  regionCode: string | null;
  fileName: string;
  storedName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}

function toAttachment(row: ReportAttachmentsTable): StoredAttachment {
  return {
    id: row.attachment_id,
    reportId: row.report_id,
    unitCode: row.unit_code,
    regionCode: row.region_code,
    fileName: row.file_name,
    storedName: row.stored_name,
    mediaType: row.media_type,
    size: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedAt: row.uploaded_at,
    uploadedBy: row.uploaded_by,
  };
}

export const attachmentRepository = {
  async insert(db: Executor, countyId: string, a: StoredAttachment): Promise<void> {
    await db
      .insertInto('report_attachments')
      .values({
        county_id: countyId,
        attachment_id: a.id,
        report_id: a.reportId,
        unit_code: a.unitCode,
        region_code: a.regionCode,
        file_name: a.fileName,
        stored_name: a.storedName,
        media_type: a.mediaType,
        size_bytes: a.size,
        sha256: a.sha256,
        uploaded_at: a.uploadedAt,
        uploaded_by: a.uploadedBy,
      })
      .execute();
  },

  async get(db: Executor, countyId: string, id: string): Promise<StoredAttachment | undefined> {
    const row = await db.selectFrom('report_attachments').selectAll().where('county_id', '=', countyId).where('attachment_id', '=', id).executeTakeFirst();
    return row ? toAttachment(row) : undefined;
  },

  async ofReport(db: Executor, countyId: string, reportId: string): Promise<StoredAttachment[]> {
    const rows = await db
      .selectFrom('report_attachments')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('report_id', '=', reportId)
      .orderBy('uploaded_at')
      .execute();
    return rows.map(toAttachment);
  },
};
