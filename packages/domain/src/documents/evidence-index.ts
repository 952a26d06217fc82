/**
 * 佐证材料目录: every evidence file of the package, numbered within its task, and the path it has
 * in the ZIP — one folder per task (任务03 提升平台创新能力), each file named by its number in the
 * index, so the printed index and the unpacked folder list the same names in the same order.
 */
export interface EvidenceFile {
  fileId: string;
  taskNumber: number;
  taskTitle: string;
  unitName: string;
  /** The reporting round it was filed in (2026年第三季度). */
  round: string;
  /** The name it was uploaded under. */
  fileName: string;
  size: number;
  /** A web address cited as evidence instead of a file: listed in the index, not in the ZIP. */
  link?: string;
  /**
   * Where in the app a cited record lives (会议台账, 宣传活动台账, 已生成的文件, 已审核的报告, 督办单):
   * listed in the index, not in the ZIP — the reviewer finds it in the app or in the package's tables.
   */
  inApp?: string;
}

export interface EvidenceEntry extends EvidenceFile {
  /** 3-2: the second file of task 3. */
  number: string;
  path: string;
}

/** Characters Windows and ZIP readers refuse in a name, and control characters (C0, tested by code point). */
const UNSAFE = /[\\/:*?"<>|]/g;
const isControl = (c: string) => c.charCodeAt(0) < 0x20;

export function safeFileName(name: string): string {
  const cleaned = [...name.replace(UNSAFE, '_')].map((c) => (isControl(c) ? '_' : c)).join('').replace(/^\.+/, '_').trim();
  return (cleaned || '_').slice(0, 120);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function evidenceIndex(files: readonly EvidenceFile[]): EvidenceEntry[] {
  const sorted = [...files].sort((a, b) => a.taskNumber - b.taskNumber || a.round.localeCompare(b.round) || a.unitName.localeCompare(b.unitName, 'zh-CN') || a.fileName.localeCompare(b.fileName));
  const counters = new Map<number, number>();
  return sorted.map((file) => {
    const seq = (counters.get(file.taskNumber) ?? 0) + 1;
    counters.set(file.taskNumber, seq);
    const folder = safeFileName(`任务${pad(file.taskNumber, 2)} ${file.taskTitle}`);
    const path = file.link || file.inApp ? '' : `${folder}/${pad(file.taskNumber, 2)}-${pad(seq, 3)} ${safeFileName(`${file.unitName} ${file.fileName}`)}`;
    return { ...file, number: `${file.taskNumber}-${seq}`, path };
  });
}
