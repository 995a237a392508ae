import type { Terms } from './en.js';

export const terms: Terms = {
  caseType: { complaint: 'Reklamace', return: 'Vrácení', exchange: 'Výměna' },
  kind: { defect: 'Vada zboží (reklamace)', service: 'Stížnost na obsluhu', suggestion: 'Podnět' },
  remedy: { repair: 'Oprava', replacement: 'Výměna', price_reduction: 'Sleva z ceny', refund: 'Vrácení peněz', withdrawal: 'Odstoupení od smlouvy', none: 'Žádné' },
  status: { received: 'Přijato', in_progress: 'V řešení', resolved: 'Vyřízeno', closed: 'Uzavřeno', recorded: 'Zaznamenáno', voided: 'Stornováno' },
  outcome: { accepted: 'Uznáno', partly: 'Uznáno částečně', rejected: 'Zamítnuto' },
  sentTo: { service: 'Servisní středisko', supplier: 'Dodavatel' },
  closedHow: { customer_informed: 'Zákazník vyrozuměn', item_handed_back: 'Zboží předáno' },
  reason: { defective: 'Vadné', not_as_described: 'Neodpovídá popisu', wrong_item: 'Špatné zboží', wrong_size: 'Nesedí velikost', changed_mind: 'Zákazník si to rozmyslel', damaged_in_transit: 'Poškozeno při přepravě', other: 'Jiné' },
  condition: { new: 'Nové, zabalené', opened: 'Rozbalené', used: 'Použité', damaged: 'Poškozené' },
  refundMethod: { cash: 'Hotově', card: 'Kartou', store_credit: 'Poukázka obchodu' },
  proof: { receipt: 'Účtenka', invoice: 'Faktura', card_statement: 'Výpis z karty', other: 'Jiný doklad', none: 'Bez dokladu' },
  approval: { outside_window: 'vrácení po lhůtě', no_receipt: 'chybí přijatelný doklad o koupi', over_limit: 'částka nad limit', void: 'storno', staff: 'správa zaměstnanců', enroll: 'připojení pokladny k centrále', printer: 'změna tiskárny', settle_conflict: 'vyřešení rozporu ve vrácení', customer_data: 'údaje zákazníka' },
  solved: { yes: 'Ano', partly: 'Částečně', no: 'Ne' },
  role: { clerk: 'Pokladní', manager: 'Vedoucí' },
};
