import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import { hlcWallMs } from '../../../shared/domain/hlc.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import { localDay } from '../clock.js';

/** Returns and exchanges are final; a manager voids a wrong one the same day, with a reason. */
export async function voidCase(desk: Desk, { caseId, reason, approvalPin }: ParsedInputOf<typeof casesApi.voidCase>) {
  // Signed in first: otherwise anyone at the screen could probe case numbers and manager PINs here.
  desk.requireStaff();
  const mustBeVoidable = () => {
    const s = desk.getCase(caseId);
    if (s.type === 'complaint' || s.status === 'voided') throw new DeskError('not_voidable');
    if (localDay(hlcWallMs(s.openedAt)) !== desk.today()) throw new DeskError('void_not_same_day');
  };
  mustBeVoidable();
  const manager = await desk.staff.approvingManager(approvalPin, ['void']);
  // The PIN check took a while: another command may have voided the case meanwhile.
  mustBeVoidable();
  return desk.runCommand(caseId, (append) => append('case.voided', { reason, managerId: manager.id }));
}
