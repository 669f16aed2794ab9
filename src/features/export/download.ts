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
