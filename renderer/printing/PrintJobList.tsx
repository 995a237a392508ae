import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../shared/api/printing.js';

/** Where each document of the case stands: printed, waiting (and why), or to be checked. */
export function PrintJobList({ jobs, onRetry }: { jobs: PrintJob[]; onRetry(jobId: string): void }) {
  const { t, i18n } = useTranslation('receipt');
  if (!jobs.length) return <p className="empty">{t('screen.noJobs')}</p>;
  const time = (ms: number) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(ms);
  return (
    <ul className="print-jobs">
      {jobs.map((j) => (
        <li key={j.id} className={`print-job print-job-${j.state}`} data-testid="print-job">
          <span className="print-job-doc">{t(`screen.docName.${j.kind}`)}</span>
          <span className={`badge print-state-${j.state}`}>{t(`screen.state.${j.state}`)}</span>
          {j.state === 'done' && j.printedAt !== null && <span className="print-job-when">{time(j.printedAt)}</span>}
          {j.lastError && j.state !== 'done' && <span className="print-job-error">{j.lastError}</span>}
          {j.state === 'queued' && j.attempts > 0 && (
            <span className="print-job-when">
              {t('screen.attempts', { n: j.attempts })}
              {j.nextAt !== null && ` · ${t('screen.nextTry', { time: time(j.nextAt) })}`}
            </span>
          )}
          {j.state === 'queued' && j.attempts > 0 && <button type="button" onClick={() => onRetry(j.id)}>{t('screen.retryNow')}</button>}
        </li>
      ))}
    </ul>
  );
}
