import { useId, useState } from 'react';
import { copyText } from '../../shared/clipboard/copyText.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { buildEmbedSnippet } from './embedSnippet.ts';

interface EmbedDialogBodyProps {
  title: string;
  /** The page's address when the dialog opened (same-origin, absolute): the view the snippet embeds. */
  pageUrl: string;
  onClose: () => void;
}

/** The Embed dialog's form: height and theme, the snippet for the current view, and a copy button. */
export function EmbedDialogBody({ title, pageUrl, onClose }: EmbedDialogBodyProps) {
  const [height, setHeight] = useState(600);
  const [theme, setTheme] = useState<'auto' | 'light' | 'dark'>('auto');
  const [copied, setCopied] = useState('');
  const heightId = useId();
  const themeId = useId();
  const codeId = useId();
  const { t } = useI18n();
  const snippet = buildEmbedSnippet({ pageUrl, height, theme, title: t.embed.frameTitle(title) });
  const copy = async () => {
    if (await copyText(snippet)) {
      setCopied(t.embed.copied);
      return;
    }
    const area = document.getElementById(codeId) as HTMLTextAreaElement | null;
    area?.select();
    setCopied(t.embed.copyBlocked);
  };
  return (
    <>
        <p className="mt-1 text-sm text-muted">
          {t.embed.intro}
        </p>
        <div className="mt-3 flex flex-wrap gap-4 text-sm">
          <div className="flex flex-col">
            <label htmlFor={heightId} className="font-semibold">
              {t.embed.height}
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
              {t.embed.theme}
            </label>
            <select id={themeId} className="field" value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
              <option value="auto">{t.embed.themes.auto}</option>
              <option value="light">{t.embed.themes.light}</option>
              <option value="dark">{t.embed.themes.dark}</option>
            </select>
          </div>
        </div>
        <label htmlFor={codeId} className="mt-3 block text-sm font-semibold">
          {t.embed.code}
        </label>
        <textarea id={codeId} readOnly rows={6} className="field mt-1 w-full font-mono text-xs" value={snippet} />
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" className="btn btn-primary btn-small" onClick={() => void copy()}>
            {t.embed.copy}
          </button>
          <span aria-live="polite" className="text-sm">
            {copied}
          </span>
          <button type="button" className="btn btn-small ml-auto" onClick={onClose}>
            {t.embed.close}
          </button>
        </div>
    </>
  );
}
