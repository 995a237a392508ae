import type { Database } from './database.js';

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
