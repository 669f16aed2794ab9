import type { Media } from '../dataset/schema.ts';

/** File endings of images the panel can show. */
const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

/** Whether a media URL is an image (by the ending of its path) or something else, shown as a plain link. */
export function mediaKindOf(url: string): Media['kind'] {
  try {
    return IMAGE_PATH.test(new URL(url).pathname) ? 'image' : 'link';
  } catch {
    return 'link';
  }
}
