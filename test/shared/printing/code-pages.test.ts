import { describe, expect, it } from 'vitest';
import { codePageFor, normaliseFor } from '../../../shared/printing/code-pages.js';

describe('text normalised to the receipt code page', () => {
  it('keeps every letter the page has', () => {
    expect(normaliseFor('Řehoř Ůžička: ěščřžýáíéúů ĚŠČŘŽÝÁÍÉÚŮ ďťň', 'win1250')).toBe('Řehoř Ůžička: ěščřžýáíéúů ĚŠČŘŽÝÁÍÉÚŮ ďťň');
    expect(normaliseFor('їжак ґанок єнот і ІЇЄҐ', 'win1251')).toBe('їжак ґанок єнот і ІЇЄҐ');
    expect(normaliseFor('съёмка щука ЪЩЁ', 'win1251')).toBe('съёмка щука ЪЩЁ');
  });

  it('replaces what no page has instead of printing garbage', () => {
    expect(normaliseFor('O’Neill', 'win1250')).toBe("O'Neill");
    expect(normaliseFor('1 234,50 ₴', 'win1251')).toBe('1 234,50 грн');
    expect(normaliseFor('99,00 ₽', 'win1251')).toBe('99,00 руб.');
    expect(normaliseFor('и ѝ каза', 'win1251')).toBe('и и каза');
    // Intl puts non-breaking and narrow spaces into numbers.
    expect(normaliseFor('1\u00a0234\u202f5', 'win1251')).toBe('1 234 5');
  });

  it('drops accents only where the page lacks the letter, and marks the rest', () => {
    expect(normaliseFor('Říčany', 'win1251')).toBe('Ricany');
    expect(normaliseFor('Říčany €', 'ascii')).toBe('Ricany EUR');
    expect(normaliseFor('漢', 'win1251')).toBe('?');
  });

  it('composes letters typed with combining accents before looking them up', () => {
    expect(normaliseFor('Z\u030clut\u030couc\u030cky\u0301 ku\u030an\u030c', 'win1250')).toBe('Žluťoučký kůň');
    expect(normaliseFor('Z\u030clut\u030couc\u030cky\u0301', 'win1251')).toBe('Zlutoucky');
    expect(normaliseFor('и\u0306ти, е\u0308ж', 'win1251')).toBe('йти, ёж');
  });

  it('prints the Ukrainian apostrophe as a plain one', () => {
    expect(normaliseFor('мʼята, пʼять', 'win1251')).toBe("м'ята, п'ять");
  });

  it('drops invisible and control characters, so none can reach the printer as a command', () => {
    expect(normaliseFor('a\u200bb\u200cc\u200dd\ufeffe\u2060f\u00adg', 'win1250')).toBe('abcdefg');
    expect(normaliseFor('a\u007fb', 'ascii')).toBe('ab');
    // ESC @ (reset), GS V (cut), DLE EOT (status), C1 CSI and NEL.
    expect(normaliseFor('1\u001b@2\u001dV3\u0010\u00044\u009b5\u0085', 'win1251')).toBe('1@2V345');
  });

  it('picks the page by language', () => {
    expect(['uk', 'ru', 'bg', 'cs', 'en'].map((l) => codePageFor(l as 'uk'))).toEqual(['win1251', 'win1251', 'win1251', 'win1250', 'ascii']);
  });
});
