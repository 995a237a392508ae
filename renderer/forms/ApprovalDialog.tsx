import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { what: string; error?: string; busy: boolean; onApprove(pin: string): void; onCancel(): void };

/** Asks for a manager's PIN for what the core listed; Esc or Cancel goes back to the untouched form. */
export function ApprovalDialog({ what, error, busy, onApprove, onCancel }: Props) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDialogElement>(null);
  const [pin, setPin] = useState('');
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="approval-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          // The PIN is never left in the field: a wrong one is typed again.
          if (pin) onApprove(pin);
          setPin('');
        }}
      >
        <h2 id="approval-title">{t('approval.title')}</h2>
        <p className="dialog-what">{t('approval.needed', { what })}</p>
        <label className="field">
          <span className="field-label">{t('approval.pin')}</span>
          <input type="password" inputMode="numeric" autoComplete="off" autoFocus value={pin} maxLength={8}
            aria-invalid={!!error} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
          {error && <span className="field-error" role="alert">{error}</span>}
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !pin}>{t('approval.submit')}</button>
          <button type="button" onClick={onCancel}>{t('form.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
