/**
 * How a document writes a number from the data: whole numbers as they are (1,000 stays 1000, the way
 * 公文 tables print counts), other values to two decimals, never more or fewer, so a reader compares
 * columns digit by digit and a test finds the engine's number in the text. A missing value is a dash.
 */
export function figureText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** A percentage to one decimal with its sign: 87.5%. */
export function percentText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value.toFixed(1)}%`;
}

/** A change with its sign: +3.20, −1.5 (U+2212 so the sign keeps its width in CJK text), 0. */
export function changeText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const text = figureText(Math.abs(value));
  return value > 0 ? `+${text}` : `−${text}`;
}
