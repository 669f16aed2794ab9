import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDataset, exportJsonText } from '../../../src/features/export/exportJson.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import type { Dataset, DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

const fileText = readFileSync('data/roscosmos-iss-2022.json', 'utf8');
const original = JSON.parse(fileText) as Dataset;
const r = parseDatasetText(fileText);
const model = buildTimelineModel(r.dataset!);
const pick = (...ids: string[]) => ids.map((id) => model.eventsById.get(id)!);

const REPLIES = ['nelson-reply-letter', 'campbell-reply-letter', 'aschbacher-reply-letter'];
const DERIVED = ['order', 'start', 'end'];

describe('exportJsonText of a filtered subset', () => {
  const subset = pick(...REPLIES, 'rogozin-posts-replies');
  const text = exportJsonText(model, subset, true);
  const parsed = JSON.parse(text) as Dataset;

  it('validates with no problem and keeps every exported event', () => {
    const v = validateDataset(parsed);
    expect(v.problems).toEqual([]);
    expect(v.fatal).toBe(false);
    expect(v.droppedEvents).toBe(0);
    expect(v.dataset!.events.map((e) => e.id)).toEqual([...REPLIES, 'rogozin-posts-replies']);
  });

  it('drops reply links to the 12 March letter, which was left out', () => {
    for (const e of parsed.events.slice(0, 3)) expect(Object.keys(e)).not.toContain('inReplyTo');
  });

  it('keeps reply links between events inside the subset', () => {
    expect(parsed.events[3]!.inReplyTo).toEqual(REPLIES);
  });

  it('keeps only the links inside the subset when an event answers several', () => {
    const two = JSON.parse(exportJsonText(model, pick('campbell-reply-letter', 'rogozin-posts-replies'), true)) as Dataset;
    expect(two.events.map((e) => e.inReplyTo)).toEqual([undefined, ['campbell-reply-letter']]);
    expect(validateDataset(two).problems).toEqual([]);
  });

  it('carries none of the fields the app derives', () => {
    for (const e of parsed.events) {
      for (const k of DERIVED) expect(Object.keys(e), `${e.id}.${k}`).not.toContain(k);
    }
  });

  it('marks the title as filtered and keeps the description, the credit and every actor', () => {
    expect(parsed.title).toBe('Roscosmos and the ISS partners, February–July 2022 (filtered)');
    expect(parsed.version).toBe(1);
    expect(parsed.description).toBe(original.description);
    expect(parsed.credit).toBe(original.credit);
    expect(parsed.lang).toBe('en');
    expect(parsed.actors).toEqual(original.actors);
  });

  it('marks the Russian title as filtered in Russian, and leaves the Russian description, credit and translator as they are', () => {
    expect(parsed.translations!.ru).toEqual({ ...original.translations!.ru, title: 'Роскосмос и партнёры по МКС: февраль — июль 2022 года (с фильтрами)' });
    expect(model.translations!.ru!.title).toBe('Роскосмос и партнёры по МКС: февраль — июль 2022 года');
  });

  it('writes the events otherwise as they are in the file', () => {
    const byId = new Map(original.events.map((e) => [e.id, e]));
    const nelson = { ...byId.get('nelson-reply-letter')! };
    delete nelson.inReplyTo;
    expect(parsed.events[0]).toEqual(nelson);
    expect(parsed.events[3]).toEqual(byId.get('rogozin-posts-replies'));
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    expect(text.startsWith('{\n  "version": 1,\n  "title": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('does not change the model events it exports', () => {
    expect(model.eventsById.get('nelson-reply-letter')!.inReplyTo).toEqual(['rogozin-demands-letters']);
  });
});

describe('exportJsonText of every event', () => {
  const parsed = JSON.parse(exportJsonText(model, model.events, false)) as Dataset;

  it('re-validates with no problem', () => {
    const v = validateDataset(parsed);
    expect(v.problems).toEqual([]);
    expect(v.dataset!.events).toHaveLength(19);
  });

  it('keeps the original title without the filtered mark', () => {
    expect(parsed.title).toBe('Roscosmos and the ISS partners, February–July 2022');
  });

  it('equals the original file, event by event, ignoring key order', () => {
    const byId = (events: DatasetEvent[]) => new Map(events.map((e) => [e.id, e]));
    const exported = byId(parsed.events);
    const source = byId(original.events);
    expect([...exported.keys()].sort()).toEqual([...source.keys()].sort());
    for (const [id, e] of source) expect(exported.get(id), id).toEqual(e);
  });

  it('equals the original dataset as a whole, ignoring key order', () => {
    expect(parsed).toEqual(original);
  });
});

describe('exportDataset', () => {
  it('leaves out the optional description, credit, language and translations when the model has none', () => {
    const rest = { ...model };
    delete rest.description;
    delete rest.credit;
    delete rest.lang;
    delete rest.translations;
    const out = exportDataset(rest, pick('biden-sanctions'), false);
    expect(Object.keys(out)).toEqual(['version', 'title', 'actors', 'events']);
  });

  it("keeps the dataset's own translations of its title and description", () => {
    expect(exportDataset(model, pick('biden-sanctions'), false).translations?.ru?.title).toBe(model.translations?.ru?.title);
  });
});

describe('a filtered download of a dataset written in Russian', () => {
  const russian: Dataset = {
    ...original,
    title: 'Роскосмос и партнёры по МКС',
    lang: 'ru-RU',
    translations: { 'en-GB': { title: 'Roscosmos and the ISS partners' }, de: { title: 'Roskosmos und die ISS-Partner' }, ru: { credit: 'ТАСС' } },
  };
  const m = buildTimelineModel(validateDataset(russian).dataset!);
  const parsed = JSON.parse(exportJsonText(m, m.events.slice(0, 2), true)) as Dataset;

  it('marks each title in its own language, in English where the interface has no words for it, and adds no title a language does not give', () => {
    expect(parsed.title).toBe('Роскосмос и партнёры по МКС (с фильтрами)');
    expect(parsed.translations).toEqual({
      'en-GB': { title: 'Roscosmos and the ISS partners (filtered)' },
      de: { title: 'Roskosmos und die ISS-Partner (filtered)' },
      ru: { credit: 'ТАСС' },
    });
    expect(validateDataset(parsed).problems).toEqual([]);
  });

  it("writes an unfiltered download's titles as they are", () => {
    const all = JSON.parse(exportJsonText(m, m.events, false)) as Dataset;
    expect(all.title).toBe(russian.title);
    expect(all.translations).toEqual(russian.translations);
  });
});
