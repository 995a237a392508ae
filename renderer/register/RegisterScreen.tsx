import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterView } from '../../shared/api/register.js';
import { desk } from '../desk.js';
import { downloadFile } from './download-file.js';

/** The store's BG complaints register: every desk's complaints this desk holds, as the PDF and CSV print them. */
export function RegisterScreen() {
  const { t } = useTranslation('register');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [view, setView] = useState<RegisterView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void desk.complaintsRegister({ year }).then((r) => {
      setProblem(r.ok ? null : r.error.message);
      setView(r.ok ? r.value : null);
    });
  }, [year]);

  const download = useCallback(async (format: 'csv' | 'pdf') => {
    const r = await desk.exportComplaintsRegister({ year, format });
    if (r.ok) downloadFile(r.value);
    setProblem(r.ok ? null : r.error.message);
  }, [year]);

  return (
    <section className="register-screen" aria-labelledby="register-title">
      <h1 id="register-title">{view?.table.title ?? t('register:menu')}</h1>
      {view && <p className="register-citation">{view.table.citation}</p>}
      <div className="register-tools">
        <label>
          {t('register:year')}{' '}
          <input type="number" min={2000} max={2100} value={year} onChange={(e) => {
            const y = Number(e.target.value);
            if (y >= 2000 && y <= 2100) setYear(y);
          }} />
        </label>
        <button type="button" onClick={() => void download('csv')}>{t('register:downloadCsv')}</button>
        <button type="button" onClick={() => void download('pdf')}>{t('register:downloadPdf')}</button>
      </div>
      {problem && <p className="form-summary" role="alert">{problem}</p>}
      {view && (view.entries.length === 0 ? <p>{t('register:empty')}</p> : (
        <>
          <p>{t('register:count', { count: view.entries.length })}</p>
          <table className="register-table" data-testid="register-table">
            <thead><tr>{view.table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
            <tbody>
              {view.table.rows.map((row, i) => (
                <tr key={view.entries[i]!.caseId}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </>
      ))}
    </section>
  );
}
