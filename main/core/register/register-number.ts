import { formatRegisterNo } from '../../../shared/law/register-number.js';
import { scalar } from '../db/sqlite.js';
import type { Desk } from '../desk.js';

/**
 * The next BG register number of this desk and year; runs inside the filing's transaction, so two
 * filings never take the same number and a failed one takes none. It follows the highest number of
 * this desk and year in the projection (the desk's cases are found by their case numbers, in the
 * case_no index), which holds the predecessor's claims on a PC that replaced the desk (enroll
 * --replace): it continues that register without a gap or a clash. No counter of its own to keep.
 */
export function nextRegisterNo(desk: Desk): string {
  const { storeCode, deskCode } = desk.requireSetup();
  const year = Number(desk.today().slice(0, 4));
  const casePrefix = `${storeCode}-${deskCode}-${year}-`;
  // The digits after `<casePrefix>R` (SQLite counts from 1).
  const highest = scalar<number | null>(desk.db,
    "SELECT max(CAST(substr(json_extract(state, '$.complaint.registerNo'), ?) AS INTEGER)) FROM cases WHERE case_no > ? AND case_no < ? AND type = 'complaint'",
    casePrefix.length + 2, casePrefix, `${casePrefix}:`);
  return formatRegisterNo(storeCode, deskCode, year, (highest ?? 0) + 1);
}
