import { PrinterSettingsForm } from './PrinterSettingsForm.js';
import { EndOfDayPanel } from './EndOfDayPanel.js';

/** The printer menu entry: its settings with a test print, and the end-of-day summary. */
export function PrinterScreen() {
  return (
    <section className="printer-screen">
      <PrinterSettingsForm />
      <EndOfDayPanel />
    </section>
  );
}
