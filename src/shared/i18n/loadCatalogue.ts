import { loadClassicScript } from '../scripts/loadClassicScript.ts';
import { catalogueGlobal } from './catalogueGlobal.ts';
import { en, type Messages } from './catalogues/en.ts';
import type { Lang } from './languages.ts';

/*
 * English ships in the page's first script; every other catalogue is a script of its own, loaded
 * only when a reader uses that language (the build finds them all in ./catalogues/).
 */
const scripts = import.meta.glob<string>(['./catalogues/*.ts', '!./catalogues/en.ts'], { query: '?worker&url', import: 'default', eager: true });

export function loadCatalogue(lang: Lang): Promise<Messages> {
  if (lang === 'en') return Promise.resolve(en);
  const path = `./catalogues/${lang}.ts`;
  // The dev server and tests import the module; the build loads its script.
  const load = import.meta.env.PROD
    ? scripts[path] && (() => loadClassicScript<Messages>(scripts[path]!, catalogueGlobal(lang)))
    : import.meta.glob<Messages>(['./catalogues/*.ts', '!./catalogues/en.ts'], { import: 'catalogue' })[path];
  return load ? load() : Promise.reject(new Error(`no catalogue for ${lang}`));
}
