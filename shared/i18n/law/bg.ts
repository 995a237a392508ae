import type { law as en } from './en.js';

export const law: typeof en = {
  daysLeft: 'Оставащи дни: {{count}}',
  lastDayToday: 'Последен ден: днес',
  daysOverdue: 'Дни след срока: {{count}}',
  countedIn: { days: 'брои се в календарни дни ({{count}})', months: 'брои се в месеци ({{count}})' },
  moved: '{{date}} е неприсъствен ден: срокът изтича в следващия присъствен ден ({{basis}})',
};
