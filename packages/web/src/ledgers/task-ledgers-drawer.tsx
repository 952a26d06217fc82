import { BookOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { TaskLedgersSection } from './task-ledgers-section.js';

/** A task's ledgers (funds, allocations, meetings, publicity…) in a drawer, opened from the task list. */
export function TaskLedgersButton({ taskNumber, title }: { taskNumber: number; title: string }) {
  const { t } = useI18n();
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (!me.can('registers.read')) return null;
  return (
    <>
      <Button size="small" icon={<BookOutlined />} onClick={() => setOpen(true)} style={{ marginTop: 8 }} data-testid="task-ledgers-open">
        {t('ledgers.task.title')}
      </Button>
      {open && (
        <Drawer open width={Math.min(960, window.innerWidth)} title={`${taskNumber}. ${title}`} onClose={() => setOpen(false)} destroyOnHidden>
          <TaskLedgersSection taskNumber={taskNumber} />
        </Drawer>
      )}
    </>
  );
}
