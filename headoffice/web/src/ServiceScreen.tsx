import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeSchema, remedySchema } from '../../../shared/domain/events.js';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import { serviceStepSchema, type QueueItem } from '../../../shared/headoffice/service.js';
import { api, type ApiError } from './api.js';
import { ErrorText } from './ErrorText.js';
import { formatDay } from './format.js';
import { useLoad } from './use-load.js';

type Step = 'received' | 'progress' | 'verdict';

/** One step on a claim: the item arrived, progress, or the verdict with its remedy and written reasons. */
function StepForm({ claim, onDone }: { claim: QueueItem; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(claim.status === 'received' ? 'received' : 'progress');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('accepted');
  const [method, setMethod] = useState('repair');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const raw = step === 'verdict' ? { step, outcome, method: outcome === 'rejected' ? undefined : method, reason: reason || undefined } : { step, note: note || undefined };
    const parsed = serviceStepSchema.safeParse(raw);
    if (!parsed.success) {
      setInvalid(parsed.error.issues.map((i) => String(i.path[0])));
      return setError({ code: 'malformed', message: '' });
    }
    const r = await api('POST', `/api/service/claims/${encodeURIComponent(claim.caseNo)}`, parsed.data);
    if (!r.ok) {
      setInvalid(r.error.fields ?? []);
      return setError(r.error);
    }
    onDone(t('service.recorded', { caseNo: claim.caseNo }));
  };
  const invalidAttr = (field: string) => (invalid.includes(field) ? true : undefined);

  return (
    <form className="user-form" onSubmit={(e) => void submit(e)} aria-label={t('service.work', { caseNo: claim.caseNo })}>
      <fieldset>
        <legend>{t('service.step')}</legend>
        {(['received', 'progress', 'verdict'] as const).map((s) => (
          <label key={s} className="check"><input type="radio" name="step" value={s} checked={step === s} onChange={() => setStep(s)} /> {t(`service.steps.${s}`)}</label>
        ))}
      </fieldset>
      {step !== 'verdict' && (
        <div className="field">
          <label htmlFor="service-note">{t('service.note')}</label>
          <textarea id="service-note" rows={3} maxLength={2000} aria-invalid={invalidAttr('note')} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
      {step === 'verdict' && (
        <>
          <div className="field">
            <label htmlFor="service-outcome">{t('service.outcome')}</label>
            <select id="service-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              {outcomeSchema.options.map((o) => <option key={o} value={o}>{t(`terms:outcome.${o}`)}</option>)}
            </select>
          </div>
          {outcome !== 'rejected' && (
            <div className="field">
              <label htmlFor="service-method">{t('service.method')}</label>
              <select id="service-method" aria-invalid={invalidAttr('method')} value={method} onChange={(e) => setMethod(e.target.value)}>
                {remedySchema.options.filter((m) => m !== 'none').map((m) => <option key={m} value={m}>{t(`terms:remedy.${m}`)}</option>)}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="service-reason">{t('service.reason')}</label>
            <textarea id="service-reason" rows={4} maxLength={2000} aria-invalid={invalidAttr('reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </>
      )}
      <ErrorText error={error} />
      <button type="submit">{t('service.record')}</button>
    </form>
  );
}

/** The claims sent to service, oldest statutory deadline first, with the days left; each worked step by step. */
export function ServiceScreen({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const [reload, setReload] = useState(0);
  const [working, setWorking] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const { data, error } = useLoad<{ claims: QueueItem[] }>('/api/service/queue', reload);
  const claim = data?.claims.find((c) => c.caseNo === working) ?? null;
  const done = (text: string) => {
    setMessage(text);
    setWorking(null);
    setReload((n) => n + 1);
  };
  const columns = ['caseNo', 'store', 'status', 'due', 'daysLeft', 'product', 'customer'] as const;

  return (
    <section aria-labelledby="service-heading">
      <h1 id="service-heading">{t('service.heading')}</h1>
      <p role="status">{message || (data && (data.claims.length ? t('service.count', { count: data.claims.length }) : t('service.none')))}</p>
      <ErrorText error={error} />
      {claim && (
        <div className="editor">
          <h2>{t('service.work', { caseNo: claim.caseNo })}</h2>
          <p>{claim.product ? `${claim.product}: ` : ''}{claim.description}</p>
          <StepForm key={claim.caseNo} claim={claim} onDone={done} />
        </div>
      )}
      {data && data.claims.length > 0 && (
        <table>
          <thead>
            <tr>{columns.map((c) => <th key={c} scope="col">{t(`service.columns.${c}`)}</th>)}<th scope="col">{t('users.actions')}</th></tr>
          </thead>
          <tbody>
            {data.claims.map((c) => (
              <tr key={c.caseNo} className={c.daysLeft !== null && c.daysLeft < 0 ? 'overdue' : undefined}>
                <td>{c.caseNo}</td>
                <td>{c.storeCode}</td>
                <td>{t(`terms:status.${c.status}`)}</td>
                <td>{c.dueDate ? formatDay(c.dueDate, locale) : ''}</td>
                <td>{c.daysLeft ?? ''}{c.daysLeft !== null && c.daysLeft < 0 ? ` · ${t('cases.overdue')}` : ''}</td>
                <td>{c.product ?? c.description.slice(0, 60)}</td>
                <td>{c.customer ?? ''}</td>
                <td><button type="button" onClick={() => setWorking(c.caseNo)}>{t('service.work', { caseNo: c.caseNo })}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
