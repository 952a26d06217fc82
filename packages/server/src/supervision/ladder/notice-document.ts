import { AlignmentType, Document, Packer } from 'docx';
import { chineseDate, shanghaiDate, type Plan, type StoredNotice } from '@ipcounty/domain';
import { faces, sizes } from '../../documents/official-layout.js';
import { bodyParagraph as body, letterhead, officialSection, titleParagraph } from '../../documents/word-document.js';

/**
 * 督办单 as a Word document in the 公文 layout of GB/T 9704-2012 (documents/official-layout.ts): the
 * issuing body in red over a red rule with the 文号, the title in 方正小标宋简体 二号, the body in
 * 仿宋_GB2312 三号 with a two-character indent, the issuer and the date at the bottom right.
 */
export interface NoticeAddressee {
  unitName: string;
  leaderName: string;
  leaderTitle: string;
}

export { chineseDate };

export async function noticeDocument(plan: Pick<Plan, 'county' | 'title' | 'units'>, notice: StoredNotice, to: NoticeAddressee): Promise<Buffer> {
  const issuer = plan.units.find((u) => u.kind === 'program-office')?.name ?? `${plan.county.name}知识产权局`;
  const greeting = `${to.unitName}${to.leaderName ? ` ${to.leaderName}${to.leaderTitle ? to.leaderTitle : ''}同志` : ''}：`;
  const document = new Document({
    creator: 'IPCounty',
    title: `督办通知单 ${notice.documentNumber}`,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: faces.body, size: sizes.body * 2 } } } },
    sections: [
      officialSection([
        ...letterhead(`${plan.county.name}国家知识产权强县建设试点工作专班`, notice.documentNumber),
        titleParagraph('督办通知单'),
        body(greeting, { indent: false }),
        body(`根据《${plan.title}》“强化督查考核力度”的要求和年度工作计划，你单位牵头负责的“${notice.title}”${notice.reason}，现予督办。`),
        body(`请单位主要负责同志亲自督促落实，于${chineseDate(notice.respondBy)}前将办理情况、存在问题和整改措施书面反馈${issuer}。`),
        body('', { indent: false }),
        body('督办事项：', { indent: false, font: faces.heading1 }),
        body(`${notice.title}（完成时限：${chineseDate(notice.deadline)}）`),
        body('', { indent: false }),
        body('', { indent: false }),
        body(issuer, { indent: false, align: AlignmentType.RIGHT }),
        body(chineseDate(shanghaiDate(notice.issuedAt)), { indent: false, align: AlignmentType.RIGHT }),
      ]),
    ],
  });
  return Packer.toBuffer(document);
}
