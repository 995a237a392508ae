import type { Terms } from './en.js';

export const terms: Terms = {
  caseType: { complaint: 'Рекламация', return: 'Връщане', exchange: 'Замяна' },
  kind: { defect: 'Дефект на стоката (рекламация)', service: 'Оплакване от обслужването', suggestion: 'Предложение' },
  remedy: { repair: 'Ремонт', replacement: 'Замяна', price_reduction: 'Намаление на цената', refund: 'Възстановяване на сумата', withdrawal: 'Разваляне на договора', none: 'Няма' },
  status: { received: 'Приета', in_progress: 'В процес', resolved: 'Решена', closed: 'Приключена', recorded: 'Записано', voided: 'Анулирано' },
  outcome: { accepted: 'Уважена', partly: 'Частично уважена', rejected: 'Отхвърлена' },
  sentTo: { service: 'Сервиз', supplier: 'Доставчик' },
  closedHow: { customer_informed: 'Клиентът е уведомен', item_handed_back: 'Стоката е върната' },
  reason: { defective: 'Дефектна', not_as_described: 'Не отговаря на описанието', wrong_item: 'Грешна стока', wrong_size: 'Неподходящ размер', changed_mind: 'Промяна на решението', damaged_in_transit: 'Повредена при транспорт', other: 'Друго' },
  condition: { new: 'Нова, запечатана', opened: 'Отворена', used: 'Използвана', damaged: 'Повредена' },
  refundMethod: { cash: 'В брой', card: 'С карта', store_credit: 'Ваучер на магазина' },
  proof: { receipt: 'Касов бон', invoice: 'Фактура', card_statement: 'Извлечение от карта', other: 'Друго доказателство', none: 'Без доказателство' },
  approval: { outside_window: 'връщане извън срока', no_receipt: 'няма приемливо доказателство за покупка', over_limit: 'сума над лимита', void: 'анулиране', staff: 'управление на служителите', enroll: 'свързване на гишето с централата', printer: 'промяна на принтера', settle_conflict: 'уреждане на несъответствие при връщане', customer_data: 'данни на клиент' },
  solved: { yes: 'Да', partly: 'Частично', no: 'Не' },
  role: { clerk: 'Служител', manager: 'Управител' },
};
