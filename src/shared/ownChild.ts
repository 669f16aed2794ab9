/**
 * `o[key]`, made an empty object when `o` has none of its own. Defined, not assigned: a language
 * tag is the file's text, and one written "__proto__" (`title [__proto__]`) must be a key like any
 * other (the validator refuses it as a tag), not `Object.prototype`, which the reader would then write into.
 */
export function ownChild(o: Record<string, unknown>, key: string): Record<string, unknown> {
  if (!Object.hasOwn(o, key)) Object.defineProperty(o, key, { value: {}, enumerable: true, writable: true, configurable: true });
  return o[key] as Record<string, unknown>;
}
