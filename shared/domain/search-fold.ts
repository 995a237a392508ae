/**
 * The one fold applied both to what the search index stores and to what a clerk types, so the
 * two always meet. Lower case; accents dropped (novák → novak, ё → е); ґ → г; apostrophes dropped
 * (O'Brien, O’Brien → obrien; Пʼятниця, П'ятниця → пятниця).
 *
 * Letters kept apart on purpose: й and и, ї and і, є and е. Each pair is two sounds with its own
 * key on the Russian or Ukrainian keyboard, and people do not write one for the other. ё is
 * optional in Russian print and ґ was dropped from Soviet-era Ukrainian spelling, so documents and
 * clerks write е and г for them all the time.
 */
export function searchFold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/ґ/g, 'г')
    .replace(/[^\p{ASCII}йї]/gu, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Only the letters and digits: PRG01-A-2026-00042 → prg01a202600042, RC-55501 → rc55501. */
export const compactCode = (text: string) => searchFold(text).replace(/[^\p{L}\p{N}]/gu, '');

/** Only the digits: +420 777 123 456 → 420777123456, so any grouping of a number meets any other. */
export const digitsOnly = (text: string) => text.replace(/\D/g, '');

/** Digits written with the separators people type in phone, receipt and case numbers. */
export const isDigitGroup = (word: string) => /^[+\d()./-]+$/.test(word) && /\d/.test(word);
