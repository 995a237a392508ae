import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleView } from '../../shared/api/sales.js';
import { desk } from '../desk.js';
import { TextField } from '../forms/fields.js';
import { formatDay, formatMoney } from '../format/locale-format.js';
import { saleTotal } from './sale-picks.js';
import { useSaleTarget } from './sale-targets.js';

type Props = {
  receipt: string;
  /** Several sales have this number (other tills, other years): the clerk picks one. */
  choices: SaleView[];
  onReceipt(receipt: string): void;
  /** What the lookup found (typed and Enter, or scanned anywhere while the form is on screen). */
  onFound(receipt: string, views: SaleView[]): void;
  autoFocus?: boolean;
};

/**
 * The receipt of the purchase, typed or scanned: the sale from the desk's copy (or head office's,
 * online). Nothing found leaves the form as it is, to be filled in by hand.
 */
export function ReceiptLookup({ receipt, choices, onReceipt, onFound, autoFocus }: Props) {
  const { t, i18n } = useTranslation('ui');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useSaleTarget((scanned, views) => {
    setProblem(null);
    onFound(scanned, views);
  });
  const find = async () => {
    if (!receipt.trim() || busy) return;
    setBusy(true);
    const res = await desk.findSale({ receipt });
    setBusy(false);
    if (!res.ok) return setProblem(res.error.message);
    setProblem(res.value.length ? null : t('sale.notFound', { receipt: receipt.trim() }));
    if (res.value.length) onFound(receipt, res.value);
  };
  return (
    <div className="receipt-lookup">
      <div className="row">
        {/* Enter here looks the receipt up; it must not save the form around it. */}
        <div className="grow" onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
          e.preventDefault();
          void find();
        }}>
          <TextField name="receipt" label={t('sale.receipt')} hint={t('sale.receiptHint')} maxLength={128} autoFocus={autoFocus}
            value={receipt} onChange={(v) => { setProblem(null); onReceipt(v); }} />
        </div>
        <button type="button" className="find-sale" disabled={busy || !receipt.trim()} onClick={() => void find()}>{t('sale.find')}</button>
      </div>
      {problem && <p className="notice" role="alert">{problem}</p>}
      {choices.length > 0 && (
        <fieldset className="sale-choices">
          <legend>{t('sale.several', { count: choices.length })}</legend>
          {choices.map((v) => (
            <button type="button" key={v.sale.id} onClick={() => onFound(receipt, [v])}>
              {t('sale.choice', { receiptNo: v.sale.receiptNo, till: v.sale.till, date: formatDay(v.soldOn, i18n.language), total: formatMoney({ amount: saleTotal(v), currency: v.sale.currency }, i18n.language) })}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
