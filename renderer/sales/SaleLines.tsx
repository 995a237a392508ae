import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionSchema } from '../../shared/domain/events.js';
import { CheckField, SelectField, TextField, useFieldError } from '../forms/fields.js';
import { useFormState } from '../forms/form-context.js';
import { formatDay, formatMoney } from '../format/locale-format.js';
import { codeOf, hasLeft, pickedQty, tickedLines, type LinePick, type SalePick } from './sale-picks.js';
import { paidForUnits } from '../../shared/sales/refund-bounds.js';
import { useReasonOptions } from '../cases/reason-options.js';

type Props = {
  /** The API path of the lines sent ("lines", "returned"): a ticked line's fields are `<name>.<i>.*`. */
  name: string;
  legend: string;
  pick: SalePick;
  onChange(pick: SalePick): void;
  /** Back to typing the purchase and items by hand. */
  onClear(): void;
};

/**
 * The sale as the receipt has it, line by line: sold, already returned (every desk), what may
 * still come back; the clerk ticks lines and sets how many. A line with nothing left is shown but
 * cannot be ticked.
 */
export function SaleLines({ name, legend, pick, onChange, onClear }: Props) {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const reasonOptions = useReasonOptions(t);
  // Exactly this name: an error of one of its lines shows at that line's fields.
  useFieldError(name, legend);
  const { errors } = useFormState();
  const { view } = pick;
  const lang = i18n.language;
  const money = (amount: number) => formatMoney({ amount, currency: view.sale.currency }, lang);
  const change = (id: string, part: Partial<LinePick>) => onChange({ ...pick, lines: { ...pick.lines, [id]: { ...pick.lines[id]!, ...part } } });
  // Sent lines are numbered among the ticked ones, as the API names them in its errors.
  const sentIndex = new Map(tickedLines(pick).map((l, i) => [l.id, i]));
  return (
    <section className="sale" aria-label={legend} data-testid="sale-view" data-sale={view.sale.id}>
      <header className="sale-header">
        <h2>{t('ui:sale.title', { receiptNo: view.sale.receiptNo })}</h2>
        <span>{formatDay(view.soldOn, lang)}</span>
        {view.source === 'head_office' && <span className="badge">{t('ui:sale.fromHeadOffice')}</span>}
        <button type="button" className="link" onClick={onClear}>{t('ui:sale.byHand')}</button>
      </header>
      {errors[name] && <p className="field-error" role="alert">{errors[name]}</p>}
      <table className="sale-lines">
        <thead>
          <tr>
            <th>{t('ui:sale.take')}</th><th>{t('ui:lines.item')}</th><th className="num">{t('ui:sale.sold')}</th>
            <th className="num">{t('ui:sale.returned')}</th><th className="num">{t('ui:sale.left')}</th>
            <th>{t('ui:lines.qty')}</th><th className="num">{t('ui:sale.value')}</th>
          </tr>
        </thead>
        <tbody>
          {view.lines.map((l) => {
            const p = pick.lines[l.id]!;
            const i = sentIndex.get(l.id);
            const at = (f: string) => `${name}.${i}.${f}`;
            const qty = i === undefined ? null : pickedQty(l, p);
            const context = `${legend}, ${l.displayName}`;
            return (
              <Fragment key={l.id}>
                <tr className={hasLeft(l) ? (i === undefined ? '' : 'ticked') : 'spent'}>
                  <td>
                    <input type="checkbox" aria-label={t('ui:sale.tick', { item: l.displayName })} disabled={!hasLeft(l)} checked={i !== undefined}
                      onChange={(e) => change(l.id, { ticked: e.target.checked })} />
                  </td>
                  <td>
                    {l.displayName}{codeOf(l) && <small> · {codeOf(l)}</small>}
                    {!hasLeft(l) && <span className="sale-note">{t('ui:sale.nothingLeft')}</span>}
                    {hasLeft(l) && l.returnable === false && <span className="sale-note warn">{t('ui:sale.notReturnable')}</span>}
                  </td>
                  <td className="num">{l.sold}</td>
                  <td className="num">{l.returnedQty}</td>
                  <td className="num" data-testid="left-qty">{l.leftQty}</td>
                  <td>
                    {i !== undefined && (
                      <TextField name={at('qty')} label={t('ui:lines.qty')} summaryLabel={`${t('ui:lines.qty')} (${context})`} className="tiny"
                        inputMode="numeric" maxLength={5} value={p.qty} onChange={(v) => change(l.id, { qty: v })} />
                    )}
                  </td>
                  <td className="num">{qty !== null && money(paidForUnits(l, qty))}</td>
                </tr>
                {i !== undefined && (
                  <tr className="pick-details">
                    <td />
                    <td colSpan={6}>
                      <div className="row">
                        <SelectField name={at('reason')} label={t('ui:lines.reason')} value={p.reason} onChange={(reason) => change(l.id, { reason })}
                          options={reasonOptions} />
                        <SelectField name={at('condition')} label={t('ui:lines.condition')} value={p.condition} onChange={(condition) => change(l.id, { condition })}
                          options={conditionSchema.options.map((c) => ({ value: c, label: t(`terms:condition.${c}`) }))} />
                        <CheckField name={at('restock')} label={t('ui:lines.restock')} checked={p.restock} onChange={(restock) => change(l.id, { restock })} />
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
