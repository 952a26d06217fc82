/**
 * 发文机关署名 and 成文日期 of a document without a seal (GB/T 9704-2012 7.3.5.2): the issuer right-
 * aligned two characters in, the date on the next line with its first character two characters to
 * the right of the issuer's first; a date longer than that keeps two characters to its right and
 * pushes the issuer further in. Widths are in 三号 characters: a Chinese character is one, a digit
 * or a Latin letter half.
 */
export function textWidthChars(text: string): number {
  return [...text].reduce((w, c) => w + (/[\u0020-\u007e]/.test(c) ? 0.5 : 1), 0);
}

export function signatureIndents(issuer: string, date: string): { issuerRight: number; dateRight: number } {
  const issuerWidth = textWidthChars(issuer);
  const dateWidth = textWidthChars(date);
  const dateRight = 2 + issuerWidth - 2 - dateWidth;
  if (dateRight >= 2) return { issuerRight: 2, dateRight };
  return { issuerRight: 2 + (2 - dateRight), dateRight: 2 };
}
