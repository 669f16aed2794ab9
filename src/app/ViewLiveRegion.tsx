import { useLayoutEffect, useState } from 'react';

let write: (text: string) => void = () => undefined;

/** Has the page's view live region say `text` (ReaderView: what the view shows, and the dataset's problems). */
export function sayAboutView(text: string): void {
  write(text);
}

/**
 * The live region for what the reader's view shows, visually hidden, rendered by App from the first
 * render, before any dataset: screen readers reliably say a change to a live region already in the
 * page, not a region inserted already holding its text, as the view's count and the problems box
 * are when a dataset is shown. Those visible copies are not live: nothing is said twice. Apart
 * from the opened-file flow's region (OpenFileLiveRegion.tsx), so that neither overwrites the other
 * when both speak at once (a file's "cannot keep" and its view's summary).
 */
export function ViewLiveRegion() {
  const [said, setSaid] = useState({ text: '', n: 0 });
  useLayoutEffect(() => {
    write = (text) => setSaid((s) => ({ text, n: s.n + 1 }));
    return () => void (write = () => undefined);
  }, []);
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only">
      {/* A new node for every write: the same words (another dataset of as many events) are said again. */}
      <span key={said.n}>{said.text}</span>
    </div>
  );
}
