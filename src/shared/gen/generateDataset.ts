import type { Dataset, DatasetEvent } from '../dataset/schema.ts';
import { EVENT_KINDS } from '../dataset/vocabulary.ts';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same dataset everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenOptions {
  events: number;
  actors?: number;
  seed?: number;
  /** First day (UTC) and span in days: 3 years from 2020 by default. */
  startDay?: string;
  days?: number;
}

const WORDS = ['sanctions', 'station', 'cooperation', 'letter', 'reply', 'launch', 'crew', 'export', 'agreement', 'notice', 'module', 'orbit', 'partners', 'funding', 'schedule', 'review'];
const RU = ['санкции', 'станция', 'сотрудничество', 'письмо', 'ответ', 'экипаж', 'соглашение'];
const pad = (n: number) => String(n).padStart(2, '0');
const capitalize = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A valid synthetic dataset with realistic variety: every kind, replies (chains and fan-in),
 * quotes with translations, windows and approximate dates, times of day, and bursts of dense days.
 */
export function generateDataset(o: GenOptions): Dataset {
  const rnd = mulberry32(o.seed ?? 42);
  const actorCount = Math.max(1, Math.min(50, o.actors ?? 5));
  const days = o.days ?? 3 * 365;
  const start = Date.parse(`${o.startDay ?? '2020-01-01'}T00:00:00Z`);
  const actors = Array.from({ length: actorCount }, (_, i) => ({ id: `agency-${i + 1}`, name: `Agency ${i + 1}`, country: `Country ${i + 1}` }));
  // Bursts: a few days get many events, like a crisis week.
  const bursts = Array.from({ length: 12 }, () => Math.floor(rnd() * days));
  const times: number[] = [];
  for (let i = 0; i < o.events; i++) {
    const day = rnd() < 0.25 ? bursts[Math.floor(rnd() * bursts.length)]! + Math.floor(rnd() * 3) : Math.floor(rnd() * days);
    times.push(start + day * 86_400_000 + Math.floor(rnd() * 86_400) * 1000);
  }
  times.sort((a, b) => a - b);
  const events: DatasetEvent[] = [];
  for (let i = 0; i < o.events; i++) {
    const t = times[i]!;
    const from = actors[Math.floor(rnd() * actorCount)]!.id;
    const to = actorCount > 1 ? [actors[(actors.findIndex((a) => a.id === from) + 1 + Math.floor(rnd() * (actorCount - 1))) % actorCount]!.id] : [];
    const kind = EVENT_KINDS[Math.floor(rnd() * EVENT_KINDS.length)]!;
    const w = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
    const e: DatasetEvent = {
      id: `e${i}`,
      date: isoDay(t),
      kind,
      from,
      to,
      title: `${capitalize(w())} ${w()} ${w()} #${i}`,
      summary: `Synthetic ${kind} about ${w()} and ${w()}.`,
      sources: [{ title: `Report ${i}`, publisher: 'Generator', url: `https://example.org/${i}` }],
    };
    const r = rnd();
    if (r < 0.05) {
      e.dateEnd = isoDay(t + (1 + Math.floor(rnd() * 20)) * 86_400_000);
    } else if (r < 0.1) {
      e.approximate = true;
    } else if (r < 0.3) {
      const d = new Date(t);
      e.date = `${isoDay(t)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+00:00`;
    }
    if (i > 0 && rnd() < 0.2) {
      const back = 1 + Math.floor(rnd() * Math.min(i, 50));
      e.inReplyTo = [`e${i - back}`];
    }
    if (rnd() < 0.1) {
      e.quotes = [{ text: `${RU[Math.floor(rnd() * RU.length)]} ${RU[Math.floor(rnd() * RU.length)]}`, lang: 'ru', translation: { text: `${w()} ${w()}`, lang: 'en', by: 'Generator' } }];
    }
    // Every 50th event has an image (not drawn from rnd, so the rest of a seed's dataset is unchanged).
    if (i % 50 === 7) {
      e.media = [{ kind: 'image', url: `https://example.org/images/${i}.jpg`, caption: `Photo ${i}`, credit: 'Generator', alt: `A generated picture, number ${i}` }];
    }
    if (rnd() < 0.05) e.verification = { status: rnd() < 0.5 ? 'unconfirmed' : 'disputed' };
    events.push(e);
  }
  return { version: 1, title: `Synthetic archive: ${o.events.toLocaleString('en-US')} events, ${actorCount} agencies`, actors, events };
}
