/** How much of a text a title made from it keeps, in characters (an emoji once, as limits.ts counts). */
const TITLE_FROM_TEXT = 80;

/**
 * The first line of a text, cut at a word boundary, as a title (a TimelineJS slide's, or a
 * spreadsheet row's, without one). Cut by characters, never between an emoji's two halves.
 */
export function titleFromText(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  // Two code units a character at most: enough of a long line to count its first characters.
  const chars = Array.from(line.slice(0, 2 * TITLE_FROM_TEXT));
  if (chars.length <= TITLE_FROM_TEXT && line.length <= 2 * TITLE_FROM_TEXT) return line;
  const cut = chars.slice(0, TITLE_FROM_TEXT - 1).join('');
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
