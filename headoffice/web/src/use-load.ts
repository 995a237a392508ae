import { useEffect, useState } from 'react';
import { api, type ApiError } from './api.js';

/** GETs `path` whenever it changes; the latest answer wins (an older one arriving late is dropped). */
export function useLoad<T>(path: string, reloadKey = 0): { data: T | null; error: ApiError | null } {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null }>({ data: null, error: null });
  useEffect(() => {
    let current = true;
    void api<T>('GET', path).then((r) => {
      if (current) setState(r.ok ? { data: r.value, error: null } : { data: null, error: r.error });
    });
    return () => {
      current = false;
    };
  }, [path, reloadKey]);
  return state;
}
