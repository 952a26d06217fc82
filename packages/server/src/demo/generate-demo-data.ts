import {
  addDays,
  applicationCheckCharacter,
  creditCodeCheckCharacter,
  CREDIT_CODE_CHARACTERS,
  fieldOf,
  registerCatalog,
  templateHeader,
  type ImportKind,
  type Plan,
} from '@ipcounty/domain';
import { seededRandom, type SeededRandom } from './seeded-random.js';

/**
 * 示例数据: a made-up but plausible set of registers for a county the size of Jinhu (about
 * 290,000 residents), so that a new installation has something to show before the office imports
 * its own data. Everything is derived from the seed and the plan: the same seed and plan give
 * the same data on every machine. Names are fictional. The orders of magnitude follow Jinhu's:
 * about 12,000 patents in force of which about 1,100 inventions, about 1,500 trademark
 * registrations a year, a few hundred enterprises of the 3+X key industries, pledges of several
 * 亿元 over 2024–2026.
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
  /** Scales the volumes (1 = Jinhu's order of magnitude); tests use less. */
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

type Cells = Record<string, string>;

const KEY_INDUSTRY_IPC: Readonly<Record<string, readonly string[]>> = {
  高端装备: ['B23K37/02', 'F16K31/04', 'B65G47/90', 'F04B39/00', 'G01F1/66', 'B23Q3/06', 'F16L55/00', 'E21B43/26'],
  新材料: ['C08L23/06', 'C04B35/10', 'C08J5/18', 'C09D163/00', 'B32B27/32', 'C22C38/02'],
  大健康: ['A61K36/8962', 'A23L33/105', 'A61B5/00', 'A61H1/02', 'A23L2/38', 'A61M5/14'],
  其他: ['A01G25/16', 'H02J7/35', 'G06F16/95', 'E04F13/08', 'A01K61/59', 'H01M10/42'],
};

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
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '建国', '志强'];
const STREETS = ['工业园路', '建设路', '金湖路', '衡阳路', '环城西路', '神华大道', '健康路', '淮胜路', '同泰大道', '利农路'];
const TITLES = ['一种', '一种新型', '一种高效', '一种智能', '一种节能', '一种便携式', '一种自动化'];
const THINGS = ['阀门密封结构', '流量检测装置', '输送设备', '加工夹具', '复合材料制备方法', '涂层组合物', '保健食品及其制备方法', '康复训练器', '灌溉控制系统', '水产养殖装置', '储能电池管理系统', '抽油泵', '包装机构'];

interface DemoEnterprise {
  creditCode: string;
  name: string;
  region: string;
  regionName: string;
  address: string;
  industry: string;
  size: number;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}

function dayIn(random: SeededRandom, year: number): string {
  return iso(year, random.int(1, 12), random.int(1, 28));
}

function personName(random: SeededRandom): string {
  return random.pick(SURNAMES) + random.pick(GIVEN);
}

function creditCode(random: SeededRandom): string {
  let body = '91320831';
  for (let i = 0; i < 9; i++) body += CREDIT_CODE_CHARACTERS[random.int(0, CREDIT_CODE_CHARACTERS.length - 1)];
  return body + (creditCodeCheckCharacter(body) ?? '0');
}

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

export function generateDemoData(seed: number, plan: Plan, options: DemoOptions): DemoTable[] {
  const random = seededRandom(seed);
  const scale = options.scale ?? 1;
  const asOf = options.asOf;
  const lastYear = Number(asOf.slice(0, 4));
  const county = plan.regions.find((r) => r.kind === 'county');
  const towns = plan.regions.filter((r) => r.kind === 'town' || r.kind === 'street');
  const zone = plan.regions.find((r) => r.kind === 'development-zone');
  if (!county || towns.length === 0) return [];
  const countyPrefix = `江苏省淮安市${county.name}`;
  const before = (date: string) => date <= asOf;
  const scaled = (n: number) => Math.max(1, Math.round(n * scale));

  // --- Population: towns summing to about 290,000, falling slowly as Jinhu's has.
  const shares = towns.map((_, i) => (i === 0 ? 0.3 : i < 3 ? 0.12 : 0.46 / Math.max(towns.length - 3, 1)));
  const population: Cells[] = [];
  for (let year = 2019; year < lastYear; year++) {
    const total = 298_000 - (year - 2019) * 1_600;
    towns.forEach((town, i) => {
      population.push({ region: town.name, year: String(year), persons: String(Math.round(total * shares[i]!)), source: `${county.name}统计年鉴（示例）` });
    });
  }

  // --- Economy: GDP in 万元, official figures to last year.
  const economy: Cells[] = [];
  for (let year = 2019; year < lastYear; year++) {
    economy.push({ region: county.name, year: String(year), measure: '地区生产总值', value: String(3_050_000 + (year - 2019) * 165_000 + random.int(0, 30_000)), source: `${county.name}统计公报（示例）` });
  }

  // --- Enterprises: a few hundred, tagged with the 3+X key industries.
  const enterprises: DemoEnterprise[] = [];
  const enterpriseRows: Cells[] = [];
  const names = new Set<string>();
  for (let i = 0; i < scaled(420); i++) {
    const industry = random.weighted([
      ['高端装备', 4],
      ['新材料', 2],
      ['大健康', 2],
      ['其他', 3],
    ] as const);
    const town = random.chance(0.25) && zone ? zone : random.pick(towns);
    let name = '';
    do name = `江苏${random.pick(WORDS)}${random.pick(WORDS)}${random.pick(TRADES[industry]!)}${random.chance(0.2) ? '股份' : ''}有限公司`;
    while (names.has(name));
    names.add(name);
    const address = town === zone ? `${countyPrefix}${zone.name}${random.pick(STREETS)}${random.int(1, 199)}号` : `${countyPrefix}${town.name}${random.pick(STREETS)}${random.int(1, 199)}号`;
    const enterprise = { creditCode: creditCode(random), name, region: town.code, regionName: town.name, address, industry, size: random.weighted([[1, 6], [3, 3], [12, 1]] as const) };
    enterprises.push(enterprise);
    const base: Cells = {
      creditCode: enterprise.creditCode,
      name,
      address,
      industryCode: random.pick(INDUSTRY_CODES[industry]!),
      ...(industry === '其他' ? {} : { keyIndustry: industry }),
    };
    enterpriseRows.push(base);
    if (random.chance(0.13)) {
      const issued = dayIn(random, random.int(2018, Math.min(lastYear, 2026)));
      if (before(issued)) {
        const year = Number(issued.slice(0, 4));
        enterpriseRows.push({
          ...base,
          certificateNumber: `165IP${String(year).slice(2)}${String(i).padStart(4, '0')}R0M`,
          certificationBody: random.pick(['中知（北京）认证有限公司', '中规（北京）认证有限公司', '华知（江苏）认证服务有限公司（示例）']),
          certificateIssuedOn: issued,
          ...(year <= 2020 && random.chance(0.5) ? { certificateStatus: '过期' } : {}),
        });
      }
    }
    if (random.chance(0.05)) {
      const year = random.int(2019, Math.min(lastYear - 1, 2025));
      enterpriseRows.push({ ...base, title: random.chance(0.75) ? '知识产权优势企业' : '知识产权示范企业', titleLevel: random.chance(0.3) ? '国家级' : '省级', titleYear: String(year), titleDocument: `苏知发〔${year}〕${random.int(10, 99)}号（示例）` });
    }
    if (random.chance(0.03)) {
      const on = dayIn(random, random.int(2022, Math.min(lastYear, 2026)));
      if (before(on)) enterpriseRows.push({ ...base, ipIntensiveOn: on, ipIntensiveLevel: '市级', ipIntensiveDocument: `淮市监〔${on.slice(0, 4)}〕${random.int(10, 99)}号（示例）` });
    }
  }

  // --- Patents and their legal events.
  const patents: Cells[] = [];
  const events: Cells[] = [];
  const grantedInventions: string[] = [];
  let serial = 0;
  const filings = (year: number) => scaled(Math.round(650 + (year - 2010) * 100));
  for (let year = 2010; year <= lastYear; year++) {
    const count = year === lastYear ? Math.round(filings(year) * (Number(asOf.slice(5, 7)) / 12)) : filings(year);
    for (let n = 0; n < count; n++) {
      const type = random.weighted([
        ['invention', 13],
        ['utility-model', 68],
        ['design', 19],
      ] as const);
      const digit = type === 'invention' ? '1' : type === 'utility-model' ? '2' : '3';
      const filing = dayIn(random, year);
      if (!before(filing)) continue;
      serial += 1;
      const digits = `${year}${digit}${String(10_000 + serial * 7).padStart(7, '0')}`;
      const number = `${digits}.${applicationCheckCharacter(digits)}`;
      const owner = random.weighted([
        ['enterprise', 80],
        ['individual', 12],
        ['university', 4],
        ['outside', 2],
        ['foreign', 1],
        ['unplaced', 1],
      ] as const);
      const enterprise = random.pick(enterprises);
      const industry = owner === 'enterprise' ? enterprise.industry : '其他';
      const applicant =
        owner === 'enterprise' ? enterprise.name : owner === 'individual' ? personName(random) : owner === 'university' ? '淮阴工学院金湖示例研究院' : owner === 'foreign' ? 'Example Industries GmbH' : `淮安市${random.pick(WORDS)}${random.pick(WORDS)}科技有限公司`;
      const address =
        owner === 'enterprise'
          ? enterprise.address
          : owner === 'individual' || owner === 'university'
            ? `${countyPrefix}${random.pick(towns).name}${random.pick(STREETS)}${random.int(1, 99)}号`
            : owner === 'foreign'
              ? '德国巴伐利亚州慕尼黑示例大街1号'
              : owner === 'outside'
                ? `江苏省淮安市清江浦区${random.pick(STREETS)}${random.int(1, 99)}号`
                : // A town named without its county: the resolver cannot be sure, and lists it for the office.
                `淮安市${random.pick(towns).aliases[0] ?? random.pick(towns).name}${random.pick(['城南', '湖滨', '工业园'])}示例小区${random.int(1, 30)}号`;
      const delay = type === 'invention' ? random.int(600, 1300) : random.int(120, 330);
      const granted = (type === 'invention' ? random.chance(0.55) : random.chance(0.95)) && before(addDays(filing, delay));
      const grantDate = granted ? addDays(filing, delay) : '';
      const term = type === 'invention' ? 20 : type === 'design' && filing >= '2021-06-01' ? 15 : 10;
      let status = granted ? '有效' : '审中';
      let lapse = '';
      if (granted) {
        events.push({ applicationNumber: number, date: grantDate, event: '授权', code: 'GR01' });
        const lapses = random.chance(type === 'invention' ? 0.12 : 0.3);
        if (lapses) {
          const lapseOn = addDays(grantDate, random.int(365, 365 * Math.min(term - 1, 6)));
          if (before(lapseOn)) {
            lapse = lapseOn;
            status = '未缴年费专利权终止';
            events.push({ applicationNumber: number, date: lapseOn, event: '未缴年费专利权终止', code: 'CF01' });
            const restoredOn = addDays(lapseOn, random.int(60, 200));
            if (random.chance(0.06) && before(restoredOn)) {
              events.push({ applicationNumber: number, date: restoredOn, event: '专利申请权、专利权的恢复', detail: '权利的恢复' });
              status = '有效';
              lapse = '';
            }
          }
        }
        if (type === 'invention' && status === '有效') grantedInventions.push(number);
      } else if (type === 'invention' && year < lastYear - 2 && random.chance(0.5)) {
        const refusedOn = addDays(filing, random.int(700, 1100));
        if (before(refusedOn)) {
          status = random.chance(0.5) ? '发明专利申请公布后的驳回' : '发明专利申请公布后的视为撤回';
          lapse = refusedOn;
          events.push({ applicationNumber: number, date: refusedOn, event: status });
        }
      }
      const ipc = random.pick(KEY_INDUSTRY_IPC[industry] ?? KEY_INDUSTRY_IPC['其他']!);
      patents.push({
        applicationNumber: number,
        type: type === 'invention' ? '发明' : type === 'utility-model' ? '实用新型' : '外观设计',
        filingDate: filing,
        ...(type === 'invention' ? { publicationNumber: `CN${110_000_000 + serial}A`, publicationDate: addDays(filing, 540) > asOf ? '' : addDays(filing, 540) } : {}),
        ...(granted ? { grantNumber: `CN${220_000_000 + serial}${type === 'invention' ? 'B' : type === 'design' ? 'S' : 'U'}`, grantDate } : {}),
        title: type === 'design' ? `${random.pick(['包装盒', '阀门', '控制器', '茶具', '灯具'])}（${random.pick(['A', 'B', 'C', '一', '二'])}）` : `${random.pick(TITLES)}${random.pick(THINGS)}`,
        applicants: applicant,
        applicantTypes: owner === 'enterprise' || owner === 'outside' || owner === 'foreign' ? '企业' : owner === 'individual' ? '个人' : '大专院校',
        applicantAddress: address,
        ipcMain: ipc,
        ipcCodes: ipc,
        legalStatus: status,
        ...(lapse ? { lapseDate: lapse } : {}),
        ...(type === 'invention' && random.chance(0.08) ? { strategicEmerging: '是' } : {}),
        ...(type === 'invention' && random.chance(0.03) ? { overseasFamily: String(random.int(1, 4)) } : {}),
      });
    }
  }

  // --- Trademarks: about 1,500 registrations a year.
  const trademarks: Cells[] = [];
  let markNumber = 20_000_000;
  for (let year = 2015; year <= lastYear; year++) {
    const count = scaled(Math.round(750 + (year - 2015) * 95));
    for (let n = 0; n < count; n++) {
      const filing = dayIn(random, year);
      const registered = addDays(filing, random.int(200, 330));
      if (!before(filing)) continue;
      const enterprise = random.pick(enterprises);
      const byPerson = random.chance(0.15);
      markNumber += random.int(1, 400);
      trademarks.push({
        registrationNumber: String(markNumber),
        mark: `${random.pick(WORDS)}${random.pick(WORDS)}${random.chance(0.3) ? random.pick(['牌', '源', '坊', '记']) : ''}`,
        niceClasses: String(random.pick([7, 9, 11, 29, 30, 31, 35, 1, 2, 5, 10, 17, 19, 42])),
        applicant: byPerson ? personName(random) : enterprise.name,
        applicantAddress: byPerson ? `${countyPrefix}${random.pick(towns).name}${random.pick(STREETS)}${random.int(1, 99)}号` : enterprise.address,
        filingDate: filing,
        ...(random.chance(0.9) && before(registered) ? { registrationDate: registered } : {}),
        ...(random.chance(0.01) ? { madrid: '是' } : {}),
      });
    }
  }
  const giMarks: { name: string; kind: string; holder: string; approvedOn: string; region: string }[] = [
    { name: '金湖示例荷藕', kind: '地理标志证明商标', holder: '金湖县示例荷藕产业协会', approvedOn: '2018-09-20', region: towns[3]?.name ?? county.name },
    { name: '金湖示例龙虾', kind: '地理标志集体商标', holder: '金湖县示例水产养殖协会', approvedOn: '2021-05-13', region: towns[4]?.name ?? county.name },
    { name: '金湖示例大米', kind: '地理标志证明商标', holder: '金湖县示例粮食行业协会', approvedOn: '2025-03-27', region: towns[5]?.name ?? county.name },
  ].filter((g) => before(g.approvedOn));
  giMarks.forEach((gi, i) => {
    trademarks.push({ registrationNumber: `1999000${i}`, mark: gi.name, kind: gi.kind.replace('地理标志', ''), geographicalIndication: '是', niceClasses: '31', applicant: gi.holder, applicantAddress: `${countyPrefix}${gi.region}`, filingDate: addDays(gi.approvedOn, -300), registrationDate: gi.approvedOn });
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
  for (let year = 2020; year <= lastYear; year++) {
    for (const kind of ['作品', '计算机软件'] as const) {
      const count = scaled(kind === '作品' ? 380 + (year - 2020) * 40 : 230 + (year - 2020) * 25);
      for (let n = 0; n < count; n++) {
        const on = dayIn(random, year);
        if (!before(on)) continue;
        const enterprise = random.pick(enterprises);
        copyrights.push({
          registrationNumber: kind === '作品' ? `苏作登字-${year}-${random.pick(['A', 'F', 'L'])}-${String(copyrights.length + 1).padStart(8, '0')}` : `${year}SR${String(copyrights.length + 1).padStart(7, '0')}`,
          kind,
          ...(kind === '作品' ? { workCategory: random.pick(['美术', '摄影', '文字', '图形', '影视']) } : {}),
          title: kind === '作品' ? `${random.pick(['金湖', '荷都', '湖城', '水韵'])}${random.pick(['风光', '文创', '印象', '四季', '标志'])}${random.int(1, 99)}` : `${random.pick(['智能', '生产', '设备', '质量'])}${random.pick(['管理系统', '监控平台', '控制软件'])}V${random.int(1, 5)}.0`,
          owners: kind === '作品' && random.chance(0.4) ? personName(random) : enterprise.name,
          ownerAddress: enterprise.address,
          registeredOn: on,
          authority: kind === '作品' ? '江苏省版权局' : '中国版权保护中心',
        });
      }
    }
  }

  // --- Pledges: several 亿元 over 2024–2026.
  const pledges: Cells[] = [];
  for (let year = 2021; year <= lastYear; year++) {
    const count = scaled(year >= 2024 ? 38 : 15);
    for (let n = 0; n < count; n++) {
      const on = dayIn(random, year);
      if (!before(on)) continue;
      const enterprise = random.pick(enterprises.filter((e) => e.size > 1)) ?? random.pick(enterprises);
      const ipType = random.weighted([
        ['专利', 7],
        ['商标', 2],
        ['混合', 1],
      ] as const);
      pledges.push({
        registrationNumber: `Y${year}320000${String(pledges.length + 1).padStart(4, '0')}`,
        registeredOn: on,
        ipType,
        pledgor: enterprise.name,
        pledgorCreditCode: enterprise.creditCode,
        pledgorAddress: enterprise.address,
        pledgee: random.pick(['中国工商银行金湖支行', '中国农业银行金湖支行', '江苏银行金湖支行', '金湖农村商业银行', '中国银行金湖支行']),
        amount: String(random.weighted([[random.int(100, 500), 5], [random.int(500, 1500), 3], [random.int(1500, 4000), 1]] as const)),
        ...(ipType !== '商标' && grantedInventions.length > 0 ? { pledgedItems: grantedInventions[random.int(0, grantedInventions.length - 1)]! } : {}),
        termEnd: addDays(on, 364),
      });
    }
  }

  // --- Patent insurance.
  const insurance: Cells[] = [];
  for (let year = 2023; year <= lastYear; year++) {
    for (let n = 0; n < scaled(18); n++) {
      const on = dayIn(random, year);
      if (!before(on)) continue;
      const enterprise = random.pick(enterprises);
      const sum = random.int(20, 200);
      insurance.push({
        policyNumber: `PICC${year}${String(insurance.length + 1).padStart(6, '0')}`,
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
  }

  // --- Service agencies, talent, training, enforcement, awards.
  const agencies: Cells[] = Array.from({ length: scaled(12) }, (_, i) => {
    const town = towns[i % Math.min(3, towns.length)]!;
    return {
      name: `${county.name}${random.pick(WORDS)}${random.pick(WORDS)}${random.pick(['专利代理事务所', '知识产权代理有限公司', '知识产权服务中心', '商标事务所'])}（示例${i + 1}）`,
      kind: random.pick(['专利代理机构', '商标代理机构', '知识产权运营机构', '信息服务机构']),
      address: `${countyPrefix}${town.name}${random.pick(STREETS)}${random.int(1, 99)}号`,
      establishedOn: dayIn(random, random.int(2016, Math.min(lastYear, 2026))),
    };
  }).filter((a) => before(a.establishedOn));
  const talent: Cells[] = Array.from({ length: scaled(90) }, () => {
    const enterprise = random.pick(enterprises);
    const category = random.weighted([
      ['知识产权师', 6],
      ['引进知识产权专业人员', 2],
      ['知识产权高层次人才', 1],
    ] as const);
    return {
      name: personName(random),
      category,
      qualification: category === '知识产权师' ? random.pick(['初级知识产权师', '中级知识产权师']) : category === '知识产权高层次人才' ? '淮安市知识产权领军人才' : '专利代理师',
      recognisedOn: dayIn(random, random.int(2020, Math.min(lastYear, 2026))),
      employer: enterprise.name,
      region: enterprise.regionName,
    };
  }).filter((t) => before(t.recognisedOn));
  const training: Cells[] = [];
  for (let year = 2021; year <= lastYear; year++) {
    for (let n = 0; n < scaled(24); n++) {
      const on = dayIn(random, year);
      if (!before(on)) continue;
      training.push({
        title: `${random.pick(['企业知识产权管理', '专利挖掘与布局', '商标品牌培育', '知识产权行政执法', '知识产权质押融资', '高价值专利培育'])}${random.pick(['培训班', '专题讲座', '实务培训'])}（第${n + 1}期）`,
        heldOn: on,
        participants: String(random.int(30, 220)),
        audiences: random.pick(['企业高管', '管理人员；执法人员', '知识产权师', '企业高管；知识产权师']),
        organiser: random.pick(['县市场监管局', '县科技局', '县工信局', '江苏金湖经济开发区管委会']),
        region: random.chance(0.7) ? county.name : random.pick(towns).name,
      });
    }
  }
  const enforcement: Cells[] = [];
  for (let year = 2021; year <= lastYear; year++) {
    for (let n = 0; n < scaled(30); n++) {
      const accepted = dayIn(random, year);
      if (!before(accepted)) continue;
      const closed = addDays(accepted, random.int(20, 150));
      const kind = random.pick(['行政执法', '调解', '维权援助', '民事']);
      enforcement.push({
        caseNumber: `金市监知${kind === '行政执法' ? '罚' : '调'}〔${year}〕${n + 1}号`,
        kind,
        ipType: random.weighted([
          ['商标', 6],
          ['专利', 3],
          ['著作权', 1],
        ] as const),
        acceptedOn: accepted,
        ...(before(closed) ? { closedOn: closed, outcome: random.pick(['责令停止侵权', '调解结案', '罚款并没收侵权商品', '撤案']) } : {}),
        region: random.pick(towns).name,
        ...(kind === '行政执法' && before(closed) ? { amount: (random.int(5, 200) / 10).toFixed(1) } : {}),
      });
    }
  }
  const awards: Cells[] = grantedInventions.slice(0, scaled(6)).map((number, i) => {
    const year = Math.min(2019 + i, lastYear - 1);
    const enterprise = enterprises[i % enterprises.length]!;
    return {
      kind: i % 3 === 0 ? '中国专利奖' : '省专利奖',
      name: i % 3 === 0 ? `第${['二十一', '二十二', '二十三', '二十四', '二十五', '二十六'][year - 2019] ?? '二十五'}届中国专利奖` : `${year}年度江苏省专利奖`,
      level: i % 3 === 0 ? '优秀奖' : random.pick(['金奖', '银奖', '优秀奖']),
      year: String(year),
      patentNumbers: number,
      winners: enterprise.name,
      address: enterprise.address,
    };
  });

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
