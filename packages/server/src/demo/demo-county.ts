import { CREDIT_CODE_CHARACTERS, creditCodeCheckCharacter, type Region } from '@ipcounty/domain';
import type { SeededRandom } from './seeded-random.js';

/** One row of an import file: cells by field key. */
export type Cells = Record<string, string>;

/** A made-up enterprise of the county, with the weight of its IP activity. */
export interface DemoEnterprise {
  creditCode: string;
  name: string;
  regionName: string;
  address: string;
  /** 高端装备, 新材料, 大健康 (the plan's "3+X") or 其他. */
  industry: string;
  /** Relative weight of its patents, trademarks and programmes: 1 small, 3 medium, 12 large. */
  size: number;
}

/** What every part of the demo generator draws on: the seeded source, the day, the county's places. */
export interface DemoCounty {
  random: SeededRandom;
  /** Nothing is dated after this day. */
  asOf: string;
  lastYear: number;
  /** A volume at the requested scale: never below one, unless there is none. */
  scaled(n: number): number;
  before(date: string): boolean;
  county: Region;
  /** The towns and streets, in the plan's order. */
  towns: readonly Region[];
  zone: Region | undefined;
  /** Share of the county's residents in each town, in the order of `towns`. */
  townShares: readonly number[];
  /** The county's residents relative to Jinhu's (about 290,000): 1 unless a demo county says otherwise. */
  populationScale: number;
  /** 江苏省淮安市金湖县 */
  addressPrefix: string;
  /** A town drawn in proportion to its residents. */
  residentTown(): Region;
  /** A street address in a town drawn in proportion to its residents. */
  residentAddress(): string;
}

/** Share of the county's enterprises (and of its enforcement cases) in the development zone; the rest follow the towns' residents. */
export const ZONE_SHARE = 0.35;

/** Characters of made-up firm, mark and agency names. */
const WORDS = ['华', '金', '湖', '安', '宏', '瑞', '恒', '泰', '鑫', '利', '源', '达', '通', '科', '晟', '嘉', '盛', '润', '诚', '远', '博', '峰', '锦', '德'];

const STREETS = ['工业园路', '建设路', '金湖路', '衡阳路', '环城西路', '神华大道', '健康路', '淮胜路', '同泰大道', '利农路'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '建国', '志强'];

/**
 * 黎城街道 (the county seat) holds about 30% of the residents, 金北 and 戴楼 about 12% each, the
 * five towns the rest evenly — the shape of Jinhu's census figures.
 */
function sharesOf(towns: readonly Region[]): number[] {
  return towns.map((_, i) => (i === 0 ? 0.3 : i < 3 ? 0.12 : 0.46 / Math.max(towns.length - 3, 1)));
}

export function demoCounty(random: SeededRandom, asOf: string, scale: number, county: Region, towns: readonly Region[], zone: Region | undefined, populationScale = 1): DemoCounty {
  const townShares = sharesOf(towns);
  const addressPrefix = `江苏省淮安市${county.name}`;
  const residentTown = () => towns[weightedIndex(random, townShares)]!;
  return {
    random,
    asOf,
    lastYear: Number(asOf.slice(0, 4)),
    scaled: (n) => (n <= 0 ? 0 : Math.max(1, Math.round(n * scale))),
    before: (date) => date <= asOf,
    county,
    towns,
    zone,
    townShares,
    populationScale,
    addressPrefix,
    residentTown,
    residentAddress: () => `${addressPrefix}${residentTown().name}${street(random)}${random.int(1, 99)}号`,
  };
}

export function street(random: SeededRandom): string {
  return random.pick(STREETS);
}

/** A date in the given month; days stop at 28 so every month has them. */
export function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}

export function dayIn(random: SeededRandom, year: number): string {
  return iso(year, random.int(1, 12), random.int(1, 28));
}

/** Two characters of a made-up trade name (华瑞, 金泰). */
export function tradeName(random: SeededRandom): string {
  return random.pick(WORDS) + random.pick(WORDS);
}

export function personName(random: SeededRandom): string {
  return random.pick(SURNAMES) + random.pick(GIVEN);
}

/** A valid 统一社会信用代码 of an enterprise registered in Jinhu (320831). */
export function creditCode(random: SeededRandom): string {
  let body = '91320831';
  for (let i = 0; i < 9; i++) body += CREDIT_CODE_CHARACTERS[random.int(0, CREDIT_CODE_CHARACTERS.length - 1)];
  return body + (creditCodeCheckCharacter(body) ?? '0');
}

/** The position drawn in proportion to the weights. */
export function weightedIndex(random: SeededRandom, weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let roll = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

/** Draws from many items in proportion to their weights (binary search over the running totals). */
export function weightedPicker<T>(random: SeededRandom, items: readonly T[], weightOf: (item: T) => number): () => T {
  const running: number[] = [];
  let total = 0;
  for (const item of items) running.push((total += weightOf(item)));
  return () => {
    const roll = random.next() * total;
    let low = 0;
    let high = running.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (running[middle]! > roll) high = middle;
      else low = middle + 1;
    }
    return items[low]!;
  };
}

/**
 * The items in a random order in which heavier ones tend to come first (each item's key is
 * u^(1/weight), sorted descending): the larger enterprises are certified, titled and recognised
 * first, as they are in practice, without the list being the same every time.
 */
export function weightedOrder<T>(random: SeededRandom, items: readonly T[], weightOf: (item: T) => number): T[] {
  return items
    .map((item) => ({ item, key: random.next() ** (1 / weightOf(item)) }))
    .sort((a, b) => b.key - a.key)
    .map((entry) => entry.item);
}

/** Amounts and sizes drawn from [low, high, weight] bands. */
export function fromBands(random: SeededRandom, bands: readonly (readonly [number, number, number])[]): number {
  const [low, high] = bands[weightedIndex(random, bands.map((b) => b[2]))]!;
  return random.int(low, high);
}
