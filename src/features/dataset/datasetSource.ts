import bundledDatasetUrl from '../../../data/roscosmos-iss-2022.json?url';
import { quoteText } from '../../shared/dataset/problem.ts';

/** Where the dataset comes from, as the app shows it to the reader. */
export type DatasetSource =
  | { kind: 'bundled'; url: string }
  | { kind: 'same-origin'; url: string; path: string }
  | { kind: 'remote'; url: string; host: string };

export type SourceResult = { ok: true; source: DatasetSource } | { ok: false; message: string };

export const BUNDLED_SOURCE: DatasetSource = { kind: 'bundled', url: bundledDatasetUrl };

/** Origins a deployment allows for ?data=, set at build time (VITE_DATA_ORIGINS, comma-separated). */
function allowedOrigins(): string[] | null {
  const raw: unknown = import.meta.env.VITE_DATA_ORIGINS;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Decides whether a ?data= value may be loaded: only https URLs or paths on this site.
 * Everything else (javascript:, data:, file:, http: to another host…) is refused with a message.
 */
export function resolveDataSource(param: string | null, pageUrl: string): SourceResult {
  if (param === null || param.trim() === '') return { ok: true, source: BUNDLED_SOURCE };
  const shown = JSON.stringify(quoteText(param));
  let url: URL;
  try {
    url = new URL(param.trim(), pageUrl);
  } catch {
    return { ok: false, message: `data: ${shown} is not a valid address` };
  }
  const page = new URL(pageUrl);
  if (url.origin === page.origin && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return { ok: true, source: { kind: 'same-origin', url: url.href, path: url.pathname } };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      message: `data: ${shown} was refused: only https addresses or paths on this site can be loaded`,
    };
  }
  const allowed = allowedOrigins();
  if (allowed && !allowed.includes(url.origin)) {
    return { ok: false, message: `data: ${shown} was refused: this site only loads data from ${allowed.join(', ')}` };
  }
  return { ok: true, source: { kind: 'remote', url: url.href, host: url.host } };
}

/** The label that says where the data came from: empty for the bundled dataset. */
export function sourceLabel(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return '';
    case 'same-origin':
      return `Data from ${source.path}`;
    case 'remote':
      return `Data from ${source.host}`;
  }
}
