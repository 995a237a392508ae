import type { law as en } from './en.js';

export const law: typeof en = {
  daysLeft: 'Zbývá dní: {{count}}',
  lastDayToday: 'Poslední den: dnes',
  daysOverdue: 'Dní po lhůtě: {{count}}',
  countedIn: { days: 'počítáno v kalendářních dnech ({{count}})', months: 'počítáno v měsících ({{count}})' },
  moved: '{{date}} je den pracovního volna: lhůta končí nejbližší pracovní den ({{basis}})',
};
