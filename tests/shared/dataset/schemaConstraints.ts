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
};
/** Characters that, put into a valid string, break most patterns and refinements. */
const POOL = [...' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\t\n', 'é', 'Ж', '١', '😀', '\u0000', '\u200b', '\u202e', '\ud800'];

/** A node's path written for people: `quotes[].translation.by`. */
const ruleKey = (path: readonly PathSegment[]) =>
  path.map((p, i) => (typeof p === 'number' ? '[]' : i === 0 ? p : `.${p}`)).join('');

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
  const out = ['', ...edges(check).flatMap((n) => [n - 1, n, n + 1].filter((k) => k >= 0).map(grow))];
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

/**
 * Every way to break `value` (valid for `schema`), and the keys (`ruleKey`) of the nodes it
 * reached. A check that no candidate breaks is listed in `unbroken`: the caller decides whether
 * another valid value breaks it.
 */
export function breakEachConstraint(schema: Node, value: unknown) {
  const cases: BrokenCase[] = [];
  const reached = new Set<string>();
  const unbroken = new Set<string>();
  const walk = (node: Node, v: unknown, path: PathSegment[]): void => {
    const def = defOf(node);
    if (OPTIONAL.has(def.type)) return walk(def.innerType!, v, path);
    const key = ruleKey(path) || '(root)';
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
        if (present !== undefined) walk(child, present, [...path, k]);
      }
      broken('an unknown key', [...path, 'unknownKey'], 'x', true);
    } else if (def.type === 'array') {
      const list = v as unknown[];
      if (list.length > 0) walk(def.element!, list[0], [...path, 0]);
    } else if (def.type === 'enum') {
      broken('a word outside the enum', path, `${String(v)}-x`);
    }

    const checks = def.checks ?? [];
    if (checks.length > 0 && def.type !== 'string' && def.type !== 'array') {
      throw new Error(`${key}: checks on a zod ${def.type} are unknown to this test; teach it (and fastEventCheck.ts) these`);
    }
    for (const check of checks) {
      const c = check._zod.def as { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; fn?: { name: string } };
      const rule = [c.check, c.format, c.pattern, c.minimum, c.maximum, c.fn?.name].filter((x) => x !== undefined && x !== '').join(' ');
      const only = withChecks(node, [check]);
      const others = withChecks(node, checks.filter((x) => x !== check));
      const candidates: unknown[] = def.type === 'string' ? stringCandidates(v as string, check) : listCandidates(v as unknown[], check);
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
export function nodeKeys(schema: Node, path: PathSegment[] = [], out = new Set<string>()): Set<string> {
  const def = defOf(schema);
  if (OPTIONAL.has(def.type)) return nodeKeys(def.innerType!, path, out);
  out.add(ruleKey(path) || '(root)');
  if (def.type === 'object') for (const [k, child] of Object.entries(def.shape!)) nodeKeys(child, [...path, k], out);
  if (def.type === 'array') nodeKeys(def.element!, [...path, 0], out);
  return out;
}

/** The keys (`ruleKey`) of the nodes a valid value holds, found without breaking anything. */
export function presentKeys(schema: Node, value: unknown, path: PathSegment[] = [], out = new Set<string>()): Set<string> {
  const def = defOf(schema);
  if (OPTIONAL.has(def.type)) return presentKeys(def.innerType!, value, path, out);
  out.add(ruleKey(path) || '(root)');
  if (def.type === 'object') {
    for (const [k, child] of Object.entries(def.shape!)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) presentKeys(child, v, [...path, k], out);
    }
  }
  if (def.type === 'array' && (value as unknown[]).length > 0) presentKeys(def.element!, (value as unknown[])[0], [...path, 0], out);
  return out;
}
