import { isRecord } from '../../shared/isRecord.ts';
import { LIMITS } from '../../shared/dataset/limits.ts';
import { PATTERNS } from '../../shared/dataset/patterns.ts';

/** The embed's message protocol with its host page: numbers and ids only, never dataset text. */
export const RESIZE = 'correspondence-timeline:resize';
export const SELECT = 'correspondence-timeline:select';
/** Posted once, when the view is first shown: the host may post a select from then on (or before: it is kept). */
export const READY = 'correspondence-timeline:ready';
/** Posted by embed.js as it starts, which may be after the embed's height was posted: the embed posts it again. */
const MEASURE = 'correspondence-timeline:measure';

interface ResizeMessage {
  type: typeof RESIZE;
  height: number;
}

interface SelectMessage {
  type: typeof SELECT;
  eventId: string | null;
}

/**
 * A select message of exactly this shape; for one of the select type in any other shape, why it
 * is ignored, for the host page's developer (the console; it never quotes the message); for
 * anything else, null: all but the first are ignored.
 */
export function parseSelectMessage(data: unknown): SelectMessage | string | null {
  try {
    if (!isRecord(data) || data.type !== SELECT) return null;
    const keys = Object.keys(data);
    const id = data.eventId;
    if (keys.length === 2 && keys.includes('eventId') && (id === null || (typeof id === 'string' && id.length <= LIMITS.shortText && PATTERNS.slug.test(id)))) {
      return { type: SELECT, eventId: id };
    }
    return `${SELECT} ignored: send { type, eventId } only, eventId an event's id or null`;
  } catch {
    // A hostile object (a getter that throws, a revoked proxy) is ignored like any other.
    return null;
  }
}

/** Whether the host page asks for the height, in exactly this shape: `{ type: MEASURE }`. */
export function isMeasureMessage(data: unknown): boolean {
  try {
    return isRecord(data) && data.type === MEASURE && Object.keys(data).length === 1;
  } catch {
    return false;
  }
}

/** Posts to the parent window when there is one; never throws. */
export function postToParent(message: ResizeMessage | SelectMessage | { type: typeof READY }): void {
  try {
    if (window.parent === window) return;
    // '*' is safe here: the message holds a number or an id, nothing a host could not see anyway.
    window.parent.postMessage(message, '*');
  } catch {
    // A parent that cannot be reached is not our problem to report.
  }
}
