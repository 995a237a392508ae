// Text as clerks type or paste it (combining accents, invisible characters, control codes, names in
// Cyrillic on a Latin receipt) printed to the fake network printer and read back in the code page
// the job selected.
process.env.TZ = 'UTC';
import { describe, expect, it } from 'vitest';
import { decodeJob } from './escpos-decode.js';
import { printerDesk, type ComplaintWords } from './receipt-scenarios.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';

const epsonPages = { 46: 'win1251', 45: 'win1250', 0: 'ascii' };

/** The confirmation of a complaint with these words, as the printer reads it. */
async function printedClaim(locale: Locale, over: ComplaintWords) {
  const { d, nextJob } = await printerDesk(locale);
  await d.openComplaint(over);
  const job = decodeJob(await nextJob(1), 'epson', epsonPages);
  expect(job.documents).toHaveLength(1);
  return job.documents[0]!;
}

describe('typed and pasted text on paper', () => {
  it('composes accents pasted as combining marks on a Czech receipt', async () => {
    const printed = await printedClaim('cs', { description: 'Z\u030clut\u030couc\u030cky\u0301 ku\u030an\u030c u\u0301pe\u030cl' });
    expect(printed).toContain('Žluťoučký kůň úpěl');
    expect(printed).not.toContain('?');
  });

  it('prints the Ukrainian apostrophe (U+02BC) as a plain one on a Ukrainian receipt', async () => {
    const printed = await printedClaim('uk', { description: 'Чайник пахне мʼятою, пʼять разів перевірено.' });
    expect(printed).toContain("Чайник пахне м'ятою, п'ять разів перевірено.");
    expect(printed).not.toContain('?');
  });

  it('prints no control or invisible character: a typed ESC, GS, DLE or DEL never reaches the printer as a command', async () => {
    const typed = 'Pozn\u200b\u2060\ufeffámka\u200d:\u200c \u001b@reset \u001dV0cut \u0010\u0004\u0001stav \u007fsmazat \u009bkonec';
    const { d, nextJob } = await printerDesk('cs');
    await d.openComplaint({ description: typed });
    const bytes = await nextJob(1);
    const job = decodeJob(bytes, 'epson', epsonPages);
    // One document, selected once and cut once: the typed ESC @ and GS V did not reset or cut.
    expect(job.documents).toHaveLength(1);
    expect(job.selected).toEqual([45, 45]);
    expect(job.documents[0]).toContain('Poznámka: @reset V0cut stav smazat konec');
    expect([...bytes]).not.toContain(0x7f);
  });

  it.each([
    ['cs', 'Щербаківський Юрій', 'Shcherbakivskyi Yurii'],
    ['cs', 'Щукин Артём', 'Shchukin Artem'],
    ['en', 'Стефан Щърбанов', 'Stefan Shtarbanov'],
  ] as const)('a %s receipt for a customer named %s prints the official transliteration', async (locale, name, latin) => {
    const printed = await printedClaim(locale, { customer: { name, phone: '+420 777 000 111', email: 'zakaznik@example.cz' } });
    expect(printed).toContain(latin);
    expect(printed).not.toContain('?');
  });
});
