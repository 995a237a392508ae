import type { printingApi } from '../../../shared/api/printing.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import type { Desk } from '../desk.js';
import type { PrintService } from '../printing/print-service.js';

/** Printing is for signed-in staff only: every handler checks the session first. */
export function printingHandlers(desk: Desk, printing: PrintService): HandlersOf<typeof printingApi> {
  const staff = <T>(f: () => T) => {
    desk.requireStaff();
    return f();
  };
  return {
    getPrinterSettings: () => staff(() => printing.settings()),
    savePrinterSettings: ({ settings }) => staff(() => printing.saveSettings(settings)),
    testPrint: ({ settings }) => staff(() => printing.testPrint(settings)),
    previewDocuments: ({ caseId }) => staff(() => printing.previewCase(caseId)),
    reprint: ({ caseId, kind }) => staff(() => printing.reprint(caseId, kind)),
    retryPrintJob: ({ jobId }) => staff(() => printing.retry(jobId)),
    listPrintJobs: ({ caseId, limit }) => staff(() => printing.list(caseId, limit)),
    previewEndOfDay: ({ day }) => staff(() => printing.previewEndOfDay(day)),
    printEndOfDay: ({ day }) => staff(() => printing.printEndOfDay(day)),
  };
}
