import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../shared/api/cases.js';
import type { ReceiptPreview as Preview } from '../../shared/api/printing.js';
import { desk } from '../desk.js';
import { ReceiptPreview } from './ReceiptPreview.js';
import { PrintJobList } from './PrintJobList.js';
import { usePrintJobs } from './use-print-jobs.js';

type CaseDoc = 'complaint_confirmation' | 'complaint_resolution' | 'return' | 'exchange';

/** On the case detail: the documents as printed (preview), where each print job stands, and reprint. */
export function CasePrintPanel({ detail }: { detail: CaseDetail; refresh(): void }) {
  const { t } = useTranslation('receipt');
  const caseId = detail.case.id;
  const [previews, setPreviews] = useState<Preview[]>([]);
  const [shown, setShown] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const { jobs, reload } = usePrintJobs(caseId);

  useEffect(() => {
    void desk.previewDocuments({ caseId }).then((r) => {
      if (r.ok) {
        setPreviews(r.value);
        setShown(r.value.length - 1); // the newest document first (the resolution once there is one)
      } else setProblem(r.error.message);
    });
  }, [caseId, detail.case.eventCount]);
  useEffect(() => void reload(), [detail.case.eventCount, reload]);

  const act = async (call: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    const r = await call();
    setProblem(r.ok ? null : (r.error?.message ?? null));
    await reload();
  };
  const current = previews[shown];
  return (
    <section className="print-panel" aria-label={t('screen.jobs')}>
      <h2>{t('screen.preview')}</h2>
      {problem && <p className="form-summary" role="alert">{problem}</p>}
      {previews.length > 1 && (
        <div className="preview-tabs" role="tablist">
          {previews.map((p, i) => (
            <button key={p.kind} type="button" role="tab" aria-selected={i === shown} className={i === shown ? 'primary' : ''} onClick={() => setShown(i)}>
              {t(`screen.docName.${p.kind}`)}
            </button>
          ))}
        </div>
      )}
      {current && (
        <>
          <ReceiptPreview preview={current} label={t(`screen.docName.${current.kind}`)} />
          <button type="button" onClick={() => void act(() => desk.reprint({ caseId, kind: current.kind as CaseDoc }))}>
            {t('screen.reprint')}: {t(`screen.docName.${current.kind}`)}
          </button>
        </>
      )}
      <h2>{t('screen.jobs')}</h2>
      <PrintJobList jobs={jobs} onRetry={(jobId) => void act(() => desk.retryPrintJob({ jobId }))} />
    </section>
  );
}
