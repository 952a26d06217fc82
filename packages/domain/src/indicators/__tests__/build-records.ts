import { jinhuRegions } from '../../attribution/__tests__/jinhu-regions.js';
import type { OfficialValue } from '../../official-values/official-value.js';
import type { CopyrightRegistration } from '../../registers/copyrights/copyright-registration.js';
import type { Enterprise } from '../../registers/enterprises/enterprise.js';
import type { PledgeRegistration } from '../../registers/pledges/pledge-registration.js';
import type { ServiceAgency } from '../../registers/service-agencies/service-agency.js';
import type { TalentRecord } from '../../registers/talent/talent.js';
import type { Trademark } from '../../registers/trademarks/trademark.js';
import type { TrainingSession } from '../../registers/training/training-session.js';
import type { IndicatorRecords } from '../indicator-records.js';

export function trademark(id: string, registrationDate: string, region = 'licheng'): Trademark {
  return {
    id,
    registrationNumber: id,
    kind: 'ordinary',
    geographicalIndication: false,
    madrid: false,
    niceClasses: [7],
    applicant: { name: `申请人${id}` },
    region,
    registrationDate,
    events: [],
  };
}

export function copyright(id: string, registeredOn: string, kind: CopyrightRegistration['kind'], region = 'licheng'): CopyrightRegistration {
  return { id, registrationNumber: id, kind, title: id, owners: [{ name: `著作权人${id}` }], region, registeredOn };
}

export function pledge(id: string, registeredOn: string, amountFen: number, ipType: PledgeRegistration['ipType'], region = 'licheng'): PledgeRegistration {
  return {
    id,
    registrationNumber: id,
    registeredOn,
    pledgor: { name: `出质人${id}` },
    region,
    pledgee: '某银行',
    amountFen,
    ipType,
    pledgedItems: [],
    events: [],
  };
}

export function enterprise(id: string, region: string, parts: Partial<Enterprise> = {}): Enterprise {
  return {
    id,
    creditCode: `CODE-${id}`,
    name: `企业${id}`,
    region,
    certifications: [],
    titles: [],
    ipIntensiveRecognitions: [],
    ...parts,
  };
}

export function certificate(issuedOn: string, expiresOn: string, status: 'valid' | 'revoked' = 'valid', statusChangedOn?: string) {
  return {
    certificateNumber: `C-${issuedOn}`,
    certificationBody: '中知(北京)认证有限公司',
    standard: 'GB/T 29490-2013' as const,
    issuedOn,
    expiresOn,
    status,
    ...(statusChangedOn ? { statusChangedOn } : {}),
  };
}

/**
 * The non-patent registers of a small county: every count worked out in the tests that use it.
 * - trademarks: T1 2023-12-15 (TM year 2023), T2 2023-12-16 (TM year 2024), T3 2024-06-01, T4 2024-12-15,
 *   T5 2024-12-16 (TM year 2025), T6 2024-12-20 in 银涂.
 * - copyrights: W1 2024-03-01 work, W2 2024-11-30 work (银涂), S1 2024-05-05 software, W3 2025-01-02 work.
 * - pledges: 2023-12-31 ¥5000万 (before the plan), 2024-03-15 ¥1.5亿 patent, 2024-09-30 ¥3000万 trademark,
 *   2025-02-01 ¥2000万 copyright (银涂).
 * - enterprises: E1 first certified 2022 (renewed 2025) — not new; E2 first certified 2024-05-10;
 *   E3 certified 2025-03-01 and revoked 2025-08-01; E4 titles; E5 IP-intensive 2024-10-01; E6 2023-06-01.
 */
export function buildRegisters(): IndicatorRecords {
  const trademarks = [
    trademark('T1', '2023-12-15'),
    trademark('T2', '2023-12-16'),
    trademark('T3', '2024-06-01'),
    trademark('T4', '2024-12-15'),
    trademark('T5', '2024-12-16'),
    trademark('T6', '2024-12-20', 'yintu'),
  ];
  const copyrights = [
    copyright('W1', '2024-03-01', 'work'),
    copyright('W2', '2024-11-30', 'work', 'yintu'),
    copyright('S1', '2024-05-05', 'software'),
    copyright('W3', '2025-01-02', 'work'),
  ];
  const pledges = [
    pledge('Q0', '2023-12-31', 5_000_000_000, 'patent'),
    pledge('Q1', '2024-03-15', 15_000_000_000, 'patent'),
    pledge('Q2', '2024-09-30', 3_000_000_000, 'trademark'),
    pledge('Q3', '2025-02-01', 2_000_000_000, 'copyright', 'yintu'),
  ];
  const enterprises = [
    enterprise('E1', 'licheng', { certifications: [certificate('2022-04-01', '2025-03-31'), certificate('2025-03-20', '2028-03-19')] }),
    enterprise('E2', 'licheng', { certifications: [certificate('2024-05-10', '2027-05-09')] }),
    enterprise('E3', 'yintu', { certifications: [certificate('2025-03-01', '2028-02-28', 'revoked', '2025-08-01')] }),
    enterprise('E4', 'yintu', {
      titles: [
        { title: 'advantage', level: 'national', year: 2022, recognisedOn: '2022-12-01', validUntil: '2025-11-30' },
        { title: 'advantage', level: 'municipal', year: 2021, recognisedOn: '2021-06-01' },
      ],
    }),
    enterprise('E5', 'licheng', {
      keyIndustry: '高端装备',
      titles: [{ title: 'demonstration', level: 'provincial', year: 2024, recognisedOn: '2024-09-01' }],
      ipIntensiveRecognitions: [{ recognisedOn: '2024-10-01', level: 'county', sourceDocument: '金知〔2024〕3号' }],
    }),
    enterprise('E6', 'licheng', {
      titles: [{ title: 'advantage', level: 'municipal', year: 2023, recognisedOn: '2023-05-01' }],
      ipIntensiveRecognitions: [{ recognisedOn: '2023-06-01', level: 'county', sourceDocument: '金知〔2023〕1号' }],
    }),
  ];
  const serviceAgencies: ServiceAgency[] = [
    { id: 'A1', name: '机构一', kind: 'patent-agency', region: 'licheng', establishedOn: '2023-11-11' },
    { id: 'A2', name: '机构二', kind: 'operation', region: 'development-zone', establishedOn: '2024-02-02' },
    { id: 'A3', name: '机构三', kind: 'patent-agency', region: 'yintu', establishedOn: '2025-07-07', closedOn: '2025-09-01' },
  ];
  const talent: TalentRecord[] = [
    { id: 'H1', name: '甲', category: 'high-level', recognisedOn: '2024-08-08', region: 'licheng' },
    { id: 'H0', name: '乙', category: 'high-level', recognisedOn: '2023-08-08', region: 'licheng' },
    { id: 'I1', name: '丙', category: 'introduced-professional', recognisedOn: '2024-03-03', region: 'yintu' },
    { id: 'I2', name: '丁', category: 'introduced-professional', recognisedOn: '2025-04-04', region: 'licheng' },
  ];
  const trainingSessions: TrainingSession[] = [
    { id: 'S0', title: '2023年培训', heldOn: '2023-11-01', participants: 80, audiences: ['executive'], organiser: '县市场监管局', region: 'jinhu' },
    { id: 'S1', title: '执法培训', heldOn: '2024-04-01', participants: 120, audiences: ['enforcement'], organiser: '县市场监管局', region: 'jinhu' },
    { id: 'S2', title: '企业高管培训', heldOn: '2024-10-10', participants: 150, audiences: ['executive'], organiser: '县市场监管局', region: 'development-zone' },
    { id: 'S3', title: '知识产权师', heldOn: '2025-05-05', participants: 60, audiences: ['ip-practitioner'], organiser: '县市场监管局', region: 'licheng' },
  ];
  const officialValues: OfficialValue[] = [
    {
      id: 'O1',
      indicatorKey: 'satisfaction-score',
      region: 'jinhu',
      asOf: '2024-12-31',
      value: 83.6,
      unit: '分',
      sourceDocument: '2024年度知识产权保护社会满意度调查报告',
      publishedOn: '2025-04-01',
    },
    {
      id: 'O2',
      indicatorKey: 'satisfaction-score',
      region: 'jinhu',
      asOf: '2023-12-31',
      value: 81.2,
      unit: '分',
      sourceDocument: '2023年度调查报告',
      publishedOn: '2024-04-01',
    },
  ];
  return { regions: jinhuRegions, trademarks, copyrights, pledges, enterprises, serviceAgencies, talent, trainingSessions, officialValues };
}
