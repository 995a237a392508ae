import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { DeskEvent } from '../../../../shared/domain/events.js';
import { hlcWallMs } from '../../../../shared/domain/hlc.js';
import { dashboardNamespace } from '../../../../shared/i18n/headoffice-dashboards/index.js';
import { eventDetails } from '../../../../shared/i18n/event-details.js';
import type { ScreenProps } from '../extensions.js';
import { ErrorText } from '../ErrorText.js';
import { formatDay, formatMoney, formatTime } from '../format.js';
import { useLoad } from '../use-load.js';

/** A case as it stands and every event it holds, in the order head office stored them. */
export function CaseHistory({ locale, caseId }: ScreenProps & { caseId: string }) {
  const { t } = useTranslation([dashboardNamespace, 'terms', 'ui']);
  const { data, error } = useLoad<{ state: CaseState; events: DeskEvent[] }>(`/api/dashboards/cases/${encodeURIComponent(caseId)}`);
  const s = data?.state;
  const field = (name: string, value: string) => (
    <div key={name}><dt>{t(`history.fields.${name}`)}</dt><dd>{value}</dd></div>
  );

  return (
    <section aria-labelledby="history-heading" className="dashboards">
      <p><a href="/dashboards" onClick={(e) => { e.preventDefault(); history.back(); }}>{t('history.back')}</a></p>
      <h1 id="history-heading">{t('history.heading', { caseNo: s?.caseNo ?? '' })}</h1>
      {error?.code === 'case_not_found' ? <p className="error" role="alert">{t('history.notFound')}</p> : <ErrorText error={error} />}
      {s && data && (
        <>
          <h2>{t('history.summary')}</h2>
          <dl className="dash-facts">
            {field('store', s.storeCode)}
            {field('type', t(`terms:caseType.${s.type}`))}
            {field('status', t(`terms:status.${s.status}`))}
            {field('opened', formatTime(hlcWallMs(s.openedAt), locale))}
            {s.complaint?.dueDate ? field('due', formatDay(s.complaint.dueDate, locale)) : null}
          </dl>
          <h2 id="history-events">{t('history.events')}</h2>
          <table className="dash-table" aria-labelledby="history-events">
            <thead>
              <tr>{(['at', 'type', 'actor', 'details'] as const).map((c) => <th key={c} scope="col">{t(`history.columns.${c}`)}</th>)}</tr>
            </thead>
            <tbody>
              {data.events.map((e) => (
                <tr key={e.id}>
                  <td>{formatTime(hlcWallMs(e.at), locale)}</td>
                  <th scope="row">{t(`events.${e.type.replace('.', '_')}`)}</th>
                  <td>{e.actor}</td>
                  <td>{eventDetails(e, t, (m) => formatMoney(m, locale))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
