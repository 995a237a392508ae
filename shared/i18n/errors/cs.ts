import type { errors as en } from './en.js';

export const errors: typeof en = {
  invalid_input: 'Zkontrolujte prosím: {{fields}}.',
  not_set_up: 'Tato pokladna ještě není nastavena. Dokončete úvodní nastavení.',
  already_set_up: 'Tato pokladna už je nastavena.',
  not_signed_in: 'Nejprve se přihlaste svým PINem.',
  wrong_pin: 'Nesprávný PIN.',
  manager_required: 'Musí schválit vedoucí: {{what}}.',
  not_found: 'Případ nebyl nalezen.',
  invalid_transition: 'Případ ve stavu „{{status}}“ nelze takto změnit.',
  outside_return_window: 'Lhůta pro vrácení skončila {{lastDay}}.',
  proof_required: 'V této zemi je nutný doklad o koupi (účtenka nebo faktura).',
  over_refund_limit: 'Vracená částka přesahuje limit {{limit}}.',
  void_not_same_day: 'Stornovat lze jen dnešní doklad.',
  not_voidable: 'Stornovat lze jen vrácení nebo výměnu, které ještě nejsou stornované.',
  currency_mismatch: 'Ceny musí být v {{currency}} (u starších nákupů v {{former}}).',
  printer_error: 'Tiskárna neodpověděla: {{detail}}. Úloha čeká a bude zopakována.',
  sync_error: 'Centrála není dostupná: {{detail}}.',
  not_enrolled: 'Tato pokladna zatím není připojena k centrále. Zadejte adresu centrály a jednorázový kód.',
  enrollment_refused: 'Centrála tento kód nepřijala: je chybný, prošlý nebo už použitý. Požádejte centrálu o nový.',
  enrollment_mismatch: 'Tento kód patří jiné prodejně nebo pokladně ({{detail}}). Zkontrolujte kód nebo nastavení pokladny.',
  internal: 'Něco se nepovedlo. Nic nebylo uloženo; zkuste to prosím znovu.',
};
