import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataWarnings, PROBLEMS_ABOVE_CHART } from '../../../src/features/dataset/DataWarnings.tsx';
import { runPipeline, type PipelineMessage } from '../../../src/features/dataset/pipeline.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
import { sayAboutView, ViewLiveRegion } from '../../../src/app/ViewLiveRegion.tsx';

const sheet = '#title,T\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary\na,03/04/2022,letter,nasa,,T,S\n';

describe('DataWarnings', () => {
  it('offers to read dates that read either way the other way round, and says which way', async () => {
    const onReadDates = vi.fn();
    const { problems } = importInput(sheet, { defaultDateOrder: 'mdy' });
    render(<DataWarnings problems={problems} eventCount={1} droppedEvents={0} onReadDates={onReadDates} />);
    await userEvent.click(screen.getByRole('button', { name: 'Read the dates day first' }));
    expect(onReadDates).toHaveBeenCalledWith('dmy');
  });

  it('gives the button focus when the file was just read again that way (its view drawn anew), and only then', () => {
    const { problems } = importInput(sheet, { dateOrder: 'dmy' });
    const { unmount } = render(<DataWarnings problems={problems} eventCount={1} droppedEvents={0} onReadDates={vi.fn()} datesRead />);
    expect(screen.getByRole('button', { name: 'Read the dates month first' })).toHaveFocus();
    unmount();
    render(<DataWarnings problems={problems} eventCount={1} droppedEvents={0} onReadDates={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Read the dates month first' })).not.toHaveFocus();
  });

  it('starts with its list hidden behind "Details" where it is folded (an embed), the summary said short, and in full once opened', async () => {
    // Before, an embed showed every problem open, above the chart: in a 400×300 frame, no mark was left in view.
    const { problems } = importInput(sheet);
    render(<DataWarnings problems={problems} eventCount={1} droppedEvents={0} folded />);
    const status = screen.getByRole('status', { name: 'Problems in the dataset' });
    expect(status).toHaveTextContent(/^\d+ problems? in the file\.Details/);
    const toggle = screen.getByRole('button', { name: 'Details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Problems in the file' })).toBeNull();
    await userEvent.click(toggle);
    expect(await screen.findByRole('list', { name: 'Problems in the file' })).toBeVisible();
    expect(status).toHaveTextContent(/^The file has \d+ problems?; every event is shown\./);
    expect(screen.getByRole('button', { name: 'Hide details' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('in an embed, lists what is wrong and what is still shown, without the advice for the file\'s author, which the full page keeps, in English and Russian', async () => {
    // A Windows-1251 sheet with a two-digit year and a quote missing its speaker's original: before, the embed's list said
    // "…or save it as "CSV UTF-8" to be sure", "write the year in full to be sure" and "fill in the speaker too".
    const cp1251 = (s: string) => Uint8Array.from(s, (c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0));
    const csv = cp1251('id;date;kind;from;title;summary;quote 1 text;quote 1 lang;quote 1 speaker [en];source 1 title;source 1 publisher\ne1;12.03.22;letter;NASA;Письмо;Текст;Слова;ru;Rogozin;Т;ТАСС\n');
    const { problems } = importInput(csv);
    const advice = /CSV UTF-8|write the year in full|fill in|сохраните файл|запишите год|заполните/;
    const listed = async (folded: boolean, lang: 'en' | 'ru') => {
      const { unmount } = render(
        <I18nProvider lang={lang} messages={lang === 'ru' ? ru : en}>
          <DataWarnings problems={problems} eventCount={1} droppedEvents={0} folded={folded} />
        </I18nProvider>,
      );
      if (folded) await userEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Details' : /Подробн/ }));
      const text = (await screen.findByRole('list', { name: lang === 'en' ? 'Problems in the file' : /проблем/i })).textContent ?? '';
      unmount();
      return text;
    };
    const embed = await listed(true, 'en');
    expect(embed).toContain('(file): is not UTF-8 text, so it was read as Windows-1251 (Cyrillic), as Excel saves "CSV" in a Russian Windows: a letter may be shown wrongly');
    expect(embed).toContain('"12.03.22" has a two-digit year: it was read as 2022-03-12, as spreadsheets read such years (1930 to 2029)');
    expect(embed).toContain('translates a speaker the quote does not have: it is not shown');
    expect(embed).not.toMatch(advice);
    expect(await listed(false, 'en')).toMatch(/save it as "CSV UTF-8" to be sure/);
    const embedRu = await listed(true, 'ru');
    expect(embedRu).toContain('некоторые буквы могут быть показаны неверно');
    expect(embedRu).not.toMatch(advice);
    expect(await listed(false, 'ru')).toMatch(/сохраните файл как «CSV UTF-8»/);
  });

  it('says events left out short where it is folded: "3 of 6 events left out."', () => {
    const { problems } = importInput(sheet);
    render(<DataWarnings problems={problems} eventCount={6} droppedEvents={3} folded />);
    expect(screen.getByRole('status', { name: 'Problems in the dataset' })).toHaveTextContent(/^3 of 6 events left out\.Details/);
  });

  it('offers nothing of the kind where the file cannot be read again (a dataset by address)', () => {
    const { problems } = importInput(sheet);
    render(<DataWarnings problems={problems} eventCount={1} droppedEvents={0} />);
    expect(screen.queryByRole('button', { name: /^Read the dates/ })).toBeNull();
  });
});

describe('DataWarnings of a long sheet', () => {
  it('lists the rows left out first, ahead of thousands of rows without a source, which it counts', async () => {
    // 5,000 rows without a source; rows 1,002, 2,002, … dated 2021-13-45.
    const rows = Array.from({ length: 5_000 }, (_, i) => `e${i},${i % 1_000 === 999 ? '2021-13-45' : '2022-03-12'},letter,NASA,,T,S`);
    let done: Extract<PipelineMessage, { type: 'done' }> | undefined;
    await runPipeline({ text: ['id,date,kind,from,to,title,summary', ...rows].join('\n') }, (m) => {
      if (m.type === 'done') done = m;
    });
    render(<DataWarnings problems={done!.problems} unlisted={done!.unlisted} problemCount={done!.problemCount} eventCount={done!.eventCount} droppedEvents={done!.droppedEvents} />);
    expect(screen.getByText('5 of 5,000 events were left out because of problems in the file.')).toBeInTheDocument();
    const items = within(await screen.findByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');
    expect(items.slice(0, 5).map((li) => li.textContent)).toEqual([1_001, 2_001, 3_001, 4_001, 5_001].map((row) => `row ${row}, column "date": "2021-13-45" is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00): the event was left out`));
    // Listed: the 5 errors, the first 1,000 rows without a source and the sheet's missing #title;
    // only the first 5 are on the page above the chart, which 20 pushed below a laptop's first screen.
    expect(items).toHaveLength(PROBLEMS_ABOVE_CHART + 2);
    expect(items.at(-2)).toHaveTextContent('and 1,001 more');
    expect(items.at(-1)).toHaveTextContent('3,995 more, not listed one by one: has no source: the event is shown marked "Unsourced"');
    await userEvent.click(screen.getByRole('button', { name: 'Show the first 1,000' }));
    // 1,000 listed, "6 more in the downloaded list", and the count of those not listed one by one (counted as elements: by role, 1,000 items take jsdom seconds).
    expect(screen.getByRole('list', { name: 'Problems in the file' }).children).toHaveLength(1_000 + 2);
    expect(screen.getByRole('button', { name: 'Show only the first 5' })).toBeInTheDocument();
  });
});

describe('DataWarnings of events left out', () => {
  // Row 4: a kind the format does not have; row 5: an end before its start; row 7: a day no calendar has (row 6 is kept).
  // (A row repeating an id is no longer left out: it is kept under a new id, readDatasetCsv.test.ts.)
  const leftOut = `#title,T\n#actor,nasa,NASA\nid,date,date end,kind,from,title,summary\na,2022-03-12,,memo,nasa,T,S\nb,2022-03-12,2022-03-01,letter,nasa,T,S\nc,2022-03-12,,letter,nasa,T,S\nd,2022-02-30,,letter,nasa,T,S\n`;
  const items = async () => within(await screen.findByRole('list', { name: /^(Problems in the file|Проблемы в файле)$/ })).getAllByRole('listitem').map((li) => li.textContent ?? '');

  it('says of each problem that left its event out that it did, as the summary counts it, in English', async () => {
    const r = importInput(leftOut);
    render(<DataWarnings problems={r.problems} eventCount={r.eventCount} droppedEvents={r.droppedEvents} />);
    expect(screen.getByText('3 of 4 events were left out because of problems in the file.')).toBeInTheDocument();
    const errors = (await items()).filter((text) => !/no source/.test(text));
    expect(errors).toEqual([
      'row 4, column "kind": "memo" is not one of "Letter", "Social post", "Statement", "Press report", "Sanction", "Milestone": the event was left out',
      'row 5, column "date end": "2022-03-01" is before date "2022-03-12": the event was left out',
      'row 7, column "date": "2022-02-30" is a day that does not exist (the month ends on 28 February 2022): the event was left out',
    ]);
  });

  it('and in Russian', async () => {
    const r = importInput(leftOut);
    render(
      <I18nProvider lang="ru" messages={ru}>
        <DataWarnings problems={r.problems} eventCount={r.eventCount} droppedEvents={r.droppedEvents} />
      </I18nProvider>,
    );
    const errors = (await items()).filter((text) => !/нет источника/.test(text));
    expect(errors).toHaveLength(3);
    for (const text of errors) expect(text).toMatch(/: событие пропущено$/);
  });
});

describe('DataWarnings: "Show all" says what it showed', () => {
  const seven = Array.from({ length: 7 }, (_, i) => ({ code: 'unsourced' as const, path: `row ${i + 2}`, message: 'has no source' }));
  /** What the page's view live region holds (ViewLiveRegion.tsx, there from the first render). */
  const liveText = () => document.querySelector('[aria-live="polite"]')?.textContent;

  it('says how many problems are listed once "Show all 7" is pressed, and again once back to the first 5', async () => {
    // Before, only its aria-expanded changed: a screen reader said "expanded", not what appeared.
    render(
      <>
        <ViewLiveRegion />
        <DataWarnings problems={seven} eventCount={7} droppedEvents={0} say={sayAboutView} />
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Show all 7' }));
    expect(liveText()).toBe('Problems listed: 7 of 7.');
    // Focus stays on the button, whose name now says what it does next.
    expect(screen.getByRole('button', { name: `Show only the first ${PROBLEMS_ABOVE_CHART}` })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: `Show only the first ${PROBLEMS_ABOVE_CHART}` }));
    expect(liveText()).toBe(`Problems listed: ${PROBLEMS_ABOVE_CHART} of 7.`);
  });

  it('in Russian', async () => {
    render(
      <I18nProvider lang="ru" messages={ru}>
        <ViewLiveRegion />
        <DataWarnings problems={seven} eventCount={7} droppedEvents={0} say={sayAboutView} />
      </I18nProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Показать все (7)' }));
    expect(liveText()).toBe('Показано проблем: 7 из 7.');
  });
});
