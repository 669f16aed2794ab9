import type { EventKind } from '../../../shared/dataset/schema.ts';

/** The areas (px²) a kind's shape is drawn at: marks on the chart, the legend, the filter chips. */
export const SHAPE_AREAS = { mark: 150, legend: 80, chip: 70 } as const;
export type ShapeSize = keyof typeof SHAPE_AREAS;

/*
 * One shape per kind, so that kind never depends on colour: d3-shape's symbols (square, circle,
 * diamond, triangle, cross, star) at the areas above, as SVG path data. They are written out here
 * rather than computed because d3-shape cost 2.5 KB gzip of the page's first script for these 18
 * strings; tests/features/timeline/layout/kindShapes.test.ts checks each against d3-shape itself.
 */
export const KIND_PATHS: Record<EventKind, Record<ShapeSize, string>> = {
  letter: {
    mark: 'M-6.124,-6.124h12.247v12.247h-12.247Z',
    legend: 'M-4.472,-4.472h8.944v8.944h-8.944Z',
    chip: 'M-4.183,-4.183h8.367v8.367h-8.367Z',
  },
  "social-post": {
    mark: 'M6.91,0A6.91,6.91,0,1,1,-6.91,0A6.91,6.91,0,1,1,6.91,0',
    legend: 'M5.046,0A5.046,5.046,0,1,1,-5.046,0A5.046,5.046,0,1,1,5.046,0',
    chip: 'M4.72,0A4.72,4.72,0,1,1,-4.72,0A4.72,4.72,0,1,1,4.72,0',
  },
  statement: {
    mark: 'M0,-11.398L6.58,0L0,11.398L-6.58,0Z',
    legend: 'M0,-8.324L4.806,0L0,8.324L-4.806,0Z',
    chip: 'M0,-7.786L4.495,0L0,7.786L-4.495,0Z',
  },
  "press-report": {
    mark: 'M0,-10.746L9.306,5.373L-9.306,5.373Z',
    legend: 'M0,-7.848L6.796,3.924L-6.796,3.924Z',
    chip: 'M0,-7.341L6.357,3.67L-6.357,3.67Z',
  },
  sanction: {
    mark: 'M-8.216,-2.739L-2.739,-2.739L-2.739,-8.216L2.739,-8.216L2.739,-2.739L8.216,-2.739L8.216,2.739L2.739,2.739L2.739,8.216L-2.739,8.216L-2.739,2.739L-8.216,2.739Z',
    legend: 'M-6,-2L-2,-2L-2,-6L2,-6L2,-2L6,-2L6,2L2,2L2,6L-2,6L-2,2L-6,2Z',
    chip: 'M-5.612,-1.871L-1.871,-1.871L-1.871,-5.612L1.871,-5.612L1.871,-1.871L5.612,-1.871L5.612,1.871L1.871,1.871L1.871,5.612L-1.871,5.612L-1.871,1.871L-5.612,1.871Z',
  },
  milestone: {
    mark: 'M0,-11.559L2.595,-3.572L10.994,-3.572L4.199,1.364L6.795,9.352L0,4.415L-6.795,9.352L-4.199,1.364L-10.994,-3.572L-2.595,-3.572Z',
    legend: 'M0,-8.442L1.895,-2.609L8.029,-2.609L3.067,0.996L4.962,6.83L0,3.225L-4.962,6.83L-3.067,0.996L-8.029,-2.609L-1.895,-2.609Z',
    chip: 'M0,-7.897L1.773,-2.44L7.51,-2.44L2.869,0.932L4.642,6.389L0,3.016L-4.642,6.389L-2.869,0.932L-7.51,-2.44L-1.773,-2.44Z',
  },
};

/** SVG path data for a kind's shape, centred on 0,0. */
export function kindPath(kind: EventKind, size: ShapeSize = 'mark'): string {
  return KIND_PATHS[kind][size];
}
