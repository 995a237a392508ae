import { v7 as uuidv7 } from 'uuid';
import { managerPinLength, type Staff, type StaffRole } from '../../../shared/settings.js';
import type { StaffMember } from '../../../shared/api/staff.js';
import { DeskError } from '../../../shared/result.js';
import { scalar, type Database } from '../db/sqlite.js';
import { legacyPinMatches, newPinSalt, pinCost, pinKey, type PinCost } from './pin-hash.js';
import { PinGuard } from './pin-guard.js';

type Row = { id: string; name: string; role: StaffRole; active: number; must_change_pin: number };
type KeyParams = PinCost & { salt: string };

const staffOf = ({ id, name, role, must_change_pin }: Row): Staff => (must_change_pin ? { id, name, role, pinChangeRequired: true } : { id, name, role });
const memberOf = (r: Row): StaffMember => ({ id: r.id, name: r.name, role: r.role, active: r.active === 1, mustChangePin: r.must_change_pin === 1 });
const columns = 'id, name, role, active, must_change_pin';

/** Who may work at this desk, identified by PIN; managers approve what clerks may not do alone. */
export class StaffDirectory {
  private readonly guard: PinGuard;
  private readonly keyParams: KeyParams;
  private readonly everyone;

  constructor(
    private readonly db: Database,
    now: () => number,
    cost: PinCost = pinCost,
  ) {
    this.guard = new PinGuard(db, now);
    this.everyone = db.prepare(`SELECT ${columns} FROM staff ORDER BY name`);
    // The desk's salt and cost are chosen once and kept: every stored key depends on them.
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('pin.key', ?)").run(JSON.stringify({ salt: newPinSalt(), ...cost }));
    this.keyParams = JSON.parse(scalar<string>(db, "SELECT value FROM meta WHERE key = 'pin.key'")!) as KeyParams;
  }

  /** Everyone who ever worked here, deactivated people included: their names stay on cases and receipts. */
  list(): Staff[] {
    return (this.everyone.all() as Row[]).map(({ id, name, role }) => ({ id, name, role }));
  }

  members(): StaffMember[] {
    return (this.everyone.all() as Row[]).map(memberOf);
  }

  member(id: string): StaffMember {
    const row = this.db.prepare(`SELECT ${columns} FROM staff WHERE id = ?`).get(id) as Row | undefined;
    if (!row) throw new DeskError('not_found');
    return memberOf(row);
  }

  /** Active managers other than `except`: the desk must always keep one who can manage it. */
  otherActiveManagers(except: string): number {
    return scalar<number>(this.db, "SELECT count(*) FROM staff WHERE role = 'manager' AND active = 1 AND id <> ?", except) ?? 0;
  }

  update(id: string, change: { name?: string; role?: StaffRole; active?: boolean }): void {
    const m = this.member(id);
    this.db.prepare('UPDATE staff SET name = ?, role = ?, active = ? WHERE id = ?').run(change.name ?? m.name, change.role ?? m.role, (change.active ?? m.active) ? 1 : 0, id);
  }

  /** Stores a PIN a manager gave: its owner must choose their own at their next sign-in. */
  setResetPin(id: string, key: string): void {
    this.db.prepare('UPDATE staff SET pin_key = ?, legacy_pin_hash = NULL, must_change_pin = 1 WHERE id = ?').run(key, id);
  }

  private key(pin: string): Promise<string> {
    return pinKey(pin, this.keyParams.salt, this.keyParams);
  }

  /**
   * The key of a PIN that may be given to this person: a manager's has at least 6 digits, and
   * nobody else may have it (the PIN says who is at the counter). "Taken" tells the asker that
   * someone signs in with that PIN, so it counts as a wrong guess: otherwise changing one's own PIN
   * would be a way to try PINs with no limit.
   */
  async keyForNewPin(pin: string, role: StaffRole, field: string, owner?: string): Promise<string> {
    const key = await this.keyMeetingRules(pin, role, field);
    const free = await this.guard.attempt(async () => {
      // A deactivated person still holds their PIN: it is theirs again if they come back.
      const holder = (this.db.prepare('SELECT id FROM staff WHERE pin_key = ?').get(key) as { id: string } | undefined) ?? (await this.legacyHolder(pin));
      return holder && holder.id !== owner ? null : key;
    });
    if (!free) throw new DeskError('pin_taken', {}, { fields: [field] });
    return free;
  }

  private keyMeetingRules(pin: string, role: StaffRole, field: string): Promise<string> {
    if (role === 'manager' && pin.length < managerPinLength) throw new DeskError('manager_pin_short', { n: managerPinLength }, { fields: [field] });
    return this.key(pin);
  }

  async add(name: string, role: StaffRole, pin: string, field = 'pin'): Promise<Staff> {
    return this.insertWithKey(uuidv7(), name, role, await this.keyForNewPin(pin, role, field));
  }

  /** Stores a new person under a key from `keyForNewPin` (inside the caller's transaction). */
  insertWithKey(id: string, name: string, role: StaffRole, key: string): Staff {
    const staff = { id, name, role };
    this.db.prepare('INSERT INTO staff (id, name, role, pin_key, created_at) VALUES (?, ?, ?, ?, ?)').run(staff.id, name, role, key, new Date().toISOString());
    return staff;
  }


  /** First run: the desk's only person is its first manager (an interrupted setup's staff go). */
  async replaceAllWith(name: string, pin: string, field: string): Promise<Staff> {
    const key = await this.keyMeetingRules(pin, 'manager', field);
    return this.db.transaction(() => {
      this.db.exec('DELETE FROM staff');
      const staff = { id: uuidv7(), name, role: 'manager' as const };
      this.db.prepare('INSERT INTO staff (id, name, role, pin_key, created_at) VALUES (?, ?, ?, ?, ?)').run(staff.id, name, staff.role, key, new Date().toISOString());
      return staff;
    })();
  }

  /** Whoever typed this PIN at the counter (sign-in), with guessing limited. */
  identify(pin: string): Promise<Staff | null> {
    return this.guard.attempt(() => this.byPin(pin));
  }

  /** The manager who typed this PIN to approve something, or an error the clerk can act on. */
  async approvingManager(pin: string | undefined, what: string[]): Promise<Staff> {
    // A clerk's PIN typed here is a wrong guess at a manager's.
    const staff = pin ? await this.guard.attempt(async () => { const s = await this.byPin(pin); return s?.role === 'manager' ? s : null; }) : null;
    if (!staff) throw new DeskError('manager_required', {}, { approve: what });
    // A manager PIN from before the 6-digit rule, or one a manager reset, approves nothing until its owner changes it.
    if (pin!.length < managerPinLength || staff.pinChangeRequired) throw new DeskError('pin_change_required');
    return staff;
  }

  /** A person changes their own PIN, proving it is them with the current one (guessing limited). */
  async changePin(me: Staff, currentPin: string, newPin: string): Promise<void> {
    const proven = await this.guard.attempt(async () => ((await this.byPin(currentPin))?.id === me.id ? me : null));
    if (!proven) throw new DeskError('wrong_pin', {}, { fields: ['currentPin'] });
    const key = await this.keyForNewPin(newPin, me.role, 'newPin', me.id);
    this.db.prepare('UPDATE staff SET pin_key = ?, legacy_pin_hash = NULL, must_change_pin = 0 WHERE id = ?').run(key, me.id);
  }

  private async byPin(pin: string): Promise<Staff | null> {
    const key = await this.key(pin);
    const found = this.byKey(key);
    if (found) return found;
    const legacy = await this.legacyHolder(pin);
    if (legacy) this.db.prepare('UPDATE staff SET pin_key = ?, legacy_pin_hash = NULL WHERE id = ?').run(key, legacy.id);
    return legacy;
  }

  private byKey(key: string): Staff | null {
    // A deactivated person's PIN signs nobody in (it stays theirs, for when they come back).
    const row = this.db.prepare(`SELECT ${columns} FROM staff WHERE pin_key = ? AND active = 1`).get(key) as Row | undefined;
    return row ? staffOf(row) : null;
  }

  /** Someone whose PIN is still stored the old way (until they next sign in). */
  private async legacyHolder(pin: string): Promise<Staff | null> {
    const rows = this.db.prepare(`SELECT ${columns}, legacy_pin_hash FROM staff WHERE legacy_pin_hash IS NOT NULL AND active = 1`).all() as (Row & { legacy_pin_hash: string })[];
    for (const r of rows) if (await legacyPinMatches(pin, r.legacy_pin_hash)) return staffOf(r);
    return null;
  }
}
