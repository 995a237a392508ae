import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../shared/api/printing.js';

/**
 * What became of the end of day just sent to the printer (Printer screen and Reports). Green only
 * once the printer has it: "not printed (no printer)", waiting or unconfirmed is a warning, never
 * shown as a success.
 */
export function EndOfDayOutcome({ job }: { job: PrintJob }) {
  const { t } = useTranslation('receipt');
  return (
    <p className={job.state === 'done' ? 'flash' : 'notice warn'} role="status" data-testid="end-of-day-state">
      {t(`screen.state.${job.state}`)}
    </p>
  );
}
