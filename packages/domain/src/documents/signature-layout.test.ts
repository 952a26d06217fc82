import { describe, expect, it } from 'vitest';
import { signatureIndents, textWidthChars } from './signature-layout.js';

describe('signatureIndents (GB/T 9704-2012 7.3.5.2)', () => {
  it('counts digits as half a character', () => expect(textWidthChars('2026年12月7日')).toBe(6.5));
  it('puts the issuer two characters in and the date’s first character two to the right of the issuer’s', () => {
    // issuer 11 wide, ends 2 in: starts 13 in; the date starts 11 in and, 6.5 wide, ends 4.5 in.
    expect(signatureIndents('金湖县知识产权工作专班', '2026年12月7日')).toEqual({ issuerRight: 2, dateRight: 4.5 });
  });
  it('keeps a long date two characters in and moves the issuer', () => {
    // The date ends 2 in and starts 8.5 in; the issuer starts 2 further, 10.5 in, and, 3 wide, ends 7.5 in.
    expect(signatureIndents('县政府', '2026年12月7日')).toEqual({ issuerRight: 7.5, dateRight: 2 });
  });
});
