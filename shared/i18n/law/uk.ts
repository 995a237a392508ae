import type { law as en } from './en.js';

export const law: typeof en = {
  daysLeft: 'Залишилося днів: {{count}}',
  lastDayToday: 'Останній день: сьогодні',
  daysOverdue: 'Днів після строку: {{count}}',
  countedIn: { days: 'рахується в календарних днях ({{count}})', months: 'рахується в місяцях ({{count}})' },
  moved: '{{date}} — неробочий день: строк спливає в перший за ним робочий день ({{basis}})',
};
