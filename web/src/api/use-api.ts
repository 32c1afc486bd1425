import { useCallback, useEffect, useState } from 'react';
import { ApiError, clearCache, get } from './client.ts';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T };

/** Reads one API path; `null` waits. `reload` fetches again past the cache. */
export function useApi<T>(path: string | null): Loaded<T> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setLoaded({ state: 'loading' });
    get<T>(path).then(
      (data) => live && setLoaded({ state: 'ready', data }),
      (error: unknown) =>
        live &&
        setLoaded({
          state: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, String(error)),
        }),
    );
    return () => {
      live = false;
    };
  }, [path, round]);
  const reload = useCallback(() => {
    clearCache();
    setRound((r) => r + 1);
  }, []);
  return { ...loaded, reload };
}
