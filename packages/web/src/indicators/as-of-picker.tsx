import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/locale-context.js';

/** 统计日期: any day up to today; clearing it goes back to today. */
export function AsOfPicker({ value, today, onChange }: { value: string; today: string; onChange: (asOf: string | undefined) => void }) {
  const { t } = useI18n();
  return (
    <span className="as-of-picker">
      <span className="muted">{t('indicators.asOf')}</span>
      <DatePicker
        data-testid="as-of"
        value={dayjs(value)}
        allowClear={false}
        disabledDate={(day) => day.format('YYYY-MM-DD') > today}
        onChange={(day) => onChange(day ? day.format('YYYY-MM-DD') : undefined)}
        presets={[
          { label: t('indicators.today'), value: dayjs(today) },
          { label: t('indicators.lastYearEnd'), value: dayjs(`${Number(today.slice(0, 4)) - 1}-12-31`) },
        ]}
      />
    </span>
  );
}
