import { caseNoSchema } from '../../shared/domain/case-number.js';
import { isValidGtin, looksLikeGtin } from '../../shared/domain/gtin.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { productTargetFor, productTargetHolding } from './product-targets.js';
import { saleTargetOnScreen } from '../sales/sale-targets.js';
import { openReturnWithSale } from '../cases/ReturnForm.js';
import type { ScanHandler } from './scan-handlers.js';

/** The Code128/QR on every receipt the desk prints holds the case number alone: opens that case. */
export const caseNumberHandler: ScanHandler = {
  id: 'case-number',
  async handle(payload, ctx) {
    // A scanner set to another keyboard's Caps Lock sends the letters in lower case.
    const caseNo = payload.toUpperCase();
    if (!caseNoSchema.safeParse(caseNo).success) return false;
    const res = await desk.listCases({ query: caseNo, limit: 5 });
    const found = res.ok && res.value.items.find((c) => c.caseNo === caseNo);
    if (found) useApp.getState().go({ name: 'case', id: found.id });
    else ctx.tell(res.ok ? ctx.t('scan.caseNotFound', { caseNo }) : res.error.message);
    return true;
  },
};

/**
 * A sale's receipt (its barcode or number): onto the form on screen that takes one (an exchange, a
 * complaint), else a new return from that sale. One lookup, so the sale is on screen at once; a
 * code no sale has goes on to the next handler (a receipt barcode may be all digits like a GTIN).
 */
export const receiptHandler: ScanHandler = {
  id: 'receipt',
  async handle(payload, ctx) {
    // A product's code scanned into an item field is that item: no receipt lookup (it may ask head office) first.
    if (isValidGtin(payload) && productTargetHolding(ctx.focused)) return false;
    const res = await desk.findSale({ receipt: payload });
    if (!res.ok) {
      // Not on this desk and head office out of reach: said as such, unless a product's code may be meant.
      if (res.error.code !== 'sale_lookup_offline' || looksLikeGtin(payload)) return false;
      ctx.tell(res.error.message);
      return true;
    }
    if (res.value.length === 0) return false;
    (saleTargetOnScreen() ?? openReturnWithSale)(payload, res.value);
    return true;
  },
};

/** A product barcode: onto the form's item from head office's catalogue, or else a search for cases with it. */
export const productHandler: ScanHandler = {
  id: 'product',
  async handle(code, ctx) {
    if (!looksLikeGtin(code)) return false;
    if (!isValidGtin(code)) {
      ctx.tell(ctx.t('scan.badCheckDigit', { code }));
      return true;
    }
    const target = productTargetFor(ctx.focused);
    if (!target) {
      ctx.searchCases(code);
      return true;
    }
    const res = await desk.lookupProduct({ ean: code });
    if (!res.ok) ctx.tell(res.error.message);
    else if (!res.value) ctx.tell(ctx.t('scan.notInCatalogue', { code }));
    else target.fill(res.value, ctx.focused);
    return true;
  },
};
