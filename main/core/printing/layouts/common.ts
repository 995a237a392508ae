import type { Block, DocKind, ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';
import type { Customer, Purchase, ReturnLine, SaleLine } from '../../../../shared/domain/events.js';
import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { Money } from '../../../../shared/domain/money.js';
import type { ReceiptFormat, StoreInfo } from './receipt-format.js';
import { lineValue } from '../../cases/refund-math.js';

export const pair = (left: string, right: string, bold = false): Block => ({ kind: 'pair', left, right, bold });
export const text = (t: string, opts: Omit<Extract<Block, { kind: 'text' }>, 'kind' | 'text'> = {}): Block => ({ kind: 'text', text: t, ...opts });
export const rule = (char: '-' | '=' = '-'): Block => ({ kind: 'rule', char });
export const blank: Block = { kind: 'blank' };

/** A label and a value that may be long: the value goes on its own lines under the label. */
export const labelled = (label: string, value: string): Block[] => [text(`${label}:`, { bold: true }), text(value)];

/**
 * Store, title and the who/when of the document: the same on every receipt. A document of the desk's
 * own (end of day, test page) has its own number and says who printed it, not who served.
 */
export function header(
  kind: DocKind, store: StoreInfo, f: ReceiptFormat,
  who: { reference: string; referenceLabel?: string; at: string | number; actor: string; actorLabel?: string },
): Block[] {
  return [
    text(store.name, { align: 'center', bold: true, tall: true }),
    text(store.address, { align: 'center' }),
    text(`${f.t('receipt:companyId')}: ${store.companyId}`, { align: 'center' }),
    ...(store.vatId ? [text(`${f.t('staff:store.vatId')}: ${store.vatId}`, { align: 'center' })] : []),
    ...(store.phone ? [text(`${f.t('staff:store.phone')}: ${store.phone}`, { align: 'center' })] : []),
    rule('='),
    text(f.t(`receipt:title.${kind}`), { align: 'center', bold: true }),
    rule('='),
    pair(who.referenceLabel ?? f.t('receipt:caseNo'), who.reference, true),
    pair(f.t('receipt:dateTime'), f.dateTime(who.at)),
    pair(who.actorLabel ?? f.t('receipt:staff'), store.staff[who.actor] ?? who.actor),
    rule(),
  ];
}

/** The reference as Code128 and QR, for lookup by scanning. */
export const codes = (reference: string): Block[] => [rule(), { kind: 'code128', data: reference }, { kind: 'qr', data: reference }];

/** The codes, then the sign-off to the customer (a document the customer takes home). */
export const footer = (reference: string, f: ReceiptFormat): Block[] => [...codes(reference), text(f.t('receipt:thanks'), { align: 'center' })];

export const signature = (label: string): Block[] => [blank, blank, text('_'.repeat(24)), text(label)];

export function customerBlocks(c: Customer | undefined, f: ReceiptFormat): Block[] {
  if (!c || (!c.name && !c.phone && !c.email)) return [];
  return [
    ...(c.name ? [pair(f.t('receipt:customer'), c.name)] : []),
    ...(c.phone ? [pair(f.t('receipt:phone'), c.phone)] : []),
    ...(c.email ? [pair(f.t('receipt:email'), c.email)] : []),
  ];
}

export function purchaseBlocks(p: { receiptNo?: string; purchaseDate: string; proof: string } | undefined, f: ReceiptFormat): Block[] {
  if (!p) return [];
  return [
    pair(f.t('receipt:purchaseDate'), f.date(p.purchaseDate)),
    ...(p.receiptNo ? [pair(f.t('receipt:receiptNo'), p.receiptNo)] : []),
    pair(f.t('receipt:proof'), f.t(`terms:proof.${p.proof}`)),
  ];
}

const lineTotal = (l: SaleLine): Money => ({ amount: l.unitPrice.amount * l.qty, currency: l.unitPrice.currency });

/** One sold or returned item: its name, then "qty x price" and the line total on one row. */
export function saleLineBlocks(l: SaleLine, f: ReceiptFormat): Block[] {
  return [text(l.item), pair(`  ${l.qty} x ${f.money(l.unitPrice)}`, f.money(lineTotal(l)))];
}

/** A returned line from a sale: what its units were paid, when discounts made that less than the price. */
export function returnLineBlocks(l: ReturnLine, f: ReceiptFormat): Block[] {
  const paid = lineValue(l);
  return [
    ...saleLineBlocks(l, f),
    ...(paid.amount !== lineTotal(l).amount ? [pair(`  ${f.t('receipt:afterDiscounts')}`, f.money(paid))] : []),
    text(`  ${f.t('receipt:reason')}: ${f.t(`terms:reason.${l.reason}`)}`),
    text(`  ${f.t('receipt:condition')}: ${f.t(`terms:condition.${l.condition}`)}`),
  ];
}

export const doc = (kind: DocKind, f: ReceiptFormat, reference: string, blocks: Block[], openDrawer = false): ReceiptDoc =>
  ({ kind, locale: f.locale, reference, blocks, openDrawer });

export const approvalBlocks = (a: { managerId: string } | undefined, store: StoreInfo, f: ReceiptFormat): Block[] =>
  a ? [pair(f.t('receipt:approvedBy'), store.staff[a.managerId] ?? a.managerId)] : [];

/** A reprint of a voided document says so at the top. */
export const voidedBlocks = (c: { voided?: { reason: string } }, f: ReceiptFormat): Block[] =>
  c.voided ? [text(f.t('receipt:voided', { reason: c.voided.reason }), { bold: true, align: 'center' }), rule()] : [];

/** The top of a return or exchange: header, a voided mark, the customer and the original purchase. */
export function saleDocumentTop(kind: 'return' | 'exchange', c: CaseState, purchase: Purchase, store: StoreInfo, f: ReceiptFormat): Block[] {
  return [
    ...header(kind, store, f, { reference: c.caseNo, at: c.openedAt, actor: c.openedBy }),
    ...voidedBlocks(c, f),
    ...customerBlocks(c.customer, f),
    ...purchaseBlocks(purchase, f),
    rule(),
    text(f.t('receipt:returnedItems'), { bold: true }),
  ];
}
