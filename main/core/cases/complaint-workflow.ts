import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import type { CaseState, CaseStatus } from '../../../shared/domain/case-state.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import { requireHandedBefore } from '../register/required-documents.js';

type Input<K extends keyof typeof casesApi> = ParsedInputOf<(typeof casesApi)[K]>;

/** A complaint in one of the given statuses, or a clear refusal; nobody signed out learns a case's status. */
function complaintIn(desk: Desk, caseId: string, allowed: CaseStatus[]): CaseState {
  desk.requireStaff();
  const s = desk.getCase(caseId);
  if (s.type !== 'complaint' || !allowed.includes(s.status)) throw new DeskError('invalid_transition', { status: s.status });
  return s;
}

/** received -> in_progress, optionally sent to a service centre or the supplier. */
export function progressComplaint(desk: Desk, { caseId, sentTo, note }: Input<'progressComplaint'>) {
  complaintIn(desk, caseId, ['received', 'in_progress']);
  return desk.runCommand(caseId, (append) => append('complaint.progressed', { sentTo, note }));
}

/** Settles a claim. A rejection or partial acceptance must give its reasons (CZ §19, and in every pack). */
export function resolveComplaint(desk: Desk, { caseId, outcome, method, reason, note }: Input<'resolveComplaint'>) {
  const s = complaintIn(desk, caseId, ['received', 'in_progress']);
  requireHandedBefore(desk, s, 'resolve');
  if (outcome !== 'accepted' && !reason) throw new DeskError('invalid_input', { fields: 'reason' }, { fields: ['reason'] });
  if (outcome !== 'rejected' && !method) throw new DeskError('invalid_input', { fields: 'method' }, { fields: ['method'] });
  return desk.runCommand(caseId, (append) => append('complaint.resolved', { outcome, method, reason, note }));
}

/** resolved -> closed: the customer was told, or took the item back. */
export function closeComplaint(desk: Desk, { caseId, how, note }: Input<'closeComplaint'>) {
  requireHandedBefore(desk, complaintIn(desk, caseId, ['resolved']), 'close');
  return desk.runCommand(caseId, (append) => append('complaint.closed', { how, note }));
}

export function addNote(desk: Desk, { caseId, text }: Input<'addNote'>) {
  desk.requireStaff();
  desk.getCase(caseId);
  return desk.runCommand(caseId, (append) => append('case.noted', { text }));
}

/** Customer satisfaction, once the case has an answer: resolved complaints and recorded documents. */
export function recordFeedback(desk: Desk, { caseId, ...feedback }: Input<'recordFeedback'>) {
  desk.requireStaff();
  const s = desk.getCase(caseId);
  if (!['resolved', 'closed', 'recorded'].includes(s.status)) throw new DeskError('invalid_transition', { status: s.status });
  return desk.runCommand(caseId, (append) => append('feedback.recorded', feedback));
}
