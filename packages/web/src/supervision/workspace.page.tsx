import { Alert, Spin } from 'antd';
import { useCallback } from 'react';
import { supervisionApi } from '../api/supervision.api.js';
import { useResource } from '../api/use-resource.js';
import { OfficeWorkspace } from './office-workspace.js';
import { UnitWorkspace } from './unit-workspace.js';
import { useSupervisionYear } from './year-select.js';

/** 工作台: the unit's or the office's (and leaders') view of the year, from one server call. */
export function WorkspacePage() {
  const [year] = useSupervisionYear();
  const load = useCallback((signal: AbortSignal) => supervisionApi.dashboard(year, signal), [year]);
  const resource = useResource(load);
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const view = resource.data;
  return view.perspective === 'unit' ? (
    <UnitWorkspace view={view} reload={resource.reload} />
  ) : (
    <OfficeWorkspace view={view} reload={resource.reload} />
  );
}
