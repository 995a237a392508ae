import type { Queryable } from '../db/database.js';
import type { Figure } from './facts.js';
import { drillPageOf, drillStart, type DrillRow, type Page, type Range } from './queries.js';
import type { Scope, Where } from './scope.js';

/**
 * The cases behind a figure that `figureCases` (one key) cannot name: every key of the figure
 * (a store's CSAT, a week's refunds), or the products of one catalogue category ('' for items the
 * catalogue does not know, as the category split counts them). Newest first, keyset pages with the
 * same cursor as `figureCases`. It reads the drill index by figure only, so it is for the smaller
 * lists a dashboard cell names (a store, a week), not the whole chain over years. A case counted
 * under several keys (a return of two reasons) is one row, its parts added up.
 */
export async function casesBehind(
  db: Queryable, scope: Scope, q: Where & Range & { figure: Figure; category?: string; after?: string; limit: number },
): Promise<Page<DrillRow>> {
  const start = await drillStart(db, scope, q);
  if (!start) return { rows: [], next: null };
  const { stores, cursor: [day, caseId, currency] } = start;
  const rows = await db.query<DrillRow>(
    `SELECT f.day::text AS day, f.case_id::text AS "caseId", c.case_no AS "caseNo", c.store_code AS "storeCode", c.type, c.status,
            sum(f.n)::float8 AS n, sum(f.amount)::float8 AS amount, f.currency
     FROM case_figures f JOIN cases c ON c.id = f.case_id
     WHERE f.figure = $1 AND f.day BETWEEN $2::date AND $3::date
       AND ($4::text IS NULL OR coalesce((SELECT ci.category FROM catalogue_items ci WHERE ci.sku = f.key), '') = $4)
       AND (f.day, f.case_id, f.currency) < ($5::date, $6::uuid, $7::text) AND ${stores.sql}
     GROUP BY f.day, f.case_id, f.currency, c.case_no, c.store_code, c.type, c.status
     ORDER BY f.day DESC, f.case_id DESC, f.currency DESC LIMIT $8`,
    [q.figure, q.from, q.to, q.category ?? null, day, caseId, currency, q.limit + 1, ...stores.params],
  );
  return drillPageOf(rows, q.limit);
}
