import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { Source } from '../../shared/dataset/schema.ts';
import { describePrecision, formatDateInWords, formatEventDate, type DateTexts } from '../../shared/dates/formatEventDate.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { parseIsoDate } from '../../shared/dates/isoDate.ts';
import { actorName, type TimelineEvent, type TimelineModel } from '../../shared/model/timelineModel.ts';
import { translatedActorName, translatedEvent, writtenLang } from '../../shared/model/translated.ts';
import { CopyLink } from './CopyLink.tsx';
import { previousAndNext } from './eventSequence.ts';
import { highlightText } from './highlightText.tsx';
import { panelTexts } from './panelTexts.ts';
import { QuoteFigure } from './QuoteFigure.tsx';
import { displayAddress, safeHref } from './safeHref.ts';
import { MediaList } from './MediaList.tsx';
import { useDetailTexts } from './useDetailTexts.ts';
import { NewTabLink } from '../../shared/ui/NewTabLink.tsx';

interface DetailPanelProps {
  model: TimelineModel;
  event: TimelineEvent;
  /**
   * Select another event: Previous/Next (`step`: focus stays on the button; `end`: onto the first
   * or last event, whose button is disabled) or a reply link (`follow`). For `end` and `follow` the
   * control pressed is gone or disabled, so the new event's heading takes focus.
   */
  onSelect: (id: string, how: 'step' | 'end' | 'follow') => void;
  onClose: () => void;
  /** Text to highlight (search matches), optional; may be empty. */
  highlight?: string;
  /** Builds the shareable URL for an event id; absent where the view cannot be shared (a file opened on this computer). */
  linkFor?: (id: string) => string;
  /** The parent focuses this heading when the panel opens. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** The events Previous/Next walk through (the shown ones); all events by default. */
  sequence?: readonly TimelineEvent[];
  /** The list shows `sequence` newest first: Previous and Next follow the rows as shown (up and down), not time. */
  newestFirst?: boolean;
  /** Whether an event is shown; replies to hidden ones say so instead of linking. */
  isShown?: (id: string) => boolean;
}

const STATUS_BORDER = { confirmed: 'border-line', unconfirmed: 'border-warn', disputed: 'border-danger' } as const;

/** "2 April 2022" for a source's ISO day, or the string as written. */
function sourceDate(day: string, dates: DateTexts): string {
  const parsed = parseIsoDate(day);
  return parsed ? formatDateInWords(parsed, dates) : day;
}

const sectionHeading = 'mb-1 text-sm font-semibold uppercase tracking-wide text-muted';

/**
 * The detail of one event: dates with their uncertainty, who wrote to whom, quotes beside their
 * translations, verification, the replies either way and the sources. The parent decides where it
 * sits (side panel or bottom sheet); the content scrolls inside it. Every dataset string is text.
 */
export function DetailPanel({
  model,
  event,
  onSelect,
  onClose,
  highlight = '',
  linkFor,
  headingRef,
  sequence = model.events,
  newestFirst = false,
  isShown = () => true,
}: DetailPanelProps) {
  const { t, f, lang } = useI18n();
  const words = useDetailTexts();
  const headingId = useId();
  // The event whose original texts the reader asked to see instead of the translation.
  const [originalOf, setOriginalOf] = useState<string | null>(null);
  const { title, summary, author, dateNote, verificationNote, quotes, translated, original: showOriginal, translatedBy } = panelTexts(event, lang, model.lang, originalOf === event.id);
  // The dataset's texts that are never translated, shown as written, carry its language where the interface speaks another.
  const written = writtenLang(model.lang, lang);
  const replyToId = useId();
  const repliesId = useId();
  const sourcesId = useId();
  const tagsId = useId();
  const mediaId = useId();

  const { previous, next } = previousAndNext(sequence, event, newestFirst);
  // Stepping onto the first or last event (as shown) disables the button pressed: its focus goes to the heading.
  const oldest = sequence[0];
  const latest = sequence[sequence.length - 1];
  const [first, last] = newestFirst ? [latest, oldest] : [oldest, latest];
  // Otherwise the focus stays on the button, and the event stepped to is said (below): nothing else would say it.
  const [steppedTo, setSteppedTo] = useState<string | null>(null);
  const step = (to: TimelineEvent, end: TimelineEvent | undefined) => {
    const how = to === end ? 'end' : 'step';
    setSteppedTo(how === 'step' ? to.id : null);
    onSelect(to.id, how);
  };
  const replies = model.repliesTo.get(event.id) ?? [];
  const inReplyTo = event.inReplyTo ?? [];
  // Kept and shown, never given a source: the reader is told, in words.
  const unsourced = event.sources.length === 0;
  const mark = (text: string): ReactNode => (highlight ? highlightText(text, highlight) : text);

  // Escape with the focus on no element (a shared link opened on an event, a click on the page's
  // text, an embed its host page opened it in) closes the panel too, unless something else took
  // it (a chart tooltip): window listeners hear it after the document's.
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && e.target === document.body && !e.defaultPrevented) closeRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  }

  return (
    <aside aria-labelledby={headingId} onKeyDown={onKeyDown} className="@container h-full overflow-y-auto bg-bg text-fg wrap-anywhere print:h-auto print:overflow-visible">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 border-b border-line bg-panel px-3 py-2 print:hidden">
        <button type="button" className="btn btn-small" aria-label={words.panel.previousName} disabled={!previous} onClick={() => previous && step(previous, first)}>
          <span aria-hidden="true" className="mr-1">←</span>
          {words.panel.previous}
        </button>
        <button type="button" className="btn btn-small" aria-label={words.panel.nextName} disabled={!next} onClick={() => next && step(next, last)}>
          {words.panel.next}
          <span aria-hidden="true" className="ml-1">→</span>
        </button>
        <button type="button" className="btn btn-small ml-auto" aria-label={words.panel.closeName} onClick={onClose}>
          {words.panel.close}
        </button>
        {/* In the panel from its opening, empty until Previous or Next steps: a region inserted already speaking may never be read. */}
        <p aria-live="polite" aria-atomic="true" className="sr-only">
          {steppedTo === event.id && (
            <>
              <span dir="auto" lang={title.lang}>{title.text}</span>, {formatEventDate(event, f.dates)}
            </>
          )}
        </p>
      </div>

      <div className="flex flex-col gap-4 px-4 py-3">
        {/* Opened by a link or the host page while the filters hide it: say why the chart has no such mark. */}
        {!isShown(event.id) && (
          <p className="rounded-md border border-warn bg-panel px-2 py-1 text-sm">{words.panel.notShown}</p>
        )}
        <header className="flex flex-col gap-1">
          <h2 id={headingId} tabIndex={-1} ref={headingRef} dir="auto" lang={title.lang} className="text-xl leading-snug font-semibold">
            {mark(title.text)}
          </h2>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <span className="rounded border border-line px-1.5 text-xs font-medium">{t.kinds[event.kind]}</span>
            {unsourced && <span className="rounded border-2 border-warn px-1.5 text-xs font-semibold">{words.sourcing.unsourced}</span>}
            <span>
              <span>{formatEventDate(event, f.dates)}</span>
              <span className="text-muted"> · {describePrecision(event, f.dates)}</span>
            </span>
          </p>
          {dateNote && (
            <p dir="auto" lang={dateNote.lang} className="text-sm text-muted">
              {dateNote.text}
            </p>
          )}
          <p className="text-sm">
            <span className="sr-only">
              {words.panel.sentBy(actorName(model, event.from, lang), event.to.length > 0 ? f.list(event.to.map((id) => actorName(model, id, lang))) : null)}
            </span>
            <span aria-hidden="true">
              <ActorName model={model} id={event.from} />
              {event.to.length > 0 && (
                <>
                  {' → '}
                  {f.listParts(event.to).map((part, i) =>
                    part.type === 'element' ? <ActorName key={`${part.value}-${i}`} model={model} id={part.value} /> : <span key={i}>{part.value}</span>,
                  )}
                </>
              )}
            </span>
          </p>
          {author && (
            <p className="text-sm">
              {words.panel.author}:{' '}
              <span dir="auto" lang={author.lang}>
                {mark(author.text)}
              </span>
            </p>
          )}
        </header>

        <p dir="auto" lang={summary.lang} className="leading-relaxed">
          {mark(summary.text)}
        </p>
        {translated && (
          <p className="-mt-2 flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
            {!showOriginal && (
              <span>
                {translatedBy ? (
                  <>
                    {words.panel.translatedBy}
                    <span dir="auto">{translatedBy}</span>
                  </>
                ) : (
                  words.panel.translated
                )}
              </span>
            )}
            {/* Named for what it does next, so not aria-pressed: a toggle's name must not change with its state. */}
            <button type="button" className="link-button print:hidden" onClick={() => setOriginalOf(showOriginal ? null : event.id)}>
              {showOriginal ? words.panel.showTranslation : words.panel.showOriginal}
            </button>
          </p>
        )}

        {event.quotes && event.quotes.length > 0 && (
          <section className="flex flex-col gap-3">
            <h3 className={sectionHeading}>{words.panel.quotes}</h3>
            {event.quotes.map((q, i) => (
              <QuoteFigure key={i} quote={q} notes={quotes[i]!} mark={mark} />
            ))}
          </section>
        )}

        {event.media && event.media.length > 0 && (
          <section>
            <h3 id={mediaId} className={sectionHeading}>
              {words.media.heading}
            </h3>
            {/* Keyed so that an image shown for one event is not shown for the next without asking. */}
            <MediaList key={event.id} media={event.media} labelledBy={mediaId} />
          </section>
        )}

        {event.verification && (
          <section>
            <h3 className={sectionHeading}>{words.panel.verification}</h3>
            <p className="text-sm">
              <span className={`mr-1 inline-block rounded border-2 px-1.5 font-semibold ${STATUS_BORDER[event.verification.status]}`}>
                {t.status[event.verification.status]}
              </span>
              {/* A space, not only a margin: read aloud or copied, the status and the note stay two words apart. */}{' '}
              {verificationNote && (
                <span dir="auto" lang={verificationNote.lang}>
                  {verificationNote.text}
                </span>
              )}
            </p>
          </section>
        )}

        {inReplyTo.length > 0 && (
          <section>
            <h3 id={replyToId} className={sectionHeading}>
              {words.panel.inReplyTo}
            </h3>
            <ul aria-labelledby={replyToId} className="flex flex-col gap-1 text-sm">
              {inReplyTo.map((id, i) => (
                <li key={`${id}-${i}`}>
                  <EventLink target={model.eventsById.get(id)} onSelect={(to) => onSelect(to, 'follow')} isShown={isShown} datasetLang={model.lang} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {replies.length > 0 && (
          <section>
            <h3 id={repliesId} className={sectionHeading}>
              {words.panel.replies}
            </h3>
            <ul aria-labelledby={repliesId} className="flex flex-col gap-1 text-sm">
              {replies.map((r) => (
                <li key={r.id}>
                  <EventLink target={r} onSelect={(to) => onSelect(to, 'follow')} isShown={isShown} datasetLang={model.lang} />
                </li>
              ))}
            </ul>
          </section>
        )}

        <section>
          <h3 id={sourcesId} className={sectionHeading}>
            {words.panel.sources}
          </h3>
          {unsourced ? (
            <p className="text-sm">{words.sourcing.noSource}</p>
          ) : (
            <ul aria-labelledby={sourcesId} className="flex list-disc flex-col gap-1 pl-5 text-sm">
              {event.sources.map((s, i) => (
                <SourceItem key={i} source={s} lang={written} />
              ))}
            </ul>
          )}
        </section>

        {event.tags && event.tags.length > 0 && (
          <section>
            <h3 id={tagsId} className={sectionHeading}>
              {words.panel.tags}
            </h3>
            <ul aria-labelledby={tagsId} className="flex flex-wrap gap-1.5 text-xs">
              {event.tags.map((t, i) => (
                <li key={`${t}-${i}`} dir="auto" lang={written} className="rounded border border-line bg-panel px-1.5 py-0.5">
                  {t}
                </li>
              ))}
            </ul>
          </section>
        )}

        {/* Keyed so that the "Link copied" state does not carry over to another event. */}
        {linkFor ? <div className="print:hidden"><CopyLink key={event.id} url={linkFor(event.id)} /></div> : <p className="border-t border-line pt-3 text-sm text-muted">{words.copyLink.noLink}</p>}
      </div>
    </aside>
  );
}

function ActorName({ model, id }: { model: TimelineModel; id: string }) {
  const { lang } = useI18n();
  const actor = model.actorsById.get(id);
  return (
    // Inline, not inline-flex: a flex box reads as a block in the accessible name ("NASA , ESA").
    <span className="whitespace-nowrap">
      {actor?.color && <span aria-hidden="true" className="swatch mr-1 inline-block size-2.5 rounded-sm align-[-0.05em]" style={{ backgroundColor: actor.color }} />}
      {/* A name may wrap (a 300-character one must), but never away from its colour. */}
      <span dir="auto" className="whitespace-normal">
        {actor ? translatedActorName(actor, lang) : id}
      </span>
    </span>
  );
}

function EventLink({
  target,
  onSelect,
  isShown,
  datasetLang,
}: {
  target: TimelineEvent | undefined;
  onSelect: (id: string) => void;
  isShown: (id: string) => boolean;
  datasetLang: string | undefined;
}) {
  const { lang } = useI18n();
  const words = useDetailTexts();
  if (!target) return <span className="text-muted">{words.panel.hiddenEvent}</span>;
  const { title, titleLang } = translatedEvent(target, lang, datasetLang);
  if (!isShown(target.id)) {
    return (
      <span className="text-muted">
        <span dir="auto" lang={titleLang}>
          {title}
        </span>{' '}
        {words.panel.hiddenByFilters}
      </span>
    );
  }
  return (
    <button type="button" className="link-button text-left" dir="auto" lang={titleLang} onClick={() => onSelect(target.id)}>
      {title}
    </button>
  );
}

/** `lang`: the language of the dataset's texts where it is not the page's (writtenLang). */
function SourceItem({ source, lang }: { source: Source; lang: string | undefined }) {
  const { f } = useI18n();
  const href = source.url === undefined ? null : safeHref(source.url);
  return (
    <li>
      {href ? (
        <NewTabLink href={href} lang={lang} className="inline-block py-0.5 text-accent underline underline-offset-2">
          {source.title}
        </NewTabLink>
      ) : (
        <span dir="auto" lang={lang}>
          {source.title}
        </span>
      )}
      {href && source.title !== source.url && (
        // The address stays readable where a sandboxed embed cannot open new tabs, and on paper
        // (a source titled with its own link already shows it); after a space, not a margin: read
        // aloud or copied, it is a word of its own.
        <>
          {' '}
          <span className="text-xs break-all text-muted">({displayAddress(href)})</span>
        </>
      )}
      {source.url !== undefined && !href && (
        <>
          {' '}
          <code dir="auto" className="break-all text-muted">
            {source.url}
          </code>
        </>
      )}
      <span className="text-muted">
        {' — '}
        <span dir="auto" lang={lang}>
          {source.publisher}
        </span>
        {source.date && `, ${sourceDate(source.date, f.dates)}`}
      </span>
    </li>
  );
}
