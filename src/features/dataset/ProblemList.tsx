import { useState } from 'react';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import type { Problem } from '../../shared/dataset/problem.ts';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';
import { csvField } from '../../shared/csv/spreadsheetSafe.ts';
import { download } from '../export/download.ts';
import { placeText, problemText } from './datasetError.ts';

export const MAX_SHOWN_PROBLEMS = 20;

/** The problems as a spreadsheet (where, problem), to work through beside the file; a BOM so that Excel reads it as UTF-8. */
export function problemsCsv(problems: readonly Problem[], t: Messages): string {
  const rows = [[t.dataset.problemColumns.where, t.dataset.problemColumns.problem], ...problems.map((p) => [placeText(p.path, t), problemText(p, t)])];
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * Problems as `path: message` lines: the first 20 plus "and N more", all those kept on request,
 * and the list as a CSV file. Untrusted text stays text.
 */
export function ProblemList({ problems, label, total = problems.length }: { problems: readonly Problem[]; label: string; total?: number }) {
  const { t, f } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, MAX_SHOWN_PROBLEMS);
  const more = Math.max(total, problems.length) - shown.length;
  return (
    <>
      <ul aria-label={label} className="mt-2 list-disc space-y-1 pl-5 font-mono text-sm break-words">
        {shown.map((p, i) => (
          <li key={i} dir="auto">
            <span className="font-semibold" translate="no">
              {placeText(p.path, t)}
            </span>
            : {problemText(p, t)}
          </li>
        ))}
        {more > 0 && <li>{t.app.andMore(f.count(more))}</li>}
      </ul>
      {problems.length > MAX_SHOWN_PROBLEMS && (
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className="btn btn-small" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t.dataset.showFirstProblems(f.count(MAX_SHOWN_PROBLEMS)) : t.dataset.showAllProblems(f.count(problems.length))}
          </button>
          <button type="button" className="btn btn-small" onClick={() => download(new Blob([problemsCsv(problems, t)], { type: 'text/csv;charset=utf-8' }), 'problems.csv')}>
            {t.dataset.downloadProblems}
          </button>
        </div>
      )}
    </>
  );
}
