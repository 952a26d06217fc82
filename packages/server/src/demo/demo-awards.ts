import { iso, type Cells, type DemoCounty } from './demo-county.js';
import type { DemoInvention } from './demo-patents.js';

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

/** Awards: each to an invention of a medium or large enterprise, in force, and granted before the year preceding the award. */
export function demoAwards(c: DemoCounty, inventions: readonly DemoInvention[]): Cells[] {
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
