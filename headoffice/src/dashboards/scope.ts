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

/**
 * A SQL condition on `column` for the covered stores, its list passed as parameter `$n` (one store:
 * an equality, which an index led by the store reads in its order).
 */
export const storeFilter = (column: string, covered: 'all' | string[], n: number) =>
  covered === 'all' ? { sql: 'true', params: [] }
  : covered.length === 1 ? { sql: `${column} = $${n}`, params: [covered[0]] }
  : { sql: `${column} = ANY (ARRAY(SELECT jsonb_array_elements_text($${n}::jsonb)))`, params: [jsonParam(covered)] };

/**
 * The first rows, in `order` (which ends in its LIMIT), of the covered stores: the chain's read in
 * one pass (`rows('true')`); a list of stores', each store's from its own index (`rows` given
 * `column = s.code`, list parameter `$n`) and then merged. In the chain's order a region's rows
 * could lie past every other region's.
 */
export const firstRowsByStore = (covered: 'all' | string[], column: string, n: number, rows: (stores: string) => string, order: string) =>
  covered === 'all' ? { sql: rows('true'), params: [] }
  : { sql: `SELECT x.* FROM jsonb_array_elements_text($${n}::jsonb) AS s (code), LATERAL (${rows(`${column} = s.code`)}) x ${order}`, params: [jsonParam(covered)] };

/**
 * Where a figure of the covered stores is read from, so that it reads as few rows as possible and
 * never a store outside them: the roll-ups (figure_rollups, '*' the chain, 'r:' + region) of every
 * region whose stores are all covered, and figure_totals of the covered stores left. Decided in the
 * query itself (one snapshot), from parameter `$n`. Split by store: figure_totals only.
 */
export function rollupSources(covered: 'all' | string[], byStore: boolean, byRegion: boolean, n: number): { rollups: string | null; stores: string | null; params: unknown[] } {
  const regions = "'r:' || coalesce(region, '')";
  if (byStore) {
    const f = storeFilter('t.store_code', covered, n);
    return { rollups: null, stores: f.sql, params: f.params };
  }
  if (covered === 'all') {
    return { rollups: byRegion ? `t.rollup = ANY (ARRAY(SELECT DISTINCT ${regions} FROM stores))` : "t.rollup = '*'", stores: null, params: [] };
  }
  const list = `ARRAY(SELECT jsonb_array_elements_text($${n}::jsonb))`;
  const whole = `ARRAY(SELECT ${regions} FROM stores GROUP BY 1 HAVING bool_and(code = ANY (${list})))`;
  return {
    rollups: `t.rollup = ANY (${whole})`,
    stores: `t.store_code = ANY (ARRAY(SELECT code FROM stores WHERE code = ANY (${list}) AND ${regions} <> ALL (${whole})))`,
    params: [jsonParam(covered)],
  };
}
