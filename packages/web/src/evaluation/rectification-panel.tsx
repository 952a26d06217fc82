import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RectificationRow } from '../api/evaluation.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { levelColor, useUnitName } from '../supervision/supervision-labels.js';
import { AnswerStateTag, lightTag } from './labels.js';
import { RectificationModal } from './rectification-form.js';

/** 整改台账: every item the user may see, coloured against its deadline, with the ladder's rung. */
export function RectificationPanel({ items, onChanged }: { items: RectificationRow[]; onChanged: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const unitName = useUnitName();
  const [adding, setAdding] = useState(false);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {me.can('evaluation.assign') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('evaluation.rect.add')}
        </Button>
      )}
      <Table<RectificationRow>
        size="small"
        rowKey="id"
        dataSource={items}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => navigate(`/evaluation/rectification/${r.id}`), style: { cursor: 'pointer' }, 'data-testid': 'rect-row' }) as never}
        columns={[
          { title: t('evaluation.rect.number'), dataIndex: 'number', width: 120, render: (n: string) => <a>{n}</a> },
          { title: t('evaluation.rect.problem'), dataIndex: 'problem' },
          { title: t('evaluation.rect.source'), width: 120, render: (_, r) => t(`evaluation.rect.source.${r.source}`) },
          { title: t('evaluation.rect.owner'), width: 130, render: (_, r) => unitName(r.ownerUnit) },
          {
            title: t('evaluation.deadline'),
            width: 130,
            render: (_, r) => (
              <Space size={2} direction="vertical">
                <Tag color={r.state === 'closed' ? 'default' : lightTag[r.light]}>{r.deadline}</Tag>
                {r.state !== 'closed' && r.daysOverdue > 0 && <span className="evaluation-danger">{t('evaluation.rect.daysOverdue', { days: r.daysOverdue })}</span>}
              </Space>
            ),
          },
          { title: t('evaluation.rect.escalation'), width: 80, render: (_, r) => (r.escalation ? <Tag color={levelColor[r.escalation]}>{t(`supervision.level.${r.escalation}`)}</Tag> : '—') },
          { title: t('evaluation.status'), width: 110, render: (_, r) => <AnswerStateTag state={r.state} /> },
        ]}
      />
      {adding && <RectificationModal initial={{}} onClose={() => setAdding(false)} onSaved={(id) => (setAdding(false), onChanged(), navigate(`/evaluation/rectification/${id}`))} />}
    </Space>
  );
}
