import type { Country } from '../domain/jurisdiction.js';

/**
 * How long a closed case keeps the customer's contact (GDPR art. 5(1)(e): no longer than needed).
 * It is needed while the customer or the shop can still bring a claim about the case, so each
 * country keeps it for its general limitation period, counted from the case's last event.
 */
export const contactRetention: Record<Country, { months: number; basis: string }> = {
  CZ: { months: 36, basis: 'občanský zákoník § 629 (1): promlčecí lhůta 3 roky' },
  BG: { months: 60, basis: 'Закон за задълженията и договорите, чл. 110: общ давностен срок 5 години' },
  UA: { months: 36, basis: 'Цивільний кодекс України, ст. 257: загальна позовна давність 3 роки' },
  RU: { months: 36, basis: 'Гражданский кодекс РФ, ст. 196: общий срок исковой давности 3 года' },
};

export const contactRetentionMonths = (country: Country) => contactRetention[country].months;

/** The instant (ms) before which a closed case of `country` is past its retention at `now`. */
export function retentionCutoff(country: Country, now: number): number {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - contactRetentionMonths(country));
  return d.getTime();
}
