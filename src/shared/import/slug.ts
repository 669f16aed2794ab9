/** Russian letters in Latin (a simple, common transliteration), so Cyrillic names give readable ids. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Longest slug made from text; long enough to tell ids apart, short enough to read. */
const MAX_SLUG = 60;

/** Text as an id of the format (`[a-z0-9-]+`): "Roscosmos (State Corp.)" → "roscosmos-state-corp"; "" when nothing is left. */
export function slugify(text: string): string {
  const latin = Array.from(text.toLowerCase(), (c) => CYRILLIC[c] ?? c).join('');
  const slug = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

/** A slug of `text` not in `taken` (then added to it): "letter", "letter-2", …; `fallback` when text gives none. */
export function uniqueSlug(text: string, taken: Set<string>, fallback: string): string {
  const base = slugify(text) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
