import type { ZoomView } from 'd3-interpolate';

/** A view at `t` in [0, 1], and the path's duration in ms. */
export type SmoothZoom = ((t: number) => ZoomView) & { duration: number };

/*
 * Stands in for d3-interpolate (vite.config.ts aliases it here). d3-zoom and the chart's pan to a
 * selection use only its smooth zoom; the package's single module also builds its colour
 * interpolators at load time, which keeps all of d3-color in the page's first script (about
 * 10 KB minified, 3.6 KB gzip here). The smooth zoom itself is van Wijk and Nuij's "Smooth and
 * efficient zooming and panning" (2003), with their recommended ρ = √2.
 */

const RHO = Math.SQRT2;
const EPSILON2 = 1e-12;

const cosh = (x: number) => (Math.exp(x) + Math.exp(-x)) / 2;
const sinh = (x: number) => (Math.exp(x) - Math.exp(-x)) / 2;
const tanh = (x: number) => {
  const e = Math.exp(2 * x);
  return (e - 1) / (e + 1);
};

/**
 * The path from view [x0, y0, w0] (centre and width) to view [x1, y1, w1] that zooms out and in
 * as little as a smooth pan needs: `t` in [0, 1] → the view at that point; `duration` in ms for
 * a speed that feels even whatever the distance.
 */
export function interpolateZoom(a: ZoomView, b: ZoomView): SmoothZoom {
  const [ux0, uy0, w0] = a;
  const [ux1, uy1, w1] = b;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let view: (t: number) => ZoomView;
  let S: number;
  if (d2 < EPSILON2) {
    // The same centre: only the width changes, exponentially.
    S = Math.log(w1 / w0) / RHO;
    view = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO ** 4 * d2) / (2 * w0 * RHO ** 2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO ** 4 * d2) / (2 * w1 * RHO ** 2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    view = (t) => {
      const s = t * S;
      const u = (w0 / (RHO ** 2 * d1)) * (cosh(r0) * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * cosh(r0)) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(view, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
