import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../../../src/shared/i18n/I18n.tsx';
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { runPipeline, type PipelineMessage } from '../../../src/features/dataset/pipeline.ts';
import { describeProgress } from '../../../src/features/dataset/loadProgress.ts';
import { LoadingState } from '../../../src/features/dataset/LoadingState.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { makeFormat } from '../../../src/shared/i18n/format.ts';

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
    // Once the file is read, how many of its events are checked so far, starting from none.
    const total = (JSON.parse(good) as { events: unknown[] }).events.length;
    const counted = messages.findIndex((m) => m.type === 'progress' && m.progress.stage === 'check' && m.progress.events !== undefined);
    expect(messages[counted]).toEqual({ type: 'progress', progress: { stage: 'check', events: { checked: 0, total } } });
    expect(counted).toBeLessThan(types.indexOf('events'));
  });

  it('reads as a reader would say it', () => {
    expect(describeProgress({ stage: 'download', bytes: 512 * 1024 }, ENGLISH)).toBe('512 kB received');
    expect(describeProgress({ stage: 'download', bytes: 12.34 * 1024 * 1024 }, ENGLISH)).toBe('12.3 MB received');
    expect(describeProgress({ stage: 'check' }, ENGLISH)).toBe('Checking the events…');
    expect(describeProgress({ stage: 'check', events: { checked: 45_000, total: 100_000 } }, ENGLISH)).toBe('Checking the events: 45,000 of 100,000');
    const russian = { t: ru, f: makeFormat(ru) };
    expect(describeProgress({ stage: 'check', events: { checked: 45_000, total: 100_000 } }, russian)).toBe('Проверка событий: 45\u00a0000 из 100\u00a0000');
  });

  it('fills its bar as the events are checked, and leaves it indeterminate while the size of the work is unknown', () => {
    const { rerender } = render(<LoadingState from={null} progress={{ stage: 'download', bytes: 1024 }} />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    rerender(<LoadingState from={null} progress={{ stage: 'check', events: { checked: 2_500, total: 10_000 } }} />);
    expect(screen.getByText('Checking the events: 2,500 of 10,000')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Loading the dataset…' });
    expect(bar).toHaveAttribute('value', '2500');
    expect(bar).toHaveAttribute('max', '10000');
  });

  it('is shown under the announced loading message, which it does not repeat to screen readers', () => {
    render(<LoadingState from={null} progress={{ stage: 'download', bytes: 3 * 1024 * 1024 }} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading the dataset…$/);
    expect(screen.getByText('3.0 MB received')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Loading the dataset…' })).toBeInTheDocument();
  });
});
