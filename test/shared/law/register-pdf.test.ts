import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as mupdf from 'mupdf';
import { complaintsRegister, registerTable } from '../../../shared/law/register.js';
import { registerPdf } from '../../../shared/law/register-pdf.js';
import { createI18n } from '../../../shared/i18n/index.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import { foldCase } from '../../../shared/domain/fold.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import { registerFont } from '../../../main/core/register/register-font.js';

const artifacts = join(import.meta.dirname, '../../../test-results/register');
const filed = Date.UTC(2026, 2, 2, 8);

/** 37 complaints of two desks, with long Cyrillic texts that wrap (more than one A4 page), folded from their events as anywhere. */
const cases: CaseState[] = Array.from({ length: 37 }, (_, i) => {
  const desk = i % 3 === 0 ? 'B' : 'A';
  const caseId = `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
  const envelope = (seq: number) => ({ id: `00000000-0000-7000-9000-${String(i * 2 + seq).padStart(12, '0')}`, deviceId: `dev-${desk}`, seq, caseId, actor: 's1', at: formatHlc({ wall: filed + i * 3_600_000 + seq, counter: 0 }, `dev-${desk}`) });
  const opened = {
    ...envelope(1), type: 'complaint.opened',
    payload: {
      caseNo: `SOF01-${desk}-2026-${String(i + 1).padStart(5, '0')}`, country: 'BG', kind: 'defect', remedy: 'replacement',
      customer: { name: `Иван Петров ${i + 1}`, phone: '+359 888 123 456' }, product: { name: `Електрическа кана ${i + 1}`, serial: `SN${1000 + i}` },
      description: `Тече от основата след ${i + 1} седмици; „капе“ при всяко варене и изключва предпазителя на кухнята`,
    },
  } satisfies DeskEvent;
  const resolved = { ...envelope(2), type: 'complaint.resolved', payload: { outcome: 'partly', method: 'price_reduction', reason: 'Следи от удар' } } satisfies DeskEvent;
  return foldCase(i < 5 ? [opened, resolved] : [opened])!;
});

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the register as a PDF', () => {
  test('A4 pages in landscape, Cyrillic text as the entries say, in register order; rendered to PNG for a look', async () => {
    const t = createI18n('bg').t;
    const table = registerTable(complaintsRegister(cases), { name: 'Магазин София', code: 'SOF01' }, 2026, t);
    const pdf = await registerPdf(table, registerFont(), (page, pages) => t('register:page', { page, pages }));

    const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
    const pages = doc.countPages();
    expect(pages).toBeGreaterThan(1);
    mkdirSync(artifacts, { recursive: true });
    let text = '';
    for (let i = 0; i < pages; i++) {
      const page = doc.loadPage(i);
      const [x0, y0, x1, y1] = page.getBounds();
      expect([Math.round(x1 - x0), Math.round(y1 - y0)]).toEqual([842, 595]); // A4 landscape, in points
      const pageText = page.toStructuredText('preserve-whitespace').asText();
      expect(pageText).toContain(`Страница ${i + 1} / ${pages}`);
      expect(pageText).toContain(table.columns[4]!); // the header repeats on every page
      text += pageText;
      const pixmap = page.toPixmap(mupdf.Matrix.scale(1.5, 1.5), mupdf.ColorSpace.DeviceRGB, false, true);
      const pixels = pixmap.getPixels();
      const inked = pixels.filter((v, k) => k % 3 === 0 && v < 128).length;
      expect(inked, `page ${i + 1} has ink`).toBeGreaterThan(2_000);
      writeFileSync(join(artifacts, `register-page-${i + 1}.png`), pixmap.asPNG());
    }
    expect(text).toContain('Регистър на рекламациите, предявени от потребители в търговския обект Магазин София (SOF01), 2026 г.');
    // Every cell of every entry, in order (cells wrap inside their column, so spaces are ignored).
    const flat = squash(text);
    let from = 0;
    for (const row of table.rows) {
      for (const cell of row.filter(Boolean)) {
        const at = flat.indexOf(squash(cell), from);
        expect(at, cell).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }
    writeFileSync(join(artifacts, 'register.pdf'), pdf);
  });
});
