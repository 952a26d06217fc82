import { describe, expect, it } from 'vitest';
import { buildPatent, jinhuEnterprise } from '../registers/__tests__/build-patent.js';
import { jinhuRegions } from './__tests__/jinhu-regions.js';
import { attributePatent, attributePatents } from './attribute-patent.js';
import { createRegionResolver } from './region-resolver.js';

const resolver = createRegionResolver(jinhuRegions);
const applicantInYintu = { ...jinhuEnterprise, address: '江苏省金湖县银涂镇人民路8号' };
const patenteeInLicheng = { ...jinhuEnterprise, address: '江苏省金湖县黎城街道工业园路1号' };

describe('attributePatent', () => {
  it('uses the first patentee for grants on or before 2020-12-31', () => {
    const patent = buildPatent({
      grant: { number: 'B', date: '2020-12-31' },
      applicants: [applicantInYintu],
      patentees: [patenteeInLicheng],
    });
    expect(attributePatent(patent, resolver)).toMatchObject({ status: 'attributed', region: 'licheng', basis: 'patentee' });
  });

  it('uses the first applicant for grants from 2021-01-01', () => {
    const patent = buildPatent({
      grant: { number: 'B', date: '2021-01-01' },
      applicants: [applicantInYintu],
      patentees: [patenteeInLicheng],
    });
    expect(attributePatent(patent, resolver)).toMatchObject({ status: 'attributed', region: 'yintu', basis: 'applicant' });
  });

  it('reads the grant date from the grant event when the record has no 授权公告日', () => {
    const patent = buildPatent({
      grant: undefined,
      legalEvents: [{ date: '2019-04-02', category: 'grant' }],
      applicants: [applicantInYintu],
      patentees: [patenteeInLicheng],
    });
    expect(attributePatent(patent, resolver)).toMatchObject({ region: 'licheng', basis: 'patentee' });
  });

  it('uses only the first-named party', () => {
    const patent = buildPatent({
      grant: { number: 'B', date: '2022-05-01' },
      applicants: [{ ...jinhuEnterprise, address: '江苏省淮安市盱眙县某路' }, applicantInYintu],
    });
    expect(attributePatent(patent, resolver)).toMatchObject({ status: 'unresolved', address: '江苏省淮安市盱眙县某路' });
  });

  it('places an application not yet granted by its first applicant', () => {
    const patent = buildPatent({ grant: undefined, legalEvents: [], applicants: [applicantInYintu] });
    expect(attributePatent(patent, resolver)).toMatchObject({ region: 'yintu', basis: 'applicant' });
  });

  it('excludes foreign and HK/MO/TW owners by country code or address', () => {
    const foreign = buildPatent({ applicants: [{ ...jinhuEnterprise, country: 'JP' }], grant: { number: 'B', date: '2022-01-01' } });
    expect(attributePatent(foreign, resolver)).toMatchObject({ status: 'excluded', reason: 'foreign' });
    const hk = buildPatent({ applicants: [{ ...jinhuEnterprise, country: 'HK' }], grant: { number: 'B', date: '2022-01-01' } });
    expect(attributePatent(hk, resolver)).toMatchObject({ status: 'excluded', reason: 'hk-mo-tw' });
    const taiwanAddress = buildPatent({
      applicants: [{ ...jinhuEnterprise, country: undefined, address: '台湾省台北市' }],
      grant: { number: 'B', date: '2022-01-01' },
    });
    expect(attributePatent(taiwanAddress, resolver)).toMatchObject({ status: 'excluded', reason: 'hk-mo-tw' });
  });

  it('falls back to the applicants when an old grant has no patentee recorded', () => {
    const patent = buildPatent({ grant: { number: 'B', date: '2019-01-01' }, applicants: [applicantInYintu], patentees: [] });
    expect(attributePatent(patent, resolver)).toMatchObject({ region: 'yintu', basis: 'patentee' });
  });

  it('reports a party without address', () => {
    const patent = buildPatent({ applicants: [{ name: '某人', type: 'individual' }], grant: { number: 'B', date: '2022-01-01' } });
    expect(attributePatent(patent, resolver)).toEqual({ status: 'unresolved', basis: 'applicant', reason: 'first applicant has no address' });
  });
});

describe('attributePatents', () => {
  it('maps attributed patents and groups unresolved addresses for manual assignment', () => {
    const elsewhere = { ...jinhuEnterprise, address: '江苏省淮安市盱眙县某路' };
    const patents = [
      buildPatent({ id: 'a', grant: { number: 'B', date: '2022-01-01' }, applicants: [applicantInYintu] }),
      buildPatent({ id: 'b', grant: { number: 'B', date: '2022-01-01' }, applicants: [elsewhere] }),
      buildPatent({ id: 'c', grant: { number: 'B', date: '2023-01-01' }, applicants: [elsewhere] }),
      buildPatent({ id: 'd', grant: { number: 'B', date: '2023-01-01' }, applicants: [{ ...jinhuEnterprise, country: 'US' }] }),
    ];
    const result = attributePatents(patents, resolver);
    expect([...result.regions]).toEqual([['a', 'yintu']]);
    expect(result.excluded).toEqual([{ patentId: 'd', reason: 'foreign' }]);
    expect(result.unresolved).toEqual([{ address: '江苏省淮安市盱眙县某路', reason: 'names no region of the plan', patentIds: ['b', 'c'] }]);
  });
});
