import { DatasetError } from './datasetError.ts';

/**
 * A fetch that fails as a network error may have several causes, which the browser does not tell
 * apart; the address, asked again, says which:
 * - A browser refuses to follow a redirect to an address that is not a web one (data:, javascript:,
 *   about:, blob:) with the same error as a server that cannot be reached, and hides where the
 *   redirect led. When the address, asked without following redirects, answers with one, the
 *   failure is the redirect's (where it led cannot be told: an opaque redirect has no Location).
 * - Another site's server that refuses other sites (no CORS headers) fails as one that cannot be
 *   reached (no such host, a closed port). Asked without CORS (an opaque answer, never read), a
 *   server that answers refused; one that does not could not be reached, and is said so.
 * A failure the page's Content-Security-Policy reported is not asked about here.
 */
export async function redirectFailure(err: unknown, url: string, signal?: AbortSignal): Promise<unknown> {
  const why = err instanceof DatasetError && err.failure.why;
  if (why !== 'unreachable' && why !== 'cors') return err;
  try {
    const res = await fetch(url, { signal, credentials: 'omit', ...(why === 'cors' ? { mode: 'no-cors' as const } : { redirect: 'manual' as const }) });
    return res.type === 'opaqueredirect' ? new DatasetError('network', { why: 'redirectFailed' }) : err;
  } catch {
    return why === 'cors' && !signal?.aborted ? new DatasetError('network', { why: 'unreachable' }) : err;
  }
}
