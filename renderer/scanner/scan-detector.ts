/**
 * Tells a keyboard-wedge barcode scanner from a person typing, by timing alone: the scanner
 * "types" its payload and Enter (or Tab) with a few milliseconds between keys.
 *
 * - MAX_AVERAGE_GAP_MS 30: wedge scanners send a key every 1–15 ms (USB polls at 1–8 ms; the
 *   slowest inter-character delay most offer is ~20 ms). Fast typists press keys 80–150 ms apart
 *   on average; rolling over keys brings a gap or two under 30 ms, but never six in a row.
 * - MAX_GAP_MS 60: one late key does not spoil a scan (the PC busy for a moment, a Bluetooth
 *   scanner's packets), but a longer pause ends the run: it is below a fast typist's 80 ms.
 * - MIN_LENGTH 6: shorter than any code the desk reads (GTIN-8, a case number of 15+), and longer
 *   than a burst of rolled-over keys.
 * - The Enter or Tab that ends a scan counts as one more key of the run.
 * - A held key repeats at 20–40 ms (the OS repeat rate), so a repeat breaks the run instead of
 *   looking like a scan of "000000".
 */
export const MAX_AVERAGE_GAP_MS = 30;
export const MAX_GAP_MS = 60;
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
  private startedAt = 0;
  private lastAt = -Infinity;

  push(k: Keystroke): Verdict {
    if (lockAndShift.has(k.key)) return { kind: 'typing', startsRun: false };
    const inRun = k.at - this.lastAt <= MAX_GAP_MS;
    this.lastAt = k.at;
    if ((k.key === 'Enter' || k.key === 'Tab') && inRun && !k.repeat && !k.withModifier && this.run.length >= MIN_LENGTH
      && (k.at - this.startedAt) / this.run.length <= MAX_AVERAGE_GAP_MS) {
      const payload = this.run;
      this.reset();
      return { kind: 'scan', payload };
    }
    if (k.key.length !== 1 || k.repeat || k.withModifier) {
      this.reset();
      return { kind: 'typing', startsRun: false };
    }
    if (inRun) this.run += k.key;
    else {
      this.run = k.key;
      this.startedAt = k.at;
    }
    return { kind: 'typing', startsRun: !inRun };
  }

  private reset() {
    this.run = '';
    this.lastAt = -Infinity;
  }
}
