import { z } from 'zod';
import { countrySchema, isoDateSchema, type Country } from '../../shared/domain/jurisdiction.js';
import { calendarEntrySchema, lawDateSchema, type CalendarEntry } from '../../shared/law/reference.js';
import type { LawDate } from '../../shared/law/versions.js';
import { addCalendarEntry, lawVersionsWithDates, listCalendar, removeCalendarEntry, setLawDate } from './law/law-reference.js';
import { deskCodeSchema, storeCodeSchema } from '../../shared/domain/case-number.js';
import { caseNoSchema } from '../../shared/domain/case-number.js';
import { outcomeSchema, storableText } from '../../shared/domain/events.js';
import { referenceDataSchema } from '../../shared/sync/protocol.js';
import type { Database } from './db/database.js';
import { issueEnrollmentCode } from './store/enrollment.js';
import { recordAtHeadOffice } from './store/headoffice-events.js';
import { setReferenceData } from './store/reference.js';
import { createIntegrationToken } from './store/integration.js';
import { setSalesDays } from './sales/desk-sales.js';
import { setStoreRegion } from './dashboards/regions.js';
import { newUserSchema } from '../../shared/headoffice/access.js';
import { audited, commandLine, type AuditEntry } from './audit/audit-log.js';
import { createUser } from './auth/users.js';

/** A store's or an integration token's name. */
const nameSchema = z.string().trim().min(1).max(120).refine(...storableText);

/**
 * What head-office staff do from the command line. The CLI runs them on the database directly,
 * or through the running server when it owns the embedded database (PGlite is single-process).
 */
export const adminCommands = {
  enroll: {
    args: z.object({
      store: storeCodeSchema, desk: deskCodeSchema, name: nameSchema.optional(),
      country: countrySchema.optional(), hours: z.coerce.number().int().min(1).max(24 * 30).default(24),
      /** The new device takes the desk over; the one enrolled there now is revoked. */
      replace: z.boolean().default(false),
    }),
    run: async (db: Database, a: { store: string; desk: string; name?: string; country?: string; hours: number; replace: boolean }) =>
      ({ code: await issueEnrollmentCode(db, { storeCode: a.store, deskCode: a.desk, storeName: a.name, country: a.country, ttlHours: a.hours, replace: a.replace }) }),
    // Never the code itself: the log is read by people who must not enroll desks with it.
    audit: (a: { store: string; desk: string; hours: number; replace: boolean }): AuditEntry =>
      ({ action: 'enrollment.issued', target: `${a.store} ${a.desk}`, after: { hours: a.hours, replace: a.replace } }),
  },
  /** The service centre's verdict on a claim, recorded against the case number. */
  resolve: {
    args: z.object({
      case: caseNoSchema, outcome: outcomeSchema, reason: z.string().trim().max(2000).optional(), actor: z.string().trim().min(1).max(64).default('service-centre'),
    }),
    run: async (db: Database, a: { case: string; outcome: z.infer<typeof outcomeSchema>; reason?: string; actor: string }) =>
      recordAtHeadOffice(db, a.case, 'complaint.resolved', a.actor, { outcome: a.outcome, reason: a.reason }),
    audit: (a: { case: string; outcome: string; reason?: string; actor: string }, event: { id: string }): AuditEntry =>
      ({ action: 'case.resolved', target: a.case, after: { outcome: a.outcome, reason: a.reason, actor: a.actor, event: event.id } }),
  },
  reference: {
    args: z.object({ store: storeCodeSchema, data: referenceDataSchema }),
    run: async (db: Database, a: { store: string; data: z.infer<typeof referenceDataSchema> }) => ({ version: await setReferenceData(db, a.store, a.data) }),
    // The describe step sees what the command's transaction answered: here the new version.
    audit: (a: { store: string; data: unknown }, version: number): AuditEntry => ({ action: 'reference.set', target: a.store, after: { version, data: a.data } }),
  },
  /** A token for the till or ERP, printed once, allowed to write sales of `stores` (comma-separated). */
  'integration-token': {
    args: z.object({
      name: nameSchema,
      // "PRG01,BRN02" from the command line; a list once parsed (the CLI sends what it parsed to the server).
      stores: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(storeCodeSchema).min(1).max(1000)),
    }),
    run: async (db: Database, a: { name: string; stores: string[] }) => ({ token: await createIntegrationToken(db, a.name, a.stores) }),
    audit: (a: { name: string; stores: string[] }): AuditEntry => ({ action: 'integration.token_created', target: a.name, after: { stores: a.stores } }),
  },
  /** How many days back the store's desks receive sales (what head office keeps is not affected). */
  'sales-days': {
    args: z.object({ store: storeCodeSchema, days: z.coerce.number().int().min(1).max(3650) }),
    run: async (db: Database, a: { store: string; days: number }) => ({ days: await setSalesDays(db, a.store, a.days) }),
    audit: (a: { store: string; days: number }): AuditEntry => ({ action: 'sales_days.set', target: a.store, after: { days: a.days } }),
  },
  /** A head-office user (the first administrator among them); the password comes from stdin, never the command line. */
  'users-add': {
    args: newUserSchema,
    run: async (db: Database, a: z.output<typeof newUserSchema>) => createUser(db, commandLine, a),
  },
  /** The region a store's figures count toward on the dashboards (and which a regional manager sees). */
  'set-region': {
    args: z.object({ store: storeCodeSchema, region: z.string().trim().min(1).max(64).refine(...storableText) }),
    run: async (db: Database, a: { store: string; region: string }) => ({ region: await setStoreRegion(db, a.store, a.region) }),
  },
  /** A day a government decree made a day off or a working day in one country (entered again: replaced); desks pull it. */
  'calendar-add': {
    args: calendarEntrySchema,
    run: (db: Database, a: CalendarEntry) => addCalendarEntry(db, a),
    audit: (a: CalendarEntry, r: { version: number }): AuditEntry => ({ action: 'law.calendar_added', target: `${a.country} ${a.date}`, after: { kind: a.kind, note: a.note, version: r.version } }),
  },
  'calendar-remove': {
    args: z.object({ country: countrySchema, date: isoDateSchema }),
    run: (db: Database, a: { country: Country; date: string }) => removeCalendarEntry(db, a.country, a.date),
    audit: (a: { country: Country; date: string }, r: { removed: number; version: number }): AuditEntry => ({ action: 'law.calendar_removed', target: `${a.country} ${a.date}`, after: r }),
  },
  'calendar-list': {
    args: z.object({ country: countrySchema.optional() }),
    run: async (db: Database, a: { country?: Country }) => ({ entries: await listCalendar(db, a.country) }),
  },
  'law-list': {
    args: z.object({ country: countrySchema.optional() }),
    run: async (db: Database, a: { country?: Country }) => ({ versions: await lawVersionsWithDates(db, a.country) }),
  },
  /** The day a law that waits for one takes effect in a country (UA 3153-IX once martial law ends). */
  'law-set-date': {
    args: z.object({ country: countrySchema, version: z.string().min(1).max(64), from: isoDateSchema })
      .transform((a) => ({ country: a.country, versionId: a.version, effectiveFrom: a.from })).pipe(lawDateSchema),
    run: (db: Database, a: LawDate) => setLawDate(db, a),
    audit: (a: LawDate, r: { version: number }): AuditEntry => ({ action: 'law.date_set', target: `${a.country} ${a.versionId}`, after: { effectiveFrom: a.effectiveFrom, version: r.version } }),
  },
};
export type AdminCommand = keyof typeof adminCommands;

/** Runs a command as the command line; what it changes is written to the audit log in its own transaction. */
export async function runAdminCommand(db: Database, name: AdminCommand, rawArgs: unknown): Promise<unknown> {
  const command = adminCommands[name];
  const args = command.args.parse(rawArgs) as never;
  const logged = 'audit' in command ? audited(db, commandLine, (result) => command.audit(args, result as never)) : db;
  return command.run(logged, args);
}
