import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../../../src/shared/i18n/I18n.tsx';
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { runPipeline, type PipelineMessage } from '../../../src/features/dataset/pipeline.ts';
import { describeProgress } from '../../../src/features/dataset/loadProgress.ts';
import { LoadingState } from '../../../src/features/dataset/LoadingState.tsx';

const good = readFileSync('data/roscosmos-iss-2022.json', 'utf8');

afterEach(() => vi.unstubAllGlobals());

describe('loading progress', () => {
  it('is reported while the file arrives, then while its events are checked, before the events', async () => {
    const bytes = new TextEncoder().encode(good);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 1000));
        c.enqueue(bytes.slice(1000));
        c.close();
      },
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } })));
    const messages: PipelineMessage[] = [];
    await runPipeline({ url: 'https://example.org/d.json', pageUrl: 'https://timeline.example/' }, (m) => messages.push(m));
    const types = messages.map((m) => (m.type === 'progress' ? `progress:${m.progress.stage}` : m.type));
    expect(types[0]).toBe('progress:download');
    expect(types.indexOf('progress:check')).toBeGreaterThan(0);
    expect(types.indexOf('progress:check')).toBeLessThan(types.indexOf('events'));
    expect(types.at(-1)).toBe('done');
    const first = messages[0];
    expect(first?.type === 'progress' && first.progress.stage === 'download' && first.progress.bytes).toBe(1000);
  });

  it('reads as a reader would say it', () => {
    expect(describeProgress({ stage: 'download', bytes: 512 * 1024 }, ENGLISH)).toBe('512 kB received');
    expect(describeProgress({ stage: 'download', bytes: 12.34 * 1024 * 1024 }, ENGLISH)).toBe('12.3 MB received');
    expect(describeProgress({ stage: 'check' }, ENGLISH)).toBe('Checking the events…');
  });

  it('is shown under the announced loading message, which it does not repeat to screen readers', () => {
    render(<LoadingState from={null} progress={{ stage: 'download', bytes: 3 * 1024 * 1024 }} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading the dataset…$/);
    expect(screen.getByText('3.0 MB received')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Loading the dataset…' })).toBeInTheDocument();
  });
});
