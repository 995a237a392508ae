import { create } from 'zustand';

/**
 * What the clerk has typed into each form, kept outside the form so that an error, a look at
 * another case or a sign-out for a colleague loses nothing. Cleared only when the form is saved.
 */
const useDrafts = create<{ drafts: Record<string, unknown> }>()(() => ({ drafts: {} }));

/** Changes a draft from outside its form (a scan that opens the form with something filled in). */
export function patchDraft<T extends object>(key: string, initial: () => T, change: Partial<T> | ((d: T) => T)) {
  useDrafts.setState((s) => {
    const current = (s.drafts[key] as T | undefined) ?? initial();
    const next = typeof change === 'function' ? change(current) : { ...current, ...change };
    return { drafts: { ...s.drafts, [key]: next } };
  });
}

export function useDraft<T extends object>(key: string, initial: () => T) {
  const stored = useDrafts((s) => s.drafts[key]) as T | undefined;
  const draft = stored ?? initial();
  const update = (change: Partial<T> | ((d: T) => T)) => patchDraft(key, initial, change);
  const reset = () => useDrafts.setState((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([k]) => k !== key)) }));
  return [draft, update, reset] as const;
}
