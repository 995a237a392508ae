import type { Terms } from './en.js';

export const terms: Terms = {
  caseType: { complaint: 'Претензія', return: 'Повернення', exchange: 'Обмін' },
  kind: { defect: 'Недолік товару (гарантійна претензія)', service: 'Скарга на обслуговування', suggestion: 'Пропозиція' },
  remedy: { repair: 'Ремонт', replacement: 'Заміна', price_reduction: 'Зниження ціни', refund: 'Повернення коштів', withdrawal: 'Розірвання договору', none: 'Немає' },
  status: { received: 'Прийнято', in_progress: 'В роботі', resolved: 'Вирішено', closed: 'Закрито', recorded: 'Оформлено', voided: 'Анульовано' },
  outcome: { accepted: 'Задоволено', partly: 'Задоволено частково', rejected: 'Відхилено' },
  sentTo: { service: 'Сервісний центр', supplier: 'Постачальник' },
  closedHow: { customer_informed: 'Клієнта повідомлено', item_handed_back: 'Товар видано' },
  reason: { defective: 'Брак', not_as_described: 'Не відповідає опису', wrong_item: 'Не той товар', wrong_size: 'Не підійшов розмір', changed_mind: 'Передумав', damaged_in_transit: 'Пошкоджено при доставці', other: 'Інше' },
  condition: { new: 'Новий, запакований', opened: 'Розпакований', used: 'Був у вжитку', damaged: 'Пошкоджений' },
  refundMethod: { cash: 'Готівка', card: 'Картка', store_credit: 'Ваучер магазину' },
  proof: { receipt: 'Чек', invoice: 'Рахунок-фактура', card_statement: 'Виписка з картки', other: 'Інший доказ', none: 'Без доказу' },
  approval: { outside_window: 'повернення поза строком', no_receipt: 'немає прийнятного доказу покупки', over_limit: 'сума понад ліміт', void: 'анулювання', staff: 'керування працівниками', enroll: 'підключення робочого місця до центрального офісу', printer: 'зміна принтера', settle_conflict: 'урегулювання розбіжності в поверненні', customer_data: 'дані клієнта' },
  solved: { yes: 'Так', partly: 'Частково', no: 'Ні' },
  role: { clerk: 'Касир', manager: 'Керівник' },
};
