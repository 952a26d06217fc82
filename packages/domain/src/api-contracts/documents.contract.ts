/**
 * 文档 over HTTP: the narratives of the 自评报告, the archive of generated documents (验收材料,
 * 评估报告, 统计分析报告) and what changed between versions.
 */
import type { FigureChange } from '../documents/number-changes.js';
import type { NarrativeSectionKey } from '../documents/self-evaluation-sections.js';

export type GeneratedDocumentKind = 'acceptance-package' | 'evaluation-report' | 'statistical-report';

export interface ArchivedFile {
  name: string;
  mediaType: string;
  size: number;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/** One archived version of a generated document. */
export interface ArchivedDocument {
  id: string;
  kind: GeneratedDocumentKind;
  title: string;
  /** 2026-11, 2026-Q4 or 2026 for a statistical report; null otherwise. */
  period: string | null;
  /** The unit or town a statistical report is limited to; null for the county's. */
  unitCode: string | null;
  regionCode: string | null;
  /** 1, 2 … within its kind, period and scope. */
  version: number;
  /** 数据日期: the date every number in it is computed at. */
  asOf: string;
  generatedAt: string;
  generatedBy: string;
  /** Which installed fonts stood in for the 公文 faces in the PDF. */
  fontNote: string | null;
  files: ArchivedFile[];
  /** The numbers that differ from the version before (empty for a first version). */
  changes: FigureChange[];
}

export interface ArchiveView {
  documents: ArchivedDocument[];
}

export interface NarrativeVersion {
  section: NarrativeSectionKey;
  version: number;
  text: string;
  savedAt: string;
  savedBy: string;
}

export interface NarrativeSectionView {
  key: NarrativeSectionKey;
  title: string;
  /** The text the next package uses: the last saved version, else the draft. */
  text: string;
  /** Drafted from approved reports (and self-check summaries) at this moment. */
  draft: string;
  /** Saved versions, newest first. */
  versions: NarrativeVersion[];
}

export interface NarrativesView {
  sections: NarrativeSectionView[];
  /** Units the plan's targets count in: a narrative may not type a figure beside them. */
  figureUnits: string[];
}
