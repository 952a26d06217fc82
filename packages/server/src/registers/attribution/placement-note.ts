import type { LocalizedText } from '@ipcounty/domain';

const BASIS: Readonly<Record<string, LocalizedText>> = {
  applicant: { zh: '按第一申请人地址', en: 'by the first applicant\'s address' },
  patentee: { zh: '按第一专利权人地址', en: 'by the first patentee\'s address' },
};

function core(note: string): LocalizedText {
  let m: RegExpExecArray | null;
  if (note === 'town column') return { zh: '按表中填写的镇（街道）', en: 'by the town given in the file' };
  if (note === 'manual') return { zh: '人工指定的地址归属', en: 'by the office\'s assignment of the address' };
  if (note === 'county: no town or address given') return { zh: '未填镇（街道）和地址，计入全县', en: 'no town or address given: counted for the county' };
  if (note === 'outside the county (manual)') return { zh: '人工指定为不在本县', en: 'assigned by the office as outside the county' };
  if (note === 'empty address') return { zh: '地址为空', en: 'the address is empty' };
  if (note === 'names no region of the plan') return { zh: '地址中没有本县或所辖镇（街道）的名称', en: 'the address names no region of the plan' };
  if ((m = /^location columns:? (.*)$/.exec(note)))
    return { zh: `只有州/省、地市、区县列（“${m[1]}”），计入全县，不分镇（街道）`, en: `only the province, city and county columns (“${m[1]}”): counted for the county, with no town` };
  if ((m = /^alias:? (.*)$/.exec(note))) return { zh: `地址中含“${m[1]}”`, en: `the address names “${m[1]}”` };
  if ((m = /^names (.+) but not its county$/.exec(note))) return { zh: `地址只写了“${m[1]}”，没有写县名，无法确认在本县`, en: `the address names ${m[1]} but not its county` };
  if ((m = /^(?:hk-mo-tw)(?:: (.*))?$/.exec(note))) return { zh: `港澳台地址，不计入国内统计${m[1] ? `（${m[1]}）` : ''}`, en: `Hong Kong, Macao or Taiwan: not in the domestic counts${m[1] ? ` (${m[1]})` : ''}` };
  if ((m = /^foreign(?:: (.*))?$/.exec(note))) return { zh: `境外地址，不计入国内统计${m[1] ? `（${m[1]}）` : ''}`, en: `abroad: not in the domestic counts${m[1] ? ` (${m[1]})` : ''}` };
  if ((m = /^no (applicant|patentee) recorded$/.exec(note))) return { zh: '没有申请人（专利权人）', en: `no ${m[1]} recorded` };
  if ((m = /^first (applicant|patentee) has no address$/.exec(note))) return { zh: m[1] === 'applicant' ? '第一申请人没有地址' : '第一专利权人没有地址', en: `the first ${m[1]} has no address` };
  return { zh: note, en: note };
}

/**
 * Why a record was placed where it is (or not at all), in both languages, from the note the
 * importer stored: "names 银集镇 but not its county (applicant)" → 地址只写了“银集镇”… （按第一申请人地址）.
 */
export function describePlacement(note: string | null): LocalizedText | null {
  if (!note) return null;
  const after = /^(.*) \((applicant|patentee)\)$/.exec(note);
  const before = /^(applicant|patentee): (.*)$/.exec(note);
  const basis = after?.[2] ?? before?.[1];
  const text = core(after?.[1] ?? before?.[2] ?? note);
  const by = basis ? BASIS[basis] : undefined;
  return by ? { zh: `${text.zh}（${by.zh}）`, en: `${text.en} (${by.en})` } : text;
}
