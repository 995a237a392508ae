import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskReport, ReportRange } from '../../shared/api/reports.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { DateField } from '../forms/DateField.js';
import { useCommand } from '../forms/use-command.js';
import { formatDay, localToday } from '../format/locale-format.js';
import { EndOfDaySection } from './EndOfDaySection.js';
import { lastWeek, thisMonth } from './report-range.js';
import { ReportView } from './ReportView.js';

/** The CSV as a file the browser saves (Electron and the browser preview alike). */
function download(filename: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/** A manager's reports: any range of past days on screen with charts, printable, exportable as CSV; and any day's end of day. */
export function ReportsScreen() {
  const { t, i18n } = useTranslation(['reports']);
  const [range, setRange] = useState<ReportRange>(() => lastWeek(localToday()));
  const [report, setReport] = useState<DeskReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const command = useCommand<DeskReport>({ onSaved: setReport });
  const show = (r: ReportRange) => {
    setRange(r);
    void command.submit(() => desk.deskReport({ range: r }));
  };
  const exportCsv = async () => {
    const res = await desk.exportDeskReport({ range: { from: report!.from, to: report!.to } });
    setProblem(res.ok ? null : res.error.message);
    if (res.ok) download(res.value.filename, res.value.csv);
  };
  return (
    <section className="reports">
      <CounterForm command={command} className="report-range no-print" title={t('reports:title')} submitLabel={t('reports:show')} onSubmit={() => show(range)}>
        <div className="row">
          <DateField name="range.from" label={t('reports:from')} value={range.from} onChange={(from) => setRange({ ...range, from })} />
          <DateField name="range.to" label={t('reports:to')} value={range.to} onChange={(to) => setRange({ ...range, to })} />
          <div className="range-presets">
            <button type="button" onClick={() => show(lastWeek(localToday()))}>{t('reports:lastWeek')}</button>
            <button type="button" onClick={() => show(thisMonth(localToday()))}>{t('reports:thisMonth')}</button>
          </div>
        </div>
      </CounterForm>
      {report && (
        <>
          <div className="report-head">
            <h2>{t('reports:range', { from: formatDay(report.from, i18n.language), to: formatDay(report.to, i18n.language) })}</h2>
            <div className="report-actions no-print">
              <button type="button" onClick={() => void exportCsv()}>{t('reports:exportCsv')}</button>
              <button type="button" onClick={() => window.print()}>{t('reports:print')}</button>
            </div>
          </div>
          {problem && <p className="form-summary" role="alert">{problem}</p>}
          <ReportView report={report} />
        </>
      )}
      <EndOfDaySection />
    </section>
  );
}
