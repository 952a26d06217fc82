import { Checkbox, DatePicker, Form, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { supervisionApi, type WorkItemRow } from '../../api/supervision.api.js';
import { useI18n } from '../../i18n/locale-context.js';
import { usePlan } from '../../plan/plan-context.js';

/** 办结与节点: the lead unit (or the office) records when the item and its milestones were completed. */
export function ProgressModal({ item, onClose }: { item: WorkItemRow | null; onClose: (saved: boolean) => void }) {
  const { t } = useI18n();
  const { health } = usePlan();
  const [completed, setCompleted] = useState<Dayjs | null>(null);
  const [milestones, setMilestones] = useState<Record<string, Dayjs | null>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!item) return;
    setCompleted(item.progress.completedOn ? dayjs(item.progress.completedOn) : null);
    setMilestones(Object.fromEntries(item.milestones.map((m) => [m.title, item.progress.milestonesCompleted?.[m.title] ? dayjs(item.progress.milestonesCompleted[m.title]) : null])));
  }, [item]);

  const today = dayjs(health.today);
  const save = async () => {
    if (!item) return;
    setSaving(true);
    try {
      await supervisionApi.recordProgress(item.id, {
        completedOn: completed ? completed.format('YYYY-MM-DD') : null,
        milestonesCompleted: Object.fromEntries(Object.entries(milestones).filter((e): e is [string, Dayjs] => e[1] !== null).map(([k, v]) => [k, v.format('YYYY-MM-DD')])),
      });
      onClose(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={item !== null} title={item ? t('supervision.progress.title', { title: item.title }) : ''} onCancel={() => onClose(false)} onOk={() => void save()} okText={t('supervision.action.save')} confirmLoading={saving} destroyOnHidden>
      <Form layout="vertical">
        {item?.milestones.map((m) => (
          <Form.Item key={m.title} label={`${m.title}（${t('supervision.progress.due', { date: m.due })}）`}>
            <Space>
              <Checkbox checked={milestones[m.title] != null} onChange={(e) => setMilestones((c) => ({ ...c, [m.title]: e.target.checked ? today : null }))} />
              <DatePicker value={milestones[m.title] ?? null} maxDate={today} onChange={(d) => setMilestones((c) => ({ ...c, [m.title]: d }))} />
            </Space>
          </Form.Item>
        ))}
        <Form.Item label={t('supervision.progress.completed')}>
          <Space>
            <Checkbox checked={completed !== null} onChange={(e) => setCompleted(e.target.checked ? today : null)} data-testid="item-completed" />
            <DatePicker value={completed} maxDate={today} onChange={setCompleted} />
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
