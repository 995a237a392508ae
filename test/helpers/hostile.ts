import fc from 'fast-check';

/** Strings that have broken parsers, SQL, FTS5 queries, JSON and i18n interpolation before. */
export const hostileStrings = [
  '', ' ', '\u0000', 'a\u0000bc', '\u0000\u{10000}', '\uD800', '\uDFFF\uD800', '💥', '"', '""', '"*"', '*', 'NEAR(', 'NEAR(a b', 'a OR b', 'AND', 'NOT', '-x', '^a', 'col:x',
  "'; DROP TABLE cases; --", '%', '_', '\\', '{{status}}', '$(reboot)', '<script>alert(1)</script>', '__proto__', 'constructor', 'prototype',
  '9'.repeat(400), 'Ж'.repeat(5000), 'a'.repeat(100_001), '0000', '+420 777 123 456', '2026-02-31', 'NaN', 'Infinity', '-0',
];

const hostileString = fc.oneof(fc.constantFrom(...hostileStrings), fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

/** Any JSON-ish value, with hostile strings, prototype-pollution keys and odd numbers mixed in. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 3 },
    hostileString,
    fc.constantFrom(0, -0, -1, 1.5, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, 1e308, null, undefined, true, false),
    fc.integer(),
    fc.double(),
    fc.bigInt(),
    fc.date(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), { maxKeys: 4 }),
    fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  ),
})).value;

/** Payloads built from JSON text, as IPC and HTTP deliver them: `__proto__` arrives as an own key. */
export const pollutingPayloads: unknown[] = [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"query": "x", "__proto__": {"limit": 1}}'),
  JSON.parse('{"caseId": {"__proto__": {"polluted": true}}}'),
];

/** Very large payloads: a huge array, a huge string, deep nesting. */
export function hugePayloads(): unknown[] {
  let deep: unknown = 'x';
  for (let i = 0; i < 2000; i++) deep = { a: deep };
  return [
    Array.from({ length: 200_000 }, (_, i) => i),
    { lines: Array.from({ length: 100_000 }, () => ({ item: 'x', qty: 1 })) },
    { query: 'x'.repeat(1_000_000) },
    { description: 'y'.repeat(1_000_000) },
    deep,
  ];
}
