import { addDays, anniversary, fieldOf, registerCatalog, templateHeader, type ImportKind, type Plan } from '@ipcounty/domain';
import { creditCode, dayIn, demoCounty, fromBands, iso, personName, street, weightedOrder, weightedPicker, type Cells, type DemoCounty, type DemoEnterprise } from './demo-county.js';
import { demoIndustryValueAdded } from './demo-economy.js';
import { demoPatents, type DemoInvention } from './demo-patents.js';
import {
  agenciesEstablished,
  certificateRenewalRate,
  enforcementCases,
  enterpriseTitles,
  firstCertifications,
  firstYearOf,
  highLevelTalent,
  insurancePolicies,
  introducedProfessionals,
  ipIntensiveRecognitions,
  ipPractitioners,
  pledgeAmountBands,
  pledgeRegistrations,
  softwareRegistrations,
  trademarkFilings,
  trainingSessions,
  trainingSizeBands,
  volumeIn,
  workRegistrations,
  type YearlyVolume,
} from './demo-volumes.js';
import { seededRandom } from './seeded-random.js';

/**
 * 示例数据: a made-up but plausible set of registers for a county the size of Jinhu (about
 * 290,000 residents), so that a new installation has something to show before the office imports
 * its own data. Everything is derived from the seed and the plan: the same seed and plan give
 * the same data on every machine. Names are fictional. The volumes (demo-volumes.ts) are those of
 * a northern Jiangsu county of this size, so that the plan's sixteen targets stand late in 2026
 * where a working pilot county's would: most met or on course, a few at risk.
 *
 * The data comes out as the rows of import files (cells under the template's headers), so it
 * enters the registers through the importer and is checked like any file.
 */
export interface DemoTable {
  kind: ImportKind;
  headers: string[];
  rows: Record<string, string>[];
}

export interface DemoOptions {
  /** Nothing is dated after this day (today, in China). */
  asOf: string;
  /**
   * Scales the bulk registers — enterprises, patents, trademarks, copyrights (1 = Jinhu's order of
   * magnitude); tests use less. The programmes the office runs are county-sized at any scale.
   */
  scale?: number;
}

/** The order the tables are imported in: enterprises first (patents name them), events after patents. */
export const demoKinds: readonly ImportKind[] = [
  'population',
  'economy',
  'enterprises',
  'patents',
  'legal-events',
  'trademarks',
  'geographical-indications',
  'copyrights',
  'pledges',
  'insurance',
  'agencies',
  'talent',
  'training',
  'enforcement',
  'awards',
];

const INDUSTRY_CODES: Readonly<Record<string, readonly string[]>> = {
  高端装备: ['C3441', 'C3511', 'C3424', 'C3463', 'C4015', 'C3311'],
  新材料: ['C2651', 'C2922', 'C3089', 'C2641', 'C3259'],
  大健康: ['C2740', 'C2730', 'C1491', 'C3581', 'C1469'],
  其他: ['C1331', 'C2029', 'I6513', 'C1713', 'A0412'],
};

const WORDS = ['华', '金', '湖', '安', '宏', '瑞', '恒', '泰', '鑫', '利', '源', '达', '通', '科', '晟', '嘉', '盛', '润', '诚', '远', '博', '峰', '锦', '德'];
const TRADES: Readonly<Record<string, readonly string[]>> = {
  高端装备: ['机械', '石油机械', '仪表', '阀门', '装备制造', '智能装备', '流体设备'],
  新材料: ['新材料', '高分子材料', '复合材料', '涂料', '新型建材'],
  大健康: ['生物科技', '医疗器械', '食品', '健康产业', '药业'],
  其他: ['农业科技', '电子', '信息技术', '纺织', '水产'],
};

/** Share of the county's enterprises in the development zone; the rest follow the towns' residents. */
const ZONE_SHARE = 0.35;

function table(kind: ImportKind, rows: Cells[]): DemoTable {
  const definition = registerCatalog[kind];
  const used = definition.fields.filter((f) => rows.some((row) => row[f.key] !== undefined && row[f.key] !== ''));
  const headers = used.map(templateHeader);
  return {
    kind,
    headers,
    rows: rows.map((row) => Object.fromEntries(used.map((f) => [templateHeader(fieldOf(definition, f.key)), row[f.key] ?? '']))),
  };
}

/** Dates of a yearly volume from its first year to the demo's day, oldest first. */
function datesOf(c: DemoCounty, volume: YearlyVolume, count: (n: number) => number = (n) => n): string[] {
  const dates: string[] = [];
  for (let year = firstYearOf(volume); year <= c.lastYear; year++) {
    const inYear = Array.from({ length: count(volumeIn(volume, year)) }, () => dayIn(c.random, year)).sort();
    dates.push(...inYear.filter(c.before));
  }
  return dates;
}

export function generateDemoData(seed: number, plan: Plan, options: DemoOptions): DemoTable[] {
  const random = seededRandom(seed);
  const county = plan.regions.find((r) => r.kind === 'county');
  const towns = plan.regions.filter((r) => r.kind === 'town' || r.kind === 'street');
  const zone = plan.regions.find((r) => r.kind === 'development-zone');
  if (!county || towns.length === 0) return [];
  const c = demoCounty(random, options.asOf, options.scale ?? 1, county, towns, zone);
  const { before, lastYear } = c;

  // --- Population: towns summing to about 290,000, falling slowly as Jinhu's has.
  const population: Cells[] = [];
  for (let year = 2019; year < lastYear; year++) {
    const total = 298_000 - (year - 2019) * 1_600;
    towns.forEach((town, i) => {
      population.push({ region: town.name, year: String(year), persons: String(Math.round(total * c.townShares[i]!)), source: `${county.name}统计年鉴（示例）` });
    });
  }

  // --- Economy: GDP in 万元, official figures to last year.
  const economy: Cells[] = [];
  for (let year = 2019; year < lastYear; year++) {
    economy.push({ region: county.name, year: String(year), measure: '地区生产总值', value: String(3_050_000 + (year - 2019) * 165_000 + random.int(0, 30_000)), source: `${county.name}统计公报（示例）` });
    economy.push(...demoIndustryValueAdded(county.name, year));
  }

  // --- Enterprises: a few hundred, tagged with the 3+X key industries, a third in the development zone.
  const enterprises: DemoEnterprise[] = [];
  const enterpriseRows: Cells[] = [];
  const baseRows = new Map<string, Cells>();
  const names = new Set<string>();
  for (let i = 0; i < c.scaled(420); i++) {
    const industry = random.weighted([
      ['高端装备', 4],
      ['新材料', 2],
      ['大健康', 2],
      ['其他', 3],
    ] as const);
    const town = zone && random.chance(ZONE_SHARE) ? zone : c.residentTown();
    let name = '';
    do name = `江苏${random.pick(WORDS)}${random.pick(WORDS)}${random.pick(TRADES[industry]!)}${random.chance(0.2) ? '股份' : ''}有限公司`;
    while (names.has(name));
    names.add(name);
    const address = `${c.addressPrefix}${town.name}${street(random)}${random.int(1, 199)}号`;
    const enterprise: DemoEnterprise = { creditCode: creditCode(random), name, regionName: town.name, address, industry, size: random.weighted([[1, 6], [3, 3], [12, 1]] as const) };
    enterprises.push(enterprise);
    const base: Cells = { creditCode: enterprise.creditCode, name, address, industryCode: random.pick(INDUSTRY_CODES[industry]!), ...(industry === '其他' ? {} : { keyIndustry: industry }) };
    baseRows.set(enterprise.creditCode, base);
    enterpriseRows.push(base);
  }
  const baseOf = (e: DemoEnterprise) => baseRows.get(e.creditCode)!;

  // --- 贯标: the larger enterprises of the key industries first; most renew at the three-year audit
  // (renewals are not new).
  const certified = new Map<string, number>();
  const byWeight = weightedOrder(random, enterprises, (e) => e.size * (e.industry === '其他' ? 1 : 2));
  let certificateSerial = 0;
  for (const issued of datesOf(c, firstCertifications)) {
    const enterprise = byWeight[certified.size];
    if (!enterprise) break;
    certified.set(enterprise.creditCode, Number(issued.slice(0, 4)));
    const body = random.pick(['中知（北京）认证有限公司', '中规（北京）认证有限公司', '华知（江苏）认证服务有限公司（示例）']);
    for (let on = issued; before(on); on = addDays(anniversary(on, 3), -random.int(10, 60))) {
      certificateSerial += 1;
      enterpriseRows.push({ ...baseOf(enterprise), certificateNumber: `165IP${on.slice(2, 4)}${String(certificateSerial).padStart(4, '0')}R0M`, certificationBody: body, certificateIssuedOn: on });
      if (!random.chance(certificateRenewalRate)) break;
    }
  }

  // --- 优势/示范 titles: to certified enterprises, largest first; announced by year.
  const titleHolders: DemoEnterprise[] = [];
  for (const entry of enterpriseTitles) {
    const holder =
      entry.sameHolderAs !== undefined
        ? titleHolders[entry.sameHolderAs]
        : (byWeight.find((e) => !titleHolders.includes(e) && (certified.get(e.creditCode) ?? Infinity) <= entry.year) ?? byWeight.find((e) => !titleHolders.includes(e)));
    if (!holder) continue;
    titleHolders.push(holder);
    if (entry.year >= lastYear) continue;
    const document =
      entry.level === '国家级' ? `国知办函运字〔${entry.year}〕${random.int(300, 900)}号（示例）` : entry.level === '省级' ? `苏知发〔${entry.year}〕${random.int(10, 99)}号（示例）` : `淮市监发〔${entry.year}〕${random.int(10, 99)}号（示例）`;
    enterpriseRows.push({ ...baseOf(holder), title: entry.title, titleLevel: entry.level, titleYear: String(entry.year), titleDocument: document });
  }

  // --- 知识产权密集型企业: one municipal batch a year, the most active enterprises first.
  const recognised = new Set<string>();
  for (let year = firstYearOf(ipIntensiveRecognitions); year <= lastYear; year++) {
    const on = iso(year, random.int(6, 10), random.int(1, 28));
    const document = `淮市监〔${year}〕${random.int(10, 99)}号（示例）`;
    for (let n = 0; n < volumeIn(ipIntensiveRecognitions, year); n++) {
      const enterprise = byWeight.find((e) => !recognised.has(e.creditCode));
      if (!enterprise || !before(on)) break;
      recognised.add(enterprise.creditCode);
      enterpriseRows.push({ ...baseOf(enterprise), ipIntensiveOn: on, ipIntensiveLevel: '市级', ipIntensiveDocument: document });
    }
  }

  // --- Patents and their legal events.
  const { patents, events, inventions } = demoPatents(c, enterprises);

  // --- Trademarks: about 1,200 registrations a year, most nine months after filing.
  const trademarks: Cells[] = [];
  const markOwner = weightedPicker(random, enterprises, (e) => e.size);
  let markNumber = 20_000_000;
  for (const filing of datesOf(c, trademarkFilings, c.scaled)) {
    const registered = addDays(filing, random.int(200, 330));
    const enterprise = markOwner();
    const byPerson = random.chance(0.15);
    markNumber += random.int(1, 400);
    trademarks.push({
      registrationNumber: String(markNumber),
      mark: `${random.pick(WORDS)}${random.pick(WORDS)}${random.chance(0.3) ? random.pick(['牌', '源', '坊', '记']) : ''}`,
      niceClasses: String(random.pick([7, 9, 11, 29, 30, 31, 35, 1, 2, 5, 10, 17, 19, 42])),
      applicant: byPerson ? personName(random) : enterprise.name,
      applicantAddress: byPerson ? c.residentAddress() : enterprise.address,
      filingDate: filing,
      ...(random.chance(0.88) && before(registered) ? { registrationDate: registered } : {}),
      ...(random.chance(0.01) ? { madrid: '是' } : {}),
    });
  }
  const giMarks: { name: string; kind: string; holder: string; approvedOn: string; region: string }[] = [
    { name: '金湖示例荷藕', kind: '地理标志证明商标', holder: '金湖县示例荷藕产业协会', approvedOn: '2018-09-20', region: towns[3]?.name ?? county.name },
    { name: '金湖示例龙虾', kind: '地理标志集体商标', holder: '金湖县示例水产养殖协会', approvedOn: '2021-05-13', region: towns[4]?.name ?? county.name },
    { name: '金湖示例大米', kind: '地理标志证明商标', holder: '金湖县示例粮食行业协会', approvedOn: '2025-03-27', region: towns[5]?.name ?? county.name },
  ].filter((g) => before(g.approvedOn));
  giMarks.forEach((gi, i) => {
    trademarks.push({ registrationNumber: `1999000${i}`, mark: gi.name, kind: gi.kind.replace('地理标志', ''), geographicalIndication: '是', niceClasses: '31', applicant: gi.holder, applicantAddress: `${c.addressPrefix}${gi.region}`, filingDate: addDays(gi.approvedOn, -300), registrationDate: gi.approvedOn });
  });
  const geographicalIndications: Cells[] = giMarks.map((gi, i) => ({
    number: `1999000${i}`,
    name: gi.name,
    kind: gi.kind,
    approvedOn: gi.approvedOn,
    holder: gi.holder,
    region: gi.region,
    authorisedUsers: enterprises.slice(i * 5, i * 5 + 4).map((e) => e.name).join('；'),
  }));

  // --- Copyright: works and software kept apart.
  const copyrights: Cells[] = [];
  const copyrightOwner = weightedPicker(random, enterprises, (e) => e.size);
  for (const [kind, volume] of [['作品', workRegistrations], ['计算机软件', softwareRegistrations]] as const) {
    for (const on of datesOf(c, volume, c.scaled)) {
      const year = on.slice(0, 4);
      const enterprise = copyrightOwner();
      const byPerson = kind === '作品' && random.chance(0.4);
      copyrights.push({
        registrationNumber: kind === '作品' ? `苏作登字-${year}-${random.pick(['A', 'F', 'L'])}-${String(copyrights.length + 1).padStart(8, '0')}` : `${year}SR${String(copyrights.length + 1).padStart(7, '0')}`,
        kind,
        ...(kind === '作品' ? { workCategory: random.pick(['美术', '摄影', '文字', '图形', '影视']) } : {}),
        title: kind === '作品' ? `${random.pick(['金湖', '荷都', '湖城', '水韵'])}${random.pick(['风光', '文创', '印象', '四季', '标志'])}${random.int(1, 99)}` : `${random.pick(['智能', '生产', '设备', '质量'])}${random.pick(['管理系统', '监控平台', '控制软件'])}V${random.int(1, 5)}.0`,
        owners: byPerson ? personName(random) : enterprise.name,
        ownerAddress: byPerson ? c.residentAddress() : enterprise.address,
        registeredOn: on,
        authority: kind === '作品' ? '江苏省版权局' : '中国版权保护中心',
      });
    }
  }

  // --- Pledges: 2–4 亿元 a year from 2024, by the medium and large enterprises, on their own inventions.
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

  // --- Patent insurance.
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

  // --- Service agencies: in the county seat and the development zone.
  const agencies: Cells[] = datesOf(c, agenciesEstablished).map((establishedOn, i) => {
    const town = zone && random.chance(0.3) ? zone : random.chance(0.8) ? towns[0]! : c.residentTown();
    return {
      name: `${county.name}${random.pick(WORDS)}${random.pick(WORDS)}${random.pick(['专利代理事务所', '知识产权代理有限公司', '知识产权服务中心', '商标事务所'])}（示例${i + 1}）`,
      kind: random.pick(['专利代理机构', '商标代理机构', '知识产权运营机构', '信息服务机构']),
      address: `${c.addressPrefix}${town.name}${street(random)}${random.int(1, 99)}号`,
      establishedOn,
    };
  });

  // --- Talent: 知识产权师 each year, a few introduced professionals, the odd high-level name.
  const talent: Cells[] = [];
  const employer = weightedPicker(random, enterprises, (e) => e.size);
  for (const [category, volume] of [['知识产权师', ipPractitioners], ['引进知识产权专业人员', introducedProfessionals], ['知识产权高层次人才', highLevelTalent]] as const) {
    for (const recognisedOn of datesOf(c, volume)) {
      const enterprise = employer();
      talent.push({
        name: personName(random),
        category,
        qualification: category === '知识产权师' ? random.pick(['初级知识产权师', '中级知识产权师']) : category === '知识产权高层次人才' ? '淮安市知识产权领军人才' : '专利代理师',
        recognisedOn,
        employer: enterprise.name,
        region: enterprise.regionName,
      });
    }
  }

  // --- Training: five or six sessions a year of 25–120 people.
  const training: Cells[] = datesOf(c, trainingSessions).map((heldOn, i, all) => {
    const numberInYear = all.slice(0, i + 1).filter((d) => d.slice(0, 4) === heldOn.slice(0, 4)).length;
    return {
      title: `${random.pick(['企业知识产权管理', '专利挖掘与布局', '商标品牌培育', '知识产权行政执法', '知识产权质押融资', '高价值专利培育'])}${random.pick(['培训班', '专题讲座', '实务培训'])}（${heldOn.slice(0, 4)}年第${numberInYear}期）`,
      heldOn,
      participants: String(fromBands(random, trainingSizeBands)),
      audiences: random.pick(['企业高管', '管理人员；执法人员', '知识产权师', '企业高管；知识产权师']),
      organiser: random.weighted([['县市场监管局', 6], ['县科技局', 1], ['县工信局', 1], ['江苏金湖经济开发区管委会', 2]] as const),
      region: random.chance(0.7) ? county.name : c.residentTown().name,
    };
  });

  // --- Enforcement: a few dozen cases a year, where the enterprises and residents are.
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

  const awards = demoAwards(c, inventions);

  const byKind: Partial<Record<ImportKind, Cells[]>> = {
    population,
    economy,
    enterprises: enterpriseRows,
    patents,
    'legal-events': events,
    trademarks,
    'geographical-indications': geographicalIndications,
    copyrights,
    pledges,
    insurance,
    agencies,
    talent,
    training,
    enforcement,
    awards,
  };
  return demoKinds.map((kind) => table(kind, byKind[kind] ?? []));
}

/** Patent awards won by the county's enterprises: mostly provincial, one 中国专利奖 优秀奖. */
const AWARDS: readonly { year: number; kind: '中国专利奖' | '省专利奖'; level: string }[] = [
  { year: 2019, kind: '省专利奖', level: '优秀奖' },
  { year: 2021, kind: '省专利奖', level: '银奖' },
  { year: 2022, kind: '中国专利奖', level: '优秀奖' },
  { year: 2023, kind: '省专利奖', level: '优秀奖' },
  { year: 2024, kind: '省专利奖', level: '优秀奖' },
  { year: 2025, kind: '省专利奖', level: '金奖' },
];

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The round of the China Patent Award given in a year, one round a year: 第二十五届 in 2024. */
function chinaPatentAwardRound(year: number): string {
  const round = year - 1999;
  return `${DIGITS[Math.floor(round / 10)] ?? ''}十${DIGITS[round % 10] ?? ''}`;
}

function demoAwards(c: DemoCounty, inventions: readonly DemoInvention[]): Cells[] {
  const used = new Set<string>();
  return AWARDS.filter((a) => a.year < c.lastYear).flatMap((award) => {
    const eligible = inventions.filter((i) => i.inForce && !used.has(i.applicationNumber) && i.grantDate < `${award.year - 1}-01-01` && i.enterprise.size > 1);
    if (eligible.length === 0) return [];
    const patent = c.random.pick(eligible);
    used.add(patent.applicationNumber);
    return [
      {
        kind: award.kind,
        name: award.kind === '中国专利奖' ? `第${chinaPatentAwardRound(award.year)}届中国专利奖` : `${award.year}年度江苏省专利奖`,
        level: award.level,
        year: String(award.year),
        awardedOn: iso(award.year, award.kind === '中国专利奖' ? 7 : 11, 20),
        patentNumbers: patent.applicationNumber,
        winners: patent.enterprise.name,
        address: patent.enterprise.address,
      },
    ];
  });
}
