import type { Locale } from '../domain/jurisdiction.js';
import { transliterate } from './transliterate.js';

/**
 * The character tables receipts are printed in: Windows-1251 for uk/ru/bg, Windows-1250 for cs,
 * plain ASCII for en. Kept here as data (not via iconv) so the on-screen preview, which runs in
 * the browser, shows exactly what the printer will print.
 */
export type CodePage = 'win1251' | 'win1250' | 'ascii';

export const codePageFor = (locale: Locale): CodePage =>
  locale === 'cs' ? 'win1250' : locale === 'en' ? 'ascii' : 'win1251';

// The upper halves (0x80–0xFF) of each page, without the undefined slots, NBSP and soft hyphen
// (those two are always replaced: printers render them inconsistently).
const upperHalf: Record<CodePage, string> = {
  win1250: '€‚„…†‡‰Š‹ŚŤŽŹ‘’“”•–—™š›śťžźˇ˘Ł¤Ą¦§¨©Ş«¬®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
  win1251: 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџЎўЈ¤Ґ¦§Ё©Є«¬®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
  ascii: '',
};
const printable = Object.fromEntries(Object.entries(upperHalf).map(([cp, s]) => [cp, new Set(s)])) as Record<CodePage, Set<string>>;

/**
 * Replacements applied on every page, before the page check: the typographic apostrophe (many
 * clones' tables differ in 0x80–0x9F) and the Ukrainian one (U+02BC, мʼята: on no page), currency
 * signs no page has, letters Windows-1251 lacks, and the spaces Intl puts into numbers and dates.
 */
const alwaysReplaced: Record<string, string> = {
  '’': "'", 'ʼ': "'", '‘': "'", '‚': ',', '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '–': '-', '—': '-', '…': '...',
  '₴': 'грн', '₽': 'руб.', 'ѝ': 'и', 'Ѝ': 'И',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ',
};
/** On the ASCII page only: what Intl and the stores' own names may bring in. */
const asciiReplaced: Record<string, string> = { '€': 'EUR', '№': 'No.', '§': 'S.', '°': 'o' };

/**
 * Dropped: control characters (a clerk-typed ESC, GS or DLE, DEL, C1) would reach the printer as
 * commands, and format characters (zero-width spaces and joiners, BOM, word joiner, direction
 * marks, soft hyphen) are invisible anyway.
 */
const controlOrInvisible = /^[\p{Cc}\p{Cf}]$/u;

const isAscii = (ch: string) => ch.charCodeAt(0) < 0x80;

function fits(ch: string, cp: CodePage) {
  return isAscii(ch) || printable[cp].has(ch);
}

/**
 * Text as it will be printed on a page: Cyrillic transliterated where the page has none, known
 * substitutions, then letters the page lacks lose their accents (ń -> n on 1251 receipts), and
 * anything still unprintable becomes '?'. Never strips what the page can print (unlike
 * node-thermal-printer's removeSpecialCharacters).
 */
export function normaliseFor(text: string, cp: CodePage): string {
  // Pasted text may carry accents as combining marks (Z + U+030C): composed, Ž is one letter the page has.
  const composed = text.normalize('NFC');
  let out = '';
  for (const raw of fits('ж', cp) ? composed : transliterate(composed)) {
    const ch = alwaysReplaced[raw] ?? (cp === 'ascii' ? asciiReplaced[raw] : undefined) ?? raw;
    if (ch !== raw) {
      out += normaliseFor(ch, cp);
      continue;
    }
    if (ch === '\n' || ch === '\t') out += ' ';
    else if (controlOrInvisible.test(ch)) continue;
    else if (fits(ch, cp)) out += ch;
    else {
      const bare = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += [...bare].every((c) => fits(c, cp)) && bare ? bare : '?';
    }
  }
  return out;
}
