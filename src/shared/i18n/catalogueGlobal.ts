import type { Messages } from './catalogues/en.ts';

/** Where a catalogue loaded as a script of its own leaves its messages. */
export const catalogueGlobal = (lang: string) => `__correspondenceTimelineCatalogue_${lang}`;

/** Called at the end of each catalogue file but English: loaded as a script, that is how the page finds it. */
export function registerCatalogue(lang: string, messages: Messages): void {
  (globalThis as unknown as Record<string, Messages>)[catalogueGlobal(lang)] = messages;
}
