import type { errors as en } from './en.js';

export const errors: typeof en = {
  invalid_input: 'Перевірте, будь ласка: {{fields}}.',
  not_set_up: 'Цю касу ще не налаштовано. Завершіть початкове налаштування.',
  already_set_up: 'Цю касу вже налаштовано.',
  not_signed_in: 'Спершу увійдіть за своїм PIN-кодом.',
  wrong_pin: 'Неправильний PIN-код.',
  manager_required: 'Потрібне схвалення керівника: {{what}}.',
  not_found: 'Справу не знайдено.',
  invalid_transition: 'Справу зі статусом «{{status}}» не можна так змінити.',
  outside_return_window: 'Строк повернення закінчився {{lastDay}}.',
  proof_required: 'Для цієї країни потрібен чек або рахунок як доказ покупки.',
  over_refund_limit: 'Сума повернення перевищує ліміт {{limit}}.',
  void_not_same_day: 'Анулювати можна лише сьогоднішній документ.',
  not_voidable: 'Анулювати можна лише ще не анульоване повернення чи обмін.',
  currency_mismatch: 'Ціни мають бути в {{currency}} (або в {{former}} для давніших покупок).',
  printer_error: 'Принтер не відповів: {{detail}}. Завдання чекає і буде повторено.',
  sync_error: 'Не вдалося зʼєднатися з головним офісом: {{detail}}.',
  internal: 'Щось пішло не так. Нічого не збережено; спробуйте ще раз.',
};
