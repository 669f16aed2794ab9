import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintScene, TextCache, warmFonts, warmSprites, type TextPrim } from '../../../../src/features/timeline/render/paintCanvas.ts';
import { CHART_FONTS, type Prim, type Scene } from '../../../../src/features/timeline/render/scene.ts';

// jsdom has no canvas: a context that records the text it draws and measures 6 px per character.
interface FakeContext {
  drawn: string[];
  images: number;
  arcs: number;
  /** Each arc's centre and radius. */
  arcsAt: [number, number, number][];
  /** The font each fillText drew in. */
  fonts: string[];
}
let contexts: FakeContext[] = [];
function fakeContext(): CanvasRenderingContext2D {
  const record: FakeContext = { drawn: [], images: 0, arcs: 0, arcsAt: [], fonts: [] };
  contexts.push(record);
  const noop = () => undefined;
  const ctx = {
    font: '',
    measureText: (text: string) => ({ width: text.length * 6 }),
    fillText: (text: string) => {
      record.drawn.push(text);
      record.fonts.push(ctx.font);
    },
    strokeText: noop,
    setTransform: noop,
    clearRect: noop,
    drawImage: () => void record.images++,
    setLineDash: noop,
    beginPath: noop,
    arc: (x: number, y: number, r: number) => {
      record.arcs++;
      record.arcsAt.push([x, y, r]);
    },
    fill: noop,
    stroke: noop,
  };
  return ctx as unknown as CanvasRenderingContext2D;
}

const FAMILY = 'sans-serif';
const text = (t: string, extra: Partial<TextPrim> = {}): TextPrim => ({ k: 'text', x: 100, y: 20, text: t, font: { size: 12 }, fill: '#000', anchor: 'start', ...extra });
const scene = (prims: Prim[]): Scene => ({ width: 300, height: 100, background: '#fff', fontFamily: FAMILY, prims });
/** A clock for TextCache.warm: `n` calls with time left, then none. */
const timeFor = (n: number) => () => (n-- > 0 ? 10 : 0);

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(fakeContext as unknown as HTMLCanvasElement['getContext']);
  // Circles an earlier test's still paint left to draw later (the images outlive a test).
  warmSprites(() => 100);
  contexts = [];
});
afterEach(() => vi.restoreAllMocks());

describe('paintScene', () => {
  it('a still paint draws text that is not cached in place, and caches none of it yet', () => {
    const texts = new TextCache();
    const target = fakeContext();
    paintScene(target, scene([text('NASA'), text('ESA')]), 1, texts, { still: true });
    expect(contexts[0]!.drawn).toEqual(['NASA', 'ESA']);
    expect(contexts[0]!.images).toBe(0);
    expect(texts.has(text('NASA'), FAMILY, 1)).toBe(false);
  });

  it('a zoom step copies each string from the cache, rendering it there once', () => {
    const texts = new TextCache();
    const target = fakeContext();
    paintScene(target, scene([text('NASA')]), 1, texts);
    paintScene(target, scene([text('NASA')]), 1, texts);
    expect(contexts[0]!.drawn).toEqual([]);
    expect(contexts[0]!.images).toBe(2);
    // One scratch canvas rendered the string once.
    expect(contexts.slice(1).flatMap((c) => c.drawn)).toEqual(['NASA']);
  });
});

const circle = (x: number, r: number, fill = '#abcdef'): Prim => ({ k: 'circle', x, y: 50, r, fill, stroke: { color: '#111111', width: 1.25 } });

describe('paintScene, circles', () => {
  it('copies filled, outlined circles from one image per radius and colours, drawn once', () => {
    const target = fakeContext();
    paintScene(target, scene([circle(10, 6), circle(40, 6), circle(70, 6.01)]), 1, new TextCache());
    paintScene(target, scene([circle(12, 6), circle(42, 6)]), 1, new TextCache());
    expect(contexts[0]!.images).toBe(5);
    expect(contexts[0]!.arcs).toBe(0);
    // One image: 6.01 px is drawn as 6 (to a quarter pixel).
    expect(contexts.slice(1).reduce((n, c) => n + c.arcs, 0)).toBe(1);
  });

  it('draws a new image for another radius or colour, and a dashed circle as a path', () => {
    const target = fakeContext();
    paintScene(target, scene([circle(10, 7.5), circle(40, 7.5, '#fedcba'), { k: 'circle', x: 70, y: 50, r: 7.5, stroke: { color: '#111111', width: 1.25, dash: [2, 2] } }]), 1, new TextCache());
    expect(contexts[0]!.images).toBe(2);
    expect(contexts[0]!.arcs).toBe(1);
    expect(contexts.slice(1).reduce((n, c) => n + c.arcs, 0)).toBe(2);
  });
});

describe('paintScene, circles on a still paint', () => {
  it('draws a circle that has no image yet as a path, where and as its image would be, and makes no image', () => {
    const target = fakeContext();
    // Radius 8.1 is drawn as 8 (a quarter pixel); its image, 2 × (8 + 1.25 → 10 + 1) = 22 px, would start at 100.4 - 11 → 89.
    paintScene(target, scene([{ k: 'circle', x: 100.4, y: 50.6, r: 8.1, fill: '#abcdef', stroke: { color: '#111111', width: 1.25 } }]), 1, new TextCache(), { still: true });
    expect(contexts[0]!.images).toBe(0);
    expect(contexts[0]!.arcsAt).toEqual([[100, 51, 8]]);
    expect(contexts).toHaveLength(1);
  });

  it('copies a circle whose image is made, and makes the rest when the page is idle', () => {
    const target = fakeContext();
    paintScene(target, scene([circle(10, 9.25)]), 1, new TextCache());
    expect(contexts[0]!.images).toBe(1);
    paintScene(target, scene([circle(10, 9.25), circle(40, 9.5), circle(70, 9.75)]), 1, new TextCache(), { still: true });
    expect(contexts[0]!.images).toBe(2);
    expect(contexts[0]!.arcs).toBe(2);
    const made = contexts.length;
    // Time for one image, then none: one is left.
    expect(warmSprites(timeFor(1))).toBe(true);
    expect(contexts).toHaveLength(made + 1);
    expect(warmSprites(timeFor(10))).toBe(false);
    expect(contexts).toHaveLength(made + 2);
    paintScene(target, scene([circle(40, 9.5), circle(70, 9.75)]), 1, new TextCache(), { still: true });
    expect(contexts[0]!.images).toBe(4);
    expect(contexts[0]!.arcs).toBe(2);
    expect(contexts).toHaveLength(made + 2);
  });
});

describe('TextCache.warm', () => {
  it('renders the text a still paint drew while there is time, and says when some is left', () => {
    const texts = new TextCache();
    paintScene(fakeContext(), scene([text('NASA'), text('ESA'), text('CSA')]), 1, texts, { still: true });
    expect(texts.warm(timeFor(2))).toBe(true);
    expect([text('NASA'), text('ESA'), text('CSA')].map((p) => texts.has(p, FAMILY, 1))).toEqual([true, true, false]);
    expect(texts.warm(timeFor(10))).toBe(false);
    expect(texts.has(text('CSA'), FAMILY, 1)).toBe(true);
  });

  it('draws a count in place on every paint, a zoom step too, and never caches it', () => {
    const texts = new TextCache();
    const target = fakeContext();
    paintScene(target, scene([text('120', { inPlace: true })]), 1, texts, { still: true });
    paintScene(target, scene([text('121', { inPlace: true })]), 1, texts);
    expect(contexts[0]!.drawn).toEqual(['120', '121']);
    expect(contexts[0]!.images).toBe(0);
    expect(texts.warm(timeFor(10))).toBe(false);
    expect(texts.has(text('120'), FAMILY, 1)).toBe(false);
  });

  it('centres a count on a whole device pixel without measuring it; a still label is measured to sit on whole pixels', () => {
    const calls: string[] = [];
    const target = Object.assign(fakeContext(), {
      textAlign: 'start',
      measureText: (t: string) => {
        calls.push(`measure ${t}`);
        return { width: t.length * 6 };
      },
      fillText(this: { textAlign: string }, t: string, x: number) {
        calls.push(`${this.textAlign} ${t} ${x}`);
      },
    });
    paintScene(target, scene([text('120', { inPlace: true, anchor: 'middle', middle: true, x: 100.3 })]), 2, new TextCache());
    expect(calls).toEqual(['center 120 100.5']);
    calls.length = 0;
    paintScene(target, scene([text('Mar', { anchor: 'middle', x: 100.3 })]), 2, new TextCache(), { still: true });
    // Left edge: round((100.3 − 1 − 9) × 2) / 2 = 90.5, the text one pixel of padding in.
    expect(calls).toEqual(['measure Mar', 'left Mar 91.5']);
  });

  it('forgets what it was to render when the pixel ratio changes', () => {
    const texts = new TextCache();
    paintScene(fakeContext(), scene([text('NASA')]), 1, texts, { still: true });
    expect(texts.has(text('NASA'), FAMILY, 2)).toBe(false);
    expect(texts.warm(timeFor(10))).toBe(false);
    expect(texts.has(text('NASA'), FAMILY, 2)).toBe(false);
  });
});

describe('warmFonts', () => {
  it('draws the sample once in every font the chart draws text in, off the chart', () => {
    const fonts = Object.values(CHART_FONTS);
    warmFonts(fonts, 'Inter, sans-serif', 'Timeline 2022');
    expect(contexts).toHaveLength(1);
    expect(contexts[0]!.drawn).toEqual(fonts.map(() => 'Timeline 2022'));
    expect(new Set(contexts[0]!.fonts).size).toBe(fonts.length);
    expect(contexts[0]!.fonts).toContain('italic 400 10px Inter, sans-serif');
    expect(contexts[0]!.fonts).toContain('700 11px Inter, sans-serif');
  });
});
