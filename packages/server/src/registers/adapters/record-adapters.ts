import {
  awardRegister,
  copyrightRegister,
  economyRegister,
  enforcementRegister,
  geographicalIndicationRegister,
  insuranceRegister,
  normalizeApplicationNumber,
  pledgeRegister,
  populationRegister,
  serviceAgencyRegister,
  talentRegister,
  trademarkRegister,
  trainingRegister,
  parseRecordDate,
  type RegisterKind,
} from '@ipcounty/domain';
import { patentsAdapter } from '../patents/patents.adapter.js';
import { enterprisesAdapter } from './enterprises.adapter.js';
import { checkOrder, error, genericAdapter, warning, type RegisterAdapter } from './register-adapter.js';

const compact = (value: unknown) => String(value ?? '').replace(/\s+/g, '').toUpperCase();

const trademarks = genericAdapter('trademarks', trademarkRegister, {
  defaults: { kind: 'ordinary' },
  key: (d) => compact(d.registrationNumber),
  addressField: 'applicantAddress',
  countryField: 'applicantCountry',
  check(d, issues) {
    const classes = (d.niceClasses as string[] | undefined) ?? [];
    const numbers = classes.map((c) => Number(c.replace(/^第|类$/g, '')));
    const bad = classes.filter((_, i) => !Number.isInteger(numbers[i]) || numbers[i]! < 1 || numbers[i]! > 45);
    if (bad.length > 0) issues.push(error('niceClasses', { zh: `国际分类“${bad.join('；')}”应为 1 到 45 的类号`, en: `Nice classes must be 1–45, not ${bad.join(', ')}` }, bad.join('；')));
    else d.niceClasses = numbers.map(String);
    if (d.geographicalIndication === true && d.kind === 'ordinary')
      issues.push(error('kind', { zh: '地理标志商标应为集体商标或证明商标', en: 'A geographical-indication mark is a collective or a certification mark' }, '普通商标'));
    const renewals: string[] = [];
    for (const raw of (d.renewals as string[] | undefined) ?? []) {
      const date = parseRecordDate(raw);
      if (date.ok) renewals.push(date.date);
      else issues.push(error('renewals', { zh: `续展日期“${raw}”无效`, en: date.reason }, raw));
    }
    if (renewals.length > 0) d.renewals = renewals;
    if (d.endedOn && !d.endReason) d.endReason = 'cancellation';
    checkOrder(d, issues, 'filingDate', 'registrationDate', { zh: '注册日', en: 'Registration date' });
  },
});

const geographicalIndications = genericAdapter('geographical-indications', geographicalIndicationRegister, {
  key: (d) => compact(d.number),
  addressField: 'address',
});

const copyrights = genericAdapter('copyrights', copyrightRegister, {
  key: (d) => compact(d.registrationNumber),
  addressField: 'ownerAddress',
  check(d, issues) {
    if (d.kind === 'software' && d.workCategory !== undefined) {
      issues.push(warning('workCategory', { zh: '计算机软件不分作品类别，作品类别被忽略', en: 'Software has no work category; it was ignored' }, String(d.workCategory)));
      delete d.workCategory;
    }
    checkOrder(d, issues, 'completedOn', 'registeredOn', { zh: '登记日期', en: 'Registration date' });
  },
});

const pledges = genericAdapter('pledges', pledgeRegister, {
  key: (d) => compact(d.registrationNumber),
  addressField: 'pledgorAddress',
  check(d, issues) {
    if (d.amount === 0) issues.push(error('amount', { zh: '质押金额不能为 0', en: 'The pledge amount cannot be 0' }, '0'));
    checkOrder(d, issues, 'registeredOn', 'releasedOn', { zh: '注销日期', en: 'Release date' });
    checkOrder(d, issues, 'registeredOn', 'termEnd', { zh: '质押期限', en: 'Term end' });
  },
});

const insurance = genericAdapter('insurance', insuranceRegister, {
  key: (d) => compact(d.policyNumber),
  addressField: 'address',
  check: (d, issues) => checkOrder(d, issues, 'startsOn', 'endsOn', { zh: '保险止期', en: 'End date' }),
});

const agencies = genericAdapter('agencies', serviceAgencyRegister, {
  key: (d) => String(d.name ?? '').replace(/\s+/g, ''),
  addressField: 'address',
  check: (d, issues) => checkOrder(d, issues, 'establishedOn', 'closedOn', { zh: '注销日期', en: 'Closing date' }),
});

const talent = genericAdapter('talent', talentRegister, {});

const training = genericAdapter('training', trainingRegister, {
  check: (d, issues) => checkOrder(d, issues, 'heldOn', 'endsOn', { zh: '结束日期', en: 'End date' }),
});

const enforcement = genericAdapter('enforcement', enforcementRegister, {
  key: (d) => String(d.caseNumber ?? '').replace(/\s+/g, ''),
  check: (d, issues) => checkOrder(d, issues, 'acceptedOn', 'closedOn', { zh: '结案日期', en: 'Closing date' }),
});

const awards = genericAdapter('awards', awardRegister, {
  addressField: 'address',
  check(d, issues) {
    const keys: string[] = [];
    for (const raw of (d.patentNumbers as string[] | undefined) ?? []) {
      const number = normalizeApplicationNumber(raw);
      if (number.ok) keys.push(number.key);
      else issues.push(error('patentNumbers', { zh: `专利申请号“${raw}”无效（格式或校验位不符）`, en: number.reason }, raw));
    }
    if (keys.length > 0) d.patentNumbers = keys;
    if (!d.patentNumbers && !d.projectName) issues.push(error('patentNumbers', { zh: '专利申请号和项目名称至少填写一项', en: 'Give the patents or the project name' }));
  },
});

const economy = genericAdapter('economy', economyRegister, { defaults: { basis: 'official' } });

const population = genericAdapter('population', populationRegister, {
  defaults: { basis: 'resident' },
  check(d, issues) {
    if (d.persons === 0) issues.push(error('persons', { zh: '常住人口不能为 0', en: 'The population cannot be 0' }, '0'));
  },
});

/** Every register's adapter, by kind. */
export const registerAdapters: Readonly<Record<RegisterKind, RegisterAdapter>> = {
  patents: patentsAdapter,
  trademarks,
  'geographical-indications': geographicalIndications,
  copyrights,
  pledges,
  insurance,
  enterprises: enterprisesAdapter,
  agencies,
  talent,
  training,
  enforcement,
  awards,
  economy,
  population,
};
