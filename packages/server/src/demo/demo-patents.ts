import { addDays, anniversary, applicationCheckCharacter, statutoryTermYears } from '@ipcounty/domain';
import { dayIn, personName, street, tradeName, weightedPicker, type Cells, type DemoCounty, type DemoEnterprise } from './demo-county.js';
import { designFilings, firstYearOf, inventionFilings, utilityModelFilings, volumeIn } from './demo-volumes.js';

/** A granted invention of an enterprise of the county, for pledges and awards to name. */
export interface DemoInvention {
  applicationNumber: string;
  grantDate: string;
  /** In force on the demo's day. */
  inForce: boolean;
  enterprise: DemoEnterprise;
}

export interface DemoPatents {
  patents: Cells[];
  events: Cells[];
  inventions: DemoInvention[];
}

type PatentType = 'invention' | 'utility-model' | 'design';
type Owner = 'enterprise' | 'individual' | 'university' | 'outside' | 'foreign' | 'unplaced';

const KEY_INDUSTRY_IPC: Readonly<Record<string, readonly string[]>> = {
  高端装备: ['B23K37/02', 'F16K31/04', 'B65G47/90', 'F04B39/00', 'G01F1/66', 'B23Q3/06', 'F16L55/00', 'E21B43/26'],
  新材料: ['C08L23/06', 'C04B35/10', 'C08J5/18', 'C09D163/00', 'B32B27/32', 'C22C38/02'],
  大健康: ['A61K36/8962', 'A23L33/105', 'A61B5/00', 'A61H1/02', 'A23L2/38', 'A61M5/14'],
  其他: ['A01G25/16', 'H02J7/35', 'G06F16/95', 'E04F13/08', 'A01K61/59', 'H01M10/42'],
};
const TITLES = ['一种', '一种新型', '一种高效', '一种智能', '一种节能', '一种便携式', '一种自动化'];
const THINGS = ['阀门密封结构', '流量检测装置', '输送设备', '加工夹具', '复合材料制备方法', '涂层组合物', '保健食品及其制备方法', '康复训练器', '灌溉控制系统', '水产养殖装置', '储能电池管理系统', '抽油泵', '包装机构'];

/**
 * Who files, by patent type: enterprises hold most inventions and utility models, individuals a
 * quarter of the designs; a few filings are by applicants outside the county, abroad, or at an
 * address the resolver cannot place (the office assigns those).
 */
const OWNERS: Readonly<Record<PatentType, readonly (readonly [Owner, number])[]>> = {
  invention: [['enterprise', 84], ['individual', 5], ['university', 7], ['outside', 2], ['foreign', 1], ['unplaced', 1]],
  'utility-model': [['enterprise', 82], ['individual', 13], ['university', 2], ['outside', 1], ['foreign', 1], ['unplaced', 1]],
  design: [['enterprise', 70], ['individual', 26], ['outside', 2], ['foreign', 1], ['unplaced', 1]],
};

/**
 * Share granted, and the share of granted rights later let lapse for unpaid fees. Inventions:
 * three in five are granted; a quarter of the granted are dropped within nine years (enterprises
 * keep their inventions longer than the national average of about eight years). Utility models and designs: nearly all are
 * granted, half are dropped within seven years.
 */
const GRANTED: Readonly<Record<PatentType, number>> = { invention: 0.6, 'utility-model': 0.93, design: 0.95 };
const LAPSED: Readonly<Record<PatentType, number>> = { invention: 0.25, 'utility-model': 0.5, design: 0.5 };

/**
 * 战略性新兴产业标识 as a commercial export sets it: most inventions of the key industries fall in
 * the 2021 SEI–IPC table, few of the others.
 */
const STRATEGIC_EMERGING = { keyIndustry: 0.34, other: 0.1 };

/** The patent register from 2010 and its legal events, as a CNIPA-style export would give them. */
export function demoPatents(c: DemoCounty, enterprises: readonly DemoEnterprise[]): DemoPatents {
  const { random, before } = c;
  const patents: Cells[] = [];
  const events: Cells[] = [];
  const inventions: DemoInvention[] = [];
  const applicantEnterprise = weightedPicker(random, enterprises, (e) => e.size);
  const volumes: Readonly<Record<PatentType, typeof inventionFilings>> = { invention: inventionFilings, 'utility-model': utilityModelFilings, design: designFilings };
  let serial = 0;
  for (let year = firstYearOf(inventionFilings); year <= c.lastYear; year++) {
    const filingsOfYear = (['invention', 'utility-model', 'design'] as const).flatMap((type) => Array.from({ length: c.scaled(volumeIn(volumes[type], year)) }, () => type));
    for (const type of filingsOfYear) {
      const filing = dayIn(random, year);
      if (!before(filing)) continue;
      serial += 1;
      const digit = type === 'invention' ? '1' : type === 'utility-model' ? '2' : '3';
      const digits = `${year}${digit}${String(10_000 + serial * 7).padStart(7, '0')}`;
      const number = `${digits}.${applicationCheckCharacter(digits)}`;
      const owner = random.weighted(OWNERS[type]);
      const enterprise = applicantEnterprise();
      const industry = owner === 'enterprise' ? enterprise.industry : '其他';
      const applicant =
        owner === 'enterprise' ? enterprise.name : owner === 'individual' ? personName(random) : owner === 'university' ? '淮阴工学院金湖示例研究院' : owner === 'foreign' ? 'Example Industries GmbH' : `淮安市${tradeName(random)}科技有限公司`;
      const town = c.residentTown();
      const address =
        owner === 'enterprise'
          ? enterprise.address
          : owner === 'individual' || owner === 'university'
            ? c.residentAddress()
            : owner === 'foreign'
              ? '德国巴伐利亚州慕尼黑示例大街1号'
              : owner === 'outside'
                ? `江苏省淮安市清江浦区${street(random)}${random.int(1, 99)}号`
                : // A town named without its county: the resolver cannot be sure, and lists it for the office.
                  `淮安市${town.aliases[0] ?? town.name}${random.pick(['城南', '湖滨', '工业园'])}示例小区${random.int(1, 30)}号`;
      const delay = type === 'invention' ? random.int(600, 1300) : random.int(120, 330);
      const decidedOn = addDays(filing, delay);
      const granted = random.chance(GRANTED[type]) && before(decidedOn);
      const term = statutoryTermYears(type, filing);
      let status = '审中';
      let lapse = '';
      if (granted) {
        status = '有效';
        events.push({ applicationNumber: number, date: decidedOn, event: '授权', code: 'GR01' });
        const termEnd = anniversary(filing, term);
        const lapseOn = addDays(decidedOn, type === 'invention' ? random.int(2 * 365, 9 * 365) : random.int(365, 7 * 365));
        if (random.chance(LAPSED[type]) && lapseOn < termEnd && before(lapseOn)) {
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
        if (status === '有效' && before(termEnd)) {
          lapse = termEnd;
          status = '专利权有效期届满';
          events.push({ applicationNumber: number, date: termEnd, event: '专利权有效期届满', code: 'CX01' });
        }
        if (type === 'invention' && owner === 'enterprise') inventions.push({ applicationNumber: number, grantDate: decidedOn, inForce: status === '有效', enterprise });
      } else if (before(decidedOn)) {
        // Not granted and decided: inventions refused or withdrawn after publication, the others withdrawn.
        status = type === 'invention' ? (random.chance(0.5) ? '发明专利申请公布后的驳回' : '发明专利申请公布后的视为撤回') : '视为撤回';
        lapse = decidedOn;
        if (type === 'invention') events.push({ applicationNumber: number, date: decidedOn, event: status });
      }
      const ipc = random.pick(KEY_INDUSTRY_IPC[industry] ?? KEY_INDUSTRY_IPC['其他']!);
      const strategicEmerging = type === 'invention' && random.chance(industry === '其他' ? STRATEGIC_EMERGING.other : STRATEGIC_EMERGING.keyIndustry);
      patents.push({
        applicationNumber: number,
        type: type === 'invention' ? '发明' : type === 'utility-model' ? '实用新型' : '外观设计',
        filingDate: filing,
        // An invention is published (A) eighteen months after filing; before that it has no 公开号.
        ...(type === 'invention' && before(addDays(filing, 540)) ? { publicationNumber: `CN${110_000_000 + serial}A`, publicationDate: addDays(filing, 540) } : {}),
        ...(granted ? { grantNumber: `CN${220_000_000 + serial}${type === 'invention' ? 'B' : type === 'design' ? 'S' : 'U'}`, grantDate: decidedOn } : {}),
        title: type === 'design' ? `${random.pick(['包装盒', '阀门', '控制器', '茶具', '灯具'])}（${random.pick(['A', 'B', 'C', '一', '二'])}）` : `${random.pick(TITLES)}${random.pick(THINGS)}`,
        applicants: applicant,
        applicantTypes: owner === 'enterprise' || owner === 'outside' || owner === 'foreign' ? '企业' : owner === 'individual' ? '个人' : '大专院校',
        applicantAddress: address,
        ipcMain: ipc,
        ipcCodes: ipc,
        legalStatus: status,
        ...(lapse ? { lapseDate: lapse } : {}),
        ...(strategicEmerging ? { strategicEmerging: '是' } : {}),
        ...(type === 'invention' && random.chance(0.03) ? { overseasFamily: String(random.int(1, 4)) } : {}),
      });
    }
  }
  return { patents, events, inventions };
}
