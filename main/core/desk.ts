import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n/index.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import type { DeskEvent, EventPayload, EventType } from '../../shared/domain/events.js';
import { policyFor, type PolicyPack } from '../../shared/domain/policy.js';
import { lawVersionForClaim, lawVersionOn, type LawVersion } from '../../shared/law/versions.js';
import { lawReferenceSchema, noLawReference, type LawReference } from '../../shared/law/reference.js';
import { daysOffIn, type IsDayOff } from '../../shared/law/working-days.js';
import { formatCaseNo } from '../../shared/domain/case-number.js';
import { foldCase } from '../../shared/domain/fold.js';
import { DeskError } from '../../shared/result.js';
import { deskSetupSchema, type DeskSetup, type Staff } from '../../shared/settings.js';
import { migrate } from './db/migrations.js';
import { openSqlite, scalar, type Database } from './db/sqlite.js';
import { EventLog } from './db/event-log.js';
import { CaseProjection } from './db/case-projection.js';
import { IdleMaintenance } from './db/idle-maintenance.js';
import { StaffDirectory } from './staff/staff-directory.js';
import { SaleStore } from './sales/sale-store.js';
import { CatalogueStore } from './sales/catalogue-store.js';
import type { PinCost } from './staff/pin-hash.js';
import { cachedSettings, type SettingsStore } from './settings/settings-store.js';
import { deskReasons } from './settings/reason-codes.js';
import { addReasonNames } from '../../shared/domain/reasons.js';
import { localDay } from './clock.js';

/** `pinCost`: what a PIN hash costs on a new desk (tests that do not measure it take a cheap one). */
export type DeskOptions = { dataDir: string; settings: SettingsStore; now?: () => number; pinCost?: PinCost };
export type Append = <T extends EventType>(type: T, payload: EventPayload<T>) => DeskEvent;
/** Runs inside the command's transaction (e.g. to enqueue a print job atomically with the case). */
export type InTransaction = (state: CaseState, events: DeskEvent[]) => void;
/** Runs after the commit (e.g. to wake the printer or the sync engine). */
export type Committed = (state: CaseState, events: DeskEvent[]) => void;

/**
 * One desk: its database, event log, projections, staff and settings. Every command goes through
 * `runCommand`: one SQLite transaction appends the events, refreshes the projection and runs the
 * in-transaction hooks; listeners hear of it only after the commit.
 */
export class Desk {
  readonly db: Database;
  readonly log: EventLog;
  readonly projection: CaseProjection;
  readonly maintenance: IdleMaintenance;
  readonly staff: StaffDirectory;
  readonly sales: SaleStore;
  readonly catalogue: CatalogueStore;
  readonly now: () => number;
  readonly deviceId: string;
  signedIn: Staff | null = null;
  private readonly inTransaction: InTransaction[] = [];
  private readonly committed: Committed[] = [];
  private readonly closers: (() => void)[] = [];
  private translators = new Map<string, i18n>();
  private readonly parsedSettings = new Map<string, unknown>();

  readonly settings: SettingsStore;
  private readonly highestCaseNo;
  private readonly bumpCaseNo;
  private readonly lastCaseNo;

  constructor(readonly dataDir: string, settings: SettingsStore, now: () => number = Date.now, pinCost?: PinCost) {
    const cached = cachedSettings(settings);
    this.settings = {
      get: (key) => cached.get(key),
      set: (key, value) => {
        cached.set(key, value);
        this.parsedSettings.delete(key);
        // Head office's names of reasons are in the translators (terms:reason.<code>).
        if (key === 'reference') this.translators.clear();
      },
    };
    mkdirSync(dataDir, { recursive: true });
    this.now = now;
    this.deviceId = (this.settings.get('deviceId') as string | undefined) ?? this.newDeviceId();
    this.db = openSqlite(join(dataDir, 'desk.db'));
    migrate(this.db);
    this.log = new EventLog(this.db, this.deviceId, now);
    this.projection = new CaseProjection(this.db);
    this.maintenance = new IdleMaintenance(this.db);
    this.staff = new StaffDirectory(this.db, now, pinCost);
    this.sales = new SaleStore(this.db, () => this.requireSetup().storeCode);
    this.catalogue = new CatalogueStore(this.db);
    this.highestCaseNo = this.db.prepare('SELECT case_no FROM cases WHERE case_no > ? AND case_no < ? ORDER BY case_no DESC LIMIT 1').raw();
    this.bumpCaseNo = this.db.prepare('INSERT INTO case_numbers (store_desk, year, last) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET last = max(last + 1, excluded.last)');
    // Not RETURNING: with libsql, thousands of RETURNING statements in one transaction failed with SQLITE_FULL.
    this.lastCaseNo = this.db.prepare('SELECT last FROM case_numbers WHERE store_desk = ? AND year = ?').raw();
  }

  private newDeviceId(): string {
    const id = uuidv7();
    this.settings.set('deviceId', id);
    return id;
  }

  /**
   * A setting as `parse` reads it, parsed once and kept until the setting is set again: a command
   * reads the setup half a dozen times. The value is frozen, as it is shared.
   */
  parsedSetting<T>(key: string, parse: (raw: unknown) => T): T {
    if (!this.parsedSettings.has(key)) {
      const value = parse(this.settings.get(key));
      this.parsedSettings.set(key, value && typeof value === 'object' ? Object.freeze(value) : value);
    }
    return this.parsedSettings.get(key) as T;
  }

  get setup(): DeskSetup | null {
    return this.parsedSetting('setup', (raw) => (raw ? deskSetupSchema.parse(raw) : null));
  }

  requireSetup(): DeskSetup {
    const s = this.setup;
    if (!s) throw new DeskError('not_set_up');
    return s;
  }

  requireStaff(): Staff {
    if (!this.signedIn) throw new DeskError('not_signed_in');
    if (this.signedIn.pinChangeRequired) throw new DeskError('pin_change_required');
    return this.signedIn;
  }

  /** The pack under the law in force on `day` (today unless told), with head office's overrides. */
  policy(day = this.today()): PolicyPack {
    const { country } = this.requireSetup();
    return policyFor(country, lawVersionOn(country, day, this.law().reference.lawDates), this.policyOverrides());
  }

  /** The law a case filed today is judged by (a law on contracts: the one of its sale's day); the case keeps it. */
  lawFor(soldOn: string | undefined): LawVersion {
    return lawVersionForClaim(this.requireSetup().country, this.today(), soldOn, this.law().reference.lawDates);
  }

  /** Head office's per-store overrides of the pack's figures. */
  policyOverrides(): Partial<PolicyPack> {
    return (this.settings.get('policyOverrides') as Partial<PolicyPack> | undefined) ?? {};
  }

  /** Head office's law reference data (decree transfers, law dates) as last pulled, and the country's days off with it. */
  law(): { reference: LawReference; isDayOff: IsDayOff } {
    return this.parsedSetting('lawReference', (raw) => {
      // Data this version cannot read (written by a newer one) is left out until head office sends it again.
      const parsed = lawReferenceSchema.safeParse(raw ?? noLawReference);
      const reference = parsed.success ? parsed.data : noLawReference;
      return { reference, isDayOff: daysOffIn(this.requireSetup().country, reference) };
    });
  }

  today(): string {
    return localDay(this.now());
  }

  /** The translator for the desk's language (English before setup). */
  t(): i18n {
    const lang = this.setup?.language ?? 'en';
    let t = this.translators.get(lang);
    if (!t) {
      t = createI18n(lang);
      addReasonNames(t, deskReasons(this).names);
      this.translators.set(lang, t);
    }
    return t;
  }

  onInTransaction(hook: InTransaction) {
    this.inTransaction.push(hook);
  }

  onCommitted(listener: Committed) {
    this.committed.push(listener);
  }

  onClose(closer: () => void) {
    this.closers.push(closer);
  }

  /**
   * The next register number for this desk and year; runs inside the command's transaction. It
   * follows both the desk's counter and the highest number of this desk and year already in the
   * projection: a PC that replaced this desk's previous one (enroll --replace) has pulled the
   * predecessor's cases and continues its register without a gap or a clash. The highest number
   * is read from the case_no index (one lookup, not a scan): numbers are zero-padded to five digits,
   * so string order is number order up to 99,999 a year; past that the counter carries on alone.
   */
  nextCaseNo(): string {
    const { storeCode, deskCode } = this.requireSetup();
    const year = Number(this.today().slice(0, 4));
    const key = `${storeCode}-${deskCode}`;
    const prefix = `${key}-${year}-`;
    const highest = (this.highestCaseNo.get(prefix, `${prefix}:`) as [string] | undefined)?.[0];
    const next = (highest ? Number(highest.slice(prefix.length)) : 0) + 1;
    this.bumpCaseNo.run(key, year, next);
    const [n] = this.lastCaseNo.get(key, year) as [number];
    return formatCaseNo(storeCode, deskCode, year, n);
  }

  /** The current state of a case, from its projection. */
  getCase(caseId: string): CaseState {
    const json = scalar<string>(this.db, 'SELECT state FROM cases WHERE id = ?', caseId);
    if (!json) throw new DeskError('not_found');
    return JSON.parse(json) as CaseState;
  }

  /**
   * One command = one transaction: events, projection, in-transaction hooks; then listeners. The
   * actor is the signed-in person unless told (the customer screen, the retention sweep).
   */
  runCommand(caseId: string, write: (append: Append, actor: Staff) => void, actor: Staff = this.requireStaff()): CaseState {
    const events: DeskEvent[] = [];
    let opened = false;
    let state: CaseState;
    try {
      state = this.db.transaction(() => {
        write((type, payload) => {
          const { event, first } = this.log.append(caseId, type, actor.id, payload);
          if (!events.length) opened = first;
          events.push(event);
          return event;
        }, actor);
        // A case this command opened has no events but these: folded as they are, not read back.
        const s = opened ? this.projection.store(foldCase(events), true) : this.projection.refresh(this.log, caseId);
        if (!s) throw new DeskError('not_found');
        for (const hook of this.inTransaction) hook(s, events);
        return s;
      }).immediate();
    } catch (e) {
      this.log.resync();
      throw e;
    }
    this.maintenance.committed();
    for (const listener of this.committed) listener(state, events);
    return state;
  }

  close() {
    this.maintenance.stop();
    for (const c of this.closers.splice(0)) c();
    this.db.close();
  }
}
