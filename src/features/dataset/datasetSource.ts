import bundledDatasetUrl from '../../../data/roscosmos-iss-2022.json?url';
import { quoteText } from '../../shared/dataset/problem.ts';
import { isolated } from '../../shared/text/isolated.ts';
import { DatasetError } from './datasetError.ts';

/** Where the dataset comes from, as the app shows it to the reader. */
export type DatasetSource =
  | { kind: 'bundled'; url: string }
  | { kind: 'same-origin'; url: string; path: string }
  | { kind: 'remote'; url: string; host: string };

/** Why an address was refused: not an address at all, not https, or not an origin the deployment allows. */
export type Refusal = { why: 'invalid' } | { why: 'not-https' } | { why: 'not-allowed'; allowed: string[] };

/**
 * A refusal says what was refused (`value`, shortened for a message) and why; `message` and
 * `reason` say it in English (the worker's messages; the page writes them in its language).
 */
export type SourceResult = { ok: true; source: DatasetSource } | ({ ok: false; value: string; message: string; reason: string } & Refusal);

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
 * The one policy for where data may come from: only https URLs or paths on this site, and with
 * VITE_DATA_ORIGINS only the listed origins. Everything else (javascript:, data:, file:, http: to
 * another host…) is refused with a message. It decides on a ?data= value, and again on the address
 * the data really came from after redirects (checkFinalUrl, loadedSource).
 */
export function resolveDataSource(param: string | null, pageUrl: string): SourceResult {
  if (param === null || param.trim() === '') return { ok: true, source: BUNDLED_SOURCE };
  const value = quoteText(param);
  const shown = isolated(JSON.stringify(value));
  const refused = (reason: string, refusal: Refusal): SourceResult => ({ ok: false, value, message: `data: ${shown} was refused: ${reason}`, reason, ...refusal });
  let url: URL;
  try {
    url = new URL(param.trim(), pageUrl);
  } catch {
    return { ok: false, value, message: `data: ${shown} is not a valid address`, reason: 'it is not a valid address', why: 'invalid' };
  }
  const page = new URL(pageUrl);
  if (url.origin === page.origin && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return { ok: true, source: { kind: 'same-origin', url: url.href, path: url.pathname } };
  }
  if (url.protocol !== 'https:') return refused('only https addresses or paths on this site can be loaded', { why: 'not-https' });
  const allowed = allowedOrigins();
  if (allowed && !allowed.includes(url.origin)) return refused(`this site only loads data from ${allowed.join(', ')}`, { why: 'not-allowed', allowed });
  return { ok: true, source: { kind: 'remote', url: url.href, host: url.host } };
}

/**
 * Checks the address a response really came from (`finalUrl`, after any redirects) for a request
 * to `requestedUrl` (absolute), by the same policy: a same-origin path or an allowed origin that
 * redirects elsewhere must not get around it. Throws the reader's message when it is refused.
 */
export function checkFinalUrl(requestedUrl: string, finalUrl: string, pageUrl: string): void {
  if (finalUrl === requestedUrl) return;
  const result = resolveDataSource(finalUrl, pageUrl);
  if (!result.ok) {
    throw new DatasetError('refused', { why: 'redirectRefused', to: isolated(JSON.stringify(quoteText(finalUrl))), refusal: result.why === 'not-allowed' ? { allowed: result.allowed } : result.why });
  }
}

/** Where loaded data came from, for its label: the requested source, or the address it was redirected to. */
export function loadedSource(requested: DatasetSource, finalUrl: string, pageUrl: string): DatasetSource {
  if (finalUrl === new URL(requested.url, pageUrl).href) return requested;
  const result = resolveDataSource(finalUrl, pageUrl);
  // The loader refused any other address (checkFinalUrl) before it read a byte of it.
  return result.ok ? result.source : requested;
}

/** Where the data came from, for its label ("Data from …"): empty for the bundled dataset. */
export function sourcePlace(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return '';
    case 'same-origin':
      return source.path;
    case 'remote':
      return source.host;
  }
}
