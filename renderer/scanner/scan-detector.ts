/**
 * Tells a keyboard-wedge barcode scanner from a person typing, by timing alone: the scanner
 * "types" its payload and Enter (or Tab) with a few milliseconds between keys.
 *
 * - MAX_GAP_MS 30: wedge scanners send a key every 1–15 ms (USB polls at 1–8 ms; the slowest
 *   inter-character delay most scanners offer is ~20 ms). Fast typists press keys 80–150 ms apart,
 *   and rolling over two keys can bring one gap under 30 ms, but not six in a row.
 * - MIN_LENGTH 6: shorter than any code the desk reads (GTIN-8, a case number of 15+), and longer
 *   than a burst of rolled-over keys.
 * - The Enter or Tab that ends a scan comes within the same gap; a person's Enter never does
 *   after six such keys.
 * - A held key repeats at 20–40 ms (the OS repeat rate), so a repeat breaks the run instead of
 *   looking like a scan of "000000".
 */
export const MAX_GAP_MS = 30;
export const MIN_LENGTH = 6;

export type Keystroke = {
  /** KeyboardEvent.key: one character, or a name such as "Enter", "Shift", "Backspace". */
  key: string;
  /** When it was pressed, in ms (KeyboardEvent.timeStamp). */
  at: number;
  /** The OS repeating a held key. */
  repeat?: boolean;
  /** Ctrl, Alt or Meta held: a shortcut, never part of a scan (Shift is, for capitals). */
  withModifier?: boolean;
};

export type Verdict =
  /** The key that ended a scan: it must not reach the page (no form submit, no focus move). */
  | { kind: 'scan'; payload: string }
  /** Let the key through. `startsRun`: the first character that may begin a scan. */
  | { kind: 'typing'; startsRun: boolean };

// Scanners send Shift around capitals; these keys alone neither count nor break a run.
const lockAndShift = new Set(['Shift', 'CapsLock']);

/** Fed every keydown of the window in order; answers for each what it was. */
export class ScanDetector {
  private run = '';
  private lastAt = -Infinity;

  push(k: Keystroke): Verdict {
    if (lockAndShift.has(k.key)) return { kind: 'typing', startsRun: false };
    const quick = k.at - this.lastAt <= MAX_GAP_MS;
    this.lastAt = k.at;
    if ((k.key === 'Enter' || k.key === 'Tab') && quick && this.run.length >= MIN_LENGTH && !k.repeat && !k.withModifier) {
      const payload = this.run;
      this.reset();
      return { kind: 'scan', payload };
    }
    if (k.key.length !== 1 || k.repeat || k.withModifier) {
      this.reset();
      return { kind: 'typing', startsRun: false };
    }
    this.run = quick ? this.run + k.key : k.key;
    return { kind: 'typing', startsRun: !quick };
  }

  private reset() {
    this.run = '';
    this.lastAt = -Infinity;
  }
}
