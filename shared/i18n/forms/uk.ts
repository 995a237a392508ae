import type { forms as en } from './en.js';

export const forms: typeof en = {
  field: { required: 'Заповніть це поле.' },
  date: {
    placeholder: 'дд.мм.рррр',
    format: 'Введіть дату як 01.12.2026 (день.місяць.рік).',
    future: 'Дата покупки в майбутньому. Перевірте дату на чеку.',
  },
  draft: {
    discard: 'Відкинути чернетку',
    notKept: 'Не вдалося зберегти чернетку: {{reason}}',
  },
  length: {
    count: '{{count}} з {{max}} символів',
    over: 'На {{over}} символів більше за ліміт {{max}}. Скоротіть текст: нічого не обрізано.',
  },
  zeroRefund: {
    question: 'Сума до повернення — {{amount}}. Оформити повернення товару без повернення грошей?',
    confirm: 'Оформити без повернення грошей',
    back: 'Назад до форми',
  },
  complaint: {
    productRequired: 'Вкажіть несправний товар.',
    contactRequired: 'Вкажіть телефон або e-mail покупця, щоб повідомити йому рішення.',
  },
};
