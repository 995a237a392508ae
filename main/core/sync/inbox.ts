import type { z } from 'zod';
import type { PullResponse } from '../../../shared/sync/protocol.js';
import type { salesPullResponseSchema } from '../../../shared/sales/sale.js';
import type { cataloguePullResponseSchema } from '../../../shared/sales/catalogue.js';
import { scalar } from '../db/sqlite.js';
import type { Desk } from '../desk.js';
import { setMeta } from './outbox.js';

/** `unreadable`: items of the page this desk could not read, left out (head-office-client.ts). */
type SalesPage = z.output<typeof salesPullResponseSchema> & { unreadable: number };
type CataloguePage = z.output<typeof cataloguePullResponseSchema> & { unreadable: number };

/**
 * Applies what head office sends down: other desks' and head office's events go through the same
 * log and fold as local ones, in one transaction with the cursor, so a crash before the commit
 * simply pulls the same page again. Sales and the catalogue likewise, each with its own cursor.
 */
export class Inbox {
  constructor(private readonly desk: Desk) {}

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

  /** The store's window of days for sales, as head office last said; null before the first pull. */
  /** Sales and catalogue items head office sent that this desk could not read, since it first pulled. */
  unreadable(): number {
    return Number(this.meta('pull.unreadable') ?? 0);
  }

  private countUnreadable(n: number) {
    if (n) setMeta(this.desk, 'pull.unreadable', String(this.unreadable() + n));
  }

  salesDays(): number | null {
    const days = this.meta('sales.days');
    return days ? Number(days) : null;
  }

  apply(res: PullResponse): number {
    const { desk } = this;
    // Settings live outside SQLite: written first, so a crash only means writing them again.
    if (res.reference) {
      desk.settings.set('policyOverrides', res.reference.data.policyOverrides);
      desk.settings.set('reference', { reasonCodes: res.reference.data.reasonCodes, reasonNames: res.reference.data.reasonNames, staff: res.reference.data.staff });
    }
    if (res.law) desk.settings.set('lawReference', res.law.data);
    return desk.db.transaction(() => {
      const touched = new Set<string>();
      for (const e of res.events) if (desk.log.insertForeign(e)) touched.add(e.caseId);
      for (const caseId of touched) desk.projection.refresh(desk.log, caseId);
      if (res.reference) setMeta(desk, 'sync.refVersion', res.reference.version);
      if (res.law) setMeta(desk, 'sync.lawVersion', res.law.version);
      setMeta(desk, 'sync.cursor', res.cursor);
      return touched.size;
    }).immediate();
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
