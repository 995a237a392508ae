import { draftsApi, maxDraftBytes } from '../../../shared/api/drafts.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import { DraftStore } from '../drafts/draft-store.js';

/** A draft is the form's JSON object: anything else is not a form's and is refused, not kept. */
function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Always the signed-in person's own drafts: the staff id comes from the session, never from the input. */
export function draftsHandlers(desk: Desk): HandlersOf<typeof draftsApi> {
  const store = new DraftStore(desk.db, desk.now);
  return {
    saveDraft: ({ form, draft }) => {
      const me = desk.requireStaff();
      const bytes = Buffer.byteLength(draft, 'utf8');
      if (bytes > maxDraftBytes) {
        throw new DeskError('draft_too_large', { size: Math.ceil(bytes / 1024), max: maxDraftBytes / 1024 }, { fields: ['draft'] });
      }
      if (!isJsonObject(draft)) throw new DeskError('invalid_input', { fields: 'draft' }, { fields: ['draft'] });
      return store.save(me.id, form, draft);
    },
    loadDrafts: () => store.load(desk.requireStaff().id),
    discardDraft: ({ form }) => {
      store.discard(desk.requireStaff().id, form);
      return null;
    },
  };
}
