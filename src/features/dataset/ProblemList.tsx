import { useI18n } from '../../shared/i18n/I18n.tsx';
import type { Problem } from '../../shared/dataset/problem.ts';
import { problemText } from './datasetError.ts';

export const MAX_SHOWN_PROBLEMS = 20;

/** Problems as `path: message` lines, capped at 20 plus "and N more". Untrusted text stays text. */
export function ProblemList({ problems, label, total = problems.length }: { problems: readonly Problem[]; label: string; total?: number }) {
  const { t, f } = useI18n();
  const shown = problems.slice(0, MAX_SHOWN_PROBLEMS);
  const more = Math.max(total, problems.length) - shown.length;
  return (
    <ul aria-label={label} className="mt-2 list-disc space-y-1 pl-5 font-mono text-sm break-words">
      {shown.map((p, i) => (
        <li key={i} dir="auto">
          <span className="font-semibold" translate="no">
            {p.path}
          </span>: {problemText(p, t)}
        </li>
      ))}
      {more > 0 && <li>{t.app.andMore(f.count(more))}</li>}
    </ul>
  );
}
