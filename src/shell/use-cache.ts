/** React access to a Cache (cache.ts): re-render on a selected part only. */
import { useSyncExternalStore } from 'react';
import type { Cache } from './cache';

/** A part of the cache's value; re-renders only when that part changes (Object.is). */
export function useCacheSelect<T, U>(cache: Cache<T>, select: (value: T) => U): U {
  const get = () => select(cache.get());
  return useSyncExternalStore(cache.subscribe, get, get);
}
