import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { places, type DashboardPlaces, type Place } from '../../../../shared/headoffice/dashboards.js';
import { dashboardNamespace } from '../../../../shared/i18n/headoffice-dashboards/index.js';
import { daysBefore, today, type PageFilter } from './address.js';

/** Ten years, as head office allows for one range. */
const longest = 3660;
const days = (f: Pick<PageFilter, 'from' | 'to'>) => (Date.parse(f.to) - Date.parse(f.from)) / 86_400_000;

/**
 * The range of days (by hand or a preset), the region and store among those the user may see, and
 * how per-place tables split. Shown applies it: the dashboards' address changes, so Back returns.
 */
export function Filters({ filter, places: known, onApply }: { filter: PageFilter; places: DashboardPlaces | null; onApply(f: PageFilter): void }) {
  const { t } = useTranslation(dashboardNamespace);
  const [draft, setDraft] = useState(filter);
  const set = (change: Partial<PageFilter>) => setDraft((d) => ({ ...d, ...change }));
  const wrong = !draft.from || !draft.to || days(draft) < 0 || days(draft) > longest;
  const stores = (known?.stores ?? []).filter((s) => !draft.region || s.region === draft.region);
  // A store with no region is found under all regions (head office filters by a region's name).
  const regions = [...new Set((known?.stores ?? []).map((s) => s.region).filter(Boolean))].sort();
  const end = today();
  const presets = [
    ['last7', daysBefore(end, 6)],
    ['last30', daysBefore(end, 29)],
    ['lastQuarter', daysBefore(end, 89)],
    ['thisYear', `${end.slice(0, 4)}-01-01`],
  ] as const;

  return (
    <form className="filters dash-filters" aria-label={t('filters.label')} onSubmit={(e) => { e.preventDefault(); if (!wrong) onApply(draft); }}>
      <div className="dash-field">
        <label htmlFor="dash-from">{t('filters.from')}</label>
        <input id="dash-from" type="date" value={draft.from} onChange={(e) => set({ from: e.target.value })} aria-invalid={wrong} aria-describedby={wrong ? 'dash-range-error' : undefined} />
      </div>
      <div className="dash-field">
        <label htmlFor="dash-to">{t('filters.to')}</label>
        <input id="dash-to" type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} aria-invalid={wrong} aria-describedby={wrong ? 'dash-range-error' : undefined} />
      </div>
      <div className="dash-field">
        <label htmlFor="dash-region">{t('filters.region')}</label>
        <select id="dash-region" value={draft.region} onChange={(e) => set({ region: e.target.value, store: '' })}>
          <option value="">{t('filters.allRegions')}</option>
          {regions.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </div>
      <div className="dash-field">
        <label htmlFor="dash-store">{t('filters.store')}</label>
        <select id="dash-store" value={draft.store} onChange={(e) => set({ store: e.target.value })}>
          <option value="">{t('filters.allStores')}</option>
          {stores.map((s) => <option key={s.code} value={s.code}>{s.code}</option>)}
        </select>
      </div>
      <div className="dash-field">
        <label htmlFor="dash-by">{t('filters.by')}</label>
        <select id="dash-by" value={draft.by} onChange={(e) => set({ by: e.target.value as Place })}>
          {places.map((p) => <option key={p} value={p}>{t(`place.${p}`)}</option>)}
        </select>
      </div>
      <button type="submit">{t('filters.show')}</button>
      <span className="dash-presets">
        {presets.map(([name, from]) => (
          <button key={name} type="button" onClick={() => onApply({ ...draft, from, to: end })}>{t(`filters.${name}`)}</button>
        ))}
      </span>
      {wrong && <p id="dash-range-error" className="error" role="alert">{t('filters.badRange')}</p>}
    </form>
  );
}
