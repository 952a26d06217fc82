import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { evaluationApi } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { levelColor, useUnitName } from '../supervision/supervision-labels.js';
import { AnswerPanel } from './answer-panel.js';
import { AnswerStateTag, lightTag } from './labels.js';

/** 整改事项: the problem, its owner and deadline, where the ladder stands, and the answers. */
export function RectificationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const unitName = useUnitName();
  const { itemId = '' } = useParams();
  const resource = useResource(useCallback((signal: AbortSignal) => evaluationApi.rectification(itemId, signal), [itemId]));
  const [closeNote, setCloseNote] = useState('');
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const { item, answers, files, mayAnswer, mayDecide } = resource.data;
  return (
    <div className="stack">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/evaluation/rectification')}>
          {t('evaluation.back')}
        </Button>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {item.number}
        </Typography.Title>
        <AnswerStateTag state={item.state} />
      </Space>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} data-testid="rect-detail">
          <Descriptions.Item label={t('evaluation.rect.problem')} span={2}>
            {item.problem}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.rect.source')}>{item.sourceLabel || t(`evaluation.rect.source.${item.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.rect.owner')}>{unitName(item.ownerUnit)}</Descriptions.Item>
          {item.taskNumber !== null && <Descriptions.Item label={t('evaluation.task')}>{t('evaluation.taskN', { number: item.taskNumber })}</Descriptions.Item>}
          <Descriptions.Item label={t('evaluation.deadline')}>
            <Space wrap size={4}>
              <Tag color={item.state === 'closed' ? 'default' : lightTag[item.light]}>{item.deadline}</Tag>
              {item.state !== 'closed' && item.daysOverdue > 0 && <span className="evaluation-danger">{t('evaluation.rect.daysOverdue', { days: item.daysOverdue })}</span>}
              {item.escalation && <Tag color={levelColor[item.escalation]}>{t(`supervision.level.${item.escalation}`)}</Tag>}
            </Space>
          </Descriptions.Item>
          {item.requiredMeasures && (
            <Descriptions.Item label={t('evaluation.rect.measures')} span={2}>
              {item.requiredMeasures}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('evaluation.rect.recorded')}>{t('evaluation.by', { who: item.createdBy, at: formatDateTime(item.createdAt) })}</Descriptions.Item>
          {item.closedAt && (
            <Descriptions.Item label={t('evaluation.rect.closingNote')}>
              {item.closingNote ?? ''} · {item.closedBy} · {formatDateTime(item.closedAt)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <AnswerPanel subject={{ kind: 'rectification', id: item.id }} answers={answers} files={files} mayAnswer={mayAnswer} mayDecide={mayDecide && item.state === 'answered'} onChanged={resource.reload} title={t('evaluation.rect.answers')} taskNumber={item.taskNumber} />
      {mayDecide && item.state !== 'answered' && (
        <Card size="small" title={t('evaluation.rect.closeDirectly')}>
          <Space.Compact style={{ width: '100%' }}>
            <Input placeholder={t('evaluation.rect.closeNote')} value={closeNote} onChange={(e) => setCloseNote(e.target.value)} />
            <Button disabled={!closeNote.trim()} onClick={() => evaluationApi.closeRectification(item.id, { note: closeNote, evidence: [] }).then(resource.reload)}>
              {t('evaluation.rect.closeDirectly')}
            </Button>
          </Space.Compact>
        </Card>
      )}
    </div>
  );
}
