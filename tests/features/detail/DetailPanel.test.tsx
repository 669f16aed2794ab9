import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailPanel } from '../../../src/features/detail/DetailPanel.tsx';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { buildTimelineModel, type TimelineEvent } from '../../../src/shared/model/timelineModel.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';

const result = parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8'));
if (!result.dataset) throw new Error('the bundled dataset did not load');
const model = buildTimelineModel(result.dataset);

function eventById(id: string): TimelineEvent {
  const e = model.eventsById.get(id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}

function renderPanel(event: TimelineEvent, props: { highlight?: string } = {}) {
  const onSelect = vi.fn();
  const onClose = vi.fn();
  const linkFor = vi.fn((id: string) => `https://timeline.example/?event=${id}`);
  render(<DetailPanel model={model} event={event} onSelect={onSelect} onClose={onClose} linkFor={linkFor} {...props} />);
  return { onSelect, onClose, linkFor };
}

const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

function stubClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

describe('DetailPanel', () => {
  it('is a complementary region named by its heading, which carries the event title', () => {
    const event = eventById('rogozin-posts-replies');
    renderPanel(event);
    const heading = screen.getByRole('heading', { level: 2, name: event.title });
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('complementary', { name: event.title })).toContainElement(heading);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the kind, the date in words with its precision, the sender and recipients and the author', () => {
    renderPanel(eventById('rogozin-posts-replies'));
    expect(screen.getByText('Social post')).toBeInTheDocument();
    expect(screen.getByText('2 April 2022')).toBeInTheDocument();
    expect(screen.getByText('· known to the day')).toBeInTheDocument();
    expect(screen.getByText(/^In the morning, Moscow time: only the time of day is approximate/)).toBeInTheDocument();
    // Read as a sentence; seen with an arrow (the sentence is for screen readers only, the arrow line hidden from them).
    expect(screen.getByText('From Roscosmos to NASA, ESA and CSA')).toHaveClass('sr-only');
    expect(screen.getByText('From Roscosmos to NASA, ESA and CSA').nextElementSibling).toHaveTextContent('Roscosmos → NASA, ESA and CSA');
    expect(screen.getByText(/^Author:/)).toHaveTextContent('Author: Dmitry Rogozin');
  });

  it('says "around" and "approximate" for a date known only roughly', () => {
    renderPanel(eventById('rogozin-demands-letters'));
    expect(screen.getByText('around 12 March 2022')).toBeInTheDocument();
    expect(screen.getByText('· known to the day, approximate')).toBeInTheDocument();
  });

  it('shows a Russian quote beside its English translation, each in a blockquote with its language', () => {
    renderPanel(eventById('rogozin-posts-replies'));
    const original = screen.getByText(/Глава НАСА/);
    expect(original.tagName).toBe('BLOCKQUOTE');
    expect(original).toHaveAttribute('lang', 'ru');
    expect(original).toHaveAttribute('dir', 'auto');
    const figure = original.closest('figure')!;
    const translation = within(figure).getByText(/NASA head Senator Nelson/);
    expect(translation.tagName).toBe('BLOCKQUOTE');
    expect(translation).toHaveAttribute('lang', 'en');
    expect(within(figure).getByText('Original (Russian)')).toBeInTheDocument();
    expect(within(figure).getByText(/^Translation \(English\), by/)).toHaveTextContent(
      'Translation (English), by Dataset editors (own translation; the article quotes this tweet in Russian only)',
    );
    expect(within(figure).getByText('— Dmitry Rogozin (Дмитрий Рогозин)')).toBeInTheDocument();
  });

  it('lists the three letters it replies to as buttons that select them', async () => {
    const { onSelect } = renderPanel(eventById('rogozin-posts-replies'));
    const list = screen.getByRole('list', { name: 'In reply to' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      eventById('nelson-reply-letter').title,
      eventById('campbell-reply-letter').title,
      eventById('aschbacher-reply-letter').title,
    ]);
    await userEvent.click(within(list).getByRole('button', { name: eventById('campbell-reply-letter').title }));
    expect(onSelect).toHaveBeenCalledWith('campbell-reply-letter', 'follow');
  });

  it('lists the replies an event received, and shows a reply to a missing event as hidden', async () => {
    const { onSelect } = renderPanel(eventById('rogozin-demands-letters'));
    const replies = screen.getByRole('list', { name: 'Replies' });
    expect(within(replies).getAllByRole('button')).toHaveLength(3);
    await userEvent.click(within(replies).getByRole('button', { name: eventById('nelson-reply-letter').title }));
    expect(onSelect).toHaveBeenCalledWith('nelson-reply-letter', 'follow');

    const orphan = { ...eventById('nelson-reply-letter'), inReplyTo: ['not-in-this-view'] };
    renderPanel(orphan);
    const inReplyTo = screen.getByRole('list', { name: 'In reply to' });
    expect(within(inReplyTo).queryByRole('button')).toBeNull();
    expect(within(inReplyTo).getByText('(hidden event)')).toBeInTheDocument();
  });

  it('links a source with an https address in a new tab, without an opener, and says so', () => {
    const event = eventById('rogozin-demands-letters');
    renderPanel(event);
    const sources = screen.getByRole('list', { name: 'Sources' });
    const link = within(sources).getByRole('link');
    expect(link).toHaveAttribute('href', 'https://tass.com/science/1421121');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleName(`${event.sources[0]!.title} (opens in a new tab)`);
  });

  it('shows the window of an undated letter and its unconfirmed status in words', () => {
    renderPanel(eventById('nelson-reply-letter'));
    expect(screen.getByText('between 12 March and 2 April 2022')).toBeInTheDocument();
    expect(screen.getByText('· exact day unknown')).toBeInTheDocument();
    expect(screen.getByText('Unconfirmed')).toBeInTheDocument();
    expect(screen.getByText(/^Known only from an image posted by Rogozin/)).toBeInTheDocument();
  });

  it('shows a javascript: source address as text, never as a link', () => {
    const base = eventById('nelson-reply-letter');
    const event: TimelineEvent = { ...base, sources: [{ title: 'Tricky source', publisher: 'Nobody', url: 'javascript:alert(1)' }] };
    renderPanel(event);
    const sources = screen.getByRole('list', { name: 'Sources' });
    expect(within(sources).queryByRole('link')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(within(sources).getByText('Tricky source')).toBeInTheDocument();
    expect(within(sources).getByText('javascript:alert(1)').tagName).toBe('CODE');
  });

  it('says a source named after its link once: the link, then its publisher, without the address again', () => {
    // A spreadsheet's source given only as a link (sourceFromLink.ts) read "https://example.org/a ↗ (example.org/a) — example.org".
    const base = eventById('nelson-reply-letter');
    const url = 'https://example.org/a';
    renderPanel({ ...base, sources: [{ title: url, publisher: 'example.org', url }, { title: 'Report', publisher: 'TASS', url: 'https://tass.com/x' }] });
    const [linkOnly, titled] = within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');
    expect(linkOnly!.textContent).toBe('https://example.org/a ↗ (opens in a new tab) — example.org');
    expect(titled!.textContent).toBe('Report ↗ (opens in a new tab) (tass.com/x) — TASS');
  });

  it('calls onClose when Escape is pressed inside the panel', async () => {
    const { onClose } = renderPanel(eventById('nelson-reply-letter'));
    screen.getByRole('button', { name: 'Next event' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('calls onClose from the Close details button', async () => {
    const { onClose } = renderPanel(eventById('nelson-reply-letter'));
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('selects the previous and next events in timeline order', async () => {
    const event = eventById('nelson-reply-letter');
    const { onSelect } = renderPanel(event);
    const prev = screen.getByRole('button', { name: 'Previous event' });
    const next = screen.getByRole('button', { name: 'Next event' });
    expect(prev).toHaveTextContent('←Previous'); // the gap is a margin: a flex item drops its edge spaces
    expect(next).toHaveTextContent('Next→');
    await userEvent.click(prev);
    expect(onSelect).toHaveBeenLastCalledWith(model.events[event.order - 1]!.id, 'step');
    await userEvent.click(next);
    expect(onSelect).toHaveBeenLastCalledWith(model.events[event.order + 1]!.id, 'step');
  });

  it('asks for focus on the heading when Previous or Next steps onto the first or last event, whose button is then disabled (a step still: `end`, not a link followed)', async () => {
    const { onSelect } = renderPanel(model.events[1]!);
    await userEvent.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(onSelect).toHaveBeenLastCalledWith(model.events[0]!.id, 'end');
    cleanup();
    const { onSelect: onSelectAtEnd } = renderPanel(model.events[model.events.length - 2]!);
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(onSelectAtEnd).toHaveBeenLastCalledWith(model.events[model.events.length - 1]!.id, 'end');
  });

  it('disables Previous on the first event and Next on the last', () => {
    renderPanel(model.events[0]!);
    expect(screen.getByRole('button', { name: 'Previous event' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next event' })).toBeEnabled();
    renderPanel(model.events[model.events.length - 1]!);
    expect(screen.getAllByRole('button', { name: 'Next event' })[1]).toBeDisabled();
  });

  it('copies the link from linkFor and says so for a moment', async () => {
    const writeText = vi.fn(async () => {});
    stubClipboard({ writeText });
    const { linkFor } = renderPanel(eventById('nelson-reply-letter'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(linkFor).toHaveBeenCalledWith('nelson-reply-letter');
    expect(writeText).toHaveBeenCalledWith('https://timeline.example/?event=nelson-reply-letter');
    // Said once, by the live region beside the button, shown as well. The button keeps its name: a
    // screen reader (NVDA) says a focused button's new name too, and again as it changed back.
    // Before, the button was renamed "Link copied" for two seconds as the region said it.
    const said = await screen.findByText('Link copied');
    expect(said).toHaveAttribute('aria-live', 'polite');
    expect(said).toBeVisible();
    expect(screen.getAllByText('Link copied')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Link copied' })).toBeNull();
  });

  it('shows the link selected in a read-only field when the clipboard refuses', async () => {
    stubClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('denied'))) });
    renderPanel(eventById('nelson-reply-letter'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this event' });
    expect(field).toHaveValue('https://timeline.example/?event=nelson-reply-letter');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
  });

  it('shows the link in a field when there is no clipboard at all', async () => {
    stubClipboard(undefined);
    renderPanel(eventById('nelson-reply-letter'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Link to this event' })).toBeInTheDocument();
  });

  it('marks search matches in the title, summary and quotes, ignoring case', () => {
    const event = eventById('rogozin-posts-replies');
    renderPanel(event, { highlight: 'SANCTIONS' });
    expect(screen.getByRole('heading', { level: 2 }).querySelector('mark')).toHaveTextContent('sanctions');
    expect(screen.getByText(/^In a Twitter thread/).querySelector('mark')).toHaveTextContent('sanctions');
    expect(screen.getByText(/^NASA head Senator Nelson/).querySelector('mark')).toHaveTextContent('sanctions');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(event.title);
  });

  it('marks Cyrillic matches in the original quote', () => {
    renderPanel(eventById('rogozin-posts-replies'), { highlight: 'нельсон' });
    const mark = screen.getByText('Нельсон', { selector: 'mark' });
    expect(mark.closest('blockquote')).toHaveAttribute('lang', 'ru');
  });

  it('renders markup in dataset strings as text', () => {
    const event: TimelineEvent = { ...eventById('nelson-reply-letter'), title: '<img src=x onerror=alert(1)>', summary: '<b>bold</b>' };
    renderPanel(event, { highlight: 'img' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img, b')).toBeNull();
  });
});

describe('DetailPanel in English', () => {
  it("adds no language to the dataset's texts where the interface speaks the dataset's own", () => {
    const event = eventById('rogozin-demands-letters');
    renderPanel(event);
    expect(screen.getByRole('heading', { level: 2, name: event.title })).not.toHaveAttribute('lang');
    expect(screen.getByText(event.dateNote!)).not.toHaveAttribute('lang');
  });
});

describe('DetailPanel on an event the filters hide', () => {
  it('says so above the heading, and says nothing of the kind for a shown event', () => {
    const event = eventById('biden-sanctions');
    const { unmount } = render(<DetailPanel model={model} event={event} onSelect={vi.fn()} onClose={vi.fn()} isShown={(id) => id !== event.id} />);
    expect(screen.getByText('Hidden by the current filters: this event is not in the chart or the list.')).toBeInTheDocument();
    unmount();
    renderPanel(event);
    expect(screen.queryByText(/Hidden by the current filters/)).toBeNull();
  });
});

describe('DetailPanel verification', () => {
  it('keeps the status and its note two words apart when read aloud or copied, not only a margin apart', () => {
    const event = eventById('nelson-reply-letter');
    renderPanel(event);
    const status = screen.getByText('Unconfirmed');
    expect(status.parentElement!.textContent).toBe(`Unconfirmed ${event.verification!.note!}`);
  });
});

describe('DetailPanel sender line', () => {
  it('reads "From Roscosmos to NASA, CSA and ESA" to a screen reader, while the screen shows the arrow', () => {
    renderPanel(eventById('rogozin-demands-letters'));
    const sentence = screen.getByText('From Roscosmos to NASA, CSA and ESA');
    expect(sentence).toHaveClass('sr-only');
    expect(sentence.nextElementSibling).toHaveAttribute('aria-hidden', 'true');
    expect(sentence.nextElementSibling).toHaveTextContent('Roscosmos → NASA, CSA and ESA');
  });
});

describe('DetailPanel in Russian', () => {
  function renderRu(event: TimelineEvent) {
    render(
      <I18nProvider lang="ru" messages={ru}>
        <DetailPanel model={model} event={event} onSelect={vi.fn()} onClose={vi.fn()} linkFor={(id) => `https://timeline.example/?event=${id}`} />
      </I18nProvider>,
    );
  }

  it('names the sender and the recipients for a screen reader in one sentence, as on an envelope, with the agencies in Russian', () => {
    renderRu(eventById('rogozin-demands-letters'));
    expect(screen.getByText('От кого: Роскосмос, кому: НАСА, ККА и ЕКА')).toBeInTheDocument();
  });

  it("shows the dataset's Russian title and summary, credits their translator, and shows the original on request", async () => {
    const event = eventById('rogozin-demands-letters');
    const ruText = event.translations!.ru!;
    renderRu(event);
    expect(screen.getByRole('heading', { level: 2, name: ruText.title })).toBeInTheDocument();
    expect(screen.getByText(ruText.summary!)).toBeInTheDocument();
    expect(screen.getByText(ru.detailTexts!.panel.translatedBy.trim(), { exact: false })).toHaveTextContent(`${ru.detailTexts!.panel.translatedBy}${ruText.by}`);
    await userEvent.click(screen.getByRole('button', { name: 'Показать оригинал' }));
    expect(screen.getByRole('heading', { level: 2, name: event.title })).toBeInTheDocument();
    expect(screen.getByText(event.summary)).toBeInTheDocument();
    // An action named for what it does next, not a toggle: a toggle's name must not change with its
    // state (WAI-ARIA APG). Before, it was «Показать перевод» pressed while the original showed, which
    // a screen reader says as "Show the translation, toggle button, pressed".
    const back = screen.getByRole('button', { name: 'Показать перевод' });
    expect(back).not.toHaveAttribute('aria-pressed');
    expect(back).toHaveFocus();
    await userEvent.click(back);
    expect(screen.getByRole('button', { name: 'Показать оригинал' })).not.toHaveAttribute('aria-pressed');
  });

  it("marks the dataset's English texts as English, and its Russian translations as the page's", async () => {
    const event = eventById('rogozin-demands-letters');
    renderRu(event);
    expect(model.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 2, name: event.translations!.ru!.title })).not.toHaveAttribute('lang');
    expect(screen.getByText(event.translations!.ru!.summary!)).not.toHaveAttribute('lang');
    expect(screen.getByText(event.translations!.ru!.dateNote!)).not.toHaveAttribute('lang');
    expect(screen.getByText(event.translations!.ru!.verificationNote!)).not.toHaveAttribute('lang');
    // Never translated: the sources' titles and publishers (a publisher was unmarked, read aloud with Russian rules).
    const source = screen.getByRole('link', { name: `${event.sources[0]!.title} (откроется в новой вкладке)` });
    expect(source).toHaveAttribute('lang', 'en');
    // What a screen reader adds is in the page's language, inside the English link.
    expect(within(source).getByText('(откроется в новой вкладке)')).toHaveAttribute('lang', 'ru');
    for (const publisher of screen.getAllByText(event.sources[0]!.publisher)) expect(publisher).toHaveAttribute('lang', 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Показать оригинал' }));
    expect(screen.getByRole('heading', { level: 2, name: event.title })).toHaveAttribute('lang', 'en');
    expect(screen.getByText(event.summary)).toHaveAttribute('lang', 'en');
    expect(screen.getByText(event.dateNote!)).toHaveAttribute('lang', 'en');
    expect(screen.getByText(event.verification!.note!)).toHaveAttribute('lang', 'en');
  });

  it("shows the author, the note on the date and the verification note in Russian, and all of them as written, marked English, on request", async () => {
    const event = eventById('rogozin-deorbit-warning');
    const ruText = event.translations!.ru!;
    expect([event.author, event.dateNote, event.verification?.note]).not.toContain(undefined);
    renderRu(event);
    const author = () => screen.getByText(/^Автор:/);
    expect(author()).toHaveTextContent('Автор: Дмитрий Рогозин');
    expect(within(author()).getByText('Дмитрий Рогозин')).not.toHaveAttribute('lang');
    expect(screen.getByText(ruText.dateNote!)).not.toHaveAttribute('lang');
    expect(screen.getByText(ruText.verificationNote!)).not.toHaveAttribute('lang');
    expect(screen.queryByText(event.dateNote!)).toBeNull();
    expect(screen.queryByText(event.verification!.note!)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Показать оригинал' }));
    expect(author()).toHaveTextContent('Автор: Dmitry Rogozin');
    expect(within(author()).getByText('Dmitry Rogozin')).toHaveAttribute('lang', 'en');
    expect(screen.getByText(event.dateNote!)).toHaveAttribute('lang', 'en');
    expect(screen.getByText(event.verification!.note!)).toHaveAttribute('lang', 'en');
    for (const text of [ruText.title!, ruText.summary!, ruText.author!, ruText.dateNote!, ruText.verificationNote!]) expect(screen.queryByText(text)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Показать перевод' }));
    expect(author()).toHaveTextContent('Автор: Дмитрий Рогозин');
    expect(screen.getByText(ruText.dateNote!)).toBeInTheDocument();
  });

  it("marks an author shown as written with the dataset's language, as the notes are", () => {
    const event = { ...eventById('rogozin-deorbit-warning'), translations: { ru: { title: 'Заголовок' } } };
    renderRu(event);
    expect(within(screen.getByText(/^Автор:/)).getByText('Dmitry Rogozin')).toHaveAttribute('lang', 'en');
    expect(screen.getByText(event.dateNote!)).toHaveAttribute('lang', 'en');
  });

  it('keeps each quote in its original first, then its translation, with the languages named in Russian', () => {
    renderRu(eventById('rogozin-demands-letters'));
    const quote = screen.getAllByRole('figure')[0]!;
    const captions = within(quote).getAllByText(/^(Оригинал|Перевод) \(/).map((el) => el.textContent);
    expect(captions[0]).toBe('Оригинал (русский)');
    expect(captions[1]).toMatch(/^Перевод \(английский\)/);
  });

  it("names each quote's speaker and translator in Russian where the dataset gives them, and as written, marked English, on request", async () => {
    const event = eventById('rogozin-posts-replies');
    const [first, , third] = event.quotes!;
    renderRu(event);
    const figures = () => screen.getAllByRole('figure');
    const caption = (figure: HTMLElement) => figure.querySelector('figcaption')!;
    expect(caption(figures()[0]!)).toHaveTextContent('— Дмитрий Рогозин');
    expect(caption(figures()[0]!)).not.toHaveAttribute('lang');
    expect(within(figures()[0]!).getByText(first!.translations!.ru!.translationBy!)).not.toHaveAttribute('lang');
    expect(caption(figures()[2]!)).toHaveTextContent(`— ${third!.translations!.ru!.speaker!}`);
    expect(screen.queryByText(first!.translation!.by!)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Показать оригинал' }));
    expect(caption(figures()[0]!)).toHaveTextContent(`— ${first!.speaker!}`);
    expect(caption(figures()[0]!)).toHaveAttribute('lang', 'en');
    expect(within(figures()[0]!).getByText(first!.translation!.by!)).toHaveAttribute('lang', 'en');
    expect(caption(figures()[2]!)).toHaveTextContent(`— ${third!.speaker!}`);
  });

  it("offers the original for an event whose only translated texts are its quotes' speakers, and marks an untranslated speaker English", async () => {
    const event = eventById('nelson-reply-letter');
    const quotes = event.quotes!.map((q, i) => (i === 0 ? q : { text: q.text, lang: q.lang, speaker: q.speaker! }));
    renderRu({ ...event, translations: {}, quotes });
    const captions = screen.getAllByRole('figure').map((f) => f.querySelector('figcaption')!);
    expect(captions[0]).toHaveTextContent('— Билл Нельсон');
    expect(captions[1]).toHaveTextContent('— Bill Nelson');
    expect(captions[1]).toHaveAttribute('lang', 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Показать оригинал' }));
    expect(captions[0]).toHaveTextContent('— Bill Nelson');
  });

  it('names its buttons, sections, kinds and recipients in Russian', () => {
    renderRu(eventById('rogozin-posts-replies'));
    for (const name of ['Предыдущее событие', 'Следующее событие', 'Закрыть подробности', 'Копировать ссылку']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Источники' })).toBeInTheDocument();
    expect(screen.getByText('Пост в соцсети')).toBeInTheDocument();
    expect(screen.getByText('От кого: Роскосмос, кому: НАСА, ЕКА и ККА').nextElementSibling).toHaveTextContent('Роскосмос → НАСА, ЕКА и ККА');
  });
});
