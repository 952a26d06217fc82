import { addDays, anniversary } from '@ipcounty/domain';
import { creditCode, iso, street, tradeName, weightedOrder, ZONE_SHARE, type Cells, type DemoCounty, type DemoEnterprise } from './demo-county.js';
import { certificateRenewalRate, datesOf, enterpriseTitles, firstCertifications, firstYearOf, ipIntensiveRecognitions, volumeIn } from './demo-volumes.js';

/** The enterprises, and the enterprise register's rows: each enterprise, then its certificates, titles and recognitions. */
export interface DemoEnterprises {
  enterprises: DemoEnterprise[];
  rows: Cells[];
}

const INDUSTRY_CODES: Readonly<Record<string, readonly string[]>> = {
  高端装备: ['C3441', 'C3511', 'C3424', 'C3463', 'C4015', 'C3311'],
  新材料: ['C2651', 'C2922', 'C3089', 'C2641', 'C3259'],
  大健康: ['C2740', 'C2730', 'C1491', 'C3581', 'C1469'],
  其他: ['C1331', 'C2029', 'I6513', 'C1713', 'A0412'],
};

const TRADES: Readonly<Record<string, readonly string[]>> = {
  高端装备: ['机械', '石油机械', '仪表', '阀门', '装备制造', '智能装备', '流体设备'],
  新材料: ['新材料', '高分子材料', '复合材料', '涂料', '新型建材'],
  大健康: ['生物科技', '医疗器械', '食品', '健康产业', '药业'],
  其他: ['农业科技', '电子', '信息技术', '纺织', '水产'],
};

/**
 * Enterprises: a few hundred, tagged with the 3+X key industries, a third in the development zone;
 * then the programmes they take part in, the larger enterprises of the key industries first.
 */
export function demoEnterprises(c: DemoCounty): DemoEnterprises {
  const { random, zone } = c;
  const enterprises: DemoEnterprise[] = [];
  const rows: Cells[] = [];
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
    do name = `江苏${tradeName(random)}${random.pick(TRADES[industry]!)}${random.chance(0.2) ? '股份' : ''}有限公司`;
    while (names.has(name));
    names.add(name);
    const address = `${c.addressPrefix}${town.name}${street(random)}${random.int(1, 199)}号`;
    const enterprise: DemoEnterprise = { creditCode: creditCode(random), name, regionName: town.name, address, industry, size: random.weighted([[1, 6], [3, 3], [12, 1]] as const) };
    enterprises.push(enterprise);
    const base: Cells = { creditCode: enterprise.creditCode, name, address, industryCode: random.pick(INDUSTRY_CODES[industry]!), ...(industry === '其他' ? {} : { keyIndustry: industry }) };
    baseRows.set(enterprise.creditCode, base);
    rows.push(base);
  }
  const baseOf = (e: DemoEnterprise) => baseRows.get(e.creditCode)!;
  const byWeight = weightedOrder(random, enterprises, (e) => e.size * (e.industry === '其他' ? 1 : 2));
  const certified = certifications(c, byWeight, baseOf, rows);
  titles(c, byWeight, certified, baseOf, rows);
  recognitions(c, byWeight, baseOf, rows);
  return { enterprises, rows };
}

/**
 * 贯标: the larger enterprises of the key industries first; most renew at the three-year audit
 * (renewals are not new). Gives the year each enterprise was first certified.
 */
function certifications(c: DemoCounty, byWeight: readonly DemoEnterprise[], baseOf: (e: DemoEnterprise) => Cells, rows: Cells[]): Map<string, number> {
  const { random, before } = c;
  const certified = new Map<string, number>();
  let certificateSerial = 0;
  for (const issued of datesOf(c, firstCertifications)) {
    const enterprise = byWeight[certified.size];
    if (!enterprise) break;
    certified.set(enterprise.creditCode, Number(issued.slice(0, 4)));
    const body = random.pick(['中知（北京）认证有限公司', '中规（北京）认证有限公司', '华知（江苏）认证服务有限公司（示例）']);
    for (let on = issued; before(on); on = addDays(anniversary(on, 3), -random.int(10, 60))) {
      certificateSerial += 1;
      rows.push({ ...baseOf(enterprise), certificateNumber: `165IP${on.slice(2, 4)}${String(certificateSerial).padStart(4, '0')}R0M`, certificationBody: body, certificateIssuedOn: on });
      if (!random.chance(certificateRenewalRate)) break;
    }
  }
  return certified;
}

/** 优势/示范 titles: to certified enterprises, largest first; announced by year. */
function titles(c: DemoCounty, byWeight: readonly DemoEnterprise[], certified: ReadonlyMap<string, number>, baseOf: (e: DemoEnterprise) => Cells, rows: Cells[]): void {
  const { random } = c;
  const titleHolders: DemoEnterprise[] = [];
  for (const entry of enterpriseTitles) {
    const holder =
      entry.sameHolderAs !== undefined
        ? titleHolders[entry.sameHolderAs]
        : (byWeight.find((e) => !titleHolders.includes(e) && (certified.get(e.creditCode) ?? Infinity) <= entry.year) ?? byWeight.find((e) => !titleHolders.includes(e)));
    if (!holder) continue;
    titleHolders.push(holder);
    if (entry.year >= c.lastYear) continue;
    const document =
      entry.level === '国家级' ? `国知办函运字〔${entry.year}〕${random.int(300, 900)}号（示例）` : entry.level === '省级' ? `苏知发〔${entry.year}〕${random.int(10, 99)}号（示例）` : `淮市监发〔${entry.year}〕${random.int(10, 99)}号（示例）`;
    rows.push({ ...baseOf(holder), title: entry.title, titleLevel: entry.level, titleYear: String(entry.year), titleDocument: document });
  }
}

/** 知识产权密集型企业: one municipal batch a year, the most active enterprises first. */
function recognitions(c: DemoCounty, byWeight: readonly DemoEnterprise[], baseOf: (e: DemoEnterprise) => Cells, rows: Cells[]): void {
  const { random, before } = c;
  const recognised = new Set<string>();
  for (let year = firstYearOf(ipIntensiveRecognitions); year <= c.lastYear; year++) {
    const on = iso(year, random.int(6, 10), random.int(1, 28));
    const document = `淮市监〔${year}〕${random.int(10, 99)}号（示例）`;
    for (let n = 0; n < volumeIn(ipIntensiveRecognitions, year); n++) {
      const enterprise = byWeight.find((e) => !recognised.has(e.creditCode));
      if (!enterprise || !before(on)) break;
      recognised.add(enterprise.creditCode);
      rows.push({ ...baseOf(enterprise), ipIntensiveOn: on, ipIntensiveLevel: '市级', ipIntensiveDocument: document });
    }
  }
}
