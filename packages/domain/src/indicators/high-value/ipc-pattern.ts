import { toHalfWidth } from '../../registers/dates.js';

/**
 * One row of 《战略性新兴产业分类与国际专利分类参照关系表（2021）（试行）》 (国知办函规字〔2021〕121号)
 * as data: an IPC pattern at subclass (G06N), main-group (G06N3) or subgroup (G06N3/08) level,
 * with the keyword condition some rows add (indicator-definitions.md §2.2).
 */
export interface StrategicEmergingIpcRow {
  /** 战略性新兴产业分类（2018） code, e.g. '1.6'. */
  industry: string;
  pattern: string;
  /** When present, the title or abstract must contain one of these. */
  keywords?: readonly string[];
}

export interface IpcCode {
  subclass: string;
  group?: string;
  subgroup?: string;
}

/** 'G06N 3/08', 'g06n3/08', 'G06N0003080000' (EPO fixed width) → { G06N, 3, 08 }. */
export function parseIpc(raw: string): IpcCode | null {
  const text = toHalfWidth(raw).toUpperCase().replace(/\s+/g, '');
  const fixed = /^([A-H]\d{2}[A-Z])(\d{4})(\d{6})$/.exec(text);
  if (fixed) {
    const subgroup = (fixed[3] ?? '').replace(/0+$/, '');
    return { subclass: fixed[1] ?? '', group: String(Number(fixed[2])), subgroup: subgroup.padEnd(2, '0') };
  }
  const match = /^([A-H]\d{2}[A-Z])(?:(\d{1,4})(?:\/(\d{1,6})?)?)?(?:\/\*|\*)?$/.exec(text);
  if (!match) return null;
  return {
    subclass: match[1] ?? '',
    ...(match[2] === undefined ? {} : { group: String(Number(match[2])) }),
    ...(match[3] === undefined ? {} : { subgroup: match[3] }),
  };
}

/** Whether an IPC code falls under a pattern (same subclass; same group and subgroup where given). */
export function ipcMatches(code: IpcCode, pattern: IpcCode): boolean {
  if (code.subclass !== pattern.subclass) return false;
  if (pattern.group !== undefined && code.group !== pattern.group) return false;
  if (pattern.subgroup !== undefined && code.subgroup !== pattern.subgroup) return false;
  return true;
}

/** The table row a patent's IPC codes (all of them, main included) and text match, if any. */
export function matchStrategicEmergingIndustry(
  ipcCodes: readonly string[],
  text: string,
  table: readonly StrategicEmergingIpcRow[],
): StrategicEmergingIpcRow | null {
  const codes = ipcCodes.map(parseIpc).filter((c): c is IpcCode => c !== null);
  for (const row of table) {
    const pattern = parseIpc(row.pattern);
    if (!pattern || !codes.some((code) => ipcMatches(code, pattern))) continue;
    if (row.keywords && row.keywords.length > 0 && !row.keywords.some((k) => text.includes(k))) continue;
    return row;
  }
  return null;
}
