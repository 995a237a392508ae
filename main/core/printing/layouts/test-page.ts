import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { Currency } from '../../../../shared/domain/money.js';
import type { ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import { codePageFor } from '../../../../shared/printing/code-pages.js';
import type { PrinterSettings } from '../../../../shared/printing/printer-settings.js';
import { receiptFormat, type StoreInfo } from './receipt-format.js';
import { doc, footer, header, pair, rule, text } from './common.js';

/**
 * Proves a printer setup end to end: the locale's alphabet (every letter that goes wrong with a
 * wrong `ESC t n`), an amount with the desk's currency sign (€ sits in 0x80–0x9F, where clones'
 * tables differ), the width ruler, the codes and the cut.
 */
export function testPage(store: StoreInfo, locale: Locale, currency: Currency, printer: PrinterSettings, printed: { at: number; actor: string }): ReceiptDoc {
  const f = receiptFormat(locale);
  const reference = `TEST-${store.storeCode}-${store.deskCode}`;
  const cp = codePageFor(locale);
  return doc('test_page', f, reference, [
    ...header('test_page', store, f, { reference, referenceLabel: f.t('receipt:docNo'), at: printed.at, actor: printed.actor, actorLabel: f.t('receipt:printedBy') }),
    pair(f.t('receipt:test.printer'), printer.type.toUpperCase()),
    pair(f.t('receipt:test.width'), String(printer.width)),
    pair(f.t('receipt:test.codePage'), `${cp} (${printer.codePages[cp]})`),
    rule(),
    text(`${f.t('receipt:test.alphabet')}:`, { bold: true }),
    text(f.t('receipt:test.sample')),
    pair(f.t('receipt:test.amount'), f.money({ amount: 1_234_56, currency })),
    text('1234567890'.repeat(5).slice(0, printer.width)),
    text(f.t('receipt:test.check')),
    ...footer(reference, f),
  ]);
}
