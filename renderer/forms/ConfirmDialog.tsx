import { useEffect, useRef } from 'react';

type Props = { question: string; confirm: string; back: string; onConfirm(): void; onBack(): void };

/** Asks once before saving something valid but unusual; Enter confirms, Esc goes back to the form as it was. */
export function ConfirmDialog({ question, confirm, back, onConfirm, onBack }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="confirm-question" onCancel={(e) => { e.preventDefault(); onBack(); }}>
      <p id="confirm-question" className="dialog-what">{question}</p>
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={onConfirm}>{confirm}</button>
        <button type="button" onClick={onBack}>{back}</button>
      </div>
    </dialog>
  );
}
