import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import { claimDueDate } from '../../../shared/domain/policy.js';
import type { Desk } from '../desk.js';

/** Files a complaint with its statutory due date, numbered in the desk's register. */
export function openComplaint(desk: Desk, input: ParsedInputOf<typeof casesApi.openComplaint>) {
  const setup = desk.requireSetup();
  const policy = desk.policy();
  // A suggestion has no statutory deadline; claims and service complaints are answered within the claim period.
  const dueDate = input.kind === 'suggestion' ? undefined : claimDueDate(policy, desk.today(), input.remedy);
  return desk.runCommand(uuidv7(), (append) => {
    append('complaint.opened', { caseNo: desk.nextCaseNo(), country: setup.country, dueDate, ...input });
  });
}
