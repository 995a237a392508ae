import type { salesApi, SaleView } from '../../../shared/api/sales.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import type { Sale } from '../../../shared/sales/sale.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import type { SyncEngine } from '../sync/sync-engine.js';
import { SyncFailure } from '../sync/head-office-client.js';
import { saleView } from '../sales/sale-view.js';

/** The store's sales with this receipt at head office; null when not enrolled. Out of reach is an error the counter shows. */
async function askHeadOffice(sync: SyncEngine, receipt: string): Promise<Sale[] | null> {
  try {
    return await sync.lookupSales(receipt);
  } catch (e) {
    if (e instanceof SyncFailure) throw new DeskError('sale_lookup_offline', { receipt });
    throw e;
  }
}

/**
 * A receipt typed or scanned: this desk's copy first; else head office, whose answer is kept here so
 * the sale's bounds hold offline from then on. Not found anywhere, or head office out of reach, is
 * an error the counter can show (then the purchase is typed by hand).
 */
async function findSale(desk: Desk, sync: SyncEngine, receipt: string): Promise<SaleView[]> {
  const local = desk.sales.find(receipt);
  if (local.length) return local.map((s) => saleView(desk, s, 'desk'));
  const found = await askHeadOffice(sync, receipt);
  if (!found?.length) throw new DeskError('sale_not_found', { receipt });
  desk.db.transaction(() => desk.sales.put(found, desk.now())).immediate();
  return found.map((s) => saleView(desk, s, 'head_office'));
}

/** For signed-in staff: the store's sales and the chain's catalogue, as this desk holds them. */
export const salesHandlers = (desk: Desk, sync: SyncEngine): HandlersOf<typeof salesApi> => ({
  findSale: ({ receipt }) => {
    desk.requireStaff();
    return findSale(desk, sync, receipt);
  },
  searchCatalogue: ({ query, limit }) => {
    desk.requireStaff();
    return desk.catalogue.search(query, desk.requireSetup().language, limit);
  },
  lookupProduct: ({ ean }) => {
    desk.requireStaff();
    return desk.catalogue.byBarcode(ean, desk.requireSetup().language);
  },
  salesStatus: () => {
    desk.requireStaff();
    return { ...desk.sales.status(), products: desk.catalogue.count(), days: sync.salesDays(), unreadable: sync.unreadablePulled() };
  },
});
