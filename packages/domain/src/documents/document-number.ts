/**
 * 发文字号 as GB/T 9704-2012 7.2.4 writes it: 机关代字, the full year in 六角括号 〔〕, and the
 * sequence number without 第 and without padding (1, not 01), followed by 号 — 金知强办〔2026〕3号.
 */
export function documentNumber(agencyCode: string, year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`a 发文顺序号 is a whole number from 1, not ${seq}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`a 发文字号 carries the full year, not ${year}`);
  return `${agencyCode}〔${year}〕${seq}号`;
}

/**
 * 机关代字 of the county's program office for a kind of document: the county's first character,
 * 知 for 知识产权, then the kind's own character (自评报告 评, 验收材料 验, 统计分析 统).
 */
export function agencyCode(countyName: string, kind: 'self-evaluation' | 'evaluation' | 'statistics'): string {
  const suffix = { 'self-evaluation': '知强', evaluation: '知评', statistics: '知统' }[kind];
  return `${[...countyName][0] ?? ''}${suffix}`;
}
