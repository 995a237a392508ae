import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { localeSchema, type Locale } from '../../../../shared/domain/jurisdiction.js';
import {
  checkScopeOverrides, overridesSaveSchema, reasonSaveSchema,
  type ImportRun, type OverrideRow, type ReferenceScope, type ReferenceView, type ScopeRefusal, type ScopeStore,
} from '../../../../shared/headoffice/reference.js';
import type { PolicyOverrides } from '../../../../shared/law/policy-overrides.js';
import type { Period } from '../../../../shared/law/period.js';
import { referenceNamespace } from '../../../../shared/i18n/headoffice-reference/index.js';
import { reference as en } from '../../../../shared/i18n/headoffice-reference/en.js';
import { api, type ApiError } from '../api.js';
import { ErrorText } from '../ErrorText.js';
import type { ScreenProps } from '../extensions.js';
import { formatTime } from '../format.js';
import { useLoad } from '../use-load.js';

/** A refusal in this screen's words when it has them (last_reason…), else in head office's. */
function ReferenceError({ error }: { error: ApiError | null }) {
  const { t } = useTranslation(referenceNamespace);
  if (error && error.code in en.errors) return <p className="error" role="alert">{t(`errors.${error.code}`)}</p>;
  return <ErrorText error={error} />;
}

const scopeLabel = (t: TFunction, scope: ReferenceScope, stores: readonly ScopeStore[]) => {
  if (scope === 'chain') return t('scopes.chain');
  const [kind, name] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1)];
  return kind === 'region' ? t('scopes.region', { name }) : t('scopes.store', { code: name, name: stores.find((s) => s.code === name)?.name ?? '' });
};

const periodText = (t: TFunction, p: Period) => ('days' in p ? t('period.days', { count: p.days }) : t('period.months', { count: p.months }));

/** The scopes an administrator may set: the chain, each region, each store. */
function ScopeSelect({ id, view, value, onChange }: { id: string; view: ReferenceView; value: string; onChange: (scope: string) => void }) {
  const { t } = useTranslation(referenceNamespace);
  return (
    <div className="field">
      <label htmlFor={id}>{t('scope')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="chain">{t('scopes.chain')}</option>
        {view.regions.map((r) => <option key={r} value={`region:${r}`}>{t('scopes.region', { name: r })}</option>)}
        {view.stores.map((s) => <option key={s.code} value={`store:${s.code}`}>{t('scopes.store', { code: s.code, name: s.name })}</option>)}
      </select>
    </div>
  );
}

type ReasonDraft = { scope: string; code: string; names: Record<Locale, string>; retired: boolean };
const noNames = () => Object.fromEntries(localeSchema.options.map((l) => [l, ''])) as Record<Locale, string>;

function ReasonForm({ view, draft, setDraft, onSaved }: { view: ReferenceView; draft: ReasonDraft; setDraft: (d: ReasonDraft) => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation(referenceNamespace);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const names = Object.fromEntries(Object.entries(draft.names).filter(([, v]) => v.trim()));
    const parsed = reasonSaveSchema.safeParse({ scope: draft.scope, code: draft.code.trim(), names, retired: draft.retired });
    if (!parsed.success) {
      setInvalid(parsed.error.issues.map((i) => String(i.path[0])));
      return setError({ code: 'malformed', message: '' });
    }
    const r = await api('POST', '/api/reference/reasons', parsed.data);
    if (!r.ok) {
      setInvalid(r.error.fields ?? []);
      return setError(r.error);
    }
    setInvalid([]);
    setError(null);
    onSaved(t('reasons.saved', { code: parsed.data.code }));
  };
  const bad = (field: string) => (invalid.includes(field) ? true : undefined);
  return (
    <form className="user-form" onSubmit={(e) => void submit(e)} aria-label={t('reasons.form')}>
      <ScopeSelect id="reason-scope" view={view} value={draft.scope} onChange={(scope) => setDraft({ ...draft, scope })} />
      <div className="field">
        <label htmlFor="reason-code">{t('reasons.code')}</label>
        <input id="reason-code" required maxLength={40} autoComplete="off" aria-describedby="reason-code-hint" aria-invalid={bad('code')}
          value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
        <small id="reason-code-hint">{t('reasons.codeHint', { codes: view.builtIn.join(', ') })}</small>
      </div>
      <fieldset aria-describedby="reason-names-hint">
        <legend>{t('reasons.columns.names')}</legend>
        <small id="reason-names-hint">{t('reasons.namesHint')}</small>
        {localeSchema.options.map((l) => (
          <div className="field" key={l}>
            <label htmlFor={`reason-name-${l}`}>{t('reasons.name', { language: t(`languages.${l}`) })}</label>
            <input id={`reason-name-${l}`} lang={l} maxLength={60} aria-invalid={bad('names')} value={draft.names[l]}
              onChange={(e) => setDraft({ ...draft, names: { ...draft.names, [l]: e.target.value } })} />
          </div>
        ))}
      </fieldset>
      <label className="check"><input type="checkbox" checked={draft.retired} onChange={(e) => setDraft({ ...draft, retired: e.target.checked })} /> {t('reasons.retire')}</label>
      <ReferenceError error={error} />
      <button type="submit">{t('reasons.save')}</button>
    </form>
  );
}

type OverridesDraft = { claimPeriod: string; claimUnit: 'days' | 'months'; returnWindowDays: string; guaranteeMonths: string; refundLimit: string };
const draftOf = (o: PolicyOverrides | undefined): OverridesDraft => ({
  claimPeriod: o?.claimPeriod ? String('days' in o.claimPeriod ? o.claimPeriod.days : o.claimPeriod.months) : '',
  claimUnit: o?.claimPeriod && 'months' in o.claimPeriod ? 'months' : 'days',
  returnWindowDays: o?.returnWindowDays?.toString() ?? '',
  guaranteeMonths: o?.guaranteeMonths?.toString() ?? '',
  refundLimit: o?.refundLimit?.toString() ?? '',
});
/** The typed figures as the API takes them: an empty field is no override; text that is no number stays text (zod names it). */
function overridesOf(d: OverridesDraft): Record<string, unknown> {
  const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : s);
  const out: Record<string, unknown> = {};
  if (d.claimPeriod.trim()) out.claimPeriod = { [d.claimUnit]: num(d.claimPeriod) };
  for (const k of ['returnWindowDays', 'guaranteeMonths', 'refundLimit'] as const) if (d[k].trim()) out[k] = num(d[k]);
  return out;
}

function OverridesForm({ view, onSaved }: { view: ReferenceView; onSaved: (message: string) => void }) {
  const { t } = useTranslation(referenceNamespace);
  const [scope, setScope] = useState('chain');
  const existing = (s: string) => view.overrides.find((o) => o.scope === s)?.overrides;
  const [draft, setDraft] = useState<OverridesDraft>(draftOf(existing('chain')));
  const [invalid, setInvalid] = useState<string[]>([]);
  const [refusals, setRefusals] = useState<ScopeRefusal[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const pick = (s: string) => {
    setScope(s);
    setDraft(draftOf(existing(s)));
    setRefusals([]);
    setInvalid([]);
    setError(null);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const parsed = overridesSaveSchema.safeParse({ scope, overrides: overridesOf(draft) });
    if (!parsed.success) {
      setRefusals([]);
      setInvalid(parsed.error.issues.map((i) => String(i.path[1] ?? i.path[0])));
      return setError({ code: 'malformed', message: '' });
    }
    // The law's check, as head office runs it before saving: said here in the user's language with the statute.
    const refused = checkScopeOverrides(parsed.data.scope, view.stores, parsed.data.overrides, view.today, view.lawDates);
    setRefusals(refused);
    setInvalid(refused.map((r) => r.field));
    if (refused.length) return;
    const r = await api('POST', '/api/reference/overrides', parsed.data);
    if (!r.ok) {
      setInvalid((r.error.fields ?? []).map((f) => f.replace(/^overrides\./, '')));
      return setError(r.error);
    }
    onSaved(t('overrides.saved'));
  };
  const bad = (field: string) => (invalid.includes(field) ? true : undefined);
  const number = (field: 'returnWindowDays' | 'guaranteeMonths' | 'refundLimit') => (
    <div className="field">
      <label htmlFor={`override-${field}`}>{t(`overrides.${field}`)}</label>
      <input id={`override-${field}`} inputMode="numeric" maxLength={12} aria-invalid={bad(field)} value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
    </div>
  );
  return (
    <form className="user-form" onSubmit={(e) => void submit(e)} aria-label={t('overrides.form')}>
      <ScopeSelect id="override-scope" view={view} value={scope} onChange={pick} />
      <div className="field">
        <label htmlFor="override-claimPeriod">{t('overrides.claimPeriod')}</label>
        <input id="override-claimPeriod" inputMode="numeric" maxLength={4} aria-invalid={bad('claimPeriod')} value={draft.claimPeriod} onChange={(e) => setDraft({ ...draft, claimPeriod: e.target.value })} />
        <label htmlFor="override-claimUnit">{t('overrides.claimUnit')}</label>
        <select id="override-claimUnit" value={draft.claimUnit} onChange={(e) => setDraft({ ...draft, claimUnit: e.target.value as OverridesDraft['claimUnit'] })}>
          <option value="days">{t('overrides.units.days')}</option>
          <option value="months">{t('overrides.units.months')}</option>
        </select>
      </div>
      {number('returnWindowDays')}
      {number('guaranteeMonths')}
      {number('refundLimit')}
      {refusals.length > 0 && (
        <div role="alert" className="error">
          <p>{t('overrides.refused')}</p>
          <ul>
            {refusals.map((r) => (
              <li key={`${r.country}-${r.field}`}>{t(`overrides.refusals.${r.code}`, { country: t(`countries.${r.country}`), limit: periodText(t, r.limit), citation: r.citation })}</li>
            ))}
          </ul>
        </div>
      )}
      <ReferenceError error={error} />
      <button type="submit">{t('overrides.save')}</button>
    </form>
  );
}

const figuresText = (t: TFunction, o: PolicyOverrides) => [
  o.claimPeriod && `${t('overrides.claimPeriod')}: ${periodText(t, o.claimPeriod)}`,
  o.returnWindowDays !== undefined && `${t('overrides.returnWindowDays')}: ${o.returnWindowDays}`,
  o.guaranteeMonths !== undefined && `${t('overrides.guaranteeMonths')}: ${o.guaranteeMonths}`,
  o.refundLimit !== undefined && `${t('overrides.refundLimit')}: ${o.refundLimit}`,
].filter(Boolean) as string[];

function ImportHistory({ locale, reloadKey }: { locale: Locale; reloadKey: number }) {
  const { t } = useTranslation(referenceNamespace);
  const { data, error } = useLoad<{ runs: ImportRun[] }>('/api/reference/imports?limit=50', reloadKey);
  const columns = ['started', 'kind', 'source', 'taken', 'refused', 'status', 'message'] as const;
  return (
    <section aria-labelledby="imports-heading">
      <h2 id="imports-heading">{t('imports.heading')}</h2>
      <ReferenceError error={error} />
      {data && !data.runs.length && <p>{t('imports.none')}</p>}
      {data && data.runs.length > 0 && (
        <table>
          <thead><tr>{columns.map((c) => <th key={c} scope="col">{t(`imports.columns.${c}`)}</th>)}</tr></thead>
          <tbody>
            {data.runs.map((r) => (
              <tr key={r.id} className={r.status === 'refused' || r.status === 'failed' ? 'overdue' : undefined}>
                <td>{formatTime(r.startedAt, locale)}</td>
                <td>{t(`imports.kinds.${r.kind}`)}</td>
                <td>{r.source === 'file' ? t('imports.sources.file', { name: r.fileName ?? '' }) : t('imports.sources.api', { name: r.tokenName ?? '' })}</td>
                <td>{r.rowsTaken}</td>
                <td>{r.rowsRefused}</td>
                <td>{t(`imports.statuses.${r.status}`)}</td>
                <td className="import-message">{r.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Reason codes and policy overrides per chain, region and store, and the history of imports. */
export function ReferenceScreen({ locale }: ScreenProps) {
  const { t } = useTranslation(referenceNamespace);
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState('');
  const [reasonDraft, setReasonDraft] = useState<ReasonDraft>({ scope: 'chain', code: '', names: noNames(), retired: false });
  const { data: view, error } = useLoad<ReferenceView>('/api/reference', reload);
  const saved = (text: string) => {
    setMessage(text);
    setReload((n) => n + 1);
  };
  if (!view) return <ReferenceError error={error} />;
  const scopeOf = (scope: string) => scopeLabel(t, scope, view.stores);
  const overrideRow = (o: OverrideRow) => (
    <tr key={o.scope}><td>{scopeOf(o.scope)}</td><td><ul>{figuresText(t, o.overrides).map((f) => <li key={f}>{f}</li>)}</ul></td><td>{formatTime(o.updatedAt, locale)}</td></tr>
  );

  return (
    <section aria-labelledby="reference-heading">
      <h1 id="reference-heading">{t('heading')}</h1>
      <p role="status">{message}</p>
      {!view.canEdit && <p>{t('readOnly')}</p>}

      <section aria-labelledby="reasons-heading">
        <h2 id="reasons-heading">{t('reasons.heading')}</h2>
        <p>{t('reasons.intro')}</p>
        {!view.reasons.length && <p>{t('reasons.none')}</p>}
        {view.reasons.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('scope')}</th><th scope="col">{t('reasons.columns.code')}</th><th scope="col">{t('reasons.columns.names')}</th>
                <th scope="col">{t('reasons.columns.state')}</th><th scope="col">{t('updated')}</th>{view.canEdit && <td />}
              </tr>
            </thead>
            <tbody>
              {view.reasons.map((r) => (
                <tr key={`${r.scope} ${r.code}`}>
                  <td>{scopeOf(r.scope)}</td>
                  <td><code>{r.code}</code></td>
                  <td><ul>{Object.entries(r.names).map(([l, n]) => <li key={l} lang={l}>{l}: {n}</li>)}</ul></td>
                  <td>{r.retired ? t('reasons.retired') : t('reasons.offered')}</td>
                  <td>{formatTime(r.updatedAt, locale)}</td>
                  {view.canEdit && (
                    <td>
                      <button type="button" aria-label={`${t('change')}: ${r.code}, ${scopeOf(r.scope)}`}
                        onClick={() => setReasonDraft({ scope: r.scope, code: r.code, names: { ...noNames(), ...r.names }, retired: r.retired })}>{t('change')}</button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {view.canEdit && <div className="editor"><h3>{t('reasons.form')}</h3><ReasonForm view={view} draft={reasonDraft} setDraft={setReasonDraft} onSaved={saved} /></div>}
      </section>

      <section aria-labelledby="overrides-heading">
        <h2 id="overrides-heading">{t('overrides.heading')}</h2>
        <p>{t('overrides.intro')}</p>
        {!view.overrides.length && <p>{t('overrides.none')}</p>}
        {view.overrides.length > 0 && (
          <table>
            <thead><tr><th scope="col">{t('scope')}</th><th scope="col">{t('overrides.columns.figures')}</th><th scope="col">{t('updated')}</th></tr></thead>
            <tbody>{view.overrides.map(overrideRow)}</tbody>
          </table>
        )}
        {view.canEdit && <div className="editor"><h3>{t('overrides.form')}</h3><OverridesForm key={reload} view={view} onSaved={saved} /></div>}
      </section>

      {view.canEdit && <ImportHistory locale={locale} reloadKey={reload} />}
    </section>
  );
}
