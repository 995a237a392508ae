import { useCallback, useEffect, useState } from 'react';
import type { PrintJob } from '../../shared/api/printing.js';
import { desk } from '../desk.js';

export const POLL_MS = 1_500;

/** The case's print jobs, polled while any is still on its way so the state on screen follows the printer. */
export function usePrintJobs(caseId: string) {
  const [jobs, setJobs] = useState<PrintJob[]>([]);
  const load = useCallback(async () => {
    const r = await desk.listPrintJobs({ caseId });
    if (r.ok) setJobs(r.value);
  }, [caseId]);
  const pending = jobs.some((j) => j.state === 'queued' || j.state === 'printing');
  useEffect(() => {
    void load();
    if (!pending) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load, pending]);
  return { jobs, reload: load };
}
