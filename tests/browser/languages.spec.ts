import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en } from '../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../src/shared/i18n/catalogues/ru.ts';
import { enDetailTexts } from '../../src/shared/i18n/detailTexts.ts';
import { enListTexts } from '../../src/shared/i18n/listTexts.ts';
import { enEmbedTexts } from '../../src/shared/i18n/embedTexts.ts';
import { enNoticeTexts } from '../../src/shared/i18n/noticeTexts.ts';
import type { Plural } from '../../src/shared/i18n/plural.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './helpers.ts';

/** The Embed form's Russian words (English gives its own outside the catalogue: embedTexts.ts). */
const ruEmbed = ru.embedTexts!;

/*
 * What a Russian-speaking reader relies on (issue 17): ?lang=ru or a Russian browser gives the
 * whole interface in Russian, with Russian dates, numbers and plurals, the dataset's Russian
 * titles (the original a click away), links that keep the language, and no axe violation. The
 * expected words come from the catalogues and the dataset; dates and numbers are written out.
 */

interface Translation {
  title: string;
  summary?: string;
  description?: string;
  credit?: string;
  by?: string;
}
interface DataEvent {
  id: string;
  title: string;
  summary: string;
  kind: keyof typeof ru.kinds;
  from: string;
  to: string[];
  translations: { ru: Translation };
}
const datasetText = readFileSync('data/roscosmos-iss-2022.json', 'utf8');
const dataset = JSON.parse(datasetText) as { title: string; translations: { ru: Translation }; events: DataEvent[] };

const ruTitle = dataset.translations.ru.title;
const event = (id: string) => {
  const e = dataset.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in the bundled dataset`);
  return e;
};
const total = dataset.events.length;
const senders = new Set(dataset.events.map((e) => e.from)).size;

/** A plural message the way Russian picks its form (1 событие, 4 события, 19 событий). */
const ruPlural = (p: Plural, n: number) => (p[new Intl.PluralRules('ru').select(n) as keyof Plural] ?? p.other).replace('#', String(n));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Text as whole words: not part of a longer word. */
const asWords = (s: string, flags = '') => new RegExp(`(?<!\\p{L})${escapeRegExp(s)}(?!\\p{L})`, `u${flags}`);

/** The chart of the whole bundled dataset, named in Russian. */
const ruChart = (page: Page) => page.getByRole('group', { name: ru.chart.name(ruTitle, ruPlural(ru.events, total), ruPlural(ru.chart.lanes, senders), false), exact: true });
const hints = Object.values(ru.chart.units).map((u) => `${ru.chart.axis(u)} ${ru.chart.hint}`);

/**
 * Every fixed piece of English text in the English catalogue that the Russian catalogue says
 * otherwise: plain strings, plural forms, and the words around the values of messages with values.
 */
function englishPieces(): string[] {
  const MARK = '\ue000';
  const pieces = new Set<string>();
  const add = (text: string) => {
    for (const piece of text.split(/[\ue000#]/)) {
      const p = piece.trim();
      if (p.length >= 4 && /[A-Za-z]{3}/.test(p)) pieces.add(p);
    }
  };
  const walk = (e: unknown, r: unknown) => {
    if (typeof e === 'string') {
      if (e !== r) add(e);
    } else if (typeof e === 'function') {
      add((e as (...args: string[]) => string)(...Array<string>(e.length).fill(MARK)));
    } else if (e && typeof e === 'object') {
      for (const [k, v] of Object.entries(e)) if (k !== 'locale') walk(v, (r as Record<string, unknown> | undefined)?.[k]);
    }
  };
  // The Embed form's, the panel's and the list's English live outside the catalogue (embedTexts.ts, detailTexts.ts, listTexts.ts): compared all the same.
  walk({ ...en, embedTexts: enEmbedTexts, detailTexts: enDetailTexts, listTexts: enListTexts, noticeTexts: enNoticeTexts }, ru);
  return [...pieces];
}
const ENGLISH_PIECES = englishPieces();

/** Every string in the dataset file: its text may be English where the dataset gives no translation. */
const DATASET_STRINGS = (() => {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(datasetText));
  return [...out].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
})();

/**
 * The English catalogue's pieces found in what the page shows and names: its visible text, its
 * title, and the labels, titles, placeholders and values of its elements, the dataset's own text
 * taken out first.
 */
async function englishLeftOnPage(page: Page): Promise<string[]> {
  let text = await page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('*')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) parts.push(el.value);
    }
    return parts.join('\n');
  });
  for (const s of DATASET_STRINGS) text = text.replace(asWords(s, 'g'), '\n');
  return ENGLISH_PIECES.filter((p) => asWords(p).test(text));
}

/** The interface is Russian: <html lang>, the heading and the chart's name. */
async function expectRussian(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ruTitle);
  await expect(ruChart(page)).toBeVisible();
}

test.describe('?lang=ru', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('shows the Russian interface: title, filters, chart toolbar, view switch, legend, downloads and Embed', async ({ page }) => {
    await page.goto('/?lang=ru');
    await expectRussian(page);
    await expect(page).toHaveTitle(ruTitle);
    await expect(page.getByRole('combobox', { name: ru.app.language })).toHaveValue('ru');

    const filters = page.getByRole('region', { name: ru.filters.label, exact: true });
    await expect(filters.getByRole('combobox', { name: ru.filters.role })).toHaveValue('involving');
    await expect(filters.getByRole('option', { name: ru.filters.roles.sent })).toBeAttached();
    const kinds = filters.getByRole('group', { name: ru.filters.kinds, exact: true });
    for (const kind of Object.keys(ru.kinds) as (keyof typeof ru.kinds)[]) {
      const n = dataset.events.filter((e) => e.kind === kind).length;
      await expect(kinds.getByRole('button', { name: ru.filters.chip(ru.kinds[kind], ruPlural(ru.events, n)), exact: true })).toBeVisible();
    }
    const agencies = filters.getByRole('group', { name: ru.filters.agencies, exact: true });
    const roscosmos = dataset.events.filter((e) => e.from === 'roscosmos' || e.to.includes('roscosmos')).length;
    await expect(agencies.getByRole('button', { name: ru.filters.chip('Роскосмос', ruPlural(ru.events, roscosmos)), exact: true })).toBeVisible();
    await expect(filters.getByRole('searchbox', { name: ru.filters.search, exact: true })).toHaveAttribute('placeholder', ru.filters.searchPlaceholder);
    await expect(filters.getByRole('textbox', { name: ru.filters.from, exact: true })).toBeVisible();
    await expect(filters.getByRole('textbox', { name: ru.filters.to, exact: true })).toBeVisible();
    await expect(filters.getByRole('status')).toHaveText(ru.filters.showing(String(total), String(total), ruPlural(ru.events, total)));

    const view = page.getByRole('group', { name: ru.view.label, exact: true });
    await expect(view.getByRole('button', { name: ru.view.chart, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(view.getByRole('button', { name: ru.view.list, exact: true })).toHaveAttribute('aria-pressed', 'false');

    const toolbar = page.getByRole('toolbar', { name: ru.chart.zoom, exact: true });
    await expect(toolbar.getByRole('button', { name: ru.chart.zoomIn, exact: true })).toHaveAttribute('title', ru.chart.zoomInTitle);
    await expect(toolbar.getByRole('button', { name: ru.chart.zoomOut, exact: true })).toHaveAttribute('title', ru.chart.zoomOutTitle);
    await expect(toolbar.getByRole('button', { name: ru.chart.fitAll, exact: true })).toHaveAttribute('title', ru.chart.fitAllTitle);
    await expect(page.getByRole('slider', { name: ru.overview.window, exact: true })).toBeVisible();
    await expect(page.getByRole('slider', { name: ru.overview.start, exact: true })).toBeAttached();
    await expect(page.getByRole('slider', { name: ru.overview.end, exact: true })).toBeAttached();
    await expect(page.getByText(new RegExp(`^(${hints.map(escapeRegExp).join('|')})$`))).toBeVisible();

    const legend = page.getByRole('region', { name: ru.legend.label, exact: true });
    await expect(legend.getByRole('list', { name: ru.legend.kinds, exact: true }).getByRole('listitem')).toHaveText(Object.values(ru.kinds));
    // The agencies by the Russian names the dataset gives (a name it does not translate, as written).
    await expect(legend.getByRole('list', { name: ru.legend.senders, exact: true }).getByRole('listitem')).toHaveText(['Роскосмос', 'НАСА', 'ЕКА', 'ККА', 'Правительство США', 'The Hamden Journal']);
    const certainty = legend.getByRole('list', { name: ru.legend.certainty, exact: true }).getByRole('listitem');
    // The cues the dataset has: no event of it is disputed (legendEntries.ts).
    await expect(certainty).toHaveText([ru.legend.window, ru.legend.approximate, ru.legend.unconfirmed, ru.legend.reply].map((s) => new RegExp(`${escapeRegExp(s)}$`)));

    const downloads = page.getByRole('group', { name: ru.exports.download, exact: true });
    for (const name of [ru.exports.csv, ru.exports.json, ru.exports.svg, ru.exports.png]) {
      await expect(downloads.getByRole('button', { name, exact: true })).toBeEnabled();
    }
    await expect(page.getByRole('button', { name: ru.embed.button, exact: true })).toBeVisible();
    // The credit line in the Russian the dataset gives (ТАСС, not TASS), unmarked: it is not the dataset's English.
    const credit = page.getByText(`${ru.app.creditLabel}: ${dataset.translations.ru.credit}`, { exact: true });
    await expect(credit).toBeVisible();
    await expect(credit.locator('[lang]')).toHaveCount(0);

    expect(await englishLeftOnPage(page)).toEqual([]);
  });

  test('chart marks are named by the Russian titles first, with Russian dates, words and agency names', async ({ page }) => {
    await page.goto('/?lang=ru');
    const chart = ruChart(page);
    await expect(chart).toBeVisible();
    await expect(chart.getByRole('button')).toHaveCount(total);
    for (const e of dataset.events) {
      await expect(chart.getByRole('button', { name: new RegExp(`^${escapeRegExp(e.translations.ru.title)}, `) }), e.id).toHaveCount(1);
    }
    // Names written out: a time in the event's zone, "around", a window, a list of recipients, a
    // status, the replies counted, and a kind named with an acronym.
    // (Intl puts a narrow no-break space before "г." in a range; names are compared with spaces folded.)
    const name = (id: string, date: string, from: string, to: string | null, kind: string, status: string | null, replies: string | null) =>
      ru.chart.markName(event(id).translations.ru.title, date, from, to, kind, status, replies);
    for (const expected of [
      name('soyuz-ms19-landing', '30 марта 2022 г., 11:28 UTC', 'Роскосмос', 'НАСА', 'веха', null, null),
      name('rogozin-demands-letters', 'около 12 марта 2022 г.', 'Роскосмос', 'НАСА, ККА и ЕКА', 'письмо', null, null),
      name('nelson-reply-letter', 'между 12 марта и 2 апреля 2022 г.', 'НАСА', 'Роскосмос', 'письмо', 'не подтверждено', 'ответ на 1 событие'),
      name('rogozin-end-of-march-deadline', 'между 18 и 19 марта 2022 г.', 'Роскосмос', null, 'заявление', null, null),
      name('rogozin-posts-replies', '2 апреля 2022 г.', 'Роскосмос', 'НАСА, ЕКА и ККА', 'пост в соцсети', null, 'ответ на 3 события'),
      name('journal-asks-authenticity', '2 апреля 2022 г.', 'The Hamden Journal', 'НАСА, ЕКА и ККА', 'сообщение СМИ', null, null),
    ]) {
      await expect(chart.getByRole('button', { name: expected, exact: true })).toHaveCount(1);
    }
  });

  for (const width of [1280, 800]) {
    test(`at ${width} px every Russian label of the chart fits inside it and the legend's words clear of each other, measured in the chart's own font (the SVG download draws the screen's layout)`, async ({ page }, info) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/?lang=ru');
      await expect(ruChart(page)).toBeVisible();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ru.exports.svg, exact: true }).click()]);
      const path = info.outputPath(dl.suggestedFilename());
      await dl.saveAs(path);
      const svg = readFileSync(path, 'utf8');
      // The export's own text, drawn in a page of its own: each label inside the chart's clip, clear of the next one in its row.
      await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      const found = await page.evaluate(() => {
        // A clip path's rect is not drawn (no box of its own): its place from its attributes, in the SVG's px.
        const rect = document.querySelector<SVGRectElement>('clipPath rect')!;
        const origin = document.querySelector('svg')!.getBoundingClientRect();
        const clip = { left: origin.left + rect.x.baseVal.value, right: origin.left + rect.x.baseVal.value + rect.width.baseVal.value };
        const group = document.querySelector('g[clip-path]')!;
        const texts = [...group.querySelectorAll('text')].filter((t) => /[а-яё]{3}/i.test(t.textContent ?? ''));
        const boxes = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        const outside = boxes.filter(({ box }) => box.left < clip.left - 0.5 || box.right > clip.right + 0.5).map((b) => b.text);
        const overlapping: string[] = [];
        for (const a of boxes)
          for (const b of boxes)
            if (a !== b && Math.abs(a.box.top - b.box.top) < 1 && a.box.left < b.box.left && a.box.right > b.box.left) overlapping.push(`${a.text} / ${b.text}`);
        // The legend below the chart: each word ends before the next item's symbol (the 20 px before its word).
        const first = [...document.querySelectorAll('svg > text')].find((t) => t.textContent === 'Письмо')!;
        const legend = [...document.querySelectorAll('svg > text[font-size="11"]')]
          .filter((t) => Number(t.getAttribute('y')) >= Number(first.getAttribute('y')) && t.getAttribute('fill') === first.getAttribute('fill'))
          .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        const crowded: string[] = [];
        for (const a of legend)
          for (const b of legend)
            if (Math.abs(a.box.top - b.box.top) < 1 && a.box.left < b.box.left && b.box.left - 20 < a.box.right) crowded.push(`${a.text} / ${b.text}`);
        return { labels: boxes.length, outside, overlapping, legend: legend.length, crowded };
      });
      expect(found.labels).toBeGreaterThan(8);
      expect(found.outside).toEqual([]);
      expect(found.overlapping).toEqual([]);
      expect(found.legend).toBeGreaterThan(10);
      expect(found.crowded).toEqual([]);
    });
  }

  test('a mark opens the panel in Russian with the translator credited, the original a click away, and Copy link keeping lang=ru', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    const e = event('rogozin-demands-letters');
    const tr = e.translations.ru;
    await page.goto('/?lang=ru');
    await ruChart(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(tr.title)}, `) }).click();
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ lang: 'ru', event: 'rogozin-demands-letters' });
    await expect(page.getByRole('complementary', { name: tr.title, exact: true })).toBeVisible();
    // Named by its heading, whichever language that shows.
    const panel = page.getByRole('complementary');
    const heading = panel.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(tr.title);
    await expect(heading).toBeFocused();
    await expect(panel.getByText(tr.summary!, { exact: true })).toBeVisible();
    await expect(panel.getByText('около 12 марта 2022 г.', { exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: ru.detailTexts!.panel.previousName, exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: ru.detailTexts!.panel.closeName, exact: true })).toBeVisible();
    await expect(panel.getByRole('heading', { level: 3, name: ru.detailTexts!.panel.quotes, exact: true })).toBeVisible();
    await expect(panel.getByRole('heading', { level: 3, name: ru.detailTexts!.panel.sources, exact: true })).toBeVisible();
    const credit = panel.getByText(`${ru.detailTexts!.panel.translatedBy}${tr.by!}`, { exact: true });
    await expect(credit).toBeVisible();

    // The original, and back to the translation.
    await panel.getByRole('button', { name: ru.detailTexts!.panel.showOriginal, exact: true }).click();
    await expect(heading).toHaveText(e.title);
    await expect(panel).toHaveAccessibleName(e.title);
    await expect(panel.getByText(e.summary, { exact: true })).toBeVisible();
    await expect(credit).toHaveCount(0);
    const back = panel.getByRole('button', { name: ru.detailTexts!.panel.showTranslation, exact: true });
    // An action named for what it does next, not a toggle (a toggle keeps its name: DetailPanel.test).
    await expect(back).not.toHaveAttribute('aria-pressed');
    await back.click();
    await expect(heading).toHaveText(tr.title);
    await expect(panel.getByRole('button', { name: ru.detailTexts!.panel.showOriginal, exact: true })).not.toHaveAttribute('aria-pressed');

    // The link to share keeps the language.
    await panel.getByRole('button', { name: ru.detailTexts!.copyLink.copy, exact: true }).click();
    // Said beside the button, which keeps its name (CopyLink.tsx).
    await expect(panel.getByText(ru.detailTexts!.copyLink.copied, { exact: true })).toBeVisible();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(Object.fromEntries(link.searchParams)).toEqual({ event: 'rogozin-demands-letters', lang: 'ru' });

    // Next goes to the next event, still in Russian.
    await panel.getByRole('button', { name: ru.detailTexts!.panel.nextName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(event('nelson-reply-letter').translations.ru.title);
    expect(await englishLeftOnPage(page)).toEqual([]);
  });

  test('the list shows Russian headers, titles, kinds and dates; a row opens the panel in Russian', async ({ page }) => {
    await page.goto('/?lang=ru&view=list');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const table = page.getByRole('table', { name: ru.listTexts!.caption, exact: true });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(total + 1);
    for (const name of [`${ru.listTexts!.date} ${ru.listTexts!.oldestFirst}`, ru.listTexts!.fromTo, ru.listTexts!.kind, ru.listTexts!.title]) {
      await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    await expect(table.getByRole('button', { name: `${ru.listTexts!.date} ${ru.listTexts!.oldestFirst}`, exact: true })).toBeVisible();
    const row = (id: string) => table.getByRole('row').filter({ has: page.getByRole('button', { name: event(id).translations.ru.title, exact: true }) });
    for (const [id, date] of [
      ['rogozin-deorbit-warning', 'около 24 февраля 2022 г.'],
      ['campbell-reply-letter', 'между 12 марта и 2 апреля 2022 г.'],
      ['rogozin-end-of-march-deadline', 'между 18 и 19 марта 2022 г.'],
      ['soyuz-ms19-landing', '30 марта 2022 г., 11:28 UTC'],
      ['borisov-leave-after-2024', '26 июля 2022 г.'],
    ] as const) {
      await expect(row(id).getByRole('cell').first(), id).toHaveText(date);
      await expect(row(id).getByRole('cell').nth(2), id).toHaveText(ru.kinds[event(id).kind]);
    }
    await expect(row('nelson-reply-letter')).toContainText(ru.status.unconfirmed);
    await expect(page.getByRole('status')).toHaveText(ru.filters.showing(String(total), String(total), ruPlural(ru.events, total)));
    expect(await englishLeftOnPage(page)).toEqual([]);

    await table.getByRole('button', { name: event('campbell-reply-letter').translations.ru.title, exact: true }).click();
    await expect(page.getByRole('complementary', { name: event('campbell-reply-letter').translations.ru.title, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(event('campbell-reply-letter').translations.ru.title);
  });

  test('numbers carry Russian separators', async ({ page }) => {
    await page.goto('/?lang=ru&data=/fixtures/generated/gen-1000.json');
    // A no-break space between thousands, compared as it is (matching by role name or text would fold it into a space).
    const thousand = '1\u00a0000';
    const status = page.getByRole('region', { name: ru.filters.label, exact: true }).getByRole('status');
    await expect(status).toHaveJSProperty('textContent', ru.filters.showing(thousand, thousand, ruPlural(ru.events, 1000)));
    const chart = page.getByRole('group', { name: /: 1\s000 событий, \d+ дорож/ });
    await expect(chart).toHaveAttribute('aria-label', new RegExp(`: ${thousand} событий, \\d+ дорож`));
  });

  test('the Embed dialog is in Russian and its code embeds the Russian view, whose Open full view keeps lang=ru', async ({ page, baseURL }) => {
    await page.goto('/?lang=ru&agency=esa');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.getByRole('button', { name: ru.embed.button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: ru.embed.heading, exact: true });
    const code = dialog.getByRole('textbox', { name: ruEmbed.code, exact: true });
    await expect(code).toBeVisible();
    await expect(dialog.getByRole('spinbutton', { name: ruEmbed.height, exact: true })).toHaveValue('600');
    await expect(dialog.getByRole('combobox', { name: ruEmbed.theme, exact: true })).toHaveValue('auto');
    await expect(dialog.getByRole('option', { name: ruEmbed.themes.auto, exact: true })).toBeAttached();
    await expect(dialog.getByRole('button', { name: ruEmbed.copy, exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: ruEmbed.close, exact: true })).toBeVisible();
    expect(await englishLeftOnPage(page)).toEqual([]);

    const snippet = await code.inputValue();
    const iframe = /<iframe src="([^"]+)" title="([^"]+)"/.exec(snippet);
    expect(iframe, snippet).not.toBeNull();
    expect(iframe![2]).toBe(ruEmbed.frameTitle(ruTitle));
    const src = new URL(iframe![1]!.replace(/&amp;/g, '&'));
    expect(Object.fromEntries(src.searchParams)).toEqual({ agency: 'esa', lang: 'ru', embed: '1' });

    // The embed it makes: Russian, and its way out to the full view keeps the language and the view.
    await page.goto(src.href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ruTitle);
    const esa = dataset.events.filter((e) => e.from === 'esa' || e.to.includes('esa')).length;
    await expect(page.getByRole('group', { name: new RegExp(`^${escapeRegExp(ruTitle)}: ${escapeRegExp(ruPlural(ru.events, esa))}, `) })).toBeVisible();
    const full = page.getByRole('link', { name: ru.app.openFullView });
    const href = new URL((await full.getAttribute('href'))!);
    expect(href.origin).toBe(baseURL);
    expect(Object.fromEntries(href.searchParams)).toEqual({ agency: 'esa', lang: 'ru' });
    expect(await englishLeftOnPage(page)).toEqual([]);
  });
});

test.describe('a Russian browser without ?lang=', () => {
  test.use({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });

  test('gets the same Russian interface at /, and ?lang=en still chooses English', async ({ page }) => {
    await page.goto('/');
    await expectRussian(page);
    await expect(page.getByRole('combobox', { name: ru.app.language })).toHaveValue('ru');
    await expect(page.getByRole('status')).toHaveText(ru.filters.showing(String(total), String(total), ruPlural(ru.events, total)));
    await expect(page.getByRole('toolbar', { name: ru.chart.zoom, exact: true }).getByRole('button', { name: ru.chart.zoomIn, exact: true })).toBeVisible();
    // Nothing was added to the address.
    expect(new URL(page.url()).search).toBe('');
    expect(await englishLeftOnPage(page)).toEqual([]);

    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    await expect(page.getByRole('button', { name: en.chart.zoomIn, exact: true })).toBeVisible();
  });

  test('an unknown ?lang= gets a Russian notice and falls back to the browser language', async ({ page }) => {
    await page.goto('/?lang=xx');
    await expectRussian(page);
    const notice = ru.noticeTexts!.notOneOf('lang', '«xx»', new Intl.ListFormat('ru', { type: 'disjunction' }).format(['en', 'ru']));
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
    await expect(page.getByRole('button', { name: ru.app.dismiss, exact: true })).toBeVisible();
    expect(await englishLeftOnPage(page)).toEqual([]);
  });

  test("an embed's Open full view carries the language the embed chose", async ({ page }) => {
    await page.goto('/?embed=1');
    await expectRussian(page);
    const href = new URL((await page.getByRole('link', { name: ru.app.openFullView }).getAttribute('href'))!);
    expect(Object.fromEntries(href.searchParams)).toEqual({ lang: 'ru' });
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

  test('the switcher changes the interface and ?lang= in place, back again, and the choice survives a reload', async ({ page }) => {
    await page.goto('/?agency=esa');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    const entries = await page.evaluate(() => history.length);

    await page.getByRole('combobox', { name: en.app.language, exact: true }).selectOption({ label: 'Русский' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ruTitle);
    await expect(page.getByRole('button', { name: ru.embed.button, exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\?agency=esa&lang=ru$/);
    // The address is replaced, not added to: Back does not undo a language.
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ruTitle);
    await expect(page.getByRole('region', { name: ru.filters.label, exact: true }).getByRole('status')).toHaveText(/^Показано \d+ из 19$/);

    await page.getByRole('combobox', { name: ru.app.language, exact: true }).selectOption({ label: 'English' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    await expect(page.getByRole('button', { name: en.embed.button, exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\?agency=esa&lang=en$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('combobox', { name: en.app.language, exact: true })).toHaveValue('en');
  });

  test('an unknown ?lang= gets a notice and falls back to English', async ({ page }) => {
    await page.goto('/?lang=xx');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    await expect(page.getByRole('status').filter({ hasText: enNoticeTexts.notOneOf('lang', '"xx"', 'en or ru') })).toBeVisible();
  });

  test('the check for English left in the interface finds the English interface', async ({ page }) => {
    // The check the Russian tests rely on, shown able to fail.
    await page.goto('/?event=rogozin-demands-letters');
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    const found = await englishLeftOnPage(page);
    for (const piece of [en.chart.zoomIn, en.filters.label, en.legend.reply, en.embed.button, enDetailTexts.panel.closeName, enDetailTexts.copyLink.copy, 'Showing']) {
      expect(found).toContain(piece);
    }
  });
});

/** A state of the page: where it opens, and how to wait for it (opening what it needs). */
type State = { name: string; url: string; viewport?: { width: number; height: number }; ready: (page: Page) => Promise<void> };

const axeStates: State[] = [
  { name: 'ready', url: '/?lang=ru', ready: (page) => expect(ruChart(page)).toBeVisible() },
  {
    name: 'panel open',
    url: '/?lang=ru&event=rogozin-posts-replies',
    ready: (page) => expect(page.getByRole('heading', { level: 2 })).toHaveText(event('rogozin-posts-replies').translations.ru.title),
  },
  { name: 'list view', url: '/?lang=ru&view=list', ready: (page) => expect(page.getByRole('table', { name: ru.listTexts!.caption, exact: true })).toBeVisible() },
  {
    name: 'filters sheet on a phone',
    url: '/?lang=ru',
    viewport: { width: 390, height: 844 },
    ready: async (page) => {
      await page.getByRole('button', { name: ru.filters.folded(null, String(total), String(total), ruPlural(ru.events, total)), exact: true }).click();
      const sheet = page.getByRole('dialog', { name: ru.filters.label, exact: true });
      await expect(sheet.getByRole('searchbox', { name: ru.filters.search, exact: true })).toBeVisible();
      await expect(sheet.getByRole('button', { name: ru.filters.showEvents(ruPlural(ru.events, total)), exact: true })).toBeVisible();
    },
  },
  {
    name: 'Embed dialog open',
    url: '/?lang=ru',
    ready: async (page) => {
      await page.getByRole('button', { name: ru.embed.button, exact: true }).click();
      await expect(page.getByRole('dialog', { name: ru.embed.heading, exact: true }).getByRole('textbox', { name: ruEmbed.code, exact: true })).toBeVisible();
    },
  },
  { name: 'embed', url: '/?lang=ru&embed=1', viewport: { width: 320, height: 600 }, ready: (page) => expect(ruChart(page)).toBeVisible() },
];

for (const state of axeStates) {
  test(`in Russian, ${state.name}: no English left and no axe violation`, async ({ page }) => {
    await page.setViewportSize(state.viewport ?? { width: 1280, height: 900 });
    await page.goto(state.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await state.ready(page);
    expect(await englishLeftOnPage(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });
}

test('a screen reader hears the panel\'s sender line as one sentence, with no stray space before a comma, in English and Russian', async ({ page }) => {
  for (const [query, sentence] of [
    ['?event=rogozin-demands-letters', 'From Roscosmos to NASA, CSA and ESA'],
    ['?lang=ru&event=rogozin-demands-letters', 'От кого: Роскосмос, кому: НАСА, ККА и ЕКА'],
  ] as const) {
    await page.goto(`/${query}`);
    const header = page.getByRole('complementary').locator('header');
    await expect(header.getByRole('heading', { level: 2 })).toBeVisible();
    // The accessibility tree's own text: the arrow line is hidden from it, the sentence is all it has.
    await expect(header).toMatchAriaSnapshot(`- paragraph: "${sentence}"`);
  }
});

test.describe('a Russian page in an en-US browser, whose date fields show mm/dd/yyyy', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

  test('says the chosen days in Russian under the fields, and the filter bar keeps its one row at 1280 px', async ({ page }) => {
    // Before, each day was said beside its field and Clear filters fell to a row of its own.
    await page.goto('/?lang=ru&from=2022-03-01&to=2022-03-31');
    const filters = page.getByRole('region', { name: ru.filters.label, exact: true });
    const from = filters.getByLabel(ru.filters.from, { exact: true });
    await expect(from).toHaveAccessibleDescription(/^1 марта 2022\sг\.$/);
    await expect(filters.getByLabel(ru.filters.to, { exact: true })).toHaveAccessibleDescription(/^31 марта 2022\sг\.$/);
    await expect(filters.getByText(/^1 марта 2022\sг\.$/)).toBeVisible();
    const search = (await filters.getByRole('searchbox').boundingBox())!;
    const field = (await from.boundingBox())!;
    const clear = (await filters.getByRole('button', { name: ru.filters.clear, exact: true }).boundingBox())!;
    // The search box, the date fields and Clear share one line: each one's middle within the others' height.
    for (const box of [field, clear]) {
      const middle = box.y + box.height / 2;
      expect(middle).toBeGreaterThan(search.y);
      expect(middle).toBeLessThan(search.y + search.height);
    }
    // The day is said under its field, not over anything else.
    const day = (await filters.getByText(/^1 марта 2022\sг\.$/).boundingBox())!;
    expect(day.y).toBeGreaterThanOrEqual(field.y + field.height - 1);
    expect(day.x).toBeGreaterThanOrEqual(field.x - 1);
  });
});

test.describe('a page in an en-US browser at 1024 px with a date filter', () => {
  test.use({ locale: 'en-US', viewport: { width: 1024, height: 768 } });

  for (const [lang, words] of [['ru', ru], ['en', en]] as const) {
    test(`Clear filters is not a row of its own (${lang}): it stays beside the search box and the date fields, under the count`, async ({ page }) => {
      // Before, "Сбросить фильтры" (and "Clear filters") wrapped to a row of its own under the search box.
      await page.goto(`/?lang=${lang}&from=2022-03-01&to=2022-03-31`);
      const filters = page.getByRole('region', { name: words.filters.label, exact: true });
      const search = (await filters.getByRole('searchbox').boundingBox())!;
      const to = (await filters.getByLabel(words.filters.to, { exact: true }).boundingBox())!;
      const count = (await filters.getByRole('status').boundingBox())!;
      const clear = (await filters.getByRole('button', { name: words.filters.clear, exact: true }).boundingBox())!;
      expect(clear.x).toBeGreaterThan(to.x + to.width);
      expect(clear.x).toBeGreaterThan(search.x + search.width);
      expect(clear.y).toBeGreaterThanOrEqual(count.y + count.height - 1);
      expect(clear.x + clear.width).toBeLessThanOrEqual(1024);
      // Its search box still shows its whole hint.
      const hint = await filters.getByRole('searchbox').evaluate((el: HTMLInputElement) => {
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = getComputedStyle(el).font;
        return context.measureText(el.placeholder).width <= el.clientWidth - 16;
      });
      expect(hint).toBe(true);
    });
  }
});

test.describe('on a tablet held upright', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  for (const [lang, words] of [['en', en], ['ru', ru]] as const) {
    test(`the search box shows its whole hint (${lang}), and From and To share a row`, async ({ page }) => {
      // Before, at 768 px the box was 224 px wide: "Words in titles, summaries," / "Слова в заголовках, описа".
      await page.goto(`/?lang=${lang}`);
      const filters = page.getByRole('region', { name: words.filters.label, exact: true });
      const search = filters.getByRole('searchbox', { name: words.filters.search, exact: true });
      await expect(search).toHaveAttribute('placeholder', words.filters.searchPlaceholder);
      const [needed, width] = await search.evaluate((el: HTMLInputElement) => {
        const s = getComputedStyle(el);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = s.font;
        const chrome = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, k) => sum + parseFloat(s[k as 'paddingLeft']), 0);
        return [context.measureText(el.placeholder).width + chrome, el.getBoundingClientRect().width];
      });
      expect(width).toBeGreaterThanOrEqual(needed);
      const from = (await filters.getByLabel(words.filters.from, { exact: true }).boundingBox())!;
      const to = (await filters.getByLabel(words.filters.to, { exact: true }).boundingBox())!;
      expect(to.y).toBe(from.y);
    });
  }
});
