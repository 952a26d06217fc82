import { addDays } from '@ipcounty/domain';
import type { Cells, DemoCounty, DemoEnterprise } from './demo-county.js';
import { datesOf, insurancePolicies } from './demo-volumes.js';

/** Patent insurance: policies from 2021, more each year, for enterprises drawn at random. */
export function demoInsurance(c: DemoCounty, enterprises: readonly DemoEnterprise[]): Cells[] {
  const { random } = c;
  const insurance: Cells[] = [];
  for (const on of datesOf(c, insurancePolicies)) {
    const enterprise = random.pick(enterprises);
    const sum = random.int(20, 200);
    insurance.push({
      policyNumber: `PICC${on.slice(0, 4)}${String(insurance.length + 1).padStart(6, '0')}`,
      policyholder: enterprise.name,
      creditCode: enterprise.creditCode,
      address: enterprise.address,
      insurer: random.pick(['中国人民财产保险金湖支公司', '中国太平洋财产保险金湖支公司']),
      productType: random.pick(['专利侵权损失保险', '专利执行保险', '知识产权海外侵权责任保险']),
      patentCount: String(random.int(1, 20)),
      sumInsured: String(sum),
      premium: (sum * 0.015).toFixed(2),
      startsOn: on,
      endsOn: addDays(addDays(on, 365), -1),
    });
  }
  return insurance;
}
