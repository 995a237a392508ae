import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';

/** A manager records what was done about an over-refund head office flagged (the customer paid back, the loss accepted). */
export async function settleConflict(desk: Desk, { caseId, note, approvalPin }: ParsedInputOf<typeof casesApi.settleConflict>) {
  // Signed in first, as for a void: nobody at the screen probes cases or manager PINs here.
  desk.requireStaff();
  const mustBeOpen = () => {
    const { conflict } = desk.getCase(caseId);
    if (!conflict || conflict.settled) throw new DeskError('no_open_conflict');
  };
  mustBeOpen();
  const manager = await desk.staff.approvingManager(approvalPin, ['settle_conflict']);
  // Another desk's settlement may have been pulled while the PIN was checked.
  mustBeOpen();
  return desk.runCommand(caseId, (append) => append('case.flag_settled', { note, managerId: manager.id }));
}
