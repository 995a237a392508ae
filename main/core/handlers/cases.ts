import type { casesApi } from '../../../shared/api/cases.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import type { Desk } from '../desk.js';
import { openComplaint } from '../cases/open-complaint.js';
import { refuseIntakeProblems } from '../cases/intake-check.js';
import { complaintProblems } from '../../../shared/domain/intake-rules.js';
import { addNote, closeComplaint, progressComplaint, recordFeedback, resolveComplaint } from '../cases/complaint-workflow.js';
import { recordReturn } from '../cases/record-return.js';
import { recordExchange } from '../cases/record-exchange.js';
import { voidCase } from '../cases/void-case.js';
import { settleConflict } from '../cases/settle-conflict.js';
import { caseIsOverdue, listCases } from '../db/case-list.js';
import { changeOwnPin, completeSetup, session, signIn } from './session.js';
import { addStaffMember } from '../staff/staff-management.js';

export const casesHandlers = (desk: Desk): HandlersOf<typeof casesApi> => ({
  getSession: () => session(desk),
  completeSetup: ({ setup, manager }) => completeSetup(desk, setup, manager),
  signIn: ({ pin }) => signIn(desk, pin),
  signOut: () => {
    desk.signedIn = null;
    return null;
  },
  listStaff: () => {
    desk.requireStaff();
    return desk.staff.list();
  },
  addStaff: ({ name, role, pin }) => addStaffMember(desk, name, role, pin),
  changeOwnPin: ({ currentPin, newPin }) => changeOwnPin(desk, currentPin, newPin),
  openComplaint: (input) => {
    desk.requireSetup();
    desk.requireStaff();
    refuseIntakeProblems(complaintProblems(input, desk.today()));
    return openComplaint(desk, input);
  },
  progressComplaint: (input) => progressComplaint(desk, input),
  resolveComplaint: (input) => resolveComplaint(desk, input),
  closeComplaint: (input) => closeComplaint(desk, input),
  addNote: (input) => addNote(desk, input),
  recordReturn: (input) => recordReturn(desk, input),
  recordExchange: (input) => recordExchange(desk, input),
  voidCase: (input) => voidCase(desk, input),
  settleConflict: (input) => settleConflict(desk, input),
  recordFeedback: (input) => recordFeedback(desk, input),
  listCases: (filter) => {
    desk.requireStaff();
    return listCases(desk.db, filter, desk.today());
  },
  getCase: ({ caseId }) => {
    desk.requireStaff();
    // The projection is the fold of these events, kept current by every command and pull.
    const state = desk.getCase(caseId);
    return { case: state, events: desk.log.eventsOf(caseId), overdue: caseIsOverdue(state, desk.today()) };
  },
});
