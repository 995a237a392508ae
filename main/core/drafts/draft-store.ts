import type { DraftForm, SavedDraft } from '../../../shared/api/drafts.js';
import type { Database } from '../db/sqlite.js';

/** Half-typed forms by staff member and form, one row each (migration 11). */
export class DraftStore {
  private readonly upsert;
  private readonly byStaff;
  private readonly remove;

  constructor(db: Database, private readonly now: () => number) {
    this.upsert = db.prepare(`INSERT INTO drafts (staff_id, form, body, saved_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (staff_id, form) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at`);
    this.byStaff = db.prepare('SELECT form, body, saved_at FROM drafts WHERE staff_id = ? ORDER BY form');
    this.remove = db.prepare('DELETE FROM drafts WHERE staff_id = ? AND form = ?');
  }

  save(staffId: string, form: DraftForm, draft: string): SavedDraft {
    const savedAt = this.now();
    this.upsert.run(staffId, form, draft, savedAt);
    return { form, draft, savedAt };
  }

  load(staffId: string): SavedDraft[] {
    const rows = this.byStaff.all(staffId) as Array<{ form: DraftForm; body: string; saved_at: number }>;
    return rows.map((r) => ({ form: r.form, draft: r.body, savedAt: Number(r.saved_at) }));
  }

  discard(staffId: string, form: DraftForm) {
    this.remove.run(staffId, form);
  }
}
