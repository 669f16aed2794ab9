import { useId } from 'react';
import { useI18n } from '../shared/i18n/I18n.tsx';
import { LANG_CODES, LANGUAGES, type Lang } from '../shared/i18n/languages.ts';
import { writeUrlState } from '../shared/url/urlState.ts';
import { useLocationSearch } from './useLocationSearch.ts';

/** The interface's language, each named in itself; the choice goes in the address (?lang=). */
export function LanguageSwitcher() {
  const { lang, t } = useI18n();
  const [params, navigate] = useLocationSearch();
  const id = useId();
  return (
    <div className="flex shrink-0 items-center gap-1.5 text-sm">
      <label htmlFor={id} className="sr-only">
        {t.app.language}
      </label>
      <select
        id={id}
        className="btn btn-small"
        value={lang}
        onChange={(e) => navigate(writeUrlState(params, { lang: e.target.value as Lang }), { replace: true })}
      >
        {LANG_CODES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
