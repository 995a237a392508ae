import { v7 as uuidv7 } from 'uuid';
import type { StoreDetails } from '../../../shared/api/staff.js';
import { DeskError } from '../../../shared/result.js';
import type { DeskSetup } from '../../../shared/settings.js';
import { scalar } from '../db/sqlite.js';
import type { Desk } from '../desk.js';
import { recordDeskChange } from './record-desk-change.js';

/** The store's details as `store.details_changed` records them (the logo by its hash). */
export const detailsOf = ({ storeName, address, companyId, vatId, phone, country, language, currency, logoSha256 }: DeskSetup) =>
  ({ storeName, address, companyId, vatId, phone, country, language, currency, logoSha256 });

/** The stream this desk's own events (store details) are recorded on: one id, chosen once. */
export function deskStream(desk: Desk): string {
  desk.db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('desk.stream', ?)").run(uuidv7());
  return scalar<string>(desk.db, "SELECT value FROM meta WHERE key = 'desk.stream'")!;
}

/**
 * A manager changes the store's details after setup. The store and desk codes stay: they name
 * every case number. A new country brings another currency, law pack and receipts, so it is only
 * saved once the manager has confirmed it. The settings file is written inside the event's
 * transaction: if it cannot be written, no event says it changed.
 */
export function saveStoreDetails(desk: Desk, details: StoreDetails, confirmCountryChange: boolean): DeskSetup {
  const setup = desk.requireSetup();
  if (details.country !== setup.country && !confirmCountryChange) throw new DeskError('country_change_unconfirmed', {}, { fields: ['country'] });
  const before = detailsOf(setup);
  const after = { ...setup, ...details };
  if (JSON.stringify(before) === JSON.stringify(detailsOf(after))) return setup;
  recordDeskChange(desk, deskStream(desk), 'store.details_changed', { before, after: detailsOf(after) }, () => desk.settings.set('setup', after));
  return desk.requireSetup();
}
