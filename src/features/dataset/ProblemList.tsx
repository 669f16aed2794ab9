import { useId, useMemo, useState } from 'react';
import { useOneTaskAtATime } from '../../shared/hooks/useOneTaskAtATime.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';
import type { Problem, ProblemCode } from '../../shared/dataset/problem.ts';
import { download } from '../export/download.ts';
import { slugify } from '../../shared/import/slug.ts';
import { loadExport } from '../export/loadExport.ts';
import { placeText } from '../../shared/i18n/placeText.ts';
import { problemText, unlistedText } from './datasetError.ts';
import { readerProblemText, readerUnlistedText } from './readerProblemText.ts';
import { MAX_SHOWN_PROBLEMS, type UnlistedProblems } from './keptProblems.ts';
import { problemKinds } from './problemKinds.ts';

/** The most problems "Show" puts on the page (each is a list item); the downloaded list has them all. */
export const MAX_RENDERED_PROBLEMS = 1_000;

interface Props {
  /** The problems listed one by one. */
  problems: readonly Problem[];
  /** Problems counted by kind instead (keptProblems.ts). */
  unlisted?: readonly UnlistedProblems[];
  /** The problem that the message above the list states (the one that refused the file): not listed again, but first in the download. */
  said?: Problem | null;
  label: string;
  /** How many are listed before "Show all" (fewer above a chart, DataWarnings.tsx). */
  first?: number;
  /** Says in the page's live region how many the list shows once a button changed it (ViewLiveRegion.tsx, there before this script). */
  say?: ((text: string) => void) | undefined;
  /** In an embed: each problem said without the advice only the file's author can follow (readerProblemText.ts). */
  forReaders?: boolean | undefined;
}

/**
 * Problems as `path: message` lines, after the buttons that show more and download them (so that
 * the list grows after the button pressed, which keeps its place and the focus in view): the first
 * 20 (or `first`) plus "and N more", up to 1,000 on request (the
 * downloaded list has every one), a line for each kind counted rather than listed, and the list as
 * a CSV file. Untrusted text stays text.
 */
export function ProblemList({ problems, unlisted = [], said = null, label, first = MAX_SHOWN_PROBLEMS, say, forReaders }: Props) {
  const { t, f } = useI18n();
  const words = (t.problemTexts ?? enProblemTexts).list;
  const [all, setAll] = useState(false);
  // One kind shown, in a long list of several (the downloaded list has every kind).
  const [kind, setKind] = useState<ProblemCode | null>(null);
  const kinds = useMemo(() => (problems.length > first ? problemKinds(problems) : []), [problems, first]);
  const listId = useId();
  const { busy: saving, run } = useOneTaskAtATime<true>();
  // In an embed, the list and its download say the problems alike: what is wrong, without advice for the file's author.
  const wording = forReaders ? { problem: readerProblemText, unlisted: readerUnlistedText } : { problem: problemText, unlisted: unlistedText };
  const ofKind = kind ? problems.filter((p) => p.code === kind) : problems;
  const shown = ofKind.slice(0, all ? MAX_RENDERED_PROBLEMS : first);
  const more = ofKind.length - shown.length;
  // A button that changes the list says what it lists now: its own name and state say only what it will do next.
  const show = (nextKind: ProblemCode | null, nextAll: boolean) => {
    setKind(nextKind);
    setAll(nextAll);
    const total = nextKind ? problems.filter((p) => p.code === nextKind).length : problems.length;
    say?.(words.listedNow(f.count(Math.min(total, nextAll ? MAX_RENDERED_PROBLEMS : first)), f.count(total)));
  };
  const save = () =>
    run(true, async () => {
      // With the exports' script, loaded on the first download: the first screen does without it.
      const { problemsCsvBlob, excelSeparator } = await loadExport();
      // The downloaded list stands on its own, beside the file: it has every problem, the one stated above too.
      const name = `${slugify(words.fileName)}.csv`;
      download(await problemsCsvBlob(said ? [said, ...problems] : problems, unlisted, t, f.count, excelSeparator(navigator.language), wording), name);
      // Said as the other downloads say theirs (ExportMenu): else a screen reader hears nothing.
      say?.(t.exports.done(name));
    });
  return (
    <>
      {kinds.length > 1 && (
        <div role="group" aria-label={words.byKind} className="mt-2 flex flex-wrap gap-2">
          {[null, ...kinds.map((k) => k.code)].map((code) => (
            <button key={code ?? ''} type="button" className="btn btn-small" aria-pressed={kind === code} aria-controls={listId} onClick={() => show(code, all)}>
              {code ? words.kind((t.problemTexts ?? enProblemTexts).problems[code], f.count(kinds.find((k) => k.code === code)!.count)) : words.everyKind(f.count(problems.length))}
            </button>
          ))}
        </div>
      )}
      {(problems.length > first || unlisted.length > 0) && (
        <div className="mt-2 flex flex-wrap gap-2">
          {ofKind.length > first && (
            <button type="button" className="btn btn-small" aria-expanded={all} aria-controls={listId} onClick={() => show(kind, !all)}>
              {all
                ? words.showFirst(f.count(first))
                : ofKind.length > MAX_RENDERED_PROBLEMS
                  ? words.showMany(f.count(MAX_RENDERED_PROBLEMS))
                  : words.showAll(f.count(ofKind.length))}
            </button>
          )}
          <button type="button" className="btn btn-small aria-busy:cursor-progress" aria-busy={saving ?? undefined} onClick={() => void save()}>
            {words.download}
          </button>
        </div>
      )}
      <ul id={listId} aria-label={label} className="mt-2 list-disc space-y-1 pl-5 font-mono text-sm break-words">
        {shown.map((p, i) => (
          <li key={i} dir="auto">
            <span className="font-semibold" translate="no">
              {placeText(p.path, t)}
            </span>
            : {wording.problem(p, t)}
          </li>
        ))}
        {more > 0 && <li>{all ? words.moreInDownload(f.count(more)) : t.app.andMore(f.count(more))}</li>}
        {unlisted.map((u) => (
          <li key={u.code}>
            <span className="font-semibold">{words.notListed(f.count(u.count))}</span>: {wording.unlisted(u, t)}
          </li>
        ))}
      </ul>
    </>
  );
}
