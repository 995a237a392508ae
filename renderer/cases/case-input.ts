import type { Customer, Proof, Purchase, ReturnLine, SaleLine } from '../../shared/domain/events.js';
import { convertFixed, type Currency, type Money } from '../../shared/domain/money.js';
import type { PolicyPack } from '../../shared/domain/policy.js';
import { parseMoneyInput, type MoneyParse } from '../format/money-input.js';
import { isIsoDay } from '../format/date-input.js';
import { purchaseProblems, type IntakeProblem } from '../../shared/domain/intake-rules.js';

/**
 * What the clerk typed, as text, turned into the API's input. Pure: the forms keep the text (so
 * nothing is lost on an error) and call these on save.
 */
export type CustomerDraft = { name: string; phone: string; email: string };
/** `saleId`: the purchase was taken from a sale found by its receipt. */
export type PurchaseDraft = { purchaseDate: string; receiptNo: string; proof: Proof; saleId?: string };
export type LineDraft = {
  item: string; sku: string; qty: string; unitPrice: string; currency: Currency;
  reason: ReturnLine['reason']; condition: ReturnLine['condition']; restock: boolean;
};

/** Why a typed value could not be used: the form shows it next to the field. */
export type Problem = Exclude<MoneyParse, { ok: true }>['problem'] | 'qty' | 'over_left' | 'none_ticked' | 'date_empty' | 'date_format' | IntakeProblem;
export type Problems = Record<string, Problem>;

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

export const emptyCustomer = (): CustomerDraft => ({ name: '', phone: '', email: '' });
export const emptyPurchase = (purchaseDate = ''): PurchaseDraft => ({ purchaseDate, receiptNo: '', proof: 'receipt' });
export const emptyLine = (currency: Currency): LineDraft => ({
  item: '', sku: '', qty: '1', unitPrice: '', currency, reason: 'changed_mind', condition: 'new', restock: true,
});

/** No customer at all rather than an empty one: contact data is optional and minimal. */
export function customerInput(d: CustomerDraft): Customer | undefined {
  const c = { name: opt(d.name), phone: opt(d.phone), email: opt(d.email) };
  return c.name || c.phone || c.email ? c : undefined;
}

export const purchaseInput = (d: PurchaseDraft): Purchase => ({ purchaseDate: d.purchaseDate, receiptNo: opt(d.receiptNo), proof: d.proof, saleId: d.saleId });

/**
 * What is wrong with a purchase's date as typed (DateField keeps text that is no day as it is):
 * missing where the purchase is required, not a day, or after today.
 */
export function purchaseDateProblems(d: PurchaseDraft, today: string, required: boolean): Problems {
  const at = 'purchase.purchaseDate';
  if (!d.purchaseDate.trim()) return required ? { [at]: 'date_empty' } : {};
  if (!isIsoDay(d.purchaseDate)) return { [at]: 'date_format' };
  return purchaseProblems(d, today);
}

/** A complaint's purchase is optional: sent only when the clerk filled in any of it. */
export const optionalPurchaseInput = (d: PurchaseDraft): Purchase | undefined =>
  d.purchaseDate || d.receiptNo.trim() ? purchaseInput(d) : undefined;

export function parseQty(s: string): number | null {
  const t = s.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 ? n : null;
}

/** Sale lines from their drafts; problems are keyed by the API's paths (`<prefix>.<i>.unitPrice`). */
export function saleLines(prefix: string, drafts: readonly LineDraft[]): { lines: SaleLine[]; problems: Problems } {
  const problems: Problems = {};
  const lines: SaleLine[] = [];
  drafts.forEach((d, i) => {
    const price = parseMoneyInput(d.unitPrice);
    const qty = parseQty(d.qty);
    if (!price.ok) problems[`${prefix}.${i}.unitPrice`] = price.problem;
    if (qty === null) problems[`${prefix}.${i}.qty`] = 'qty';
    lines.push({ item: d.item.trim(), sku: opt(d.sku), qty: qty ?? 0, unitPrice: { amount: price.ok ? price.amount : 0, currency: d.currency } });
  });
  return { lines, problems };
}

export function returnLines(prefix: string, drafts: readonly LineDraft[]): { lines: ReturnLine[]; problems: Problems } {
  const { lines, problems } = saleLines(prefix, drafts);
  return { lines: lines.map((l, i) => ({ ...l, reason: drafts[i]!.reason, condition: drafts[i]!.condition, restock: drafts[i]!.restock })), problems };
}

/**
 * The value of the lines typed so far in the store currency, converted line by line like the core
 * does (BGN at the fixed rate); null while any line's price or quantity is not a number yet (the
 * total is then unknown, not zero).
 */
export function draftsTotal(drafts: readonly LineDraft[], pack: Pick<PolicyPack, 'currency'>): Money | null {
  let amount = 0;
  for (const d of drafts) {
    const price = parseMoneyInput(d.unitPrice);
    const qty = parseQty(d.qty);
    if (!price.ok || qty === null) return null;
    amount += convertFixed({ amount: price.amount * qty, currency: d.currency }, pack.currency).amount;
  }
  return { amount, currency: pack.currency };
}
