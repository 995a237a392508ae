import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionSchema } from '../../shared/domain/events.js';
import type { Currency } from '../../shared/domain/money.js';
import { CheckField, SelectField, TextField } from '../forms/fields.js';
import { useGtinHint } from '../scanner/gtin-hint.js';
import { filledLine, useLinesProductTarget } from '../scanner/product-targets.js';
import { decimalMark } from '../format/locale-format.js';
import { CatalogueSuggestions } from './CatalogueSuggestions.js';
import { emptyLine, type LineDraft } from './case-input.js';
import { useReasonOptions } from './reason-options.js';

type Props = {
  /** The API path of the lines ("lines", "returned", "issued"). */
  name: string;
  legend: string;
  lines: LineDraft[];
  onChange(lines: LineDraft[]): void;
  /** The store currency first; a former one (BGN) when the pack still refunds old purchases in it. */
  currencies: Currency[];
  /** Returned goods carry a reason, a condition and whether they go back to stock. */
  returned: boolean;
};

/** Items as rows: one line per item, added and removed without losing the others. */
export function LinesEditor({ name, legend, lines, onChange, currencies, returned }: Props) {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const reasonOptions = useReasonOptions(t);
  const change = (i: number, part: Partial<LineDraft>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...part } : l)));
  // The line whose item is being typed: the catalogue is searched for it until an item is picked.
  const [searching, setSearching] = useState<number | null>(null);
  const gtinHint = useGtinHint();
  useLinesProductTarget({ name, lines, onChange, currencies });
  // A line just added gets the cursor in its item (and after a removal, the line before), so the
  // clerk types on without reaching for the mouse.
  const box = useRef<HTMLFieldSetElement>(null);
  const focusLine = useRef<number | null>(null);
  useEffect(() => {
    if (focusLine.current === null) return;
    box.current?.querySelector<HTMLElement>(`[data-field="${name}.${focusLine.current}.item"] input`)?.focus();
    focusLine.current = null;
  }, [lines.length, name]);
  const add = () => {
    focusLine.current = lines.length;
    onChange([...lines, emptyLine(currencies[0]!)]);
  };
  const remove = (i: number) => {
    focusLine.current = Math.max(0, i - 1);
    onChange(lines.filter((_, j) => j !== i));
  };
  return (
    <fieldset className="lines" ref={box}>
      <legend>{legend}</legend>
      {lines.map((l, i) => {
        const at = (f: string) => `${name}.${i}.${f}`;
        const lineNo = t('ui:lines.line', { n: i + 1 });
        const sl = (label: string) => `${label} (${legend}, ${lineNo})`;
        return (
          <div className="line" key={i}>
            <span className="line-no" aria-hidden="true">{i + 1}</span>
            <TextField name={at('item')} label={t('ui:lines.item')} summaryLabel={sl(t('ui:lines.item'))} className="grow" maxLength={200}
              value={l.item} onChange={(item) => { setSearching(i); change(i, { item }); }} />
            <TextField name={at('sku')} label={t('ui:lines.sku')} summaryLabel={sl(t('ui:lines.sku'))} className="narrow" maxLength={64}
              hint={gtinHint(l.sku)} value={l.sku} onChange={(sku) => change(i, { sku })} />
            <TextField name={at('qty')} label={t('ui:lines.qty')} summaryLabel={sl(t('ui:lines.qty'))} className="tiny" inputMode="numeric" maxLength={3}
              value={l.qty} onChange={(qty) => change(i, { qty })} />
            <TextField name={at('unitPrice')} label={t('ui:lines.unitPrice')} summaryLabel={sl(t('ui:lines.unitPrice'))} className="narrow money"
              inputMode="decimal" placeholder={t('ui:form.moneyHint')} maxLength={20} value={l.unitPrice} onChange={(unitPrice) => change(i, { unitPrice })} />
            {currencies.length > 1 && (
              <SelectField name={at('unitPrice.currency')} label={t('ui:lines.currency')} className="tiny" value={l.currency}
                onChange={(currency) => change(i, { currency })} options={currencies.map((c) => ({ value: c, label: c }))} />
            )}
            {returned && (
              <>
                <SelectField name={at('reason')} label={t('ui:lines.reason')} value={l.reason} onChange={(reason) => change(i, { reason })}
                  options={reasonOptions} />
                <SelectField name={at('condition')} label={t('ui:lines.condition')} value={l.condition} onChange={(condition) => change(i, { condition })}
                  options={conditionSchema.options.map((c) => ({ value: c, label: t(`terms:condition.${c}`) }))} />
                <CheckField name={at('restock')} label={t('ui:lines.restock')} checked={l.restock} onChange={(restock) => change(i, { restock })} />
              </>
            )}
            {searching === i && (
              <CatalogueSuggestions query={l.item} label={t('ui:lines.suggestions', { n: i + 1 })} onPick={(p) => {
                setSearching(null);
                change(i, filledLine(l, p, currencies, decimalMark(i18n.language)));
              }} />
            )}
            {lines.length > 1 && (
              <button type="button" className="remove-line" aria-label={t('ui:lines.remove', { n: i + 1 })}
                onClick={() => remove(i)}>×</button>
            )}
          </div>
        );
      })}
      <button type="button" className="add-line" onClick={add}>+ {t('ui:lines.add')}</button>
    </fieldset>
  );
}
