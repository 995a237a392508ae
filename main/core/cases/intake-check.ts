import type { IntakeProblems } from '../../../shared/domain/intake-rules.js';
import { DeskError } from '../../../shared/result.js';

/** Refuses what the counter rules find, naming every field at once (as the form does). */
export function refuseIntakeProblems(problems: IntakeProblems) {
  const fields = Object.keys(problems);
  if (!fields.length) return;
  const code = Object.values(problems).every((p) => p === 'purchase_in_future') ? 'purchase_in_future' : 'complaint_details_missing';
  throw new DeskError(code, {}, { fields });
}
