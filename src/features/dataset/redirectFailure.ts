import { DatasetError } from './datasetError.ts';

/**
 * A browser refuses to follow a redirect to an address that is not a web one (data:, javascript:,
 * about:, blob:) with the same network error as a server that cannot be reached, and hides where
 * the redirect led. When the address, asked again without following redirects, answers with one,
 * the failure is the redirect's, and is said so (where it led cannot be told: an opaque redirect
 * has no Location). A failure the page's Content-Security-Policy reported is not asked about here.
 */
export async function redirectFailure(err: unknown, url: string, signal?: AbortSignal): Promise<unknown> {
  if (!(err instanceof DatasetError) || err.failure.why !== 'unreachable') return err;
  try {
    const res = await fetch(url, { signal, credentials: 'omit', redirect: 'manual' });
    return res.type === 'opaqueredirect' ? new DatasetError('network', { why: 'redirectFailed' }) : err;
  } catch {
    return err;
  }
}
