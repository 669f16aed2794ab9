import { readFileSync } from 'node:fs';
import { generateDataset } from '../../../src/shared/gen/generateDataset.ts';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import type { Actor, DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { buildTimelineModel, type TimelineEvent, type TimelineModel } from '../../../src/shared/model/timelineModel.ts';
import { chartFrame } from '../../../src/features/timeline/layout/chartFrame.ts';
import { chartLayout } from '../../../src/features/timeline/layout/chartLayout.ts';
import { rowsPerSender } from '../../../src/features/timeline/layout/marks.ts';

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

type EventInput = Pick<DatasetEvent, 'id' | 'date' | 'from'> & Partial<DatasetEvent>;

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

/**
 * The chart's own layout (chartFrame + chartLayout, as Timeline draws it) at a width and zoom,
 * with the lane rows it was built from.
 */
export function layoutAt(model: TimelineModel, events: readonly TimelineEvent[], width: number, transform: ZoomTransform = zoomIdentity) {
  const frame = chartFrame(model, events, width);
  const layout = chartLayout(frame, transform);
  return { ...frame, ...layout, rows: rowsPerSender(events, frame.base) };
}

const generated = new Map<number, TimelineModel>();

/** A seeded synthetic archive of `events` events in 5 lanes (the benchmark's datasets), modelled once. */
export function generatedModel(events: number): TimelineModel {
  let m = generated.get(events);
  if (!m) {
    m = buildTimelineModel(generateDataset({ events, actors: 5, seed: 42 }));
    generated.set(events, m);
  }
  return m;
}
