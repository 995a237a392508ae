import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseResources } from '../../shared/i18n/index.js';

const rendererDir = join(import.meta.dirname, '../../renderer');
const sources = (readdirSync(rendererDir, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('printing') && !f.startsWith('sync'))
  .map((f) => readFileSync(join(rendererDir, f), 'utf8'))
  // Words the renderer shows from shared/: an event's details in a case's history.
  .concat(readFileSync(join(import.meta.dirname, '../../shared/i18n/event-details.ts'), 'utf8'));

const namespaces = Object.keys(baseResources.en).join('|');

/** A key as written, 'a.b', 'ns:a.b' or `ns:kind.${k}`, with the namespace a bare key falls to -> { ns, path, dynamic }. */
function keyOf(raw: string, defaultNs: string) {
  const [ns, key] = raw.includes(':') ? (raw.split(':') as [string, string]) : [defaultNs, raw];
  const dynamic = key.includes('${');
  return { raw, ns, path: dynamic ? key.slice(0, key.indexOf('${')).replace(/\.$/, '') : key, dynamic };
}

/**
 * Every key the renderer asks for: t('a.b') in the namespace the file's useTranslation names first
 * (else ui), and any 'ns:a.b' text picked before it reaches t(), as in t(names[x] ?? `ui:event.${k}`).
 */
const used = sources.flatMap((src) => {
  const defaultNs = /useTranslation\(\[?'(\w+)'/.exec(src)?.[1] ?? 'ui';
  const called = [...src.matchAll(/\bt\((['`])([^'`\s]+?)\1/g)].map((m) => keyOf(m[2]!, defaultNs));
  const prefixed = [...src.matchAll(new RegExp(`(['\`])((?:${namespaces}):[^'\`\\s]+?)\\1`, 'g'))].map((m) => keyOf(m[2]!, defaultNs));
  return [...called, ...prefixed];
});

const lookup = (obj: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
const leaves = (obj: object, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('the UI strings', () => {
  it('finds the keys the renderer uses (the scan itself works)', () => {
    expect(used.length).toBeGreaterThan(100);
    expect(used.some((u) => u.raw === 'form.saved')).toBe(true);
  });

  it('has every key the renderer asks for, in every language', () => {
    for (const [locale, resources] of Object.entries(baseResources)) {
      const missing = used.filter((u) => {
        const hit = lookup((resources as Record<string, unknown>)[u.ns], u.path);
        return u.dynamic ? typeof hit !== 'object' : typeof hit !== 'string';
      });
      expect(missing.map((m) => m.raw), locale).toEqual([]);
    }
  });

  it('has no string the renderer never shows', () => {
    const unused = leaves(baseResources.en.ui).filter((key) => !used.some((u) => u.ns === 'ui' && (u.path === key || (u.dynamic && key.startsWith(`${u.path}.`)))));
    expect(unused).toEqual([]);
  });

  it.each(['uk', 'cs', 'bg', 'ru'] as const)('is really translated into %s wherever English has words', (locale) => {
    const sameEverywhere = ['customer.email']; // "E-mail" is what the form says in these languages too
    const words = (k: string) => /[a-z]{4,}/.test(String(lookup(baseResources.en.ui, k)).replace(/\{\{\w+\}\}/g, ''));
    const same = leaves(baseResources.en.ui).filter((k) => words(k) && !sameEverywhere.includes(k) && lookup(baseResources.en.ui, k) === lookup(baseResources[locale].ui, k));
    expect(same).toEqual([]);
  });
});
