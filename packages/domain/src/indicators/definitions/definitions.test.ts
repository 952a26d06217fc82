import { describe, expect, it } from 'vitest';
import { buildRegisters } from '../__tests__/build-records.js';
import { evaluateIndicator } from '../evaluate-indicator.js';
import { findIndicatorDefinition, indicatorDefinitions } from './index.js';

const planKeys = [
  'effective-invention-patents-per-10k',
  'high-value-invention-patents-per-10k',
  'enterprise-grant-share',
  'invention-grant-share',
  'trademark-registrations',
  'copyright-registrations',
  'patent-intensive-industry-share',
  'pledge-financing-amount',
  'new-certified-enterprises',
  'advantage-demonstration-enterprises',
  'ip-intensive-enterprises',
  'satisfaction-score',
  'new-service-agencies',
  'new-high-level-talent',
  'introduced-professionals',
  'training-participants',
];

describe('indicator definitions', () => {
  it('cover the sixteen keys of the Jinhu plan, once each', () => {
    expect(indicatorDefinitions.map((d) => d.key)).toEqual(planKeys);
    expect(findIndicatorDefinition('trademark-registrations')?.unit).toBe('件');
    expect(findIndicatorDefinition('nope')).toBeUndefined();
  });

  it('state every rule in Chinese and English with a source and a rule version', () => {
    for (const d of indicatorDefinitions) {
      expect(d.rule.zh, d.key).toMatch(/[\u4e00-\u9fa5]/);
      expect(d.rule.en.length, d.key).toBeGreaterThan(20);
      expect(d.source.length, d.key).toBeGreaterThan(5);
      expect(d.ruleVersion, d.key).toMatch(/^\d{4}\.\d+$/);
    }
  });

  it('mark the rules the official definitions leave open as unconfirmed', () => {
    const unconfirmed = indicatorDefinitions.flatMap((d) =>
      Object.entries(d.settings)
        .filter(([, s]) => !s.confirmed)
        .map(([k]) => `${d.key}.${k}`),
    );
    expect(unconfirmed).toEqual(
      expect.arrayContaining([
        'invention-grant-share.denominator',
        'high-value-invention-patents-per-10k.pledgeThresholdFen',
        'high-value-invention-patents-per-10k.maintenanceBasis',
        'trademark-registrations.statisticalYear',
        'copyright-registrations.kinds',
        'advantage-demonstration-enterprises.levels',
        'effective-invention-patents-per-10k.populationBasis',
      ]),
    );
  });

  it('give each setting a default allowed by its own options', () => {
    for (const d of indicatorDefinitions) {
      for (const [key, spec] of Object.entries(d.settings)) {
        if (!spec.options) continue;
        const members = Array.isArray(spec.default) ? spec.default : [spec.default];
        for (const m of members) expect(spec.options, `${d.key}.${key}`).toContain(m);
      }
    }
  });

  it('all evaluate on a register with their defaults', () => {
    const records = buildRegisters();
    for (const d of indicatorDefinitions) {
      expect(() => evaluateIndicator(d, records, { asOf: '2025-06-30' }), d.key).not.toThrow();
    }
  });
});
