import { useEffect, useId, type ReactNode } from 'react';
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
  type?: 'text' | 'tel' | 'email' | 'password' | 'date' | 'search';
  inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'text';
  autoFocus?: boolean;
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
};

export function TextField({ value, onChange, type = 'text', inputMode, autoFocus, maxLength, autoComplete = 'off', placeholder, ...field }: TextProps) {
  return (
    <Field {...field}>
      {(p) => (
        <input {...p} type={type} inputMode={inputMode} autoFocus={autoFocus} maxLength={maxLength} autoComplete={autoComplete}
          placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

export function TextArea({ value, onChange, autoFocus, maxLength, ...field }: Common & { value: string; onChange(v: string): void; autoFocus?: boolean; maxLength?: number }) {
  return (
    <Field {...field}>
      {(p) => <textarea {...p} rows={3} autoFocus={autoFocus} maxLength={maxLength} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export type Option<V extends string> = { value: V; label: string };

export function SelectField<V extends string>({ value, onChange, options, autoFocus, ...field }: Common & { value: V; onChange(v: V): void; options: Option<V>[]; autoFocus?: boolean }) {
  return (
    <Field {...field}>
      {(p) => (
        <select {...p} autoFocus={autoFocus} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}

export function CheckField({ checked, onChange, ...field }: Common & { checked: boolean; onChange(v: boolean): void }) {
  return (
    <Field {...field} className={`check ${field.className ?? ''}`}>
      {(p) => <input {...p} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />}
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
  const id = useId();
  const note = error ?? hint;
  return (
    <fieldset className={`field radios ${className ?? ''} ${error ? 'has-error' : ''}`} data-field={name} aria-invalid={!!error} aria-describedby={note ? `${id}-note` : undefined}>
      <legend className="field-label">{label}</legend>
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'radio chosen' : 'radio'}>
          {/* Named by its label alone; the note (e.g. what is left of it) is its description. */}
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)}
            aria-label={o.label} aria-describedby={o.note ? `${id}-${o.value}` : undefined} />
          <span>{o.label}</span>
          {o.note && <small id={`${id}-${o.value}`}>{o.note}</small>}
        </label>
      ))}
      {note && <span id={`${id}-note`} className={error ? 'field-error' : 'field-hint'}>{note}</span>}
    </fieldset>
  );
}
