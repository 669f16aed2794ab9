import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DATA_ORIGINS } from './env.ts';
import { expect, test } from './fixtures.ts';
import { bundled, expectNoAxeViolations } from './helpers.ts';
import { validateDataset } from '../../src/shared/dataset/validateDataset.ts';

/*
 * Timelines made without writing JSON (issue 14): spreadsheets and TimelineJS files, loaded by
 * ?data= and opened from this computer (picked or dropped), told apart by content.
 */


/** The bundled dataset in a filtered view, then an unfiltered one (a history entry of its own), then letters.csv dropped over it. */
async function dropLettersAfterAView(page: Page) {
    await page.goto('/?kind=letter');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    // A view of the bundled dataset before the file (an entry of its own), then the file over it.
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page).not.toHaveURL(/kind=/);
    await dropFixture(page, 'tests/fixtures/open-file/letters.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
}

test.describe('?data= reads spreadsheets and TimelineJS files', () => {
  test('a CSV file in our layout served by this site loads, with its unsourced event listed', async ({ page }) => {
    await page.goto('/?data=/fixtures/open-file/letters.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Roscosmos asks for the sanctions to end, / })).toBeVisible();
    await expect(page.getByText('Data from /fixtures/open-file/letters.csv')).toBeVisible();
    const problems = page.getByRole('status', { name: 'Problems in the dataset' });
    await expect(problems).toContainText('row 8, column "source 1 title": has no source: the event is shown marked "Unsourced"');
  });

  test("a TimelineJS spreadsheet's groups are called groups: in the filters, the legend and the chart's name, with no agency role", async ({ page }) => {
    // Before, its lanes (Politics, Science…) were filtered as "Agencies", "involving" or "sent by", and listed as "Senders".
    await page.goto('/?data=/fixtures/timelinejs/space-race.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: 'Groups' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Agency role' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Groups' })).toBeVisible();
    // Its legend explains what it draws: milestones, no letters, windows or replies.
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(legend.getByRole('list', { name: 'Kinds' }).getByRole('listitem')).toHaveText(['Milestone']);
    await expect(legend.getByRole('list', { name: 'Certainty' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: /^The space race: 3 events in \d+ lanes?, one per group$/ })).toBeVisible();
    await page.goto('/?data=/fixtures/timelinejs/space-race.csv&lang=ru');
    await expect(page.getByRole('list', { name: 'Группы' })).toBeVisible();
    await expect(page.getByRole('group', { name: /по одной на группу$/ })).toBeVisible();
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

/** Drags `content` as a file named `name` (and any `more` files with it) over the page and drops it, as a reader does from their desktop. */
/** The bundled page shown, gen-100000.json chosen with "Open a file" (its opening takes seconds). */
async function openBigFileOnBundled(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles('tests/fixtures/generated/gen-100000.json');
}

async function dropFile(page: Page, name: string, content: Buffer | Uint8Array, more: { name: string; content: Buffer | Uint8Array }[] = []) {
  const files = [{ name, content }, ...more].map((f) => ({ name: f.name, base64: Buffer.from(f.content).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const data = new DataTransfer();
    for (const { name, base64 } of files) data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    return data;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  // The overlay, in whatever language the page speaks.
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
}

const dropFixture = (page: Page, path: string) => dropFile(page, basename(path), readFileSync(path));

/** The chart's mark for an event, by the start of its accessible name (its title). */
const mark = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) });

test.describe('a file from this computer', () => {
  test("a refused file's list of problems downloads (the exports' script found beside the opened file's script, not beside the page)", async ({ page }) => {
    await page.goto('/');
    const rows = Array.from({ length: 40 }, (_, i) => `e${i},2022-13-45,letter,nasa,,Title ${i},Summary`).join('\n');
    await dropFile(page, 'broken.csv', Buffer.from(`#title,Broken\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary\n${rows}\n`));
    await expect(page.getByRole('alert')).toContainText('The dataset cannot be shown');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the list (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('problems.csv');
    const lines = readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
    // Row 4's problem is the alert's own sentence, not repeated in the list on the page; the download has all 40, row 4's first.
    expect(lines.filter((l) => l.includes('is not a valid date'))).toHaveLength(40);
    expect(lines[1]).toMatch(/^"row 4, column ""date""",/);
    expect(lines[2]).toMatch(/^"row 5, column ""date""",/);
  });

  test('a spreadsheet in our layout dropped on the page shows its timeline, says it cannot be shared, saves as a dataset and closes', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await dropFixture(page, 'tests/fixtures/open-file/letters.csv');

    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await expect(mark(page, 'Roscosmos asks for the sanctions to end')).toBeVisible();
    await expect(mark(page, 'NASA says the station runs as before')).toBeVisible();
    const notice = page.getByRole('region', { name: 'Opened file' });
    await expect(notice).toContainText('This timeline comes from a file on this computer: letters.csv. Read as a spreadsheet (CSV); nothing was uploaded.');
    await expect(notice).toContainText('This view cannot be shared as a link');
    await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
    await expect(page.getByRole('status', { name: 'Problems in the dataset' })).toContainText('row 8, column "source 1 title": has no source: the event is shown marked "Unsourced"');

    await mark(page, 'NASA says the station runs as before').click();
    const panel = page.getByRole('complementary');
    await expect(panel).toContainText('No link to this event: it comes from a file opened on this computer.');
    await expect(panel.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await panel.getByRole('button', { name: 'Close details' }).click();

    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download as dataset JSON' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('letters-dataset.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    const checked = validateDataset(saved);
    expect(checked.dataset?.title).toBe('Letters about the station');
    expect(checked.dataset?.events.map((e) => e.id).sort()).toEqual(['demand', 'reply']);
    expect(checked.problems.map((p) => p.code)).toEqual(['unsourced']);

    await notice.getByRole('button', { name: 'Close the file' }).click();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
  });

  test('a spreadsheet of dates that read either way opens in the browser\'s own order, and one click reads them the other way round', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const sheet = '#title,American dates\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,03/04/2022,letter,nasa,,First letter,S,T,P\nb,04/05/2022,letter,nasa,,Second letter,S,T,P\n';
    await dropFile(page, 'us.csv', Buffer.from(sheet));
    await expect(page.getByRole('heading', { level: 1, name: 'American dates' })).toBeVisible();
    await expect(mark(page, 'First letter')).toHaveAccessibleName(/^First letter, 4 March 2022/);
    const problems = page.getByRole('status', { name: 'Problems in the dataset' });
    await expect(problems).toContainText('dates such as "03/04/2022" were read month first (2022-03-04)');
    await problems.getByRole('button', { name: 'Read the dates day first' }).click();
    await expect(mark(page, 'First letter')).toHaveAccessibleName(/^First letter, 3 April 2022/);
    await expect(problems).toContainText('were read day first (2022-04-03), as chosen');
    await problems.getByRole('button', { name: 'Read the dates month first' }).click();
    await expect(mark(page, 'First letter')).toHaveAccessibleName(/^First letter, 4 March 2022/);
  });

  test('"Read the dates day first" keeps the view the reader had: its filters, and its event while the file still has it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    const sheet = '#title,American dates\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,03/04/2022,letter,nasa,,First letter,S,T,P\nb,04/05/2022,letter,nasa,,Second letter,S,T,P\n';
    await dropFile(page, 'us.csv', Buffer.from(sheet));
    await expect(page.getByRole('heading', { level: 1, name: 'American dates' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).fill('second');
    await expect(page.getByText('Showing 1 of 2 events')).toBeVisible();
    await mark(page, 'Second letter').click();
    await expect(page).toHaveURL(/[?&]event=b\b/);
    await page.getByRole('status', { name: 'Problems in the dataset' }).getByRole('button', { name: 'Read the dates day first' }).click();
    await expect(mark(page, 'Second letter')).toHaveAccessibleName(/^Second letter, 4 May 2022/);
    await expect(page).toHaveURL(/[?&]q=second\b/);
    await expect(page).toHaveURL(/[?&]event=b\b/);
    await expect(page.getByText('Showing 1 of 2 events')).toBeVisible();
    await expect(page.getByRole('complementary')).toContainText('Second letter');
  });

  test('"Read the dates day first" with the keyboard: focus stays on the button, now "Read the dates month first", in the timeline read again', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    const sheet = '#title,American dates\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,03/04/2022,letter,nasa,,First letter,S,T,P\n';
    await dropFile(page, 'us.csv', Buffer.from(sheet));
    const problems = page.getByRole('status', { name: 'Problems in the dataset' });
    await problems.getByRole('button', { name: 'Read the dates day first' }).focus();
    await page.keyboard.press('Enter');
    await expect(mark(page, 'First letter')).toHaveAccessibleName(/^First letter, 3 April 2022/);
    await expect(problems.getByRole('button', { name: 'Read the dates month first' })).toBeFocused();
  });

  test('"Read the dates day first" reads the timeline shown again, not a file that failed to open after it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    const sheet = '#title,American dates\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,03/04/2022,letter,nasa,,First letter,S,T,P\n';
    await dropFile(page, 'us.csv', Buffer.from(sheet));
    await expect(mark(page, 'First letter')).toHaveAccessibleName(/^First letter, 4 March 2022/);
    // Another file that cannot be opened: the spreadsheet's timeline, and its problems, stay.
    await dropFile(page, 'photo.png', readFileSync('tests/fixtures/open-file/photo.png'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The file could not be opened: photo.png');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('status', { name: 'Problems in the dataset' }).getByRole('button', { name: 'Read the dates day first' }).click();
    await expect(mark(page, 'First letter')).toHaveAccessibleName(/^First letter, 3 April 2022/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('us.csv');
  });

  test('two files dropped at once: the first opens, and its notice says the other was not opened', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await dropFile(page, 'letters.csv', readFileSync('tests/fixtures/open-file/letters.csv'), [
      { name: 'space-race.json', content: readFileSync('tests/fixtures/timelinejs/space-race.json') },
    ]);
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('Only this file was opened; the other file dropped with it was not: one timeline at a time.');
  });

  test('a TimelineJS JSON file dropped on the page shows its timeline, and the warnings list what was not carried over', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await dropFixture(page, 'tests/fixtures/timelinejs/space-race.json');
    await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible();
    for (const title of ['Sputnik 1', 'Gagarin orbits Earth', 'A year without a group']) await expect(mark(page, title)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('Read as a TimelineJS file (JSON)');
    const problems = page.getByRole('list', { name: 'Problems in the file' });
    // Above the chart, the first 5; the rest a click away.
    const showAll = page.getByRole('button', { name: /^Show all \d+$/ });
    const all = (await showAll.textContent())!.replace('Show all ', '');
    await showAll.click();
    // Said by the page's view live region, not only as the button's aria-expanded.
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: `Problems listed: ${all} of ${all}.` })).toHaveCount(1);
    await expect(problems).toContainText('eras[0]: the era "Early years" was not carried over (the app has no eras)');
    await expect(problems).toContainText('events[1].background: the slide background was not carried over (the app has no slide backgrounds)');
    await expect(problems).toContainText('title.media: the title slide\'s media was not carried over');
    await expect(problems).toContainText('events[4].start_date: year -500 is before year 1 (BCE)');
    await expect(problems).toContainText('events[2].text.text: has no source: the event is shown marked "Unsourced"');
    // One kind at a time: only the slides without a source, then every kind again.
    const kinds = page.getByRole('group', { name: 'Show by kind' });
    await kinds.getByRole('button', { name: /^has no source: .* \(\d+\)$/ }).click();
    await expect(kinds.getByRole('button', { name: /^has no source/ })).toHaveAttribute('aria-pressed', 'true');
    const shown = await problems.getByRole('listitem').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const line of shown) expect(line).toContain('has no source');
    await expectNoAxeViolations(page);
    await kinds.getByRole('button', { name: /^Every kind/ }).click();
    await expect(problems).toContainText('events[4].start_date: year -500 is before year 1 (BCE)');
    // The notice is a script of its own: it follows the page's language, and the file stays open.
    await page.getByLabel('Language').selectOption('ru');
    await expect(page.getByRole('region', { name: 'Открытый файл' })).toContainText('Прочитан как файл TimelineJS (JSON); ничего не загружено в сеть.');
    await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible();
  });

  test("a newsroom's TimelineJS sheet with instructions above its header and a tweet's embed code opens: the rows above are listed, the tweet is a link with its words", async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await dropFixture(page, 'tests/fixtures/timelinejs/qa/sheet-instructions-tweet.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'Statements on the talks' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('Read as a TimelineJS spreadsheet (CSV)');
    const problems = page.getByRole('list', { name: 'Problems in the file' });
    await expect(problems).toContainText('row 1: is above the header row (row 3): it was skipped');
    await expect(problems).toContainText('row 6, column "End Year": "2022-03-01" is before date "2022-03-10": the end date was left out');
    // The talks whose end date was a slip are on the chart, at their start.
    await expect(mark(page, 'Talks in Antalya')).toBeVisible();
    await mark(page, 'The ministry says it is ready to talk').click();
    const panel = page.getByRole('complementary');
    const tweet = panel.getByRole('link', { name: /^We are ready to talk\. — Ministry \(@ministry\) March 1, 2022/ });
    await expect(tweet).toHaveAttribute('href', 'https://twitter.com/ministry/status/123');
    // Its markup and script are nowhere on the page.
    await expect(page.locator('blockquote, script[src*="twitter"]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a sheet with more problems than the panel lists downloads them all as a spreadsheet (the exports\' script, loaded on demand)', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    const rows = Array.from({ length: 25 }, (_, i) => `2022-03-${String(i + 1).padStart(2, '0')},letter,Roscosmos,NASA,Letter ${i + 1},About the station.`);
    await dropFile(page, 'many.csv', Buffer.from(['date,kind,from,to,title,summary', ...rows].join('\n')));
    await expect(mark(page, 'Letter 25')).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the list (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('problems.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    // A byte order mark first, so that Excel reads the file as UTF-8 (trim() would take it for a space).
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('\ufeffWhere,Problem');
    expect(lines.filter((l) => l.includes('has no source'))).toHaveLength(25);
  });

  test('"Open a file" with the keyboard only: Tab to the button, Enter, choose the file', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    // Listening first: Playwright turns on its file-chooser interception asynchronously, and an
    // Enter sent in the same moment could open the (headless, invisible) system dialog instead.
    const choosing = page.waitForEvent('filechooser');
    const button = page.getByRole('button', { name: 'Open a file' });
    for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    const chooser = await choosing;
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles('tests/fixtures/timelinejs/space-race.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('space-race.csv. Read as a TimelineJS spreadsheet (CSV)');
    // The notice's own buttons are next in the tab order after the header.
    await expectNoAxeViolations(page);
  });

  test('the footer offers the template in the page\'s language; downloaded and opened, it is a one-event timeline with no problem, in English and Russian', async ({ page }) => {
    for (const [lang, link, button, title] of [
      ['en', 'download the template (CSV)', 'Open a file', 'My timeline'],
      ['ru', 'скачайте образец (CSV)', 'Открыть файл', 'Моя хронология'],
    ] as const) {
      await page.goto(`/?lang=${lang}`);
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: link }).click();
      const download = await downloading;
      const path = (await download.path())!;
      expect(readFileSync(path, 'utf8')).toBe(readFileSync(`public/${download.suggestedFilename()}`, 'utf8'));
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: button }).click();
      await (await choosing).setFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer: readFileSync(path) });
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.locator('.event-mark')).toHaveCount(1);
      await expect(page.getByRole('status', { name: lang === 'en' ? 'Problems in the dataset' : 'Проблемы в наборе данных' })).toHaveCount(0);
    }
  });

  test('a big file shows its progress, then its timeline', async ({ page }) => {
    await openBigFileOnBundled(page);
    // The line shown, not the visually hidden live region that says the same words.
    await expect(page.getByText('Opening gen-100000.json…').and(page.locator(':not([aria-live])'))).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Opening gen-100000.json…' })).toBeVisible();
    await expect(page.getByText('Showing 100,000 of 100,000 events')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('gen-100000.json');
  });

  test('a search typed while a big file opens is kept and applied to its events once they are in', async ({ page }) => {
    // Before, the file opened on a fresh view: the box emptied and all 100,000 events were shown.
    await openBigFileOnBundled(page);
    await expect(page.getByRole('progressbar', { name: 'Opening gen-100000.json…' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('orbit');
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('gen-100000.json', { timeout: 30_000 });
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('orbit');
    await expect(page).toHaveURL(/[?&]q=orbit\b/);
    await expect(page.getByText(/^Showing [\d,]+ of 100,000 events$/)).not.toHaveText('Showing 100,000 of 100,000 events', { timeout: 30_000 });
  });

  test('keys typed in the search as a big file ends opening are not lost while its first view is drawn', async ({ page }) => {
    // Before, the filter bar went with the timeline before for about a second at 100,000 events:
    // the keys typed then went nowhere, and the notice took focus from the box.
    await openBigFileOnBundled(page);
    await expect(page.getByRole('progressbar', { name: 'Opening gen-100000.json…' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('orb');
    // The timeline before has gone: the file's first view is being drawn.
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toHaveCount(0, { timeout: 30_000 });
    await page.keyboard.type('it');
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('gen-100000.json', { timeout: 30_000 });
    const box = page.getByRole('searchbox', { name: 'Search' });
    await expect(box).toHaveValue('orbit');
    await expect(box).toBeFocused();
    await expect(page).toHaveURL(/[?&]q=orbit\b/);
    await page.keyboard.type('al');
    await expect(box).toHaveValue('orbital');
  });

  test('a workbook is refused with what to do, and the timeline shown before stays usable', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await dropFile(page, 'letters.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The file could not be opened: letters.csv');
    await expect(alert).toContainText('The file cannot be read: it is a ZIP file (an Excel .xlsx or OpenDocument workbook?), not CSV or JSON: in your spreadsheet choose File › Save as (or Download) › "CSV UTF-8"');
    await expect(alert).toContainText('The timeline shown before is still open.');
    await expectNoAxeViolations(page);
    await mark(page, bundled.events[0]!.title).click();
    await expect(page.getByRole('complementary')).toBeVisible();

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  });

  test('a sheet Excel saved as "Unicode text" (UTF-16, tab-separated) opens with its Russian text and no problem', async ({ page }) => {
    // Before, it was refused: "UTF-16 text, which this app does not read".
    await page.goto('/?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const sheet = '#title\tПисьма о МКС\ndate\tkind\tfrom\tto\ttitle\tsummary\tsource 1 title\tsource 1 publisher\n2022-03-02\tletter\tРоскосмос\tНАСА\tРогозин пишет партнёрам\tПисьмо о санкциях\tСтатья\tТАСС\n';
    await dropFile(page, 'письма.txt', Buffer.from(`\ufeff${sheet}`, 'utf16le'));
    await expect(page.getByRole('heading', { level: 1, name: 'Письма о МКС' })).toBeVisible();
    await expect(mark(page, 'Рогозин пишет партнёрам')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Проблемы в наборе данных' })).toHaveCount(0);
  });

  test('a spreadsheet that Russian Excel saved as "CSV" (Windows-1251, semicolons) opens with its Russian text, and the problems say which code page it was read in', async ({ page }) => {
    await page.goto('/?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const sheet = '#title;Письма о МКС\ndate;kind;from;to;title;summary\n2022-03-02;letter;Роскосмос;НАСА;Рогозин пишет партнёрам;Письмо о санкциях\n';
    // Windows-1251: ASCII as it is, А–я from 0xC0, Ё and ё at 0xA8 and 0xB8.
    const bytes = Buffer.from(Array.from(sheet, (c) => (c === 'Ё' ? 0xa8 : c === 'ё' ? 0xb8 : c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0)));
    await dropFile(page, 'письма.csv', bytes);
    await expect(page.getByRole('heading', { level: 1, name: 'Письма о МКС' })).toBeVisible();
    await expect(mark(page, 'Рогозин пишет партнёрам')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Проблемы в файле' })).toContainText('текст не в кодировке UTF-8, поэтому прочитан как Windows-1251 (кириллица) — так Excel сохраняет «CSV» в русской Windows');
    await expectNoAxeViolations(page);
  });

  test('a spreadsheet that Russian Excel saved as "CSV (MS-DOS)" (code page 866, headed in Russian) opens with its Russian text, and the problems say CP866', async ({ page }) => {
    // Before, it was refused: "is not UTF-8 text … save it as CSV UTF-8".
    await page.goto('/?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await dropFile(page, 'письма.csv', readFileSync('tests/fixtures/code-pages/ru-msdos-cp866.csv'));
    await expect(page.getByRole('heading', { level: 1, name: 'Письма о станции' })).toBeVisible();
    await expect(mark(page, 'Рогозин требует снять санкции')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Проблемы в файле' })).toContainText('текст не в кодировке UTF-8, поэтому прочитан как CP866 (кириллица DOS) — так Excel сохраняет «CSV (MS-DOS)» в русской Windows');
  });

  test('with the keyboard, Dismiss on a refusal and Cancel on a file being opened leave focus on "Open a file", not on the page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await dropFile(page, 'photo.png', readFileSync('tests/fixtures/open-file/photo.png'));
    const dismiss = page.getByRole('alert').getByRole('button', { name: 'Dismiss' });
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();

    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a file' }).click();
    await (await choosing).setFiles('tests/fixtures/generated/gen-100000.json');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.focus();
    await page.keyboard.press('Enter');
    await expect(cancel).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  });

  test("on a phone, a file's name wraps only where it may (after a hyphen), in the notice and in a refusal; a name with nowhere to wrap still fits", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    /** The characters just before each line break inside `el`'s text: "no-date-col.cs|v" breaks after "s". */
    const charsBeforeBreaks = (el: Locator) =>
      el.evaluate((node) => {
        const text = node.firstChild as Text;
        const range = document.createRange();
        const before: string[] = [];
        let top: number | null = null;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const y = range.getBoundingClientRect().top;
          if (top !== null && y > top + 2) before.push(text.data[i - 1]!);
          top = y;
        }
        return before;
      });
    const sheet = 'Year,Month,Day,Headline,Text\n2022,3,12,A,https://e.org/a\n';
    await dropFile(page, 'space-station-letters-march.csv', Buffer.from(sheet));
    const notice = page.getByText('space-station-letters-march.csv', { exact: true });
    await expect(notice).toBeVisible();
    for (const c of await charsBeforeBreaks(notice)) expect(c).toBe('-');

    await dropFile(page, 'no-date-col.csv', readFileSync('tests/fixtures/open-file/no-date-col.csv'));
    const refused = page.getByRole('alert').getByText('no-date-col.csv', { exact: true });
    await expect(refused).toBeVisible();
    for (const c of await charsBeforeBreaks(refused)) expect(c).toBe('-');

    const long = `${'x'.repeat(120)}.csv`;
    await dropFile(page, long, Buffer.from('not a timeline'));
    await expect(page.getByRole('alert').getByText(long, { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('an image or a saved web page dropped on the page is named for what it is, said once, in English and Russian', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await dropFile(page, 'photo.png', readFileSync('tests/fixtures/open-file/photo.png'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The file cannot be read: it is an image (PNG), not a spreadsheet or a JSON file: open a CSV or JSON file.');
    await expect(alert.getByRole('list')).toHaveCount(0);
    expect((await alert.textContent())!.match(/an image \(PNG\)/g)).toHaveLength(1);
    await dropFile(page, 'page.html', readFileSync('tests/fixtures/open-file/page.html'));
    await expect(alert).toContainText('it is a web page (HTML), not a spreadsheet or a JSON file');
    await expect(alert).not.toContainText('address');

    await page.goto('/?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await dropFile(page, 'photo.png', readFileSync('tests/fixtures/open-file/photo.png'));
    await expect(page.getByRole('alert')).toContainText('Файл не удалось прочитать: это изображение (PNG), а не таблица и не файл JSON: откройте файл CSV или JSON.');
  });

  test('a drag of text or a link is not taken for a file', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    const dataTransfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'hello');
      data.setData('text/uri-list', 'https://example.org/');
      return data;
    });
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await expect(page.getByText('Drop the file to open it')).toHaveCount(0);
  });

  test('an embed offers no way to open a file', async ({ page }) => {
    await page.goto('/?embed=1');
    await expect(page.locator('.event-mark').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open a file' })).toHaveCount(0);
  });
});

test('an unsourced event is marked in words in the panel and the list, in the language of the page (the panel is a script of its own)', async ({ page }) => {
  await page.goto('/?lang=ru&data=/fixtures/open-file/letters.csv&event=reply');
  const panel = page.getByRole('complementary');
  await expect(panel).toContainText('Без источника');
  await expect(panel).toContainText('В наборе данных нет источника для этого события.');
  await expect(panel).toContainText('14 марта 2022 г.');
  await page.goto('/?data=/fixtures/open-file/letters.csv&view=list');
  await expect(page.getByRole('row', { name: /NASA says the station runs as before/ })).toContainText('Unsourced');
  await expect(page.getByRole('row', { name: /Roscosmos asks for the sanctions to end/ })).not.toContainText('Unsourced');
});

test("a sheet as a Russian newsroom saves it (Windows-1251, semicolons, LibreOffice's 12.03.22, Excel's «2 апреля 2022 г.», a look-alike letter, actors by their Russian names) opens whole on a Russian page, each such cell said in Russian", async ({ page }) => {
  // tests/fixtures/open-file/ru-libreoffice.csv. Before, both events were left out ("недопустимая дата"), the kind
  // «Пиcьмо» (a Latin "c") was refused, «Роскосмос» and «НАСА» became two more lanes, and the credit lost «РИА Новости».
  await page.goto('/?lang=ru');
  await expect(page.locator('.event-mark').first()).toBeVisible();
  await dropFixture(page, 'tests/fixtures/open-file/ru-libreoffice.csv');
  await expect(page.getByRole('heading', { level: 1, name: 'Письма «Роскосмоса»' })).toBeVisible();
  await expect(page.locator('.event-mark')).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^Требование, 12 марта 2022 г\., от: Роскосмос, кому: НАСА, письмо/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Ответ, 2 апреля 2022 г\./ })).toBeVisible();
  const problems = page.getByRole('status', { name: 'Проблемы в наборе данных' });
  await expect(problems).toContainText('в дате «12.03.22» год записан двумя цифрами: она прочитана как 2022-03-12');
  await expect(problems).toContainText('(латиницей: «c»): это прочитано как то же слово, набранное одним алфавитом: «Письмо»');
  await expect(problems).toContainText('2 ячейки вместо одной');
  await expect(problems).toContainText('Windows-1251');
  await expect(page.getByText('Источники: ТАСС; РИА Новости')).toBeVisible();
});

test('a Russian Excel "CSV (MS-DOS)" whose only such letter is "№", numbered in a "№" column, its source merged over two header rows and a span of days in one cell, opens whole', async ({ page }) => {
  // tests/fixtures/open-file/en-msdos-numbered.csv (code page 866). Before: read as Windows-1252 ("ü;date", "letter ü 12"), the
  // "№" column "not a column of this format", the source's columns ignored (every event Unsourced) and the first row left out
  // ("07.03.2022 - 10.03.2022" is not a valid date).
  await page.goto('/?lang=en');
  await expect(page.locator('.event-mark').first()).toBeVisible();
  await dropFixture(page, 'tests/fixtures/open-file/en-msdos-numbered.csv');
  await expect(page.locator('.event-mark')).toHaveCount(2);
  const problems = page.getByRole('status', { name: 'Problems in the dataset' });
  await expect(problems).toContainText('CP866 (Cyrillic, DOS)');
  await expect(problems).not.toContainText(/not a column|Unsourced|not a valid date/);
  await page.getByRole('button', { name: /^Letters to partners/ }).click();
  await expect(page.getByRole('complementary')).toContainText('letter № 12');
});

test('an image from another site is not requested until the reader presses "Show image from …"', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).hostname === 'images.example.org') requested.push(r.url());
  });
  // A 1×1 PNG, served for that site (which does not exist on this test machine).
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  await page.route('https://images.example.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));

  await page.goto('/?data=/fixtures/open-file/letters.csv&event=demand');
  const panel = page.getByRole('complementary');
  const show = panel.getByRole('button', { name: 'Show image from images.example.org' });
  await expect(show).toBeVisible();
  await expect(panel.getByRole('figure')).toContainText('The letter as Rogozin posted it');
  await expect(panel.getByRole('figure')).toContainText('Credit: Roscosmos');
  await expect(panel.getByRole('img')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(requested).toEqual([]);
  await expectNoAxeViolations(page);

  await show.click();
  const img = panel.getByRole('img', { name: 'A typed letter on Roscosmos paper' });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(1);
  expect(requested).toEqual(['https://images.example.org/letter.png']);
  await expect(show).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe('a file opened on the page, and a reload', () => {
  /** Opens letters.csv, filters its view and opens one of its events: an address the bundled dataset knows nothing of. */
  async function openLettersAndExplore(page: Page, address = '/', bundledTitle = bundled.title) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: bundledTitle })).toBeVisible();
    await dropFixture(page, 'tests/fixtures/open-file/letters.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await mark(page, 'NASA says the station runs as before').click();
    await expect(page).toHaveURL(/[?&]event=reply\b/);
    await expect(page.getByRole('complementary')).toContainText('NASA says its work with Roscosmos on the station goes on.');
  }

  test('a reload keeps the opened file, its notice and its view (the open event), with no notice about the address', async ({ page }) => {
    await openLettersAndExplore(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('This timeline comes from a file on this computer: letters.csv.');
    // Kept: the notice does not say a reload would close it.
    await expect(page.getByRole('region', { name: 'Opened file' })).not.toContainText('a reload will close it');
    await expect(page.getByRole('complementary')).toContainText('NASA says its work with Roscosmos on the station goes on.');
    await expect(page.getByText(/no event has the id/)).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]event=reply\b/);
    // Closing it still returns to the bundled dataset, in the view it had.
    await page.getByRole('region', { name: 'Opened file' }).getByRole('button', { name: 'Close the file' }).click();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page).not.toHaveURL(/event=/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toHaveCount(0);
  });

  test('Back to a view of a file closed since says it was closed (not that it was not kept), and puts that view right: a reload there shows the bundled dataset, no notice', async ({ page }) => {
    await openLettersAndExplore(page);
    await page.getByRole('region', { name: 'Opened file' }).getByRole('button', { name: 'Close the file' }).click();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    // Everything a live region says from here on.
    await page.evaluate(() => {
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => {
        for (const live of document.querySelectorAll('[aria-live], [role=status]')) if (live.textContent && !said.includes(live.textContent)) said.push(live.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.goBack();
    const closed = page.getByRole('status').filter({ hasText: 'The file letters.csv was closed. Open it again to go on reading it.' });
    await expect(closed).toBeVisible();
    // Never said to be opening while it is looked for; focus, whose view went, is on "Open a file" (the way to open it again).
    expect((await page.evaluate(() => (window as unknown as { said: string[] }).said)).filter((s) => s.includes('Opening'))).toEqual([]);
    await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /letters\.csv/ })).toHaveCount(0);
    await expect(page.getByText(/no event has the id/)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('in Russian, a file closed and the page reloaded: Forward to a view of the file says it was closed', async ({ page }) => {
    const ruTitle = (JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8')) as { translations: { ru: { title: string } } }).translations.ru.title;
    await openLettersAndExplore(page, '/?lang=ru', ruTitle);
    // Back to the file's first view (its entry still names it), then closed there: its later view is ahead.
    await page.goBack();
    await expect(page).not.toHaveURL(/event=/);
    await page.getByRole('region', { name: 'Открытый файл' }).getByRole('button', { name: 'Закрыть файл' }).click();
    await expect(page.getByRole('heading', { level: 1, name: ruTitle })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: ruTitle })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('status').filter({ hasText: 'Файл letters.csv был закрыт. Откройте его снова, чтобы продолжить чтение.' })).toBeVisible();
    await expect(page).not.toHaveURL(/event=/);
    await expect(page.getByText(/нет события с идентификатором/)).toHaveCount(0);
  });

  test('where the browser cannot keep it, Back past the file and Forward again say it was not kept, naming no reload (there was none)', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await dropLettersAfterAView(page);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await page.goForward();
    const status = page.getByRole('status').filter({ hasText: /letters\.csv/ });
    await expect(status).toHaveText(/^The file letters\.csv was not kept in this browser, so it cannot be shown again/);
    await expect(status).not.toContainText('reload');
  });

  test('Back from a file\'s first view shows the bundled dataset in the view the file was opened over, focus on "Open a file", and Back again the view before that; Forward shows the file again, in its view', async ({ page }) => {
    await dropLettersAfterAView(page);

    // Before, the file took the place of the view it was opened over: Back skipped that view, and on a tab's first page left the app.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page.getByRole('region', { name: 'Opened file' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(/kind=letter/);
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();

    await page.goForward();
    await expect(page).not.toHaveURL(/kind=/);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toBeFocused();
    await expect(page).not.toHaveURL(/kind=/);
  });

  for (const { lang, title, looking, opened } of [
    { lang: 'en', title: bundled.title, looking: 'Looking for letters.csv in this browser…', opened: 'Opened file' },
    { lang: 'ru', title: (JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8')) as { translations: { ru: { title: string } } }).translations.ru.title, looking: 'Ищем файл letters.csv в этом браузере…', opened: 'Открытый файл' },
  ]) {
    test(`${lang}: Forward to a file's view shows the page's frame and says the file is looked for while it is (before, only its name)`, async ({ page }) => {
      // The browser's storage answers only when the test lets it: the file is being looked for meanwhile.
      await page.addInitScript(() => {
        const w = window as unknown as { holdStorage?: Promise<void>; releaseStorage?: () => void };
        const open = IDBFactory.prototype.open;
        IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
          const request = open.apply(this, args);
          const hold = w.holdStorage;
          if (!hold) return request;
          let handler: ((this: IDBRequest, ev: Event) => unknown) | null = null;
          Object.defineProperty(request, 'onsuccess', { get: () => handler, set: (h: typeof handler) => (handler = h) });
          request.addEventListener('success', (ev) => void hold.then(() => handler?.call(request, ev)));
          return request;
        };
      });
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await dropFixture(page, 'tests/fixtures/open-file/letters.csv');
      await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await page.evaluate(() => {
        const w = window as unknown as { holdStorage?: Promise<void>; releaseStorage?: () => void };
        w.holdStorage = new Promise((resolve) => (w.releaseStorage = resolve));
      });
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1, name: 'letters.csv' })).toBeVisible();
      // The frame: the language beside the heading, as on the file's page; and a status with a progress bar.
      await expect(page.getByRole('combobox', { name: lang === 'en' ? 'Language' : 'Язык' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: looking })).toBeVisible();
      await expect(page.getByRole('progressbar', { name: looking })).toBeVisible();
      // The heading holds the focus meanwhile.
      await expect(page.getByRole('heading', { level: 1, name: 'letters.csv' })).toBeFocused();
      await expectNoAxeViolations(page);
      await page.evaluate(() => (window as unknown as { releaseStorage: () => void }).releaseStorage());
      await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
      await expect(page.getByRole('region', { name: opened })).toBeFocused();
    });
  }

  test('a file opened on a tab\'s first page: Back returns to the bundled dataset, not out of the app', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await dropFixture(page, 'tests/fixtures/open-file/letters.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toHaveCount(0);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
  });

  test('a second file opened over the first: Back to the first\'s view says it was closed (not the second file in the first\'s view), Forward shows the second again', async ({ page }) => {
    await openLettersAndExplore(page);
    await dropFixture(page, 'tests/fixtures/timelinejs/space-race.csv');
    await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('status').filter({ hasText: 'The file letters.csv was closed. Open it again to go on reading it.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();

    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('space-race.csv');
    await expect(page.getByText(/no event has the id/)).toHaveCount(0);
  });

  test('a file read again with its dates the other way round is the same file: Back to a view from before stays in it, and a reload keeps the order chosen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    const sheet = '#title,American dates\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,03/04/2022,letter,nasa,,First letter,S,T,P\nb,04/05/2022,letter,nasa,,Second letter,S,T,P\n';
    await dropFile(page, 'us.csv', Buffer.from(sheet));
    await mark(page, 'First letter').click();
    await expect(page).toHaveURL(/[?&]event=a\b/);
    await page.getByRole('complementary').getByRole('button', { name: 'Close details' }).click();
    await page.getByRole('status', { name: 'Problems in the dataset' }).getByRole('button', { name: 'Read the dates day first' }).click();
    await expect(mark(page, 'First letter')).toHaveAccessibleName(/^First letter, 3 April 2022/);

    await page.goBack();
    await expect(page).toHaveURL(/[?&]event=a\b/);
    await expect(page.getByRole('heading', { level: 1, name: 'American dates' })).toBeVisible();
    await expect(page.getByRole('complementary')).toContainText('First letter');
    await expect(page.getByRole('status').filter({ hasText: 'was closed' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'American dates' })).toBeVisible();
    await expect(mark(page, 'First letter')).toHaveAccessibleName(/^First letter, 3 April 2022/);
  });

  test('where the browser cannot keep it, its notice says so when it opens; a reload shows the bundled dataset without the file\'s view, and says to open the file again', async ({ page }) => {
    // As in a browser that keeps nothing for the page (storage off, as in some private modes).
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await openLettersAndExplore(page);
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('This browser cannot keep the file for this page: a reload will close it.');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'The file letters.csv was not kept in this browser, so it cannot be shown again: a file opened on the page is kept only if this browser allows it and it is at most 16 MB. Open it again to go on reading it.' })).toBeVisible();
    await expect(page.getByText(/no event has the id/)).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
