import type { PaceFigures } from '@ipcounty/domain';
import { Space, Tag, Tooltip } from 'antd';
import { useI18n, type I18n } from '../i18n/locale-context.js';
import { lightColor } from './supervision-labels.js';

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A pace judgement's figures in words, saying which source it was judged on:
 * 统计预测：预计 2026-12-31 达到 360，目标 500，每月需 25.56.
 */
export function paceFiguresText(t: I18n['t'], pace: PaceFigures, unit = ''): string {
  const parts = [
    ...(pace.forecastAtDeadline === undefined
      ? pace.latest
        ? [t('supervision.pace.latest', { date: pace.latest.date, value: num(pace.latest.value) })]
        : []
      : [t('supervision.pace.forecast', { date: pace.deadline, value: num(pace.forecastAtDeadline) })]),
    t('supervision.pace.target', { value: `${num(pace.target)}${unit ? ` ${unit}` : ''}` }),
    ...(pace.neededPerMonth === undefined || pace.state === 'reached' ? [] : [t('supervision.pace.needed', { value: num(pace.neededPerMonth) })]),
  ];
  return t('supervision.pace.figures', { basis: t(`supervision.pace.basis.${pace.basis}`), figures: parts.join(t('supervision.pace.separator')) });
}

/** 序时进度: the state in its colour, the source (统计预测 / 报送趋势), and the figures on hover. */
export function PaceTag({ pace, unit }: { pace: PaceFigures; unit?: string }) {
  const { t } = useI18n();
  return (
    <Tooltip title={paceFiguresText(t, pace, unit)}>
      <Space size={2} data-testid="pace" data-basis={pace.basis} data-light={pace.light}>
        <Tag color={lightColor[pace.light]}>{t(`supervision.pace.${pace.state}`)}</Tag>
        <Tag bordered={false}>{t(`supervision.pace.basisShort.${pace.basis}`)}</Tag>
      </Space>
    </Tooltip>
  );
}
