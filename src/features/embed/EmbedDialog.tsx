import { useId, useRef, useState } from 'react';
import { copyText } from '../../shared/clipboard/copyText.ts';
import { buildEmbedSnippet } from './embedSnippet.ts';

/** "Embed": the iframe snippet for the current view, with height and theme, and a copy button. */
export function EmbedDialog({ title, currentUrl }: { title: string; /** The page's address now (same-origin, absolute). */ currentUrl: () => string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [height, setHeight] = useState(600);
  const [theme, setTheme] = useState<'auto' | 'light' | 'dark'>('auto');
  const [pageUrl, setPageUrl] = useState('');
  const [copied, setCopied] = useState('');
  const headingId = useId();
  const heightId = useId();
  const themeId = useId();
  const codeId = useId();
  const snippet = pageUrl ? buildEmbedSnippet({ pageUrl, height, theme, title }) : '';

  const open = () => {
    setPageUrl(currentUrl());
    setCopied('');
    ref.current?.showModal();
  };
  const copy = async () => {
    if (await copyText(snippet)) {
      setCopied('Copied.');
      return;
    }
    const area = document.getElementById(codeId) as HTMLTextAreaElement | null;
    area?.select();
    setCopied('Copy was blocked: the code is selected, press Ctrl+C (⌘C).');
  };

  return (
    <>
      <button type="button" className="btn btn-small" onClick={open}>
        Embed
      </button>
      <dialog ref={ref} aria-labelledby={headingId} className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-md border-2 border-line bg-bg p-4 text-fg backdrop:bg-black/40">
        <h2 id={headingId} className="text-lg font-semibold">
          Embed this view
        </h2>
        <p className="mt-1 text-sm text-muted">
          Paste this into your article. It opens on the current filters and selection; the script line makes the frame follow its content&apos;s height.
        </p>
        <div className="mt-3 flex flex-wrap gap-4 text-sm">
          <div className="flex flex-col">
            <label htmlFor={heightId} className="font-semibold">
              Height (px)
            </label>
            <input
              id={heightId}
              type="number"
              min={250}
              max={4000}
              step={10}
              className="field w-28"
              value={height}
              onChange={(e) => setHeight(Number(e.target.value) || 600)}
            />
          </div>
          <div className="flex flex-col">
            <label htmlFor={themeId} className="font-semibold">
              Theme
            </label>
            <select id={themeId} className="field" value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
              <option value="auto">Reader&apos;s setting</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </div>
        </div>
        <label htmlFor={codeId} className="mt-3 block text-sm font-semibold">
          Embed code
        </label>
        <textarea id={codeId} readOnly rows={6} className="field mt-1 w-full font-mono text-xs" value={snippet} />
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" className="btn btn-primary btn-small" onClick={() => void copy()}>
            Copy code
          </button>
          <span aria-live="polite" className="text-sm">
            {copied}
          </span>
          <button type="button" className="btn btn-small ml-auto" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
