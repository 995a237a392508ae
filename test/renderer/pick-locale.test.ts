import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../renderer/pick-locale.js';

describe('pickLocale: the language of the first screen, before the desk has one', () => {
  it('takes the first browser language the desk speaks, region ignored', () => {
    expect(pickLocale(['uk-UA', 'en-US'])).toBe('uk');
    expect(pickLocale(['de-DE', 'CS-cz', 'ru'])).toBe('cs');
    expect(pickLocale(['bg'])).toBe('bg');
  });

  it('falls back to English when none is spoken here', () => {
    expect(pickLocale(['de-DE', 'pl'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
