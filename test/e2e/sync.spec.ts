import { expect, test } from '@playwright/test';
import { sync } from '../../shared/i18n/sync/uk.js';
import { ui } from '../../shared/i18n/ui/uk.js';
import { startHeadOffice } from '../helpers/headoffice.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { recordAtHeadOffice } from '../../headoffice/src/store/headoffice-events.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import type { CaseDetail } from '../../shared/api/cases.js';
import { pageApi, signedInDesk } from './desk-page.js';

// Sync as the manager sees it, in Ukrainian: the status bar before and after connecting the desk
// to a head office on 127.0.0.1, and a claim resolved at head office arriving at the desk.

test('not connected, then connected with a one-time code; what head office resolved reaches the desk', async ({ page }) => {
  const ho = await startHeadOffice();
  try {
    const session = await signedInDesk(page);
    const filed = (await pageApi<CaseState>(page, 'openComplaint', { kind: 'defect', remedy: 'repair', description: 'Праска не гріє', product: { name: 'Праска Philips' }, customer: { phone: '+380 67 111 22 33' } })).value!;
    await page.reload();

    const bar = page.getByTestId('sync-status');
    await expect(bar).toContainText(sync.notEnrolled);
    await expect(bar).toContainText(/Очікують: [1-9]/);

    await page.getByRole('navigation', { name: ui.nav.main }).getByRole('button', { name: ui.nav.settings }).click();
    const section = page.getByTestId('sync-section');
    await section.getByLabel(sync.code).fill('WRONG-CODE-1');
    await section.getByLabel(sync.url).fill(ho.url);
    await section.getByRole('button', { name: sync.connect }).click();
    await expect(section.getByRole('alert')).toContainText('Головний офіс не прийняв цей код');

    const code = await issueEnrollmentCode(ho.db, { storeCode: session.setup!.storeCode, deskCode: session.setup!.deskCode });
    await section.getByLabel(sync.code).fill(code);
    await section.getByRole('button', { name: sync.connect }).click();
    await expect(section.getByRole('status').filter({ hasText: sync.connected })).toBeVisible();
    await expect(bar).toContainText(sync.online);
    await expect(bar).toContainText('Очікують: 0');
    await page.screenshot({ path: 'test-results/screens/sync-01-connected.png', fullPage: true });

    const resolved = await recordAtHeadOffice(ho.db, filed.caseNo, 'complaint.resolved', 'service-centre', { outcome: 'accepted', method: 'repair' });
    await bar.getByRole('button', { name: sync.syncNow }).click();
    await expect.poll(async () => (await pageApi<CaseDetail>(page, 'getCase', { caseId: filed.id })).value!.case.status).toBe('resolved');

    // An event of a kind this version does not know (a newer desk or head office wrote it): held,
    // said in the status bar, explained in Settings.
    await ho.db.query(
      `INSERT INTO events (id, device_id, seq, store_code, case_id, type, at, actor, payload)
       SELECT gen_random_uuid(), id, last_seq + 1, store_code, $2, 'case.from_a_newer_version', $3, 'service-centre', '{}' FROM devices WHERE id = $1`,
      [resolved.deviceId, filed.id, resolved.at]);
    await bar.getByRole('button', { name: sync.syncNow }).click();
    await bar.getByRole('button', { name: sync.heldForUpdate.replace('{{count}}', '1') }).click();
    await expect(page.getByTestId('sync-section')).toContainText(sync.heldBack.events_one!.replace('{{count}}', '1'));
  } finally {
    await ho.close();
  }
});
