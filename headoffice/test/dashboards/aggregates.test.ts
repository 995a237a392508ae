import { beforeAll, expect, test } from 'vitest';
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { foldCase } from '../../../shared/domain/fold.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import { eventColumns, eventFromRow, type EventRow } from '../../src/store/event-store.js';
import { factsOf } from '../../src/dashboards/facts.js';
import { applyRollupDeltas } from '../../src/dashboards/aggregates.js';
import { runAdminCommand } from '../../src/admin-commands.js';
import { headOfficeAppForFile } from '../api.js';
import { deskIn, event, nextCaseNo, push, type Desk } from './fixtures.js';

// After any mix of pushes (cases opened, voided, resolved, rated, noted, by several desks, in
// batches of any size and any interleaving, follow-ups before their opening included) and stores
// moved between regions, the totals kept incrementally equal the totals computed again from every
// event head office holds, and the chain's and regions' roll-ups equal the sums of their stores.
const ho = headOfficeAppForFile();
let desks: Desk[] = [];

beforeAll(async () => {
  const a = await deskIn(ho.app, ho.db, 'AGG01', 'CZ', 'CZK');
  const b = await deskIn(ho.app, ho.db, 'AGG01', 'CZ', 'CZK', 'B');
  const c = await deskIn(ho.app, ho.db, 'AGG02', 'UA', 'UAH');
  desks = [a, b, c];
});

const DAY = 86_400_000;
// Well in the past: head office holds back anything stamped ahead of its clock.
const start = Date.UTC(2026, 7, 25);
const caseKind = fc.constantFrom('return', 'exchange', 'complaint');
const followUp = fc.constantFrom('void', 'resolve', 'rate', 'note');
const planned = fc.array(
  fc.record({
    desk: fc.nat(2), kind: caseKind, at: fc.integer({ min: 0, max: 40 * DAY }), reasons: fc.subarray(['defective', 'wrong_size', 'changed_mind'] as const, { minLength: 1 }),
    sku: fc.constantFrom('A', 'B', 'C'), qty: fc.integer({ min: 1, max: 3 }), price: fc.integer({ min: 0, max: 50_000 }), split: fc.boolean(),
    due: fc.integer({ min: -5, max: 20 }),
    later: fc.array(fc.record({ what: followUp, byOtherDesk: fc.boolean(), after: fc.integer({ min: -2 * DAY, max: 10 * DAY }), score: fc.integer({ min: 1, max: 5 }) }), { maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 6 },
);

type PlannedCase = (typeof planned extends fc.Arbitrary<(infer T)[]> ? T : never);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The events of one planned case, each with the desk that records it. */
function eventsOf(p: PlannedCase) {
  const d = desks[p.desk]!;
  const caseId = uuidv7();
  const wall = start + p.at;
  const currency = d.currency;
  const lines = p.reasons.map((reason) => ({ item: p.sku, sku: p.sku, qty: p.qty, unitPrice: { amount: p.price, currency }, reason, condition: 'new' as const, restock: true }));
  const total = p.qty * p.price * lines.length;
  const opening = p.kind === 'complaint'
    ? event(d, caseId, wall, 'opener', 'complaint.opened', { caseNo: nextCaseNo(d), country: d.country, kind: 'defect', remedy: 'repair', description: 'x', dueDate: iso(wall + p.due * DAY) })
    : p.kind === 'return'
      ? event(d, caseId, wall, 'opener', 'return.recorded', {
        caseNo: nextCaseNo(d), country: d.country, purchase: { purchaseDate: '2026-10-01', proof: 'receipt' }, lines,
        refund: p.split && total > 1
          ? { method: 'card', amount: { amount: total, currency }, parts: [{ method: 'card', amount: { amount: total - 1, currency }, saleAmount: total - 1 }, { method: 'cash', amount: { amount: 1, currency }, saleAmount: 1 }] }
          : { method: 'cash', amount: { amount: total, currency } },
      })
      : event(d, caseId, wall, 'opener', 'exchange.recorded', {
        caseNo: nextCaseNo(d), country: d.country, purchase: { purchaseDate: '2026-10-01', proof: 'receipt' }, returned: lines,
        issued: [{ item: 'Z', qty: 1, unitPrice: { amount: 100, currency } }], difference: { amount: 100 - total, currency }, settlement: p.split ? 'card' : 'store_credit',
      });
  const followUps = p.later.map((l) => {
    // A follow-up comes from a desk of the case's store (desks 0 and 1 share AGG01).
    const by = l.byOtherDesk && p.desk < 2 ? desks[1 - p.desk]! : d;
    const at = wall + l.after;
    switch (l.what) {
      case 'void': return event(by, caseId, at, 'voider', 'case.voided', { reason: 'mistake', managerId: 'm' });
      case 'resolve': return event(by, caseId, at, 'resolver', 'complaint.resolved', { outcome: 'accepted' });
      case 'rate': return event(by, caseId, at, 'customer', 'feedback.recorded', { score: l.score, solved: 'yes' });
      default: return event(by, caseId, at, 'clerk', 'case.noted', { text: 'called' });
    }
  });
  return [opening, ...followUps];
}

const weekOf = (day: string) => {
  const t = Date.parse(`${day}T00:00:00Z`);
  return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY);
};

/** figure_totals as they should be: every case folded again from its events, its facts summed per grain. */
async function recomputed() {
  const rows = await ho.db.query<EventRow & { store_code: string }>(`SELECT ${eventColumns}, store_code FROM events`);
  const byCase = new Map<string, { store: string; events: DeskEvent[] }>();
  for (const r of rows) {
    const c = byCase.get(r.case_id) ?? { store: r.store_code, events: [] };
    c.events.push(eventFromRow(r));
    byCase.set(r.case_id, c);
  }
  const totals = new Map<string, { n: number; amount: number }>();
  for (const { store, events } of byCase.values()) {
    const state = foldCase(events);
    for (const f of state ? factsOf(state) : []) {
      for (const [grain, period] of [['d', f.day], ['w', weekOf(f.day)], ['m', `${f.day.slice(0, 7)}-01`]]) {
        const key = [f.figure, grain, period, store, f.key, f.currency].join('|');
        const t = totals.get(key) ?? { n: 0, amount: 0 };
        totals.set(key, { n: t.n + f.n, amount: t.amount + f.amount });
      }
    }
  }
  return Object.fromEntries([...totals].filter(([, t]) => t.n || t.amount).sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function kept() {
  const rows = await ho.db.query<{ id: string; n: number; amount: number }>(
    `SELECT concat_ws('|', figure, grain, period::text, store_code, key, currency) AS id, n::float8 AS n, amount::float8 AS amount
     FROM figure_totals WHERE figure <> 'sales' AND (n <> 0 OR amount <> 0)`,
  );
  return Object.fromEntries(rows.map((r) => [r.id, { n: r.n, amount: r.amount }]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
}

/** The chain's and regions' totals as their stores' figure_totals add up, and as kept (roll-ups and deltas not yet moved). */
async function rollups() {
  const rows = await ho.db.query<{ source: string; id: string; n: number; amount: number }>(
    `SELECT source, id, sum(n)::float8 AS n, sum(amount)::float8 AS amount FROM (
       SELECT 'stores' AS source, concat_ws('|', t.figure, r.rollup, t.grain, t.period::text, t.key, t.currency) AS id, t.n, t.amount
       FROM figure_totals t JOIN stores s ON s.code = t.store_code CROSS JOIN LATERAL (VALUES ('*'), ('r:' || coalesce(s.region, ''))) AS r (rollup)
       UNION ALL SELECT 'kept', concat_ws('|', figure, rollup, grain, period::text, key, currency), n, amount FROM figure_rollups
       UNION ALL SELECT 'kept', concat_ws('|', figure, rollup, grain, period::text, key, currency), n, amount FROM figure_rollup_deltas
     ) x GROUP BY 1, 2 HAVING sum(n) <> 0 OR sum(amount) <> 0 ORDER BY 2`,
  );
  const of = (source: string) => Object.fromEntries(rows.filter((r) => r.source === source).map((r) => [r.id, { n: r.n, amount: r.amount }]));
  return { kept: of('kept'), stores: of('stores') };
}

/** The open complaints per store and deadline as kept (migration 12), and as counted from the cases now. */
async function openCounts() {
  const rows = await ho.db.query<{ source: string; id: string; n: number }>(
    `SELECT 'kept' AS source, store_code || '|' || due_date AS id, n::float8 AS n FROM open_complaint_counts
     UNION ALL SELECT 'cases', store_code || '|' || coalesce(due_date, '9999-12-31'), count(*)::float8 FROM cases
       WHERE type = 'complaint' AND status IN ('received', 'in_progress') GROUP BY 2
     ORDER BY 2`,
  );
  const of = (source: string) => rows.filter((r) => r.source === source).map(({ id, n }) => ({ id, n }));
  return { kept: of('kept'), counted: of('cases') };
}

test('the totals kept at each push equal the totals folded again from all events', async () => {
  await fc.assert(
    fc.asyncProperty(planned, fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), async (plan, cuts) => {
      const perDesk = new Map<Desk, DeskEvent[]>();
      for (const e of plan.flatMap(eventsOf)) {
        const d = desks.find((x) => x.id === e.deviceId)!;
        perDesk.set(d, [...(perDesk.get(d) ?? []), e]);
      }
      // Each desk pushes its events in seq order, in batches cut at random; the desks take turns at random.
      const queues = [...perDesk].map(([d, events]) => ({ d, events }));
      let turn = 0;
      while (queues.some((q) => q.events.length)) {
        const q = queues.filter((x) => x.events.length)[cuts[turn % cuts.length]! % queues.filter((x) => x.events.length).length]!;
        const take = 1 + (cuts[(turn + 1) % cuts.length]! % q.events.length);
        await push(ho.app, q.d, q.events.splice(0, take));
        // Now and then a store moves to another region, its totals so far with it.
        if (cuts[(turn + 2) % cuts.length]! % 4 === 0) {
          await runAdminCommand(ho.db, 'set-region', { store: q.d.storeCode, region: ['North', 'South', 'East'][cuts[(turn + 3) % cuts.length]! % 3]! });
        }
        turn += 1;
      }
      expect(await kept()).toEqual(await recomputed());
      const open = await openCounts();
      expect(open.kept).toEqual(open.counted);
      const before = await rollups();
      expect(before.kept).toEqual(before.stores);
      // Once the deltas are moved, the roll-ups alone hold the same.
      await applyRollupDeltas(ho.db);
      expect((await ho.db.query('SELECT 1 FROM figure_rollup_deltas')).length).toBe(0);
      expect((await rollups()).kept).toEqual(before.stores);
    }),
    { numRuns: 12 },
  );
});
