import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob, ReceiptPreview as Preview } from '../../shared/api/printing.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { DateField } from '../forms/DateField.js';
import { useCommand } from '../forms/use-command.js';
import { localToday } from '../format/locale-format.js';
import { ReceiptPreview } from '../printing/ReceiptPreview.js';
import { EndOfDayOutcome } from '../printing/EndOfDayOutcome.js';

/** The end of day of any past day (or today), as it prints, then on the receipt printer. */
export function EndOfDaySection() {
  const { t } = useTranslation(['reports', 'receipt']);
  const [day, setDay] = useState(localToday);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [job, setJob] = useState<PrintJob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const command = useCommand<Preview>({ onSaved: (p) => { setPreview(p); setJob(null); setProblem(null); } });
  const print = async () => {
    const r = await desk.printEndOfDay({ day });
    setJob(r.ok ? r.value : null);
    setProblem(r.ok ? null : r.error.message);
  };
  return (
    <section className="report-section end-of-day no-print">
      <CounterForm command={command} title={t('reports:endOfDay')} submitLabel={t('reports:show')} onSubmit={() => void command.submit(() => desk.previewEndOfDay({ day }))}>
        <DateField name="day" label={t('reports:endOfDayFor')} value={day} onChange={setDay} />
      </CounterForm>
      {preview && (
        <>
          <ReceiptPreview preview={preview} label={t('receipt:screen.docName.end_of_day')} />
          <button type="button" className="primary" onClick={() => void print()}>{t('receipt:screen.printEndOfDay')}</button>
          {job && <EndOfDayOutcome job={job} />}
          {problem && <p className="form-summary" role="alert">{problem}</p>}
        </>
      )}
    </section>
  );
}
