/**
 * Writes a number the way a person would type it: never in exponent notation (`1e+21`,
 * `1.5e-7`), integers digit for digit (a 13-digit application number such as 2023101234567
 * stays exact), and fractions to the 15 significant digits Excel keeps, so that a cell
 * computed as 0.1 + 0.2 reads `0.3` rather than `0.30000000000000004`.
 */
export function formatPlainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number.isInteger(value) ? value : Number(value.toPrecision(15));
  return expandExponent(String(rounded));
}

function expandExponent(text: string): string {
  const exponentAt = text.indexOf('e');
  if (exponentAt === -1) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const [integerDigits = '', fractionDigits = ''] = mantissa.split('.');
  const digits = integerDigits + fractionDigits;
  const pointAt = integerDigits.length + exponent;
  let plain: string;
  if (pointAt <= 0) plain = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + '0'.repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${plain}` : plain;
}
