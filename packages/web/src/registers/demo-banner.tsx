import { App, Alert, Button, Popconfirm } from 'antd';
import { useCallback } from 'react';
import { registersApi } from '../api/registers.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { notifyRegistersChanged, useRegistersChanged } from './registers-changed.js';
import './data.css';

/**
 * 示例数据 banner, on every page while demo data is loaded, so nobody takes it for the county's
 * own figures; the office removes it all with one button.
 */
export function DemoBanner() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const load = useCallback((signal: AbortSignal) => registersApi.demo(signal), []);
  const demo = useResource(load);
  const reload = useCallback(() => {
    if (demo.state === 'ready') demo.reload();
    else if (demo.state === 'failed') demo.retry();
  }, [demo]);
  useRegistersChanged(reload);
  if (demo.state !== 'ready' || !demo.data.present) return null;

  const remove = async () => {
    const { removed } = await registersApi.removeDemo();
    void message.success(t('demo.removed', { count: removed.toLocaleString() }));
    notifyRegistersChanged();
  };

  return (
    <Alert
      className="demo-banner"
      type="warning"
      showIcon
      banner
      data-testid="demo-banner"
      message={t('demo.banner', { count: demo.data.total.toLocaleString() })}
      action={
        me.can('registers.write') ? (
          <Popconfirm title={t('demo.confirmRemove')} onConfirm={() => void remove()} okText={t('demo.remove')} cancelText={t('data.cancel')}>
            <Button size="small" danger data-testid="demo-remove">
              {t('demo.remove')}
            </Button>
          </Popconfirm>
        ) : undefined
      }
    />
  );
}
