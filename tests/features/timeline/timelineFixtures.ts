import { readFileSync } from 'node:fs';
import type { ZoomTransform } from 'd3-zoom';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import type { Actor, DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { buildTimelineModel, type TimelineEvent, type TimelineModel } from '../../../src/shared/model/timelineModel.ts';
import { computeDimensions } from '../../../src/features/timeline/layout/dimensions.ts';
import { layoutLanes, usedActors, type Lane } from '../../../src/features/timeline/layout/lanes.ts';
import { layoutMarks, rowsPerSender } from '../../../src/features/timeline/layout/marks.ts';
import { createTimeScale, paddedExtent } from '../../../src/features/timeline/layout/timeScale.ts';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

let bundled: TimelineModel | null = null;

/** The bundled Roscosmos–partners dataset, parsed, validated and modelled (built once). */
export function bundledModel(): TimelineModel {
  if (!bundled) {
    const result = parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8'));
    if (!result.dataset) throw new Error('the bundled dataset does not validate');
    bundled = buildTimelineModel(result.dataset);
  }
  return bundled;
}

export type EventInput = Pick<DatasetEvent, 'id' | 'date' | 'from'> & Partial<DatasetEvent>;

/** A model from a few hand-written events; fields the layout does not read get dull defaults. */
export function syntheticModel(actors: Actor[], events: EventInput[]): TimelineModel {
  return buildTimelineModel({
    version: 1,
    title: 'Synthetic',
    actors,
    events: events.map((e) => ({
      kind: 'statement',
      to: [],
      title: e.id,
      summary: 'Summary.',
      sources: [{ title: 'Source', publisher: 'Publisher' }],
      ...e,
    })),
  });
}

/** The layout pipeline of Timeline.tsx, without React: lanes from the fit-all scale, marks at the (zoomed) scale. */
export function layoutAt(model: TimelineModel, events: readonly TimelineEvent[], width: number, transform?: ZoomTransform) {
  const extent = paddedExtent(events);
  const probe = computeDimensions(width, 0);
  const base = createTimeScale(extent, probe.innerWidth);
  const rows = rowsPerSender(events, base);
  const { lanes, height } = layoutLanes(model.actors, usedActors(events), rows);
  const dims = computeDimensions(width, height);
  const lanesByActor = new Map<string, Lane>(lanes.map((l) => [l.actor.id, l]));
  const scale = transform ? transform.rescaleX(base) : base;
  const marks = layoutMarks(events, scale, lanesByActor);
  return { extent, base, scale, rows, lanes, lanesByActor, dims, marks };
}
