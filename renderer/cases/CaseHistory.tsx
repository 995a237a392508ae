import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DeskEvent } from '../../shared/domain/events.js';
import { eventDetails } from '../../shared/i18n/event-details.js';
import { byHlc } from '../../shared/domain/fold.js';
import { useApp } from '../state/app-store.js';
import { formatEventTime, formatMoney } from '../format/locale-format.js';

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
            <span className="event-details">{eventDetails(e, t, (m) => formatMoney(m, i18n.language))}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
