import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countrySchema, type Locale } from '../../../../shared/domain/jurisdiction.js';
import type { Role } from '../../../../shared/headoffice/access.js';
import { newStoreSchema, storeChangeSchema, type StoreDetail, type StoreView } from '../../../../shared/headoffice/stores.js';
import { storesNamespace } from '../../../../shared/i18n/headoffice-stores/index.js';
import { api, type ApiError } from '../api.js';
import { StoresError } from './StoresError.js';
import type { ScreenProps } from '../extensions.js';
import { formatTime } from '../format.js';
import { useLoad } from '../use-load.js';
import { DesksAndCodes } from './DesksAndCodes.js';

/** The fields zod (the schema head office checks with too) finds wrong, or head office named. */
const wrongFields = (issues: { path: PropertyKey[] }[]) => issues.map((i) => String(i.path[0]));

type Draft = { code: string; name: string; country: string; region: string };

/** A new store (with its code) or an existing one's name, country and region. */
function StoreForm({ store, onDone, onCancel }: { store: StoreView | null; onDone: (saved: StoreView) => void; onCancel?: () => void }) {
  const { t } = useTranslation(storesNamespace);
  const [draft, setDraft] = useState<Draft>({ code: store?.code ?? '', name: store?.name ?? '', country: store?.country ?? 'CZ', region: store?.region ?? '' });
  const [invalid, setInvalid] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const id = (field: string) => `store-${store?.code ?? 'new'}-${field}`;
  const input = (field: keyof Draft) => ({
    id: id(field), value: draft[field], 'aria-invalid': invalid.includes(field) || undefined,
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value })),
  });
  const field = (name: keyof Draft, label: string, control: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      {control}
      {hint && <small id={id(`${name}-hint`)}>{hint}</small>}
    </div>
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = store ? storeChangeSchema.safeParse({ name: draft.name, country: draft.country, region: draft.region })
      : newStoreSchema.safeParse(draft);
    if (!parsed.success) {
      setInvalid(wrongFields(parsed.error.issues));
      return setError({ code: 'malformed', message: '' });
    }
    const r = store ? await api<StoreView>('PATCH', `/api/stores/${store.code}`, parsed.data) : await api<StoreView>('POST', '/api/stores', parsed.data);
    if (!r.ok) {
      setInvalid(r.error.fields ?? []);
      return setError(r.error);
    }
    onDone(r.value);
  };

  return (
    <form className="user-form" onSubmit={(e) => void submit(e)} aria-label={store ? t('form.edit') : t('add')}>
      {!store && field('code', t('form.code'), <input required maxLength={8} autoComplete="off" aria-describedby={id('code-hint')} {...input('code')} />, t('form.codeHint'))}
      {field('name', t('form.name'), <input required maxLength={120} {...input('name')} />)}
      {field('country', t('form.country'), (
        <select {...input('country')}>
          {countrySchema.options.map((c) => <option key={c} value={c}>{t(`countries.${c}`)}</option>)}
        </select>
      ))}
      {field('region', t('form.region'), <input maxLength={64} aria-describedby={id('region-hint')} {...input('region')} />, t('form.regionHint'))}
      <StoresError error={error} />
      <div>
        <button type="submit">{store ? t('form.save') : t('form.create')}</button>
        {onCancel && <> <button type="button" onClick={onCancel}>{t('form.cancel')}</button></>}
      </div>
    </form>
  );
}

const when = (t: string | null, locale: Locale, never: string) => (t ? formatTime(t, locale) : never);

/** Every store the user may see, with its desks and their latest sync; an administrator adds stores. */
function StoreList({ locale, go, role }: ScreenProps & { role: Role }) {
  const { t } = useTranslation(storesNamespace);
  const [adding, setAdding] = useState(false);
  const { data, error } = useLoad<{ stores: StoreView[] }>('/api/stores');
  const columns = ['code', 'name', 'country', 'region', 'desks', 'lastSync'] as const;
  const open = (code: string) => `/stores/${encodeURIComponent(code)}`;

  return (
    <section aria-labelledby="stores-heading">
      <h1 id="stores-heading">{t('heading')}</h1>
      <p role="status">{data && (data.stores.length ? t('count', { count: data.stores.length }) : t('none'))}</p>
      <StoresError error={error} />
      {role === 'administrator' && (adding
        ? <div className="editor"><h2>{t('add')}</h2><StoreForm store={null} onDone={(s) => go(open(s.code))} onCancel={() => setAdding(false)} /></div>
        : <button type="button" onClick={() => setAdding(true)}>{t('add')}</button>)}
      {data && data.stores.length > 0 && (
        <table>
          <thead><tr>{columns.map((c) => <th key={c} scope="col">{t(`columns.${c}`)}</th>)}</tr></thead>
          <tbody>
            {data.stores.map((s) => (
              <tr key={s.code}>
                <td><a href={open(s.code)} aria-label={t('open', { code: s.code })} onClick={(e) => { e.preventDefault(); go(open(s.code)); }}>{s.code}</a></td>
                <td>{s.name}</td>
                <td>{s.country ? t(`countries.${s.country}`) : ''}</td>
                <td>{s.region ?? ''}</td>
                <td>{s.desks}</td>
                <td>{when(s.lastSyncAt, locale, t('desks.never'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** One store: its details (edited by an administrator), its desks and its enrollment codes. */
function StorePage({ code, locale, go, role }: ScreenProps & { code: string; role: Role }) {
  const { t } = useTranslation(storesNamespace);
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState('');
  const { data, error } = useLoad<StoreDetail>(`/api/stores/${encodeURIComponent(code)}`, reload);
  const admin = role === 'administrator';
  const changed = (text: string) => {
    setMessage(text);
    setReload((n) => n + 1);
  };

  return (
    <section aria-labelledby="store-heading">
      <p><a href="/stores" onClick={(e) => { e.preventDefault(); go('/stores'); }}>{t('all')}</a></p>
      <h1 id="store-heading">{data ? t('store.heading', { code: data.store.code, name: data.store.name }) : code}</h1>
      <p role="status">{message}</p>
      <StoresError error={error} />
      {data && (
        <>
          {admin ? (
            <div className="editor">
              <h2>{t('form.edit')}</h2>
              <StoreForm key={reload} store={data.store} onDone={() => changed(t('form.saved'))} />
            </div>
          ) : (
            <>
              <dl className="store-facts">
                <dt>{t('columns.country')}</dt><dd>{data.store.country ? t(`countries.${data.store.country}`) : ''}</dd>
                <dt>{t('columns.region')}</dt><dd>{data.store.region ?? ''}</dd>
              </dl>
              <p>{t('store.readOnly')}</p>
            </>
          )}
          <DesksAndCodes detail={data} locale={locale} admin={admin} onChanged={changed} />
        </>
      )}
    </section>
  );
}

/** `/stores` lists the stores, `/stores/<code>` opens one. */
export function StoresScreen({ locale, go, role }: ScreenProps & { role: Role }) {
  const code = decodeURIComponent(location.pathname.split('/')[2] ?? '');
  return code ? <StorePage code={code} locale={locale} go={go} role={role} /> : <StoreList locale={locale} go={go} role={role} />;
}
