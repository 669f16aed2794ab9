import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../shared/clipboard/copyText.ts';
import { useDetailTexts } from './useDetailTexts.ts';

type CopyState = 'idle' | 'copied' | 'manual';

/** Copies the event's link; where the clipboard is out of reach, shows it selected to copy by hand. */
export function CopyLink({ url }: { url: string }) {
  const words = useDetailTexts().copyLink;
  const [state, setState] = useState<CopyState>('idle');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'copied') {
      const timer = setTimeout(() => setState('idle'), 2000);
      return () => clearTimeout(timer);
    }
    if (state === 'manual') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    return undefined;
  }, [state]);

  async function copy() {
    setState((await copyText(url)) ? 'copied' : 'manual');
  }

  return (
    <div className="flex flex-col gap-2 border-t border-line pt-3">
      <div>
        {/* The button keeps its name: a screen reader says a focused button's new name too (and again as it changes back). */}
        <button type="button" className="btn btn-small" onClick={() => void copy()}>
          {words.copy}
        </button>
        <span aria-live="polite" className="ml-2 text-sm text-muted">
          {state === 'copied' ? words.copied : ''}
        </span>
      </div>
      {state === 'manual' && (
        <div className="flex flex-col gap-1 text-sm">
          <p className="text-muted">{words.manual}</p>
          <input
            ref={inputRef}
            readOnly
            aria-label={words.field}
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="min-h-6 w-full rounded border border-line bg-bg px-2 py-1 font-mono text-xs text-fg"
          />
        </div>
      )}
    </div>
  );
}
