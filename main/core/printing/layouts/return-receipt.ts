import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import { receiptFormat, type StoreInfo } from './receipt-format.js';
import { approvalBlocks, blank, customerBlocks, doc, footer, header, pair, purchaseBlocks, returnLineBlocks, rule, signature, text, voidedBlocks } from './common.js';

/** The final return document: lines with reasons, the refund method and amount, the customer's signature. */
export function returnReceipt(c: CaseState, store: StoreInfo, locale: Locale): ReceiptDoc {
  const f = receiptFormat(locale, store.timeZone);
  const r = c.return!;
  return doc('return', f, c.caseNo, [
    ...header('return', store, f, { reference: c.caseNo, at: c.openedAt, actor: c.openedBy }),
    ...voidedBlocks(c, f),
    ...customerBlocks(c.customer, f),
    ...purchaseBlocks(r.purchase, f),
    rule(),
    text(f.t('receipt:returnedItems'), { bold: true }),
    ...r.lines.flatMap((l) => returnLineBlocks(l, f)),
    rule(),
    pair(f.t('receipt:refund', { method: f.t(`terms:refundMethod.${r.refund.method}`) }), f.money(r.refund.amount), true),
    ...approvalBlocks(r.approval, store, f),
    blank,
    ...signature(f.t('receipt:signatureCustomer')),
    ...footer(c.caseNo, f),
  ], r.refund.method === 'cash' && !c.voided);
}
