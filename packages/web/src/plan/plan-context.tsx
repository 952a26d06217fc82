import type { Plan } from '@ipcounty/domain';
import { Button, Result, Spin } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { fetchHealth, fetchPlan, type Health, type PlanMeta } from '../api/plan.api.js';
import { useResource, type Resource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';

export interface LoadedPlan {
  plan: Plan;
  meta: PlanMeta;
  health: Health;
}

const PlanContext = createContext<Resource<LoadedPlan> | null>(null);

async function loadPlanAndHealth(signal: AbortSignal): Promise<LoadedPlan> {
  const [{ plan, meta }, health] = await Promise.all([fetchPlan(signal), fetchHealth(signal)]);
  return { plan, meta, health };
}

/** For a user who may not read the plan (the administrators): nothing is requested. */
const withoutPlan = () => Promise.reject(new Error('plan.read'));

/**
 * Every page reads the same plan; it is fetched once, with the server's date for "today".
 * `enabled` is false for users without plan.read, whose pages need no plan.
 */
export function PlanProvider({ children, enabled = true }: { children: ReactNode; enabled?: boolean }) {
  const resource = useResource(enabled ? loadPlanAndHealth : withoutPlan);
  return <PlanContext.Provider value={resource}>{children}</PlanContext.Provider>;
}

function usePlanResource(): Resource<LoadedPlan> {
  const resource = useContext(PlanContext);
  if (!resource) throw new Error('the plan is read inside <PlanProvider>');
  return resource;
}

/** The plan once loaded, or null while loading or after a failure (for the header). */
export function usePlanIfLoaded(): LoadedPlan | null {
  const resource = usePlanResource();
  return resource.state === 'ready' ? resource.data : null;
}

/** For pages rendered inside <PlanGate>, where the plan is always there. */
export function usePlan(): LoadedPlan & { reload: () => void } {
  const resource = usePlanResource();
  if (resource.state !== 'ready') throw new Error('usePlan is used outside <PlanGate>');
  return { ...resource.data, reload: resource.reload };
}

/** Shows a spinner while the plan loads, the error with a retry button if it fails, else the page. */
export function PlanGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const resource = usePlanResource();
  if (resource.state === 'loading')
    return (
      <div className="page-status">
        <Spin size="large" tip={t('app.loading')}>
          <div className="page-status-spin" />
        </Spin>
      </div>
    );
  if (resource.state === 'failed')
    return (
      <Result
        status="error"
        title={t('app.loadFailed')}
        subTitle={resource.error.message}
        extra={
          <Button type="primary" onClick={resource.retry}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  return <>{children}</>;
}
