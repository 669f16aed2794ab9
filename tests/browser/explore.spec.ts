import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { bundled, collectErrors, expectNoAxeViolations, longTasksSince, observeLongTasks } from './helpers.ts';

interface FullEvent {
  id: string;
  title: string;
  from: string;
  to: string[];
}
const events = bundled.events as unknown as FullEvent[];
const involvingEsa = events.filter((e) => e.from === 'esa' || e.to.includes('esa'));

const chart = (page: Page) => page.getByRole('group', { name: /events? in \d+ lanes?/ });
const chartIds = (page: Page) => page.locator('.event-mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')).sort());

test('typing a date into From from the keyboard adds one Back entry, not one per digit of its year', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const before = await page.evaluate(() => history.length);
  await page.getByRole('textbox', { name: 'From' }).focus();
  // Chromium's date field changes its value as each digit of the year arrives: 0002, 0020, 0202, 2022.
  for (const key of '03152022') await page.keyboard.type(key, { delay: 60 });
  await expect(page).toHaveURL(/\?from=2022-03-15$/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(`Showing ${events.length} of ${events.length} events`)).toBeVisible();
});

test('?agency=esa shows exactly the events involving ESA in the chart and in the table', async ({ page }) => {
  await page.goto('/?agency=esa');
  await expect(page.getByText(`Showing ${involvingEsa.length} of ${events.length} events`)).toBeVisible();
  await expect(chart(page)).toBeVisible();
  expect(await chartIds(page)).toEqual(involvingEsa.map((e) => e.id).sort());
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(involvingEsa.length);
  const rowIds = await page.locator('tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id')).sort());
  expect(rowIds).toEqual(involvingEsa.map((e) => e.id).sort());
});

test('toggling filters updates the URL and Back restores the previous view', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await page.getByRole('button', { name: /^NASA, \d+ events?$/ }).click();
  await expect(page).toHaveURL(/\?agency=nasa$/);
  await page.getByRole('button', { name: /^Letter, \d+ events?$/ }).click();
  await expect(page).toHaveURL(/\?agency=nasa&kind=letter$/);
  const letters = events.filter((e) => (e.from === 'nasa' || e.to.includes('nasa')) && (bundled.events as unknown as { id: string; kind: string }[]).find((x) => x.id === e.id)?.kind === 'letter');
  await expect(page.getByText(`Showing ${letters.length} of ${events.length} events`)).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?agency=nasa$/);
  await expect(page.getByRole('button', { name: /^Letter, \d+ events?$/ })).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(page.getByText(`Showing ${events.length} of ${events.length} events`)).toBeVisible();
});

test('a filter that drops a lane shortens the chart without giving its canvas new pixels, and it grows back', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toHaveAccessibleName(/in 6 lanes/);
  // A canvas's pixels are what takes time when it changes size (10-20 ms here).
  const sizes = () => page.locator('canvas').evaluateAll((cs) => cs.map((c) => `${(c as HTMLCanvasElement).width}x${(c as HTMLCanvasElement).height}`));
  const pixels = await sizes();
  const tall = (await chart(page).boundingBox())!.height;
  await page.getByRole('button', { name: /^CSA, \d+ events?$/ }).click();
  await expect(chart(page)).toHaveAccessibleName(/in 5 lanes/);
  await expect.poll(async () => (await chart(page).boundingBox())!.height).toBeLessThan(tall);
  expect(await sizes()).toEqual(pixels);
  // What is below the chart starts where the chart now ends: the clipped pixels take no room.
  const chartBottom = await chart(page).evaluate((el) => el.getBoundingClientRect().bottom);
  const overviewTop = await page.getByRole('slider', { name: 'Visible window', exact: true }).evaluate((el) => el.getBoundingClientRect().top);
  expect(overviewTop - chartBottom).toBeLessThan(40);
  await page.getByRole('button', { name: /^CSA, \d+ events?$/ }).click();
  await expect(chart(page)).toHaveAccessibleName(/in 6 lanes/);
  await expect.poll(async () => (await chart(page).boundingBox())!.height).toBe(tall);
});

test('search finds Cyrillic text in any case and highlights it in the panel', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('роскосмос направляет');
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByText(`Showing 1 of ${events.length} events`)).toBeVisible();
  await chart(page).getByRole('button', { name: /^Rogozin demands partners lift sanctions/ }).click();
  await expect(page.locator('blockquote[lang="ru"] mark').first()).toHaveText(/Роскосмос/);
});

test('typing "рогозин" or "ROGOZIN" finds the same events by Rogozin', async ({ page }) => {
  await page.goto('/?q=рогозин');
  await expect(chart(page)).toBeVisible();
  const cyrillic = await chartIds(page);
  expect(cyrillic.length).toBeGreaterThan(0);
  expect(cyrillic).toContain('rogozin-posts-replies');
  await page.goto('/?q=ROGOZIN');
  await expect(chart(page)).toBeVisible();
  expect(await chartIds(page)).toEqual(expect.arrayContaining(cyrillic));
});

test('an empty result says so and offers to clear the filters, which brings the chart back whole at once', async ({ page }) => {
  await page.goto('/?q=zzzzzz-nothing');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  // Every name the chart has from here on: never an empty chart on the way back.
  await page.evaluate(() => {
    const names: string[] = ((window as unknown as { chartNames: string[] }).chartNames = []);
    new MutationObserver(() => {
      const name = document.querySelector('[role="group"][aria-label*="lane"]')?.getAttribute('aria-label');
      if (name && names.at(-1) !== name) names.push(name);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByText(`Showing ${events.length} of ${events.length} events`)).toBeVisible();
  await expect(chart(page)).toHaveAccessibleName(new RegExp(`: ${events.length} events in 6 lanes`));
  expect(await page.evaluate(() => (window as unknown as { chartNames: string[] }).chartNames.map((n) => n.replace(/^.*: /, '')))).toEqual([`${events.length} events in 6 lanes, one per sender`]);
});

test('malformed parameters show a notice, are never rendered as HTML, and the app works', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?agency=esa,<img src=x onerror=alert(1)>&role=sideways&kind=fax&from=2022-02-30&view=map');
  const notice = page.getByRole('status').filter({ hasText: 'is not in this dataset' });
  await expect(notice).toContainText('agency: "<img src=x onerror=alert(1)>" is not in this dataset (ignored)');
  await expect(notice).toContainText('role: "sideways" is not involving, sent or received (ignored)');
  await expect(notice).toContainText('kind: "fax" is not a kind of event (ignored)');
  await expect(notice).toContainText('from: "2022-02-30" is not a date like 2022-03-01 (ignored)');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.getByText(`Showing ${involvingEsa.length} of ${events.length} events`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('?agency= with 100,000 entries settles within 1 s, with at most 21 notice lines and no task over 200 ms', { tag: '@timing' }, async ({ page }) => {
  await observeLongTasks(page);
  // One known agency, then 100,000 unknown ones: 600 distinct (more notices than are shown), and `x` again and again.
  const query = `?agency=${['esa', ...Array.from({ length: 100_000 }, (_, i) => (i < 600 ? `x${i}` : 'x'))].join(',')}`;
  const expectCappedNotices = async () => {
    const items = page.getByRole('status').filter({ hasText: 'is not in this dataset' }).getByRole('listitem');
    // The notices' words come with the problems' script, a moment after the view.
    await expect(items.last()).toHaveText('and 480 more');
    const lines = await items.allTextContents();
    expect(lines.length).toBeLessThanOrEqual(21);
    expect(lines[0]).toBe('agency: more than 500 values; only the first 500 were read');
    expect(lines[1]).toBe('agency: "x0" is not in this dataset (ignored)');
    // 500 notices: the cap's, and one for each of the 499 unknown agencies read with esa; 20 shown.
    expect(lines.at(-1)).toBe('and 480 more');
    await expect(page.getByText(`Showing ${involvingEsa.length} of ${events.length} events`)).toBeVisible();
  };

  // Navigated to within the app (Back, Forward): the browser changes the address, then the app reads
  // it on popstate; the time and the tasks from that event until the notices are shown are the app's.
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await page.evaluate((q) => history.pushState(null, '', q), query);
  const since = await page.evaluate(() => performance.now());
  const settledMs = await page.evaluate(async () => {
    const t0 = performance.now();
    dispatchEvent(new PopStateEvent('popstate'));
    while (!document.querySelector('[role="status"] li')) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  expect(settledMs).toBeLessThan(1_000);
  await expectCappedNotices();
  const inApp = await longTasksSince(page, since);
  expect(inApp.filter((d) => d > 200), `long tasks (ms): ${inApp.join(', ')}`).toEqual([]);

  // Opened directly, the same. (Its tasks are not bounded here: they are the app's first view, which
  // on this shared 2-core machine under load takes over 200 ms with no parameter at all.)
  await page.goto(`/${query}`);
  await expect(chart(page)).toBeVisible();
  await expectCappedNotices();
});

test('CSV, JSON, SVG and PNG downloads are produced, the JSON validates and the CSV loads back to the same events', async ({ page }, info) => {
  await page.goto('/?agency=esa');
  await expect(chart(page)).toBeVisible();
  const files: Record<string, string> = {};
  for (const kind of ['CSV', 'JSON', 'SVG', 'PNG']) {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: new RegExp(`as ${kind}$`) }).click()]);
    const path = info.outputPath(dl.suggestedFilename());
    await dl.saveAs(path);
    files[kind] = path;
  }
  // The CSV download loads back (npm run import) to the same dataset as the JSON download.
  const fromCsv: unknown = JSON.parse(execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', files.CSV!], { encoding: 'utf8' }));
  expect(fromCsv).toEqual(JSON.parse(readFileSync(files.JSON!, 'utf8')));
  expect((fromCsv as { events: unknown[] }).events).toHaveLength(involvingEsa.length);
  const svg = readFileSync(files.SVG!, 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('ESA');
  // It says which filters it shows, under its title (before, only "(filtered)").
  expect(svg).toContain('>Agencies: ESA</text>');
  const png = readFileSync(files.PNG!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);
  const out = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/validate.ts', files.JSON!], { encoding: 'utf8' });
  expect(out).toContain(`valid: "${bundled.title} (filtered)", ${involvingEsa.length} events`);
});

test('axe finds no violation in the list view and with filters active', async ({ page }) => {
  await page.goto('/?view=list');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/?agency=esa,csa&kind=letter&q=iss&from=2022-03-01&to=2022-04-30');
  await expect(chart(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/?q=zzzz');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await expectNoAxeViolations(page);
});

/*
 * A From typed after the To: the fields are swapped, with a notice, and the address holds the days
 * in order. Before, it kept them as typed, so a copied link showed the notice again to its reader.
 */
test('a From typed after the To swaps the two, with a notice, and writes them in order to the address', async ({ page }) => {
  await page.goto('/?to=2022-03-10');
  await expect(chart(page)).toBeVisible();
  const from = page.getByRole('textbox', { name: 'From' });
  const to = page.getByRole('textbox', { name: 'To' });
  await from.fill('2022-04-01');
  await from.blur();
  // Said in the fields' words (urlState.test): the reader typed in them, and wrote no address.
  await expect(page.getByRole('status').filter({ hasText: 'The day in From (1 April 2022) was after the day in To (10 March 2022): the two were swapped' })).toBeVisible();
  await expect(from).toHaveValue('2022-03-10');
  await expect(to).toHaveValue('2022-04-01');
  const search = () => new URL(page.url()).searchParams;
  expect([search().get('from'), search().get('to')]).toEqual(['2022-03-10', '2022-04-01']);
  // The link as copied: the same days, nothing to say about them.
  await page.goto(page.url());
  await expect(from).toHaveValue('2022-03-10');
  await expect(to).toHaveValue('2022-04-01');
  await expect(chart(page)).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByText('dates swapped')).toHaveCount(0);
});

/*
 * A To typed from the keyboard after a From: the field changes as each digit of the year arrives
 * (0002-04-01, 0020-04-01…), days before the From. Before, the first of them was swapped into the
 * From at once, and the From the reader had and the To they typed were both lost (?from=0002-03-10&to=0002-04-01).
 */
test('typing a To from the keyboard with a From set keeps both; a To before the From is swapped as the field is left', async ({ page }) => {
  await page.goto('/?from=2022-03-10');
  await expect(chart(page)).toBeVisible();
  const from = page.getByRole('textbox', { name: 'From' });
  const to = page.getByRole('textbox', { name: 'To' });
  const before = await page.evaluate(() => history.length);
  await to.focus();
  for (const key of '04012022') await page.keyboard.type(key, { delay: 60 });
  await expect(page).toHaveURL(/\?from=2022-03-10&to=2022-04-01$/);
  await expect(from).toHaveValue('2022-03-10');
  await to.blur();
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // A To before the From, typed over the one there: held in its field until it is left, then swapped, with the notice.
  await to.focus();
  for (const key of '03012022') await page.keyboard.type(key, { delay: 60 });
  await expect(to).toHaveValue('2022-03-01');
  await expect(from).toHaveValue('2022-03-10');
  await to.blur();
  await expect(page).toHaveURL(/\?from=2022-03-01&to=2022-03-10$/);
  await expect(from).toHaveValue('2022-03-01');
  await expect(to).toHaveValue('2022-03-10');
  await expect(page.getByRole('status').filter({ hasText: 'The day in From (10 March 2022) was after the day in To (1 March 2022): the two were swapped' })).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(before + 2);
  await page.goBack();
  await expect(page).toHaveURL(/\?from=2022-03-10&to=2022-04-01$/);
});

test('typing over a date from the keyboard keeps its filter while a month or day is half typed; Clear and Back still work', async ({ page }) => {
  // Before, Chromium's field gave an empty value as the first digit of the month or day was typed:
  // the filter was cleared (the chart jumped to all events) and set again at the next digit.
  await page.goto('/?from=2022-03-01&to=2022-04-01');
  await expect(chart(page)).toBeVisible();
  const to = page.getByRole('textbox', { name: 'To' });
  const before = await page.evaluate(() => history.length);
  await to.focus();
  await page.keyboard.type('0');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\?from=2022-03-01&to=2022-04-01$/);
  await page.keyboard.type('3');
  await expect(page).toHaveURL(/\?from=2022-03-01&to=2022-03-01$/);
  await page.keyboard.type('0');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\?from=2022-03-01&to=2022-03-01$/);
  await page.keyboard.type('5');
  await expect(page).toHaveURL(/\?from=2022-03-01&to=2022-03-05$/);
  await expect(to).toHaveValue('2022-03-05');
  await to.blur();
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // Back and Clear do as before, Clear also with a day half typed.
  await page.goBack();
  await expect(page).toHaveURL(/\?from=2022-03-01&to=2022-04-01$/);
  await expect(to).toHaveValue('2022-04-01');
  await to.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('0');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\?from=2022-03-01&to=2022-04-01$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/from=|to=/);
  await expect(to).toHaveValue('');
});

test('Clear pressed while a To typed before the From is held in its field clears everything in one Back entry', async ({ page }) => {
  // Before, pressing Clear left the field, which wrote the held day first (?from=0002-03-01&to=2022-03-10,
  // swapped, with a notice), then cleared: two entries, and Back brought back a day the reader never chose.
  await page.goto('/?from=2022-03-10');
  await expect(chart(page)).toBeVisible();
  const to = page.getByRole('textbox', { name: 'To' });
  const before = await page.evaluate(() => history.length);
  await to.focus();
  for (const key of '03012') await page.keyboard.type(key, { delay: 60 });
  await expect(to).toHaveValue('0002-03-01');
  await expect(page).toHaveURL(/\?from=2022-03-10$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/from=|to=/);
  await expect(to).toHaveValue('');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await expect(page.getByText('dates swapped')).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\?from=2022-03-10$/);
});
