import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import { query } from './api.js';
import { ErrorText } from './ErrorText.js';
import { FilterSelect } from './StoreSelect.js';
import { formatTime } from './format.js';
import { useLoad } from './use-load.js';
import { DownloadLink } from './DownloadLink.js';

type Entry = { id: number; at: string; actor: string; action: string; target: string | null; address: string | null; before: unknown; after: unknown };
type Answer = { entries: Entry[]; more: boolean; actions: string[] };

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 1));

/** The audit log (administrators): who did what and when, before and after; filtered, paged, exported as CSV. */
export function AuditScreen({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState({ user: '', action: '', from: '', to: '' });
  const [before, setBefore] = useState<number | undefined>();
  const { data, error } = useLoad<Answer>(`/api/audit${query({ ...filters, before: before?.toString() })}`);
  const set = (key: keyof typeof filters) => (value: string) => {
    setBefore(undefined);
    setFilters((f) => ({ ...f, [key]: value }));
  };
  const columns = ['at', 'actor', 'action', 'target', 'address', 'before', 'after'] as const;
  /** An action in the user's words (head office records it by its code, e.g. `user.created`); a code this version has no words for, as it is. */
  const actionName = (code: string) => {
    const key = code.replace('.', '_');
    return t(`audit.actions.${key}`, { defaultValue: code });
  };

  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading">{t('audit.heading')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>{t('audit.user')} <input type="search" value={filters.user} onChange={(e) => set('user')(e.target.value)} /></label>
        <FilterSelect name={t('audit.action')} values={data?.actions ?? []} value={filters.action} onChange={set('action')} label={actionName} />
        <label>{t('audit.from')} <input type="date" value={filters.from} onChange={(e) => set('from')(e.target.value)} /></label>
        <label>{t('audit.to')} <input type="date" value={filters.to} onChange={(e) => set('to')(e.target.value)} /></label>
        <DownloadLink className="button" href={`/api/audit.csv${query({ ...filters, locale })}`}>{t('audit.export')}</DownloadLink>
      </form>
      <ErrorText error={error} />
      {data && !data.entries.length && <p role="status">{t('audit.none')}</p>}
      {data && data.entries.length > 0 && (
        <table className="audit">
          <thead>
            <tr>{columns.map((c) => <th key={c} scope="col">{t(`audit.columns.${c}`)}</th>)}</tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.id}>
                <td>{formatTime(e.at, locale)}</td>
                <td>{e.actor}</td>
                <td>{actionName(e.action)}</td>
                <td>{e.target ?? ''}</td>
                <td>{e.address ?? ''}</td>
                <td><pre>{json(e.before)}</pre></td>
                <td><pre>{json(e.after)}</pre></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.more && <button type="button" onClick={() => setBefore(data.entries.at(-1)!.id)}>{t('audit.more')}</button>}
    </section>
  );
}
