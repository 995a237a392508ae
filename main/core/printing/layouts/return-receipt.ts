import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import { receiptFormat, type StoreInfo } from './receipt-format.js';
import { approvalBlocks, blank, doc, footer, pair, returnLineBlocks, rule, saleDocumentTop, signature } from './common.js';

/** The final return document: lines with reasons, the refund method and amount, the customer's signature. */
export function returnReceipt(c: CaseState, store: StoreInfo, locale: Locale): ReceiptDoc {
  const f = receiptFormat(locale);
  const r = c.return!;
  return doc('return', f, c.caseNo, [
    ...saleDocumentTop('return', c, r.purchase, store, f),
    ...r.lines.flatMap((l) => returnLineBlocks(l, f)),
    rule(),
    pair(f.t('receipt:refund', { method: f.t(`terms:refundMethod.${r.refund.method}`) }), f.money(r.refund.amount), true),
    ...approvalBlocks(r.approval, store, f),
    blank,
    ...signature(f.t('receipt:signatureCustomer')),
    ...footer(c.caseNo, f),
  ], r.refund.method === 'cash' && !c.voided);
}
