import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import { refundMethodSchema } from '../../../../shared/domain/events.js';
import type { DaySummary } from '../day-summary.js';
import { receiptFormat, type StoreInfo } from './receipt-format.js';
import { blank, codes, doc, header, pair, rule, signature, text } from './common.js';

// The desk and the day, in no one language (the title says what the document is); ASCII for the barcode.
// Not mistaken for a case number: those end in the year and a 5-digit number (PRG01-A-2026-00042).
const endOfDayReference = (store: StoreInfo, day: string) => `${store.storeCode}-${store.deskCode}-${day}`;

/** The day at this desk: counts, refunds by method, and what the cash drawer should show. Staff's paper: no thanks to a customer. */
export function endOfDay(s: DaySummary, store: StoreInfo, locale: Locale, printed: { at: number; actor: string }): ReceiptDoc {
  const f = receiptFormat(locale);
  const reference = endOfDayReference(store, s.day);
  const count = (key: string, n: number) => pair(f.t(`receipt:eod.${key}`), String(n));
  return doc('end_of_day', f, reference, [
    ...header('end_of_day', store, f, { reference, referenceLabel: f.t('receipt:docNo'), at: printed.at, actor: printed.actor, actorLabel: f.t('receipt:printedBy') }),
    pair(f.t('receipt:eod.day'), f.date(s.day), true),
    pair(f.t('receipt:eod.desk'), `${store.storeCode}-${store.deskCode}`),
    rule(),
    text(f.t('receipt:eod.counts'), { bold: true }),
    count('complaintsOpened', s.complaintsOpened),
    count('complaintsResolved', s.complaintsResolved),
    count('returns', s.returns),
    count('exchanges', s.exchanges),
    count('voided', s.voided),
    rule(),
    text(f.t('receipt:eod.refundsByMethod'), { bold: true }),
    ...refundMethodSchema.options.map((m) => pair(f.t(`terms:refundMethod.${m}`), f.money(s.refunds[m]))),
    pair(f.t('receipt:eod.totalRefunds'), f.money(s.totalRefunds), true),
    rule(),
    text(f.t('receipt:eod.cash'), { bold: true }),
    pair(f.t('receipt:eod.cashOut'), f.money({ ...s.cashOut, amount: -s.cashOut.amount })),
    pair(f.t('receipt:eod.cashIn'), f.money(s.cashIn)),
    pair(f.t('receipt:eod.cashNet'), f.money(s.cashNet), true),
    blank,
    pair(f.t('receipt:eod.counted'), '____________'),
    ...signature(f.t('receipt:signatureStaff')),
    ...codes(reference),
  ]);
}
