import { street, tradeName, type Cells, type DemoCounty } from './demo-county.js';
import { agenciesEstablished, datesOf } from './demo-volumes.js';

/** Service agencies: in the county seat and the development zone. */
export function demoAgencies(c: DemoCounty): Cells[] {
  const { random, zone, towns, county } = c;
  return datesOf(c, agenciesEstablished).map((establishedOn, i) => {
    const town = zone && random.chance(0.3) ? zone : random.chance(0.8) ? towns[0]! : c.residentTown();
    return {
      name: `${county.name}${tradeName(random)}${random.pick(['专利代理事务所', '知识产权代理有限公司', '知识产权服务中心', '商标事务所'])}（示例${i + 1}）`,
      kind: random.pick(['专利代理机构', '商标代理机构', '知识产权运营机构', '信息服务机构']),
      address: `${c.addressPrefix}${town.name}${street(random)}${random.int(1, 99)}号`,
      establishedOn,
    };
  });
}
