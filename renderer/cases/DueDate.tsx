import { useTranslation } from 'react-i18next';
import { daysBetween, periodLength, periodUnit, type Period } from '../../shared/law/period.js';
import { formatDay, localToday } from '../format/locale-format.js';
import './due-date.css';

/** How long is left until a claim's last day, and the unit the law counts its period in. */
export function DaysLeft({ dueDate, period }: { dueDate: string; period: Period }) {
  const { t } = useTranslation('law');
  const left = daysBetween(localToday(), dueDate);
  const status = left > 0 ? t('daysLeft', { count: left }) : left === 0 ? t('lastDayToday') : t('daysOverdue', { count: -left });
  return (
    <span className="days-left" data-testid="days-left">
      {status} · {t(`countedIn.${periodUnit(period)}`, { count: periodLength(period) })}
    </span>
  );
}

/** When the period's last day was a day off: the date it would have been, and the rule that moved it. */
export function MovedDeadline({ lastDay, basis }: { lastDay: string; basis: string }) {
  const { t, i18n } = useTranslation('law');
  return <span className="field-hint deadline-moved" data-testid="deadline-moved">{t('moved', { date: formatDay(lastDay, i18n.language), basis })}</span>;
}
