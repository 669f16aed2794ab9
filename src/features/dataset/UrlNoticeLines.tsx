import { MAX_SHOWN_PROBLEMS } from './keptProblems.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { noticeText } from '../../shared/url/noticeText.ts';
import type { UrlNotice } from '../../shared/url/urlState.ts';

/** What is wrong with the address's parameters, one line each (the first few), in the interface's words. */
export function UrlNoticeLines({ notices }: { notices: readonly UrlNotice[] }) {
  const { t, f } = useI18n();
  return (
    <ul className="min-w-0 break-words">
      {notices.slice(0, MAX_SHOWN_PROBLEMS).map((n, i) => (
        <li key={i} dir="auto">
          {noticeText(n, t, f)}
        </li>
      ))}
      {notices.length > MAX_SHOWN_PROBLEMS && <li>{t.app.andMore(f.count(notices.length - MAX_SHOWN_PROBLEMS))}</li>}
    </ul>
  );
}
