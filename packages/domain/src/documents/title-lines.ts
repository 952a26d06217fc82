/**
 * 标题回行 (GB/T 9704-2012 7.3.1): a title too long for one line is broken where the words allow
 * — after a place name (…县, …市), before 关于 or a closing 的/工作/报告 phrase — and into lines of
 * near equal length, so the title stands as a trapezoid or diamond rather than one long line and a
 * stray character.
 */
const AFTER = /[县市区省的]/;
const BEFORE = ['关于', '工作', '自评', '评估', '统计', '分析', '报告', '建设', '月报', '季报', '年报'];

export function titleLines(title: string, maxChars: number): string[] {
  const chars = [...title];
  if (chars.length <= maxChars) return [title];
  let best: { at: number; score: number } | null = null;
  for (let at = 1; at < chars.length; at++) {
    const first = at;
    const second = chars.length - at;
    if (first > maxChars) break;
    if (second > maxChars) continue;
    const rest = chars.slice(at).join('');
    const natural = AFTER.test(chars[at - 1]!) || BEFORE.some((w) => rest.startsWith(w));
    // Balanced lines score best; a break at a word boundary beats one inside a word.
    const score = Math.abs(first - second) + (natural ? 0 : 6);
    if (!best || score < best.score) best = { at, score };
  }
  if (!best) {
    const half = Math.ceil(chars.length / 2);
    return [chars.slice(0, half).join(''), ...titleLines(chars.slice(half).join(''), maxChars)];
  }
  return [chars.slice(0, best.at).join(''), chars.slice(best.at).join('')];
}
