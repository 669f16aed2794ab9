import { DATA_ORIGINS } from './env.ts';
import { expect, test } from './fixtures.ts';

/*
 * Timelines made without writing JSON (issue 14): spreadsheets and TimelineJS files, loaded by
 * ?data= and opened from this computer (picked or dropped), told apart by content.
 */

test.describe('?data= reads spreadsheets and TimelineJS files', () => {
  test('a CSV file in our layout served by this site loads, with its unsourced event listed', async ({ page }) => {
    await page.goto('/?data=/fixtures/open-file/letters.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Roscosmos asks for the sanctions to end, / })).toBeVisible();
    await expect(page.getByText('Data from /fixtures/open-file/letters.csv')).toBeVisible();
    const problems = page.getByRole('status', { name: 'Problems in the dataset' });
    await expect(problems).toContainText('row 8, column "source 1 title": has no source: the event is shown marked "Unsourced"');
  });

  test.describe('in a sandboxed embed, where no worker can start', () => {
    test.use({ ignoreHTTPSErrors: true });
    test('a TimelineJS spreadsheet from an https origin that allows it loads, the importer loaded as a script on the page', async ({ page }) => {
      const src = `/?embed=1&data=${encodeURIComponent(`${DATA_ORIGINS.https}/fixtures/timelinejs/space-race.csv`)}`;
      await page.goto('/fixtures/hosts/sandboxed.html');
      await page.locator('#embed').evaluate((f, s) => ((f as HTMLIFrameElement).src = s), src);
      const frame = page.frameLocator('#embed');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText('The space race');
      await expect(frame.locator('.event-mark')).toHaveCount(3);
    });
  });
});
