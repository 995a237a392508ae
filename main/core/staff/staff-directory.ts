import { v7 as uuidv7 } from 'uuid';
import type { Staff, StaffRole } from '../../../shared/settings.js';
import { DeskError } from '../../../shared/result.js';
import type { Database } from '../db/sqlite.js';
import { hashPin, pinMatches } from './pin-hash.js';
import { PinGuard } from './pin-guard.js';

type Row = { id: string; name: string; role: StaffRole; pin_hash: string };

/** Who may work at this desk, identified by PIN; managers approve what clerks may not do alone. */
export class StaffDirectory {
  private readonly guard: PinGuard;

  constructor(
    private readonly db: Database,
    now: () => number,
  ) {
    this.guard = new PinGuard(now);
  }

  list(): Staff[] {
    return (this.db.prepare('SELECT id, name, role FROM staff ORDER BY name').all() as Row[]).map(({ id, name, role }) => ({ id, name, role }));
  }

  add(name: string, role: StaffRole, pin: string): Staff {
    // PINs identify the person at sign-in, so two people cannot share one.
    if (this.byPin(pin)) throw new DeskError('invalid_input', { fields: 'pin' }, { fields: ['pin'] });
    const staff = { id: uuidv7(), name, role };
    this.db.prepare('INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(staff.id, name, role, hashPin(pin), new Date().toISOString());
    return staff;
  }

  /** Whoever typed this PIN at the counter (sign-in), with guessing limited. */
  identify(pin: string): Staff | null {
    return this.guard.attempt(() => this.byPin(pin));
  }

  private byPin(pin: string): Staff | null {
    const rows = this.db.prepare('SELECT id, name, role, pin_hash FROM staff').all() as Row[];
    const hit = rows.find((r) => pinMatches(pin, r.pin_hash));
    return hit ? { id: hit.id, name: hit.name, role: hit.role } : null;
  }

  /** The manager who typed this PIN to approve something, or an error the clerk can act on. */
  approvingManager(pin: string | undefined, what: string[]): Staff {
    // A clerk's PIN typed here is a wrong guess at a manager's.
    const staff = pin ? this.guard.attempt(() => { const s = this.byPin(pin); return s?.role === 'manager' ? s : null; }) : null;
    if (!staff) throw new DeskError('manager_required', {}, { approve: what });
    return staff;
  }
}
