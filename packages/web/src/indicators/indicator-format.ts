import type { ForecastStatus } from '@ipcounty/domain';

/** Up to `digits` decimals, no trailing zeros, thousands grouped: 0.75, 1,050, 33.33. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** A value with its unit as the plan writes it: "40 件", "80%", "10 亿元". */
export function withUnit(value: number | null | undefined, unit: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return unit === '%' ? `${formatNumber(value, digits)}%` : `${formatNumber(value, digits)} ${unit}`;
}

/** A signed change: +0.25, −3. */
export function formatChange(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = formatNumber(Math.abs(value), digits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export const statusColors: Record<ForecastStatus, string> = {
  achieved: '#237804',
  'on-track': '#389e0d',
  'at-risk': '#d48806',
  'off-track': '#cf1322',
  'not-met': '#a8071a',
  'insufficient-data': '#8c8c8c',
};

/** antd Tag colours for the same statuses. */
export const statusTagColors: Record<ForecastStatus, string> = {
  achieved: 'green',
  'on-track': 'green',
  'at-risk': 'orange',
  'off-track': 'red',
  'not-met': 'red',
  'insufficient-data': 'default',
};

export { forecastStatuses } from '@ipcounty/domain';
