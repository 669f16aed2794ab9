import * as z from 'zod/mini';
import type { PathSegment } from '../../../src/shared/dataset/problem.ts';

/*
 * Breaks a valid value once per constraint of a zod/mini schema, read from the schema's own
 * definition (`_zod.def`): each required key left out, an unknown key added, each value of the
 * wrong type, a word outside its enum, and each check (string and list lengths, patterns,
 * refinements) violated by a value that, where possible, passes the node's other checks.
 * A schema node or check this walker does not know makes it throw, so a new kind of rule cannot
 * go unchecked silently.
 */

type Node = z.core.$ZodType;
type Check = z.core.$ZodCheck;

interface Def {
  type: string;
  checks?: Check[];
  shape?: Record<string, Node>;
  element?: Node;
  innerType?: Node;
  entries?: Record<string, string | number>;
  keyType?: Node;
  valueType?: Node;
}

const defOf = (node: Node) => node._zod.def as unknown as Def;
const withChecks = (node: Node, checks: Check[]): Node => (node as unknown as { clone(def: object): Node }).clone({ ...node._zod.def, checks });
const accepts = (node: Node, value: unknown) => z.safeParse(node, value).success;

export interface BrokenCase {
  /** What was broken, e.g. `quotes[].lang: string_format regex`. */
  rule: string;
  /** The broken value of the whole object. */
  value: unknown;
  /** Where the validator must report it, and whether the schema itself rejects it (an unknown key is only reported). */
  at: PathSegment[];
  unknownKey: boolean;
}

const MISSING = Symbol('missing');
/** Nodes a value may leave out: optional, or given a default (sources: an empty list). */
const OPTIONAL = new Set(['optional', 'default']);
const WRONG_TYPE: Record<string, unknown[]> = {
  string: [42, null],
  boolean: ['yes', null],
  enum: [42, null],
  array: ['text', null],
  object: ['text', [], null],
  record: ['text', [], null],
};
/** Characters that, put into a valid string, break most patterns and refinements. */
const POOL = [...' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\t\n', 'é', 'Ж', '١', '😀', '\u0000', '\u200b', '\u202e', '\ud800'];

/** Stands for a record's key in a rule's path: `translations{}.title`, whatever the language. */
const RECORD_KEY = '{}';
/** A node's path written for people: `quotes[].translation.by`, `translations{}.title`. */
const ruleKey = (path: readonly PathSegment[], keys: readonly boolean[] = []) =>
  path.map((p, i) => (typeof p === 'number' ? '[]' : keys[i] ? RECORD_KEY : i === 0 ? p : `.${p}`)).join('');

function setAt(root: unknown, path: readonly PathSegment[], value: unknown): unknown {
  const copy: unknown = structuredClone(root);
  let parent = copy as Record<PathSegment, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<PathSegment, unknown>;
  const last = path.at(-1)!;
  if (value === MISSING) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Numbers in a check's definition (minimum, maximum, length…): the edges worth trying. */
function edges(check: Check): number[] {
  return Object.values(check._zod.def).filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0);
}

function stringCandidates(base: string, check: Check): string[] {
  const grow = (n: number) => (base === '' ? 'a' : base).repeat(Math.ceil((n + 1) / Math.max(1, base.length))).slice(0, n);
  // Nothing but spaces, ASCII or not (a text must hold something else).
  // And nothing visible but not only spaces (a title or a name must show something).
  const out = ['', ' '.repeat(Math.max(1, base.length)), '\u00a0\u3000', '\u200b\u00ad\u202e\u0000', ...edges(check).flatMap((n) => [n - 1, n, n + 1].filter((k) => k >= 0).map(grow))];
  for (const ch of POOL) {
    out.push(base + ch, ch + base);
    for (let i = 0; i < Math.min(base.length, 40); i++) out.push(base.slice(0, i) + ch + base.slice(i + 1));
  }
  return out;
}

function listCandidates(base: unknown[], check: Check): unknown[][] {
  const sized = (n: number) => Array.from({ length: n }, (_, i) => base[i % base.length]);
  return [[], ...(base.length > 0 ? edges(check).flatMap((n) => [n - 1, n + 1].filter((k) => k >= 0).map(sized)) : [])];
}

/** Records with more entries than the limits allow (a record's checks are refinements of its size): the first value under many two-letter keys. */
function recordCandidates(base: Record<string, unknown>): Record<string, unknown>[] {
  const first = Object.values(base)[0];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`, first]));
  return [{}, many(101), many(201), many(501)];
}

/**
 * Every way to break `value` (valid for `schema`), and the keys (`ruleKey`) of the nodes it
 * reached. A check that no candidate breaks is listed in `unbroken`: the caller decides whether
 * another valid value breaks it.
 */
export function breakEachConstraint(schema: Node, value: unknown) {
  const cases: BrokenCase[] = [];
  const reached = new Set<string>();
  const unbroken = new Set<string>();
  const walk = (node: Node, v: unknown, path: PathSegment[], recordKeys: boolean[] = []): void => {
    const def = defOf(node);
    if (OPTIONAL.has(def.type)) return walk(def.innerType!, v, path, recordKeys);
    const key = ruleKey(path, recordKeys) || '(root)';
    reached.add(key);
    const broken = (rule: string, at: PathSegment[], replacement: unknown, unknownKey = false) =>
      cases.push({ rule: `${key}: ${rule}`, value: at.length === 0 ? replacement : setAt(value, at, replacement), at: unknownKey ? path : at, unknownKey });
    const wrong = WRONG_TYPE[def.type];
    if (!wrong) throw new Error(`${key}: zod type "${def.type}" is unknown to this test; teach it (and fastEventCheck.ts) this type`);
    for (const w of wrong) broken(`${JSON.stringify(w)} instead of ${def.type}`, path, w);

    if (def.type === 'object') {
      for (const [k, child] of Object.entries(def.shape!)) {
        if (!OPTIONAL.has(defOf(child).type)) broken(`without required "${k}"`, [...path, k], MISSING);
        const present = (v as Record<string, unknown>)[k];
        if (present !== undefined) walk(child, present, [...path, k], [...recordKeys, false]);
      }
      broken('an unknown key', [...path, 'unknownKey'], 'x', true);
    } else if (def.type === 'array') {
      const list = v as unknown[];
      if (list.length > 0) walk(def.element!, list[0], [...path, 0], [...recordKeys, false]);
    } else if (def.type === 'record') {
      const entries = Object.entries(v as Record<string, unknown>);
      const first = entries[0];
      if (first) {
        // Each way the key can be wrong, as a renamed first entry; then the value, as any other node.
        const keyDef = defOf(def.keyType!);
        if (keyDef.type !== 'string') throw new Error(`${key}: record keys of zod type "${keyDef.type}" are unknown to this test`);
        for (const check of keyDef.checks ?? []) {
          const bad = stringCandidates(first[0], check).find((k) => k !== '' && !accepts(def.keyType!, k) && !(k in (v as object)));
          if (bad === undefined) unbroken.add(`${key}${RECORD_KEY}: key ${check._zod.def.check}`);
          else broken(`key ${JSON.stringify(bad)} (${check._zod.def.check})`, path, Object.fromEntries([[bad, first[1]], ...entries.slice(1)]));
        }
        walk(def.valueType!, first[1], [...path, first[0]], [...recordKeys, true]);
      }
    } else if (def.type === 'enum') {
      broken('a word outside the enum', path, `${String(v)}-x`);
    }

    const checks = def.checks ?? [];
    if (checks.length > 0 && def.type !== 'string' && def.type !== 'array' && def.type !== 'record') {
      throw new Error(`${key}: checks on a zod ${def.type} are unknown to this test; teach it (and fastEventCheck.ts) these`);
    }
    for (const check of checks) {
      const c = check._zod.def as { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; fn?: { name: string } };
      const rule = [c.check, c.format, c.pattern, c.minimum, c.maximum, c.fn?.name].filter((x) => x !== undefined && x !== '').join(' ');
      const only = withChecks(node, [check]);
      const others = withChecks(node, checks.filter((x) => x !== check));
      const candidates: unknown[] =
        def.type === 'string' ? stringCandidates(v as string, check) : def.type === 'record' ? recordCandidates(v as Record<string, unknown>) : listCandidates(v as unknown[], check);
      const breaking = candidates.filter((x) => !accepts(only, x));
      // Best a value that breaks only this check; a check implied by the others (an empty slug also fails its pattern) gets any.
      const pick = breaking.find((x) => accepts(others, x)) ?? breaking[0];
      if (pick === undefined) unbroken.add(`${key}: ${rule}`);
      else broken(rule, path, pick);
    }
  };
  walk(schema, value, []);
  return { cases, reached, unbroken };
}

/** The keys (`ruleKey`) of every node of a schema, to check that the valid values reached them all. */
export function nodeKeys(schema: Node, path: PathSegment[] = [], out = new Set<string>(), recordKeys: boolean[] = []): Set<string> {
  const def = defOf(schema);
  if (OPTIONAL.has(def.type)) return nodeKeys(def.innerType!, path, out, recordKeys);
  out.add(ruleKey(path, recordKeys) || '(root)');
  if (def.type === 'object') for (const [k, child] of Object.entries(def.shape!)) nodeKeys(child, [...path, k], out, [...recordKeys, false]);
  if (def.type === 'array') nodeKeys(def.element!, [...path, 0], out, [...recordKeys, false]);
  if (def.type === 'record') nodeKeys(def.valueType!, [...path, 'key'], out, [...recordKeys, true]);
  return out;
}

/** The keys (`ruleKey`) of the nodes a valid value holds, found without breaking anything. */
export function presentKeys(schema: Node, value: unknown, path: PathSegment[] = [], out = new Set<string>(), recordKeys: boolean[] = []): Set<string> {
  const def = defOf(schema);
  if (OPTIONAL.has(def.type)) return presentKeys(def.innerType!, value, path, out, recordKeys);
  out.add(ruleKey(path, recordKeys) || '(root)');
  if (def.type === 'object') {
    for (const [k, child] of Object.entries(def.shape!)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) presentKeys(child, v, [...path, k], out, [...recordKeys, false]);
    }
  }
  if (def.type === 'array' && (value as unknown[]).length > 0) presentKeys(def.element!, (value as unknown[])[0], [...path, 0], out, [...recordKeys, false]);
  if (def.type === 'record') {
    const first = Object.entries(value as Record<string, unknown>)[0];
    if (first) presentKeys(def.valueType!, first[1], [...path, first[0]], out, [...recordKeys, true]);
  }
  return out;
}
