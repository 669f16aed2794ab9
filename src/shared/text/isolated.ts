/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: what is between them is laid out on its own. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * The explicit directional formatting characters: embeddings, overrides, their PDF, isolates and
 * their PDI. One left unpaired in a value reorders whatever follows it (U+202E RIGHT-TO-LEFT
 * OVERRIDE reverses the rest of the line), and a PDI closes the isolate around it.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters a reader cannot see, which make a value look like another: a zero-width space, a soft
 * hyphen, a word joiner, a byte-order mark (`"nasa\u200b"` looked like "nasa" in `agency: "nasa" is
 * not in this dataset`). Shown as escapes in a quoted value, as the directional ones are.
 */
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/g;

/**
 * Characters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation
 * forms and digits; U+200F RIGHT-TO-LEFT MARK): next to one, the punctuation and digits of the
 * sentence around a value may be laid out on the wrong side of it.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Untrusted text (a URL parameter, a file's value), as quoted in one of the app's sentences, made
 * unable to reorder that sentence: every directional formatting character in it is shown as its
 * escape (`\u202e`, as JSON writes a control character; in a JSON-quoted value the quote still
 * reads as the same string), so is every invisible one (INVISIBLE), and text with right-to-left
 * characters is wrapped in FSI … PDI, so that it is laid out as a unit of its own. Text with none
 * of these is returned as it is.
 *
 * Apply it once, to the quoted value (`isolated(JSON.stringify(value))`), where the quotes are
 * added: a second pass would show the first one's FSI and PDI as escapes.
 */
export function isolated(text: string): string {
  const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const shown = text.replace(BIDI_CONTROLS, escape).replace(INVISIBLE, escape);
  return RIGHT_TO_LEFT.test(shown) ? `${FSI}${shown}${PDI}` : shown;
}

/**
 * An actor's name as the app shows it as text anywhere (a filter chip, the legend, a lane, the
 * detail panel, a "from → to" line): its directional formatting characters left out, one unpaired
 * reversing what follows it ("+\u202eevil\u202c" read "+live").
 */
export const withoutBidiControls = (name: string): string => name.replace(BIDI_CONTROLS, '');

/**
 * A file's name for something (an actor), shown as written within one of the app's own lines
 * ("Roscosmos → NASA and ESA"): its directional formatting characters are left out, one unpaired
 * reversing the rest of the line (the arrow pointing from the recipients), and a name with
 * right-to-left text is wrapped in FSI … PDI, laid out as a unit of its own. Any other name is
 * returned as it is.
 */
export function nameInLine(name: string): string {
  const shown = withoutBidiControls(name);
  return RIGHT_TO_LEFT.test(shown) ? `${FSI}${shown}${PDI}` : shown;
}
