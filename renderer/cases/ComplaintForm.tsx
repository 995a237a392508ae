import { useTranslation } from 'react-i18next';
import { casesApi } from '../../shared/api/cases.js';
import { complaintProblems } from '../../shared/domain/intake-rules.js';
import type { SaleLineView, SaleView } from '../../shared/api/sales.js';
import { complaintKindSchema, remedySchema, type ComplaintKind, type Remedy } from '../../shared/domain/events.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import type { Money } from '../../shared/domain/money.js';
import { claimDeadline } from '../../shared/law/deadline.js';
import { addPeriod } from '../../shared/law/period.js';
import { DaysLeft, MovedDeadline } from './DueDate.js';
import { guaranteeEnds } from '../../shared/sales/refund-bounds.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { SelectField, TextArea, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { useDraft } from '../state/drafts.js';
import { formatDay, formatMoney, localToday } from '../format/locale-format.js';
import { customerInput, emptyCustomer, emptyPurchase, optionalPurchaseInput, purchaseDateProblems } from './case-input.js';
import { CustomerFields, PurchaseFields, useFieldHints, useFormChecks } from './draft-fields.js';
import { useOpenSaved, usePolicy } from './use-saved.js';
import { useGtinHint } from '../scanner/gtin-hint.js';
import { useProductTarget } from '../scanner/product-targets.js';
import { ReceiptLookup } from '../sales/ReceiptLookup.js';
import { SaleItemChoice } from '../sales/SaleItemChoice.js';
import { codeOf, purchaseOfSale, unitPaid } from '../sales/sale-picks.js';

/** The product as typed, or taken from a line of the sale (then with what it was paid and that line's id). */
type ProductDraft = { name: string; sku: string; serial: string; price?: Money; saleLineId?: string };

const initial = () => ({
  kind: 'defect' as ComplaintKind,
  remedy: 'repair' as Remedy,
  description: '',
  product: { name: '', sku: '', serial: '' } as ProductDraft,
  purchase: emptyPurchase(),
  customer: emptyCustomer(),
  sale: { receipt: '', choices: [] as SaleView[], view: null as SaleView | null },
});

/** A complaint: a defective product, a complaint about the service, or a suggestion. */
export function ComplaintForm() {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const lang = i18n.language;
  const policy = usePolicy();
  const [d, set, reset, hasDraft] = useDraft('complaint', initial);
  const check = useFormChecks();
  const today = localToday();
  // The complaint as it would be sent, and everything wrong with it, as the clerk types.
  const p = d.product;
  const input = {
    kind: d.kind, remedy: d.remedy, description: d.description,
    product: p.name.trim() ? { name: p.name, sku: p.sku.trim() || undefined, serial: p.serial.trim() || undefined, price: p.price, saleLineId: p.saleLineId } : undefined,
    purchase: optionalPurchaseInput(d.purchase), customer: customerInput(d.customer),
  };
  // The date's own finding last: text that is no day is "not a date", not "in the future".
  const problems = check(casesApi.openComplaint.input, input, { ...complaintProblems(input, today), ...purchaseDateProblems(d.purchase, today, false) });
  const command = useCommand<CaseState>({ onSaved: useOpenSaved(reset), hintFor: useFieldHints(), problems });
  const gtinHint = useGtinHint();
  // The one product of a complaint: a scan anywhere on the form names it (the serial stays the clerk's).
  // A product typed or scanned is not a line of the sale any more.
  useProductTarget({
    holds: (focused) => !!focused?.getAttribute('name')?.startsWith('product.'),
    fill: (p) => set((cur) => ({ ...cur, product: { serial: cur.product.serial, name: p.name, sku: p.sku } })),
  });
  const typed = (part: Partial<ProductDraft>) => set({ product: { serial: d.product.serial, name: d.product.name, sku: d.product.sku, ...part } });
  // The item of the sale the customer brought: its name, code and what it was paid, the purchase from the receipt.
  const choose = (view: SaleView, l: SaleLineView) => set((cur) => ({
    ...cur,
    product: { serial: cur.product.serial, name: l.displayName, sku: codeOf(l) ?? '', price: { amount: unitPaid(l), currency: view.sale.currency }, saleLineId: l.id },
    purchase: { ...purchaseOfSale(view), receiptNo: view.sale.receiptNo },
  }));
  const found = (receipt: string, views: SaleView[]) => {
    const view = views.length === 1 ? views[0]! : null;
    set((cur) => ({ ...cur, sale: { receipt, choices: view ? [] : views, view } }));
    if (view?.lines.length === 1) choose(view, view.lines[0]!);
  };
  const line = d.sale.view?.lines.find((l) => l.id === d.product.saleLineId);
  const guaranteeEnd = line?.guaranteeEnds ?? (d.purchase.purchaseDate ? guaranteeEnds(d.purchase.purchaseDate, undefined, policy) : null);
  // The desk sent its days off ahead (holidays, head office's decree transfers): the same computation as when saved.
  const deadline = d.kind === 'suggestion' ? null : claimDeadline(policy, localToday(), d.remedy, (day) => policy.daysOff.includes(day));
  const save = () => void command.submit(() => desk.openComplaint(input));
  return (
    <CounterForm command={command} onSubmit={save} title={t('complaint.title')} submitLabel={t('form.save')} onDiscard={hasDraft ? reset : undefined}
      footer={deadline && (
        <span className="due-preview">
          {t('complaint.dueBy', { date: formatDay(deadline.dueDate, lang) })} · <DaysLeft dueDate={deadline.dueDate} period={deadline.period} />
          {deadline.moved && <MovedDeadline lastDay={addPeriod(localToday(), deadline.period)} basis={policy.citations.lastDay} />}
        </span>
      )}>
      <div className="row">
        <SelectField name="kind" label={t('complaint.kind')} autoFocus value={d.kind} onChange={(kind) => set({ kind })}
          options={complaintKindSchema.options.map((k) => ({ value: k, label: t(`terms:kind.${k}`) }))} />
        <SelectField name="remedy" label={t('complaint.remedy')} value={d.remedy} onChange={(remedy) => set({ remedy })}
          options={remedySchema.options.map((r) => ({ value: r, label: t(`terms:remedy.${r}`) }))} />
      </div>
      <TextArea name="description" label={t('complaint.description')} hint={t('complaint.descriptionHint')} maxLength={2000}
        value={d.description} onChange={(description) => set({ description })} />
      <ReceiptLookup receipt={d.sale.receipt} choices={d.sale.choices} onReceipt={(receipt) => set({ sale: { ...d.sale, receipt } })} onFound={found} />
      {d.sale.view && <SaleItemChoice view={d.sale.view} chosen={d.product.saleLineId} onChoose={(l) => choose(d.sale.view!, l)} />}
      <fieldset>
        <legend>{t('complaint.product')}</legend>
        <div className="row">
          <TextField name="product.name" label={t('complaint.productName')} className="grow" maxLength={200} value={d.product.name}
            onChange={(name) => typed({ name })} />
          <TextField name="product.sku" label={t('complaint.sku')} maxLength={64} hint={gtinHint(d.product.sku)} value={d.product.sku}
            onChange={(sku) => typed({ sku })} />
          <TextField name="product.serial" label={t('complaint.serial')} maxLength={64} value={d.product.serial}
            onChange={(serial) => set({ product: { ...d.product, serial } })} />
        </div>
        {d.product.price && <p className="field-hint" data-testid="product-price">{t('complaint.paid', { price: formatMoney(d.product.price, lang) })}</p>}
      </fieldset>
      {/* A purchase corrected by hand is no longer the sale's (the desk would take the sale's own). */}
      <PurchaseFields value={d.purchase} onChange={(v) => set({
        purchase: { ...d.purchase, ...v, saleId: undefined },
        product: { serial: d.product.serial, name: d.product.name, sku: d.product.sku },
      })} />
      {guaranteeEnd && (guaranteeEnd < localToday()
        ? <p className="notice warn" role="alert" data-testid="guarantee">{t('complaint.guaranteeEnded', { date: formatDay(guaranteeEnd, lang) })}</p>
        : <p className="notice" data-testid="guarantee">{t('complaint.guaranteeUntil', { date: formatDay(guaranteeEnd, lang) })}</p>)}
      <CustomerFields value={d.customer} onChange={(v) => set({ customer: { ...d.customer, ...v } })} />
    </CounterForm>
  );
}
