import { useEffect, useId, useState, type RefObject } from 'react';
import { copyText } from '../../shared/clipboard/copyText.ts';
import { enEmbedTexts } from '../../shared/i18n/embedTexts.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { buildEmbedSnippet, embedHeight, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from './embedSnippet.ts';

interface EmbedDialogBodyProps {
  title: string;
  /** The page's address when the dialog opened (same-origin, absolute): the view the snippet embeds. */
  pageUrl: string;
  onClose: () => void;
  /** The Height field, which the dialog focuses when it opens (the form focuses it when it first appears). */
  fieldRef: RefObject<HTMLInputElement | null>;
}

/** The Embed dialog's form: height and theme, the snippet for the current view, and a copy button. */
export function EmbedDialogBody({ title, pageUrl, onClose, fieldRef }: EmbedDialogBodyProps) {
  // The height the snippet gives, and the Height field's text: while a reader types, the field
  // shows what they typed and the hint under it the height used; on leaving it, the height used.
  const [height, setHeight] = useState(600);
  const [heightText, setHeightText] = useState('600');
  const [theme, setTheme] = useState<'auto' | 'light' | 'dark'>('auto');
  const [copied, setCopied] = useState('');
  const heightId = useId();
  const themeId = useId();
  const codeId = useId();
  const hintId = useId();
  const { t, f } = useI18n();
  const e = t.embedTexts ?? enEmbedTexts;
  // The first time, the form arrives after the dialog has opened (its script loads then), and the
  // dialog itself had focus: the Height field takes it, as on every later opening (EmbedDialog).
  useEffect(() => fieldRef.current?.focus(), [fieldRef]);
  const typeHeight = (text: string) => {
    setHeightText(text);
    // A number field's value is '' while what is typed is not a number: the height stays.
    const asked = Number(text);
    if (text.trim() !== '' && Number.isFinite(asked)) setHeight(embedHeight(asked));
  };
  const range = [f.count(MIN_EMBED_HEIGHT), f.count(MAX_EMBED_HEIGHT)] as const;
  const hint = heightText === String(height) ? e.heightRange(...range) : e.heightUsed(...range, f.count(height));
  const snippet = buildEmbedSnippet({ pageUrl, height, theme, title: e.frameTitle(title) });
  const copy = async () => {
    if (await copyText(snippet)) {
      setCopied(e.copied);
      return;
    }
    const area = document.getElementById(codeId) as HTMLTextAreaElement | null;
    area?.select();
    setCopied(e.copyBlocked);
  };
  return (
    <>
        <p className="mt-1 text-sm text-muted">
          {e.intro}
        </p>
        <div className="mt-3 flex flex-wrap gap-4 text-sm">
          <div className="flex flex-col">
            <label htmlFor={heightId} className="font-semibold">
              {e.height}
            </label>
            <input
              ref={fieldRef}
              id={heightId}
              type="number"
              min={MIN_EMBED_HEIGHT}
              max={MAX_EMBED_HEIGHT}
              step={10}
              className="field w-28"
              aria-describedby={hintId}
              value={heightText}
              onChange={(e) => typeHeight(e.target.value)}
              onBlur={() => setHeightText(String(height))}
            />
            <p id={hintId} className="mt-1 text-xs text-muted" aria-live="polite">
              {hint}
            </p>
          </div>
          <div className="flex flex-col">
            <label htmlFor={themeId} className="font-semibold">
              {e.theme}
            </label>
            <select id={themeId} className="field" value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
              <option value="auto">{e.themes.auto}</option>
              <option value="light">{e.themes.light}</option>
              <option value="dark">{e.themes.dark}</option>
            </select>
          </div>
        </div>
        <label htmlFor={codeId} className="mt-3 block text-sm font-semibold">
          {e.code}
        </label>
        <textarea id={codeId} readOnly rows={6} className="field mt-1 w-full font-mono text-xs" value={snippet} />
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" className="btn btn-primary btn-small" onClick={() => void copy()}>
            {e.copy}
          </button>
          <span aria-live="polite" className="text-sm">
            {copied}
          </span>
          <button type="button" className="btn btn-small ml-auto" onClick={onClose}>
            {e.close}
          </button>
        </div>
    </>
  );
}
