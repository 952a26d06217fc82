/**
 * Reads a task reference as offices write it: 5, 任务5, 任务五, 第五项, (五). Returns null for text
 * that names no task number. Chinese numerals up to 九十九 cover any plan's task list.
 */
export function parseTaskNumber(text: string): number | null {
  const trimmed = text
    .trim()
    .replace(/^[（(]|[）)]$/g, '')
    .replace(/^(任务|第)/, '')
    .replace(/(项|项任务)$/, '')
    .trim();
  if (/^\d{1,3}$/.test(trimmed)) return Number(trimmed) || null;
  return chineseNumber(trimmed);
}

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(text: string): number | null {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, units] = match as unknown as [string, string, string, string];
  if (!ten) return tens && !units ? DIGITS[tens]! : null;
  return (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0);
}
