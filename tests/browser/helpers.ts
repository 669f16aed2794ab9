import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page and expects zero violations, printing any it finds. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Collects console errors and page errors so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

interface BundledEvent {
  id: string;
  title: string;
  from: string;
}

export const bundled = JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8')) as {
  title: string;
  credit: string;
  events: BundledEvent[];
};

/** Records the page's long tasks from its first script on (call before `goto`); read them with longTasksSince. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: PerformanceEntry[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      w.longTasks.push(...list.getEntries());
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The durations (ms) of the long tasks that started after `since` (ms since navigation), once the observer has delivered the last ones. */
export async function longTasksSince(page: Page, since: number): Promise<number[]> {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  return page.evaluate(
    (since) => (window as unknown as { longTasks: PerformanceEntry[] }).longTasks.filter((e) => e.startTime >= since).map((e) => Math.round(e.duration)),
    since,
  );
}

/**
 * Answers as a server that does not let other sites read it (no CORS headers): a read from the
 * page is refused (simulated: Playwright's fulfilled responses skip the CORS check), and a request
 * without CORS (no Origin: the app asking whether the server can be reached at all) is answered.
 */
export async function refuseOtherSites(route: Route): Promise<void> {
  if (await route.request().headerValue('origin')) return route.abort('accessdenied');
  return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Sign in</title>' });
}
