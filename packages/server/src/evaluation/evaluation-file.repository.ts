import type { EvaluationFile } from '@ipcounty/domain';
import type { EvaluationFilesTable } from '../database/evaluation-schema.js';
import type { Executor } from '../database/transactions.js';

export interface StoredEvaluationFile extends EvaluationFile {
  regionCode: string | null;
  storedName: string;
}

const toFile = (r: EvaluationFilesTable): StoredEvaluationFile => ({
  id: r.file_id,
  ownerKind: r.owner_kind,
  ownerId: r.owner_id,
  unitCode: r.unit_code,
  regionCode: r.region_code,
  fileName: r.file_name,
  storedName: r.stored_name,
  mediaType: r.media_type,
  size: Number(r.size_bytes),
  sha256: r.sha256,
  uploadedAt: r.uploaded_at,
  uploadedBy: r.uploaded_by,
});

/** What the web and the documents see of a stored file (never the name on disk). */
export const publicFile = ({ regionCode: _r, storedName: _s, ...file }: StoredEvaluationFile): EvaluationFile => file;

export const evaluationFileRepository = {
  async insert(db: Executor, countyId: string, f: StoredEvaluationFile): Promise<void> {
    await db
      .insertInto('evaluation_files')
      .values({
        county_id: countyId,
        file_id: f.id,
        owner_kind: f.ownerKind,
        owner_id: f.ownerId,
        unit_code: f.unitCode,
        region_code: f.regionCode,
        file_name: f.fileName,
        stored_name: f.storedName,
        media_type: f.mediaType,
        size_bytes: f.size,
        sha256: f.sha256,
        uploaded_at: f.uploadedAt,
        uploaded_by: f.uploadedBy,
      })
      .execute();
  },

  async get(db: Executor, countyId: string, id: string): Promise<StoredEvaluationFile | undefined> {
    const row = await db.selectFrom('evaluation_files').selectAll().where('county_id', '=', countyId).where('file_id', '=', id).executeTakeFirst();
    return row ? toFile(row) : undefined;
  },

  async ofOwners(db: Executor, countyId: string, ownerKind: EvaluationFile['ownerKind'], ownerIds: readonly string[]): Promise<StoredEvaluationFile[]> {
    if (ownerIds.length === 0) return [];
    const rows = await db
      .selectFrom('evaluation_files')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('owner_kind', '=', ownerKind)
      .where('owner_id', 'in', [...ownerIds])
      .orderBy('uploaded_at')
      .execute();
    return rows.map(toFile);
  },
};
