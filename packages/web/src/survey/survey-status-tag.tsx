import { shanghaiDateTime, type SurveyStatus } from '@ipcounty/domain';
import { Tag } from 'antd';
import { useI18n } from '../i18n/locale-context.js';

const colors: Record<SurveyStatus, string> = { draft: 'default', scheduled: 'blue', open: 'green', closed: 'purple' };

export function SurveyStatusTag({ status }: { status: SurveyStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colors[status]} data-testid="survey-status">
      {t(`survey.status.${status}`)}
    </Tag>
  );
}

/** A score as the office reads it: two decimals, or a dash before there is one. */
export const scoreText = (score: number | null | undefined) => (score === null || score === undefined ? '—' : score.toFixed(2));

/** An instant as the county reads it, to the minute (Shanghai time). */
export const shownTime = (iso: string) => shanghaiDateTime(iso).slice(0, 16);
