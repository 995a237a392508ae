import { useTranslation } from 'react-i18next';
import type { Money } from '../../shared/domain/money.js';
import { formatMoney } from '../format/locale-format.js';

/** Who pays whom in an exchange: > 0 the customer pays, < 0 the shop refunds. */
export function NetDifference({ difference }: { difference: Money }) {
  const { t, i18n } = useTranslation('ui');
  const amount = formatMoney({ ...difference, amount: Math.abs(difference.amount) }, i18n.language);
  const text = difference.amount > 0 ? t('exchange.customerPays', { amount })
    : difference.amount < 0 ? t('exchange.shopRefunds', { amount }) : t('exchange.even');
  return <span className={`net-difference ${difference.amount > 0 ? 'pays' : difference.amount < 0 ? 'refunds' : ''}`} data-testid="net-difference" aria-live="polite">{text}</span>;
}
