import type { Locale } from '../i18n/locale-context.js';

/** The county works in China Standard Time whatever the viewer's computer says. */
const timeZone = 'Asia/Shanghai';

const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-05" → 2024年5月 / May 2024 (the plan writes its phases in months). */
export function formatYearMonth(yearMonth: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!match) return yearMonth;
  const year = match[1]!;
  const month = Number(match[2]);
  return locale === 'en' ? `${englishMonths[month - 1] ?? month} ${year}` : `${year}年${month}月`;
}

/** An instant from the server (ISO 8601) as "YYYY-MM-DD HH:mm" in Asia/Shanghai. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
