import { describe, expect, it } from 'vitest';
import { MAX_AVERAGE_GAP_MS, MAX_GAP_MS, MIN_LENGTH, ScanDetector, type Keystroke, type Verdict } from '../../../renderer/scanner/scan-detector.js';

/** `text` then `end` pressed `gapMs` apart, from `start` ms on. */
const keys = (text: string, gapMs: number, end = 'Enter', start = 1000): Keystroke[] =>
  [...text, end].map((key, i) => ({ key, at: start + i * gapMs }));

const verdicts = (strokes: Keystroke[], detector = new ScanDetector()): Verdict[] => strokes.map((k) => detector.push(k));
const last = (strokes: Keystroke[], detector?: ScanDetector) => verdicts(strokes, detector).at(-1);

describe('telling a scanner from a person by key timing', () => {
  it.each([
    ['an EAN-13 at 5 ms a key', '4006381333931', 5],
    ['a case number at 10 ms a key', 'PRG01-A-2026-00042', 10],
    ['a GTIN-8 at the slowest pace a scanner may have', '96385074', MAX_AVERAGE_GAP_MS],
    ['the shortest code taken', '123456', 2],
  ])('takes %s for a scan', (_, payload, gap) => {
    expect(last(keys(payload, gap))).toEqual({ kind: 'scan', payload });
  });

  it('takes a scan with one late key (the PC busy for a moment) as a scan all the same', () => {
    const late = keys('4006381333931', 5).map((k, i) => (i >= 7 ? { ...k, at: k.at + MAX_GAP_MS - 5 } : k));
    expect(last(late)).toEqual({ kind: 'scan', payload: '4006381333931' });
  });

  it('ends the run at a pause longer than a scanner ever makes', () => {
    const paused = keys('4006381333931', 5).map((k, i) => (i >= 10 ? { ...k, at: k.at + MAX_GAP_MS } : k));
    expect(last(paused)).toEqual({ kind: 'typing', startsRun: false });
  });

  it('takes a scan ended by Tab as well as Enter', () => {
    expect(last(keys('5901234123457', 5, 'Tab'))).toEqual({ kind: 'scan', payload: '5901234123457' });
  });

  it.each([
    ['a very fast typist (80 ms a key)', 80],
    ['an ordinary typist (150 ms a key)', 150],
    ['slow typing (400 ms a key)', 400],
    ['anything slower than a scanner', MAX_AVERAGE_GAP_MS + 1],
  ])('takes %s for typing, Enter and all', (_, gap) => {
    const all = verdicts(keys('4006381333931', gap));
    expect(all.every((v) => v.kind === 'typing')).toBe(true);
  });

  it(`takes fewer than ${MIN_LENGTH} quick keys for typing (keys rolled over)`, () => {
    expect(last(keys('12345', 5))).toEqual({ kind: 'typing', startsRun: false });
  });

  it('takes a scan right after typing: only the quick run is the payload', () => {
    const typed = keys('abc', 120, 'c', 0).slice(0, 3);
    const scanned = keys('4006381333931', 5, 'Enter', 600);
    expect(last([...typed, ...scanned])).toEqual({ kind: 'scan', payload: '4006381333931' });
  });

  it('says where each run may begin, so a focused field can be noted before it', () => {
    const starts = verdicts([...keys('ab', 150, 'c', 0).slice(0, 2), ...keys('40063813', 5, 'x', 500)])
      .map((v) => v.kind === 'typing' && v.startsRun);
    expect(starts).toEqual([true, true, true, false, false, false, false, false, false, false, false]);
  });

  it('lets Shift around capitals pass without breaking the run', () => {
    const withShift = [...'PRG01-A'].flatMap((key, i) => (/[A-Z]/.test(key) ? ['Shift', key] : [key]).map((k) => ({ key: k, at: i * 8 })));
    expect(last([...withShift, { key: 'Enter', at: 60 }])).toEqual({ kind: 'scan', payload: 'PRG01-A' });
  });

  it('never takes a held key (auto-repeat) for a scan', () => {
    const held = [...'0000000'].map((key, i) => ({ key, at: i * 25, repeat: i > 0 }));
    expect(last([...held, { key: 'Enter', at: 175 }])).toEqual({ kind: 'typing', startsRun: false });
  });

  it('breaks the run at a shortcut or an editing key: what is left is too short for a scan', () => {
    const withCtrl = keys('4006381333931', 5).map((k, i) => (i === 9 ? { ...k, withModifier: true } : k));
    expect(last(withCtrl)).toEqual({ kind: 'typing', startsRun: false });
    const withBackspace = keys('4006381333931', 5).map((k, i) => (i === 8 ? { ...k, key: 'Backspace' } : k));
    expect(last(withBackspace)).toEqual({ kind: 'typing', startsRun: false });
  });

  it('starts afresh after each scan', () => {
    const detector = new ScanDetector();
    expect(last(keys('4006381333931', 5, 'Enter', 0), detector)).toMatchObject({ kind: 'scan' });
    expect(last(keys('96385074', 5, 'Enter', 75), detector)).toEqual({ kind: 'scan', payload: '96385074' });
  });
});
