import { expect, test } from '@playwright/test';
import { baseResources } from '../../shared/i18n/index.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { claimDeadline } from '../../shared/law/deadline.js';
import { daysBetween } from '../../shared/law/period.js';
import { noLawReference } from '../../shared/law/reference.js';
import { lawVersionOn } from '../../shared/law/versions.js';
import { daysOffIn } from '../../shared/law/working-days.js';
import { localToday } from '../../renderer/format/locale-format.js';
import { MANAGER_PIN, ownDesk } from './own-desk.js';

// A Bulgarian desk: the claim period is one month (counted in months, not days), and the due date
// the counter shows before saving is the one the desk records, days left included.
const { ui, law } = baseResources.bg;
const fill = (text: string, count: number) => text.replace('{{count}}', String(count));

test('days left and the law\'s unit: the complaint form before saving, then the case', async ({ page }) => {
  const desk = await ownDesk('bg', 5199);
  try {
    await desk.call('signOut');
    await page.goto(desk.url);
    await page.getByLabel(ui.signIn.pin).fill(MANAGER_PIN);
    await page.getByLabel(ui.signIn.pin).press('Enter');
    await expect(page.getByRole('navigation', { name: ui.nav.main })).toBeVisible();

    const today = localToday();
    const expected = claimDeadline(lawVersionOn('BG', today).figures, today, 'repair', daysOffIn('BG', noLawReference));
    const left = daysBetween(today, expected.dueDate);
    const shown = `${fill(law.daysLeft, left)} · ${fill(law.countedIn.months, 1)}`;

    await page.keyboard.press('F3');
    await expect(page.getByRole('heading', { name: ui.complaint.title })).toBeVisible();
    await expect(page.locator('.due-preview [data-testid="days-left"]')).toHaveText(shown);
    // Whether the month ended on a day off (then the rule that moved it is named) depends on today.
    await expect(page.getByTestId('deadline-moved')).toHaveCount(expected.moved ? 1 : 0);
    await page.screenshot({ path: 'test-results/screens/deadline-complaint-form-bg.png' });

    const filed = await desk.call<CaseState>('openComplaint', {
      kind: 'defect', remedy: 'repair', description: 'Тостерът не работи', product: { name: 'Тостер' }, customer: { phone: '+359 88 123 4567' },
    });
    expect(filed.complaint!.dueDate).toBe(expected.dueDate);
    await page.getByRole('button', { name: ui.nav.cases }).click();
    await page.getByTestId('case-row').filter({ hasText: filed.caseNo }).getByRole('button', { name: filed.caseNo }).click();
    await expect(page.getByRole('heading', { name: filed.caseNo })).toBeVisible();
    await expect(page.locator('.case-meta [data-testid="days-left"]')).toHaveText(shown);
  } finally {
    await desk.close();
  }
});
