import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code128Modules, layoutLines, lineWidths, wrap } from '../../../shared/printing/layout-lines.js';
import { renderText } from '../../../shared/printing/render-text.js';
import { renderHtml } from '../../../shared/printing/render-html.js';
import type { ReceiptDoc } from '../../../shared/printing/receipt-doc.js';

const doc = (blocks: ReceiptDoc['blocks'], locale: ReceiptDoc['locale'] = 'uk'): ReceiptDoc => ({ kind: 'test_page', locale, reference: 'T-1', blocks, openDrawer: false });

describe('fitting a document to the paper', () => {
  it('wraps at spaces, splits words longer than a line, keeps an indent', () => {
    expect(wrap('Чайник не гріє, ручка хитається', 12)).toEqual(['Чайник не', 'гріє, ручка', 'хитається']);
    expect(wrap('Nejnepřeložitelnějšího', 10)).toEqual(['Nejnepřelo', 'žitelnější', 'ho']);
    expect(wrap('  Reason: changed mind', 14)).toEqual(['  Reason:', '  changed mind']);
  });

  it('puts a pair on one line when it fits and the value under the label when it does not', () => {
    const lines = renderText(layoutLines(doc([
      { kind: 'pair', left: 'Сума', right: '1 234,50 ₴' },
      { kind: 'pair', left: 'Вимога покупця дуже довга', right: 'Ремонт' },
      { kind: 'text', text: 'ЧЕК', align: 'center' },
      { kind: 'rule', char: '=' },
    ]), 20)).split('\n');
    expect(lines).toEqual(['Сума    1 234,50 грн', 'Вимога покупця дуже', 'довга', '              Ремонт', '        ЧЕК', '====================', '']);
  });

  it('gives every paper width its preview width in printing.css (no inline style: the CSP forbids it)', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../renderer/printing/printing.css'), 'utf8');
    for (const w of lineWidths) {
      expect(renderHtml([], w)).not.toContain('style=');
      expect(css).toContain(`.receipt-w${w} { width: ${w}ch; }`);
    }
  });

  it('shows the same lines in HTML, escaped', () => {
    const lines = layoutLines(doc([{ kind: 'text', text: '<b>Tom & Jerry</b>', bold: true }, { kind: 'blank' }, { kind: 'qr', data: 'T-1' }], 'en'), 32);
    expect(renderHtml(lines, 32)).toBe(
      '<div class="receipt receipt-w32">' +
        '<div class="receipt-line receipt-bold">&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</div><div class="receipt-line">&nbsp;</div>' +
        '<div class="receipt-code receipt-qr">[QR T-1]</div></div>',
    );
  });

  it('leaves out a Code128 wider than the printable width at 2-dot bars (quiet zones lie in the margins), and keeps the QR', () => {
    expect(code128Modules('TEST-PRG01-A')).toBe(167);
    expect(code128Modules('PRG01-A-2026-00001')).toBe(233);
    // The end-of-day reference fits 80 mm (576 dots) at 2 dots a module, not 58 mm (384).
    expect(code128Modules('EOD-PRG01-A-2026-03-16') * 2).toBe(554);
    const codes = (data: string) => doc([{ kind: 'code128', data }, { kind: 'qr', data }]);
    expect(renderText(layoutLines(codes('TEST-PRG01-A'), 32))).toBe('[CODE128 TEST-PRG01-A]\n[QR TEST-PRG01-A]\n');
    expect(renderText(layoutLines(codes('PRG01-A-2026-00001'), 35))).toBe('[QR PRG01-A-2026-00001]\n');
    expect(renderText(layoutLines(codes('PRG01-A-2026-00001'), 42))).toBe('[CODE128 PRG01-A-2026-00001]\n[QR PRG01-A-2026-00001]\n');
  });
});
