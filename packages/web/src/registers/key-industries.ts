import { defaultKeyIndustries } from '@ipcounty/domain';
import { useCallback } from 'react';
import { registersApi } from '../api/registers.api.js';
import { useResource } from '../api/use-resource.js';

/** The county's key industries (3+X), as the office set them. */
export function useKeyIndustries(): string[] {
  const load = useCallback((signal: AbortSignal) => registersApi.summary(signal), []);
  const summary = useResource(load);
  return summary.state === 'ready' ? summary.data.keyIndustries : [...defaultKeyIndustries];
}
