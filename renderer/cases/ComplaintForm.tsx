import { useTranslation } from 'react-i18next';
import { complaintKindSchema, remedySchema, type ComplaintKind, type Remedy } from '../../shared/domain/events.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { claimDueDate } from '../../shared/domain/policy.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { SelectField, TextArea, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { useDraft } from '../state/drafts.js';
import { formatDay, localToday } from '../format/locale-format.js';
import { customerInput, emptyCustomer, emptyPurchase, optionalPurchaseInput } from './case-input.js';
import { CustomerFields, PurchaseFields, useFieldHints } from './draft-fields.js';
import { useOpenSaved, usePolicy } from './use-saved.js';
import { useGtinHint } from '../scanner/gtin-hint.js';
import { skuOf, useProductTarget } from '../scanner/product-targets.js';

const initial = () => ({
  kind: 'defect' as ComplaintKind,
  remedy: 'repair' as Remedy,
  description: '',
  product: { name: '', sku: '', serial: '' },
  purchase: emptyPurchase(),
  customer: emptyCustomer(),
});

/** A complaint: a defective product, a complaint about the service, or a suggestion. */
export function ComplaintForm() {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const policy = usePolicy();
  const [d, set, reset] = useDraft('complaint', initial);
  const command = useCommand<CaseState>({ onSaved: useOpenSaved(reset), hintFor: useFieldHints() });
  const gtinHint = useGtinHint();
  // The one product of a complaint: a scan anywhere on the form names it (the serial stays the clerk's).
  useProductTarget({
    holds: (focused) => !!focused?.getAttribute('name')?.startsWith('product.'),
    fill: (p) => set((cur) => ({ ...cur, product: { ...cur.product, name: p.name, sku: skuOf(p) } })),
  });
  const dueDate = d.kind === 'suggestion' ? null : claimDueDate(policy, localToday(), d.remedy);
  const save = () => {
    const p = d.product;
    const product = p.name.trim() ? { name: p.name, sku: p.sku.trim() || undefined, serial: p.serial.trim() || undefined } : undefined;
    void command.submit(() => desk.openComplaint({
      kind: d.kind, remedy: d.remedy, description: d.description, product,
      purchase: optionalPurchaseInput(d.purchase), customer: customerInput(d.customer),
    }));
  };
  return (
    <CounterForm command={command} onSubmit={save} title={t('complaint.title')} submitLabel={t('form.save')}
      footer={dueDate && <span className="due-preview">{t('complaint.dueBy', { date: formatDay(dueDate, i18n.language) })}</span>}>
      <div className="row">
        <SelectField name="kind" label={t('complaint.kind')} autoFocus value={d.kind} onChange={(kind) => set({ kind })}
          options={complaintKindSchema.options.map((k) => ({ value: k, label: t(`terms:kind.${k}`) }))} />
        <SelectField name="remedy" label={t('complaint.remedy')} value={d.remedy} onChange={(remedy) => set({ remedy })}
          options={remedySchema.options.map((r) => ({ value: r, label: t(`terms:remedy.${r}`) }))} />
      </div>
      <TextArea name="description" label={t('complaint.description')} hint={t('complaint.descriptionHint')} maxLength={2000}
        value={d.description} onChange={(description) => set({ description })} />
      <fieldset>
        <legend>{t('complaint.product')}</legend>
        <div className="row">
          <TextField name="product.name" label={t('complaint.productName')} className="grow" maxLength={200} value={d.product.name}
            onChange={(name) => set({ product: { ...d.product, name } })} />
          <TextField name="product.sku" label={t('complaint.sku')} maxLength={64} hint={gtinHint(d.product.sku)} value={d.product.sku}
            onChange={(sku) => set({ product: { ...d.product, sku } })} />
          <TextField name="product.serial" label={t('complaint.serial')} maxLength={64} value={d.product.serial}
            onChange={(serial) => set({ product: { ...d.product, serial } })} />
        </div>
      </fieldset>
      <PurchaseFields value={d.purchase} onChange={(v) => set({ purchase: { ...d.purchase, ...v } })} />
      <CustomerFields value={d.customer} onChange={(v) => set({ customer: { ...d.customer, ...v } })} />
    </CounterForm>
  );
}
