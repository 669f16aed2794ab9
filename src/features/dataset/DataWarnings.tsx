import { useId, useState } from 'react';
import type { Problem } from '../../shared/dataset/problem.ts';
import { ProblemListOnDemand } from './ProblemListOnDemand.tsx';
import type { UnlistedProblems } from './keptProblems.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { problemsSummary } from './problemsSummary.ts';
import { isSmallScreen } from '../../shared/ui/smallScreen.ts';

interface Props {
  /** The problems listed one by one. */
  problems: readonly Problem[];
  /** Problems counted by kind instead (a warning repeated on thousands of rows: keptProblems.ts). */
  unlisted?: readonly UnlistedProblems[];
  /** All problems, listed or counted. */
  problemCount?: number;
  eventCount: number;
  droppedEvents: number;
  /** For a file opened on this computer: reads it again with its ambiguous dates in `order`. */
  onReadDates?: (order: 'dmy' | 'mdy') => void;
  /** The file was just read again that way (its view redrawn): the button takes focus, as it had. */
  datesRead?: boolean | undefined;
  /** The list starts hidden behind "Show details" (an embed: its frame is the chart's, and the article's readers came for it), and says no advice only the file's author can follow. */
  folded?: boolean;
  /** Says in the page's view live region what the list shows once "Show all" or a kind changed it (ViewLiveRegion.tsx). */
  say?: (text: string) => void;
}

/**
 * Problems listed above the chart before "Show all": few enough that a file with thousands of
 * notes (rows without a source) leaves the chart on a laptop's first screen; at 20, it pushed the
 * whole chart below 1280x800.
 */
export const PROBLEMS_ABOVE_CHART = 5;

/** A partly valid dataset: what is shown, what was left out and why. */
export function DataWarnings({ problems, unlisted = [], problemCount = problems.length, eventCount, droppedEvents, onReadDates, datesRead, folded = false, say }: Props) {
  const { t, f } = useI18n();
  // Decided as the notice is first shown: the reader's "Show details" then holds whatever the screen does.
  // On a phone, upright or held sideways, the list starts folded as in an embed, or four problems
  // listed open (a box 300 to 460 px tall at 390x844) pushed the chart below the first screen.
  const [startFolded] = useState(() => folded || isSmallScreen());
  const [open, setOpen] = useState(!startFolded);
  const listId = useId();
  if (problems.length === 0) return null;
  // Dates such as 03/04/2022 that read either way: one click reads them the other way round.
  const dates = problems.find((p) => p.detail?.key === 'datesOrder')?.detail;
  const otherOrder = dates?.key === 'datesOrder' ? (dates.order === 'dmy' ? 'mdy' : 'dmy') : null;
  // Folded and closed, in a frame that may be 300 pixels wide or on a phone: one line, so the chart keeps the room.
  const short = startFolded && !open;
  const summary = problemsSummary({ problemCount, eventCount, droppedEvents }, t, f, short);
  return (
    // A status shown with the dataset, said by the page's view live region (ViewLiveRegion.tsx, through
    // ReaderView): not live itself, or it would be said twice.
    <section role="status" aria-live="off" aria-label={t.dataset.problemsLabel} className={`rounded-md border border-warn bg-panel ${folded ? 'my-2 px-2 py-1 text-xs' : short ? 'my-2 px-3 py-1.5 text-sm' : 'my-3 p-3 text-sm'}`}>
      <div className={`flex items-center justify-between gap-2 ${short && !otherOrder ? '' : 'flex-wrap'}`}>
        <p>{summary}</p>
        {onReadDates && otherOrder && (
          <button type="button" className="btn btn-small" autoFocus={datesRead} onClick={() => onReadDates(otherOrder)}>
            {t.dataset.readDates(t.dataset.dateOrders[otherOrder])}
          </button>
        )}
        <button type="button" className={`${short ? 'link-button shrink-0' : 'btn btn-small'} print:hidden`} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? t.dataset.hideDetails : short ? t.dataset.details : t.dataset.showDetails}
        </button>
      </div>
      <div id={listId} hidden={!open} className="print-unfold">
        <ProblemListOnDemand problems={problems} unlisted={unlisted} label={t.dataset.problemsInFile} first={PROBLEMS_ABOVE_CHART} say={say} forReaders={folded} />
      </div>
    </section>
  );
}
