import cyrillicToTranslit from 'cyrillic-to-translit-js';
import { ICAO_DOC_9303, translate } from 'iuliia';

/** The Cyrillic languages a customer may write in. */
export type CyrillicLanguage = 'uk' | 'ru' | 'bg';

// Ukrainian: Cabinet of Ministers Resolution No. 55 of 27 Jan 2010, which the library's 'uk' preset
// follows (є ї й ю я by position in the word, зг -> zgh, ь and apostrophes dropped). It takes only a
// space as a word start, so it is given one word at a time.
const ukrainian = cyrillicToTranslit({ preset: 'uk' });

// Bulgarian: Transliteration Act 2009, Art. 3 (streamlined system). Written out because the one
// library for it takes -ия before any Cyrillic letter for the end of the word (Илиян -> Ilian).
const bulgarian: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', ѝ: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht',
  ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

/** Each language's official system, for one lower-case word. */
const systems: Record<CyrillicLanguage, (word: string) => string> = {
  uk: (word) => ukrainian.transform(word),
  // Russian: ICAO Doc 9303, the system of Russian passports (MVD order No. 889 of 2013).
  ru: (word) => translate(word, ICAO_DOC_9303),
  // Art. 3(2): -ия at the end of a word is -ia (София -> Sofia).
  bg: (word) => word.replace(/ия$/u, 'ia').replace(/\p{Script=Cyrillic}/gu, (c) => bulgarian[c] ?? c),
};

/**
 * The language whose system fits a text, by the letters only it has: і ї є ґ are Ukrainian, ы э ё
 * Russian, and ъ inside a word without those is Bulgarian. A text without any of them is read as
 * Ukrainian: on the Czech and English desks this is for, most customers who write in Cyrillic are
 * Ukrainian.
 */
export function cyrillicLanguageOf(text: string): CyrillicLanguage {
  if (/[іїєґ]/iu.test(text)) return 'uk';
  if (/[ыэё]/iu.test(text)) return 'ru';
  if (/\p{Script=Cyrillic}ъ\p{Script=Cyrillic}/iu.test(text)) return 'bg';
  return 'uk';
}

// A word: Cyrillic letters, with apostrophes inside it (мʼята, Короп'є) but not around it.
const cyrillicWord = /\p{Script=Cyrillic}+(?:['ʼ’]\p{Script=Cyrillic}+)*/gu;

function withCaseOf(word: string, latin: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return latin.toUpperCase();
  return word[0] === word[0]!.toUpperCase() ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
}

/**
 * The Cyrillic words of a text in Latin letters by the official system of `language` (told by the
 * letters when not given); everything else is left as it is. Words are transliterated in lower
 * case and take the case of the original: Title or ALL CAPS.
 */
export function transliterate(text: string, language: CyrillicLanguage = cyrillicLanguageOf(text)): string {
  const system = systems[language];
  return text.replace(cyrillicWord, (word) => withCaseOf(word, system(word.toLowerCase())));
}
