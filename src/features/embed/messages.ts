import { isRecord } from '../../shared/isRecord.ts';

/** The embed's message protocol with its host page: numbers and ids only, never dataset text. */
export const RESIZE = 'correspondence-timeline:resize';
export const SELECT = 'correspondence-timeline:select';

interface ResizeMessage {
  type: typeof RESIZE;
  height: number;
}

interface SelectMessage {
  type: typeof SELECT;
  eventId: string | null;
}

/** A select message of exactly this shape, or null: anything else is ignored. */
export function parseSelectMessage(data: unknown): SelectMessage | null {
  try {
    if (!isRecord(data) || data.type !== SELECT) return null;
    const keys = Object.keys(data);
    if (keys.length !== 2 || !keys.includes('eventId')) return null;
    const id = data.eventId;
    if (id === null) return { type: SELECT, eventId: null };
    if (typeof id !== 'string' || id.length === 0 || id.length > 300 || !/^[a-z0-9-]+$/.test(id)) return null;
    return { type: SELECT, eventId: id };
  } catch {
    // A hostile object (a getter that throws, a revoked proxy) is ignored like any other.
    return null;
  }
}

/** Posts to the parent window when there is one; never throws. */
export function postToParent(message: ResizeMessage | SelectMessage): void {
  try {
    if (window.parent === window) return;
    // '*' is safe here: the message holds a number or an id, nothing a host could not see anyway.
    window.parent.postMessage(message, '*');
  } catch {
    // A parent that cannot be reached is not our problem to report.
  }
}
