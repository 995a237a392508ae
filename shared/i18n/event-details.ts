import type { TFunction } from 'i18next';
import type { DeskEvent } from '../domain/events.js';
import type { Money } from '../domain/money.js';

/**
 * What an event says beyond its name, one line in the language of `t` (the terms, ui, register and
 * privacy namespaces): the desk's case history and head office's show the same words. `money`
 * formats an amount as the screen does.
 */
export const eventDetails = (e: DeskEvent, t: TFunction, money: (m: Money) => string) => detailsOf(e, t, money).filter(Boolean).join(' · ');

function detailsOf(e: DeskEvent, t: TFunction, money: (m: Money) => string): string[] {
  switch (e.type) {
    case 'complaint.opened':
      return [t(`terms:kind.${e.payload.kind}`), t(`terms:remedy.${e.payload.remedy}`)];
    case 'complaint.progressed':
      return [e.payload.sentTo ? t(`terms:sentTo.${e.payload.sentTo}`) : '', e.payload.note ?? ''];
    case 'complaint.resolved':
      return [t(`terms:outcome.${e.payload.outcome}`), e.payload.method ? t(`terms:remedy.${e.payload.method}`) : '', e.payload.reason ?? '', e.payload.note ?? ''];
    case 'complaint.closed':
      return [t(`terms:closedHow.${e.payload.how}`), e.payload.note ?? ''];
    case 'case.noted':
      return [e.payload.text];
    case 'return.recorded':
      return [t(`terms:refundMethod.${e.payload.refund.method}`), money(e.payload.refund.amount)];
    case 'exchange.recorded':
      return [t(`terms:refundMethod.${e.payload.settlement}`), money(e.payload.difference)];
    case 'case.voided':
      return [e.payload.reason];
    case 'case.flagged':
      return [t('ui:conflict.receipt', { receiptNo: e.payload.receiptNo }), e.payload.cases.join(', ')];
    case 'case.flag_settled':
      return [e.payload.note];
    case 'feedback.recorded':
      return [t('ui:event.score', { score: e.payload.score }), t('ui:event.solved', { solved: t(`terms:solved.${e.payload.solved}`) }), e.payload.comment ?? ''];
    case 'document.handed':
      return [t(`register:document.${e.payload.document}`), t(`register:hand.${e.payload.how}`)];
    case 'customer.erased':
      return [t(`privacy:reason.${e.payload.reason}`)];
    case 'staff.changed':
    case 'store.details_changed':
      return []; // the desk's own streams: never among a case's events
  }
}
