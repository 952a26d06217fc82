import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationCheckCharacter, evaluateIndicator, findIndicatorDefinition, patentExportLayouts } from '@ipcounty/domain';
import { createRegisterFixture, csv, xlsx, type RegisterFixture } from '../__tests__/register-fixture.js';
import { loadIndicatorRecords } from '../load-indicator-records.js';
import { importHistoryRepository } from './import-history.repository.js';

/**
 * The same nine applications as CNIPA's 专利检索及分析 exports them (one row per publication, no
 * grant-date column, 专利权状态) and as PatSnap does (州/省, 地市, 区县 columns, 简单法律状态), exported
 * on 2025-06-30. Worked out by hand:
 *
 * | app | type    | publications                      | owner                   | where            | status at export |
 * |-----|---------|-----------------------------------|-------------------------|------------------|------------------|
 * | P1  | 发明    | A 2021-05-10, B 2023-04-07 (B row first) | 江苏金湖示例机械有限公司 | 黎城 (postcode) | 有权 |
 * | P2  | 发明    | A 2008-09-10, C 2009-11-25 (old grant)   | 金湖县红星五金厂        | 银涂             | 有权 (term to 2028-03-03) |
 * | P3  | 发明    | A 2019-11-01, B 2022-08-09        | 王伟 (person)           | 黎城             | 无权, no 失效日 → lapsed 2025-06-30 (推定) |
 * | P4  | 发明    | A 2021-01-05 only                  | 淮安信息职业技术学院     | 黎城             | 在审 |
 * | P5  | 实用新型 | U 2022-08-02                      | 金湖示例电子有限公司     | county only      | 有权 |
 * | P6  | 实用新型 | Y 2008-06-04 (old grant)          | 金湖示例塑料制品厂       | 黎城             | 无权 (term ended 2017-05-10) |
 * | P7  | 外观设计 | S 2023-07-11                      | 香港示例贸易有限公司     | Hong Kong        | 有权 |
 * | P8  | 发明    | A 2022-01-11, B 2024-05-17        | 江苏盱眙示例科技有限公司 | 盱眙县 (other)   | 有权 |
 * | P9  | 发明    | A 2018-07-20, B 2020-10-13        | 金湖示例农机有限公司     | 黎城             | 无权, no 失效日 → lapsed 2025-06-30 (推定) |
 *
 * Effective inventions in the county on 2025-06-30: P1, P2 = 2 (P3 and P9 lapsed by then, P4
 * pending, P8 elsewhere); on 2025-06-29: P1, P2, P3, P9 = 4, of which 2 推定.
 * Domestic grants in the county by year: 2008 P6; 2009 P2; 2020 P9; 2022 P3, P5; 2023 P1 (P7 is
 * Hong Kong's); 2024 none (P8 is another county's). Enterprise share: 2022 1 of 2 = 50%; 2023 100%.
 */

const EXPORT_DATE = '2025-06-30';
const LICHENG = '江苏省淮安市金湖县黎城街道工业园路1号';

interface Application {
  digits: string;
  type: '发明' | '实用新型' | '外观设计';
  filed: string;
  publications: readonly (readonly [number: string, date: string])[];
  owner: string;
  /** CNIPA's 地址, and PatSnap's 州/省, 地市, 区县. */
  address: string;
  location: readonly [string, string, string];
  right: '有权' | '无权' | '在审';
  event: string;
}

const applications: Record<string, Application> = {
  P1: {
    digits: '202110000001',
    type: '发明',
    filed: '2021-02-01',
    // The grant row comes first: the grant is read from the kind code, never from the order.
    publications: [
      ['CN112000001B', '2023-04-07'],
      ['CN112000001A', '2021-05-10'],
    ],
    owner: '江苏金湖示例机械有限公司',
    address: `211600 ${LICHENG}`,
    location: ['江苏省', '淮安市', '金湖县'],
    right: '有权',
    event: '授权',
  },
  P2: {
    digits: '200810000002',
    type: '发明',
    filed: '2008-03-03',
    publications: [
      ['CN101000002A', '2008-09-10'],
      ['CN101000002C', '2009-11-25'],
    ],
    owner: '金湖县红星五金厂',
    address: '江苏省淮安市金湖县银涂镇工业集中区8号',
    location: ['江苏省', '淮安市', '金湖县'],
    right: '有权',
    event: '授权',
  },
  P3: {
    digits: '201910000003',
    type: '发明',
    filed: '2019-05-06',
    publications: [
      ['CN110000003A', '2019-11-01'],
      ['CN110000003B', '2022-08-09'],
    ],
    owner: '王伟',
    address: `211600 ${LICHENG}`,
    location: ['江苏省', '淮安市', '金湖县'],
    right: '无权',
    event: '未缴年费专利权终止',
  },
  P4: {
    digits: '202010000004',
    type: '发明',
    filed: '2020-07-01',
    publications: [['CN111000004A', '2021-01-05']],
    owner: '淮安信息职业技术学院',
    address: LICHENG,
    location: ['江苏省', '淮安市', '金湖县'],
    right: '在审',
    event: '实质审查的生效',
  },
  P5: {
    digits: '202220000005',
    type: '实用新型',
    filed: '2022-03-01',
    publications: [['CN216000005U', '2022-08-02']],
    owner: '金湖示例电子有限公司',
    address: '211600 江苏省淮安市金湖县',
    location: ['江苏省', '淮安市', '金湖县'],
    right: '有权',
    event: '授权',
  },
  P6: {
    digits: '200720000006',
    type: '实用新型',
    filed: '2007-05-10',
    publications: [['CN201000006Y', '2008-06-04']],
    owner: '金湖示例塑料制品厂',
    address: LICHENG,
    location: ['江苏省', '淮安市', '金湖县'],
    right: '无权',
    event: '专利权有效期届满',
  },
  P7: {
    digits: '202330000007',
    type: '外观设计',
    filed: '2023-02-01',
    publications: [['CN308000007S', '2023-07-11']],
    owner: '香港示例贸易有限公司',
    address: '香港九龙尖沙咀弥敦道1号',
    location: ['香港特别行政区', '', ''],
    right: '有权',
    event: '授权',
  },
  P8: {
    digits: '202110000008',
    type: '发明',
    filed: '2021-09-09',
    publications: [
      ['CN114000008A', '2022-01-11'],
      ['CN114000008B', '2024-05-17'],
    ],
    owner: '江苏盱眙示例科技有限公司',
    address: '江苏省淮安市盱眙县经济开发区1号',
    location: ['江苏省', '淮安市', '盱眙县'],
    right: '有权',
    event: '授权',
  },
  P9: {
    digits: '201810000009',
    type: '发明',
    filed: '2018-01-15',
    publications: [
      ['CN108000009A', '2018-07-20'],
      ['CN108000009B', '2020-10-13'],
    ],
    owner: '金湖示例农机有限公司',
    address: LICHENG,
    location: ['江苏省', '淮安市', '金湖县'],
    right: '无权',
    event: '未缴年费专利权终止',
  },
};

const layout = (key: string) => patentExportLayouts.find((l) => l.key === key)!.headers;
const dotted = (date: string) => date.replace(/-/g, '.');
const applicationNumber = (digits: string) => `CN${digits}.${applicationCheckCharacter(digits)}`;
const key = (name: keyof typeof applications) => `${applications[name]!.digits}${applicationCheckCharacter(applications[name]!.digits)}`;

/** CNIPA's layout: every column of the export, most of them not read. */
function cnipaRows(only?: (number: string) => boolean): string[][] {
  const headers = layout('cnipa');
  const rows: string[][] = [[...headers]];
  for (const a of Object.values(applications)) {
    for (const [number, date] of a.publications) {
      if (only && !only(number)) continue;
      const cells: Record<string, string> = {
        申请号: applicationNumber(a.digits),
        申请日: dotted(a.filed),
        '公开（公告）号': number,
        '公开（公告）日': dotted(date),
        '申请（专利权）人': a.owner,
        '发明（设计）人': '张三；李四',
        分类号: 'A01G25/16；G05B19/042',
        摘要: '本发明公开了一种装置……',
        地址: a.address,
        名称: `一种示例装置${a.digits.slice(-1)}`,
        最新法律状态: a.event,
        法律状态: a.event,
        专利权状态: a.right,
      };
      rows.push(headers.map((h) => cells[h] ?? ''));
    }
  }
  return rows;
}

const SIMPLE: Record<Application['right'], string> = { 有权: '有效', 无权: '失效', 在审: '审中' };

/** PatSnap's layout: half-width brackets, [标] owner, location columns, 专利类型 per publication. */
function patsnapRows(): string[][] {
  const headers = layout('commercial');
  const rows: string[][] = [[...headers]];
  for (const a of Object.values(applications)) {
    for (const [number, date] of a.publications) {
      const type = a.type === '发明' ? (number.endsWith('A') ? '发明申请' : '授权发明') : a.type;
      const cells: Record<string, string> = {
        '公开(公告)号': number,
        申请号: applicationNumber(a.digits),
        申请日: a.filed,
        '公开(公告)日': date,
        标题: `一种示例装置${a.digits.slice(-1)}`,
        '[标]当前申请(专利权)人': a.owner,
        '当前申请(专利权)人州/省': a.location[0],
        '当前申请(专利权)人地市': a.location[1],
        '当前申请(专利权)人区县': a.location[2],
        受理局: 'CN',
        专利类型: type,
        简单法律状态: SIMPLE[a.right],
        '法律状态/事件': a.event,
        'IPC主分类号(小类)': 'A01G',
        申请年: a.filed.slice(0, 4),
      };
      rows.push(headers.map((h) => cells[h] ?? ''));
    }
  }
  return rows;
}

describe('importing the patent exports county offices have', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  const patents = () => f.handle.db.selectFrom('register_patents').selectAll().orderBy('record_key').execute();

  const layouts = {
    'CNIPA 专利检索及分析 (CSV)': () => f.importFile('patents', '专利检索导出.csv', csv(cnipaRows()), { exportDate: EXPORT_DATE }),
    'PatSnap 智慧芽 (XLSX)': async () => f.importFile('patents', 'PatSnap导出.xlsx', await xlsx(patsnapRows()), { exportDate: EXPORT_DATE }),
  };
  // CNIPA gives addresses, placed in towns; PatSnap gives 州/省, 地市, 区县 only: the county, no town.
  const towns: Record<string, { P1: string; P2: string; licheng: number }> = {
    'CNIPA 专利检索及分析 (CSV)': { P1: 'licheng', P2: 'yintu', licheng: 1 },
    'PatSnap 智慧芽 (XLSX)': { P1: 'jinhu', P2: 'jinhu', licheng: 0 },
  };

  for (const [name, importLayout] of Object.entries(layouts)) {
    it(`${name}: one record per application, the grant from the kind code, figures as worked out by hand`, async () => {
      const town = towns[name]!;
      const outcome = await importLayout();
      expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(outcome).toMatchObject({ status: 'committed', rowsRead: 14, records: 9, inserted: 9, granted: 8, presumedLapses: 2, exportDate: EXPORT_DATE });
      // A, then B rows are publications, not repeats: no duplicate warning; the 推定 warning points to the legal-events import.
      expect(outcome.problems.some((p) => p.reason.zh.includes('重复'))).toBe(false);
      const presumed = outcome.problems.find((p) => p.row === 0 && p.severity === 'warning');
      expect(presumed?.reason.zh).toContain(`最迟于导出日期 ${EXPORT_DATE} 失效`);
      expect(presumed?.reason.en).toContain('legal-events');

      const stored = Object.fromEntries((await patents()).map((p) => [p.record_key, p]));
      const document = (name: keyof typeof applications) => JSON.parse(stored[key(name)]!.document as string) as Record<string, unknown>;
      expect(stored[key('P1')]).toMatchObject({ grant_date: '2023-04-07', region: town.P1, category: 'invention', effective_from: '2023-04-07', effective_until: '2041-02-01' });
      expect(document('P1')).toMatchObject({ publicationNumber: 'CN112000001A', publicationDate: '2021-05-10', grantNumber: 'CN112000001B', statusDate: EXPORT_DATE });
      expect(new Set(document('P1').publicationNumbers as string[])).toEqual(new Set(['CN112000001A', 'CN112000001B']));
      // Before 2010-04-01 the grant was C (invention) and Y (utility model).
      expect(stored[key('P2')]).toMatchObject({ grant_date: '2009-11-25', region: town.P2, effective_until: '2028-03-03' });
      expect(stored[key('P6')]).toMatchObject({ grant_date: '2008-06-04', category: 'utility-model', effective_until: '2017-05-10' });
      // 无权 without 失效日: lapsed on the export date at the latest, never left in force.
      expect(stored[key('P3')]).toMatchObject({ grant_date: '2022-08-09', effective_until: EXPORT_DATE, applicant_type: 'individual' });
      expect(stored[key('P4')]).toMatchObject({ grant_date: null, effective_from: null });
      expect(stored[key('P5')]).toMatchObject({ region: 'jinhu', category: 'utility-model' });
      expect(stored[key('P7')]).toMatchObject({ region: null, attribution: 'excluded', category: 'design' });
      expect(stored[key('P8')]).toMatchObject({ region: null, attribution: 'unresolved' });
      // Applicant types inferred from the names, and the record says so.
      expect(document('P2')).toMatchObject({ applicantTypes: ['enterprise'], applicantTypeSource: 'inferred' });
      expect(document('P4')).toMatchObject({ applicantTypes: ['university'], applicantTypeSource: 'inferred' });

      const records = await loadIndicatorRecords(f.handle, 'jinhu');
      const effective = findIndicatorDefinition('effective-invention-patents-per-10k')!;
      expect(evaluateIndicator(effective, records, { asOf: EXPORT_DATE }).numerator).toBe(2);
      expect(evaluateIndicator(effective, records, { asOf: '2025-06-29' }).numerator).toBe(4);
      expect(evaluateIndicator(effective, records, { asOf: EXPORT_DATE, region: 'licheng' }).numerator).toBe(town.licheng);

      const share = findIndicatorDefinition('enterprise-grant-share')!;
      const grants = (year: number) => evaluateIndicator(share, records, { asOf: `${year}-12-31` });
      expect([2008, 2009, 2020, 2021, 2022, 2023, 2024].map((year) => grants(year).denominator)).toEqual([1, 1, 1, 0, 2, 1, 0]);
      expect(grants(2022)).toMatchObject({ numerator: 1, denominator: 2 });
      expect(grants(2022).value).toBeCloseTo(50, 6);
      expect(grants(2023).value).toBeCloseTo(100, 6);

      const history = await importHistoryRepository.get(f.handle.db, 'jinhu', outcome.importId);
      expect(history).toMatchObject({ exportDate: EXPORT_DATE, granted: 8, presumedLapses: 2 });
    });
  }

  it('gives the same answers for both layouts, town aside', async () => {
    const summary = async () =>
      (await patents()).map((p) => [p.record_key, p.category, p.region === null, p.attribution, p.grant_date, p.applicant_type, p.effective_from, p.effective_until, p.in_force_from, p.in_force_until, p.fact_flags]);
    await layouts['CNIPA 专利检索及分析 (CSV)']();
    const cnipa = await summary();
    await f.drop();
    f = await createRegisterFixture();
    await layouts['PatSnap 智慧芽 (XLSX)']();
    expect(await summary()).toEqual(cnipa);
  });

  it('shows how each column was read, with examples, and names the county-level placement of location columns', async () => {
    const outcome = await layouts['PatSnap 智慧芽 (XLSX)']();
    const reading = (header: string) => outcome.columns.find((c) => c.header === header);
    expect(reading('[标]当前申请(专利权)人')).toMatchObject({ field: 'currentPatentees', examples: ['江苏金湖示例机械有限公司', '金湖县红星五金厂', '王伟'] });
    expect(reading('简单法律状态')).toMatchObject({ field: 'rightStatus', label: { zh: '专利权状态', en: 'Status at export' } });
    expect(reading('IPC主分类号(小类)')?.field).toBe('ipcMain');
    expect(reading('申请年')).toMatchObject({ field: null, label: null });
    const p5 = (await patents()).find((p) => p.record_key === key('P5'))!;
    expect(p5.attribution_note).toMatch(/^applicant: location columns/);
    expect(await importHistoryRepository.columnReadings(f.handle.db, 'jinhu', outcome.importId)).toEqual(outcome.columns);
  });

  it('stops a file with no grant information, says why and writes nothing; the office may confirm it', async () => {
    const applicationsOnly = csv(cnipaRows((number) => number.endsWith('A')));
    const paused = await f.importFile('patents', 'A-only.csv', applicationsOnly, { exportDate: EXPORT_DATE });
    expect(paused).toMatchObject({ status: 'paused', granted: 0, inserted: 0 });
    expect(paused.message?.en).toContain('No grant date or grant publication found in any row');
    expect(paused.message?.zh).toContain('没有任何一行有授权公告日或授权公告号');
    expect(await f.count('register_patents')).toBe(0);
    expect((await importHistoryRepository.get(f.handle.db, 'jinhu', paused.importId))?.status).toBe('paused');
    const audit = await f.handle.db.selectFrom('audit_log').select(['event_type', 'outcome']).where('event_type', 'like', 'imports.%').execute();
    expect(audit).toEqual([{ event_type: 'imports.failed', outcome: 'failure' }]);

    const confirmed = await f.importFile('patents', 'A-only.csv', applicationsOnly, { exportDate: EXPORT_DATE, confirmed: true });
    expect(confirmed).toMatchObject({ status: 'committed', inserted: 6, granted: 0 });
  });

  it('pauses a file with under half the grants of the last import', async () => {
    const grantRows = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const digits = `2022100${String(i + 1).padStart(5, '0')}`;
        return [applicationNumber(digits), '2022.01.05', `CN11500${String(i + 1).padStart(4, '0')}B`, '2024.03.15', '江苏金湖示例机械有限公司', '', '', '', '', '', '', '', '', '', LICHENG, `装置${i}`, '', '', '授权', '授权', '有权'];
      });
    expect(await f.importFile('patents', 'full.csv', csv([layout('cnipa').slice(), ...grantRows(12)]), { exportDate: EXPORT_DATE })).toMatchObject({ status: 'committed', granted: 12 });
    const partial = await f.importFile('patents', 'partial.csv', csv([layout('cnipa').slice(), ...grantRows(5)]), { exportDate: EXPORT_DATE });
    expect(partial).toMatchObject({ status: 'paused', granted: 5 });
    expect(partial.message?.en).toContain('under half of the last import');
  });
});
