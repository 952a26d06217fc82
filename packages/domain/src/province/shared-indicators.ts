/**
 * The indicators the province ranks counties on: those every pilot county's plan carries under
 * the same definition (国家知识产权强县建设试点 asks each county for them). Totals that grow with
 * a county's size are ranked per 10,000 residents; the per-10,000 patent figures already are.
 */
export interface SharedIndicator {
  /** The definition key, the same in every county's plan. */
  key: string;
  /** Rank on the county total ÷ its population (万人), rather than on the total. */
  perTenThousand: boolean;
  /** The ranked figure is the total × this per 10,000 residents (亿元 → 万元), 1 otherwise. */
  scale: number;
  /** The unit of the ranked figure. */
  rankedUnit: string;
}

export const sharedIndicators: readonly SharedIndicator[] = [
  /** 每万人口有效发明专利拥有量 */
  { key: 'effective-invention-patents-per-10k', perTenThousand: false, scale: 1, rankedUnit: '件/万人' },
  /** 每万人口高价值发明专利拥有量 */
  { key: 'high-value-invention-patents-per-10k', perTenThousand: false, scale: 1, rankedUnit: '件/万人' },
  /** 知识产权质押融资金额 (亿元 on the county card; 万元 per 10,000 residents reads at this size). */
  { key: 'pledge-financing-amount', perTenThousand: true, scale: 10_000, rankedUnit: '万元/万人' },
  /** 商标注册量 */
  { key: 'trademark-registrations', perTenThousand: true, scale: 1, rankedUnit: '件/万人' },
];

/** The definition whose denominator is the county's population in 10,000s (the engine's own). */
export const populationSourceKey = 'effective-invention-patents-per-10k';
