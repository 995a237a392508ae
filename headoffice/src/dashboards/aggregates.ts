import type { CaseState } from '../../../shared/domain/case-state.js';
import type { Queryable } from '../db/database.js';
import { idList, jsonParam } from '../store/event-store.js';
import { factsOf, type Fact } from './facts.js';

type HeldFact = Fact & { case_id: string };

/** Adds `delta` (signed) to figure_totals at every grain: day, ISO week, month. */
async function addToTotals(tx: Queryable, storeCode: string, delta: Fact[]) {
  if (!delta.length) return;
  // Grouped first: one statement may not update the same total twice (two days of one month).
  await tx.query(
    `INSERT INTO figure_totals (figure, grain, period, store_code, key, currency, n, amount)
     SELECT x.figure, g.grain, figure_period(g.grain, x.day), $2, x.key, x.currency, sum(x.n), sum(x.amount)
     FROM jsonb_to_recordset($1::jsonb) AS x (figure text, key text, day date, currency text, n bigint, amount bigint)
     CROSS JOIN (VALUES ('d'), ('w'), ('m')) AS g (grain)
     GROUP BY 1, 2, 3, 5, 6
     ON CONFLICT (figure, grain, period, store_code, key, currency) DO UPDATE SET n = figure_totals.n + excluded.n, amount = figure_totals.amount + excluded.amount`,
    [jsonParam(delta), storeCode],
  );
}

const factId = (f: Fact) => `${f.figure}\u0000${f.key}\u0000${f.currency}\u0000${f.day}`;
const sameFacts = (a: Fact[], b: Fact[]) =>
  a.length === b.length && JSON.stringify(a.map((f) => [factId(f), f.n, f.amount]).sort()) === JSON.stringify(b.map((f) => [factId(f), f.n, f.amount]).sort());

/**
 * Keeps the dashboards in step with the cases just folded, inside the fold's transaction: each
 * case's contributions (`case_figures`) replaced where they changed, and only the difference added
 * to `figure_totals`. A note or a re-push changes nothing and writes nothing.
 */
export async function updateCaseFigures(tx: Queryable, storeCode: string, states: readonly CaseState[]): Promise<void> {
  if (!states.length) return;
  const held = await tx.query<HeldFact>(
    `SELECT case_id::text AS case_id, figure, key, day::text AS day, currency, n::float8 AS n, amount::float8 AS amount FROM case_figures WHERE case_id IN ${idList}`,
    [jsonParam(states.map((s) => s.id))],
  );
  const before = new Map<string, Fact[]>();
  for (const f of held) before.set(f.case_id, [...(before.get(f.case_id) ?? []), f]);
  const changed: string[] = [];
  const rows: HeldFact[] = [];
  const delta = new Map<string, Fact>();
  const count = (f: Fact, sign: 1 | -1) => {
    const d = delta.get(factId(f)) ?? delta.set(factId(f), { ...f, n: 0, amount: 0 }).get(factId(f))!;
    d.n += sign * f.n;
    d.amount += sign * f.amount;
  };
  for (const s of states) {
    const old = before.get(s.id) ?? [];
    const now = factsOf(s);
    if (sameFacts(old, now)) continue;
    changed.push(s.id);
    for (const f of old) count(f, -1);
    for (const f of now) {
      count(f, 1);
      rows.push({ ...f, case_id: s.id });
    }
  }
  if (!changed.length) return;
  await tx.query(`DELETE FROM case_figures WHERE case_id IN ${idList}`, [jsonParam(changed)]);
  if (rows.length) {
    await tx.query(
      `INSERT INTO case_figures (case_id, store_code, figure, key, day, currency, n, amount)
       SELECT case_id, $2, figure, key, day, currency, n, amount
       FROM jsonb_to_recordset($1::jsonb) AS x (case_id uuid, figure text, key text, day date, currency text, n bigint, amount bigint)`,
      [jsonParam(rows), storeCode],
    );
  }
  await addToTotals(tx, storeCode, [...delta.values()].filter((d) => d.n !== 0 || d.amount !== 0));
}
