import { useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import type { Problem } from '../../shared/dataset/problem.ts';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';
import { csvField } from '../../shared/csv/spreadsheetSafe.ts';
import { download } from '../export/download.ts';
import { blobInSlices } from '../export/slicedBlob.ts';
import { placeText, problemText } from './datasetError.ts';
import type { UnlistedProblems } from './keptProblems.ts';

export const MAX_SHOWN_PROBLEMS = 20;
/** The most problems "Show" puts on the page (each is a list item); the downloaded list has them all. */
export const MAX_RENDERED_PROBLEMS = 1_000;

/**
 * The problems as a spreadsheet (where, problem) in pieces, a row each: those listed one by one,
 * then a row for each kind counted instead; a BOM so that Excel reads it as UTF-8.
 */
function* problemsCsvPieces(problems: readonly Problem[], unlisted: readonly UnlistedProblems[], t: Messages, count: (n: number) => string): Generator<string, void, undefined> {
  const row = (where: string, what: string) => `${csvField(where)},${csvField(what)}\r\n`;
  yield `\ufeff${row(t.dataset.problemColumns.where, t.dataset.problemColumns.problem)}`;
  for (const p of problems) yield row(placeText(p.path, t), problemText(p, t));
  for (const u of unlisted) yield row(t.dataset.notListed(count(u.count)), t.problems[u.code]);
}

/** The problems as a spreadsheet (where, problem), to work through beside the file. */
export function problemsCsv(problems: readonly Problem[], t: Messages, unlisted: readonly UnlistedProblems[] = [], count: (n: number) => string = String): string {
  let text = '';
  for (const piece of problemsCsvPieces(problems, unlisted, t, count)) text += piece;
  return text;
}

interface Props {
  /** The problems listed one by one. */
  problems: readonly Problem[];
  /** Problems counted by kind instead (keptProblems.ts). */
  unlisted?: readonly UnlistedProblems[];
  label: string;
}

/**
 * Problems as `path: message` lines: the first 20 plus "and N more", up to 1,000 on request (the
 * downloaded list has every one), a line for each kind counted rather than listed, and the list as
 * a CSV file. Untrusted text stays text.
 */
export function ProblemList({ problems, unlisted = [], label }: Props) {
  const { t, f } = useI18n();
  const [all, setAll] = useState(false);
  const [saving, setSaving] = useState(false);
  const savingNow = useRef(false);
  const shown = problems.slice(0, all ? MAX_RENDERED_PROBLEMS : MAX_SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  const save = async () => {
    if (savingNow.current) return;
    savingNow.current = true;
    setSaving(true);
    try {
      // Built in slices: at 100,000 problems the list takes a while, and the page stays usable.
      download(await blobInSlices(problemsCsvPieces(problems, unlisted, t, f.count), 'text/csv;charset=utf-8'), 'problems.csv');
    } finally {
      savingNow.current = false;
      setSaving(false);
    }
  };
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
        {more > 0 && <li>{all ? t.dataset.moreInDownload(f.count(more)) : t.app.andMore(f.count(more))}</li>}
        {unlisted.map((u) => (
          <li key={u.code}>
            <span className="font-semibold">{t.dataset.notListed(f.count(u.count))}</span>: {t.problems[u.code]}
          </li>
        ))}
      </ul>
      {(problems.length > MAX_SHOWN_PROBLEMS || unlisted.length > 0) && (
        <div className="mt-2 flex flex-wrap gap-2">
          {problems.length > MAX_SHOWN_PROBLEMS && (
            <button type="button" className="btn btn-small" aria-expanded={all} onClick={() => setAll(!all)}>
              {all
                ? t.dataset.showFirstProblems(f.count(MAX_SHOWN_PROBLEMS))
                : problems.length > MAX_RENDERED_PROBLEMS
                  ? t.dataset.showManyProblems(f.count(MAX_RENDERED_PROBLEMS))
                  : t.dataset.showAllProblems(f.count(problems.length))}
            </button>
          )}
          <button type="button" className="btn btn-small aria-busy:cursor-progress" aria-busy={saving || undefined} onClick={() => void save()}>
            {t.dataset.downloadProblems}
          </button>
        </div>
      )}
    </>
  );
}
