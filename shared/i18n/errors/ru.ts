import type { errors as en } from './en.js';

export const errors: typeof en = {
  invalid_input: 'Пожалуйста, проверьте: {{fields}}.',
  not_set_up: 'Эта касса ещё не настроена. Завершите начальную настройку.',
  already_set_up: 'Эта касса уже настроена.',
  not_signed_in: 'Сначала войдите по своему PIN-коду.',
  wrong_pin: 'Неверный PIN-код.',
  manager_required: 'Требуется одобрение руководителя: {{what}}.',
  not_found: 'Обращение не найдено.',
  invalid_transition: 'Обращение в статусе «{{status}}» нельзя так изменить.',
  outside_return_window: 'Срок возврата истёк {{lastDay}}.',
  proof_required: 'В этой стране нужен чек или счёт как подтверждение покупки.',
  over_refund_limit: 'Сумма возврата превышает лимит {{limit}}.',
  void_not_same_day: 'Аннулировать можно только сегодняшний документ.',
  not_voidable: 'Аннулировать можно только ещё не аннулированный возврат или обмен.',
  currency_mismatch: 'Цены должны быть в {{currency}} (или в {{former}} для старых покупок).',
  printer_error: 'Принтер не ответил: {{detail}}. Задание ждёт и будет повторено.',
  sync_error: 'Нет связи с головным офисом: {{detail}}.',
  internal: 'Что-то пошло не так. Ничего не сохранено; попробуйте ещё раз.',
};
