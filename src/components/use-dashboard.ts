// Fetching the dashboard's JSON (admin/dashboard-route.ts) from the screen.
import { useEffect, useState } from 'react';
import type { PeriodChoice } from './dashboard-types.js';

/** The admin's root path, e.g. /admin (the screen lives at the root). */
export const adminRoot = () => window.location.pathname.replace(/\/(resources|pages)\/.*$/, '').replace(/\/$/, '');

export interface Loaded<T> { data?: T; error?: string; loading: boolean }

export function useJson<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  useEffect(() => {
    if (!url) return undefined;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(async (res) => {
        const body = await res.json().catch(() => ({}));
        if (!live) return;
        if (!res.ok) setState({ loading: false, error: body?.notice?.message ?? `HTTP ${res.status}` });
        else setState({ loading: false, data: (body.data ?? body) as T });
      })
      .catch((e: Error) => live && setState({ loading: false, error: e.message }));
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}

export function figureUrl(figure: string, period: PeriodChoice): string {
  const q = new URLSearchParams({ period: period.period });
  if (period.period === 'custom') {
    q.set('from', period.from ?? '');
    q.set('to', period.to ?? '');
  }
  return `${adminRoot()}/api/dashboard/figures/${figure}?${q}`;
}
