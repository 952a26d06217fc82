import type { PatentIntensiveCategory } from '../../indicators/patent-intensive/patent-intensive-classification.js';
import type { Fen } from '../money.js';

/**
 * Economic figures by region and year: GDP (地区生产总值), value added by industry (行业增加值) and
 * 专利密集型产业增加值. An official figure
 * and the platform's own estimate are kept apart (indicator-definitions.md §4: label estimates).
 */
export interface EconomicFigure {
  region: string;
  year: number;
  /** 'industry-value-added': one industry's value added (行业增加值), by its GB/T 4754 code. */
  measure: 'gdp' | 'patent-intensive-value-added' | 'industry-value-added';
  valueFen: Fen;
  /** 国民经济行业代码 (GB/T 4754-2017), for industry value added. */
  industryCode?: string;
  industryName?: string;
  /** 专利密集型产业大类, when the statistics bureau marked the row itself. */
  patentIntensiveCategory?: PatentIntensiveCategory;
  basis: 'official' | 'estimate';
  source: string;
}
