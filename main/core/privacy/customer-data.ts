import type { CustomerData } from '../../../shared/api/privacy.js';
import type { Customer } from '../../../shared/domain/events.js';
import { digitsOnly, isDigitGroup, searchFold } from '../../../shared/domain/search-fold.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import { listCases } from '../db/case-list.js';
import { scalar } from '../db/sqlite.js';
import type { Desk } from '../desk.js';
import { eraseContact } from './erase-contact.js';

/** A phone number is the same person's when the last this many digits agree (with or without +420, 0…). */
const phoneDigits = 9;
/** More cases than one customer brings in a lifetime: the search is bounded, never the whole store. */
const maxCandidates = 2000;

type Match = { search: string; is(customer: Customer): boolean };

/** What the manager typed, read as a phone number, an e-mail or a full name, and how the folded search finds its candidates. */
function matcher(query: string): Match {
  if (query.includes('@')) {
    const email = query.toLowerCase();
    return { search: query, is: (c) => c.email?.toLowerCase() === email };
  }
  if (query.split(/\s+/).every(isDigitGroup) && digitsOnly(query).length >= 6) {
    const tail = digitsOnly(query).slice(-phoneDigits);
    return { search: tail, is: (c) => !!c.phone && digitsOnly(c.phone).slice(-phoneDigits) === tail };
  }
  const name = searchFold(query).split(/\s+/).filter(Boolean).join(' ');
  return { search: query, is: (c) => !!c.name && searchFold(c.name).split(/\s+/).filter(Boolean).join(' ') === name };
}

/**
 * Every case of one customer with its events: found by the search index (the same as the case
 * list), then kept only where the case's contact is exactly theirs (a name is the whole name).
 */
export function findCustomerData(desk: Desk, query: string): CustomerData {
  const match = matcher(query);
  const { items } = listCases(desk.db, { query: match.search, limit: maxCandidates, offset: 0 }, desk.today());
  const cases = items
    .map((item) => desk.getCase(item.id))
    .filter((s) => s.customer && match.is(s.customer))
    .map((s) => ({ case: s, events: desk.log.eventsOf(s.id) }));
  return { query, exportedAt: new Date(desk.now()).toISOString(), cases };
}

/** A customer's request (GDPR art. 15): everything about them, for a manager only (PIN every time). */
export async function findCustomerDataApproved(desk: Desk, query: string, approvalPin: string): Promise<CustomerData> {
  desk.requireStaff();
  await desk.staff.approvingManager(approvalPin, ['customer_data']);
  return findCustomerData(desk, query);
}

/**
 * A manager's erasure at the customer's request (GDPR art. 17): each case its own event. A case
 * already without contact, or unknown here, is passed over; the others are erased all the same.
 */
export async function eraseCustomerData(desk: Desk, caseIds: readonly string[], approvalPin: string): Promise<{ erased: number }> {
  desk.requireStaff();
  const manager = await desk.staff.approvingManager(approvalPin, ['customer_data']);
  let erased = 0;
  for (const id of new Set(caseIds)) {
    const json = scalar<string>(desk.db, 'SELECT state FROM cases WHERE id = ?', id);
    const s = json ? (JSON.parse(json) as CaseState) : null;
    if (!s || (!s.customer && !s.feedback?.comment)) continue;
    eraseContact(desk, id, { reason: 'request', manager });
    erased += 1;
  }
  return { erased };
}
