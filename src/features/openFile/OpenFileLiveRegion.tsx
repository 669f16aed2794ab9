import { useLayoutEffect, useState } from 'react';

let write: (text: string) => void = () => undefined;

/**
 * Has the opened-file flow's live region say `text`; '' empties it, so that the same words can be
 * said again later. The opened file's on-demand script gets this as a prop: it has its own copy of
 * any module it imports.
 */
export function say(text: string): void {
  write(text);
}

/**
 * The opened-file flow's one live region, visually hidden (FileDrop renders it, in the first view).
 * Screen readers reliably say a change to a live region already in the page, not a region inserted
 * already holding its text: this one is there, empty, from the first render, and what the flow has
 * to say is written into it later (a file dragged over the page, "Opening letters.csv…", "The file
 * letters.csv was closed…"). The visible copies of those words are not live: nothing is said twice.
 */
export function OpenFileLiveRegion() {
  const [text, setText] = useState('');
  useLayoutEffect(() => {
    write = setText;
    return () => void (write = () => undefined);
  }, []);
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
