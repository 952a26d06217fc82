import type { HoldReason } from '@ipcounty/domain';
import { Alert, Button, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { surveyApi, type HeldResponse } from '../api/survey.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { shownTime } from './survey-status-tag.js';

/** 待审核答卷: answers a guard held, with why; the office counts or excludes each. */
export function HeldAnswers({ surveyId, editable, onChanged }: { surveyId: string; editable: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const resource = useResource(useCallback((signal: AbortSignal) => surveyApi.held(surveyId, signal), [surveyId]));
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const decide = async (response: HeldResponse, decision: 'count' | 'exclude') => {
    await surveyApi.review(surveyId, response.id, decision);
    resource.reload();
    onChanged();
  };
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('survey.held.hint')}</Typography.Paragraph>
      <Table<HeldResponse>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={resource.data}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('survey.held.none') }}
        data-testid="held-list"
        columns={[
          { title: t('survey.held.submittedAt'), dataIndex: 'submittedAt', width: 150, render: (at: string) => shownTime(at) },
          { title: t('survey.held.reasons'), dataIndex: 'reasons', render: (reasons: HoldReason[]) => reasons.map((r) => <Tag key={r} color="orange">{t(`survey.held.reason.${r}`)}</Tag>) },
          { title: t('survey.held.channel'), dataIndex: 'channel', width: 140, render: (c: string | null) => c ?? '—' },
          { title: t('survey.held.answered'), dataIndex: 'answered', width: 100, align: 'right' },
          { title: t('survey.held.state'), dataIndex: 'status', width: 90, render: (s: HeldResponse['status']) => t(`survey.held.state.${s}`) },
          {
            key: 'decide',
            width: 150,
            render: (_: unknown, r) =>
              editable && (
                <Space>
                  <Button size="small" type="primary" onClick={() => void decide(r, 'count')}>
                    {t('survey.held.count')}
                  </Button>
                  {r.status === 'held' && (
                    <Button size="small" onClick={() => void decide(r, 'exclude')}>
                      {t('survey.held.exclude')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </div>
  );
}
