import type { ReactNode } from 'react';
import type { Quote } from '../../shared/dataset/schema.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';
import type { QuoteNotes } from '../../shared/model/translated.ts';
import { useDetailTexts } from './useDetailTexts.ts';

/** "Russian" for "ru" ("русский" in Russian), or the tag itself when the runtime cannot name it. */
function languageName(tag: string, t: Messages): string {
  try {
    return new Intl.DisplayNames([t.locale.dates], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A quote in its original language, beside its translation when it has one, and who said it (`notes`: its speaker and translator as shown, panelTexts.ts). */
export function QuoteFigure({ quote, notes, mark }: { quote: Quote; notes: QuoteNotes; mark: (text: string) => ReactNode }) {
  const { t: m } = useI18n();
  const words = useDetailTexts().panel;
  const t = quote.translation;
  const caption = 'mb-1 text-xs text-muted';
  const block = 'border-l-4 border-line pl-3 leading-relaxed';
  return (
    <figure className="rounded border border-line bg-panel p-3">
      <div className={t ? 'grid grid-cols-1 gap-3 @min-[40rem]:grid-cols-2' : undefined}>
        <div>
          <p className={caption}>{t ? words.original(languageName(quote.lang, m)) : words.inLanguage(languageName(quote.lang, m))}</p>
          <blockquote lang={quote.lang} dir="auto" className={block}>
            {mark(quote.text)}
          </blockquote>
        </div>
        {t && (
          <div>
            <p className={caption}>
              {words.translation(languageName(t.lang, m))}
              {notes.translationBy && (
                <>
                  {words.translator}
                  <span dir="auto" lang={notes.translationByLang}>
                    {notes.translationBy}
                  </span>
                </>
              )}
            </p>
            <blockquote lang={t.lang} dir="auto" className={block}>
              {mark(t.text)}
            </blockquote>
          </div>
        )}
      </div>
      {notes.speaker && (
        <figcaption dir="auto" lang={notes.speakerLang} className="mt-2 text-sm">
          — {mark(notes.speaker)}
        </figcaption>
      )}
    </figure>
  );
}
