import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: Error; retry: () => void }
  | { state: 'ready'; data: T; reload: () => void };

/** Loads once per `load` identity (and on retry), cancelling the request when the component goes away. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const again = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setResource((current) => (current.state === 'ready' ? current : { state: 'loading' }));
    load(controller.signal).then(
      (data) => setResource({ state: 'ready', data, reload: again }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResource({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)), retry: again });
      },
    );
    return () => controller.abort();
  }, [load, attempt, again]);

  return resource;
}
