import type { Fen } from '../money.js';

/**
 * Economic figures by region and year: GDP (地区生产总值) and 专利密集型产业增加值. An official figure
 * and the platform's own estimate are kept apart (indicator-definitions.md §4: label estimates).
 */
export interface EconomicFigure {
  region: string;
  year: number;
  measure: 'gdp' | 'patent-intensive-value-added';
  valueFen: Fen;
  basis: 'official' | 'estimate';
  source: string;
}
