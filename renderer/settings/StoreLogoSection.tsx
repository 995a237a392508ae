import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreLogo } from '../../shared/api/staff.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';

/** The file's bytes as base64 (the desk checks what they are). */
const readBase64 = (file: File) => new Promise<string>((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
  reader.onerror = () => reject(reader.error);
  reader.readAsDataURL(file);
});

/** The receipt logo: a manager uploads or removes it; shown here, and printed at the top of receipts (the note says how). */
export function StoreLogoSection() {
  const { t } = useTranslation(['staff']);
  const isManager = useApp((s) => s.session?.staff?.role === 'manager');
  const [logo, setLogo] = useState<StoreLogo | null>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const inputId = useId();
  useEffect(() => {
    void desk.getStoreLogo({}).then((r) => r.ok && setLogo(r.value));
  }, []);
  const save = async (base64: string | null) => {
    const r = await desk.saveStoreLogo({ base64 });
    if (r.ok) setLogo(r.value);
    setMessage(r.ok ? { text: t(base64 ? 'staff:logo.saved' : 'staff:logo.removed'), alert: false } : { text: r.error.message, alert: true });
  };
  return (
    <div className="store-logo">
      <h2>{t('staff:logo.title')}</h2>
      {message && <p className={message.alert ? 'form-summary' : 'flash'} role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {logo ? <img className="store-logo-image" src={logo.dataUrl} alt={t('staff:logo.alt')} /> : <p className="hint">{t('staff:logo.none')}</p>}
      <p className="hint">{t('staff:logo.note')}</p>
      {isManager && (
        <div className="row">
          <label htmlFor={inputId}>{t('staff:logo.choose')}</label>
          <input id={inputId} type="file" accept="image/png,image/jpeg"
            onChange={(e) => { const f = e.target.files?.[0]; if (f) void readBase64(f).then(save); e.target.value = ''; }} />
          {logo && <button type="button" onClick={() => void save(null)}>{t('staff:logo.remove')}</button>}
        </div>
      )}
    </div>
  );
}
