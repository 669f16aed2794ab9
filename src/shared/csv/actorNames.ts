import type { Actor } from '../dataset/schema.ts';

/** How an actor's name is compared, wherever a sheet names one: case, surrounding and repeated spaces do not count. */
export const foldName = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Finds the actor a spreadsheet cell names: by id, else by name, else by id in any case, else by
 * its name in another language (`Роскосмос` for an actor declared `Roscosmos` with `name [ru]`
 * Роскосмос). The writer uses the same lookup to decide whether a name can stand for its actor.
 */
export function actorLookup(actors: readonly Pick<Actor, 'id' | 'name' | 'translations'>[]) {
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  const byFoldedId = new Map<string, string>();
  const byTranslatedName = new Map<string, string>();
  for (const a of actors) {
    if (!byId.has(a.id)) byId.set(a.id, a.id);
    const name = foldName(a.name);
    if (!byName.has(name)) byName.set(name, a.id);
    if (!byFoldedId.has(a.id.toLowerCase())) byFoldedId.set(a.id.toLowerCase(), a.id);
    for (const text of Object.values(a.translations ?? {})) {
      const translated = text.name === undefined ? '' : foldName(text.name);
      if (translated !== '' && !byTranslatedName.has(translated)) byTranslatedName.set(translated, a.id);
    }
  }
  return (cell: string): string | undefined => {
    const trimmed = cell.trim();
    return byId.get(trimmed) ?? byName.get(foldName(trimmed)) ?? byFoldedId.get(trimmed.toLowerCase()) ?? byTranslatedName.get(foldName(trimmed));
  };
}
