import type { Terms } from './en.js';

export const terms: Terms = {
  caseType: { complaint: 'Претензия', return: 'Возврат', exchange: 'Обмен' },
  kind: { defect: 'Недостаток товара (гарантийная претензия)', service: 'Жалоба на обслуживание', suggestion: 'Предложение' },
  remedy: { repair: 'Ремонт', replacement: 'Замена', price_reduction: 'Уменьшение цены', refund: 'Возврат денег', withdrawal: 'Отказ от договора', none: 'Нет' },
  status: { received: 'Принята', in_progress: 'В работе', resolved: 'Решена', closed: 'Закрыта', recorded: 'Оформлен', voided: 'Аннулирован' },
  outcome: { accepted: 'Удовлетворена', partly: 'Удовлетворена частично', rejected: 'Отклонена' },
  sentTo: { service: 'Сервисный центр', supplier: 'Поставщик' },
  closedHow: { customer_informed: 'Клиент уведомлён', item_handed_back: 'Товар выдан' },
  reason: { defective: 'Брак', not_as_described: 'Не соответствует описанию', wrong_item: 'Не тот товар', wrong_size: 'Не подошёл размер', changed_mind: 'Передумал', damaged_in_transit: 'Повреждён при доставке', other: 'Другое' },
  condition: { new: 'Новый, в упаковке', opened: 'Вскрыт', used: 'Был в употреблении', damaged: 'Повреждён' },
  refundMethod: { cash: 'Наличные', card: 'Карта', store_credit: 'Ваучер магазина' },
  proof: { receipt: 'Чек', invoice: 'Счёт-фактура', card_statement: 'Выписка по карте', other: 'Иное доказательство', none: 'Без доказательства' },
  approval: { outside_window: 'возврат вне срока', no_receipt: 'нет допустимого доказательства покупки', over_limit: 'сумма выше лимита', void: 'аннулирование', staff: 'управление сотрудниками', enroll: 'подключение рабочего места к центральному офису', printer: 'изменение принтера', settle_conflict: 'урегулирование расхождения при возврате', customer_data: 'данные покупателя' },
  solved: { yes: 'Да', partly: 'Частично', no: 'Нет' },
  role: { clerk: 'Кассир', manager: 'Руководитель' },
};
