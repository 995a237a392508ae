import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import { policyOfCase } from '../../../../shared/domain/policy.js';
import type { ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import { linesTotal } from '../../cases/refund-math.js';
import { receiptFormat, type StoreInfo } from './receipt-format.js';
import { approvalBlocks, doc, footer, pair, returnLineBlocks, rule, saleDocumentTop, saleLineBlocks, signature, text } from './common.js';

/** Both sides of an exchange and the net difference, with who pays whom and how. */
export function exchangeReceipt(c: CaseState, store: StoreInfo, locale: Locale): ReceiptDoc {
  const f = receiptFormat(locale);
  const x = c.exchange!;
  const pack = policyOfCase(c);
  const method = f.t(`terms:refundMethod.${x.settlement}`);
  const diff = x.difference.amount;
  const settle = diff > 0 ? f.t('receipt:customerPays', { method }) : diff < 0 ? f.t('receipt:shopRefunds', { method }) : f.t('receipt:noDifference');
  return doc('exchange', f, c.caseNo, [
    ...saleDocumentTop('exchange', c, x.purchase, store, f),
    ...x.returned.flatMap((l) => returnLineBlocks(l, f)),
    pair(f.t('receipt:returnedTotal'), f.money(linesTotal(x.returned, pack))),
    rule(),
    text(f.t('receipt:issuedItems'), { bold: true }),
    ...x.issued.flatMap((l) => saleLineBlocks(l, f)),
    pair(f.t('receipt:issuedTotal'), f.money(linesTotal(x.issued, pack))),
    rule(),
    pair(settle, f.money({ ...x.difference, amount: Math.abs(diff) }), true),
    ...approvalBlocks(x.approval, store, f),
    ...signature(f.t('receipt:signatureCustomer')),
    ...footer(c.caseNo, f),
  ], diff < 0 && x.settlement === 'cash' && !c.voided);
}
