import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applicationCheckCharacter,
  derivePatentFacts,
  evaluateAll,
  evaluateIndicator,
  findIndicatorDefinition,
  indicatorDefinitions,
  monthEndsBetween,
  PATENT_FACTS_VERSION,
  type IndicatorRecords,
  type PatentFacts,
} from '@ipcounty/domain';
import { removeDemoData } from '../../demo/demo-data.js';
import { assignAddress } from '../attribution/assign-address.js';
import { createRegisterFixture, csv, office, officeUser, type RegisterFixture } from '../__tests__/register-fixture.js';
import { loadIndicatorRecords } from '../load-indicator-records.js';
import { saveRecord } from '../save-record.js';
import { loadPatentFacts } from './patent-facts.repository.js';

/*
 * Inventions (type digit 1) unless said otherwise; 黎城 = licheng, 银涂 = yintu, 神华大道 = the county itself.
 *  P1 filed 2012-05-10, granted 2014-08-01: applicant 银涂, patentee 黎城 → 黎城 (granted before 2021); 海外同族 是 (C2 by
 *     the vendor flag) and more than ten years from 2022-05-11 (C3): high-value, counted once.
 *  P2 filed 2019-03-01, granted 2021-05-10: applicant 黎城, patentee 银涂 → 黎城 (granted from 2021: the applicant).
 *  P3 filed 2020-01-15, granted 2020-12-31, ON the cut-over's last day: applicant 黎城, patentee 银涂 → 银涂.
 *  P4 filed 2016-04-04, granted 2018-12-12, 黎城: lapsed (fees) ON 2024-12-31 by the events file.
 *  P5 filed 2017-02-02, granted 2019-11-11, 黎城: lapsed 2023-02-02 (its row and the events file), restored 2023-07-01.
 *  P6 filed 2013-01-20, granted 2015-07-07, county: more than ten years from 2023-01-21; fully invalidated 2025-03-03.
 *  P7 utility model filed 2023-03-03, granted 2024-02-02, 黎城.  P8 design by a person, 银涂.  P9 pending, 黎城.
 */
const L = '江苏省淮安市金湖县黎城街道工业园路1号';
const Y = '江苏省金湖县银涂镇人民路8号';
const C = '江苏省淮安市金湖县神华大道88号';
const header = ['申请号', '专利类型', '申请日', '授权公告日', '发明名称', '申请人', '申请人地址', '专利权人', '专利权人地址', '法律状态', '失效日', '海外同族'];

function number(year: number, typeDigit: number, serial: number): string {
  const digits = `${year}${typeDigit}${String(serial).padStart(7, '0')}`;
  return `${digits}.${applicationCheckCharacter(digits)}`;
}

const N = {
  P1: number(2012, 1, 1),
  P2: number(2019, 1, 2),
  P3: number(2020, 1, 3),
  P4: number(2016, 1, 4),
  P5: number(2017, 1, 5),
  P6: number(2013, 1, 6),
  P7: number(2023, 2, 7),
  P8: number(2023, 3, 8),
  P9: number(2022, 1, 9),
};
const key = (n: string) => n.replace('.', '');

const rows: Record<keyof typeof N, string[]> = {
  P1: [N.P1, '发明', '2012-05-10', '2014-08-01', '甲', '银涂甲公司', Y, '黎城甲公司', L, '有效', '', '是'],
  P2: [N.P2, '发明', '2019-03-01', '2021-05-10', '乙', '黎城乙公司', L, '银涂乙公司', Y, '有效', '', ''],
  P3: [N.P3, '发明', '2020-01-15', '2020-12-31', '丙', '黎城丙公司', L, '银涂丙公司', Y, '有效', '', ''],
  P4: [N.P4, '发明', '2016-04-04', '2018-12-12', '丁', '黎城丁公司', L, '黎城丁公司', L, '有效', '', ''],
  P5: [N.P5, '发明', '2017-02-02', '2019-11-11', '戊', '黎城戊公司', L, '黎城戊公司', L, '未缴年费专利权终止', '2023-02-02', ''],
  P6: [N.P6, '发明', '2013-01-20', '2015-07-07', '己', '金湖己公司', C, '金湖己公司', C, '有效', '', ''],
  P7: [N.P7, '实用新型', '2023-03-03', '2024-02-02', '庚', '黎城庚公司', L, '黎城庚公司', L, '有效', '', ''],
  P8: [N.P8, '外观设计', '2023-05-05', '2024-07-07', '辛', '王某', Y, '王某', Y, '有效', '', ''],
  P9: [N.P9, '发明', '2022-02-02', '', '壬', '黎城壬公司', L, '', '', '审中', '', ''],
};
const events = [
  ['申请号', '法律状态公告日', '法律状态'],
  [N.P4, '2024-12-31', '未缴年费专利权终止'],
  [N.P5, '2023-02-02', '未缴年费专利权终止'],
  [N.P5, '2023-07-01', '专利申请权、专利权的恢复'],
  [N.P6, '2025-03-03', '专利权全部无效'],
];

/** Columns as plain arrays, for comparing. */
const plain = (facts: PatentFacts) => Object.fromEntries(Object.entries(facts).map(([name, column]) => [name, Array.from(column as ArrayLike<unknown>)]));

describe('patent facts stored with the register', () => {
  let f: RegisterFixture;
  beforeEach(async () => {
    f = await createRegisterFixture();
    await f.importFile('patents', 'p.csv', csv([header, ...Object.values(rows)]));
    await f.importFile('legal-events', 'e.csv', csv(events));
  });
  afterEach(async () => f.drop());

  const stored = async () => (await loadIndicatorRecords(f.handle, 'jinhu', { patents: 'facts' })) as IndicatorRecords & { patentFacts: PatentFacts };
  const whole = () => loadIndicatorRecords(f.handle, 'jinhu', { patents: 'records' });
  /** What is stored is what the engine derives from the patents and their events, column by column. */
  async function expectStoredAsDerived(): Promise<PatentFacts> {
    const facts = (await stored()).patentFacts;
    expect(plain(facts)).toEqual(plain(derivePatentFacts((await whole()).patents ?? [])));
    return facts;
  }
  const regionOf = (facts: PatentFacts, n: string) => facts.regionNames[facts.regionIds[facts.ids.indexOf(key(n))] as number];
  const effective = findIndicatorDefinition('effective-invention-patents-per-10k')!;
  const highValue = findIndicatorDefinition('high-value-invention-patents-per-10k')!;

  it('are what the engine derives: the lapse on the day, the restoration, the invalidation, the 2020/2021 cut-over', async () => {
    const facts = await expectStoredAsDerived();
    expect([regionOf(facts, N.P1), regionOf(facts, N.P2), regionOf(facts, N.P3), regionOf(facts, N.P6)]).toEqual(['licheng', 'licheng', 'yintu', 'jinhu']);

    const records = await stored();
    const ids = (asOf: string, settings = {}) => evaluateIndicator(effective, records, { asOf, settings }).recordIds.sort();
    // P4 lapsed ON 2024-12-31 is out that day; P5 counts through its restored lapse; P9 is pending.
    expect(ids('2024-12-30')).toEqual([N.P1, N.P2, N.P3, N.P4, N.P5, N.P6].map(key).sort());
    expect(ids('2024-12-31')).toEqual([N.P1, N.P2, N.P3, N.P5, N.P6].map(key).sort());
    expect(ids('2023-03-31')).toContain(key(N.P5));
    // P6 leaves on its invalidation, or from every date when an invalidated right is void from the start.
    expect(ids('2025-03-03')).not.toContain(key(N.P6));
    expect(ids('2024-12-31', { invalidationBasis: 'void-ab-initio' })).not.toContain(key(N.P6));

    // High-value on 2024-12-31: P1 (C2 and C3, once) and P6 (C3).
    const value = evaluateIndicator(highValue, records, { asOf: '2024-12-31' });
    expect(value.recordIds.sort()).toEqual([N.P1, N.P6].map(key).sort());
    expect(value.numerator).toBe(2);
  });

  it('give every indicator, region and month the values the patents themselves give, under any setting', async () => {
    const dates = monthEndsBetween('2022-01-31', '2026-11-30');
    const [facts, patents] = [await stored(), await whole()];
    for (const settings of [
      {},
      { 'effective-invention-patents-per-10k': { invalidationBasis: 'void-ab-initio' } },
      { 'high-value-invention-patents-per-10k': { maintenanceBasis: 'grant-date', maintenanceComparison: 'at-least', useVendorFlags: false } },
    ]) {
      expect(evaluateAll(indicatorDefinitions, facts, { dates, settings })).toEqual(evaluateAll(indicatorDefinitions, patents, { dates, settings }));
    }
  });

  it('stay what the engine derives after a re-import, a changed import, an edit and more legal events', async () => {
    // The same file again changes nothing.
    expect(await f.importFile('patents', 'p.csv', csv([header, ...Object.values(rows)]))).toMatchObject({ status: 'committed', unchanged: 9 });
    await expectStoredAsDerived();

    // P2's grant moves to 2020-12-30: now placed by its patentee, in 银涂.
    await f.importFile('patents', 'p2.csv', csv([header, [...rows.P2.slice(0, 3), '2020-12-30', ...rows.P2.slice(4)]]));
    expect(regionOf(await expectStoredAsDerived(), N.P2)).toBe('yintu');

    // An edit: P7's applicant moves to 银涂, and its grant date changes.
    const cells = { applicationNumber: N.P7, type: '实用新型', filingDate: '2023-03-03', grantDate: '2024-03-01', title: '庚', applicants: '银涂庚公司', applicantAddress: Y };
    await saveRecord({ ctx: f, countyId: 'jinhu', user: officeUser, kind: 'patents', key: key(N.P7), cells });
    const edited = await expectStoredAsDerived();
    expect(regionOf(edited, N.P7)).toBe('yintu');
    expect(edited.firstGrantDays[edited.ids.indexOf(key(N.P7))]).toBe(Date.UTC(2024, 2, 1) / 86_400_000);

    // More events: P4's lapse on 2024-12-31 is undone on 2025-02-01, so it counts on 2024-12-31 again.
    await f.importFile('legal-events', 'e2.csv', csv([['申请号', '法律状态公告日', '法律状态'], [N.P4, '2025-02-01', '权利的恢复']]));
    await expectStoredAsDerived();
    expect(evaluateIndicator(effective, await stored(), { asOf: '2024-12-31' }).recordIds).toContain(key(N.P4));
  });

  it('follow an address assigned by hand, and demo events removed', async () => {
    const far = '江苏省淮安市盱眙县某路'; // names no region of the plan: unresolved until assigned
    await f.importFile('patents', 'far.csv', csv([header, [number(2021, 1, 10), '发明', '2021-01-05', '2022-03-15', '癸', '某公司', far, '', '', '有效', '', '']]));
    expect(regionOf((await stored()).patentFacts, number(2021, 1, 10))).toBeUndefined();
    await assignAddress({ ctx: f, countyId: 'jinhu', user: officeUser, address: far, region: 'yintu' });
    expect(regionOf(await expectStoredAsDerived(), number(2021, 1, 10))).toBe('yintu');

    // A demo lapse stored for the office's own P2, then the demo data removed: P2 is in force again.
    await f.importFile('legal-events', 'demo.csv', csv([['申请号', '法律状态公告日', '法律状态'], [N.P2, '2024-01-01', '未缴年费专利权终止']]), { demo: true });
    expect(evaluateIndicator(effective, await stored(), { asOf: '2024-06-30' }).recordIds).not.toContain(key(N.P2));
    await removeDemoData({ handle: f.handle, audit: f.audit, clock: f.clock, actor: office, countyId: 'jinhu' });
    await expectStoredAsDerived();
    expect(evaluateIndicator(effective, await stored(), { asOf: '2024-06-30' }).recordIds).toContain(key(N.P2));
  });

  it('are derived again when read if stored under another version (as right after the migration), and written back', async () => {
    const expected = plain(derivePatentFacts((await whole()).patents ?? []));
    await f.handle.db.updateTable('register_patents').set({ facts_version: null, in_force_from: null, in_force_until: null, party: null, fact_flags: 0 }).execute();
    await f.handle.db.updateTable('register_patents').set({ facts_version: PATENT_FACTS_VERSION - 1, first_grant_day: 0 }).where('record_key', '=', key(N.P1)).execute();
    expect(plain(await loadPatentFacts(f.handle, 'jinhu'))).toEqual(expected);
    const versions = await f.handle.db.selectFrom('register_patents').select('facts_version').distinct().execute();
    expect(versions).toEqual([{ facts_version: PATENT_FACTS_VERSION }]);
  });
});
