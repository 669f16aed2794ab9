import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The words src/index.css tells Tailwind not to take for classes (`@source not inline(…)`). */
function leftOutWords(): string[] {
  const css = readFileSync('src/index.css', 'utf8');
  const m = /@source not inline\('([^']*)'\)/.exec(css);
  return m?.[1]?.split(/\s+/).filter(Boolean) ?? [];
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

/** Every whitespace-separated word of every string that reads as a list of classes (one with a Tailwind class in it) in the app's code. */
function classWords(): Map<string, string> {
  const words = new Map<string, string>();
  for (const file of filesUnder('src')) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(["'`])([^"'`\n]*)\1/g)) {
      const text = m[2]!;
      if (!/(?:^|\s)(?:mt-|mb-|text-|px-|py-|p-\d|flex|btn|rounded|font-|border|gap-|hidden|block|print:|sm:)/.test(text)) continue;
      for (const w of text.split(/[\s${}]+/)) if (w) words.set(w, file);
    }
  }
  return words;
}

describe("the stylesheet's left-out words", () => {
  it('are found by the test (the directive is still there)', () => {
    expect(leftOutWords()).toContain('ring');
  });

  it('are no class the app gives an element: such a class would have no style', () => {
    const used = classWords();
    expect(used.get('text-sm')).toBeDefined();
    const clashes = leftOutWords().filter((w) => used.has(w)).map((w) => `${w} in ${used.get(w)}`);
    expect(clashes).toEqual([]);
  });
});
