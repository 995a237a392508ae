import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput } from '../format/date-input.js';
import { localToday } from '../format/locale-format.js';
import { Field } from './fields.js';
import { useFormState } from './form-context.js';

type Props = { name: string; label: string; hint?: string; className?: string; autoFocus?: boolean; value: string; onChange(v: string): void };

/**
 * A calendar date typed in the desk's language ("1. 12. 2026", "01.12.2026"), one Tab stop. The value
 * is YYYY-MM-DD once the text is a day, else the text as typed (kept, and named by the form as
 * wrong). The text stays as typed while the clerk is in the field and is written out properly on leaving.
 */
export function DateField({ value, onChange, autoFocus, ...field }: Props) {
  const { t, i18n } = useTranslation('forms');
  const lang = i18n.language;
  const { edited } = useFormState();
  const [text, setText] = useState(() => formatDateInput(value, lang));
  // The value this field last gave the form: any other one was set from outside (a sale's date, a draft).
  const given = useRef(value);
  useEffect(() => {
    if (value === given.current) return;
    given.current = value;
    setText(formatDateInput(value, lang));
  }, [value, lang]);
  const typed = (s: string) => {
    setText(s);
    given.current = parseDateInput(s, lang, localToday()) ?? s;
    edited(field.name);
    onChange(given.current);
  };
  return (
    <Field {...field} hint={field.hint ?? t('forms:date.placeholder')}>
      {(p) => (
        <input {...p} type="text" autoComplete="off" autoFocus={autoFocus} placeholder={t('forms:date.placeholder')} value={text}
          onChange={(e) => typed(e.target.value)} onBlur={() => setText(formatDateInput(given.current, lang))} />
      )}
    </Field>
  );
}
