import { afterEach, describe, expect, test } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import { FakePrinter } from '../../../helpers/fake-printer.js';
import { until } from '../../../helpers/until.js';
import { testPrinter } from '../printing/receipt-scenarios.js';
import { requiredDocuments } from '../../../../shared/law/documents.js';
import { countrySchema } from '../../../../shared/domain/jurisdiction.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});
async function desk(...args: Parameters<typeof readyDesk>) {
  const d = await readyDesk(...args);
  cleanup.push(() => d.remove());
  return d;
}

describe('documents the law requires before a complaint moves on', () => {
  test('every pack names its filing document with a citation', () => {
    for (const country of countrySchema.options) {
      const filing = requiredDocuments[country].find((d) => d.document === 'filing');
      expect(filing, country).toMatchObject({ before: 'resolve', printedAs: 'complaint_confirmation' });
      expect(filing!.citation.length, country).toBeGreaterThan(20);
    }
  });

  test('a CZ claim cannot be resolved until its confirmation was handed or declined; the decline records who and when', async () => {
    const d = await desk();
    const filed = ok(await d.client.openComplaint(complaintInput({ customer: { name: 'Jan Novák', phone: '+420 601 123 456' } })));
    const refused = await d.client.resolveComplaint({ caseId: filed.id, outcome: 'accepted', method: 'repair' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'document_not_handed' } });
    expect(!refused.ok && refused.error.message).toContain('Confirmation of the claim');
    expect(ok(await d.client.getCase({ caseId: filed.id })).case.status).toBe('received');

    // No printer here: the job was only previewed, so "printed" is refused and says so.
    expect(await d.client.handDocument({ caseId: filed.id, document: 'filing', how: 'printed' })).toMatchObject({ ok: false, error: { code: 'document_not_printed' } });

    const declined = ok(await d.client.handDocument({ caseId: filed.id, document: 'filing', how: 'declined' }));
    expect(declined.handed?.filing).toMatchObject({ how: 'declined', actor: d.desk.signedIn!.id });
    const detail = ok(await d.client.getCase({ caseId: filed.id }));
    expect(detail.events.filter((e) => e.type === 'document.handed')).toHaveLength(1);

    ok(await d.client.resolveComplaint({ caseId: filed.id, outcome: 'accepted', method: 'repair' }));
    // Closing waits for the resolution's confirmation in turn.
    expect(await d.client.closeComplaint({ caseId: filed.id, how: 'item_handed_back' })).toMatchObject({ ok: false, error: { code: 'document_not_handed' } });
    ok(await d.client.handDocument({ caseId: filed.id, document: 'resolution', how: 'declined' }));
    expect(ok(await d.client.closeComplaint({ caseId: filed.id, how: 'item_handed_back' })).status).toBe('closed');
  });

  test('"printed" is taken once the printer confirmed the job; a second record changes nothing', async () => {
    const printer = await FakePrinter.start();
    cleanup.push(() => printer.close());
    const d = await desk({ country: 'BG', language: 'bg', currency: 'EUR', storeCode: 'SOF01' });
    ok(await d.client.savePrinterSettings({ settings: testPrinter(printer.url) }));
    const filed = ok(await d.client.openComplaint(complaintInput({ customer: { name: 'Jan Novák', phone: '+420 601 123 456' } })));
    await until(async () => ok(await d.client.listPrintJobs({ caseId: filed.id })).some((j) => j.state === 'done'));

    const handed = ok(await d.client.handDocument({ caseId: filed.id, document: 'filing', how: 'printed' }));
    expect(handed.handed?.filing?.how).toBe('printed');
    const again = ok(await d.client.handDocument({ caseId: filed.id, document: 'filing', how: 'declined' }));
    expect(again.handed?.filing?.how).toBe('printed');
    expect(again.eventCount).toBe(handed.eventCount);
    expect(ok(await d.client.resolveComplaint({ caseId: filed.id, outcome: 'rejected', reason: 'Damage from a fall' })).status).toBe('resolved');
  });

  test('a complaint about the service is no claim: it moves on without documents, and has none to hand', async () => {
    const d = await desk();
    const filed = ok(await d.client.openComplaint({ kind: 'service', remedy: 'none', description: 'Waited 40 minutes at the till' }));
    expect(await d.client.handDocument({ caseId: filed.id, document: 'filing', how: 'declined' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    ok(await d.client.resolveComplaint({ caseId: filed.id, outcome: 'accepted', method: 'none' }));
    expect(ok(await d.client.closeComplaint({ caseId: filed.id, how: 'customer_informed' })).status).toBe('closed');
  });

  test('the resolution document cannot be handed before there is a resolution', async () => {
    const d = await desk();
    const filed = ok(await d.client.openComplaint(complaintInput({ customer: { name: 'Jan Novák', phone: '+420 601 123 456' } })));
    expect(await d.client.handDocument({ caseId: filed.id, document: 'resolution', how: 'declined' })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
  });
});
