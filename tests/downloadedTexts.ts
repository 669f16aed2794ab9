import { vi } from 'vitest';

/**
 * Captures what the page downloads (a blob URL and a click on a link): the text of each file, in
 * order. Restore with vi.restoreAllMocks().
 */
export function downloadedTexts(): Promise<string>[] {
  const texts: Promise<string>[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    texts.push((blob as Blob).text());
    return 'blob:x';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return texts;
}
