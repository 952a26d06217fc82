import { describe, expect, it } from 'vitest';
import { buildPatent } from '../../registers/__tests__/build-patent.js';
import { jinhuRegions } from '../../attribution/__tests__/jinhu-regions.js';
import { highValueInventionPatentsPer10k } from '../definitions/index.js';
import { evaluateIndicator } from '../evaluate-indicator.js';
import { highValueGroundsAt } from './high-value-grounds.js';

describe('highValueGroundsAt', () => {
  // Four inventions in 黎城, in force: H1 海外同族数 2; H2 海外同族 是; H3 a 中国专利奖 of 2022 and
  // 海外同族数 1; H4 a provincial award only (not counted). buildPatent files them 2015-03-10.
  const patents = [
    buildPatent({ id: 'H1', applicationNumber: '2015101234561', region: 'licheng', overseasFamily: { memberCount: 2 } }),
    buildPatent({ id: 'H2', applicationNumber: '2015101234572', region: 'licheng', vendorFlags: { overseasFamily: true } }),
    buildPatent({
      id: 'H3',
      applicationNumber: '2015101234583',
      region: 'licheng',
      overseasFamily: { memberCount: 1 },
      awards: [{ kind: 'china-patent-award', level: '优秀奖', year: 2022, awardedOn: '2022-12-31' }],
    }),
    buildPatent({ id: 'H4', applicationNumber: '2015101234594', region: 'licheng', awards: [{ kind: 'provincial-patent-award', year: 2022, awardedOn: '2022-12-31' }] }),
  ];
  const records = { regions: jinhuRegions, patents };

  it('counts each qualifying patent under every category it meets, with the ground', () => {
    const grounds = highValueGroundsAt(highValueInventionPatentsPer10k, records, { asOf: '2024-06-30' });
    expect(grounds).toEqual([
      { category: 'overseas-family', ground: 'family-member', patents: 3 },
      { category: 'national-award', ground: 'award', patents: 1 },
    ]);
    expect(evaluateIndicator(highValueInventionPatentsPer10k, records, { asOf: '2024-06-30' }).numerator).toBe(3);
  });

  it('counts an award only from its date', () => {
    expect(highValueGroundsAt(highValueInventionPatentsPer10k, records, { asOf: '2022-06-30' })).toEqual([{ category: 'overseas-family', ground: 'family-member', patents: 3 }]);
  });

  it('is null for an indicator without the high-value filter', () => {
    expect(highValueGroundsAt({ ...highValueInventionPatentsPer10k, formula: { kind: 'per10k', of: { records: 'patents', filters: [] } } }, records, { asOf: '2024-06-30' })).toBeNull();
  });
});
