import { saleBalance, type SaleRefund } from '../../../shared/sales/refund-bounds.js';
import type { Sale } from '../../../shared/sales/sale.js';
import type { Queryable } from '../db/database.js';
import { refoldCases, storeFolds } from './case-fold.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import { jsonParam } from './event-store.js';
import { appendAtHeadOffice, type HeadOfficeEntry } from './headoffice-device.js';

/** `case.flagged` names at most this many cases and bounds (its schema's limit). */
const maxListed = 100;
const saleList = '(SELECT jsonb_array_elements_text($1::jsonb))';
const sameList = (a: readonly string[], b: readonly string[]) => JSON.stringify(a) === JSON.stringify(b);

type Flag = { sale_id: string; cases: string[]; over: string[]; cleared: boolean };

/**
 * Folds the cases (refoldCases), then checks the sales they refund from, or did before a void,
 * against the refunds of every case of the store: desks offline from each other can refund one
 * sale beyond what was sold or paid. Inside the caller's transaction, which holds the store's lock.
 */
export async function refoldAndFlag(tx: Queryable, storeCode: string, caseIds: Iterable<string>, now = Date.now): Promise<void> {
  await flagOverRefunds(tx, storeCode, await refoldCases(tx, storeCode, caseIds), now);
}

/** refoldAndFlag from every event head office holds of each case, in the caller's hand (storeFolds). */
export async function foldAndFlag(tx: Queryable, storeCode: string, byCase: ReadonlyMap<string, DeskEvent[]>, now = Date.now): Promise<void> {
  await flagOverRefunds(tx, storeCode, await storeFolds(tx, storeCode, byCase), now);
}

/**
 * A finding (the cases, what is over) not flagged before for its sale is recorded as `case.flagged`
 * on every case refunding from it, as head office's own device; desks pull it. The same finding
 * again (a re-push, a re-fold, a note) records nothing. One back within bounds (a case was voided)
 * is marked cleared, with no event: nothing is left for the desks to settle. Only a sale of the
 * case's own store bounds it, and a sale head office does not hold (yet) bounds nothing.
 */
async function flagOverRefunds(tx: Queryable, storeCode: string, saleIds: ReadonlySet<string>, now: () => number): Promise<void> {
  if (!saleIds.size) return;
  const params = [jsonParam([...saleIds]), storeCode];
  const sales = await tx.query<{ body: Sale }>(`SELECT body FROM sales WHERE id IN ${saleList} AND store_code = $2`, params);
  if (!sales.length) return;
  const refunds = await tx.query<{ case_id: string; refund: SaleRefund }>(
    `SELECT case_id::text AS case_id, refund FROM case_sale_refunds WHERE sale_id IN ${saleList} AND store_code = $2 ORDER BY case_no, case_id`, params);
  const flags = await tx.query<Flag>(`SELECT sale_id, cases, over, cleared_at IS NOT NULL AS cleared FROM over_refunds WHERE sale_id IN ${saleList}`, [params[0]]);
  const flagged = new Map(flags.map((f) => [f.sale_id, f]));
  const findings: { sale_id: string; cases: string[]; over: string[] }[] = [];
  const cleared: string[] = [];
  const entries: HeadOfficeEntry[] = [];
  for (const { body: sale } of sales) {
    const mine = refunds.filter((r) => r.refund.saleId === sale.id);
    const { over } = saleBalance(sale, mine.map((r) => r.refund));
    const cases = [...new Set(mine.map((r) => r.refund.caseNo))];
    const before = flagged.get(sale.id);
    if (!over.length) {
      if (before && !before.cleared) cleared.push(sale.id);
    } else if (!before || before.cleared || !sameList(before.cases, cases) || !sameList(before.over, over)) {
      findings.push({ sale_id: sale.id, cases, over });
      const payload = { kind: 'over_refund' as const, saleId: sale.id, receiptNo: sale.receiptNo, over: over.slice(0, maxListed), cases: cases.slice(0, maxListed) };
      entries.push(...mine.map((r) => ({ caseId: r.case_id, type: 'case.flagged' as const, payload })));
    }
  }
  if (cleared.length) await tx.query(`UPDATE over_refunds SET cleared_at = now() WHERE sale_id IN ${saleList}`, [jsonParam(cleared)]);
  if (!findings.length) return;
  await tx.query(
    `INSERT INTO over_refunds (sale_id, store_code, cases, over) SELECT sale_id, $2, cases, over FROM jsonb_to_recordset($1::jsonb) AS x (sale_id text, cases jsonb, over jsonb)
     ON CONFLICT (sale_id) DO UPDATE SET cases = excluded.cases, over = excluded.over, flagged_at = now(), cleared_at = NULL`,
    [jsonParam(findings), storeCode],
  );
  await appendAtHeadOffice(tx, storeCode, 'head-office', entries, now);
  // The flags change no refund: nothing more to check.
  await refoldCases(tx, storeCode, entries.map((e) => e.caseId));
}
