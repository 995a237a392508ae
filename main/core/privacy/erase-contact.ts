import type { CaseState } from '../../../shared/domain/case-state.js';
import type { Staff } from '../../../shared/settings.js';
import type { Desk } from '../desk.js';

/** Who erases by the calendar: no person, so the event names the rule. */
export const retentionActor: Staff = { id: 'retention', name: 'retention', role: 'manager' };

/**
 * Records `customer.erased` on a case: the event log scrubs the case's stored contact as it stores
 * it (privacy/scrub-contact.ts), the projection and the search row are refolded without it, and
 * sync carries the event to head office, which does the same.
 */
export function eraseContact(desk: Desk, caseId: string, erasure: { reason: 'retention' } | { reason: 'request'; manager: Staff }): CaseState {
  if (erasure.reason === 'retention') return desk.runCommand(caseId, (append) => append('customer.erased', { reason: 'retention' }), retentionActor);
  return desk.runCommand(caseId, (append) => append('customer.erased', { reason: 'request', managerId: erasure.manager.id }));
}
