import type { privacy as en } from './en.js';

export const privacy: typeof en = {
  menu: 'Дані клієнта',
  title: 'Дані клієнта',
  intro: 'Коли клієнт питає, які дані про нього ми зберігаємо, або просить їх стерти: знайдіть його за телефоном, e-mail або повним імʼям. Кожен пошук і стирання схвалює керівник.',
  query: 'Телефон, e-mail або повне імʼя',
  pin: 'PIN керівника',
  find: 'Знайти',
  found: 'Знайдено справ: {{count}}',
  none: 'Жодна справа не містить цього контакту.',
  exportJson: 'Експорт (JSON)',
  print: 'Надрукувати довідку',
  erase: 'Стерти контакт із цих справ',
  eraseConfirm: 'Стерти імʼя, телефон, e-mail і коментарі з цих справ ({{count}})? Справи та їхні суми залишаться. Це не можна скасувати.',
  erasedCount: 'Контакт стерто зі справ: {{count}}.',
  summaryTitle: 'Що ми зберігаємо про: {{query}}',
  summaryMade: 'Складено {{date}}',
  col: { caseNo: 'Справа', type: 'Вид', opened: 'Відкрито', status: 'Стан', contact: 'Контакт', subject: 'Щодо' },
  erasedEvent: 'Контакт стерто',
  erased: 'Стерто ({{reason}})',
  reason: { retention: 'строк зберігання минув', request: 'на прохання клієнта' },
};
