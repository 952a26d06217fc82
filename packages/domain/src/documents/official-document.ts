/**
 * A document the app writes (自评报告, 评估报告, 统计分析报告) as data, before any file format: the
 * Word, PDF and Excel writers render the same blocks, so the three files of a package cannot say
 * different things. Every number is already text here, written by `figureText` from the data.
 */
export type DocumentBlock =
  /** 结构层次序数: level 1 一、 in 黑体, level 2 （一） in 楷体 (GB/T 9704-2012 7.3.3). */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** 正文: 3号仿宋, each paragraph indented two characters. */
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: DocumentTable }
  /** A chart or picture, PNG bytes, with its width on the page. */
  | { kind: 'image'; png: Uint8Array; widthMm: number; heightMm: number; caption: string }
  /** 附件 starts on a new page (GB/T 9704-2012 7.3.6). */
  | { kind: 'page-break' };

export interface TableColumn {
  title: string;
  /** Share of the text width; the writers scale the shares to 156 mm. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface DocumentTable {
  /** 表题, above the table in 黑体. */
  title: string;
  /** The sheet name of the table in the workbook (at most 31 characters, Excel's limit). */
  sheet: string;
  columns: TableColumn[];
  rows: string[][];
  /** Numbers of the rows as numbers, for the workbook: the same cells, un-formatted (null where text). */
  values?: (number | null)[][];
  /** 注: a line under the table. */
  note?: string;
}

export interface OfficialDocument {
  /** 标题, 2号小标宋. */
  title: string;
  /** 发文字号, centred under the issuing body. */
  number: string;
  /** The issuing body (发文机关署名) and 成文日期 (YYYY-MM-DD) at the end of the text. */
  issuer: string;
  date: string;
  /** 主送机关, when the document is addressed to one. */
  addressee?: string;
  /** The data date, said in a line under the title so no number is read without its date. */
  dataNote: string;
  blocks: DocumentBlock[];
}

/** Every table of a document, in order: the workbook's sheets. */
export function tablesOf(document: Pick<OfficialDocument, 'blocks'>): DocumentTable[] {
  return document.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}
