import type { CaseState } from '../../../shared/domain/case-state.js';
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
