import type { LegalEvent } from '../patents/legal-event.js';
import type { Patent, PatentParty } from '../patents/patent.js';

/** An enterprise in 黎城街道, Jinhu. */
export const jinhuEnterprise: PatentParty = {
  name: '江苏金湖测试机械有限公司',
  type: 'enterprise',
  address: '211600 江苏省淮安市金湖县黎城街道工业园路1号',
  country: 'CN',
};

/**
 * A granted invention patent with a valid application number, filed 2015-03-10 and granted
 * 2017-06-20, owned by jinhuEnterprise; override what a test is about.
 */
export function buildPatent(overrides: Partial<Patent> = {}): Patent {
  const grantDate = overrides.grant?.date ?? '2017-06-20';
  return {
    id: overrides.id ?? overrides.applicationNumber ?? '2015101234561',
    applicationNumber: '2015101234561',
    type: 'invention',
    filingDate: '2015-03-10',
    grant: { number: 'CN104000001B', date: grantDate },
    title: '一种测试装置',
    applicants: [jinhuEnterprise],
    patentees: [jinhuEnterprise],
    ipcCodes: [],
    awards: [],
    legalEvents: [{ date: grantDate, category: 'grant' }],
    ...overrides,
  };
}

export function event(date: string, category: LegalEvent['category']): LegalEvent {
  return { date, category };
}
