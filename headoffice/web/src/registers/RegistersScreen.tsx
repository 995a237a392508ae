import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerTable } from '../../../../shared/law/register.js';
import { registersNamespace } from '../../../../shared/i18n/headoffice-registers/index.js';
import type { RegisterListView, RegisterStore } from '../../../../shared/headoffice/registers.js';
import type { ApiError } from '../api.js';
import { query } from '../api.js';
import { ErrorText } from '../ErrorText.js';
import type { ScreenProps } from '../extensions.js';
import { useLoad } from '../use-load.js';
import { DownloadLink } from '../DownloadLink.js';

/** A refusal in the screen's words when it is about registers, else in head office's. */
function RegisterError({ error }: { error: ApiError | null }) {
  const { t } = useTranslation(registersNamespace);
  if (error?.code === 'no_register') return <p className="error" role="alert">{t('noRegister')}</p>;
  return <ErrorText error={error} />;
}

/** One store's register of a year: the commission's columns in the user's language, in filing order, and its PDF and CSV. */
function Register({ store, year, locale }: { store: string; year: string; locale: ScreenProps['locale'] }) {
  const { i18n } = useTranslation();
  const { data, error } = useLoad<RegisterListView>(`/api/registers/${encodeURIComponent(store)}${query({ year })}`);
  if (error) return <RegisterError error={error} />;
  if (!data) return null;
  // The same table the PDF and the CSV print (shared/law/register.ts), in the screen's language.
  const table = registerTable(data.entries, data.store, data.year, i18n.t);
  const file = (ext: 'pdf' | 'csv') => `/register.${ext}${query({ store: data.store.code, year: String(data.year), lang: locale })}`;
  return (
    <section aria-labelledby="register-title">
      <h2 id="register-title">{table.title}</h2>
      <p>{table.citation}</p>
      <p role="status">{table.rows.length ? i18n.t('register:count', { count: table.rows.length }) : i18n.t('register:empty')}</p>
      <p className="register-downloads">
        <DownloadLink href={file('pdf')}>{i18n.t('register:downloadPdf')}</DownloadLink>
        <DownloadLink href={file('csv')}>{i18n.t('register:downloadCsv')}</DownloadLink>
      </p>
      {table.rows.length > 0 && (
        <table className="register">
          <thead><tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
          <tbody>
            {table.rows.map((row, i) => <tr key={data.entries[i]!.caseId}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The store and year an address names: `/registers/SOF01/2026` (the year may be left out: this year). */
const askedIn = (pathname: string) => {
  const [, , store = '', year = ''] = pathname.split('/');
  return { store, year };
};

/**
 * The BG stores' complaints registers (ЗЗП чл. 127): pick one of the user's BG stores and a year;
 * the choice is in the address (`/registers/SOF01/2026`), so it can be reloaded and shared.
 */
export function RegistersScreen({ locale, go }: ScreenProps) {
  const { t } = useTranslation(registersNamespace);
  const { i18n } = useTranslation();
  const asked = askedIn(location.pathname);
  const [store, setStore] = useState(asked.store);
  const [year, setYear] = useState(asked.year);
  const { data, error } = useLoad<{ stores: RegisterStore[] }>('/api/registers');
  const show = (e: FormEvent) => {
    e.preventDefault();
    go(`/registers/${encodeURIComponent(store)}${year ? `/${encodeURIComponent(year)}` : ''}`);
  };

  return (
    <section aria-labelledby="registers-heading">
      <h1 id="registers-heading">{t('heading')}</h1>
      <p>{t('intro')}</p>
      <ErrorText error={error} />
      {data && data.stores.length === 0 && <p role="status">{t('noStores')}</p>}
      {data && data.stores.length > 0 && (
        <form className="filters" onSubmit={show}>
          <label>
            {t('store')}{' '}
            <select value={store} onChange={(e) => setStore(e.target.value)} required>
              <option value="">{t('choose')}</option>
              {data.stores.map((s) => <option key={s.code} value={s.code}>{`${s.code} · ${s.name}`}</option>)}
            </select>
          </label>
          <label>
            {i18n.t('register:year')}{' '}
            <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} />
          </label>
          <button type="submit">{t('show')}</button>
        </form>
      )}
      {asked.store && <Register store={asked.store} year={asked.year} locale={locale} />}
    </section>
  );
}
