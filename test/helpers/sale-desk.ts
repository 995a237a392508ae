import type { Sale } from '../../shared/sales/sale.js';
import type { DeskCatalogueItem } from '../../shared/sales/catalogue.js';
import type { DeskEvent } from '../../shared/domain/events.js';
import type { Desk } from '../../main/core/desk.js';
import { Inbox } from '../../main/core/sync/inbox.js';

/** Stores sales at the desk as a pull would. */
export function putSales(desk: Desk, ...sales: Sale[]) {
  desk.db.transaction(() => desk.sales.put(sales))();
}

export function putCatalogue(desk: Desk, ...items: DeskCatalogueItem[]) {
  desk.db.transaction(() => desk.catalogue.put(items))();
}

/** Applies another desk's (or head office's) events here as a pull would. */
export function applyPulled(desk: Desk, events: DeskEvent[]) {
  return new Inbox(desk).apply({ events, cursor: '0', more: false, reference: null, serverTime: desk.now(), unreadable: [] });
}
