/** React access to a Cache: re-renders when it changes (useSyncExternalStore on its version). */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Cache } from './cache';

/** The cache's value; the component re-renders after every set or touch. */
export function useCache<T>(cache: Cache<T>): T {
  useSyncExternalStore(cache.subscribe, cache.version, cache.version);
  return cache.get();
}

/** Calls `draw` on mount and after every change, without re-rendering (charts). */
export function useCacheEffect<T>(cache: Cache<T>, draw: (value: T) => void): void {
  const latest = useRef(draw);
  useEffect(() => {
    latest.current = draw;
  });
  useEffect(() => {
    latest.current(cache.get());
    return cache.subscribe(() => latest.current(cache.get()));
  }, [cache]);
}

/** A part of the cache's value; re-renders only when that part changes (Object.is). */
export function useCacheSelect<T, U>(cache: Cache<T>, select: (value: T) => U): U {
  const get = () => select(cache.get());
  return useSyncExternalStore(cache.subscribe, get, get);
}
