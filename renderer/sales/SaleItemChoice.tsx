import { useTranslation } from 'react-i18next';
import type { SaleLineView, SaleView } from '../../shared/api/sales.js';
import { formatDay, formatMoney } from '../format/locale-format.js';
import { unitPaid } from './sale-picks.js';

/** The lines of a sale as buttons: which item the customer brought (a complaint is about one). */
export function SaleItemChoice({ view, chosen, onChoose }: { view: SaleView; chosen?: string; onChoose(line: SaleLineView): void }) {
  const { t, i18n } = useTranslation('ui');
  return (
    <fieldset className="sale-items" data-testid="sale-view" data-sale={view.sale.id}>
      <legend>{t('sale.title', { receiptNo: view.sale.receiptNo })} · {formatDay(view.soldOn, i18n.language)}</legend>
      {view.lines.map((l) => (
        <button type="button" key={l.id} className={l.id === chosen ? 'chosen' : undefined} aria-pressed={l.id === chosen} onClick={() => onChoose(l)}>
          {t('sale.item', { item: l.displayName, price: formatMoney({ amount: unitPaid(l), currency: view.sale.currency }, i18n.language) })}
        </button>
      ))}
    </fieldset>
  );
}
