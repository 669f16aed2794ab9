/** A plain object read from untrusted JSON or a message (not null, not an array), its keys to check one by one. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
