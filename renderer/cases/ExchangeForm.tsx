import { useTranslation } from 'react-i18next';
import { casesApi } from '../../shared/api/cases.js';
import { refundMethodSchema, type RefundMethod } from '../../shared/domain/events.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { SelectField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { useDraft } from '../state/drafts.js';
import { customerInput, draftsTotal, emptyCustomer, emptyLine, emptyPurchase, purchaseDateProblems, purchaseInput, returnLines, saleLines } from './case-input.js';
import { localToday } from '../format/locale-format.js';
import { emptySaleDraft, exchangedValue, purchaseOfSale, saleReturnLines } from '../sales/sale-picks.js';
import { SaleSection } from '../sales/SaleSection.js';
import { CustomerFields, PurchaseFields, useFieldHints, useFormChecks } from './draft-fields.js';
import { LinesEditor } from './LinesEditor.js';
import { NetDifference } from './NetDifference.js';
import { useOpenSaved, usePolicy } from './use-saved.js';

/** An exchange: items back, new items out, settled on the difference shown live as the clerk types. */
export function ExchangeForm() {
  const { t } = useTranslation(['ui', 'terms']);
  const policy = usePolicy();
  const currencies = [policy.currency, ...(policy.formerCurrency ? [policy.formerCurrency] : [])];
  const [d, set, reset, hasDraft] = useDraft('exchange', () => ({
    purchase: emptyPurchase(), returned: [emptyLine(policy.currency)], issued: [emptyLine(policy.currency)],
    settlement: 'cash' as RefundMethod, customer: emptyCustomer(), sale: emptySaleDraft(),
  }));
  const check = useFormChecks();
  const pick = d.sale.pick;
  // Items back from a sale are worth what they were paid (discounts off), in the store's currency.
  const backValue = pick ? exchangedValue(pick, policy.currency) : (draftsTotal(d.returned, policy)?.amount ?? null);
  const outValue = draftsTotal(d.issued, policy)?.amount ?? null;
  const difference = backValue === null || outValue === null ? null : { amount: outValue - backValue, currency: policy.currency };
  // The exchange as it would be sent, and everything wrong with it, as the clerk types.
  const back = pick ? saleReturnLines('returned', pick) : returnLines('returned', d.returned);
  // New items are in the store's currency only: they are sold today.
  const out = saleLines('issued', d.issued);
  const input = {
    purchase: pick ? purchaseOfSale(pick.view) : purchaseInput(d.purchase), returned: back.lines, issued: out.lines, settlement: d.settlement, customer: customerInput(d.customer),
  };
  const problems = check(casesApi.recordExchange.input, input, { ...back.problems, ...out.problems, ...(pick ? {} : purchaseDateProblems(d.purchase, localToday(), true)) });
  const command = useCommand<CaseState>({ onSaved: useOpenSaved(reset), hintFor: useFieldHints(), approvable: true, problems });
  const save = () => void command.submit((approvalPin) => desk.recordExchange({ ...input, approvalPin }));
  return (
    <CounterForm command={command} onSubmit={save} title={t('exchange.title')} submitLabel={t('form.save')} className="wide-form"
      onDiscard={hasDraft ? reset : undefined}
      footer={<NetDifference difference={difference} />}>
      <SaleSection name="returned" legend={t('exchange.returned')} sale={d.sale} onChange={(sale) => set({ sale })}>
        <PurchaseFields value={d.purchase} onChange={(v) => set({ purchase: { ...d.purchase, ...v } })} />
        <LinesEditor name="returned" legend={t('exchange.returned')} lines={d.returned} onChange={(returned) => set({ returned })} currencies={currencies} returned />
      </SaleSection>
      <LinesEditor name="issued" legend={t('exchange.issued')} lines={d.issued} onChange={(issued) => set({ issued })} currencies={[policy.currency]} returned={false} />
      <div className="row">
        <SelectField name="settlement" label={t('exchange.settlement')} value={d.settlement} onChange={(settlement) => set({ settlement })}
          options={refundMethodSchema.options.map((m) => ({ value: m, label: t(`terms:refundMethod.${m}`) }))} />
      </div>
      <CustomerFields value={d.customer} onChange={(v) => set({ customer: { ...d.customer, ...v } })} />
    </CounterForm>
  );
}
