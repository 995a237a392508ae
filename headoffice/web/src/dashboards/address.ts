import { places, type Drill, type Place } from '../../../../shared/headoffice/dashboards.js';

/** What the dashboards show: a range of days, the whole chain or a region or store, per-place tables split by store or region. */
export type PageFilter = { from: string; to: string; region: string; store: string; by: Place };

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
/** Today in the browser's own calendar, as YYYY-MM-DD. */
export const today = () => isoDay(Date.now() - new Date().getTimezoneOffset() * 60_000);
export const daysBefore = (date: string, days: number) => isoDay(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000);
const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** The page's filter from its address; the last 30 days of the whole chain when none is given. */
export function filterFrom(search: string): PageFilter {
  const p = new URLSearchParams(search);
  const to = isDate(p.get('to')) ? p.get('to')! : today();
  const from = isDate(p.get('from')) ? p.get('from')! : daysBefore(to, 29);
  const by = p.get('by');
  return { from, to, region: p.get('region') ?? '', store: p.get('store') ?? '', by: places.includes(by as Place) ? (by as Place) : 'store' };
}

/** The filter as query parameters (the empty ones left out; `by` only for the dashboards themselves). */
export function filterParams(f: PageFilter, withBy = true): URLSearchParams {
  const p = new URLSearchParams({ from: f.from, to: f.to });
  if (f.region) p.set('region', f.region);
  if (f.store) p.set('store', f.store);
  if (withBy && f.by !== 'store') p.set('by', f.by);
  return p;
}

export const dashboardsAddress = (f: PageFilter) => `/dashboards?${filterParams(f)}`;

/**
 * The address of the cases behind a cell: the page's filter with the cell's own on top. A key or
 * category that is empty (a product not in the catalogue) is kept: it names those cases.
 */
export function drillAddress(f: PageFilter, drill: Drill): string {
  const p = filterParams(f, false);
  // Open complaints are counted now, whatever the range; the range stays in the address for the way back.
  if ('open' in drill) p.set('open', drill.overdue ? 'overdue' : 'all');
  for (const [name, value] of Object.entries(drill)) {
    if (name === 'open' || name === 'overdue' || value === undefined) continue;
    p.set(name, String(value));
  }
  return `/dashboards/cases?${p}`;
}
