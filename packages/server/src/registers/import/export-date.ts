import { stat } from 'node:fs/promises';
import { isIsoDate, type IsoDate, type RowProblem, shanghaiDate } from '@ipcounty/domain';
import type { Clock } from '../../common/clock.js';
import type { ImportInput } from './import-source.js';

/**
 * 导出日期: the day a patent export's statuses (专利权状态, 简单法律状态) describe. The user's answer
 * when given; else the file's own date (when it was saved, in China time); else the day of the
 * import. An export is saved on the day it is made, so the file's date is the right default.
 */
export async function exportDateOf(input: ImportInput, given: string | undefined, clock: Clock): Promise<IsoDate> {
  if (given !== undefined) {
    if (!isIsoDate(given)) throw new RangeError(`export date ${given} is not a date (YYYY-MM-DD)`);
    return given;
  }
  if ('path' in input) {
    const saved = await stat(input.path).catch(() => null);
    if (saved) return shanghaiDate(saved.mtime);
  }
  return shanghaiDate(clock.now());
}

/**
 * The file-level warning for patents whose status said 无权 / 失效 with no 失效日: counted as lapsed
 * from the export date; figures before it count them as in force and are 推定 until a
 * legal-events file gives the days.
 */
export function presumedLapseWarning(count: number, exportDate: IsoDate): RowProblem {
  return {
    row: 0,
    reason: {
      zh: `${count} 件专利的状态为无权或失效，但文件没有失效日：按最迟于导出日期 ${exportDate} 失效统计，此前各日期的有效专利数为推定（推定 ${count} 件）。导入“法律事件”文件（申请号、日期、法律状态）可确定失效日。`,
      en: `${count} patents are 无权 or 失效 with no lapse date: they count as lapsed on the export date ${exportDate} at the latest, and stocks before that date are presumed (推定, ${count} patents). Import a legal-events file (application number, date, event) to settle their lapse dates.`,
    },
    severity: 'warning',
  };
}
