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
};

type Approval<T> = { what: string; run: Run<T>; error?: string };

/**
 * Submits a command and shows what went wrong where it went wrong: field errors next to the fields
 * (focus on the first), a summary at the top, a manager PIN prompt when the core asks for one.
 * It never touches the form's values, so nothing typed is lost.
 */
export function useCommand<T>({ onSaved, hintFor, approvable }: Options<T>) {
  const { t } = useTranslation(['ui', 'terms']);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [approval, setApproval] = useState<Approval<T> | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const labels = useRef(new Map<string, string>()).current;
  // A ref, not state: a second Enter in the same tick must not record the case twice.
  const inFlight = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!focusTick || !formRef.current) return;
    const paths = Object.keys(errors);
    for (const el of formRef.current.querySelectorAll<HTMLElement>('[data-field]')) {
      if (paths.some((p) => fieldMatches(p, el.dataset.field ?? ''))) {
        el.querySelector<HTMLElement>('input, select, textarea')?.focus();
        return;
      }
    }
  }, [focusTick, errors]);

  const showFieldErrors = useCallback((errs: FieldErrors, fallback?: string) => {
    const named = [...labels].filter(([name]) => Object.keys(errs).some((p) => fieldMatches(p, name))).map(([, label]) => label);
    setErrors(errs);
    setSummary(named.length ? t('ui:form.checkFields', { fields: named.join(', ') }) : (fallback ?? t('ui:form.fieldInvalid')));
    setFocusTick((n) => n + 1);
  }, [labels, t]);

  const fail = useCallback((error: DeskErrorValue) => {
    if (error.fields?.length) {
      // A refusal with its own words (this PIN is taken) says them at the field; plain invalid input gives the field's hint.
      const atField = (p: string) => (error.code === 'invalid_input' ? (hintFor?.(p) ?? t('ui:form.fieldInvalid')) : error.message);
      showFieldErrors(serverFieldErrors(error.fields, atField), error.message);
    } else {
      setErrors({});
      setSummary(error.message);
    }
  }, [hintFor, showFieldErrors, t]);

  const settle = useCallback((res: Result<T>, run: Run<T>) => {
    if (res.ok) {
      setErrors({});
      setSummary(null);
      setApproval(null);
      onSaved(res.value);
    } else if (res.error.code === 'manager_required' && approvable && res.error.approve?.length) {
      const what = res.error.approve.map((a) => t(`terms:approval.${a}`, { defaultValue: a })).join(', ');
      setSummary(t('ui:approval.needed', { what }));
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

  /** Runs the command unless the form's own checks (e.g. an amount that is not a number) failed. */
  const submit = useCallback(async (run: Run<T>, localErrors: FieldErrors = {}) => {
    if (Object.keys(localErrors).length) return showFieldErrors(localErrors);
    await guarded(async () => settle(await run(), run));
  }, [guarded, settle, showFieldErrors]);

  const approve = (pin: string) => guarded(async () => {
    if (!approval) return;
    const res = await approval.run(pin);
    if (!res.ok && res.error.code === 'manager_required') setApproval({ ...approval, error: t('ui:approval.wrong') });
    else settle(res, approval.run);
  });

  const dialog = approval ? (
    <ApprovalDialog what={approval.what} error={approval.error} busy={busy} onApprove={approve} onCancel={() => setApproval(null)} />
  ) : null;
  const form: FormState = { errors, labels };
  return { formRef, form, busy, summary, submit, dialog, errors };
}

export type Command<T> = ReturnType<typeof useCommand<T>>;
