import type { law as en } from './en.js';

export const law: typeof en = {
  daysLeft: 'Осталось дней: {{count}}',
  lastDayToday: 'Последний день: сегодня',
  daysOverdue: 'Дней просрочки: {{count}}',
  countedIn: { days: 'считается в календарных днях ({{count}})', months: 'считается в месяцах ({{count}})' },
  moved: '{{date}} — нерабочий день: срок оканчивается в ближайший следующий рабочий день ({{basis}})',
};
