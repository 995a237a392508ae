import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { proofSchema } from '../../shared/domain/events.js';
import { SelectField, TextField } from '../forms/fields.js';
import type { z } from 'zod';
import type { FieldErrors } from '../forms/field-errors.js';
import { contractErrors } from '../forms/contract-errors.js';
import { DateField } from '../forms/DateField.js';
import type { CustomerDraft, Problems, PurchaseDraft } from './case-input.js';

/** The form's own findings in words, keyed like the API's field errors. */
export function problemErrors(problems: Problems, t: TFunction): FieldErrors {
  const words: Record<Problems[string], () => string> = {
    empty: () => t('ui:form.moneyEmpty'), format: () => t('ui:form.moneyFormat'), too_large: () => t('ui:form.moneyTooLarge'), qty: () => t('ui:form.qtyInvalid'),
    over_left: () => t('ui:sale.overLeft'), none_ticked: () => t('ui:sale.noneTicked'),
    date_empty: () => t('ui:form.dateHint'), date_format: () => t('forms:date.format'), purchase_in_future: () => t('forms:date.future'),
    product_required: () => t('forms:complaint.productRequired'), contact_required: () => t('forms:complaint.contactRequired'),
  };
  return Object.fromEntries(Object.entries(problems).map(([path, p]) => [path, words[p]()]));
}

/** Hints for what the API may reject, by the last part of the path. */
export function useFieldHints() {
  const { t } = useTranslation('ui');
  return (path: string): string | undefined => {
    if (path.endsWith('unitPrice') || path.includes('unitPrice.')) return t('form.moneyFormat');
    if (path.endsWith('.qty')) return t('form.qtyInvalid');
    return ({ 'customer.phone': t('form.phoneHint'), 'customer.email': t('form.emailHint'), 'purchase.purchaseDate': t('form.dateHint') } as Record<string, string>)[path];
  };
}

/**
 * Everything wrong with a form's input before it is sent: what the desk's contract refuses (the same
 * schema the core parses with) and the form's own findings (amounts, dates, the counter's rules),
 * the more precise message winning on the same field.
 */
export function useFormChecks() {
  const { t } = useTranslation(['ui', 'forms']);
  const hintFor = useFieldHints();
  const words = {
    hintFor, required: t('forms:field.required'), invalid: t('ui:form.fieldInvalid'),
    tooLong: (over: number, max: number) => t('forms:length.over', { over, max }),
  };
  return (schema: z.ZodType, input: unknown, problems: Problems): FieldErrors => ({ ...contractErrors(schema, input, words), ...problemErrors(problems, t) });
}

export function CustomerFields({ value, onChange, autoFocus }: { value: CustomerDraft; onChange(v: Partial<CustomerDraft>): void; autoFocus?: boolean }) {
  const { t } = useTranslation('ui');
  return (
    <fieldset>
      <legend>{t('customer.title')}</legend>
      <div className="row">
        <TextField name="customer.phone" label={t('customer.phone')} type="tel" inputMode="tel" maxLength={40} autoFocus={autoFocus}
          value={value.phone} onChange={(phone) => onChange({ phone })} />
        <TextField name="customer.name" label={t('customer.name')} maxLength={120} value={value.name} onChange={(name) => onChange({ name })} />
        <TextField name="customer.email" label={t('customer.email')} type="email" inputMode="email" maxLength={200}
          value={value.email} onChange={(email) => onChange({ email })} />
      </div>
    </fieldset>
  );
}

export function PurchaseFields({ value, onChange, autoFocus }: { value: PurchaseDraft; onChange(v: Partial<PurchaseDraft>): void; autoFocus?: boolean }) {
  const { t } = useTranslation(['ui', 'terms']);
  return (
    <fieldset>
      <legend>{t('purchase.title')}</legend>
      <div className="row">
        <DateField name="purchase.purchaseDate" label={t('purchase.date')} autoFocus={autoFocus} value={value.purchaseDate}
          onChange={(purchaseDate) => onChange({ purchaseDate })} />
        <TextField name="purchase.receiptNo" label={t('purchase.receiptNo')} maxLength={64} value={value.receiptNo}
          onChange={(receiptNo) => onChange({ receiptNo })} />
        <SelectField name="purchase.proof" label={t('purchase.proof')} value={value.proof} onChange={(proof) => onChange({ proof })}
          options={proofSchema.options.map((p) => ({ value: p, label: t(`terms:proof.${p}`) }))} />
      </div>
    </fieldset>
  );
}
