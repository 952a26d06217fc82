import { addDays } from '@ipcounty/domain';
import { ZONE_SHARE, type Cells, type DemoCounty } from './demo-county.js';
import { datesOf, enforcementCases } from './demo-volumes.js';

/** Enforcement: a few dozen cases a year, where the enterprises and residents are. */
export function demoEnforcement(c: DemoCounty): Cells[] {
  const { random, before, zone } = c;
  const enforcement: Cells[] = [];
  for (const accepted of datesOf(c, enforcementCases)) {
    const year = accepted.slice(0, 4);
    const closed = addDays(accepted, random.int(20, 150));
    const kind = random.pick(['行政执法', '调解', '维权援助', '民事']);
    const inYear = enforcement.filter((e) => e.acceptedOn!.startsWith(year)).length + 1;
    enforcement.push({
      caseNumber: `金市监知${kind === '行政执法' ? '罚' : '调'}〔${year}〕${inYear}号`,
      kind,
      ipType: random.weighted([
        ['商标', 6],
        ['专利', 3],
        ['著作权', 1],
      ] as const),
      acceptedOn: accepted,
      ...(before(closed) ? { closedOn: closed, outcome: random.pick(['责令停止侵权', '调解结案', '罚款并没收侵权商品', '撤案']) } : {}),
      region: zone && random.chance(ZONE_SHARE) ? zone.name : c.residentTown().name,
      ...(kind === '行政执法' && before(closed) ? { amount: (random.int(5, 200) / 10).toFixed(1) } : {}),
    });
  }
  return enforcement;
}
