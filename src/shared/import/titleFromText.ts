/** How much of a text a title made from it keeps. */
const TITLE_FROM_TEXT = 80;

/** The first line of a text, cut at a word boundary, as a title (a TimelineJS slide's, or a spreadsheet row's, without one). */
export function titleFromText(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  if (line.length <= TITLE_FROM_TEXT) return line;
  const cut = line.slice(0, TITLE_FROM_TEXT - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
