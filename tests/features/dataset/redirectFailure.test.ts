import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../../src/features/dataset/datasetError.ts';
import { redirectFailure } from '../../../src/features/dataset/redirectFailure.ts';

const URL_ = 'https://data.example.org/letters.json';
const cors = () => new DatasetError('cors', { why: 'cors', host: 'data.example.org' });

describe('redirectFailure: the cause of a cross-origin fetch that failed as a network error', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the server could not be reached when, asked again without CORS, it does not answer either (a closed port, a host that does not resolve)', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetch);
    const err = await redirectFailure(cors(), URL_);
    expect(err).toBeInstanceOf(DatasetError);
    expect((err as DatasetError).failure).toEqual({ why: 'unreachable' });
    expect(fetch).toHaveBeenCalledWith(URL_, expect.objectContaining({ mode: 'no-cors', credentials: 'omit' }));
  });

  it('keeps the CORS refusal when the server answers a request without CORS, and when the reader cancelled meanwhile', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(null, { status: 200 }))));
    const refused = cors();
    expect(await redirectFailure(refused, URL_)).toBe(refused);
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new DOMException('aborted', 'AbortError'))));
    const controller = new AbortController();
    controller.abort();
    expect(await redirectFailure(refused, URL_, controller.signal)).toBe(refused);
  });
});
