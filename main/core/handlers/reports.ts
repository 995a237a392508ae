import type { reportsApi, ReportRange } from '../../../shared/api/reports.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import { deskReport, dueComplaints } from '../reports/desk-report.js';
import { reportCsv } from '../reports/report-csv.js';
import { requireManager } from '../staff/require-manager.js';

/** Reports show refunds per staff member: a manager's. The overdue reminder is everyone's. */
export function reportsHandlers(desk: Desk): HandlersOf<typeof reportsApi> {
  const report = (range: ReportRange) => {
    requireManager(desk);
    if (range.to > desk.today()) throw new DeskError('day_in_future', {}, { fields: ['range.to'] });
    return deskReport(desk, range);
  };
  return {
    deskReport: ({ range }) => report(range),
    exportDeskReport: ({ range }) => {
      const r = report(range);
      const { storeCode, deskCode, language } = desk.requireSetup();
      return reportCsv(r, desk.t(), language, `${storeCode}-${deskCode}`);
    },
    dueComplaints: () => {
      desk.requireStaff();
      return dueComplaints(desk);
    },
  };
}
