import { useEffect, useRef } from 'react';
import { scanKeyListener } from './scan-listener.js';

function snapshotFocusedField() {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return null;
  const { value, selectionStart, selectionEnd } = el;
  return () => {
    if (el.value === value) return;
    // React keeps the value it last rendered: the prototype's setter and an input event make the
    // field's onChange see the old text, so the form's state goes back too, not just the DOM.
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    // null for fields without a caret (e-mail, date), where setting one throws.
    if (selectionStart !== null) el.setSelectionRange(selectionStart, selectionEnd);
  };
}

/** Calls `onScan` with each barcode scanned anywhere in the window, and what had focus then. */
export function useScanner(onScan: (payload: string, focused: Element | null) => void) {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });
  useEffect(() => {
    const listener = scanKeyListener((payload) => latest.current(payload, document.activeElement), snapshotFocusedField);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);
}
