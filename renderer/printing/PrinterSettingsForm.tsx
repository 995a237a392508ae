import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultCodePages, defaultPrinterSettings, type PrinterSettings } from '../../shared/printing/printer-settings.js';
import { lineWidths } from '../../shared/printing/layout-lines.js';
import type { TestPrintResult } from '../../shared/api/printing.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { CheckField, SelectField, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { useApp } from '../state/app-store.js';

type Draft = Omit<PrinterSettings, 'codePages' | 'copies' | 'timeoutMs'> & {
  codePages: Record<keyof PrinterSettings['codePages'], string>;
  copies: string;
  timeoutMs: string;
};

const toDraft = (s: PrinterSettings): Draft => ({
  ...s,
  codePages: { win1251: String(s.codePages.win1251), win1250: String(s.codePages.win1250), ascii: String(s.codePages.ascii) },
  copies: String(s.copies),
  timeoutMs: String(s.timeoutMs),
});
// Numbers typed as text: anything not a whole number goes to the core as NaN and comes back as a field error.
const whole = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : Number.NaN);
const fromDraft = (d: Draft): PrinterSettings => ({
  ...d,
  codePages: { win1251: whole(d.codePages.win1251), win1250: whole(d.codePages.win1250), ascii: whole(d.codePages.ascii) },
  copies: whole(d.copies),
  timeoutMs: whole(d.timeoutMs),
});

/** Which printer, how it is reached, and its code-page numbers; a test print says plainly whether it works. */
export function PrinterSettingsForm() {
  const { t } = useTranslation('receipt');
  // Where the desk sends its bytes is a manager's choice; a clerk sees the settings and tests them.
  const isManager = useApp((s) => s.session?.staff?.role === 'manager');
  const [d, setDraft] = useState<Draft>(() => toDraft(defaultPrinterSettings));
  const [saved, setSaved] = useState(false);
  const [test, setTest] = useState<TestPrintResult | null>(null);
  const [testing, setTesting] = useState(false);
  const set = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft((cur) => ({ ...cur, ...change }));
  };
  useEffect(() => {
    void desk.getPrinterSettings({}).then((r) => r.ok && setDraft(toDraft(r.value)));
  }, []);
  const command = useCommand<PrinterSettings>({ onSaved: (s) => { setDraft(toDraft(s)); setSaved(true); } });

  const testPrint = async () => {
    setTesting(true);
    setTest(null);
    const r = await desk.testPrint(isManager ? { settings: fromDraft(d) } : {});
    setTesting(false);
    setTest(r.ok ? r.value : { printed: false, message: r.error.message });
  };

  const page = (key: keyof Draft['codePages']) => (
    <TextField name={`settings.codePages.${key}`} label={t(`screen.${key}`)} inputMode="numeric" maxLength={3}
      value={d.codePages[key]} onChange={(v) => set({ codePages: { ...d.codePages, [key]: v } })} />
  );
  return (
    <CounterForm command={command} title={t('screen.title')} submitLabel={t('screen.save')} readOnly={!isManager}
      onSubmit={() => void command.submit(() => desk.savePrinterSettings({ settings: fromDraft(d) }))}
      footer={
        <>
          <button type="button" className="big" disabled={testing} onClick={() => void testPrint()}>{t('screen.testPrint')}</button>
          {saved && <span className="flash" role="status">{t('screen.saved')}</span>}
        </>
      }>
      {test && (
        <p className={test.printed ? 'flash test-result ok' : 'form-summary test-result'} role={test.printed ? 'status' : 'alert'} data-testid="test-print-result">
          {test.message}
        </p>
      )}
      <div className="row">
        <SelectField name="settings.type" label={t('screen.type')} value={d.type}
          onChange={(type) => set({ type, codePages: toDraft({ ...fromDraft(d), codePages: defaultCodePages[type] }).codePages })}
          options={[{ value: 'epson', label: 'Epson (ESC/POS)' }, { value: 'star', label: 'Star' }]} />
        <TextField name="settings.interface" label={t('screen.connection')} hint={t('screen.connectionHint')} className="grow"
          value={d.interface} onChange={(v) => set({ interface: v })} />
      </div>
      <div className="row">
        <SelectField name="settings.width" label={t('screen.width')} value={String(d.width)}
          onChange={(w) => set({ width: Number(w) as Draft['width'] })}
          options={lineWidths.map((w) => ({ value: String(w), label: `${w} (${w <= 35 ? '58' : '80'} mm)` }))} />
        <TextField name="settings.copies" label={t('screen.copies')} inputMode="numeric" maxLength={1} value={d.copies} onChange={(copies) => set({ copies })} />
        <TextField name="settings.timeoutMs" label={t('screen.timeoutMs')} inputMode="numeric" maxLength={5} value={d.timeoutMs} onChange={(timeoutMs) => set({ timeoutMs })} />
      </div>
      <fieldset>
        <legend>{t('screen.codePages')}</legend>
        <div className="row">
          {page('win1251')}
          {page('win1250')}
          {page('ascii')}
        </div>
        <button type="button" className="link" onClick={() => set({ codePages: toDraft({ ...fromDraft(d), codePages: defaultCodePages[d.type] }).codePages })}>
          {t('screen.factoryNumbers')}
        </button>
      </fieldset>
      <CheckField name="settings.cashDrawer" label={t('screen.cashDrawer')} checked={d.cashDrawer} onChange={(cashDrawer) => set({ cashDrawer })} />
      <CheckField name="settings.statusCheck" label={t('screen.statusCheck')} checked={d.statusCheck} onChange={(statusCheck) => set({ statusCheck })} />
    </CounterForm>
  );
}
