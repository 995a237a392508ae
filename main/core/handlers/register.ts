import type { registerApi } from '../../../shared/api/register.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import type { Desk } from '../desk.js';
import type { PrintService } from '../printing/print-service.js';
import { deskRegister, exportDeskRegister } from '../register/complaints-register.js';
import { handDocument } from '../register/required-documents.js';

/** The register holds customers' names and phones: signed-in staff only, like the cases themselves. */
export function registerHandlers(desk: Desk, printing: PrintService): HandlersOf<typeof registerApi> {
  return {
    complaintsRegister: ({ year }) => {
      desk.requireStaff();
      return deskRegister(desk, year);
    },
    exportComplaintsRegister: ({ year, format }) => {
      desk.requireStaff();
      return exportDeskRegister(desk, format, year);
    },
    handDocument: (input) => handDocument(desk, printing.queue, input),
  };
}
