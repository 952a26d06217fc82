import { Select } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';

/** The year a supervision page shows: ?year= in the address, else this year within the plan period. */
export function useSupervisionYear(): [number, (year: number) => void, number[]] {
  const { plan, health } = usePlan();
  const [params, setParams] = useSearchParams();
  const years: number[] = [];
  for (let y = plan.period.startYear; y <= plan.period.endYear; y++) years.push(y);
  const thisYear = Math.min(Math.max(Number(health.today.slice(0, 4)), plan.period.startYear), plan.period.endYear);
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : thisYear;
  const setYear = (next: number) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('year', String(next));
      return copy;
    });
  return [year, setYear, years];
}

export function YearSelect() {
  const { t } = useI18n();
  const [year, setYear, years] = useSupervisionYear();
  return (
    <Select<number>
      value={year}
      onChange={setYear}
      aria-label={t('supervision.year')}
      data-testid="year-select"
      options={years.map((y) => ({ value: y, label: t('supervision.yearValue', { year: y }) }))}
      style={{ width: 110 }}
    />
  );
}
