import type { CatalogueItem, PullResponse } from '../../../shared/sync/protocol.js';
import { scalar } from '../db/sqlite.js';
import type { Desk } from '../desk.js';
import { setMeta } from './outbox.js';

/**
 * Applies what head office sends down: other desks' and head office's events go through the same
 * log and fold as local ones, in one transaction with the cursor, so a crash before the commit
 * simply pulls the same page again.
 */
export class Inbox {
  constructor(private readonly desk: Desk) {}

  cursor(): string {
    return scalar<string>(this.desk.db, "SELECT value FROM meta WHERE key = 'sync.cursor'") ?? '0';
  }

  refVersion(): number {
    return Number(scalar<string>(this.desk.db, "SELECT value FROM meta WHERE key = 'sync.refVersion'") ?? 0);
  }

  apply(res: PullResponse): number {
    const { desk } = this;
    // Settings live outside SQLite: written first, so a crash only means writing them again.
    if (res.reference) {
      desk.settings.set('policyOverrides', res.reference.data.policyOverrides);
      desk.settings.set('reference', { reasonCodes: res.reference.data.reasonCodes, staff: res.reference.data.staff });
    }
    return desk.db.transaction(() => {
      const touched = new Set<string>();
      for (const e of res.events) if (desk.log.insertForeign(e)) touched.add(e.caseId);
      for (const caseId of touched) desk.projection.refresh(desk.log, caseId);
      if (res.reference) {
        this.replaceCatalogue(res.reference.data.catalogue);
        setMeta(desk, 'sync.refVersion', res.reference.version);
      }
      setMeta(desk, 'sync.cursor', res.cursor);
      return touched.size;
    }).immediate();
  }

  private replaceCatalogue(items: CatalogueItem[]) {
    this.desk.db.exec('DELETE FROM catalogue');
    const insert = this.desk.db.prepare('INSERT INTO catalogue (ean, name, sku, price) VALUES (?, ?, ?, ?)');
    for (const i of items) insert.run(i.ean, i.name, i.sku ?? null, i.price ? JSON.stringify(i.price) : null);
  }

  product(ean: string): CatalogueItem | null {
    const row = this.desk.db.prepare('SELECT ean, name, sku, price FROM catalogue WHERE ean = ?').raw().get(ean) as [string, string, string | null, string | null] | undefined;
    if (!row) return null;
    const [, name, sku, price] = row;
    return { ean, name, ...(sku ? { sku } : {}), ...(price ? { price: JSON.parse(price) } : {}) };
  }
}
