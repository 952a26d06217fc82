import { describe, expect, it } from 'vitest';
import { monthEndsBetween } from '../periods/iso-date.js';
import { buildRegisters } from './__tests__/build-records.js';
import { indicatorDefinitions, trademarkRegistrations } from './definitions/index.js';
import { evaluateAll } from './evaluate-all.js';
import { evaluateIndicator } from './evaluate-indicator.js';

const records = buildRegisters();
// Month-ends plus the days where a rule turns: trademark year ends, title expiry, revocation.
const dates = [...monthEndsBetween('2023-01-01', '2026-12-31'), '2024-12-15', '2024-12-16', '2025-12-01'].sort();

describe('evaluateAll', () => {
  const series = evaluateAll(indicatorDefinitions, records, { dates });

  it('gives one series per indicator and region', () => {
    expect(series).toHaveLength(indicatorDefinitions.length * records.regions.length);
    expect(series.every((s) => s.points.length === dates.length)).toBe(true);
  });

  it('agrees with evaluateIndicator for every indicator, region and date', () => {
    const mismatches: string[] = [];
    for (const s of series) {
      const definition = indicatorDefinitions.find((d) => d.key === s.key);
      if (!definition) throw new Error(s.key);
      for (const p of s.points) {
        const single = evaluateIndicator(definition, records, { asOf: p.date, region: s.region });
        if (single.value !== p.value || single.numerator !== p.numerator || single.denominator !== p.denominator) {
          mismatches.push(`${s.key} ${s.region} ${p.date}: ${single.value} vs ${p.value}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('keeps plan year 2024 on its statistical year until 31 December; T5 and T6 count from 1 January', () => {
    const county = series.find((s) => s.key === 'trademark-registrations' && s.region === 'jinhu');
    const value = (date: string) => county?.points.find((p) => p.date === date)?.value;
    expect(value('2024-11-30')).toBe(2); // T2, T3
    expect(value('2024-12-15')).toBe(3); // + T4
    expect(value('2024-12-16')).toBe(3); // T5 belongs to statistical year 2025, judged in plan year 2025
    expect(value('2024-12-31')).toBe(3);
    expect(value('2025-01-31')).toBe(2); // T5, T6
  });

  it('applies setting overrides per definition', () => {
    const [calendar] = evaluateAll([trademarkRegistrations], records, {
      dates: ['2024-12-31'],
      settings: { 'trademark-registrations': { statisticalYear: 'calendar' } },
    });
    expect(calendar?.points[0]?.value).toBe(4);
  });

  it('refuses dates that are not ascending', () => {
    expect(() => evaluateAll(indicatorDefinitions, records, { dates: ['2024-02-29', '2024-01-31'] })).toThrow(RangeError);
  });
});
