import { useTranslation } from 'react-i18next';
import { refundMethodSchema, type RefundMethod } from '../../shared/domain/events.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { returnApprovalsNeeded } from '../../shared/domain/policy.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { SelectField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { useDraft } from '../state/drafts.js';
import { formatMoney, localToday } from '../format/locale-format.js';
import { customerInput, draftsTotal, emptyCustomer, emptyLine, emptyPurchase, purchaseInput, returnLines } from './case-input.js';
import { CustomerFields, problemErrors, PurchaseFields, useFieldHints } from './draft-fields.js';
import { LinesEditor } from './LinesEditor.js';
import { useOpenSaved, usePolicy } from './use-saved.js';

/** A return: items from a sale, refunded; what the clerk may not do alone goes to a manager. */
export function ReturnForm() {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const policy = usePolicy();
  const currencies = [policy.currency, ...(policy.formerCurrency ? [policy.formerCurrency] : [])];
  const [d, set, reset] = useDraft('return', () => ({
    purchase: emptyPurchase(), lines: [emptyLine(policy.currency)], refundMethod: 'cash' as RefundMethod, customer: emptyCustomer(),
  }));
  const command = useCommand<CaseState>({ onSaved: useOpenSaved(reset), hintFor: useFieldHints(), approvable: true });
  const total = draftsTotal(d.lines, policy);
  // Said before saving, so the clerk can call the manager over while still at the form.
  const needs = d.purchase.purchaseDate
    ? returnApprovalsNeeded(policy, { purchaseDate: d.purchase.purchaseDate, proof: d.purchase.proof, reasons: d.lines.map((l) => l.reason), refundAmount: total.amount, today: localToday() })
    : [];
  const save = () => {
    const { lines, problems } = returnLines('lines', d.lines);
    void command.submit(
      (approvalPin) => desk.recordReturn({ purchase: purchaseInput(d.purchase), lines, refundMethod: d.refundMethod, customer: customerInput(d.customer), approvalPin }),
      problemErrors(problems, t),
    );
  };
  return (
    <CounterForm command={command} onSubmit={save} title={t('return.title')} submitLabel={t('form.save')} className="wide-form"
      footer={<span className="total">{t('return.refund')}: <strong data-testid="refund-total">{formatMoney(total, i18n.language)}</strong></span>}>
      <PurchaseFields value={d.purchase} onChange={(v) => set({ purchase: { ...d.purchase, ...v } })} />
      <LinesEditor name="lines" legend={t('return.lines')} lines={d.lines} onChange={(lines) => set({ lines })} currencies={currencies} returned />
      <div className="row">
        <SelectField name="refundMethod" label={t('return.refundMethod')} value={d.refundMethod} onChange={(refundMethod) => set({ refundMethod })}
          options={refundMethodSchema.options.map((m) => ({ value: m, label: t(`terms:refundMethod.${m}`) }))} />
        {needs.length > 0 && (
          <p className="notice">{t('return.needsManager', { what: needs.map((n) => t(`terms:approval.${n}`)).join(', ') })}</p>
        )}
      </div>
      <CustomerFields value={d.customer} onChange={(v) => set({ customer: { ...d.customer, ...v } })} />
    </CounterForm>
  );
}
