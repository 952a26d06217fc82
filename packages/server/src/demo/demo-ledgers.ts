import { addDays, fieldOf, ledgerCatalog, type LedgerKind, type Plan, type Region, registerCatalog, shanghaiDate, templateHeader } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import { importLedger } from '../ledgers/import-ledger.js';
import { AppError } from '../common/app-error.js';
import { operatorUser, type CommandContext } from '../common/command-context.js';
import type { DemoTable } from './generate-demo-data.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

/** One sheet of demo ledger rows, under the template's headers, in import order. */
export interface DemoLedgerTable {
  kind: LedgerKind;
  headers: string[];
  rows: Record<string, string>[];
}

type Cells = Record<string, string>;

interface Firm {
  creditCode: string;
  name: string;
  town: string | null;
  industry: string | null;
}

/**
 * The program ledgers of the demo county (示例数据), from the plan's first year to `asOf`: nothing
 * is dated later. The figures follow a county of about 290,000 residents: a special fund of roughly
 * 3–4 million 元 a year (县级财政 with provincial and city subsidies) split over the usual lines,
 * paid out one to three months after each approval, with the current year's spend behind its pace;
 * the leading group meeting each spring, a joint meeting each half year, 3·15 and the 4·26 week in
 * the towns, a few group standards by the equipment makers, and a workstation and service points.
 * The recipients are the demo enterprises, so allocations link to the enterprise register.
 */
export function generateDemoLedgers(seed: number, plan: Plan, asOf: string, registers: readonly DemoTable[]): DemoLedgerTable[] {
  const random = seededRandom(seed + 13);
  const firstYear = plan.period.startYear;
  const lastYear = Math.min(Number(asOf.slice(0, 4)), plan.period.endYear);
  const towns = plan.regions.filter((r) => r.kind !== 'county');
  const firms = firmsOf(registers, towns);
  if (firms.length === 0 || lastYear < firstYear) return [];
  const patentsOf = patentNumbers(registers);
  const sheets: Record<LedgerKind, Cells[]> = { 'fund-budgets': [], 'fund-allocations': [], 'fund-disbursements': [], 'fund-targets': [], meetings: [], decisions: [], publicity: [], standards: [], platforms: [] };
  const by = (date: string) => date <= asOf;
  const enterprises = (n: number, filter: (f: Firm) => boolean = () => true) => pickDistinct(random, firms.filter(filter), n);

  for (let year = firstYear; year <= lastYear; year++) {
    const growth = 1 + (year - firstYear) * 0.08;
    const wan = (n: number) => String(Math.round(n * growth * 10) / 10);
    // --- Budgets: the year's lines by source and purpose.
    const lines: [string, string, number, string][] = [
      ['县级财政', '专利资助', 120, '7；9'],
      ['县级财政', '贯标奖励', 40, '12'],
      ['县级财政', '质押融资贴息', 30, '13'],
      ['县级财政', '专利保险补贴', 15, '13'],
      ['县级财政', '专利奖配套奖励', 20, '9'],
      ['县级财政', '平台建设', 40, '8；16'],
      ['县级财政', '宣传培训', 25, '20；21'],
      ['市级补助', '专利资助', 30, '9'],
      ['省级补助', '平台建设', 80, '8；16'],
    ];
    // What is left of each line to allocate: a county never approves beyond its budget.
    const left = new Map<string, number>();
    for (const [source, purpose, amount, tasks] of lines) {
      left.set(`${source}|${purpose}`, Number(wan(amount)));
      sheets['fund-budgets'].push({ year: String(year), source, purpose, amount: wan(amount), document: source === '县级财政' ? `金财行〔${year}〕${random.int(3, 19)}号` : `苏财行〔${year}〕${random.int(20, 90)}号`, tasks });
    }

    // --- Allocations by approval, and the payments that follow them.
    let serial = 0;
    const allocate = (source: string, purpose: string, recipient: Firm | string, base: number, approvedOn: string, tasks: string, region?: string) => {
      const remaining = left.get(`${source}|${purpose}`) ?? 0;
      const amount = Math.min(Math.round(base * growth * 10) / 10, Math.floor(remaining * 10) / 10);
      if (!by(approvedOn) || amount < 1) return;
      left.set(`${source}|${purpose}`, Math.round((remaining - amount) * 10) / 10);
      serial += 1;
      const code = `${year}-${String(serial).padStart(3, '0')}`;
      const firm = typeof recipient === 'string' ? null : recipient;
      sheets['fund-allocations'].push({
        code,
        year: String(year),
        source,
        purpose,
        recipient: firm ? firm.name : (recipient as string),
        recipientType: firm ? '企业' : '项目',
        ...(firm ? { creditCode: firm.creditCode } : {}),
        amount: String(amount),
        approvalDocument: `金市监〔${year}〕${10 + serial}号`,
        approvedOn,
        tasks,
        ...(region ?? firm?.town ? { region: (region ?? firm?.town)! } : {}),
      });
      // The current year lags: one approval in six is not paid yet.
      const lagging = year === lastYear && random.chance(0.15);
      const paidOn = addDays(approvedOn, random.int(25, 80));
      if (lagging || !by(paidOn)) return;
      const split = amount >= 20 && random.chance(0.4);
      const first = split ? Math.round(amount * 6) / 10 : amount;
      sheets['fund-disbursements'].push({ voucher: `ZF${code}-1`, allocationCode: code, paidOn, amount: String(first), ...(region ?? firm?.town ? { region: (region ?? firm?.town)! } : {}) });
      const secondOn = addDays(paidOn, 60);
      if (split && by(secondOn)) sheets['fund-disbursements'].push({ voucher: `ZF${code}-2`, allocationCode: code, paidOn: secondOn, amount: String(Math.round((amount - first) * 10) / 10), ...(region ?? firm?.town ? { region: (region ?? firm?.town)! } : {}) });
    };
    for (const firm of enterprises(11)) allocate('县级财政', '专利资助', firm, random.int(4, 16), `${year}-05-${String(random.int(10, 28)).padStart(2, '0')}`, '9');
    for (const firm of enterprises(5)) allocate('市级补助', '专利资助', firm, random.int(3, 7), `${year}-07-${String(random.int(5, 25)).padStart(2, '0')}`, '9');
    for (const firm of enterprises(6, (f) => f.industry !== null)) allocate('县级财政', '贯标奖励', firm, 5, `${year}-09-${String(random.int(5, 25)).padStart(2, '0')}`, '12');
    for (const firm of enterprises(4)) allocate('县级财政', '质押融资贴息', firm, random.int(4, 9), `${year}-06-${String(random.int(5, 25)).padStart(2, '0')}`, '13');
    allocate('县级财政', '专利保险补贴', `${year}年度专利保险统保项目`, 12, `${year}-04-15`, '13');
    for (const firm of enterprises(2, (f) => f.industry === '高端装备')) allocate('县级财政', '专利奖配套奖励', firm, 10, `${year}-10-20`, '9');
    allocate('省级补助', '平台建设', `${year}年度知识产权强县建设试点平台建设项目`, 70, `${year}-06-18`, '8；16');
    allocate('县级财政', '平台建设', '知识产权服务网点运行补助', 18, `${year}-08-12`, '16');
    for (const firm of enterprises(1, (f) => f.industry !== null)) allocate('县级财政', '平台建设', firm, 18, `${year}-10-09`, '8');
    allocate('县级财政', '宣传培训', `${year}年4·26知识产权宣传周`, 8, `${year}-04-08`, '21');
    allocate('县级财政', '宣传培训', `${year}年企业知识产权管理培训班`, 10, `${year}-06-02`, '20');
    const seat = towns.find((t) => t.kind === 'street') ?? towns[0]!;
    allocate('县级财政', '宣传培训', `${seat.name}知识产权进社区活动`, 3, `${year}-04-10`, '21', seat.name);

    // --- Performance targets; the actual values once the year is over.
    const closed = `${year}-12-31` < asOf;
    const targets: [string, string, string, string, string, number, number, string][] = [
      ['县级财政', '专利资助', '资助发明专利授权', '产出指标', '≥', 120, random.int(110, 160), '件'],
      ['县级财政', '贯标奖励', '新增贯标企业', '产出指标', '≥', 6, random.int(5, 9), '家'],
      ['县级财政', '质押融资贴息', '专利质押融资额', '效益指标', '≥', 8000, random.int(7000, 12000), '万元'],
      ['县级财政', '宣传培训', '培训人次', '产出指标', '≥', 600, random.int(550, 900), '人次'],
      ['县级财政', '宣传培训', '参训企业满意度', '满意度指标', '≥', 90, random.int(88, 97), '%'],
      ['省级补助', '平台建设', '新建知识产权服务网点', '产出指标', '≥', 2, random.int(2, 3), '个'],
    ];
    for (const [source, purpose, indicator, category, direction, target, actual, unit] of targets)
      sheets['fund-targets'].push({ year: String(year), source, purpose, indicator, category, direction, target: String(target), ...(closed ? { actual: String(actual) } : {}), unit });

    // --- Meetings and their decisions.
    const meetings: [string, string, string, string, string[], string, [string, string][]][] = [
      [`${year}-03-${String(random.int(5, 20)).padStart(2, '0')}`, `${year}年知识产权强县建设试点工作领导小组会议`, '领导小组会议', '县政府分管副县长', ['县市场监管局', '县科技局', '县财政局', '县工信局', '县委宣传部', '经济开发区'], '1',
        [['落实年度知识产权专项资金并按序时进度拨付', '县财政局'], ['印发年度知识产权强县建设工作要点', '县市场监管局'], ['开发区新建一家知识产权工作站', '开发区']]],
      [`${year}-04-${String(random.int(3, 12)).padStart(2, '0')}`, `${year}年4·26知识产权宣传周筹备专题会`, '专题会', '县市场监管局局长', ['县委宣传部', '县教体局', '县融媒体中心'], '21',
        [['制定宣传周活动方案并报领导小组办公室', '县市场监管局'], ['组织知识产权进校园活动', '县教体局']]],
      [`${year}-05-${String(random.int(10, 25)).padStart(2, '0')}`, `${year}年知识产权工作联席会议（上半年）`, '联席会议', '县市场监管局局长', ['县法院', '县检察院', '县公安局', '县司法局', '县文广旅局'], '4；5',
        [['建立侵权案件线索移送台账', '县公安局'], ['联合开展专利侵权纠纷行政裁决示范', '县市场监管局']]],
      [`${year}-07-${String(random.int(10, 25)).padStart(2, '0')}`, `${year}年知识产权强县建设推进会`, '推进会', '县政府分管副县长', ['县市场监管局', '县科技局', '县财政局', '各镇（街道）'], '1；9',
        [['梳理高价值专利培育企业名单', '县科技局'], ['各镇（街道）上报知识产权服务网点运行情况', '县市场监管局'], ['推动专利转化项目落地', '县工信局']]],
      [`${year}-09-${String(random.int(5, 20)).padStart(2, '0')}`, `${year}年知识产权质押融资专题会`, '专题会', '县金融服务中心主任', ['县市场监管局', '县财政局', '工商银行金湖支行', '金湖农商行'], '13',
        [['建立知识产权质押融资企业需求清单', '县金融管理服务中心'], ['落实质押融资贴息政策兑现', '县财政局']]],
      [`${year}-11-${String(random.int(5, 20)).padStart(2, '0')}`, `${year}年知识产权工作联席会议（下半年）`, '联席会议', '县市场监管局局长', ['县法院', '县检察院', '县公安局', '县司法局'], '4；5',
        [['通报全年侵权假冒案件查处情况', '县市场监管局'], ['开展知识产权纠纷诉调对接', '县法院']]],
    ];
    for (const [heldOn, title, kind, convener, units, tasks, decisions] of meetings) {
      if (!by(heldOn)) continue;
      sheets.meetings.push({ heldOn, title, meetingKind: kind, convener, attendingUnits: units.join('；'), minutesNumber: `金知强办纪〔${year}〕${sheets.meetings.length + 1}号`, tasks });
      decisions.forEach(([content, owner], i) => {
        const deadline = addDays(heldOn, random.int(30, 90));
        // Decisions of past years were carried out; this year's mostly are once due, a few run late.
        const status = deadline < `${lastYear}-01-01` || (deadline < asOf && random.chance(0.85)) ? '已落实' : deadline < asOf || random.chance(0.5) ? '落实中' : '未落实';
        sheets.decisions.push({ meetingOn: heldOn, meetingTitle: title, number: String(i + 1), content, ownerUnit: owner, deadline, status, tasks: tasks.split('；')[0]! });
      });
    }

    // --- Publicity: 3·15, the 4·26 week in the towns, media coverage.
    const publicity: [string, string, string, string, string, number, string?, string?][] = [
      [`${year}-03-15`, `${year}年“3·15”知识产权维权咨询活动`, '3·15活动', '县市场监管局', '市民', random.int(400, 900)],
      [`${year}-04-20`, `${year}年4·26知识产权宣传周启动仪式`, '4·26宣传周', '县市场监管局', '企业、市民', random.int(800, 1500)],
      [`${year}-04-22`, '知识产权进企业：专利导航与布局讲座', '进企业', '县市场监管局', '企业研发人员', random.int(80, 200)],
      [`${year}-04-24`, '知识产权进校园：中小学生创新启蒙课', '进校园', '县教体局', '中小学生', random.int(300, 700)],
      [`${year}-04-25`, `${seat.name}知识产权进社区宣传`, '进社区', seat.name, '社区居民', random.int(150, 400)],
      [`${year}-04-26`, `金湖县开展${year}年知识产权宣传周活动`, '媒体报道', '县融媒体中心', '公众', random.int(5000, 20000), '金湖县融媒体中心', 'https://www.jinhu.gov.cn/'],
      [`${year}-06-18`, '金湖县专利质押融资助力企业发展', '媒体报道', '县市场监管局', '公众', random.int(3000, 12000), '淮安日报', 'https://www.hanews.com.cn/'],
      [`${year}-09-10`, '知识产权进企业：商标品牌培育座谈会', '进企业', '县市场监管局', '企业负责人', random.int(40, 120)],
      [`${year}-11-08`, '金湖县知识产权强县建设试点工作综述', '媒体报道', '县市场监管局', '公众', random.int(8000, 30000), '中国知识产权报', 'http://www.cipnews.com.cn/'],
    ];
    for (const [heldOn, title, kind, organiser, audience, reach, outlet, link] of publicity) {
      if (!by(heldOn)) continue;
      const town = towns.find((t) => t.name === organiser);
      sheets.publicity.push({ heldOn, title, publicityKind: kind, organiser, audience, reach: String(reach), ...(outlet ? { outlet } : {}), ...(link ? { link } : {}), tasks: '21', ...(town ? { region: town.name } : {}) });
    }

    // --- Standards: group standards led by equipment and materials makers, one local standard.
    const makers = enterprises(3, (f) => f.industry === '高端装备' || f.industry === '新材料');
    makers.forEach((firm, i) => {
      const releasedOn = `${year}-${String(3 + i * 3).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      if (!by(releasedOn)) return;
      const group = i < 2;
      sheets.standards.push({
        number: group ? `T/JSJX ${String(random.int(10, 99)).padStart(3, '0')}-${year}` : `DB3208/T ${random.int(10, 90)}-${year}`,
        name: group ? random.pick(['石油机械用高压阀门通用技术条件', '智能仪表壳体用铝合金型材', '特种密封件技术规范', '油气井口装置检测方法']) : '金湖荷藕种植技术规程',
        level: group ? '团体标准' : '地方标准',
        role: group ? '主导制定' : '参与制定',
        organisation: firm.name,
        creditCode: firm.creditCode,
        releasedOn,
        ...(patentsOf(firm.name).length ? { patents: patentsOf(firm.name).slice(0, 2).join('；') } : {}),
        tasks: '12；14',
        ...(firm.town ? { region: firm.town } : {}),
      });
    });
  }

  // --- Platforms and service points, set up over the plan's years.
  const zone = towns.find((t) => t.kind === 'development-zone');
  const platforms: [string, string, string, string, Firm | null, string, string, string | null][] = [
    [`${zone?.name ?? '经济开发区'}知识产权工作站`, '知识产权工作站', '县级', `${zone?.name ?? '经济开发区'}管委会`, null, `${firstYear}-06-12`, '16', zone?.name ?? null],
    ['金湖县知识产权维权指导站', '指导站', '县级', '县市场监管局', null, `${firstYear}-09-20`, '4；16', null],
    ...towns.filter((t) => t.kind !== 'development-zone').slice(0, 5).map((t, i) => [`${t.name}知识产权服务网点`, '服务网点', '县级', `${t.name}便民服务中心`, null, `${firstYear + (i < 3 ? 0 : 1)}-${String(4 + i).padStart(2, '0')}-15`, '16', t.name] as [string, string, string, string, Firm | null, string, string, string | null]),
    ...enterprises(3, (f) => f.industry !== null).map((f, i) => [`${f.name}省级工程技术研究中心`, '创新平台', i === 0 ? '省级' : '市级', f.name, f, `${firstYear + i}-11-${String(10 + i).padStart(2, '0')}`, '8', f.town] as [string, string, string, string, Firm | null, string, string, string | null]),
  ];
  for (const [name, kind, level, host, firm, establishedOn, tasks, region] of platforms) {
    if (!by(establishedOn)) continue;
    sheets.platforms.push({ name, platformKind: kind, level, host, ...(firm ? { creditCode: firm.creditCode } : {}), establishedOn, status: '运行中', tasks, ...(region ? { region } : {}) });
  }

  return (Object.keys(sheets) as LedgerKind[]).filter((kind) => sheets[kind].length > 0).map((kind) => tableOf(kind, sheets[kind]));
}

function tableOf(kind: LedgerKind, rows: Cells[]): DemoLedgerTable {
  const fields = ledgerCatalog[kind].fields.filter((f) => rows.some((row) => row[f.key] !== undefined));
  const headers = fields.map(templateHeader);
  return { kind, headers, rows: rows.map((row) => Object.fromEntries(fields.map((f, i) => [headers[i]!, row[f.key] ?? '']))) };
}

function pickDistinct<T>(random: SeededRandom, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < n && pool.length > 0) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return picked;
}

/** The demo enterprises, read back from the enterprise register's rows, with their town. */
function firmsOf(registers: readonly DemoTable[], towns: readonly Region[]): Firm[] {
  const definition = registerCatalog.enterprises;
  const header = (key: string) => templateHeader(fieldOf(definition, key));
  const rows = registers.find((t) => t.kind === 'enterprises')?.rows ?? [];
  const seen = new Set<string>();
  const firms: Firm[] = [];
  for (const row of rows) {
    const creditCode = row[header('creditCode')] ?? '';
    if (!creditCode || seen.has(creditCode)) continue;
    seen.add(creditCode);
    const address = row[header('address')] ?? '';
    firms.push({ creditCode, name: row[header('name')] ?? creditCode, town: towns.find((t) => address.includes(t.name))?.name ?? null, industry: row[header('keyIndustry')] || null });
  }
  return firms;
}

/** A firm's demo patent application numbers, by the applicant's name. */
function patentNumbers(registers: readonly DemoTable[]): (name: string) => string[] {
  const definition = registerCatalog.patents;
  const number = templateHeader(fieldOf(definition, 'applicationNumber'));
  const applicants = templateHeader(fieldOf(definition, 'applicants'));
  const byName = new Map<string, string[]>();
  for (const row of registers.find((t) => t.kind === 'patents')?.rows ?? []) {
    const name = (row[applicants] ?? '').split(/[;；]/)[0]!;
    if (!byName.has(name)) byName.set(name, []);
    const list = byName.get(name)!;
    if (list.length < 3 && row[number]) list.push(row[number]);
  }
  return (name) => byName.get(name) ?? [];
}

/**
 * Loads the demo ledgers through the ledgers' own importer, one sheet (one transaction) at a time
 * in reference order (budgets before allocations before payments, meetings before decisions),
 * every row marked 示例数据.
 */
export async function loadDemoLedgers(ctx: CommandContext, actor: AuditActor, countyId: string, plan: Plan, registers: readonly DemoTable[], seed: number): Promise<void> {
  const user = operatorUser(actor, ['program-office']);
  for (const table of generateDemoLedgers(seed, plan, shanghaiDate(ctx.clock.now()), registers)) {
    const outcome = await importLedger({ ctx, countyId, user, kind: table.kind, input: { rows: table.rows, headers: table.headers, fileName: `示例数据-${ledgerCatalog[table.kind].zh}` }, demo: true });
    if (outcome.status !== 'committed') {
      // The generator makes every row valid; a refusal here is a bug, not a user's problem.
      const first = outcome.problems.find((p) => p.severity === 'error');
      throw new AppError(500, 'demo_refused', `Demo data for ${table.kind} was refused: ${first?.reason.en ?? ''}`, undefined, { kind: table.kind, reason: first?.reason ?? { zh: '', en: '' } });
    }
  }
}
