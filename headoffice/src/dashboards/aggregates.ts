import type { CaseState } from '../../../shared/domain/case-state.js';
import type { Queryable } from '../db/database.js';
import { idList, jsonParam } from '../store/event-store.js';
import { factsOf, type Fact } from './facts.js';

type HeldFact = Fact & { case_id: string };

/**
 * Writes the cases' new facts to case_figures and adds `delta` (signed) to figure_totals at every
 * grain: day, ISO week, month; and the same to the roll-ups of the chain and of the store's region,
 * as deltas to apply once committed (applyRollupDeltas): pushes of every store would otherwise wait
 * on the chain's rows. One statement. The store's row is read FOR SHARE: a change of its region
 * waits for this transaction, then moves its totals.
 */
async function writeFigures(tx: Queryable, storeCode: string, rows: HeldFact[], delta: Fact[]) {
  // Grouped first: one statement may not update the same total twice (two days of one month).
  await tx.query(
    `WITH facts AS (
       INSERT INTO case_figures (case_id, store_code, figure, key, day, currency, n, amount)
       SELECT case_id, $3, figure, key, day, currency, n, amount
       FROM jsonb_to_recordset($1::jsonb) AS x (case_id uuid, figure text, key text, day date, currency text, n bigint, amount bigint)),
     d AS (
       SELECT x.figure, g.grain, figure_period(g.grain, x.day) AS period, x.key, x.currency, sum(x.n) AS n, sum(x.amount) AS amount
       FROM jsonb_to_recordset($2::jsonb) AS x (figure text, key text, day date, currency text, n bigint, amount bigint)
       CROSS JOIN (VALUES ('d'), ('w'), ('m')) AS g (grain)
       GROUP BY 1, 2, 3, 4, 5),
     store AS (SELECT region FROM stores WHERE code = $3 FOR SHARE),
     rolled AS (
       INSERT INTO figure_rollup_deltas (figure, rollup, grain, period, key, currency, n, amount)
       SELECT d.figure, r.rollup, d.grain, d.period, d.key, d.currency, d.n, d.amount
       FROM d CROSS JOIN (VALUES ('*'), ('r:' || coalesce((SELECT region FROM store), ''))) AS r (rollup))
     INSERT INTO figure_totals (figure, grain, period, store_code, key, currency, n, amount)
     SELECT figure, grain, period, $3, key, currency, n, amount FROM d
     ON CONFLICT (figure, grain, period, store_code, key, currency) DO UPDATE SET n = figure_totals.n + excluded.n, amount = figure_totals.amount + excluded.amount`,
    [jsonParam(rows), jsonParam(delta), storeCode],
  );
}

/**
 * Moves the committed roll-up deltas into figure_rollups, summed, in one statement (readers see
 * either the deltas or their sum, never both). One mover at a time: while another moves, this one
 * moves nothing and the deltas wait for the next (readers add them meanwhile). Call it outside the
 * transaction that wrote them.
 */
export async function applyRollupDeltas(db: Queryable): Promise<void> {
  await db.query(
    `WITH mover AS (SELECT pg_try_advisory_xact_lock(hashtext('figure_rollups')) AS ok),
     moved AS (DELETE FROM figure_rollup_deltas WHERE (SELECT ok FROM mover) RETURNING figure, rollup, grain, period, key, currency, n, amount)
     INSERT INTO figure_rollups (figure, rollup, grain, period, key, currency, n, amount)
     SELECT figure, rollup, grain, period, key, currency, sum(n), sum(amount) FROM moved GROUP BY 1, 2, 3, 4, 5, 6
     ON CONFLICT (figure, rollup, grain, period, key, currency) DO UPDATE SET n = figure_rollups.n + excluded.n, amount = figure_rollups.amount + excluded.amount`,
  );
}

const factId = (f: Fact) => `${f.figure}\u0000${f.key}\u0000${f.currency}\u0000${f.day}`;
const sameFacts = (a: Fact[], b: Fact[]) =>
  a.length === b.length && JSON.stringify(a.map((f) => [factId(f), f.n, f.amount]).sort()) === JSON.stringify(b.map((f) => [factId(f), f.n, f.amount]).sort());

/**
 * Keeps the dashboards in step with the cases just folded, inside the fold's transaction: each
 * case's contributions (`case_figures`) replaced where they changed, and only the difference added
 * to `figure_totals`. A note or a re-push changes nothing and writes nothing. `fresh`: cases first
 * stored by this fold, which hold no facts yet (nothing to read or take back).
 */
export async function updateCaseFigures(tx: Queryable, storeCode: string, states: readonly CaseState[], fresh: ReadonlySet<string> = new Set()): Promise<void> {
  if (!states.length) return;
  const older = states.filter((s) => !fresh.has(s.id)).map((s) => s.id);
  const held = !older.length ? [] : await tx.query<HeldFact>(
    `SELECT case_id::text AS case_id, figure, key, day::text AS day, currency, n::float8 AS n, amount::float8 AS amount FROM case_figures WHERE case_id IN ${idList}`,
    [jsonParam(older)],
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
    if (old.length) changed.push(s.id);
    for (const f of old) count(f, -1);
    for (const f of now) {
      count(f, 1);
      rows.push({ case_id: s.id, ...f }); // the id first: V8 (Node 20) adds keys after a spread slowly
    }
  }
  if (changed.length) await tx.query(`DELETE FROM case_figures WHERE case_id IN ${idList}`, [jsonParam(changed)]);
  const totals = [...delta.values()].filter((d) => d.n !== 0 || d.amount !== 0);
  if (rows.length || totals.length) await writeFigures(tx, storeCode, rows, totals);
}
