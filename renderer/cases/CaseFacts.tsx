import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../shared/domain/case-state.js';
import type { Approval, Purchase, ReturnLine, SaleLine } from '../../shared/domain/events.js';
import { useApp } from '../state/app-store.js';
import { formatDay, formatEventTime, formatMoney } from '../format/locale-format.js';
import { NetDifference } from './NetDifference.js';

function Facts({ rows }: { rows: Array<[string, ReactNode | undefined]> }) {
  return (
    <dl className="facts">
      {rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => (
        <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
      ))}
    </dl>
  );
}

function Lines({ lines, caption }: { lines: Array<SaleLine | ReturnLine>; caption: string }) {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  return (
    <table className="lines-table">
      <caption>{caption}</caption>
      <thead><tr><th>{t('ui:lines.item')}</th><th>{t('ui:lines.qty')}</th><th>{t('ui:lines.unitPrice')}</th><th>{t('ui:lines.reason')}</th></tr></thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={i}>
            <td>{l.item}{l.sku && <small> · {l.sku}</small>}</td>
            <td className="num">{l.qty}</td>
            <td className="num">{formatMoney(l.unitPrice, i18n.language)}</td>
            <td>{'reason' in l ? `${t(`terms:reason.${l.reason}`)}, ${t(`terms:condition.${l.condition}`)}${l.restock ? ` · ${t('ui:lines.restock')}` : ''}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Everything recorded about the case, as the fold of its events says it is now. */
export function CaseFacts({ c }: { c: CaseState }) {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const names = useApp((s) => s.staffNames);
  const lang = i18n.language;
  const purchase = (p?: Purchase) => p && [formatDay(p.purchaseDate, lang), p.receiptNo, t(`terms:proof.${p.proof}`)].filter(Boolean).join(' · ');
  const approval = (a?: Approval) => a && t('ui:detail.approvedBy', { name: names[a.managerId] ?? '—', what: a.reasons.map((r) => t(`terms:approval.${r}`)).join(', ') });
  const cust = c.customer
    ? [c.customer.name, c.customer.phone, c.customer.email].filter(Boolean).join(' · ')
    : c.erased && t('privacy:erased', { reason: t(`privacy:reason.${c.erased.reason}`) });
  const { complaint: k, return: r, exchange: x } = c;
  return (
    <section className="facts-panel">
      {k && (
        <Facts rows={[
          [t('ui:detail.kind'), t(`terms:kind.${k.kind}`)],
          [t('ui:detail.remedy'), t(`terms:remedy.${k.remedy}`)],
          [t('ui:detail.description'), <span className="prewrap">{k.description}</span>],
          [t('ui:detail.product'), k.product && [k.product.name, k.product.sku, k.product.serial].filter(Boolean).join(' · ')],
          [t('ui:detail.purchase'), purchase(k.purchase)],
          [t('ui:detail.sentTo'), k.sentTo && t(`terms:sentTo.${k.sentTo}`)],
          [t('ui:detail.resolution'), k.resolution && [t(`terms:outcome.${k.resolution.outcome}`), k.resolution.method && t(`terms:remedy.${k.resolution.method}`), k.resolution.reason].filter(Boolean).join(' · ')],
          [t('ui:detail.closed'), k.closed && `${t(`terms:closedHow.${k.closed.how}`)} · ${formatEventTime(k.closed.at, lang)}`],
        ]} />
      )}
      {r && (
        <>
          <Facts rows={[
            [t('ui:detail.purchase'), purchase(r.purchase)],
            [t('ui:detail.refund'), <strong>{formatMoney(r.refund.amount, lang)} · {(r.refund.parts ?? [r.refund])
              .map((p) => `${t(`terms:refundMethod.${p.method}`)}${r.refund.parts && r.refund.parts.length > 1 ? ` ${formatMoney(p.amount, lang)}` : ''}`).join(' + ')}</strong>],
          ]} />
          {r.approval && <p className="notice">{approval(r.approval)}</p>}
          <Lines lines={r.lines} caption={t('ui:detail.lines')} />
        </>
      )}
      {x && (
        <>
          <Facts rows={[
            [t('ui:detail.purchase'), purchase(x.purchase)],
            [t('ui:detail.difference'), <strong><NetDifference difference={x.difference} /></strong>],
            [t('ui:detail.settlement'), t(`terms:refundMethod.${x.settlement}`)],
          ]} />
          {x.approval && <p className="notice">{approval(x.approval)}</p>}
          <Lines lines={x.returned} caption={t('ui:detail.returned')} />
          <Lines lines={x.issued} caption={t('ui:detail.issued')} />
        </>
      )}
      <Facts rows={[
        [t('ui:detail.customer'), cust],
        [t('ui:detail.feedback'), c.feedback && [`${c.feedback.score}/5`, t(`terms:solved.${c.feedback.solved}`), c.feedback.comment].filter(Boolean).join(' · ')],
      ]} />
      {c.voided && <p className="voided-note" role="note">{t('ui:detail.voided', { name: names[c.voided.managerId] ?? '—', reason: c.voided.reason })}</p>}
    </section>
  );
}
