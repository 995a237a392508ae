import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import type { DeskEvent } from '../../../../shared/domain/events.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));
const keep = <T extends { remove(): void }>(d: T) => (desks.push(d), d);

const staffEvents = (d: Awaited<ReturnType<typeof readyDesk>>) =>
  [...d.desk.log.all()].filter((e): e is Extract<DeskEvent, { type: 'staff.changed' }> => e.type === 'staff.changed');

describe('staff management at the desk', () => {
  it('a manager renames a person and changes their role; each change is an event with before and after, never a PIN', async () => {
    const d = keep(await readyDesk());
    const karel = ok(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: '1111' }));
    const renamed = ok(await d.client.updateStaffMember({ staffId: karel.id, name: 'Karel Novák', role: 'manager' }));
    expect(renamed).toMatchObject({ name: 'Karel Novák', role: 'manager', active: true, mustChangePin: false });
    const events = staffEvents(d);
    expect(events.map((e) => [e.caseId, e.payload.change])).toEqual([[karel.id, 'added'], [karel.id, 'updated']]);
    expect(events[1]!.payload).toEqual({ change: 'updated', before: { name: 'Karel', role: 'clerk', active: true }, after: { name: 'Karel Novák', role: 'manager', active: true } });
    expect(JSON.stringify(events)).not.toContain('"1111"'); // quoted: a random id may hold the digits
    // Made a manager on a 4-digit PIN: at sign-in they must choose a longer one before anything else.
    ok(await d.client.signOut({}));
    expect(ok(await d.client.signIn({ pin: '1111' }))).toMatchObject({ pinChangeRequired: true });
    expect(await d.client.listCases({})).toMatchObject({ ok: false, error: { code: 'pin_change_required' } });
  });

  it('a deactivated person cannot sign in or approve; their name stays on their cases; reactivated, their PIN works again', async () => {
    const d = keep(await readyDesk());
    const karel = ok(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: '1111' }));
    const boss2 = ok(await d.client.addStaff({ name: 'Eva', role: 'manager', pin: '222222' }));
    ok(await d.client.signOut({}));
    ok(await d.client.signIn({ pin: '1111' }));
    const c = ok(await d.client.openComplaint(complaintInput({ kind: 'service' })));
    ok(await d.client.signOut({}));
    ok(await d.client.signIn({ pin: MANAGER_PIN }));
    expect(ok(await d.client.setStaffActive({ staffId: karel.id, active: false }))).toMatchObject({ active: false });
    ok(await d.client.setStaffActive({ staffId: boss2.id, active: false }));
    const detail = ok(await d.client.getCase({ caseId: c.id }));
    expect(detail.case.openedBy).toBe(karel.id);
    expect(ok(await d.client.listStaff({})).map((s) => s.name)).toContain('Karel');
    ok(await d.client.signOut({}));
    expect(await d.client.signIn({ pin: '1111' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await d.client.signIn({ pin: '222222' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    ok(await d.client.signIn({ pin: MANAGER_PIN }));
    // Nobody else may take a deactivated person's PIN: it is theirs again when they come back.
    expect(await d.client.addStaff({ name: 'Petr', role: 'clerk', pin: '1111' })).toMatchObject({ ok: false, error: { code: 'pin_taken', fields: ['pin'] } });
    ok(await d.client.setStaffActive({ staffId: karel.id, active: true }));
    ok(await d.client.signOut({}));
    expect(ok(await d.client.signIn({ pin: '1111' })).id).toBe(karel.id);
    expect(staffEvents(d).filter((e) => e.caseId === karel.id).map((e) => e.payload.change)).toEqual(['added', 'deactivated', 'reactivated']);
  });

  it('the last active manager can be neither deactivated nor demoted; with a second one they can', async () => {
    const d = keep(await readyDesk());
    const me = ok(await d.client.getSession({})).staff!;
    expect(await d.client.setStaffActive({ staffId: me.id, active: false })).toMatchObject({ ok: false, error: { code: 'last_manager', message: expect.stringContaining('last active manager') } });
    expect(await d.client.updateStaffMember({ staffId: me.id, name: me.name, role: 'clerk' })).toMatchObject({ ok: false, error: { code: 'last_manager', fields: ['role'] } });
    const eva = ok(await d.client.addStaff({ name: 'Eva', role: 'manager', pin: '222222' }));
    ok(await d.client.setStaffActive({ staffId: eva.id, active: false }));
    expect(await d.client.updateStaffMember({ staffId: me.id, name: me.name, role: 'clerk' })).toMatchObject({ ok: false, error: { code: 'last_manager' } });
    ok(await d.client.setStaffActive({ staffId: eva.id, active: true }));
    // Demoting oneself takes effect at once: no more staff management in this session.
    ok(await d.client.updateStaffMember({ staffId: me.id, name: me.name, role: 'clerk' }));
    expect(await d.client.listStaffMembers({})).toMatchObject({ ok: false, error: { code: 'manager_only' } });
    expect(staffEvents(d).filter((e) => e.caseId === me.id)).toHaveLength(1);
  });

  it('a PIN reset by a manager must be changed at the next sign-in; a taken PIN is reported as taken', async () => {
    const d = keep(await readyDesk());
    const karel = ok(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: '1111' }));
    expect(await d.client.resetStaffPin({ staffId: karel.id, pin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'pin_taken', message: 'Someone at this desk already has this PIN. Choose another one.' } });
    expect(ok(await d.client.resetStaffPin({ staffId: karel.id, pin: '4444' }))).toMatchObject({ mustChangePin: true });
    ok(await d.client.signOut({}));
    expect(await d.client.signIn({ pin: '1111' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(ok(await d.client.signIn({ pin: '4444' }))).toMatchObject({ id: karel.id, pinChangeRequired: true });
    expect(await d.client.openComplaint(complaintInput({ kind: 'service' }))).toMatchObject({ ok: false, error: { code: 'pin_change_required' } });
    ok(await d.client.changeOwnPin({ currentPin: '4444', newPin: '5678' }));
    ok(await d.client.openComplaint(complaintInput({ kind: 'service' })));
    ok(await d.client.signOut({}));
    expect(ok(await d.client.signIn({ pin: '5678' })).pinChangeRequired).toBeUndefined();
    expect(staffEvents(d).at(-1)!.payload.change).toBe('pin_reset');
  });

  it('a clerk manages nobody', async () => {
    const d = keep(await readyDesk());
    const eva = ok(await d.client.addStaff({ name: 'Eva', role: 'clerk', pin: '2222' }));
    ok(await d.client.signOut({}));
    ok(await d.client.signIn({ pin: '2222' }));
    for (const r of [
      await d.client.listStaffMembers({}),
      await d.client.updateStaffMember({ staffId: eva.id, name: 'Eva', role: 'manager' }),
      await d.client.resetStaffPin({ staffId: eva.id, pin: '3333' }),
      await d.client.setStaffActive({ staffId: eva.id, active: false }),
    ]) expect(r.ok).toBe(false);
    expect(ok(await d.client.getSession({})).staff?.role).toBe('clerk');
  });
});
