import { describe, expect, it } from 'vitest';
import { cyrillicLanguageOf, transliterate, type CyrillicLanguage } from '../../../shared/printing/transliterate.js';
import { normaliseFor } from '../../../shared/printing/code-pages.js';

/** Names and places with their official Latin spelling; the statutes' own examples where they give them. */
const officialSpellings: Record<CyrillicLanguage, [string, string][]> = {
  // Cabinet of Ministers of Ukraine Resolution No. 55 of 27 Jan 2010.
  uk: [
    ['Щербаківський Юрій', 'Shcherbakivskyi Yurii'],
    ['Згурський', 'Zghurskyi'],
    ['Єнакієве', 'Yenakiieve'],
    ['Біла Церква', 'Bila Tserkva'],
    ['Розгон', 'Rozghon'],
    ['Згорани', 'Zghorany'],
    ['Гаївка', 'Haivka'],
    ['Їжакевич', 'Yizhakevych'],
    ['Йосипівка', 'Yosypivka'],
    ['Стрий', 'Stryi'],
    ['Яготин', 'Yahotyn'],
    ['Костянтин', 'Kostiantyn'],
    ['Феодосія', 'Feodosiia'],
    ['Знамʼянка', 'Znamianka'],
    ["Короп'є", 'Koropie'],
    ['Ґорґани', 'Gorgany'],
    ['Хмельницький', 'Khmelnytskyi'],
  ],
  // ICAO Doc 9303 (Russian passports since MVD order No. 889 of 2013).
  ru: [
    ['Щукин Артём', 'Shchukin Artem'],
    ['Юлия Щеглова', 'Iuliia Shcheglova'],
    ['Ян Разъездной', 'Ian Razieezdnoi'],
    ['Андрей Видный', 'Andrei Vidnyi'],
    ['Игорь Ильин', 'Igor Ilin'],
    ['Съёмкин Эдуард', 'Sieemkin Eduard'],
  ],
  // Transliteration Act 2009 (streamlined system).
  bg: [
    ['София', 'Sofia'],
    ['Стефан Щърбанов', 'Stefan Shtarbanov'],
    ['Мария Щерева', 'Maria Shtereva'],
    ['Илиян', 'Iliyan'],
    ['Жельо Йорданов', 'Zhelyo Yordanov'],
    ['Цветелина Христова', 'Tsvetelina Hristova'],
    ['Ъгълина Юрукова', 'Agalina Yurukova'],
  ],
};

describe('Cyrillic in Latin letters by each language\'s official system', () => {
  it.each(Object.entries(officialSpellings) as [CyrillicLanguage, [string, string][]][])('%s', (language, spellings) => {
    for (const [cyrillic, latin] of spellings) expect(transliterate(cyrillic, language)).toBe(latin);
  });

  it('keeps capitals, punctuation and Latin text as they are, and starts a word after punctuation', () => {
    expect(transliterate('ЗГУРСЬКИЙ Юрій', 'uk')).toBe('ZGHURSKYI Yurii');
    expect(transliterate('СОФИЯ, ул. Шипка 5', 'bg')).toBe('SOFIA, ul. Shipka 5');
    expect(transliterate("O'Neill (Юрій-Ярослав)", 'uk')).toBe("O'Neill (Yurii-Yaroslav)");
  });

  it('tells the language by the letters only it has, and reads the rest as Ukrainian', () => {
    expect(cyrillicLanguageOf('Юрій')).toBe('uk');
    expect(cyrillicLanguageOf('Ґудзик')).toBe('uk');
    expect(cyrillicLanguageOf('Щукин Артём')).toBe('ru');
    expect(cyrillicLanguageOf('Подъезд, этаж 2')).toBe('ru');
    expect(cyrillicLanguageOf('Стефан Щърбанов')).toBe('bg');
    expect(cyrillicLanguageOf('Згурський')).toBe('uk');
    expect(transliterate('Стефан Щърбанов')).toBe('Stefan Shtarbanov');
    expect(transliterate('Щукин Артём')).toBe('Shchukin Artem');
    expect(transliterate('Щербак Юрій')).toBe('Shcherbak Yurii');
  });
});

describe('Cyrillic on a page without it', () => {
  it('is transliterated on Czech and English receipts and kept on Cyrillic ones', () => {
    expect(normaliseFor('Щербаківський Юрій, Київ', 'win1250')).toBe('Shcherbakivskyi Yurii, Kyiv');
    expect(normaliseFor('Щукин Артём', 'ascii')).toBe('Shchukin Artem');
    expect(normaliseFor('1 234,50 ₴', 'win1250')).toBe('1 234,50 hrn');
    expect(normaliseFor('Щербаківський Юрій', 'win1251')).toBe('Щербаківський Юрій');
  });
});
