// Generated head-office data for the scale bench, made inside the database (generate_series), not
// through HTTP: stores in regions, two desks each, cases of every kind over two years with their
// events, folded rows, what each counts toward (case_figures), the totals (figure_totals) and their
// chain and region roll-ups (figure_rollups).
import type { Database } from '../../headoffice/src/db/database.js';
import { rollupsOfTotals } from '../../headoffice/src/db/migrations.js';

export type ScaleSize = { stores: number; cases: number; events: number };
export const DAYS = 730;
/** The last day of the generated data (the bench's "today"). */
export const LAST_DAY = '2026-11-30';
export const REGIONS = 10;

/** A case's pseudo-random numbers, from its index: the same data at every run. */
const h = (salt: number) => `((i::bigint * ${2654435761 + salt * 97}) % 1000003)`;

export async function generate(db: Database, size: ScaleSize): Promise<void> {
  const { stores, cases, events } = size;
  const spanMs = DAYS * 86_400_000;
  const startMs = Date.parse(`${LAST_DAY}T00:00:00Z`) - spanMs + 86_400_000;
  const statements = [
    `INSERT INTO stores (code, name, country, region)
     SELECT 'S' || lpad(s::text, 4, '0'), 'Store ' || s, (ARRAY['CZ','BG','UA','RU'])[1 + s % 4], 'R' || (s % ${REGIONS}) FROM generate_series(0, ${stores - 1}) s`,
    `INSERT INTO devices (id, store_code, desk_code, token_hash)
     SELECT 'dev-' || s || '-' || d, 'S' || lpad(s::text, 4, '0'), d, md5('bench' || s || d) FROM generate_series(0, ${stores - 1}) s, unnest(ARRAY['A','B']) d`,
    // One row per case: everything its events, fold and figures are made of.
    `CREATE UNLOGGED TABLE bench_plan AS
     SELECT i, s, d, 'S' || lpad(s::text, 4, '0') AS store, (ARRAY['CZ','BG','UA','RU'])[1 + s % 4] AS country, (ARRAY['CZK','EUR','UAH','RUB'])[1 + s % 4] AS cur,
       'dev-' || s || '-' || d AS device, md5('case' || i)::uuid AS case_id,
       CASE WHEN ${h(13)} % 10 < 5 THEN 'return' WHEN ${h(13)} % 10 < 7 THEN 'exchange' ELSE 'complaint' END AS type,
       ${startMs}::bigint + (i::bigint * ${spanMs} / ${cases}) AS wall,
       (ARRAY['defective','not_as_described','wrong_item','wrong_size','changed_mind','damaged_in_transit','other'])[1 + ${h(1)} % 7] AS reason,
       'SKU' || lpad((${h(2)} % 2000)::text, 4, '0') AS sku, 1 + ${h(3)} % 3 AS qty, 100 + ${h(4)} % 99900 AS price,
       (ARRAY['cash','card','store_credit'])[1 + ${h(5)} % 3] AS method, 'staff-' || s || '-' || (${h(6)} % 8) AS staff,
       ${h(7)} % 50 = 0 AS voided, ${h(8)} % 4 = 0 AS rated, 1 + ${h(9)} % 5 AS score, ${h(10)} % 10 = 0 AS suggestion,
       ${h(11)} % 45 AS resolve_days, ${h(12)} % 100 = 0 AS stuck
     FROM (SELECT i, (i % ${stores}) AS s, (ARRAY['A','B'])[1 + (i / ${stores}) % 2] AS d FROM generate_series(0, ${cases - 1}) i) x`,
    `ALTER TABLE bench_plan ADD COLUMN day date, ADD COLUMN due text, ADD COLUMN resolved_wall bigint, ADD COLUMN notes int, ADD COLUMN case_no text`,
    `UPDATE bench_plan SET day = (to_timestamp(wall / 1000) AT TIME ZONE 'UTC')::date,
       due = CASE WHEN type = 'complaint' AND NOT suggestion THEN ((to_timestamp(wall / 1000) AT TIME ZONE 'UTC')::date + 30)::text END,
       -- Complaints are resolved within 0-44 days (some late), unless recent or stuck (1 %): those stay open.
       resolved_wall = CASE WHEN type = 'complaint' AND NOT stuck AND wall + resolve_days * 86400000::bigint < ${startMs + spanMs} THEN wall + resolve_days * 86400000::bigint END,
       case_no = store || '-' || d || '-' || extract(year FROM to_timestamp(wall / 1000) AT TIME ZONE 'UTC') || '-' || lpad((i / ${2 * stores} + 1)::text, 6, '0')`,
    // Notes fill the events up to the size asked for, spread evenly over the cases.
    `UPDATE bench_plan SET notes = greatest(0, (${events} - (SELECT count(*) + count(*) FILTER (WHERE voided AND type <> 'complaint') + count(resolved_wall) + count(*) FILTER (WHERE rated) FROM bench_plan)) / ${cases}
       + CASE WHEN i < (${events} - (SELECT count(*) + count(*) FILTER (WHERE voided AND type <> 'complaint') + count(resolved_wall) + count(*) FILTER (WHERE rated) FROM bench_plan)) % ${cases} THEN 1 ELSE 0 END)`,
    `CREATE UNLOGGED TABLE bench_opening AS SELECT i, CASE type
       WHEN 'complaint' THEN jsonb_build_object('caseNo', case_no, 'country', country, 'kind', CASE WHEN suggestion THEN 'suggestion' ELSE 'defect' END, 'remedy', 'repair', 'description', 'Bench item ' || sku)
         || CASE WHEN due IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('dueDate', due) END
       WHEN 'return' THEN jsonb_build_object('caseNo', case_no, 'country', country, 'purchase', '{"purchaseDate":"2024-01-01","proof":"receipt"}'::jsonb,
         'lines', jsonb_build_array(jsonb_build_object('item', sku, 'sku', sku, 'qty', qty, 'unitPrice', jsonb_build_object('amount', price, 'currency', cur), 'reason', reason, 'condition', 'new', 'restock', true)),
         'refund', jsonb_build_object('method', method, 'amount', jsonb_build_object('amount', qty * price, 'currency', cur)))
       ELSE jsonb_build_object('caseNo', case_no, 'country', country, 'purchase', '{"purchaseDate":"2024-01-01","proof":"receipt"}'::jsonb,
         'returned', jsonb_build_array(jsonb_build_object('item', sku, 'sku', sku, 'qty', qty, 'unitPrice', jsonb_build_object('amount', price, 'currency', cur), 'reason', reason, 'condition', 'new', 'restock', true)),
         'issued', jsonb_build_array(jsonb_build_object('item', 'Other', 'qty', 1, 'unitPrice', jsonb_build_object('amount', qty * price / 2, 'currency', cur))),
         'difference', jsonb_build_object('amount', -(qty * price - qty * price / 2), 'currency', cur), 'settlement', method)
       END AS payload FROM bench_plan`,
    // Events: the opening, then a void, a verdict, a rating and notes, as each case has them (seq unique per device).
    `INSERT INTO events (id, device_id, seq, store_code, case_id, type, at, actor, payload)
     SELECT gen_random_uuid(), p.device, (p.i / ${2 * stores}) * 4096 + e.j, p.store, p.case_id, e.type,
       lpad(e.wall::text, 15, '0') || ':000000:' || p.device, p.staff, e.payload
     FROM bench_plan p JOIN bench_opening o ON o.i = p.i
     CROSS JOIN LATERAL (
       SELECT 0 AS j, CASE p.type WHEN 'complaint' THEN 'complaint.opened' WHEN 'return' THEN 'return.recorded' ELSE 'exchange.recorded' END AS type, p.wall, o.payload
       UNION ALL SELECT 1, 'case.voided', p.wall + 3600000, '{"reason":"mistake","managerId":"manager"}'::jsonb WHERE p.voided AND p.type <> 'complaint'
       UNION ALL SELECT 2, 'complaint.resolved', p.resolved_wall, '{"outcome":"accepted"}'::jsonb WHERE p.resolved_wall IS NOT NULL
       UNION ALL SELECT 3, 'feedback.recorded', p.wall + 86400000, jsonb_build_object('score', p.score, 'solved', 'yes') WHERE p.rated
       UNION ALL SELECT 4 + n, 'case.noted', p.wall + n * 60000, '{"text":"customer called"}'::jsonb FROM generate_series(1, p.notes) n
     ) e`,
    `UPDATE devices SET last_seq = x.seq FROM (SELECT device_id, max(seq) AS seq FROM events GROUP BY 1) x WHERE x.device_id = devices.id`,
    `INSERT INTO cases (id, store_code, case_no, type, kind, status, due_date, opened_at, updated_at, state)
     SELECT p.case_id, p.store, p.case_no, p.type, CASE WHEN p.type = 'complaint' THEN o.payload->>'kind' END, x.status,
       CASE WHEN x.status IN ('received') THEN p.due END, x.opened, x.opened,
       jsonb_build_object('id', p.case_id, 'caseNo', p.case_no, 'type', p.type, 'country', p.country, 'status', x.status, 'openedAt', x.opened, 'updatedAt', x.opened,
         'openedBy', p.staff, 'storeCode', p.store, 'deskCode', p.d, 'notes', '[]'::jsonb, 'eventCount', 1 + p.notes)
         || jsonb_build_object(p.type, o.payload - 'caseNo' - 'country')
     FROM bench_plan p JOIN bench_opening o ON o.i = p.i
     CROSS JOIN LATERAL (SELECT lpad(p.wall::text, 15, '0') || ':000000:' || p.device AS opened,
       CASE WHEN p.type <> 'complaint' THEN CASE WHEN p.voided THEN 'voided' ELSE 'recorded' END WHEN p.resolved_wall IS NULL THEN 'received' ELSE 'resolved' END AS status) x`,
    // What each case counts toward, by the rules of dashboards/facts.ts (days in UTC here).
    `INSERT INTO case_figures (case_id, store_code, figure, key, day, currency, n, amount)
     SELECT p.case_id, p.store, f.figure, f.key, f.day, f.currency, f.n, f.amount FROM bench_plan p
     CROSS JOIN LATERAL (
       SELECT 'complaints.opened' AS figure, CASE WHEN p.suggestion THEN 'suggestion' ELSE 'defect' END AS key, p.day, '' AS currency, 1 AS n, 0 AS amount WHERE p.type = 'complaint'
       UNION ALL SELECT 'complaints.resolved', CASE WHEN p.due IS NULL THEN 'no_deadline' WHEN (to_timestamp(p.resolved_wall / 1000) AT TIME ZONE 'UTC')::date::text <= p.due THEN 'in_time' ELSE 'late' END,
         (to_timestamp(p.resolved_wall / 1000) AT TIME ZONE 'UTC')::date, '', 1, 0 WHERE p.resolved_wall IS NOT NULL
       UNION ALL SELECT 'returns.cases', p.type, p.day, '', 1, 0 WHERE p.type <> 'complaint' AND NOT p.voided
       UNION ALL SELECT 'returns.reason', p.reason, p.day, p.cur, p.qty, p.qty * p.price WHERE p.type <> 'complaint' AND NOT p.voided
       UNION ALL SELECT 'returns.product', p.sku, p.day, p.cur, p.qty, p.qty * p.price WHERE p.type <> 'complaint' AND NOT p.voided
       UNION ALL SELECT 'refunds.method', p.method, p.day, p.cur, 1, CASE p.type WHEN 'return' THEN p.qty * p.price ELSE p.qty * p.price - p.qty * p.price / 2 END WHERE p.type <> 'complaint' AND NOT p.voided
       UNION ALL SELECT 'refunds.staff', p.staff, p.day, p.cur, 1, CASE p.type WHEN 'return' THEN p.qty * p.price ELSE p.qty * p.price - p.qty * p.price / 2 END WHERE p.type <> 'complaint' AND NOT p.voided
       UNION ALL SELECT 'voids', p.staff, (to_timestamp((p.wall + 3600000) / 1000) AT TIME ZONE 'UTC')::date, p.cur, 1, CASE p.type WHEN 'return' THEN p.qty * p.price ELSE p.qty * p.price - p.qty * p.price / 2 END WHERE p.type <> 'complaint' AND p.voided
       UNION ALL SELECT 'csat', p.staff, (to_timestamp((p.wall + 86400000) / 1000) AT TIME ZONE 'UTC')::date, '', 1, p.score WHERE p.rated
     ) f`,
    `INSERT INTO figure_totals (figure, grain, period, store_code, key, currency, n, amount)
     SELECT figure, g.grain, figure_period(g.grain, day), store_code, key, currency, sum(n), sum(amount)
     FROM case_figures CROSS JOIN (VALUES ('d'), ('w'), ('m')) AS g (grain) GROUP BY 1, 2, 3, 4, 5, 6`,
    // The sales feed's totals per store and day (the trigger's rows, made directly: no sales rows).
    `INSERT INTO figure_totals (figure, grain, period, store_code, key, currency, n, amount)
     SELECT 'sales', g.grain, figure_period(g.grain, day), store, '', cur, sum(n), sum(n) * 45000 FROM (
       SELECT 'S' || lpad(s::text, 4, '0') AS store, (ARRAY['CZK','EUR','UAH','RUB'])[1 + s % 4] AS cur, day::date AS day, 40 + (s * 7 + extract(doy FROM day)::int) % 60 AS n
       FROM generate_series(0, ${stores - 1}) s, generate_series('${LAST_DAY}'::date - ${DAYS - 1}, '${LAST_DAY}'::date, '1 day') day
     ) x CROSS JOIN (VALUES ('d'), ('w'), ('m')) AS g (grain) GROUP BY 1, 2, 3, 4, 5, 6`,
    // The chain's and regions' roll-ups of those totals, as the ingest keeps them.
    rollupsOfTotals,
    'DROP TABLE bench_opening',
    'DROP TABLE bench_plan',
  ];
  // The bulk tables' secondary indexes are built once after the load (sorted), not entry by entry in
  // random order; the indexes that back a constraint stay.
  const deferred = await db.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes i
     WHERE schemaname = current_schema() AND tablename IN ('events', 'cases', 'case_figures')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)`,
  );
  for (const i of deferred) await db.query(`DROP INDEX ${i.name}`);
  for (const sql of [...statements, ...deferred.map((i) => i.def)]) {
    const t0 = performance.now();
    await db.query(sql);
    console.error(`  ${sql.replace(/\s+/g, ' ').slice(0, 60)}… ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // As autovacuum leaves a table filled by inserts: statistics, and pages marked all-visible (index-only scans).
  await db.query('VACUUM ANALYZE');
}
