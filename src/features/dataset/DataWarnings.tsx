import { useId, useState } from 'react';
import type { Problem } from '../../shared/dataset/problem.ts';
import { ProblemList } from './ProblemList.tsx';

interface Props {
  problems: readonly Problem[];
  /** All problems, when only the first few hundred were kept. */
  problemCount?: number;
  eventCount: number;
  droppedEvents: number;
}

/** A partly valid dataset: what is shown, what was left out and why. */
export function DataWarnings({ problems, problemCount = problems.length, eventCount, droppedEvents }: Props) {
  const [open, setOpen] = useState(true);
  const listId = useId();
  if (problems.length === 0) return null;
  const summary =
    droppedEvents > 0
      ? `${droppedEvents} of ${eventCount} events were left out because of problems in the file.`
      : `The file has ${problemCount} problem${problemCount === 1 ? '' : 's'}; every event is shown.`;
  return (
    <section role="status" aria-label="Problems in the dataset" className="my-3 rounded-md border border-warn bg-panel p-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>{summary}</p>
        <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? 'Hide details' : 'Show details'}
        </button>
      </div>
      <div id={listId} hidden={!open}>
        <ProblemList problems={problems} total={problemCount} label="Problems in the file" />
      </div>
    </section>
  );
}
