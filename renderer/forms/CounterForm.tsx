import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftProblem } from '../state/drafts.js';
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
  /** The form holds a draft kept at the desk: a button forgets it and empties the form. */
  onDiscard?(): void;
};

/**
 * A form the counter way: Enter (Ctrl+Enter anywhere, a text area included) saves, the summary of
 * what is wrong sits at the top where the eye goes first, and the footer with the total and the big
 * save button stays in view at the bottom however long the form.
 */
export function CounterForm<T>({ command, onSubmit, submitLabel, title, className, children, footer, readOnly = false, onDiscard }: Props<T>) {
  const { t } = useTranslation(['ui', 'forms']);
  const draftProblem = useDraftProblem();
  const discard = () => {
    onDiscard?.();
    command.formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };
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
            {Object.keys(command.errors).length > 0 && <span> {t('ui:form.kept')}</span>}
          </div>
        )}
        <FormContext.Provider value={command.form}>
          {readOnly ? <fieldset className="plain" disabled>{children}</fieldset> : children}
        </FormContext.Provider>
        <div className="form-footer">
          {onDiscard && draftProblem && <span className="draft-problem" role="status">{t('forms:draft.notKept', { reason: draftProblem })}</span>}
          {footer}
          {onDiscard && <button type="button" className="discard-draft" onClick={discard}>{t('forms:draft.discard')}</button>}
          {readOnly ? <span className="hint" role="note">{t('ui:form.managerOnly')}</span> : (
            <button type="submit" className="primary big" disabled={command.busy} aria-keyshortcuts="Control+Enter">
              {command.busy ? t('ui:form.saving') : submitLabel} <kbd>Ctrl+Enter</kbd>
            </button>
          )}
        </div>
      </form>
      {command.dialog}
    </>
  );
}
