/**
 * The level a standard's number declares by its prefix (GB/T 1.1-2020 and the codes' rules): GB
 * national, DB local (DB + the region's code), T/ group; the two-letter codes of industry standards
 * (JB, HG, YY…) are industry. Null when the number says nothing recognisable.
 */
export function levelOfStandardNumber(number: string): 'national' | 'industry' | 'local' | 'group' | null {
  const text = number.trim().toUpperCase().replace(/\s+/g, ' ');
  if (/^T\s*\//.test(text)) return 'group';
  if (/^GB(\/[TZ])?\s/.test(text) || /^GB(\/[TZ])?\d/.test(text)) return 'national';
  if (/^DB\d{2,6}(\/[TZ])?\s?/.test(text)) return 'local';
  if (/^[A-Z]{2}(\/[TZ])?\s?\d/.test(text)) return 'industry';
  return null;
}
