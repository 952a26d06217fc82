import { Alert, Tag } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { registersApi } from '../api/registers.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';

/**
 * 推定: the effective inventions counted at `asOf` that were exported as 无权 / 失效 without a
 * 失效日 — they lapsed by the export date on a day not yet known, so the patent stocks at `asOf`
 * are presumed. Shown on the dashboard, and on the page of an indicator they affect (`indicator`);
 * the legal-events import settles them. Nothing shows when there are none.
 */
export function PresumedLapsesNotice({ asOf, indicator }: { asOf: string; indicator?: string }) {
  const { t } = useI18n();
  const load = useCallback((signal: AbortSignal) => registersApi.presumedLapses(asOf, signal), [asOf]);
  const resource = useResource(load);
  if (resource.state !== 'ready' || resource.data.count === 0) return null;
  if (indicator && !resource.data.indicators.includes(indicator)) return null;
  const { count, until } = resource.data;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="presumed-lapses"
      message={
        <span>
          <Tag color="orange">{t('data.presumedTag')}</Tag>
          {t('indicators.presumed.title', { count, asOf })}
        </span>
      }
      description={
        <span>
          {t('indicators.presumed.text', { count, until: until ?? '' })} <Link to="/data/import?kind=legal-events">{t('data.import.toLegalEvents')}</Link>
        </span>
      }
    />
  );
}
