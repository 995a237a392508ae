import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SaleView } from '../../shared/api/sales.js';
import { refundMethodSchema, type RefundMethod } from '../../shared/domain/events.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { convertFixed, type Currency, type Money } from '../../shared/domain/money.js';
import { returnApprovalsNeeded } from '../../shared/domain/policy.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { RadioField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { patchDraft, useDraft } from '../state/drafts.js';
import { useApp } from '../state/app-store.js';
import { formatMoney, localToday } from '../format/locale-format.js';
import { customerInput, draftsTotal, emptyCustomer, emptyLine, emptyPurchase, purchaseInput, returnLines } from './case-input.js';
import { CustomerFields, problemErrors, PurchaseFields, useFieldHints } from './draft-fields.js';
import { LinesEditor } from './LinesEditor.js';
import { useOpenSaved, usePolicy } from './use-saved.js';
import { emptySaleDraft, leftBy, pickedValue, purchaseOfSale, refundParts, saleDraftOf, saleReturnLines, tickedLines } from '../sales/sale-picks.js';
import { SaleSection } from '../sales/SaleSection.js';

type Method = RefundMethod | 'original';

const returnDraft = (currency: Currency) => ({
  purchase: emptyPurchase(), lines: [emptyLine(currency)], refundMethod: 'original' as Method, customer: emptyCustomer(), sale: emptySaleDraft(),
});
type ReturnDraft = ReturnType<typeof returnDraft>;

/** A scanned receipt anywhere on the counter: the return form with that sale on it. */
export function openReturnWithSale(receipt: string, views: SaleView[]) {
  const { session, go } = useApp.getState();
  patchDraft<ReturnDraft>('return', () => returnDraft(session!.policy!.currency), (d) => ({ ...d, sale: saleDraftOf(receipt, views) }));
  go({ name: 'return' });
}

/** The parts of a refund as the receipt will say them: "Card 100,00 · Cash 35,00". */
const partsText = (parts: { method: RefundMethod; amount: number }[], currency: Currency, t: TFunction, lang: string) =>
  parts.map((p) => `${t(`terms:refundMethod.${p.method}`)} ${formatMoney({ amount: p.amount, currency }, lang)}`).join(' · ');

/**
 * A return: from a sale found by its receipt (the lines, prices and what may still be refunded come
 * from the sale), or typed by hand for an old paper receipt. What the clerk may not do alone goes to a manager.
 */
export function ReturnForm() {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const lang = i18n.language;
  const policy = usePolicy();
  const currencies = [policy.currency, ...(policy.formerCurrency ? [policy.formerCurrency] : [])];
  const [d, set, reset] = useDraft('return', () => returnDraft(policy.currency));
  const command = useCommand<CaseState>({ onSaved: useOpenSaved(reset), hintFor: useFieldHints(), approvable: true });
  const pick = d.sale.pick;

  // Without a sale the money goes back one way, cash unless chosen.
  const method: Method = pick || d.refundMethod !== 'original' ? d.refundMethod : 'cash';
  const currency = pick ? pick.view.sale.currency : policy.currency;
  const value = pick ? pickedValue(pick) : draftsTotal(d.lines, policy).amount;
  // Each part converted on its own, as the desk records it (a BGN sale refunded in EUR): the total is their sum.
  const toStore = (list: { method: RefundMethod; amount: number }[] | null) =>
    list && list.map((p) => ({ method: p.method, amount: convertFixed({ amount: p.amount, currency }, policy.currency).amount }));
  const parts = toStore(pick ? refundParts(pick.view, value, method) : null);
  const money = (amount: number) => formatMoney({ amount, currency }, lang);
  const refused = pick && !parts && method !== 'original'
    ? t('ui:sale.methodShort', { method: t(`terms:refundMethod.${method}`), left: money(leftBy(pick.view, method)) })
    : undefined;

  const total: Money = parts ? { amount: parts.reduce((sum, p) => sum + p.amount, 0), currency: policy.currency } : convertFixed({ amount: value, currency }, policy.currency);
  const purchase = pick ? purchaseOfSale(pick.view) : d.purchase.purchaseDate ? purchaseInput(d.purchase) : null;
  const reasons = pick ? tickedLines(pick).map((l) => pick.lines[l.id]!.reason) : d.lines.map((l) => l.reason);
  // Said before saving, so the clerk can call the manager over while still at the form.
  const needs = purchase
    ? returnApprovalsNeeded(policy, { purchaseDate: purchase.purchaseDate, proof: purchase.proof, reasons, refundAmount: total.amount, today: localToday() })
    : [];

  const save = () => {
    const customer = customerInput(d.customer);
    if (pick) {
      const { lines, problems } = saleReturnLines('lines', pick);
      return void command.submit(
        (approvalPin) => desk.recordReturn({ purchase: purchaseOfSale(pick.view), lines, refundMethod: method, customer, approvalPin }),
        { ...problemErrors(problems, t), ...(refused ? { refundMethod: refused } : {}) },
      );
    }
    const { lines, problems } = returnLines('lines', d.lines);
    void command.submit(
      (approvalPin) => desk.recordReturn({ purchase: purchaseInput(d.purchase), lines, refundMethod: method, customer, approvalPin }),
      problemErrors(problems, t),
    );
  };

  const methods: Method[] = pick ? ['original', ...refundMethodSchema.options] : refundMethodSchema.options;
  const original = pick && toStore(refundParts(pick.view, value, 'original'));
  const note = (m: Method) => {
    if (!pick) return undefined;
    if (m === 'original') return value > 0 && original ? partsText(original, policy.currency, t, lang) : undefined;
    return m === 'store_credit' ? undefined : t('ui:sale.methodLeft', { left: money(leftBy(pick.view, m)) });
  };
  return (
    <CounterForm command={command} onSubmit={save} title={t('return.title')} submitLabel={t('form.save')} className="wide-form"
      footer={(
        <span className="total">
          {t('return.refund')}: <strong data-testid="refund-total">{formatMoney(total, lang)}</strong>
          {parts && value > 0 && <small className="refund-parts" data-testid="refund-parts"> ({partsText(parts, policy.currency, t, lang)})</small>}
        </span>
      )}>
      <SaleSection name="lines" legend={t('return.lines')} sale={d.sale} onChange={(sale) => set({ sale })}>
        <PurchaseFields value={d.purchase} onChange={(v) => set({ purchase: { ...d.purchase, ...v } })} />
        <LinesEditor name="lines" legend={t('return.lines')} lines={d.lines} onChange={(lines) => set({ lines })} currencies={currencies} returned />
      </SaleSection>
      <RadioField name="refundMethod" label={t('return.refundMethod')} value={method} onChange={(refundMethod) => set({ refundMethod })} problem={refused}
        options={methods.map((m) => ({ value: m, label: m === 'original' ? t('ui:sale.original') : t(`terms:refundMethod.${m}`), note: note(m) }))} />
      {needs.length > 0 && (
        <p className="notice">{t('return.needsManager', { what: needs.map((n) => t(`terms:approval.${n}`)).join(', ') })}</p>
      )}
      <CustomerFields value={d.customer} onChange={(v) => set({ customer: { ...d.customer, ...v } })} />
    </CounterForm>
  );
}
