import yazl from 'yazl';
import type { Plan } from '@ipcounty/domain';
import { attachmentStore } from '../../attachments/attachment-store.js';
import type { DossierFile, taskDossier } from './dossier.view.js';

type Dossier = Awaited<ReturnType<typeof taskDossier>>;

/** A CSV cell: quoted, and neutralised when it would start a formula in a spreadsheet. */
const cell = (v: string | number | null) => {
  const text = v === null ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

/**
 * 任务档案导出: a folder (as a ZIP) named after the task, with 证据索引.csv listing every file — its
 * number, source, unit, name and upload time — and the files themselves under 佐证材料/, named by
 * their number so the index and the folder match when printed.
 */
export async function dossierArchive(dossier: Dossier, plan: Pick<Plan, 'units'>, root: string, countyId: string): Promise<{ fileName: string; bytes: Buffer }> {
  const folder = `任务${dossier.task.number}-${dossier.task.title}`.replace(/[\\/:*?"<>|]/g, '_').slice(0, 80);
  const unitName = (code: string | null) => (code ? (plan.units.find((u) => u.code === code)?.name ?? code) : '');
  const store = attachmentStore(root);
  const zip = new yazl.ZipFile();
  const rows = [['序号', '来源', '单位', '文件名', '上传时间', '档案内路径'].map(cell).join(',')];
  const named = (f: DossierFile, i: number) => `${String(i + 1).padStart(3, '0')}-${f.fileName}`;
  for (const [i, f] of dossier.files.entries()) {
    const path = `${folder}/佐证材料/${named(f, i)}`;
    zip.addBuffer(await store.read(countyId, f.store.storedName), path, { mtime: new Date(f.uploadedAt) });
    rows.push([i + 1, f.source, unitName(f.unitCode), f.fileName, f.uploadedAt, `佐证材料/${named(f, i)}`].map(cell).join(','));
  }
  const summary = [
    `任务${dossier.task.number}：${dossier.task.title}`,
    `所属：${dossier.task.groupTitle}`,
    `责任单位：${dossier.task.responsibility}`,
    '',
    '年度完成评定：',
    ...dossier.years.map((y) => `  ${y.year}年：${y.rating ?? '未评定'}${y.ratingSource ? `（${y.ratingSource}）` : ''}`),
    '',
    `工作事项 ${dossier.workItems.length} 项，报告 ${dossier.reports.length} 份，佐证材料 ${dossier.files.length} 个，督办单 ${dossier.notices.length} 份，整改事项 ${dossier.rectifications.length} 项。`,
  ].join('\r\n');
  // A byte-order mark so Excel opens the UTF-8 index with its Chinese intact.
  zip.addBuffer(Buffer.from(`\ufeff${rows.join('\r\n')}\r\n`, 'utf8'), `${folder}/证据索引.csv`, { mtime: new Date(0) });
  zip.addBuffer(Buffer.from(`\ufeff${summary}\r\n`, 'utf8'), `${folder}/档案说明.txt`, { mtime: new Date(0) });
  zip.end();
  const chunks: Buffer[] = [];
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
  return { fileName: `${folder}.zip`, bytes };
}
