import type { TFunction } from 'i18next';
import type { CaseState } from '../../../shared/domain/case-state.js';
import type { Result } from '../../../shared/result.js';
import { useDraft } from '../../state/drafts.js';
import { useCommand } from '../../forms/use-command.js';

/** Every action on an open case: which case, and what to do once it is saved (reload the detail). */
export type ActionProps = { caseId: string; onDone(state: CaseState): void };

/** An action's draft (kept per case, so a half-typed note survives a look elsewhere) and its command. */
export function useAction<T extends object>(name: string, { caseId, onDone }: ActionProps, initial: () => T, hintFor?: (path: string) => string | undefined) {
  const [draft, set, reset] = useDraft(`${name}:${caseId}`, initial);
  const command = useCommand<CaseState>({
    onSaved: (s) => {
      reset();
      onDone(s);
    },
    hintFor,
  });
  return { draft, set, command };
}

/**
 * An action that takes a manager's PIN in its own field (void, settle): a wrong PIN is said at that
 * field and cleared there, to be typed again; the rest of the form stays.
 */
export function pinRefusedAtField<T>(res: Result<T>, clearPin: () => void, t: TFunction): Result<T> {
  if (res.ok || res.error.code !== 'manager_required') return res;
  clearPin();
  return { ok: false, error: { ...res.error, message: t('ui:approval.wrong'), fields: ['approvalPin'] } };
}
