import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../shared/api/cases.js';
import { documentsOf, type HandedDocument } from '../../shared/law/documents.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { formatEventTime } from '../format/locale-format.js';

/**
 * On a complaint: the documents the law says the customer is handed, and whether they were. The
 * next step of the claim waits until each is printed (the printer confirmed it) or declined.
 */
export function HandDocumentsPanel({ detail, refresh }: { detail: CaseDetail; refresh(): void }) {
  const { t, i18n } = useTranslation('register');
  const names = useApp((s) => s.staffNames);
  const [problem, setProblem] = useState<string | null>(null);
  const c = detail.case;
  const due = documentsOf(c).filter((d) => d.document === 'filing' || c.complaint?.resolution);
  if (!due.length) return null;

  const hand = async (document: HandedDocument, how: 'printed' | 'declined') => {
    const r = await desk.handDocument({ caseId: c.id, document, how });
    setProblem(r.ok ? null : r.error.message);
    if (r.ok) refresh();
  };
  return (
    <section className="hand-documents" aria-labelledby="hand-documents-title">
      <h2 id="hand-documents-title">{t('register:hand.title')}</h2>
      <p>{t('register:hand.intro')}</p>
      {problem && <p className="form-summary" role="alert">{problem}</p>}
      <ul>
        {due.map(({ document, citation }) => {
          const handed = c.handed?.[document];
          const who = handed ? (names[handed.actor] ?? handed.actor.slice(0, 8)) : '';
          return (
            <li key={document} data-testid={`hand-${document}`}>
              <strong>{t(`register:document.${document}`)}</strong> <small title={citation}>({citation.split(':')[0]})</small>
              {handed ? (
                <p>{t(handed.how === 'printed' ? 'register:hand.donePrinted' : 'register:hand.doneDeclined', { date: formatEventTime(handed.at, i18n.language), who })}</p>
              ) : (
                <p>
                  {t('register:hand.waiting')}{' '}
                  <button type="button" onClick={() => void hand(document, 'printed')}>{t('register:hand.printed')}</button>{' '}
                  <button type="button" onClick={() => void hand(document, 'declined')}>{t('register:hand.declined')}</button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
