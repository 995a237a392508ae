import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { salesPullResponseSchema } from '../../../shared/sales/sale.js';
import type { cataloguePullResponseSchema } from '../../../shared/sales/catalogue.js';
import { scalar } from '../db/sqlite.js';
import type { Desk } from '../desk.js';
import { setMeta } from './outbox.js';
import { eachReadable, readableEvents, type PulledPage } from './head-office-client.js';

/** `unreadable`: items of the page this desk could not read, left out (head-office-client.ts). */
type SalesPage = z.output<typeof salesPullResponseSchema> & { unreadable: number };
type CataloguePage = z.output<typeof cataloguePullResponseSchema> & { unreadable: number };

/** JSON with every object's keys sorted: the same event, however head office ordered its keys, gives the same text. */
const sortedJson = (value: unknown): string => JSON.stringify(value, (_, v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v);

/**
 * Applies what head office sends down: other desks' and head office's events go through the same
 * log and fold as local ones, in one transaction with the cursor, so a crash before the commit
 * simply pulls the same page again. Sales and the catalogue likewise, each with its own cursor.
 * Events this version cannot read are held as they came, and read again after an update.
 */
export class Inbox {
  /** `events`: the events this version reads (tests stand in for an older version with a narrower schema). */
  constructor(private readonly desk: Desk, private readonly events: z.ZodType<DeskEvent> = readableEvents) {}

  private meta(key: string): string | undefined {
    return scalar<string>(this.desk.db, 'SELECT value FROM meta WHERE key = ?', key);
  }

  cursor(): string {
    return this.meta('sync.cursor') ?? '0';
  }

  refVersion(): number {
    return Number(this.meta('sync.refVersion') ?? 0);
  }

  lawVersion(): number {
    return Number(this.meta('sync.lawVersion') ?? 0);
  }

  salesCursor(): string {
    return this.meta('sales.cursor') ?? '0';
  }

  catalogueCursor(): string {
    return this.meta('catalogue.cursor') ?? '0';
  }

  /** Sales and catalogue items head office sent that this desk could not read, since it first pulled. */
  unreadable(): number {
    return Number(this.meta('pull.unreadable') ?? 0);
  }

  private countUnreadable(n: number) {
    if (n) setMeta(this.desk, 'pull.unreadable', String(this.unreadable() + n));
  }

  /** The store's window of days for sales, as head office last said; null before the first pull. */
  salesDays(): number | null {
    const days = this.meta('sales.days');
    return days ? Number(days) : null;
  }

  /** Events from head office this version could not read, held until an update reads them. */
  held(): number {
    return scalar<number>(this.desk.db, 'SELECT count(*) FROM held_events') ?? 0;
  }

  apply(res: PulledPage): number {
    const { desk } = this;
    // Settings live outside SQLite: written first, so a crash only means writing them again.
    if (res.reference) {
      desk.settings.set('policyOverrides', res.reference.data.policyOverrides);
      desk.settings.set('reference', { reasonCodes: res.reference.data.reasonCodes, reasonNames: res.reference.data.reasonNames, staff: res.reference.data.staff });
    }
    if (res.law) desk.settings.set('lawReference', res.law.data);
    const hold = desk.db.prepare('INSERT INTO held_events (key, body, held_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING');
    return desk.db.transaction(() => {
      const touched = this.insertForeign(res.events);
      for (const raw of res.unreadable) {
        const body = sortedJson(raw);
        hold.run(createHash('sha256').update(body).digest('hex'), body, desk.now());
      }
      if (res.reference) setMeta(desk, 'sync.refVersion', res.reference.version);
      if (res.law) setMeta(desk, 'sync.lawVersion', res.law.version);
      setMeta(desk, 'sync.cursor', res.cursor);
      return touched;
    }).immediate();
  }

  /**
   * Reads the held events again with this version's schema (after an update): those it reads now
   * are applied like pulled ones and leave the table, in one transaction; the others stay held.
   * Returns how many cases changed.
   */
  readHeldAgain(): number {
    const { desk } = this;
    // A body damaged on disk is one more event this version cannot read: it stays, the rest apply.
    const rows = (desk.db.prepare('SELECT key, body FROM held_events ORDER BY rowid').all() as { key: string; body: string }[])
      .map((row) => ({ key: row.key, event: parsedOrNull(row.body) }));
    const { readable } = eachReadable(rows, z.object({ key: z.string(), event: this.events }));
    if (!readable.length) return 0;
    const release = desk.db.prepare('DELETE FROM held_events WHERE key = ?');
    return desk.db.transaction(() => {
      for (const { key } of readable) release.run(key);
      return this.insertForeign(readable.map((r) => r.event));
    }).immediate();
  }

  /** Events from elsewhere into the log, each case they changed folded again; how many cases changed. */
  private insertForeign(events: readonly DeskEvent[]): number {
    const { desk } = this;
    const touched = new Set<string>();
    for (const e of events) if (desk.log.insertForeign(e)) touched.add(e.caseId);
    for (const caseId of touched) desk.projection.refresh(desk.log, caseId);
    return touched.size;
  }

  /** A page of sales with its cursor; sales sold before the store's window are forgotten (local storage stays bounded). */
  applySales(page: SalesPage): void {
    const { desk } = this;
    desk.db.transaction(() => {
      desk.sales.put(desk.sales.ofThisStore(page.sales));
      desk.sales.pruneOlderThan(page.days, desk.now());
      this.countUnreadable(page.unreadable);
      setMeta(desk, 'sales.cursor', page.cursor);
      setMeta(desk, 'sales.days', page.days);
    }).immediate();
  }

  applyCatalogue(page: CataloguePage): void {
    const { desk } = this;
    desk.db.transaction(() => {
      desk.catalogue.put(page.items);
      this.countUnreadable(page.unreadable);
      setMeta(desk, 'catalogue.cursor', page.cursor);
    }).immediate();
  }
}

function parsedOrNull(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
