import { useTranslation } from 'react-i18next';
import type { Money } from '../../shared/domain/money.js';
import { formatMoney } from '../format/locale-format.js';

/** Who pays whom in an exchange: > 0 the customer pays, < 0 the shop refunds; null (a price not typed right yet) is "—". */
export function NetDifference({ difference }: { difference: Money | null }) {
  const { t, i18n } = useTranslation('ui');
  if (!difference) return <span className="net-difference" data-testid="net-difference" aria-live="polite">—</span>;
  const amount = formatMoney({ ...difference, amount: Math.abs(difference.amount) }, i18n.language);
  const text = difference.amount > 0 ? t('exchange.customerPays', { amount })
    : difference.amount < 0 ? t('exchange.shopRefunds', { amount }) : t('exchange.even');
  return <span className={`net-difference ${difference.amount > 0 ? 'pays' : difference.amount < 0 ? 'refunds' : ''}`} data-testid="net-difference" aria-live="polite">{text}</span>;
}
