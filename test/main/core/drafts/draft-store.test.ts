import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));
const keep = <T extends { remove(): void }>(d: T) => (desks.push(d), d);

const returnDraft = (phone: string) => JSON.stringify({ customer: { phone, name: '', email: '' }, lines: [{ item: 'Kettle', unitPrice: '199,90' }] });

describe('drafts: half-typed forms kept per staff member', () => {
  it('gives each person back only their own drafts, and none to a signed-out desk', async () => {
    const d = keep(await readyDesk());
    ok(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: '1111' }));
    ok(await d.client.saveDraft({ form: 'return', draft: returnDraft('+420 601 111 222') }));
    ok(await d.client.signOut({}));
    expect(await d.client.loadDrafts({})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await d.client.saveDraft({ form: 'return', draft: '{}' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });

    ok(await d.client.signIn({ pin: '1111' }));
    expect(ok(await d.client.loadDrafts({}))).toEqual([]);
    ok(await d.client.saveDraft({ form: 'complaint', draft: JSON.stringify({ description: 'Karel’s' }) }));
    ok(await d.client.signOut({}));

    ok(await d.client.signIn({ pin: MANAGER_PIN }));
    const mine = ok(await d.client.loadDrafts({}));
    expect(mine.map((m) => [m.form, JSON.parse(m.draft).customer?.phone])).toEqual([['return', '+420 601 111 222']]);
  });

  it('keeps the latest version of a form, and survives closing and reopening the database', async () => {
    const d = keep(await readyDesk());
    ok(await d.client.saveDraft({ form: 'return', draft: returnDraft('111') }));
    ok(await d.client.saveDraft({ form: 'return', draft: returnDraft('222') }));
    d.services.close();
    const reopened = tempDesk({ dir: d.dir });
    desks.push({ remove: () => reopened.services.close() });
    ok(await reopened.client.signIn({ pin: MANAGER_PIN }));
    const drafts = ok(await reopened.client.loadDrafts({}));
    expect(drafts).toHaveLength(1);
    expect(JSON.parse(drafts[0]!.draft).customer.phone).toBe('222');
  });

  it('forgets a discarded draft and leaves the others', async () => {
    const d = keep(await readyDesk());
    ok(await d.client.saveDraft({ form: 'return', draft: returnDraft('111') }));
    ok(await d.client.saveDraft({ form: 'exchange', draft: '{"settlement":"cash"}' }));
    ok(await d.client.discardDraft({ form: 'return' }));
    expect(ok(await d.client.loadDrafts({})).map((x) => x.form)).toEqual(['exchange']);
  });

  it('refuses a draft over 64 KB clearly, keeping the one it had', async () => {
    const d = keep(await readyDesk());
    ok(await d.client.saveDraft({ form: 'complaint', draft: JSON.stringify({ description: 'short' }) }));
    const huge = JSON.stringify({ description: 'ř'.repeat(40_000) }); // 80 KB as UTF-8, under 64 Ki characters
    expect(await d.client.saveDraft({ form: 'complaint', draft: huge })).toMatchObject({
      ok: false, error: { code: 'draft_too_large', fields: ['draft'], message: expect.stringContaining('64 KB') },
    });
    expect(JSON.parse(ok(await d.client.loadDrafts({}))[0]!.draft).description).toBe('short');
  });

  it('refuses what is not a form’s JSON object, and forms it does not know', async () => {
    const d = keep(await readyDesk());
    for (const draft of ['not json', '[1,2]', 'null', '"text"']) {
      expect(await d.client.saveDraft({ form: 'return', draft })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['draft'] } });
    }
    // @ts-expect-error a form that does not exist
    expect(await d.client.saveDraft({ form: 'staff', draft: '{}' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['form'] } });
    expect(ok(await d.client.loadDrafts({}))).toEqual([]);
  });
});
