import { actorLookup } from '../csv/actorNames.ts';
import { PALETTE } from '../palette.ts';
import { slugify, uniqueSlug } from './slug.ts';

interface NewActor {
  id: string;
  name: string;
  color?: string;
}

/**
 * The actors of a dataset being imported: the declared ones, and those named in events but not
 * declared, each of which gets an id made from its name and a palette colour no other actor has or
 * is drawn in (none once the palette is used up: the app then picks one).
 */
export function actorRegistry(declared: readonly { id: string; name: string; color?: string; translations?: Record<string, { name?: string }> }[]) {
  let lookup = actorLookup(declared);
  const known = [...declared];
  const taken = new Set(declared.map((a) => a.id));
  // A declared actor without a colour is drawn in the palette's colour for its place (lanes.ts, FilterBar.tsx): not one to give again.
  const colours = new Set(declared.map((a, i) => (a.color ?? PALETTE[i % PALETTE.length]!).toUpperCase()));
  const added: NewActor[] = [];
  return {
    /** The id of the actor a cell names, or undefined. */
    find: (name: string) => lookup(name),
    /**
     * The id of the actor a cell names, declaring a new one when none has that name or id; with
     * `sameIdAs`, the name of the actor that already has the id made from this name (NASA for НАСА).
     */
    findOrAdd(name: string): { id: string; added: boolean; sameIdAs?: string } {
      const found = lookup(name);
      if (found !== undefined) return { id: found, added: false };
      const slug = slugify(name);
      const other = slug === '' ? undefined : known.find((a) => a.id === slug);
      const actor: NewActor = { id: uniqueSlug(name, taken, 'actor'), name: name.trim().replace(/\s+/g, ' ') };
      const color = PALETTE.find((c) => !colours.has(c));
      if (color) {
        actor.color = color;
        colours.add(color);
      }
      added.push(actor);
      known.push(actor);
      lookup = actorLookup(known);
      return other ? { id: actor.id, added: true, sameIdAs: other.name } : { id: actor.id, added: true };
    },
    added,
  };
}
