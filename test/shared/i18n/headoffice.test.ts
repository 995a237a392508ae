import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headofficeStrings } from '../../../shared/i18n/headoffice/index.js';
import { baseResources } from '../../../shared/i18n/index.js';

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
const read = (dir: string) => files(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
const webRoot = join(import.meta.dirname, '../../../headoffice/web/src');
/** An area's files (headoffice/web/src/<area>/) ask for bare keys in the area's own namespace (shared/i18n/headoffice-<area>/). */
const namespaceOf = (file: string) => (/[\\/]/.test(file) ? `headoffice-${file.split(/[\\/]/)[0]}` : 'headoffice');
const sources = files(webRoot).map((f) => ({ ns: namespaceOf(f), src: readFileSync(join(webRoot, f), 'utf8') }));
const i18nRoot = join(import.meta.dirname, '../../../shared/i18n');
/** Each area's strings by locale, by namespace. */
const areaStrings = Object.fromEntries(await Promise.all(readdirSync(i18nRoot).filter((d) => d.startsWith('headoffice-')).map(async (d) => {
  const module = (await import(join(i18nRoot, d, 'index.ts'))) as Record<string, unknown>;
  return [d, Object.values(module).find((v) => typeof v === 'object') as Record<string, unknown>] as const;
})));
/** Head office's server words a few things itself (CSV headers, the receipt's note): `headofficeStrings[locale].a.b`. */
const serverUses = read(join(import.meta.dirname, '../../../headoffice/src')).flatMap((src) => [...src.matchAll(/headofficeStrings\[[^\]]+\]\.([\w.]+)/g)].map((m) => m[1]!));

/** Every key the web app asks for: t('a.b'), t(`terms:status.${s}`), and the menu's labels ('nav.x'). */
const used = sources.flatMap(({ ns: fileNs, src }) => [
  ...[...src.matchAll(/\bt\((['`])([^'`\s]+?)\1/g)].map((m) => m[2]!),
  ...[...src.matchAll(/label: '([a-z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!),
].map((raw) => ({ raw, fileNs }))).map(({ raw, fileNs }) => {
  const [ns, key] = raw.includes(':') ? (raw.split(':') as [string, string]) : [fileNs, raw];
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
      const areas = Object.fromEntries(Object.entries(areaStrings).map(([ns, byLocale]) => [ns, byLocale[locale]]));
      const resources = { ...baseResources[locale as keyof typeof baseResources], ...areas, headoffice: strings } as Record<string, unknown>;
      const missing = used.filter((u) => {
        const hit = lookup(resources[u.ns], u.path);
        // A key asked for with a count is found by its plural forms (i18next's _one, _other…).
        return u.dynamic ? typeof hit !== 'object' : typeof hit !== 'string' && typeof lookup(resources[u.ns], `${u.path}_other`) !== 'string';
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

  it('has words for every action head office writes to the audit log', () => {
    const written = read(join(import.meta.dirname, '../../../headoffice/src')).flatMap((src) => [...src.matchAll(/action: '([a-z_.]+)'/g)].map((m) => m[1]!));
    expect(written.length).toBeGreaterThan(15);
    expect(written.filter((code) => typeof lookup(headofficeStrings.en.audit.actions, code.replace('.', '_')) !== 'string')).toEqual([]);
  });

  it.each(['uk', 'cs', 'bg', 'ru'] as const)('is really translated into %s wherever English has words', (locale) => {
    const words = (k: string) => /[a-z]{4,}/.test(String(lookup(headofficeStrings.en, k)).replace(/\{\{\w+\}\}/g, ''));
    const same = leaves(headofficeStrings.en).filter((k) => words(k) && lookup(headofficeStrings.en, k) === lookup(headofficeStrings[locale], k));
    expect(same).toEqual([]);
  });
});
