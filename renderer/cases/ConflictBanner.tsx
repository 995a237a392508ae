import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../shared/domain/case-state.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { formatEventTime } from '../format/locale-format.js';
import { SettleConflictForm } from './actions/SettleConflictForm.js';

type Conflict = NonNullable<CaseState['conflict']>;

/** The other cases of the conflict this desk has (pulled from its colleagues), by number, and the sale's line names. */
function useConflictContext(c: CaseState, conflict: Conflict) {
  const [cases, setCases] = useState<Record<string, string>>({});
  const [lineNames, setLineNames] = useState<Record<string, string>>({});
  const others = conflict.cases.filter((n) => n !== c.caseNo);
  const key = others.join(' ');
  useEffect(() => {
    let live = true;
    void (async () => {
      const found = await Promise.all(key.split(' ').filter(Boolean).map(async (caseNo) => {
        const res = await desk.listCases({ query: caseNo, limit: 5 });
        const hit = res.ok ? res.value.items.find((s) => s.caseNo === caseNo) : undefined;
        return hit ? [[caseNo, hit.id] as const] : [];
      }));
      const sale = await desk.findSale({ receipt: conflict.receiptNo });
      if (!live) return;
      setCases(Object.fromEntries(found.flat()));
      const view = sale.ok ? sale.value.find((v) => v.sale.id === conflict.saleId) : undefined;
      setLineNames(Object.fromEntries((view?.lines ?? []).map((l) => [l.id, l.displayName])));
    })();
    return () => void (live = false);
  }, [key, conflict.receiptNo, conflict.saleId]);
  return { others, cases, lineNames };
}

/**
 * Head office found that refunds of this case's sale, recorded at desks that could not see each
 * other, went beyond what was sold or paid: what is over, the other cases, and a manager settling it.
 */
export function ConflictBanner({ c, conflict, onDone }: { c: CaseState; conflict: Conflict; onDone(s: CaseState): void }) {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const { go, staffNames } = useApp();
  const { others, cases, lineNames } = useConflictContext(c, conflict);
  const what = (over: string) => {
    const method = /^payment\.(cash|card|store_credit)$/.exec(over)?.[1] as 'cash' | 'card' | 'store_credit' | undefined;
    if (method) return t('ui:conflict.payment', { method: t(`terms:refundMethod.${method}`) });
    return lineNames[over] ?? over;
  };
  const settled = conflict.settled;
  return (
    <section className={settled ? 'conflict settled' : 'conflict'} aria-label={t('ui:conflict.title')} data-testid="conflict">
      <h2>{settled ? t('ui:conflict.settledTitle') : t('ui:conflict.title')}</h2>
      <p role={settled ? undefined : 'alert'}>{t('ui:conflict.explain', { receiptNo: conflict.receiptNo, what: conflict.over.map(what).join(', ') })}</p>
      {others.length > 0 && (
        <p>
          {t('ui:conflict.others')}{' '}
          {others.map((caseNo, i) => (
            <span key={caseNo}>
              {i > 0 && ', '}
              {cases[caseNo]
                ? <button type="button" className="link case-no" onClick={() => go({ name: 'case', id: cases[caseNo]! })}>{caseNo}</button>
                : <span className="case-no">{caseNo}</span>}
            </span>
          ))}
        </p>
      )}
      {settled ? (
        <p role="note">{t('ui:conflict.settledBy', { name: staffNames[settled.managerId] ?? '—', when: formatEventTime(settled.at, i18n.language), note: settled.note })}</p>
      ) : (
        <details className="action">
          <summary>{t('ui:conflict.settle')}</summary>
          <SettleConflictForm caseId={c.id} onDone={onDone} />
        </details>
      )}
    </section>
  );
}
