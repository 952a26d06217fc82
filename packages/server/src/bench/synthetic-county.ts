import {
  addDays,
  fromDay,
  toDay,
  type CopyrightRegistration,
  type Enterprise,
  type IndicatorRecords,
  type LegalEvent,
  type Patent,
  type PatentParty,
  type PledgeRegistration,
  type PopulationFigure,
  type Region,
  type ServiceAgency,
  type TalentRecord,
  type Trademark,
  type TrainingSession,
} from '@ipcounty/domain';
import { seededRandom } from '../demo/seeded-random.js';

/**
 * A county's registers made up deterministically, at any size, for the benchmark and for looking
 * at the indicator pages with data in them: patents filed 2005–2026 by enterprises of key
 * industries spread over the towns, each granted, some lapsing (and a few restored), trademarks,
 * copyrights, pledges, certificates, titles, agencies, talent, training and population.
 * `legalEvents` counts the events besides the grants (lapses and restorations).
 */
export interface SyntheticSize {
  patents: number;
  legalEvents: number;
  trademarks: number;
  enterprises?: number;
  /** The last day anything happens (the registers' "today"). */
  until?: string;
  seed?: number;
}

const KEY_INDUSTRIES = ['高端装备', '新材料', '节能环保', '电子信息', '生物医药', '现代农业'];

export function syntheticCounty(regions: readonly Region[], size: SyntheticSize): IndicatorRecords {
  const random = seededRandom(size.seed ?? 20240415);
  const until = toDay(size.until ?? '2026-11-28');
  const root = regions.find((r) => !r.parent)?.code ?? regions[0]!.code;
  const towns = regions.filter((r) => r.parent).map((r) => r.code);
  const townWeight = towns.map((code, i) => [code, code === 'licheng' || code === 'development-zone' ? 4 : 1 + (i % 3)] as const);
  const day = (from: string, to: string) => fromDay(random.int(toDay(from), Math.min(toDay(to), until)));

  const enterpriseCount = size.enterprises ?? Math.max(50, Math.min(5000, Math.round(size.patents / 40)));
  const enterprises: Enterprise[] = [];
  for (let i = 0; i < enterpriseCount; i++) {
    const region = random.weighted(townWeight);
    const certified = random.chance(0.08);
    const issued = day('2019-01-01', '2026-11-28');
    enterprises.push({
      id: `E${i}`,
      creditCode: `91320831MA${String(i).padStart(7, '0')}X`,
      name: `金湖${['华','瑞','鑫','宏','盛','康','泰','达'][i % 8]}${['机械','新材料','环保','电子','生物','农业'][i % 6]}有限公司（${i}）`,
      region,
      keyIndustry: random.chance(0.85) ? KEY_INDUSTRIES[i % KEY_INDUSTRIES.length] : undefined,
      certifications: certified
        ? [{ certificateNumber: `C${i}`, certificationBody: '中知(北京)认证有限公司', standard: issued >= '2024-01-01' ? 'GB/T 29490-2023' : 'GB/T 29490-2013', issuedOn: issued, expiresOn: addDays(issued, 3 * 365), status: 'valid' }]
        : [],
      titles: random.chance(0.01) ? [{ title: random.chance(0.3) ? 'demonstration' : 'advantage', level: random.pick(['national', 'provincial'] as const), year: 2024, recognisedOn: day('2021-06-01', '2026-06-30') }] : [],
      ipIntensiveRecognitions: random.chance(0.01) ? [{ recognisedOn: day('2023-01-01', '2026-10-31'), level: 'county', sourceDocument: '金知〔2025〕1号' }] : [],
    });
  }

  const patents: Patent[] = [];
  // Lapses (with a restoration now and then) spread over the granted patents until `legalEvents` are made.
  const lapseChance = Math.min(1, size.legalEvents / Math.max(1, size.patents * 0.7));
  let events = 0;
  for (let i = 0; i < size.patents; i++) {
    const type = random.weighted([
      ['invention', 3],
      ['utility-model', 5],
      ['design', 2],
    ] as const);
    const owner = random.weighted([
      ['enterprise', 80],
      ['individual', 15],
      ['university', 5],
    ] as const);
    const enterprise = enterprises[random.int(0, enterprises.length - 1)]!;
    const party: PatentParty =
      owner === 'enterprise'
        ? { name: enterprise.name, type: 'enterprise', creditCode: enterprise.creditCode, country: 'CN' }
        : { name: owner === 'university' ? '淮阴工学院' : `个人${i % 997}`, type: owner, country: 'CN' };
    // Filing grows year on year, as a county's patenting does.
    const year = 2005 + Math.floor(Math.sqrt(random.next()) * 22);
    const filed = fromDay(toDay(`${Math.min(year, 2026)}-01-01`) + random.int(0, 364));
    const grantDay = toDay(filed) + (type === 'invention' ? random.int(500, 1100) : random.int(150, 400));
    const legalEvents: LegalEvent[] = [];
    const granted = grantDay <= until && random.chance(type === 'invention' ? 0.6 : 0.92);
    if (granted) legalEvents.push({ date: fromDay(grantDay), category: 'grant' });
    if (granted && grantDay < until && events < size.legalEvents && random.chance(lapseChance)) {
      const lapse = Math.min(grantDay + random.int(365, 3650), grantDay + 1 + Math.floor(random.next() * (until - grantDay)));
      legalEvents.push({ date: fromDay(lapse), category: 'lapse-non-payment' });
      events += 1;
      if (events < size.legalEvents && random.chance(0.1) && lapse + 120 <= until) {
        legalEvents.push({ date: fromDay(lapse + 120), category: 'restoration' });
        events += 1;
      }
    }
    const id = `P${i}`;
    patents.push({
      id,
      applicationNumber: id,
      type,
      filingDate: filed,
      ...(granted ? { grant: { number: `CN${i}`, date: fromDay(grantDay) } } : {}),
      title: `一种${['智能', '高效', '节能', '便携'][i % 4]}${['灌溉装置', '控制系统', '加工设备', '检测方法'][(i >> 2) % 4]}`,
      applicants: [party],
      patentees: granted ? [party] : [],
      ipcCodes: [],
      awards: [],
      legalEvents,
      region: owner === 'enterprise' ? enterprise.region : random.chance(0.9) ? random.weighted(townWeight) : root,
      ...(type === 'invention' && random.chance(0.12) ? { vendorFlags: { strategicEmergingIndustry: true } } : {}),
      ...(type === 'invention' && random.chance(0.02) ? { overseasFamily: { memberCount: 2, grantedCount: 1 } } : {}),
    });
  }

  const trademarks: Trademark[] = Array.from({ length: size.trademarks }, (_, i) => {
    const enterprise = enterprises[i % enterprises.length]!;
    return {
      id: `T${i}`,
      registrationNumber: String(60_000_000 + i),
      kind: 'ordinary',
      geographicalIndication: false,
      madrid: false,
      niceClasses: [1 + (i % 45)],
      applicant: { name: enterprise.name, creditCode: enterprise.creditCode },
      region: enterprise.region,
      registrationDate: fromDay(toDay('2016-01-01') + Math.floor(Math.sqrt(random.next()) * (until - toDay('2016-01-01')))),
      events: [],
    };
  });

  const scale = Math.max(1, Math.round(size.trademarks / 3000));
  const copyrights: CopyrightRegistration[] = Array.from({ length: 600 * scale }, (_, i) => ({
    id: `W${i}`,
    registrationNumber: `苏作登字-${i}`,
    kind: random.chance(0.75) ? 'work' : 'software',
    title: `作品${i}`,
    owners: [{ name: enterprises[i % enterprises.length]!.name }],
    region: random.weighted(townWeight),
    registeredOn: day('2021-01-01', '2026-11-28'),
  }));
  const pledges: PledgeRegistration[] = Array.from({ length: 60 }, (_, i) => {
    const enterprise = enterprises[(i * 37) % enterprises.length]!;
    return {
      id: `Q${i}`,
      registrationNumber: `Y${i}`,
      registeredOn: day('2022-01-01', '2026-11-28'),
      pledgor: { name: enterprise.name, creditCode: enterprise.creditCode },
      region: enterprise.region,
      pledgee: random.pick(['江苏银行金湖支行', '农商行', '中国银行金湖支行']),
      amountFen: random.int(100, 3000) * 1_000_000,
      ipType: random.pick(['patent', 'trademark', 'mixed'] as const),
      pledgedItems: [],
      events: [],
    };
  });
  const serviceAgencies: ServiceAgency[] = Array.from({ length: 12 }, (_, i) => ({
    id: `A${i}`,
    name: `知识产权服务机构${i}`,
    kind: random.pick(['patent-agency', 'trademark-agency', 'operation'] as const),
    region: random.weighted(townWeight),
    establishedOn: day('2018-01-01', '2026-11-28'),
  }));
  const talent: TalentRecord[] = Array.from({ length: 14 }, (_, i) => ({
    id: `H${i}`,
    name: `人才${i}`,
    category: i % 3 === 0 ? 'high-level' : 'introduced-professional',
    recognisedOn: day('2022-01-01', '2026-11-28'),
    region: random.weighted(townWeight),
  }));
  const trainingSessions: TrainingSession[] = Array.from({ length: 40 }, (_, i) => ({
    id: `S${i}`,
    title: `知识产权培训第${i + 1}期`,
    heldOn: day('2022-01-01', '2026-11-28'),
    participants: random.int(15, 60),
    audiences: ['executive'],
    organiser: '县市场监管局',
    region: random.weighted(townWeight),
  }));
  const population: PopulationFigure[] = [2022, 2023, 2024, 2025].flatMap((year) => [
    { region: root, year, persons: 300_000 + (year - 2022) * 1_500, basis: 'resident' as const, source: `金湖县${year}年统计公报` },
    ...towns.map((code, i) => ({ region: code, year, persons: 20_000 + i * 3_000 + (year - 2022) * 150, basis: 'resident' as const, source: `金湖县${year}年统计公报` })),
  ]);
  return { regions, patents, trademarks, copyrights, pledges, enterprises, serviceAgencies, talent, trainingSessions, population };
}
