/** Deadlines as the law counts them: days left and the unit of the period. */
export const law = {
  daysLeft: 'Days left: {{count}}',
  lastDayToday: 'Last day: today',
  daysOverdue: 'Days overdue: {{count}}',
  countedIn: { days: 'counted in calendar days ({{count}})', months: 'counted in months ({{count}})' },
  moved: '{{date}} is a day off: the period ends on the next working day ({{basis}})',
};
