import { addDays } from '@ipcounty/domain';
import { fromBands, weightedPicker, type Cells, type DemoCounty, type DemoEnterprise } from './demo-county.js';
import type { DemoInvention } from './demo-patents.js';
import { datesOf, pledgeAmountBands, pledgeRegistrations } from './demo-volumes.js';

/** Pledges: 2–4 亿元 a year from 2024, by the medium and large enterprises, on their own inventions. */
export function demoPledges(c: DemoCounty, enterprises: readonly DemoEnterprise[], inventions: readonly DemoInvention[]): Cells[] {
  const { random } = c;
  const pledges: Cells[] = [];
  const sizeable = enterprises.filter((e) => e.size > 1);
  const pledgor = weightedPicker(random, sizeable.length > 0 ? sizeable : enterprises, (e) => e.size);
  const inventionsOf = new Map<string, DemoInvention[]>();
  for (const invention of inventions) inventionsOf.set(invention.enterprise.creditCode, [...(inventionsOf.get(invention.enterprise.creditCode) ?? []), invention]);
  for (const on of datesOf(c, pledgeRegistrations)) {
    const enterprise = pledgor();
    const own = (inventionsOf.get(enterprise.creditCode) ?? []).filter((i) => i.grantDate < on);
    const ipType = own.length === 0 ? '商标' : random.weighted([['专利', 7], ['商标', 2], ['混合', 1]] as const);
    pledges.push({
      registrationNumber: `Y${on.slice(0, 4)}320000${String(pledges.length + 1).padStart(4, '0')}`,
      registeredOn: on,
      ipType,
      pledgor: enterprise.name,
      pledgorCreditCode: enterprise.creditCode,
      pledgorAddress: enterprise.address,
      pledgee: random.pick(['中国工商银行金湖支行', '中国农业银行金湖县支行', '江苏银行金湖支行', '江苏金湖农村商业银行', '中国银行金湖支行']),
      amount: String(fromBands(random, pledgeAmountBands)),
      ...(ipType !== '商标' ? { pledgedItems: random.pick(own).applicationNumber } : {}),
      termEnd: addDays(on, 364),
    });
  }
  return pledges;
}
