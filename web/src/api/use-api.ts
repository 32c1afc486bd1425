import { useCallback, useEffect, useState } from 'react';
import {
  ApiError,
  address,
  arrivedAnswer,
  clearCache,
  get,
  type Answer,
  type NeedsParams,
  type ReadParams,
  type ReadPath,
} from './client.ts';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T };

/** The parameters of a read, or `null` to wait: required when the path or the query needs some. */
export type WaitingArgs<P extends ReadPath> =
  NeedsParams<P> extends true ? [params: ReadParams<P> | null] : [params?: ReadParams<P> | null];

/**
 * Reads one path of the API with its path and query parameters, e.g.
 * `useApi('/api/v1/meetings/{id}', { path: { id } })`, its answer typed by the OpenAPI document.
 * Parameters `null` wait. `reload` fetches again past the cache.
 */
export function useApi<P extends ReadPath>(
  path: P,
  ...[params]: WaitingArgs<P>
): Loaded<Answer<P>> & { reload: () => void } {
  // The address stands for the path and its parameters: parameters built anew on each render
  // do not fetch again.
  const args = (params === null ? null : [params ?? {}]) as [ReadParams<P>] | null;
  const key = args && address(path, ...args);
  // An answer already in the cache (asked for ahead, or by an earlier page) is there on the first
  // render: no loading state, and no second render when it is handed over.
  const [loaded, setLoaded] = useState<Loaded<Answer<P>>>(() => {
    const data = key === null ? undefined : arrivedAnswer<P>(key);
    return data === undefined ? { state: 'loading' } : { state: 'ready', data };
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!args) return;
    let live = true;
    const data = arrivedAnswer<P>(key!);
    if (data !== undefined) {
      setLoaded((was) => (was.state === 'ready' && was.data === data ? was : { state: 'ready', data }));
      return;
    }
    setLoaded({ state: 'loading' });
    get(path, ...args).then(
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
  }, [key, round]);
  const reload = useCallback(() => {
    clearCache();
    setRound((r) => r + 1);
  }, []);
  return { ...loaded, reload };
}
