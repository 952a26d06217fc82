import type { PledgeRegistration } from '../pledges/pledge-registration.js';

/** A patent pledge (专利权质押) of 金湖测试公司 with a bank, registered on a date, pledging these patents. */
export function patentPledge(id: string, registeredOn: string, amountFen: number, items: string[]): PledgeRegistration {
  return {
    id,
    registrationNumber: id,
    registeredOn,
    pledgor: { name: '金湖测试公司' },
    pledgee: '某银行',
    amountFen,
    ipType: 'patent',
    pledgedItems: items,
    events: [],
  };
}
