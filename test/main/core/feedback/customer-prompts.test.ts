import { afterEach, describe, expect, test } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine, signInClerk } from '../../../helpers/cases.js';
import { testClock } from '../../../helpers/clock.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

const customer = { name: 'Jana Nováková', phone: '+420 601 123 456' };
const recordReturn = (d: Awaited<ReturnType<typeof readyDesk>>) =>
  d.client.recordReturn({ purchase: receipt('2026-11-28'), lines: [returnLine(99_00)], refundMethod: 'cash', customer });

describe("the customer's own screen", () => {
  test('a recorded return puts the question up in the desk language; the answer becomes the case\'s feedback, once', async () => {
    const d = await readyDesk({ language: 'cs' });
    desks.push(d);
    expect(ok(await d.client.customerScreen({}))).toEqual({ storeName: 'Obchod Praha', language: 'cs', prompt: null });
    const ret = ok(await recordReturn(d));
    const screen = ok(await d.client.customerScreen({}));
    expect(screen.prompt).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), language: 'cs' });
    // Nothing of the case or the customer is on it: not its number, id, name or phone. The prompt's
    // own id is random hex and is left out of the search, or a phone's digits could turn up in it.
    const shown = JSON.stringify({ ...screen, prompt: { ...screen.prompt, id: '' } });
    for (const secret of [ret.caseNo, ret.id, 'Nováková', '601']) expect(shown).not.toContain(secret);
    expect(screen.prompt!.id).not.toContain(ret.id);

    ok(await d.client.answerCustomerPrompt({ promptId: screen.prompt!.id, solved: 'yes', score: 5, comment: '  Rychlé a milé  ' }));
    const { case: s, events } = ok(await d.client.getCase({ caseId: ret.id }));
    expect(s.feedback).toMatchObject({ score: 5, solved: 'yes', comment: 'Rychlé a milé', language: 'cs' });
    expect(events.at(-1)).toMatchObject({ type: 'feedback.recorded', actor: d.desk.signedIn!.id });
    // Idle again, and the same id answers nothing more.
    expect(ok(await d.client.customerScreen({})).prompt).toBeNull();
    expect(await d.client.answerCustomerPrompt({ promptId: screen.prompt!.id, solved: 'no', score: 1 })).toMatchObject({ ok: false, error: { code: 'feedback_prompt_gone' } });
    expect(ok(await d.client.getCase({ caseId: ret.id })).case.feedback).toMatchObject({ score: 5 });
  });

  test('the clerk asks again in the customer\'s language; a new question replaces the old one, whose id is dead', async () => {
    const d = await readyDesk({ language: 'cs' });
    desks.push(d);
    const ret = ok(await recordReturn(d));
    const first = ok(await d.client.customerScreen({})).prompt!;
    ok(await d.client.askCustomer({ caseId: ret.id, language: 'uk' }));
    const second = ok(await d.client.customerScreen({})).prompt!;
    expect(second.language).toBe('uk');
    expect(second.id).not.toBe(first.id);
    expect(await d.client.answerCustomerPrompt({ promptId: first.id, solved: 'yes', score: 4 })).toMatchObject({ ok: false, error: { code: 'feedback_prompt_gone' } });
    ok(await d.client.answerCustomerPrompt({ promptId: second.id, solved: 'partly', score: 3 }));
    expect(ok(await d.client.getCase({ caseId: ret.id })).case.feedback).toMatchObject({ solved: 'partly', score: 3, language: 'uk' });
  });

  test('an opened complaint asks nothing; its resolution does', async () => {
    const d = await readyDesk();
    desks.push(d);
    const c = ok(await d.client.openComplaint(complaintInput()));
    expect(ok(await d.client.customerScreen({})).prompt).toBeNull();
    ok(await d.client.handDocument({ caseId: c.id, document: 'filing', how: 'declined' }));
    ok(await d.client.resolveComplaint({ caseId: c.id, outcome: 'accepted', method: 'repair' }));
    expect(ok(await d.client.customerScreen({})).prompt).toMatchObject({ language: 'en' });
  });

  test('unanswered, the question times out and the screen is idle; the clerk may also take it off', async () => {
    const clock = testClock('2026-12-01');
    const d = await readyDesk({}, { now: clock.now });
    desks.push(d);
    ok(await recordReturn(d));
    const { id } = ok(await d.client.customerScreen({})).prompt!;
    clock.advance(121_000);
    expect(ok(await d.client.customerScreen({})).prompt).toBeNull();
    expect(await d.client.answerCustomerPrompt({ promptId: id, solved: 'yes', score: 5 })).toMatchObject({ ok: false, error: { code: 'feedback_prompt_gone' } });
    ok(await recordReturn(d));
    ok(await d.client.cancelCustomerPrompt({}));
    expect(ok(await d.client.customerScreen({})).prompt).toBeNull();
  });

  test('the answer counts for the clerk who served, even once they signed out; asking needs a signed-in clerk', async () => {
    const d = await readyDesk();
    desks.push(d);
    const clerk = await signInClerk(d.client);
    const ret = ok(await recordReturn(d));
    const { id } = ok(await d.client.customerScreen({})).prompt!;
    ok(await d.client.signOut({}));
    ok(await d.client.answerCustomerPrompt({ promptId: id, solved: 'no', score: 1, comment: 'Too slow' }));
    expect(d.desk.log.eventsOf(ret.id).at(-1)).toMatchObject({ type: 'feedback.recorded', actor: clerk.id });
    expect(await d.client.askCustomer({ caseId: ret.id, language: 'en' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  test('hostile answers are refused and change nothing: too long, NUL, half a character, a guessed id, a score of 6', async () => {
    const d = await readyDesk();
    desks.push(d);
    const ret = ok(await recordReturn(d));
    const { id } = ok(await d.client.customerScreen({})).prompt!;
    const refused = { ok: false, error: { code: 'invalid_input' } };
    expect(await d.client.answerCustomerPrompt({ promptId: id, solved: 'yes', score: 5, comment: 'x'.repeat(501) })).toMatchObject(refused);
    expect(await d.client.answerCustomerPrompt({ promptId: id, solved: 'yes', score: 5, comment: 'a\0b' })).toMatchObject(refused);
    expect(await d.client.answerCustomerPrompt({ promptId: id, solved: 'yes', score: 5, comment: 'half \uD83D' })).toMatchObject(refused);
    expect(await d.client.answerCustomerPrompt({ promptId: id, solved: 'yes', score: 6 })).toMatchObject(refused);
    expect(await d.client.answerCustomerPrompt({ promptId: 'f'.repeat(32), solved: 'yes', score: 5 })).toMatchObject({ ok: false, error: { code: 'feedback_prompt_gone' } });
    expect(ok(await d.client.getCase({ caseId: ret.id })).case.feedback).toBeUndefined();
    // The real question is still open after all that.
    ok(await d.client.answerCustomerPrompt({ promptId: id, solved: 'yes', score: 5, comment: 'x'.repeat(500) }));
  });
});
