import type { Cells, DemoCounty } from './demo-county.js';

/**
 * The demo county's value added by industry (万元), for the platform's estimate of the
 * patent-intensive share. The category of each industry is marked on the row, as a statistics
 * bureau may send it; these markings are made up for the demonstration, not the official annex.
 * The county grows 8% a year in these industries. No randomness: the demo's other sections keep
 * their numbers.
 */
const INDUSTRIES: readonly { code: string; name: string; category: string; base: number }[] = [
  { code: 'C3512', name: '石油钻采专用设备制造', category: '新装备制造业', base: 52_000 },
  { code: 'C4011', name: '工业自动控制系统装置制造', category: '新装备制造业', base: 38_000 },
  { code: 'C4014', name: '实验分析仪器制造', category: '新装备制造业', base: 9_000 },
  { code: 'C3824', name: '电力电子元器件制造', category: '信息通信技术制造业', base: 9_500 },
  { code: 'C2651', name: '初级形态塑料及合成树脂制造', category: '新材料制造业', base: 14_000 },
  { code: 'C2720', name: '化学药品制剂制造', category: '医药医疗产业', base: 11_000 },
  { code: 'C3581', name: '医疗诊断、监护及治疗设备制造', category: '医药医疗产业', base: 6_000 },
  { code: 'M7320', name: '工程和技术研究和试验发展', category: '研发、设计和技术服务业', base: 3_000 },
  { code: 'C1311', name: '稻谷加工', category: '', base: 45_000 },
  { code: 'C3311', name: '金属结构制造', category: '', base: 30_000 },
  { code: 'F5111', name: '谷物、豆及薯类批发', category: '', base: 20_000 },
];

export function demoIndustryValueAdded(countyName: string, year: number): Cells[] {
  const growth = 1.08 ** (year - 2019);
  return INDUSTRIES.map((industry) => ({
    region: countyName,
    year: String(year),
    measure: '行业增加值',
    industryCode: industry.code,
    industryName: industry.name,
    ...(industry.category ? { patentIntensiveCategory: industry.category } : {}),
    value: String(Math.round(industry.base * growth)),
    source: `${countyName}统计局分行业增加值（示例数据，行业类别为演示标注）`,
  }));
}

/** Economy: GDP in 万元, official figures to last year, with the value added by industry. */
export function demoEconomy(c: DemoCounty): Cells[] {
  const economy: Cells[] = [];
  for (let year = 2019; year < c.lastYear; year++) {
    economy.push({ region: c.county.name, year: String(year), measure: '地区生产总值', value: String(3_050_000 + (year - 2019) * 165_000 + c.random.int(0, 30_000)), source: `${c.county.name}统计公报（示例）` });
    economy.push(...demoIndustryValueAdded(c.county.name, year));
  }
  return economy;
}
