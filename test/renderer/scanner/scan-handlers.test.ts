import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { ScanHandlers, type ScanContext } from '../../../renderer/scanner/scan-handlers.js';

const context = (told: string[]): ScanContext => ({
  focused: null, tell: (m) => told.push(m), searchCases: () => {},
  t: ((key: string, v: Record<string, string>) => `${key} ${v.code}`) as unknown as TFunction,
});

describe('scan handlers', () => {
  it('are tried in order until one takes the code; a code nobody takes is called unknown', async () => {
    const tried: string[] = [];
    const handlers = new ScanHandlers();
    const takes = (id: string, prefix: string) => ({ id, handle: (p: string) => (tried.push(id), p.startsWith(prefix)) });
    handlers.add(takes('case-number', 'PRG'));
    handlers.add(takes('product', '4'));
    const told: string[] = [];
    await handlers.handle('4006381333931', context(told));
    expect(tried).toEqual(['case-number', 'product']);
    await handlers.handle('ZZZ-123', context(told));
    expect(told).toEqual(['scan.unknown ZZZ-123']);
  });

  it('take a later kind of code before the one it names (a sale receipt before products)', async () => {
    const tried: string[] = [];
    const handlers = new ScanHandlers();
    for (const id of ['case-number', 'product']) handlers.add({ id, handle: () => (tried.push(id), false) });
    handlers.add({ id: 'receipt', handle: () => (tried.push('receipt'), true) }, { before: 'product' });
    await handlers.handle('2000012345678', context([]));
    expect(tried).toEqual(['case-number', 'receipt']);
  });
});
