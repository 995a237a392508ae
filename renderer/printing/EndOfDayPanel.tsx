import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob, ReceiptPreview as Preview } from '../../shared/api/printing.js';
import { desk } from '../desk.js';
import { ReceiptPreview } from './ReceiptPreview.js';
import { EndOfDayOutcome } from './EndOfDayOutcome.js';

/** Today's summary as it will print, then print it for the cash-up. */
export function EndOfDayPanel() {
  const { t } = useTranslation('receipt');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [job, setJob] = useState<PrintJob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = async () => {
    const r = await desk.previewEndOfDay({});
    if (r.ok) setPreview(r.value);
    else setProblem(r.error.message);
  };
  useEffect(() => void load(), []);
  const print = async () => {
    const r = await desk.printEndOfDay({});
    if (r.ok) setJob(r.value);
    setProblem(r.ok ? null : r.error.message);
  };
  return (
    <section className="settings-section end-of-day">
      <h2>{t('screen.endOfDay')}</h2>
      {problem && <p className="form-summary" role="alert">{problem}</p>}
      {preview && <ReceiptPreview preview={preview} label={t('screen.docName.end_of_day')} />}
      <button type="button" className="primary big" onClick={() => void print()}>{t('screen.printEndOfDay')}</button>
      {job && <EndOfDayOutcome job={job} />}
    </section>
  );
}
