import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import { policyOfCase } from '../../../../shared/domain/policy.js';
import { hlcWallMs } from '../../../../shared/domain/hlc.js';
import { entersRegister, registerNoOf } from '../../../../shared/law/register.js';
import type { ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import { receiptFormat, type StoreInfo } from './receipt-format.js';
import { blank, customerBlocks, doc, footer, header, labelled, pair, purchaseBlocks, rule, signature, text } from './common.js';

/**
 * Bulgaria keeps a complaints register. A claim filed before entries had numbers of their own (no
 * `registerNo`) printed its case number as the register number, and its documents still do.
 */
export const referenceLabel = (c: CaseState, t: (k: string) => string) =>
  (c.country === 'BG' && !c.complaint?.registerNo ? t('receipt:registerNo') : t('receipt:caseNo'));

/**
 * Handed over when a complaint is filed. Carries what CZ §19 (Act 634/1992) asks of the
 * confirmation: date filed, content of the claim, remedy requested, the customer's contact and
 * the date it will be settled by; in BG a claim's complaints-register number.
 */
export function complaintConfirmation(c: CaseState, store: StoreInfo, locale: Locale): ReceiptDoc {
  const f = receiptFormat(locale);
  const k = c.complaint!;
  const pack = policyOfCase(c);
  return doc('complaint_confirmation', f, c.caseNo, [
    ...header('complaint_confirmation', store, f, { reference: c.caseNo, referenceLabel: referenceLabel(c, f.t), at: c.openedAt, actor: c.openedBy }),
    ...(pack.printsRegisterNumber && entersRegister(k.kind) ? [text(f.t('receipt:registerEntry', { no: registerNoOf(c) }), { bold: true }), rule()] : []),
    ...customerBlocks(c.customer, f),
    pair(f.t('receipt:kind'), f.t(`terms:kind.${k.kind}`)),
    ...(k.product ? [pair(f.t('receipt:product'), k.product.name)] : []),
    ...(k.product?.serial ? [pair(f.t('receipt:serial'), k.product.serial)] : []),
    ...purchaseBlocks(k.purchase, f),
    blank,
    ...labelled(f.t('receipt:claimContent'), k.description),
    blank,
    pair(f.t('receipt:remedyRequested'), f.t(`terms:remedy.${k.remedy}`)),
    pair(f.t('receipt:filedOn'), f.dateTime(hlcWallMs(c.openedAt))),
    ...(k.dueDate ? [pair(f.t('receipt:dueDate'), f.date(k.dueDate), true), text(`${f.t('receipt:legalBasis')}: ${pack.citations.claim}; ${pack.citations.lastDay}`)] : []),
    ...signature(f.t('receipt:signatureCustomer')),
    ...signature(f.t('receipt:signatureStaff')),
    ...footer(c.caseNo, f),
  ]);
}
