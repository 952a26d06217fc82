import type { DocumentBlock } from '@ipcounty/domain';

/**
 * GB/T 9704-2012 measures every writer of a 公文 shares: A4; 天头 37 mm, 订口 28 mm and a 版心 of
 * 156 × 225 mm (so 35 mm below and 26 mm right); 22 lines of 28 characters, which at 三号 (16 pt) is
 * a line every 28.95 pt; 页码 in 4号 (14 pt) with 一字线 either side, 7 mm below the 版心, odd pages
 * right and even pages left, one character in. The faces are named as the standard names them.
 */
export const page = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26, textWidthMm: 156, textHeightMm: 225 } as const;

export const faces = {
  /** 标题: 方正小标宋简体 */
  title: '方正小标宋简体',
  /** 正文, 第三、四层标题: 仿宋_GB2312 */
  body: '仿宋_GB2312',
  /** 第一层标题 一、: 黑体 */
  heading1: '黑体',
  /** 第二层标题 （一）: 楷体_GB2312 */
  heading2: '楷体_GB2312',
  /** 页码: 宋体 */
  pageNumber: '宋体',
} as const;

export const sizes = {
  /** 二号 */
  title: 22,
  /** 三号 */
  body: 16,
  /** 四号 */
  pageNumber: 14,
  /** 五号: tables, whose columns would not fit a 156 mm line in 三号 */
  table: 10.5,
} as const;

/** 225 mm ÷ 22 lines, in points. */
export const linePitchPt = 28.95;
export const issuingRed = 'C00000';
export const mmToPt = (mm: number) => (mm * 72) / 25.4;

/** 二号小标宋 holds 20 characters on the 156 mm line. */
export const TITLE_LINE_CHARS = 20;

/** How many paragraphs end the text after its last table or heading: the 附件说明 kept with the signature. */
export function closingParagraphs(main: readonly DocumentBlock[]): number {
  let n = 0;
  while (n < main.length && n < 6 && main[main.length - 1 - n]!.kind === 'paragraph' && (main[main.length - 1 - n] as { text: string }).text.length < 40) n++;
  return n;
}

/** The text up to the first page break, and the 附件 after it. */
export function splitAttachments(blocks: readonly DocumentBlock[]): { main: DocumentBlock[]; attachments: DocumentBlock[] } {
  const at = blocks.findIndex((b) => b.kind === 'page-break');
  return at < 0 ? { main: [...blocks], attachments: [] } : { main: blocks.slice(0, at), attachments: blocks.slice(at) };
}
