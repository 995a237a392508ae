import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import { codeRequestSchema, type DeskView, type IssuedCode, type StoreDetail } from '../../../../shared/headoffice/stores.js';
import { storesNamespace } from '../../../../shared/i18n/headoffice-stores/index.js';
import { api, type ApiError } from '../api.js';
import { formatTime } from '../format.js';
import { StoresError } from './StoresError.js';
import { formatOffset } from './offset.js';

/** As the desk warns its own clerk: more than 2 minutes off head office's clock. */
const clockWrongMs = 2 * 60_000;

function DeskRow({ store, desk, locale, admin, onChanged }: { store: string; desk: DeskView; locale: Locale; admin: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation(storesNamespace);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const unknown = t('desks.unknown');
  const clockWrong = desk.clockOffsetMs !== null && Math.abs(desk.clockOffsetMs) > clockWrongMs;
  const revoke = async () => {
    const r = await api('DELETE', `/api/stores/${encodeURIComponent(store)}/devices/${encodeURIComponent(desk.deviceId)}`);
    if (!r.ok) return setError(r.error);
    onChanged(t('desks.revokedDone', { desk: desk.deskCode }));
  };
  return (
    <tr className={desk.revokedAt ? 'revoked' : undefined}>
      <th scope="row">{desk.deskCode}</th>
      <td>{formatTime(desk.enrolledAt, locale)}</td>
      <td>{desk.lastSyncAt ? formatTime(desk.lastSyncAt, locale) : t('desks.never')}</td>
      <td>{desk.eventsWaiting ?? unknown}</td>
      <td>{desk.appVersion ?? unknown}</td>
      <td className={clockWrong ? 'clock-wrong' : undefined}>
        {desk.clockOffsetMs === null ? unknown : formatOffset(desk.clockOffsetMs, locale)}{clockWrong ? ` · ${t('desks.clockWrong')}` : ''}
      </td>
      <td>
        {desk.revokedAt ? t('desks.revoked', { time: formatTime(desk.revokedAt, locale) }) : t('desks.active')}
        {admin && !desk.revokedAt && !confirming && <> <button type="button" onClick={() => setConfirming(true)}>{t('desks.revoke', { desk: desk.deskCode })}</button></>}
        {confirming && (
          <div role="group" aria-label={t('desks.revoke', { desk: desk.deskCode })}>
            <p>{t('desks.revokeConfirm', { desk: desk.deskCode })}</p>
            <button type="button" onClick={() => void revoke()}>{t('desks.revokeYes')}</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>{t('desks.revokeNo')}</button>
            <StoresError error={error} />
          </div>
        )}
      </td>
    </tr>
  );
}

/** A new code's text, its QR image and its expiry: shown once, head office keeps only its hash. */
function IssuedCodePanel({ issued, locale }: { issued: IssuedCode; locale: Locale }) {
  const { t } = useTranslation(storesNamespace);
  return (
    <div className="editor issued-code" aria-labelledby="issued-code-heading">
      <h3 id="issued-code-heading">{t('codes.issued', { desk: issued.deskCode })}</h3>
      <p className="enrollment-code" data-testid="enrollment-code">{issued.code}</p>
      <img className="enrollment-qr" src={issued.qr} alt={t('codes.qr', { code: issued.code })} />
      <p>{t('codes.validUntil', { time: formatTime(issued.expiresAt, locale) })} {t('codes.onlyNow')}</p>
    </div>
  );
}

function IssueForm({ store, onIssued }: { store: string; onIssued: (code: IssuedCode) => void }) {
  const { t } = useTranslation(storesNamespace);
  const [desk, setDesk] = useState('');
  const [hours, setHours] = useState('24');
  const [replace, setReplace] = useState(false);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = codeRequestSchema.safeParse({ desk, hours: Number(hours), replace });
    if (!parsed.success) {
      setInvalid(parsed.error.issues.map((i) => String(i.path[0])));
      return setError({ code: 'malformed', message: '' });
    }
    const r = await api<IssuedCode>('POST', `/api/stores/${encodeURIComponent(store)}/codes`, parsed.data);
    if (!r.ok) {
      setInvalid(r.error.fields ?? []);
      return setError(r.error);
    }
    setInvalid([]);
    setError(null);
    onIssued(r.value);
  };
  const wrong = (field: string) => invalid.includes(field) || undefined;
  return (
    <form className="user-form" onSubmit={(e) => void submit(e)} aria-label={t('codes.issue')}>
      <div className="field">
        <label htmlFor="code-desk">{t('codes.desk')}</label>
        <input id="code-desk" required maxLength={3} autoComplete="off" aria-describedby="code-desk-hint" aria-invalid={wrong('desk')} value={desk} onChange={(e) => setDesk(e.target.value)} />
        <small id="code-desk-hint">{t('codes.deskHint')}</small>
      </div>
      <div className="field">
        <label htmlFor="code-hours">{t('codes.hours')}</label>
        <input id="code-hours" type="number" min={1} max={720} required aria-invalid={wrong('hours')} value={hours} onChange={(e) => setHours(e.target.value)} />
      </div>
      <label className="check"><input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {t('codes.replace')}</label>
      <StoresError error={error} />
      <div><button type="submit">{t('codes.issue')}</button></div>
    </form>
  );
}

/** The store's desks with what each reported at its last sync, and its enrollment codes. */
export function DesksAndCodes({ detail, locale, admin, onChanged }: { detail: StoreDetail; locale: Locale; admin: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation(storesNamespace);
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const store = encodeURIComponent(detail.store.code);
  const revokeCode = async (id: string, desk: string) => {
    const r = await api('DELETE', `/api/stores/${store}/codes/${id}`);
    if (!r.ok) return setError(r.error);
    setError(null);
    if (issued?.id === id) setIssued(null);
    onChanged(t('codes.revokedDone', { desk }));
  };
  const deskColumns = ['desk', 'enrolled', 'lastSync', 'waiting', 'version', 'clock', 'state'] as const;
  const codeColumns = ['desk', 'issued', 'expires', 'replace'] as const;

  return (
    <>
      <h2>{t('desks.heading')}</h2>
      {detail.desks.length === 0 ? <p>{t('desks.none')}</p> : (
        <>
          <table className="desks">
            <thead><tr>{deskColumns.map((c) => <th key={c} scope="col">{t(`desks.columns.${c}`)}</th>)}</tr></thead>
            <tbody>{detail.desks.map((d) => <DeskRow key={d.deviceId} store={detail.store.code} desk={d} locale={locale} admin={admin} onChanged={onChanged} />)}</tbody>
          </table>
          <p><small>{t('desks.clockHint')}</small></p>
        </>
      )}

      <h2>{t('codes.heading')}</h2>
      {admin && (
        <>
          <p>{t('codes.intro')}</p>
          <IssueForm store={detail.store.code} onIssued={(code) => { setIssued(code); onChanged(t('codes.issued', { desk: code.deskCode })); }} />
          {issued && <IssuedCodePanel issued={issued} locale={locale} />}
        </>
      )}
      <h3>{t('codes.pending')}</h3>
      <StoresError error={error} />
      {detail.codes.length === 0 ? <p>{t('codes.none')}</p> : (
        <table className="codes">
          <thead>
            <tr>{codeColumns.map((c) => <th key={c} scope="col">{t(`codes.columns.${c}`)}</th>)}{admin && <td />}</tr>
          </thead>
          <tbody>
            {detail.codes.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.deskCode}</th>
                <td>{formatTime(c.issuedAt, locale)}</td>
                <td>{formatTime(c.expiresAt, locale)}</td>
                <td>{c.replace ? t('codes.yes') : t('codes.no')}</td>
                {admin && <td><button type="button" onClick={() => void revokeCode(c.id, c.deskCode)}>{t('codes.revoke', { desk: c.deskCode })}</button></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
