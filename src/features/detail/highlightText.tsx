import type { ReactNode } from 'react';

/** Case and accents folded away, for matching only: "Résumé" → "resume". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The text with every case- and accent-insensitive match of the query wrapped in <mark>.
 * Matching runs on a folded copy, but the output is made of slices of the original text: folding
 * changes lengths (NFD splits "é" into two code units, then the accent is dropped), so the folded
 * copy is built one code point at a time, recording for each folded code unit the original code
 * point it came from. Returns the text unchanged when the query is blank or nothing matches.
 */
export function highlightText(text: string, query: string): ReactNode {
  const needle = fold(query.trim());
  if (needle === '' || text === '') return text;

  let folded = '';
  // For each folded code unit: where its original code point starts and ends in `text`.
  const origStart: number[] = [];
  const origEnd: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) {
      origStart.push(i);
      origEnd.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }

  const ranges: [number, number][] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) break;
    const last = at + needle.length - 1;
    const start = origStart[at]!;
    // Code points that fold to nothing right after the match (a decomposed accent) belong to it.
    const end = Math.max(origEnd[last]!, origStart[last + 1] ?? text.length);
    const prev = ranges[ranges.length - 1];
    // A match that starts inside the previous one's code points extends it.
    if (prev && start <= prev[1]) prev[1] = Math.max(prev[1], end);
    else ranges.push([start, end]);
    from = at + needle.length;
  }
  if (ranges.length === 0) return text;

  const out: ReactNode[] = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    if (start > pos) out.push(text.slice(pos, start));
    out.push(<mark key={start}>{text.slice(start, end)}</mark>);
    pos = end;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}
