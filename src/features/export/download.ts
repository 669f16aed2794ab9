import { filteredMark } from '../../shared/i18n/filteredMark.ts';
import { slugify } from '../../shared/import/slug.ts';

/** Saves a blob as a file through a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name from the dataset title: lowercase words joined by dashes, Russian letters in Latin
 * ("Письма о МКС, весна 2022" → "pisma-o-mks-vesna-2022", not "2022"): the same slug ids are made with.
 */
export function fileStem(title: string): string {
  return slugify(title) || 'timeline';
}

/**
 * A download's file name: the title's stem, marked when the view is filtered in the page's language
 * `filteredIn` ("-filtered", "-s-filtrami": the title's mark in the stem's Latin letters, so the
 * name stays one no file system refuses), and the extension.
 */
export function downloadName(title: string, filteredIn: string | null, extension: string): string {
  return `${fileStem(title)}${filteredIn === null ? '' : `-${slugify(filteredMark(filteredIn))}`}.${extension}`;
}
