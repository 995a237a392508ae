import type { errors as en } from './en.js';

export const errors: typeof en = {
  invalid_input: 'Моля, проверете: {{fields}}.',
  not_set_up: 'Това гише още не е настроено. Завършете първоначалната настройка.',
  already_set_up: 'Това гише вече е настроено.',
  not_signed_in: 'Първо влезте с вашия ПИН.',
  wrong_pin: 'Грешен ПИН.',
  manager_required: 'Необходимо е одобрение от управител: {{what}}.',
  not_found: 'Случаят не е намерен.',
  invalid_transition: 'Случай със статус „{{status}}“ не може да бъде променен така.',
  outside_return_window: 'Срокът за връщане изтече на {{lastDay}}.',
  proof_required: 'В тази държава е нужен касов бон или фактура като доказателство за покупка.',
  over_refund_limit: 'Сумата за възстановяване надвишава лимита от {{limit}}.',
  void_not_same_day: 'Може да се анулира само днешен документ.',
  not_voidable: 'Може да се анулира само неанулирано връщане или замяна.',
  currency_mismatch: 'Цените трябва да са в {{currency}} (или в {{former}} за по-стари покупки).',
  printer_error: 'Принтерът не отговори: {{detail}}. Задачата чака и ще бъде повторена.',
  sync_error: 'Няма връзка с централата: {{detail}}.',
  internal: 'Нещо се обърка. Нищо не е записано; опитайте отново.',
};
