import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { Block, ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import type { Refund, RefundMethod } from '../../../../shared/domain/events.js';
import type { Money } from '../../../../shared/domain/money.js';
import { receiptFormat, type ReceiptFormat, type StoreInfo } from './receipt-format.js';
import { approvalBlocks, blank, doc, footer, pair, returnLineBlocks, rule, saleDocumentTop, signature } from './common.js';

/**
 * The final return document: the original receipt's number and date, lines with reasons, the refund
 * by method (each part of a split refund, then the total), the customer's signature.
 */
export function returnReceipt(c: CaseState, store: StoreInfo, locale: Locale): ReceiptDoc {
  const f = receiptFormat(locale);
  const r = c.return!;
  return doc('return', f, c.caseNo, [
    ...saleDocumentTop('return', c, r.purchase, store, f),
    ...r.lines.flatMap((l) => returnLineBlocks(l, f)),
    rule(),
    ...refundBlocks(r.refund, f),
    ...approvalBlocks(r.approval, store, f),
    blank,
    ...signature(f.t('receipt:signatureCustomer')),
    ...footer(c.caseNo, f),
  ], (r.refund.parts ?? [r.refund]).some((p) => p.method === 'cash' && p.amount.amount > 0) && !c.voided);
}

function refundBlocks(refund: Refund, f: ReceiptFormat): Block[] {
  const line = (p: { method: RefundMethod; amount: Money }, bold: boolean) => pair(f.t('receipt:refund', { method: f.t(`terms:refundMethod.${p.method}`) }), f.money(p.amount), bold);
  if (!refund.parts || refund.parts.length === 1) return [line(refund, true)];
  return [...refund.parts.map((p) => line(p, false)), pair(f.t('receipt:refundTotal'), f.money(refund.amount), true)];
}
