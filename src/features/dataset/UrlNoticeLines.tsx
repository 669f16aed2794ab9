import { useId, useState } from 'react';
import { MAX_SHOWN_PROBLEMS } from './keptProblems.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { noticesSummary, noticeText } from '../../shared/url/noticeText.ts';
import type { UrlNotice } from '../../shared/url/urlState.ts';

/**
 * What is wrong with the address's parameters, one line each (the first few), in the interface's
 * words. `folded` (an embed, whose frame is the chart's and whose readers did not write its
 * address): one line saying how many, the lines behind Details, as the dataset's problems there.
 */
export function UrlNoticeLines({ notices, folded = false }: { notices: readonly UrlNotice[]; folded?: boolean }) {
  const { t, f } = useI18n();
  const [open, setOpen] = useState(!folded);
  const listId = useId();
  const list = (
    <ul id={listId} hidden={!open} className="min-w-0 break-words">
      {notices.slice(0, MAX_SHOWN_PROBLEMS).map((n, i) => (
        <li key={i} dir="auto">
          {noticeText(n, t, f)}
        </li>
      ))}
      {notices.length > MAX_SHOWN_PROBLEMS && <li>{t.app.andMore(f.count(notices.length - MAX_SHOWN_PROBLEMS))}</li>}
    </ul>
  );
  if (!folded) return list;
  return (
    <div className="min-w-0">
      <p>
        {noticesSummary(notices, t, f)}{' '}
        <button type="button" className="link-button print:hidden" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? t.dataset.hideDetails : t.dataset.details}
        </button>
      </p>
      {list}
    </div>
  );
}
