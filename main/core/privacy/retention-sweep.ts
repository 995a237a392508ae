import { countrySchema } from '../../../shared/domain/jurisdiction.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import { retentionCutoff } from '../../../shared/law/retention.js';
import { scalar } from '../db/sqlite.js';
import type { Desk } from '../desk.js';
import { setMeta } from '../sync/outbox.js';
import { eraseContact } from './erase-contact.js';

/** A case is closed for retention once nothing more happens to it: a closed complaint, a recorded or voided return or exchange. */
const closedStatuses = "('closed', 'recorded', 'voided')";
const sweptKey = 'privacy.retentionDay';

/**
 * Erases the contact of every closed case whose last event is older than its country's retention
 * period (shared/law/retention.ts). Each case is its own command: one that fails is logged and
 * left for the next sweep, the rest go on. Answers how many were erased.
 */
export function eraseExpiredContacts(desk: Desk, log: (e: unknown) => void = console.error): number {
  let erased = 0;
  for (const country of countrySchema.options) {
    const cutoff = formatHlc({ wall: retentionCutoff(country, desk.now()), counter: 0 }, '');
    const ids = desk.db
      .prepare(
        `SELECT id FROM cases WHERE status IN ${closedStatuses} AND updated_at < ? AND json_extract(state, '$.country') = ?
           AND (json_extract(state, '$.customer') IS NOT NULL OR json_extract(state, '$.feedback.comment') IS NOT NULL)`,
      )
      .raw()
      .all(cutoff, country) as [string][];
    for (const [id] of ids) {
      try {
        eraseContact(desk, id, { reason: 'retention' });
        erased += 1;
      } catch (e) {
        log(e);
      }
    }
  }
  return erased;
}

/** Sweeps once per local day: null when today's sweep has run already. */
export function eraseExpiredContactsIfDue(desk: Desk, log?: (e: unknown) => void): number | null {
  const today = desk.today();
  if (scalar<string>(desk.db, 'SELECT value FROM meta WHERE key = ?', sweptKey) === today) return null;
  const erased = eraseExpiredContacts(desk, log);
  setMeta(desk, sweptKey, today);
  return erased;
}

/**
 * Runs the sweep shortly after the desk opens (not in the way of the first screen) and then checks
 * every hour whether a new day has begun; stops with the desk.
 */
export function scheduleRetention(desk: Desk, { firstAfterMs = 5_000, everyMs = 3_600_000 } = {}): void {
  const run = () => {
    if (desk.setup) eraseExpiredContactsIfDue(desk);
  };
  const first = setTimeout(run, firstAfterMs);
  const hourly = setInterval(run, everyMs);
  first.unref();
  hourly.unref();
  desk.onClose(() => {
    clearTimeout(first);
    clearInterval(hourly);
  });
}
