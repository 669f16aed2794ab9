import { headPoints, type Font, type Prim, type Scene, type Stroke } from './scene.ts';

/*
 * Draws a scene on a 2D canvas. Text is copied from a cache of rendered strings (TextCache)
 * instead of being shaped and stroked again every frame, and filled circles from images drawn
 * once (circleSprite). A still paint (not a zoom step) draws what is not cached yet in place,
 * and the caches fill when the page is idle (TextCache.warm, warmSprites).
 */

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type Bitmap = HTMLCanvasElement | OffscreenCanvas;
export type TextPrim = Extract<Prim, { k: 'text' }>;

const RTL_FIRST_STRONG = /^[^\p{L}]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const HALO_PX = 3;

function newBitmap(w: number, h: number): Bitmap {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

const fontString = (f: Font, family: string) => `${f.italic ? 'italic ' : ''}${f.weight ?? 400} ${f.size}px ${family}`;

interface CachedText {
  image: CanvasImageSource & { close?: () => void };
  /** Size of the image in CSS pixels; the text's advance, and where its anchor (start, baseline) sits in it. */
  w: number;
  h: number;
  textWidth: number;
  baseline: number;
  pad: number;
}

/**
 * Rendered strings by text, font, colour and halo: a string is shaped and drawn once, then copied
 * on every frame. They are drawn on one scratch canvas and taken off it as immutable bitmaps
 * (a canvas and context per string cost more than drawing the text: 0.3 s of a 100,000-event
 * zoom sequence; one shared atlas canvas, copied from while it changes, cost 6 s). The least
 * recently used go first past `limit`.
 */
export class TextCache {
  private entries = new Map<string, CachedText>();
  private scratch: Bitmap | null = null;
  private ctx: Ctx | null = null;
  private dpr = 1;
  private family = '';
  constructor(private readonly limit = 2000) {}

  clear(): void {
    for (const e of this.entries.values()) e.image.close?.();
    this.entries.clear();
  }

  private keyOf(p: TextPrim, family: string, dpr: number): string {
    if (dpr !== this.dpr || family !== this.family) {
      this.clear();
      this.later.clear();
      this.dpr = dpr;
      this.family = family;
    }
    return `${p.font.size}|${p.font.weight ?? 400}|${p.font.italic ? 1 : 0}|${p.fill}|${p.halo ?? ''}|${p.middle ? 1 : 0}|${p.text}`;
  }

  has(p: TextPrim, family: string, dpr: number): boolean {
    return this.entries.has(this.keyOf(p, family, dpr));
  }

  get(p: TextPrim, family: string, dpr: number): CachedText | null {
    const key = this.keyOf(p, family, dpr);
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = this.render(p, family, dpr);
    if (!made) return null;
    this.entries.set(key, made);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value!;
      this.entries.get(oldest)?.image.close?.();
      this.entries.delete(oldest);
    }
    return made;
  }

  /** Text drawn in place (drawDirect), to render for later frames when there is time. */
  private later = new Map<string, TextPrim>();

  remember(p: TextPrim, family: string, dpr: number): void {
    this.later.set(this.keyOf(p, family, dpr), p);
  }

  /** Renders remembered text while `timeLeft()` allows; true if some is left. */
  warm(timeLeft: () => number): boolean {
    for (const [key, p] of this.later) {
      if (timeLeft() < 2) return true;
      this.later.delete(key);
      this.get(p, this.family, this.dpr);
    }
    return false;
  }

  private render(p: TextPrim, family: string, dpr: number): CachedText | null {
    // Only where bitmaps can be taken off a canvas cheaply is one scratch canvas enough.
    const shared = typeof OffscreenCanvas !== 'undefined' && 'transferToImageBitmap' in OffscreenCanvas.prototype;
    if (!this.ctx) {
      this.scratch = newBitmap(1, 1);
      this.ctx = this.scratch.getContext('2d') as Ctx | null;
    }
    const font = fontString(p.font, family);
    const measure = this.ctx;
    if (!measure) return null;
    measure.font = font;
    const textWidth = measure.measureText(p.text).width;
    const pad = p.halo ? HALO_PX : 1;
    const size = p.font.size;
    const w = Math.ceil(textWidth + 2 * pad);
    const h = Math.ceil(size * 1.5 + 2 * pad);
    const baseline = p.middle ? h / 2 : pad + Math.round(size * 1.1);
    const canvas = shared ? this.scratch! : newBitmap(1, 1);
    canvas.width = Math.max(1, Math.ceil(w * dpr));
    canvas.height = Math.max(1, Math.ceil(h * dpr));
    const ctx = (shared ? this.ctx : canvas.getContext('2d')) as Ctx | null;
    if (!ctx) return null;
    // Resizing a canvas resets its context's state.
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawString(ctx, p, font, pad, baseline);
    const image = shared ? (canvas as OffscreenCanvas).transferToImageBitmap() : canvas;
    return { image, w, h, textWidth, baseline, pad };
  }
}

/** The string with its anchor (start, baseline) at x, y: as the cache renders it, and as a still paint draws it. */
function drawString(ctx: Ctx, p: TextPrim, font: string, x: number, y: number, align: CanvasTextAlign = 'left'): void {
  ctx.font = font;
  ctx.textAlign = align;
  ctx.textBaseline = p.middle ? 'middle' : 'alphabetic';
  // Like unicode-bidi: plaintext, the first strong character decides the direction.
  ctx.direction = RTL_FIRST_STRONG.test(p.text) ? 'rtl' : 'ltr';
  if (p.halo) {
    ctx.strokeStyle = p.halo;
    ctx.lineWidth = HALO_PX;
    ctx.lineJoin = 'round';
    ctx.strokeText(p.text, x, y);
  }
  ctx.fillStyle = p.fill;
  ctx.fillText(p.text, x, y);
}

/**
 * A string not in the cache, drawn in place where the cache would put its image (on whole device
 * pixels). Rendering a string for the cache costs about 1.3 ms here (a bitmap of its own, then
 * copied): a view's first paint (18 labels at 1,000 or 10,000 events, 44 for the bundled dataset)
 * draws them directly instead, and the cache renders them when the page is idle.
 */
function drawDirect(ctx: Ctx, p: TextPrim, family: string, dpr: number): void {
  const font = fontString(p.font, family);
  const pad = p.halo ? HALO_PX : 1;
  const h = Math.ceil(p.font.size * 1.5 + 2 * pad);
  const baseline = p.middle ? h / 2 : pad + Math.round(p.font.size * 1.1);
  const top = Math.round((p.y - baseline) * dpr) / dpr;
  if (p.inPlace && p.anchor === 'middle' && !p.halo) {
    // Never cached (a cluster's count), so nothing to line up with: centred by the canvas, unmeasured.
    drawString(ctx, p, font, Math.round(p.x * dpr) / dpr, top + baseline, 'center');
    return;
  }
  ctx.font = font;
  const textWidth = ctx.measureText(p.text).width;
  const left = Math.round((p.x - pad - (p.anchor === 'middle' ? textWidth / 2 : p.anchor === 'end' ? textWidth : 0)) * dpr) / dpr;
  drawString(ctx, p, font, left + pad, top + baseline);
}

/**
 * Draws `sample` once in each of `fonts`, filled and with a halo, on a canvas of its own. A page's
 * first text in a font costs 2-17 ms here (the face found and set up), which the chart's first
 * view would otherwise pay in the one frame that draws it: the page calls this while its dataset
 * is still on the way (app/warmUp.ts).
 */
/**
 * A character's advance in `font`, measured on a canvas of its own once per character (no
 * document style is read: the family is given); the layout's estimate where no canvas draws.
 */
export function measuredCharWidth(font: Font, family: string, estimate: (c: string) => number): (c: string) => number {
  const ctx = typeof document === 'undefined' ? null : (newBitmap(1, 1).getContext('2d') as Ctx | null);
  if (!ctx) return estimate;
  ctx.font = fontString(font, family);
  const widths = new Map<string, number>();
  return (c) => {
    let w = widths.get(c);
    if (w === undefined) {
      w = ctx.measureText(c).width;
      widths.set(c, w);
    }
    return w;
  };
}

export function warmFonts(fonts: readonly Font[], family: string, sample: string): void {
  const ctx = newBitmap(1, 1).getContext('2d') as Ctx | null;
  if (!ctx) return;
  ctx.lineWidth = HALO_PX;
  for (const f of fonts) {
    ctx.font = fontString(f, family);
    ctx.measureText(sample);
    ctx.strokeText(sample, 0, 0);
    ctx.fillText(sample, 0, 0);
  }
}

/** A circle drawn once as an image and then copied (circleSprite). */
interface Sprite {
  image: CanvasImageSource & { close?: () => void };
  /** Size of the image in CSS pixels, and where the circle's centre is in it (both ways). */
  size: number;
  half: number;
}

const sprites = new Map<string, Sprite | null>();
const MAX_SPRITES = 500;

/** The radius a circle's image is drawn at: to a quarter pixel, so that clusters of similar sizes share images. */
const spriteRadius = (r: number) => Math.round(r * 4) / 4;
const spriteKey = (r: number, fill: string, stroke: Stroke, dpr: number) => `${spriteRadius(r)}|${fill}|${stroke.color}|${stroke.width}|${dpr}`;
/** Half the size of a circle's image: where its centre is in it, both ways. */
const spriteHalf = (radius: number, stroke: Stroke) => Math.ceil(radius + stroke.width) + 1;
/** Where the image of a circle centred at `v` starts: on whole device pixels, as the text is. */
const snapped = (v: number, half: number, dpr: number) => Math.round((v - half) * dpr) / dpr;

/**
 * A filled, outlined circle (a cluster, the selection) as an image: drawn as a path once per
 * radius (to a quarter pixel), colours and pixel ratio, then copied. Drawn as paths, the 200
 * clusters of a 100,000-event view were most of the canvas's work on each frame of a zoom.
 */
function circleSprite(r: number, fill: string, stroke: Stroke, dpr: number, key = spriteKey(r, fill, stroke, dpr)): Sprite | null {
  const known = sprites.get(key);
  if (known !== undefined) return known;
  if (sprites.size >= MAX_SPRITES) {
    for (const s of sprites.values()) s?.image.close?.();
    sprites.clear();
  }
  const radius = spriteRadius(r);
  const half = spriteHalf(radius, stroke);
  const size = 2 * half;
  const canvas = newBitmap(Math.ceil(size * dpr), Math.ceil(size * dpr));
  const ctx = canvas.getContext('2d') as Ctx | null;
  let sprite: Sprite | null = null;
  if (ctx) {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.beginPath();
    ctx.arc(half, half, radius, 0, Math.PI * 2);
    ctx.fillStyle = fill;
    ctx.fill();
    applyStroke(ctx, stroke);
    ctx.stroke();
    sprite = { image: 'transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas, size, half };
  }
  sprites.set(key, sprite);
  return sprite;
}

/**
 * Circles a still paint drew as paths because they had no image yet, to draw as images when the
 * page is idle (warmSprites): each new image is a canvas of its own, about 0.3 ms, and a first
 * view at 1,000 events needs dozens (18-24 ms of its frame, sampled).
 */
const spritesLater = new Map<string, [r: number, fill: string, stroke: Stroke, dpr: number, key: string]>();

/** Makes the images of the circles still paints drew as paths while `timeLeft()` allows; true if some are left. */
export function warmSprites(timeLeft: () => number): boolean {
  for (const [key, args] of spritesLater) {
    if (timeLeft() < 2) return true;
    spritesLater.delete(key);
    circleSprite(...args);
  }
  return false;
}

const paths = new Map<string, Path2D>();
function pathOf(d: string): Path2D {
  let p = paths.get(d);
  if (!p) paths.set(d, (p = new Path2D(d)));
  return p;
}

const hatches = new Map<string, CanvasPattern | null>();
/** Diagonal hatching in a colour, as the SVG's 6 px pattern rotated by 45°. */
function hatchOf(ctx: Ctx, color: string): CanvasPattern | null {
  const key = color;
  if (hatches.has(key)) return hatches.get(key)!;
  const tile = newBitmap(6, 6);
  const t = tile.getContext('2d') as Ctx | null;
  let pattern: CanvasPattern | null = null;
  if (t) {
    t.strokeStyle = color;
    t.lineWidth = 1.5;
    t.beginPath();
    t.moveTo(0, 0);
    t.lineTo(0, 6);
    t.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
    pattern?.setTransform?.(new DOMMatrix().rotate(45));
  }
  hatches.set(key, pattern);
  return pattern;
}

function applyStroke(ctx: Ctx, s: Stroke): void {
  ctx.strokeStyle = s.color;
  ctx.lineWidth = s.width;
  ctx.setLineDash(s.dash ?? []);
}

function fillHead(ctx: Ctx, fromX: number, fromY: number, x: number, y: number, color: string, size: number): void {
  const [ax, ay, bx, by, cx, cy] = headPoints(fromX, fromY, x, y, size);
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(ax, ay);
  ctx.lineTo(bx, by);
  ctx.lineTo(cx, cy);
  ctx.closePath();
  ctx.fill();
}

interface PaintOptions {
  /** On the scene's background colour rather than transparent. */
  opaque?: boolean;
  /**
   * A paint that is not a zoom step: text and circles not in their caches are drawn in place, and
   * remembered to render later (TextCache.warm, warmSprites) rather than now.
   */
  still?: boolean;
}

/** Draws the scene at the device pixel ratio `dpr`. */
export function paintScene(ctx: Ctx, scene: Scene, dpr: number, texts: TextCache, { opaque = false, still = false }: PaintOptions = {}): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  if (opaque) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  for (const p of scene.prims) {
    ctx.globalAlpha = 'alpha' in p && p.alpha !== undefined ? p.alpha : 1;
    switch (p.k) {
      case 'rect': {
        ctx.beginPath();
        if (p.rx) ctx.roundRect(p.x, p.y, p.w, p.h, p.rx);
        else ctx.rect(p.x, p.y, p.w, p.h);
        const fill = p.hatch ? hatchOf(ctx, p.hatch) : p.fill;
        if (fill) {
          ctx.fillStyle = fill;
          ctx.fill();
        }
        if (p.stroke) {
          applyStroke(ctx, p.stroke);
          ctx.stroke();
        }
        break;
      }
      case 'line':
        applyStroke(ctx, p.stroke);
        ctx.beginPath();
        ctx.moveTo(p.x1, p.y1);
        ctx.lineTo(p.x2, p.y2);
        ctx.stroke();
        if (p.head) {
          ctx.globalAlpha = 1;
          fillHead(ctx, p.x1, p.y1, p.x2, p.y2, p.head.color, p.head.size);
        }
        break;
      case 'circle': {
        let { x, y, r } = p;
        if (p.fill && p.stroke && !p.stroke.dash) {
          const key = spriteKey(r, p.fill, p.stroke, dpr);
          const later = still && !sprites.has(key);
          const sprite = later ? null : circleSprite(r, p.fill, p.stroke, dpr, key);
          if (sprite) {
            ctx.drawImage(sprite.image, snapped(x, sprite.half, dpr), snapped(y, sprite.half, dpr), sprite.size, sprite.size);
            break;
          }
          if (later) {
            // Drawn where and as its image would be, which is made when the page is idle.
            spritesLater.set(key, [r, p.fill, p.stroke, dpr, key]);
            r = spriteRadius(r);
            const half = spriteHalf(r, p.stroke);
            x = snapped(x, half, dpr) + half;
            y = snapped(y, half, dpr) + half;
          }
        }
        ctx.beginPath();
        ctx.arc(x, y, r, 0, Math.PI * 2);
        if (p.fill) {
          ctx.fillStyle = p.fill;
          ctx.fill();
        }
        if (p.stroke) {
          applyStroke(ctx, p.stroke);
          ctx.stroke();
        }
        break;
      }
      case 'shape': {
        const path = pathOf(p.d);
        ctx.translate(p.x, p.y);
        ctx.fillStyle = p.fill;
        ctx.fill(path);
        applyStroke(ctx, p.stroke);
        ctx.stroke(path);
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        break;
      }
      case 'arc': {
        const a = p.arc;
        applyStroke(ctx, p.stroke);
        ctx.beginPath();
        ctx.moveTo(a.x1, a.y1);
        ctx.quadraticCurveTo(a.cx, a.cy, a.x2, a.y2);
        ctx.stroke();
        if (p.head) fillHead(ctx, a.cx, a.cy, a.x2, a.y2, p.head.color, p.head.size);
        break;
      }
      case 'text': {
        if (p.inPlace) {
          drawDirect(ctx, p, scene.fontFamily, dpr);
          break;
        }
        if (still && !texts.has(p, scene.fontFamily, dpr)) {
          drawDirect(ctx, p, scene.fontFamily, dpr);
          texts.remember(p, scene.fontFamily, dpr);
          break;
        }
        const t = texts.get(p, scene.fontFamily, dpr);
        if (!t) break;
        const left = p.x - t.pad - (p.anchor === 'middle' ? t.textWidth / 2 : p.anchor === 'end' ? t.textWidth : 0);
        const top = p.y - t.baseline;
        // Whole device pixels keep the cached text as sharp as text drawn in place.
        ctx.drawImage(t.image, Math.round(left * dpr) / dpr, Math.round(top * dpr) / dpr, t.w, t.h);
        break;
      }
      case 'clip':
        ctx.save();
        ctx.beginPath();
        ctx.rect(p.x, p.y, p.w, p.h);
        ctx.clip();
        break;
      case 'unclip':
        ctx.restore();
        break;
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}
