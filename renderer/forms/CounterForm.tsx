import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormContext } from './form-context.js';
import type { Command } from './use-command.js';

type Props<T> = {
  command: Command<T>;
  onSubmit(): void;
  submitLabel: string;
  title?: string;
  className?: string;
  children: ReactNode;
  /** Shown beside the save button, e.g. the refund total. */
  footer?: ReactNode;
  /** Shown but not editable, as settings only a manager may change: fields disabled, no save. */
  readOnly?: boolean;
};

/**
 * A form the counter way: Enter (Ctrl+Enter inside a text area) saves, the summary of what is wrong
 * sits at the top where the eye goes first, the save button is big and says what it does.
 */
export function CounterForm<T>({ command, onSubmit, submitLabel, title, className, children, footer, readOnly = false }: Props<T>) {
  const { t } = useTranslation('ui');
  return (
    <>
      <form
        ref={command.formRef}
        className={`counter-form ${className ?? ''}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!readOnly) onSubmit();
        }}
        onKeyDown={(e) => {
          if (!readOnly && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSubmit();
          }
        }}
      >
        {title && <h1>{title}</h1>}
        {command.summary && (
          <div className="form-summary" role="alert">
            <strong>{command.summary}</strong>
            {Object.keys(command.errors).length > 0 && <span> {t('form.kept')}</span>}
          </div>
        )}
        <FormContext.Provider value={command.form}>
          {readOnly ? <fieldset className="plain" disabled>{children}</fieldset> : children}
        </FormContext.Provider>
        <div className="form-footer">
          {footer}
          {readOnly ? <span className="hint" role="note">{t('form.managerOnly')}</span> : (
            <button type="submit" className="primary big" disabled={command.busy}>
              {command.busy ? t('form.saving') : submitLabel}
            </button>
          )}
        </div>
      </form>
      {command.dialog}
    </>
  );
}
