/*
 * The built page carries the bundled dataset's JSON text in a data block (vite.config.ts,
 * bundledDatasetInPage), so the first view needs no request for it: 294.5 against 322.5 ms to an
 * interactive chart, 16 interleaved loads each of built pages (bench/NOTES.md, 2026-12-04).
 */

/** The id of the data block that holds the bundled dataset in the built page. */
export const BUNDLED_ELEMENT_ID = 'bundled-dataset';

/**
 * The data block for `json`: a `<script type="application/json">`, which the browser never runs.
 * Every `<` is written as \u003c (the same value inside a JSON string; JSON has no `<` elsewhere),
 * so no text in the file can end the element or open a comment.
 */
export function bundledDatasetElement(json: string): string {
  return `<script type="application/json" id="${BUNDLED_ELEMENT_ID}">${json.replace(/</g, '\\u003c')}</script>`;
}

/** The bundled dataset's text when the page carries it (the built app); null otherwise (the dev server, tests). */
export function bundledTextInPage(): string | null {
  const el = typeof document === 'undefined' ? null : document.getElementById(BUNDLED_ELEMENT_ID);
  return el instanceof HTMLScriptElement && el.type === 'application/json' && el.textContent ? el.textContent : null;
}
