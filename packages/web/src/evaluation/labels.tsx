import type { AnswerState, CompletionRating, DeliverableStatus, EvaluationStatus, Light } from '@ipcounty/domain';
import { Tag } from 'antd';
import { useI18n } from '../i18n/locale-context.js';

const ratingColor: Record<CompletionRating, string> = { complete: 'success', 'basically-complete': 'processing', incomplete: 'error' };
const answerColor: Record<AnswerState, string> = { open: 'warning', answered: 'processing', returned: 'error', closed: 'success' };
const deliverableColor: Record<DeliverableStatus, string> = { done: 'success', late: 'error', 'due-soon': 'warning', open: 'default' };
const evaluationColor: Record<EvaluationStatus, string> = { preparing: 'default', 'in-progress': 'processing', 'signed-off': 'success', closed: 'default' };
export const lightTag: Record<Light, string> = { green: 'success', yellow: 'warning', red: 'error' };

export function RatingTag({ rating }: { rating: CompletionRating | null }) {
  const { t } = useI18n();
  if (!rating) return <Tag>{t('evaluation.dossier.unrated')}</Tag>;
  return <Tag color={ratingColor[rating]}>{t(`evaluation.rating.${rating}`)}</Tag>;
}

export function AnswerStateTag({ state }: { state: AnswerState }) {
  const { t } = useI18n();
  return <Tag color={answerColor[state]}>{t(`evaluation.answerState.${state}`)}</Tag>;
}

export function DeliverableTag({ status }: { status: DeliverableStatus }) {
  const { t } = useI18n();
  return <Tag color={deliverableColor[status]}>{t(`evaluation.deliverable.status.${status}`)}</Tag>;
}

export function EvaluationStatusTag({ status }: { status: EvaluationStatus }) {
  const { t } = useI18n();
  return <Tag color={evaluationColor[status]}>{t(`evaluation.eval.status.${status}`)}</Tag>;
}
