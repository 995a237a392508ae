import { z } from 'zod';
import { method } from './method.js';
import type { CaseState } from '../domain/case-state.js';
import type { DeskEvent } from '../domain/events.js';
import { withoutUnstorableChars } from '../domain/events.js';
import { pinSchema } from '../settings.js';

/** Everything the desk holds about one customer: each of their cases with its events (the export, as JSON). */
export type CustomerData = { query: string; exportedAt: string; cases: { case: CaseState; events: DeskEvent[] }[] };

/** A phone number, an e-mail or a full name; only looked up, so half a character is dropped, not refused. */
const customerQuery = z.string().trim().min(3).max(200).transform(withoutUnstorableChars);

/** A customer's request about their data (GDPR art. 15, 17): a manager's, by PIN, every time. */
export const privacyApi = {
  findCustomerData: method<CustomerData>()(z.object({ query: customerQuery, approvalPin: pinSchema }).strict()),
  /** Erases the contact on the cases the manager was shown (by id); answers how many were erased. */
  eraseCustomerData: method<{ erased: number }>()(z.object({ caseIds: z.array(z.uuid()).min(1).max(500), approvalPin: pinSchema }).strict()),
};
