import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SaleView } from '../../shared/api/sales.js';
import { casesApi } from '../../shared/api/cases.js';
import { refundMethodSchema, type RefundMethod } from '../../shared/domain/events.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { convertFixed, type Currency, type Money } from '../../shared/domain/money.js';
import { returnApprovalsNeeded } from '../../shared/domain/policy.js';
import { desk } from '../desk.js';
import { ConfirmDialog } from '../forms/ConfirmDialog.js';
import { CounterForm } from '../forms/CounterForm.js';
import { RadioField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { patchDraft, useDraft } from '../state/drafts.js';
import { useApp } from '../state/app-store.js';
import { formatMoney, localToday } from '../format/locale-format.js';
import { isIsoDay } from '../format/date-input.js';
import { customerInput, draftsTotal, emptyCustomer, emptyLine, emptyPurchase, purchaseDateProblems, purchaseInput, returnLines } from './case-input.js';
import { CustomerFields, PurchaseFields, useFieldHints, useFormChecks } from './draft-fields.js';
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
  const { t, i18n } = useTranslation(['ui', 'terms', 'forms']);
  const lang = i18n.language;
  const policy = usePolicy();
  const currencies = [policy.currency, ...(policy.formerCurrency ? [policy.formerCurrency] : [])];
  const [d, set, reset, hasDraft] = useDraft('return', () => returnDraft(policy.currency));
  const [askingZero, setAskingZero] = useState(false);
  const check = useFormChecks();
  const today = localToday();
  const pick = d.sale.pick;

  // Without a sale the money goes back one way, cash unless chosen.
  const method: Method = pick || d.refundMethod !== 'original' ? d.refundMethod : 'cash';
  const currency = pick ? pick.view.sale.currency : policy.currency;
  // Unknown (null) while a typed price or quantity is not a number: the total then shows "—".
  const value = pick ? pickedValue(pick) : (draftsTotal(d.lines, policy)?.amount ?? null);
  // Each part converted on its own, as the desk records it (a BGN sale refunded in EUR): the total is their sum.
  const toStore = (list: { method: RefundMethod; amount: number }[] | null) =>
    list && list.map((p) => ({ method: p.method, amount: convertFixed({ amount: p.amount, currency }, policy.currency).amount }));
  const parts = toStore(pick && value !== null ? refundParts(pick.view, value, method) : null);
  const money = (amount: number) => formatMoney({ amount, currency }, lang);
  const refused = pick && !parts && method !== 'original'
    ? t('ui:sale.methodShort', { method: t(`terms:refundMethod.${method}`), left: money(leftBy(pick.view, method)) })
    : undefined;

  const total: Money | null = value === null ? null
    : parts ? { amount: parts.reduce((sum, p) => sum + p.amount, 0), currency: policy.currency } : convertFixed({ amount: value, currency }, policy.currency);
  const purchase = pick ? purchaseOfSale(pick.view) : isIsoDay(d.purchase.purchaseDate) ? purchaseInput(d.purchase) : null;
  const reasons = pick ? tickedLines(pick).map((l) => pick.lines[l.id]!.reason) : d.lines.map((l) => l.reason);
  // Said before saving, so the clerk can call the manager over while still at the form (the limit once the total is known).
  const needs = purchase && purchase.purchaseDate <= today
    ? returnApprovalsNeeded(policy, { purchaseDate: purchase.purchaseDate, proof: purchase.proof, reasons, refundAmount: total?.amount ?? 0, today })
    : [];

  // The return as it would be sent, and everything wrong with it, as the clerk types.
  const built = pick ? saleReturnLines('lines', pick) : returnLines('lines', d.lines);
  const input = { purchase: pick ? purchaseOfSale(pick.view) : purchaseInput(d.purchase), lines: built.lines, refundMethod: method, customer: customerInput(d.customer) };
  const problems = {
    ...check(casesApi.recordReturn.input, input, { ...built.problems, ...(pick ? {} : purchaseDateProblems(d.purchase, today, true)) }),
    ...(refused ? { refundMethod: refused } : {}),
  };
  const command = useCommand<CaseState>({ onSaved: useOpenSaved(reset), hintFor: useFieldHints(), approvable: true, problems });
  const record = () => void command.submit((approvalPin) => desk.recordReturn({ ...input, approvalPin }));
  // Nothing to give back is unusual enough to ask once (a price typed as 0 by mistake).
  const save = () => (Object.keys(problems).length === 0 && total?.amount === 0 ? setAskingZero(true) : record());

  const methods: Method[] = pick ? ['original', ...refundMethodSchema.options] : refundMethodSchema.options;
  const original = pick && value !== null && toStore(refundParts(pick.view, value, 'original'));
  const note = (m: Method) => {
    if (!pick) return undefined;
    if (m === 'original') return value && original ? partsText(original, policy.currency, t, lang) : undefined;
    return m === 'store_credit' ? undefined : t('ui:sale.methodLeft', { left: money(leftBy(pick.view, m)) });
  };
  return (
    <CounterForm command={command} onSubmit={save} title={t('return.title')} submitLabel={t('form.save')} className="wide-form"
      onDiscard={hasDraft ? reset : undefined}
      footer={(
        <span className="total">
          {t('return.refund')}: <strong data-testid="refund-total">{total ? formatMoney(total, lang) : '—'}</strong>
          {parts && !!value && <small className="refund-parts" data-testid="refund-parts"> ({partsText(parts, policy.currency, t, lang)})</small>}
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
      {askingZero && total && (
        <ConfirmDialog question={t('forms:zeroRefund.question', { amount: formatMoney(total, lang) })} confirm={t('forms:zeroRefund.confirm')}
          back={t('forms:zeroRefund.back')} onConfirm={() => { setAskingZero(false); record(); }} onBack={() => setAskingZero(false)} />
      )}
    </CounterForm>
  );
}
