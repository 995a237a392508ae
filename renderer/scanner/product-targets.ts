import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/api/sales.js';
import type { Currency } from '../../shared/domain/money.js';
import { minorToInput } from '../format/money-input.js';
import { decimalMark } from '../format/locale-format.js';
import { emptyLine, type LineDraft } from '../cases/case-input.js';

/** A place on a form where a scanned product goes: a list of item lines, the complaint's product. */
export type ProductTarget = {
  /** `focused` is one of this target's fields. */
  holds(focused: Element | null): boolean;
  fill(product: Product, focused: Element | null): void;
};

const onScreen: ProductTarget[] = [];

/** Makes a form's product fields a target of scans while the form is on screen. */
export function useProductTarget(target: ProductTarget) {
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });
  useEffect(() => {
    const current: ProductTarget = { holds: (f) => latest.current.holds(f), fill: (p, f) => latest.current.fill(p, f) };
    onScreen.push(current);
    return () => void onScreen.splice(onScreen.indexOf(current), 1);
  }, []);
}

/** The target whose field has the focus (an item line, the complaint's product), if any. */
export const productTargetHolding = (focused: Element | null) => onScreen.find((t) => t.holds(focused));

/** The target holding the focus, else the first on screen (an exchange's items brought back); none off the forms. */
export const productTargetFor = (focused: Element | null) => productTargetHolding(focused) ?? onScreen[0];

const isEmpty = (l: LineDraft) => !l.item.trim() && !l.sku.trim();

/** A line with a catalogue item put in: its name and SKU, and its price in a currency the lines may use. */
export function filledLine(line: LineDraft, p: Product, currencies: Currency[], decimalMark: string): LineDraft {
  const price = p.price && currencies.includes(p.price.currency) ? { unitPrice: minorToInput(p.price.amount, decimalMark), currency: p.price.currency } : {};
  return { ...line, item: p.name, sku: p.sku, ...price };
}

/**
 * The lines with the product put in: on the focused line if it is empty, else on the first empty
 * line, else on a new one, so scanning item after item never overwrites one already entered.
 */
export function withScannedProduct(lines: LineDraft[], focusedLine: number | null, p: Product, newLine: LineDraft, currencies: Currency[], decimalMark: string): LineDraft[] {
  const focused = focusedLine === null ? undefined : lines[focusedLine];
  const at = focused && isEmpty(focused) ? focusedLine! : lines.findIndex(isEmpty);
  const filled = filledLine(at < 0 ? newLine : lines[at]!, p, currencies, decimalMark);
  return at < 0 ? [...lines, filled] : lines.map((l, i) => (i === at ? filled : l));
}

/** The line of the editor `name` that `focused` belongs to ("lines.2.sku" -> 2), or null. */
export function lineOf(name: string, focused: Element | null): number | null {
  const field = focused?.getAttribute('name') ?? '';
  const m = /^(.+)\.(\d+)\./.exec(field);
  return m && m[1] === name ? Number(m[2]) : null;
}

/** Makes a LinesEditor's lines a target of scans (see `withScannedProduct`). */
export function useLinesProductTarget({ name, lines, onChange, currencies }: { name: string; lines: LineDraft[]; onChange(lines: LineDraft[]): void; currencies: Currency[] }) {
  const { i18n } = useTranslation();
  useProductTarget({
    holds: (focused) => lineOf(name, focused) !== null,
    fill: (p, focused) => onChange(withScannedProduct(lines, lineOf(name, focused), p, emptyLine(currencies[0]!), currencies, decimalMark(i18n.language))),
  });
}
