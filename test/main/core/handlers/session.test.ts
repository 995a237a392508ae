import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk, setupFor, tempDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));
const keep = <T extends { remove(): void }>(d: T) => (desks.push(d), d);

describe('session: setup, sign-in by PIN', () => {
  it('refuses work before setup and before sign-in', async () => {
    const d = keep(tempDesk());
    expect(await d.client.signIn({ pin: '1234' })).toMatchObject({ ok: false, error: { code: 'not_set_up' } });
    expect(await d.client.openComplaint(complaintInput())).toMatchObject({ ok: false, error: { code: 'not_set_up' } });
    ok(await d.client.completeSetup({ setup: setupFor(), manager: { name: 'Jana', pin: MANAGER_PIN } }));
    expect(await d.client.completeSetup({ setup: setupFor(), manager: { name: 'Eva', pin: '5555' } })).toMatchObject({ ok: false, error: { code: 'already_set_up' } });
    ok(await d.client.signOut({}));
    expect(await d.client.openComplaint(complaintInput())).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await d.client.listCases({})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('refuses every command on an existing case once signed out, without telling its status', async () => {
    const d = keep(await readyDesk());
    const complaint = ok(await d.client.openComplaint(complaintInput()));
    ok(await d.client.handDocument({ caseId: complaint.id, document: 'filing', how: 'declined' }));
    ok(await d.client.resolveComplaint({ caseId: complaint.id, outcome: 'accepted', method: 'repair' }));
    ok(await d.client.signOut({}));
    const caseId = complaint.id;
    for (const r of [
      await d.client.progressComplaint({ caseId }),
      await d.client.resolveComplaint({ caseId, outcome: 'accepted', method: 'repair' }),
      await d.client.closeComplaint({ caseId, how: 'customer_informed' }),
      await d.client.addNote({ caseId, text: 'x' }),
      await d.client.recordFeedback({ caseId, score: 5, solved: 'yes' }),
      await d.client.voidCase({ caseId, reason: 'x', approvalPin: MANAGER_PIN }),
      await d.client.getCase({ caseId }),
      await d.client.progressComplaint({ caseId: '01900000-0000-7000-8000-000000000000' }),
    ]) expect(r).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('signs in the person whose PIN it is; a wrong PIN is refused', async () => {
    const d = keep(await readyDesk());
    const clerk = ok(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: '1111' }));
    ok(await d.client.signOut({}));
    expect(await d.client.signIn({ pin: '1112' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(ok(await d.client.getSession({})).staff).toBeNull();
    expect(ok(await d.client.signIn({ pin: '1111' }))).toEqual(clerk);
    expect(ok(await d.client.getSession({})).staff).toEqual(clerk);
    expect(await d.client.addStaff({ name: 'Eva', role: 'manager', pin: '2222' })).toMatchObject({ ok: false, error: { code: 'manager_required' } });
  });

  it('two people cannot share a PIN, and are told so', async () => {
    const d = keep(await readyDesk());
    expect(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: MANAGER_PIN })).toMatchObject({
      ok: false, error: { code: 'pin_taken', fields: ['pin'], message: 'Someone at this desk already has this PIN. Choose another one.' },
    });
  });
});

describe('error messages in the desk language', () => {
  it('a Ukrainian desk answers in Ukrainian', async () => {
    const d = keep(await readyDesk({ storeCode: 'KYV01', country: 'UA', currency: 'UAH', language: 'uk' }));
    ok(await d.client.signOut({}));
    const r = await d.client.signIn({ pin: '0000' });
    expect(r).toEqual({ ok: false, error: { code: 'wrong_pin', message: 'Неправильний PIN-код.' } });
    const invalid = await d.client.signIn({ pin: 'abc' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['pin'], message: 'Перевірте, будь ласка: pin.' } });
  });

  it('each language has its own words for the same refusal', async () => {
    const messages = new Set<string>();
    for (const language of ['cs', 'bg', 'uk', 'ru', 'en'] as const) {
      const d = keep(await readyDesk({ language }));
      ok(await d.client.signOut({}));
      const r = await d.client.signIn({ pin: '0000' });
      if (!r.ok) messages.add(r.error.message);
    }
    expect(messages.size).toBe(5);
  });
});
