import type { Database } from './database.js';

/**
 * Adds the sales in `source` (a table or transition table shaped like `sales`) to figure_totals as
 * figure 'sales', per store, currency and local day, week and month. One line: the migration runner
 * splits statements at a semicolon that ends a line.
 */
const salesTotalsFrom = (source: string) => `INSERT INTO figure_totals (figure, grain, period, store_code, key, currency, n, amount)
        SELECT 'sales', g.grain, figure_period(g.grain, x.day), x.store_code, '', x.currency, count(*), sum(x.total)
        FROM (SELECT s.store_code, s.currency, s.total, (s.sold_at AT TIME ZONE CASE st.country WHEN 'CZ' THEN 'Europe/Prague' WHEN 'BG' THEN 'Europe/Sofia' WHEN 'UA' THEN 'Europe/Kyiv' WHEN 'RU' THEN 'Europe/Moscow' ELSE 'UTC' END)::date AS day
              FROM ${source} s JOIN stores st ON st.code = s.store_code) x
        CROSS JOIN (VALUES ('d'), ('w'), ('m')) AS g (grain)
        GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (figure, grain, period, store_code, key, currency) DO UPDATE SET n = figure_totals.n + excluded.n, amount = figure_totals.amount + excluded.amount`;

/** The roll-ups of the chain and of every region, summed from figure_totals (migration 11; the scale bench's generated data). */
export const rollupsOfTotals = `INSERT INTO figure_rollups (figure, rollup, grain, period, key, currency, n, amount)
        SELECT t.figure, r.rollup, t.grain, t.period, t.key, t.currency, sum(t.n), sum(t.amount)
        FROM figure_totals t LEFT JOIN stores s ON s.code = t.store_code
        CROSS JOIN LATERAL (VALUES ('*'), ('r:' || coalesce(s.region, ''))) AS r (rollup)
        GROUP BY 1, 2, 3, 4, 5, 6`;

/**
 * The same sales added to the roll-ups of the chain ('*') and of their store's region ('r:' and the
 * region), as deltas (figure_rollup_deltas, see migration 11). The store's row is read FOR SHARE, so
 * a change of its region waits for this transaction (and moves what it added). One line, as above.
 */
const salesRollupDeltasFrom = (source: string) => `INSERT INTO figure_rollup_deltas (figure, grain, period, rollup, key, currency, n, amount)
        SELECT 'sales', g.grain, figure_period(g.grain, x.day), r.rollup, '', x.currency, count(*), sum(x.total)
        FROM (SELECT s.currency, s.total, st.region, (s.sold_at AT TIME ZONE CASE st.country WHEN 'CZ' THEN 'Europe/Prague' WHEN 'BG' THEN 'Europe/Sofia' WHEN 'UA' THEN 'Europe/Kyiv' WHEN 'RU' THEN 'Europe/Moscow' ELSE 'UTC' END)::date AS day
              FROM ${source} s JOIN (SELECT code, country, region FROM stores WHERE code IN (SELECT store_code FROM ${source}) FOR SHARE) st ON st.code = s.store_code) x
        CROSS JOIN (VALUES ('d'), ('w'), ('m')) AS g (grain)
        CROSS JOIN LATERAL (VALUES ('*'), ('r:' || coalesce(x.region, ''))) AS r (rollup)
        GROUP BY 1, 2, 3, 4, 5, 6`;

/** A case that counts as an open complaint, and a deadline column's value (none: last). */
const openComplaint = "type = 'complaint' AND status IN ('received', 'in_progress')";
const dueOf = (column: string) => `coalesce(${column}, '9999-12-31')`;
/** Adds to the open complaint counts those of transition tables (1: now open, -1: were open), net of each other. */
const countChange = (sources: [table: string, sign: 1 | -1][]) =>
  `INSERT INTO open_complaint_counts SELECT store_code, due, sum(n) FROM (${sources.map(([table, sign]) => `SELECT store_code, ${dueOf('due_date')} AS due, ${sign} AS n FROM ${table} WHERE ${openComplaint}`).join(' UNION ALL ')}) c
   GROUP BY 1, 2 HAVING sum(n) <> 0 ON CONFLICT (store_code, due_date) DO UPDATE SET n = open_complaint_counts.n + excluded.n`;
/** A deadline left with no open complaint is dropped: the counts stay as many rows as there are open deadlines. */
const dropEmptyCounts = `DELETE FROM open_complaint_counts o USING old_cases c WHERE o.store_code = c.store_code AND o.due_date = ${dueOf('c.due_date')} AND o.n = 0`;

/**
 * Head office's schema, one versioned step at a time; `schema_migrations` records what ran.
 * Never edit a released step: add the next one.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'stores, devices, enrollment codes, events, rejections, case fold, reference data',
    sql: `
      CREATE TABLE stores (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        country TEXT,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        store_code TEXT NOT NULL REFERENCES stores (code),
        desk_code TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        -- highest seq held with every lower one (stored or rejected): updated with the events it covers
        last_seq INTEGER NOT NULL DEFAULT 0,
        enrolled_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_seen_at TIMESTAMPTZ
      );
      CREATE TABLE enrollment_codes (
        code_hash TEXT PRIMARY KEY,
        store_code TEXT NOT NULL REFERENCES stores (code),
        desk_code TEXT NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL,
        used_at TIMESTAMPTZ,
        device_id TEXT
      );
      CREATE TABLE events (
        pos BIGSERIAL PRIMARY KEY,
        id UUID NOT NULL UNIQUE,
        device_id TEXT NOT NULL REFERENCES devices (id),
        seq INTEGER NOT NULL,
        store_code TEXT NOT NULL REFERENCES stores (code),
        case_id UUID NOT NULL,
        type TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        payload JSONB NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (device_id, seq)
      );
      CREATE INDEX events_by_store ON events (store_code, pos);
      CREATE INDEX events_by_case ON events (case_id);
      CREATE TABLE rejected_events (
        device_id TEXT NOT NULL REFERENCES devices (id),
        seq INTEGER NOT NULL,
        id UUID NOT NULL,
        reason TEXT NOT NULL,
        body JSONB NOT NULL,
        rejected_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (device_id, seq)
      );
      CREATE TABLE cases (
        id UUID PRIMARY KEY,
        store_code TEXT NOT NULL REFERENCES stores (code),
        case_no TEXT NOT NULL,
        type TEXT NOT NULL,
        kind TEXT,
        status TEXT NOT NULL,
        due_date TEXT,
        opened_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        state JSONB NOT NULL
      );
      CREATE INDEX cases_by_store ON cases (store_code, updated_at DESC);
      CREATE TABLE reference_data (
        store_code TEXT PRIMARY KEY REFERENCES stores (code),
        version INTEGER NOT NULL,
        data JSONB NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    name: 'one enrolled device per store desk: replacement codes, revoked devices',
    sql: `
      -- A code issued with --replace hands the desk over: the device enrolled there before is revoked.
      ALTER TABLE enrollment_codes ADD COLUMN replaces_desk BOOLEAN NOT NULL DEFAULT false;
      -- A revoked device keeps its row (its events refer to it) but its token no longer signs in.
      ALTER TABLE devices ADD COLUMN revoked_at TIMESTAMPTZ;
    `,
  },
  {
    version: 3,
    name: 'the token issued for a used enrollment code, sealed with the code, for a repeat of that enrollment',
    sql: `
      ALTER TABLE enrollment_codes ADD COLUMN token_box TEXT;
    `,
  },
  {
    version: 4,
    name: 'integration tokens; sales from the tills, held for the desks; the chain-wide catalogue',
    sql: `
      -- The till's or ERP's access: it may write sales of the listed stores only.
      CREATE TABLE integration_tokens (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        stores JSONB NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        revoked_at TIMESTAMPTZ
      );
      -- How many days back a store's desks keep sales for returns (return windows plus a week).
      ALTER TABLE stores ADD COLUMN sales_days INTEGER NOT NULL DEFAULT 37;
      CREATE TABLE sales (
        -- intake order: the desks' pull cursor, so a sale reported late still reaches them
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        store_code TEXT NOT NULL REFERENCES stores (code),
        till TEXT NOT NULL,
        receipt_no TEXT NOT NULL,
        receipt_key TEXT NOT NULL,
        receipt_barcode TEXT,
        sold_at TIMESTAMPTZ NOT NULL,
        currency TEXT NOT NULL,
        total BIGINT NOT NULL,
        customer_ref TEXT,
        -- the sale as validated, lines and payments included: what desks receive
        body JSONB NOT NULL,
        -- sha-256 of body: the same id sent again with other content is a conflict
        content_hash TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE INDEX sales_by_store_seq ON sales (store_code, seq);
      CREATE INDEX sales_by_store_time ON sales (store_code, sold_at);
      CREATE INDEX sales_by_receipt ON sales (store_code, receipt_key);
      CREATE INDEX sales_by_barcode ON sales (receipt_barcode);
      -- Chain-wide items by SKU; a store may have prices of its own.
      CREATE TABLE catalogue_items (
        sku TEXT PRIMARY KEY,
        names JSONB NOT NULL,
        price BIGINT,
        currency TEXT,
        category TEXT,
        returnable BOOLEAN NOT NULL,
        warranty_months INTEGER NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE catalogue_gtins (
        gtin TEXT PRIMARY KEY,
        sku TEXT NOT NULL REFERENCES catalogue_items (sku)
      );
      CREATE INDEX catalogue_gtins_by_sku ON catalogue_gtins (sku);
      CREATE TABLE catalogue_store_prices (
        store_code TEXT NOT NULL REFERENCES stores (code),
        sku TEXT NOT NULL REFERENCES catalogue_items (sku),
        price BIGINT NOT NULL,
        currency TEXT NOT NULL,
        PRIMARY KEY (store_code, sku)
      );
    `,
  },
  {
    version: 5,
    name: "the catalogue pulled by desks (change sequence), not in reference data; each case's refund of a sale; over-refunds flagged",
    sql: `
      -- Desks pull the catalogue (GET /v1/catalogue): reference data no longer carries a copy of it.
      UPDATE reference_data SET data = data - 'catalogue';
      -- One sequence for items and store prices, so a store's changes have one order: the desks' pull cursor.
      CREATE SEQUENCE catalogue_changes;
      ALTER TABLE catalogue_items ADD COLUMN change_seq BIGINT NOT NULL DEFAULT nextval('catalogue_changes');
      ALTER TABLE catalogue_store_prices ADD COLUMN change_seq BIGINT NOT NULL DEFAULT nextval('catalogue_changes');
      CREATE UNIQUE INDEX catalogue_items_by_change ON catalogue_items (change_seq);
      CREATE INDEX catalogue_store_prices_by_change ON catalogue_store_prices (store_code, change_seq);
      -- What each case refunds of its sale (saleRefundOf its folded state), kept with the fold: a
      -- sale's refunds across desks are one index lookup. A voided case has no row.
      CREATE TABLE case_sale_refunds (
        case_id UUID PRIMARY KEY REFERENCES cases (id),
        store_code TEXT NOT NULL REFERENCES stores (code),
        sale_id TEXT NOT NULL,
        case_no TEXT NOT NULL,
        refund JSONB NOT NULL
      );
      CREATE INDEX case_sale_refunds_by_sale ON case_sale_refunds (sale_id);
      -- The last over-refund head office flagged per sale (the cases were told of it with case.flagged),
      -- so the same finding is never flagged twice; cleared_at: its refunds are within bounds again (a void).
      CREATE TABLE over_refunds (
        sale_id TEXT PRIMARY KEY REFERENCES sales (id),
        store_code TEXT NOT NULL REFERENCES stores (code),
        cases JSONB NOT NULL,
        over JSONB NOT NULL,
        flagged_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        cleared_at TIMESTAMPTZ
      );
      CREATE INDEX over_refunds_by_time ON over_refunds (flagged_at DESC);
      -- A conflict names its cases by number (and the service centre's verdicts come by number).
      CREATE INDEX cases_by_number ON cases (case_no);
    `,
  },
  {
    version: 6,
    name: 'dashboards: store regions, what each case counts toward, figure totals by day, week and month, sales totals, open-complaint index',
    sql: `
      ALTER TABLE stores ADD COLUMN region TEXT;
      CREATE INDEX stores_by_region ON stores (region, code);
      -- What each case counts toward (dashboards/facts.ts), kept with its fold: the cases behind a
      -- figure (drill-down), and what to take back out of the totals when the case changes.
      CREATE TABLE case_figures (
        case_id UUID NOT NULL,
        store_code TEXT NOT NULL,
        figure TEXT NOT NULL,
        key TEXT NOT NULL,
        day DATE NOT NULL,
        currency TEXT NOT NULL,
        n BIGINT NOT NULL,
        amount BIGINT NOT NULL,
        PRIMARY KEY (case_id, figure, key, currency)
      );
      -- The drill-down's keyset order (read backwards: newest first); store_code included so a scope filters in the index.
      CREATE INDEX case_figures_drill ON case_figures (figure, key, day, case_id, currency) INCLUDE (store_code);
      -- Sums of case_figures (and sales) per store at three grains ('d' day, 'w' ISO week, 'm' month),
      -- kept by the same transaction: a year is 12 month rows per store and key, not 365 day rows.
      CREATE TABLE figure_totals (
        figure TEXT NOT NULL,
        grain CHAR(1) NOT NULL,
        period DATE NOT NULL,
        store_code TEXT NOT NULL,
        key TEXT NOT NULL,
        currency TEXT NOT NULL,
        n BIGINT NOT NULL,
        amount BIGINT NOT NULL,
        PRIMARY KEY (figure, grain, period, store_code, key, currency)
      );
      -- Open complaints, oldest deadline first (none: last): the open and overdue counts and lists read only this index.
      CREATE INDEX cases_open_complaints ON cases ((coalesce(due_date, '9999-12-31')), id) INCLUDE (store_code, due_date) WHERE type = 'complaint' AND status IN ('received', 'in_progress');
      -- The day, ISO week (from Monday) or month a day falls in.
      CREATE FUNCTION figure_period(grain CHAR(1), day DATE) RETURNS DATE LANGUAGE sql IMMUTABLE
        RETURN CASE grain WHEN 'd' THEN day WHEN 'w' THEN date_trunc('week', day)::date ELSE date_trunc('month', day)::date END;
      -- A sale counts in its store's local day (sales are only ever added, never updated or deleted).
      CREATE FUNCTION sales_into_figure_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${salesTotalsFrom('new_sales')}; RETURN NULL; END $$;
      CREATE TRIGGER sales_figure_totals AFTER INSERT ON sales REFERENCING NEW TABLE AS new_sales FOR EACH STATEMENT EXECUTE FUNCTION sales_into_figure_totals();
      ${salesTotalsFrom('sales')}
    `,
  },
  {
    version: 7,
    name: 'head-office users with roles, their sessions, the audit log',
    sql: `
      CREATE TABLE users (
        id BIGSERIAL PRIMARY KEY,
        -- lower-cased when stored: one account per address, however it is typed
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('administrator', 'regional_manager', 'service_centre', 'viewer')),
        -- a regional manager's stores (codes); empty for the other roles
        stores JSONB NOT NULL DEFAULT '[]',
        locale TEXT NOT NULL DEFAULT 'en',
        -- argon2id (PHC string)
        password_hash TEXT NOT NULL,
        disabled_at TIMESTAMPTZ,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      -- Only the sha-256 of a session id is kept: a copy of the database signs nobody in.
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users (id),
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
      CREATE TABLE audit_log (
        id BIGSERIAL PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL DEFAULT now(),
        -- null for the command line and for a failed sign-in to no account
        user_id BIGINT REFERENCES users (id),
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        address TEXT,
        before JSONB,
        after JSONB
      );
      CREATE INDEX audit_log_by_time ON audit_log (at DESC, id DESC);
      CREATE INDEX audit_log_by_user ON audit_log (user_id, at DESC);
      CREATE INDEX audit_log_by_action ON audit_log (action, at DESC);
      -- The service centre's scope and queue: the claims sent to service.
      CREATE INDEX cases_sent_to_service ON cases (store_code, due_date) WHERE state->'complaint'->>'sentTo' = 'service';
    `,
  },
  {
    version: 8,
    name: 'law reference data: decree days off and working days per country, dates of laws waiting for one',
    sql: `
      -- Whole-chain data, one version for all of it: a desk asks for what is newer than the version it holds.
      CREATE TABLE law_reference (
        one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
        version INTEGER NOT NULL
      );
      INSERT INTO law_reference (version) VALUES (0);
      CREATE TABLE law_calendar (
        country TEXT NOT NULL,
        day TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('day_off', 'working_day')),
        note TEXT NOT NULL,
        PRIMARY KEY (country, day)
      );
      CREATE TABLE law_dates (
        country TEXT NOT NULL,
        version_id TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        PRIMARY KEY (country, version_id)
      );
    `,
  },
  {
    version: 9,
    name: 'stores and desks administration: what each desk reports when it syncs, enrollment codes listed and revoked',
    sql: `
      -- Set at each push or pull head office answers, from the desk's own headers (shared/sync/desk-status.ts).
      ALTER TABLE devices ADD COLUMN last_sync_at TIMESTAMPTZ;
      ALTER TABLE devices ADD COLUMN app_version TEXT;
      ALTER TABLE devices ADD COLUMN events_waiting INTEGER;
      -- The desk's clock minus head office's at receipt (ms); a desk's clock may be years off.
      ALTER TABLE devices ADD COLUMN clock_offset_ms BIGINT;
      -- A code is named by its id on the stores screen (its text is never kept).
      ALTER TABLE enrollment_codes ADD COLUMN id BIGSERIAL UNIQUE;
      ALTER TABLE enrollment_codes ADD COLUMN issued_at TIMESTAMPTZ NOT NULL DEFAULT now();
      ALTER TABLE enrollment_codes ADD COLUMN revoked_at TIMESTAMPTZ;
      CREATE INDEX enrollment_codes_store ON enrollment_codes (store_code) WHERE used_at IS NULL AND revoked_at IS NULL;
    `,
  },
  {
    version: 10,
    name: 'reference data per chain, region and store: reason codes, policy overrides; catalogue and sales import history',
    sql: `
      -- One version over every scope's reasons and overrides: a store's pull adds it to its own reference version.
      CREATE TABLE reference_admin (
        one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
        version INTEGER NOT NULL
      );
      INSERT INTO reference_admin (version) VALUES (0);
      -- scope: 'chain', 'region:<name>' or 'store:<code>'; a retired code stays, named, for old cases.
      CREATE TABLE reason_codes (
        scope TEXT NOT NULL,
        code TEXT NOT NULL,
        names JSONB NOT NULL,
        retired_at TIMESTAMPTZ,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, code)
      );
      CREATE TABLE policy_overrides (
        scope TEXT PRIMARY KEY,
        overrides JSONB NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE import_runs (
        id BIGSERIAL PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('sales', 'catalogue')),
        source TEXT NOT NULL CHECK (source IN ('file', 'api')),
        token_name TEXT,
        file_name TEXT,
        started_at TIMESTAMPTZ NOT NULL,
        finished_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        rows_taken INTEGER NOT NULL,
        rows_refused INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('done', 'partly', 'refused', 'failed')),
        message TEXT
      );
      CREATE INDEX import_runs_newest ON import_runs (started_at DESC, id DESC);
    `,
  },
  {
    version: 11,
    name: 'dashboards at chain scale: roll-ups of the totals per chain and region, store-first indexes for the drill-down and open complaints',
    sql: `
      -- figure_totals summed for the chain (rollup '*') and per region ('r:' and the region, '' for none):
      -- a chain's or region's figure reads these, not every store's rows.
      CREATE TABLE figure_rollups (
        figure TEXT NOT NULL,
        rollup TEXT NOT NULL,
        grain CHAR(1) NOT NULL,
        period DATE NOT NULL,
        key TEXT NOT NULL,
        currency TEXT NOT NULL,
        n BIGINT NOT NULL,
        amount BIGINT NOT NULL,
        PRIMARY KEY (figure, rollup, grain, period, key, currency)
      );
      -- What is still to be added to figure_rollups: written by every transaction that changes
      -- figure_totals (no two of them wait on a chain-wide row), moved into figure_rollups after it
      -- commits (dashboards/aggregates.ts applyRollupDeltas); readers add both.
      -- The same columns (LIKE copies them and NOT NULL, not the primary key): one table may hold many deltas of a row.
      CREATE TABLE figure_rollup_deltas (id BIGSERIAL PRIMARY KEY, LIKE figure_rollups);
      CREATE INDEX figure_rollup_deltas_by_figure ON figure_rollup_deltas (figure, rollup, grain, period);
      ${rollupsOfTotals};
      CREATE OR REPLACE FUNCTION sales_into_figure_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${salesTotalsFrom('new_sales')}; ${salesRollupDeltasFrom('new_sales')}; RETURN NULL; END $$;
      -- A store moved to another region takes its totals along (the store's row lock waits for its writers).
      CREATE FUNCTION store_region_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO figure_rollup_deltas (figure, rollup, grain, period, key, currency, n, amount) SELECT t.figure, r.rollup, t.grain, t.period, t.key, t.currency, r.sign * t.n, r.sign * t.amount FROM figure_totals t CROSS JOIN (VALUES ('r:' || coalesce(OLD.region, ''), -1), ('r:' || coalesce(NEW.region, ''), 1)) AS r (rollup, sign) WHERE t.store_code = NEW.code; RETURN NULL; END $$;
      CREATE TRIGGER stores_region_rollups AFTER UPDATE OF region ON stores FOR EACH ROW WHEN (OLD.region IS DISTINCT FROM NEW.region) EXECUTE FUNCTION store_region_rollups();
      -- A store's drill-down, newest first, read from the index alone.
      CREATE INDEX case_figures_by_store ON case_figures (store_code, figure, key, day, case_id, currency) INCLUDE (n, amount);
      -- A store's open complaints, oldest deadline first, with the list's columns.
      CREATE INDEX cases_open_complaints_by_store ON cases (store_code, (coalesce(due_date, '9999-12-31')), id) INCLUDE (due_date, case_no, status, opened_at) WHERE type = 'complaint' AND status IN ('received', 'in_progress');
    `,
  },
  {
    version: 12,
    name: 'open complaints counted per store and deadline, kept by every statement that writes cases',
    sql: `
      -- The open and overdue counts add up a store's few rows per deadline ('9999-12-31': none)
      -- instead of counting every open complaint of the chain.
      CREATE TABLE open_complaint_counts (
        store_code TEXT NOT NULL,
        due_date TEXT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (store_code, due_date)
      );
      INSERT INTO open_complaint_counts SELECT store_code, ${dueOf('due_date')}, count(*) FROM cases WHERE ${openComplaint} GROUP BY 1, 2;
      -- One function for the three triggers (an upsert of cases fires both INSERT's and UPDATE's).
      CREATE FUNCTION count_open_complaints() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF TG_OP = 'INSERT' THEN ${countChange([['new_cases', 1]])}; ELSIF TG_OP = 'UPDATE' THEN ${countChange([['new_cases', 1], ['old_cases', -1]])}; ${dropEmptyCounts}; ELSE ${countChange([['old_cases', -1]])}; ${dropEmptyCounts}; END IF; RETURN NULL; END $$;
      CREATE TRIGGER cases_open_counts_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION count_open_complaints();
      CREATE TRIGGER cases_open_counts_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION count_open_complaints();
      CREATE TRIGGER cases_open_counts_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_cases FOR EACH STATEMENT EXECUTE FUNCTION count_open_complaints();
    `,
  },
  {
    version: 13,
    name: "a chain's or region's figure read from the roll-ups' key alone",
    sql: `
      -- A chain's year of products is 12 months × 8,000 keys of figure_rollups, whose rows lie
      -- scattered over the table (each on a heap page of its own: 590 ms at 3M cases). The key
      -- carries n and amount, so the sum reads the index alone (160 ms). Their updates cannot be
      -- HOT then; they are a few dozen rows a push.
      ALTER TABLE figure_rollups DROP CONSTRAINT figure_rollups_pkey, ADD PRIMARY KEY (figure, rollup, grain, period, key, currency) INCLUDE (n, amount);
    `,
  },
  {
    version: 14,
    name: 'sign-in attempts counted in the database: every process and restart sees the same lockouts',
    sql: `
      -- subject: 'address:<ip>' or 'account:<email>'; times in ms since 1970 (the server's clock).
      CREATE TABLE sign_in_attempts (
        subject TEXT PRIMARY KEY,
        attempts INTEGER NOT NULL,
        since_ms BIGINT NOT NULL,
        locked_until_ms BIGINT NOT NULL
      );
    `,
  },
  {
    version: 15,
    name: "a figure split by store read from the stores' totals' key alone",
    sql: `
      -- The chain's refunds by method per store over 30 days are 18 periods × 500 stores × the
      -- methods of figure_totals, each row on a heap page of its own (24,000 pages read: 270 ms
      -- warm, seconds cold). As for the roll-ups (migration 13), the key carries n and amount.
      ALTER TABLE figure_totals DROP CONSTRAINT figure_totals_pkey, ADD PRIMARY KEY (figure, grain, period, store_code, key, currency) INCLUDE (n, amount);
    `,
  },
];

export async function migrate(db: Database): Promise<number> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
  for (const m of migrations) {
    await db.transaction(async (tx) => {
      // Two servers starting at once: the second waits here and then skips what the first applied.
      await tx.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.length) return;
      for (const statement of m.sql.split(/;\s*$/m).filter((s) => s.trim())) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    });
  }
  return migrations.at(-1)!.version;
}
