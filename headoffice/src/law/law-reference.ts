import type { Country } from '../../../shared/domain/jurisdiction.js';
import type { CalendarEntry, LawReference } from '../../../shared/law/reference.js';
import { lawVersions, type LawDate } from '../../../shared/law/versions.js';
import type { Database, Queryable } from '../db/database.js';

/**
 * The chain's law reference data: days a government decree made days off or working days, per
 * country, and the dates of laws that wait for one (UA 3153-IX). Every change bumps one version, so
 * a desk's pull carries the whole of it once after any change.
 */
async function changed<T>(db: Database, change: (tx: Queryable) => Promise<T>): Promise<T & { version: number }> {
  return db.transaction(async (tx) => {
    const result = await change(tx);
    const [row] = await tx.query<{ version: number }>('UPDATE law_reference SET version = version + 1 RETURNING version');
    return { ...result, version: row!.version };
  });
}

/** Adds a decree's day, or replaces what was entered for that day. */
export function addCalendarEntry(db: Database, e: CalendarEntry) {
  return changed(db, async (tx) => {
    await tx.query(
      `INSERT INTO law_calendar (country, day, kind, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (country, day) DO UPDATE SET kind = excluded.kind, note = excluded.note`,
      [e.country, e.date, e.kind, e.note],
    );
    return { entry: e };
  });
}

export function removeCalendarEntry(db: Database, country: Country, date: string) {
  return changed(db, async (tx) => ({ removed: (await tx.query('DELETE FROM law_calendar WHERE country = $1 AND day = $2 RETURNING day', [country, date])).length }));
}

export async function listCalendar(q: Queryable, country?: Country): Promise<CalendarEntry[]> {
  const rows = await q.query<{ country: Country; day: string; kind: CalendarEntry['kind']; note: string }>(
    'SELECT country, day, kind, note FROM law_calendar WHERE $1::text IS NULL OR country = $1 ORDER BY country, day',
    [country ?? null],
  );
  return rows.map((r) => ({ country: r.country, date: r.day, kind: r.kind, note: r.note }));
}

/** The day a law waiting for one takes effect (set again to correct it). */
export function setLawDate(db: Database, d: LawDate) {
  return changed(db, async (tx) => {
    await tx.query(
      `INSERT INTO law_dates (country, version_id, effective_from) VALUES ($1, $2, $3)
       ON CONFLICT (country, version_id) DO UPDATE SET effective_from = excluded.effective_from`,
      [d.country, d.versionId, d.effectiveFrom],
    );
    return { lawDate: d };
  });
}

async function listLawDates(q: Queryable): Promise<LawDate[]> {
  const rows = await q.query<{ country: Country; version_id: string; effective_from: string }>('SELECT country, version_id, effective_from FROM law_dates ORDER BY country, version_id');
  return rows.map((r) => ({ country: r.country, versionId: r.version_id, effectiveFrom: r.effective_from }));
}

/** Every law version known, oldest first per country, with the day it applies from (null: waiting for head office's date). */
export async function lawVersionsWithDates(q: Queryable, country?: Country) {
  const dates = await listLawDates(q);
  return lawVersions.filter((v) => !country || v.country === country).map((v) => ({
    country: v.country, id: v.id,
    effectiveFrom: dates.find((d) => d.country === v.country && d.versionId === v.id)?.effectiveFrom ?? v.effectiveFrom,
    datedByHeadOffice: v.effectiveFrom === null,
  }));
}

/** The law reference data when it is newer than the version the desk holds, else null. */
export async function newerLawReference(q: Queryable, knownVersion: number): Promise<{ version: number; data: LawReference } | null> {
  const [row] = await q.query<{ version: number }>('SELECT version FROM law_reference');
  if (!row || row.version <= knownVersion) return null;
  return { version: row.version, data: { calendar: await listCalendar(q), lawDates: await listLawDates(q) } };
}
