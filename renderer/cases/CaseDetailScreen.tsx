import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../shared/api/cases.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { shellExtensions } from '../shell/extensions.js';
import { formatDay, formatEventTime } from '../format/locale-format.js';
import { policyOfCase } from '../../shared/domain/policy.js';
import { claimPeriodFor } from '../../shared/law/deadline.js';
import { CaseFacts } from './CaseFacts.js';
import { DaysLeft } from './DueDate.js';
import { CaseHistory } from './CaseHistory.js';
import { ConflictBanner } from './ConflictBanner.js';
import { CloseForm, ProgressForm, ResolveForm } from './actions/ComplaintActions.js';
import { NoteForm } from './actions/NoteForm.js';
import { FeedbackForm } from './actions/FeedbackForm.js';
import { VoidForm } from './actions/VoidForm.js';

/** One action as a fold-out: closed until wanted, so the case itself stays in view. */
function Action({ title, children, danger }: { title: string; children: ReactNode; danger?: boolean }) {
  return (
    <details className={danger ? 'action danger' : 'action'}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** What can be done next, by type and status: the workflow of the case. */
function Actions({ c, onDone }: { c: CaseState; onDone(s: CaseState): void }) {
  const { t } = useTranslation('ui');
  const p = { caseId: c.id, onDone };
  const open = c.status === 'received' || c.status === 'in_progress';
  const answered = ['resolved', 'closed', 'recorded'].includes(c.status) && !c.feedback;
  return (
    <section className="actions-panel" aria-label={t('detail.actions')}>
      {c.complaint && open && <Action title={t('action.progress')}><ProgressForm {...p} /></Action>}
      {c.complaint && open && <Action title={t('action.resolve')}><ResolveForm {...p} requested={c.complaint.remedy} /></Action>}
      {c.complaint && c.status === 'resolved' && <Action title={t('action.close')}><CloseForm {...p} /></Action>}
      {answered && <Action title={t('action.feedback')}><FeedbackForm {...p} /></Action>}
      <Action title={t('action.addNote')}><NoteForm {...p} /></Action>
      {c.type !== 'complaint' && c.status === 'recorded' && <Action title={t('action.void')} danger><VoidForm {...p} /></Action>}
    </section>
  );
}

/** A case: what it is, what can be done next, its whole history; panels of other areas below. */
export function CaseDetailScreen({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const { go, staffNames } = useApp();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const load = useCallback(async () => {
    const res = await desk.getCase({ caseId });
    if (res.ok) setDetail(res.value);
    else setProblem(res.error.message);
  }, [caseId]);
  useEffect(() => void load(), [load]);

  if (problem) return <div className="form-summary" role="alert">{t('detail.notFound')} {problem}</div>;
  if (!detail) return <p aria-busy="true">{t('app.loading')}</p>;
  const c = detail.case;
  const onDone = () => {
    setSaved(true);
    void load();
  };
  return (
    <article className="case-detail">
      <button type="button" className="link back" onClick={() => go({ name: 'cases' })}>← {t('detail.back')}</button>
      <header className={detail.overdue ? 'case-header overdue' : 'case-header'}>
        <h1><span className="case-no">{c.caseNo}</span> <span className="case-type">{t(`terms:caseType.${c.type}`)}</span></h1>
        <span className={`badge big status-${c.status}`} data-testid="case-status">{t(`terms:status.${c.status}`)}</span>
        {detail.overdue && c.complaint?.dueDate && (
          <span className="badge big overdue-badge">{t('detail.overdue', { date: formatDay(c.complaint.dueDate, i18n.language) })}</span>
        )}
        <p className="case-meta">
          {t('detail.opened')}: {formatEventTime(c.openedAt, i18n.language)} · {t('detail.openedBy')}: {staffNames[c.openedBy] ?? '—'}
          {c.complaint?.dueDate && !detail.overdue && <> · {t('detail.due')}: {formatDay(c.complaint.dueDate, i18n.language)}</>}
          {c.complaint?.dueDate && (c.status === 'received' || c.status === 'in_progress') && (
            <> · <DaysLeft dueDate={c.complaint.dueDate} period={claimPeriodFor(policyOfCase(c), c.complaint.remedy)} /></>
          )}
        </p>
      </header>
      {saved && <p className="flash" role="status">{t('action.done')}</p>}
      {c.conflict && <ConflictBanner key={c.eventCount} c={c} conflict={c.conflict} onDone={onDone} />}
      <div className="detail-columns">
        <div>
          <CaseFacts c={c} />
          {shellExtensions.casePanels.length > 0 && (
            <section className="extension-panels" aria-label={t('detail.panels')}>
              {shellExtensions.casePanels.map(({ id, Panel }) => <Panel key={id} detail={detail} refresh={() => void load()} />)}
            </section>
          )}
        </div>
        <div>
          <Actions key={c.eventCount} c={c} onDone={onDone} />
          <CaseHistory events={detail.events} />
        </div>
      </div>
    </article>
  );
}
