import type { Database } from './sqlite.js';

/**
 * Versioned schema changes, applied in order inside one transaction each; `PRAGMA user_version`
 * records the last one applied. Never edit a released migration: add the next one.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'event log, case projection, staff, case numbers',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        case_id TEXT NOT NULL,
        type TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        payload TEXT NOT NULL,
        UNIQUE (device_id, seq)
      );
      CREATE INDEX events_by_case ON events (case_id, at);
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        case_no TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        due_date TEXT,
        customer_name TEXT,
        customer_phone TEXT,
        subject TEXT NOT NULL,
        state TEXT NOT NULL
      );
      CREATE INDEX cases_by_update ON cases (updated_at DESC);
      CREATE INDEX cases_open_due ON cases (due_date) WHERE status IN ('received', 'in_progress');
      CREATE TABLE case_numbers (store_desk TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (store_desk, year));
      CREATE TABLE staff (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, pin_hash TEXT NOT NULL, created_at TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'trigram search over case number, customer, phone digits, receipt, items',
    sql: `
      CREATE VIRTUAL TABLE case_search USING fts5 (case_id UNINDEXED, body, tokenize = 'trigram');
      INSERT INTO case_search (case_id, body) SELECT id, case_no || ' ' || coalesce(customer_name, '') || ' ' || coalesce(customer_phone, '') || ' ' || subject FROM cases;
    `,
  },
  {
    version: 3,
    name: 'print queue: documents waiting for, sent to or printed by the receipt printer',
    sql: `
      CREATE TABLE print_jobs (
        id TEXT PRIMARY KEY,
        case_id TEXT,
        kind TEXT NOT NULL,
        reference TEXT NOT NULL,
        doc TEXT NOT NULL,
        copies INTEGER NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_at INTEGER,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        printed_at INTEGER
      );
      CREATE INDEX print_jobs_due ON print_jobs (next_at) WHERE state = 'queued';
      CREATE INDEX print_jobs_by_case ON print_jobs (case_id, created_at);
    `,
  },
  {
    version: 4,
    name: 'sync with head office: what head office acknowledged or rejected, pull cursor, catalogue',
    sql: `
      -- This desk's events with seq <= sync.ackSeq are held (or rejected) by head office; later ones wait.
      INSERT INTO meta (key, value) VALUES ('sync.ackSeq', '0'), ('sync.cursor', '0'), ('sync.refVersion', '0');
      CREATE TABLE sync_rejected (event_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, reason TEXT NOT NULL, rejected_at INTEGER NOT NULL);
      CREATE TABLE catalogue (ean TEXT PRIMARY KEY, name TEXT NOT NULL, sku TEXT, price TEXT);
    `,
  },
  {
    version: 5,
    name: 'search ignores diacritics (a clerk typing "novak" finds Novák); no automerge on the command path',
    sql: `
      DROP TABLE case_search;
      CREATE VIRTUAL TABLE case_search USING fts5 (case_id UNINDEXED, body, tokenize = 'trigram remove_diacritics 1');
      -- Every command writes one small segment; merging them 4 at a time ran inside ~2% of commands
      -- at 100k cases (5-15 ms each). Without automerge FTS5 still merges a level at 16 segments
      -- (crisismerge): rarer, longer pauses, and searches stay as fast.
      INSERT INTO case_search (case_search, rank) VALUES ('automerge', 0);
      -- The index is derived: forgetting its layout version makes the desk re-fold it from the log on open.
      DELETE FROM meta WHERE key = 'projection_version';
    `,
  },
  {
    version: 6,
    name: 'a case number may be held by two cases: a pulled case that clashes is stored, not refused',
    sql: `
      -- Two PCs numbering the same desk (set up with one desk code by mistake, or a replacement PC
      -- that recorded cases before it was enrolled) give two real cases one number. Head office holds
      -- both; with case_no UNIQUE here the pulled one failed the pull transaction every time and the
      -- desk's pull stayed stuck for good. Both are kept, each under its own id: every event and case
      -- stays, both show up under that number, and staff can tell them apart by customer and item.
      -- Head office now refuses a second PC for a desk, so this should stay rare.
      -- SQLite cannot drop a UNIQUE constraint: the table is copied, keeping rowids (case_search rows share them).
      CREATE TABLE cases_v6 (
        id TEXT PRIMARY KEY,
        case_no TEXT NOT NULL,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        due_date TEXT,
        customer_name TEXT,
        customer_phone TEXT,
        subject TEXT NOT NULL,
        state TEXT NOT NULL
      );
      INSERT INTO cases_v6 (rowid, id, case_no, type, status, opened_at, updated_at, due_date, customer_name, customer_phone, subject, state)
        SELECT rowid, id, case_no, type, status, opened_at, updated_at, due_date, customer_name, customer_phone, subject, state FROM cases;
      DROP TABLE cases;
      ALTER TABLE cases_v6 RENAME TO cases;
      CREATE INDEX cases_by_case_no ON cases (case_no);
      CREATE INDEX cases_by_update ON cases (updated_at DESC);
      CREATE INDEX cases_open_due ON cases (due_date) WHERE status IN ('received', 'in_progress');
    `,
  },
  {
    version: 7,
    name: 'PINs keyed under one salt of the desk (one costly hash per sign-in); PIN guessing limits survive a restart',
    sql: `
      -- A PIN is found by its key under the desk's salt (see pin-hash.ts), so pin_key is unique.
      -- Hashes written before keep working from legacy_pin_hash until their owner next signs in.
      CREATE TABLE staff_v7 (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        pin_key TEXT UNIQUE,
        legacy_pin_hash TEXT,
        created_at TEXT NOT NULL,
        CHECK (pin_key IS NOT NULL OR legacy_pin_hash IS NOT NULL)
      );
      INSERT INTO staff_v7 (id, name, role, legacy_pin_hash, created_at) SELECT id, name, role, pin_hash, created_at FROM staff;
      DROP TABLE staff;
      ALTER TABLE staff_v7 RENAME TO staff;
      CREATE TABLE pin_guard (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        misses TEXT NOT NULL,
        level INTEGER NOT NULL,
        locked_until INTEGER NOT NULL,
        last_miss_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: 'no search-index merge inside a command: the desk merges segments when idle',
    sql: `
      -- With automerge off, FTS5 still merged a whole level inside whichever command wrote its 16th
      -- segment (crisismerge): 0.4-0.7 s at 250k cases. 1999 is the most FTS5 allows; the desk's
      -- idle merge (idle-maintenance.ts) keeps every level far below it.
      INSERT INTO case_search (case_search, rank) VALUES ('crisismerge', 1999);
    `,
  },
  {
    version: 9,
    name: "the store's sales and the chain's catalogue pulled from head office; what each case refunds of a sale",
    sql: `
      -- A sale as head office sent it (body), found by its receipt number without separators or
      -- store prefix (receipt_key) or by its barcode. sold_at and looked_up_at are epoch ms: pulled
      -- sales go once older than the store's window, a sale looked up online stays that long after.
      CREATE TABLE sales (
        id TEXT PRIMARY KEY,
        receipt_key TEXT NOT NULL,
        receipt_barcode TEXT,
        sold_at INTEGER NOT NULL,
        looked_up_at INTEGER,
        line_count INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX sales_by_receipt ON sales (receipt_key);
      CREATE INDEX sales_by_barcode ON sales (receipt_barcode) WHERE receipt_barcode IS NOT NULL;
      CREATE INDEX sales_by_sold_at ON sales (sold_at);
      -- search: names in every language, SKU and GTINs, folded (search-fold.ts) for LIKE matching.
      -- gtins repeats the item's catalogue_gtins rows, so an item reads back without a join.
      CREATE TABLE catalogue_items (
        sku TEXT PRIMARY KEY,
        names TEXT NOT NULL,
        gtins TEXT NOT NULL,
        search TEXT NOT NULL,
        price INTEGER,
        currency TEXT,
        category TEXT,
        returnable INTEGER NOT NULL,
        warranty_months INTEGER NOT NULL
      );
      CREATE TABLE catalogue_gtins (gtin TEXT PRIMARY KEY, sku TEXT NOT NULL);
      CREATE INDEX catalogue_gtins_by_sku ON catalogue_gtins (sku);
      DROP TABLE catalogue;
      INSERT INTO meta (key, value) VALUES ('sales.cursor', '0'), ('catalogue.cursor', '0');
      -- Projections of the cases (saleRefundOf): what each refunds of which sale line and by which method.
      CREATE TABLE sale_refunds (case_id TEXT NOT NULL, case_no TEXT NOT NULL, sale_id TEXT NOT NULL, line_id TEXT NOT NULL, qty INTEGER NOT NULL, paid INTEGER NOT NULL);
      CREATE INDEX sale_refunds_by_sale ON sale_refunds (sale_id);
      CREATE INDEX sale_refunds_by_case ON sale_refunds (case_id);
      CREATE TABLE sale_refund_payments (case_id TEXT NOT NULL, case_no TEXT NOT NULL, sale_id TEXT NOT NULL, method TEXT NOT NULL, amount INTEGER NOT NULL);
      CREATE INDEX sale_refund_payments_by_sale ON sale_refund_payments (sale_id);
      CREATE INDEX sale_refund_payments_by_case ON sale_refund_payments (case_id);
      -- Head office flagged an over-refund on the case that no manager has settled.
      ALTER TABLE cases ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 10,
    name: "catalogue search by trigram index (a LIKE scan of 200,000 items took ~60 ms a keystroke); an item's GTINs read from catalogue_gtins only",
    sql: `
      -- A GTIN that moved to another item stayed listed on the one it left until that one changed too.
      ALTER TABLE catalogue_items DROP COLUMN gtins;
      -- External content: the index reads catalogue_items.search, kept in step by triggers (SQLite's
      -- documented pattern; an upsert's DO UPDATE keeps the rowid and fires the update trigger).
      CREATE VIRTUAL TABLE catalogue_search USING fts5 (search, content = 'catalogue_items', content_rowid = 'rowid', tokenize = 'trigram');
      CREATE TRIGGER catalogue_items_indexed AFTER INSERT ON catalogue_items BEGIN
        INSERT INTO catalogue_search (rowid, search) VALUES (new.rowid, new.search);
      END;
      CREATE TRIGGER catalogue_items_unindexed AFTER DELETE ON catalogue_items BEGIN
        INSERT INTO catalogue_search (catalogue_search, rowid, search) VALUES ('delete', old.rowid, old.search);
      END;
      CREATE TRIGGER catalogue_items_reindexed AFTER UPDATE ON catalogue_items BEGIN
        INSERT INTO catalogue_search (catalogue_search, rowid, search) VALUES ('delete', old.rowid, old.search);
        INSERT INTO catalogue_search (rowid, search) VALUES (new.rowid, new.search);
      END;
      INSERT INTO catalogue_search (catalogue_search) VALUES ('rebuild');
    `,
  },
  {
    version: 11,
    name: 'staff managed at the desk: deactivated people keep their history; a PIN reset by a manager must be changed at the next sign-in',
    sql: `
      ALTER TABLE staff ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE staff ADD COLUMN must_change_pin INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 12,
    name: 'drafts: half-typed counter forms kept per staff member, so a reload or restart loses nothing and the next clerk sees none',
    sql: `
      CREATE TABLE drafts (staff_id TEXT NOT NULL, form TEXT NOT NULL, body TEXT NOT NULL, saved_at INTEGER NOT NULL, PRIMARY KEY (staff_id, form));
    `,
  },
  {
    version: 13,
    name: 'events pulled from head office that this version cannot read are held as they came, and read again after an update',
    sql: `
      -- Keyed by a hash of the event's JSON (keys sorted): the same event pulled twice is held once, with or without a usable id.
      CREATE TABLE held_events (key TEXT PRIMARY KEY, body TEXT NOT NULL, held_at INTEGER NOT NULL);
    `,
  },
];

export const latestVersion = migrations.at(-1)!.version;

export class NewerDatabaseError extends Error {
  constructor(readonly version: number) {
    super(`This desk's data was written by a newer version of Service Desk (schema ${version}, this version knows ${latestVersion}). Install the newer version; nothing was changed.`);
    this.name = 'NewerDatabaseError';
  }
}

/** Applies the migrations not applied yet, up to `upTo` (tests build older databases with it). */
export function migrate(db: Database, upTo = latestVersion): number {
  const current = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
  // An older app must not write into a newer schema it does not understand (after a downgrade).
  if (current > latestVersion) throw new NewerDatabaseError(current);
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.exec(`PRAGMA user_version = ${m.version}`);
    })();
  }
  return Math.max(current, Math.min(upTo, latestVersion));
}
