import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../shared/api/printing.js';
import { desk } from '../desk.js';
import { POLL_MS } from './use-print-jobs.js';

const onItsWay = (j: PrintJob) => j.state === 'queued' || j.state === 'printing';

/**
 * What became of the end of day just sent to the printer (Printer screen and Reports), followed
 * until the printer has it or gives up, with the reason while it waits. Green only once the printer
 * has it: "not printed (no printer)", waiting or unconfirmed is a warning, never shown as a success.
 */
export function EndOfDayOutcome({ job: sent }: { job: PrintJob }) {
  const { t } = useTranslation('receipt');
  const [job, setJob] = useState(sent);
  useEffect(() => setJob(sent), [sent]);
  const pending = onItsWay(job);
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => void desk.listPrintJobs({}).then((r) => {
      const now = r.ok ? r.value.find((j) => j.id === job.id) : undefined;
      if (now) setJob(now);
    }), POLL_MS);
    return () => clearInterval(timer);
  }, [job.id, pending]);
  return (
    <p className={job.state === 'done' ? 'flash' : 'notice warn'} role="status" data-testid="end-of-day-state">
      {t(`screen.state.${job.state}`)}
      {job.lastError && job.state !== 'done' && ` · ${job.lastError}`}
    </p>
  );
}
