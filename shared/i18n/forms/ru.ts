import type { forms as en } from './en.js';

export const forms: typeof en = {
  field: { required: 'Заполните это поле.' },
  date: {
    placeholder: 'дд.мм.гггг',
    format: 'Введите дату как 01.12.2026 (день.месяц.год).',
    future: 'Дата покупки в будущем. Проверьте дату на чеке.',
  },
  draft: {
    discard: 'Удалить черновик',
    notKept: 'Не удалось сохранить черновик: {{reason}}',
  },
  length: {
    count: '{{count}} из {{max}} символов',
    over: 'На {{over}} символов больше лимита {{max}}. Сократите текст: ничего не обрезано.',
  },
  zeroRefund: {
    question: 'Сумма к возврату — {{amount}}. Оформить возврат товара без возврата денег?',
    confirm: 'Оформить без возврата денег',
    back: 'Назад к форме',
  },
  complaint: {
    productRequired: 'Укажите неисправный товар.',
    contactRequired: 'Укажите телефон или e-mail покупателя, чтобы сообщить ему решение.',
  },
};
