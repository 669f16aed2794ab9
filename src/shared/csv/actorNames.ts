import type { Actor } from '../dataset/schema.ts';

/** How an actor's name is compared: case, surrounding and repeated spaces do not count. */
const foldName = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Finds the actor a spreadsheet cell names: by id, else by name, else by id in any case. The
 * writer uses the same lookup to decide whether a name can stand for its actor.
 */
export function actorLookup(actors: readonly Pick<Actor, 'id' | 'name'>[]) {
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  const byFoldedId = new Map<string, string>();
  for (const a of actors) {
    if (!byId.has(a.id)) byId.set(a.id, a.id);
    const name = foldName(a.name);
    if (!byName.has(name)) byName.set(name, a.id);
    if (!byFoldedId.has(a.id.toLowerCase())) byFoldedId.set(a.id.toLowerCase(), a.id);
  }
  return (cell: string): string | undefined => {
    const trimmed = cell.trim();
    return byId.get(trimmed) ?? byName.get(foldName(trimmed)) ?? byFoldedId.get(trimmed.toLowerCase());
  };
}
