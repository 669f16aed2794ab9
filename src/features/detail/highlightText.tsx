import type { ReactNode } from 'react';
import { foldText, searchWords } from '../filters/foldText.ts';

/**
 * The text with every case- and accent-insensitive match of each of the query's words wrapped in
 * <mark>, folded as the search folds them (foldText): a search for several words finds an event
 * that has each of them, so each is marked, wherever it is. Matching runs on a folded copy, but
 * the output is made of slices of the original text: folding changes lengths (NFD splits "é" into
 * two code units, then the accent is dropped), so the folded copy is built one code point at a
 * time, recording for each folded code unit the original code point it came from. Returns the
 * text unchanged when the query is blank or nothing matches.
 */
export function highlightText(text: string, query: string): ReactNode {
  const needles = searchWords(query);
  if (needles.length === 0 || text === '') return text;

  let folded = '';
  // For each folded code unit: where its original code point starts and ends in `text`.
  const origStart: number[] = [];
  const origEnd: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldText(ch);
    for (let k = 0; k < f.length; k++) {
      origStart.push(i);
      origEnd.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }

  const found: [number, number][] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      const last = at + needle.length - 1;
      // Code points that fold to nothing right after the match (a decomposed accent) belong to it.
      found.push([origStart[at]!, Math.max(origEnd[last]!, origStart[last + 1] ?? text.length)]);
    }
  }
  if (found.length === 0) return text;
  found.sort((a, b) => a[0] - b[0]);
  const ranges: [number, number][] = [];
  for (const [start, end] of found) {
    const prev = ranges[ranges.length - 1];
    // A match that starts inside (or right after) the previous one's code points extends it.
    if (prev && start <= prev[1]) prev[1] = Math.max(prev[1], end);
    else ranges.push([start, end]);
  }

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
