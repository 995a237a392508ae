import { ScanDetector } from './scan-detector.js';

/** What the listener reads of a keydown: a DOM KeyboardEvent in the app, a plain object in tests. */
export type KeyDown = Pick<KeyboardEvent, 'key' | 'timeStamp' | 'repeat' | 'ctrlKey' | 'altKey' | 'metaKey' | 'preventDefault' | 'stopPropagation'>;

/** Notes the focused text field; calling the answer puts it back as it was. null: no text field has focus. */
export type SnapshotField = () => (() => void) | null;

/**
 * A keydown handler for the window's capture phase, so it hears every key whatever has focus.
 * Characters go through as they come, since until Enter nothing tells a scan from typing: the
 * focused field is noted at the first key of each run and put back when the run proves a scan.
 */
export function scanKeyListener(onScan: (payload: string) => void, snapshotFocusedField: SnapshotField) {
  const detector = new ScanDetector();
  let putBack: (() => void) | null = null;
  return (e: KeyDown) => {
    const verdict = detector.push({ key: e.key, at: e.timeStamp, repeat: e.repeat, withModifier: e.ctrlKey || e.altKey || e.metaKey });
    if (verdict.kind === 'typing') {
      if (verdict.startsRun) putBack = snapshotFocusedField();
      return;
    }
    // The Enter or Tab of a scan must not submit a form, press a button or move the focus.
    e.preventDefault();
    e.stopPropagation();
    putBack?.();
    putBack = null;
    onScan(verdict.payload);
  };
}
