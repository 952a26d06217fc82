import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun, convertMillimetersToTwip } from 'docx';
import { shanghaiDate, type Plan, type StoredNotice } from '@ipcounty/domain';

/**
 * 督办单 as a Word document in the 公文 layout of GB/T 9704-2012: A4 with margins of 37 mm (top),
 * 35 mm (bottom), 28 mm (left) and 26 mm (right); the issuing body in red over a red rule; the 文号;
 * the title in 方正小标宋简体 二号 (22 pt); the body in 仿宋_GB2312 三号 (16 pt) with a two-character
 * indent; the issuer and the date in Chinese at the bottom right. Word on a government PC has
 * these fonts; elsewhere Word substitutes the nearest Song/FangSong face.
 */
export interface NoticeAddressee {
  unitName: string;
  leaderName: string;
  leaderTitle: string;
}

const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const HEITI = '黑体';
const RED = 'C00000';
const SIZE_2 = 44; // 二号 22 pt, in half-points
const SIZE_3 = 32; // 三号 16 pt

/** 2026年4月1日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const body = (text: string, options: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; font?: string } = {}) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { line: 560, lineRule: 'exact' }, // 28 pt exact: 22 lines to the page
    indent: options.indent === false ? undefined : { firstLine: 640 }, // two 16-pt characters
    children: [new TextRun({ text, font: options.font ?? BODY_FONT, size: SIZE_3 })],
  });

export async function noticeDocument(plan: Pick<Plan, 'county' | 'title' | 'units'>, notice: StoredNotice, to: NoticeAddressee): Promise<Buffer> {
  const issuer = plan.units.find((u) => u.kind === 'program-office')?.name ?? `${plan.county.name}知识产权局`;
  const greeting = `${to.unitName}${to.leaderName ? ` ${to.leaderName}${to.leaderTitle ? to.leaderTitle : ''}同志` : ''}：`;
  const document = new Document({
    creator: 'IPCounty',
    title: `督办通知单 ${notice.documentNumber}`,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE_3 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            // 21 pt keeps the 19-character body on one line of the 156 mm text width.
            children: [new TextRun({ text: `${plan.county.name}国家知识产权强县建设试点工作专班`, font: TITLE_FONT, size: 42, color: RED })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 6 } },
            children: [new TextRun({ text: notice.documentNumber, font: BODY_FONT, size: SIZE_3 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 480, after: 480 },
            children: [new TextRun({ text: '督办通知单', font: TITLE_FONT, size: SIZE_2 })],
          }),
          body(greeting, { indent: false }),
          body(
            `根据《${plan.title}》“强化督查考核力度”的要求和年度工作计划，你单位牵头负责的“${notice.title}”${notice.reason}，现予督办。`,
          ),
          body(`请单位主要负责同志亲自督促落实，于${chineseDate(notice.respondBy)}前将办理情况、存在问题和整改措施书面反馈${issuer}。`),
          body('', { indent: false }),
          body('督办事项：', { indent: false, font: HEITI }),
          body(`${notice.title}（完成时限：${chineseDate(notice.deadline)}）`),
          body('', { indent: false }),
          body('', { indent: false }),
          body(issuer, { indent: false, align: AlignmentType.RIGHT }),
          body(chineseDate(shanghaiDate(notice.issuedAt)), { indent: false, align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
