import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskErrorValue, Result } from '../../shared/result.js';
import { fieldMatches, serverFieldErrors, type FieldErrors } from './field-errors.js';
import type { FormState } from './form-context.js';
import { ApprovalDialog } from './ApprovalDialog.js';

/** One call of a command; `approvalPin` is the manager's PIN once one was asked for. */
export type Run<T> = (approvalPin?: string) => Promise<Result<T>>;

type Options<T> = {
  onSaved(value: T): void;
  /** A field's own hint, shown when the API names it as invalid ("4–8 digits"). */
  hintFor?(path: string): string | undefined;
  /** The command takes `approvalPin`: on manager_required, ask for a manager's PIN and resubmit. */
  approvable?: boolean;
  /**
   * What the form finds wrong with its values now, recomputed as the clerk types: all of it is shown
   * at the first save, and each message goes as soon as its field is right.
   */
  problems?: FieldErrors;
};

type Approval<T> = { what: string; run: Run<T>; error?: string };

/**
 * Submits a command and shows what went wrong where it went wrong: every field error at once next to
 * the fields (focus on the first), a summary at the top, a manager PIN prompt when the core asks for
 * one. An error the desk named goes when its field is edited; the form's own ones when fixed.
 * It never touches the form's values, so nothing typed is lost.
 */
export function useCommand<T>({ onSaved, hintFor, approvable, problems = {} }: Options<T>) {
  const { t } = useTranslation(['ui', 'terms']);
  // Errors named at a save (by the desk, or by the form's checks at that moment), until their field is edited.
  const [named, setNamed] = useState<FieldErrors>({});
  // A refusal about no field in particular ("head office cannot be reached").
  const [note, setNote] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [approval, setApproval] = useState<Approval<T> | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const labels = useRef(new Map<string, string>()).current;
  // A ref, not state: a second Enter in the same tick must not record the case twice.
  const inFlight = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors: FieldErrors = { ...(checked ? problems : {}), ...named };
  const errorsNow = useRef(errors);
  errorsNow.current = errors;

  // Only after a save: fixing a field must not pull the cursor to another one.
  useEffect(() => {
    if (!focusTick || !formRef.current) return;
    const paths = Object.keys(errorsNow.current);
    for (const el of formRef.current.querySelectorAll<HTMLElement>('[data-field]')) {
      if (paths.some((p) => fieldMatches(p, el.dataset.field ?? ''))) {
        el.querySelector<HTMLElement>('input, select, textarea')?.focus();
        return;
      }
    }
  }, [focusTick]);

  const fieldNames = [...labels].filter(([name]) => Object.keys(errors).some((p) => fieldMatches(p, name))).map(([, label]) => label);
  const summary = fieldNames.length ? t('ui:form.checkFields', { fields: fieldNames.join(', ') })
    : Object.keys(errors).length ? (note ?? t('ui:form.fieldInvalid')) : note;

  const showFieldErrors = useCallback((errs: FieldErrors, fallback?: string) => {
    setNamed(errs);
    setNote(fallback ?? null);
    setFocusTick((n) => n + 1);
  }, []);

  const edited = useCallback((name: string) => {
    setNamed((cur) => (Object.keys(cur).some((p) => fieldMatches(p, name))
      ? Object.fromEntries(Object.entries(cur).filter(([p]) => !fieldMatches(p, name))) : cur));
  }, []);

  const fail = useCallback((error: DeskErrorValue) => {
    if (error.fields?.length) {
      // A refusal with its own words (this PIN is taken) says them at the field; plain invalid input gives the field's hint.
      const atField = (p: string) => (error.code === 'invalid_input' ? (hintFor?.(p) ?? t('ui:form.fieldInvalid')) : error.message);
      showFieldErrors(serverFieldErrors(error.fields, atField), error.message);
    } else {
      setNamed({});
      setNote(error.message);
    }
  }, [hintFor, showFieldErrors, t]);

  const settle = useCallback((res: Result<T>, run: Run<T>) => {
    if (res.ok) {
      setNamed({});
      setNote(null);
      setChecked(false);
      setApproval(null);
      onSaved(res.value);
    } else if (res.error.code === 'manager_required' && approvable && res.error.approve?.length) {
      const what = res.error.approve.map((a) => t(`terms:approval.${a}`, { defaultValue: a })).join(', ');
      setNote(t('ui:approval.needed', { what }));
      setApproval({ what, run });
    } else {
      setApproval(null);
      fail(res.error);
    }
  }, [approvable, fail, onSaved, t]);

  const guarded = useCallback(async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);

  /** Runs the command unless the form's own checks find anything: then all of it is shown at once. */
  const submit = useCallback(async (run: Run<T>, localErrors: FieldErrors = {}) => {
    setChecked(true);
    if (Object.keys(problems).length || Object.keys(localErrors).length) return showFieldErrors(localErrors);
    await guarded(async () => settle(await run(), run));
  }, [guarded, problems, settle, showFieldErrors]);

  const approve = (pin: string) => guarded(async () => {
    if (!approval) return;
    const res = await approval.run(pin);
    if (!res.ok && res.error.code === 'manager_required') setApproval({ ...approval, error: t('ui:approval.wrong') });
    else settle(res, approval.run);
  });

  const dialog = approval ? (
    <ApprovalDialog what={approval.what} error={approval.error} busy={busy} onApprove={approve} onCancel={() => setApproval(null)} />
  ) : null;
  const form: FormState = { errors, labels, edited };
  return { formRef, form, busy, summary, submit, dialog, errors };
}

export type Command<T> = ReturnType<typeof useCommand<T>>;
