/** Units of measure as the plan writes them; the English catalogue names each in words. */
export const unitsZhCN = {
  'measure.items': '件',
  'measure.itemsPerTenThousand': '件/万人',
  'measure.tenThousandYuanPerTenThousand': '万元/万人',
  'measure.hundredMillionYuan': '亿元',
  'measure.tenThousandYuan': '万元',
  'measure.yuan': '元',
  'measure.firms': '家',
  'measure.points': '分',
  'measure.people': '人',
  'measure.attendances': '人次',
  'measure.events': '场',
  'measure.count': '个',
  'measure.organisations': '单位',
} as const;
