/** WCAG 2 relative luminance of a colour given as "#rrggbb" (or "rgb(r, g, b)"); null when unreadable. */
export function relativeLuminance(color: string): number | null {
  const rgb = parseColor(color);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21); null when either is unreadable. */
export function contrastRatio(a: string, b: string): number | null {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const readable = new Map<string, '#000000' | '#ffffff'>();

/**
 * Black or white, whichever contrasts more with `background`. For any colour the better of the two
 * reaches at least 4.58:1, so text in it always meets WCAG AA.
 */
export function readableOn(background: string): '#000000' | '#ffffff' {
  // Asked for every cluster on every frame of a zoom, for a handful of lane colours: kept.
  let known = readable.get(background);
  if (known === undefined) {
    const l = relativeLuminance(background);
    known = l === null || (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
    if (readable.size >= 256) readable.clear();
    readable.set(background, known);
  }
  return known;
}

/** [r, g, b] in 0–255 from "#rgb", "#rrggbb" or "rgb(r, g, b)" / "rgba(…)"; null otherwise. */
function parseColor(color: string): [number, number, number] | null {
  const c = color.trim();
  let m = /^#([0-9a-f]{6})$/i.exec(c);
  if (m) {
    const n = parseInt(m[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (m) return [parseInt(m[1]! + m[1]!, 16), parseInt(m[2]! + m[2]!, 16), parseInt(m[3]! + m[3]!, 16)];
  m = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/i.exec(c);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return null;
}
