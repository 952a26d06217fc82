import type { LocalizedText } from '../../text/localized-text.js';

/** Applications in a patent file, and how many of them it shows granted. */
export interface GrantTally {
  records: number;
  granted: number;
}

/** Below this share of the last import's grants a file is taken for a partial or misread export. */
export const GRANT_DROP_SHARE = 0.5;
/** A last import this small says too little to compare against. */
export const GRANT_DROP_MINIMUM = 10;

/**
 * Why a patent file should not be committed before a person confirms it, or null. A file that
 * grants nothing (no 授权公告日 and no grant publication B/C, U/Y, S/D in any row) would leave its
 * patents uncounted in every grant and stock indicator, which is what a misread export looks
 * like; so does a file with under half the grants of the last import (a partial export, a wrong
 * filter, a column not recognised).
 */
export function grantGuard(file: GrantTally, previous: GrantTally | null): LocalizedText | null {
  if (file.records === 0) return null;
  if (file.granted === 0) {
    return {
      zh: `文件中没有任何一行有授权公告日或授权公告号（种类代码 B/C、U/Y、S/D）：导入后这 ${file.records} 件专利都不会计为授权或有效。请检查导出时是否包含授权公告，或列名是否识别正确；确认无误后可继续导入。`,
      en: `No grant date or grant publication found in any row (kind codes B/C, U/Y, S/D): none of these ${file.records} patents would count as granted or in force. Check that the export includes grant publications and that the columns were read right; confirm to import anyway.`,
    };
  }
  if (previous && previous.granted >= GRANT_DROP_MINIMUM && file.granted < previous.granted * GRANT_DROP_SHARE) {
    return {
      zh: `文件中已授权专利只有 ${file.granted} 件，不到上次导入（${previous.granted} 件）的一半：可能导出范围不全、筛选条件有误或授权列未识别。确认无误后可继续导入。`,
      en: `The file shows ${file.granted} granted patents, under half of the last import's ${previous.granted}: the export may be partial, filtered wrongly, or its grant columns misread. Confirm to import anyway.`,
    };
  }
  return null;
}
