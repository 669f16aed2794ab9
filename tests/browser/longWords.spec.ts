import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/*
 * A dataset's texts may hold words longer than any line: a URL used as a title, a name written
 * without spaces, up to the format's limits (300 characters for a title or a name, 20,000 for a
 * summary). Each must wrap where it is shown: the page never scrolls sideways (which pushed the
 * language switcher and "Open a file" 4,000 px off the screen), and the detail panel shows every
 * text within its width instead of a 190,000 px wide line.
 */
const word = (c: string, n: number) => c.repeat(n);
const dataset = {
  version: 1,
  title: word('T', 300),
  description: word('D', 2000),
  credit: word('C', 300),
  actors: [
    { id: 'a', name: word('N', 300), fullName: word('F', 300), translations: { ru: { name: word('Н', 300) } } },
    { id: 'b', name: 'B' },
  ],
  events: [
    {
      id: 'long',
      date: '2022-03-12',
      dateEnd: '2022-03-20',
      dateNote: word('n', 2000),
      kind: 'letter',
      from: 'a',
      to: ['b', 'a'],
      author: word('A', 300),
      title: word('W', 300),
      summary: word('x', 5000),
      quotes: [{ text: word('q', 2000), lang: 'ru', speaker: word('S', 300), translation: { text: word('t', 2000), lang: 'en', by: word('B', 300) } }],
      tags: [word('g', 300)],
      sources: [
        { title: word('T', 300), publisher: word('P', 300), url: `https://example.org/${word('u', 1500)}` },
        { title: word('T', 300), publisher: word('P', 300), url: `http://${word('v', 1500)}` },
      ],
      media: [
        { kind: 'image', url: `https://example.org/${word('i', 500)}.jpg`, caption: word('c', 2000), credit: word('r', 300), alt: word('a', 2000) },
        { kind: 'link', url: `https://example.org/${word('k', 500)}`, caption: word('c', 2000) },
      ],
      verification: { status: 'disputed', note: word('v', 2000) },
      translations: { ru: { title: word('Ш', 300), summary: word('С', 2000), author: word('А', 300), by: word('П', 300) } },
    },
    { id: 'reply', date: '2022-03-21', kind: 'letter', from: 'b', to: ['a'], title: 'A reply', summary: 'It answers.', inReplyTo: ['long'], sources: [{ title: 't', publisher: 'p' }] },
  ],
};

/** What sticks out sideways: the page's own width beyond the viewport, and any scroll box (the panel) wider inside than out. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of Array.from(document.querySelectorAll('aside, [role="dialog"]'))) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });

for (const c of [
  { name: 'a laptop', width: 1280, height: 900, lang: 'en' },
  { name: 'a phone, in Russian', width: 390, height: 844, lang: 'ru' },
] as const) {
  test(`300-character words in a dataset wrap on ${c.name}: nothing scrolls sideways, the controls stay on screen`, async ({ page }) => {
    await page.route('**/fixtures/long-words.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
    await page.setViewportSize({ width: c.width, height: c.height });
    await page.goto(`/?data=/fixtures/long-words.json&lang=${c.lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('TTT');
    expect(await sideways(page)).toEqual([]);
    const language = page.getByRole('combobox', { name: c.lang === 'ru' ? 'Язык' : 'Language' });
    const box = (await language.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(c.width);

    await page.goto(`/?data=/fixtures/long-words.json&lang=${c.lang}&event=long`);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(c.lang === 'ru' ? 'ШШШ' : 'WWW');
    expect(await sideways(page)).toEqual([]);

    await page.goto(`/?data=/fixtures/long-words.json&lang=${c.lang}&view=list`);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await sideways(page)).toEqual([]);
  });
}

test('300-character words wrap in a 400×300 embed too', async ({ page }) => {
  await page.route('**/fixtures/long-words.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.setViewportSize({ width: 400, height: 300 });
  await page.goto('/?data=/fixtures/long-words.json&embed=1&event=long');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('WWW');
  expect(await sideways(page)).toEqual([]);
});
