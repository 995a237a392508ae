import { describe, expect, it } from 'vitest';
import { scanKeyListener } from '../../../renderer/scanner/scan-listener.js';

/**
 * A stand-in for the browser: a text field with focus, into which each keydown nobody prevented
 * types its character, as Chromium does after the capture-phase listener has run.
 */
function counter(initial: string) {
  const field = { value: initial };
  const scans: string[] = [];
  let enterReachedPage = 0;
  const listener = scanKeyListener((payload) => scans.push(payload), () => {
    const before = field.value;
    return () => void (field.value = before);
  });
  let at = 0;
  const press = (key: string, gapMs: number) => {
    let prevented = false;
    at += gapMs;
    listener({ key, timeStamp: at, repeat: false, ctrlKey: false, altKey: false, metaKey: false, preventDefault: () => void (prevented = true), stopPropagation: () => {} });
    if (prevented) return;
    if (key.length === 1) field.value += key;
    if (key === 'Enter') enterReachedPage++;
  };
  const type = (text: string, gapMs: number) => [...text].forEach((k) => press(k, gapMs));
  /** A scanner's burst, a while after the last key the clerk pressed. */
  const scan = (payload: string, end = 'Enter') => [...payload, end].forEach((k, i) => press(k, i === 0 ? 500 : 5));
  return { field, scans, press, type, scan, enterReached: () => enterReachedPage };
}

describe('the scanner listener at the window', () => {
  it('a scan while a text field has focus leaves the field as the clerk left it', () => {
    const desk = counter('Kovalenko');
    desk.type(' 067', 150);
    desk.scan('KYIV01-A-2026-00042');
    expect(desk.scans).toEqual(['KYIV01-A-2026-00042']);
    expect(desk.field.value).toBe('Kovalenko 067');
    expect(desk.enterReached()).toBe(0);
  });

  it.each([['fast', 90], ['slow', 600]])('%s typing stays in the field and its Enter reaches the page', (_, gapMs) => {
    const desk = counter('');
    desk.type('4006381333931', gapMs);
    desk.press('Enter', gapMs);
    expect(desk.scans).toEqual([]);
    expect(desk.field.value).toBe('4006381333931');
    expect(desk.enterReached()).toBe(1);
  });

  it('two scans in a row: each is reported, the field keeps only what was typed', () => {
    const desk = counter('');
    desk.scan('5901234123457');
    desk.type('ab', 200);
    desk.scan('96385074', 'Tab');
    expect(desk.scans).toEqual(['5901234123457', '96385074']);
    expect(desk.field.value).toBe('ab');
  });
});
