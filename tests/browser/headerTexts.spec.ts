import { expect, test } from './fixtures.ts';
import { validDataset } from '../shared/dataset/validDataset.ts';

/*
 * A dataset's own texts that do not fit (QA): a 400-character title was shown as "Untitled
 * dataset" and a malformed lang dropped, the list saying only what was wrong. The page shows the
 * title cut, and its list says what became of each, in English and in Russian.
 */

const title = `${'A long title '.repeat(30)}end`;
const body = JSON.stringify({ ...validDataset(), title, lang: 'English' });

test.beforeEach(async ({ context }) => {
  // By path: the page's own address names the file in its query.
  await context.route((url) => url.pathname === '/header-texts.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
});

test('a title over 300 characters is shown cut, and the list says it was cut and the lang left out, in English and Russian', async ({ page }) => {
  await page.goto('/?data=/header-texts.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^A long title A long title .*…$/);
  const problems = page.getByRole('status', { name: 'Problems in the dataset' });
  await expect(problems).toContainText('title: is longer than 300 characters: the title was cut');
  await expect(problems).toContainText('lang: "English" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out');

  await page.goto('/?lang=ru&data=/header-texts.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^A long title .*…$/);
  await expect(page.getByText('заголовок длиннее 300 символов: он сокращён')).toBeVisible();
  await expect(page.getByText('«English» — не языковой тег BCP 47 (например, «ru» или «en-GB»): поле пропущено')).toBeVisible();
});

test("a dataset without a title is called so in the reader's language, and an actor's wrong colour costs only the colour", async ({ page, context }) => {
  // Written in English: a title shown as written would be marked lang="en" in the Russian interface.
  const data: Partial<ReturnType<typeof validDataset>> & { lang: string } = { ...validDataset(), lang: 'en' };
  delete data.title;
  data.actors![0] = { ...data.actors![0]!, color: 'red' };
  await context.route((url) => url.pathname === '/untitled.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));

  await page.goto('/?data=/untitled.json&view=list');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled dataset');
  await expect(page.getByText('Showing 2 of 2 events')).toBeVisible();
  const problems = page.getByRole('status', { name: 'Problems in the dataset' });
  await expect(problems).toContainText('title: is required: the dataset is called "Untitled dataset"');
  await expect(problems).toContainText('actors[0].color: "red" must be a colour like "#0072B2": it was left out');

  await page.goto('/?lang=ru&data=/untitled.json&view=list');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Набор данных без названия');
  // In the interface's language, not marked as the dataset's.
  await expect(heading).not.toHaveAttribute('lang', /./);
  await expect(page).toHaveTitle('Набор данных без названия');
  await expect(page.getByText('обязательное поле отсутствует: набор данных назван «Набор данных без названия»')).toBeVisible();
  await expect(page.getByText('«red» — не цвет вида «#0072B2»: поле пропущено')).toBeVisible();
});

test("an event whose Russian title is over 300 characters is kept: the Russian list shows the title cut, and the problem says so at the field", async ({ page, context }) => {
  const data = validDataset();
  const ruTitle = `${'Очень длинный заголовок '.repeat(20)}конец`;
  data.events[0] = { ...data.events[0]!, translations: { ru: { title: ruTitle } } } as (typeof data.events)[0];
  await context.route((url) => url.pathname === '/event-translation.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));

  await page.goto('/?data=/event-translation.json&view=list');
  await expect(page.getByText('Showing 2 of 2 events')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Problems in the dataset' })).toContainText('events[0].translations.ru.title: is longer than 300 characters: the title was cut');

  await page.goto('/?lang=ru&data=/event-translation.json&view=list');
  await expect(page.getByRole('button', { name: /^Очень длинный заголовок .*…$/ })).toBeVisible();
  await expect(page.getByText('заголовок длиннее 300 символов: он сокращён')).toBeVisible();
});
