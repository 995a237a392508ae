import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/api/sync.js';
import { createI18n } from '../../../shared/i18n/index.js';
import { clockNotice, heldBackNotice, tokenNotice } from '../../../renderer/sync/sync-notices.js';

const status = (over: Partial<SyncStatus>): SyncStatus => ({
  enrolled: true, headOffice: 'https://ho.example.com', state: 'idle', online: true, waiting: 0, lastSyncAt: null,
  lastError: null, nextAttemptAt: null, rejected: [], heldBack: 0, clockOffsetMs: null, tokenProtectedByOs: true, ...over,
});

describe("the desk's clock against head office's", () => {
  it('is left alone within 2 minutes either way, or before head office has answered', () => {
    for (const clockOffsetMs of [null, 0, 120_000, -120_000]) expect(clockNotice(status({ clockOffsetMs }))).toBeNull();
  });

  it('tells staff to set the clock and by how many minutes it is behind or ahead, in every language', () => {
    expect(clockNotice(status({ clockOffsetMs: 7 * 60_000 + 20_000 }))).toEqual({ key: 'sync:clockBehind', values: { minutes: 7 } });
    expect(clockNotice(status({ clockOffsetMs: -(3 * 60_000) }))).toEqual({ key: 'sync:clockAhead', values: { minutes: 3 } });
    const behind = clockNotice(status({ clockOffsetMs: 600_000 }))!;
    expect(createI18n('en').t(behind.key, behind.values)).toBe("Set this PC's clock: it is 10 min behind head office.");
    const texts = (['en', 'cs', 'bg', 'uk', 'ru'] as const).map((l) => createI18n(l).t(behind.key, behind.values));
    expect(new Set(texts).size).toBe(5);
    expect(texts.every((text) => text.includes('10'))).toBe(true);
  });
});

describe("head office's token", () => {
  it('is said to be unprotected once the desk holds one the OS does not protect', () => {
    expect(tokenNotice(status({}))).toBeNull();
    expect(tokenNotice(status({ enrolled: false, tokenProtectedByOs: false }))).toBeNull();
    const notice = tokenNotice(status({ tokenProtectedByOs: false }))!;
    expect(notice).toEqual({ key: 'sync:tokenUnprotected' });
    const texts = (['en', 'cs', 'bg', 'uk', 'ru'] as const).map((l) => createI18n(l).t(notice.key));
    expect(new Set(texts).size).toBe(5);
    expect(texts.every((text) => !text.startsWith('sync:'))).toBe(true);
  });
});

describe('events from head office this version cannot read', () => {
  it('are said to need a newer version of the app, how many, in every language with its plural forms', () => {
    expect(heldBackNotice(status({}))).toBeNull();
    const notice = (heldBack: number) => heldBackNotice(status({ heldBack }))!;
    expect(notice(2)).toEqual({ key: 'sync:heldBack.events', values: { count: 2 } });
    const en = createI18n('en');
    expect(en.t(notice(1).key, notice(1).values)).toBe('1 event from head office needs a newer version of this app. It is kept here and read once the app is updated.');
    expect(en.t(notice(2).key, notice(2).values)).toBe('2 events from head office need a newer version of this app. They are kept here and read once the app is updated.');
    expect(createI18n('cs').t(notice(3).key, notice(3).values)).toMatch(/^3 záznamy z centrály/);
    expect(createI18n('ru').t(notice(5).key, notice(5).values)).toMatch(/^5 записей из головного офиса/);
    expect(createI18n('uk').t(notice(21).key, notice(21).values)).toMatch(/^21 запис із головного офісу/);
    const texts = (['en', 'cs', 'bg', 'uk', 'ru'] as const).map((l) => createI18n(l).t(notice(2).key, notice(2).values));
    expect(new Set(texts).size).toBe(5);
    expect(texts.every((text) => text.startsWith('2 '))).toBe(true);
  });
});
