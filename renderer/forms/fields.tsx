import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorAt } from './field-errors.js';
import { useFormState } from './form-context.js';

type Common = {
  /** The API path of the value ("customer.phone"): errors naming it show here. */
  name: string;
  label: string;
  /** The label in the error summary when it needs more context ("Unit price, line 2"). */
  summaryLabel?: string;
  hint?: string;
  className?: string;
};

/** The error the form has for `name`; meanwhile `label` names the field in the form's error summary. */
export function useFieldError(name: string, label: string): string | undefined {
  const { errors, labels } = useFormState();
  useEffect(() => {
    labels.set(name, label);
    return () => void labels.delete(name);
  }, [labels, name, label]);
  return errorAt(errors, name);
}

type ControlProps = { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string };

/** A label, one control, and below it either the field's error or its hint. */
export function Field({ name, label, summaryLabel, hint, className, children }: Common & { children(p: ControlProps): ReactNode }) {
  const error = useFieldError(name, summaryLabel ?? label);
  const id = useId();
  const note = error ?? hint;
  return (
    <div className={`field ${className ?? ''} ${error ? 'has-error' : ''}`} data-field={name}>
      <label className="field-label" htmlFor={id} title={label}>{label}</label>
      {children({ id, name, 'aria-invalid': !!error, 'aria-describedby': note ? `${id}-note` : undefined })}
      {note && <span id={`${id}-note`} className={error ? 'field-error' : 'field-hint'}>{note}</span>}
    </div>
  );
}

type TextProps = Common & {
  value: string;
  onChange(v: string): void;
  type?: 'text' | 'tel' | 'email' | 'password' | 'search';
  inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'text';
  autoFocus?: boolean;
  /** The most the desk takes: counted as it is typed and said when passed, never cut (a paste keeps all of it). */
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
};

/** `onChange` that also tells the form the field was edited. */
function useEditedChange<V>(name: string, onChange: (v: V) => void) {
  const { edited } = useFormState();
  return (v: V) => {
    edited(name);
    onChange(v);
  };
}

/** Below this a limit is a code's or a number's, said by the error alone; above it, text worth counting. */
const COUNTED_FROM = 100;

/** "1,960 of 2,000 characters" once a text nears its limit; the form names the excess as an error. */
function useLengthHint(value: string, maxLength: number | undefined, hint: string | undefined) {
  const { t, i18n } = useTranslation('forms');
  if (!maxLength || maxLength < COUNTED_FROM || value.length < maxLength * 0.8) return hint;
  const n = (x: number) => x.toLocaleString(i18n.language);
  return t('forms:length.count', { count: n(value.length), max: n(maxLength) });
}

export function TextField({ value, onChange, type = 'text', inputMode, autoFocus, maxLength, autoComplete = 'off', placeholder, ...field }: TextProps) {
  const change = useEditedChange(field.name, onChange);
  return (
    <Field {...field} hint={useLengthHint(value, maxLength, field.hint)}>
      {(p) => (
        <input {...p} type={type} inputMode={inputMode} autoFocus={autoFocus} autoComplete={autoComplete}
          placeholder={placeholder} value={value} onChange={(e) => change(e.target.value)} />
      )}
    </Field>
  );
}

export function TextArea({ value, onChange, autoFocus, maxLength, ...field }: Common & { value: string; onChange(v: string): void; autoFocus?: boolean; maxLength?: number }) {
  const change = useEditedChange(field.name, onChange);
  return (
    <Field {...field} hint={useLengthHint(value, maxLength, field.hint)}>
      {(p) => <textarea {...p} rows={3} autoFocus={autoFocus} value={value} onChange={(e) => change(e.target.value)} />}
    </Field>
  );
}

export type Option<V extends string> = { value: V; label: string };

export function SelectField<V extends string>({ value, onChange, options, autoFocus, ...field }: Common & { value: V; onChange(v: V): void; options: Option<V>[]; autoFocus?: boolean }) {
  const change = useEditedChange(field.name, onChange);
  return (
    <Field {...field}>
      {(p) => (
        <select {...p} autoFocus={autoFocus} value={value} onChange={(e) => change(e.target.value as V)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}

export function CheckField({ checked, onChange, ...field }: Common & { checked: boolean; onChange(v: boolean): void }) {
  const change = useEditedChange(field.name, onChange);
  return (
    <Field {...field} className={`check ${field.className ?? ''}`}>
      {(p) => <input {...p} type="checkbox" checked={checked} onChange={(e) => change(e.target.checked)} />}
    </Field>
  );
}

/** One choice of a few, all in view and each one click (a select takes two). */
export function RadioField<V extends string>({ name, label, summaryLabel, hint, className, value, onChange, options, problem }: Common & {
  value: V; onChange(v: V): void; options: Array<Option<V> & { note?: string }>;
  /** What the form itself sees wrong with the choice before saving (shown as an error). */
  problem?: string;
}) {
  const error = useFieldError(name, summaryLabel ?? label) ?? problem;
  const change = useEditedChange(name, onChange);
  const id = useId();
  const note = error ?? hint;
  return (
    <fieldset className={`field radios ${className ?? ''} ${error ? 'has-error' : ''}`} data-field={name} aria-invalid={!!error} aria-describedby={note ? `${id}-note` : undefined}>
      <legend className="field-label">{label}</legend>
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'radio chosen' : 'radio'}>
          {/* Named by its label alone; the note (e.g. what is left of it) is its description. */}
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => change(o.value)}
            aria-label={o.label} aria-describedby={o.note ? `${id}-${o.value}` : undefined} />
          <span>{o.label}</span>
          {o.note && <small id={`${id}-${o.value}`}>{o.note}</small>}
        </label>
      ))}
      {note && <span id={`${id}-note`} className={error ? 'field-error' : 'field-hint'}>{note}</span>}
    </fieldset>
  );
}
