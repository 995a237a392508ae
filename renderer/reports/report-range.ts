/** Day arithmetic on YYYY-MM-DD, in UTC so that a day is a day whatever the time zone. */
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Monday to Sunday of the week before the one `today` falls in. */
export function lastWeek(today: string): { from: string; to: string } {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(today, -weekday - 7);
  return { from: monday, to: addDays(monday, 6) };
}

/** The first of this month up to today. */
export const thisMonth = (today: string) => ({ from: `${today.slice(0, 8)}01`, to: today });
