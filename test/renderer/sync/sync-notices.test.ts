import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/api/sync.js';
import { createI18n } from '../../../shared/i18n/index.js';
import { clockNotice, tokenNotice } from '../../../renderer/sync/sync-notices.js';

const status = (over: Partial<SyncStatus>): SyncStatus => ({
  enrolled: true, headOffice: 'https://ho.example.com', state: 'idle', online: true, waiting: 0, lastSyncAt: null,
  lastError: null, nextAttemptAt: null, rejected: [], clockOffsetMs: null, tokenProtectedByOs: true, ...over,
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
