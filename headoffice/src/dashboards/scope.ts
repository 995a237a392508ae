import type { Queryable } from '../db/database.js';
import { jsonParam } from '../store/event-store.js';

/** The stores a user may see: every store, or these codes. */
export type Scope = { stores: 'all' | readonly string[] };
/** Narrowing asked for: one region, one store (both within the scope). */
export type Where = { region?: string; store?: string };

/**
 * The stores a query covers: 'all' (no filter needed), or the codes in the scope that match
 * `where`, possibly none. A store outside the scope is never included, whatever is asked.
 */
export async function storesCovered(db: Queryable, scope: Scope, where: Where): Promise<'all' | string[]> {
  if (scope.stores === 'all' && !where.region && !where.store) return 'all';
  const rows = await db.query<{ code: string }>(
    `SELECT code FROM stores WHERE ($1::text IS NULL OR region = $1) AND ($2::text IS NULL OR code = $2)
       AND ($3::jsonb IS NULL OR code IN (SELECT jsonb_array_elements_text($3::jsonb))) ORDER BY code`,
    [where.region ?? null, where.store ?? null, scope.stores === 'all' ? null : jsonParam(scope.stores)],
  );
  return rows.map((r) => r.code);
}

/** A SQL condition on `column` for the covered stores, its list passed as parameter `$n`. */
export const storeFilter = (column: string, covered: 'all' | string[], n: number) =>
  covered === 'all' ? { sql: 'true', params: [] } : { sql: `${column} = ANY (ARRAY(SELECT jsonb_array_elements_text($${n}::jsonb)))`, params: [jsonParam(covered)] };
