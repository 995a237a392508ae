import { z } from 'zod';
import { method } from './method.js';

/** The counter forms a clerk can leave half-typed. */
export const draftFormSchema = z.enum(['complaint', 'return', 'exchange']);
export type DraftForm = z.infer<typeof draftFormSchema>;

/** The most a draft may hold, as UTF-8 JSON: a form's text fields at their limits fit many times over. */
export const maxDraftBytes = 64 * 1024;

/** A form as its clerk left it: the form's own JSON, read back by that form. */
export type SavedDraft = { form: DraftForm; draft: string; savedAt: number };

/**
 * Half-typed forms, kept per signed-in staff member so that a reload or a restart loses nothing and
 * the next clerk at the desk never sees them. Nobody reads another person's drafts.
 */
export const draftsApi = {
  // Bounded here only against a huge body; the 64 KB rule is the core's, with its own message.
  saveDraft: method<SavedDraft>()(z.object({ form: draftFormSchema, draft: z.string().max(1024 * 1024) }).strict()),
  loadDrafts: method<SavedDraft[]>()(z.object({}).strict()),
  discardDraft: method<null>()(z.object({ form: draftFormSchema }).strict()),
};
