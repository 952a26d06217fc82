import type { IndicatorRecords, LegalEvent, Patent, PatentParty, PopulationFigure, Region } from '@ipcounty/domain';
import { buildRegisters, enterprise } from '../../../../domain/src/indicators/__tests__/build-records.js';
import { buildPatent } from '../../../../domain/src/registers/__tests__/build-patent.js';
import type { RecordsSource } from '../records-source.js';

/*
 * A hand-made register of Jinhu (the plan's regions), every answer in the tests worked out here.
 *
 * Patents (region as placed on import; A7 has none, so it is never counted):
 *  id  type       region    first party              granted     events
 *  A1  发明       licheng   enterprise 甲 (CC-A)      2020-06-10  —
 *  A2  发明       licheng   enterprise 甲 (CC-A)      2024-03-15  —
 *  A3  发明       yintu     enterprise 乙 (CC-B)      2023-05-20  lapsed (fees) 2025-02-01
 *  A4  发明       yintu     university               2025-07-01  —
 *  A5  实用新型   licheng   enterprise 甲 (CC-A)      2025-04-10  —
 *  A6  发明       jinhu     enterprise 丙 (CC-C)      2022-09-09  — (county level only: no town in the address)
 *  A7  发明       —         enterprise 丁            2024-01-01  —
 *  A8  外观设计   jinbei    individual               2025-10-10  —
 *  A9  发明       licheng   enterprise 乙 (CC-B)      2026-03-01  —
 *
 * Effective inventions: 2025-06-30 A1 A2 A6 → 3; 2025-11-28 A1 A2 A4 A6 → 4; 2026-11-28 + A9 → 5.
 * Resident population 2025: county 100,000, 黎城 40,000, 银涂 20,000, 金北 10,000 (none for 2026:
 * 2026 values use 2025's). Per 10,000 on 2026-11-28: county 5/10 = 0.5, 黎城 3/4 = 0.75, 银涂 1/2 = 0.5.
 * Grants 2025: A4 (university), A5 (enterprise, UM), A8 (individual) → enterprise share 1/3;
 * enterprise inventions 0 of 1 enterprise grant → 0%; county-wide 1 invention of 3 grants → 33.3%.
 * Grants 2026 to 11-28: A9 alone → 100% and 100%.
 * Key industries: 甲 (CC-A) 高端装备, 乙 (CC-B) 新材料; 丙 and 丁 have none.
 *
 * The other registers are the domain's buildRegisters(): on 2026-11-28 质押融资 since 2024-01-01 is
 * 1.5亿 + 0.3亿 + 0.2亿 = 2.0亿; 新增贯标 E2, E3 = 2; 优势示范 (national, provincial) E5 = 1
 * (E4's national title ended 2025-11-30); 密集型 E5 = 1; 服务机构 A2, A3 = 2; 高层次人才 H1 = 1;
 * 引进 I1, I2 = 2; 培训 120 + 150 + 60 = 330 人次; 商标 TM year 2026 and 作品 2026: none.
 */

const party = (name: string, type: PatentParty['type'], creditCode?: string): PatentParty => ({
  name,
  type,
  country: 'CN',
  ...(creditCode ? { creditCode } : {}),
});

const jia = party('金湖甲机械有限公司', 'enterprise', 'CC-A');
const yi = party('金湖乙新材料有限公司', 'enterprise', 'CC-B');
const bing = party('金湖丙科技有限公司', 'enterprise', 'CC-C');

export function handPatent(id: string, type: Patent['type'], region: string | undefined, first: PatentParty, granted: string, events: LegalEvent[] = []): Patent {
  return buildPatent({
    id,
    applicationNumber: id,
    type,
    filingDate: `${Number(granted.slice(0, 4)) - 2}${granted.slice(4)}`,
    grant: { number: `CN-${id}`, date: granted },
    title: `专利 ${id}`,
    applicants: [first],
    patentees: [first],
    legalEvents: [{ date: granted, category: 'grant' }, ...events],
    ...(region ? { region } : {}),
  });
}

export const handPatents: Patent[] = [
  handPatent('A1', 'invention', 'licheng', jia, '2020-06-10'),
  handPatent('A2', 'invention', 'licheng', jia, '2024-03-15'),
  handPatent('A3', 'invention', 'yintu', yi, '2023-05-20', [{ date: '2025-02-01', category: 'lapse-non-payment' }]),
  handPatent('A4', 'invention', 'yintu', party('淮阴某大学', 'university'), '2025-07-01'),
  handPatent('A5', 'utility-model', 'licheng', jia, '2025-04-10'),
  handPatent('A6', 'invention', 'jinhu', bing, '2022-09-09'),
  handPatent('A7', 'invention', undefined, party('丁公司', 'enterprise'), '2024-01-01'),
  handPatent('A8', 'design', 'jinbei', party('张三', 'individual'), '2025-10-10'),
  handPatent('A9', 'invention', 'licheng', yi, '2026-03-01'),
];

export const handPopulation: PopulationFigure[] = [
  { region: 'jinhu', year: 2025, persons: 100_000, basis: 'resident', source: '金湖县2025年国民经济和社会发展统计公报' },
  { region: 'licheng', year: 2025, persons: 40_000, basis: 'resident', source: '同上' },
  { region: 'yintu', year: 2025, persons: 20_000, basis: 'resident', source: '同上' },
  { region: 'jinbei', year: 2025, persons: 10_000, basis: 'resident', source: '同上' },
];

export function handRegister(regions: readonly Region[], patents: readonly Patent[] = handPatents): IndicatorRecords {
  const base = buildRegisters();
  return {
    ...base,
    regions,
    patents,
    population: handPopulation,
    enterprises: [
      ...(base.enterprises ?? []),
      enterprise('EA', 'licheng', { creditCode: 'CC-A', name: '金湖甲机械有限公司', keyIndustry: '高端装备' }),
      enterprise('EB', 'yintu', { creditCode: 'CC-B', name: '金湖乙新材料有限公司', keyIndustry: '新材料' }),
    ],
    // The office records official values through the service, never in the registers.
    officialValues: [],
  };
}

/**
 * Registers held in memory; `replace` is an import: new records under a new version. Versions are
 * `<name> <n>`: two sources over one database need different names, as two different registers
 * never share a version.
 */
export function memoryRecordsSource(initial: IndicatorRecords, name = 'memory'): RecordsSource & { replace(next: IndicatorRecords): void; loads: number } {
  let records = initial;
  let version = 1;
  const source = {
    loads: 0,
    load: async () => {
      source.loads += 1;
      return records;
    },
    version: async () => `${name} ${version}`,
    replace: (next: IndicatorRecords) => {
      records = next;
      version += 1;
    },
  };
  return source;
}
