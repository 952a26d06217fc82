import type { BilingualText } from '../indicator-definition.js';

/**
 * 专利密集型产业 as the statistics define it: 国家统计局《知识产权（专利）密集型产业统计分类（2019）》,
 * in force since 2019-04-01, in 7 categories (大类) over 31 groups and 188 classes (小类) of the
 * national industry classification GB/T 4754-2017 (indicator-definitions.md §4). The codes of the
 * categories here are our own. The 188 class codes are the classification's annex: the county's
 * statistics bureau holds it, and the office loads it as the indicator's industry table — none
 * is shipped, so no class is ever counted on a guess.
 */
export const patentIntensiveCategories = [
  'ict-manufacturing', // 信息通信技术制造业
  'ict-services', // 信息通信技术服务业
  'new-equipment', // 新装备制造业
  'new-materials', // 新材料制造业
  'medical', // 医药医疗产业
  'environmental', // 环保产业
  'rd-design-technical-services', // 研发、设计和技术服务业
] as const;
export type PatentIntensiveCategory = (typeof patentIntensiveCategories)[number];

export const patentIntensiveCategoryNames: Readonly<Record<PatentIntensiveCategory, BilingualText>> = {
  'ict-manufacturing': { zh: '信息通信技术制造业', en: 'ICT manufacturing' },
  'ict-services': { zh: '信息通信技术服务业', en: 'ICT services' },
  'new-equipment': { zh: '新装备制造业', en: 'New equipment manufacturing' },
  'new-materials': { zh: '新材料制造业', en: 'New materials manufacturing' },
  medical: { zh: '医药医疗产业', en: 'Pharmaceutical and medical industries' },
  environmental: { zh: '环保产业', en: 'Environmental protection industries' },
  'rd-design-technical-services': { zh: '研发、设计和技术服务业', en: 'R&D, design and technical services' },
};

/** A version of the classification: where it comes from and how it is built. */
export interface PatentIntensiveClassificationVersion {
  version: string;
  title: string;
  source: string;
  effectiveFrom: string;
  structure: BilingualText;
}

export const patentIntensiveClassificationVersions: Readonly<Record<string, PatentIntensiveClassificationVersion>> = {
  '2019': {
    version: '2019',
    title: '知识产权（专利）密集型产业统计分类（2019）',
    source: '国家统计局（据报道为国家统计局令第25号，原文未见）；国家统计局、国家知识产权局历年专利密集型产业增加值公告附注',
    effectiveFrom: '2019-04-01',
    structure: {
      zh: '7个大类、31个中类，涵盖188个国民经济行业小类（GB/T 4754-2017）；增加值按收入法、现价核算。',
      en: '7 categories and 31 groups covering 188 classes of GB/T 4754-2017; value added by the income approach at current prices.',
    },
  },
};

/** A row of the county's industry table: a GB/T 4754 code (a 4-digit class, or a shorter group covering its classes) and its category. */
export interface IndustryClassRow {
  industryCode: string;
  category: PatentIntensiveCategory;
}

/**
 * The category of an industry code under a table: the row of the same code, else the longest row
 * whose code begins it (a 3-digit group row covers its 4-digit classes); null when none does.
 */
export function categoryOfIndustry(code: string, table: readonly IndustryClassRow[]): PatentIntensiveCategory | null {
  const wanted = industryDigits(code);
  let best: { length: number; category: PatentIntensiveCategory } | null = null;
  for (const row of table) {
    const prefix = industryDigits(row.industryCode);
    if (prefix !== '' && wanted.startsWith(prefix) && (!best || prefix.length > best.length)) best = { length: prefix.length, category: row.category };
  }
  return best?.category ?? null;
}

/** A GB/T 4754 code without its section letter: C3441 and 3441 are the same class. */
export function industryDigits(code: string): string {
  return code.trim().toUpperCase().replace(/^[A-T](?=\d)/, '');
}
