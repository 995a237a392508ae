import type { printingApi } from '../../../shared/api/printing.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import type { PrintService } from '../printing/print-service.js';

/**
 * Printing is for signed-in staff only: every handler checks the session first. Where the desk
 * sends its bytes is a manager's choice: saving printer settings, or test-printing to an address
 * not saved yet, would otherwise let any clerk point the desk at a device of their choosing.
 */
export function printingHandlers(desk: Desk, printing: PrintService): HandlersOf<typeof printingApi> {
  const staff = <T>(f: () => T) => {
    desk.requireStaff();
    return f();
  };
  const manager = <T>(f: () => T) => {
    if (desk.requireStaff().role !== 'manager') throw new DeskError('manager_required', {}, { approve: ['printer'] });
    return f();
  };
  return {
    getPrinterSettings: () => staff(() => printing.settings()),
    savePrinterSettings: ({ settings }) => manager(() => printing.saveSettings(settings)),
    testPrint: ({ settings }) => (settings ? manager : staff)(() => printing.testPrint(settings)),
    previewDocuments: ({ caseId }) => staff(() => printing.previewCase(caseId)),
    reprint: ({ caseId, kind }) => staff(() => printing.reprint(caseId, kind)),
    retryPrintJob: ({ jobId }) => staff(() => printing.retry(jobId)),
    listPrintJobs: ({ caseId, limit }) => staff(() => printing.list(caseId, limit)),
    previewEndOfDay: ({ day }) => staff(() => printing.previewEndOfDay(day)),
    printEndOfDay: ({ day }) => staff(() => printing.printEndOfDay(day)),
  };
}
