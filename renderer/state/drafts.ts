import { create } from 'zustand';
import { draftFormSchema, type DraftForm } from '../../shared/api/drafts.js';
import { desk } from '../desk.js';
import { useApp } from './app-store.js';
import { fitDraft } from './draft-shape.js';

/**
 * What the clerk has typed into each form, kept outside the form so that an error or a look at
 * another case loses nothing. The counter forms (complaint, return, exchange) are also kept at the
 * desk for the signed-in person (saved shortly after each change), so a reload or a restart loses
 * nothing; when someone else signs in, they start with their own drafts and never see these.
 */
type DraftsState = {
  /** Whose drafts these are; null while nobody is signed in. */
  owner: string | null;
  drafts: Record<string, unknown>;
  /** Why the last save of a draft failed (e.g. too large), in the desk's language. */
  problem: string | null;
  /** True while the signed-in person's kept drafts are being read: a form may still fill in. */
  reading: boolean;
};
const useDrafts = create<DraftsState>()(() => ({ owner: null, drafts: {}, problem: null, reading: false }));

/** Long enough not to write on every key, short enough that a reload right after typing keeps it. */
const SAVE_DELAY_MS = 300;
const pending = new Map<DraftForm, ReturnType<typeof setTimeout>>();
const isKept = (key: string): key is DraftForm => draftFormSchema.safeParse(key).success;

async function persist(form: DraftForm) {
  pending.delete(form);
  const { owner, drafts } = useDrafts.getState();
  const draft = drafts[form];
  if (!owner || draft === undefined) return;
  const res = await desk.saveDraft({ form, draft: JSON.stringify(draft) });
  const now = useDrafts.getState();
  if (now.owner !== owner) return;
  // Discarded (or saved as a case) while this was on its way: the desk must not keep it.
  if (now.drafts[form] === undefined) return void desk.discardDraft({ form });
  useDrafts.setState({ problem: res.ok ? null : res.error.message });
}

function schedule(key: string) {
  if (!isKept(key)) return;
  clearTimeout(pending.get(key));
  pending.set(key, setTimeout(() => void persist(key), SAVE_DELAY_MS));
}

/** Saves every draft with a change not yet saved: before signing out, so the last keys typed are kept. */
async function flushDrafts() {
  const forms = [...pending.keys()];
  forms.forEach((f) => clearTimeout(pending.get(f)));
  await Promise.all(forms.map(persist));
}

/** Signs the person out (a click or the idle lock), their last keys first saved to their drafts. */
export async function signOutKeepingDrafts() {
  await flushDrafts();
  await desk.signOut({});
}

/** Someone else (or nobody) is at the counter: the last person's drafts leave the screen, theirs come back. */
async function switchOwner(owner: string | null) {
  pending.forEach(clearTimeout);
  pending.clear();
  useDrafts.setState({ owner, drafts: {}, problem: null, reading: owner !== null });
  if (!owner) return;
  const res = await desk.loadDrafts({});
  if (useDrafts.getState().owner !== owner) return;
  const saved = res.ok ? Object.fromEntries(res.value.map((d) => [d.form, JSON.parse(d.draft) as unknown])) : {};
  // Anything typed while they were read is newer than what was kept.
  useDrafts.setState((s) => ({ drafts: { ...saved, ...s.drafts }, reading: false }));
}

useApp.subscribe((s, before) => {
  const owner = s.session?.staff?.id ?? null;
  if (owner !== (before.session?.staff?.id ?? null)) void switchOwner(owner);
});

const current = <T extends object>(key: string, initial: () => T): T => {
  const stored = useDrafts.getState().drafts[key];
  return stored === undefined ? initial() : fitDraft(initial(), stored);
};

/** Changes a draft from outside its form (a scan that opens the form with something filled in). */
export function patchDraft<T extends object>(key: string, initial: () => T, change: Partial<T> | ((d: T) => T)) {
  const base = current(key, initial);
  const next = typeof change === 'function' ? change(base) : { ...base, ...change };
  useDrafts.setState((s) => ({ drafts: { ...s.drafts, [key]: next } }));
  schedule(key);
}

/** Forgets a draft, here and at the desk (after saving the form, or when the clerk discards it). */
function discard(key: string) {
  useDrafts.setState((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([k]) => k !== key)), problem: null }));
  if (!isKept(key)) return;
  clearTimeout(pending.get(key));
  pending.delete(key);
  void desk.discardDraft({ form: key });
}

export function useDraft<T extends object>(key: string, initial: () => T) {
  const stored = useDrafts((s) => s.drafts[key]);
  const draft = stored === undefined ? initial() : fitDraft(initial(), stored);
  const update = (change: Partial<T> | ((d: T) => T)) => patchDraft(key, initial, change);
  const reset = () => discard(key);
  return [draft, update, reset, stored !== undefined] as const;
}

/** True while the signed-in person's drafts are still on their way to the screen. */
export const useDraftsReading = () => useDrafts((s) => s.reading);

/** Why the last draft could not be kept at the desk, or null. */
export const useDraftProblem = () => useDrafts((s) => s.problem);
