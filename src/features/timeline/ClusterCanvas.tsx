import { useLayoutEffect, useRef } from 'react';
import type { Cluster } from './layout/timeIndex.ts';
import type { Lane } from './layout/lanes.ts';

interface Props {
  clusters: readonly Cluster[];
  lanes: readonly Lane[];
  width: number;
  height: number;
  left: number;
  top: number;
}

/** Radius of a cluster: grows with the log of its count so that a 10,000 pile stays readable. */
export function clusterRadius(count: number): number {
  return Math.min(14, 4 + 2 * Math.log2(count + 1));
}

/**
 * The dense layer: counted clusters drawn on a canvas (thousands of marks cost one draw, not
 * thousands of DOM nodes). Interaction stays on the SVG above it.
 */
export function ClusterCanvas({ clusters, lanes, width, height, left, top }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const styles = getComputedStyle(canvas);
    const fg = styles.getPropertyValue('--fg').trim() || '#1b1b1f';
    const bg = styles.getPropertyValue('--bg').trim() || '#ffffff';
    const forced = window.matchMedia?.('(forced-colors: active)').matches ?? false;
    ctx.font = '600 10px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 1.25;
    for (const c of clusters) {
      const lane = lanes[c.lane];
      if (!lane) continue;
      const y = lane.rowY + Math.min(lane.height - (lane.rowY - lane.y) - 16, 12);
      const r = clusterRadius(c.count);
      ctx.beginPath();
      ctx.arc(c.x, y, r, 0, Math.PI * 2);
      ctx.fillStyle = forced ? bg : lane.color;
      ctx.fill();
      ctx.strokeStyle = fg;
      ctx.stroke();
      if (c.count > 1) {
        const label = c.count > 999 ? `${Math.round(c.count / 100) / 10}k` : String(c.count);
        ctx.fillStyle = bg;
        ctx.strokeStyle = fg;
        ctx.lineWidth = 3;
        ctx.strokeText(label, c.x, y);
        ctx.fillStyle = fg;
        ctx.fillText(label, c.x, y);
        ctx.lineWidth = 1.25;
      }
    }
  }, [clusters, lanes, width, height]);
  return (
    <canvas
      ref={ref}
      className="timeline-canvas pointer-events-none absolute"
      style={{ left, top, width, height }}
      aria-hidden="true"
    />
  );
}
