/** Tables of documents from live data (migration 20261207T0700-create-documents). */

export interface DocumentNarrativesTable {
  county_id: string;
  /** A narrative section of the 自评报告 (overview, achievements, problems, next-steps). */
  section_key: string;
  version: number;
  text: string;
  saved_at: string;
  saved_by: string;
}

export interface GeneratedDocumentsTable {
  county_id: string;
  document_id: string;
  kind: 'acceptance-package' | 'evaluation-report' | 'statistical-report';
  title: string;
  /** kind|period|unit|region: versions count up within one series. */
  series_key: string;
  period: string | null;
  unit_code: string | null;
  region_code: string | null;
  version: number;
  as_of: string;
  generated_at: string;
  generated_by: string;
  font_note: string | null;
  /** JSON DocumentFigure[]: the numbers the version printed. */
  figures: string;
  /** JSON FigureChange[] against the version before. */
  changes: string;
}

export interface GeneratedDocumentFilesTable {
  county_id: string;
  document_id: string;
  seq: number;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Buffer;
}

export interface DocumentsDatabase {
  document_narratives: DocumentNarrativesTable;
  generated_documents: GeneratedDocumentsTable;
  generated_document_files: GeneratedDocumentFilesTable;
}
