import type { unitsZhCN } from './units.zh-CN.js';

export const unitsEn: Record<keyof typeof unitsZhCN, string> = {
  'measure.items': 'items',
  'measure.itemsPerTenThousand': 'per 10,000 residents',
  'measure.tenThousandYuanPerTenThousand': '10k yuan per 10,000 residents',
  'measure.hundredMillionYuan': '× 100 million yuan',
  'measure.tenThousandYuan': '× 10,000 yuan',
  'measure.yuan': 'yuan',
  'measure.firms': 'firms',
  'measure.points': 'points',
  'measure.people': 'people',
  'measure.attendances': 'attendances',
  'measure.events': 'events',
  'measure.count': 'items',
  'measure.organisations': 'organisations',
};
