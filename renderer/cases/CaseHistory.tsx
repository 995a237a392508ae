import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DeskEvent } from '../../shared/domain/events.js';
import { byHlc } from '../../shared/domain/fold.js';
import { useApp } from '../state/app-store.js';
import { formatEventTime, formatMoney } from '../format/locale-format.js';

/** What an event says beyond its name, in the UI language. */
function details(e: DeskEvent, t: TFunction, locale: string): string[] {
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
      return [t(`terms:refundMethod.${e.payload.refund.method}`), formatMoney(e.payload.refund.amount, locale)];
    case 'exchange.recorded':
      return [t(`terms:refundMethod.${e.payload.settlement}`), formatMoney(e.payload.difference, locale)];
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

/** 'complaint.opened' -> 'complaint_opened': a dot would split the i18n key. */
const eventKey = (e: DeskEvent) => e.type.replace('.', '_');
/** Events of the law's documents and of privacy are named by their own areas (shared/i18n/register, privacy). */
const ownAreaNames: Partial<Record<DeskEvent['type'], string>> = { 'document.handed': 'register:handedEvent', 'customer.erased': 'privacy:erasedEvent' };
const eventName = (e: DeskEvent, t: TFunction) => t(ownAreaNames[e.type] ?? `ui:event.${eventKey(e)}`);

/** Everything that happened to the case, oldest first, with who did it and when. */
export function CaseHistory({ events }: { events: DeskEvent[] }) {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const names = useApp((s) => s.staffNames);
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('ui:detail.history')}</h2>
      <ol>
        {[...events].sort(byHlc).map((e) => (
          <li key={e.id} className={`event event-${e.type.replace('.', '-')}`} data-testid="history-event">
            <time className="event-time">{formatEventTime(e.at, i18n.language)}</time>
            <span className="event-what">{eventName(e, t)}</span>
            <span className="event-actor">{names[e.actor] ?? e.actor.slice(0, 8)}</span>
            <span className="event-details">{details(e, t, i18n.language).filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
