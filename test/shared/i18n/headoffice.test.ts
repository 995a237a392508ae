import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headofficeStrings } from '../../../shared/i18n/headoffice/index.js';
import { baseResources } from '../../../shared/i18n/index.js';

const read = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));
const sources = read(join(import.meta.dirname, '../../../headoffice/web/src'));
/** Head office's server words a few things itself (CSV headers, the receipt's note): `headofficeStrings[locale].a.b`. */
const serverUses = read(join(import.meta.dirname, '../../../headoffice/src')).flatMap((src) => [...src.matchAll(/headofficeStrings\[[^\]]+\]\.([\w.]+)/g)].map((m) => m[1]!));

/** Every key the web app asks for: t('a.b'), t(`terms:status.${s}`), and the menu's labels ('nav.x'). */
const used = sources.flatMap((src) => [
  ...[...src.matchAll(/\bt\((['`])([^'`\s]+?)\1/g)].map((m) => m[2]!),
  ...[...src.matchAll(/label: '([a-z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!),
]).map((raw) => {
  const [ns, key] = raw.includes(':') ? (raw.split(':') as [string, string]) : ['headoffice', raw];
  const dynamic = key.includes('${');
  return { raw, ns, path: dynamic ? key.slice(0, key.indexOf('${')).replace(/\.$/, '') : key, dynamic };
});

const lookup = (obj: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
const leaves = (obj: object, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("the head-office web app's strings", () => {
  it('finds the keys the app uses (the scan itself works)', () => {
    expect(used.length).toBeGreaterThan(50);
    expect(used.some((u) => u.raw === 'signIn.submit')).toBe(true);
    expect(used.some((u) => u.raw === 'nav.users')).toBe(true);
  });

  it('has every key the app asks for, in every language', () => {
    for (const [locale, strings] of Object.entries(headofficeStrings)) {
      const resources = { ...baseResources[locale as keyof typeof baseResources], headoffice: strings } as Record<string, unknown>;
      const missing = used.filter((u) => {
        const hit = lookup(resources[u.ns], u.path);
        return u.dynamic ? typeof hit !== 'object' : typeof hit !== 'string';
      });
      expect(missing.map((m) => m.raw), locale).toEqual([]);
    }
  });

  it('has no string the app or the server never shows', () => {
    expect(serverUses).toEqual(expect.arrayContaining(['audit.columns', 'service.receivedNote']));
    const unused = leaves(headofficeStrings.en)
      .filter((key) => !used.some((u) => u.ns === 'headoffice' && (u.path === key || (u.dynamic && key.startsWith(`${u.path}.`)))))
      .filter((key) => !serverUses.some((path) => key === path || key.startsWith(`${path}.`)));
    expect(unused).toEqual([]);
  });

  it.each(['uk', 'cs', 'bg', 'ru'] as const)('is really translated into %s wherever English has words', (locale) => {
    const words = (k: string) => /[a-z]{4,}/.test(String(lookup(headofficeStrings.en, k)).replace(/\{\{\w+\}\}/g, ''));
    const same = leaves(headofficeStrings.en).filter((k) => words(k) && lookup(headofficeStrings.en, k) === lookup(headofficeStrings[locale], k));
    expect(same).toEqual([]);
  });
});
