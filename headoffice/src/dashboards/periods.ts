/** A stored total's period: a day ('d'), an ISO week from its Monday ('w') or a month ('m'), by its first day. */
export type Grain = 'd' | 'w' | 'm';
export type Period = { grain: Grain; period: string };

const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const nextMonth = (t: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};

/**
 * Covers the days `from`..`to` (inclusive) with as few stored periods as possible: whole months,
 * then whole weeks that cross no month's start, then single days. A year is 12 rows per store and
 * key instead of 365; the worst range adds about 20 weeks and days around its months.
 */
export function coveringPeriods(from: string, to: string): Period[] {
  const end = ms(to);
  const periods: Period[] = [];
  for (let t = ms(from); t <= end;) {
    const day = new Date(t);
    const monthEnd = nextMonth(t);
    const weekEnd = t + 7 * DAY;
    if (day.getUTCDate() === 1 && monthEnd - DAY <= end) {
      periods.push({ grain: 'm', period: iso(t) });
      t = monthEnd;
    } else if (day.getUTCDay() === 1 && weekEnd - DAY <= end && weekEnd <= monthEnd) {
      periods.push({ grain: 'w', period: iso(t) });
      t = weekEnd;
    } else {
      periods.push({ grain: 'd', period: iso(t) });
      t += DAY;
    }
  }
  return periods;
}
