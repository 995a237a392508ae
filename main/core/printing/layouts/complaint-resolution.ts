import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import { receiptFormat, type StoreInfo } from './receipt-format.js';
import { blank, customerBlocks, doc, footer, header, labelled, pair, rule, signature } from './common.js';
import { referenceLabel } from './complaint-confirmation.js';

/** How a claim was settled: the date and method, or the written reasons for a (partial) rejection. */
export function complaintResolution(c: CaseState, store: StoreInfo, locale: Locale): ReceiptDoc {
  const f = receiptFormat(locale);
  const k = c.complaint!;
  const r = k.resolution!;
  return doc('complaint_resolution', f, c.caseNo, [
    ...header('complaint_resolution', store, f, { reference: c.caseNo, referenceLabel: referenceLabel(c, f.t), at: r.at, actor: r.actor }),
    // The written decision names the register entry it settles (BG).
    ...(k.registerNo ? [pair(f.t('receipt:registerNo'), k.registerNo), rule()] : []),
    ...customerBlocks(c.customer, f),
    pair(f.t('receipt:claimFiledOn'), f.dateTime(c.openedAt)),
    ...(k.product ? [pair(f.t('receipt:product'), k.product.name)] : []),
    pair(f.t('receipt:remedyRequested'), f.t(`terms:remedy.${k.remedy}`)),
    blank,
    pair(f.t('receipt:outcome'), f.t(`terms:outcome.${r.outcome}`), true),
    ...(r.method ? [pair(f.t('receipt:method'), f.t(`terms:remedy.${r.method}`))] : []),
    pair(f.t('receipt:resolvedOn'), f.dateTime(r.at)),
    ...(r.reason ? [blank, ...labelled(f.t('receipt:reasons'), r.reason)] : []),
    ...signature(f.t('receipt:signatureCustomer')),
    ...footer(c.caseNo, f),
  ]);
}
