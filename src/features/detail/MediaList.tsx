import { useRef, useState } from 'react';
import type { Media } from '../../shared/dataset/schema.ts';
import { useDetailTexts } from './useDetailTexts.ts';
import { NewTabLink } from '../../shared/ui/NewTabLink.tsx';
import { displayAddress, isSameOrigin, safeHref } from './safeHref.ts';

/**
 * An event's media: images and plain links. An image from another site than the page's is loaded
 * only when the reader asks ("Show image from example.org"): opening a timeline makes no request
 * to a third party. Every address passes safeHref (https only); captions, credits and alt text are text.
 */
export function MediaList({
  media,
  labelledBy,
  pageUrl = window.location.href,
}: {
  media: readonly Media[];
  labelledBy: string;
  /** The page's address, whose origin's images show at once. */
  pageUrl?: string;
}) {
  const items = media.flatMap((m) => {
    const href = safeHref(m.url);
    return href ? [{ item: m, href }] : [];
  });
  if (items.length === 0) return null;
  return (
    <ul aria-labelledby={labelledBy} className="flex flex-col gap-3 text-sm">
      {items.map(({ item, href }, i) => (
        <li key={i}>{item.kind === 'image' ? <MediaImage item={item} href={href} sameOrigin={isSameOrigin(href, pageUrl)} /> : <MediaLink item={item} href={href} />}</li>
      ))}
    </ul>
  );
}

function Credit({ credit }: { credit: string | undefined }) {
  const words = useDetailTexts().media;
  if (!credit) return null;
  return (
    <span dir="auto" className="block text-xs text-muted">
      {words.credit(credit)}
    </span>
  );
}

function MediaImage({ item, href, sameOrigin }: { item: Media; href: string; sameOrigin: boolean }) {
  const words = useDetailTexts().media;
  const host = new URL(href).hostname;
  const [shown, setShown] = useState(sameOrigin);
  const [failed, setFailed] = useState(false);
  const figure = useRef<HTMLElement>(null);
  const show = () => {
    setShown(true);
    // The button goes away: the reader stays at the image.
    requestAnimationFrame(() => figure.current?.focus());
  };
  return (
    <figure ref={figure} tabIndex={-1} className="rounded border border-line bg-panel p-2">
      {!shown ? (
        <>
          <div className="flex flex-col items-start gap-1 print:hidden">
            <button type="button" className="btn btn-small" onClick={show}>
              {words.show(host)}
            </button>
            <p className="text-xs text-muted">{words.notLoaded(host)}</p>
          </div>
          {/* On paper, where no button can be pressed: where the image is. */}
          <p className="hidden text-xs break-all text-muted print:block">{words.imageAt(displayAddress(href))}</p>
        </>
      ) : failed ? (
        <p className="text-muted">{words.failed(host)}</p>
      ) : (
        <img
          src={href}
          alt={item.alt ?? ''}
          referrerPolicy="no-referrer"
          decoding="async"
          className="h-auto max-h-80 w-auto max-w-full rounded"
          onError={() => setFailed(true)}
        />
      )}
      {(item.caption || item.credit) && (
        <figcaption className="mt-1">
          {item.caption && <span dir="auto">{item.caption}</span>}
          <Credit credit={item.credit} />
        </figcaption>
      )}
    </figure>
  );
}

function MediaLink({ item, href }: { item: Media; href: string }) {
  const words = useDetailTexts().media;
  return (
    <>
      <NewTabLink href={href} className="text-accent underline underline-offset-2">
        {/* What the media shows (its alt text) names the link when nothing else does. */}
        {item.caption ?? item.alt ?? words.link(new URL(href).hostname)}
      </NewTabLink>
      {/* The address stays readable where a sandboxed embed cannot open new tabs. */}
      {/* A space, not a margin: read aloud or copied, the address is a word of its own. */}{' '}
      <span className="text-xs break-all text-muted">({displayAddress(href)})</span>
      <Credit credit={item.credit} />
    </>
  );
}
